### TwinSpace Live: die Wörter der Seite auf Deutsch
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Deutsch

## app
app-name = TwinSpace Live
app-skip = Zum Inhalt springen
app-nav = Hauptmenü
app-language = Sprache
app-sign_out = Abmelden
app-signed_in_as = Angemeldet: { $name }
app-loading = Wird geladen…

## conn
conn-lost = Verbindung unterbrochen. Neue Verbindung wird aufgebaut…
conn-back = Wieder verbunden.
conn-failed = Die Live-Verbindung wurde beendet. Laden Sie die Seite neu, um es noch einmal zu versuchen.
conn-session_ended = Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.
conn-account_locked = Dieses Konto kann nicht mehr verwendet werden. Melden Sie sich erneut an, um den Grund zu erfahren.
# Why the server closed the live connection: `conn-closed-<reason>`, one per reason code it sends
# (protocol/close_codes.py, CloseReason).
conn-closed-auth_missing = Die Live-Verbindung hat Ihre Anmeldung nicht rechtzeitig erhalten. Laden Sie die Seite neu.
conn-closed-session_invalid = Ihre Sitzung ist nicht mehr gültig. Bitte melden Sie sich erneut an.
conn-closed-session_expired = Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.
conn-closed-signed_out = Sie wurden abgemeldet. Bitte melden Sie sich erneut an.
conn-closed-account_locked = Dieses Konto kann nicht mehr verwendet werden. Melden Sie sich erneut an, um den Grund zu erfahren.
conn-closed-too_many_connections = Mit diesem Konto sind zu viele Seiten gleichzeitig geöffnet. Schließen Sie einige Tabs und laden Sie dann diese Seite neu.
conn-closed-too_many_messages = Diese Seite hat zu viel in zu kurzer Zeit gesendet. Warten Sie einen Moment und laden Sie sie dann neu.
conn-closed-frame_too_large = Diese Seite hat etwas zu Großes gesendet. Laden Sie die Seite neu und versuchen Sie es noch einmal.
conn-closed-idle_timeout = Über die Live-Verbindung kam zu lange nichts, deshalb wurde sie beendet. Neue Verbindung wird aufgebaut…
conn-closed-slow_consumer = Die Live-Verbindung kam nicht mehr hinterher. Neue Verbindung wird aufgebaut…
conn-closed-server_restarting = Der Server startet neu. Gleich wird eine neue Verbindung aufgebaut…
conn-closed-server_shutting_down = Der Server, mit dem Sie verbunden waren, wird angehalten. Neue Verbindung wird aufgebaut…
conn-closed-unavailable = Der Server ist ausgelastet. Gleich wird eine neue Verbindung aufgebaut…
conn-closed-internal = Auf dem Server ist etwas schiefgegangen. Gleich wird eine neue Verbindung aufgebaut…

## login
login-title = Anmelden
login-intro = Lehrkräfte und Gäste melden sich mit ihrer E-Mail-Adresse an. Schülerinnen und Schüler verwenden den Benutzernamen und den Code, die sie von ihrer Lehrkraft bekommen haben.
login-teacher = Lehrkräfte und Gäste
login-pupil = Schülerinnen und Schüler
login-email = E-Mail-Adresse
login-password = Passwort
login-username = Benutzername
login-code = Code
login-submit = Anmelden
login-pupil_submit = Als Schüler/in anmelden
login-forgot = Passwort vergessen?
login-register = Noch kein Konto? eTwinner-Konto erstellen
login-pupil_forgot = Code vergessen? Bitten Sie Ihre Lehrkraft um einen neuen.

## invite
invite-title = Einem TwinSpace als Gast beitreten
invite-intro = Sie wurden in einen TwinSpace eingeladen. Wählen Sie, unter welchem Namen andere Sie sehen, und legen Sie ein Passwort fest.
invite-display_name = Ihr Name
invite-submit = Einladung annehmen
invite-checking = Ihre Einladung wird geprüft…
invite-for_space = Sie sind zu „{ $title }“ eingeladen.
invite-unknown = Dieser Einladungslink ist unbekannt. Prüfen Sie, ob Sie ihn vollständig kopiert haben, oder bitten Sie die Lehrkraft, die ihn geschickt hat, um einen neuen.
invite-expired = Dieser Einladungslink ist abgelaufen. Bitten Sie die Lehrkraft, die ihn geschickt hat, um einen neuen.
invite-used_up = Dieser Einladungslink wurde so oft verwendet, wie er erlaubt. Bitten Sie die Lehrkraft, die ihn geschickt hat, um einen neuen.
invite-revoked = Dieser Einladungslink wurde von einer Lehrkraft zurückgezogen.
invite-closed = Der Bereich dieser Einladung ist geschlossen.

## spaces
spaces-title = Meine Bereiche
spaces-empty = Sie sind noch in keinem Bereich Mitglied.
spaces-create = Bereich erstellen
spaces-kind = Art
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Raum
spaces-kind-group = Gruppe
spaces-space_title = Titel
spaces-description = Beschreibung (optional)
spaces-create_submit = Erstellen
spaces-created = Bereich „{ $title }“ erstellt.
spaces-my_role = Ihre Rolle: { $role }
spaces-archived = archiviert

## space
space-back = Zurück zu meinen Bereichen
space-sections = Abschnitte dieses Bereichs
space-members = Mitglieder
space-online_count =
    { $count ->
        [one] { $count } online
       *[other] { $count } online
    }
space-online = online
space-offline = offline
space-you = (Sie)
space-refreshed = Die Liste wurde aktualisiert.
space-gone = Dieser Bereich steht Ihnen nicht mehr zur Verfügung.

## chat
chat-title = Chat
chat-empty = Noch keine Nachrichten.
chat-message = Nachricht
chat-send = Senden
chat-pending = (wartet auf eine Lehrkraft)
chat-typing = { $name } schreibt…
chat-teachers_tab = Lehrkräfte-Pinnwand
chat-teachers_title = Lehrkräfte-Pinnwand
chat-session_title = Chat der Sitzung
chat-older = Ältere Nachrichten anzeigen
chat-new_messages = Neue Nachrichten
chat-mention_list = Mitglieder zum Erwähnen
chat-mention_hint = Tippen Sie @ und einen Namen, um ein Mitglied zu erwähnen.
chat-hidden = (von einer Lehrkraft ausgeblendet)
chat-deleted = (gelöscht)
chat-rejected = (von einer Lehrkraft nicht freigegeben)
chat-edited = (bearbeitet)
chat-mentions_you = erwähnt Sie
chat-edit = Bearbeiten
chat-edit_label = Ihre Nachricht bearbeiten
chat-save = Speichern
chat-cancel = Abbrechen
chat-delete = Löschen
chat-delete_confirm = Ja, löschen
chat-hide = Ausblenden
chat-restore = Wiederherstellen
chat-approve = Freigeben
chat-reject = Ablehnen
chat-report = Melden
chat-reported = Danke. Die Lehrkräfte sehen sich diese Nachricht an.
chat-mute = Stummschalten
chat-mute_question = { $name } stummschalten?
chat-mute_for = { $name } stummschalten für
chat-minutes =
    { $count ->
        [one] { $count } Minute
       *[other] { $count } Minuten
    }
chat-mute_confirm = Jetzt stummschalten
chat-muted_other = { $name } kann bis { $time } nicht schreiben.
chat-muted_you = Eine Lehrkraft hat Ihr Schreiben bis { $time } angehalten. Sie können den Chat weiter lesen.
chat-unmuted_you = Sie können wieder im Chat schreiben.
chat-gone = Dieser Chat steht Ihnen nicht mehr zur Verfügung.

## role
role-founder = Gründungsmitglied
role-admin = Admin
role-teacher = Lehrkraft
role-pupil_admin = Schüler-Admin
role-pupil = Schüler/in
role-guest = Gast

## error
error-bad_credentials = Die Anmeldedaten stimmen nicht. Prüfen Sie sie und versuchen Sie es noch einmal.
error-rate_limited = Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es dann noch einmal.
error-invalid = Einige Felder sind nicht richtig ausgefüllt.
error-not_found = Diese Seite gibt es nicht, oder Sie können sie nicht sehen.
error-forbidden = Das dürfen Sie nicht.
error-gone = Das gibt es nicht mehr, oder es funktioniert nicht mehr.
error-conflict = Das steht im Widerspruch zu etwas, das schon existiert.
error-gone-revoked = Dieser Einladungslink funktioniert nicht mehr: Die Lehrkräfte des Bereichs haben ihn zurückgezogen.
error-gone-expired = Dieser Einladungslink funktioniert nicht mehr: Er ist abgelaufen.
error-gone-used_up = Dieser Einladungslink funktioniert nicht mehr: Er wurde so oft verwendet, wie er erlaubt.
error-conflict-name_taken = „{ $name }“ gibt es hier schon. Wählen Sie einen anderen Namen.
error-conflict-in_trash = „{ $name }“ liegt im Papierkorb: Stellen Sie es zuerst wieder her.
error-conflict-not_in_trash = „{ $name }“ liegt nicht im Papierkorb.
error-conflict-parent_in_trash = „{ $name }“ lag in einem Ordner, der jetzt im Papierkorb liegt: Stellen Sie zuerst diesen Ordner wieder her.
error-conflict-folder_not_empty = Der Ordner „{ $name }“ ist nicht leer: Verschieben Sie zuerst seinen Inhalt in den Papierkorb.
error-conflict-wrong_status = Der Status dieses Kontos ({ $status }) erlaubt das nicht.
error-unauthenticated = Bitte melden Sie sich an.
error-network = Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.
error-generic = Etwas ist schiefgegangen. Bitte versuchen Sie es noch einmal.
error-too_large = Das ist zu groß.
error-quota_exceeded = In diesem Bereich ist nicht mehr genug Platz.
error-unsupported = Der Server kann diese Art von Anfrage nicht annehmen.
error-aborted = Das Hochladen wurde abgebrochen.
error-rate_limited_wait = Zu viele Versuche. Versuchen Sie es { $wait } noch einmal.
error-fields = Einige Felder brauchen Ihre Aufmerksamkeit: Beachten Sie die Meldung unter dem jeweiligen Feld.
error-account_rejected = Die nationale Administration Ihres Landes hat diese Registrierung nicht angenommen, daher kann sich dieses Konto nicht anmelden. Wenn Sie das für einen Fehler halten, wenden Sie sich an die Nationale Koordinierungsstelle eTwinning Ihres Landes.
error-account_suspended = Die nationale Administration Ihres Landes hat dieses Konto gesperrt: Es kann sich vorerst nicht anmelden. Um den Grund zu erfahren oder die Freigabe zu beantragen, wenden Sie sich an die Nationale Koordinierungsstelle eTwinning Ihres Landes.
error-malformed = Die Seite hat etwas gesendet, das der Server nicht lesen konnte. Laden Sie die Seite neu und versuchen Sie es noch einmal.
error-csrf = Die Sicherheitsprüfung der Seite ist fehlgeschlagen. Laden Sie die Seite neu und versuchen Sie es noch einmal.
error-limit_exceeded = Das überschreitet eine Grenze, die für diesen Bereich festgelegt ist.
error-unavailable = Der Server ist ausgelastet, oder ein Teil davon antwortet nicht. Bitte versuchen Sie es gleich noch einmal.
error-internal = Auf dem Server ist etwas schiefgegangen. Bitte versuchen Sie es später noch einmal.
error-insufficient_storage = Auf dem Server ist kein Platz mehr für Dateien. Es wurde nichts gespeichert; bitte informieren Sie die eTwinning-Ansprechperson Ihrer Schule.
error-request_timeout = Das Senden hat zu lange gedauert und wurde abgebrochen. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.
error-conflict-not_a_guest = Diese E-Mail-Adresse gehört zu einem eTwinning-Konto. Lehrkräfte werden von den Admins des Bereichs eingeladen, nicht über einen Gastlink.

## notice
# What a pupil (or any member) is told about their own post or account. The server sends only the
# event's name (protocol/events.py, notice channel): `notice-<event>`, its dots as dashes.
notice-post-pending = Danke! Eine Lehrkraft liest Ihren Beitrag, bevor alle ihn sehen können.
notice-post-approved = Eine Lehrkraft hat Ihren Beitrag gelesen. Jetzt können alle im Projekt ihn sehen.
notice-post-rejected = Eine Lehrkraft hat entschieden, Ihren Beitrag nicht zu zeigen. Sie können Ihre Lehrkraft fragen, warum.
notice-post-hidden = Eine Lehrkraft hat Ihren Beitrag vorerst ausgeblendet. Sie können Ihre Lehrkraft fragen, warum.
notice-post-restored = Eine Lehrkraft zeigt Ihren Beitrag wieder an. Jetzt können ihn alle sehen.
notice-post-purged = Eine Lehrkraft hat Ihren Beitrag entfernt.
notice-member-muted = Sie können das Projekt lesen, aber eine Weile nicht schreiben.
notice-member-unmuted = Sie können wieder im Projekt schreiben.
notice-chat-mention = { $name } hat Sie im Chat erwähnt.

## video
video-section = Video
video-open_sessions = Offene Videositzungen
video-none = Es ist keine Videositzung offen.
video-start_title = Videositzung starten
video-title = Titel (optional)
video-lobby = Schülerinnen und Schüler warten im Warteraum, bis eine Lehrkraft sie hereinlässt
video-start = Starten
video-join_named = „{ $title }“ beitreten
video-nobody_in_call = Noch niemand im Anruf
video-people_in_call =
    { $count ->
        [one] { $count } Person im Anruf
       *[other] { $count } Personen im Anruf
    }
video-locked = (gesperrt)
video-back = Zurück zum Bereich
video-participants = Teilnehmende
video-my_controls = Ihr Mikrofon und Ihre Kamera
video-chat = Chat der Sitzung
video-starting_media = Kamera und Mikrofon werden gestartet…
video-in_call = Sie sind im Anruf.
video-waiting_in_lobby = Sie sind im Warteraum. Eine Lehrkraft lässt Sie gleich herein.
video-no_media = Keine Kamera und kein Mikrofon konnten verwendet werden: Sie können die anderen trotzdem sehen und hören.
video-partial_media = Ihre Kamera und Ihr Mikrofon konnten nur teilweise verwendet werden.
video-enable_sound = Ton einschalten
video-mic_on = Mikrofon an
video-mic_off = Mikrofon aus
video-mic_forced = Von einer Lehrkraft stummgeschaltet
video-camera_on = Kamera an
video-camera_off = Kamera aus
video-hand_raised = Hand gehoben
video-mute_me = Mein Mikrofon stummschalten
video-unmute_me = Mein Mikrofon einschalten
video-camera_stop = Meine Kamera ausschalten
video-camera_start = Meine Kamera einschalten
video-hand_raise = Hand heben
video-hand_lower = Hand senken
video-leave = Verlassen
video-you_are_muted = Eine Lehrkraft hat Sie stummgeschaltet. Sie können Ihr Mikrofon wieder einschalten, wenn eine Lehrkraft es erlaubt.
video-muted_by_teacher = Eine Lehrkraft hat Ihr Mikrofon stummgeschaltet.
video-unmute_allowed = Eine Lehrkraft erlaubt Ihnen, Ihr Mikrofon wieder einzuschalten.
video-mute_other = Stummschalten
video-mute_named = { $name } stummschalten
video-allow_unmute = Mikrofon erlauben
video-allow_unmute_named = Mikrofon erlauben: { $name }
video-remove = Entfernen
video-remove_named = { $name } aus der Sitzung entfernen
video-lobby_title = Warteraum
video-lobby_empty = Niemand wartet.
video-admit = Hereinlassen
video-admit_named = { $name } hereinlassen
video-deny = Abweisen
video-deny_named = { $name } abweisen
video-manage = Diese Sitzung
video-is_open = Offen: Mitglieder können beitreten.
video-is_locked = Gesperrt: Nur Lehrkräfte können beitreten.
video-lock = Sitzung sperren
video-end = Sitzung für alle beenden
video-ended = Die Sitzung ist beendet.
video-ended_space_archived = Die Sitzung ist beendet: Ihr Bereich wurde archiviert.
video-ended_space_deleted = Die Sitzung ist beendet: Ihr Bereich wurde gelöscht.
video-ended_empty = Die Sitzung ist beendet: Eine Weile war niemand darin.
video-no_teacher_yet = Noch keine Lehrkraft ist in dieser Sitzung, also kann Sie niemand hereinlassen. Sie können hier warten oder gehen.
video-leave_lobby = Warteraum verlassen
video-removed = Eine Lehrkraft hat Sie aus der Sitzung entfernt.
video-denied = Eine Lehrkraft hat Sie nicht in diese Sitzung gelassen.
video-left = Sie haben die Sitzung verlassen.
video-full = Diese Sitzung ist voll.
video-refused = Sie können dieser Sitzung nicht beitreten.
video-signal_refused = Der Server hat abgelehnt, was Ihr Browser gesendet hat. Verlassen Sie die Sitzung und treten Sie ihr erneut bei.
video-sfu_moving = Die Sitzung ist gewachsen: Der Anruf wird auf den Medienserver der Klasse verlegt…
video-sfu_unreachable = Der Medienserver der Klasse ist nicht erreichbar. Neuer Versuch…
video-sfu_no_seat = Alle Kameraplätze dieser Sitzung sind belegt: Sie sehen und hören die anderen, aber die anderen sehen und hören Sie nicht.
video-sfu_not_sent = Ihre Kamera und Ihr Mikrofon konnten nicht übertragen werden. Sie sehen und hören die anderen weiterhin.

## forum
forum-title = Forum
forum-threads = Themen
forum-posts = Beiträge
forum-areas = Forumsbereiche
forum-area-open = Offenes Forum
forum-area-teachers = Lehrkräfte-Pinnwand
forum-empty = Noch keine Themen.
forum-thread_meta =
    { $count ->
        [one] von { $author } · { $count } Beitrag · { $when }
       *[other] von { $author } · { $count } Beiträge · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } neu
       *[other] { $count } neu
    }
forum-pinned = angeheftet
forum-locked = gesperrt
forum-new_thread = Thema beginnen
forum-new_bulletin = Thema in der Lehrkräfte-Pinnwand beginnen
forum-thread_title = Titel des Themas
forum-first_post = Erster Beitrag
forum-start = Thema beginnen
forum-thread_started = Das Thema wurde begonnen.
forum-thread_held = Danke! Eine Lehrkraft liest dein Thema, bevor alle es sehen können.
forum-back = Zurück zu den Themen
forum-reply_label = Ihre Antwort
forum-send = Antwort senden
forum-no_reply = Sie können in diesem Thema nicht antworten.
forum-held = Danke! Eine Lehrkraft liest deinen Beitrag, bevor alle ihn sehen können.
forum-edited = (bearbeitet)
forum-edit = Bearbeiten
forum-edit_label = Ihren Beitrag bearbeiten
forum-save = Speichern
forum-saved = Ihr Beitrag wurde geändert.
forum-cancel = Abbrechen
forum-delete = Löschen
forum-deleted = Der Beitrag wurde gelöscht.
forum-report = Melden
forum-report_reason = Was stimmt mit diesem Beitrag nicht? (optional)
forum-report_send = Meldung senden
forum-reported = Danke. Die Lehrkräfte wurden informiert.
forum-hide = Ausblenden
forum-restore = Wiederherstellen
forum-approve = Freigeben
forum-reject = Ablehnen
forum-done-hide = Der Beitrag ist für die Klasse ausgeblendet.
forum-done-restore = Der Beitrag wird wieder angezeigt.
forum-done-approve = Der Beitrag ist freigegeben: Alle können ihn sehen.
forum-done-reject = Der Beitrag ist abgelehnt: Nur die Person, die ihn geschrieben hat, sieht ihn.
forum-state-pending = wartet auf eine Lehrkraft
forum-state-hidden = ausgeblendet
forum-state-rejected = nicht veröffentlicht
forum-state-deleted = gelöscht
forum-pin = Anheften
forum-unpin = Nicht mehr anheften
forum-lock = Sperren
forum-unlock = Entsperren
forum-thread_changed = Das Thema wurde geändert.
forum-thread_gone = Dieses Thema steht Ihnen nicht mehr zur Verfügung.
forum-moderation = Moderation
forum-queue = Wartet auf Freigabe
forum-queue_empty = Kein Beitrag wartet.
forum-reports = Meldungen
forum-reports_empty = Keine offenen Meldungen.
forum-reported_by = gemeldet von { $name }
forum-report_said = Grund: { $reason }
forum-resolve = Meldung schließen
forum-resolved = Die Meldung ist geschlossen.

## reactions
reaction-bar = Reaktionen
reaction-add = Reaktion hinzufügen
reaction-picker = Reaktion auswählen
reaction-count =
    { $count ->
        [one] { $name }: { $count } Person
       *[other] { $name }: { $count } Personen
    }
reaction-thumbs_up = Daumen hoch
reaction-heart = Herz
reaction-clap = Bravo
reaction-laugh = Lustig
reaction-idea = Gute Idee
reaction-question = Ich habe eine Frage

## archive
archive-title = Dateien
archive-usage = { $used } von { $quota } belegt
archive-where = Ordner
archive-top = Alle Dateien
archive-empty = Dieser Ordner ist leer.
archive-contents = Ordner und Dateien
archive-name = Name
archive-size = Größe
archive-by = Hinzugefügt von
archive-when = Geändert
archive-actions = Aktionen
archive-former_member = ehemaliges Mitglied
archive-choose = Datei auswählen
archive-upload = Hochladen
archive-progress = Fortschritt des Hochladens
archive-uploading = { $name } wird hochgeladen: { $percent }
archive-uploaded = „{ $name }“ wurde hochgeladen.
archive-too_large = Diese Datei ist zu groß: Dateien dürfen höchstens { $max } groß sein.
archive-quota = In den Dateien dieses Bereichs ist nicht mehr genug Platz ({ $free } frei). Bitten Sie eine Lehrkraft, alte Dateien zu entfernen.
archive-new_folder = Neuer Ordner
archive-create_folder = Ordner erstellen
archive-folder_created = Der Ordner „{ $name }“ wurde erstellt.
archive-download = Herunterladen
archive-download_named = { $name } herunterladen
archive-rename = Umbenennen
archive-rename_named = { $name } umbenennen
archive-new_name = Neuer Name
archive-save = Speichern
archive-cancel = Abbrechen
archive-renamed = Umbenannt in „{ $name }“.
archive-trash = In den Papierkorb
archive-trash_named = In den Papierkorb: { $name }
archive-trashed = „{ $name }“ liegt im Papierkorb.
archive-show_trash = Papierkorb
archive-trash_empty = Der Papierkorb ist leer.
archive-restore = Wiederherstellen
archive-restore_named = { $name } wiederherstellen
archive-restored = „{ $name }“ ist wieder da.
archive-purge = Endgültig löschen
archive-purge_named = { $name } endgültig löschen
archive-purged = „{ $name }“ wurde endgültig gelöscht.
archive-choose_first = Wählen Sie eine Datei zum Hochladen aus.
archive-no_file = Noch keine Datei ausgewählt.
archive-name_taken = Hier gibt es schon etwas mit diesem Namen. Wählen Sie einen anderen Namen.

## unit
unit-b = B
unit-kb = KB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Füllen Sie dieses Feld aus.
field-unknown = Dieses Feld wird hier nicht erwartet.
field-type = Dieser Wert hat nicht den richtigen Typ.
field-blank = Schreiben Sie hier etwas: Nur Leerzeichen zählen nicht.
field-too_short =
    { $count ->
        [one] Schreiben Sie mindestens { $min } Zeichen.
       *[other] Schreiben Sie mindestens { $min } Zeichen.
    }
field-too_long =
    { $count ->
        [one] Schreiben Sie höchstens { $max } Zeichen.
       *[other] Schreiben Sie höchstens { $max } Zeichen.
    }
field-too_small = Geben Sie mindestens { $min } an.
field-too_large = Geben Sie höchstens { $max } an.
field-format = Das hat nicht die erwartete Form.
field-choice = Wählen Sie eine der angebotenen Möglichkeiten.
field-invalid = Dieser Wert wird nicht angenommen.

## confirm
confirm-cancel = Abbrechen
confirm-trash_file = „{ $name }“ in den Papierkorb verschieben?
confirm-trash_file_lost = Die Mitglieder sehen diese Datei nicht mehr. Eine Lehrkraft kann sie aus dem Papierkorb zurückholen.
confirm-trash_folder = Den Ordner „{ $name }“ in den Papierkorb verschieben?
confirm-trash_folder_lost = Die Mitglieder sehen diesen Ordner und seinen ganzen Inhalt nicht mehr. Eine Lehrkraft kann ihn aus dem Papierkorb zurückholen.
confirm-purge = „{ $name }“ endgültig löschen?
confirm-purge_lost = Es ist dann für alle weg und kann nicht zurückgeholt werden.
confirm-delete_post = Diesen Beitrag löschen?
confirm-delete_post_lost = Sein Text ist dann für alle weg. Das kann nicht rückgängig gemacht werden.
confirm-delete_message = Diese Nachricht löschen?
confirm-delete_message_lost = Ihr Text ist dann für alle weg. Das kann nicht rückgängig gemacht werden.
confirm-end_session = Die Sitzung für alle beenden?
confirm-end_session_lost = Alle verlassen sofort den Anruf, und die Sitzung kann nicht wieder geöffnet werden.
confirm-remove_participant = { $name } aus der Sitzung entfernen?
confirm-remove_participant_lost = { $name } verlässt sofort den Anruf und kann nicht in diese Sitzung zurückkehren.
confirm-deny = { $name } abweisen?
confirm-deny_lost = { $name } kommt nicht in diese Sitzung.

## page
page-not_found = Seite nicht gefunden
page-not_found_text = Unter dieser Adresse gibt es keine Seite.
page-go_spaces = Zu meinen Bereichen
page-go_sign_in = Zur Anmeldeseite

## form
form-required = Füllen Sie dieses Feld aus.
form-email_format = Schreiben Sie eine E-Mail-Adresse wie name@schule.eu.
form-password_short = Verwenden Sie mindestens 10 Zeichen.
form-password_long = Verwenden Sie höchstens 200 Zeichen.
form-password_mismatch = Die beiden Passwörter sind nicht gleich.
form-password_hint = Mindestens 10 Zeichen. Ein paar Wörter, die Sie sich merken können, eignen sich gut.
form-check_fields = Bitte prüfen Sie die oben markierten Felder.
form-field_invalid = Dieser Wert wird nicht angenommen.

## register
register-title = eTwinner-Konto erstellen
register-intro = Für Lehrkräfte. Die nationale Administration Ihres Landes prüft, ob Sie Lehrkraft sind, und bestätigt dann Ihr Konto. Schülerinnen und Schüler registrieren sich nicht: Ihre Lehrkraft erstellt ihr Konto.
register-name = Ihr Name
register-school = Schule
register-country = Land
register-country_choose = Wählen Sie Ihr Land
register-submit = Mein Konto erstellen
register-email_taken = Mit dieser E-Mail-Adresse gibt es schon ein Konto. Melden Sie sich an oder fordern Sie ein neues Passwort an.
register-have_account = Sie haben schon ein Konto? Anmelden

## pending
pending-title = Ihr Konto wartet auf Bestätigung
pending-who_heading = Wer es bestätigt
pending-who = Die nationale Administration Ihres Landes ({ $country }) prüft, ob Sie an der angegebenen Schule unterrichten, und bestätigt dann Ihr Konto.
pending-next_heading = Wie es weitergeht
pending-next_validate = Sobald Ihr Konto bestätigt ist, sind Sie eTwinner: Sie können Bereiche erstellen, zu Projekten eingeladen werden und die Konten Ihrer Schülerinnen und Schüler erstellen. Melden Sie sich erneut an oder klicken Sie auf „Erneut prüfen“, um es zu sehen.
pending-next_reject = Wenn die nationale Administration Ihre Registrierung nicht annimmt, erfahren Sie es bei der Anmeldung.
pending-next_meanwhile = Bis dahin können Sie Ihren Namen und Ihr Passwort unter „Mein Konto“ ändern.
pending-check = Erneut prüfen
pending-still = Ihr Konto wartet noch auf Bestätigung.
pending-count =
    { $count ->
        [one] { $count } wartet auf Moderation
       *[other] { $count } warten auf Moderation
    }

## forgot
forgot-title = Passwort vergessen?
forgot-intro = Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort wählen können.
forgot-submit = Link senden
forgot-sent = Wenn es ein Konto mit dieser Adresse gibt, ist ein Link dorthin unterwegs. Der Link funktioniert einmal und nur für begrenzte Zeit. Sehen Sie auch in Ihrem Spam-Ordner nach.
forgot-pupils = Schülerinnen und Schüler: Sie haben hier keine E-Mail-Adresse. Bitten Sie Ihre Lehrkraft um einen neuen Code.
forgot-back = Zurück zur Anmeldung

## reset
reset-title = Neues Passwort wählen
reset-intro = Wenn Sie ein neues Passwort wählen, werden Sie auf allen anderen Geräten abgemeldet.
reset-password = Neues Passwort
reset-confirm = Neues Passwort wiederholen
reset-submit = Neues Passwort speichern
reset-gone = Dieser Link ist abgelaufen oder wurde schon verwendet. Fordern Sie einen neuen an.
reset-done = Ihr Passwort wurde geändert. Melden Sie sich mit dem neuen an.
reset-ask_again = Neuen Link anfordern

## account
account-title = Mein Konto
account-signed_in_with = Sie melden sich mit { $email } an.
account-name_heading = Ihr Name
account-name = Name, den andere sehen
account-save_name = Namen speichern
account-name_saved = Ihr Name wurde gespeichert.
account-pupil_note = Ihre Lehrkraft hat diesen Namen gewählt und verwaltet ihn. Fragen Sie Ihre Lehrkraft, wenn er geändert werden soll.
account-password_heading = Ihr Passwort
account-password_intro = Wenn Sie es ändern, werden Sie auf Ihren anderen Geräten abgemeldet; hier bleiben Sie angemeldet.
account-current_password = Aktuelles Passwort
account-new_password = Neues Passwort
account-confirm_password = Neues Passwort wiederholen
account-save_password = Passwort ändern
account-password_saved = Ihr Passwort wurde geändert.
account-current_wrong = Das ist nicht Ihr aktuelles Passwort.
account-everywhere_heading = Überall abmelden
account-everywhere_intro = Beendet Ihre Anmeldung auf allen Geräten und in allen Browsern, auch hier: Ein verlorenes Handy oder ein gemeinsam genutzter Computer öffnet Ihr Konto dann nicht mehr.
account-everywhere = Überall abmelden…
account-everywhere_question = Auf allen Geräten abmelden, auch auf diesem? Offene Seiten schließen sich sofort, und was dort noch nicht gesendet wurde, geht verloren.
account-everywhere_confirm = Ja, überall abmelden
account-everywhere_done = Sie wurden auf allen Geräten abgemeldet.
account-cancel = Abbrechen

## admin
admin-nav = Bestätigungskonsole
admin-title = Konsole der nationalen Administration
admin-country = Land: { $country }
admin-only_national_admins = Diese Seite ist für die nationale Administration.
admin-pending_heading = Lehrkräfte, die auf Bestätigung warten
admin-pending_count =
    { $count ->
        [one] { $count } Lehrkraft wartet.
       *[other] { $count } Lehrkräfte warten.
    }
admin-pending_none = Keine Lehrkraft wartet auf Bestätigung.
admin-select_all = Alle auswählen
admin-select_first = Wählen Sie zuerst mindestens eine Lehrkraft aus.
admin-validate_selected = Auswahl bestätigen
admin-reject_selected = Auswahl ablehnen…
admin-validated =
    { $count ->
        [one] { $count } Lehrkraft bestätigt.
       *[other] { $count } Lehrkräfte bestätigt.
    }
admin-rejected =
    { $count ->
        [one] { $count } Registrierung abgelehnt.
       *[other] { $count } Registrierungen abgelehnt.
    }
admin-reject_question =
    { $count ->
        [one] Die Registrierung von { $names } ablehnen? Diese Person kann sich dann nicht anmelden, und das kann nicht rückgängig gemacht werden.
       *[other] Diese { $count } Registrierungen ({ $names }) ablehnen? Diese Personen können sich dann nicht anmelden, und das kann nicht rückgängig gemacht werden.
    }
admin-reject_reason = Grund für die Ablehnung
admin-reject_heading = Registrierungen ablehnen
admin-suspend_heading = Konto sperren
admin-reinstate_heading = Konto wieder freigeben
admin-reject_reason_hint = Wird mit Ihrem Namen im Protokoll gespeichert.
admin-reject_confirm =
    { $count ->
        [one] { $count } Registrierung ablehnen
       *[other] { $count } Registrierungen ablehnen
    }
admin-failed_one = { $name }: { $why }
admin-school = Schule: { $school }
admin-registered = Registriert am { $date }
admin-search_heading = Konto suchen
admin-search_label = Name, E-Mail-Adresse oder Schule
admin-search_hint = Nur Konten Ihres Landes. Lassen Sie das Feld leer, um alle aufzulisten, die neuesten zuerst.
admin-search = Suchen
admin-showing = { $from }–{ $to } von { $total }
admin-no_match = Kein Konto passt.
admin-previous = Vorherige Seite
admin-next = Nächste Seite
admin-suspend = Sperren…
admin-suspend_named = { $name } sperren…
admin-suspend_question = { $name } sperren? Die Person wird sofort überall abgemeldet, ihre offenen Seiten schließen sich, und sie kann sich erst wieder anmelden, wenn Sie das Konto wieder freigeben.
admin-suspend_reason = Grund für die Sperre
admin-suspend_confirm = Ja, sperren
admin-suspend_done = Das Konto von { $name } ist gesperrt.
admin-reinstate = Wieder freigeben…
admin-reinstate_named = { $name } wieder freigeben…
admin-reinstate_question = { $name } wieder freigeben? Die Person kann sich dann wieder anmelden.
admin-reinstate_reason = Grund (optional)
admin-reinstate_confirm = Wieder freigeben
admin-reinstate_done = Das Konto von { $name } ist wieder freigegeben.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Geben Sie zur Bestätigung den Titel des Bereichs ein: { $text }

## status
status-active = aktiv
status-pending = wartet auf Bestätigung
status-suspended = gesperrt
status-rejected = abgelehnt
status-erased = gelöscht

## names
names-marked = { $name } ({ $mark })

## members
members-username = Benutzername { $username }
members-role_of = Rolle von { $name }
members-change_role = Rolle ändern
members-role_question = Die Rolle von { $name } von { $from } zu { $to } ändern?
members-role_consequence = { $name } hat ab sofort auf allen Geräten die Rechte der Rolle { $to }.
members-role_confirm = Rolle ändern
members-role_changed = { $name } hat jetzt die Rolle { $role }.
members-reset_code = Neuer Code
members-reset_question = { $name } einen neuen Anmeldecode geben?
members-reset_consequence = Der alte Code funktioniert sofort nicht mehr, und das Konto wird überall abgemeldet. Sie geben die neue Karte aus.
members-reset_confirm = Neuen Code erstellen
members-reset_done = { $name } hat einen neuen Code: Geben Sie die neue Karte unten aus.
members-export = Daten exportieren
members-remove = Entfernen
members-remove_question = { $name } aus diesem Bereich entfernen?
members-remove_consequence = { $name } verliert sofort auf allen Geräten den Zugang zu diesem Bereich.
members-remove_pupil_kept = Das Konto, die Beiträge und die Dateien bleiben erhalten; Sie können das Konto später wieder hinzufügen.
members-remove_kept = Die Beiträge und Dateien dieses Mitglieds bleiben im Bereich.
members-remove_confirm = Entfernen
members-removed = { $name } wurde entfernt.
members-erase = Konto löschen
members-leave = Diesen Bereich verlassen
members-leave_question = „{ $title }“ verlassen?
members-leave_consequence = Sie verlieren sofort den Zugang zu den Foren, Dateien, Chats und Videos dieses Bereichs. Nur eine Lehrkraft mit Admin-Rolle kann Sie zurückholen.
members-leave_kept = Was Sie geschrieben und hochgeladen haben, bleibt im Bereich.
members-leave_confirm = Bereich verlassen
members-left = Sie haben „{ $title }“ verlassen.

## erase
erase-question = Das Konto von { $name } löschen?
erase-account_gone = Name, Benutzername und Code werden endgültig gelöscht.
erase-signed_out = Das Konto wird sofort abgemeldet und kann sich nie wieder anmelden.
erase-no_undo = Das kann nicht rückgängig gemacht werden.
erase-export_first = Wenn die betroffene Person oder ihre Familie eine Kopie haben möchte, exportieren Sie zuerst die Daten.
erase-posts = Beiträge und Chat-Nachrichten dieses Kontos
erase-posts_keep = Behalten, angezeigt als von „ehemaliges Mitglied“
erase-posts_remove = Endgültig entfernen
erase-files = Dateien dieses Kontos
erase-files_keep = Behalten, im Besitz von „ehemaliges Mitglied“
erase-files_remove = Endgültig entfernen
erase-confirm = Konto löschen
erase-done = Das Konto von { $name } wurde gelöscht.

## invite_teacher
invite_teacher-title = Partnerlehrkraft einladen
invite_teacher-by_email = Per E-Mail-Adresse
invite_teacher-role = Rolle
invite_teacher-submit = Einladen
invite_teacher-done = { $name } ist mit der Rolle { $role } beigetreten.
invite_teacher-not_etwinner = Kein bestätigtes eTwinner-Konto hat diese Adresse, oder Sie dürfen diese Rolle nicht vergeben.
invite_teacher-find = eTwinner finden
invite_teacher-query = Name, Schule oder Land
invite_teacher-search = Suchen
invite_teacher-results = Gefundene eTwinner
invite_teacher-none = Keine eTwinner gefunden.
invite_teacher-more = Weitere Ergebnisse
invite_teacher-member = Mitglied dieses Bereichs
invite_teacher-invite = Einladen
invite_teacher-role_for = Rolle für { $name }

## pupils
pupils-title = Schülerinnen und Schüler hinzufügen
pupils-one_title = Einzeln
pupils-name = Name
pupils-add_one = Hinzufügen
pupils-class_title = Eine ganze Klasse
pupils-class_names = Namen der Klasse
pupils-class_help = Ein Name pro Zeile, so wie andere ihn sehen sollen.
pupils-add_class = Klasse hinzufügen
pupils-class_empty = Schreiben Sie mindestens einen Namen.
pupils-language = Sprache der Seite für diese Schülerinnen und Schüler
pupils-language_help = Nach der Anmeldung sehen sie TwinSpace Live in dieser Sprache. Jede Schülerin und jeder Schüler kann sie später ändern.
pupils-line_errors = Zu korrigierende Zeilen
pupils-line_error = Zeile { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } Zeile muss korrigiert werden; es wurde nichts erstellt.
       *[other] { $count } Zeilen müssen korrigiert werden; es wurde nichts erstellt.
    }
pupils-created =
    { $count ->
        [one] { $count } Schülerkonto wurde hinzugefügt.
       *[other] { $count } Schülerkonten wurden hinzugefügt.
    }

## cards
cards-title = Anmeldekarten
cards-once = Diese Codes werden nur jetzt angezeigt. Drucken Sie die Karten oder notieren Sie die Codes, bevor Sie diese Seite verlassen.
cards-site = Anmelden auf
cards-print = Karten drucken
cards-done = Fertig: Codes ausblenden

## links
links-tab = Gastlinks
links-intro = Mit einem Gastlink kann eine Fachperson oder eine beobachtende Person diesem TwinSpace als Gast beitreten. Alle, die den Link haben, können ihn verwenden, bis er abläuft oder aufgebraucht ist.
links-create_title = Neuer Gastlink
links-valid_for = Gültig für
links-days =
    { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    }
links-uses = Anzahl der Verwendungen
links-note = Notiz (für wen er ist)
links-create = Link erstellen
links-new = Der neue Link
links-once = Kopieren Sie ihn jetzt: Er wird nur einmal angezeigt.
links-copy = Kopieren
links-copied = Der Link wurde kopiert.
links-select_copy = Der Link ist markiert: Drücken Sie Strg+C (⌘+C), um ihn zu kopieren.
links-live = Aktive Links
links-empty = Kein Gastlink ist aktiv.
links-untitled = Gastlink
links-used =
    { $count ->
        [one] { $used } von { $count } Verwendung genutzt
       *[other] { $used } von { $count } Verwendungen genutzt
    }
links-until = bis { $time }
links-revoke = Widerrufen
links-revoke_question = Diesen Gastlink widerrufen?
links-revoke_consequence = Niemand kann mehr mit ihm beitreten.
links-revoke_kept = Gäste, die mit ihm beigetreten sind, bleiben Mitglieder.
links-revoked = Der Link wurde widerrufen.

## settings
settings-tab = Einstellungen
settings-space = Der Bereich
settings-pupils = Schülerinnen und Schüler
settings-premoderate_pupils = Beiträge von Schülerinnen und Schülern zurückhalten, bis eine Lehrkraft sie freigibt
settings-pupils_may_create_threads = Schülerinnen und Schüler dürfen Themen beginnen
settings-pupils_may_upload = Schülerinnen und Schüler dürfen Dateien hochladen
settings-save = Speichern
settings-saved = Die Einstellungen wurden gespeichert.
settings-archive_title = Archivieren
settings-archive_text = Ein archivierter Bereich bleibt für seine Mitglieder lesbar, aber niemand kann dort schreiben, hochladen oder eine Videositzung starten.
settings-archive = Diesen Bereich archivieren
settings-archive_question = „{ $title }“ archivieren?
settings-archive_read_only = Niemand kann mehr schreiben, hochladen oder etwas ändern.
settings-archive_video = Laufende Videositzungen enden sofort.
settings-archive_undo = Ein Gründungsmitglied kann den Bereich später wieder öffnen.
settings-archive_confirm = Archivieren
settings-archived_title = Dieser Bereich ist archiviert
settings-archived_text = Er ist schreibgeschützt. Öffnen Sie ihn wieder, damit Mitglieder schreiben und hochladen können.
settings-unarchive = Wieder öffnen
settings-unarchive_question = „{ $title }“ wieder öffnen?
settings-unarchive_consequence = Mitglieder können wieder schreiben, hochladen und Videositzungen starten.
settings-delete_title = Bereich löschen
settings-delete_text = Beim Löschen werden der Bereich und sein gesamter Inhalt endgültig entfernt.
settings-delete = Diesen Bereich löschen
settings-delete_question = „{ $title }“ endgültig löschen?
settings-delete_content = Alle Forumsthemen, Chat-Nachrichten und Dateien werden mit allen ihren Versionen gelöscht.
settings-delete_members = Alle Mitglieder verlieren den Bereich; Schülerkonten bleiben nur in ihren anderen Bereichen bestehen.
settings-delete_video = Laufende Videositzungen enden sofort.
settings-delete_no_undo = Auch das Protokoll wird gelöscht. Das kann nicht rückgängig gemacht werden.
settings-delete_confirm = Endgültig löschen
settings-deleted = „{ $title }“ wurde gelöscht.

## audit
audit-tab = Protokoll
audit-caption = Was in diesem Bereich getan wurde, das Neueste zuerst
audit-when = Wann
audit-who = Wer
audit-what = Was
audit-empty = Noch nichts aufgezeichnet.
audit-older = Ältere Einträge anzeigen
audit-system = Der Server
audit-former_member = Ein ehemaliges Mitglied
audit-former_member_target = ein ehemaliges Mitglied
audit-reason = Grund: { $reason }
audit-other = Hat „{ $action }“ ausgeführt: { $target }
audit-space-created = Hat den Bereich erstellt
audit-space-settings_changed = Hat die Einstellungen des Bereichs geändert
audit-space-archived = Hat den Bereich archiviert
audit-space-unarchived = Hat den Bereich wieder geöffnet
audit-member-invited = Hat { $target } mit der Rolle { $role } eingeladen
audit-member-role_changed = Hat die Rolle von { $target } von { $from } zu { $role } geändert
audit-member-removed = Hat { $target } entfernt
audit-member-left = Hat den Bereich verlassen
audit-member-muted = Hat { $target } stummgeschaltet
audit-member-unmuted = Hat die Stummschaltung von { $target } aufgehoben
audit-pupil-created = Hat das Schülerkonto { $target } erstellt
audit-pupil-added = Hat das Schülerkonto { $target } hinzugefügt
audit-pupil-code_reset = Hat { $target } einen neuen Anmeldecode gegeben
audit-pupil-exported = Hat die Daten von { $target } exportiert
audit-pupil-erased = Hat ein Schülerkonto gelöscht
audit-invitation-created = Hat einen Gastlink erstellt
audit-invitation-revoked = Hat einen Gastlink widerrufen
audit-invitation-accepted = Ist mit einem Gastlink beigetreten
audit-video-started = Hat eine Videositzung gestartet
audit-video-ended = Hat eine Videositzung beendet
audit-video-locked = Hat eine Videositzung gesperrt
audit-video-unlocked = Hat eine Videositzung entsperrt
audit-video-admitted = Hat { $target } in eine Videositzung gelassen
audit-video-denied = Hat { $target } von einer Videositzung abgewiesen
audit-video-muted = Hat { $target } in einer Videositzung stummgeschaltet
audit-video-unmuted = Hat { $target } in einer Videositzung wieder sprechen lassen
audit-video-removed = Hat { $target } aus einer Videositzung entfernt
audit-video-spotlight = Hat das Spotlight einer Videositzung geändert
audit-post-hidden = Hat einen Beitrag ausgeblendet
audit-post-restored = Hat einen Beitrag wiederhergestellt
audit-post-approved = Hat einen Beitrag freigegeben
audit-post-rejected = Hat einen Beitrag abgelehnt
audit-post-purged = Hat einen Beitrag endgültig entfernt
audit-post-reported = Hat einen Beitrag gemeldet
audit-report-resolved = Hat eine Meldung geschlossen
audit-thread-pinned = Hat ein Thema angeheftet
audit-thread-unpinned = Hat ein Thema nicht mehr angeheftet
audit-thread-locked = Hat ein Thema gesperrt
audit-thread-unlocked = Hat ein Thema entsperrt
audit-archive-folder_created = Hat einen Ordner erstellt
audit-archive-folder_renamed = Hat einen Ordner umbenannt
audit-archive-folder_moved = Hat einen Ordner verschoben
audit-archive-folder_trashed = Hat einen Ordner in den Papierkorb verschoben
audit-archive-folder_restored = Hat einen Ordner aus dem Papierkorb geholt
audit-archive-folder_purged = Hat einen Ordner endgültig entfernt
audit-archive-file_added = Hat eine Datei hinzugefügt
audit-archive-file_version_added = Hat eine Dateiversion hinzugefügt
audit-archive-file_renamed = Hat eine Datei umbenannt
audit-archive-file_moved = Hat eine Datei verschoben
audit-archive-file_trashed = Hat eine Datei in den Papierkorb verschoben
audit-archive-file_restored = Hat eine Datei aus dem Papierkorb geholt
audit-archive-file_purged = Hat eine Datei endgültig entfernt
audit-chat-expired = Hat abgelaufene Chat-Nachrichten entfernt
audit-audit-retention_changed = Hat geändert, wie lange das Protokoll Einträge aufbewahrt
audit-group-joined = Ist der Gruppe beigetreten
audit-group-requested = Hat den Beitritt zur Gruppe beantragt
audit-group-request_accepted = Hat den Antrag von { $target } angenommen
audit-group-request_declined = Hat den Antrag von { $target } abgelehnt
audit-group-request_withdrawn = Hat einen Beitrittsantrag zurückgezogen
audit-member-banned = Hat { $target } ausgeschlossen
audit-member-unbanned = Hat den Ausschluss von { $target } aufgehoben
audit-group-featured = Hat die Gruppe hervorgehoben
audit-group-unfeatured = Hat die Gruppe nicht mehr hervorgehoben
audit-group-moderator_appointed = Hat { $target } zur Moderation ernannt

## group_role
group_role-founder = Leitung
group_role-admin = Moderation
group_role-teacher = Mitglied

## readers
readers-title = Lesen gerade
readers-more =
    { $count ->
        [one] und { $count } weitere Person
       *[other] und { $count } weitere Personen
    }

## groups
groups-nav = Gruppen
groups-title = eTwinning-Gruppen
groups-intro = Gemeinschaften von eTwinnern rund um ein Fach, ein Thema oder ein Interessengebiet. Nur bestätigte eTwinner nehmen teil.
groups-search = Eine Gruppe finden
groups-words = Wörter im Titel
groups-topic = Thema
groups-language = Sprache
groups-language_any = Alle Sprachen
groups-language_choose = Sprache wählen
groups-country = Land eines Mitglieds
groups-country_any = Alle Länder
groups-search_submit = Suchen
groups-found = Gruppen
groups-empty = Keine Gruppe passt zu dieser Suche.
groups-more = Weitere Gruppen anzeigen
groups-featured = Empfohlen
groups-topic_is = Thema: { $topic }
groups-members =
    { $count ->
        [one] { $count } Mitglied
       *[other] { $count } Mitglieder
    }
groups-access_short-open = Offen
groups-access_short-closed = Geschlossen
groups-standing-member = Sie sind Mitglied. Ihre Rolle: { $role }
groups-standing-requested = Sie haben beantragt, dieser Gruppe beizutreten.
groups-standing-banned = Das Moderationsteam dieser Gruppe hat Sie vom Beitritt ausgeschlossen.
groups-join = Beitreten
groups-ask = Beitritt beantragen
groups-ask_message = Eine Nachricht an das Moderationsteam (optional)
groups-withdraw = Meinen Antrag zurückziehen
groups-open_group = Gruppe öffnen
groups-joined = Sie sind „{ $title }“ beigetreten.
groups-asked = Ihr Antrag auf Beitritt zu „{ $title }“ wurde an das Moderationsteam gesendet.
groups-withdrawn = Ihr Antrag auf Beitritt zu „{ $title }“ wurde zurückgezogen.
groups-waiting = Das Moderationsteam beantwortet Ihren Antrag. Diese Seite zeigt die Antwort, sobald sie eintrifft.
groups-accepted = Ihr Antrag wurde angenommen: Willkommen in „{ $title }“.
groups-not_accepted = Ihr Antrag wurde nicht angenommen. Sie können ihn erneut stellen.
groups-back = Zurück zu den Gruppen
groups-create = Eine Gruppe erstellen
groups-group_title = Titel
groups-description = Beschreibung (optional)
groups-access = Wer beitreten darf
groups-access-open = Offen: alle eTwinner treten sofort bei
groups-access-closed = Geschlossen: das Moderationsteam entscheidet über jeden Antrag
groups-create_submit = Gruppe erstellen
groups-created = Gruppe „{ $title }“ erstellt.
groups-members_search = Ein Mitglied finden
groups-members_more = Weitere Mitglieder anzeigen
groups-leave = Diese Gruppe verlassen
groups-leave_consequence = Sie verlieren sofort den Zugang zu Forum, Dateien, Chat und Video der Gruppe.
groups-leave_kept = Was Sie geschrieben und hochgeladen haben, bleibt in der Gruppe. Über das Gruppenverzeichnis können Sie zurückkehren.
groups-leave_confirm = Gruppe verlassen
groups-requests = Beitrittsanträge
groups-requests_empty = Niemand wartet.
groups-accept = Annehmen
groups-decline = Ablehnen
groups-accepted_member = { $name } ist jetzt Mitglied.
groups-declined = Der Antrag von { $name } wurde abgelehnt.
groups-ban = Ausschließen
groups-ban_question = { $name } aus dieser Gruppe ausschließen?
groups-ban_consequence = { $name } verlässt die Gruppe sofort und kann weder wieder beitreten noch einen Antrag stellen.
groups-ban_kept = Beiträge und Dateien bleiben in der Gruppe. Sie können den Ausschluss später aufheben.
groups-ban_reason = Grund (optional, wird im Protokoll festgehalten)
groups-ban_confirm = Ausschließen
groups-banned = { $name } wurde ausgeschlossen.
groups-bans = Ausgeschlossene eTwinner
groups-bans_empty = Niemand ist ausgeschlossen.
groups-lift = Ausschluss aufheben
groups-lifted = { $name } kann wieder beitreten.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Neues Passwort für TwinSpace Live wählen
mail-reset_body =
    Hallo { $name },

    jemand, wahrscheinlich Sie, möchte ein neues Passwort für Ihr TwinSpace-Live-Konto wählen.
    Öffnen Sie diesen Link, um es zu wählen (er funktioniert einmal, { $minutes } Minuten lang):

    { $link }

    Mit einem neuen Passwort werden Sie überall sonst abgemeldet.
    Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht: Ihr Passwort bleibt, wie es ist.

    TwinSpace Live

## events (issue 22)
events-nav = Veranstaltungen
events-title = Kommende Veranstaltungen
events-empty = Für Sie gibt es noch keine kommenden Veranstaltungen.
events-more = Weitere Veranstaltungen zeigen
events-schedule = Veranstaltung planen
events-zone = Die Zeiten sind in Ihrer Zeitzone angegeben: { $zone }
events-audience-etwinners = Alle eTwinner
events-audience-country = Die eTwinner aus diesem Land: { $country }
events-audience-group = Die Mitglieder einer Gruppe
events-audience-twinspace = Die Mitglieder eines TwinSpace
events-organising = Sie organisieren diese Veranstaltung.
events-registered = Ihre Anmeldung ist gespeichert.
events-waiting = Sie stehen auf der Warteliste (Platz { $position }).
events-state-live = Jetzt live
events-state-ended = Diese Veranstaltung ist vorbei.
events-state-cancelled = Diese Veranstaltung wurde abgesagt.
events-places = Belegte Plätze: { $taken } von { $capacity }
event_form-new_title = Veranstaltung planen
event_form-edit_title = Veranstaltung ändern
event_form-title = Titel
event_form-description = Beschreibung
event_form-date = Datum
event_form-time = Beginn
event_form-duration = Dauer in Minuten
event_form-space = Gruppe oder TwinSpace
event_form-speakers_hint = Wählen Sie unter den Lehrkräften Ihrer Gruppen und TwinSpaces.
event_form-no_speakers = Noch niemand zur Auswahl.
event_form-create = Veranstaltung planen
event_form-save = Änderungen speichern
event_form-created = „{ $title }“ ist geplant.
event_form-saved = Die Änderungen an „{ $title }“ sind gespeichert.
event_form-start_past = Wählen Sie einen Beginn in der Zukunft.
event-title = Veranstaltung
event-back = Alle Veranstaltungen
event-when = Wann
event-language = Sprache
event-audience = Wer sich anmelden kann
event-organiser = Organisation
event-speakers = Vortragende
event-places = Plätze
event-no_speakers = Noch keine Vortragenden genannt.
event-waiting_count = Auf der Warteliste: { $waiting }
event-registration = Ihr Platz
event-speaking = Sie sprechen bei dieser Veranstaltung.
event-full = Alle Plätze sind belegt: Wenn Sie sich anmelden, kommen Sie auf die Warteliste.
event-register = Anmelden
event-unregister = Meinen Platz freigeben
event-leave_waiting = Warteliste verlassen
event-unregister_confirm_title = „{ $title }“ verlassen?
event-unregister_confirm = Die nächste Person auf der Warteliste bekommt Ihren Platz. Wenn Sie sich wieder anmelden, müssen Sie vielleicht warten.
event-unregistered = Ihre Anmeldung ist aufgehoben.
event-calendar = Zu meinem Kalender hinzufügen (.ics)
event-organiser_tools = Für die Organisation
event-edit = Veranstaltung ändern
event-cancel = Veranstaltung absagen
event-keep = Veranstaltung behalten
event-cancel_confirm_title = „{ $title }“ absagen?
event-cancel_confirm_lost = Niemand kann sich mehr anmelden, und alle sehen, dass sie abgesagt ist. Das lässt sich nicht rückgängig machen. Die Anmeldungen und Fragen bleiben erhalten.
event-cancelled = Die Veranstaltung ist abgesagt.
event-registrants = Anmeldungen
event-waiting_list = Warteliste
event-nobody = Noch niemand.
event-attendance = Teilnahme
event-attendance_hint = Wer die Seite der Veranstaltung während der Live-Zeit verfolgt hat, und wie lange.
event-attendance_none = Niemand hat die Veranstaltung live verfolgt.
event-minutes = { $minutes } Min.
qa-title = Fragen und Antworten
qa-empty = Noch keine Fragen.
qa-closed = Die Fragen sind geschlossen: Die Veranstaltung ist vorbei.
qa-need_place = Melden Sie sich an, um eine Frage zu stellen oder zu unterstützen.
qa-your_question = Ihre Frage
qa-ask = Fragen
qa-asked = Ihre Frage wurde gesendet.
qa-upvote = Unterstützen
qa-upvoted = Unterstützt
qa-votes = Stimmen: { $votes }
qa-by = Gefragt von { $name }
qa-by_gone = Gefragt von einem gelöschten Konto
qa-answer = Antwort: { $answer }
qa-state-picked = Wird gerade beantwortet
qa-state-answered = Beantwortet
qa-state-hidden = Ausgeblendet
qa-pick = Auswählen
qa-unpick = Zurücklegen
qa-hide = Ausblenden
qa-restore = Wiederherstellen
qa-answer_label = Schriftliche Antwort (freiwillig)
qa-mark_answered = Als beantwortet markieren
qa-gone = Sie können diesen Fragen nicht mehr folgen.
audit-event-created = Hat die Veranstaltung „{ $title }“ geplant
audit-event-updated = Hat die Veranstaltung „{ $title }“ geändert
audit-event-cancelled = Hat die Veranstaltung „{ $title }“ abgesagt
audit-event-question_moderated = Hat eine Frage der Veranstaltung „{ $title }“ moderiert

## the live webinar (issue 22)
live-title = Live-Video
live-not_started = Das Live-Video hat noch nicht begonnen.
live-ended = Das Live-Video ist beendet.
live-connecting = Verbindung zum Live-Video wird hergestellt …
live-need_place = Nur wer einen Platz hat, kann das Live-Video ansehen.
live-watching_you = Sie sehen das Live-Video.
live-on_air = Sie sind live: Alle sehen und hören Sie.
live-recording = Diese Veranstaltung wird aufgezeichnet.
live-speaking = Es spricht: { $names }
live-nobody_speaking = Noch spricht niemand.
live-watching = Zuschauende: { $watching }
live-start = Live-Video starten
live-end = Live-Video beenden
live-end_confirm_title = Das Live-Video von „{ $title }“ beenden?
live-end_confirm_lost = Das Video endet für alle, Sprechende und Publikum. Sie können es neu starten, solange die Veranstaltung läuft; die Fragen bleiben erhalten.
live-go_live = Live gehen
live-stop = Mein Video beenden
live-hand_raised = Ihre Hand ist gehoben: Eine Moderatorin oder ein Moderator kann Sie zum Sprechen einladen.
live-invited = Sie sind zum Sprechen eingeladen: Gehen Sie live, wenn Sie bereit sind.
live-returned = Sie sind wieder im Publikum.
live-hands = Gehobene Hände
live-no_hands = Keine Hand ist gehoben.
live-promote = { $name } zum Sprechen einladen
live-return = { $name } ins Publikum zurückschicken
live-record_start = Aufzeichnung starten
live-record_stop = Aufzeichnung beenden

## the event's recordings and seat (issue 22)
event-moved_up = Sie haben jetzt einen Platz: Sie sind von der Warteliste nachgerückt.
live-off_stage_returned = Eine Moderatorin oder ein Moderator hat Sie ins Publikum zurückgeschickt.
live-off_stage_muted = Sie wurden in diesem Bereich stummgeschaltet: Sie sind wieder im Publikum.
live-off_stage_removed = Sie sind nicht mehr Mitglied dieses Bereichs: Sie sind wieder im Publikum.
live-off_stage_unnamed = Sie gehören nicht mehr zu den Vortragenden dieser Veranstaltung: Sie sind wieder im Publikum.
recordings-title = Aufzeichnungen
recordings-processing = Eine Aufzeichnung wird verarbeitet: Sie erscheint hier, sobald sie fertig ist.
recordings-take = Aufgezeichnet am { $when } · { $length }
recordings-video = Video: { $speaker }
recordings-audio = Ton: { $speaker }
recordings-former_speaker = eine frühere sprechende Person
