"""Message structs: tags, strictness, field constraints, subprotocol negotiation."""

from __future__ import annotations

import dataclasses
import datetime

import msgspec
import pytest

from protocol.close_codes import CLOSE_CODE_INFO, CloseCode, CloseReason
from protocol.errors import ErrorCode
from protocol.limits import MAX_REF_LENGTH, Limits
from protocol.messages import (
    CLIENT_MESSAGE_TYPES,
    SERVER_MESSAGE_TYPES,
    SUBPROTOCOL,
    Ack,
    Auth,
    ClientMessage,
    Closing,
    Error,
    Event,
    Ping,
    Pong,
    Presence,
    PresenceMember,
    Publish,
    Reset,
    ResetReason,
    ServerMessage,
    Subscribe,
    Welcome,
    select_subprotocol,
)
from protocol.vocabulary import AccountId, Role

NOW = datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)


def _client(raw: bytes) -> ClientMessage:
    # Typed through a variable: older msgspec stubs return Any here, newer ones the type.
    message: ClientMessage = msgspec.json.decode(raw, type=ClientMessage)
    return message


def test_subprotocol_is_versioned() -> None:
    assert SUBPROTOCOL == "twinspace.v1"
    assert select_subprotocol(["other", "twinspace.v1"]) == "twinspace.v1"
    assert select_subprotocol(["twinspace.v0", "chat"]) is None
    assert select_subprotocol([]) is None


def test_every_message_has_a_unique_snake_case_tag() -> None:
    for group in (CLIENT_MESSAGE_TYPES, SERVER_MESSAGE_TYPES):
        tags = [t.__struct_config__.tag for t in group]
        assert len(set(tags)) == len(tags)
        assert all(isinstance(tag, str) and tag.islower() for tag in tags)


def test_messages_are_frozen() -> None:
    message = Ping(ref="r1")
    with pytest.raises(AttributeError):
        message.ref = "r2"  # type: ignore[misc]


def test_client_messages_forbid_unknown_fields() -> None:
    assert all(t.__struct_config__.forbid_unknown_fields for t in CLIENT_MESSAGE_TYPES)
    with pytest.raises(msgspec.ValidationError, match="unknown field"):
        _client(b'{"type":"ping","ref":"a","extra":1}')


def test_server_messages_tolerate_fields_added_later_in_v1() -> None:
    raw = b'{"type":"pong","ref":"a","server_time":"2025-01-02T03:04:05Z","new":1}'
    assert msgspec.json.decode(raw, type=ServerMessage) == Pong(ref="a", server_time=NOW)


def test_subscribe_since_is_optional_and_never_negative() -> None:
    assert _client(b'{"type":"subscribe","ref":"a","channel":"space:1"}') == Subscribe(
        ref="a", channel="space:1"
    )
    assert _client(b'{"type":"subscribe","ref":"a","channel":"space:1","since":0}') == Subscribe(
        ref="a", channel="space:1", since=0
    )
    with pytest.raises(msgspec.ValidationError, match=r"\$\.since"):
        _client(b'{"type":"subscribe","ref":"a","channel":"space:1","since":-1}')


@pytest.mark.parametrize(
    "ref",
    ["", "a" * (MAX_REF_LENGTH + 1), "has space", "new\nline", "a\n", "é", "<script>"],
)
def test_refs_are_short_and_plain(ref: str) -> None:
    raw = msgspec.json.encode({"type": "ping", "ref": ref})
    with pytest.raises(msgspec.ValidationError, match=r"\$\.ref"):
        _client(raw)


def test_a_ref_of_the_maximum_length_is_accepted() -> None:
    ref = "A-z0_9.:" * (MAX_REF_LENGTH // 8)
    assert _client(msgspec.json.encode({"type": "ping", "ref": ref})) == Ping(ref=ref)


def test_channel_names_are_checked_by_the_schema() -> None:
    with pytest.raises(msgspec.ValidationError, match=r"\$\.channel"):
        _client(b'{"type":"unsubscribe","ref":"a","channel":"thread:1"}')


def test_publish_data_defaults_to_an_empty_object_and_must_be_one() -> None:
    raw = b'{"type":"publish","ref":"a","channel":"video:1:2","event":"sdp_offer"}'
    assert _client(raw) == Publish(ref="a", channel="video:1:2", event="sdp_offer", data={})
    with pytest.raises(msgspec.ValidationError, match=r"\$\.data"):
        _client(raw[:-1] + b',"data":[1]}')


@pytest.mark.parametrize("event", ["Offer", "1st", "a..b", "a.", "a-b", "x" * 65])
def test_event_names_are_dotted_snake_case(event: str) -> None:
    raw = msgspec.json.encode(
        {"type": "publish", "ref": "a", "channel": "video:1:2", "event": event}
    )
    with pytest.raises(msgspec.ValidationError, match=r"\$\.event"):
        _client(raw)


def test_auth_tokens_are_printable_ascii() -> None:
    assert _client(b'{"type":"auth","token":"tok_123"}') == Auth(token="tok_123")
    for token in ("", "with space", "x" * 1025):
        with pytest.raises(msgspec.ValidationError, match=r"\$\.token"):
            _client(msgspec.json.encode({"type": "auth", "token": token}))


def test_welcome_carries_protocol_account_time_and_limits() -> None:
    welcome = Welcome(account_id=AccountId(7), server_time=NOW, limits=Limits())
    builtins = msgspec.to_builtins(welcome)
    assert builtins["type"] == "welcome"
    assert builtins["protocol"] == SUBPROTOCOL
    assert builtins["server_time"] == "2025-01-02T03:04:05Z"
    assert builtins["limits"]["max_frame_bytes"] == 64 * 1024
    assert builtins["limits"]["heartbeat_interval_ms"] == Limits().heartbeat_interval_ms


def test_server_messages_encode_enums_as_their_values() -> None:
    assert msgspec.to_builtins(Error(code=ErrorCode.NOT_FOUND, message="no", ref="r")) == {
        "type": "error",
        "code": "not_found",
        "message": "no",
        "ref": "r",
        "retry_after_ms": None,
        "fields": None,
    }
    closing = Closing(
        code=CloseCode.SERVICE_RESTART, reason=CloseReason.SERVER_RESTARTING, retry_after_ms=5000
    )
    assert msgspec.to_builtins(closing)["code"] == 1012
    assert msgspec.to_builtins(closing)["reason"] == "server_restarting"
    reset = Reset(channel="space:1", seq=90, reason=ResetReason.TOO_OLD)
    assert msgspec.to_builtins(reset)["reason"] == "too_old"


def test_presence_snapshot_lists_members_with_roles() -> None:
    member = PresenceMember(account_id=AccountId(3), display_name="Ana", role=Role.PUPIL)
    snapshot = Presence(channel="presence:1", seq=4, members=[member])
    assert msgspec.to_builtins(snapshot)["members"] == [
        {"account_id": 3, "display_name": "Ana", "role": "pupil"}
    ]


def test_ack_and_event_shapes() -> None:
    assert msgspec.to_builtins(Ack(ref="r", channel="space:1", seq=3)) == {
        "type": "ack",
        "ref": "r",
        "channel": "space:1",
        "seq": 3,
    }
    event = Event(channel="thread:1:2", seq=9, event="post.created", data={"id": 5})
    assert msgspec.to_builtins(event)["data"] == {"id": 5}


def test_every_close_code_is_documented() -> None:
    assert set(CLOSE_CODE_INFO) == set(CloseCode)
    assert all(1000 <= code < 5000 for code in CloseCode)
    assert all(code >= 4000 for code in CloseCode if code.name in {"SLOW_CONSUMER", "FORBIDDEN"})


def test_limits_reject_nonsense() -> None:
    with pytest.raises(ValueError, match="positive"):
        Limits(max_frame_bytes=0)
    with pytest.raises(ValueError, match="idle_timeout_ms"):
        Limits(heartbeat_interval_ms=60_000, idle_timeout_ms=60_000)
    with pytest.raises(ValueError, match="message_burst"):
        Limits(max_messages_per_second=50, message_burst=10)
    assert dataclasses.replace(Limits(), max_depth=8).max_depth == 8
