### TwinSpace Live: the page's words in English (British), the source of every other language.
### review-status: source

## lang
lang-name = English

## app
app-name = TwinSpace Live
app-skip = Skip to content
app-nav = Main
app-language = Language
app-sign_out = Sign out
app-signed_in_as = Signed in as { $name }
app-loading = Loading…

## conn
conn-lost = Connection lost. Reconnecting…
conn-back = Connected again.
conn-failed = The live connection was closed. Reload the page to try again.
conn-session_ended = Your session has ended. Please sign in again.
conn-account_locked = This account can no longer be used. Sign in again to see why.
# Why the server closed the live connection: `conn-closed-<reason>`, one per reason code it sends
# (protocol/close_codes.py, CloseReason).
conn-closed-auth_missing = The live connection did not receive your sign-in in time. Reload the page.
conn-closed-session_invalid = Your session is no longer valid. Please sign in again.
conn-closed-session_expired = Your session has expired. Please sign in again.
conn-closed-signed_out = You were signed out. Please sign in again.
conn-closed-account_locked = This account can no longer be used. Sign in again to see why.
conn-closed-too_many_connections = This account has too many pages open at once. Close some tabs, then reload this page.
conn-closed-too_many_messages = This page sent too much too quickly. Wait a moment, then reload it.
conn-closed-frame_too_large = This page sent something too large. Reload the page and try again.
conn-closed-idle_timeout = The live connection was quiet for too long and was closed. Reconnecting…
conn-closed-slow_consumer = The live connection fell behind. Reconnecting…
conn-closed-server_restarting = The server is restarting. Reconnecting in a moment…
conn-closed-server_shutting_down = The server you were connected to is stopping. Reconnecting…
conn-closed-unavailable = The server is busy. Reconnecting in a moment…
conn-closed-internal = Something went wrong on the server. Reconnecting in a moment…

## login
login-title = Sign in
login-intro = Teachers and guests sign in with their e-mail address. Pupils use the username and code their teacher gave them.
login-teacher = Teachers and guests
login-pupil = Pupils
login-email = E-mail address
login-password = Password
login-username = Username
login-code = Code
login-submit = Sign in
login-pupil_submit = Sign in as a pupil
login-forgot = Forgot your password?
login-register = No account yet? Create an eTwinner account
login-pupil_forgot = Forgot your code? Ask your teacher for a new one.

## invite
invite-title = Join a TwinSpace as a guest
invite-intro = You were invited to a TwinSpace. Choose how others will see you and set a password.
invite-display_name = Your name
invite-submit = Accept the invitation
invite-checking = Checking your invitation…
invite-for_space = You are invited to “{ $title }”.
invite-unknown = This invitation link is not known. Check that you copied all of it, or ask the teacher who sent it for a new one.
invite-expired = This invitation link has expired. Ask the teacher who sent it for a new one.
invite-used_up = This invitation link has been used as many times as it allows. Ask the teacher who sent it for a new one.
invite-revoked = This invitation link was withdrawn by a teacher.
invite-closed = The space of this invitation is closed.

## spaces
spaces-title = My spaces
spaces-empty = You are not a member of any space yet.
spaces-create = Create a space
spaces-kind = Kind
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Room
spaces-kind-group = Group
spaces-space_title = Title
spaces-description = Description (optional)
spaces-create_submit = Create
spaces-created = Space “{ $title }” created.
spaces-my_role = Your role: { $role }
spaces-archived = archived

## space
space-back = Back to my spaces
space-sections = Sections of this space
space-members = Members
space-online_count =
    { $count ->
        [one] { $count } online
       *[other] { $count } online
    }
space-online = online
space-offline = offline
space-you = (you)
space-refreshed = The list was brought up to date.
space-gone = This space is no longer available to you.

## chat
chat-title = Chat
chat-empty = No messages yet.
chat-message = Message
chat-send = Send
chat-pending = (waiting for a teacher)
chat-typing = { $name } is typing…
chat-teachers_tab = Teachers' Bulletin
chat-teachers_title = Teachers' Bulletin
chat-session_title = Session chat
chat-older = Show older messages
chat-new_messages = New messages
chat-mention_list = Members to mention
chat-mention_hint = Type @ and a name to mention a member.
chat-hidden = (hidden by a teacher)
chat-deleted = (deleted)
chat-rejected = (not shown by a teacher)
chat-edited = (edited)
chat-mentions_you = mentions you
chat-edit = Edit
chat-edit_label = Edit your message
chat-save = Save
chat-cancel = Cancel
chat-delete = Delete
chat-delete_confirm = Yes, delete
chat-hide = Hide
chat-restore = Restore
chat-approve = Approve
chat-reject = Reject
chat-report = Report
chat-reported = Thank you. The teachers will look at this message.
chat-mute = Mute
chat-mute_question = Mute { $name }?
chat-mute_for = Mute { $name } for
chat-minutes =
    { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
chat-mute_confirm = Mute now
chat-muted_other = { $name } cannot write until { $time }.
chat-muted_you = A teacher has paused your writing until { $time }. You can still read the chat.
chat-unmuted_you = You can write in the chat again.
chat-gone = This chat is no longer available to you.

## role
role-founder = Founder
role-admin = Administrator
role-teacher = Teacher
role-pupil_admin = Pupil administrator
role-pupil = Pupil
role-guest = Guest

## error
error-bad_credentials = The sign-in details are not right. Check them and try again.
error-rate_limited = Too many attempts. Please wait a moment and try again.
error-invalid = Some fields are not filled in correctly.
error-not_found = This page does not exist or you cannot see it.
error-forbidden = You are not allowed to do this.
error-gone = This no longer exists or no longer works.
error-conflict = This conflicts with something that already exists.
error-gone-revoked = This invitation link no longer works: the space's teachers withdrew it.
error-gone-expired = This invitation link no longer works: it has expired.
error-gone-used_up = This invitation link no longer works: it has been used as many times as it allows.
error-conflict-name_taken = “{ $name }” is already there. Choose another name.
error-conflict-in_trash = “{ $name }” is in the trash: restore it first.
error-conflict-not_in_trash = “{ $name }” is not in the trash.
error-conflict-parent_in_trash = “{ $name }” was in a folder that is now in the trash: restore that folder first.
error-conflict-folder_not_empty = The folder “{ $name }” is not empty: move what is in it to the trash first.
error-conflict-wrong_status = This account's status ({ $status }) does not allow this.
error-unauthenticated = Please sign in.
error-network = The server could not be reached. Check your connection and try again.
error-generic = Something went wrong. Please try again.
error-too_large = This is too large.
error-quota_exceeded = There is not enough room left in this space.
error-unsupported = The server cannot take this kind of request.
error-aborted = The upload was stopped.
error-rate_limited_wait = Too many attempts. Try again { $wait }.
error-fields = Some fields need your attention: see the message under each.
error-account_rejected = The national admin of your country did not accept this registration, so this account cannot sign in. If you think this is a mistake, contact your country’s eTwinning National Support Organisation.
error-account_suspended = The national admin of your country has suspended this account: it cannot sign in for now. To learn why, or to ask for it back, contact your country’s eTwinning National Support Organisation.
error-malformed = The page sent something the server could not read. Reload the page and try again.
error-csrf = The page’s security check failed. Reload the page and try again.
error-limit_exceeded = This goes over a limit set for this space.
error-unavailable = The server is busy or part of it is not answering. Please try again in a moment.
error-internal = Something went wrong on the server. Please try again later.
error-insufficient_storage = The server has no room left for files. Nothing was saved; please tell your school’s eTwinning contact.
error-request_timeout = Sending took too long and was stopped. Check your connection and try again.
error-conflict-not_a_guest = This e-mail address belongs to an eTwinning account. Teachers are invited by the space’s admins, not by a guest link.

## notice
# What a pupil (or any member) is told about their own post or account. The server sends only the
# event's name (protocol/events.py, notice channel): `notice-<event>`, its dots as dashes.
notice-post-pending = Thanks! A teacher will read your post before everyone can see it.
notice-post-approved = A teacher has read your post. Now everyone in the project can see it.
notice-post-rejected = A teacher decided not to show your post. You can ask your teacher why.
notice-post-hidden = A teacher has hidden your post for now. You can ask your teacher why.
notice-post-restored = A teacher has shown your post again. Everyone can see it now.
notice-post-purged = A teacher has removed your post.
notice-member-muted = You can read the project but not write for a while.
notice-member-unmuted = You can write in the project again.
notice-chat-mention = { $name } mentioned you in the chat.

## video
video-section = Video
video-open_sessions = Open video sessions
video-none = No video session is open.
video-start_title = Start a video session
video-title = Title (optional)
video-lobby = Pupils wait in the lobby until a teacher lets them in
video-start = Start
video-join_named = Join “{ $title }”
video-nobody_in_call = Nobody in the call yet
video-people_in_call =
    { $count ->
        [one] { $count } person in the call
       *[other] { $count } people in the call
    }
video-locked = (locked)
video-back = Back to the space
video-participants = Participants
video-my_controls = Your microphone and camera
video-chat = Session chat
video-starting_media = Starting your camera and microphone…
video-in_call = You are in the call.
video-waiting_in_lobby = You are in the lobby. A teacher will let you in soon.
video-no_media = No camera or microphone could be used: you can still see and hear the others.
video-partial_media = Only part of your camera and microphone could be used.
video-enable_sound = Turn on the sound
video-mic_on = Microphone on
video-mic_off = Microphone off
video-mic_forced = Muted by a teacher
video-camera_on = Camera on
video-camera_off = Camera off
video-hand_raised = Hand raised
video-mute_me = Mute my microphone
video-unmute_me = Unmute my microphone
video-camera_stop = Turn my camera off
video-camera_start = Turn my camera on
video-hand_raise = Raise my hand
video-hand_lower = Lower my hand
video-leave = Leave
video-you_are_muted = A teacher has muted you. You can unmute when a teacher allows it.
video-muted_by_teacher = A teacher muted your microphone.
video-unmute_allowed = A teacher allows you to unmute again.
video-mute_other = Mute
video-mute_named = Mute { $name }
video-allow_unmute = Allow to unmute
video-allow_unmute_named = Allow to unmute: { $name }
video-remove = Remove
video-remove_named = Remove { $name } from the session
video-lobby_title = Lobby
video-lobby_empty = Nobody is waiting.
video-admit = Let in
video-admit_named = Let in { $name }
video-deny = Turn away
video-deny_named = Turn away { $name }
video-manage = This session
video-is_open = Open: members can join.
video-is_locked = Locked: only teachers can join.
video-lock = Lock the session
video-end = End the session for everyone
video-ended = The session has ended.
video-ended_space_archived = The session has ended: its space has been archived.
video-ended_space_deleted = The session has ended: its space has been deleted.
video-ended_empty = The session has ended: nobody was in it for a while.
video-no_teacher_yet = No teacher is in this session yet, so nobody can let you in. You can wait here or leave.
video-leave_lobby = Leave the lobby
video-removed = A teacher removed you from the session.
video-denied = A teacher did not let you in to this session.
video-left = You left the session.
video-full = This session is full.
video-refused = You cannot join this session.
video-signal_refused = The server refused what your browser sent. Try leaving and joining again.
video-sfu_moving = The session has grown: moving the call to the classroom media server…
video-sfu_unreachable = The classroom media server cannot be reached. Trying again…
video-sfu_no_seat = Every camera place in this session is taken: you see and hear the others, but they do not see or hear you.
video-sfu_not_sent = Your camera and microphone could not be sent. You still see and hear the others.

## forum
forum-title = Forum
forum-threads = Threads
forum-posts = Posts
forum-areas = Forum areas
forum-area-open = Open forum
forum-area-teachers = Teachers' Bulletin
forum-empty = No threads yet.
forum-thread_meta =
    { $count ->
        [one] by { $author } · { $count } post · { $when }
       *[other] by { $author } · { $count } posts · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } new
       *[other] { $count } new
    }
forum-pinned = pinned
forum-locked = locked
forum-new_thread = Start a thread
forum-new_bulletin = Start a thread in the Teachers' Bulletin
forum-thread_title = Thread title
forum-first_post = First post
forum-start = Start the thread
forum-thread_started = The thread has been started.
forum-thread_held = Thanks! A teacher will read your thread before everyone can see it.
forum-back = Back to the threads
forum-reply_label = Your reply
forum-send = Post reply
forum-no_reply = You cannot reply in this thread.
forum-held = Thanks! A teacher will read your post before everyone can see it.
forum-edited = (edited)
forum-edit = Edit
forum-edit_label = Edit your post
forum-save = Save
forum-saved = Your post has been changed.
forum-cancel = Cancel
forum-delete = Delete
forum-deleted = The post has been deleted.
forum-report = Report
forum-report_reason = What is wrong with this post? (optional)
forum-report_send = Send the report
forum-reported = Thank you. The teachers have been told.
forum-hide = Hide
forum-restore = Restore
forum-approve = Approve
forum-reject = Reject
forum-done-hide = The post is hidden from the class.
forum-done-restore = The post is shown again.
forum-done-approve = The post is approved: everyone can see it.
forum-done-reject = The post is rejected: only its author sees it.
forum-state-pending = waiting for a teacher
forum-state-hidden = hidden
forum-state-rejected = not published
forum-state-deleted = deleted
forum-pin = Pin
forum-unpin = Unpin
forum-lock = Lock
forum-unlock = Unlock
forum-thread_changed = The thread has been changed.
forum-thread_gone = This thread is no longer available to you.
forum-moderation = Moderation
forum-queue = Waiting for approval
forum-queue_empty = No post is waiting.
forum-reports = Reports
forum-reports_empty = No open reports.
forum-reported_by = reported by { $name }
forum-report_said = Reason: { $reason }
forum-resolve = Close the report
forum-resolved = The report is closed.

## reactions
reaction-bar = Reactions
reaction-add = Add a reaction
reaction-picker = Choose a reaction
reaction-count =
    { $count ->
        [one] { $name }: { $count } person
       *[other] { $name }: { $count } people
    }
reaction-thumbs_up = Thumbs up
reaction-heart = Heart
reaction-clap = Bravo
reaction-laugh = Funny
reaction-idea = Good idea
reaction-question = I have a question

## archive
archive-title = Files
archive-usage = { $used } of { $quota } used
archive-where = Folder
archive-top = All files
archive-empty = This folder is empty.
archive-contents = Folders and files
archive-name = Name
archive-size = Size
archive-by = Added by
archive-when = Changed
archive-actions = Actions
archive-former_member = former member
archive-choose = Choose a file
archive-upload = Upload
archive-progress = Upload progress
archive-uploading = Uploading { $name }: { $percent }
archive-uploaded = “{ $name }” has been uploaded.
archive-too_large = This file is too large: files can be at most { $max }.
archive-quota = There is not enough room left in this space's files ({ $free } free). Ask a teacher to remove old files.
archive-new_folder = New folder
archive-create_folder = Create the folder
archive-folder_created = The folder “{ $name }” has been created.
archive-download = Download
archive-download_named = Download { $name }
archive-rename = Rename
archive-rename_named = Rename { $name }
archive-new_name = New name
archive-save = Save
archive-cancel = Cancel
archive-renamed = Renamed to “{ $name }”.
archive-trash = Move to trash
archive-trash_named = Move to trash: { $name }
archive-trashed = “{ $name }” is in the trash.
archive-show_trash = Trash
archive-trash_empty = The trash is empty.
archive-restore = Restore
archive-restore_named = Restore { $name }
archive-restored = “{ $name }” is back.
archive-purge = Delete for good
archive-purge_named = Delete for good { $name }
archive-purged = “{ $name }” has been deleted for good.
archive-choose_first = Choose a file to upload.
archive-no_file = No file chosen yet.
archive-name_taken = Something with this name is already here. Choose another name.

## unit
unit-b = B
unit-kb = KB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Fill in this field.
field-unknown = This field is not expected here.
field-type = This value is not of the right kind.
field-blank = Write something here: spaces alone do not count.
field-too_short =
    { $count ->
        [one] Write at least { $min } character.
       *[other] Write at least { $min } characters.
    }
field-too_long =
    { $count ->
        [one] Write at most { $max } character.
       *[other] Write at most { $max } characters.
    }
field-too_small = Give at least { $min }.
field-too_large = Give at most { $max }.
field-format = This is not in the expected form.
field-choice = Choose one of the options offered.
field-invalid = This value is not accepted.

## confirm
confirm-cancel = Cancel
confirm-trash_file = Move “{ $name }” to the trash?
confirm-trash_file_lost = Members will no longer see this file. A teacher can bring it back from the trash.
confirm-trash_folder = Move the folder “{ $name }” to the trash?
confirm-trash_folder_lost = Members will no longer see this folder or anything in it. A teacher can bring it back from the trash.
confirm-purge = Delete “{ $name }” for good?
confirm-purge_lost = It will be gone for everyone and cannot be brought back.
confirm-delete_post = Delete this post?
confirm-delete_post_lost = Its text will be gone for everyone. This cannot be undone.
confirm-delete_message = Delete this message?
confirm-delete_message_lost = Its text will be gone for everyone. This cannot be undone.
confirm-end_session = End the session for everyone?
confirm-end_session_lost = Everyone leaves the call at once, and the session cannot be opened again.
confirm-remove_participant = Remove { $name } from the session?
confirm-remove_participant_lost = { $name } leaves the call at once and cannot come back into this session.
confirm-deny = Turn { $name } away?
confirm-deny_lost = { $name } will not get into this session.

## page
page-not_found = Page not found
page-not_found_text = There is no page at this address.
page-go_spaces = Go to my spaces
page-go_sign_in = Go to the sign-in page

## form
form-required = Fill in this field.
form-email_format = Write an e-mail address such as name@school.eu.
form-password_short = Use at least 10 characters.
form-password_long = Use at most 200 characters.
form-password_mismatch = The two passwords are not the same.
form-password_hint = At least 10 characters. A few words you will remember work well.
form-check_fields = Please check the fields marked above.
form-field_invalid = This value is not accepted.

## register
register-title = Create an eTwinner account
register-intro = For teachers. The national admin of your country checks that you are a teacher and then validates your account. Pupils do not register: their teacher creates their account.
register-name = Your name
register-school = School
register-country = Country
register-country_choose = Choose your country
register-submit = Create my account
register-email_taken = An account with this e-mail address exists already. Sign in, or ask for a new password.
register-have_account = You have an account already? Sign in

## pending
pending-title = Your account is waiting for validation
pending-who_heading = Who validates it
pending-who = The national admin of your country ({ $country }) checks that you are a teacher at the school you named, then validates your account.
pending-next_heading = What happens next
pending-next_validate = Once your account is validated you are an eTwinner: you can create spaces, be invited to projects and create your pupils’ accounts. Sign in again, or press “Check again”, to see it.
pending-next_reject = If the national admin does not accept your registration, signing in will tell you so.
pending-next_meanwhile = Until then, you can change your name and password in “My account”.
pending-check = Check again
pending-still = Your account is still waiting for validation.
pending-count =
    { $count ->
        [one] { $count } waiting for moderation
       *[other] { $count } waiting for moderation
    }

## forgot
forgot-title = Forgot your password?
forgot-intro = Write the e-mail address of your account. We will send a link to choose a new password.
forgot-submit = Send me a link
forgot-sent = If an account has this address, a link is on its way to it. The link works once, for a limited time. Check your spam folder too.
forgot-pupils = Pupils: you have no e-mail address here. Ask your teacher for a new code.
forgot-back = Back to sign in

## reset
reset-title = Choose a new password
reset-intro = Choosing a new password signs you out on every other device.
reset-password = New password
reset-confirm = New password again
reset-submit = Save the new password
reset-gone = This link has expired or was used already. Ask for a new one.
reset-done = Your password has been changed. Sign in with the new one.
reset-ask_again = Ask for a new link

## account
account-title = My account
account-signed_in_with = You sign in with { $email }.
account-name_heading = Your name
account-name = Name others see
account-save_name = Save the name
account-name_saved = Your name has been saved.
account-pupil_note = Your teacher chose this name and keeps it. Ask your teacher if it should change.
account-password_heading = Your password
account-password_intro = Changing it signs you out on your other devices; you stay signed in here.
account-current_password = Current password
account-new_password = New password
account-confirm_password = New password again
account-save_password = Change the password
account-password_saved = Your password has been changed.
account-current_wrong = This is not your current password.
account-everywhere_heading = Sign out everywhere
account-everywhere_intro = Ends your sign-in on every device and browser, this one included: a lost phone or a shared computer no longer opens your account.
account-everywhere = Sign out everywhere…
account-everywhere_question = Sign out on every device, this one included? Open pages close at once, and anything not yet sent in them is lost.
account-everywhere_confirm = Yes, sign out everywhere
account-everywhere_done = You have been signed out on every device.
account-cancel = Cancel

## admin
admin-nav = Validation console
admin-title = National admin console
admin-country = Country: { $country }
admin-only_national_admins = This page is for national admins.
admin-pending_heading = Teachers waiting for validation
admin-pending_count =
    { $count ->
        [one] { $count } teacher is waiting.
       *[other] { $count } teachers are waiting.
    }
admin-pending_none = No teacher is waiting for validation.
admin-select_all = Select all
admin-select_first = Select at least one teacher first.
admin-validate_selected = Validate the selected
admin-reject_selected = Reject the selected…
admin-validated =
    { $count ->
        [one] { $count } teacher validated.
       *[other] { $count } teachers validated.
    }
admin-rejected =
    { $count ->
        [one] { $count } registration rejected.
       *[other] { $count } registrations rejected.
    }
admin-reject_question =
    { $count ->
        [one] Reject the registration of { $names }? They will not be able to sign in, and this cannot be undone.
       *[other] Reject these { $count } registrations ({ $names })? They will not be able to sign in, and this cannot be undone.
    }
admin-reject_reason = Reason for the rejection
admin-reject_heading = Reject registrations
admin-suspend_heading = Suspend an account
admin-reinstate_heading = Reinstate an account
admin-reject_reason_hint = Kept in the audit log with your name.
admin-reject_confirm =
    { $count ->
        [one] Reject { $count } registration
       *[other] Reject { $count } registrations
    }
admin-failed_one = { $name }: { $why }
admin-school = School: { $school }
admin-registered = Registered { $date }
admin-search_heading = Find an account
admin-search_label = Name, e-mail address or school
admin-search_hint = Accounts of your country only. Leave it empty to list them all, newest first.
admin-search = Search
admin-showing = { $from }–{ $to } of { $total }
admin-no_match = No account matches.
admin-previous = Previous page
admin-next = Next page
admin-suspend = Suspend…
admin-suspend_named = Suspend { $name }…
admin-suspend_question = Suspend { $name }? They are signed out everywhere at once, their open pages close, and they cannot sign in until you reinstate them.
admin-suspend_reason = Reason for the suspension
admin-suspend_confirm = Yes, suspend
admin-suspend_done = { $name } is suspended.
admin-reinstate = Reinstate…
admin-reinstate_named = Reinstate { $name }…
admin-reinstate_question = Reinstate { $name }? They can sign in again.
admin-reinstate_reason = Reason (optional)
admin-reinstate_confirm = Reinstate
admin-reinstate_done = { $name } is reinstated.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = To confirm, type the space’s title: { $text }

## status
status-active = active
status-pending = waiting for validation
status-suspended = suspended
status-rejected = rejected
status-erased = erased

## names
names-marked = { $name } ({ $mark })

## members
members-username = username { $username }
members-role_of = Role of { $name }
members-change_role = Change role
members-role_question = Change { $name } from { $from } to { $to }?
members-role_consequence = { $name } can do what a { $to } may do from now on, on every device at once.
members-role_confirm = Change the role
members-role_changed = { $name } is now { $role }.
members-reset_code = New code
members-reset_question = Give { $name } a new login code?
members-reset_consequence = The old code stops working at once and the pupil is signed out everywhere. You hand out the new card.
members-reset_confirm = Make a new code
members-reset_done = { $name } has a new code: hand out the new card below.
members-export = Export data
members-remove = Remove
members-remove_question = Remove { $name } from this space?
members-remove_consequence = { $name } loses access to this space at once, on every device.
members-remove_pupil_kept = The pupil’s account, posts and files stay; you can add the pupil again later.
members-remove_kept = Their posts and files stay in the space.
members-remove_confirm = Remove
members-removed = { $name } was removed.
members-erase = Erase account
members-leave = Leave this space
members-leave_question = Leave “{ $title }”?
members-leave_consequence = You lose access to its forums, files, chat and video at once. Only a teacher admin can bring you back.
members-leave_kept = What you wrote and uploaded stays in the space.
members-leave_confirm = Leave the space
members-left = You left “{ $title }”.

## erase
erase-question = Erase the account of { $name }?
erase-account_gone = The pupil’s name, username and code are deleted for good.
erase-signed_out = The pupil is signed out at once and can never sign in again.
erase-no_undo = This cannot be undone.
erase-export_first = If the pupil or the family may want a copy, export the data first.
erase-posts = The pupil’s posts and chat messages
erase-posts_keep = Keep them, shown as by “former pupil”
erase-posts_remove = Remove them for good
erase-files = The pupil’s files
erase-files_keep = Keep them, owned by “former pupil”
erase-files_remove = Remove them for good
erase-confirm = Erase the account
erase-done = The account of { $name } was erased.

## invite_teacher
invite_teacher-title = Invite a partner teacher
invite_teacher-by_email = By e-mail address
invite_teacher-role = Role
invite_teacher-submit = Invite
invite_teacher-done = { $name } joined as { $role }.
invite_teacher-not_etwinner = No validated eTwinner has this address, or you may not give this role.
invite_teacher-find = Find an eTwinner
invite_teacher-query = Name, school or country
invite_teacher-search = Search
invite_teacher-results = eTwinners found
invite_teacher-none = No eTwinner found.
invite_teacher-more = More results
invite_teacher-member = Member of this space
invite_teacher-invite = Invite
invite_teacher-role_for = Role for { $name }

## pupils
pupils-title = Add pupils
pupils-one_title = One pupil
pupils-name = Pupil’s name
pupils-add_one = Add the pupil
pupils-class_title = A whole class
pupils-class_names = Pupils’ names
pupils-class_help = One name per line, as the pupils will be seen by others.
pupils-add_class = Add the class
pupils-class_empty = Write at least one name.
pupils-language = Language of the page for these pupils
pupils-language_help = They see TwinSpace Live in this language after signing in. Each pupil can change it later.
pupils-line_errors = Lines to correct
pupils-line_error = Line { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } line needs a correction; nothing was created.
       *[other] { $count } lines need a correction; nothing was created.
    }
pupils-created =
    { $count ->
        [one] { $count } pupil was added.
       *[other] { $count } pupils were added.
    }

## cards
cards-title = Login cards
cards-once = These codes are shown only now. Print the cards or note the codes before you leave this page.
cards-site = Sign in at
cards-print = Print the cards
cards-done = Done: hide the codes

## links
links-tab = Guest links
links-intro = A guest link lets an expert or an observer join this TwinSpace as a guest. Anyone with the link can use it, until it expires or is used up.
links-create_title = New guest link
links-valid_for = Valid for
links-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
links-uses = Number of uses
links-note = Note (who it is for)
links-create = Create the link
links-new = The new link
links-once = Copy it now: it is shown only once.
links-copy = Copy
links-copied = The link was copied.
links-select_copy = The link is selected: press Ctrl+C (⌘+C) to copy it.
links-live = Links in use
links-empty = No guest link is in use.
links-untitled = Guest link
links-used =
    { $count ->
        [one] used { $used } of { $count } time
       *[other] used { $used } of { $count } times
    }
links-until = until { $time }
links-revoke = Revoke
links-revoke_question = Revoke this guest link?
links-revoke_consequence = Nobody can join with it any more.
links-revoke_kept = Guests who joined with it stay members.
links-revoked = The link was revoked.

## settings
settings-tab = Settings
settings-space = The space
settings-pupils = Pupils
settings-premoderate_pupils = Hold pupils’ posts until a teacher approves them
settings-pupils_may_create_threads = Pupils may start threads
settings-pupils_may_upload = Pupils may upload files
settings-save = Save
settings-saved = The settings were saved.
settings-archive_title = Archive
settings-archive_text = An archived space stays readable by its members, but nobody can post, upload or start a video session.
settings-archive = Archive this space
settings-archive_question = Archive “{ $title }”?
settings-archive_read_only = Nobody can post, upload or change anything any more.
settings-archive_video = Video sessions running now end at once.
settings-archive_undo = A founder can open the space again later.
settings-archive_confirm = Archive
settings-archived_title = This space is archived
settings-archived_text = It is read-only. Open it again to let members post and upload.
settings-unarchive = Open again
settings-unarchive_question = Open “{ $title }” again?
settings-unarchive_consequence = Members can post, upload and start video sessions again.
settings-delete_title = Delete the space
settings-delete_text = Deleting removes the space and everything in it for good.
settings-delete = Delete this space
settings-delete_question = Delete “{ $title }” for good?
settings-delete_content = Every forum thread, chat message and file, with all their versions, is deleted.
settings-delete_members = Every member loses the space; pupil accounts stay only in their other spaces.
settings-delete_video = Video sessions running now end at once.
settings-delete_no_undo = The audit log goes too. This cannot be undone.
settings-delete_confirm = Delete for good
settings-deleted = “{ $title }” was deleted.

## audit
audit-tab = Audit log
audit-caption = What was done in this space, newest first
audit-when = When
audit-who = Who
audit-what = What
audit-empty = Nothing recorded yet.
audit-older = Show older entries
audit-system = The server
audit-former_member = A former member
audit-former_member_target = a former member
audit-reason = Reason: { $reason }
audit-other = Did “{ $action }” { $target }
audit-space-created = Created the space
audit-space-settings_changed = Changed the space’s settings
audit-space-archived = Archived the space
audit-space-unarchived = Opened the space again
audit-member-invited = Invited { $target } as { $role }
audit-member-role_changed = Changed the role of { $target } from { $from } to { $role }
audit-member-removed = Removed { $target }
audit-member-left = Left the space
audit-member-muted = Muted { $target }
audit-member-unmuted = Ended the mute of { $target }
audit-pupil-created = Created the pupil { $target }
audit-pupil-added = Added the pupil { $target }
audit-pupil-code_reset = Gave { $target } a new login code
audit-pupil-exported = Exported the data of { $target }
audit-pupil-erased = Erased a pupil’s account
audit-invitation-created = Created a guest link
audit-invitation-revoked = Revoked a guest link
audit-invitation-accepted = Joined with a guest link
audit-video-started = Started a video session
audit-video-ended = Ended a video session
audit-video-locked = Locked a video session
audit-video-unlocked = Unlocked a video session
audit-video-admitted = Admitted { $target } to a video session
audit-video-denied = Turned { $target } away from a video session
audit-video-muted = Muted { $target } in a video session
audit-video-unmuted = Let { $target } speak again in a video session
audit-video-removed = Removed { $target } from a video session
audit-video-spotlight = Changed the spotlight of a video session
audit-post-hidden = Hid a post
audit-post-restored = Restored a post
audit-post-approved = Approved a post
audit-post-rejected = Rejected a post
audit-post-purged = Removed a post for good
audit-post-reported = Reported a post
audit-report-resolved = Closed a report
audit-thread-pinned = Pinned a thread
audit-thread-unpinned = Unpinned a thread
audit-thread-locked = Locked a thread
audit-thread-unlocked = Unlocked a thread
audit-archive-folder_created = Created a folder
audit-archive-folder_renamed = Renamed a folder
audit-archive-folder_moved = Moved a folder
audit-archive-folder_trashed = Put a folder in the trash
audit-archive-folder_restored = Took a folder out of the trash
audit-archive-folder_purged = Removed a folder for good
audit-archive-file_added = Added a file
audit-archive-file_version_added = Added a file version
audit-archive-file_renamed = Renamed a file
audit-archive-file_moved = Moved a file
audit-archive-file_trashed = Put a file in the trash
audit-archive-file_restored = Took a file out of the trash
audit-archive-file_purged = Removed a file for good
audit-chat-expired = Removed chat messages past their time
audit-audit-retention_changed = Changed how long the audit log keeps entries
audit-group-joined = Joined the group
audit-group-requested = Asked to join the group
audit-group-request_accepted = Accepted the request of { $target }
audit-group-request_declined = Declined the request of { $target }
audit-group-request_withdrawn = Withdrew a request to join
audit-member-banned = Banned { $target }
audit-member-unbanned = Lifted the ban on { $target }
audit-group-featured = Featured the group
audit-group-unfeatured = Stopped featuring the group
audit-group-moderator_appointed = Made { $target } a moderator

## group_role
group_role-founder = Owner
group_role-admin = Moderator
group_role-teacher = Member

## readers
readers-title = Reading now
readers-more =
    { $count ->
        [one] and { $count } other
       *[other] and { $count } others
    }

## groups
groups-nav = Groups
groups-title = eTwinning Groups
groups-intro = Communities of eTwinners around a subject, a topic or an area of interest. Only validated eTwinners take part.
groups-search = Find a group
groups-words = Words of the title
groups-topic = Topic
groups-language = Language
groups-language_any = Any language
groups-language_choose = Choose a language
groups-country = Country of a member
groups-country_any = Any country
groups-search_submit = Search
groups-found = Groups
groups-empty = No group matches this search.
groups-more = Show more groups
groups-featured = Featured
groups-topic_is = Topic: { $topic }
groups-members =
    { $count ->
        [one] { $count } member
       *[other] { $count } members
    }
groups-access_short-open = Open
groups-access_short-closed = Closed
groups-standing-member = You are a member. Your role: { $role }
groups-standing-requested = You asked to join this group.
groups-standing-banned = The moderators of this group have barred you from joining it.
groups-join = Join
groups-ask = Ask to join
groups-ask_message = A message for the moderators (optional)
groups-withdraw = Withdraw my request
groups-open_group = Open the group
groups-joined = You joined “{ $title }”.
groups-asked = Your request to join “{ $title }” was sent to its moderators.
groups-withdrawn = Your request to join “{ $title }” was withdrawn.
groups-waiting = A moderator will answer your request. This page shows the answer as soon as it comes.
groups-accepted = Your request was accepted: welcome to “{ $title }”.
groups-not_accepted = Your request was not accepted. You may ask again.
groups-back = Back to the groups
groups-create = Create a group
groups-group_title = Title
groups-description = Description (optional)
groups-access = Who may join
groups-access-open = Open: any eTwinner joins at once
groups-access-closed = Closed: a moderator accepts each request
groups-create_submit = Create the group
groups-created = Group “{ $title }” created.
groups-members_search = Find a member
groups-members_more = Show more members
groups-leave = Leave this group
groups-leave_consequence = You lose access to its forum, files, chat and video at once.
groups-leave_kept = What you wrote and uploaded stays in the group. You can come back through the groups directory.
groups-leave_confirm = Leave the group
groups-requests = Requests to join
groups-requests_empty = No one is waiting.
groups-accept = Accept
groups-decline = Decline
groups-accepted_member = { $name } is now a member.
groups-declined = The request of { $name } was declined.
groups-ban = Ban
groups-ban_question = Ban { $name } from this group?
groups-ban_consequence = { $name } is removed at once and can neither join again nor ask to.
groups-ban_kept = Their posts and files stay in the group. You can lift the ban later.
groups-ban_reason = Reason (optional, kept in the audit log)
groups-ban_confirm = Ban
groups-banned = { $name } was banned.
groups-bans = Banned eTwinners
groups-bans_empty = No one is banned.
groups-lift = Lift the ban
groups-lifted = { $name } may join again.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Choose a new TwinSpace Live password
mail-reset_body =
    Hello { $name },

    Someone, probably you, asked to choose a new password for your TwinSpace Live account.
    Open this link to choose it (it works once, for { $minutes } minutes):

    { $link }

    Choosing a new password signs you out everywhere else.
    If you did not ask for this, ignore this message: your password stays as it is.

    TwinSpace Live

## events (issue 22)
events-nav = Events
events-title = Upcoming events
events-empty = No upcoming events for you yet.
events-more = Show more events
events-schedule = Schedule an event
events-zone = Times are shown in your time zone: { $zone }
events-audience-etwinners = All eTwinners
events-audience-country = The eTwinners of { $country }
events-audience-group = The members of a group
events-audience-twinspace = The members of a TwinSpace
events-organising = You organise this event.
events-registered = You are registered.
events-waiting = You are on the waiting list (position { $position }).
events-state-live = Live now
events-state-ended = This event is over.
events-state-cancelled = This event was cancelled.
events-places = Places taken: { $taken } of { $capacity }
event_form-new_title = Schedule an event
event_form-edit_title = Change the event
event_form-title = Title
event_form-description = Description
event_form-date = Date
event_form-time = Start time
event_form-duration = Length in minutes
event_form-space = Group or TwinSpace
event_form-speakers_hint = Choose among the teachers of your groups and TwinSpaces.
event_form-no_speakers = No teacher to choose from yet.
event_form-create = Schedule the event
event_form-save = Save the changes
event_form-created = “{ $title }” is scheduled.
event_form-saved = The changes to “{ $title }” are saved.
event_form-start_past = Choose a start in the future.
event-title = Event
event-back = All events
event-when = When
event-language = Language
event-audience = Who may register
event-organiser = Organiser
event-speakers = Speakers
event-places = Places
event-no_speakers = No speaker named yet.
event-waiting_count = Waiting: { $waiting }
event-registration = Your place
event-speaking = You speak at this event.
event-full = All places are taken: if you register, you join the waiting list.
event-register = Register
event-unregister = Give my place back
event-leave_waiting = Leave the waiting list
event-unregister_confirm_title = Leave “{ $title }”?
event-unregister_confirm = The next person on the waiting list takes your turn. If you register again, you may have to wait.
event-unregistered = You are no longer registered.
event-calendar = Add to my calendar (.ics)
event-organiser_tools = For the organiser
event-edit = Change the event
event-cancel = Cancel the event
event-keep = Keep the event
event-cancel_confirm_title = Cancel “{ $title }”?
event-cancel_confirm_lost = Nobody can register any more and everyone sees that it is cancelled. This cannot be undone. The registrations and questions are kept.
event-cancelled = The event is cancelled.
event-registrants = Registered
event-waiting_list = Waiting list
event-nobody = Nobody yet.
event-attendance = Attendance
event-attendance_hint = Who followed the event's page while it was live, and for how long.
event-attendance_none = Nobody followed the event live.
event-minutes = { $minutes } min
qa-title = Questions and answers
qa-empty = No questions yet.
qa-closed = The questions are closed: the event is over.
qa-need_place = Register to ask a question or upvote one.
qa-your_question = Your question
qa-ask = Ask
qa-asked = Your question has been sent.
qa-upvote = Upvote
qa-upvoted = Upvoted
qa-votes = Votes: { $votes }
qa-by = Asked by { $name }
qa-by_gone = Asked by a former member
qa-answer = Answer: { $answer }
qa-state-picked = Being answered now
qa-state-answered = Answered
qa-state-hidden = Hidden
qa-pick = Pick
qa-unpick = Put back
qa-hide = Hide
qa-restore = Restore
qa-answer_label = Written answer (optional)
qa-mark_answered = Mark answered
qa-gone = You can no longer follow these questions.
audit-event-created = Scheduled the event “{ $title }”
audit-event-updated = Changed the event “{ $title }”
audit-event-cancelled = Cancelled the event “{ $title }”
audit-event-question_moderated = Moderated a question of the event “{ $title }”

## the live webinar (issue 22)
live-title = Live video
live-not_started = The live video has not started yet.
live-ended = The live video has ended.
live-connecting = Connecting to the live video…
live-need_place = Only those with a place can watch the live video.
live-watching_you = You are watching the live video.
live-on_air = You are live: everyone sees and hears you.
live-recording = This event is being recorded.
live-speaking = Speaking: { $names }
live-nobody_speaking = Nobody is speaking yet.
live-watching = Watching: { $watching }
live-start = Start the live video
live-end = End the live video
live-end_confirm_title = End the live video of “{ $title }”?
live-end_confirm_lost = The video stops for everyone, speakers and audience. You can start it again while the event lasts; the questions are kept.
live-go_live = Go live
live-stop = Stop my video
live-hand_raised = Your hand is raised: a moderator may invite you to speak.
live-invited = You are invited to speak: go live when you are ready.
live-returned = You are back in the audience.
live-hands = Raised hands
live-no_hands = No hand is raised.
live-promote = Invite { $name } to speak
live-return = Return { $name } to the audience
live-record_start = Start recording
live-record_stop = Stop recording

## the event's recordings and seat (issue 22)
event-moved_up = You have a place now: you moved up from the waiting list.
live-off_stage_returned = A moderator returned you to the audience.
live-off_stage_muted = You were muted in this space: you are back in the audience.
live-off_stage_removed = You are no longer a member of this space: you are back in the audience.
live-off_stage_unnamed = You are no longer one of this event’s speakers: you are back in the audience.
recordings-title = Recordings
recordings-processing = A recording is being processed: it will be listed here when it is ready.
recordings-take = Recorded { $when } · { $length }
recordings-video = Video: { $speaker }
recordings-audio = Sound: { $speaker }
recordings-former_speaker = a former speaker
