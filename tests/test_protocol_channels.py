"""Channel names: canonical parse and format, kind rules, Redis hash tags."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from protocol.channels import (
    CHANNEL_PATTERN,
    CLIENT_PUBLISH_KINDS,
    KIND_RULES,
    Channel,
    ChannelKind,
    shard_tag,
)
from protocol.errors import ErrorCode, InvariantBroken, ProtocolError
from protocol.vocabulary import SpaceId


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("space:12", Channel(ChannelKind.SPACE, SpaceId(12))),
        ("presence:12", Channel(ChannelKind.PRESENCE, SpaceId(12))),
        ("archive:12", Channel(ChannelKind.ARCHIVE, SpaceId(12))),
        ("thread:12:345", Channel(ChannelKind.THREAD, SpaceId(12), 345)),
        ("video:12:7", Channel(ChannelKind.VIDEO, SpaceId(12), 7)),
    ],
)
def test_names_parse_to_typed_channels_and_format_back(name: str, expected: Channel) -> None:
    assert Channel.parse(name) == expected
    assert expected.name == name
    assert str(expected) == name


@pytest.mark.parametrize(
    "name",
    [
        "",
        "space",
        "space:",
        "space:0",
        "space:012",
        "space:-1",
        "space:+1",
        "space: 1",
        "space:1\n",
        "space:1:2",
        "thread:12",
        "video:12:",
        "video:12:0",
        "archive:12:3",
        "forum:12",
        "SPACE:12",
        "space:1234567890123456789",
        "thread:1:2:3",
        "space:\uff11\uff12",  # full-width digits
    ],
)
def test_non_canonical_or_unknown_names_are_invalid(name: str) -> None:
    with pytest.raises(ProtocolError) as caught:
        Channel.parse(name)
    assert caught.value.code == ErrorCode.INVALID


def test_pattern_agrees_with_parse_on_trailing_newline() -> None:
    # msgspec checks patterns with re.search, where a bare `$` would accept "space:1\n".
    assert re.search(CHANNEL_PATTERN, "space:1")
    assert not re.search(CHANNEL_PATTERN, "space:1\n")


def test_channel_objects_reject_wrong_shapes() -> None:
    with pytest.raises(ValueError, match="needs"):
        Channel(ChannelKind.THREAD, SpaceId(1))
    with pytest.raises(ValueError, match="takes no"):
        Channel(ChannelKind.SPACE, SpaceId(1), 2)
    with pytest.raises(ValueError, match="ids"):
        Channel(ChannelKind.SPACE, SpaceId(0))


def test_only_video_signalling_accepts_client_publishes() -> None:
    assert frozenset({ChannelKind.VIDEO}) == CLIENT_PUBLISH_KINDS
    assert Channel.parse("video:1:2").client_may_publish
    for name in ("space:1", "presence:1", "thread:1:2", "archive:1"):
        assert not Channel.parse(name).client_may_publish


def test_presence_typing_and_readers_are_the_only_kinds_not_replayed() -> None:
    not_replayed = {k for k, r in KIND_RULES.items() if not r.replayable}
    assert not_replayed == {ChannelKind.PRESENCE, ChannelKind.TYPING, ChannelKind.READERS}


def test_a_readers_channel_names_a_thread_of_a_space() -> None:
    channel = Channel.parse("readers:12:34")
    assert (channel.kind, channel.space_id, channel.object_id) == (ChannelKind.READERS, 12, 34)
    assert not channel.client_may_publish


def test_every_kind_has_rules() -> None:
    assert set(KIND_RULES) == set(ChannelKind)


def test_all_channels_of_a_space_share_one_redis_hash_tag() -> None:
    names = ["space:12", "presence:12", "thread:12:345", "archive:12", "video:12:7"]
    keys = [Channel.parse(n).redis_key("seq") for n in names]
    assert shard_tag(SpaceId(12)) == "{s12}"
    assert keys[2] == "tsl:{s12}:thread:12:345:seq"
    # Redis Cluster hashes only the first {...}: one tag per key, the space's.
    assert {k[k.index("{") + 1 : k.index("}")] for k in keys} == {"s12"}
    assert all(k.count("{") == 1 for k in keys)


def test_spaces_get_distinct_hash_tags() -> None:
    assert shard_tag(SpaceId(1)) != shard_tag(SpaceId(11))
    assert Channel.parse("space:1").redis_key() == "tsl:{s1}:space:1"


@pytest.mark.parametrize("part", ["", "a{b", "a}b", "a:b"])
def test_redis_key_parts_cannot_break_the_hash_tag(part: str) -> None:
    with pytest.raises(ValueError, match="redis key part"):
        Channel.parse("space:1").redis_key(part)


_ids = st.integers(min_value=1, max_value=10**18 - 1)


@given(st.sampled_from(list(ChannelKind)), _ids, _ids)
def test_format_then_parse_is_identity(kind: ChannelKind, space: int, obj: int) -> None:
    channel = Channel(kind, SpaceId(space), obj if KIND_RULES[kind].has_object_id else None)
    assert Channel.parse(channel.name) == channel
    assert re.search(CHANNEL_PATTERN, channel.name)


@given(st.text(max_size=80))
def test_parse_raises_only_protocol_errors(name: str) -> None:
    try:
        channel = Channel.parse(name)
    except ProtocolError:
        return
    assert channel.name == name


def test_a_kind_with_an_object_gives_its_id() -> None:
    assert Channel.parse("thread:12:345").required_object_id == 345


def test_asking_a_kind_without_an_object_for_its_id_is_our_bug() -> None:
    with pytest.raises(InvariantBroken, match="space channel has no object id"):
        _ = Channel.parse("space:12").required_object_id
