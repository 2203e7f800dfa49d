### TwinSpace Live: le parole della pagina in italiano.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Italiano

## app
app-name = TwinSpace Live
app-skip = Vai al contenuto
app-nav = Principale
app-language = Lingua
app-sign_out = Esci
app-signed_in_as = Accesso effettuato: { $name }
app-loading = Caricamento…

## conn
conn-lost = Connessione persa. Nuovo collegamento in corso…
conn-back = La connessione è tornata.
conn-failed = La connessione in diretta è stata chiusa. Ricarica la pagina per riprovare.
conn-session_ended = La tua sessione è terminata. Accedi di nuovo.
conn-account_locked = Questo account non può più essere usato. Accedi di nuovo per sapere perché.
# Why the server closed the live connection: `conn-closed-<reason>`, one per reason code it sends
# (protocol/close_codes.py, CloseReason).
conn-closed-auth_missing = La connessione in diretta non ha ricevuto il tuo accesso in tempo. Ricarica la pagina.
conn-closed-session_invalid = La tua sessione non è più valida. Accedi di nuovo.
conn-closed-session_expired = La tua sessione è scaduta. Accedi di nuovo.
conn-closed-signed_out = La tua sessione è stata chiusa. Accedi di nuovo.
conn-closed-account_locked = Questo account non può più essere usato. Accedi di nuovo per sapere perché.
conn-closed-too_many_connections = Questo account ha troppe pagine aperte contemporaneamente. Chiudi qualche scheda, poi ricarica questa pagina.
conn-closed-too_many_messages = Questa pagina ha inviato troppe cose troppo in fretta. Aspetta un momento, poi ricaricala.
conn-closed-frame_too_large = Questa pagina ha inviato qualcosa di troppo grande. Ricarica la pagina e riprova.
conn-closed-idle_timeout = La connessione in diretta è rimasta inattiva troppo a lungo ed è stata chiusa. Nuovo collegamento in corso…
conn-closed-slow_consumer = La connessione in diretta è rimasta indietro. Nuovo collegamento in corso…
conn-closed-server_restarting = Il server si sta riavviando. Nuovo collegamento tra un momento…
conn-closed-server_shutting_down = Il server della tua connessione si sta arrestando. Nuovo collegamento in corso…
conn-closed-unavailable = Il server è occupato. Nuovo collegamento tra un momento…
conn-closed-internal = Qualcosa non ha funzionato sul server. Nuovo collegamento tra un momento…

## login
login-title = Accedi
login-intro = I docenti e gli ospiti accedono con il loro indirizzo e-mail. Gli studenti usano il nome utente e il codice che hanno ricevuto dal loro docente.
login-teacher = Docenti e ospiti
login-pupil = Studenti
login-email = Indirizzo e-mail
login-password = Password
login-username = Nome utente
login-code = Codice
login-submit = Accedi
login-pupil_submit = Accedi come studente
login-forgot = Hai dimenticato la password?
login-register = Non hai ancora un account? Crea un account eTwinner
login-pupil_forgot = Hai dimenticato il codice? Chiedine uno nuovo al tuo docente.

## invite
invite-title = Entra in un TwinSpace come ospite
invite-intro = Hai ricevuto un invito in un TwinSpace. Scegli il nome che vedranno gli altri e imposta una password.
invite-display_name = Il tuo nome
invite-submit = Accetta l’invito
invite-checking = Controllo del tuo invito in corso…
invite-for_space = Hai ricevuto un invito in «{ $title }».
invite-unknown = Questo link di invito non è conosciuto. Controlla di averlo copiato tutto, oppure chiedine uno nuovo al docente che te l’ha mandato.
invite-expired = Questo link di invito è scaduto. Chiedine uno nuovo al docente che te l’ha mandato.
invite-used_up = Questo link di invito è già stato usato tutte le volte consentite. Chiedine uno nuovo al docente che te l’ha mandato.
invite-revoked = Questo link di invito è stato ritirato da un docente.
invite-closed = Lo spazio di questo invito è chiuso.

## spaces
spaces-title = I miei spazi
spaces-empty = Non fai ancora parte di nessuno spazio.
spaces-create = Crea uno spazio
spaces-kind = Tipo
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Stanza
spaces-kind-group = Gruppo
spaces-space_title = Titolo
spaces-description = Descrizione (facoltativa)
spaces-create_submit = Crea
spaces-created = Lo spazio «{ $title }» è stato creato.
spaces-my_role = Il tuo ruolo: { $role }
spaces-archived = archiviato

## space
space-back = Torna ai miei spazi
space-sections = Sezioni di questo spazio
space-members = Membri
space-online_count =
    { $count ->
        [one] { $count } online
        [many] { $count } online
       *[other] { $count } online
    }
space-online = online
space-offline = offline
space-you = (tu)
space-refreshed = L’elenco è stato aggiornato.
space-gone = Questo spazio non è più disponibile per te.

## chat
chat-title = Chat
chat-empty = Ancora nessun messaggio.
chat-message = Messaggio
chat-send = Invia
chat-pending = (in attesa di un docente)
chat-typing = { $name } sta scrivendo…
chat-teachers_tab = Bacheca dei docenti
chat-teachers_title = Bacheca dei docenti
chat-session_title = Chat della sessione
chat-older = Mostra i messaggi precedenti
chat-new_messages = Nuovi messaggi
chat-mention_list = Membri da menzionare
chat-mention_hint = Scrivi @ e un nome per menzionare un membro.
chat-hidden = (nascosto da un docente)
chat-deleted = (eliminato)
chat-rejected = (non pubblicato da un docente)
chat-edited = (modificato)
chat-mentions_you = ti menziona
chat-edit = Modifica
chat-edit_label = Modifica il tuo messaggio
chat-save = Salva
chat-cancel = Annulla
chat-delete = Elimina
chat-delete_confirm = Sì, elimina
chat-hide = Nascondi
chat-restore = Ripristina
chat-approve = Approva
chat-reject = Rifiuta
chat-report = Segnala
chat-reported = Grazie. I docenti guarderanno questo messaggio.
chat-mute = Silenzia
chat-mute_question = Silenziare { $name }?
chat-mute_for = Silenzia { $name } per
chat-minutes =
    { $count ->
        [one] { $count } minuto
        [many] { $count } di minuti
       *[other] { $count } minuti
    }
chat-mute_confirm = Silenzia ora
chat-muted_other = { $name } non può scrivere fino alle { $time }.
chat-muted_you = Un docente ha messo in pausa la tua scrittura fino alle { $time }. Puoi comunque leggere la chat.
chat-unmuted_you = Puoi di nuovo scrivere nella chat.
chat-gone = Questa chat non è più disponibile per te.

## role
role-founder = Fondatore
role-admin = Amministratore
role-teacher = Docente
role-pupil_admin = Studente amministratore
role-pupil = Studente
role-guest = Ospite

## error
error-bad_credentials = I dati di accesso non sono corretti. Controllali e riprova.
error-rate_limited = Troppi tentativi. Aspetta un momento e riprova.
error-invalid = Alcuni campi non sono compilati correttamente.
error-not_found = Questa pagina non esiste o non puoi vederla.
error-forbidden = Non hai il permesso di farlo.
error-gone = Questo non esiste più o non funziona più.
error-conflict = Questo è in conflitto con qualcosa che esiste già.
error-gone-revoked = Questo link di invito non funziona più: i docenti dello spazio l’hanno ritirato.
error-gone-expired = Questo link di invito non funziona più: è scaduto.
error-gone-used_up = Questo link di invito non funziona più: è già stato usato tutte le volte consentite.
error-conflict-name_taken = «{ $name }» c’è già. Scegli un altro nome.
error-conflict-in_trash = «{ $name }» è nel cestino: prima ripristinalo.
error-conflict-not_in_trash = «{ $name }» non è nel cestino.
error-conflict-parent_in_trash = «{ $name }» era in una cartella che ora è nel cestino: prima ripristina quella cartella.
error-conflict-folder_not_empty = La cartella «{ $name }» non è vuota: prima sposta nel cestino quello che contiene.
error-conflict-wrong_status = Lo stato di questo account ({ $status }) non lo consente.
error-unauthenticated = Accedi, per favore.
error-network = Non è stato possibile raggiungere il server. Controlla la connessione e riprova.
error-generic = Qualcosa non ha funzionato. Riprova.
error-too_large = È troppo grande.
error-quota_exceeded = In questo spazio non c’è più abbastanza posto.
error-unsupported = Il server non può accettare questo tipo di richiesta.
error-aborted = Il caricamento è stato interrotto.
error-rate_limited_wait = Troppi tentativi. Riprova { $wait }.
error-fields = Alcuni campi richiedono la tua attenzione: leggi il messaggio sotto ciascuno.
error-account_rejected = L’amministratore nazionale del tuo Paese non ha accettato questa registrazione, quindi con questo account non puoi accedere. Se pensi che sia un errore, contatta l’Unità nazionale eTwinning del tuo Paese.
error-account_suspended = L’amministratore nazionale del tuo Paese ha sospeso questo account: per ora non puoi accedere. Per sapere perché, o per chiedere di riattivarlo, contatta l’Unità nazionale eTwinning del tuo Paese.
error-malformed = La pagina ha inviato qualcosa che il server non è riuscito a leggere. Ricarica la pagina e riprova.
error-csrf = Il controllo di sicurezza della pagina non è riuscito. Ricarica la pagina e riprova.
error-limit_exceeded = Questo supera un limite fissato per questo spazio.
error-unavailable = Il server è occupato o una sua parte non risponde. Riprova tra un momento.
error-internal = Qualcosa non ha funzionato sul server. Riprova più tardi.
error-insufficient_storage = Sul server non c’è più spazio per i file. Non è stato salvato nulla; avvisa chi si occupa di eTwinning nella tua scuola.
error-request_timeout = L’invio ha richiesto troppo tempo ed è stato interrotto. Controlla la connessione e riprova.
error-conflict-not_a_guest = Questo indirizzo e-mail appartiene a un account eTwinning. I docenti vengono invitati dagli amministratori dello spazio, non con un link per ospiti.

## notice
# What a pupil (or any member) is told about their own post or account. The server sends only the
# event's name (protocol/events.py, notice channel): `notice-<event>`, its dots as dashes.
notice-post-pending = Grazie! Un docente leggerà il tuo messaggio prima che tutti possano vederlo.
notice-post-approved = Un docente ha letto il tuo messaggio. Ora tutti nel progetto possono vederlo.
notice-post-rejected = Un docente ha deciso di non mostrare il tuo messaggio. Puoi chiedere al tuo docente perché.
notice-post-hidden = Un docente ha nascosto il tuo messaggio per ora. Puoi chiedere al tuo docente perché.
notice-post-restored = Un docente ha mostrato di nuovo il tuo messaggio. Ora tutti possono vederlo.
notice-post-purged = Un docente ha eliminato il tuo messaggio.
notice-member-muted = Puoi leggere il progetto, ma per un po’ non puoi scrivere.
notice-member-unmuted = Puoi di nuovo scrivere nel progetto.
notice-chat-mention = { $name } ha scritto il tuo nome nella chat.

## video
video-section = Video
video-open_sessions = Sessioni video aperte
video-none = Nessuna sessione video è aperta.
video-start_title = Avvia una sessione video
video-title = Titolo (facoltativo)
video-lobby = Gli studenti aspettano nella sala d’attesa finché un docente non li fa entrare
video-start = Avvia
video-join_named = Entra in «{ $title }»
video-nobody_in_call = Ancora nessuno nella chiamata
video-people_in_call =
    { $count ->
        [one] { $count } persona nella chiamata
        [many] { $count } di persone nella chiamata
       *[other] { $count } persone nella chiamata
    }
video-locked = (bloccata)
video-back = Torna allo spazio
video-participants = Partecipanti
video-my_controls = Il tuo microfono e la tua videocamera
video-chat = Chat della sessione
video-starting_media = Avvio della videocamera e del microfono…
video-in_call = Sei nella chiamata.
video-waiting_in_lobby = Sei nella sala d’attesa. Tra poco un docente ti farà entrare.
video-no_media = Non è stato possibile usare nessuna videocamera e nessun microfono: puoi comunque vedere e sentire gli altri.
video-partial_media = È stato possibile usare solo in parte la videocamera e il microfono.
video-enable_sound = Attiva l’audio
video-mic_on = Microfono attivo
video-mic_off = Microfono spento
video-mic_forced = Microfono spento da un docente
video-camera_on = Videocamera attiva
video-camera_off = Videocamera spenta
video-hand_raised = Mano alzata
video-mute_me = Spegni il mio microfono
video-unmute_me = Accendi il mio microfono
video-camera_stop = Spegni la mia videocamera
video-camera_start = Accendi la mia videocamera
video-hand_raise = Alza la mano
video-hand_lower = Abbassa la mano
video-leave = Esci
video-you_are_muted = Un docente ti ha spento il microfono. Potrai riaccenderlo quando un docente lo permetterà.
video-muted_by_teacher = Un docente ha spento il tuo microfono.
video-unmute_allowed = Un docente ti permette di riaccendere il microfono.
video-mute_other = Silenzia
video-mute_named = Silenzia { $name }
video-allow_unmute = Permetti di riaccendere il microfono
video-allow_unmute_named = Permetti di riaccendere il microfono: { $name }
video-remove = Togli dalla sessione
video-remove_named = Togli { $name } dalla sessione
video-lobby_title = Sala d’attesa
video-lobby_empty = Nessuno sta aspettando.
video-admit = Fai entrare
video-admit_named = Fai entrare { $name }
video-deny = Non far entrare
video-deny_named = Non far entrare { $name }
video-manage = Questa sessione
video-is_open = Aperta: i membri possono entrare.
video-is_locked = Bloccata: possono entrare solo i docenti.
video-lock = Blocca la sessione
video-end = Termina la sessione per tutti
video-ended = La sessione è terminata.
video-ended_space_archived = La sessione è terminata: il suo spazio è stato archiviato.
video-ended_space_deleted = La sessione è terminata: il suo spazio è stato eliminato.
video-ended_empty = La sessione è terminata: per un po’ non c’era nessuno.
video-no_teacher_yet = In questa sessione non c’è ancora nessun docente, quindi nessuno può farti entrare. Puoi aspettare qui oppure uscire.
video-leave_lobby = Esci dalla sala d’attesa
video-removed = Un docente ti ha tolto dalla sessione.
video-denied = Un docente non ti ha fatto entrare in questa sessione.
video-left = Hai lasciato la sessione.
video-full = Questa sessione è al completo.
video-refused = Non puoi entrare in questa sessione.
video-signal_refused = Il server ha rifiutato quello che il tuo browser ha inviato. Prova a uscire e a rientrare.
video-sfu_moving = La sessione è cresciuta: la chiamata passa al server multimediale della classe…
video-sfu_unreachable = Non è possibile raggiungere il server multimediale della classe. Nuovo tentativo in corso…
video-sfu_no_seat = Tutti i posti con videocamera di questa sessione sono occupati: tu vedi e senti gli altri, ma loro non vedono né sentono te.
video-sfu_not_sent = Non è stato possibile inviare la tua videocamera e il tuo microfono. Continui a vedere e sentire gli altri.

## forum
forum-title = Forum
forum-threads = Discussioni
forum-posts = Messaggi
forum-areas = Aree del forum
forum-area-open = Forum aperto
forum-area-teachers = Bacheca dei docenti
forum-empty = Ancora nessuna discussione.
forum-thread_meta =
    { $count ->
        [one] di { $author } · { $count } messaggio · { $when }
        [many] di { $author } · { $count } di messaggi · { $when }
       *[other] di { $author } · { $count } messaggi · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } nuovo
        [many] { $count } di nuovi
       *[other] { $count } nuovi
    }
forum-pinned = in evidenza
forum-locked = chiusa
forum-new_thread = Apri una discussione
forum-new_bulletin = Apri una discussione nella Bacheca dei docenti
forum-thread_title = Titolo della discussione
forum-first_post = Primo messaggio
forum-start = Apri la discussione
forum-thread_started = La discussione è stata aperta.
forum-thread_held = Grazie! Un docente leggerà la tua discussione prima che tutti possano vederla.
forum-back = Torna alle discussioni
forum-reply_label = La tua risposta
forum-send = Pubblica la risposta
forum-no_reply = Non puoi rispondere in questa discussione.
forum-held = Grazie! Un docente leggerà il tuo messaggio prima che tutti possano vederlo.
forum-edited = (modificato)
forum-edit = Modifica
forum-edit_label = Modifica il tuo messaggio
forum-save = Salva
forum-saved = Il tuo messaggio è stato modificato.
forum-cancel = Annulla
forum-delete = Elimina
forum-deleted = Il messaggio è stato eliminato.
forum-report = Segnala
forum-report_reason = Che cosa non va in questo messaggio? (facoltativo)
forum-report_send = Invia la segnalazione
forum-reported = Grazie. I docenti sono stati avvisati.
forum-hide = Nascondi
forum-restore = Ripristina
forum-approve = Approva
forum-reject = Rifiuta
forum-done-hide = Il messaggio è nascosto alla classe.
forum-done-restore = Il messaggio è di nuovo visibile.
forum-done-approve = Il messaggio è approvato: tutti possono vederlo.
forum-done-reject = Il messaggio è rifiutato: lo vede solo chi l’ha scritto.
forum-state-pending = in attesa di un docente
forum-state-hidden = nascosto
forum-state-rejected = non pubblicato
forum-state-deleted = eliminato
forum-pin = Metti in evidenza
forum-unpin = Togli dall’evidenza
forum-lock = Chiudi
forum-unlock = Riapri
forum-thread_changed = La discussione è stata modificata.
forum-thread_gone = Questa discussione non è più disponibile per te.
forum-moderation = Moderazione
forum-queue = In attesa di approvazione
forum-queue_empty = Nessun messaggio in attesa.
forum-reports = Segnalazioni
forum-reports_empty = Nessuna segnalazione aperta.
forum-reported_by = segnalato da { $name }
forum-report_said = Motivo: { $reason }
forum-resolve = Chiudi la segnalazione
forum-resolved = La segnalazione è chiusa.

## reactions
reaction-bar = Reazioni
reaction-add = Aggiungi una reazione
reaction-picker = Scegli una reazione
reaction-count =
    { $count ->
        [one] { $name }: { $count } persona
        [many] { $name }: { $count } persone
       *[other] { $name }: { $count } persone
    }
reaction-thumbs_up = Pollice in su
reaction-heart = Cuore
reaction-clap = Bravo
reaction-laugh = Divertente
reaction-idea = Buona idea
reaction-question = Ho una domanda

## archive
archive-title = File
archive-usage = { $used } usati su { $quota }
archive-where = Cartella
archive-top = Tutti i file
archive-empty = Questa cartella è vuota.
archive-contents = Cartelle e file
archive-name = Nome
archive-size = Dimensione
archive-by = Aggiunto da
archive-when = Modificato
archive-actions = Azioni
archive-former_member = ex membro
archive-choose = Scegli un file
archive-upload = Carica
archive-progress = Avanzamento del caricamento
archive-uploading = Caricamento di { $name }: { $percent }
archive-uploaded = «{ $name }» è stato caricato.
archive-too_large = Questo file è troppo grande: ogni file può essere al massimo di { $max }.
archive-quota = Nei file di questo spazio non c’è più abbastanza posto ({ $free } liberi). Chiedi a un docente di togliere i file vecchi.
archive-new_folder = Nuova cartella
archive-create_folder = Crea la cartella
archive-folder_created = La cartella «{ $name }» è stata creata.
archive-download = Scarica
archive-download_named = Scarica { $name }
archive-rename = Rinomina
archive-rename_named = Rinomina { $name }
archive-new_name = Nuovo nome
archive-save = Salva
archive-cancel = Annulla
archive-renamed = Rinominato in «{ $name }».
archive-trash = Sposta nel cestino
archive-trash_named = Sposta nel cestino: { $name }
archive-trashed = «{ $name }» è nel cestino.
archive-show_trash = Cestino
archive-trash_empty = Il cestino è vuoto.
archive-restore = Ripristina
archive-restore_named = Ripristina { $name }
archive-restored = «{ $name }» è tornato al suo posto.
archive-purge = Elimina per sempre
archive-purge_named = Elimina per sempre { $name }
archive-purged = «{ $name }» è stato eliminato per sempre.
archive-choose_first = Scegli un file da caricare.
archive-no_file = Nessun file ancora scelto.
archive-name_taken = Qui c’è già qualcosa con questo nome. Scegli un altro nome.

## unit
unit-b = B
unit-kb = KB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Compila questo campo.
field-unknown = Questo campo non è previsto qui.
field-type = Questo valore non è del tipo giusto.
field-blank = Scrivi qualcosa qui: gli spazi da soli non contano.
field-too_short =
    { $count ->
        [one] Scrivi almeno { $min } carattere.
        [many] Scrivi almeno { $min } di caratteri.
       *[other] Scrivi almeno { $min } caratteri.
    }
field-too_long =
    { $count ->
        [one] Scrivi al massimo { $max } carattere.
        [many] Scrivi al massimo { $max } di caratteri.
       *[other] Scrivi al massimo { $max } caratteri.
    }
field-too_small = Indica almeno { $min }.
field-too_large = Indica al massimo { $max }.
field-format = Non è nel formato previsto.
field-choice = Scegli una delle opzioni proposte.
field-invalid = Questo valore non è accettato.

## confirm
confirm-cancel = Annulla
confirm-trash_file = Spostare «{ $name }» nel cestino?
confirm-trash_file_lost = I membri non vedranno più questo file. Un docente può recuperarlo dal cestino.
confirm-trash_folder = Spostare la cartella «{ $name }» nel cestino?
confirm-trash_folder_lost = I membri non vedranno più questa cartella né niente di quello che contiene. Un docente può recuperarla dal cestino.
confirm-purge = Eliminare «{ $name }» per sempre?
confirm-purge_lost = Sparirà per tutti e non potrà essere recuperato.
confirm-delete_post = Eliminare questo messaggio?
confirm-delete_post_lost = Il testo sparirà per tutti. Non si può annullare.
confirm-delete_message = Eliminare questo messaggio?
confirm-delete_message_lost = Il testo sparirà per tutti. Non si può annullare.
confirm-end_session = Terminare la sessione per tutti?
confirm-end_session_lost = Tutti escono subito dalla chiamata e la sessione non potrà essere riaperta.
confirm-remove_participant = Togliere { $name } dalla sessione?
confirm-remove_participant_lost = { $name } esce subito dalla chiamata e non potrà rientrare in questa sessione.
confirm-deny = Non far entrare { $name }?
confirm-deny_lost = { $name } non entrerà in questa sessione.

## page
page-not_found = Pagina non trovata
page-not_found_text = A questo indirizzo non c’è nessuna pagina.
page-go_spaces = Vai ai miei spazi
page-go_sign_in = Vai alla pagina di accesso

## form
form-required = Compila questo campo.
form-email_format = Scrivi un indirizzo e-mail come nome@scuola.eu.
form-password_short = Usa almeno 10 caratteri.
form-password_long = Usa al massimo 200 caratteri.
form-password_mismatch = Le due password non sono uguali.
form-password_hint = Almeno 10 caratteri. Qualche parola che ricorderai funziona bene.
form-check_fields = Controlla i campi segnalati sopra.
form-field_invalid = Questo valore non è accettato.

## register
register-title = Crea un account eTwinner
register-intro = Per i docenti. L’amministratore nazionale del tuo Paese controlla che tu sia docente e poi convalida il tuo account. Gli studenti non si registrano: il loro account lo crea il loro docente.
register-name = Il tuo nome
register-school = Scuola
register-country = Paese
register-country_choose = Scegli il tuo Paese
register-submit = Crea il mio account
register-email_taken = Esiste già un account con questo indirizzo e-mail. Accedi, oppure chiedi una nuova password.
register-have_account = Hai già un account? Accedi

## pending
pending-title = Il tuo account è in attesa di convalida
pending-who_heading = Chi lo convalida
pending-who = L’amministratore nazionale del tuo Paese ({ $country }) controlla che tu insegni nella scuola che hai indicato, poi convalida il tuo account.
pending-next_heading = Che cosa succede dopo
pending-next_validate = Quando il tuo account sarà convalidato, farai parte degli eTwinner: potrai creare spazi, ricevere inviti a progetti e creare gli account dei tuoi studenti. Accedi di nuovo, o premi «Controlla di nuovo», per vederlo.
pending-next_reject = Se l’amministratore nazionale non accetta la tua registrazione, lo vedrai quando accedi.
pending-next_meanwhile = Nel frattempo puoi cambiare il tuo nome e la tua password in «Il mio account».
pending-check = Controlla di nuovo
pending-still = Il tuo account è ancora in attesa di convalida.
pending-count =
    { $count ->
        [one] { $count } in attesa di moderazione
        [many] { $count } in attesa di moderazione
       *[other] { $count } in attesa di moderazione
    }

## forgot
forgot-title = Hai dimenticato la password?
forgot-intro = Scrivi l’indirizzo e-mail del tuo account. Ti manderemo un link per scegliere una nuova password.
forgot-submit = Mandami un link
forgot-sent = Se esiste un account con questo indirizzo, gli è stato mandato un link. Il link funziona una sola volta e per un tempo limitato. Controlla anche la cartella dello spam.
forgot-pupils = Studenti: qui non hai un indirizzo e-mail. Chiedi un nuovo codice al tuo docente.
forgot-back = Torna all’accesso

## reset
reset-title = Scegli una nuova password
reset-intro = Se scegli una nuova password, esci da tutti gli altri dispositivi.
reset-password = Nuova password
reset-confirm = Ripeti la nuova password
reset-submit = Salva la nuova password
reset-gone = Questo link è scaduto o è già stato usato. Chiedine uno nuovo.
reset-done = La tua password è stata cambiata. Accedi con quella nuova.
reset-ask_again = Chiedi un nuovo link

## account
account-title = Il mio account
account-signed_in_with = Accedi con { $email }.
account-name_heading = Il tuo nome
account-name = Nome visibile agli altri
account-save_name = Salva il nome
account-name_saved = Il tuo nome è stato salvato.
account-pupil_note = Questo nome l’ha scelto il tuo docente, che se ne occupa. Chiedi al tuo docente se va cambiato.
account-password_heading = La tua password
account-password_intro = Se la cambi, esci dagli altri dispositivi; qui resti dentro.
account-current_password = Password attuale
account-new_password = Nuova password
account-confirm_password = Ripeti la nuova password
account-save_password = Cambia la password
account-password_saved = La tua password è stata cambiata.
account-current_wrong = Questa non è la tua password attuale.
account-everywhere_heading = Esci ovunque
account-everywhere_intro = Chiude il tuo accesso su tutti i dispositivi e browser, compreso questo: un telefono perso o un computer condiviso non aprono più il tuo account.
account-everywhere = Esci ovunque…
account-everywhere_question = Uscire su tutti i dispositivi, compreso questo? Le pagine aperte si chiudono subito e quello che non hai ancora inviato va perso.
account-everywhere_confirm = Sì, esci ovunque
account-everywhere_done = Hai chiuso l’accesso su tutti i dispositivi.
account-cancel = Annulla

## admin
admin-nav = Console di convalida
admin-title = Console dell’amministrazione nazionale
admin-country = Paese: { $country }
admin-only_national_admins = Questa pagina è riservata agli amministratori nazionali.
admin-pending_heading = Docenti in attesa di convalida
admin-pending_count =
    { $count ->
        [one] { $count } docente è in attesa.
        [many] { $count } di docenti sono in attesa.
       *[other] { $count } docenti sono in attesa.
    }
admin-pending_none = Nessun docente è in attesa di convalida.
admin-select_all = Seleziona tutto
admin-select_first = Prima seleziona almeno un docente.
admin-validate_selected = Convalida la selezione
admin-reject_selected = Rifiuta la selezione…
admin-validated =
    { $count ->
        [one] { $count } account di docente convalidato.
        [many] { $count } di account di docenti convalidati.
       *[other] { $count } account di docenti convalidati.
    }
admin-rejected =
    { $count ->
        [one] { $count } registrazione rifiutata.
        [many] { $count } di registrazioni rifiutate.
       *[other] { $count } registrazioni rifiutate.
    }
admin-reject_question =
    { $count ->
        [one] Rifiutare la registrazione di { $names }? Questa persona non potrà accedere, e non si può annullare.
        [many] Rifiutare queste { $count } di registrazioni ({ $names })? Queste persone non potranno accedere, e non si può annullare.
       *[other] Rifiutare queste { $count } registrazioni ({ $names })? Queste persone non potranno accedere, e non si può annullare.
    }
admin-reject_reason = Motivo del rifiuto
admin-reject_heading = Rifiuta registrazioni
admin-suspend_heading = Sospendi un account
admin-reinstate_heading = Riattiva un account
admin-reject_reason_hint = Resta nel registro di controllo insieme al tuo nome.
admin-reject_confirm =
    { $count ->
        [one] Rifiuta { $count } registrazione
        [many] Rifiuta { $count } di registrazioni
       *[other] Rifiuta { $count } registrazioni
    }
admin-failed_one = { $name }: { $why }
admin-school = Scuola: { $school }
admin-registered = Registrazione: { $date }
admin-search_heading = Trova un account
admin-search_label = Nome, indirizzo e-mail o scuola
admin-search_hint = Solo account del tuo Paese. Lascia vuoto per vederli tutti, dal più recente.
admin-search = Cerca
admin-showing = { $from }–{ $to } di { $total }
admin-no_match = Nessun account corrisponde.
admin-previous = Pagina precedente
admin-next = Pagina successiva
admin-suspend = Sospendi…
admin-suspend_named = Sospendi { $name }…
admin-suspend_question = Sospendere l’account di { $name }? L’accesso si chiude subito ovunque, le pagine aperte si chiudono e non sarà possibile accedere finché non riattivi l’account.
admin-suspend_reason = Motivo della sospensione
admin-suspend_confirm = Sì, sospendi
admin-suspend_done = L’account di { $name } è sospeso.
admin-reinstate = Riattiva…
admin-reinstate_named = Riattiva { $name }…
admin-reinstate_question = Riattivare l’account di { $name }? Sarà di nuovo possibile accedere.
admin-reinstate_reason = Motivo (facoltativo)
admin-reinstate_confirm = Riattiva
admin-reinstate_done = L’account di { $name } è stato riattivato.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Per confermare, scrivi il titolo dello spazio: { $text }

## status
status-active = attivo
status-pending = in attesa di convalida
status-suspended = sospeso
status-rejected = rifiutato
status-erased = cancellato

## names
names-marked = { $name } ({ $mark })

## members
members-username = nome utente: { $username }
members-role_of = Ruolo di { $name }
members-change_role = Cambia ruolo
members-role_question = Cambiare il ruolo di { $name } da { $from } a { $to }?
members-role_consequence = D’ora in poi { $name } può fare ciò che il ruolo { $to } consente, su tutti i dispositivi insieme.
members-role_confirm = Cambia il ruolo
members-role_changed = Il ruolo di { $name } ora è { $role }.
members-reset_code = Nuovo codice
members-reset_question = Dare a { $name } un nuovo codice di accesso?
members-reset_consequence = Il vecchio codice smette subito di funzionare e lo studente esce da tutti i dispositivi. Sei tu a consegnare la nuova scheda.
members-reset_confirm = Crea un nuovo codice
members-reset_done = { $name } ha un nuovo codice: consegna la nuova scheda qui sotto.
members-export = Esporta i dati
members-remove = Togli
members-remove_question = Togliere { $name } da questo spazio?
members-remove_consequence = { $name } perde subito l’accesso a questo spazio, su tutti i dispositivi.
members-remove_pupil_kept = L’account, i messaggi e i file dello studente restano; potrai aggiungere di nuovo l’account più tardi.
members-remove_kept = I suoi messaggi e i suoi file restano nello spazio.
members-remove_confirm = Togli
members-removed = { $name } non fa più parte dello spazio.
members-erase = Cancella l’account
members-leave = Lascia questo spazio
members-leave_question = Lasciare «{ $title }»?
members-leave_consequence = Perdi subito l’accesso ai suoi forum, file, chat e video. Solo un docente amministratore può farti rientrare.
members-leave_kept = Quello che hai scritto e caricato resta nello spazio.
members-leave_confirm = Lascia lo spazio
members-left = Hai lasciato «{ $title }».

## erase
erase-question = Cancellare l’account di { $name }?
erase-account_gone = Il nome, il nome utente e il codice dello studente vengono eliminati per sempre.
erase-signed_out = Lo studente esce subito e non potrà mai più accedere.
erase-no_undo = Non si può annullare.
erase-export_first = Se lo studente o la famiglia potrebbero volerne una copia, prima esporta i dati.
erase-posts = I messaggi dello studente nel forum e nella chat
erase-posts_keep = Tienili, firmati «ex studente»
erase-posts_remove = Eliminali per sempre
erase-files = I file dello studente
erase-files_keep = Tienili, a nome di «ex studente»
erase-files_remove = Eliminali per sempre
erase-confirm = Cancella l’account
erase-done = L’account di { $name } è stato cancellato.

## invite_teacher
invite_teacher-title = Invita un docente partner
invite_teacher-by_email = Con l’indirizzo e-mail
invite_teacher-role = Ruolo
invite_teacher-submit = Invita
invite_teacher-done = { $name } fa ora parte dello spazio con il ruolo { $role }.
invite_teacher-not_etwinner = Nessun eTwinner convalidato ha questo indirizzo, oppure non puoi assegnare questo ruolo.
invite_teacher-find = Trova un eTwinner
invite_teacher-query = Nome, scuola o Paese
invite_teacher-search = Cerca
invite_teacher-results = eTwinner trovati
invite_teacher-none = Nessun eTwinner trovato.
invite_teacher-more = Altri risultati
invite_teacher-member = Membro di questo spazio
invite_teacher-invite = Invita
invite_teacher-role_for = Ruolo per { $name }

## pupils
pupils-title = Aggiungi studenti
pupils-one_title = Uno studente
pupils-name = Nome dello studente
pupils-add_one = Aggiungi lo studente
pupils-class_title = Un’intera classe
pupils-class_names = Nomi degli studenti
pupils-class_help = Un nome per riga, come gli altri vedranno ogni studente.
pupils-add_class = Aggiungi la classe
pupils-class_empty = Scrivi almeno un nome.
pupils-language = Lingua della pagina per questi studenti
pupils-language_help = Dopo l’accesso vedranno TwinSpace Live in questa lingua. Ogni studente potrà cambiarla in seguito.
pupils-line_errors = Righe da correggere
pupils-line_error = Riga { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } riga va corretta; non è stato creato niente.
        [many] { $count } di righe vanno corrette; non è stato creato niente.
       *[other] { $count } righe vanno corrette; non è stato creato niente.
    }
pupils-created =
    { $count ->
        [one] { $count } account di studente aggiunto.
        [many] { $count } di account di studenti aggiunti.
       *[other] { $count } account di studenti aggiunti.
    }

## cards
cards-title = Schede di accesso
cards-once = Questi codici si vedono solo adesso. Stampa le schede o annota i codici prima di lasciare questa pagina.
cards-site = Accedi su
cards-print = Stampa le schede
cards-done = Fatto: nascondi i codici

## links
links-tab = Link per ospiti
links-intro = Un link per ospiti permette a un esperto o a un osservatore di entrare in questo TwinSpace come ospite. Chiunque abbia il link può usarlo, finché non scade o non si esaurisce.
links-create_title = Nuovo link per ospiti
links-valid_for = Valido per
links-days =
    { $count ->
        [one] { $count } giorno
        [many] { $count } di giorni
       *[other] { $count } giorni
    }
links-uses = Numero di utilizzi
links-note = Nota (per chi è)
links-create = Crea il link
links-new = Il nuovo link
links-once = Copialo adesso: si vede una sola volta.
links-copy = Copia
links-copied = Il link è stato copiato.
links-select_copy = Il link è selezionato: premi Ctrl+C (⌘+C) per copiarlo.
links-live = Link in uso
links-empty = Nessun link per ospiti in uso.
links-untitled = Link per ospiti
links-used =
    { $count ->
        [one] utilizzi: { $used } su { $count }
        [many] utilizzi: { $used } su { $count }
       *[other] utilizzi: { $used } su { $count }
    }
links-until = fino al { $time }
links-revoke = Revoca
links-revoke_question = Revocare questo link per ospiti?
links-revoke_consequence = Nessuno potrà più entrare con questo link.
links-revoke_kept = Gli ospiti entrati con questo link restano membri.
links-revoked = Il link è stato revocato.

## settings
settings-tab = Impostazioni
settings-space = Lo spazio
settings-pupils = Studenti
settings-premoderate_pupils = Trattieni i messaggi degli studenti finché un docente non li approva
settings-pupils_may_create_threads = Gli studenti possono aprire discussioni
settings-pupils_may_upload = Gli studenti possono caricare file
settings-save = Salva
settings-saved = Le impostazioni sono state salvate.
settings-archive_title = Archivia
settings-archive_text = Uno spazio archiviato resta leggibile dai suoi membri, ma nessuno può pubblicare, caricare file o avviare una sessione video.
settings-archive = Archivia questo spazio
settings-archive_question = Archiviare «{ $title }»?
settings-archive_read_only = Nessuno potrà più pubblicare, caricare o cambiare niente.
settings-archive_video = Le sessioni video in corso terminano subito.
settings-archive_undo = Un fondatore potrà riaprire lo spazio più tardi.
settings-archive_confirm = Archivia
settings-archived_title = Questo spazio è archiviato
settings-archived_text = È di sola lettura. Riaprilo per permettere ai membri di pubblicare e caricare file.
settings-unarchive = Riapri
settings-unarchive_question = Riaprire «{ $title }»?
settings-unarchive_consequence = I membri potranno di nuovo pubblicare, caricare file e avviare sessioni video.
settings-delete_title = Elimina lo spazio
settings-delete_text = L’eliminazione cancella per sempre lo spazio e tutto quello che contiene.
settings-delete = Elimina questo spazio
settings-delete_question = Eliminare per sempre «{ $title }»?
settings-delete_content = Tutte le discussioni del forum, i messaggi della chat e i file, con tutte le loro versioni, vengono eliminati.
settings-delete_members = Tutti i membri perdono lo spazio; gli account degli studenti restano solo negli altri loro spazi.
settings-delete_video = Le sessioni video in corso terminano subito.
settings-delete_no_undo = Anche il registro di controllo viene eliminato. Non si può annullare.
settings-delete_confirm = Elimina per sempre
settings-deleted = «{ $title }» è stato eliminato.

## audit
audit-tab = Registro di controllo
audit-caption = Che cosa è stato fatto in questo spazio, dal più recente
audit-when = Quando
audit-who = Chi
audit-what = Che cosa
audit-empty = Ancora niente di registrato.
audit-older = Mostra le voci precedenti
audit-system = Il server
audit-former_member = Un ex membro
audit-former_member_target = un ex membro
audit-reason = Motivo: { $reason }
audit-other = Ha fatto «{ $action }» { $target }
audit-space-created = Ha creato lo spazio
audit-space-settings_changed = Ha cambiato le impostazioni dello spazio
audit-space-archived = Ha archiviato lo spazio
audit-space-unarchived = Ha riaperto lo spazio
audit-member-invited = Ha invitato { $target } con il ruolo { $role }
audit-member-role_changed = Ha cambiato il ruolo di { $target } da { $from } a { $role }
audit-member-removed = Ha tolto { $target } dallo spazio
audit-member-left = Ha lasciato lo spazio
audit-member-muted = Ha silenziato { $target }
audit-member-unmuted = Ha tolto il silenzio a { $target }
audit-pupil-created = Ha creato l’account di studente di { $target }
audit-pupil-added = Ha aggiunto { $target } come studente
audit-pupil-code_reset = Ha dato a { $target } un nuovo codice di accesso
audit-pupil-exported = Ha esportato i dati di { $target }
audit-pupil-erased = Ha cancellato l’account di uno studente
audit-invitation-created = Ha creato un link per ospiti
audit-invitation-revoked = Ha revocato un link per ospiti
audit-invitation-accepted = Ha usato un link per ospiti per entrare
audit-video-started = Ha avviato una sessione video
audit-video-ended = Ha terminato una sessione video
audit-video-locked = Ha bloccato una sessione video
audit-video-unlocked = Ha sbloccato una sessione video
audit-video-admitted = Ha fatto entrare { $target } in una sessione video
audit-video-denied = Non ha fatto entrare { $target } in una sessione video
audit-video-muted = Ha spento il microfono di { $target } in una sessione video
audit-video-unmuted = Ha ridato la parola a { $target } in una sessione video
audit-video-removed = Ha tolto { $target } da una sessione video
audit-video-spotlight = Ha cambiato chi è in primo piano in una sessione video
audit-post-hidden = Ha nascosto un messaggio
audit-post-restored = Ha ripristinato un messaggio
audit-post-approved = Ha approvato un messaggio
audit-post-rejected = Ha rifiutato un messaggio
audit-post-purged = Ha eliminato per sempre un messaggio
audit-post-reported = Ha segnalato un messaggio
audit-report-resolved = Ha chiuso una segnalazione
audit-thread-pinned = Ha messo in evidenza una discussione
audit-thread-unpinned = Ha tolto dall’evidenza una discussione
audit-thread-locked = Ha chiuso una discussione
audit-thread-unlocked = Ha riaperto una discussione
audit-archive-folder_created = Ha creato una cartella
audit-archive-folder_renamed = Ha rinominato una cartella
audit-archive-folder_moved = Ha spostato una cartella
audit-archive-folder_trashed = Ha messo una cartella nel cestino
audit-archive-folder_restored = Ha tolto una cartella dal cestino
audit-archive-folder_purged = Ha eliminato per sempre una cartella
audit-archive-file_added = Ha aggiunto un file
audit-archive-file_version_added = Ha aggiunto una versione di un file
audit-archive-file_renamed = Ha rinominato un file
audit-archive-file_moved = Ha spostato un file
audit-archive-file_trashed = Ha messo un file nel cestino
audit-archive-file_restored = Ha tolto un file dal cestino
audit-archive-file_purged = Ha eliminato per sempre un file
audit-chat-expired = Ha eliminato i messaggi della chat scaduti
audit-audit-retention_changed = Ha cambiato per quanto tempo il registro di controllo conserva le voci
audit-group-joined = Ha aderito al gruppo
audit-group-requested = Ha chiesto di entrare nel gruppo
audit-group-request_accepted = Ha accettato la richiesta di { $target }
audit-group-request_declined = Ha rifiutato la richiesta di { $target }
audit-group-request_withdrawn = Ha ritirato una richiesta di adesione
audit-member-banned = Ha escluso { $target }
audit-member-unbanned = Ha revocato l’esclusione di { $target }
audit-group-featured = Ha messo in evidenza il gruppo
audit-group-unfeatured = Ha tolto il gruppo dall’evidenza
audit-group-moderator_appointed = Ha affidato la moderazione a { $target }

## group_role
group_role-founder = Titolare
group_role-admin = Moderazione
group_role-teacher = Membro

## readers
readers-title = Stanno leggendo
readers-more =
    { $count ->
        [one] e { $count } altra persona
        [many] e altre { $count } persone
       *[other] e altre { $count } persone
    }

## groups
groups-nav = Gruppi
groups-title = Gruppi eTwinning
groups-intro = Comunità di eTwinner intorno a una materia, un tema o un ambito di interesse. Partecipano solo eTwinner convalidati.
groups-search = Trova un gruppo
groups-words = Parole del titolo
groups-topic = Tema
groups-language = Lingua
groups-language_any = Tutte le lingue
groups-language_choose = Scegli una lingua
groups-country = Paese di un membro
groups-country_any = Tutti i paesi
groups-search_submit = Cerca
groups-found = Gruppi
groups-empty = Nessun gruppo corrisponde a questa ricerca.
groups-more = Mostra altri gruppi
groups-featured = In evidenza
groups-topic_is = Tema: { $topic }
groups-members =
    { $count ->
        [one] { $count } membro
        [many] { $count } di membri
       *[other] { $count } membri
    }
groups-access_short-open = Aperto
groups-access_short-closed = Chiuso
groups-standing-member = Fai parte del gruppo. Il tuo ruolo: { $role }
groups-standing-requested = Hai chiesto di entrare in questo gruppo.
groups-standing-banned = Lo staff di moderazione di questo gruppo non ti permette di entrarvi.
groups-join = Entra
groups-ask = Chiedi di entrare
groups-ask_message = Un messaggio per lo staff di moderazione (facoltativo)
groups-withdraw = Ritira la mia richiesta
groups-open_group = Apri il gruppo
groups-joined = Ora fai parte di «{ $title }».
groups-asked = La tua richiesta di entrare in «{ $title }» è stata inviata allo staff di moderazione.
groups-withdrawn = La tua richiesta di entrare in «{ $title }» è stata ritirata.
groups-waiting = Lo staff di moderazione risponderà alla tua richiesta. Questa pagina mostra la risposta appena arriva.
groups-accepted = La tua richiesta è stata accettata: ti diamo il benvenuto in «{ $title }».
groups-not_accepted = La tua richiesta non è stata accettata. Puoi chiedere di nuovo.
groups-back = Torna ai gruppi
groups-create = Crea un gruppo
groups-group_title = Titolo
groups-description = Descrizione (facoltativa)
groups-access = Chi può entrare
groups-access-open = Aperto: ogni eTwinner entra subito
groups-access-closed = Chiuso: lo staff di moderazione accetta ogni richiesta
groups-create_submit = Crea il gruppo
groups-created = Gruppo «{ $title }» creato.
groups-members_search = Trova un membro
groups-members_more = Mostra altri membri
groups-leave = Lascia questo gruppo
groups-leave_consequence = Perdi subito l’accesso al suo forum, ai file, alla chat e ai video.
groups-leave_kept = Ciò che hai scritto e caricato resta nel gruppo. Puoi tornare dall’elenco dei gruppi.
groups-leave_confirm = Lascia il gruppo
groups-requests = Richieste di adesione
groups-requests_empty = Nessuno è in attesa.
groups-accept = Accetta
groups-decline = Rifiuta
groups-accepted_member = { $name } ora fa parte del gruppo.
groups-declined = La richiesta di { $name } è stata rifiutata.
groups-ban = Escludi
groups-ban_question = Escludere { $name } da questo gruppo?
groups-ban_consequence = { $name } lascia subito il gruppo e non può più né entrarvi né chiederlo.
groups-ban_kept = I suoi messaggi e file restano nel gruppo. Puoi revocare l’esclusione più tardi.
groups-ban_reason = Motivo (facoltativo, resta nel registro)
groups-ban_confirm = Escludi
groups-banned = { $name } non fa più parte del gruppo e non può tornarvi.
groups-bans = eTwinner esclusi
groups-bans_empty = Nessuna esclusione in corso.
groups-lift = Revoca l’esclusione
groups-lifted = { $name } può di nuovo entrare nel gruppo.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Scegli una nuova password per TwinSpace Live
mail-reset_body =
    Ciao { $name },

    qualcuno, probabilmente tu, ha chiesto di scegliere una nuova password per il tuo account TwinSpace Live.
    Apri questo link per sceglierla (funziona una sola volta, per { $minutes } minuti):

    { $link }

    Se scegli una nuova password, esci da tutti gli altri dispositivi.
    Se non l’hai chiesto tu, ignora questo messaggio: la tua password resta quella di prima.

    TwinSpace Live

## events (issue 22)
events-nav = Eventi
events-title = Prossimi eventi
events-empty = Non ci sono ancora eventi in arrivo per te.
events-more = Mostra altri eventi
events-schedule = Programma un evento
events-zone = Gli orari sono indicati nel tuo fuso orario: { $zone }
events-audience-etwinners = Tutti gli eTwinner
events-audience-country = Gli eTwinner di questo paese: { $country }
events-audience-group = I membri di un gruppo
events-audience-twinspace = I membri di un TwinSpace
events-organising = Organizzi tu questo evento.
events-registered = La tua iscrizione è registrata.
events-waiting = Sei in lista d’attesa (posizione { $position }).
events-state-live = In diretta
events-state-ended = Questo evento è terminato.
events-state-cancelled = Questo evento è stato annullato.
events-places = Posti occupati: { $taken } su { $capacity }
event_form-new_title = Programma un evento
event_form-edit_title = Modifica l’evento
event_form-title = Titolo
event_form-description = Descrizione
event_form-date = Data
event_form-time = Ora di inizio
event_form-duration = Durata in minuti
event_form-space = Gruppo o TwinSpace
event_form-speakers_hint = Scegli tra il personale docente dei tuoi gruppi e TwinSpace.
event_form-no_speakers = Ancora nessuno da scegliere.
event_form-create = Programma l’evento
event_form-save = Salva le modifiche
event_form-created = «{ $title }» è programmato.
event_form-saved = Le modifiche a «{ $title }» sono salvate.
event_form-start_past = Scegli un inizio nel futuro.
event-title = Evento
event-back = Tutti gli eventi
event-when = Quando
event-language = Lingua
event-audience = Chi può iscriversi
event-organiser = Organizzazione
event-speakers = Relatori e relatrici
event-places = Posti
event-no_speakers = Nessun intervento annunciato per ora.
event-waiting_count = In attesa: { $waiting }
event-registration = Il tuo posto
event-speaking = Intervieni a questo evento.
event-full = Tutti i posti sono occupati: se ti iscrivi, entri in lista d’attesa.
event-register = Iscriviti
event-unregister = Lascia il mio posto
event-leave_waiting = Esci dalla lista d’attesa
event-unregister_confirm_title = Lasciare «{ $title }»?
event-unregister_confirm = La persona successiva in lista d’attesa prende il tuo turno. Se ti iscrivi di nuovo, potresti dover aspettare.
event-unregistered = La tua iscrizione è annullata.
event-calendar = Aggiungi al mio calendario (.ics)
event-organiser_tools = Per l’organizzazione
event-edit = Modifica l’evento
event-cancel = Annulla l’evento
event-keep = Mantieni l’evento
event-cancel_confirm_title = Annullare «{ $title }»?
event-cancel_confirm_lost = Nessuno potrà più iscriversi e tutti vedranno che è annullato. Non si può tornare indietro. Le iscrizioni e le domande restano.
event-cancelled = L’evento è annullato.
event-registrants = Iscrizioni
event-waiting_list = Lista d’attesa
event-nobody = Ancora nessuno.
event-attendance = Presenze
event-attendance_hint = Chi ha seguito la pagina dell’evento durante la diretta, e per quanto tempo.
event-attendance_none = Nessuno ha seguito l’evento in diretta.
event-minutes = { $minutes } min
qa-title = Domande e risposte
qa-empty = Ancora nessuna domanda.
qa-closed = Le domande sono chiuse: l’evento è terminato.
qa-need_place = Iscriviti per fare una domanda o sostenerne una.
qa-your_question = La tua domanda
qa-ask = Chiedi
qa-asked = La tua domanda è stata inviata.
qa-upvote = Sostieni
qa-upvoted = Sostenuta
qa-votes = Voti: { $votes }
qa-by = Domanda di { $name }
qa-by_gone = Domanda di un account eliminato
qa-answer = Risposta: { $answer }
qa-state-picked = In risposta ora
qa-state-answered = Con risposta
qa-state-hidden = Nascosta
qa-pick = Scegli
qa-unpick = Rimetti in lista
qa-hide = Nascondi
qa-restore = Ripristina
qa-answer_label = Risposta scritta (facoltativa)
qa-mark_answered = Segna come risposta
qa-gone = Non puoi più seguire queste domande.
audit-event-created = Ha programmato l’evento «{ $title }»
audit-event-updated = Ha modificato l’evento «{ $title }»
audit-event-cancelled = Ha annullato l’evento «{ $title }»
audit-event-question_moderated = Ha moderato una domanda dell’evento «{ $title }»

## the live webinar (issue 22)
live-title = Video in diretta
live-not_started = Il video in diretta non è ancora iniziato.
live-ended = Il video in diretta è terminato.
live-connecting = Connessione al video in diretta…
live-need_place = Solo chi ha un posto può guardare il video in diretta.
live-watching_you = Stai guardando il video in diretta.
live-on_air = Sei in diretta: tutti ti vedono e ti sentono.
live-recording = Questo evento viene registrato.
live-speaking = Sta parlando: { $names }
live-nobody_speaking = Non parla ancora nessuno.
live-watching = Spettatori: { $watching }
live-start = Avvia il video in diretta
live-end = Termina il video in diretta
live-end_confirm_title = Terminare il video in diretta di «{ $title }»?
live-end_confirm_lost = Il video si ferma per tutti, relatori e pubblico. Puoi riavviarlo finché dura l’evento; le domande restano.
live-go_live = Vai in diretta
live-stop = Ferma il mio video
live-hand_raised = Hai la mano alzata: un moderatore può invitarti a parlare.
live-invited = Sei invitato a parlare: vai in diretta quando sei pronto.
live-returned = Sei di nuovo tra il pubblico.
live-hands = Mani alzate
live-no_hands = Nessuna mano alzata.
live-promote = Invita { $name } a parlare
live-return = Riporta { $name } tra il pubblico
live-record_start = Avvia la registrazione
live-record_stop = Ferma la registrazione

## the event's recordings and seat (issue 22)
event-moved_up = Ora hai un posto: sei passato dalla lista d’attesa agli iscritti.
live-off_stage_returned = Un moderatore ti ha riportato tra il pubblico.
live-off_stage_muted = Sei stato silenziato in questo spazio: sei di nuovo tra il pubblico.
live-off_stage_removed = Non sei più membro di questo spazio: sei di nuovo tra il pubblico.
live-off_stage_unnamed = Non sei più tra i relatori di questo evento: sei di nuovo tra il pubblico.
recordings-title = Registrazioni
recordings-processing = Una registrazione è in elaborazione: comparirà qui quando sarà pronta.
recordings-take = Registrato il { $when } · { $length }
recordings-video = Video: { $speaker }
recordings-audio = Audio: { $speaker }
recordings-former_speaker = un ex relatore
