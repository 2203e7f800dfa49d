"""The classroom run's outputs: the live panel, the final table, the JSON report and the plot."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rich.table import Table

from .classroom_tally import TIMELINE_KINDS, Totals, percentiles_ms


def build(
    totals: Totals, run: dict[str, Any], machines: dict[str, Any], samples: list[dict[str, Any]]
) -> dict[str, Any]:
    """The JSON report: run facts from the orchestrator plus every worker's tally added up."""
    counts = totals.counts
    timeline = [
        {"second": second, "kind": kind, **percentiles_ms(h)}
        for (kind, second), h in sorted(totals.timeline.items(), key=lambda kv: kv[0][::-1])
    ]
    return {
        **run,
        "connections": {
            **run["connections"],
            "opened": counts["connections_opened"],
            "churns": counts["churns"],
            "reconnects": counts.get("reconnects", 0),
            "retried": counts["connect_retries"],
            "connect_ms": percentiles_ms(totals.histograms["connect"]),
            "subscribe_ms": percentiles_ms(totals.histograms["subscribe"]),
        },
        "latency_ms": {kind: percentiles_ms(totals.histograms[kind]) for kind in TIMELINE_KINDS},
        "deliveries": {**run["deliveries"], "total": counts["deliveries"]},
        "teacher_actions": counts["teacher_actions"],
        "forum": {
            "posts": counts["forum_posts"],
            "moderations": counts["moderations"],
            # Every post the server answered 201 for (loadtest/cluster.py checks the database).
            "acknowledged_ids": sorted(totals.acknowledged_posts),
        },
        "uploads": {
            "count": counts["uploads"],
            "latency_ms": percentiles_ms(totals.histograms["upload"]),
        },
        "chat": {"messages": counts["chat_messages"], "pupils_outside": counts["chat_outside"]},
        "video": {
            "peers": counts["video_peers"],
            "streams": counts["video_streams"],
            "streams_without_frame": counts["video_no_frame"],
            "without_frame_cut_short_by_the_end": counts["video_cut_short"],
            "first_frame_ms": percentiles_ms(totals.histograms["video_first_frame"]),
            "fps_per_stream": round(counts["video_frames"] * 1000 / counts["video_stream_ms"], 2)
            if counts["video_stream_ms"]
            else None,
        },
        "continuity": {
            "lost": counts["lost"],
            # Of those, the tail check's (tabs behind at the end), not gaps in a stream.
            "lost_at_tail": counts.get("lost_at_tail", 0),
            "duplicated": counts["duplicated"],
            "resets": counts["resets"],
        },
        "errors": dict(sorted(totals.errors.items())),
        "close_codes": dict(sorted(totals.close_codes.items())),
        "generator_loop_lag_ms": percentiles_ms(totals.histograms["loop_lag"]),
        **machines,
        "timeline": timeline,
        "samples": samples,
    }


def live_table(view: dict[str, Any]) -> Table:
    """The panel redrawn while the run goes on."""
    table = Table(title="twinspace-loadtest classroom (live)", show_header=False)
    for key, value in view.items():
        table.add_row(key, str(value))
    return table


def _pct(p: dict[str, float]) -> str:
    return f"{p['p50']} / {p['p95']} / {p['p99']} / {p['max']}  (n={p['count']})"


def final_table(report: dict[str, Any]) -> Table:
    """The summary printed at the end; the JSON report holds everything."""
    table = Table(title="twinspace-loadtest classroom", show_header=True)
    table.add_column("measure")
    table.add_column("value")
    prov, conn = report["provisioning"], report["connections"]
    table.add_row("target", report["target"])
    if "load_average" in report:
        load = " / ".join(f"{x:.2f}" for x in report["load_average"])
        table.add_row("machine load average 1/5/15 min (at the end)", load)
    table.add_row(
        "provisioning",
        f"{prov['classrooms']} classrooms x {prov['pupils']} pupils: {prov['seconds']} s"
        f" ({prov['retried_requests']} requests retried)",
    )
    table.add_row("connections expected / opened", f"{conn['expected']} / {conn['opened']}")
    table.add_row("tab churns / connects tried again", f"{conn['churns']} / {conn['retried']}")
    if conn.get("reconnects"):
        table.add_row("tabs dropped and opened again", str(conn["reconnects"]))
    table.add_row("connect ms p50/p95/p99/max", _pct(conn["connect_ms"]))
    table.add_row("subscribe ms p50/p95/p99/max", _pct(conn["subscribe_ms"]))
    for kind, p in report["latency_ms"].items():
        table.add_row(f"{kind} latency ms p50/p95/p99/max", _pct(p))
    deliveries = report["deliveries"]
    table.add_row(
        "deliveries (total, per s under load)", f"{deliveries['total']}, {deliveries['per_second']}"
    )
    table.add_row("teacher updates", str(report["teacher_actions"]))
    forum = report["forum"]
    table.add_row("forum posts / moderations", f"{forum['posts']} / {forum['moderations']}")
    table.add_row("file uploads ms p50/p95/p99/max", _pct(report["uploads"]["latency_ms"]))
    chat = report["chat"]
    table.add_row(
        "chat messages / pupils kept out (session full)",
        f"{chat['messages']} / {chat['pupils_outside']}",
    )
    video = report["video"]
    table.add_row(
        "video peers / streams (without a frame; of which cut short by the end)",
        f"{video['peers']} / {video['streams']} ({video['streams_without_frame']};"
        f" {video['without_frame_cut_short_by_the_end']})",
    )
    table.add_row("video first frame ms p50/p95/p99/max", _pct(video["first_frame_ms"]))
    fps = report["knobs"]["video_fps"]
    table.add_row("video frames/s per stream (sent)", f"{video['fps_per_stream']} ({fps})")
    cont = report["continuity"]
    table.add_row(
        "lost / duplicated / resets", f"{cont['lost']} / {cont['duplicated']} / {cont['resets']}"
    )
    table.add_row("errors", json.dumps(report["errors"]) if report["errors"] else "none")
    table.add_row(
        "close codes", json.dumps(report["close_codes"]) if report["close_codes"] else "none"
    )
    server = report["server"]
    if server is not None:
        table.add_row(
            f"server CPU % mean/max, RSS MiB max ({len(server['pids'])} processes)",
            f"{server['cpu_percent_mean']} / {server['cpu_percent_max']}, {server['rss_mib_max']}",
        )
        for process in server["processes"]:
            table.add_row(
                f"  server pid {process['pid']}: CPU % mean, RSS MiB, connections held",
                f"{process['cpu_percent_mean']}, {process['rss_mib']},"
                f" {process['connections_max']}",
            )
    gen = report["generator"]
    table.add_row(
        "generator CPU % mean/max",
        f"{gen['cpu_percent_mean']} / {gen['cpu_percent_max']} ({gen['processes']} processes)",
    )
    return table


def plot(report: dict[str, Any], path: Path) -> None:
    """Latency over time (p50/p99/max per second for each kind), and CPU below it."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (top, bottom) = plt.subplots(2, 1, figsize=(10, 7), sharex=True)
    for kind in TIMELINE_KINDS:
        rows = [r for r in report["timeline"] if r["kind"] == kind]
        seconds = [r["second"] for r in rows]
        for stat, style in (("p50", "-"), ("p99", "--"), ("max", ":")):
            top.plot(seconds, [r[stat] for r in rows], style, marker=".", label=f"{kind} {stat}")
    top.set_ylabel("publish to delivery (ms)")
    top.set_yscale("log")
    top.legend(loc="upper right", fontsize="small")
    top.set_title(f"classroom scenario against {report['target']}")
    samples = report["samples"]
    at = [s["second"] for s in samples]
    bottom.plot(at, [s["generator_cpu"] for s in samples], label="generator CPU %")
    if report["server"] is not None:
        bottom.plot(at, [s.get("server_cpu") for s in samples], label="server CPU %")
    bottom.plot(at, [s["connected"] for s in samples], label="connections up")
    bottom.set_xlabel("seconds since the first connection")
    bottom.legend(loc="upper right", fontsize="small")
    fig.tight_layout()
    fig.savefig(path, format="png")
    plt.close(fig)
