"""The one permission policy: pure, synchronous, no I/O (see docs/domain.md)."""

from .actions import READ_ACTIONS, SPEAKING_ACTIONS, AccountAction, SpaceAction
from .facts import Actor, Decision, MembershipFacts, Outcome, SpaceFacts, Target
from .rules import SPACE_RULES, decide_account, decide_space, moderates_video

__all__ = [
    "READ_ACTIONS",
    "SPACE_RULES",
    "SPEAKING_ACTIONS",
    "AccountAction",
    "Actor",
    "Decision",
    "MembershipFacts",
    "Outcome",
    "SpaceAction",
    "SpaceFacts",
    "Target",
    "decide_account",
    "decide_space",
    "moderates_video",
]
