"""The policy of guest invitation links: whether one works, and what its holder learns."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from server.policy import InvitationFacts, InvitationState, holder_sees_space, invitation_standing

NOW = dt.datetime(2026, 12, 6, 12, 0, tzinfo=dt.UTC)
FRESH = InvitationFacts(
    revoked=False, expires_at=NOW + dt.timedelta(days=1), uses=0, max_uses=1, space_open=True
)

TABLE = [
    ("a fresh link works", {}, InvitationState.USABLE),
    ("a withdrawn link is revoked", {"revoked": True}, InvitationState.REVOKED),
    ("a link past its date has expired", {"expires_at": NOW}, InvitationState.EXPIRED),
    ("a link used as often as allowed is used up", {"uses": 1}, InvitationState.USED_UP),
    ("a link to an archived space is closed", {"space_open": False}, InvitationState.CLOSED),
    (
        "revoked wins over expired and used up",
        {"revoked": True, "expires_at": NOW, "uses": 1},
        InvitationState.REVOKED,
    ),
    ("expired wins over used up", {"expires_at": NOW, "uses": 5}, InvitationState.EXPIRED),
    ("a link with uses left works", {"uses": 2, "max_uses": 3}, InvitationState.USABLE),
]


@pytest.mark.parametrize(
    ("changes", "state"), [row[1:] for row in TABLE], ids=[row[0] for row in TABLE]
)
def test_invitation_standing_table(changes: dict[str, object], state: InvitationState) -> None:
    assert invitation_standing(dataclasses.replace(FRESH, **changes), NOW) is state  # type: ignore[arg-type]


def test_only_the_holder_of_a_usable_link_learns_its_space() -> None:
    assert [s for s in InvitationState if holder_sees_space(s)] == [InvitationState.USABLE]
