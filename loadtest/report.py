"""The benchmark's report: targets and ratios computed from the figures, rich tables, JSON.

Targets come from the real-time issue, goals against the two baselines from the load tester's
issue. They are printed, never asserted: a benchmark on a shared two-core machine informs; it
does not gate. A phase run on a machine too busy to measure anything (load average above the
core count, or a process starved of CPU) gets no verdict, and says why (loadtest.verdicts).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from .verdicts import refusal, round_ratios, verdicts

#: name: (where in the report, comparison, target value, unit, the phase it was measured in).
TARGETS: dict[str, tuple[tuple[str, ...], str, float, str, str]] = {
    "idle memory per connection": (("idle", "kib_per_connection"), "<=", 20.0, "KiB", "idle"),
    "fan-out p99": (("fanout", "latency_ms", "p99"), "<=", 50.0, "ms", "fanout"),
    "fan-out p99.9": (("fanout", "latency_ms", "p999"), "<=", 150.0, "ms", "fanout"),
    "stalled client's channel-mates' p99 over the others'": (
        ("ratios", "stalled_p99"),
        "<",
        1.10,
        "x",
        "stalled",
    ),
    "subscribe authorization p99": (
        ("subscribe", "subscribe_rtt_ms", "p99"),
        "<=",
        5.0,
        "ms",
        "subscribe",
    ),
}


def dig(report: dict[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = report
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a is not None and b else None


#: The servers side by side: name, key of the fixed-rate run, key of the saturating run (which
#: also names the server in the comparison's ratios: ours_vs_<it>_<figure>).
SERVERS = (
    ("ours", "fanout", "ours"),
    ("ceiling (raw websockets)", "baseline", "ceiling"),
    ("python-socketio + Redis", "socketio", "socketio"),
    ("Node Socket.IO + Redis adapter", "node_socketio", "node_socketio"),
    ("Node ws (raw, Node's ceiling)", "node_ws", "node_ws"),
)
#: name: (ratio key in "comparison", minimum, the saturation phases it compares).
GOALS: dict[str, tuple[str, float, tuple[str, ...]]] = {
    "ours >= 0.8x ceiling deliveries/s": (
        "ours_vs_ceiling_deliveries_per_s",
        0.8,
        ("saturation.ours", "saturation.ceiling"),
    ),
    "ours >= 3x python-socketio deliveries/s": (
        "ours_vs_socketio_deliveries_per_s",
        3.0,
        ("saturation.ours", "saturation.socketio"),
    ),
    "ours >= 2x Node Socket.IO deliveries/s": (
        "ours_vs_node_socketio_deliveries_per_s",
        2.0,
        ("saturation.ours", "saturation.node_socketio"),
    ),
}


def bound(run: dict[str, Any] | None) -> str | None:
    """What limited a saturating run: the generator, the server, or neither visibly."""
    if not run:
        return None
    if run["generator_saturated"]:
        return "generator"
    if (run["server_cpu_percent"] or 0.0) >= 90.0:
        return "server"
    return "neither at 90% (shared cores)"


def compare(report: dict[str, Any], cores: int) -> dict[str, Any]:
    """Ours over each other server: saturated deliveries/s, fixed-rate p99, memory per
    subscriber (None where that server was skipped). With saturation rounds, deliveries/s is
    the median of the rounds that got a verdict, ``..._rounds`` holding each round's ratio
    and the spread."""
    figures: dict[str, Callable[[str, str], tuple[str, ...]]] = {
        "deliveries_per_s": lambda key, sat: ("saturation", sat, "deliveries_per_s"),
        "p99": lambda key, sat: (key, "latency_ms", "p99"),
        "kib_per_subscriber": lambda key, sat: (key, "memory", "kib_per_subscriber"),
    }
    (_, our_key, our_sat), *others = SERVERS
    result: dict[str, Any] = {}
    for _, key, sat in others:
        for figure, get in figures.items():
            ours, theirs = dig(report, get(our_key, our_sat)), dig(report, get(key, sat))
            result[f"ours_vs_{sat}_{figure}"] = ratio(ours, theirs)
        rounds = report.get("saturation_rounds") or {}
        if rounds.get(our_sat) and rounds.get(sat):
            summary = round_ratios(rounds[our_sat], rounds[sat], "deliveries_per_s", cores)
            result[f"ours_vs_{sat}_deliveries_per_s_rounds"] = summary
            median = summary["median"]
            result[f"ours_vs_{sat}_deliveries_per_s"] = (
                median if median is not None else summary["median_of_all_rounds"]
            )
    saturation = report.get("saturation", {})
    result["bound"] = {name: bound(run) for name, run in saturation.items()}
    result["generator_saturated"] = any(b == "generator" for b in result["bound"].values())
    return result


def goals(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each goal with the measured ratio and whether it was met (None: not measured)."""
    compared = report["comparison"]
    found = report.get("verdicts", {})
    checked: dict[str, dict[str, Any]] = {}
    for name, (key, minimum, phases) in GOALS.items():
        value = compared.get(key)
        rounds = compared.get(f"{key}_rounds")
        # Over rounds, a round without a verdict is left out of the median instead.
        refused = rounds["no_verdict"] if rounds else refusal(found, phases)
        checked[name] = {
            "target": f">= {minimum} x",
            "measured": value,
            "met": None if value is None or refused else value >= minimum,
            # A saturated generator measured itself: the ratio then says nothing of servers.
            "conclusive": value is not None and not compared["generator_saturated"] and not refused,
            "no_verdict": refused,
            "rounds": None
            if not rounds
            else {k: rounds[k] for k in ("rounds", "rounds_counted", "median", "spread")},
        }
    return checked


def p99_of(run: dict[str, Any] | None, key: str) -> float | None:
    """The p99 of ``run[key]`` (a percentiles dict), None when it holds no sample."""
    found = dig(run or {}, (key,))
    return found["p99"] if found and found.get("count") else None


def ratios(report: dict[str, Any]) -> dict[str, float | None]:
    """The stalled client's effect, and ours vs the raw websockets baseline.

    ``stalled_p99`` compares two groups of the same run: the stalled client's channel-mates
    (the fan-out it could hold up) over every other subscriber. It used to divide the stalled
    run's p99 by the previous run's, so whichever run the machine starved decided it."""
    stalled = report.get("stalled")
    return {
        "stalled_p99": ratio(
            p99_of(stalled, "neighbours_latency_ms"), p99_of(stalled, "others_latency_ms")
        ),
        "ours_vs_baseline_p50": ratio(
            dig(report, ("fanout", "latency_ms", "p50")),
            dig(report, ("baseline", "latency_ms", "p50")),
        ),
        "ours_vs_baseline_p99": ratio(
            dig(report, ("fanout", "latency_ms", "p99")),
            dig(report, ("baseline", "latency_ms", "p99")),
        ),
        "ours_vs_baseline_server_cpu": ratio(
            dig(report, ("fanout", "server_cpu_percent")),
            dig(report, ("baseline", "server_cpu_percent")),
        ),
    }


def targets(report: dict[str, Any], cores: int | None = None) -> dict[str, dict[str, Any]]:
    """Each target with the measured value and whether it was met (None: not measured, or
    no verdict: then ``no_verdict`` says why). ``cores``: the machine's (default: this one's)."""
    cores = cores or os.cpu_count() or 1
    report["verdicts"] = verdicts(report, cores)
    report["ratios"] = ratios(report)
    report["comparison"] = compare(report, cores)
    report["goals"] = goals(report)
    checked: dict[str, dict[str, Any]] = {}
    for name, (path, comparison, limit, unit, phase) in TARGETS.items():
        value = dig(report, path)
        refused = refusal(report["verdicts"], [phase])
        met = (
            None
            if value is None or refused
            else (value < limit if comparison == "<" else value <= limit)
        )
        checked[name] = {
            "target": f"{comparison} {limit} {unit}",
            "measured": value,
            "met": met,
            "no_verdict": refused,
        }
    return checked


def _latency_row(name: str, run: dict[str, Any] | None) -> list[str]:
    if not run:
        return [name, *["-"] * 11]
    lat = run["latency_ms"]
    gen = run["generator_cpu_percent"]
    return [
        name,
        f"{lat['p50']:.2f}",
        f"{lat['p95']:.2f}",
        f"{lat['p99']:.2f}",
        f"{lat['p999']:.2f}",
        f"{lat['max']:.1f}",
        f"{run['deliveries_per_s']:.0f}",
        f"{run['lost']}/{run['duplicates']}",
        f"{run['server_cpu_percent']}",
        str(run["redis_cpu_percent"] if run["redis_cpu_percent"] is not None else "-"),
        f"{gen['total']} ({', '.join(str(w) for w in gen['workers'])} + {gen['coordinator']})",
        str(run["server_rss_mib"]),
    ]


def print_report(report: dict[str, Any], console: Console | None = None) -> None:
    if console is None:
        console = Console()
        if not console.is_terminal:  # a log or a pipe: do not squeeze the table into 80 columns
            console = Console(width=170)
    table = Table(title="Fan-out: publish-to-delivery latency (ms) over the measured window")
    for column in (
        "run",
        "p50",
        "p95",
        "p99",
        "p99.9",
        "max",
        "deliv/s",
        "lost/dup",
        "server CPU %",
        "redis CPU %",
        "generator CPU % (workers + coord.)",
        "server RSS MiB",
    ):
        table.add_column(column, justify="right" if column != "run" else "left")
    for name, key in (
        ("ours", "fanout"),
        ("ours, 1 stalled", "stalled"),
        ("raw ws", "baseline"),
        ("python-socketio", "socketio"),
        ("Node Socket.IO", "node_socketio"),
        ("Node ws", "node_ws"),
    ):
        table.add_row(*_latency_row(name, report.get(key)))
    console.print(table)
    print_servers(report, console)
    idle, sub = report.get("idle"), report.get("subscribe")
    if idle:
        console.print(
            f"Idle: {idle['connections']} connections ({idle['failed']} failed) in "
            f"{idle['connect_seconds']} s; server RSS {idle['rss_before_mib']} → "
            f"{idle['rss_after_mib']} MiB = {idle['kib_per_connection']} KiB per connection"
        )
    if sub:
        s, u = sub["subscribe_rtt_ms"], sub["unsubscribe_rtt_ms"]
        console.print(
            f"Subscribe→ack ({sub['pairs']} pairs, {sub['errors']} errors): p50 {s['p50']} ms, "
            f"p99 {s['p99']} ms, max {s['max']} ms; unsubscribe p50 {u['p50']} p99 {u['p99']} ms"
        )
    stalled = dig(report, ("stalled", "stalled_client"))
    if stalled:
        console.print(f"Stalled client: {stalled}")
    console.print(f"Ratios: {report.get('ratios')}")
    warnings = report.get("server_warnings") or {}
    console.print(f"Server log: {sum(warnings.values())} warnings or errors (pauses aside)")
    for message, count in list(warnings.items())[:10]:
        console.print(f"  {count} x {message}")
    checks = Table(title="Targets (printed, not asserted)")
    for column in ("target", "limit", "measured", "met"):
        checks.add_column(column)
    for name, check in report.get("targets", {}).items():
        met = check.get("no_verdict") or {True: "yes", False: "NO", None: "-"}[check["met"]]
        checks.add_row(name, check["target"], str(check["measured"]), met)
    console.print(checks)
    for phase, reason in report.get("verdicts", {}).items():
        if reason:
            console.print(f"no verdict: {phase}: {reason}")
    print_goals(report, console)


def _cpu(run: dict[str, Any]) -> str:
    gen = run["generator_cpu_percent"]
    workers = ", ".join(str(w) for w in gen["workers"])
    return f"{run['server_cpu_percent']} / {gen['total']} ({workers} + {gen['coordinator']})"


def print_servers(report: dict[str, Any], console: Console) -> None:
    """The servers side by side: fixed rate, memory, saturation."""
    table = Table(title="Servers side by side (same C x P fan-out)")
    for column in (
        "server",
        "fixed p50 ms",
        "fixed p99 ms",
        "fixed deliv/s",
        "fixed CPU % server / generator (workers + coord.)",
        "KiB/subscriber",
        "saturated deliv/s",
        "publishes/s",
        "sat. lost/dup/closed",
        "sat. CPU % server / generator",
        "bound by",
        "load avg (fixed / sat.)",
    ):
        table.add_column(column, justify="left" if column in ("server", "bound by") else "right")
    for name, key, sat_key in SERVERS:
        fixed, sat = report.get(key), dig(report, ("saturation", sat_key))
        row = [name]
        if fixed:
            lat = fixed["latency_ms"]
            kib = dig(fixed, ("memory", "kib_per_subscriber"))
            row += [
                f"{lat['p50']:.2f}",
                f"{lat['p99']:.2f}",
                f"{fixed['deliveries_per_s']:.0f}",
                _cpu(fixed),
                str(kib),
            ]
        else:
            row += ["-"] * 5
        if sat:
            row += [
                str(sat["deliveries_per_s"]),
                str(sat["publishes_per_s"]),
                f"{sat['lost']}/{sat['duplicates']}/{sat['closed_early']}",
                _cpu(sat),
                str(bound(sat)),
            ]
        else:
            row += ["-"] * 5
        loads = [run.get("load_average", ["-"])[0] if run else "-" for run in (fixed, sat)]
        row.append(" / ".join(str(x) for x in loads))
        table.add_row(*row)
    console.print(table)


def print_goals(report: dict[str, Any], console: Console) -> None:
    compared = report.get("comparison", {})
    console.print(
        "Ours / each: "
        + "; ".join(
            f"{name}: deliveries/s {compared.get(f'ours_vs_{short}_deliveries_per_s')}, "
            f"p99 {compared.get(f'ours_vs_{short}_p99')}, "
            f"KiB/subscriber {compared.get(f'ours_vs_{short}_kib_per_subscriber')}"
            for name, key, short in SERVERS[1:]
            if key in report
        )
    )
    table = Table(
        title="Goals against the baselines (saturated deliveries/s; printed, not asserted)"
    )
    for column in ("goal", "limit", "measured", "rounds (median of counted; spread)", "met"):
        table.add_column(column)
    table.add_column("conclusive")
    for name, check in report.get("goals", {}).items():
        met = {True: "yes", False: "NO", None: "-"}[check["met"]]
        conclusive = (
            "yes"
            if check["conclusive"]
            else check.get("no_verdict") or "no: generator saturated or not measured"
        )
        rounds = check.get("rounds")
        quoted = (
            "-"
            if not rounds
            else f"{rounds['rounds_counted']} of {rounds['rounds']}; {rounds['spread']}"
        )
        table.add_row(name, check["target"], str(check["measured"]), quoted, met, conclusive)
    console.print(table)


def write_json(report: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
