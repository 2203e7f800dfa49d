"""The three ways a rule answers, each with its reason."""

from __future__ import annotations

from .facts import Decision, Outcome


def allow(reason: str = "allowed") -> Decision:
    return Decision(Outcome.ALLOW, reason)


def deny(reason: str) -> Decision:
    return Decision(Outcome.DENY, reason)


def conceal(reason: str) -> Decision:
    return Decision(Outcome.CONCEAL, reason)
