"""The declared table of the authorization matrix: each HTTP route, the policy actions it asks
and about what, and the request that exercises it in the fixture world.

Nothing here decides who may do what: the expected answer is the policy's own
(``server.policy.decide_space`` / ``decide_account``) over the facts of the fixture world. A
route that is not in ``ROUTES`` fails the matrix; so does one that answers otherwise.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Awaitable, Callable
from typing import Any

from protocol.vocabulary import SpaceKind
from server.policy import AccountAction, EventAction, GroupAction, SpaceAction

from .world import (
    GROUP,
    GROUP_BANNED,
    GROUP_REQUESTER,
    HELD_SECRET,
    NEW_ROLE,
    ROOM,
    SESSION_SECRET,
    SUBJECT,
    TEACHERS_SECRET,
    TWINSPACE,
    Fixture,
    event_body,
)

S = SpaceAction
G = GroupAction
E = EventAction
#: Every kind of space: a twinspace, a room, a group (issue 21).
BOTH = (TWINSPACE, ROOM, GROUP)
GROUPS = (GROUP,)
TWIN = (TWINSPACE,)

Body = Callable[[Fixture, SpaceKind], object]
Prepare = Callable[[Fixture, SpaceKind], Awaitable[None]]


class Gate(enum.Enum):
    """Who gets past authentication."""

    PUBLIC = "public"  # no sign-in: tried anonymously, must not answer 401
    SIGNED_IN = "signed_in"  # any live session; nothing more is asked


@dataclasses.dataclass(frozen=True)
class Check:
    """One question the route asks the policy: an action and what it is about (a name the
    fixture turns into the facts of the action's family, see ``Fixture.target``)."""

    action: SpaceAction | AccountAction | GroupAction | EventAction
    target: str | None = None


@dataclasses.dataclass(frozen=True)
class Case:
    """One request of a route, tried by every persona on every space kind in ``kinds``."""

    checks: tuple[Check, ...] = ()
    gate: Gate | None = None
    #: Path parameter -> the fixture object it names (``space_id`` is always the space).
    params: dict[str, str] = dataclasses.field(default_factory=dict)
    body: Body | None = None
    content: bytes | None = None
    query: dict[str, str] = dataclasses.field(default_factory=dict)
    #: What an allowed request answers.
    ok: tuple[int, ...] = (200,)
    #: An allowed answer in a room, where the fixture cannot stage the object's state.
    ok_room: tuple[int, ...] | None = None
    kinds: tuple[SpaceKind, ...] = BOTH
    label: str = ""
    #: The object belongs to one person (a chunked upload): to anyone else it is not there.
    owner: str | None = None
    #: Only who holds a place in the space's video session (leaving it).
    participants_only: bool = False
    #: The space is archived for this case (and opened again after it).
    archived: bool = False
    #: Staging before the request (undone after it): a locked session to unlock.
    prepare: Prepare | None = None
    #: A route outside any space (accounts): tried once, not per space kind.
    account_route: bool = False

    @property
    def object_param(self) -> str | None:
        names = [
            name
            for name, value in self.params.items()
            if name != "space_id" and not value.startswith("=")
        ]
        return names[-1] if names else None


def c(
    action: SpaceAction | AccountAction | GroupAction | EventAction, target: str | None = None
) -> Check:
    return Check(action, target)


def post_body(fx: Fixture, kind: SpaceKind) -> object:
    from .world import client_id

    return {"body": "A reply", "client_id": client_id()}


def thread_body(area: str) -> Body:
    def body(fx: Fixture, kind: SpaceKind) -> object:
        from .world import client_id

        return {"title": "New", "body": "First", "client_id": client_id(), "area": area}

    return body


def const(value: object) -> Body:
    return lambda fx, kind: value


def subject_param() -> dict[str, str]:
    return {"account_id": "@subject"}


async def lock_session(fx: Fixture, kind: SpaceKind) -> None:
    from ..http.conftest import ok

    founder = fx.people["founder"]
    assert founder is not None
    ids = fx.spaces[kind].ids
    ok(await founder.post(f"/api/spaces/{ids['space']}/video-sessions/{ids['session']}/lock"))


SPACE = "/api/spaces/{space_id}"
GROUP_PATH = "/api/groups/{space_id}"
FORUM = SPACE + "/forum"
THREAD = FORUM + "/threads/{thread_id}"
POST = FORUM + "/posts/{post_id}"
MEMBER = SPACE + "/members/{account_id}"
SESSION = SPACE + "/video-sessions/{session_id}"
PARTICIPANT = SESSION + "/participants/{participant_id}"
FILE = SPACE + "/files/{file_id}"
FOLDER = SPACE + "/folders/{folder_id}"
UPLOAD = SPACE + "/uploads/{upload_id}"
CHAT = SPACE + "/chats/{chat_id}"
PUPIL = SPACE + "/pupils/{account_id}"

EVENT = "/api/events/{event_id}"
THE_EVENT = {"event_id": "event"}
THE_QUESTION = {"event_id": "event", "question_id": "question"}
OPEN_THREAD = {"thread_id": "thread"}
TEACHERS_THREAD = {"thread_id": "teachers_thread"}
REPLY = {"post_id": "reply"}
THE_SESSION = {"session_id": "session"}
MODERATE_VIDEO = (c(S.SEE_SPACE), c(S.MODERATE_VIDEO))


def archive_item(folder: bool) -> dict[tuple[str, str], tuple[Case, ...]]:
    path = FOLDER if folder else FILE
    key = "folder_id" if folder else "file_id"
    live = {key: "folder" if folder else "file"}
    trashed = {key: "trashed_folder" if folder else "trashed_file"}
    read = c(S.READ_ARCHIVE)
    return {
        ("POST", path + "/rename"): (
            Case(
                (read, c(S.MANAGE_FILE, "subject")),
                params=live,
                body=const({"name": "renamed"}),
            ),
        ),
        ("POST", path + "/move"): (
            Case(
                (read, c(S.MANAGE_FILE, "subject")),
                params=live,
                body=lambda fx, kind: {"folder_id": fx.spaces[kind].ids["target_folder"]},
            ),
        ),
        ("POST", path + "/trash"): (Case((read, c(S.DELETE_FILE, "subject")), params=live),),
        ("POST", path + "/restore"): (Case((read, c(S.DELETE_FILE, "subject")), params=trashed),),
        ("DELETE", path): (Case((read, c(S.PURGE_FILE)), params=trashed, ok=(204,)),),
    }


ROUTES: dict[tuple[str, str], tuple[Case, ...]] = {
    # -- accounts ---------------------------------------------------------------------------
    ("POST", "/api/accounts/teachers"): (
        Case(
            gate=Gate.PUBLIC,
            body=const(
                {
                    "email": "new.teacher@school.example",
                    "password": "correct horse battery",
                    "display_name": "New",
                    "school": "School",
                    "country": "FR",
                }
            ),
            ok=(201,),
            account_route=True,
        ),
    ),
    ("POST", "/api/auth/login"): (
        Case(
            gate=Gate.PUBLIC,
            body=lambda fx, kind: {
                "email": fx.accounts["founder"]["email"],
                "password": "correct horse battery",
                "mode": "token",
            },
            account_route=True,
        ),
    ),
    ("POST", "/api/auth/pupil-login"): (
        Case(
            gate=Gate.PUBLIC,
            body=lambda fx, kind: {
                "username": fx.sibling_pupil["username"],
                "code": fx.sibling_pupil["code"],
                "mode": "token",
            },
            account_route=True,
        ),
    ),
    ("POST", "/api/invitations/status"): (
        Case(
            gate=Gate.PUBLIC,
            body=lambda fx, kind: {"token": fx.invitation_token},
            account_route=True,
        ),
    ),
    ("POST", "/api/invitations/accept"): (
        Case(
            gate=Gate.PUBLIC,
            body=lambda fx, kind: {
                "token": fx.invitation_token,
                "display_name": "Observer",
                "email": "observer@school.example",
                "password": "correct horse battery",
                "mode": "token",
            },
            ok=(201,),
            account_route=True,
        ),
    ),
    ("POST", "/api/auth/logout"): (Case(gate=Gate.SIGNED_IN, ok=(204,), account_route=True),),
    # -- one's own account, a forgotten password, the national admin's search (issue 17) ----
    ("POST", "/api/auth/password-reset"): (
        Case(
            gate=Gate.PUBLIC,
            body=lambda fx, kind: {"email": fx.accounts["etwinner"]["email"]},
            ok=(202,),
            account_route=True,
        ),
    ),
    ("POST", "/api/auth/password-reset/complete"): (
        Case(
            gate=Gate.PUBLIC,
            body=lambda fx, kind: {"token": fx.reset_token, "password": "a new horse battery"},
            ok=(204,),
            account_route=True,
        ),
    ),
    ("POST", "/api/auth/password"): (
        Case(
            (c(AccountAction.CHANGE_OWN_PASSWORD),),
            body=const(
                {"current_password": "correct horse battery", "new_password": "a new horse battery"}
            ),
            ok=(204,),
            account_route=True,
        ),
    ),
    ("POST", "/api/auth/logout-everywhere"): (
        Case((c(AccountAction.END_OWN_SESSIONS),), ok=(204,), account_route=True),
    ),
    ("GET", "/api/admin/accounts"): (
        Case((c(AccountAction.SEARCH_ACCOUNTS),), query={"q": "a"}, account_route=True),
    ),
    ("GET", "/api/me"): (Case(gate=Gate.SIGNED_IN, account_route=True),),
    ("PATCH", "/api/me"): (
        Case(
            (c(AccountAction.EDIT_OWN_PROFILE),),
            body=const({"display_name": "Renamed"}),
            account_route=True,
        ),
        Case(
            (c(AccountAction.SET_OWN_LANGUAGE),),
            body=const({"language": "az"}),
            account_route=True,
            label="the language alone",
        ),
    ),
    ("GET", "/api/admin/pending-teachers"): (
        Case((c(AccountAction.LIST_PENDING_TEACHERS),), account_route=True),
    ),
    ("POST", "/api/admin/accounts/{account_id}/validate"): (
        Case(
            (c(AccountAction.VALIDATE_TEACHER, "account:pending"),),
            params={"account_id": "@pending"},
            body=const({}),
            account_route=True,
        ),
    ),
    ("POST", "/api/admin/accounts/{account_id}/reject"): (
        Case(
            (c(AccountAction.VALIDATE_TEACHER, "account:pending"),),
            params={"account_id": "@pending"},
            body=const({}),
            account_route=True,
        ),
    ),
    ("POST", "/api/admin/accounts/{account_id}/suspend"): (
        Case(
            (c(AccountAction.SUSPEND_ACCOUNT, "account:etwinner"),),
            params={"account_id": "@etwinner"},
            body=const({}),
            account_route=True,
        ),
    ),
    ("POST", "/api/admin/accounts/{account_id}/reinstate"): (
        Case(
            (c(AccountAction.SUSPEND_ACCOUNT, "account:suspended"),),
            params={"account_id": "@suspended"},
            body=const({}),
            account_route=True,
        ),
    ),
    # -- spaces -----------------------------------------------------------------------------
    ("POST", "/api/spaces"): (
        Case(
            (c(AccountAction.CREATE_SPACE),),
            body=const({"kind": "room", "title": "New room"}),
            ok=(201,),
            account_route=True,
        ),
    ),
    ("GET", "/api/spaces"): (Case(gate=Gate.SIGNED_IN, account_route=True),),
    # -- groups (issue 21): the directory and the ways in; inside, the spaces' routes -------
    ("POST", "/api/groups"): (
        Case(
            (c(G.CREATE_GROUP),),
            body=const({"title": "New group", "topic": "Science", "language": "en"}),
            ok=(201,),
            account_route=True,
        ),
    ),
    ("GET", "/api/groups"): (
        Case((c(G.BROWSE_GROUPS),), query={"q": "group", "country": "FR"}, account_route=True),
    ),
    ("GET", GROUP_PATH): (Case((c(G.SEE_GROUP, "group"),), kinds=GROUPS),),
    # Open: its members join again (the same answer), eTwinners join, the banned one is refused.
    ("POST", GROUP_PATH + "/join"): (Case((c(G.JOIN_GROUP, "group"),), kinds=GROUPS),),
    ("POST", GROUP_PATH + "/requests"): (
        Case((c(G.REQUEST_TO_JOIN, "group"),), body=const({}), ok=(201,), kinds=GROUPS),
    ),
    # One's own waiting request: only the outsider eTwinner has one; to anyone else none is.
    ("DELETE", GROUP_PATH + "/requests/mine"): (
        Case((c(G.SEE_GROUP, "group"),), owner="@" + GROUP_REQUESTER, ok=(204,), kinds=GROUPS),
    ),
    # A page of the members: the group's existence, then what the spaces' members list asks.
    ("GET", GROUP_PATH + "/members"): (
        Case((c(G.SEE_GROUP, "group"), c(S.SEE_SPACE)), query={"limit": "2"}, kinds=GROUPS),
    ),
    ("GET", GROUP_PATH + "/requests"): (Case((c(S.DECIDE_JOIN_REQUEST),), kinds=GROUPS),),
    ("POST", GROUP_PATH + "/requests/{account_id}/accept"): (
        Case(
            (c(S.DECIDE_JOIN_REQUEST),),
            params={"account_id": "@" + GROUP_REQUESTER},
            body=const({}),
            kinds=GROUPS,
        ),
    ),
    ("POST", GROUP_PATH + "/requests/{account_id}/decline"): (
        Case(
            (c(S.DECIDE_JOIN_REQUEST),),
            params={"account_id": "@" + GROUP_REQUESTER},
            body=const({}),
            ok=(204,),
            kinds=GROUPS,
        ),
    ),
    ("POST", GROUP_PATH + "/bans"): (
        Case(
            (c(S.BAN_MEMBER, "outsider"), c(S.BAN_MEMBER, "subject")),
            body=lambda fx, kind: {"account_id": fx.accounts[SUBJECT[kind]]["id"]},
            ok=(201,),
            kinds=GROUPS,
        ),
    ),
    ("GET", GROUP_PATH + "/bans"): (Case((c(S.BAN_MEMBER, "outsider"),), kinds=GROUPS),),
    # The group is featured: a national admin hands it to an eTwinner of their country.
    ("POST", "/api/admin/groups/{space_id}/moderators"): (
        Case(
            (c(AccountAction.APPOINT_GROUP_MODERATOR, "account:etwinner"),),
            body=lambda fx, kind: {"account_id": fx.accounts["etwinner"]["id"]},
            kinds=GROUPS,
        ),
    ),
    ("DELETE", GROUP_PATH + "/bans/{account_id}"): (
        Case(
            (c(S.BAN_MEMBER, "outsider"), c(S.BAN_MEMBER, "banned")),
            params={"account_id": "@" + GROUP_BANNED},
            ok=(204,),
            kinds=GROUPS,
        ),
    ),
    # -- events (issue 22): each space kind stands for an audience (world.EVENT_AUDIENCE: the
    # twinspace's event, the group's, and for the room one for every eTwinner) ------------
    ("GET", "/api/events"): (Case(gate=Gate.SIGNED_IN, account_route=True),),
    ("POST", "/api/events"): (
        Case(
            (c(E.CREATE_EVENT, "plan"),),
            body=lambda fx, kind: event_body(fx.world, kind, fx.spaces[kind].ids["space"]),
            ok=(201,),
        ),
    ),
    ("GET", EVENT): (Case((c(E.SEE_EVENT, "event"),), params=THE_EVENT),),
    ("PATCH", EVENT): (
        Case((c(E.EDIT_EVENT, "event"),), params=THE_EVENT, body=const({"title": "Renamed"})),
    ),
    ("POST", EVENT + "/cancel"): (
        Case((c(E.CANCEL_EVENT, "event"),), params=THE_EVENT, body=const({})),
    ),
    ("POST", EVENT + "/registration"): (Case((c(E.REGISTER, "event"),), params=THE_EVENT),),
    ("DELETE", EVENT + "/registration"): (
        Case((c(E.UNREGISTER, "event"),), params=THE_EVENT, ok=(204,)),
    ),
    ("GET", EVENT + "/event.ics"): (Case((c(E.SEE_EVENT, "event"),), params=THE_EVENT),),
    ("GET", EVENT + "/questions"): (Case((c(E.READ_QUESTIONS, "event"),), params=THE_EVENT),),
    ("POST", EVENT + "/questions"): (
        Case(
            (c(E.ASK_QUESTION, "event"),),
            params=THE_EVENT,
            body=const({"body": "And robots?"}),
            ok=(201,),
        ),
    ),
    ("POST", EVENT + "/questions/{question_id}/vote"): (
        Case((c(E.ASK_QUESTION, "event"),), params=THE_QUESTION),
    ),
    ("POST", EVENT + "/questions/{question_id}/moderate"): (
        Case(
            (c(E.MODERATE_QUESTIONS, "event"),),
            params=THE_QUESTION,
            body=const({"verb": "pick"}),
        ),
    ),
    ("GET", EVENT + "/attendance"): (Case((c(E.READ_ATTENDANCE, "event"),), params=THE_EVENT),),
    ("GET", EVENT + "/registrants"): (Case((c(E.LIST_REGISTRANTS, "event"),), params=THE_EVENT),),
    # The live webinar: the fixture's events are scheduled, not running, so each route
    # answers the policy's refusal to those who see the event and 404 to the others.
    ("POST", EVENT + "/live"): (Case((c(E.START_LIVE, "event"),), params=THE_EVENT),),
    ("GET", EVENT + "/live"): (Case((c(E.SEE_EVENT, "event"),), params=THE_EVENT),),
    ("POST", EVENT + "/live/join"): (Case((c(E.WATCH_LIVE, "event"),), params=THE_EVENT),),
    ("POST", EVENT + "/live/end"): (Case((c(E.END_LIVE, "event"),), params=THE_EVENT),),
    ("POST", EVENT + "/live/hand"): (
        Case((c(E.RAISE_HAND, "event"),), params=THE_EVENT, body=const({"raised": True})),
    ),
    ("POST", EVENT + "/live/publishing"): (
        Case((c(E.PUBLISH_LIVE, "event"),), params=THE_EVENT, body=const({"publishing": True})),
    ),
    ("POST", EVENT + "/live/stage/{account_id}"): (
        Case(
            (c(E.MODERATE_LIVE, "event"),),
            params={"event_id": "event", "account_id": "@subject"},
            body=const({"on_stage": True}),
        ),
    ),
    ("GET", EVENT + "/recordings"): (Case((c(E.SEE_EVENT, "event"),), params=THE_EVENT),),
    ("GET", EVENT + "/recordings/processing"): (
        Case((c(E.SEE_EVENT, "event"),), params=THE_EVENT),
    ),
    # The fixture records nothing (that needs Janus's media, tests/test_webinar_media.py): who
    # sees the event hears the 404 of a missing recording, anyone else that of a missing event.
    ("GET", EVENT + "/recordings/{recording_id}"): (
        Case(
            (c(E.SEE_EVENT, "event"),),
            params={"event_id": "event", "recording_id": "question"},
            ok=(404,),
        ),
    ),
    ("POST", EVENT + "/live/recording"): (
        Case((c(E.RECORD_LIVE, "event"),), params=THE_EVENT, body=const({"recording": True})),
    ),
    ("GET", SPACE): (Case((c(S.SEE_SPACE),)),),
    ("PATCH", SPACE): (Case((c(S.UPDATE_SETTINGS),), body=const({"title": "Renamed"})),),
    ("POST", SPACE + "/archive"): (Case((c(S.ARCHIVE_SPACE),)),),
    ("POST", SPACE + "/unarchive"): (Case((c(S.ARCHIVE_SPACE),), archived=True),),
    ("DELETE", SPACE): (Case((c(S.DELETE_SPACE),), ok=(204,)),),
    ("GET", SPACE + "/audit"): (Case((c(S.READ_AUDIT_LOG),)),),
    # -- members ----------------------------------------------------------------------------
    ("GET", SPACE + "/members"): (Case((c(S.SEE_SPACE),)),),
    ("POST", SPACE + "/members"): (
        Case(
            (c(S.INVITE_TEACHER, "invitee"),),
            body=lambda fx, kind: {"email": fx.accounts["etwinner"]["email"], "role": "teacher"},
            ok=(201,),
        ),
        Case(
            (c(S.INVITE_TEACHER, "invitee"),),
            body=lambda fx, kind: {"account_id": fx.accounts["etwinner"]["id"], "role": "teacher"},
            ok=(201,),
            label="by account id",
        ),
    ),
    ("GET", SPACE + "/etwinners"): (
        Case((c(S.SEARCH_ETWINNERS),), query={"q": "a"}, label="search"),
        Case((c(S.SEARCH_ETWINNERS),), query={"limit": "2"}, label="first page of all"),
    ),
    ("PATCH", MEMBER): (
        Case(
            (c(S.CHANGE_ROLE, "change_subject"),),
            params=subject_param(),
            body=lambda fx, kind: {"role": NEW_ROLE[kind].value},
        ),
    ),
    ("POST", MEMBER + "/remove"): (
        Case((c(S.REMOVE_MEMBER, "subject"),), params=subject_param(), body=const({}), ok=(204,)),
    ),
    ("POST", SPACE + "/leave"): (Case((c(S.LEAVE_SPACE, "leaving"),), ok=(204,)),),
    ("POST", SPACE + "/pupils"): (
        Case(
            (c(S.CREATE_PUPIL),),
            body=const({"pupils": [{"display_name": "Newcomer"}]}),
            ok=(201,),
        ),
        # Choosing the pupils' page language is part of creating them: the same rule.
        Case(
            (c(S.CREATE_PUPIL),),
            body=const({"pupils": [{"display_name": "Aysel"}], "language": "az"}),
            ok=(201,),
            label="with their language",
        ),
    ),
    ("POST", SPACE + "/pupils/add"): (
        Case(
            (c(S.ADD_PUPIL, "sibling_pupil"),),
            body=lambda fx, kind: {"username": fx.sibling_pupil["username"]},
            ok=(201,),
        ),
    ),
    ("POST", SPACE + "/pupils/{account_id}/reset-code"): (
        Case((c(S.MANAGE_PUPIL, "subject"),), params=subject_param()),
    ),
    ("GET", SPACE + "/invitations"): (Case((c(S.INVITE_GUEST),)),),
    ("POST", SPACE + "/invitations"): (
        Case((c(S.INVITE_GUEST),), body=const({}), ok=(201,)),
        Case(
            (c(S.INVITE_GUEST),),
            body=const({"language": "ar"}),
            ok=(201,),
            label="in a chosen language",
        ),
    ),
    ("POST", SPACE + "/invitations/{invitation_id}/revoke"): (
        Case((c(S.INVITE_GUEST),), params={"invitation_id": "invitation"}),
    ),
    # -- video sessions ---------------------------------------------------------------------
    ("POST", SPACE + "/video-sessions"): (
        Case((c(S.START_VIDEO),), body=const({"title": "Another"}), ok=(201,)),
    ),
    ("GET", SPACE + "/video-sessions"): (Case((c(S.SEE_SPACE),)),),
    ("GET", SESSION): (Case((c(S.SEE_SPACE),), params=THE_SESSION),),
    ("POST", SESSION + "/join"): (
        Case((c(S.SEE_SPACE), c(S.JOIN_VIDEO, "session")), params=THE_SESSION),
    ),
    ("POST", SESSION + "/leave"): (
        Case((c(S.SEE_SPACE),), params=THE_SESSION, ok=(204,), participants_only=True),
    ),
    ("POST", SESSION + "/lock"): (Case(MODERATE_VIDEO, params=THE_SESSION),),
    ("POST", SESSION + "/unlock"): (
        Case(MODERATE_VIDEO, params=THE_SESSION, prepare=lock_session),
    ),
    ("POST", SESSION + "/end"): (Case(MODERATE_VIDEO, params=THE_SESSION),),
    ("POST", SESSION + "/spotlight"): (
        Case(MODERATE_VIDEO, params=THE_SESSION, body=const({"participant_id": None})),
    ),
    # The lobby: a guest waits there in the twinspace; nobody can wait in a room's lobby
    # (only eTwinners are members, and teachers go straight in), so there the allowed
    # answer is 409 "not in the lobby".
    ("POST", PARTICIPANT + "/admit"): (
        Case(
            MODERATE_VIDEO,
            params={"session_id": "session", "participant_id": "lobby_participant"},
            body=const({}),
            ok_room=(409,),
        ),
    ),
    ("POST", PARTICIPANT + "/deny"): (
        Case(
            MODERATE_VIDEO,
            params={"session_id": "session", "participant_id": "lobby_participant"},
            body=const({}),
            ok_room=(409,),
        ),
    ),
    ("POST", PARTICIPANT + "/mute"): (
        Case(
            MODERATE_VIDEO,
            params={"session_id": "session", "participant_id": "moderated_participant"},
            body=const({"muted": True}),
        ),
    ),
    ("POST", PARTICIPANT + "/remove"): (
        Case(
            MODERATE_VIDEO,
            params={"session_id": "session", "participant_id": "moderated_participant"},
            body=const({}),
        ),
    ),
    # -- forums -----------------------------------------------------------------------------
    ("GET", FORUM + "/threads"): (
        Case((c(S.READ_FORUM),)),
        Case(
            (c(S.READ_FORUM), c(S.READ_TEACHERS_AREA)),
            query={"area": "teachers"},
            label="teachers",
        ),
    ),
    ("POST", FORUM + "/threads"): (
        Case((c(S.CREATE_THREAD),), body=thread_body("open"), ok=(201,)),
        Case(
            (c(S.CREATE_THREAD), c(S.POST_TEACHERS_AREA)),
            body=thread_body("teachers"),
            ok=(201,),
            label="teachers",
        ),
    ),
    ("GET", THREAD): (
        Case((c(S.READ_FORUM),), params=OPEN_THREAD),
        Case(
            (c(S.READ_FORUM), c(S.READ_TEACHERS_AREA)),
            params=TEACHERS_THREAD,
            kinds=TWIN,
            label="teachers",
        ),
    ),
    ("GET", THREAD + "/posts"): (
        Case((c(S.READ_FORUM),), params=OPEN_THREAD),
        Case(
            (c(S.READ_FORUM), c(S.READ_TEACHERS_AREA)),
            params=TEACHERS_THREAD,
            kinds=TWIN,
            label="teachers",
        ),
    ),
    ("POST", THREAD + "/posts"): (
        Case(
            (c(S.READ_FORUM), c(S.POST_REPLY, "thread")),
            params=OPEN_THREAD,
            body=post_body,
            ok=(201,),
        ),
        Case(
            (
                c(S.READ_FORUM),
                c(S.READ_TEACHERS_AREA),
                c(S.POST_REPLY, "thread"),
                c(S.POST_TEACHERS_AREA),
            ),
            params=TEACHERS_THREAD,
            body=post_body,
            ok=(201,),
            kinds=TWIN,
            label="teachers",
        ),
    ),
    # Who is writing (issue 21): the questions of a reply, with no body.
    ("POST", THREAD + "/typing"): (
        Case((c(S.READ_FORUM), c(S.POST_REPLY, "thread")), params=OPEN_THREAD, ok=(204,)),
        Case(
            (
                c(S.READ_FORUM),
                c(S.READ_TEACHERS_AREA),
                c(S.POST_REPLY, "thread"),
                c(S.POST_TEACHERS_AREA),
            ),
            params=TEACHERS_THREAD,
            ok=(204,),
            kinds=TWIN,
            label="teachers",
        ),
    ),
    ("POST", THREAD + "/read"): (
        Case(
            (c(S.READ_FORUM),),
            params=OPEN_THREAD,
            body=lambda fx, kind: {"last_read_post_id": fx.spaces[kind].ids["first_post"]},
        ),
    ),
    ("PATCH", POST): (
        Case(
            (c(S.READ_FORUM), c(S.EDIT_OWN_POST, "subject")),
            params=REPLY,
            body=const({"body": "Edited"}),
        ),
    ),
    ("DELETE", POST): (
        Case((c(S.READ_FORUM), c(S.DELETE_OWN_POST, "subject")), params=REPLY, ok=(204,)),
    ),
    ("GET", POST): (
        Case((c(S.READ_FORUM),), params=REPLY),
        Case(
            (c(S.READ_FORUM), c(S.READ_HELD_POST, "subject")),
            params={"post_id": "held_post"},
            kinds=TWIN,
            label="held",
        ),
        Case(
            (c(S.READ_FORUM), c(S.READ_TEACHERS_AREA)),
            params={"post_id": "teachers_post"},
            kinds=TWIN,
            label="teachers",
        ),
    ),
    ("PUT", POST + "/reactions/{reaction}"): (
        Case(
            (c(S.READ_FORUM), c(S.REACT_TO_POST, "reactable")),
            params={"reaction": "=heart", **REPLY},  # the post is the object
        ),
    ),
    ("DELETE", POST + "/reactions/{reaction}"): (
        Case(
            (c(S.READ_FORUM), c(S.REACT_TO_POST, "reactable")),
            params={"reaction": "=heart", **REPLY},  # the post is the object
        ),
    ),
    ("GET", POST + "/history"): (
        Case((c(S.READ_FORUM), c(S.READ_HELD_POST, "subject")), params=REPLY),
    ),
    ("GET", FORUM + "/search"): (
        Case((c(S.READ_FORUM),), query={"q": "hello"}),
        # Whatever the search finds, the answer may not hold what the asker may not read.
        Case((c(S.READ_FORUM),), query={"q": TEACHERS_SECRET}, label="teachers' words"),
        Case((c(S.READ_FORUM),), query={"q": HELD_SECRET}, label="held words"),
        Case((c(S.READ_FORUM),), query={"q": SESSION_SECRET}, label="session chat words"),
    ),
    # -- moderation -------------------------------------------------------------------------
    ("POST", POST + "/moderate"): (
        Case(
            (c(S.READ_FORUM), c(S.MODERATE_POST, "subject")),
            params=REPLY,
            body=const({"action": "hide"}),
        ),
    ),
    ("POST", POST + "/purge"): (
        Case((c(S.READ_FORUM), c(S.PURGE_POST)), params=REPLY, body=const({}), ok=(204,)),
    ),
    ("PATCH", THREAD): (
        Case(
            (c(S.READ_FORUM), c(S.MODERATE_POST, "founder")),
            params=OPEN_THREAD,
            body=const({"pinned": True}),
        ),
    ),
    ("GET", FORUM + "/queue"): (Case((c(S.SEE_MODERATION),)),),
    ("POST", POST + "/report"): (
        Case((c(S.READ_FORUM), c(S.REPORT_POST)), params=REPLY, body=const({}), ok=(201,)),
    ),
    ("GET", FORUM + "/reports"): (Case((c(S.SEE_MODERATION),)),),
    ("POST", FORUM + "/reports/{report_id}/resolve"): (
        # The report is about the subject's reply.
        Case(
            (c(S.SEE_MODERATION), c(S.MODERATE_POST, "subject")),
            params={"report_id": "report"},
            body=const({}),
        ),
    ),
    ("POST", MEMBER + "/mute"): (
        Case((c(S.MUTE_MEMBER, "subject"),), params=subject_param(), body=const({"minutes": 10})),
    ),
    ("DELETE", MEMBER + "/mute"): (Case((c(S.MUTE_MEMBER, "subject"),), params=subject_param()),),
    # -- the file archive -------------------------------------------------------------------
    ("GET", SPACE + "/files"): (Case((c(S.READ_ARCHIVE),)),),
    ("GET", SPACE + "/files/trash"): (Case((c(S.READ_ARCHIVE),)),),
    ("POST", SPACE + "/files"): (
        Case((c(S.UPLOAD_FILE),), query={"name": "new.txt"}, content=b"new file\n", ok=(201,)),
    ),
    ("GET", FILE): (Case((c(S.READ_ARCHIVE),), params={"file_id": "file"}),),
    ("GET", FILE + "/content"): (Case((c(S.READ_ARCHIVE),), params={"file_id": "file"}),),
    ("POST", SPACE + "/folders"): (
        Case((c(S.UPLOAD_FILE),), body=const({"name": "Fresh"}), ok=(201,)),
    ),
    **archive_item(folder=False),
    **archive_item(folder=True),
    ("POST", SPACE + "/uploads"): (
        Case((c(S.UPLOAD_FILE),), body=const({"name": "big.bin", "size": 4}), ok=(201,)),
    ),
    ("GET", UPLOAD): (Case((c(S.UPLOAD_FILE),), params={"upload_id": "upload"}, owner="@subject"),),
    ("PUT", UPLOAD): (
        Case(
            (c(S.UPLOAD_FILE),),
            params={"upload_id": "upload"},
            query={"offset": "0"},
            content=b"0123456789",
            ok=(201,),
            owner="@subject",
        ),
    ),
    ("DELETE", UPLOAD): (
        Case((c(S.UPLOAD_FILE),), params={"upload_id": "upload"}, ok=(204,), owner="@subject"),
    ),
    # -- chat -------------------------------------------------------------------------------
    ("GET", SPACE + "/chat"): (Case((c(S.SEE_SPACE), c(S.READ_FORUM))),),
    ("GET", SPACE + "/chat/teachers"): (Case((c(S.SEE_SPACE), c(S.READ_TEACHERS_AREA))),),
    ("GET", SESSION + "/chat"): (
        Case((c(S.SEE_SPACE), c(S.READ_SESSION_CHAT, "session_chat")), params=THE_SESSION),
    ),
    ("GET", CHAT + "/messages"): (
        Case((c(S.READ_FORUM),), params={"chat_id": "chat"}),
        Case(
            (c(S.READ_FORUM), c(S.READ_TEACHERS_AREA)),
            params={"chat_id": "teachers_chat"},
            kinds=TWIN,
            label="teachers",
        ),
        Case(
            (c(S.READ_FORUM), c(S.READ_SESSION_CHAT, "session_chat")),
            params={"chat_id": "session_chat"},
            label="session",
        ),
    ),
    ("POST", CHAT + "/messages"): (
        Case(
            (c(S.READ_FORUM), c(S.POST_REPLY, "thread")),
            params={"chat_id": "chat"},
            body=post_body,
            ok=(201,),
        ),
        Case(
            (
                c(S.READ_FORUM),
                c(S.READ_TEACHERS_AREA),
                c(S.POST_REPLY, "thread"),
                c(S.POST_TEACHERS_AREA),
            ),
            params={"chat_id": "teachers_chat"},
            body=post_body,
            ok=(201,),
            kinds=TWIN,
            label="teachers",
        ),
        Case(
            (c(S.READ_FORUM), c(S.READ_SESSION_CHAT, "session_chat"), c(S.POST_REPLY, "thread")),
            params={"chat_id": "session_chat"},
            body=post_body,
            ok=(201,),
            label="session",
        ),
    ),
    ("POST", CHAT + "/read"): (
        Case(
            (c(S.READ_FORUM),),
            params={"chat_id": "chat"},
            body=lambda fx, kind: {"last_read_post_id": fx.spaces[kind].ids["chat_message"]},
        ),
    ),
    ("POST", CHAT + "/typing"): (
        Case((c(S.READ_FORUM), c(S.POST_REPLY, "thread")), params={"chat_id": "chat"}, ok=(204,)),
    ),
    ("GET", SPACE + "/chat/settings"): (Case((c(S.SEE_SPACE),)),),
    ("PUT", SPACE + "/chat/settings"): (
        Case((c(S.UPDATE_SETTINGS),), body=const({"retention_days": 30})),
    ),
    # -- privacy: a pupil's data, the audit log's retention ---------------------------------
    # The subject is the twinspace's pupil (the room's a teacher: rooms have no pupils). An
    # erasure is put back by the restore after each allowed write (test_restore_after_erasure).
    ("GET", PUPIL + "/export"): (
        Case((c(S.EXPORT_PUPIL_DATA, "subject"),), params=subject_param()),
        # A member who is no pupil is "no such pupil" to a teacher: ids cannot be probed.
        Case(
            (c(S.EXPORT_PUPIL_DATA, "member:guest"),),
            params={"account_id": "@guest"},
            kinds=TWIN,
            label="not a pupil",
        ),
        Case(
            (c(S.EXPORT_PUPIL_DATA, "erased"),),
            params={"account_id": "@erased_pupil"},
            label="erased",
        ),
    ),
    ("POST", PUPIL + "/erase"): (
        Case(
            (c(S.ERASE_PUPIL, "subject"),),
            params=subject_param(),
            body=const({"posts": "remove", "files": "remove"}),
        ),
        Case(
            (c(S.ERASE_PUPIL, "subject"),),
            params=subject_param(),
            body=const({"posts": "keep", "files": "keep"}),
            label="keep",
        ),
        Case(
            (c(S.ERASE_PUPIL, "member:guest"),),
            params={"account_id": "@guest"},
            body=const({"posts": "remove", "files": "remove"}),
            kinds=TWIN,
            label="not a pupil",
        ),
        # Asking again (the twinspace's erased pupil) answers what was done, and only to whom
        # the first erasure would have been allowed: the policy over the erasure's record.
        Case(
            (c(S.ERASE_PUPIL, "erased_record"),),
            params={"account_id": "@erased_pupil"},
            body=const({"posts": "remove", "files": "remove"}),
            label="erased already",
        ),
    ),
    ("GET", SPACE + "/audit/settings"): (Case((c(S.READ_AUDIT_LOG),)),),
    ("PUT", SPACE + "/audit/settings"): (
        Case((c(S.UPDATE_SETTINGS),), body=const({"retention_days": 90})),
    ),
}


def fixture_id(fx: Fixture, kind: SpaceKind | None, name: str) -> int | str:
    """The id a case's path parameter names: ``@persona`` is that person's account (``@subject``
    the space's subject), ``=text`` the text itself (a reaction's kind), any other name an
    object of the space (MISSING if it has none)."""
    from .world import MISSING

    if name.startswith("="):
        return name[1:]
    if name.startswith("@"):
        persona = name[1:]
        if persona == "subject":
            assert kind is not None
            persona = SUBJECT[kind]
        return int(fx.accounts[persona]["id"])
    assert kind is not None
    return fx.spaces[kind].ids.get(name, MISSING)


def resolve(
    case: Case, fx: Fixture, kind: SpaceKind | None, **override: Any
) -> dict[str, int | str]:
    """Path parameters of one request; ``override`` replaces some (a missing or foreign id)."""
    values: dict[str, int | str] = {}
    if not case.account_route:
        assert kind is not None
        values["space_id"] = fx.spaces[kind].ids["space"]
    for param, name in case.params.items():
        values[param] = fixture_id(fx, kind, name)
    values.update(override)
    return values
