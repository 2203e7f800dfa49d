"""The fan-out report's verdicts, from made-up figures: the stalled client's effect is read
within one run, a phase the machine starved decides nothing, and servers are compared over
alternating rounds by the median of the rounds that count (issue 24)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from rich.console import Console

from loadtest.figures import STARVED_WAIT_PERCENT, describe_cpu
from loadtest.processes import log_warnings
from loadtest.procstat import ProcSample
from loadtest.report import print_report, targets
from loadtest.verdicts import median_run, phase_verdict, round_ratios

CORES = 2
STALLED_TARGET = "stalled client's channel-mates' p99 over the others'"


def latency(p99: float, count: int = 1000) -> dict[str, float]:
    return {"count": count, "p50": p99 / 4, "p95": p99 / 2, "p99": p99, "p999": p99, "max": p99}


def quiet(**figures: Any) -> dict[str, Any]:
    """A phase on a quiet machine: load well under the cores, nobody waiting for a CPU."""
    return {"load_average_start": [0.4, 0.5, 0.5], "load_average": [0.6, 0.5, 0.5], **figures}


def starved_run(**figures: Any) -> dict[str, Any]:
    return {**quiet(**figures), "starved": {"server": 35.0}}


def test_a_quiet_phase_gets_a_verdict() -> None:
    assert phase_verdict(quiet(), CORES) is None


def test_a_load_average_above_the_cores_at_either_end_refuses_a_verdict() -> None:
    at_start = {**quiet(), "load_average_start": [3.4, 2.0, 1.0]}
    at_end = {**quiet(), "load_average": [2.5, 2.0, 1.0]}
    assert phase_verdict(at_start, CORES) == "load average 3.4 above the 2 cores"
    assert phase_verdict(at_end, CORES) == "load average 2.5 above the 2 cores"
    assert phase_verdict({**quiet(), "load_average": [2.0, 2.0, 2.0]}, CORES) is None


def test_a_starved_process_refuses_a_verdict() -> None:
    assert phase_verdict(starved_run(), CORES) == "server waited for a CPU 35.0 % of the window"


def sample(cpu_s: float, wait_s: float | None, at: float) -> ProcSample:
    return ProcSample(pid=1, at=at, cpu_s=cpu_s, rss_bytes=2**20, wait_s=wait_s)


def test_a_process_waiting_for_a_cpu_a_fifth_of_the_window_is_starved() -> None:
    pids: dict[str, int | None] = {"server": 1, "redis": 2, "coordinator": 3, "worker0": 4}
    before: dict[str, ProcSample | None] = {name: sample(0.0, 0.0, 0.0) for name in pids}
    waited = STARVED_WAIT_PERCENT / 100 * 10
    after: dict[str, ProcSample | None] = {
        "server": sample(5.0, waited, 10.0),  # a fifth of 10 s runnable but not running
        "redis": sample(1.0, waited - 0.1, 10.0),
        "coordinator": sample(1.0, None, 10.0),  # no schedstats: unknown, not starved
        "worker0": sample(9.0, 0.0, 10.0),
    }
    cpu = describe_cpu(pids, before, after)
    assert cpu["starved"] == {"server": STARVED_WAIT_PERCENT}
    assert cpu["wait_percent"]["coordinator"] is None


def report_of(**phases: Any) -> dict[str, Any]:
    return {"config": {}, "machine": {"cpus": CORES}, **phases}


def test_the_stalled_ratio_compares_channel_mates_with_the_others_of_the_same_run() -> None:
    # The run before (fanout) was quick and the stalled run slow for everyone, as when the
    # machine was busier during the second: the old ratio read 30 x. Within the stalled run,
    # the stalled client's channel-mates fared as everyone else did: no effect.
    report = report_of(
        fanout=quiet(latency_ms=latency(1.0)),
        stalled=quiet(
            latency_ms=latency(30.0),
            neighbours_latency_ms=latency(30.0, count=50),
            others_latency_ms=latency(30.0),
        ),
    )
    checked = targets(report, CORES)
    assert report["ratios"]["stalled_p99"] == 1.0
    assert checked[STALLED_TARGET]["met"] is True
    assert checked[STALLED_TARGET]["no_verdict"] is None


def test_channel_mates_held_up_by_the_stalled_client_miss_the_target() -> None:
    stalled = quiet(neighbours_latency_ms=latency(45.0, 50), others_latency_ms=latency(15.0))
    checked = targets(report_of(stalled=stalled), CORES)
    assert checked[STALLED_TARGET]["measured"] == 3.0
    assert checked[STALLED_TARGET]["met"] is False


def test_no_channel_mate_sample_gives_no_ratio() -> None:
    stalled = quiet(neighbours_latency_ms=latency(0.0, 0), others_latency_ms=latency(15.0))
    report = report_of(stalled=stalled)
    targets(report, CORES)
    assert report["ratios"]["stalled_p99"] is None


def test_a_target_measured_in_a_starved_phase_gets_no_verdict() -> None:
    report = report_of(fanout=starved_run(latency_ms=latency(500.0)), stalled=quiet(), idle=quiet())
    checked = targets(report, CORES)
    assert checked["fan-out p99"]["met"] is None
    assert checked["fan-out p99"]["no_verdict"] == (
        "no verdict: fanout: server waited for a CPU 35.0 % of the window"
    )


def saturation(deliveries_per_s: float, **extra: Any) -> dict[str, Any]:
    return (
        quiet(deliveries_per_s=deliveries_per_s, generator_saturated=False, server_cpu_percent=95.0)
        | extra
    )


def test_a_goal_whose_either_side_was_starved_gets_no_verdict() -> None:
    report = report_of(
        saturation={
            "ours": saturation(9000.0),
            "ceiling": saturation(6000.0, load_average=[4.1, 3.0, 2.0]),
            "socketio": saturation(1000.0),
        }
    )
    targets(report, CORES)
    ceiling = report["goals"]["ours >= 0.8x ceiling deliveries/s"]
    assert ceiling["measured"] == 1.5
    assert ceiling["met"] is None
    assert not ceiling["conclusive"]
    assert ceiling["no_verdict"] == (
        "no verdict: saturation.ceiling: load average 4.1 above the 2 cores"
    )
    socketio = report["goals"]["ours >= 3x python-socketio deliveries/s"]
    assert socketio["met"] is True
    assert socketio["conclusive"]


def printable(**figures: Any) -> dict[str, Any]:
    """A fixed-rate phase with every figure the printed tables show."""
    return quiet(
        latency_ms=latency(10.0),
        deliveries_per_s=5000.0,
        lost=0,
        duplicates=0,
        server_cpu_percent=40.0,
        redis_cpu_percent=10.0,
        generator_cpu_percent={"coordinator": 5.0, "workers": [30.0, 30.0], "total": 65.0},
        server_rss_mib=80.0,
        **figures,
    )


def test_the_printed_report_says_which_phase_has_no_verdict_and_why() -> None:
    report = report_of(fanout=printable(), stalled=printable(starved={"worker1": 40.0}))
    report["targets"] = targets(report, CORES)
    out = io.StringIO()
    print_report(report, Console(file=out, width=250))
    assert "no verdict: stalled: worker1 waited for a CPU 40.0 % of the window" in out.getvalue()
    assert "no verdict: fanout" not in out.getvalue()


def test_rounds_are_compared_pairwise_and_the_median_quoted_with_its_spread() -> None:
    ours = [saturation(d) for d in (8000.0, 9000.0, 12000.0)]
    theirs = [saturation(d) for d in (10000.0, 6000.0, 8000.0)]
    summary = round_ratios(ours, theirs, "deliveries_per_s", CORES)
    assert [r["ratio"] for r in summary["per_round"]] == [0.8, 1.5, 1.5]
    assert summary["median"] == 1.5
    assert summary["spread"] == [0.8, 1.5]
    assert summary["rounds_counted"] == 3


def test_a_round_without_a_verdict_on_either_side_is_left_out_of_the_median() -> None:
    ours = [saturation(8000.0), saturation(30000.0, starved={"worker0": 50.0}), saturation(9000.0)]
    theirs = [saturation(10000.0), saturation(6000.0), saturation(10000.0)]
    summary = round_ratios(ours, theirs, "deliveries_per_s", CORES)
    assert summary["per_round"][1]["no_verdict"] == (
        "ours: worker0 waited for a CPU 50.0 % of the window"
    )
    assert summary["rounds_counted"] == 2
    assert summary["median"] == 0.85
    assert summary["spread"] == [0.8, 0.9]


def test_no_round_counted_gives_no_verdict_on_the_goal() -> None:
    busy = [4.0, 4.0, 4.0]
    report = report_of(
        saturation_rounds={
            "ours": [saturation(9000.0, load_average=busy)] * 2,
            "ceiling": [saturation(6000.0)] * 2,
        }
    )
    report["saturation"] = {name: runs[0] for name, runs in report["saturation_rounds"].items()}
    targets(report, CORES)
    goal = report["goals"]["ours >= 0.8x ceiling deliveries/s"]
    assert goal["measured"] == 1.5, "what was measured is shown beside the refusal"
    assert goal["met"] is None
    assert goal["no_verdict"] == (
        "no verdict: no round of 2 counted (ours: load average 4.0 above the 2 cores)"
    )


def test_the_goal_is_judged_on_the_median_of_the_rounds() -> None:
    rounds = {
        "ours": [saturation(d) for d in (5000.0, 9000.0, 9500.0)],
        "ceiling": [saturation(d) for d in (10000.0, 10000.0, 10000.0)],
    }
    report = report_of(saturation_rounds=rounds)
    report["saturation"] = {name: median_run(runs) for name, runs in rounds.items()}
    targets(report, CORES)
    goal = report["goals"]["ours >= 0.8x ceiling deliveries/s"]
    assert goal["measured"] == 0.9
    assert goal["met"] is True
    assert goal["rounds"] == {
        "rounds": 3,
        "rounds_counted": 3,
        "median": 0.9,
        "spread": [0.5, 0.95],
    }


def test_the_median_run_is_the_one_the_tables_show() -> None:
    runs = [saturation(d) for d in (3.0, 1.0, 2.0, 4.0)]
    assert median_run(runs)["deliveries_per_s"] == 2.0


def test_the_server_log_s_warnings_are_counted_by_kind(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    log.write_text(
        "2026-12-07 09:20:53,106 WARNING twinspace.pauses: the event loop was held for 129 ms\n"
        "2026-12-07 09:20:54,001 WARNING twinspace.realtime: connection 3f2a9c81d0e4 not released"
        ": its entry will expire\n"
        "2026-12-07 09:20:54,002 WARNING twinspace.realtime: connection 77aa01b2c3d4 not released"
        ": its entry will expire\n"
        "2026-12-07 09:20:55,000 ERROR twinspace.ws: sign-in check failed: database unavailable\n"
        "Traceback (most recent call last):\n"
        '  File "x.py", line 1, in <module>\n'
        "2026-12-07 09:20:56,000 INFO twinspace.app: started\n"
    )
    assert log_warnings(log) == {
        "WARNING twinspace.realtime: connection # not released: its entry will expire": 2,
        "ERROR twinspace.ws: sign-in check failed: database unavailable": 1,
    }
