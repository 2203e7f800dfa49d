"""Make pytest-xdist's `--dist loadgroup` group again under pytest 9.2.

xdist (3.8, its newest release) names a grouped test by appending `@GROUP` to `item._nodeid` on
the worker, and the controller sends every test of one group to one worker. pytest 9.2 keeps a
node's id in `item._id` (a `NodeId`) and no longer reads `_nodeid`, so the suffix is lost and the
grouped tests spread over every worker: each worker then started its own Janus media rig and its
own Ceph for the S3 tests (about 40 s and 20 s of setting up each), and the suite ran them four
times over. This plugin carries xdist's name over to where pytest reads it; it does nothing
where xdist's name already took (an older pytest, or a fixed xdist).
"""

from __future__ import annotations

import pytest
from _pytest.nodeid import NodeId


class GroupNames:
    """Registered on xdist's workers by tests/conftest.py."""

    @pytest.hookimpl(trylast=True)  # after xdist's own hook has named the grouped tests
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        for item in items:
            xdist_name = getattr(item, "_nodeid", None)
            if isinstance(xdist_name, str) and xdist_name != item.nodeid:
                item._id = NodeId.parse(xdist_name)
