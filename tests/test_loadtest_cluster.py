"""The cluster run's own arithmetic (loadtest/cluster.py), without bringing a deployment up:
the whole tool runs in tests/test_loadtest_hosts.py."""

from __future__ import annotations

from loadtest.cluster import MISSING_SHOWN, acknowledged_posts_check, node_counters


def test_acknowledged_posts_missing_from_the_database_are_counted_and_named() -> None:
    report = {"forum": {"acknowledged_ids": [3, 5, 8, 13]}}
    # 1 and 2 were posted but never acknowledged (a 502 mid-fault): not the run's concern.
    checked = acknowledged_posts_check(report, stored={1, 2, 3, 8})
    assert checked == {
        "acknowledged_posts": 4,
        "posts_in_database": 4,
        "acknowledged_posts_lost": 2,
        "acknowledged_posts_missing_ids": [5, 13],
    }


def test_every_acknowledged_post_stored_is_none_lost() -> None:
    checked = acknowledged_posts_check({"forum": {"acknowledged_ids": [2, 1]}}, stored={1, 2})
    assert checked["acknowledged_posts_lost"] == 0
    assert checked["acknowledged_posts_missing_ids"] == []


def test_the_summary_names_a_bounded_number_of_missing_posts() -> None:
    acknowledged = list(range(1, MISSING_SHOWN + 50))
    checked = acknowledged_posts_check({"forum": {"acknowledged_ids": acknowledged}}, set())
    assert checked["acknowledged_posts_lost"] == len(acknowledged)
    assert checked["acknowledged_posts_missing_ids"] == acknowledged[:MISSING_SHOWN]


METRICS_TEXT = """\
# HELP twinspace_ws_keepalive_timeouts_total WebSocket connections closed 1011 ...
# TYPE twinspace_ws_keepalive_timeouts_total counter
twinspace_ws_keepalive_timeouts_total 3.0
# HELP twinspace_ws_disconnects_total WebSocket connections ended ...
# TYPE twinspace_ws_disconnects_total counter
twinspace_ws_disconnects_total{code="peer"} 120.0
twinspace_ws_disconnects_total{code="1012"} 2.0
twinspace_ws_disconnects_created{code="peer"} 1.7e9
# HELP twinspace_ws_accepted_total WebSocket handshakes accepted (before authentication).
# TYPE twinspace_ws_accepted_total counter
twinspace_ws_accepted_total 900.0
"""


def test_the_nodes_keepalive_timeouts_and_disconnects_are_read_from_their_metrics() -> None:
    counters = node_counters({"n2": METRICS_TEXT, "n1": ""})
    assert counters == {
        "n1": {},
        "n2": {
            "twinspace_ws_keepalive_timeouts": 3.0,
            "twinspace_ws_disconnects{code=peer}": 120.0,
            "twinspace_ws_disconnects{code=1012}": 2.0,
        },
    }
