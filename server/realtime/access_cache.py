"""A per-process cache of what a subscribe to a space's own channels asks the policy: the
space's facts and its members (role, mute, display name for presence snapshots).

Why: a connect storm (a class of 30 opening their tabs at once) cost each tab two
authorization queries and a member-list query, each in its own transaction, and SQLite
serializes transactions. One load of a space now serves every member's subscribes and every
presence snapshot until something changes.

Correctness: the entry for a space is dropped on every process by the control commands
(`MembershipChanged` for an addition, removal or role change, `SpaceDeleted`,
`AccountLocked`), applied synchronously when the command arrives, before any re-check. A load
that was in flight when a command arrived is used once and never stored. An account the entry
does not list is looked up again (a member added a moment ago is never refused). Facts that no
command announces (the space's settings, display names) are at most ``ttl_s`` old; subscribe
decisions do not depend on them (reading is allowed in archived spaces).

A group's entry (issue 21) lists no members: a group has thousands, and a reload per
newcomer or per non-member's probe would read them all. Each subscriber of a group is looked
up alone (``SpaceAccessCache.member``, one row by the memberships' unique key) and kept in the
entry until the next invalidation; a non-member is looked up each time (one row).

Only the space-level kinds are served from here; thread and video channels (whose resolvers
need their object's facts) and every publish ask storage each time.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from protocol.channels import Channel, ChannelKind
from protocol.errors import NotFound
from protocol.vocabulary import Role, SpaceId, SpaceKind
from storage.database import read_only_sessions
from storage.repositories import spaces as space_repo

from ..policy import Actor, MembershipFacts, SpaceFacts, decide_space
from ..services.access import enforce, space_facts
from ..services.commands import AccountLocked, Command, MembershipChanged, SpaceDeleted
from .channel_access import NO_SUCH_CHANNEL, SUBSCRIBE_ACTION, ChannelGrant

#: Channel kinds whose subscribe is decided from the cached space alone.
CACHED_KINDS = frozenset({ChannelKind.SPACE, ChannelKind.PRESENCE, ChannelKind.ARCHIVE})
#: Kinds of space whose entry lists no members (see SpaceEntry.partial): groups.
PARTIAL_KINDS = frozenset({SpaceKind.GROUP})
#: Seconds an entry lives at most (default 60): the bound on facts no command announces.
CACHE_TTL_S = 60.0
#: Spaces kept per process (default 4,096, a few KiB each); the oldest loaded goes first.
CACHE_MAX_SPACES = 4096


@dataclass(frozen=True, slots=True)
class MemberFacts:
    account_id: int
    display_name: str
    role: Role
    muted_until: dt.datetime | None

    def facts(self, now: dt.datetime) -> MembershipFacts:
        muted = self.muted_until is not None and self.muted_until > now
        return MembershipFacts(role=self.role, muted=muted)


@dataclass(frozen=True, slots=True)
class SpaceEntry:
    space: SpaceFacts
    #: In membership order (the presence snapshot's order). For a partial entry, only the
    #: members looked up one by one since the load.
    members: dict[int, MemberFacts]
    loaded_at: float
    #: A group's entry (issue 21): its thousands of members are not loaded; each subscriber
    #: is looked up alone (one indexed row) and kept, so a non-member's probe or a newcomer
    #: costs one row, not a reload of the whole list. A group's presence needs no names.
    partial: bool = False


class SpaceAccessCache:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        *,
        ttl_s: float = CACHE_TTL_S,
        max_spaces: int = CACHE_MAX_SPACES,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        # Reads only: a subscribe storm's loads take no SQLite lock (issue 24).
        self.sessionmaker = read_only_sessions(sessionmaker)
        self.ttl_s = ttl_s
        self.max_spaces = max_spaces
        self.monotonic = monotonic
        self.entries: dict[int, SpaceEntry] = {}
        #: Loads in flight, shared by concurrent misses for the same space.
        self.loading: dict[int, asyncio.Future[SpaceEntry | None]] = {}
        #: Bumped by every invalidation: a load that straddles one is not stored.
        self.generation = 0
        self.loads = 0  # how many times storage was asked (for tests and metrics)
        self.lookups = 0  # members of partial entries looked up one by one

    async def entry(self, space_id: int, *, fresh: bool = False) -> SpaceEntry | None:
        """The space's facts and members; None if there is no such space."""
        entry = self.entries.get(space_id)
        if entry is not None and not fresh and self.monotonic() - entry.loaded_at < self.ttl_s:
            return entry
        pending = self.loading.get(space_id)
        if pending is None:
            pending = asyncio.ensure_future(self.load(space_id))
            self.loading[space_id] = pending
            pending.add_done_callback(lambda done: self.loaded(space_id, done))
        return await asyncio.shield(pending)

    def loaded(self, space_id: int, done: asyncio.Future[SpaceEntry | None]) -> None:
        if self.loading.get(space_id) is done:
            del self.loading[space_id]

    async def load(self, space_id: int) -> SpaceEntry | None:
        generation = self.generation
        self.loads += 1
        async with self.sessionmaker() as db:
            space = await space_repo.get(db, SpaceId(space_id))
            partial = space is not None and space.kind in PARTIAL_KINDS
            listed = space is not None and not partial
            rows = await space_repo.list_members(db, SpaceId(space_id)) if listed else []
        if space is None:
            return None
        entry = SpaceEntry(
            space=space_facts(space),
            members={
                account.id: MemberFacts(
                    account.id, account.display_name, membership.role, membership.muted_until
                )
                for membership, account in rows
            },
            loaded_at=self.monotonic(),
            partial=partial,
        )
        if generation == self.generation:
            self.entries.pop(space_id, None)
            self.entries[space_id] = entry
            while len(self.entries) > self.max_spaces:
                del self.entries[next(iter(self.entries))]
        return entry

    async def member(self, entry: SpaceEntry, space_id: int, account_id: int) -> MemberFacts | None:
        """One member of a partial entry, looked up alone and kept in it (unless an
        invalidation came meanwhile: then used once, as a straddling load is)."""
        generation = self.generation
        self.lookups += 1
        async with self.sessionmaker() as db:
            found = await space_repo.member_with_account(db, space_id, account_id)
        if found is None:
            return None
        membership, account = found
        member = MemberFacts(
            account.id, account.display_name, membership.role, membership.muted_until
        )
        if generation == self.generation and self.entries.get(space_id) is entry:
            entry.members[account_id] = member
        return member

    # -- invalidation (called synchronously as each control command arrives) ---------------

    def forget(self, command: Command) -> None:
        if isinstance(command, MembershipChanged | SpaceDeleted):
            self.forget_space(command.space_id)
        elif isinstance(command, AccountLocked):
            for space_id, entry in list(self.entries.items()):
                if command.account_id in entry.members:
                    self.forget_space(space_id)

    def forget_space(self, space_id: int) -> None:
        self.generation += 1
        self.entries.pop(space_id, None)
        # Later callers start a fresh load; those already waiting get the old one's answer,
        # and a subscribe among them is authorized again (it straddled a revocation).
        self.loading.pop(space_id, None)


async def authorize_cached(
    cache: SpaceAccessCache, actor: Actor, channel: Channel, now: dt.datetime
) -> ChannelGrant:
    """`authorize_subscribe` for the space-level kinds, from the cache (same answers)."""
    action = SUBSCRIBE_ACTION[channel.kind]
    entry = await cache.entry(channel.space_id)
    member = entry.members.get(actor.account_id) if entry else None
    if entry is not None and member is None and entry.partial:
        member = await cache.member(entry, channel.space_id, actor.account_id)
    elif entry is not None and member is None:
        # Perhaps added since the entry was loaded: ask storage before refusing.
        entry = await cache.entry(channel.space_id, fresh=True)
        member = entry.members.get(actor.account_id) if entry else None
    decision = decide_space(
        actor,
        member.facts(now) if member else None,
        entry.space if entry else None,
        action,
    )
    enforce(decision, not_found=NO_SUCH_CHANNEL)
    if member is None:  # concealed by the policy already: the same answer
        raise NotFound(NO_SUCH_CHANNEL)
    return ChannelGrant(channel, member.role)
