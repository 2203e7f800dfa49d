"""Whether a guest invitation link works, and what its holder may learn: pure, no I/O.

Holding the link is the only credential a guest has before accepting it, so the rules are:

* a link that works tells its holder the title of the space it leads to (that is what the
  teacher sent it for);
* a link that no longer works says why (expired, used up, revoked, its space closed) and
  nothing about the space;
* a link nobody issued is "not found", like a space one is not a member of (no existence leak).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from protocol.vocabulary import InvitationState


@dataclass(frozen=True, slots=True)
class InvitationFacts:
    """What the standing of a link depends on."""

    revoked: bool
    expires_at: dt.datetime
    uses: int
    max_uses: int
    space_open: bool


def invitation_standing(facts: InvitationFacts, now: dt.datetime) -> InvitationState:
    """The standing of an issued link at ``now``; the first reason that applies wins, in the
    order a teacher would explain it (a withdrawn link is withdrawn, whatever its date)."""
    if facts.revoked:
        return InvitationState.REVOKED
    if facts.expires_at <= now:
        return InvitationState.EXPIRED
    if facts.uses >= facts.max_uses:
        return InvitationState.USED_UP
    if not facts.space_open:
        return InvitationState.CLOSED
    return InvitationState.USABLE


def holder_sees_space(standing: InvitationState) -> bool:
    """Whether the link's holder is told which space it leads to."""
    return standing is InvitationState.USABLE
