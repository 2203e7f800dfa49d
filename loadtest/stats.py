"""Latency percentiles from raw samples.

Exact nearest-rank percentiles over the sorted samples: a full run holds a few hundred thousand
deliveries, which sort in well under a second, so no histogram (and no extra dependency) is
needed and p99.9 is not blurred by bucket widths.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass

NS_PER_MS = 1_000_000


@dataclass(frozen=True, slots=True)
class Percentiles:
    """Milliseconds; ``count`` is the number of samples (all zero when there were none)."""

    count: int
    p50: float
    p95: float
    p99: float
    p999: float
    max: float

    def as_dict(self) -> dict[str, float]:
        return asdict(self)


def _rank(ordered: Sequence[int], q: float) -> int:
    """Nearest rank: the smallest sample with at least ``q`` of all samples at or below it."""
    index = max(0, math.ceil(q * len(ordered)) - 1)
    return ordered[index]


def percentiles(samples_ns: Sequence[int]) -> Percentiles:
    """p50/p95/p99/p99.9/max in milliseconds of latencies given in nanoseconds."""
    if not samples_ns:
        return Percentiles(0, 0.0, 0.0, 0.0, 0.0, 0.0)
    ordered = sorted(samples_ns)

    def ms(value: int) -> float:
        return round(value / NS_PER_MS, 3)

    return Percentiles(
        count=len(ordered),
        p50=ms(_rank(ordered, 0.50)),
        p95=ms(_rank(ordered, 0.95)),
        p99=ms(_rank(ordered, 0.99)),
        p999=ms(_rank(ordered, 0.999)),
        max=ms(ordered[-1]),
    )
