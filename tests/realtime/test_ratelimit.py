"""The token bucket, with time passed in."""

from __future__ import annotations

from server.realtime.ratelimit import TokenBucket


def test_burst_then_rate() -> None:
    bucket = TokenBucket(rate=2.0, burst=3.0)
    assert [bucket.take(0.0) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert bucket.take(0.0) == 0.5
    assert bucket.take(0.5) == 0.0
    assert bucket.take(0.5) > 0


def test_never_saves_more_than_the_burst() -> None:
    bucket = TokenBucket(rate=10.0, burst=2.0)
    bucket.take(0.0)
    taken = [bucket.take(100.0) for _ in range(3)]
    assert taken[:2] == [0.0, 0.0]
    assert taken[2] > 0
