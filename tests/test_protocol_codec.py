"""The codec: bounded, strict decoding of client frames and one-shot encoding."""

from __future__ import annotations

import contextlib
import datetime
import json
import time
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from protocol.channels import CHANNEL_PATTERN
from protocol.close_codes import CloseCode, CloseReason
from protocol.codec import (
    FrameRejected,
    contains_nul,
    decode_client_message,
    decode_server_message,
    encode_client_message,
    encode_server_message,
    error_reply,
)
from protocol.errors import ErrorCode, FieldCode, FieldError, ProtocolError
from protocol.limits import DEFAULT_MAX_DEPTH, DEFAULT_MAX_FRAME_BYTES, Limits
from protocol.messages import (
    EVENT_NAME_PATTERN,
    REF_PATTERN,
    TOKEN_PATTERN,
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
    Unsubscribe,
    Unsubscribed,
    Welcome,
)
from protocol.vocabulary import AccountId, Role

NOW = datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)


def _rejected(data: bytes | str, **limits: int) -> FrameRejected:
    with pytest.raises(FrameRejected) as caught:
        decode_client_message(data, **limits)
    return caught.value


def _nested(depth: int, *, ref: str = "r1") -> bytes:
    """A publish frame whose total nesting (envelope included) is ``depth``."""
    inner = "[" * (depth - 2) + "]" * (depth - 2) if depth > 2 else "0"
    inner = f'{{"x":{inner}}}' if depth > 1 else "{}"
    return (
        f'{{"type":"publish","ref":"{ref}","channel":"video:1:2","event":"e","data":{inner}}}'
    ).encode()


def test_text_and_binary_frames_decode_alike() -> None:
    frame = '{"type":"subscribe","ref":"r1","channel":"thread:12:345","since":7}'
    expected = Subscribe(ref="r1", channel="thread:12:345", since=7)
    assert decode_client_message(frame) == expected
    assert decode_client_message(frame.encode()) == expected
    assert decode_client_message(bytearray(frame.encode())) == expected  # type: ignore[arg-type]


def test_a_nul_character_in_a_frame_is_invalid_and_keeps_the_ref() -> None:
    frame = (
        r'{"type":"publish","ref":"r9","channel":"video:1:2","event":"e","data":{"t":"a\u0000"}}'
    )
    error = _rejected(frame)
    assert error.code == ErrorCode.INVALID
    assert error.ref == "r9"
    assert "NUL" in error.message


@pytest.mark.parametrize(
    ("raw", "has_nul"),
    [
        (rb'"\u0000"', True),
        (rb'"ab\\\u0000"', True),  # an escaped backslash, then NUL
        (rb'"ab\\u0000"', False),  # an escaped backslash, then the text u0000
        (rb'"\\\\u0000"', False),
        (rb'"\u00001"', True),
        (rb'"\u0001"', False),
    ],
)
def test_nul_is_found_only_where_json_escapes_it(raw: bytes, has_nul: bool) -> None:
    assert contains_nul(raw) is has_nul
    assert ("\x00" in json.loads(raw)) is has_nul


def test_frames_over_the_size_limit_are_too_large() -> None:
    padding = " " * DEFAULT_MAX_FRAME_BYTES
    assert _rejected(b'{"type":"ping","ref":"a"}' + padding.encode()).code == ErrorCode.TOO_LARGE
    assert _rejected('{"type":"ping","ref":"a"}' + padding).code == ErrorCode.TOO_LARGE
    assert _rejected(b'{"type":"ping","ref":"a"}  ', max_frame_bytes=20).code == (
        ErrorCode.TOO_LARGE
    )


def test_multibyte_text_is_measured_in_bytes() -> None:
    frame = '{"type":"publish","ref":"a","channel":"video:1:2","event":"e","data":{"t":"'
    frame += "é" * 40 + '"}}'
    assert len(frame) <= 120 < len(frame.encode())
    assert _rejected(frame, max_frame_bytes=120).code == ErrorCode.TOO_LARGE


def test_depth_is_limited_and_counts_the_envelope() -> None:
    assert isinstance(decode_client_message(_nested(DEFAULT_MAX_DEPTH)), Publish)
    error = _rejected(_nested(DEFAULT_MAX_DEPTH + 1))
    assert error.code == ErrorCode.TOO_LARGE
    assert error.ref == "r1"
    assert _rejected(_nested(4), max_depth=3).code == ErrorCode.TOO_LARGE


def test_brackets_inside_strings_do_not_count_as_depth() -> None:
    text = json.dumps("[{" * 100 + '\\"[' + "}]" * 3)
    frame = (
        f'{{"type":"publish","ref":"a","channel":"video:1:2","event":"e","data":{{"t":{text}}}}}'
    )
    assert isinstance(decode_client_message(frame), Publish)


def test_very_deep_frames_are_rejected_without_recursion() -> None:
    half = DEFAULT_MAX_FRAME_BYTES // 2 - 10
    assert _rejected(b"[" * half + b"]" * half).code == ErrorCode.TOO_LARGE
    assert _rejected(b"[" * (2 * half)).code == ErrorCode.TOO_LARGE
    assert _rejected(b'{"a":' * 10_000).code == ErrorCode.TOO_LARGE


@pytest.mark.parametrize(
    "frame",
    [b'"\\' * 32_000, b'{"a":' + b'"\\"' * 21_000, b'"' * 65_000, b"[" * 65_000, b'["\\' * 21_000],
    ids=["escaped-quotes", "escapes-in-value", "quotes", "openers", "mixed"],
)
def test_hostile_frames_are_rejected_in_linear_time(frame: bytes) -> None:
    # A quadratic scan takes seconds on these; a linear one, a few milliseconds.
    started = time.perf_counter()
    with pytest.raises(FrameRejected):
        decode_client_message(frame)
    assert time.perf_counter() - started < 0.5


def test_unbalanced_shallow_brackets_are_malformed_not_too_deep() -> None:
    assert _rejected(b"]" * 40 + b"[").code == ErrorCode.MALFORMED


@pytest.mark.parametrize(
    "frame",
    [
        b'{"type":"ping","ref":"\xff"}',
        b'{"type":"ping","ref":"a","x":"\xed\xa0\x80"}',
        b"\xc3",
    ],
)
def test_invalid_utf8_is_malformed(frame: bytes) -> None:
    error = _rejected(frame)
    assert error.code == ErrorCode.MALFORMED
    assert "UTF-8" in error.message


def test_lone_surrogates_in_text_are_malformed() -> None:
    assert _rejected('{"type":"ping","ref":"\ud800"}').code == ErrorCode.MALFORMED


@pytest.mark.parametrize(
    "frame", [b"", b"not json", b'{"type":"ping"', b"[]", b"null", b'"ping"', b"{}"]
)
def test_non_messages_are_malformed(frame: bytes) -> None:
    error = _rejected(frame)
    assert error.code == ErrorCode.MALFORMED
    assert error.ref is None


def test_unknown_type_is_unsupported_and_keeps_the_ref() -> None:
    error = _rejected(b'{"type":"shout","ref":"r9","text":"hi"}')
    assert error.code == ErrorCode.UNSUPPORTED
    assert error.ref == "r9"
    assert "shout" not in error.message


def test_server_message_types_are_not_accepted_from_clients() -> None:
    assert _rejected(b'{"type":"event","ref":"r"}').code == ErrorCode.UNSUPPORTED


def test_unknown_fields_are_malformed_and_keep_the_ref() -> None:
    error = _rejected(b'{"type":"ping","ref":"r2","extra":true}')
    assert error.code == ErrorCode.MALFORMED
    assert error.ref == "r2"
    assert "extra" in error.message


def test_wrong_types_name_the_field() -> None:
    error = _rejected(b'{"type":"subscribe","ref":"r3","channel":"space:1","since":"7"}')
    assert error.code == ErrorCode.MALFORMED
    assert "$.since" in error.message
    assert error.ref == "r3"


def test_an_unreadable_ref_is_never_echoed() -> None:
    for ref in ('"has space"', '"' + "a" * 65 + '"', "7", '"<b>"'):
        frame = f'{{"type":"subscribe","ref":{ref},"channel":"nope"}}'.encode()
        assert _rejected(frame).ref is None


def test_error_messages_are_bounded() -> None:
    frame = b'{"type":"ping","ref":"r","' + b"k" * 5000 + b'":1}'
    error = _rejected(frame)
    assert len(error.message) <= 200
    assert error.ref == "r"


def test_publish_to_a_kind_without_client_publish_is_invalid() -> None:
    for channel in ("space:1", "presence:1", "thread:1:2", "archive:1"):
        frame = msgspec.json.encode(
            {"type": "publish", "ref": "p", "channel": channel, "event": "post.created"}
        )
        error = _rejected(frame)
        assert error.code == ErrorCode.INVALID
        assert error.ref == "p"


def test_rejections_are_protocol_errors_and_become_error_replies() -> None:
    error = _rejected(b'{"type":"ping","ref":"r4","x":1}')
    assert isinstance(error, ProtocolError)
    reply = error_reply(error)
    assert reply == Error(
        code=ErrorCode.MALFORMED,
        message=error.message,
        ref="r4",
        fields=[FieldError(field="x", code=FieldCode.UNKNOWN)],
    )
    plain = error_reply(ProtocolError("bad", code=ErrorCode.INVALID))
    assert plain.ref is None


def test_a_server_message_is_encoded_once_to_bytes_for_every_subscriber() -> None:
    event = Event(channel="thread:1:2", seq=3, event="post.created", data={"id": 1})
    encoded = encode_server_message(event)
    assert isinstance(encoded, bytes)
    assert json.loads(encoded) == {
        "type": "event",
        "channel": "thread:1:2",
        "seq": 3,
        "event": "post.created",
        "data": {"id": 1},
    }
    assert decode_server_message(encoded) == event


def test_decode_server_message_raises_protocol_errors() -> None:
    with pytest.raises(ProtocolError) as caught:
        decode_server_message(b'{"type":"nope"}')
    assert caught.value.code == ErrorCode.MALFORMED


SERVER_EXAMPLES: list[ServerMessage] = [
    Welcome(account_id=AccountId(1), server_time=NOW, limits=Limits()),
    Ack(ref="r", channel="space:1", seq=0),
    Error(code=ErrorCode.RATE_LIMITED, message="slow down", ref="r", retry_after_ms=250),
    Event(channel="presence:1", seq=2, event="join", data={"account_id": 2}),
    Reset(channel="archive:1", seq=900, reason=ResetReason.AHEAD),
    Presence(
        channel="presence:1",
        seq=1,
        members=[PresenceMember(account_id=AccountId(2), display_name="B", role=Role.GUEST)],
    ),
    Unsubscribed(channel="thread:1:2", code=ErrorCode.FORBIDDEN),
    Pong(ref="r", server_time=NOW),
    Closing(
        code=CloseCode.GOING_AWAY, reason=CloseReason.SERVER_SHUTTING_DOWN, retry_after_ms=1000
    ),
]


@pytest.mark.parametrize("message", SERVER_EXAMPLES, ids=lambda m: type(m).__name__)
def test_every_server_message_round_trips(message: ServerMessage) -> None:
    assert decode_server_message(encode_server_message(message)) == message


# Property tests.

_refs = st.from_regex(REF_PATTERN, fullmatch=True)
_channels = st.from_regex(CHANNEL_PATTERN, fullmatch=True)
_video_channels = st.from_regex(r"\Avideo:[1-9][0-9]{0,17}:[1-9][0-9]{0,17}\Z")


def _texts(max_size: int) -> st.SearchStrategy[str]:
    """Any text a valid message may carry: everything but NUL, which is refused on purpose."""
    return st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=max_size)


_json_leaves = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | _texts(20)
)
_json = st.recursive(
    _json_leaves,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_texts(8), inner, max_size=4),
    max_leaves=20,
)
_client_messages: st.SearchStrategy[ClientMessage] = st.one_of(
    st.builds(Auth, token=st.from_regex(TOKEN_PATTERN, fullmatch=True)),
    st.builds(
        Subscribe,
        ref=_refs,
        channel=_channels,
        since=st.none() | st.integers(min_value=0, max_value=2**63 - 1),
    ),
    st.builds(Unsubscribe, ref=_refs, channel=_channels),
    st.builds(
        Publish,
        ref=_refs,
        channel=_video_channels,
        event=st.from_regex(EVENT_NAME_PATTERN, fullmatch=True).filter(lambda e: len(e) <= 64),
        data=st.dictionaries(_texts(8), _json, max_size=5),
    ),
    st.builds(Ping, ref=_refs),
)


@given(_client_messages)
@settings(max_examples=300)
def test_valid_client_messages_round_trip(message: ClientMessage) -> None:
    assert decode_client_message(encode_client_message(message)) == message


@given(st.binary(max_size=2048))
@settings(max_examples=500)
def test_arbitrary_bytes_raise_only_protocol_errors(data: bytes) -> None:
    with contextlib.suppress(ProtocolError):
        decode_client_message(data)


@given(st.text(max_size=512))
@settings(max_examples=300)
def test_arbitrary_text_raises_only_protocol_errors(data: str) -> None:
    with contextlib.suppress(ProtocolError):
        decode_client_message(data)


_near_messages = st.fixed_dictionaries(
    {"type": st.sampled_from(["auth", "subscribe", "unsubscribe", "publish", "ping", "x"])},
    optional={
        "ref": _json,
        "channel": _channels | _json,
        "since": _json,
        "event": _json,
        "data": _json,
        "token": _json,
        "other": _json,
    },
)


@given(_near_messages)
@settings(max_examples=500)
def test_almost_valid_messages_raise_only_protocol_errors(frame: dict[str, Any]) -> None:
    try:
        message = decode_client_message(json.dumps(frame))
    except ProtocolError as error:
        code, fields = error.code, error.fields
    else:
        assert message.__struct_config__.tag == frame["type"]
        return
    assert code in {ErrorCode.MALFORMED, ErrorCode.UNSUPPORTED, ErrorCode.INVALID}
    if code is ErrorCode.MALFORMED and frame["type"] != "x":
        # A known type with refused fields names at least one of them.
        assert fields, frame


def test_a_frame_with_refused_fields_lists_every_one_in_its_error() -> None:
    frame = '{"type":"subscribe","ref":"r1","channel":5,"since":"x","extra":1}'
    error = _rejected(frame)
    reply = msgspec.to_builtins(error_reply(error))
    assert reply["code"] == "malformed"
    assert reply["ref"] == "r1"
    assert reply["fields"] == [
        {"field": "channel", "code": "type"},
        {"field": "since", "code": "type"},
        {"field": "extra", "code": "unknown"},
    ]
    assert msgspec.to_builtins(error_reply(_rejected(b"[1]")))["fields"] is None
