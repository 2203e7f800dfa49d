"""Every action the policy decides, one enum so routes and WebSocket operations share names."""

from __future__ import annotations

import enum


class AccountAction(enum.StrEnum):
    """Actions outside any space."""

    EDIT_OWN_PROFILE = "edit_own_profile"
    SET_OWN_SCHOOL = "set_own_school"  # a profile's school: teachers only
    # Issue 20: the page's language, saved with the account (pupils too: it is their page).
    SET_OWN_LANGUAGE = "set_own_language"
    CREATE_SPACE = "create_space"
    LIST_PENDING_TEACHERS = "list_pending_teachers"
    VALIDATE_TEACHER = "validate_teacher"  # also reject
    SUSPEND_ACCOUNT = "suspend_account"  # also reinstate
    # Issue 17: the national admin's console and "My account".
    SEARCH_ACCOUNTS = "search_accounts"  # a national admin's search of their country
    CHANGE_OWN_PASSWORD = "change_own_password"  # noqa: S105 - an action name
    END_OWN_SESSIONS = "end_own_sessions"  # sign out everywhere
    #: Issue 21: make an eTwinner of one's country a moderator of a featured group.
    APPOINT_GROUP_MODERATOR = "appoint_group_moderator"


class SpaceAction(enum.StrEnum):
    """Actions inside one space; the rows of the table in docs/domain.md."""

    SEE_SPACE = "see_space"  # its existence, members' display names, presence
    SEE_MEMBER_EMAILS = "see_member_emails"
    READ_FORUM = "read_forum"
    READ_TEACHERS_AREA = "read_teachers_area"
    POST_TEACHERS_AREA = "post_teachers_area"
    CREATE_THREAD = "create_thread"
    POST_REPLY = "post_reply"
    EDIT_OWN_POST = "edit_own_post"
    DELETE_OWN_POST = "delete_own_post"
    REPORT_POST = "report_post"
    #: Add or take back a reaction (a fixed symbol, protocol.vocabulary.ReactionKind) to a
    #: visible post one may read; decided on ReactionFacts.
    REACT_TO_POST = "react_to_post"
    MODERATE_POST = "moderate_post"  # hide, restore, approve, reject, pin, lock thread
    PURGE_POST = "purge_post"
    MUTE_MEMBER = "mute_member"
    READ_ARCHIVE = "read_archive"
    UPLOAD_FILE = "upload_file"
    MANAGE_FILE = "manage_file"  # rename, move, add a version
    DELETE_FILE = "delete_file"
    PURGE_FILE = "purge_file"
    START_VIDEO = "start_video"
    JOIN_VIDEO = "join_video"
    MODERATE_VIDEO = "moderate_video"  # admit, mute, remove, lock, end
    #: Offer or accept a WebRTC data channel with one peer of a mesh session: a direct line
    #: between two browsers that no teacher reads (the target is that peer's role).
    OPEN_DATA_CHANNEL = "open_data_channel"
    #: Subscribe and publish to a video session's channel: who holds a place in it.
    USE_VIDEO_CHANNEL = "use_video_channel"
    #: Take one's place in the call (signalling's join): not while waiting in the lobby.
    ENTER_CALL = "enter_call"
    #: Turn the microphone on, or offer or answer audio: not while a teacher's mute holds.
    SEND_AUDIO = "send_audio"
    #: Remove one participant from a session (after MODERATE_VIDEO): not oneself.
    REMOVE_PARTICIPANT = "remove_participant"
    INVITE_TEACHER = "invite_teacher"
    SEARCH_ETWINNERS = "search_etwinners"  # look for a partner teacher by name, school, country
    CHANGE_ROLE = "change_role"
    REMOVE_MEMBER = "remove_member"
    LEAVE_SPACE = "leave_space"
    CREATE_PUPIL = "create_pupil"  # create pupil accounts and add them
    ADD_PUPIL = "add_pupil"  # bring a pupil of one's other twinspaces into this one
    MANAGE_PUPIL = "manage_pupil"  # reset a pupil's code
    INVITE_GUEST = "invite_guest"  # create and revoke guest invitation links
    READ_AUDIT_LOG = "read_audit_log"
    UPDATE_SETTINGS = "update_settings"
    ARCHIVE_SPACE = "archive_space"  # also unarchive
    DELETE_SPACE = "delete_space"
    # Forums (issue 5).
    SEE_MODERATION = "see_moderation"  # the held-posts queue, reports, moderation news
    READ_HELD_POST = "read_held_post"  # a pending, hidden or rejected post or thread
    READ_OWN_NOTICES = "read_own_notices"  # one's own notices channel in the space
    # Chat (issue 10).
    READ_SESSION_CHAT = "read_session_chat"  # a video session's chat: participants, teachers
    # Privacy (issue 9).
    EXPORT_PUPIL_DATA = "export_pupil_data"  # download everything a pupil of the space created
    ERASE_PUPIL = "erase_pupil"  # erase a pupil's account (personal data gone)
    # Groups (issue 21).
    #: Remove a member for good, or bar an eTwinner who asked to join: no rejoining, no asking.
    BAN_MEMBER = "ban_member"  # also lift a ban
    #: A closed group's join requests: list them, accept or decline one.
    DECIDE_JOIN_REQUEST = "decide_join_request"


class GroupAction(enum.StrEnum):
    """What an eTwinner does about a group before (or without) being a member of it: the
    directory and the ways in. Inside a group, SpaceAction decides as in every space."""

    BROWSE_GROUPS = "browse_groups"  # the directory and its search
    SEE_GROUP = "see_group"  # one group's card: title, topic, how to get in, one's standing
    JOIN_GROUP = "join_group"  # an open group, in one call
    REQUEST_TO_JOIN = "request_to_join"  # a closed group: a request a moderator decides
    #: Create a group: any eTwinner, who becomes its owner.
    CREATE_GROUP = "create_group"


class EventAction(enum.StrEnum):
    """What one does about an event (issue 22): decided by ``decide_event`` on the event's
    facts (``decide_event_plan`` for CREATE_EVENT, on the audience asked for)."""

    CREATE_EVENT = "create_event"
    #: Its existence, details and iCalendar file: its audience, organiser and speakers.
    SEE_EVENT = "see_event"
    EDIT_EVENT = "edit_event"
    CANCEL_EVENT = "cancel_event"
    REGISTER = "register"  # a place, or the waiting list at capacity
    UNREGISTER = "unregister"  # a place or the waiting list given back
    #: The registrants and the waiting list: the organiser's.
    LIST_REGISTRANTS = "list_registrants"
    # The Q&A: read live and afterwards by whoever sees the event (hidden ones by its
    # moderators only); asked and upvoted by those with a place; moderated by the organiser,
    # the speakers and, for a group's event, the group's owners and moderators.
    READ_QUESTIONS = "read_questions"
    ASK_QUESTION = "ask_question"  # also upvote one (once per person)
    MODERATE_QUESTIONS = "moderate_questions"  # pick, answer, mark answered, hide, restore
    #: Who followed the event live and for how long: the organiser's.
    READ_ATTENDANCE = "read_attendance"
    # The live webinar (issue 22): speakers publish through the SFU, the audience only
    # subscribes; a viewer raises a hand, the moderators promote them and return them.
    #: Start the event's video session (at its time): the organiser and the speakers.
    START_LIVE = "start_live"
    #: End it before its time: the organiser and the speakers.
    END_LIVE = "end_live"
    #: Watch the running session (subscribe only): who asks questions, and the moderators.
    WATCH_LIVE = "watch_live"
    #: Publish audio and video in it: the speakers and whoever is promoted to speak.
    PUBLISH_LIVE = "publish_live"
    #: Raise (or lower) one's hand: a viewer with a place, not already speaking.
    RAISE_HAND = "raise_hand"
    #: Promote a viewer to speak, return them, see hands and the count watching: the Q&A's
    #: moderators (the organiser, the speakers, a group's owners and moderators).
    MODERATE_LIVE = "moderate_live"
    #: Follow the stage (``stage:EVENT``: raised hands, the count watching): the moderators,
    #: before the session starts too.
    SEE_STAGE = "see_stage"
    #: Start and stop the recording of the speakers: the organiser, for an event whose
    #: audience has no pupils (every eTwinner, a group).
    RECORD_LIVE = "record_live"


#: Actions that change nothing: still allowed in an archived space, and to a muted member.
READ_ACTIONS: frozenset[SpaceAction] = frozenset(
    {
        SpaceAction.SEE_SPACE,
        SpaceAction.SEE_MEMBER_EMAILS,
        SpaceAction.READ_FORUM,
        SpaceAction.READ_TEACHERS_AREA,
        SpaceAction.READ_ARCHIVE,
        SpaceAction.READ_AUDIT_LOG,
        SpaceAction.SEE_MODERATION,
        SpaceAction.READ_HELD_POST,
        SpaceAction.READ_OWN_NOTICES,
        SpaceAction.READ_SESSION_CHAT,
        SpaceAction.USE_VIDEO_CHANNEL,
    }
)

#: Actions a muted member loses until the mute ends: "reads, cannot post or speak".
SPEAKING_ACTIONS: frozenset[SpaceAction] = frozenset(
    {
        SpaceAction.POST_TEACHERS_AREA,
        SpaceAction.CREATE_THREAD,
        SpaceAction.POST_REPLY,
        SpaceAction.EDIT_OWN_POST,
        SpaceAction.REACT_TO_POST,  # a reaction is a word too, if a small one
        SpaceAction.UPLOAD_FILE,
        SpaceAction.MANAGE_FILE,
        SpaceAction.OPEN_DATA_CHANNEL,
    }
)
