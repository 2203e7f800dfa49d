"""MemoryPresence, and the behaviour every presence store shares.

:class:`PresenceStoreContract` holds the rules any :class:`PresenceStore` must follow; each
store's test module runs it through a subclass that provides the ``store`` fixture
(``tests/test_presence_redis.py`` runs it on Redis).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from server.brokers.base import PresenceStore
from server.brokers.presence_memory import MemoryPresence

SPACE = 12
OTHER_SPACE = 13
ALICE = 1
BOB = 2


class PresenceStoreContract:
    """Rules for every presence store; a subclass provides the ``store`` fixture."""

    async def test_first_connection_of_a_member_brings_them_online(
        self, store: PresenceStore
    ) -> None:
        assert await store.online(SPACE) == set()
        assert await store.join(SPACE, ALICE, "tab-1") is True
        assert await store.online(SPACE) == {ALICE}

    async def test_several_tabs_of_one_member_count_once(self, store: PresenceStore) -> None:
        assert await store.join(SPACE, ALICE, "tab-1") is True
        assert await store.join(SPACE, ALICE, "tab-2") is False
        assert await store.join(SPACE, ALICE, "tab-3") is False
        assert await store.online(SPACE) == {ALICE}
        assert await store.leave(SPACE, ALICE, "tab-1") is False
        assert await store.leave(SPACE, ALICE, "tab-3") is False
        assert await store.online(SPACE) == {ALICE}
        assert await store.leave(SPACE, ALICE, "tab-2") is True
        assert await store.online(SPACE) == set()

    async def test_the_count_is_how_many_members_are_online(self, store: PresenceStore) -> None:
        # A group's live count (issue 21): tabs count once, spaces apart, leaving lowers it.
        assert await store.count(SPACE) == 0
        await store.join(SPACE, ALICE, "tab-1")
        await store.join(SPACE, ALICE, "tab-2")
        await store.join(SPACE, BOB, "b")
        await store.join(OTHER_SPACE, BOB, "b")
        assert await store.count(SPACE) == 2 == len(await store.online(SPACE))
        await store.leave(SPACE, ALICE, "tab-1")
        assert await store.count(SPACE) == 2
        await store.leave(SPACE, ALICE, "tab-2")
        assert await store.count(SPACE) == 1
        assert await store.count(OTHER_SPACE) == 1

    async def test_a_member_can_come_back_after_leaving(self, store: PresenceStore) -> None:
        await store.join(SPACE, ALICE, "tab-1")
        await store.leave(SPACE, ALICE, "tab-1")
        assert await store.join(SPACE, ALICE, "tab-2") is True
        assert await store.online(SPACE) == {ALICE}

    async def test_members_are_counted_separately(self, store: PresenceStore) -> None:
        assert await store.join(SPACE, ALICE, "a") is True
        assert await store.join(SPACE, BOB, "b") is True
        assert await store.online(SPACE) == {ALICE, BOB}
        assert await store.leave(SPACE, ALICE, "a") is True
        assert await store.online(SPACE) == {BOB}

    async def test_spaces_are_counted_separately(self, store: PresenceStore) -> None:
        # One connection may be in several spaces at once (a dashboard, say).
        assert await store.join(SPACE, ALICE, "tab") is True
        assert await store.join(OTHER_SPACE, ALICE, "tab") is True
        assert await store.online(OTHER_SPACE) == {ALICE}
        assert await store.leave(SPACE, ALICE, "tab") is True
        assert await store.online(SPACE) == set()
        assert await store.online(OTHER_SPACE) == {ALICE}

    async def test_joining_the_same_connection_again_answers_the_same(
        self, store: PresenceStore
    ) -> None:
        # A retried join (its first answer lost) must still announce the member.
        assert await store.join(SPACE, ALICE, "tab-1") is True
        assert await store.join(SPACE, ALICE, "tab-1") is True
        assert await store.join(SPACE, ALICE, "tab-2") is False
        assert await store.join(SPACE, ALICE, "tab-2") is False
        assert await store.leave(SPACE, ALICE, "tab-1") is False
        assert await store.leave(SPACE, ALICE, "tab-2") is True

    async def test_leaving_twice_reports_offline_once(self, store: PresenceStore) -> None:
        await store.join(SPACE, ALICE, "tab-1")
        assert await store.leave(SPACE, ALICE, "tab-1") is True
        assert await store.leave(SPACE, ALICE, "tab-1") is False

    async def test_leaving_an_unknown_connection_changes_nothing(
        self, store: PresenceStore
    ) -> None:
        assert await store.leave(SPACE, ALICE, "never-joined") is False
        await store.join(SPACE, ALICE, "tab-1")
        assert await store.leave(SPACE, ALICE, "never-joined") is False
        assert await store.leave(SPACE, BOB, "tab-1") is False
        assert await store.online(SPACE) == {ALICE}

    async def test_refresh_and_reap_keep_live_members(self, store: PresenceStore) -> None:
        await store.refresh()
        assert await store.reap() == []
        await store.join(SPACE, ALICE, "tab-1")
        await store.refresh()
        assert await store.reap() == []
        assert await store.online(SPACE) == {ALICE}


class TestMemoryPresence(PresenceStoreContract):
    @pytest.fixture
    async def store(self) -> AsyncIterator[MemoryPresence]:
        store = MemoryPresence()
        yield store
        await store.close()


def test_memory_presence_is_a_presence_store() -> None:
    store: PresenceStore = MemoryPresence()
    assert store is not None


async def test_memory_presence_forgets_empty_spaces() -> None:
    store = MemoryPresence()
    await store.join(SPACE, ALICE, "tab-1")
    await store.leave(SPACE, ALICE, "tab-1")
    assert store._spaces == {}
