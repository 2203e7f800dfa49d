"""The fixture world of the authorization matrix: every kind of person, spaces of each kind and
one object of each kind in them, built once through the API; and a snapshot of every stored row
(and of the blob store) to put back after a request that changed something.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import shutil
from pathlib import Path
from typing import Any

import aiosqlite
import httpx
from sqlalchemy import delete, insert, select, text, update

from protocol.vocabulary import (
    AccountId,
    AccountKind,
    AccountStatus,
    EventAudience,
    EventState,
    GroupAccess,
    Role,
    SpaceKind,
)
from server.config import VideoSettings
from server.context import AppContext
from server.policy import (
    AccountFacts,
    Actor,
    AddPupilFacts,
    EventFacts,
    EventPlanFacts,
    Facts,
    FileFacts,
    GroupFacts,
    InviteFacts,
    LeaveFacts,
    MemberFacts,
    MembershipFacts,
    NoticesFacts,
    PersonFacts,
    PostFacts,
    ReactionFacts,
    RoleChangeFacts,
    SessionPlaceFacts,
    SpaceAction,
    SpaceFacts,
    VideoJoinFacts,
    facts_for,
)
from server.security import new_token, token_hash
from storage.models import Account, AuthSession, Base, Group, GroupJoinRequest, Membership
from storage.repositories import password_resets

from ..http.conftest import ApiUser, World, ok

#: The matrices' video settings: the fixture's sessions are taken (REST) but never joined on a
#: socket, and its clock moves on minutes; they must not end as empty while the matrix runs.
MATRIX_VIDEO = VideoSettings(empty_after=dt.timedelta(days=1))

TWINSPACE = SpaceKind.TWINSPACE
ROOM = SpaceKind.ROOM
GROUP = SpaceKind.GROUP
#: The audience of the event each space kind stands for in the events' cases (issue 22): the
#: twinspace's and the group's own events, and for the room (which is no audience) an event
#: for every eTwinner, organised by the same founder.
EVENT_AUDIENCE = {
    TWINSPACE: EventAudience.TWINSPACE,
    ROOM: EventAudience.ETWINNERS,
    GROUP: EventAudience.GROUP,
}
#: Who organises the fixture's events.
EVENT_ORGANISER = "founder"


def event_body(world: World, kind: SpaceKind, space_id: int) -> dict[str, Any]:
    """An event for the audience ``kind`` stands for, a month ahead of the world's clock."""
    body: dict[str, Any] = {
        "title": "Matrix webinar",
        "language": "en",
        "starts_at": (world.clock.now() + dt.timedelta(days=30)).isoformat(),
        "duration_minutes": 60,
        "capacity": 50,
        "audience": EVENT_AUDIENCE[kind].value,
    }
    if EVENT_AUDIENCE[kind] is not EventAudience.ETWINNERS:
        body["space_id"] = space_id
    return body


#: An id that names nothing, for the "missing object" answer a concealed one must equal.
MISSING = 10**15
#: Words only the teachers-only area holds, and words only the video session's chat holds:
#: no answer to anyone the policy keeps out of those may contain them.
TEACHERS_SECRET = "staffroom-7f3a"
SESSION_SECRET = "sessionroom-19c2"
#: Words of a pupil's post held for approval: for its author and its moderators only.
HELD_SECRET = "heldback-5e21"
#: Every e-mail address of the world ends so (tests/http/conftest.py World.email).
EMAIL_DOMAIN = "@school.example"

#: People who never get past authentication (401 for every signed-in route).
UNAUTHENTICATED = ("anonymous", "expired", "suspended", "rejected")
#: People who are signed in but belong to neither space under test.
OUTSIDERS = ("pending", "etwinner", "national_admin", "other_founder", "other_pupil")
#: Members of the twinspace under test, with their role (the room has the first three).
TWIN_ROLES: dict[str, Role] = {
    "founder": Role.FOUNDER,
    "admin": Role.ADMIN,
    "teacher": Role.TEACHER,
    "pupil_admin": Role.PUPIL_ADMIN,
    "pupil": Role.PUPIL,
    "guest": Role.GUEST,
}
ROOM_ROLES: dict[str, Role] = {
    "founder": Role.FOUNDER,
    "admin": Role.ADMIN,
    "teacher": Role.TEACHER,
}
PERSONAS = (*UNAUTHENTICATED, *OUTSIDERS, *TWIN_ROLES)
#: The member each space's content is written by and member actions are about: a pupil in a
#: twinspace, a plain teacher in a room.
SUBJECT = {TWINSPACE: "pupil", ROOM: "teacher", GROUP: "teacher"}
#: The role the subject is changed to by the change-role case.
NEW_ROLE = {TWINSPACE: Role.PUPIL_ADMIN, ROOM: Role.ADMIN, GROUP: Role.ADMIN}
#: The group's standing of the personas who are no members of it (issue 21): the outsider
#: eTwinner has a join request waiting (made while it was closed), the other twinspace's
#: founder is banned from it.
GROUP_REQUESTER = "etwinner"
GROUP_BANNED = "other_founder"


@dataclasses.dataclass
class SpaceObjects:
    """The ids of one space and of one object of each kind in it."""

    kind: SpaceKind
    ids: dict[str, int] = dataclasses.field(default_factory=dict)
    #: Account ids of who holds a place in the video session, lobby included.
    participants: set[int] = dataclasses.field(default_factory=set)
    #: Of those, who is inside it (admitted or joined: not waiting in the lobby).
    inside: set[int] = dataclasses.field(default_factory=set)
    invitation_token: str = ""


@dataclasses.dataclass
class Fixture:
    """The world of the matrix. ``spaces`` holds the twinspace and the room under test and
    ``other``, a twinspace none of the members above belongs to (same objects, other people)."""

    world: World
    people: dict[str, ApiUser | None]
    accounts: dict[str, dict[str, Any]]
    spaces: dict[SpaceKind, SpaceObjects]
    other: SpaceObjects
    #: Account ids of the teachers of the sibling twinspace, where the pupil ``sibling_pupil``
    #: is (the add-pupil case: "a pupil of theirs").
    sibling_teachers: set[int]
    #: The sibling pupil's credentials (username, code) and account id.
    sibling_pupil: dict[str, Any]
    #: The secret of an unused guest invitation link of the twinspace.
    invitation_token: str
    #: The secret of an unused password-reset link of the outsider eTwinner (issue 17).
    reset_token: str = ""
    snapshot: dict[str, list[dict[str, Any]]] = dataclasses.field(default_factory=dict)
    files_dir: Path | None = None
    files_copy: Path | None = None
    sqlite_copy: aiosqlite.Connection | None = None
    #: Spaces archived, and members muted, for the passes that try the matrix so.
    archived: set[SpaceKind] = dataclasses.field(default_factory=set)
    muted: set[tuple[SpaceKind, str]] = dataclasses.field(default_factory=set)

    @property
    def ctx(self) -> AppContext:
        ctx = self.world.ctx
        assert isinstance(ctx, AppContext)
        return ctx

    # -- policy facts of the world (data, never a rule) -------------------------------------

    def actor(self, persona: str) -> Actor:
        account = self.accounts[persona]
        return Actor(
            account_id=AccountId(account["id"]),
            kind=AccountKind(account["kind"]),
            status=AccountStatus(account["status"]),
            country=account.get("country"),
        )

    def membership(self, kind: SpaceKind, persona: str) -> MembershipFacts | None:
        # A group's members hold a room's roles: owner founder, moderator admin, member teacher.
        roles = TWIN_ROLES if kind is TWINSPACE else ROOM_ROLES
        role = roles.get(persona)
        muted = (kind, persona) in self.muted
        return None if role is None else MembershipFacts(role=role, muted=muted)

    def space_facts(self, kind: SpaceKind, archived: bool = False) -> SpaceFacts:
        return SpaceFacts(kind=kind, archived=archived or kind in self.archived)

    def person(self, kind: SpaceKind, persona: str) -> PersonFacts:
        """A persona as someone acted on in the space: a member, or not one (role None)."""
        account = self.accounts[persona]
        membership = self.membership(kind, persona)
        return PersonFacts(
            account_id=AccountId(account["id"]),
            account_kind=AccountKind(account["kind"]),
            role=membership.role if membership else None,
        )

    def group_facts(self, kind: SpaceKind, persona: str) -> GroupFacts | None:
        """The group under test as ``persona`` stands with it (open; None: no group)."""
        if kind is not GROUP:
            return None
        return GroupFacts(
            access=GroupAccess.OPEN, archived=GROUP in self.archived, banned=persona == GROUP_BANNED
        )

    def event_plan_facts(
        self, kind: SpaceKind, persona: str, archived: bool = False
    ) -> EventPlanFacts:
        """Scheduling the event ``kind`` stands for, as ``persona`` stands in its space."""
        archived = archived or kind in self.archived
        audience = EVENT_AUDIENCE[kind]
        membership = self.membership(kind, persona)
        if audience is EventAudience.ETWINNERS or membership is None:
            return EventPlanFacts(audience=audience, role=None)
        return EventPlanFacts(audience=audience, role=membership.role, archived=archived)

    def event_facts(self, kind: SpaceKind, persona: str, archived: bool = False) -> EventFacts:
        """The fixture's event of ``kind`` as ``persona`` stands with it (scheduled)."""
        plan = self.event_plan_facts(kind, persona, archived)
        membership = self.membership(kind, persona)
        in_space = plan.audience is not EventAudience.ETWINNERS
        return EventFacts(
            audience=plan.audience,
            country=None,
            role=plan.role,
            organiser=persona == EVENT_ORGANISER,
            speaker=False,
            state=EventState.SCHEDULED,
            space_archived=in_space and (archived or kind in self.archived),
            muted=in_space and membership is not None and membership.muted,
        )

    def target(self, action: SpaceAction, name: str, kind: SpaceKind, persona: str) -> Facts:
        """The facts about what a case acts on, as the fixture world holds them, in the
        family the policy decides ``action`` on."""
        me = self.accounts[persona]["id"]
        if name == "leaving":
            return LeaveFacts(founders=1)
        if name == "invitee":
            etwinner = self.accounts["etwinner"]
            return InviteFacts(
                account_kind=AccountKind(etwinner["kind"]),
                account_status=AccountStatus(etwinner["status"]),
                new_role=Role.TEACHER,
            )
        if name == "sibling_pupil":
            return AddPupilFacts(
                account_kind=AccountKind.PUPIL,
                new_role=Role.PUPIL,
                teaches_pupil=me in self.sibling_teachers,
            )
        if name == "reactable":  # the subject's reply: visible, in an open thread
            return ReactionFacts(post_visible=True, thread_locked=False)
        if name == "session":
            return VideoJoinFacts(has_lobby=False, locked=False, removed=False)
        if name == "session_chat":
            return SessionPlaceFacts(participant=me in self.spaces[kind].inside)
        if name == "outsider":  # an eTwinner who is no member (whom a moderator may ban)
            return MemberFacts(
                account_id=None, account_kind=AccountKind.TEACHER, role=None, founders=1
            )
        if name == "banned":  # the group's banned eTwinner, whose ban is lifted
            banned = self.accounts[GROUP_BANNED]
            return MemberFacts(
                account_id=AccountId(banned["id"]),
                account_kind=AccountKind.TEACHER,
                role=None,
                founders=1,
            )
        return self.as_family(action, self.who(name, kind), kind)

    def who(self, name: str, kind: SpaceKind) -> PersonFacts:
        """The person a case's target names."""
        if name in ("subject", "change_subject"):  # content by the subject, a member acted on
            return self.person(kind, SUBJECT[kind])
        if name == "founder":  # content by the founder
            return self.person(kind, "founder")
        if name == "thread":  # a thread replied to: open (not locked), the founder's
            return self.person(kind, "founder")
        if name == "erased":  # an erased pupil of the twinspace: no membership is left
            return self.person(kind, "erased_pupil")
        if name == "erased_record":  # the same, as its erasure record in the space has it
            return PersonFacts(
                account_id=AccountId(self.accounts["erased_pupil"]["id"]),
                account_kind=AccountKind.PUPIL,
                role=Role.PUPIL if kind is TWINSPACE else None,
            )
        if name.startswith("member:"):  # a member (or not) of the space, by persona
            return self.person(kind, name.removeprefix("member:"))
        raise KeyError(name)

    @staticmethod
    def as_family(action: SpaceAction, who: PersonFacts, kind: SpaceKind) -> Facts:
        """``who`` as the author of a post, the owner of a file, a member acted on or whose
        notices are asked for, as ``action`` needs (a space with one founder)."""
        family = facts_for(action)
        if family is PostFacts:
            return PostFacts(
                account_id=who.account_id,
                role=who.role,
                teacher_acted=False,
                thread_locked=False,
                edit_window_passed=False,
            )
        if family is FileFacts:
            return FileFacts(account_id=who.account_id, role=who.role)
        if family is NoticesFacts:
            assert who.account_id is not None
            return NoticesFacts(account_id=who.account_id)
        member = MemberFacts(
            account_id=who.account_id, account_kind=who.account_kind, role=who.role, founders=1
        )
        if family is RoleChangeFacts:
            return member.given(NEW_ROLE[kind])
        if family is MemberFacts:
            return member
        assert family is PersonFacts, (action, family)
        return who

    def account_target(self, persona: str) -> AccountFacts:
        account = self.accounts[persona]
        return AccountFacts(
            account_kind=AccountKind(account["kind"]), account_country=account.get("country")
        )

    # -- snapshot and restore ---------------------------------------------------------------

    @property
    def sqlite_path(self) -> str | None:
        url = self.ctx.engine.url
        return url.database if url.get_backend_name() == "sqlite" else None

    async def close(self) -> None:
        if self.sqlite_copy is not None:
            await self.sqlite_copy.close()
            self.sqlite_copy = None

    async def take_snapshot(self) -> None:
        await self.close()
        # Rows the relay has not deleted yet would come back with each restore, to be swept
        # and published again later: the snapshot is taken of a settled outbox.
        await self.ctx.hub.outbox.settled()
        if self.sqlite_path is not None:
            # SQLite: a page copy in memory, put back with the backup API through one of the
            # server's own connections (a few ms; the others see the new pages on their next
            # read). Async, so that a connection busy at that moment can finish first.
            self.sqlite_copy = await aiosqlite.connect(":memory:")
            async with self.ctx.engine.connect() as conn:
                live = (await conn.get_raw_connection()).driver_connection
                assert isinstance(live, aiosqlite.Connection)
                await live.backup(self.sqlite_copy)
        async with self.ctx.sessionmaker() as db:
            for table in Base.metadata.sorted_tables:
                rows = (await db.execute(select(table))).mappings().all()
                self.snapshot[table.name] = [dict(row) for row in rows]
        self.files_dir = Path(self.ctx.settings.files_dir)
        self.files_copy = self.files_dir.with_name(self.files_dir.name + ".snapshot")
        shutil.rmtree(self.files_copy, ignore_errors=True)
        shutil.copytree(self.files_dir, self.files_copy)

    async def restore(self) -> None:
        """Every table back to the snapshot (children emptied first, parents filled first),
        the blob store too, and the process' cache of spaces forgotten."""
        if self.sqlite_copy is not None:
            async with self.ctx.engine.connect() as conn:
                live = (await conn.get_raw_connection()).driver_connection
                assert isinstance(live, aiosqlite.Connection)
                await self.sqlite_copy.backup(live)
        else:
            await self.restore_rows()
        self.restore_files()
        for space_id in list(self.ctx.hub.access.entries):
            self.ctx.hub.access.forget_space(space_id)

    async def restore_rows(self) -> None:
        async with self.ctx.sessionmaker() as db, db.begin():
            # Rows refer to rows of their own table (who created an account): check the keys
            # at commit (SQLite) or not at all for this transaction (PostgreSQL, superuser).
            if self.ctx.engine.dialect.name == "sqlite":
                await db.execute(text("PRAGMA defer_foreign_keys = ON"))
            else:
                await db.execute(text("SET LOCAL session_replication_role = replica"))
            for table in reversed(Base.metadata.sorted_tables):
                await db.execute(delete(table))
            for table in Base.metadata.sorted_tables:
                rows = self.snapshot[table.name]
                if rows:
                    await db.execute(insert(table), rows)

    def restore_files(self) -> None:
        assert self.files_dir is not None
        assert self.files_copy is not None
        shutil.rmtree(self.files_dir)
        shutil.copytree(self.files_copy, self.files_dir)

    async def set_muted(self, kind: SpaceKind, personas: tuple[str, ...], muted: bool) -> None:
        """Mute these members for an hour (or end it), behind the API's back."""
        until = self.world.clock.now() + dt.timedelta(hours=1) if muted else None
        space_id = self.spaces[kind].ids["space"]
        async with self.ctx.sessionmaker() as db, db.begin():
            for persona in personas:
                await db.execute(
                    update(Membership)
                    .where(Membership.space_id == space_id)
                    .where(Membership.account_id == self.accounts[persona]["id"])
                    .values(muted_until=until)
                )
                if muted:
                    self.muted.add((kind, persona))
                else:
                    self.muted.discard((kind, persona))
        self.ctx.hub.access.forget_space(space_id)

    async def set_archived(self, space_id: int, archived: bool) -> None:
        from storage.models import Space

        async with self.ctx.sessionmaker() as db, db.begin():
            when = self.world.clock.now() if archived else None
            await db.execute(update(Space).where(Space.id == space_id).values(archived_at=when))
        self.ctx.hub.access.forget_space(space_id)


# -- building -------------------------------------------------------------------------------

_serial = itertools.count(1)


def client_id() -> str:
    return f"authz-{next(_serial):06d}"


async def upload(user: ApiUser, space_id: int, name: str) -> int:
    response = await user.client.post(
        f"/api/spaces/{space_id}/files",
        params={"name": name},
        content=b"hello, matrix\n",
        headers={"Authorization": f"Bearer {user.token}", "Content-Type": "text/plain"},
    )
    file_id: int = ok(response, 201)["id"]
    return file_id


async def fill_space(
    space: SpaceObjects,
    founder: ApiUser,
    subject: ApiUser,
    joiners: list[ApiUser],
    moderated: ApiUser,
) -> None:
    """One object of each kind: threads, posts, a report, folders and files (live and
    trashed), a chunked upload, a video session with its chat, chats, an invitation."""
    sid = space.ids["space"]
    base = f"/api/spaces/{sid}"
    created = ok(
        await founder.post(
            f"{base}/forum/threads",
            {"title": "Welcome", "body": "Hello all", "client_id": client_id()},
        ),
        201,
    )
    space.ids["thread"] = created["thread"]["id"]
    space.ids["first_post"] = created["post"]["id"]
    reply = ok(
        await subject.post(
            f"{base}/forum/threads/{space.ids['thread']}/posts",
            {"body": "Hello teacher", "client_id": client_id()},
        ),
        201,
    )
    space.ids["reply"] = reply["id"]
    if space.kind is TWINSPACE:
        # A pupil's reply held for approval, then pre-moderation off again.
        ok(await founder.patch(base, {"premoderate_pupils": True}))
        held = ok(
            await subject.post(
                f"{base}/forum/threads/{space.ids['thread']}/posts",
                {"body": f"Waiting {HELD_SECRET}", "client_id": client_id()},
            ),
            201,
        )
        assert held["state"] == "pending"
        space.ids["held_post"] = held["id"]
        ok(await founder.patch(base, {"premoderate_pupils": False}))
    report = ok(await founder.post(f"{base}/forum/posts/{reply['id']}/report", {}), 201)
    space.ids["report"] = report["id"]
    if space.kind is TWINSPACE:
        teachers = ok(
            await founder.post(
                f"{base}/forum/threads",
                {
                    "title": f"Teachers only {TEACHERS_SECRET}",
                    "body": f"Plans {TEACHERS_SECRET}",
                    "client_id": client_id(),
                    "area": "teachers",
                },
            ),
            201,
        )
        space.ids["teachers_thread"] = teachers["thread"]["id"]
        space.ids["teachers_post"] = teachers["post"]["id"]
    space.ids["folder"] = ok(await subject.post(f"{base}/folders", {"name": "Work"}), 201)["id"]
    space.ids["target_folder"] = ok(await founder.post(f"{base}/folders", {"name": "Target"}), 201)[
        "id"
    ]
    trashed_folder = ok(await subject.post(f"{base}/folders", {"name": "Old"}), 201)["id"]
    ok(await founder.post(f"{base}/folders/{trashed_folder}/trash"))
    space.ids["trashed_folder"] = trashed_folder
    space.ids["file"] = await upload(subject, sid, "essay.txt")
    trashed_file = await upload(subject, sid, "draft.txt")
    ok(await founder.post(f"{base}/files/{trashed_file}/trash"))
    space.ids["trashed_file"] = trashed_file
    started = ok(
        await subject.post(f"{base}/uploads", {"name": "film.bin", "size": 10}),
        201,
    )
    space.ids["upload"] = started["id"]
    video = ok(await founder.post(f"{base}/video-sessions", {"title": "Class"}), 201)
    session_id = video["session"]["id"]
    space.ids["session"] = session_id
    space.participants.add(founder.id)
    space.inside.add(founder.id)
    for joiner in joiners:
        joined = ok(await joiner.post(f"{base}/video-sessions/{session_id}/join"))
        if joiner is moderated:
            space.ids["moderated_participant"] = joined["me"]["id"]
        if joined["me"]["state"] == "lobby":
            space.ids["lobby_participant"] = joined["me"]["id"]
        else:
            space.inside.add(joiner.id)
        space.participants.add(joiner.id)
    # A room's lobby stays empty (teachers go straight in): its case gets the subject.
    space.ids.setdefault("lobby_participant", space.ids["moderated_participant"])
    space.ids["session_chat"] = ok(await founder.get(f"{base}/video-sessions/{session_id}/chat"))[
        "id"
    ]
    ok(
        await founder.post(
            f"{base}/chats/{space.ids['session_chat']}/messages",
            {"body": f"In the session {SESSION_SECRET}", "client_id": client_id()},
        ),
        201,
    )
    space.ids["chat"] = ok(await founder.get(f"{base}/chat"))["id"]
    message = ok(
        await founder.post(
            f"{base}/chats/{space.ids['chat']}/messages",
            {"body": "Good morning", "client_id": client_id()},
        ),
        201,
    )
    space.ids["chat_message"] = message["id"]
    if space.kind is TWINSPACE:
        space.ids["teachers_chat"] = ok(await founder.get(f"{base}/chat/teachers"))["id"]
        ok(
            await founder.post(
                f"{base}/chats/{space.ids['teachers_chat']}/messages",
                {"body": f"Between us {TEACHERS_SECRET}", "client_id": client_id()},
            ),
            201,
        )
        invitation = ok(await founder.post(f"{base}/invitations", {}), 201)
        space.ids["invitation"] = invitation["id"]
        space.invitation_token = invitation["token"]


async def build(world: World) -> Fixture:
    """Everyone, the twinspace and the room under test, another twinspace, a sibling one."""
    founder = await world.etwinner("Founder")
    admin = await world.etwinner("Admin")
    teacher = await world.etwinner("Teacher")
    etwinner = await world.etwinner("Outsider")
    expired = await world.etwinner("Expired")
    suspended = await world.etwinner("Suspended")
    pending_account = await world.register("Pending")
    pending = await world.sign_in(pending_account["email"])
    rejected_account = await world.register("Rejected")
    rejected = await world.sign_in(rejected_account["email"])
    national_admin = await world.national_admin("FR")

    twin = SpaceObjects(TWINSPACE)
    twin.ids["space"] = await world.space(founder, TWINSPACE)
    room = SpaceObjects(ROOM)
    room.ids["space"] = await world.space(founder, ROOM)
    for space in (twin, room):
        await world.add_teacher(founder, space.ids["space"], admin, "admin")
        await world.add_teacher(founder, space.ids["space"], teacher, "teacher")
    # The group (issue 21): open and featured, its owner the founder, the admin its
    # moderator, the teacher a member; joined from the directory, as the only way in.
    group = SpaceObjects(GROUP)
    group.ids["space"] = await world.group(founder)
    for joiner in (admin, teacher):
        ok(await joiner.post(f"/api/groups/{group.ids['space']}/join"))
    ok(
        await founder.patch(
            f"/api/spaces/{group.ids['space']}/members/{admin.id}", {"role": "admin"}
        )
    )
    async with world.ctx.sessionmaker() as db, db.begin():  # the operator's (CLI) mark
        await db.execute(
            update(Group).where(Group.space_id == group.ids["space"]).values(featured=True)
        )
    (pupil_admin,) = await world.pupils(founder, twin.ids["space"], ["Pia"], role="pupil_admin")
    (pupil,) = await world.pupils(founder, twin.ids["space"], ["Paul"])
    guest = await world.guest(founder, twin.ids["space"])
    # A pupil of the twinspace erased already: asking again answers what was done (teachers).
    (erased,) = ok(
        await founder.post(
            f"/api/spaces/{twin.ids['space']}/pupils", {"pupils": [{"display_name": "Eve"}]}
        ),
        201,
    )
    ok(
        await founder.post(
            f"/api/spaces/{twin.ids['space']}/pupils/{erased['account_id']}/erase",
            {"posts": "keep", "files": "keep"},
        )
    )

    other_founder = await world.etwinner("Other founder")
    other = SpaceObjects(TWINSPACE)
    other.ids["space"] = await world.space(other_founder, TWINSPACE)
    (other_pupil,) = await world.pupils(other_founder, other.ids["space"], ["Olga"])
    other_guest = await world.guest(other_founder, other.ids["space"])

    sibling_id = await world.space(founder, TWINSPACE)
    (sibling_pupil,) = ok(
        await founder.post(
            f"/api/spaces/{sibling_id}/pupils", {"pupils": [{"display_name": "Sam"}]}
        ),
        201,
    )
    sibling_pupil["id"] = sibling_pupil["account_id"]

    # The room's video participant that moderators act on is a colleague who is no persona:
    # otherwise the teacher's case would be about removing oneself.
    colleague = await world.etwinner("Colleague")
    await world.add_teacher(founder, room.ids["space"], colleague, "teacher")
    ok(await colleague.post(f"/api/groups/{group.ids['space']}/join"))
    await fill_space(twin, founder, pupil, [pupil, guest], pupil)
    world.clock.advance(dt.timedelta(minutes=2))  # a fresh window of the posting limits
    await fill_space(room, founder, teacher, [teacher, colleague], colleague)
    world.clock.advance(dt.timedelta(minutes=2))
    await fill_space(group, founder, teacher, [teacher, colleague], colleague)
    await fill_space(other, other_founder, other_pupil, [other_pupil, other_guest], other_pupil)
    # Events (issue 22): one of each audience, and the other twinspace's (a foreign id).
    for space in (twin, room, group):
        body = event_body(world, space.kind, space.ids["space"])
        space.ids["event"] = ok(await founder.post("/api/events", body), 201)["id"]
        asked = await founder.post(f"/api/events/{space.ids['event']}/questions", {"body": "Why?"})
        space.ids["question"] = ok(asked, 201)["id"]
    body = event_body(world, TWINSPACE, other.ids["space"])
    other.ids["event"] = ok(await other_founder.post("/api/events", body), 201)["id"]

    people: dict[str, ApiUser | None] = {
        "anonymous": None,
        "expired": expired,
        "suspended": suspended,
        "rejected": rejected,
        "pending": pending,
        "etwinner": etwinner,
        "national_admin": national_admin,
        "other_founder": other_founder,
        "other_pupil": other_pupil,
        "founder": founder,
        "admin": admin,
        "teacher": teacher,
        "pupil_admin": pupil_admin,
        "pupil": pupil,
        "guest": guest,
    }
    # The group's standing of two outsiders: one banned (through the API), one whose request
    # waits (stored behind the API's back: an open group takes none, a closed one did).
    ok(
        await founder.post(
            f"/api/groups/{group.ids['space']}/bans", {"account_id": other_founder.id}
        ),
        201,
    )
    async with world.ctx.sessionmaker() as db, db.begin():
        db.add(
            GroupJoinRequest(
                space_id=group.ids["space"],
                account_id=etwinner.id,
                message="",
                created_at=world.clock.now(),
            )
        )
    # Bar these accounts behind the sessions' back: the token must stop working by itself.
    async with world.ctx.sessionmaker() as db, db.begin():
        await db.execute(
            update(Account).where(Account.id == suspended.id).values(status=AccountStatus.SUSPENDED)
        )
        await db.execute(
            update(Account).where(Account.id == rejected.id).values(status=AccountStatus.REJECTED)
        )
        await db.execute(
            update(AuthSession)
            .where(AuthSession.account_id == expired.id)
            .values(expires_at=world.clock.now() - dt.timedelta(seconds=1))
        )
        reset_token = new_token()
        password_resets.add(
            db,
            account_id=etwinner.id,
            token_hash=token_hash(reset_token),
            now=world.clock.now(),
            lifetime=dt.timedelta(days=365),
        )
    accounts: dict[str, dict[str, Any]] = {"anonymous": {"id": 0, "kind": "teacher"}}
    for name, user in people.items():
        if user is not None:
            accounts[name] = dict(user.account)
    accounts["suspended"]["status"] = AccountStatus.SUSPENDED.value
    # No persona (nobody signs in as it): only what cases are about.
    accounts["erased_pupil"] = {
        "id": erased["account_id"],
        "kind": AccountKind.PUPIL.value,
        "status": AccountStatus.ERASED.value,
    }
    accounts["rejected"]["status"] = AccountStatus.REJECTED.value
    fixture = Fixture(
        world=world,
        people=people,
        accounts=accounts,
        spaces={TWINSPACE: twin, ROOM: room, GROUP: group},
        other=other,
        sibling_teachers={founder.id},
        sibling_pupil=sibling_pupil,
        invitation_token=twin.invitation_token,
        reset_token=reset_token,
    )
    await fixture.take_snapshot()
    return fixture


async def send(
    client: httpx.AsyncClient,
    user: ApiUser | None,
    method: str,
    path: str,
    *,
    json: object = None,
    content: bytes | None = None,
    params: dict[str, str] | None = None,
) -> httpx.Response:
    headers = {} if user is None else {"Authorization": f"Bearer {user.token}"}
    if content is not None:
        headers["Content-Type"] = "application/octet-stream"
        return await client.request(method, path, headers=headers, content=content, params=params)
    if json is None:
        return await client.request(method, path, headers=headers, params=params)
    return await client.request(method, path, headers=headers, json=json, params=params)
