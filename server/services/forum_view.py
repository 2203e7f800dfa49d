"""What a member may see of a forum, and the shapes it is shown in (HTTP and live alike).

One place decides whether a thread or a post is visible to someone, by asking the policy
with the facts of that thread or post; the HTTP routes and the WebSocket channel check use it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from protocol import api
from protocol.errors import NotFound
from protocol.vocabulary import (
    CHAT_AREAS,
    TEACHERS_ONLY_AREAS,
    AccountId,
    ForumArea,
    PostState,
    Role,
)
from storage.models import Account, ForumPost, ForumThread
from storage.repositories import chat as chat_repo
from storage.repositories import forums as forum_repo
from storage.repositories import privacy as privacy_repo
from storage.repositories import spaces as space_repo

from ..forum_limits import CHAT_EDIT_WINDOW
from ..policy import (
    Actor,
    Decision,
    Facts,
    MembershipFacts,
    PostFacts,
    SessionPlaceFacts,
    SpaceAction,
    SpaceFacts,
    decide_space,
)
from .access import SpaceAccess, actor_of, authorize_in_space, member_facts, space_facts
from .context import RequestContext

NO_SUCH_THREAD = "no such thread"
NO_SUCH_POST = "no such post"
FORMER_MEMBER = "former member"
FORMER_PUPIL = "former pupil"


#: How far past an ``@`` a mention may reach: a display name is at most 100 characters, and
#: casefolding lengthens a character to at most three (the accounts' ``name_key`` column).
MENTION_REACH = 300
#: The ``@`` signs of one body read for mentions: the first 50 (a post naming more people
#: than that names the first 50). Bounds the name keys a body asks for.
MENTION_SIGNS_MAX = 50


def mention_keys(body: str) -> frozenset[str]:
    """Every casefolded name an ``@`` of ``body`` could be naming: the text after it up to
    each following non-word character (or the end), within :data:`MENTION_REACH`. A member
    is mentioned only if its ``name_key`` is one of these, so these are all a post needs
    to read of the member list."""
    if "@" not in body:
        return frozenset()
    text = body.casefold()
    keys: set[str] = set()
    start = text.find("@")
    signs = 0
    while start != -1 and signs < MENTION_SIGNS_MAX:
        signs += 1
        last = min(len(text), start + 1 + MENTION_REACH)
        for end in range(start + 2, last + 1):
            if end == len(text) or not text[end].isalnum():
                keys.add(text[start + 1 : end])
        start = text.find("@", start + 1)
    return frozenset(keys)


class PeopleNotLoaded(LookupError):
    """A programming error: a post's author or mention was shown before :meth:`People.load`
    read it (it would otherwise show as a "former member" silently)."""


class People:
    """The members a request involves, read on demand: role and display name by account id,
    and the members whose names a body's ``@`` could be naming. Never the whole member list
    (a group has thousands): each :meth:`load` reads only what it is asked for, with a cost
    that does not grow with the space's size, and the pure methods then answer from memory.
    Asking a pure method about someone not loaded raises :class:`PeopleNotLoaded`."""

    __slots__ = ("_asked", "_formers", "_keys", "_names", "_roles", "space_id")

    def __init__(self, space_id: int) -> None:
        self.space_id = space_id
        self._roles: dict[int, Role] = {}
        self._names: dict[int, str] = {}
        #: Pupils erased while members here (issue 9): their kept content is "former pupil's".
        self._formers: set[int] = set()
        self._asked: set[int] = set()
        self._keys: set[str] = set()

    async def load(
        self,
        session: AsyncSession,
        account_ids: Iterable[int | None] = (),
        bodies: Iterable[str] = (),
    ) -> None:
        """Read the members among ``account_ids`` and those ``bodies`` may mention (at most
        two queries, none if all is known already)."""
        ids = {i for i in account_ids if i is not None} - self._asked
        keys: set[str] = set()
        for body in bodies:
            keys |= mention_keys(body)
        keys -= self._keys
        if not ids and not keys:
            return
        rows = await space_repo.members_among(session, self.space_id, ids, keys)
        for account_id, role, name in rows:
            self._roles[account_id] = role
            self._names[account_id] = name
            self._asked.add(account_id)
        gone = ids - set(self._names)
        # Erased pupils are no longer members: only someone not found may be one.
        self._formers |= await privacy_repo.erased_among(session, self.space_id, gone)
        self._asked |= ids
        self._keys |= keys

    def _known(self, account_id: int) -> None:
        if account_id not in self._asked:
            raise PeopleNotLoaded(f"account {account_id} was not loaded")

    def author(self, account_id: int | None) -> api.AuthorOut:
        if account_id is not None:
            self._known(account_id)
        if account_id is not None and account_id in self._formers:
            return api.AuthorOut(account_id=None, display_name=FORMER_PUPIL)
        if account_id is None or account_id not in self._names:
            return api.AuthorOut(account_id=None, display_name=FORMER_MEMBER)
        return api.AuthorOut(account_id=account_id, display_name=self._names[account_id])

    def role(self, account_id: int | None) -> Role | None:
        if account_id is None:
            return None
        self._known(account_id)
        return self._roles.get(account_id)

    def mentioned(self, body: str) -> list[int]:
        """Members named in ``body`` as ``@Display Name`` (any case; the name must end at a
        non-word character), longest names first so "@Ana Lu" is not also "@Ana"."""
        keys = mention_keys(body)
        if not keys:
            return []
        if not keys <= self._keys:
            raise PeopleNotLoaded("a body's mentions were not loaded")
        text = body.casefold()
        found: list[int] = []
        taken: list[tuple[int, int]] = []
        named = [(i, n) for i, n in self._names.items() if n.casefold() in keys]
        ranked = sorted(named, key=lambda item: (-len(item[1]), item[0]))
        for account_id, name in ranked:
            needle = "@" + name.casefold()
            start = text.find(needle)
            while start != -1:
                end = start + len(needle)
                free = all(end <= a or start >= b for a, b in taken)
                if free and (end == len(text) or not text[end].isalnum()):
                    taken.append((start, end))
                    found.append(account_id)
                    break
                start = text.find(needle, start + 1)
        return sorted(found)


async def people_for_posts(
    session: AsyncSession, people: People, posts: Iterable[ForumPost]
) -> People:
    """Load the authors of ``posts`` and whom their bodies mention; ``people`` back."""
    listed = list(posts)
    await people.load(session, [p.author_id for p in listed], [p.body for p in listed])
    return people


def post_target(
    people: People, post: ForumPost, thread: ForumThread, now: dt.datetime
) -> PostFacts:
    """A post's facts; in a chat, whether its edit window (CHAT_EDIT_WINDOW) is over."""
    author = post.author_id
    return PostFacts(
        account_id=AccountId(author) if author is not None else None,
        role=people.role(author),
        teacher_acted=post.teacher_acted,
        thread_locked=thread.locked,
        edit_window_passed=thread.area in CHAT_AREAS and now - post.created_at > CHAT_EDIT_WINDOW,
    )


def thread_target(people: People, thread: ForumThread) -> PostFacts:
    return thread_facts(thread, people.role(thread.author_id))


def thread_facts(thread: ForumThread, author_role: Role | None) -> PostFacts:
    """A thread as the policy sees it: its author and its lock. What a teacher did to its
    posts is each post's own fact, and a thread is not edited after a window."""
    author = thread.author_id
    return PostFacts(
        account_id=AccountId(author) if author is not None else None,
        role=author_role,
        teacher_acted=False,
        thread_locked=thread.locked,
        edit_window_passed=False,
    )


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who looks, with the facts the policy needs, so each check is pure and I/O-free."""

    actor: Actor
    membership: MembershipFacts
    space: SpaceFacts

    def decide(self, action: SpaceAction, target: Facts | None = None) -> Decision:
        return decide_space(self.actor, self.membership, self.space, action, target)

    def may(self, action: SpaceAction, target: Facts | None = None) -> bool:
        return self.decide(action, target).allowed


def viewer_of(account: Account, access: SpaceAccess, now: dt.datetime) -> Viewer:
    return Viewer(
        actor_of(account), member_facts(access.membership, now), space_facts(access.space)
    )


def may_see_thread(
    viewer: Viewer, thread: ForumThread, author_role: Role | None, session_participant: bool = False
) -> bool:
    """``session_participant``: for a video session's chat, whether the viewer is inside that
    session (the caller fetches it, see :func:`session_facts`)."""
    if thread.area in TEACHERS_ONLY_AREAS and not viewer.may(SpaceAction.READ_TEACHERS_AREA):
        return False
    if thread.area is ForumArea.SESSION_CHAT:
        inside = SessionPlaceFacts(participant=session_participant)
        if not viewer.may(SpaceAction.READ_SESSION_CHAT, inside):
            return False
    if thread.state is PostState.VISIBLE:
        return viewer.may(SpaceAction.READ_FORUM)
    return viewer.may(SpaceAction.READ_HELD_POST, thread_facts(thread, author_role))


def may_see_post(viewer: Viewer, post: ForumPost, target: PostFacts) -> bool:
    """Visible posts to every reader of the thread; held, hidden and rejected ones to their
    author and moderators; deleted ones to moderators only (every word a pupil wrote stays
    visible to a teacher)."""
    if post.state is PostState.VISIBLE:
        return True
    if post.state is PostState.DELETED:
        return viewer.may(SpaceAction.MODERATE_POST, target)
    return viewer.may(SpaceAction.READ_HELD_POST, target)


async def session_facts(session: AsyncSession, thread: ForumThread, account_id: int) -> bool:
    """Whether the account is inside the video session of a session chat (False for any
    other thread, with no query)."""
    if thread.area is not ForumArea.SESSION_CHAT:
        return False
    return await chat_repo.in_session_chat(session, thread.id, account_id)


@dataclass(frozen=True, slots=True)
class ThreadAccess:
    access: SpaceAccess
    viewer: Viewer
    thread: ForumThread
    people: People


async def open_thread(req: RequestContext, space_id: int, thread_id: int) -> ThreadAccess:
    """A thread the actor may see; a missing one and a hidden one answer the same 404."""
    session, actor, now = req.db, req.actor, req.now
    access = await authorize_in_space(req, space_id, SpaceAction.READ_FORUM)
    thread = await forum_repo.get_thread(session, thread_id)
    if thread is None or thread.space_id != space_id:
        raise NotFound(NO_SUCH_THREAD)
    people = People(space_id)
    await people.load(session, [thread.author_id])
    viewer = viewer_of(actor, access, now)
    inside = await session_facts(session, thread, actor.id)
    if not may_see_thread(viewer, thread, people.role(thread.author_id), inside):
        raise NotFound(NO_SUCH_THREAD)
    return ThreadAccess(access, viewer, thread, people)


async def open_post(
    req: RequestContext, space_id: int, post_id: int
) -> tuple[ThreadAccess, ForumPost]:
    session = req.db
    post = await forum_repo.get_post(session, post_id)
    if post is None or post.space_id != space_id:
        # Same order of checks as for a real post: a non-member hears "no such space".
        await authorize_in_space(req, space_id, SpaceAction.READ_FORUM)
        raise NotFound(NO_SUCH_POST)
    try:
        seen = await open_thread(req, space_id, post.thread_id)
    except NotFound as exc:
        if exc.message == NO_SUCH_THREAD:
            raise NotFound(NO_SUCH_POST) from None
        raise
    await people_for_posts(session, seen.people, [post])
    if not may_see_post(seen.viewer, post, post_target(seen.people, post, seen.thread, req.now)):
        raise NotFound(NO_SUCH_POST)
    return seen, post


def post_out(people: People, post: ForumPost) -> api.PostOut:
    return api.PostOut(
        id=post.id,
        thread_id=post.thread_id,
        author=people.author(post.author_id),
        body=post.body,
        state=post.state,
        created_at=post.created_at,
        edited_at=post.edited_at,
        mentions=people.mentioned(post.body),
    )


def thread_out(people: People, thread: ForumThread, unread: int = 0) -> api.ThreadOut:
    return api.ThreadOut(
        id=thread.id,
        space_id=thread.space_id,
        area=thread.area,
        title=thread.title,
        author=people.author(thread.author_id),
        state=thread.state,
        pinned=thread.pinned,
        locked=thread.locked,
        created_at=thread.created_at,
        updated_at=thread.updated_at,
        posts=thread.visible_posts,
        last_post_id=thread.last_post_id,
        last_post_at=thread.last_post_at,
        unread=unread,
    )
