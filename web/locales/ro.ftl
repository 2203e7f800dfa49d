### TwinSpace Live: cuvintele paginii în limba română.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Română

## app
app-name = TwinSpace Live
app-skip = Salt la conținut
app-nav = Principal
app-language = Limbă
app-sign_out = Deconectare
app-signed_in_as = Sesiune deschisă: { $name }
app-loading = Se încarcă…

## conn
conn-lost = Conexiunea s-a pierdut. Se reconectează…
conn-back = Conexiunea a revenit.
conn-failed = Conexiunea în direct s-a închis. Reîncărcați pagina pentru a încerca din nou.
conn-session_ended = Sesiunea dumneavoastră s-a încheiat. Conectați-vă din nou.
conn-account_locked = Acest cont nu mai poate fi folosit. Conectați-vă din nou pentru a afla de ce.
# Why the server closed the live connection: `conn-closed-<reason>`, one per reason code it sends
# (protocol/close_codes.py, CloseReason).
conn-closed-auth_missing = Conexiunea în direct nu a primit la timp datele dumneavoastră de conectare. Reîncărcați pagina.
conn-closed-session_invalid = Sesiunea dumneavoastră nu mai este valabilă. Conectați-vă din nou.
conn-closed-session_expired = Sesiunea dumneavoastră a expirat. Conectați-vă din nou.
conn-closed-signed_out = Sesiunea dumneavoastră a fost închisă. Conectați-vă din nou.
conn-closed-account_locked = Acest cont nu mai poate fi folosit. Conectați-vă din nou pentru a afla de ce.
conn-closed-too_many_connections = Acest cont are prea multe pagini deschise în același timp. Închideți câteva file, apoi reîncărcați această pagină.
conn-closed-too_many_messages = Această pagină a trimis prea multe lucruri prea repede. Așteptați puțin, apoi reîncărcați-o.
conn-closed-frame_too_large = Această pagină a trimis ceva prea mare. Reîncărcați pagina și încercați din nou.
conn-closed-idle_timeout = Conexiunea în direct a fost inactivă prea mult timp și s-a închis. Se reconectează…
conn-closed-slow_consumer = Conexiunea în direct a rămas în urmă. Se reconectează…
conn-closed-server_restarting = Serverul repornește. Se reconectează imediat…
conn-closed-server_shutting_down = Serverul conexiunii dumneavoastră se oprește. Se reconectează…
conn-closed-unavailable = Serverul este ocupat. Se reconectează imediat…
conn-closed-internal = Ceva nu a funcționat pe server. Se reconectează imediat…

## login
login-title = Conectare
login-intro = Profesorii și invitații se conectează cu adresa lor de e-mail. Elevii folosesc numele de utilizator și codul primite de la profesorul lor.
login-teacher = Profesori și invitați
login-pupil = Elevi
login-email = Adresă de e-mail
login-password = Parolă
login-username = Nume de utilizator
login-code = Cod
login-submit = Conectați-vă
login-pupil_submit = Conectați-vă ca elev
login-forgot = Ați uitat parola?
login-register = Nu aveți încă un cont? Creați un cont eTwinner
login-pupil_forgot = Ați uitat codul? Cereți unul nou profesorului dumneavoastră.

## invite
invite-title = Intrați într-un TwinSpace cu o invitație
invite-intro = Ați primit o invitație într-un TwinSpace. Alegeți numele pe care îl vor vedea ceilalți și stabiliți o parolă.
invite-display_name = Numele dumneavoastră
invite-submit = Acceptați invitația
invite-checking = Se verifică invitația…
invite-for_space = Ați primit o invitație în „{ $title }”.
invite-unknown = Acest link de invitație nu este cunoscut. Verificați dacă l-ați copiat în întregime sau cereți unul nou profesorului care vi l-a trimis.
invite-expired = Acest link de invitație a expirat. Cereți unul nou profesorului care vi l-a trimis.
invite-used_up = Acest link de invitație a fost folosit de câte ori permite. Cereți unul nou profesorului care vi l-a trimis.
invite-revoked = Acest link de invitație a fost retras de un profesor.
invite-closed = Spațiul acestei invitații este închis.

## spaces
spaces-title = Spațiile mele
spaces-empty = Încă nu faceți parte din niciun spațiu.
spaces-create = Creați un spațiu
spaces-kind = Tip
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Sală
spaces-kind-group = Grup
spaces-space_title = Titlu
spaces-description = Descriere (opțională)
spaces-create_submit = Creați
spaces-created = Spațiul „{ $title }” a fost creat.
spaces-my_role = Rolul dumneavoastră: { $role }
spaces-archived = arhivat

## space
space-back = Înapoi la spațiile mele
space-sections = Secțiunile acestui spațiu
space-members = Membri
space-online_count =
    { $count ->
        [one] { $count } online
        [few] { $count } online
       *[other] { $count } online
    }
space-online = online
space-offline = offline
space-you = (dumneavoastră)
space-refreshed = Lista a fost actualizată.
space-gone = Nu mai aveți acces la acest spațiu.

## chat
chat-title = Chat
chat-empty = Încă nu există mesaje.
chat-message = Mesaj
chat-send = Trimiteți
chat-pending = (așteaptă un profesor)
chat-typing = { $name } scrie…
chat-teachers_tab = Avizierul profesorilor
chat-teachers_title = Avizierul profesorilor
chat-session_title = Chatul sesiunii
chat-older = Afișați mesajele mai vechi
chat-new_messages = Mesaje noi
chat-mention_list = Membri pe care îi puteți menționa
chat-mention_hint = Scrieți @ și un nume pentru a menționa un membru.
chat-hidden = (ascuns de un profesor)
chat-deleted = (șters)
chat-rejected = (nepublicat de un profesor)
chat-edited = (modificat)
chat-mentions_you = vă menționează
chat-edit = Modificați
chat-edit_label = Modificați mesajul dumneavoastră
chat-save = Salvați
chat-cancel = Anulați
chat-delete = Ștergeți
chat-delete_confirm = Da, ștergeți
chat-hide = Ascundeți
chat-restore = Restabiliți
chat-approve = Aprobați
chat-reject = Respingeți
chat-report = Raportați
chat-reported = Mulțumim. Profesorii se vor uita la acest mesaj.
chat-mute = Opriți scrisul
chat-mute_question = Opriți scrisul pentru { $name }?
chat-mute_for = Opriți scrisul pentru { $name } timp de
chat-minutes =
    { $count ->
        [one] { $count } minut
        [few] { $count } minute
       *[other] { $count } de minute
    }
chat-mute_confirm = Opriți acum
chat-muted_other = { $name } nu poate scrie până la ora { $time }.
chat-muted_you = Un profesor v-a oprit scrisul până la ora { $time }. Puteți citi în continuare chatul.
chat-unmuted_you = Puteți scrie din nou în chat.
chat-gone = Nu mai aveți acces la acest chat.

## role
role-founder = Fondator
role-admin = Administrator
role-teacher = Profesor
role-pupil_admin = Elev administrator
role-pupil = Elev
role-guest = Invitat

## error
error-bad_credentials = Datele de conectare nu sunt corecte. Verificați-le și încercați din nou.
error-rate_limited = Prea multe încercări. Așteptați puțin și încercați din nou.
error-invalid = Unele câmpuri nu sunt completate corect.
error-not_found = Această pagină nu există sau nu aveți acces la ea.
error-forbidden = Nu aveți voie să faceți acest lucru.
error-gone = Acest lucru nu mai există sau nu mai funcționează.
error-conflict = Acest lucru intră în conflict cu ceva ce există deja.
error-gone-revoked = Acest link de invitație nu mai funcționează: profesorii spațiului l-au retras.
error-gone-expired = Acest link de invitație nu mai funcționează: a expirat.
error-gone-used_up = Acest link de invitație nu mai funcționează: a fost folosit de câte ori permite.
error-conflict-name_taken = „{ $name }” există deja aici. Alegeți alt nume.
error-conflict-in_trash = „{ $name }” este în coșul de gunoi: mai întâi restabiliți-l.
error-conflict-not_in_trash = „{ $name }” nu este în coșul de gunoi.
error-conflict-parent_in_trash = „{ $name }” era într-un dosar care acum este în coșul de gunoi: mai întâi restabiliți acel dosar.
error-conflict-folder_not_empty = Dosarul „{ $name }” nu este gol: mai întâi mutați conținutul lui în coșul de gunoi.
error-conflict-wrong_status = Starea acestui cont ({ $status }) nu permite acest lucru.
error-unauthenticated = Conectați-vă, vă rugăm.
error-network = Serverul nu a putut fi contactat. Verificați conexiunea și încercați din nou.
error-generic = Ceva nu a funcționat. Încercați din nou.
error-too_large = Este prea mare.
error-quota_exceeded = Nu mai este destul loc în acest spațiu.
error-unsupported = Serverul nu poate prelua acest tip de cerere.
error-aborted = Încărcarea a fost oprită.
error-rate_limited_wait = Prea multe încercări. Încercați din nou { $wait }.
error-fields = Unele câmpuri au nevoie de atenția dumneavoastră: citiți mesajul de sub fiecare.
error-account_rejected = Administratorul național din țara dumneavoastră nu a acceptat această înregistrare, așa că acest cont nu se poate conecta. Dacă credeți că este o greșeală, contactați Biroul Național de Sprijin eTwinning din țara dumneavoastră.
error-account_suspended = Administratorul național din țara dumneavoastră a suspendat acest cont: deocamdată nu se poate conecta. Pentru a afla de ce sau pentru a cere reactivarea lui, contactați Biroul Național de Sprijin eTwinning din țara dumneavoastră.
error-malformed = Pagina a trimis ceva ce serverul nu a putut citi. Reîncărcați pagina și încercați din nou.
error-csrf = Verificarea de securitate a paginii a eșuat. Reîncărcați pagina și încercați din nou.
error-limit_exceeded = Aceasta depășește o limită stabilită pentru acest spațiu.
error-unavailable = Serverul este ocupat sau o parte din el nu răspunde. Încercați din nou peste câteva momente.
error-internal = Ceva nu a funcționat pe server. Încercați din nou mai târziu.
error-insufficient_storage = Serverul nu mai are loc pentru fișiere. Nu s-a salvat nimic; anunțați persoana de contact eTwinning din școala dumneavoastră.
error-request_timeout = Trimiterea a durat prea mult și a fost oprită. Verificați conexiunea și încercați din nou.
error-conflict-not_a_guest = Această adresă de e-mail aparține unui cont eTwinning. Profesorii sunt invitați de administratorii spațiului, nu printr-un link pentru invitați.

## notice
# What a pupil (or any member) is told about their own post or account. The server sends only the
# event's name (protocol/events.py, notice channel): `notice-<event>`, its dots as dashes.
notice-post-pending = Mulțumim! Un profesor vă va citi mesajul înainte ca toată lumea să îl poată vedea.
notice-post-approved = Un profesor v-a citit mesajul. Acum toată lumea din proiect îl poate vedea.
notice-post-rejected = Un profesor a decis să nu afișeze mesajul dumneavoastră. Îl puteți întreba pe profesorul dumneavoastră de ce.
notice-post-hidden = Un profesor v-a ascuns mesajul deocamdată. Îl puteți întreba pe profesorul dumneavoastră de ce.
notice-post-restored = Un profesor v-a afișat din nou mesajul. Acum toată lumea îl poate vedea.
notice-post-purged = Un profesor v-a șters mesajul.
notice-member-muted = Puteți citi proiectul, dar o vreme nu puteți scrie.
notice-member-unmuted = Puteți scrie din nou în proiect.
notice-chat-mention = { $name } v-a menționat în chat.

## video
video-section = Video
video-open_sessions = Sesiuni video deschise
video-none = Nu este deschisă nicio sesiune video.
video-start_title = Porniți o sesiune video
video-title = Titlu (opțional)
video-lobby = Elevii așteaptă în sala de așteptare până când un profesor îi lasă să intre
video-start = Porniți
video-join_named = Intrați în „{ $title }”
video-nobody_in_call = Încă nu este nimeni în apel
video-people_in_call =
    { $count ->
        [one] { $count } persoană în apel
        [few] { $count } persoane în apel
       *[other] { $count } de persoane în apel
    }
video-locked = (blocată)
video-back = Înapoi la spațiu
video-participants = Participanți
video-my_controls = Microfonul și camera dumneavoastră
video-chat = Chatul sesiunii
video-starting_media = Se pornesc camera și microfonul…
video-in_call = Sunteți în apel.
video-waiting_in_lobby = Sunteți în sala de așteptare. Un profesor vă va lăsa să intrați în curând.
video-no_media = Nu s-a putut folosi nicio cameră și niciun microfon: îi puteți vedea și auzi totuși pe ceilalți.
video-partial_media = Camera și microfonul au putut fi folosite doar în parte.
video-enable_sound = Porniți sunetul
video-mic_on = Microfon pornit
video-mic_off = Microfon oprit
video-mic_forced = Microfon oprit de un profesor
video-camera_on = Cameră pornită
video-camera_off = Cameră oprită
video-hand_raised = Mână ridicată
video-mute_me = Opriți-mi microfonul
video-unmute_me = Porniți-mi microfonul
video-camera_stop = Opriți-mi camera
video-camera_start = Porniți-mi camera
video-hand_raise = Ridicați mâna
video-hand_lower = Coborâți mâna
video-leave = Ieșiți
video-you_are_muted = Un profesor v-a oprit microfonul. Îl puteți porni din nou când un profesor vă permite.
video-muted_by_teacher = Un profesor v-a oprit microfonul.
video-unmute_allowed = Un profesor vă permite să porniți din nou microfonul.
video-mute_other = Opriți microfonul
video-mute_named = Opriți microfonul: { $name }
video-allow_unmute = Permiteți pornirea microfonului
video-allow_unmute_named = Permiteți pornirea microfonului: { $name }
video-remove = Scoateți din sesiune
video-remove_named = Scoateți din sesiune: { $name }
video-lobby_title = Sala de așteptare
video-lobby_empty = Nu așteaptă nimeni.
video-admit = Lăsați să intre
video-admit_named = Lăsați să intre: { $name }
video-deny = Nu lăsați să intre
video-deny_named = Nu lăsați să intre: { $name }
video-manage = Această sesiune
video-is_open = Deschisă: membrii pot intra.
video-is_locked = Blocată: doar profesorii pot intra.
video-lock = Blocați sesiunea
video-end = Încheiați sesiunea pentru toți
video-ended = Sesiunea s-a încheiat.
video-ended_space_archived = Sesiunea s-a încheiat: spațiul ei a fost arhivat.
video-ended_space_deleted = Sesiunea s-a încheiat: spațiul ei a fost șters.
video-ended_empty = Sesiunea s-a încheiat: nu a mai fost nimeni în ea de ceva vreme.
video-no_teacher_yet = Încă nu este niciun profesor în această sesiune, așa că nimeni nu vă poate lăsa să intrați. Puteți aștepta aici sau puteți ieși.
video-leave_lobby = Ieșiți din sala de așteptare
video-removed = Un profesor v-a scos din sesiune.
video-denied = Un profesor nu v-a lăsat să intrați în această sesiune.
video-left = Ați ieșit din sesiune.
video-full = Această sesiune este plină.
video-refused = Nu puteți intra în această sesiune.
video-signal_refused = Serverul a refuzat ce a trimis browserul dumneavoastră. Încercați să ieșiți și să intrați din nou.
video-sfu_moving = Sesiunea a crescut: apelul trece pe serverul media al clasei…
video-sfu_unreachable = Serverul media al clasei nu poate fi contactat. Se încearcă din nou…
video-sfu_no_seat = Toate locurile cu cameră din această sesiune sunt ocupate: îi vedeți și îi auziți pe ceilalți, dar ei nu vă văd și nu vă aud.
video-sfu_not_sent = Camera și microfonul dumneavoastră nu au putut fi transmise. Îi vedeți și îi auziți în continuare pe ceilalți.

## forum
forum-title = Forum
forum-threads = Discuții
forum-posts = Mesaje
forum-areas = Zonele forumului
forum-area-open = Forum deschis
forum-area-teachers = Avizierul profesorilor
forum-empty = Încă nu există discuții.
forum-thread_meta =
    { $count ->
        [one] de { $author } · { $count } mesaj · { $when }
        [few] de { $author } · { $count } mesaje · { $when }
       *[other] de { $author } · { $count } de mesaje · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } nou
        [few] { $count } noi
       *[other] { $count } noi
    }
forum-pinned = fixată
forum-locked = închisă
forum-new_thread = Începeți o discuție
forum-new_bulletin = Începeți o discuție în Avizierul profesorilor
forum-thread_title = Titlul discuției
forum-first_post = Primul mesaj
forum-start = Începeți discuția
forum-thread_started = Discuția a început.
forum-thread_held = Mulțumim! Un profesor vă va citi discuția înainte ca toată lumea să o poată vedea.
forum-back = Înapoi la discuții
forum-reply_label = Răspunsul dumneavoastră
forum-send = Publicați răspunsul
forum-no_reply = Nu puteți răspunde în această discuție.
forum-held = Mulțumim! Un profesor vă va citi mesajul înainte ca toată lumea să îl poată vedea.
forum-edited = (modificat)
forum-edit = Modificați
forum-edit_label = Modificați mesajul dumneavoastră
forum-save = Salvați
forum-saved = Mesajul dumneavoastră a fost modificat.
forum-cancel = Anulați
forum-delete = Ștergeți
forum-deleted = Mesajul a fost șters.
forum-report = Raportați
forum-report_reason = Ce nu este în regulă cu acest mesaj? (opțional)
forum-report_send = Trimiteți raportul
forum-reported = Mulțumim. Profesorii au fost anunțați.
forum-hide = Ascundeți
forum-restore = Restabiliți
forum-approve = Aprobați
forum-reject = Respingeți
forum-done-hide = Mesajul este ascuns pentru clasă.
forum-done-restore = Mesajul este din nou vizibil.
forum-done-approve = Mesajul este aprobat: toată lumea îl poate vedea.
forum-done-reject = Mesajul este respins: îl vede doar cine l-a scris.
forum-state-pending = așteaptă un profesor
forum-state-hidden = ascuns
forum-state-rejected = nepublicat
forum-state-deleted = șters
forum-pin = Fixați
forum-unpin = Anulați fixarea
forum-lock = Închideți
forum-unlock = Redeschideți
forum-thread_changed = Discuția a fost modificată.
forum-thread_gone = Nu mai aveți acces la această discuție.
forum-moderation = Moderare
forum-queue = Așteaptă aprobarea
forum-queue_empty = Niciun mesaj nu așteaptă.
forum-reports = Rapoarte
forum-reports_empty = Niciun raport deschis.
forum-reported_by = raportat de { $name }
forum-report_said = Motiv: { $reason }
forum-resolve = Închideți raportul
forum-resolved = Raportul este închis.

## reactions
reaction-bar = Reacții
reaction-add = Adaugă o reacție
reaction-picker = Alege o reacție
reaction-count =
    { $count ->
        [one] { $name }: { $count } persoană
        [few] { $name }: { $count } persoane
       *[other] { $name }: { $count } de persoane
    }
reaction-thumbs_up = Like
reaction-heart = Inimă
reaction-clap = Bravo
reaction-laugh = Amuzant
reaction-idea = Idee bună
reaction-question = Am o întrebare

## archive
archive-title = Fișiere
archive-usage = Spațiu folosit: { $used } din { $quota }
archive-where = Dosar
archive-top = Toate fișierele
archive-empty = Acest dosar este gol.
archive-contents = Dosare și fișiere
archive-name = Nume
archive-size = Dimensiune
archive-by = Adăugat de
archive-when = Modificat
archive-actions = Acțiuni
archive-former_member = fost membru
archive-choose = Alegeți un fișier
archive-upload = Încărcați
archive-progress = Progresul încărcării
archive-uploading = Se încarcă { $name }: { $percent }
archive-uploaded = „{ $name }” a fost încărcat.
archive-too_large = Acest fișier este prea mare: un fișier poate avea cel mult { $max }.
archive-quota = Nu mai este destul loc pentru fișierele acestui spațiu (liber: { $free }). Cereți unui profesor să șteargă fișierele vechi.
archive-new_folder = Dosar nou
archive-create_folder = Creați dosarul
archive-folder_created = Dosarul „{ $name }” a fost creat.
archive-download = Descărcați
archive-download_named = Descărcați { $name }
archive-rename = Redenumiți
archive-rename_named = Redenumiți { $name }
archive-new_name = Nume nou
archive-save = Salvați
archive-cancel = Anulați
archive-renamed = Redenumit „{ $name }”.
archive-trash = Mutați în coșul de gunoi
archive-trash_named = Mutați în coșul de gunoi: { $name }
archive-trashed = „{ $name }” este în coșul de gunoi.
archive-show_trash = Coșul de gunoi
archive-trash_empty = Coșul de gunoi este gol.
archive-restore = Restabiliți
archive-restore_named = Restabiliți { $name }
archive-restored = „{ $name }” a revenit la locul lui.
archive-purge = Ștergeți definitiv
archive-purge_named = Ștergeți definitiv { $name }
archive-purged = „{ $name }” a fost șters definitiv.
archive-choose_first = Alegeți un fișier de încărcat.
archive-no_file = Încă nu ați ales niciun fișier.
archive-name_taken = Aici există deja ceva cu acest nume. Alegeți alt nume.

## unit
unit-b = B
unit-kb = KB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Completați acest câmp.
field-unknown = Acest câmp nu este așteptat aici.
field-type = Această valoare nu este de tipul potrivit.
field-blank = Scrieți ceva aici: doar spațiile nu contează.
field-too_short =
    { $count ->
        [one] Scrieți cel puțin { $min } caracter.
        [few] Scrieți cel puțin { $min } caractere.
       *[other] Scrieți cel puțin { $min } de caractere.
    }
field-too_long =
    { $count ->
        [one] Scrieți cel mult { $max } caracter.
        [few] Scrieți cel mult { $max } caractere.
       *[other] Scrieți cel mult { $max } de caractere.
    }
field-too_small = Indicați cel puțin { $min }.
field-too_large = Indicați cel mult { $max }.
field-format = Nu are forma așteptată.
field-choice = Alegeți una dintre opțiunile oferite.
field-invalid = Această valoare nu este acceptată.

## confirm
confirm-cancel = Anulați
confirm-trash_file = Mutați „{ $name }” în coșul de gunoi?
confirm-trash_file_lost = Membrii nu vor mai vedea acest fișier. Un profesor îl poate recupera din coșul de gunoi.
confirm-trash_folder = Mutați dosarul „{ $name }” în coșul de gunoi?
confirm-trash_folder_lost = Membrii nu vor mai vedea acest dosar și nimic din ce conține. Un profesor îl poate recupera din coșul de gunoi.
confirm-purge = Ștergeți definitiv „{ $name }”?
confirm-purge_lost = Va dispărea pentru toată lumea și nu va mai putea fi recuperat.
confirm-delete_post = Ștergeți acest mesaj?
confirm-delete_post_lost = Textul lui va dispărea pentru toată lumea. Acțiunea nu poate fi anulată.
confirm-delete_message = Ștergeți acest mesaj?
confirm-delete_message_lost = Textul lui va dispărea pentru toată lumea. Acțiunea nu poate fi anulată.
confirm-end_session = Încheiați sesiunea pentru toți?
confirm-end_session_lost = Toți ies imediat din apel, iar sesiunea nu mai poate fi redeschisă.
confirm-remove_participant = Scoateți din sesiune: { $name }?
confirm-remove_participant_lost = { $name } iese imediat din apel și nu mai poate reveni în această sesiune.
confirm-deny = Nu lăsați să intre: { $name }?
confirm-deny_lost = { $name } nu va intra în această sesiune.

## page
page-not_found = Pagina nu a fost găsită
page-not_found_text = Nu există nicio pagină la această adresă.
page-go_spaces = Mergeți la spațiile mele
page-go_sign_in = Mergeți la pagina de conectare

## form
form-required = Completați acest câmp.
form-email_format = Scrieți o adresă de e-mail de forma nume@scoala.eu.
form-password_short = Folosiți cel puțin 10 caractere.
form-password_long = Folosiți cel mult 200 de caractere.
form-password_mismatch = Cele două parole nu sunt la fel.
form-password_hint = Cel puțin 10 caractere. Câteva cuvinte pe care le rețineți ușor sunt o alegere bună.
form-check_fields = Verificați câmpurile marcate mai sus.
form-field_invalid = Această valoare nu este acceptată.

## register
register-title = Creați un cont eTwinner
register-intro = Pentru profesori. Administratorul național din țara dumneavoastră verifică dacă sunteți cadru didactic, apoi vă validează contul. Elevii nu se înregistrează: contul lor îl creează profesorul.
register-name = Numele dumneavoastră
register-school = Școala
register-country = Țara
register-country_choose = Alegeți țara dumneavoastră
register-submit = Creați-mi contul
register-email_taken = Există deja un cont cu această adresă de e-mail. Conectați-vă sau cereți o parolă nouă.
register-have_account = Aveți deja un cont? Conectați-vă

## pending
pending-title = Contul dumneavoastră așteaptă validarea
pending-who_heading = Cine îl validează
pending-who = Administratorul național din țara dumneavoastră ({ $country }) verifică dacă predați la școala indicată, apoi vă validează contul.
pending-next_heading = Ce urmează
pending-next_validate = După validarea contului, deveniți eTwinner: puteți crea spații, puteți primi invitații în proiecte și puteți crea conturile elevilor dumneavoastră. Conectați-vă din nou sau apăsați „Verificați din nou” pentru a vedea asta.
pending-next_reject = Dacă administratorul național nu vă acceptă înregistrarea, veți afla acest lucru la conectare.
pending-next_meanwhile = Până atunci, vă puteți schimba numele și parola în „Contul meu”.
pending-check = Verificați din nou
pending-still = Contul dumneavoastră așteaptă în continuare validarea.
pending-count =
    { $count ->
        [one] { $count } așteaptă moderarea
        [few] { $count } așteaptă moderarea
       *[other] { $count } așteaptă moderarea
    }

## forgot
forgot-title = Ați uitat parola?
forgot-intro = Scrieți adresa de e-mail a contului dumneavoastră. Vă vom trimite un link pentru a alege o parolă nouă.
forgot-submit = Trimiteți-mi un link
forgot-sent = Dacă există un cont cu această adresă, i-a fost trimis un link. Linkul funcționează o singură dată, pentru un timp limitat. Verificați și dosarul de spam.
forgot-pupils = Elevi: aici nu aveți adresă de e-mail. Cereți un cod nou profesorului dumneavoastră.
forgot-back = Înapoi la conectare

## reset
reset-title = Alegeți o parolă nouă
reset-intro = Dacă alegeți o parolă nouă, sesiunea se închide pe toate celelalte dispozitive.
reset-password = Parola nouă
reset-confirm = Repetați parola nouă
reset-submit = Salvați parola nouă
reset-gone = Acest link a expirat sau a fost deja folosit. Cereți unul nou.
reset-done = Parola dumneavoastră a fost schimbată. Conectați-vă cu parola nouă.
reset-ask_again = Cereți un link nou

## account
account-title = Contul meu
account-signed_in_with = Vă conectați cu { $email }.
account-name_heading = Numele dumneavoastră
account-name = Numele pe care îl văd ceilalți
account-save_name = Salvați numele
account-name_saved = Numele dumneavoastră a fost salvat.
account-pupil_note = Acest nume a fost ales de profesorul dumneavoastră, care se ocupă de el. Întrebați-l dacă trebuie schimbat.
account-password_heading = Parola dumneavoastră
account-password_intro = Dacă o schimbați, sesiunea se închide pe celelalte dispozitive; aici sesiunea rămâne deschisă.
account-current_password = Parola actuală
account-new_password = Parola nouă
account-confirm_password = Repetați parola nouă
account-save_password = Schimbați parola
account-password_saved = Parola dumneavoastră a fost schimbată.
account-current_wrong = Aceasta nu este parola dumneavoastră actuală.
account-everywhere_heading = Deconectare de peste tot
account-everywhere_intro = Închide sesiunea pe toate dispozitivele și în toate browserele, inclusiv aici: un telefon pierdut sau un calculator folosit de mai multe persoane nu vă mai deschide contul.
account-everywhere = Deconectare de peste tot…
account-everywhere_question = Închideți sesiunea pe toate dispozitivele, inclusiv pe acesta? Paginile deschise se închid imediat, iar ce nu a fost încă trimis din ele se pierde.
account-everywhere_confirm = Da, închideți sesiunea peste tot
account-everywhere_done = Sesiunea a fost închisă pe toate dispozitivele.
account-cancel = Anulați

## admin
admin-nav = Consola de validare
admin-title = Consola administrării naționale
admin-country = Țara: { $country }
admin-only_national_admins = Această pagină este pentru administratorii naționali.
admin-pending_heading = Profesori care așteaptă validarea
admin-pending_count =
    { $count ->
        [one] { $count } profesor așteaptă.
        [few] { $count } profesori așteaptă.
       *[other] { $count } de profesori așteaptă.
    }
admin-pending_none = Niciun profesor nu așteaptă validarea.
admin-select_all = Selectați tot
admin-select_first = Mai întâi selectați cel puțin un profesor.
admin-validate_selected = Validați selecția
admin-reject_selected = Respingeți selecția…
admin-validated =
    { $count ->
        [one] { $count } cont de profesor validat.
        [few] { $count } conturi de profesor validate.
       *[other] { $count } de conturi de profesor validate.
    }
admin-rejected =
    { $count ->
        [one] { $count } înregistrare respinsă.
        [few] { $count } înregistrări respinse.
       *[other] { $count } de înregistrări respinse.
    }
admin-reject_question =
    { $count ->
        [one] Respingeți înregistrarea: { $names }? Persoana nu se va putea conecta, iar acțiunea nu poate fi anulată.
        [few] Respingeți aceste { $count } înregistrări ({ $names })? Persoanele nu se vor putea conecta, iar acțiunea nu poate fi anulată.
       *[other] Respingeți aceste { $count } de înregistrări ({ $names })? Persoanele nu se vor putea conecta, iar acțiunea nu poate fi anulată.
    }
admin-reject_reason = Motivul respingerii
admin-reject_heading = Respingeți înregistrări
admin-suspend_heading = Suspendați un cont
admin-reinstate_heading = Reactivați un cont
admin-reject_reason_hint = Se păstrează în jurnalul de audit, împreună cu numele dumneavoastră.
admin-reject_confirm =
    { $count ->
        [one] Respingeți { $count } înregistrare
        [few] Respingeți { $count } înregistrări
       *[other] Respingeți { $count } de înregistrări
    }
admin-failed_one = { $name }: { $why }
admin-school = Școala: { $school }
admin-registered = Înregistrare: { $date }
admin-search_heading = Găsiți un cont
admin-search_label = Nume, adresă de e-mail sau școală
admin-search_hint = Doar conturi din țara dumneavoastră. Lăsați câmpul gol pentru a le vedea pe toate, de la cel mai nou.
admin-search = Căutați
admin-showing = { $from }–{ $to } din { $total }
admin-no_match = Niciun cont nu se potrivește.
admin-previous = Pagina anterioară
admin-next = Pagina următoare
admin-suspend = Suspendați…
admin-suspend_named = Suspendați: { $name }…
admin-suspend_question = Suspendați contul: { $name }? Sesiunea se închide imediat peste tot, paginile deschise se închid și nu se va mai putea face conectarea până când nu reactivați contul.
admin-suspend_reason = Motivul suspendării
admin-suspend_confirm = Da, suspendați
admin-suspend_done = Contul „{ $name }” este suspendat.
admin-reinstate = Reactivați…
admin-reinstate_named = Reactivați: { $name }…
admin-reinstate_question = Reactivați contul: { $name }? Conectarea va fi din nou posibilă.
admin-reinstate_reason = Motiv (opțional)
admin-reinstate_confirm = Reactivați
admin-reinstate_done = Contul „{ $name }” a fost reactivat.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Pentru confirmare, scrieți titlul spațiului: { $text }

## status
status-active = activ
status-pending = așteaptă validarea
status-suspended = suspendat
status-rejected = respins
status-erased = șters

## names
names-marked = { $name } ({ $mark })

## members
members-username = nume de utilizator: { $username }
members-role_of = Rolul pentru { $name }
members-change_role = Schimbați rolul
members-role_question = Schimbați rolul pentru { $name } din { $from } în { $to }?
members-role_consequence = De acum, { $name } poate face ce permite rolul { $to }, pe toate dispozitivele deodată.
members-role_confirm = Schimbați rolul
members-role_changed = { $name } are acum rolul { $role }.
members-reset_code = Cod nou
members-reset_question = Dați un cod de conectare nou pentru { $name }?
members-reset_consequence = Codul vechi nu mai funcționează imediat, iar sesiunea elevului se închide peste tot. Dumneavoastră înmânați cardul nou.
members-reset_confirm = Creați un cod nou
members-reset_done = { $name } are un cod nou: înmânați cardul nou de mai jos.
members-export = Exportați datele
members-remove = Scoateți
members-remove_question = Scoateți din acest spațiu: { $name }?
members-remove_consequence = { $name } pierde imediat accesul la acest spațiu, pe toate dispozitivele.
members-remove_pupil_kept = Contul, mesajele și fișierele elevului rămân; puteți adăuga contul din nou mai târziu.
members-remove_kept = Mesajele și fișierele acestei persoane rămân în spațiu.
members-remove_confirm = Scoateți
members-removed = { $name } nu mai face parte din spațiu.
members-erase = Ștergeți contul
members-leave = Ieșiți din acest spațiu
members-leave_question = Ieșiți din „{ $title }”?
members-leave_consequence = Pierdeți imediat accesul la forumurile, fișierele, chatul și sesiunile video ale spațiului. Doar un profesor administrator vă poate aduce înapoi.
members-leave_kept = Ce ați scris și ați încărcat rămâne în spațiu.
members-leave_confirm = Ieșiți din spațiu
members-left = Ați ieșit din „{ $title }”.

## erase
erase-question = Ștergeți contul: { $name }?
erase-account_gone = Numele, numele de utilizator și codul elevului sunt șterse definitiv.
erase-signed_out = Sesiunea elevului se închide imediat, iar contul nu se va mai putea conecta niciodată.
erase-no_undo = Acțiunea nu poate fi anulată.
erase-export_first = Dacă elevul sau familia ar putea dori o copie, exportați mai întâi datele.
erase-posts = Mesajele elevului din forum și din chat
erase-posts_keep = Păstrați-le, semnate „fost elev”
erase-posts_remove = Ștergeți-le definitiv
erase-files = Fișierele elevului
erase-files_keep = Păstrați-le, pe numele „fost elev”
erase-files_remove = Ștergeți-le definitiv
erase-confirm = Ștergeți contul
erase-done = Contul „{ $name }” a fost șters.

## invite_teacher
invite_teacher-title = Invitați un profesor partener
invite_teacher-by_email = După adresa de e-mail
invite_teacher-role = Rol
invite_teacher-submit = Invitați
invite_teacher-done = { $name } face acum parte din spațiu, cu rolul { $role }.
invite_teacher-not_etwinner = Niciun eTwinner validat nu are această adresă sau nu aveți voie să dați acest rol.
invite_teacher-find = Găsiți un eTwinner
invite_teacher-query = Nume, școală sau țară
invite_teacher-search = Căutați
invite_teacher-results = eTwinneri găsiți
invite_teacher-none = Nu a fost găsit niciun eTwinner.
invite_teacher-more = Mai multe rezultate
invite_teacher-member = Membru al acestui spațiu
invite_teacher-invite = Invitați
invite_teacher-role_for = Rolul pentru { $name }

## pupils
pupils-title = Adăugați elevi
pupils-one_title = Un elev
pupils-name = Numele elevului
pupils-add_one = Adăugați elevul
pupils-class_title = O clasă întreagă
pupils-class_names = Numele elevilor
pupils-class_help = Câte un nume pe rând, așa cum îi vor vedea ceilalți pe elevi.
pupils-add_class = Adăugați clasa
pupils-class_empty = Scrieți cel puțin un nume.
pupils-language = Limba paginii pentru acești elevi
pupils-language_help = După conectare, vor vedea TwinSpace Live în această limbă. Fiecare elev o poate schimba mai târziu.
pupils-line_errors = Rânduri de corectat
pupils-line_error = Rândul { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } rând trebuie corectat; nu s-a creat nimic.
        [few] { $count } rânduri trebuie corectate; nu s-a creat nimic.
       *[other] { $count } de rânduri trebuie corectate; nu s-a creat nimic.
    }
pupils-created =
    { $count ->
        [one] A fost adăugat { $count } cont de elev.
        [few] Au fost adăugate { $count } conturi de elev.
       *[other] Au fost adăugate { $count } de conturi de elev.
    }

## cards
cards-title = Carduri de conectare
cards-once = Aceste coduri se afișează doar acum. Tipăriți cardurile sau notați codurile înainte să plecați de pe această pagină.
cards-site = Conectare la
cards-print = Tipăriți cardurile
cards-done = Gata: ascundeți codurile

## links
links-tab = Linkuri pentru invitați
links-intro = Un link pentru invitați îi permite unui expert sau unui observator să intre în acest TwinSpace ca invitat. Oricine are linkul îl poate folosi, până când expiră sau se epuizează.
links-create_title = Link nou pentru invitați
links-valid_for = Valabil timp de
links-days =
    { $count ->
        [one] { $count } zi
        [few] { $count } zile
       *[other] { $count } de zile
    }
links-uses = Număr de utilizări
links-note = Notă (pentru cine este)
links-create = Creați linkul
links-new = Linkul nou
links-once = Copiați-l acum: se afișează o singură dată.
links-copy = Copiați
links-copied = Linkul a fost copiat.
links-select_copy = Linkul este selectat: apăsați Ctrl+C (⌘+C) pentru a-l copia.
links-live = Linkuri active
links-empty = Niciun link pentru invitați nu este activ.
links-untitled = Link pentru invitați
links-used =
    { $count ->
        [one] utilizări: { $used } din { $count }
        [few] utilizări: { $used } din { $count }
       *[other] utilizări: { $used } din { $count }
    }
links-until = până la { $time }
links-revoke = Revocați
links-revoke_question = Revocați acest link pentru invitați?
links-revoke_consequence = Nimeni nu mai poate intra cu el.
links-revoke_kept = Invitații care au intrat cu el rămân membri.
links-revoked = Linkul a fost revocat.

## settings
settings-tab = Setări
settings-space = Spațiul
settings-pupils = Elevi
settings-premoderate_pupils = Mesajele elevilor așteaptă până le aprobă un profesor
settings-pupils_may_create_threads = Elevii pot începe discuții
settings-pupils_may_upload = Elevii pot încărca fișiere
settings-save = Salvați
settings-saved = Setările au fost salvate.
settings-archive_title = Arhivare
settings-archive_text = Un spațiu arhivat poate fi citit în continuare de membrii lui, dar nimeni nu mai poate publica, încărca fișiere sau porni o sesiune video.
settings-archive = Arhivați acest spațiu
settings-archive_question = Arhivați „{ $title }”?
settings-archive_read_only = Nimeni nu mai poate publica, încărca sau schimba nimic.
settings-archive_video = Sesiunile video în desfășurare se încheie imediat.
settings-archive_undo = Un fondator poate redeschide spațiul mai târziu.
settings-archive_confirm = Arhivați
settings-archived_title = Acest spațiu este arhivat
settings-archived_text = Poate fi doar citit. Redeschideți-l pentru ca membrii să poată publica și încărca.
settings-unarchive = Redeschideți
settings-unarchive_question = Redeschideți „{ $title }”?
settings-unarchive_consequence = Membrii vor putea din nou să publice, să încarce și să pornească sesiuni video.
settings-delete_title = Ștergeți spațiul
settings-delete_text = Ștergerea elimină definitiv spațiul și tot ce conține.
settings-delete = Ștergeți acest spațiu
settings-delete_question = Ștergeți definitiv „{ $title }”?
settings-delete_content = Toate discuțiile din forum, mesajele din chat și fișierele, cu toate versiunile lor, sunt șterse.
settings-delete_members = Toți membrii pierd spațiul; conturile elevilor rămân doar în celelalte spații ale lor.
settings-delete_video = Sesiunile video în desfășurare se încheie imediat.
settings-delete_no_undo = Se șterge și jurnalul de audit. Acțiunea nu poate fi anulată.
settings-delete_confirm = Ștergeți definitiv
settings-deleted = „{ $title }” a fost șters.

## audit
audit-tab = Jurnal de audit
audit-caption = Ce s-a făcut în acest spațiu, de la cel mai recent
audit-when = Când
audit-who = Cine
audit-what = Ce
audit-empty = Încă nu s-a înregistrat nimic.
audit-older = Afișați intrările mai vechi
audit-system = Serverul
audit-former_member = Un fost membru
audit-former_member_target = un fost membru
audit-reason = Motiv: { $reason }
audit-other = A făcut „{ $action }” { $target }
audit-space-created = A creat spațiul
audit-space-settings_changed = A schimbat setările spațiului
audit-space-archived = A arhivat spațiul
audit-space-unarchived = A redeschis spațiul
audit-member-invited = A invitat: { $target }, cu rolul { $role }
audit-member-role_changed = A schimbat rolul pentru { $target } din { $from } în { $role }
audit-member-removed = A scos din spațiu: { $target }
audit-member-left = A ieșit din spațiu
audit-member-muted = A oprit scrisul pentru { $target }
audit-member-unmuted = A permis din nou scrisul pentru { $target }
audit-pupil-created = A creat contul de elev: { $target }
audit-pupil-added = A adăugat ca elev: { $target }
audit-pupil-code_reset = A dat un cod de conectare nou pentru { $target }
audit-pupil-exported = A exportat datele pentru { $target }
audit-pupil-erased = A șters contul unui elev
audit-invitation-created = A creat un link pentru invitați
audit-invitation-revoked = A revocat un link pentru invitați
audit-invitation-accepted = A intrat cu un link pentru invitați
audit-video-started = A pornit o sesiune video
audit-video-ended = A încheiat o sesiune video
audit-video-locked = A blocat o sesiune video
audit-video-unlocked = A deblocat o sesiune video
audit-video-admitted = A lăsat să intre într-o sesiune video: { $target }
audit-video-denied = Nu a lăsat să intre într-o sesiune video: { $target }
audit-video-muted = A oprit microfonul pentru { $target } într-o sesiune video
audit-video-unmuted = A permis din nou vorbirea pentru { $target } într-o sesiune video
audit-video-removed = A scos dintr-o sesiune video: { $target }
audit-video-spotlight = A schimbat persoana evidențiată într-o sesiune video
audit-post-hidden = A ascuns un mesaj
audit-post-restored = A restabilit un mesaj
audit-post-approved = A aprobat un mesaj
audit-post-rejected = A respins un mesaj
audit-post-purged = A șters definitiv un mesaj
audit-post-reported = A raportat un mesaj
audit-report-resolved = A închis un raport
audit-thread-pinned = A fixat o discuție
audit-thread-unpinned = A anulat fixarea unei discuții
audit-thread-locked = A închis o discuție
audit-thread-unlocked = A redeschis o discuție
audit-archive-folder_created = A creat un dosar
audit-archive-folder_renamed = A redenumit un dosar
audit-archive-folder_moved = A mutat un dosar
audit-archive-folder_trashed = A pus un dosar în coșul de gunoi
audit-archive-folder_restored = A scos un dosar din coșul de gunoi
audit-archive-folder_purged = A șters definitiv un dosar
audit-archive-file_added = A adăugat un fișier
audit-archive-file_version_added = A adăugat o versiune a unui fișier
audit-archive-file_renamed = A redenumit un fișier
audit-archive-file_moved = A mutat un fișier
audit-archive-file_trashed = A pus un fișier în coșul de gunoi
audit-archive-file_restored = A scos un fișier din coșul de gunoi
audit-archive-file_purged = A șters definitiv un fișier
audit-chat-expired = A șters mesajele din chat care au expirat
audit-audit-retention_changed = A schimbat cât timp păstrează jurnalul de audit intrările
audit-group-joined = Alăturare la grup
audit-group-requested = Cerere de alăturare la grup
audit-group-request_accepted = Cerere acceptată: { $target }
audit-group-request_declined = Cerere refuzată: { $target }
audit-group-request_withdrawn = Cerere de alăturare retrasă
audit-member-banned = Blocare: { $target }
audit-member-unbanned = Blocare ridicată: { $target }
audit-group-featured = Grup recomandat
audit-group-unfeatured = Grupul nu mai este recomandat
audit-group-moderator_appointed = Moderare încredințată: { $target }

## group_role
group_role-founder = Administrare grup
group_role-admin = Moderare
group_role-teacher = Membru

## readers
readers-title = Citesc acum
readers-more =
    { $count ->
        [one] și încă { $count } persoană
        [few] și încă { $count } persoane
       *[other] și încă { $count } de persoane
    }

## groups
groups-nav = Grupuri
groups-title = Grupuri eTwinning
groups-intro = Comunități de eTwinneri în jurul unei materii, al unei teme sau al unui domeniu de interes. Participă doar eTwinneri validați.
groups-search = Găsiți un grup
groups-words = Cuvinte din titlu
groups-topic = Temă
groups-language = Limbă
groups-language_any = Toate limbile
groups-language_choose = Alegeți o limbă
groups-country = Țara unui membru
groups-country_any = Toate țările
groups-search_submit = Căutare
groups-found = Grupuri
groups-empty = Niciun grup nu corespunde acestei căutări.
groups-more = Afișează mai multe grupuri
groups-featured = Recomandat
groups-topic_is = Temă: { $topic }
groups-members =
    { $count ->
        [one] { $count } membru
        [few] { $count } membri
       *[other] { $count } de membri
    }
groups-access_short-open = Deschis
groups-access_short-closed = Închis
groups-standing-member = Faceți parte din grup. Rolul dumneavoastră: { $role }
groups-standing-requested = Ați cerut să vă alăturați acestui grup.
groups-standing-banned = Echipa de moderare a acestui grup nu vă permite să vă alăturați.
groups-join = Alăturare
groups-ask = Cerere de alăturare
groups-ask_message = Un mesaj pentru echipa de moderare (opțional)
groups-withdraw = Retrage cererea mea
groups-open_group = Deschide grupul
groups-joined = Faceți acum parte din „{ $title }”.
groups-asked = Cererea dumneavoastră de alăturare la „{ $title }” a fost trimisă echipei de moderare.
groups-withdrawn = Cererea dumneavoastră de alăturare la „{ $title }” a fost retrasă.
groups-waiting = Echipa de moderare va răspunde cererii. Această pagină afișează răspunsul imediat ce sosește.
groups-accepted = Cererea a fost acceptată: bun venit în „{ $title }”.
groups-not_accepted = Cererea nu a fost acceptată. Puteți cere din nou.
groups-back = Înapoi la grupuri
groups-create = Creați un grup
groups-group_title = Titlu
groups-description = Descriere (opțional)
groups-access = Cine se poate alătura
groups-access-open = Deschis: orice eTwinner se alătură imediat
groups-access-closed = Închis: echipa de moderare acceptă fiecare cerere
groups-create_submit = Creează grupul
groups-created = Grupul „{ $title }” a fost creat.
groups-members_search = Găsiți un membru
groups-members_more = Afișează mai mulți membri
groups-leave = Părăsiți acest grup
groups-leave_consequence = Pierdeți imediat accesul la forumul, fișierele, chatul și videoul grupului.
groups-leave_kept = Ce ați scris și încărcat rămâne în grup. Vă puteți întoarce prin catalogul grupurilor.
groups-leave_confirm = Părăsește grupul
groups-requests = Cereri de alăturare
groups-requests_empty = Nu așteaptă nimeni.
groups-accept = Acceptă
groups-decline = Refuză
groups-accepted_member = { $name } face acum parte din grup.
groups-declined = Cererea: { $name } – refuzată.
groups-ban = Blochează
groups-ban_question = Blocați accesul la grup: { $name }?
groups-ban_consequence = { $name } părăsește imediat grupul și nu se mai poate alătura și nici cere acest lucru.
groups-ban_kept = Postările și fișierele rămân în grup. Blocarea poate fi ridicată mai târziu.
groups-ban_reason = Motiv (opțional, rămâne în jurnal)
groups-ban_confirm = Blochează
groups-banned = Blocat: { $name }.
groups-bans = eTwinneri blocați
groups-bans_empty = Nicio blocare.
groups-lift = Ridică blocarea
groups-lifted = { $name } se poate alătura din nou.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Alegeți o parolă nouă pentru TwinSpace Live
mail-reset_body =
    Bună ziua, { $name },

    Cineva, probabil dumneavoastră, a cerut să aleagă o parolă nouă pentru contul dumneavoastră TwinSpace Live.
    Deschideți acest link pentru a o alege (funcționează o singură dată și expiră după { $minutes } min):

    { $link }

    Dacă alegeți o parolă nouă, sesiunea se închide peste tot în altă parte.
    Dacă nu ați cerut acest lucru, ignorați mesajul: parola dumneavoastră rămâne aceeași.

    TwinSpace Live

## events (issue 22)
events-nav = Evenimente
events-title = Evenimente viitoare
events-empty = Deocamdată nu există evenimente viitoare pentru dumneavoastră.
events-more = Afișați mai multe evenimente
events-schedule = Programați un eveniment
events-zone = Orele sunt afișate în fusul dumneavoastră orar: { $zone }
events-audience-etwinners = Toți eTwinnerii
events-audience-country = eTwinnerii din această țară: { $country }
events-audience-group = Membrii unui grup
events-audience-twinspace = Membrii unui TwinSpace
events-organising = Organizați acest eveniment.
events-registered = Înscrierea dumneavoastră este înregistrată.
events-waiting = Sunteți pe lista de așteptare (poziția { $position }).
events-state-live = Acum în direct
events-state-ended = Acest eveniment s-a încheiat.
events-state-cancelled = Acest eveniment a fost anulat.
events-places = Locuri ocupate: { $taken } din { $capacity }
event_form-new_title = Programați un eveniment
event_form-edit_title = Modificați evenimentul
event_form-title = Titlu
event_form-description = Descriere
event_form-date = Data
event_form-time = Ora de începere
event_form-duration = Durata în minute
event_form-space = Grup sau TwinSpace
event_form-speakers_hint = Alegeți dintre cadrele didactice ale grupurilor și TwinSpace-urilor dumneavoastră.
event_form-no_speakers = Deocamdată nu este nimeni de ales.
event_form-create = Programați evenimentul
event_form-save = Salvați modificările
event_form-created = „{ $title }” este programat.
event_form-saved = Modificările pentru „{ $title }” sunt salvate.
event_form-start_past = Alegeți un început în viitor.
event-title = Eveniment
event-back = Toate evenimentele
event-when = Când
event-language = Limba
event-audience = Cine se poate înscrie
event-organiser = Organizare
event-speakers = Vorbitori
event-places = Locuri
event-no_speakers = Nu sunt încă anunțate intervenții.
event-waiting_count = În așteptare: { $waiting }
event-registration = Locul dumneavoastră
event-speaking = Vorbiți la acest eveniment.
event-full = Toate locurile sunt ocupate: dacă vă înscrieți, intrați pe lista de așteptare.
event-register = Înscrieți-mă
event-unregister = Renunț la locul meu
event-leave_waiting = Ieșiți de pe lista de așteptare
event-unregister_confirm_title = Renunțați la „{ $title }”?
event-unregister_confirm = Următoarea persoană de pe lista de așteptare vă ia rândul. Dacă vă înscrieți din nou, poate va trebui să așteptați.
event-unregistered = Înscrierea dumneavoastră este anulată.
event-calendar = Adăugați în calendarul meu (.ics)
event-organiser_tools = Pentru organizare
event-edit = Modificați evenimentul
event-cancel = Anulați evenimentul
event-keep = Păstrați evenimentul
event-cancel_confirm_title = Anulați „{ $title }”?
event-cancel_confirm_lost = Nimeni nu se mai poate înscrie și toată lumea vede că este anulat. Nu se poate reveni. Înscrierile și întrebările se păstrează.
event-cancelled = Evenimentul este anulat.
event-registrants = Înscrieri
event-waiting_list = Lista de așteptare
event-nobody = Deocamdată nimeni.
event-attendance = Prezență
event-attendance_hint = Cine a urmărit pagina evenimentului în timpul transmisiei în direct și cât timp.
event-attendance_none = Nimeni nu a urmărit evenimentul în direct.
event-minutes = { $minutes } min
qa-title = Întrebări și răspunsuri
qa-empty = Încă nu există întrebări.
qa-closed = Întrebările sunt închise: evenimentul s-a încheiat.
qa-need_place = Înscrieți-vă pentru a pune o întrebare sau a susține una.
qa-your_question = Întrebarea dumneavoastră
qa-ask = Întrebați
qa-asked = Întrebarea dumneavoastră a fost trimisă.
qa-upvote = Susțineți
qa-upvoted = Susținută
qa-votes = Voturi: { $votes }
qa-by = Întrebare de la { $name }
qa-by_gone = Întrebare de la un cont șters
qa-answer = Răspuns: { $answer }
qa-state-picked = Se răspunde acum
qa-state-answered = Cu răspuns
qa-state-hidden = Ascunsă
qa-pick = Alegeți
qa-unpick = Puneți înapoi
qa-hide = Ascundeți
qa-restore = Restabiliți
qa-answer_label = Răspuns scris (opțional)
qa-mark_answered = Marcați cu răspuns
qa-gone = Nu mai puteți urmări aceste întrebări.
audit-event-created = A programat evenimentul „{ $title }”
audit-event-updated = A modificat evenimentul „{ $title }”
audit-event-cancelled = A anulat evenimentul „{ $title }”
audit-event-question_moderated = A moderat o întrebare a evenimentului „{ $title }”

## the live webinar (issue 22)
live-title = Video în direct
live-not_started = Videoul în direct nu a început încă.
live-ended = Videoul în direct s-a încheiat.
live-connecting = Conectare la videoul în direct…
live-need_place = Doar cei care au un loc pot urmări videoul în direct.
live-watching_you = Urmăriți videoul în direct.
live-on_air = Sunteți în direct: toată lumea vă vede și vă aude.
live-recording = Acest eveniment este înregistrat.
live-speaking = Vorbește: { $names }
live-nobody_speaking = Încă nu vorbește nimeni.
live-watching = Urmăresc: { $watching }
live-start = Porniți videoul în direct
live-end = Încheiați videoul în direct
live-end_confirm_title = Încheiați videoul în direct al „{ $title }”?
live-end_confirm_lost = Videoul se oprește pentru toți, vorbitori și public. Îl puteți porni din nou cât timp durează evenimentul; întrebările se păstrează.
live-go_live = Intrați în direct
live-stop = Opriți videoul meu
live-hand_raised = Aveți mâna ridicată: un moderator vă poate invita să vorbiți.
live-invited = Sunteți invitat să vorbiți: intrați în direct când sunteți gata.
live-returned = Sunteți din nou în public.
live-hands = Mâini ridicate
live-no_hands = Nicio mână ridicată.
live-promote = Invitați-l pe { $name } să vorbească
live-return = Trimiteți-l pe { $name } înapoi în public
live-record_start = Porniți înregistrarea
live-record_stop = Opriți înregistrarea

## the event's recordings and seat (issue 22)
event-moved_up = Acum aveți un loc: ați urcat de pe lista de așteptare.
live-off_stage_returned = Un moderator v-a readus în public.
live-off_stage_muted = Ați fost redus la tăcere în acest spațiu: sunteți din nou în public.
live-off_stage_removed = Nu mai sunteți membru al acestui spațiu: sunteți din nou în public.
live-off_stage_unnamed = Nu mai sunteți vorbitor la acest eveniment: sunteți din nou în public.
recordings-title = Înregistrări
recordings-processing = O înregistrare este în curs de procesare: va apărea aici când va fi gata.
recordings-take = Înregistrat pe { $when } · { $length }
recordings-video = Video: { $speaker }
recordings-audio = Sunet: { $speaker }
recordings-former_speaker = un fost vorbitor
