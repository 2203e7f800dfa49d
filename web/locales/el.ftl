### TwinSpace Live: οι λέξεις της σελίδας στα ελληνικά.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Ελληνικά

## app
app-name = TwinSpace Live
app-skip = Μετάβαση στο περιεχόμενο
app-nav = Κύριο μενού
app-language = Γλώσσα
app-sign_out = Αποσύνδεση
app-signed_in_as = Έχετε συνδεθεί ως { $name }
app-loading = Φόρτωση…

## conn
conn-lost = Η σύνδεση χάθηκε. Επανασύνδεση…
conn-back = Η σύνδεση αποκαταστάθηκε.
conn-failed = Η ζωντανή σύνδεση έκλεισε. Φορτώστε ξανά τη σελίδα για να δοκιμάσετε πάλι.
conn-session_ended = Η περίοδος σύνδεσής σας έληξε. Συνδεθείτε ξανά.
conn-account_locked = Αυτός ο λογαριασμός δεν μπορεί πλέον να χρησιμοποιηθεί. Συνδεθείτε ξανά για να δείτε τον λόγο.
conn-closed-auth_missing = Η ζωντανή σύνδεση δεν έλαβε εγκαίρως τα στοιχεία σύνδεσής σας. Φορτώστε ξανά τη σελίδα.
conn-closed-session_invalid = Η περίοδος σύνδεσής σας δεν είναι πλέον έγκυρη. Συνδεθείτε ξανά.
conn-closed-session_expired = Η περίοδος σύνδεσής σας έληξε. Συνδεθείτε ξανά.
conn-closed-signed_out = Η περίοδος σύνδεσής σας τερματίστηκε. Συνδεθείτε ξανά.
conn-closed-account_locked = Αυτός ο λογαριασμός δεν μπορεί πλέον να χρησιμοποιηθεί. Συνδεθείτε ξανά για να δείτε τον λόγο.
conn-closed-too_many_connections = Αυτός ο λογαριασμός έχει πάρα πολλές σελίδες ανοιχτές ταυτόχρονα. Κλείστε μερικές καρτέλες και μετά φορτώστε ξανά αυτήν τη σελίδα.
conn-closed-too_many_messages = Αυτή η σελίδα έστειλε πάρα πολλά πολύ γρήγορα. Περιμένετε λίγο και μετά φορτώστε την ξανά.
conn-closed-frame_too_large = Αυτή η σελίδα έστειλε κάτι πολύ μεγάλο. Φορτώστε ξανά τη σελίδα και δοκιμάστε πάλι.
conn-closed-idle_timeout = Η ζωντανή σύνδεση έμεινε ανενεργή για πολλή ώρα και έκλεισε. Επανασύνδεση…
conn-closed-slow_consumer = Η ζωντανή σύνδεση καθυστέρησε υπερβολικά. Επανασύνδεση…
conn-closed-server_restarting = Ο διακομιστής επανεκκινείται. Επανασύνδεση σε λίγο…
conn-closed-server_shutting_down = Ο διακομιστής της σύνδεσής σας σταματά. Επανασύνδεση…
conn-closed-unavailable = Ο διακομιστής είναι απασχολημένος. Επανασύνδεση σε λίγο…
conn-closed-internal = Παρουσιάστηκε πρόβλημα στον διακομιστή. Επανασύνδεση σε λίγο…

## login
login-title = Σύνδεση
login-intro = Οι εκπαιδευτικοί και οι επισκέπτες συνδέονται με τη διεύθυνση email τους. Οι μαθητές χρησιμοποιούν το όνομα χρήστη και τον κωδικό που τους έδωσε ο εκπαιδευτικός τους.
login-teacher = Εκπαιδευτικοί και επισκέπτες
login-pupil = Μαθητές
login-email = Διεύθυνση email
login-password = Κωδικός πρόσβασης
login-username = Όνομα χρήστη
login-code = Κωδικός
login-submit = Σύνδεση
login-pupil_submit = Σύνδεση μαθητή
login-forgot = Ξεχάσατε τον κωδικό πρόσβασης;
login-register = Δεν έχετε λογαριασμό; Δημιουργήστε λογαριασμό eTwinner
login-pupil_forgot = Ξεχάσατε τον κωδικό σας; Ζητήστε έναν νέο από τον εκπαιδευτικό σας.

## invite
invite-title = Συμμετοχή σε TwinSpace ως επισκέπτης
invite-intro = Έχετε προσκληθεί σε ένα TwinSpace. Επιλέξτε πώς θα σας βλέπουν οι άλλοι και ορίστε κωδικό πρόσβασης.
invite-display_name = Το όνομά σας
invite-submit = Αποδοχή πρόσκλησης
invite-checking = Έλεγχος της πρόσκλησής σας…
invite-for_space = Έχετε προσκληθεί στο «{ $title }».
invite-unknown = Αυτός ο σύνδεσμος πρόσκλησης δεν είναι γνωστός. Ελέγξτε ότι τον αντιγράψατε ολόκληρο ή ζητήστε νέο από τον εκπαιδευτικό που τον έστειλε.
invite-expired = Αυτός ο σύνδεσμος πρόσκλησης έχει λήξει. Ζητήστε νέο από τον εκπαιδευτικό που τον έστειλε.
invite-used_up = Αυτός ο σύνδεσμος πρόσκλησης έχει χρησιμοποιηθεί όσες φορές επιτρέπεται. Ζητήστε νέο από τον εκπαιδευτικό που τον έστειλε.
invite-revoked = Αυτός ο σύνδεσμος πρόσκλησης ανακλήθηκε από εκπαιδευτικό.
invite-closed = Ο χώρος αυτής της πρόσκλησης είναι κλειστός.

## spaces
spaces-title = Οι χώροι μου
spaces-empty = Δεν είστε ακόμη μέλος κανενός χώρου.
spaces-create = Δημιουργία χώρου
spaces-kind = Είδος
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Αίθουσα
spaces-kind-group = Ομάδα
spaces-space_title = Τίτλος
spaces-description = Περιγραφή (προαιρετικά)
spaces-create_submit = Δημιουργία
spaces-created = Ο χώρος «{ $title }» δημιουργήθηκε.
spaces-my_role = Ο ρόλος σας: { $role }
spaces-archived = αρχειοθετημένος

## space
space-back = Πίσω στους χώρους μου
space-sections = Ενότητες αυτού του χώρου
space-members = Μέλη
space-online_count =
    { $count ->
        [one] { $count } σε σύνδεση
       *[other] { $count } σε σύνδεση
    }
space-online = σε σύνδεση
space-offline = εκτός σύνδεσης
space-you = (εσείς)
space-refreshed = Η λίστα ενημερώθηκε.
space-gone = Αυτός ο χώρος δεν είναι πλέον διαθέσιμος για εσάς.

## chat
chat-title = Συνομιλία
chat-empty = Δεν υπάρχουν ακόμη μηνύματα.
chat-message = Μήνυμα
chat-send = Αποστολή
chat-pending = (αναμένει εκπαιδευτικό)
chat-typing = { $name } πληκτρολογεί…
chat-teachers_tab = Πίνακας ανακοινώσεων εκπαιδευτικών
chat-teachers_title = Πίνακας ανακοινώσεων εκπαιδευτικών
chat-session_title = Συνομιλία συνεδρίας
chat-older = Εμφάνιση παλαιότερων μηνυμάτων
chat-new_messages = Νέα μηνύματα
chat-mention_list = Μέλη για αναφορά
chat-mention_hint = Πληκτρολογήστε @ και ένα όνομα για να αναφέρετε ένα μέλος.
chat-hidden = (κρύφτηκε από εκπαιδευτικό)
chat-deleted = (διαγράφηκε)
chat-rejected = (δεν εγκρίθηκε από εκπαιδευτικό)
chat-edited = (επεξεργάστηκε)
chat-mentions_you = σας αναφέρει
chat-edit = Επεξεργασία
chat-edit_label = Επεξεργαστείτε το μήνυμά σας
chat-save = Αποθήκευση
chat-cancel = Ακύρωση
chat-delete = Διαγραφή
chat-delete_confirm = Ναι, διαγραφή
chat-hide = Απόκρυψη
chat-restore = Επαναφορά
chat-approve = Έγκριση
chat-reject = Απόρριψη
chat-report = Αναφορά
chat-reported = Ευχαριστούμε. Οι εκπαιδευτικοί θα δουν αυτό το μήνυμα.
chat-mute = Σίγαση
chat-mute_question = Σίγαση: { $name };
chat-mute_for = Διάρκεια σίγασης ({ $name }):
chat-minutes =
    { $count ->
        [one] { $count } λεπτό
       *[other] { $count } λεπτά
    }
chat-mute_confirm = Σίγαση τώρα
chat-muted_other = { $name } δεν μπορεί να γράψει έως τις { $time }.
chat-muted_you = Ένας εκπαιδευτικός σταμάτησε προσωρινά τη δυνατότητά σας να γράφετε έως τις { $time }. Μπορείτε ακόμη να διαβάζετε τη συνομιλία.
chat-unmuted_you = Μπορείτε ξανά να γράφετε στη συνομιλία.
chat-gone = Αυτή η συνομιλία δεν είναι πλέον διαθέσιμη για εσάς.

## role
role-founder = Ιδρυτής
role-admin = Διαχειριστής
role-teacher = Εκπαιδευτικός
role-pupil_admin = Μαθητής διαχειριστής
role-pupil = Μαθητής
role-guest = Επισκέπτης

## error
error-bad_credentials = Τα στοιχεία σύνδεσης δεν είναι σωστά. Ελέγξτε τα και δοκιμάστε ξανά.
error-rate_limited = Πάρα πολλές προσπάθειες. Περιμένετε λίγο και δοκιμάστε ξανά.
error-invalid = Ορισμένα πεδία δεν έχουν συμπληρωθεί σωστά.
error-not_found = Αυτή η σελίδα δεν υπάρχει ή δεν μπορείτε να τη δείτε.
error-forbidden = Δεν επιτρέπεται να το κάνετε αυτό.
error-gone = Αυτό δεν υπάρχει πλέον ή δεν λειτουργεί πια.
error-conflict = Αυτό συγκρούεται με κάτι που υπάρχει ήδη.
error-gone-revoked = Αυτός ο σύνδεσμος πρόσκλησης δεν λειτουργεί πια: οι εκπαιδευτικοί του χώρου τον ανακάλεσαν.
error-gone-expired = Αυτός ο σύνδεσμος πρόσκλησης δεν λειτουργεί πια: έχει λήξει.
error-gone-used_up = Αυτός ο σύνδεσμος πρόσκλησης δεν λειτουργεί πια: έχει χρησιμοποιηθεί όσες φορές επιτρέπεται.
error-conflict-name_taken = Το «{ $name }» υπάρχει ήδη εδώ. Επιλέξτε άλλο όνομα.
error-conflict-in_trash = Το «{ $name }» βρίσκεται στον κάδο: επαναφέρετέ το πρώτα.
error-conflict-not_in_trash = Το «{ $name }» δεν βρίσκεται στον κάδο.
error-conflict-parent_in_trash = Το «{ $name }» βρισκόταν σε φάκελο που είναι τώρα στον κάδο: επαναφέρετε πρώτα αυτόν τον φάκελο.
error-conflict-folder_not_empty = Ο φάκελος «{ $name }» δεν είναι κενός: μετακινήστε πρώτα το περιεχόμενό του στον κάδο.
error-conflict-wrong_status = Η κατάσταση αυτού του λογαριασμού ({ $status }) δεν το επιτρέπει.
error-unauthenticated = Συνδεθείτε.
error-network = Δεν ήταν δυνατή η επικοινωνία με τον διακομιστή. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.
error-generic = Κάτι πήγε στραβά. Δοκιμάστε ξανά.
error-too_large = Αυτό είναι πολύ μεγάλο.
error-quota_exceeded = Δεν υπάρχει αρκετή ελεύθερη χωρητικότητα σε αυτόν τον χώρο.
error-unsupported = Ο διακομιστής δεν μπορεί να δεχτεί αυτό το είδος αιτήματος.
error-aborted = Το ανέβασμα σταμάτησε.
error-rate_limited_wait = Πάρα πολλές προσπάθειες. Δοκιμάστε ξανά { $wait }.
error-fields = Ορισμένα πεδία χρειάζονται την προσοχή σας: δείτε το μήνυμα κάτω από το καθένα.
error-account_rejected = Ο εθνικός διαχειριστής της χώρας σας δεν αποδέχτηκε αυτή την εγγραφή, οπότε με αυτόν τον λογαριασμό δεν είναι δυνατή η σύνδεση. Αν πιστεύετε ότι πρόκειται για λάθος, επικοινωνήστε με την Εθνική Υπηρεσία Υποστήριξης eTwinning της χώρας σας.
error-account_suspended = Ο εθνικός διαχειριστής της χώρας σας ανέστειλε αυτόν τον λογαριασμό: προς το παρόν δεν είναι δυνατή η σύνδεση με αυτόν. Για να μάθετε τον λόγο ή για να ζητήσετε την επαναφορά του, επικοινωνήστε με την Εθνική Υπηρεσία Υποστήριξης eTwinning της χώρας σας.
error-malformed = Η σελίδα έστειλε κάτι που ο διακομιστής δεν μπόρεσε να διαβάσει. Φορτώστε ξανά τη σελίδα και δοκιμάστε πάλι.
error-csrf = Ο έλεγχος ασφαλείας της σελίδας απέτυχε. Φορτώστε ξανά τη σελίδα και δοκιμάστε πάλι.
error-limit_exceeded = Αυτό υπερβαίνει ένα όριο που έχει οριστεί για αυτόν τον χώρο.
error-unavailable = Ο διακομιστής είναι απασχολημένος ή ένα μέρος του δεν αποκρίνεται. Δοκιμάστε ξανά σε λίγο.
error-internal = Παρουσιάστηκε πρόβλημα στον διακομιστή. Δοκιμάστε ξανά αργότερα.
error-insufficient_storage = Ο διακομιστής δεν έχει άλλο χώρο για αρχεία. Δεν αποθηκεύτηκε τίποτα· ενημερώστε το άτομο επικοινωνίας eTwinning του σχολείου σας.
error-request_timeout = Η αποστολή διήρκεσε πολύ και διακόπηκε. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.
error-conflict-not_a_guest = Αυτή η διεύθυνση email ανήκει σε λογαριασμό eTwinning. Οι εκπαιδευτικοί προσκαλούνται από τους διαχειριστές του χώρου, όχι με σύνδεσμο επισκέπτη.

## notice
notice-post-pending = Ευχαριστούμε! Ένας εκπαιδευτικός θα διαβάσει την ανάρτησή σας πριν μπορούν να τη δουν όλοι.
notice-post-approved = Ένας εκπαιδευτικός διάβασε την ανάρτησή σας. Τώρα μπορούν να τη δουν όλοι στο έργο.
notice-post-rejected = Ένας εκπαιδευτικός αποφάσισε να μην εμφανιστεί η ανάρτησή σας. Μπορείτε να ρωτήσετε τον εκπαιδευτικό σας γιατί.
notice-post-hidden = Ένας εκπαιδευτικός έκρυψε την ανάρτησή σας προς το παρόν. Μπορείτε να ρωτήσετε τον εκπαιδευτικό σας γιατί.
notice-post-restored = Ένας εκπαιδευτικός εμφάνισε ξανά την ανάρτησή σας. Τώρα μπορούν να τη δουν όλοι.
notice-post-purged = Ένας εκπαιδευτικός αφαίρεσε την ανάρτησή σας.
notice-member-muted = Μπορείτε να διαβάζετε το έργο, αλλά όχι να γράφετε για λίγο.
notice-member-unmuted = Μπορείτε να γράφετε ξανά στο έργο.
notice-chat-mention = { $name } σας ανέφερε στη συνομιλία.

## video
video-section = Βίντεο
video-open_sessions = Ανοιχτές συνεδρίες βίντεο
video-none = Δεν υπάρχει ανοιχτή συνεδρία βίντεο.
video-start_title = Έναρξη συνεδρίας βίντεο
video-title = Τίτλος (προαιρετικά)
video-lobby = Οι μαθητές περιμένουν στην αίθουσα αναμονής μέχρι να τους αφήσει να μπουν ένας εκπαιδευτικός
video-start = Έναρξη
video-join_named = Συμμετοχή στο «{ $title }»
video-nobody_in_call = Κανείς ακόμη στην κλήση
video-people_in_call =
    { $count ->
        [one] { $count } άτομο στην κλήση
       *[other] { $count } άτομα στην κλήση
    }
video-locked = (κλειδωμένη)
video-back = Πίσω στον χώρο
video-participants = Συμμετέχοντες
video-my_controls = Το μικρόφωνο και η κάμερά σας
video-chat = Συνομιλία συνεδρίας
video-starting_media = Ενεργοποίηση της κάμερας και του μικροφώνου σας…
video-in_call = Είστε στην κλήση.
video-waiting_in_lobby = Είστε στην αίθουσα αναμονής. Ένας εκπαιδευτικός θα σας αφήσει σύντομα να μπείτε.
video-no_media = Δεν ήταν δυνατή η χρήση κάμερας ή μικροφώνου: μπορείτε πάντως να βλέπετε και να ακούτε τους άλλους.
video-partial_media = Μόνο ένα μέρος της κάμερας και του μικροφώνου σας μπόρεσε να χρησιμοποιηθεί.
video-enable_sound = Ενεργοποίηση ήχου
video-mic_on = Μικρόφωνο ανοιχτό
video-mic_off = Μικρόφωνο κλειστό
video-mic_forced = Σίγαση από εκπαιδευτικό
video-camera_on = Κάμερα ανοιχτή
video-camera_off = Κάμερα κλειστή
video-hand_raised = Σηκωμένο χέρι
video-mute_me = Κλείσιμο του μικροφώνου μου
video-unmute_me = Άνοιγμα του μικροφώνου μου
video-camera_stop = Κλείσιμο της κάμεράς μου
video-camera_start = Άνοιγμα της κάμεράς μου
video-hand_raise = Σήκωμα χεριού
video-hand_lower = Κατέβασμα χεριού
video-leave = Αποχώρηση
video-you_are_muted = Ένας εκπαιδευτικός έκλεισε το μικρόφωνό σας. Μπορείτε να το ανοίξετε όταν το επιτρέψει ένας εκπαιδευτικός.
video-muted_by_teacher = Ένας εκπαιδευτικός έκλεισε το μικρόφωνό σας.
video-unmute_allowed = Ένας εκπαιδευτικός σας επιτρέπει να ανοίξετε ξανά το μικρόφωνό σας.
video-mute_other = Σίγαση
video-mute_named = Σίγαση: { $name }
video-allow_unmute = Άδεια για μικρόφωνο
video-allow_unmute_named = Άδεια για μικρόφωνο: { $name }
video-remove = Αφαίρεση
video-remove_named = Αφαίρεση από τη συνεδρία: { $name }
video-lobby_title = Αίθουσα αναμονής
video-lobby_empty = Κανείς δεν περιμένει.
video-admit = Αποδοχή
video-admit_named = Αποδοχή: { $name }
video-deny = Απόρριψη
video-deny_named = Απόρριψη: { $name }
video-manage = Αυτή η συνεδρία
video-is_open = Ανοιχτή: τα μέλη μπορούν να συμμετάσχουν.
video-is_locked = Κλειδωμένη: μόνο οι εκπαιδευτικοί μπορούν να συμμετάσχουν.
video-lock = Κλείδωμα της συνεδρίας
video-end = Τερματισμός της συνεδρίας για όλους
video-ended = Η συνεδρία τελείωσε.
video-ended_space_archived = Η συνεδρία τελείωσε: ο χώρος της αρχειοθετήθηκε.
video-ended_space_deleted = Η συνεδρία τελείωσε: ο χώρος της διαγράφηκε.
video-ended_empty = Η συνεδρία τελείωσε: δεν υπήρχε κανείς σε αυτήν για αρκετή ώρα.
video-no_teacher_yet = Δεν υπάρχει ακόμη εκπαιδευτικός σε αυτή τη συνεδρία, οπότε κανείς δεν μπορεί να σας αφήσει να μπείτε. Μπορείτε να περιμένετε εδώ ή να φύγετε.
video-leave_lobby = Έξοδος από την αίθουσα αναμονής
video-removed = Ένας εκπαιδευτικός σας αφαίρεσε από τη συνεδρία.
video-denied = Ένας εκπαιδευτικός δεν σας άφησε να μπείτε σε αυτή τη συνεδρία.
video-left = Αποχωρήσατε από τη συνεδρία.
video-full = Αυτή η συνεδρία είναι πλήρης.
video-refused = Δεν μπορείτε να συμμετάσχετε σε αυτή τη συνεδρία.
video-signal_refused = Ο διακομιστής απέρριψε ό,τι έστειλε το πρόγραμμα περιήγησής σας. Δοκιμάστε να αποχωρήσετε και να συμμετάσχετε ξανά.
video-sfu_moving = Η συνεδρία μεγάλωσε: η κλήση μεταφέρεται στον διακομιστή πολυμέσων της τάξης…
video-sfu_unreachable = Ο διακομιστής πολυμέσων της τάξης δεν είναι προσβάσιμος. Νέα προσπάθεια…
video-sfu_no_seat = Όλες οι θέσεις κάμερας σε αυτή τη συνεδρία είναι κατειλημμένες: βλέπετε και ακούτε τους άλλους, αλλά εκείνοι δεν σας βλέπουν ούτε σας ακούνε.
video-sfu_not_sent = Δεν ήταν δυνατή η αποστολή της κάμερας και του μικροφώνου σας. Βλέπετε και ακούτε ακόμη τους άλλους.

## forum
forum-title = Φόρουμ
forum-threads = Συζητήσεις
forum-posts = Αναρτήσεις
forum-areas = Περιοχές του φόρουμ
forum-area-open = Ανοιχτό φόρουμ
forum-area-teachers = Πίνακας ανακοινώσεων εκπαιδευτικών
forum-empty = Δεν υπάρχουν ακόμη συζητήσεις.
forum-thread_meta =
    { $count ->
        [one] από: { $author } · { $count } ανάρτηση · { $when }
       *[other] από: { $author } · { $count } αναρτήσεις · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } νέα
       *[other] { $count } νέες
    }
forum-pinned = καρφιτσωμένη
forum-locked = κλειδωμένη
forum-new_thread = Νέα συζήτηση
forum-new_bulletin = Νέα συζήτηση στον Πίνακα ανακοινώσεων εκπαιδευτικών
forum-thread_title = Τίτλος της συζήτησης
forum-first_post = Πρώτη ανάρτηση
forum-start = Έναρξη της συζήτησης
forum-thread_started = Η συζήτηση ξεκίνησε.
forum-thread_held = Ευχαριστούμε! Ένας εκπαιδευτικός θα διαβάσει τη συζήτησή σας πριν μπορούν να τη δουν όλοι.
forum-back = Πίσω στις συζητήσεις
forum-reply_label = Η απάντησή σας
forum-send = Δημοσίευση απάντησης
forum-no_reply = Δεν μπορείτε να απαντήσετε σε αυτή τη συζήτηση.
forum-held = Ευχαριστούμε! Ένας εκπαιδευτικός θα διαβάσει την ανάρτησή σας πριν μπορούν να τη δουν όλοι.
forum-edited = (επεξεργάστηκε)
forum-edit = Επεξεργασία
forum-edit_label = Επεξεργαστείτε την ανάρτησή σας
forum-save = Αποθήκευση
forum-saved = Η ανάρτησή σας άλλαξε.
forum-cancel = Ακύρωση
forum-delete = Διαγραφή
forum-deleted = Η ανάρτηση διαγράφηκε.
forum-report = Αναφορά
forum-report_reason = Τι πρόβλημα έχει αυτή η ανάρτηση; (προαιρετικά)
forum-report_send = Αποστολή της αναφοράς
forum-reported = Ευχαριστούμε. Οι εκπαιδευτικοί ενημερώθηκαν.
forum-hide = Απόκρυψη
forum-restore = Επαναφορά
forum-approve = Έγκριση
forum-reject = Απόρριψη
forum-done-hide = Η ανάρτηση κρύφτηκε από την τάξη.
forum-done-restore = Η ανάρτηση εμφανίζεται ξανά.
forum-done-approve = Η ανάρτηση εγκρίθηκε: μπορούν να τη δουν όλοι.
forum-done-reject = Η ανάρτηση απορρίφθηκε: τη βλέπει μόνο ο συντάκτης της.
forum-state-pending = αναμένει εκπαιδευτικό
forum-state-hidden = κρυφή
forum-state-rejected = μη δημοσιευμένη
forum-state-deleted = διαγραμμένη
forum-pin = Καρφίτσωμα
forum-unpin = Ξεκαρφίτσωμα
forum-lock = Κλείδωμα
forum-unlock = Ξεκλείδωμα
forum-thread_changed = Η συζήτηση άλλαξε.
forum-thread_gone = Αυτή η συζήτηση δεν είναι πλέον διαθέσιμη για εσάς.
forum-moderation = Εποπτεία
forum-queue = Αναμένουν έγκριση
forum-queue_empty = Καμία ανάρτηση δεν αναμένει.
forum-reports = Αναφορές
forum-reports_empty = Δεν υπάρχουν ανοιχτές αναφορές.
forum-reported_by = αναφορά από: { $name }
forum-report_said = Λόγος: { $reason }
forum-resolve = Κλείσιμο της αναφοράς
forum-resolved = Η αναφορά έκλεισε.

## reactions
reaction-bar = Αντιδράσεις
reaction-add = Προσθήκη αντίδρασης
reaction-picker = Επιλέξτε αντίδραση
reaction-count =
    { $count ->
        [one] { $name }: { $count } άτομο
       *[other] { $name }: { $count } άτομα
    }
reaction-thumbs_up = Μου αρέσει
reaction-heart = Καρδιά
reaction-clap = Μπράβο
reaction-laugh = Αστείο
reaction-idea = Καλή ιδέα
reaction-question = Έχω μια ερώτηση

## archive
archive-title = Αρχεία
archive-usage = Σε χρήση { $used } από { $quota }
archive-where = Φάκελος
archive-top = Όλα τα αρχεία
archive-empty = Αυτός ο φάκελος είναι κενός.
archive-contents = Φάκελοι και αρχεία
archive-name = Όνομα
archive-size = Μέγεθος
archive-by = Προσθήκη από
archive-when = Αλλαγή
archive-actions = Ενέργειες
archive-former_member = πρώην μέλος
archive-choose = Επιλογή αρχείου
archive-upload = Ανέβασμα
archive-progress = Πρόοδος ανεβάσματος
archive-uploading = Ανέβασμα του { $name }: { $percent }
archive-uploaded = Το «{ $name }» ανέβηκε.
archive-too_large = Αυτό το αρχείο είναι πολύ μεγάλο: τα αρχεία μπορούν να είναι έως { $max }.
archive-quota = Δεν υπάρχει αρκετή χωρητικότητα στα αρχεία αυτού του χώρου (ελεύθερα: { $free }). Ζητήστε από έναν εκπαιδευτικό να αφαιρέσει παλιά αρχεία.
archive-new_folder = Νέος φάκελος
archive-create_folder = Δημιουργία του φακέλου
archive-folder_created = Ο φάκελος «{ $name }» δημιουργήθηκε.
archive-download = Λήψη
archive-download_named = Λήψη: { $name }
archive-rename = Μετονομασία
archive-rename_named = Μετονομασία: { $name }
archive-new_name = Νέο όνομα
archive-save = Αποθήκευση
archive-cancel = Ακύρωση
archive-renamed = Μετονομάστηκε σε «{ $name }».
archive-trash = Μετακίνηση στον κάδο
archive-trash_named = Μετακίνηση στον κάδο: { $name }
archive-trashed = Το «{ $name }» βρίσκεται στον κάδο.
archive-show_trash = Κάδος
archive-trash_empty = Ο κάδος είναι άδειος.
archive-restore = Επαναφορά
archive-restore_named = Επαναφορά: { $name }
archive-restored = Το «{ $name }» επανήλθε.
archive-purge = Οριστική διαγραφή
archive-purge_named = Οριστική διαγραφή: { $name }
archive-purged = Το «{ $name }» διαγράφηκε οριστικά.
archive-choose_first = Επιλέξτε ένα αρχείο για ανέβασμα.
archive-no_file = Δεν έχει επιλεγεί ακόμη αρχείο.
archive-name_taken = Υπάρχει ήδη κάτι εδώ με αυτό το όνομα. Επιλέξτε άλλο όνομα.

## unit
unit-b = B
unit-kb = KB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Συμπληρώστε αυτό το πεδίο.
field-unknown = Αυτό το πεδίο δεν αναμένεται εδώ.
field-type = Αυτή η τιμή δεν είναι του σωστού είδους.
field-blank = Γράψτε κάτι εδώ: μόνο κενά διαστήματα δεν μετρούν.
field-too_short =
    { $count ->
        [one] Γράψτε τουλάχιστον { $min } χαρακτήρα.
       *[other] Γράψτε τουλάχιστον { $min } χαρακτήρες.
    }
field-too_long =
    { $count ->
        [one] Γράψτε το πολύ { $max } χαρακτήρα.
       *[other] Γράψτε το πολύ { $max } χαρακτήρες.
    }
field-too_small = Δώστε τουλάχιστον { $min }.
field-too_large = Δώστε το πολύ { $max }.
field-format = Αυτό δεν έχει την αναμενόμενη μορφή.
field-choice = Επιλέξτε μία από τις προτεινόμενες επιλογές.
field-invalid = Αυτή η τιμή δεν γίνεται δεκτή.

## confirm
confirm-cancel = Ακύρωση
confirm-trash_file = Μετακίνηση του «{ $name }» στον κάδο;
confirm-trash_file_lost = Τα μέλη δεν θα βλέπουν πλέον αυτό το αρχείο. Ένας εκπαιδευτικός μπορεί να το επαναφέρει από τον κάδο.
confirm-trash_folder = Μετακίνηση του φακέλου «{ $name }» στον κάδο;
confirm-trash_folder_lost = Τα μέλη δεν θα βλέπουν πλέον αυτόν τον φάκελο ούτε οτιδήποτε περιέχει. Ένας εκπαιδευτικός μπορεί να τον επαναφέρει από τον κάδο.
confirm-purge = Οριστική διαγραφή του «{ $name }»;
confirm-purge_lost = Θα χαθεί για όλους και δεν θα μπορεί να επανέλθει.
confirm-delete_post = Διαγραφή αυτής της ανάρτησης;
confirm-delete_post_lost = Το κείμενό της θα χαθεί για όλους. Αυτό δεν αναιρείται.
confirm-delete_message = Διαγραφή αυτού του μηνύματος;
confirm-delete_message_lost = Το κείμενό του θα χαθεί για όλους. Αυτό δεν αναιρείται.
confirm-end_session = Τερματισμός της συνεδρίας για όλους;
confirm-end_session_lost = Όλοι φεύγουν αμέσως από την κλήση και η συνεδρία δεν μπορεί να ανοίξει ξανά.
confirm-remove_participant = Αφαίρεση από τη συνεδρία: { $name };
confirm-remove_participant_lost = { $name } φεύγει αμέσως από την κλήση και δεν μπορεί να επιστρέψει σε αυτή τη συνεδρία.
confirm-deny = Απόρριψη: { $name };
confirm-deny_lost = { $name } δεν θα μπει σε αυτή τη συνεδρία.

## page
page-not_found = Η σελίδα δεν βρέθηκε
page-not_found_text = Δεν υπάρχει σελίδα σε αυτή τη διεύθυνση.
page-go_spaces = Μετάβαση στους χώρους μου
page-go_sign_in = Μετάβαση στη σελίδα σύνδεσης

## form
form-required = Συμπληρώστε αυτό το πεδίο.
form-email_format = Γράψτε μια διεύθυνση email όπως name@school.eu.
form-password_short = Χρησιμοποιήστε τουλάχιστον 10 χαρακτήρες.
form-password_long = Χρησιμοποιήστε το πολύ 200 χαρακτήρες.
form-password_mismatch = Οι δύο κωδικοί πρόσβασης δεν είναι ίδιοι.
form-password_hint = Τουλάχιστον 10 χαρακτήρες. Μερικές λέξεις που θα θυμάστε είναι καλή επιλογή.
form-check_fields = Ελέγξτε τα πεδία που επισημαίνονται παραπάνω.
form-field_invalid = Αυτή η τιμή δεν γίνεται δεκτή.

## register
register-title = Δημιουργία λογαριασμού eTwinner
register-intro = Για εκπαιδευτικούς. Ο εθνικός διαχειριστής της χώρας σας ελέγχει ότι διδάσκετε σε σχολείο και έπειτα επικυρώνει τον λογαριασμό σας. Οι μαθητές δεν εγγράφονται: τους λογαριασμούς τους τους δημιουργεί ο εκπαιδευτικός τους.
register-name = Το όνομά σας
register-school = Σχολείο
register-country = Χώρα
register-country_choose = Επιλέξτε τη χώρα σας
register-submit = Δημιουργία του λογαριασμού μου
register-email_taken = Υπάρχει ήδη λογαριασμός με αυτή τη διεύθυνση email. Συνδεθείτε ή ζητήστε νέο κωδικό πρόσβασης.
register-have_account = Έχετε ήδη λογαριασμό; Συνδεθείτε

## pending
pending-title = Ο λογαριασμός σας αναμένει επικύρωση
pending-who_heading = Ποιος τον επικυρώνει
pending-who = Ο εθνικός διαχειριστής της χώρας σας ({ $country }) ελέγχει ότι διδάσκετε στο σχολείο που δηλώσατε και έπειτα επικυρώνει τον λογαριασμό σας.
pending-next_heading = Τι γίνεται μετά
pending-next_validate = Μόλις επικυρωθεί ο λογαριασμός σας, γίνεστε eTwinner: μπορείτε να δημιουργείτε χώρους, να λαμβάνετε προσκλήσεις σε έργα και να δημιουργείτε τους λογαριασμούς των μαθητών σας. Συνδεθείτε ξανά ή πατήστε «Νέος έλεγχος» για να το δείτε.
pending-next_reject = Αν ο εθνικός διαχειριστής δεν αποδεχτεί την εγγραφή σας, θα το μάθετε κατά τη σύνδεση.
pending-next_meanwhile = Μέχρι τότε, μπορείτε να αλλάξετε το όνομα και τον κωδικό πρόσβασής σας στο «Ο λογαριασμός μου».
pending-check = Νέος έλεγχος
pending-still = Ο λογαριασμός σας αναμένει ακόμη επικύρωση.
pending-count =
    { $count ->
        [one] { $count } αναμένει εποπτεία
       *[other] { $count } αναμένουν εποπτεία
    }

## forgot
forgot-title = Ξεχάσατε τον κωδικό πρόσβασης;
forgot-intro = Γράψτε τη διεύθυνση email του λογαριασμού σας. Θα στείλουμε έναν σύνδεσμο για να επιλέξετε νέο κωδικό πρόσβασης.
forgot-submit = Αποστολή συνδέσμου
forgot-sent = Αν υπάρχει λογαριασμός με αυτή τη διεύθυνση, ένας σύνδεσμος στάλθηκε σε αυτήν. Ο σύνδεσμος λειτουργεί μία φορά, για περιορισμένο χρόνο. Ελέγξτε και τον φάκελο ανεπιθύμητης αλληλογραφίας.
forgot-pupils = Μαθητές: δεν έχετε διεύθυνση email εδώ. Ζητήστε νέο κωδικό από τον εκπαιδευτικό σας.
forgot-back = Πίσω στη σύνδεση

## reset
reset-title = Επιλέξτε νέο κωδικό πρόσβασης
reset-intro = Η επιλογή νέου κωδικού πρόσβασης σας αποσυνδέει από όλες τις άλλες συσκευές.
reset-password = Νέος κωδικός πρόσβασης
reset-confirm = Ξανά ο νέος κωδικός πρόσβασης
reset-submit = Αποθήκευση του νέου κωδικού
reset-gone = Αυτός ο σύνδεσμος έχει λήξει ή έχει ήδη χρησιμοποιηθεί. Ζητήστε νέο.
reset-done = Ο κωδικός πρόσβασής σας άλλαξε. Συνδεθείτε με τον νέο.
reset-ask_again = Αίτηση νέου συνδέσμου

## account
account-title = Ο λογαριασμός μου
account-signed_in_with = Συνδέεστε με το { $email }.
account-name_heading = Το όνομά σας
account-name = Όνομα που βλέπουν οι άλλοι
account-save_name = Αποθήκευση ονόματος
account-name_saved = Το όνομά σας αποθηκεύτηκε.
account-pupil_note = Αυτό το όνομα το επέλεξε και το διαχειρίζεται ο εκπαιδευτικός σας. Ρωτήστε τον εκπαιδευτικό σας αν πρέπει να αλλάξει.
account-password_heading = Ο κωδικός πρόσβασής σας
account-password_intro = Η αλλαγή του σας αποσυνδέει από τις άλλες συσκευές σας· εδώ παραμένετε σε σύνδεση.
account-current_password = Τρέχων κωδικός πρόσβασης
account-new_password = Νέος κωδικός πρόσβασης
account-confirm_password = Ξανά ο νέος κωδικός πρόσβασης
account-save_password = Αλλαγή κωδικού πρόσβασης
account-password_saved = Ο κωδικός πρόσβασής σας άλλαξε.
account-current_wrong = Αυτός δεν είναι ο τρέχων κωδικός πρόσβασής σας.
account-everywhere_heading = Αποσύνδεση από παντού
account-everywhere_intro = Τερματίζει τη σύνδεσή σας σε κάθε συσκευή και πρόγραμμα περιήγησης, μαζί και σε αυτό: ένα χαμένο τηλέφωνο ή ένας κοινόχρηστος υπολογιστής δεν ανοίγει πια τον λογαριασμό σας.
account-everywhere = Αποσύνδεση από παντού…
account-everywhere_question = Αποσύνδεση από όλες τις συσκευές, μαζί και από αυτή; Οι ανοιχτές σελίδες κλείνουν αμέσως και ό,τι δεν έχει σταλεί ακόμη από αυτές χάνεται.
account-everywhere_confirm = Ναι, αποσύνδεση από παντού
account-everywhere_done = Αποσυνδεθήκατε από όλες τις συσκευές.
account-cancel = Ακύρωση

## admin
admin-nav = Κονσόλα επικύρωσης
admin-title = Κονσόλα εθνικού διαχειριστή
admin-country = Χώρα: { $country }
admin-only_national_admins = Αυτή η σελίδα είναι για τους εθνικούς διαχειριστές.
admin-pending_heading = Εκπαιδευτικοί που αναμένουν επικύρωση
admin-pending_count =
    { $count ->
        [one] { $count } εκπαιδευτικός αναμένει.
       *[other] { $count } εκπαιδευτικοί αναμένουν.
    }
admin-pending_none = Κανένας εκπαιδευτικός δεν αναμένει επικύρωση.
admin-select_all = Επιλογή όλων
admin-select_first = Επιλέξτε πρώτα τουλάχιστον έναν εκπαιδευτικό.
admin-validate_selected = Επικύρωση επιλεγμένων
admin-reject_selected = Απόρριψη επιλεγμένων…
admin-validated =
    { $count ->
        [one] Επικυρώθηκε { $count } εκπαιδευτικός.
       *[other] Επικυρώθηκαν { $count } εκπαιδευτικοί.
    }
admin-rejected =
    { $count ->
        [one] Απορρίφθηκε { $count } εγγραφή.
       *[other] Απορρίφθηκαν { $count } εγγραφές.
    }
admin-reject_question =
    { $count ->
        [one] Απόρριψη της εγγραφής: { $names }; Δεν θα είναι δυνατή η σύνδεση με αυτόν τον λογαριασμό και αυτό δεν αναιρείται.
       *[other] Απόρριψη αυτών των { $count } εγγραφών ({ $names }); Δεν θα είναι δυνατή η σύνδεση με αυτούς τους λογαριασμούς και αυτό δεν αναιρείται.
    }
admin-reject_reason = Λόγος απόρριψης
admin-reject_heading = Απόρριψη εγγραφών
admin-suspend_heading = Αναστολή λογαριασμού
admin-reinstate_heading = Επαναφορά λογαριασμού
admin-reject_reason_hint = Καταγράφεται στο αρχείο ελέγχου μαζί με το όνομά σας.
admin-reject_confirm =
    { $count ->
        [one] Απόρριψη { $count } εγγραφής
       *[other] Απόρριψη { $count } εγγραφών
    }
admin-failed_one = { $name }: { $why }
admin-school = Σχολείο: { $school }
admin-registered = Εγγραφή: { $date }
admin-search_heading = Εύρεση λογαριασμού
admin-search_label = Όνομα, διεύθυνση email ή σχολείο
admin-search_hint = Μόνο λογαριασμοί της χώρας σας. Αφήστε το κενό για να εμφανιστούν όλοι, με τους νεότερους πρώτους.
admin-search = Αναζήτηση
admin-showing = { $from }–{ $to } από { $total }
admin-no_match = Κανένας λογαριασμός δεν ταιριάζει.
admin-previous = Προηγούμενη σελίδα
admin-next = Επόμενη σελίδα
admin-suspend = Αναστολή…
admin-suspend_named = Αναστολή: { $name }…
admin-suspend_question = Αναστολή του λογαριασμού: { $name }; Ο λογαριασμός αποσυνδέεται αμέσως από παντού, οι ανοιχτές σελίδες του κλείνουν και δεν θα είναι δυνατή η σύνδεση μέχρι να τον επαναφέρετε.
admin-suspend_reason = Λόγος αναστολής
admin-suspend_confirm = Ναι, αναστολή
admin-suspend_done = Ο λογαριασμός τέθηκε σε αναστολή: { $name }.
admin-reinstate = Επαναφορά…
admin-reinstate_named = Επαναφορά: { $name }…
admin-reinstate_question = Επαναφορά του λογαριασμού: { $name }; Θα είναι ξανά δυνατή η σύνδεση.
admin-reinstate_reason = Λόγος (προαιρετικά)
admin-reinstate_confirm = Επαναφορά
admin-reinstate_done = Ο λογαριασμός επανήλθε: { $name }.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Για επιβεβαίωση, πληκτρολογήστε τον τίτλο του χώρου: { $text }

## status
status-active = ενεργός
status-pending = αναμένει επικύρωση
status-suspended = σε αναστολή
status-rejected = απορρίφθηκε
status-erased = διαγράφηκε

## names
names-marked = { $name } ({ $mark })

## members
members-username = όνομα χρήστη { $username }
members-role_of = Ρόλος: { $name }
members-change_role = Αλλαγή ρόλου
members-role_question = { $name }: αλλαγή ρόλου από «{ $from }» σε «{ $to }»;
members-role_consequence = Από τώρα { $name } μπορεί να κάνει ό,τι επιτρέπει ο ρόλος «{ $to }», σε όλες τις συσκευές αμέσως.
members-role_confirm = Αλλαγή του ρόλου
members-role_changed = { $name } έχει πλέον τον ρόλο «{ $role }».
members-reset_code = Νέος κωδικός
members-reset_question = { $name }: νέος κωδικός σύνδεσης;
members-reset_consequence = Ο παλιός κωδικός σταματά να λειτουργεί αμέσως και ο λογαριασμός του μαθητή αποσυνδέεται από παντού. Εσείς δίνετε τη νέα κάρτα.
members-reset_confirm = Δημιουργία νέου κωδικού
members-reset_done = { $name } έχει νέο κωδικό: δώστε τη νέα κάρτα παρακάτω.
members-export = Εξαγωγή δεδομένων
members-remove = Αφαίρεση
members-remove_question = Αφαίρεση από αυτόν τον χώρο: { $name };
members-remove_consequence = { $name } χάνει αμέσως την πρόσβαση σε αυτόν τον χώρο, σε όλες τις συσκευές.
members-remove_pupil_kept = Ο λογαριασμός, οι αναρτήσεις και τα αρχεία του μαθητή παραμένουν· μπορείτε να τον προσθέσετε ξανά αργότερα.
members-remove_kept = Οι αναρτήσεις και τα αρχεία αυτού του μέλους παραμένουν στον χώρο.
members-remove_confirm = Αφαίρεση
members-removed = { $name } δεν είναι πλέον μέλος του χώρου.
members-erase = Διαγραφή λογαριασμού
members-leave = Αποχώρηση από αυτόν τον χώρο
members-leave_question = Αποχώρηση από το «{ $title }»;
members-leave_consequence = Χάνετε αμέσως την πρόσβαση στα φόρουμ, τα αρχεία, τη συνομιλία και τα βίντεό του. Μόνο ένας εκπαιδευτικός διαχειριστής μπορεί να σας επαναφέρει.
members-leave_kept = Ό,τι γράψατε και ανεβάσατε παραμένει στον χώρο.
members-leave_confirm = Αποχώρηση από τον χώρο
members-left = Αποχωρήσατε από το «{ $title }».

## erase
erase-question = Διαγραφή του λογαριασμού: { $name };
erase-account_gone = Το όνομα, το όνομα χρήστη και ο κωδικός του μαθητή διαγράφονται οριστικά.
erase-signed_out = Ο λογαριασμός του μαθητή αποσυνδέεται αμέσως και δεν θα μπορεί ποτέ ξανά να συνδεθεί.
erase-no_undo = Αυτό δεν αναιρείται.
erase-export_first = Αν ο μαθητής ή η οικογένεια ίσως θέλουν αντίγραφο, κάντε πρώτα εξαγωγή των δεδομένων.
erase-posts = Οι αναρτήσεις και τα μηνύματα συνομιλίας του μαθητή
erase-posts_keep = Διατήρηση, με την ένδειξη «πρώην μαθητής»
erase-posts_remove = Οριστική αφαίρεση
erase-files = Τα αρχεία του μαθητή
erase-files_keep = Διατήρηση, με κάτοχο «πρώην μαθητής»
erase-files_remove = Οριστική αφαίρεση
erase-confirm = Διαγραφή του λογαριασμού
erase-done = Ο λογαριασμός διαγράφηκε: { $name }.

## invite_teacher
invite_teacher-title = Πρόσκληση συνεργάτη εκπαιδευτικού
invite_teacher-by_email = Με διεύθυνση email
invite_teacher-role = Ρόλος
invite_teacher-submit = Πρόσκληση
invite_teacher-done = { $name } συμμετέχει πλέον με τον ρόλο «{ $role }».
invite_teacher-not_etwinner = Κανένας επικυρωμένος eTwinner δεν έχει αυτή τη διεύθυνση ή δεν μπορείτε να δώσετε αυτόν τον ρόλο.
invite_teacher-find = Εύρεση eTwinner
invite_teacher-query = Όνομα, σχολείο ή χώρα
invite_teacher-search = Αναζήτηση
invite_teacher-results = eTwinners που βρέθηκαν
invite_teacher-none = Δεν βρέθηκε eTwinner.
invite_teacher-more = Περισσότερα αποτελέσματα
invite_teacher-member = Μέλος αυτού του χώρου
invite_teacher-invite = Πρόσκληση
invite_teacher-role_for = Ρόλος: { $name }

## pupils
pupils-title = Προσθήκη μαθητών
pupils-one_title = Ένας μαθητής
pupils-name = Όνομα του μαθητή
pupils-add_one = Προσθήκη του μαθητή
pupils-class_title = Ολόκληρη τάξη
pupils-class_names = Ονόματα των μαθητών
pupils-class_help = Ένα όνομα ανά γραμμή, όπως θα βλέπουν οι άλλοι τους μαθητές.
pupils-add_class = Προσθήκη της τάξης
pupils-class_empty = Γράψτε τουλάχιστον ένα όνομα.
pupils-language = Γλώσσα της σελίδας για αυτούς τους μαθητές
pupils-language_help = Μετά τη σύνδεση βλέπουν το TwinSpace Live σε αυτή τη γλώσσα. Κάθε μαθητής μπορεί να την αλλάξει αργότερα.
pupils-line_errors = Γραμμές προς διόρθωση
pupils-line_error = Γραμμή { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } γραμμή χρειάζεται διόρθωση· δεν δημιουργήθηκε τίποτα.
       *[other] { $count } γραμμές χρειάζονται διόρθωση· δεν δημιουργήθηκε τίποτα.
    }
pupils-created =
    { $count ->
        [one] Προστέθηκε { $count } μαθητής.
       *[other] Προστέθηκαν { $count } μαθητές.
    }

## cards
cards-title = Κάρτες σύνδεσης
cards-once = Αυτοί οι κωδικοί εμφανίζονται μόνο τώρα. Εκτυπώστε τις κάρτες ή σημειώστε τους κωδικούς πριν φύγετε από αυτή τη σελίδα.
cards-site = Σύνδεση στο
cards-print = Εκτύπωση των καρτών
cards-done = Τέλος: απόκρυψη των κωδικών

## links
links-tab = Σύνδεσμοι επισκεπτών
links-intro = Ένας σύνδεσμος επισκέπτη επιτρέπει σε έναν ειδικό ή έναν παρατηρητή να συμμετάσχει σε αυτό το TwinSpace ως επισκέπτης. Όποιος έχει τον σύνδεσμο μπορεί να τον χρησιμοποιήσει, μέχρι να λήξει ή να εξαντληθεί.
links-create_title = Νέος σύνδεσμος επισκέπτη
links-valid_for = Ισχύει για
links-days =
    { $count ->
        [one] { $count } ημέρα
       *[other] { $count } ημέρες
    }
links-uses = Αριθμός χρήσεων
links-note = Σημείωση (για ποιον είναι)
links-create = Δημιουργία του συνδέσμου
links-new = Ο νέος σύνδεσμος
links-once = Αντιγράψτε τον τώρα: εμφανίζεται μόνο μία φορά.
links-copy = Αντιγραφή
links-copied = Ο σύνδεσμος αντιγράφηκε.
links-select_copy = Ο σύνδεσμος επιλέχθηκε: πατήστε Ctrl+C (⌘+C) για να τον αντιγράψετε.
links-live = Ενεργοί σύνδεσμοι
links-empty = Δεν υπάρχει ενεργός σύνδεσμος επισκέπτη.
links-untitled = Σύνδεσμος επισκέπτη
links-used =
    { $count ->
        [one] χρήσεις: { $used } από { $count }
       *[other] χρήσεις: { $used } από { $count }
    }
links-until = έως { $time }
links-revoke = Ανάκληση
links-revoke_question = Ανάκληση αυτού του συνδέσμου επισκέπτη;
links-revoke_consequence = Κανείς δεν θα μπορεί πλέον να συμμετάσχει με αυτόν.
links-revoke_kept = Οι επισκέπτες που συμμετέχουν ήδη μέσω αυτού παραμένουν μέλη.
links-revoked = Ο σύνδεσμος ανακλήθηκε.

## settings
settings-tab = Ρυθμίσεις
settings-space = Ο χώρος
settings-pupils = Μαθητές
settings-premoderate_pupils = Οι αναρτήσεις των μαθητών περιμένουν έγκριση από εκπαιδευτικό
settings-pupils_may_create_threads = Οι μαθητές μπορούν να ξεκινούν συζητήσεις
settings-pupils_may_upload = Οι μαθητές μπορούν να ανεβάζουν αρχεία
settings-save = Αποθήκευση
settings-saved = Οι ρυθμίσεις αποθηκεύτηκαν.
settings-archive_title = Αρχειοθέτηση
settings-archive_text = Ένας αρχειοθετημένος χώρος παραμένει αναγνώσιμος από τα μέλη του, αλλά κανείς δεν μπορεί να δημοσιεύσει, να ανεβάσει αρχεία ή να ξεκινήσει συνεδρία βίντεο.
settings-archive = Αρχειοθέτηση αυτού του χώρου
settings-archive_question = Αρχειοθέτηση του «{ $title }»;
settings-archive_read_only = Κανείς δεν μπορεί πλέον να δημοσιεύσει, να ανεβάσει ή να αλλάξει οτιδήποτε.
settings-archive_video = Οι συνεδρίες βίντεο που είναι σε εξέλιξη τελειώνουν αμέσως.
settings-archive_undo = Ένας ιδρυτής μπορεί αργότερα να ανοίξει ξανά τον χώρο.
settings-archive_confirm = Αρχειοθέτηση
settings-archived_title = Αυτός ο χώρος είναι αρχειοθετημένος
settings-archived_text = Είναι μόνο για ανάγνωση. Ανοίξτε τον ξανά για να μπορούν τα μέλη να δημοσιεύουν και να ανεβάζουν αρχεία.
settings-unarchive = Άνοιγμα ξανά
settings-unarchive_question = Άνοιγμα ξανά του «{ $title }»;
settings-unarchive_consequence = Τα μέλη μπορούν ξανά να δημοσιεύουν, να ανεβάζουν αρχεία και να ξεκινούν συνεδρίες βίντεο.
settings-delete_title = Διαγραφή του χώρου
settings-delete_text = Η διαγραφή αφαιρεί οριστικά τον χώρο και ό,τι περιέχει.
settings-delete = Διαγραφή αυτού του χώρου
settings-delete_question = Οριστική διαγραφή του «{ $title }»;
settings-delete_content = Διαγράφονται όλες οι συζητήσεις του φόρουμ, τα μηνύματα συνομιλίας και τα αρχεία, με όλες τις εκδόσεις τους.
settings-delete_members = Όλα τα μέλη χάνουν τον χώρο· οι λογαριασμοί μαθητών παραμένουν μόνο στους άλλους χώρους τους.
settings-delete_video = Οι συνεδρίες βίντεο που είναι σε εξέλιξη τελειώνουν αμέσως.
settings-delete_no_undo = Διαγράφεται και το αρχείο ελέγχου. Αυτό δεν αναιρείται.
settings-delete_confirm = Οριστική διαγραφή
settings-deleted = Ο χώρος «{ $title }» διαγράφηκε.

## audit
audit-tab = Αρχείο ελέγχου
audit-caption = Τι έγινε σε αυτόν τον χώρο, με τα νεότερα πρώτα
audit-when = Πότε
audit-who = Ποιος
audit-what = Τι
audit-empty = Δεν έχει καταγραφεί τίποτα ακόμη.
audit-older = Εμφάνιση παλαιότερων καταχωρίσεων
audit-system = Ο διακομιστής
audit-former_member = Πρώην μέλος
audit-former_member_target = πρώην μέλος
audit-reason = Λόγος: { $reason }
audit-other = Ενέργεια «{ $action }» { $target }
audit-space-created = Δημιούργησε τον χώρο
audit-space-settings_changed = Άλλαξε τις ρυθμίσεις του χώρου
audit-space-archived = Αρχειοθέτησε τον χώρο
audit-space-unarchived = Άνοιξε ξανά τον χώρο
audit-member-invited = Πρόσκληση: { $target }, με ρόλο «{ $role }»
audit-member-role_changed = Αλλαγή ρόλου: { $target }, από «{ $from }» σε «{ $role }»
audit-member-removed = Αφαίρεση: { $target }
audit-member-left = Αποχώρησε από τον χώρο
audit-member-muted = Σίγαση: { $target }
audit-member-unmuted = Τέλος σίγασης: { $target }
audit-pupil-created = Δημιουργία μαθητή: { $target }
audit-pupil-added = Προσθήκη μαθητή: { $target }
audit-pupil-code_reset = Νέος κωδικός σύνδεσης: { $target }
audit-pupil-exported = Εξαγωγή δεδομένων: { $target }
audit-pupil-erased = Διέγραψε τον λογαριασμό ενός μαθητή
audit-invitation-created = Δημιούργησε σύνδεσμο επισκέπτη
audit-invitation-revoked = Ανακάλεσε σύνδεσμο επισκέπτη
audit-invitation-accepted = Συμμετείχε μέσω συνδέσμου επισκέπτη
audit-video-started = Ξεκίνησε συνεδρία βίντεο
audit-video-ended = Τερμάτισε συνεδρία βίντεο
audit-video-locked = Κλείδωσε συνεδρία βίντεο
audit-video-unlocked = Ξεκλείδωσε συνεδρία βίντεο
audit-video-admitted = Είσοδος σε συνεδρία βίντεο: { $target }
audit-video-denied = Άρνηση εισόδου σε συνεδρία βίντεο: { $target }
audit-video-muted = Σίγαση σε συνεδρία βίντεο: { $target }
audit-video-unmuted = Άδεια ομιλίας ξανά σε συνεδρία βίντεο: { $target }
audit-video-removed = Αφαίρεση από συνεδρία βίντεο: { $target }
audit-video-spotlight = Άλλαξε το πρόσωπο που προβάλλεται σε συνεδρία βίντεο
audit-post-hidden = Έκρυψε μια ανάρτηση
audit-post-restored = Επανέφερε μια ανάρτηση
audit-post-approved = Ενέκρινε μια ανάρτηση
audit-post-rejected = Απέρριψε μια ανάρτηση
audit-post-purged = Αφαίρεσε οριστικά μια ανάρτηση
audit-post-reported = Ανέφερε μια ανάρτηση
audit-report-resolved = Έκλεισε μια αναφορά
audit-thread-pinned = Καρφίτσωσε μια συζήτηση
audit-thread-unpinned = Ξεκαρφίτσωσε μια συζήτηση
audit-thread-locked = Κλείδωσε μια συζήτηση
audit-thread-unlocked = Ξεκλείδωσε μια συζήτηση
audit-archive-folder_created = Δημιούργησε έναν φάκελο
audit-archive-folder_renamed = Μετονόμασε έναν φάκελο
audit-archive-folder_moved = Μετακίνησε έναν φάκελο
audit-archive-folder_trashed = Έβαλε έναν φάκελο στον κάδο
audit-archive-folder_restored = Έβγαλε έναν φάκελο από τον κάδο
audit-archive-folder_purged = Αφαίρεσε οριστικά έναν φάκελο
audit-archive-file_added = Πρόσθεσε ένα αρχείο
audit-archive-file_version_added = Πρόσθεσε μια έκδοση αρχείου
audit-archive-file_renamed = Μετονόμασε ένα αρχείο
audit-archive-file_moved = Μετακίνησε ένα αρχείο
audit-archive-file_trashed = Έβαλε ένα αρχείο στον κάδο
audit-archive-file_restored = Έβγαλε ένα αρχείο από τον κάδο
audit-archive-file_purged = Αφαίρεσε οριστικά ένα αρχείο
audit-chat-expired = Αφαίρεσε μηνύματα συνομιλίας που είχαν λήξει
audit-audit-retention_changed = Άλλαξε πόσο καιρό το αρχείο ελέγχου κρατά τις καταχωρίσεις
audit-group-joined = Εγγραφή στην ομάδα
audit-group-requested = Αίτημα εγγραφής στην ομάδα
audit-group-request_accepted = Αποδοχή αιτήματος: { $target }
audit-group-request_declined = Απόρριψη αιτήματος: { $target }
audit-group-request_withdrawn = Απόσυρση αιτήματος εγγραφής
audit-member-banned = Αποκλεισμός: { $target }
audit-member-unbanned = Άρση αποκλεισμού: { $target }
audit-group-featured = Προβολή της ομάδας
audit-group-unfeatured = Τέλος προβολής της ομάδας
audit-group-moderator_appointed = Ανάθεση συντονισμού: { $target }

## group_role
group_role-founder = Κάτοχος
group_role-admin = Συντονισμός
group_role-teacher = Μέλος

## readers
readers-title = Διαβάζουν τώρα
readers-more =
    { $count ->
        [one] και { $count } ακόμη άτομο
       *[other] και { $count } ακόμη άτομα
    }

## groups
groups-nav = Ομάδες
groups-title = Ομάδες eTwinning
groups-intro = Κοινότητες eTwinners γύρω από ένα μάθημα, ένα θέμα ή ένα πεδίο ενδιαφέροντος. Συμμετέχουν μόνο επικυρωμένοι eTwinners.
groups-search = Εύρεση ομάδας
groups-words = Λέξεις του τίτλου
groups-topic = Θέμα
groups-language = Γλώσσα
groups-language_any = Όλες οι γλώσσες
groups-language_choose = Επιλέξτε γλώσσα
groups-country = Χώρα ενός μέλους
groups-country_any = Όλες οι χώρες
groups-search_submit = Αναζήτηση
groups-found = Ομάδες
groups-empty = Καμία ομάδα δεν ταιριάζει με αυτήν την αναζήτηση.
groups-more = Εμφάνιση περισσότερων ομάδων
groups-featured = Προβεβλημένη
groups-topic_is = Θέμα: { $topic }
groups-members =
    { $count ->
        [one] { $count } μέλος
       *[other] { $count } μέλη
    }
groups-access_short-open = Ανοιχτή
groups-access_short-closed = Κλειστή
groups-standing-member = Είστε μέλος. Ο ρόλος σας: { $role }
groups-standing-requested = Ζητήσατε να γίνετε μέλος αυτής της ομάδας.
groups-standing-banned = Η ομάδα συντονισμού αυτής της ομάδας δεν σας επιτρέπει να γίνετε μέλος.
groups-join = Εγγραφή
groups-ask = Αίτημα εγγραφής
groups-ask_message = Ένα μήνυμα για την ομάδα συντονισμού (προαιρετικό)
groups-withdraw = Απόσυρση του αιτήματός μου
groups-open_group = Άνοιγμα της ομάδας
groups-joined = Είστε πλέον μέλος της ομάδας «{ $title }».
groups-asked = Το αίτημά σας για την ομάδα «{ $title }» στάλθηκε στην ομάδα συντονισμού.
groups-withdrawn = Το αίτημά σας για την ομάδα «{ $title }» αποσύρθηκε.
groups-waiting = Η ομάδα συντονισμού θα απαντήσει στο αίτημά σας. Η σελίδα δείχνει την απάντηση μόλις φτάσει.
groups-accepted = Το αίτημά σας έγινε δεκτό: καλώς ήρθατε στην ομάδα «{ $title }».
groups-not_accepted = Το αίτημά σας δεν έγινε δεκτό. Μπορείτε να το ζητήσετε ξανά.
groups-back = Πίσω στις ομάδες
groups-create = Δημιουργία ομάδας
groups-group_title = Τίτλος
groups-description = Περιγραφή (προαιρετική)
groups-access = Ποιος μπορεί να γίνει μέλος
groups-access-open = Ανοιχτή: κάθε eTwinner γίνεται μέλος αμέσως
groups-access-closed = Κλειστή: η ομάδα συντονισμού εγκρίνει κάθε αίτημα
groups-create_submit = Δημιουργία της ομάδας
groups-created = Η ομάδα «{ $title }» δημιουργήθηκε.
groups-members_search = Εύρεση μέλους
groups-members_more = Εμφάνιση περισσότερων μελών
groups-leave = Αποχώρηση από την ομάδα
groups-leave_consequence = Χάνετε αμέσως την πρόσβαση στο φόρουμ, στα αρχεία, στη συνομιλία και στο βίντεο της ομάδας.
groups-leave_kept = Ό,τι γράψατε και ανεβάσατε μένει στην ομάδα. Μπορείτε να επιστρέψετε από τον κατάλογο ομάδων.
groups-leave_confirm = Αποχώρηση
groups-requests = Αιτήματα εγγραφής
groups-requests_empty = Κανείς δεν περιμένει.
groups-accept = Αποδοχή
groups-decline = Απόρριψη
groups-accepted_member = { $name } είναι πλέον μέλος.
groups-declined = Απορρίφθηκε το αίτημα: { $name }.
groups-ban = Αποκλεισμός
groups-ban_question = Αποκλεισμός από την ομάδα: { $name };
groups-ban_consequence = { $name } αποχωρεί αμέσως από την ομάδα και δεν μπορεί να επιστρέψει ούτε να το ζητήσει.
groups-ban_kept = Οι αναρτήσεις και τα αρχεία μένουν στην ομάδα. Μπορείτε να άρετε τον αποκλεισμό αργότερα.
groups-ban_reason = Αιτία (προαιρετική, καταγράφεται στο αρχείο)
groups-ban_confirm = Αποκλεισμός
groups-banned = Αποκλεισμός: { $name }.
groups-bans = Αποκλεισμένοι eTwinners
groups-bans_empty = Κανένας αποκλεισμός.
groups-lift = Άρση αποκλεισμού
groups-lifted = { $name } μπορεί ξανά να γίνει μέλος.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Επιλέξτε νέο κωδικό πρόσβασης για το TwinSpace Live
mail-reset_body =
    Γεια σας, { $name },

    Κάποιος, πιθανότατα εσείς, ζήτησε να επιλέξει νέο κωδικό πρόσβασης για τον λογαριασμό σας στο TwinSpace Live.
    Ανοίξτε αυτόν τον σύνδεσμο για να τον επιλέξετε (λειτουργεί μία φορά, για { $minutes } λεπτά):

    { $link }

    Η επιλογή νέου κωδικού πρόσβασης σας αποσυνδέει από οπουδήποτε αλλού.
    Αν δεν το ζητήσατε εσείς, αγνοήστε αυτό το μήνυμα: ο κωδικός πρόσβασής σας μένει ίδιος.

    TwinSpace Live

## events (issue 22)
events-nav = Εκδηλώσεις
events-title = Επερχόμενες εκδηλώσεις
events-empty = Δεν υπάρχουν ακόμη επερχόμενες εκδηλώσεις για εσάς.
events-more = Εμφάνιση περισσότερων εκδηλώσεων
events-schedule = Προγραμματισμός εκδήλωσης
events-zone = Οι ώρες εμφανίζονται στη ζώνη ώρας σας: { $zone }
events-audience-etwinners = Όλα τα μέλη του eTwinning
events-audience-country = Τα μέλη του eTwinning αυτής της χώρας: { $country }
events-audience-group = Τα μέλη μιας ομάδας
events-audience-twinspace = Τα μέλη ενός TwinSpace
events-organising = Οργανώνετε αυτή την εκδήλωση.
events-registered = Η εγγραφή σας καταχωρίστηκε.
events-waiting = Βρίσκεστε στη λίστα αναμονής (θέση { $position }).
events-state-live = Ζωντανά τώρα
events-state-ended = Αυτή η εκδήλωση έχει τελειώσει.
events-state-cancelled = Αυτή η εκδήλωση ακυρώθηκε.
events-places = Κατειλημμένες θέσεις: { $taken } από { $capacity }
event_form-new_title = Προγραμματισμός εκδήλωσης
event_form-edit_title = Αλλαγή της εκδήλωσης
event_form-title = Τίτλος
event_form-description = Περιγραφή
event_form-date = Ημερομηνία
event_form-time = Ώρα έναρξης
event_form-duration = Διάρκεια σε λεπτά
event_form-space = Ομάδα ή TwinSpace
event_form-speakers_hint = Επιλέξτε ανάμεσα στο εκπαιδευτικό προσωπικό των ομάδων και των TwinSpace σας.
event_form-no_speakers = Δεν υπάρχει ακόμη κανείς για επιλογή.
event_form-create = Προγραμματισμός της εκδήλωσης
event_form-save = Αποθήκευση αλλαγών
event_form-created = Η εκδήλωση «{ $title }» προγραμματίστηκε.
event_form-saved = Οι αλλαγές στην εκδήλωση «{ $title }» αποθηκεύτηκαν.
event_form-start_past = Επιλέξτε έναρξη στο μέλλον.
event-title = Εκδήλωση
event-back = Όλες οι εκδηλώσεις
event-when = Πότε
event-language = Γλώσσα
event-audience = Ποιος μπορεί να εγγραφεί
event-organiser = Οργάνωση
event-speakers = Ομιλητές και ομιλήτριες
event-places = Θέσεις
event-no_speakers = Δεν έχουν οριστεί ακόμη ομιλίες.
event-waiting_count = Σε αναμονή: { $waiting }
event-registration = Η θέση σας
event-speaking = Μιλάτε σε αυτή την εκδήλωση.
event-full = Όλες οι θέσεις είναι κατειλημμένες: αν εγγραφείτε, μπαίνετε στη λίστα αναμονής.
event-register = Εγγραφή
event-unregister = Παραχώρηση της θέσης μου
event-leave_waiting = Αποχώρηση από τη λίστα αναμονής
event-unregister_confirm_title = Αποχώρηση από «{ $title }»;
event-unregister_confirm = Η σειρά σας πηγαίνει στο επόμενο άτομο της λίστας αναμονής. Αν εγγραφείτε ξανά, ίσως χρειαστεί να περιμένετε.
event-unregistered = Η εγγραφή σας ακυρώθηκε.
event-calendar = Προσθήκη στο ημερολόγιό μου (.ics)
event-organiser_tools = Για την οργάνωση
event-edit = Αλλαγή της εκδήλωσης
event-cancel = Ακύρωση της εκδήλωσης
event-keep = Διατήρηση της εκδήλωσης
event-cancel_confirm_title = Ακύρωση της εκδήλωσης «{ $title }»;
event-cancel_confirm_lost = Κανείς δεν θα μπορεί πλέον να εγγραφεί και όλοι θα βλέπουν ότι ακυρώθηκε. Αυτό δεν αναιρείται. Οι εγγραφές και οι ερωτήσεις διατηρούνται.
event-cancelled = Η εκδήλωση ακυρώθηκε.
event-registrants = Εγγραφές
event-waiting_list = Λίστα αναμονής
event-nobody = Κανείς ακόμη.
event-attendance = Παρουσία
event-attendance_hint = Ποιος παρακολούθησε τη σελίδα της εκδήλωσης όσο ήταν ζωντανά, και για πόσο.
event-attendance_none = Κανείς δεν παρακολούθησε την εκδήλωση ζωντανά.
event-minutes = { $minutes } λεπ.
qa-title = Ερωτήσεις και απαντήσεις
qa-empty = Δεν υπάρχουν ακόμη ερωτήσεις.
qa-closed = Οι ερωτήσεις έκλεισαν: η εκδήλωση τελείωσε.
qa-need_place = Εγγραφείτε για να κάνετε μια ερώτηση ή να υποστηρίξετε μία.
qa-your_question = Η ερώτησή σας
qa-ask = Ρωτήστε
qa-asked = Η ερώτησή σας στάλθηκε.
qa-upvote = Υποστήριξη
qa-upvoted = Υποστηρίχθηκε
qa-votes = Ψήφοι: { $votes }
qa-by = Ερώτηση από: { $name }
qa-by_gone = Ερώτηση από διαγραμμένο λογαριασμό
qa-answer = Απάντηση: { $answer }
qa-state-picked = Απαντάται τώρα
qa-state-answered = Απαντήθηκε
qa-state-hidden = Κρυφή
qa-pick = Επιλογή
qa-unpick = Επιστροφή στη λίστα
qa-hide = Απόκρυψη
qa-restore = Επαναφορά
qa-answer_label = Γραπτή απάντηση (προαιρετική)
qa-mark_answered = Σήμανση ως απαντημένη
qa-gone = Δεν μπορείτε πλέον να παρακολουθείτε αυτές τις ερωτήσεις.
audit-event-created = Προγραμμάτισε την εκδήλωση «{ $title }»
audit-event-updated = Άλλαξε την εκδήλωση «{ $title }»
audit-event-cancelled = Ακύρωσε την εκδήλωση «{ $title }»
audit-event-question_moderated = Επόπτευσε μια ερώτηση της εκδήλωσης «{ $title }»

## the live webinar (issue 22)
live-title = Ζωντανό βίντεο
live-not_started = Το ζωντανό βίντεο δεν έχει ξεκινήσει ακόμη.
live-ended = Το ζωντανό βίντεο τελείωσε.
live-connecting = Σύνδεση με το ζωντανό βίντεο…
live-need_place = Μόνο όσοι έχουν θέση μπορούν να δουν το ζωντανό βίντεο.
live-watching_you = Παρακολουθείτε το ζωντανό βίντεο.
live-on_air = Είστε σε ζωντανή μετάδοση: όλοι σας βλέπουν και σας ακούν.
live-recording = Αυτή η εκδήλωση καταγράφεται.
live-speaking = Μιλά: { $names }
live-nobody_speaking = Δεν μιλά κανείς ακόμη.
live-watching = Παρακολουθούν: { $watching }
live-start = Έναρξη ζωντανού βίντεο
live-end = Τέλος ζωντανού βίντεο
live-end_confirm_title = Τέλος του ζωντανού βίντεο της εκδήλωσης «{ $title }»;
live-end_confirm_lost = Το βίντεο σταματά για όλους, ομιλητές και κοινό. Μπορείτε να το ξεκινήσετε ξανά όσο διαρκεί η εκδήλωση· οι ερωτήσεις διατηρούνται.
live-go_live = Ζωντανή μετάδοση
live-stop = Διακοπή του βίντεό μου
live-hand_raised = Το χέρι σας είναι σηκωμένο: ένας συντονιστής μπορεί να σας καλέσει να μιλήσετε.
live-invited = Σας καλούν να μιλήσετε: ξεκινήστε τη μετάδοση όταν είστε έτοιμοι.
live-returned = Επιστρέψατε στο κοινό.
live-hands = Σηκωμένα χέρια
live-no_hands = Κανένα χέρι δεν είναι σηκωμένο.
live-promote = Πρόσκληση του/της { $name } να μιλήσει
live-return = Επιστροφή του/της { $name } στο κοινό
live-record_start = Έναρξη καταγραφής
live-record_stop = Διακοπή καταγραφής

## the event's recordings and seat (issue 22)
event-moved_up = Έχετε πλέον θέση: μετακινηθήκατε από τη λίστα αναμονής.
live-off_stage_returned = Ένας συντονιστής σάς επέστρεψε στο κοινό.
live-off_stage_muted = Σας έγινε σίγαση σε αυτόν τον χώρο: είστε ξανά στο κοινό.
live-off_stage_removed = Δεν είστε πλέον μέλος αυτού του χώρου: είστε ξανά στο κοινό.
live-off_stage_unnamed = Δεν είστε πλέον ομιλητής αυτής της εκδήλωσης: είστε ξανά στο κοινό.
recordings-title = Εγγραφές
recordings-processing = Μια εγγραφή επεξεργάζεται: θα εμφανιστεί εδώ μόλις είναι έτοιμη.
recordings-take = Καταγράφηκε { $when } · { $length }
recordings-video = Βίντεο: { $speaker }
recordings-audio = Ήχος: { $speaker }
recordings-former_speaker = πρώην ομιλητής
