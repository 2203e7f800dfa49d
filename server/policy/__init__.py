"""The one permission policy: pure, synchronous, no I/O (see docs/domain.md)."""

from protocol.vocabulary import InvitationState

from .account_rules import ACCOUNT_RULES, decide_account
from .actions import READ_ACTIONS, SPEAKING_ACTIONS, AccountAction, GroupAction, SpaceAction
from .facts import (
    AccountFacts,
    Actor,
    AddPupilFacts,
    AudioFacts,
    AudioVia,
    Decision,
    Facts,
    FileFacts,
    InviteFacts,
    LeaveFacts,
    MemberFacts,
    MembershipFacts,
    NoticesFacts,
    Outcome,
    ParticipantFacts,
    PeerFacts,
    PersonFacts,
    PostFacts,
    RoleChangeFacts,
    SessionPlaceFacts,
    SpaceFacts,
    VideoJoinFacts,
)
from .group_rules import GROUP_MODERATORS, GROUP_RULES, GroupFacts, decide_group
from .invitations import InvitationFacts, holder_sees_space, invitation_standing
from .rules import SPACE_RULES, WrongFacts, decide_space, facts_for
from .video_rules import moderates_video

__all__ = [
    "ACCOUNT_RULES",
    "GROUP_MODERATORS",
    "GROUP_RULES",
    "READ_ACTIONS",
    "SPACE_RULES",
    "SPEAKING_ACTIONS",
    "AccountAction",
    "AccountFacts",
    "Actor",
    "AddPupilFacts",
    "AudioFacts",
    "AudioVia",
    "Decision",
    "Facts",
    "FileFacts",
    "GroupAction",
    "GroupFacts",
    "InvitationFacts",
    "InvitationState",
    "InviteFacts",
    "LeaveFacts",
    "MemberFacts",
    "MembershipFacts",
    "NoticesFacts",
    "Outcome",
    "ParticipantFacts",
    "PeerFacts",
    "PersonFacts",
    "PostFacts",
    "RoleChangeFacts",
    "SessionPlaceFacts",
    "SpaceAction",
    "SpaceFacts",
    "VideoJoinFacts",
    "WrongFacts",
    "decide_account",
    "decide_group",
    "decide_space",
    "facts_for",
    "holder_sees_space",
    "invitation_standing",
    "moderates_video",
]
