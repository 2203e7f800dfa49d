"""Typed channel names: what a client subscribes to, and where the broker fans events out.

A channel belongs to exactly one space. Its name is its kind, the space id and, for kinds that
exist many times per space, the object id: ``space:12``, ``presence:12``, ``archive:12``,
``thread:12:345``, ``video:12:7``, ``notice:12:40`` (member 40's own notices). Names are
canonical (decimal, no sign, no leading zero) so one channel has one name, and ids are at
most 18 digits so they fit a signed 64-bit integer.

What each kind allows is data (:data:`KIND_RULES`), not ``if`` chains in the server:

* Only ``video`` accepts client ``publish``: WebRTC signalling (SDP offers and answers, ICE
  candidates) is short-lived and goes to the server's signalling handler, which routes it (to the
  SFU or to one peer) and never relays free text (what it relays must read as SDP or an ICE
  candidate: :mod:`protocol.sdp`). Forum posts and files go through the HTTP API,
  where they are stored, moderated and audited; space events are the server's alone; presence is
  derived from connections, so a client cannot claim to be somewhere it is not.
* ``presence`` is not replayed: ``since`` is ignored and every subscribe gets a fresh snapshot.
  Nor is ``typing`` (who is typing in a chat: stale a few seconds later), nor ``readers``
  (who is reading a thread: a snapshot, sent again when it changed). Every other kind
  keeps a short history so a reconnecting client can resume.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import re

from protocol.errors import ErrorCode, InvariantBroken, ProtocolError
from protocol.limits import MAX_CHANNEL_NAME_LENGTH
from protocol.vocabulary import SpaceId


class ChannelKind(enum.StrEnum):
    """What a channel carries."""

    SPACE = "space"  # membership, roles, settings, moderation notices of one space
    PRESENCE = "presence"  # who is online in one space
    THREAD = "thread"  # posts of one forum thread
    ARCHIVE = "archive"  # the file archive of one space
    VIDEO = "video"  # state and signalling of one video session
    # Forums (issue 5): kept apart so that no pupil's channel ever carries a teachers' event.
    TEACHERS = "teachers"  # thread list of the teachers-only area (teachers only)
    MODERATION = "moderation"  # held posts, reports, moderation actions (moderators only)
    NOTICE = "notice"  # one member's own notices in a space: ``notice:SPACE:ACCOUNT``
    # Chat (issue 10): a chat's messages go on its thread channel; who is typing goes here,
    # ``typing:SPACE:CHAT``, never stored and never replayed.
    TYPING = "typing"
    # Events (issue 22): one event's live Q&A, ``qa:EVENT``. The number names the event, not
    # a space (an event for every eTwinner has none): the policy's ``decide_event`` decides it.
    QA = "qa"
    # The stage of an event's live webinar (issue 22), ``stage:EVENT``: raised hands and the
    # count watching, for its moderators only (the audience's own events go on ``qa``).
    STAGE = "stage"
    # One person's own place at an event (issue 22), ``seat:EVENT:ACCOUNT``: their
    # registration and the waiting list, being promoted to speak or taken off the stage; the
    # organiser's also carries every registration change (the organiser reads the registrants).
    # Nobody but that person subscribes to it.
    SEAT = "seat"
    # Who is reading one forum thread now (issue 21): ``readers:SPACE:THREAD``. Derived from
    # the connections subscribed to it, like presence; sent as coalesced snapshots, never
    # events, so it has no history.
    READERS = "readers"


@dataclasses.dataclass(frozen=True, slots=True)
class KindRules:
    """What one channel kind allows."""

    has_object_id: bool  # thread and video exist many times per space
    client_publish: bool  # clients may send `publish` on it
    replayable: bool  # `subscribe` with `since` replays missed events


KIND_RULES: dict[ChannelKind, KindRules] = {
    ChannelKind.SPACE: KindRules(has_object_id=False, client_publish=False, replayable=True),
    ChannelKind.PRESENCE: KindRules(has_object_id=False, client_publish=False, replayable=False),
    ChannelKind.THREAD: KindRules(has_object_id=True, client_publish=False, replayable=True),
    ChannelKind.ARCHIVE: KindRules(has_object_id=False, client_publish=False, replayable=True),
    ChannelKind.VIDEO: KindRules(has_object_id=True, client_publish=True, replayable=True),
    ChannelKind.TEACHERS: KindRules(has_object_id=False, client_publish=False, replayable=True),
    ChannelKind.MODERATION: KindRules(has_object_id=False, client_publish=False, replayable=True),
    ChannelKind.NOTICE: KindRules(has_object_id=True, client_publish=False, replayable=True),
    ChannelKind.TYPING: KindRules(has_object_id=True, client_publish=False, replayable=False),
    ChannelKind.QA: KindRules(has_object_id=False, client_publish=False, replayable=True),
    ChannelKind.STAGE: KindRules(has_object_id=False, client_publish=False, replayable=True),
    ChannelKind.SEAT: KindRules(has_object_id=True, client_publish=False, replayable=True),
    ChannelKind.READERS: KindRules(has_object_id=True, client_publish=False, replayable=False),
}

#: Kinds whose number names an event, not a space (issue 22): decided by the event's rules,
#: asked again whenever the account's place in any space changes, left alone when a space ends.
EVENT_KINDS: frozenset[ChannelKind] = frozenset(
    {ChannelKind.QA, ChannelKind.STAGE, ChannelKind.SEAT}
)

CLIENT_PUBLISH_KINDS: frozenset[ChannelKind] = frozenset(
    kind for kind, rules in KIND_RULES.items() if rules.client_publish
)

_ID = r"[1-9][0-9]{0,17}"
_SINGLE = "|".join(k.value for k, r in KIND_RULES.items() if not r.has_object_id)
_MULTI = "|".join(k.value for k, r in KIND_RULES.items() if r.has_object_id)


def anchored(body: str) -> str:
    """``body`` as a whole-string pattern valid in both Python and JSON Schema (ECMA-262).

    The lookahead matters: Python's ``$`` also matches before a final newline, and msgspec
    checks patterns with ``re.search``, so ``^a$`` alone would accept ``"a\\n"``.
    """
    return rf"^(?:{body})$(?!\n)"


#: Regular expression of every valid channel name; the message schemas use it.
CHANNEL_PATTERN = anchored(rf"(?:{_SINGLE}):{_ID}|(?:{_MULTI}):{_ID}:{_ID}")

_CHANNEL_RE = re.compile(CHANNEL_PATTERN)

#: Prefix of every Redis key and Redis channel of the live API.
REDIS_PREFIX = "tsl"


def shard_tag(space_id: SpaceId) -> str:
    """The Redis Cluster hash tag of a space, ``{s12}``.

    Redis Cluster hashes only what is inside the first ``{...}`` of a key, so every key and
    sharded Pub/Sub channel carrying this tag lands in one slot: a space's sequence counters,
    histories and fan-out stay on one node and can be used together in a transaction or script.
    """
    return f"{{s{space_id}}}"


@dataclasses.dataclass(frozen=True, slots=True)
class Channel:
    """One channel: its kind, its space and, for threads and video sessions, the object's id."""

    kind: ChannelKind
    space_id: SpaceId
    object_id: int | None = None

    def __post_init__(self) -> None:
        rules = KIND_RULES[self.kind]
        if rules.has_object_id != (self.object_id is not None):
            needs = "needs" if rules.has_object_id else "takes no"
            raise ValueError(f"a {self.kind} channel {needs} object id")
        for value in (self.space_id, self.object_id):
            if value is not None and not 1 <= value < 10**18:
                raise ValueError(f"channel ids must be in 1..10**18-1, got {value}")

    @classmethod
    def parse(cls, name: str) -> Channel:
        """The channel named ``name``; raises :class:`ProtocolError` (``invalid``) otherwise."""
        return _parse(name)

    @property
    def name(self) -> str:
        """The canonical wire name, ``thread:12:345``."""
        if self.object_id is None:
            return f"{self.kind}:{self.space_id}"
        return f"{self.kind}:{self.space_id}:{self.object_id}"

    @property
    def required_object_id(self) -> int:
        """The object's id, for a kind that has one (a thread, a video session, a notice's
        person, a typing chat): construction guarantees it. Asked of a kind without one, it
        raises :class:`InvariantBroken`: the caller mixed up the kinds."""
        if self.object_id is None:
            raise InvariantBroken(f"a {self.kind} channel has no object id")
        return self.object_id

    @property
    def rules(self) -> KindRules:
        return KIND_RULES[self.kind]

    @property
    def client_may_publish(self) -> bool:
        return self.rules.client_publish

    def redis_key(self, *parts: str) -> str:
        """A Redis key or channel of this channel: ``tsl:{s12}:thread:12:345`` plus ``:parts``.

        The space's hash tag keeps all of a space's channels in one Cluster slot; ``parts``
        name what the key holds (``"seq"``, ``"history"``).
        """
        for part in parts:
            if not part or any(c in part for c in "{}:"):
                raise ValueError(f"bad redis key part {part!r}: empty or has '{{', '}}', ':'")
        return ":".join((REDIS_PREFIX, shard_tag(self.space_id), self.name, *parts))

    def __str__(self) -> str:
        return self.name


@functools.lru_cache(maxsize=4096)
def _parse(name: str) -> Channel:
    # Cached: the same few names are parsed on every message of a busy space.
    if len(name) > MAX_CHANNEL_NAME_LENGTH or not _CHANNEL_RE.fullmatch(name):
        raise ProtocolError("unknown channel name", code=ErrorCode.INVALID)
    kind, space, *rest = name.split(":")
    return Channel(ChannelKind(kind), SpaceId(int(space)), int(rest[0]) if rest else None)
