"""The private network namespace of the Janus media runs: made fresh, and gone afterwards with
every process left inside it, also when the run fails."""

from __future__ import annotations

import subprocess
import time

import pytest

from loadtest import netns

from .conftest import service_unavailable


@pytest.fixture
def can_make_namespaces() -> None:
    missing = netns.netns_missing()
    if missing is not None:
        service_unavailable(f"{missing}; CI runs as root")


class Boom(Exception):
    pass


def test_a_failed_run_leaves_no_namespace_and_no_process(can_make_namespaces: None) -> None:
    made: list[tuple[str, subprocess.Popen[bytes]]] = []
    with pytest.raises(Boom):
        fail_with_a_process_inside(made)
    [(name, sleeper)] = made
    assert sleeper.wait(10) != 0  # killed, not finished
    assert name not in netns.leftover_namespaces()


def fail_with_a_process_inside(made: list[tuple[str, subprocess.Popen[bytes]]]) -> None:
    with netns.private_netns() as ns:
        # A process that would outlive the run if nobody killed it.
        sleeper = subprocess.Popen(ns.command(["sleep", "60"]))
        made.append((ns.name, sleeper))
        assert sleeper.pid in wait_for_pids(ns.name)
        raise Boom


def wait_for_pids(name: str) -> list[int]:
    for _ in range(100):
        pids = netns.pids_in(name)
        if pids:
            return pids
        time.sleep(0.02)
    return []


def test_the_namespace_holds_lo_and_the_private_address_only(can_make_namespaces: None) -> None:
    with netns.private_netns() as ns:
        shown = subprocess.run(
            ns.command(["ip", "-4", "-o", "addr"]), capture_output=True, text=True, check=True
        ).stdout
        routes = subprocess.run(
            ns.command(["ip", "-4", "route"]), capture_output=True, text=True, check=True
        ).stdout
    addresses = {line.split()[3] for line in shown.splitlines()}
    assert addresses == {"127.0.0.1/8", f"{netns.ADDRESS}/24", f"{netns.PEER_ADDRESS}/24"}
    assert "default" not in routes  # no way out of the namespace
    assert ns.name not in netns.leftover_namespaces()


def test_each_namespace_gets_its_own_name(can_make_namespaces: None) -> None:
    with netns.private_netns() as one, netns.private_netns() as two:
        assert one.name != two.name
        assert {one.name, two.name} <= set(netns.leftover_namespaces())


def test_a_namespace_whose_creator_was_killed_is_swept(can_make_namespaces: None) -> None:
    gone = subprocess.Popen(["true"])
    gone.wait()
    stale = f"{netns.PREFIX}{gone.pid}-000000"
    netns.ip("netns", "add", stale)
    try:
        assert stale in netns.sweep_stale()
        assert stale not in netns.leftover_namespaces()
    finally:
        subprocess.run(["ip", "netns", "del", stale], capture_output=True, check=False)
