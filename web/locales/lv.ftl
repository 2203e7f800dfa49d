### TwinSpace Live: lapas vārdi latviešu valodā.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Latviešu

## app
app-name = TwinSpace Live
app-skip = Pāriet uz saturu
app-nav = Galvenā izvēlne
app-language = Valoda
app-sign_out = Atteikties
app-signed_in_as = Konts: { $name }
app-loading = Ielādē…

## conn
conn-lost = Savienojums zaudēts. Notiek atkārtota savienošanās…
conn-back = Savienojums atjaunots.
conn-failed = Tiešsaistes savienojums tika slēgts. Lai mēģinātu vēlreiz, pārlādējiet lapu.
conn-session_ended = Jūsu sesija ir beigusies. Lūdzu, piesakieties vēlreiz.
conn-account_locked = Šo kontu vairs nevar izmantot. Piesakieties vēlreiz, lai uzzinātu, kāpēc.
conn-closed-auth_missing = Tiešsaistes savienojums laikus nesaņēma jūsu pieteikšanās datus. Pārlādējiet lapu.
conn-closed-session_invalid = Jūsu sesija vairs nav derīga. Lūdzu, piesakieties vēlreiz.
conn-closed-session_expired = Jūsu sesijai beidzās derīguma termiņš. Lūdzu, piesakieties vēlreiz.
conn-closed-signed_out = Jūsu sesija tika slēgta. Lūdzu, piesakieties vēlreiz.
conn-closed-account_locked = Šo kontu vairs nevar izmantot. Piesakieties vēlreiz, lai uzzinātu, kāpēc.
conn-closed-too_many_connections = Šim kontam vienlaikus ir atvērts pārāk daudz lapu. Aizveriet dažas cilnes un pēc tam pārlādējiet šo lapu.
conn-closed-too_many_messages = Šī lapa pārāk ātri nosūtīja pārāk daudz. Mazliet uzgaidiet un pēc tam pārlādējiet lapu.
conn-closed-frame_too_large = Šī lapa nosūtīja kaut ko pārāk lielu. Pārlādējiet lapu un mēģiniet vēlreiz.
conn-closed-idle_timeout = Tiešsaistes savienojums pārāk ilgi bija neaktīvs un tika slēgts. Notiek atkārtota savienošanās…
conn-closed-slow_consumer = Tiešsaistes savienojums atpalika. Notiek atkārtota savienošanās…
conn-closed-server_restarting = Serveris tiek restartēts. Pēc brīža notiks atkārtota savienošanās…
conn-closed-server_shutting_down = Jūsu savienojuma serveris apstājas. Notiek atkārtota savienošanās…
conn-closed-unavailable = Serveris ir aizņemts. Pēc brīža notiks atkārtota savienošanās…
conn-closed-internal = Serverī radās kļūda. Pēc brīža notiks atkārtota savienošanās…

## login
login-title = Pieteikšanās
login-intro = Skolotāji un viesi piesakās ar savu e-pasta adresi. Skolēni izmanto lietotājvārdu un kodu, ko viņiem iedevis skolotājs.
login-teacher = Skolotāji un viesi
login-pupil = Skolēni
login-email = E-pasta adrese
login-password = Parole
login-username = Lietotājvārds
login-code = Kods
login-submit = Pieteikties
login-pupil_submit = Pieteikties kā skolēns
login-forgot = Aizmirsāt paroli?
login-register = Vēl nav konta? Izveidojiet eTwinner kontu
login-pupil_forgot = Aizmirsāt kodu? Palūdziet skolotājam jaunu.

## invite
invite-title = Pievienoties TwinSpace kā viesis
invite-intro = Jums ir ielūgums uz TwinSpace. Izvēlieties vārdu, ko redzēs citi, un iestatiet paroli.
invite-display_name = Jūsu vārds
invite-submit = Pieņemt ielūgumu
invite-checking = Notiek ielūguma pārbaude…
invite-for_space = Jums ir ielūgums uz „{ $title }“.
invite-unknown = Šī ielūguma saite nav zināma. Pārbaudiet, vai nokopējāt to visu, vai palūdziet jaunu saiti skolotājam, kas to nosūtīja.
invite-expired = Šīs ielūguma saites derīguma termiņš ir beidzies. Palūdziet jaunu saiti skolotājam, kas to nosūtīja.
invite-used_up = Šī ielūguma saite jau ir izmantota tik reižu, cik atļauts. Palūdziet jaunu saiti skolotājam, kas to nosūtīja.
invite-revoked = Skolotājs atsauca šo ielūguma saiti.
invite-closed = Šī ielūguma telpa ir slēgta.

## spaces
spaces-title = Manas telpas
spaces-empty = Jums vēl nav nevienas telpas.
spaces-create = Izveidot telpu
spaces-kind = Veids
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Istaba
spaces-kind-group = Grupa
spaces-space_title = Nosaukums
spaces-description = Apraksts (nav obligāts)
spaces-create_submit = Izveidot
spaces-created = Telpa „{ $title }“ ir izveidota.
spaces-my_role = Jūsu loma: { $role }
spaces-archived = arhivēta

## space
space-back = Atpakaļ uz manām telpām
space-sections = Šīs telpas sadaļas
space-members = Dalībnieki
space-online_count =
    { $count ->
        [zero] { $count } tiešsaistē
        [one] { $count } tiešsaistē
       *[other] { $count } tiešsaistē
    }
space-online = tiešsaistē
space-offline = bezsaistē
space-you = (jūs)
space-refreshed = Saraksts ir atjaunināts.
space-gone = Šī telpa jums vairs nav pieejama.

## chat
chat-title = Tērzēšana
chat-empty = Vēl nav ziņu.
chat-message = Ziņa
chat-send = Sūtīt
chat-pending = (gaida skolotāju)
chat-typing = { $name } raksta…
chat-teachers_tab = Skolotāju ziņojumu dēlis
chat-teachers_title = Skolotāju ziņojumu dēlis
chat-session_title = Sesijas tērzēšana
chat-older = Rādīt vecākas ziņas
chat-new_messages = Jaunas ziņas
chat-mention_list = Dalībnieki, ko pieminēt
chat-mention_hint = Ierakstiet @ un vārdu, lai pieminētu dalībnieku.
chat-hidden = (paslēpa skolotājs)
chat-deleted = (izdzēsta)
chat-rejected = (skolotājs nepublicēja)
chat-edited = (labota)
chat-mentions_you = piemin jūs
chat-edit = Labot
chat-edit_label = Labot savu ziņu
chat-save = Saglabāt
chat-cancel = Atcelt
chat-delete = Dzēst
chat-delete_confirm = Jā, dzēst
chat-hide = Paslēpt
chat-restore = Atjaunot
chat-approve = Apstiprināt
chat-reject = Noraidīt
chat-report = Ziņot
chat-reported = Paldies! Skolotāji apskatīs šo ziņu.
chat-mute = Apklusināt
chat-mute_question = Apklusināt: { $name }?
chat-mute_for = Apklusināšanas ilgums ({ $name })
chat-minutes =
    { $count ->
        [zero] { $count } minūšu
        [one] { $count } minūte
       *[other] { $count } minūtes
    }
chat-mute_confirm = Apklusināt tūlīt
chat-muted_other = { $name } nevarēs rakstīt līdz plkst. { $time }.
chat-muted_you = Skolotājs ir apturējis jūsu rakstīšanu līdz plkst. { $time }. Tērzēšanu jūs joprojām varat lasīt.
chat-unmuted_you = Jūs atkal varat rakstīt tērzēšanā.
chat-gone = Šī tērzēšana jums vairs nav pieejama.

## role
role-founder = Dibinātājs
role-admin = Administrators
role-teacher = Skolotājs
role-pupil_admin = Skolēns administrators
role-pupil = Skolēns
role-guest = Viesis

## error
error-bad_credentials = Pieteikšanās dati nav pareizi. Pārbaudiet tos un mēģiniet vēlreiz.
error-rate_limited = Pārāk daudz mēģinājumu. Lūdzu, brīdi uzgaidiet un mēģiniet vēlreiz.
error-invalid = Daži lauki nav aizpildīti pareizi.
error-not_found = Šī lapa neeksistē, vai arī jūs to nevarat redzēt.
error-forbidden = Jums nav atļauts to darīt.
error-gone = Tas vairs neeksistē vai vairs nedarbojas.
error-conflict = Tas ir pretrunā ar kaut ko, kas jau pastāv.
error-gone-revoked = Šī ielūguma saite vairs nedarbojas: telpas skolotāji to atsauca.
error-gone-expired = Šī ielūguma saite vairs nedarbojas: tās derīguma termiņš ir beidzies.
error-gone-used_up = Šī ielūguma saite vairs nedarbojas: tā ir izmantota tik reižu, cik atļauts.
error-conflict-name_taken = „{ $name }“ jau ir šeit. Izvēlieties citu nosaukumu.
error-conflict-in_trash = „{ $name }“ ir atkritnē: vispirms to atjaunojiet.
error-conflict-not_in_trash = „{ $name }“ nav atkritnē.
error-conflict-parent_in_trash = „{ $name }“ bija mapē, kas tagad ir atkritnē: vispirms atjaunojiet šo mapi.
error-conflict-folder_not_empty = Mape „{ $name }“ nav tukša: vispirms pārvietojiet tās saturu uz atkritni.
error-conflict-wrong_status = Šī konta statuss ({ $status }) to neatļauj.
error-unauthenticated = Lūdzu, piesakieties.
error-network = Nevarēja sazināties ar serveri. Pārbaudiet savienojumu un mēģiniet vēlreiz.
error-generic = Kaut kas nogāja greizi. Lūdzu, mēģiniet vēlreiz.
error-too_large = Tas ir pārāk liels.
error-quota_exceeded = Šajā telpā vairs nepietiek vietas.
error-unsupported = Serveris nevar apstrādāt šāda veida pieprasījumu.
error-aborted = Augšupielāde tika apturēta.
error-rate_limited_wait = Pārāk daudz mēģinājumu. Mēģiniet vēlreiz { $wait }.
error-fields = Dažiem laukiem jāpievērš uzmanība: skatiet ziņojumu zem katra lauka.
error-account_rejected = Jūsu valsts nacionālais administrators nepieņēma šo reģistrāciju, tāpēc ar šo kontu nevar pieteikties. Ja domājat, ka tā ir kļūda, sazinieties ar savas valsts eTwinning nacionālo atbalsta dienestu.
error-account_suspended = Jūsu valsts nacionālais administrators ir apturējis šo kontu: pagaidām ar to nevar pieteikties. Lai uzzinātu iemeslu vai lūgtu kontu atjaunot, sazinieties ar savas valsts eTwinning nacionālo atbalsta dienestu.
error-malformed = Lapa nosūtīja kaut ko, ko serveris nevarēja nolasīt. Pārlādējiet lapu un mēģiniet vēlreiz.
error-csrf = Lapas drošības pārbaude neizdevās. Pārlādējiet lapu un mēģiniet vēlreiz.
error-limit_exceeded = Tas pārsniedz šai telpai noteikto ierobežojumu.
error-unavailable = Serveris ir aizņemts, vai kāda tā daļa neatbild. Lūdzu, pēc brīža mēģiniet vēlreiz.
error-internal = Serverī radās kļūda. Lūdzu, mēģiniet vēlreiz vēlāk.
error-insufficient_storage = Serverī vairs nav vietas failiem. Nekas netika saglabāts; lūdzu, informējiet savas skolas eTwinning kontaktpersonu.
error-request_timeout = Sūtīšana ilga pārāk ilgi un tika pārtraukta. Pārbaudiet savienojumu un mēģiniet vēlreiz.
error-conflict-not_a_guest = Šī e-pasta adrese pieder eTwinning kontam. Skolotājus uzaicina telpas administratori, nevis viesa saite.

## notice
notice-post-pending = Paldies! Skolotājs izlasīs jūsu ierakstu, pirms to varēs redzēt visi.
notice-post-approved = Skolotājs izlasīja jūsu ierakstu. Tagad to var redzēt visi projektā.
notice-post-rejected = Skolotājs nolēma jūsu ierakstu nerādīt. Varat pajautāt savam skolotājam, kāpēc.
notice-post-hidden = Skolotājs pagaidām paslēpa jūsu ierakstu. Varat pajautāt savam skolotājam, kāpēc.
notice-post-restored = Skolotājs atkal parādīja jūsu ierakstu. Tagad to var redzēt visi.
notice-post-purged = Skolotājs izdzēsa jūsu ierakstu.
notice-member-muted = Jūs varat lasīt projektu, bet kādu laiku nevarat rakstīt.
notice-member-unmuted = Jūs atkal varat rakstīt projektā.
notice-chat-mention = { $name } jūs pieminēja tērzēšanā.

## video
video-section = Video
video-open_sessions = Atvērtās video sesijas
video-none = Neviena video sesija nav atvērta.
video-start_title = Sākt video sesiju
video-title = Nosaukums (nav obligāts)
video-lobby = Skolēni gaida uzgaidāmajā zonā, līdz skolotājs viņus ielaiž
video-start = Sākt
video-join_named = Pievienoties: „{ $title }“
video-nobody_in_call = Zvanā vēl neviena nav
video-people_in_call =
    { $count ->
        [zero] { $count } cilvēku zvanā
        [one] { $count } cilvēks zvanā
       *[other] { $count } cilvēki zvanā
    }
video-locked = (slēgta)
video-back = Atpakaļ uz telpu
video-participants = Dalībnieki
video-my_controls = Jūsu mikrofons un kamera
video-chat = Sesijas tērzēšana
video-starting_media = Notiek kameras un mikrofona ieslēgšana…
video-in_call = Jūs esat zvanā.
video-waiting_in_lobby = Jūs esat uzgaidāmajā zonā. Skolotājs drīz jūs ielaidīs.
video-no_media = Nevarēja izmantot ne kameru, ne mikrofonu: jūs tomēr varat redzēt un dzirdēt citus.
video-partial_media = Jūsu kameru un mikrofonu izdevās izmantot tikai daļēji.
video-enable_sound = Ieslēgt skaņu
video-mic_on = Mikrofons ieslēgts
video-mic_off = Mikrofons izslēgts
video-mic_forced = Skolotājs izslēdza skaņu
video-camera_on = Kamera ieslēgta
video-camera_off = Kamera izslēgta
video-hand_raised = Roka pacelta
video-mute_me = Izslēgt manu mikrofonu
video-unmute_me = Ieslēgt manu mikrofonu
video-camera_stop = Izslēgt manu kameru
video-camera_start = Ieslēgt manu kameru
video-hand_raise = Pacelt roku
video-hand_lower = Nolaist roku
video-leave = Iziet
video-you_are_muted = Skolotājs ir izslēdzis jūsu skaņu. Jūs varēsiet ieslēgt mikrofonu, kad skolotājs to atļaus.
video-muted_by_teacher = Skolotājs izslēdza jūsu mikrofonu.
video-unmute_allowed = Skolotājs atļauj jums atkal ieslēgt mikrofonu.
video-mute_other = Izslēgt skaņu
video-mute_named = Izslēgt skaņu: { $name }
video-allow_unmute = Atļaut mikrofonu
video-allow_unmute_named = Atļaut mikrofonu: { $name }
video-remove = Izņemt
video-remove_named = Izņemt no sesijas: { $name }
video-lobby_title = Uzgaidāmā zona
video-lobby_empty = Neviens negaida.
video-admit = Ielaist
video-admit_named = Ielaist: { $name }
video-deny = Neielaist
video-deny_named = Neielaist: { $name }
video-manage = Šī sesija
video-is_open = Atvērta: dalībnieki var pievienoties.
video-is_locked = Slēgta: pievienoties var tikai skolotāji.
video-lock = Slēgt sesiju
video-end = Beigt sesiju visiem
video-ended = Sesija ir beigusies.
video-ended_space_archived = Sesija ir beigusies: tās telpa ir arhivēta.
video-ended_space_deleted = Sesija ir beigusies: tās telpa ir izdzēsta.
video-ended_empty = Sesija ir beigusies: tajā kādu laiku neviena nebija.
video-no_teacher_yet = Šajā sesijā vēl nav neviena skolotāja, tāpēc neviens nevar jūs ielaist. Varat gaidīt šeit vai iziet.
video-leave_lobby = Iziet no uzgaidāmās zonas
video-removed = Skolotājs izņēma jūs no sesijas.
video-denied = Skolotājs neielaida jūs šajā sesijā.
video-left = Jūs izgājāt no sesijas.
video-full = Šī sesija ir pilna.
video-refused = Jūs nevarat pievienoties šai sesijai.
video-signal_refused = Serveris noraidīja to, ko nosūtīja jūsu pārlūks. Mēģiniet iziet un pievienoties vēlreiz.
video-sfu_moving = Sesija ir kļuvusi lielāka: zvans tiek pārcelts uz klases multivides serveri…
video-sfu_unreachable = Klases multivides serveris nav sasniedzams. Notiek atkārtots mēģinājums…
video-sfu_no_seat = Visas kameru vietas šajā sesijā ir aizņemtas: jūs redzat un dzirdat citus, bet viņi jūs neredz un nedzird.
video-sfu_not_sent = Jūsu kameru un mikrofonu neizdevās nosūtīt. Jūs joprojām redzat un dzirdat citus.

## forum
forum-title = Forums
forum-threads = Tēmas
forum-posts = Ieraksti
forum-areas = Foruma sadaļas
forum-area-open = Atvērtais forums
forum-area-teachers = Skolotāju ziņojumu dēlis
forum-empty = Vēl nav tēmu.
forum-thread_meta =
    { $count ->
        [zero] { $author } · { $count } ierakstu · { $when }
        [one] { $author } · { $count } ieraksts · { $when }
       *[other] { $author } · { $count } ieraksti · { $when }
    }
forum-unread =
    { $count ->
        [zero] { $count } jaunu
        [one] { $count } jauns
       *[other] { $count } jauni
    }
forum-pinned = piesprausta
forum-locked = slēgta
forum-new_thread = Sākt tēmu
forum-new_bulletin = Sākt tēmu skolotāju ziņojumu dēlī
forum-thread_title = Tēmas nosaukums
forum-first_post = Pirmais ieraksts
forum-start = Sākt tēmu
forum-thread_started = Tēma ir sākta.
forum-thread_held = Paldies! Skolotājs izlasīs tavu tēmu, pirms to varēs redzēt visi.
forum-back = Atpakaļ uz tēmām
forum-reply_label = Jūsu atbilde
forum-send = Publicēt atbildi
forum-no_reply = Jūs nevarat atbildēt šajā tēmā.
forum-held = Paldies! Skolotājs izlasīs tavu ierakstu, pirms to varēs redzēt visi.
forum-edited = (labots)
forum-edit = Labot
forum-edit_label = Labot savu ierakstu
forum-save = Saglabāt
forum-saved = Jūsu ieraksts ir mainīts.
forum-cancel = Atcelt
forum-delete = Dzēst
forum-deleted = Ieraksts ir izdzēsts.
forum-report = Ziņot
forum-report_reason = Kas nav kārtībā ar šo ierakstu? (nav obligāti)
forum-report_send = Nosūtīt ziņojumu
forum-reported = Paldies! Skolotāji ir informēti.
forum-hide = Paslēpt
forum-restore = Atjaunot
forum-approve = Apstiprināt
forum-reject = Noraidīt
forum-done-hide = Ieraksts ir paslēpts no klases.
forum-done-restore = Ieraksts atkal ir redzams.
forum-done-approve = Ieraksts ir apstiprināts: to redz visi.
forum-done-reject = Ieraksts ir noraidīts: to redz tikai tā autors.
forum-state-pending = gaida skolotāju
forum-state-hidden = paslēpts
forum-state-rejected = nav publicēts
forum-state-deleted = izdzēsts
forum-pin = Piespraust
forum-unpin = Atspraust
forum-lock = Slēgt
forum-unlock = Atslēgt
forum-thread_changed = Tēma ir mainīta.
forum-thread_gone = Šī tēma jums vairs nav pieejama.
forum-moderation = Moderēšana
forum-queue = Gaida apstiprinājumu
forum-queue_empty = Neviens ieraksts negaida.
forum-reports = Ziņojumi
forum-reports_empty = Nav atvērtu ziņojumu.
forum-reported_by = ziņoja: { $name }
forum-report_said = Iemesls: { $reason }
forum-resolve = Slēgt ziņojumu
forum-resolved = Ziņojums ir slēgts.

## reactions
reaction-bar = Reakcijas
reaction-add = Pievienot reakciju
reaction-picker = Izvēlies reakciju
reaction-count =
    { $count ->
        [zero] { $name }: { $count } cilvēku
        [one] { $name }: { $count } cilvēks
       *[other] { $name }: { $count } cilvēki
    }
reaction-thumbs_up = Īkšķis augšā
reaction-heart = Sirds
reaction-clap = Bravo
reaction-laugh = Smieklīgi
reaction-idea = Laba ideja
reaction-question = Man ir jautājums

## archive
archive-title = Faili
archive-usage = Izmantoti { $used } no { $quota }
archive-where = Mape
archive-top = Visi faili
archive-empty = Šī mape ir tukša.
archive-contents = Mapes un faili
archive-name = Nosaukums
archive-size = Izmērs
archive-by = Pievienoja
archive-when = Mainīts
archive-actions = Darbības
archive-former_member = bijušais dalībnieks
archive-choose = Izvēlēties failu
archive-upload = Augšupielādēt
archive-progress = Augšupielādes gaita
archive-uploading = Augšupielādē { $name }: { $percent }
archive-uploaded = Fails „{ $name }“ ir augšupielādēts.
archive-too_large = Šis fails ir pārāk liels: faila izmērs nedrīkst pārsniegt { $max }.
archive-quota = Šīs telpas failiem vairs nepietiek vietas (brīvi { $free }). Palūdziet skolotājam izdzēst vecus failus.
archive-new_folder = Jauna mape
archive-create_folder = Izveidot mapi
archive-folder_created = Mape „{ $name }“ ir izveidota.
archive-download = Lejupielādēt
archive-download_named = Lejupielādēt { $name }
archive-rename = Pārdēvēt
archive-rename_named = Pārdēvēt { $name }
archive-new_name = Jaunais nosaukums
archive-save = Saglabāt
archive-cancel = Atcelt
archive-renamed = Jaunais nosaukums: „{ $name }“.
archive-trash = Pārvietot uz atkritni
archive-trash_named = Pārvietot uz atkritni: { $name }
archive-trashed = „{ $name }“ ir atkritnē.
archive-show_trash = Atkritne
archive-trash_empty = Atkritne ir tukša.
archive-restore = Atjaunot
archive-restore_named = Atjaunot { $name }
archive-restored = Vienums „{ $name }“ ir atjaunots.
archive-purge = Dzēst neatgriezeniski
archive-purge_named = Dzēst neatgriezeniski: { $name }
archive-purged = Vienums „{ $name }“ ir neatgriezeniski izdzēsts.
archive-choose_first = Izvēlieties failu, ko augšupielādēt.
archive-no_file = Vēl nav izvēlēts neviens fails.
archive-name_taken = Šeit jau ir kaut kas ar šādu nosaukumu. Izvēlieties citu nosaukumu.

## unit
unit-b = B
unit-kb = KB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Aizpildiet šo lauku.
field-unknown = Šis lauks šeit nav paredzēts.
field-type = Šī vērtība nav pareizā veida.
field-blank = Ierakstiet šeit kaut ko: tikai atstarpes neskaitās.
field-too_short =
    { $count ->
        [zero] Ierakstiet vismaz { $min } rakstzīmju.
        [one] Ierakstiet vismaz { $min } rakstzīmi.
       *[other] Ierakstiet vismaz { $min } rakstzīmes.
    }
field-too_long =
    { $count ->
        [zero] Ierakstiet ne vairāk kā { $max } rakstzīmju.
        [one] Ierakstiet ne vairāk kā { $max } rakstzīmi.
       *[other] Ierakstiet ne vairāk kā { $max } rakstzīmes.
    }
field-too_small = Norādiet vismaz { $min }.
field-too_large = Norādiet ne vairāk kā { $max }.
field-format = Tas nav gaidītajā formātā.
field-choice = Izvēlieties vienu no piedāvātajām iespējām.
field-invalid = Šī vērtība netiek pieņemta.

## confirm
confirm-cancel = Atcelt
confirm-trash_file = Pārvietot „{ $name }“ uz atkritni?
confirm-trash_file_lost = Dalībnieki vairs neredzēs šo failu. Skolotājs var to atgūt no atkritnes.
confirm-trash_folder = Pārvietot mapi „{ $name }“ uz atkritni?
confirm-trash_folder_lost = Dalībnieki vairs neredzēs šo mapi un neko no tās satura. Skolotājs var to atgūt no atkritnes.
confirm-purge = Dzēst „{ $name }“ neatgriezeniski?
confirm-purge_lost = Tas pazudīs visiem, un to nevarēs atgūt.
confirm-delete_post = Dzēst šo ierakstu?
confirm-delete_post_lost = Tā teksts pazudīs visiem. Šo darbību nevar atsaukt.
confirm-delete_message = Dzēst šo ziņu?
confirm-delete_message_lost = Tās teksts pazudīs visiem. Šo darbību nevar atsaukt.
confirm-end_session = Beigt sesiju visiem?
confirm-end_session_lost = Visi uzreiz iziet no zvana, un sesiju vairs nevarēs atvērt.
confirm-remove_participant = Izņemt no sesijas: { $name }?
confirm-remove_participant_lost = { $name } uzreiz iziet no zvana un šajā sesijā vairs nevarēs atgriezties.
confirm-deny = Neielaist: { $name }?
confirm-deny_lost = { $name } netiks šajā sesijā.

## page
page-not_found = Lapa nav atrasta
page-not_found_text = Šajā adresē nav lapas.
page-go_spaces = Uz manām telpām
page-go_sign_in = Uz pieteikšanās lapu

## form
form-required = Aizpildiet šo lauku.
form-email_format = Ierakstiet e-pasta adresi, piemēram, vards@skola.eu.
form-password_short = Izmantojiet vismaz 10 rakstzīmes.
form-password_long = Izmantojiet ne vairāk kā 200 rakstzīmes.
form-password_mismatch = Abas paroles nav vienādas.
form-password_hint = Vismaz 10 rakstzīmes. Labi der daži vārdi, kurus atcerēsieties.
form-check_fields = Lūdzu, pārbaudiet iepriekš atzīmētos laukus.
form-field_invalid = Šī vērtība netiek pieņemta.

## register
register-title = Izveidot eTwinner kontu
register-intro = Skolotājiem. Jūsu valsts nacionālais administrators pārbauda, vai jūs mācāt skolā, un pēc tam apstiprina jūsu kontu. Skolēni nereģistrējas: viņu kontus izveido skolotājs.
register-name = Jūsu vārds
register-school = Skola
register-country = Valsts
register-country_choose = Izvēlieties savu valsti
register-submit = Izveidot manu kontu
register-email_taken = Konts ar šo e-pasta adresi jau pastāv. Piesakieties vai pieprasiet jaunu paroli.
register-have_account = Jums jau ir konts? Piesakieties

## pending
pending-title = Jūsu konts gaida apstiprināšanu
pending-who_heading = Kas to apstiprina
pending-who = Jūsu valsts ({ $country }) nacionālais administrators pārbauda, vai jūs mācāt norādītajā skolā, un pēc tam apstiprina jūsu kontu.
pending-next_heading = Kas notiks tālāk
pending-next_validate = Kad jūsu konts būs apstiprināts, jūs kļūsiet par eTwinner: varēsiet veidot telpas, saņemt ielūgumus uz projektiem un izveidot kontus saviem skolēniem. Lai to redzētu, piesakieties vēlreiz vai nospiediet „Pārbaudīt vēlreiz“.
pending-next_reject = Ja nacionālais administrators nepieņems jūsu reģistrāciju, jūs to uzzināsiet, piesakoties.
pending-next_meanwhile = Līdz tam varat mainīt savu vārdu un paroli sadaļā „Mans konts“.
pending-check = Pārbaudīt vēlreiz
pending-still = Jūsu konts joprojām gaida apstiprināšanu.
pending-count =
    { $count ->
        [zero] { $count } gaida moderēšanu
        [one] { $count } gaida moderēšanu
       *[other] { $count } gaida moderēšanu
    }

## forgot
forgot-title = Aizmirsāt paroli?
forgot-intro = Ierakstiet sava konta e-pasta adresi. Mēs nosūtīsim saiti jaunas paroles izvēlei.
forgot-submit = Sūtīt man saiti
forgot-sent = Ja šai adresei ir konts, saite uz to jau ir ceļā. Saite darbojas vienu reizi un ierobežotu laiku. Pārbaudiet arī surogātpasta mapi.
forgot-pupils = Skolēniem: jums šeit nav e-pasta adreses. Palūdziet skolotājam jaunu kodu.
forgot-back = Atpakaļ uz pieteikšanos

## reset
reset-title = Izvēlieties jaunu paroli
reset-intro = Pēc jaunas paroles izvēles pieteikšanās visās pārējās ierīcēs beigsies.
reset-password = Jaunā parole
reset-confirm = Jaunā parole vēlreiz
reset-submit = Saglabāt jauno paroli
reset-gone = Šīs saites derīguma termiņš ir beidzies, vai arī tā jau ir izmantota. Pieprasiet jaunu.
reset-done = Jūsu parole ir nomainīta. Piesakieties ar jauno paroli.
reset-ask_again = Pieprasīt jaunu saiti

## account
account-title = Mans konts
account-signed_in_with = Jūs piesakāties ar { $email }.
account-name_heading = Jūsu vārds
account-name = Vārds, ko redz citi
account-save_name = Saglabāt vārdu
account-name_saved = Jūsu vārds ir saglabāts.
account-pupil_note = Šo vārdu izvēlējās jūsu skolotājs, un skolotājs to arī pārvalda. Ja vārds jāmaina, jautājiet skolotājam.
account-password_heading = Jūsu parole
account-password_intro = Mainot paroli, pieteikšanās jūsu citās ierīcēs beigsies; šajā ierīcē pieteikšanās saglabāsies.
account-current_password = Pašreizējā parole
account-new_password = Jaunā parole
account-confirm_password = Jaunā parole vēlreiz
account-save_password = Mainīt paroli
account-password_saved = Jūsu parole ir nomainīta.
account-current_wrong = Tā nav jūsu pašreizējā parole.
account-everywhere_heading = Atteikties visur
account-everywhere_intro = Beidz jūsu pieteikšanos visās ierīcēs un pārlūkos, arī šajā: pazaudēts tālrunis vai koplietots dators vairs neatvērs jūsu kontu.
account-everywhere = Atteikties visur…
account-everywhere_question = Atteikties visās ierīcēs, arī šajā? Atvērtās lapas uzreiz aizvērsies, un viss tajās vēl nenosūtītais tiks zaudēts.
account-everywhere_confirm = Jā, atteikties visur
account-everywhere_done = Pieteikšanās visās ierīcēs ir beigta.
account-cancel = Atcelt

## admin
admin-nav = Apstiprināšanas konsole
admin-title = Nacionālā administratora konsole
admin-country = Valsts: { $country }
admin-only_national_admins = Šī lapa ir paredzēta nacionālajiem administratoriem.
admin-pending_heading = Skolotāji, kas gaida apstiprināšanu
admin-pending_count =
    { $count ->
        [zero] Gaida { $count } skolotāju.
        [one] Gaida { $count } skolotājs.
       *[other] Gaida { $count } skolotāji.
    }
admin-pending_none = Neviens skolotājs negaida apstiprināšanu.
admin-select_all = Atlasīt visus
admin-select_first = Vispirms atlasiet vismaz vienu skolotāju.
admin-validate_selected = Apstiprināt atlasītos
admin-reject_selected = Noraidīt atlasītos…
admin-validated =
    { $count ->
        [zero] Apstiprināti skolotāji: { $count }.
        [one] Apstiprināti skolotāji: { $count }.
       *[other] Apstiprināti skolotāji: { $count }.
    }
admin-rejected =
    { $count ->
        [zero] Noraidītas reģistrācijas: { $count }.
        [one] Noraidītas reģistrācijas: { $count }.
       *[other] Noraidītas reģistrācijas: { $count }.
    }
admin-reject_question =
    { $count ->
        [zero] Noraidīt šīs reģistrācijas ({ $count }: { $names })? Šīs personas nevarēs pieteikties, un šo darbību nevar atsaukt.
        [one] Noraidīt reģistrāciju: { $names }? Šī persona nevarēs pieteikties, un šo darbību nevar atsaukt.
       *[other] Noraidīt šīs reģistrācijas ({ $count }: { $names })? Šīs personas nevarēs pieteikties, un šo darbību nevar atsaukt.
    }
admin-reject_reason = Noraidījuma iemesls
admin-reject_heading = Noraidīt reģistrācijas
admin-suspend_heading = Apturēt kontu
admin-reinstate_heading = Atjaunot kontu
admin-reject_reason_hint = Tiek saglabāts audita žurnālā kopā ar jūsu vārdu.
admin-reject_confirm =
    { $count ->
        [zero] Noraidīt { $count } reģistrāciju
        [one] Noraidīt { $count } reģistrāciju
       *[other] Noraidīt { $count } reģistrācijas
    }
admin-failed_one = { $name }: { $why }
admin-school = Skola: { $school }
admin-registered = Reģistrācijas datums: { $date }
admin-search_heading = Atrast kontu
admin-search_label = Vārds, e-pasta adrese vai skola
admin-search_hint = Tikai jūsu valsts konti. Atstājiet tukšu, lai redzētu visus, jaunākos vispirms.
admin-search = Meklēt
admin-showing = { $from }–{ $to } no { $total }
admin-no_match = Neviens konts neatbilst.
admin-previous = Iepriekšējā lapa
admin-next = Nākamā lapa
admin-suspend = Apturēt…
admin-suspend_named = Apturēt kontu: { $name }…
admin-suspend_question = Apturēt kontu: { $name }? Šīs personas pieteikšanās uzreiz beigsies visur, tās atvērtās lapas aizvērsies, un tā nevarēs pieteikties, līdz jūs kontu atjaunosiet.
admin-suspend_reason = Apturēšanas iemesls
admin-suspend_confirm = Jā, apturēt
admin-suspend_done = Konts apturēts: { $name }.
admin-reinstate = Atjaunot…
admin-reinstate_named = Atjaunot kontu: { $name }…
admin-reinstate_question = Atjaunot kontu: { $name }? Šī persona atkal varēs pieteikties.
admin-reinstate_reason = Iemesls (nav obligāts)
admin-reinstate_confirm = Atjaunot
admin-reinstate_done = Konts atjaunots: { $name }.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Lai apstiprinātu, ierakstiet telpas nosaukumu: { $text }

## status
status-active = aktīvs
status-pending = gaida apstiprināšanu
status-suspended = apturēts
status-rejected = noraidīts
status-erased = dzēsts

## names
names-marked = { $name } ({ $mark })

## members
members-username = lietotājvārds { $username }
members-role_of = Loma: { $name }
members-change_role = Mainīt lomu
members-role_question = Mainīt lomu: { $name }, { $from } → { $to }?
members-role_consequence = No šī brīža { $name } uzreiz visās ierīcēs var darīt visu, ko atļauj loma „{ $to }“.
members-role_confirm = Mainīt lomu
members-role_changed = { $name }: jaunā loma ir „{ $role }“.
members-reset_code = Jauns kods
members-reset_question = Izveidot jaunu pieteikšanās kodu: { $name }?
members-reset_consequence = Vecais kods uzreiz pārstāj darboties, un skolēna pieteikšanās visur beidzas. Jaunā kartīte skolēnam jāizsniedz jums.
members-reset_confirm = Izveidot jaunu kodu
members-reset_done = Jauns kods izveidots: { $name }. Izsniedziet skolēnam zemāk redzamo jauno kartīti.
members-export = Eksportēt datus
members-remove = Izņemt
members-remove_question = Izņemt no šīs telpas: { $name }?
members-remove_consequence = { $name } uzreiz zaudē piekļuvi šai telpai visās ierīcēs.
members-remove_pupil_kept = Skolēna konts, ieraksti un faili saglabājas; vēlāk skolēnu var pievienot atkal.
members-remove_kept = Šīs personas ieraksti un faili paliek telpā.
members-remove_confirm = Izņemt
members-removed = Dalība telpā izbeigta: { $name }.
members-erase = Dzēst kontu
members-leave = Pamest šo telpu
members-leave_question = Pamest „{ $title }“?
members-leave_consequence = Jūs uzreiz zaudēsiet piekļuvi tās forumiem, failiem, tērzēšanai un video. Atpakaļ jūs var uzņemt tikai skolotājs administrators.
members-leave_kept = Jūsu ieraksti un augšupielādētie faili paliek telpā.
members-leave_confirm = Pamest telpu
members-left = Jūs pametāt „{ $title }“.

## erase
erase-question = Dzēst skolēna kontu: { $name }?
erase-account_gone = Skolēna vārds, lietotājvārds un kods tiek neatgriezeniski dzēsti.
erase-signed_out = Skolēna pieteikšanās uzreiz beidzas, un pieteikties vairs nekad nebūs iespējams.
erase-no_undo = Šo darbību nevar atsaukt.
erase-export_first = Ja skolēns vai ģimene varētu vēlēties kopiju, vispirms eksportējiet datus.
erase-posts = Skolēna ieraksti un tērzēšanas ziņas
erase-posts_keep = Saglabāt tos ar autoru „bijušais skolēns“
erase-posts_remove = Dzēst tos neatgriezeniski
erase-files = Skolēna faili
erase-files_keep = Saglabāt tos ar īpašnieku „bijušais skolēns“
erase-files_remove = Dzēst tos neatgriezeniski
erase-confirm = Dzēst kontu
erase-done = Skolēna konts dzēsts: { $name }.

## invite_teacher
invite_teacher-title = Uzaicināt partnerskolotāju
invite_teacher-by_email = Pēc e-pasta adreses
invite_teacher-role = Loma
invite_teacher-submit = Uzaicināt
invite_teacher-done = { $name } pievienojās ar lomu „{ $role }“.
invite_teacher-not_etwinner = Nevienam apstiprinātam eTwinner nav šādas adreses, vai arī jūs nedrīkstat piešķirt šo lomu.
invite_teacher-find = Atrast eTwinner
invite_teacher-query = Vārds, skola vai valsts
invite_teacher-search = Meklēt
invite_teacher-results = Atrastie eTwinner
invite_teacher-none = Neviens eTwinner netika atrasts.
invite_teacher-more = Vairāk rezultātu
invite_teacher-member = Šīs telpas dalībnieks
invite_teacher-invite = Uzaicināt
invite_teacher-role_for = Loma: { $name }

## pupils
pupils-title = Pievienot skolēnus
pupils-one_title = Viens skolēns
pupils-name = Skolēna vārds
pupils-add_one = Pievienot skolēnu
pupils-class_title = Visa klase
pupils-class_names = Skolēnu vārdi
pupils-class_help = Katrā rindā viens vārds — tā, kā skolēnus redzēs citi.
pupils-add_class = Pievienot klasi
pupils-class_empty = Ierakstiet vismaz vienu vārdu.
pupils-language = Lapas valoda šiem skolēniem
pupils-language_help = Pēc pieteikšanās viņi redzēs TwinSpace Live šajā valodā. Katrs skolēns to vēlāk var mainīt.
pupils-line_errors = Labojamās rindas
pupils-line_error = { $line }. rinda: { $error }
pupils-lines_refused =
    { $count ->
        [zero] Jālabo { $count } rindu; nekas netika izveidots.
        [one] Jālabo { $count } rinda; nekas netika izveidots.
       *[other] Jālabo { $count } rindas; nekas netika izveidots.
    }
pupils-created =
    { $count ->
        [zero] Pievienoto skolēnu skaits: { $count }.
        [one] Pievienoto skolēnu skaits: { $count }.
       *[other] Pievienoto skolēnu skaits: { $count }.
    }

## cards
cards-title = Pieteikšanās kartītes
cards-once = Šie kodi tiek rādīti tikai tagad. Pirms aizejat no šīs lapas, izdrukājiet kartītes vai pierakstiet kodus.
cards-site = Piesakieties vietnē
cards-print = Drukāt kartītes
cards-done = Gatavs: paslēpt kodus

## links
links-tab = Viesu saites
links-intro = Viesu saite ļauj ekspertam vai novērotājam pievienoties šai TwinSpace kā viesim. To var izmantot ikviens, kam ir saite, līdz beidzas tās derīguma termiņš vai lietošanas reizes.
links-create_title = Jauna viesu saite
links-valid_for = Derīga
links-days =
    { $count ->
        [zero] { $count } dienu
        [one] { $count } dienu
       *[other] { $count } dienas
    }
links-uses = Lietošanas reižu skaits
links-note = Piezīme (kam tā paredzēta)
links-create = Izveidot saiti
links-new = Jaunā saite
links-once = Nokopējiet to tūlīt: tā tiek parādīta tikai vienu reizi.
links-copy = Kopēt
links-copied = Saite ir nokopēta.
links-select_copy = Saite ir atlasīta: nospiediet Ctrl+C (⌘+C), lai to nokopētu.
links-live = Lietošanā esošās saites
links-empty = Neviena viesu saite netiek lietota.
links-untitled = Viesu saite
links-used =
    { $count ->
        [zero] izmantota { $used } no { $count } reizēm
        [one] izmantota { $used } no { $count } reizes
       *[other] izmantota { $used } no { $count } reizēm
    }
links-until = līdz { $time }
links-revoke = Atsaukt
links-revoke_question = Atsaukt šo viesu saiti?
links-revoke_consequence = Ar to vairs neviens nevarēs pievienoties.
links-revoke_kept = Viesi, kas pievienojās ar šo saiti, paliek dalībnieki.
links-revoked = Saite ir atsaukta.

## settings
settings-tab = Iestatījumi
settings-space = Telpa
settings-pupils = Skolēni
settings-premoderate_pupils = Aizturēt skolēnu ierakstus, līdz skolotājs tos apstiprina
settings-pupils_may_create_threads = Skolēni drīkst sākt tēmas
settings-pupils_may_upload = Skolēni drīkst augšupielādēt failus
settings-save = Saglabāt
settings-saved = Iestatījumi ir saglabāti.
settings-archive_title = Arhivēšana
settings-archive_text = Arhivēta telpa paliek lasāma tās dalībniekiem, bet neviens nevar publicēt, augšupielādēt vai sākt video sesiju.
settings-archive = Arhivēt šo telpu
settings-archive_question = Arhivēt „{ $title }“?
settings-archive_read_only = Neviens vairs nevarēs publicēt, augšupielādēt vai kaut ko mainīt.
settings-archive_video = Pašlaik notiekošās video sesijas uzreiz beigsies.
settings-archive_undo = Dibinātājs vēlāk var telpu atkal atvērt.
settings-archive_confirm = Arhivēt
settings-archived_title = Šī telpa ir arhivēta
settings-archived_text = Tā ir tikai lasāma. Atveriet to atkal, lai dalībnieki varētu publicēt un augšupielādēt.
settings-unarchive = Atvērt atkal
settings-unarchive_question = Atvērt „{ $title }“ atkal?
settings-unarchive_consequence = Dalībnieki atkal varēs publicēt, augšupielādēt un sākt video sesijas.
settings-delete_title = Dzēst telpu
settings-delete_text = Dzēšana neatgriezeniski noņem telpu un visu tās saturu.
settings-delete = Dzēst šo telpu
settings-delete_question = Dzēst „{ $title }“ neatgriezeniski?
settings-delete_content = Tiek dzēstas visas foruma tēmas, tērzēšanas ziņas un faili ar visām to versijām.
settings-delete_members = Visi dalībnieki zaudē telpu; skolēnu konti paliek tikai viņu citās telpās.
settings-delete_video = Pašlaik notiekošās video sesijas uzreiz beigsies.
settings-delete_no_undo = Tiek dzēsts arī audita žurnāls. Šo darbību nevar atsaukt.
settings-delete_confirm = Dzēst neatgriezeniski
settings-deleted = Telpa „{ $title }“ ir dzēsta.

## audit
audit-tab = Audita žurnāls
audit-caption = Kas šajā telpā ir darīts, jaunākais vispirms
audit-when = Kad
audit-who = Kas
audit-what = Ko
audit-empty = Vēl nekas nav reģistrēts.
audit-older = Rādīt vecākus ierakstus
audit-system = Serveris
audit-former_member = Bijušais dalībnieks
audit-former_member_target = bijušais dalībnieks
audit-reason = Iemesls: { $reason }
audit-other = Darbība „{ $action }“: { $target }
audit-space-created = Izveidoja telpu
audit-space-settings_changed = Mainīja telpas iestatījumus
audit-space-archived = Arhivēja telpu
audit-space-unarchived = Atkal atvēra telpu
audit-member-invited = Uzaicināja: { $target } (loma: { $role })
audit-member-role_changed = Mainīja lomu: { $target }, { $from } → { $role }
audit-member-removed = Izņēma no telpas: { $target }
audit-member-left = Pameta telpu
audit-member-muted = Apklusināja: { $target }
audit-member-unmuted = Beidza apklusināšanu: { $target }
audit-pupil-created = Izveidoja skolēnu: { $target }
audit-pupil-added = Pievienoja skolēnu: { $target }
audit-pupil-code_reset = Izveidoja jaunu pieteikšanās kodu: { $target }
audit-pupil-exported = Eksportēja datus: { $target }
audit-pupil-erased = Dzēsa skolēna kontu
audit-invitation-created = Izveidoja viesu saiti
audit-invitation-revoked = Atsauca viesu saiti
audit-invitation-accepted = Pievienojās ar viesu saiti
audit-video-started = Sāka video sesiju
audit-video-ended = Beidza video sesiju
audit-video-locked = Slēdza video sesiju
audit-video-unlocked = Atslēdza video sesiju
audit-video-admitted = Ielaida video sesijā: { $target }
audit-video-denied = Neielaida video sesijā: { $target }
audit-video-muted = Izslēdza skaņu video sesijā: { $target }
audit-video-unmuted = Atkal ļāva runāt video sesijā: { $target }
audit-video-removed = Izņēma no video sesijas: { $target }
audit-video-spotlight = Mainīja izcelto dalībnieku video sesijā
audit-post-hidden = Paslēpa ierakstu
audit-post-restored = Atjaunoja ierakstu
audit-post-approved = Apstiprināja ierakstu
audit-post-rejected = Noraidīja ierakstu
audit-post-purged = Neatgriezeniski dzēsa ierakstu
audit-post-reported = Ziņoja par ierakstu
audit-report-resolved = Slēdza ziņojumu
audit-thread-pinned = Piesprauda tēmu
audit-thread-unpinned = Atsprauda tēmu
audit-thread-locked = Slēdza tēmu
audit-thread-unlocked = Atslēdza tēmu
audit-archive-folder_created = Izveidoja mapi
audit-archive-folder_renamed = Pārdēvēja mapi
audit-archive-folder_moved = Pārvietoja mapi
audit-archive-folder_trashed = Pārvietoja mapi uz atkritni
audit-archive-folder_restored = Atguva mapi no atkritnes
audit-archive-folder_purged = Neatgriezeniski dzēsa mapi
audit-archive-file_added = Pievienoja failu
audit-archive-file_version_added = Pievienoja faila versiju
audit-archive-file_renamed = Pārdēvēja failu
audit-archive-file_moved = Pārvietoja failu
audit-archive-file_trashed = Pārvietoja failu uz atkritni
audit-archive-file_restored = Atguva failu no atkritnes
audit-archive-file_purged = Neatgriezeniski dzēsa failu
audit-chat-expired = Dzēsa tērzēšanas ziņas, kuru glabāšanas laiks bija beidzies
audit-audit-retention_changed = Mainīja audita žurnāla ierakstu glabāšanas laiku
audit-group-joined = Pievienošanās grupai
audit-group-requested = Lūgums pievienoties grupai
audit-group-request_accepted = Pieņemts lūgums: { $target }
audit-group-request_declined = Noraidīts lūgums: { $target }
audit-group-request_withdrawn = Atsaukts lūgums pievienoties
audit-member-banned = Bloķēts: { $target }
audit-member-unbanned = Atcelta bloķēšana: { $target }
audit-group-featured = Grupa izcelta
audit-group-unfeatured = Grupa vairs nav izcelta
audit-group-moderator_appointed = Uzticēta moderēšana: { $target }

## group_role
group_role-founder = Īpašnieks
group_role-admin = Moderēšana
group_role-teacher = Dalībnieks

## readers
readers-title = Tagad lasa
readers-more =
    { $count ->
        [zero] un vēl { $count } cilvēku
        [one] un vēl { $count } cilvēks
       *[other] un vēl { $count } cilvēki
    }

## groups
groups-nav = Grupas
groups-title = eTwinning grupas
groups-intro = eTwinner kopienas ap kādu mācību priekšmetu, tēmu vai interešu jomu. Piedalās tikai apstiprināti eTwinner dalībnieki.
groups-search = Atrast grupu
groups-words = Vārdi no nosaukuma
groups-topic = Tēma
groups-language = Valoda
groups-language_any = Visas valodas
groups-language_choose = Izvēlieties valodu
groups-country = Dalībnieka valsts
groups-country_any = Visas valstis
groups-search_submit = Meklēt
groups-found = Grupas
groups-empty = Meklēšanai neatbilst neviena grupa.
groups-more = Rādīt vairāk grupu
groups-featured = Izcelta
groups-topic_is = Tēma: { $topic }
groups-members =
    { $count ->
        [zero] { $count } dalībnieku
        [one] { $count } dalībnieks
       *[other] { $count } dalībnieki
    }
groups-access_short-open = Atvērta
groups-access_short-closed = Slēgta
groups-standing-member = Jūs esat grupā. Jūsu loma: { $role }
groups-standing-requested = Jūs lūdzāt pievienoties šai grupai.
groups-standing-banned = Šīs grupas moderēšanas komanda neļauj jums pievienoties.
groups-join = Pievienoties
groups-ask = Lūgt pievienoties
groups-ask_message = Ziņa moderēšanas komandai (nav obligāti)
groups-withdraw = Atsaukt manu lūgumu
groups-open_group = Atvērt grupu
groups-joined = Tagad jūs esat grupā “{ $title }”.
groups-asked = Jūsu lūgums pievienoties “{ $title }” nosūtīts moderēšanas komandai.
groups-withdrawn = Jūsu lūgums pievienoties “{ $title }” atsaukts.
groups-waiting = Moderēšanas komanda atbildēs uz jūsu lūgumu. Šī lapa parādīs atbildi, tiklīdz tā pienāks.
groups-accepted = Jūsu lūgums pieņemts: laipni lūdzam grupā “{ $title }”.
groups-not_accepted = Jūsu lūgums netika pieņemts. Varat lūgt vēlreiz.
groups-back = Atpakaļ uz grupām
groups-create = Izveidot grupu
groups-group_title = Nosaukums
groups-description = Apraksts (nav obligāti)
groups-access = Kas var pievienoties
groups-access-open = Atvērta: ikviens eTwinner pievienojas uzreiz
groups-access-closed = Slēgta: moderēšanas komanda pieņem katru lūgumu
groups-create_submit = Izveidot grupu
groups-created = Grupa “{ $title }” izveidota.
groups-members_search = Atrast dalībnieku
groups-members_more = Rādīt vairāk dalībnieku
groups-leave = Pamest šo grupu
groups-leave_consequence = Jūs uzreiz zaudējat piekļuvi grupas forumam, failiem, tērzēšanai un video.
groups-leave_kept = Tas, ko uzrakstījāt un augšupielādējāt, paliek grupā. Atgriezties varat caur grupu katalogu.
groups-leave_confirm = Pamest grupu
groups-requests = Lūgumi pievienoties
groups-requests_empty = Neviens negaida.
groups-accept = Pieņemt
groups-decline = Noraidīt
groups-accepted_member = { $name } tagad ir grupā.
groups-declined = Lūgums noraidīts: { $name }.
groups-ban = Bloķēt
groups-ban_question = Bloķēt piekļuvi grupai: { $name }?
groups-ban_consequence = { $name } uzreiz pamet grupu un nevar ne atkal pievienoties, ne to lūgt.
groups-ban_kept = Ieraksti un faili paliek grupā. Bloķēšanu varat vēlāk atcelt.
groups-ban_reason = Iemesls (nav obligāti, saglabājas žurnālā)
groups-ban_confirm = Bloķēt
groups-banned = Bloķēts: { $name }.
groups-bans = Bloķētie eTwinner dalībnieki
groups-bans_empty = Bloķējumu nav.
groups-lift = Atcelt bloķēšanu
groups-lifted = { $name } atkal var pievienoties.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Izvēlieties jaunu TwinSpace Live paroli
mail-reset_body =
    Labdien, { $name }!

    Kāds, visticamāk, jūs, lūdza izvēlēties jaunu paroli jūsu TwinSpace Live kontam.
    Lai to izvēlētos, atveriet šo saiti (tā darbojas vienu reizi; derīguma laiks minūtēs: { $minutes }):

    { $link }

    Izvēloties jaunu paroli, pieteikšanās visās citās vietās beigsies.
    Ja jūs to nelūdzāt, neņemiet vērā šo ziņu: jūsu parole paliek nemainīga.

    TwinSpace Live

## events (issue 22)
events-nav = Pasākumi
events-title = Gaidāmie pasākumi
events-empty = Jums vēl nav gaidāmu pasākumu.
events-more = Rādīt vairāk pasākumu
events-schedule = Plānot pasākumu
events-zone = Laiki ir norādīti jūsu laika joslā: { $zone }
events-audience-etwinners = Visi eTwinning dalībnieki
events-audience-country = Šīs valsts eTwinning dalībnieki: { $country }
events-audience-group = Grupas dalībnieki
events-audience-twinspace = TwinSpace dalībnieki
events-organising = Šo pasākumu rīkojat jūs.
events-registered = Jūsu pieteikums ir saglabāts.
events-waiting = Jūs esat gaidīšanas sarakstā ({ $position }. vieta).
events-state-live = Tagad tiešraidē
events-state-ended = Šis pasākums ir beidzies.
events-state-cancelled = Šis pasākums ir atcelts.
events-places = Aizņemtās vietas: { $taken } no { $capacity }
event_form-new_title = Plānot pasākumu
event_form-edit_title = Mainīt pasākumu
event_form-title = Nosaukums
event_form-description = Apraksts
event_form-date = Datums
event_form-time = Sākuma laiks
event_form-duration = Ilgums minūtēs
event_form-space = Grupa vai TwinSpace
event_form-speakers_hint = Izvēlieties no savu grupu un TwinSpace skolotājiem.
event_form-no_speakers = Vēl nav, ko izvēlēties.
event_form-create = Plānot pasākumu
event_form-save = Saglabāt izmaiņas
event_form-created = “{ $title }” ir ieplānots.
event_form-saved = “{ $title }” izmaiņas ir saglabātas.
event_form-start_past = Izvēlieties sākumu nākotnē.
event-title = Pasākums
event-back = Visi pasākumi
event-when = Kad
event-language = Valoda
event-audience = Kas var pieteikties
event-organiser = Rīkotājs
event-speakers = Runātāji
event-places = Vietas
event-no_speakers = Runātāji vēl nav norādīti.
event-waiting_count = Gaida: { $waiting }
event-registration = Jūsu vieta
event-speaking = Jūs uzstājaties šajā pasākumā.
event-full = Visas vietas ir aizņemtas: ja piesakāties, nonākat gaidīšanas sarakstā.
event-register = Pieteikties
event-unregister = Atdot savu vietu
event-leave_waiting = Iziet no gaidīšanas saraksta
event-unregister_confirm_title = Atteikties no “{ $title }”?
event-unregister_confirm = Jūsu kārtu saņem nākamā persona gaidīšanas sarakstā. Ja piesakāties vēlreiz, iespējams, būs jāgaida.
event-unregistered = Jūsu pieteikums ir atcelts.
event-calendar = Pievienot manam kalendāram (.ics)
event-organiser_tools = Rīkotājam
event-edit = Mainīt pasākumu
event-cancel = Atcelt pasākumu
event-keep = Paturēt pasākumu
event-cancel_confirm_title = Atcelt “{ $title }”?
event-cancel_confirm_lost = Neviens vairs nevarēs pieteikties, un visi redzēs, ka tas ir atcelts. To nevar atsaukt. Pieteikumi un jautājumi tiek saglabāti.
event-cancelled = Pasākums ir atcelts.
event-registrants = Pieteikumi
event-waiting_list = Gaidīšanas saraksts
event-nobody = Vēl neviena.
event-attendance = Apmeklējums
event-attendance_hint = Kas sekoja pasākuma lapai tiešraides laikā un cik ilgi.
event-attendance_none = Neviens nesekoja pasākumam tiešraidē.
event-minutes = { $minutes } min
qa-title = Jautājumi un atbildes
qa-empty = Vēl nav jautājumu.
qa-closed = Jautājumi ir slēgti: pasākums ir beidzies.
qa-need_place = Piesakieties, lai uzdotu jautājumu vai atbalstītu kādu.
qa-your_question = Jūsu jautājums
qa-ask = Jautāt
qa-asked = Jūsu jautājums ir nosūtīts.
qa-upvote = Atbalstīt
qa-upvoted = Atbalstīts
qa-votes = Balsis: { $votes }
qa-by = Jautā: { $name }
qa-by_gone = Jautā: dzēsts konts
qa-answer = Atbilde: { $answer }
qa-state-picked = Tagad atbild
qa-state-answered = Atbildēts
qa-state-hidden = Paslēpts
qa-pick = Izvēlēties
qa-unpick = Likt atpakaļ
qa-hide = Paslēpt
qa-restore = Atjaunot
qa-answer_label = Rakstiska atbilde (nav obligāta)
qa-mark_answered = Atzīmēt kā atbildētu
qa-gone = Jūs vairs nevarat sekot šiem jautājumiem.
audit-event-created = Ieplānots pasākums “{ $title }”
audit-event-updated = Mainīts pasākums “{ $title }”
audit-event-cancelled = Atcelts pasākums “{ $title }”
audit-event-question_moderated = Moderēts pasākuma “{ $title }” jautājums

## the live webinar (issue 22)
live-title = Tiešraides video
live-not_started = Tiešraides video vēl nav sācies.
live-ended = Tiešraides video ir beidzies.
live-connecting = Savienojas ar tiešraides video…
live-need_place = Tiešraides video var skatīties tikai tie, kam ir vieta.
live-watching_you = Jūs skatāties tiešraides video.
live-on_air = Jūs esat tiešraidē: visi jūs redz un dzird.
live-recording = Šis pasākums tiek ierakstīts.
live-speaking = Runā: { $names }
live-nobody_speaking = Vēl neviens nerunā.
live-watching = Skatās: { $watching }
live-start = Sākt tiešraides video
live-end = Beigt tiešraides video
live-end_confirm_title = Beigt “{ $title }” tiešraides video?
live-end_confirm_lost = Video apstājas visiem — runātājiem un auditorijai. Varat to sākt no jauna, kamēr pasākums notiek; jautājumi tiek saglabāti.
live-go_live = Sākt tiešraidi
live-stop = Apturēt manu video
live-hand_raised = Jūsu roka ir pacelta: moderators var jūs aicināt runāt.
live-invited = Jūs esat aicināts runāt: sāciet tiešraidi, kad esat gatavs.
live-returned = Jūs atkal esat auditorijā.
live-hands = Paceltās rokas
live-no_hands = Neviena roka nav pacelta.
live-promote = Aicināt { $name } runāt
live-return = Atgriezt { $name } auditorijā
live-record_start = Sākt ierakstu
live-record_stop = Apturēt ierakstu

## the event's recordings and seat (issue 22)
event-moved_up = Tagad jums ir vieta: jūs pārcēlāties no gaidīšanas saraksta.
live-off_stage_returned = Moderators jūs atgrieza skatītāju vidū.
live-off_stage_muted = Šajā telpā jums tika izslēgta skaņa: jūs atkal esat skatītāju vidū.
live-off_stage_removed = Jūs vairs neesat šīs telpas dalībnieks: jūs atkal esat skatītāju vidū.
live-off_stage_unnamed = Jūs vairs neesat šī pasākuma runātājs: jūs atkal esat skatītāju vidū.
recordings-title = Ieraksti
recordings-processing = Ieraksts tiek apstrādāts: tas parādīsies šeit, kad būs gatavs.
recordings-take = Ierakstīts { $when } · { $length }
recordings-video = Video: { $speaker }
recordings-audio = Skaņa: { $speaker }
recordings-former_speaker = bijušais runātājs
