"""Whether a benchmark phase may decide anything, and comparisons made over alternating rounds.

A figure measured while the machine was too busy (load average above the core count, or a
process starved of CPU) measured the machine, not the server: the report prints "no verdict"
with the reason instead of met or missed. A comparison between servers is made over rounds
that alternate them, each round's ratio counting only if both sides of it got a verdict; the
median of those is quoted with its spread (issue 24: one run's 1.57 against others' 0.57-0.68).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from typing import Any


def phase_verdict(run: dict[str, Any] | None, cores: int) -> str | None:
    """Why a phase's figures decide nothing, or None when they may. A load average above the
    core count (at the phase's start or end) means processes queued for CPU; a starved process
    (figures.STARVED_WAIT_PERCENT of the window waiting for a CPU) ran at the machine's pace.
    Either way the figure measured the machine: the stalled-client ratio read 0.33, 29.5 and
    0.65 in three such runs (issue 24)."""
    if not run:
        return None
    reasons: list[str] = []
    loads = [load[0] for key in ("load_average_start", "load_average") if (load := run.get(key))]
    if loads and max(loads) > cores:
        reasons.append(f"load average {max(loads)} above the {cores} cores")
    for name, wait in sorted((run.get("starved") or {}).items()):
        reasons.append(f"{name} waited for a CPU {wait} % of the window")
    return "; ".join(reasons) or None


def verdicts(report: dict[str, Any], cores: int) -> dict[str, str | None]:
    """:func:`phase_verdict` of every phase in the report, by phase ("saturation.ours")."""
    fixed = ("idle", "fanout", "stalled", "subscribe", "baseline", "socketio")
    phases: dict[str, Any] = {key: report.get(key) for key in (*fixed, "node_socketio", "node_ws")}
    for name, run in (report.get("saturation") or {}).items():
        phases[f"saturation.{name}"] = run
    return {name: phase_verdict(run, cores) for name, run in phases.items() if run}


def refusal(found: dict[str, str | None], phases: Iterable[str]) -> str | None:
    """ "no verdict: <phase>: <reasons>" for the first of ``phases`` without a verdict."""
    for phase in phases:
        if reason := found.get(phase):
            return f"no verdict: {phase}: {reason}"
    return None


def round_ratios(
    ours: list[dict[str, Any]], theirs: list[dict[str, Any]], figure: str, cores: int
) -> dict[str, Any]:
    """``figure`` of ours over theirs in each round (paired by position), and the median of the
    rounds that got a verdict with its spread (lowest, highest); ``no_verdict`` says why there
    is none when no round counts."""
    per_round: list[dict[str, Any]] = []
    for a, b in zip(ours, theirs, strict=False):
        mine, other = a.get(figure), b.get(figure)
        value = round(mine / other, 2) if mine is not None and other else None
        why = [
            f"{side}: {reason}"
            for side, run in (("ours", a), ("theirs", b))
            if (reason := phase_verdict(run, cores))
        ]
        per_round.append({"ratio": value, "no_verdict": "; ".join(why) or None})
    measured = [r["ratio"] for r in per_round if r["ratio"] is not None]
    counted = [r["ratio"] for r in per_round if r["ratio"] is not None and not r["no_verdict"]]
    summary: dict[str, Any] = {
        "per_round": per_round,
        "rounds": len(per_round),
        "rounds_counted": len(counted),
        "median": round(statistics.median(counted), 2) if counted else None,
        "spread": [min(counted), max(counted)] if counted else None,
        # Shown (beside "no verdict") when no round counted: what was measured all the same.
        "median_of_all_rounds": round(statistics.median(measured), 2) if measured else None,
        "no_verdict": None,
    }
    if not counted:
        reasons = [r["no_verdict"] for r in per_round if r["no_verdict"]]
        summary["no_verdict"] = f"no verdict: no round of {len(per_round)} counted" + (
            f" ({reasons[0]})" if reasons else ""
        )
    return summary


def median_run(runs: list[dict[str, Any]], figure: str = "deliveries_per_s") -> dict[str, Any]:
    """The run whose ``figure`` is the (lower) median of ``runs``: the one the tables show."""
    ordered = sorted(runs, key=lambda run: run.get(figure) or 0.0)
    return ordered[(len(ordered) - 1) // 2]
