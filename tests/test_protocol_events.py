"""The server's events as types (protocol/events.py): a closed set of names, one payload type per
name and channel kind, encoded to exactly the bytes the dicts gave before they had types."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import msgspec
import pytest

from protocol import api
from protocol.channels import KIND_RULES, ChannelKind
from protocol.errors import InvariantBroken, ProtocolError
from protocol.event_payloads import (
    EventPayload,
    FilePurged,
    FileShown,
    FolderPurged,
    HeldNotice,
    MemberGone,
    MemberShown,
    MuteChanged,
    MuteNotice,
    PostGone,
    PostShown,
    PresenceGone,
    ReadNotice,
    ReportFiled,
    SessionNow,
    SpaceUpdated,
    ThreadListed,
    VideoModerated,
    listed,
)
from protocol.events import (
    EVENT_SPECS,
    PAYLOAD_TYPES,
    EventName,
    check_event,
    decode_event,
    encode_event,
)
from protocol.events_doc import REGENERATE_JS, families, main, render_js
from protocol.frames import encode_event_body
from protocol.messages import PresenceEvent, PresenceMember
from protocol.schema import render_markdown
from protocol.video import EndReason, VideoEvent, VideoMode, VideoSessionState
from protocol.vocabulary import AccountId, AuditAction, ForumArea, PostState, PostVerb, Role

EVENTS_JS = Path(__file__).resolve().parent.parent / "web" / "js" / "events.js"
WHEN = dt.datetime(2026, 12, 6, 9, 30, tzinfo=dt.UTC)
AUTHOR = api.AuthorOut(account_id=4, display_name="Léa")
POST = api.PostOut(
    id=9,
    thread_id=3,
    author=AUTHOR,
    body="Hello @Ana",
    state=PostState.VISIBLE,
    created_at=WHEN,
    mentions=[2],
    allowed=[PostVerb.EDIT],  # never sent in an event
)
THREAD = api.ThreadOut(
    id=3,
    space_id=1,
    area=ForumArea.OPEN,
    title="Our rivers",
    author=AUTHOR,
    state=PostState.VISIBLE,
    pinned=True,
    locked=False,
    created_at=WHEN,
    updated_at=WHEN,
    posts=2,
    last_post_id=9,
    last_post_at=WHEN,
    unread=5,
)


def shared(value: msgspec.Struct) -> dict[str, Any]:
    """An answer as the dict-built events carried it: no `allowed` key (the old way)."""
    built: dict[str, Any] = msgspec.to_builtins(value)
    built.pop("allowed", None)
    for nested in built.values():
        if isinstance(nested, dict):
            nested.pop("allowed", None)
    return built


POST_DATA = shared(POST)
THREAD_DATA = shared(THREAD)
LISTED_DATA = {k: v for k, v in THREAD_DATA.items() if k != "unread"}

#: (name, payload, the dict the server built for it before events had types)
SAME_BYTES: list[tuple[EventName, EventPayload, dict[str, Any]]] = [
    (
        EventName.MEMBER_ADDED,
        MemberShown(account_id=2, display_name="Ana", role=Role.PUPIL),
        {"account_id": 2, "display_name": "Ana", "role": "pupil"},
    ),
    (
        EventName.MEMBER_REMOVED,
        MemberGone(account_id=2, display_name="Ana"),
        {"account_id": 2, "display_name": "Ana"},
    ),
    (
        EventName.SPACE_UPDATED,
        SpaceUpdated(description="Rivers", premoderate_pupils=False),
        {"description": "Rivers", "premoderate_pupils": False},
    ),
    (EventName.THREAD_UPDATED, ThreadListed(thread=listed(THREAD)), {"thread": LISTED_DATA}),
    (EventName.POST_CREATED, PostShown(post=POST), {"post": POST_DATA}),
    (EventName.POST_DELETED, PostGone(post_id=9), {"post_id": 9}),
    (
        EventName.POST_PENDING,
        HeldNotice(thread=THREAD, post=POST),
        {"thread": THREAD_DATA, "post": POST_DATA},
    ),
    (
        EventName.POST_PENDING,
        HeldNotice(post=POST),
        {"post": POST_DATA},
    ),
    (
        EventName.THREAD_PENDING,
        api.ThreadCreated(thread=THREAD, post=POST),
        {
            "thread": THREAD_DATA,
            "post": POST_DATA,
        },
    ),
    (
        EventName.MEMBER_UNMUTED,
        MuteChanged(account_id=2, muted_until=None, by=None, reason="", expired=True),
        {"account_id": 2, "muted_until": None, "by": None, "reason": "", "expired": True},
    ),
    (
        EventName.MEMBER_MUTED,
        MuteChanged(account_id=2, muted_until=WHEN, by=1, reason="calm"),
        {
            "account_id": 2,
            "muted_until": WHEN.isoformat().replace("+00:00", "Z"),
            "by": 1,
            "reason": "calm",
        },
    ),
    (
        EventName.MEMBER_MUTED,
        MuteNotice(account_id=2, muted_until=None),
        {"account_id": 2, "muted_until": None},
    ),
    (
        EventName.THREAD_READ,
        ReadNotice(thread_id=3, last_read_post_id=9, unread=0),
        {"thread_id": 3, "last_read_post_id": 9, "unread": 0},
    ),
    (
        EventName.FOLDER_PURGED,
        FolderPurged(folder_id=5, folder_ids=[5, 6], file_ids=[7]),
        {"folder_id": 5, "folder_ids": [5, 6], "file_ids": [7]},
    ),
    (EventName.FILE_PURGED, FilePurged(file_id=7, file_ids=[7]), {"file_id": 7, "file_ids": [7]}),
    (
        EventName.SESSION,
        SessionNow(
            id=2,
            space_id=1,
            title="Maths",
            state=VideoSessionState.ENDED,
            mode=VideoMode.MESH,
            lobby=True,
            spotlight_id=None,
            channel="video:1:2",
            reason=EndReason.TEACHER,
        ),
        {
            "id": 2,
            "space_id": 1,
            "title": "Maths",
            "state": "ended",
            "mode": "mesh",
            "lobby": True,
            "spotlight_id": None,
            "channel": "video:1:2",
            "reason": "teacher",
        },
    ),
    (
        EventName.MODERATED,
        VideoModerated(action=AuditAction.VIDEO_STARTED, by=1, reason="", session_id=2),
        {"action": "video.started", "by": 1, "reason": "", "session_id": 2},
    ),
    (
        EventName.JOIN,
        PresenceMember(account_id=AccountId(2), display_name="Ana", role=Role.PUPIL),
        {"account_id": 2, "display_name": "Ana", "role": "pupil"},
    ),
    (EventName.LEAVE, PresenceGone(account_id=2), {"account_id": 2}),
]


@pytest.mark.parametrize(("name", "payload", "before"), SAME_BYTES)
def test_a_typed_event_encodes_to_the_bytes_of_the_old_dict(
    name: EventName, payload: EventPayload, before: dict[str, Any]
) -> None:
    assert encode_event(name, payload) == encode_event_body(name, before)


def test_no_event_carries_an_allowed_list_at_any_depth() -> None:
    report = api.ReportOut(id=1, post=POST, reporter=AUTHOR, reason="rude", created_at=WHEN)
    assert b"allowed" not in encode_event(EventName.REPORT_CREATED, ReportFiled(report=report))
    assert b"allowed" not in encode_event(EventName.POST_CREATED, PostShown(post=POST))


def test_every_name_has_a_payload_and_no_name_two_on_one_kind() -> None:
    assert {spec.name for spec in EVENT_SPECS} == set(EventName)
    pairs = [(spec.name, kind) for spec in EVENT_SPECS for kind in spec.kinds]
    assert len(pairs) == len(set(pairs)) == len(PAYLOAD_TYPES)


def test_video_and_presence_names_are_in_the_closed_set() -> None:
    assert {str(e) for e in VideoEvent} | {str(e) for e in PresenceEvent} <= set(EventName)


def test_events_go_only_on_kinds_where_the_server_speaks() -> None:
    # Nothing the server announces goes on a kind it does not know (a kind has rules).
    assert {kind for spec in EVENT_SPECS for kind in spec.kinds} <= set(KIND_RULES)


@pytest.mark.parametrize(("name", "payload", "before"), SAME_BYTES)
def test_decoding_gives_back_the_payload(
    name: EventName, payload: EventPayload, before: dict[str, Any]
) -> None:
    kind = next(
        k
        for spec in EVENT_SPECS
        if spec.name is name
        for k in spec.kinds
        if spec.payload is type(payload)
    )
    decoded_name, decoded = decode_event(kind, encode_event(name, payload))
    assert decoded_name is name
    assert encode_event(name, decoded) == encode_event(name, payload)


def test_decoding_refuses_what_the_server_never_sends() -> None:
    body = encode_event(EventName.POST_DELETED, PostGone(post_id=1))
    with pytest.raises(ProtocolError):
        decode_event(ChannelKind.ARCHIVE, body)  # no post.deleted on an archive channel
    with pytest.raises(ProtocolError):
        decode_event(ChannelKind.THREAD, encode_event_body("post.exploded", {}))
    with pytest.raises(ProtocolError):
        decode_event(ChannelKind.THREAD, encode_event_body("post.deleted", {"post_id": "x"}))
    with pytest.raises(ProtocolError):
        decode_event(ChannelKind.THREAD, b"not json")


def test_a_payload_on_the_wrong_channel_or_of_the_wrong_type_is_a_server_bug() -> None:
    check_event("thread:1:3", EventName.POST_DELETED, PostGone(post_id=1))
    check_event("moderation:1", EventName.POST_DELETED, PostShown(post=POST))
    with pytest.raises(InvariantBroken, match="PostShown"):
        check_event("thread:1:3", EventName.POST_DELETED, PostShown(post=POST))
    with pytest.raises(InvariantBroken, match="nothing"):
        check_event("archive:1", EventName.POST_DELETED, PostGone(post_id=1))
    with pytest.raises(InvariantBroken):
        check_event("archive:1", EventName.FILE_ADDED, FilePurged(file_id=1, file_ids=[]))
    check_event("archive:1", EventName.FILE_ADDED, FileShown(file=file_out()))


def file_out() -> api.FileOut:
    return api.FileOut(
        id=1,
        folder_id=None,
        name="a.txt",
        owner_id=2,
        version=1,
        size=3,
        sha256="0" * 64,
        created_at=WHEN,
        updated_at=WHEN,
    )


def test_list_events_carry_no_reader_s_unread_count() -> None:
    assert "unread" not in api.ListedThread.__struct_fields__
    assert listed(THREAD).__struct_fields__ == tuple(
        f for f in api.ThreadOut.__struct_fields__ if f not in ("unread", "allowed")
    )


def test_docs_list_every_event_with_its_channels_and_data() -> None:
    text = render_markdown()
    for spec in EVENT_SPECS:
        assert f"| `{spec.name}` | " in text
        assert f"[`{spec.payload.__name__}`](#{spec.payload.__name__.lower()})" in text
        assert f"`{spec.payload.__name__}`" in text.split("### Event data", 1)[1] or (
            f"### `{spec.payload.__name__}`" in text
        )


# -- web/js/events.js ------------------------------------------------------------------------


def test_web_js_events_module_is_up_to_date() -> None:
    current = EVENTS_JS.read_text(encoding="utf-8") if EVENTS_JS.exists() else ""
    assert current == render_js(), f"web/js/events.js is stale; run: {REGENERATE_JS}"


def test_the_module_exports_every_name_and_every_family() -> None:
    text = render_js()
    for name in EventName:
        assert f'export const {name.name} = "{name.value}";' in text
    for family in families():
        assert f"export const {family.upper()}_EVENTS = new Set([" in text


def test_js_script_writes_checks_and_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "events.js"
    assert main(["--check", str(target)]) == 1
    assert REGENERATE_JS in capsys.readouterr().err
    assert main(["-o", str(target)]) == 0
    assert main(["--check", str(target)]) == 0
    assert main([]) == 0
    assert capsys.readouterr().out == target.read_text(encoding="utf-8")
