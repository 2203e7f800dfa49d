"""The one permission policy: pure, synchronous, no I/O (see docs/domain.md)."""

from protocol.vocabulary import InvitationState

from .actions import READ_ACTIONS, SPEAKING_ACTIONS, AccountAction, SpaceAction
from .facts import Actor, Decision, MembershipFacts, Outcome, SpaceFacts, Target
from .invitations import InvitationFacts, holder_sees_space, invitation_standing
from .rules import SPACE_RULES, decide_account, decide_space, moderates_video

__all__ = [
    "READ_ACTIONS",
    "SPACE_RULES",
    "SPEAKING_ACTIONS",
    "AccountAction",
    "Actor",
    "Decision",
    "InvitationFacts",
    "InvitationState",
    "MembershipFacts",
    "Outcome",
    "SpaceAction",
    "SpaceFacts",
    "Target",
    "decide_account",
    "decide_space",
    "holder_sees_space",
    "invitation_standing",
    "moderates_video",
]
