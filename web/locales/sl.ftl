### TwinSpace Live: besedila strani v slovenščini.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Slovenščina

## app
app-name = TwinSpace Live
app-skip = Skoči na vsebino
app-nav = Glavna navigacija
app-language = Jezik
app-sign_out = Odjava
app-signed_in_as = Prijavljeni račun: { $name }
app-loading = Nalaganje…

## conn
conn-lost = Povezava je prekinjena. Vnovično povezovanje…
conn-back = Spet povezano.
conn-failed = Povezava v živo je bila zaprta. Znova naložite stran in poskusite še enkrat.
conn-session_ended = Vaša seja je potekla. Znova se prijavite.
conn-account_locked = Tega računa ni več mogoče uporabljati. Znova se prijavite, da vidite, zakaj.
# Why the server closed the live connection: `conn-closed-<reason>`, one per reason code it sends
# (protocol/close_codes.py, CloseReason).
conn-closed-auth_missing = Povezava v živo ni pravočasno prejela vaše prijave. Znova naložite stran.
conn-closed-session_invalid = Vaša seja ni več veljavna. Znova se prijavite.
conn-closed-session_expired = Vaša seja je potekla. Znova se prijavite.
conn-closed-signed_out = Vaša seja je bila zaključena. Znova se prijavite.
conn-closed-account_locked = Tega računa ni več mogoče uporabljati. Znova se prijavite, da vidite, zakaj.
conn-closed-too_many_connections = Ta račun ima hkrati odprtih preveč strani. Zaprite nekaj zavihkov, nato znova naložite to stran.
conn-closed-too_many_messages = Ta stran je prehitro poslala preveč podatkov. Počakajte trenutek, nato jo znova naložite.
conn-closed-frame_too_large = Ta stran je poslala nekaj prevelikega. Znova naložite stran in poskusite še enkrat.
conn-closed-idle_timeout = Povezava v živo je bila predolgo nedejavna in je bila zaprta. Vnovično povezovanje…
conn-closed-slow_consumer = Povezava v živo je zaostala. Vnovično povezovanje…
conn-closed-server_restarting = Strežnik se znova zaganja. Vnovično povezovanje čez trenutek…
conn-closed-server_shutting_down = Strežnik vaše povezave se ustavlja. Vnovično povezovanje…
conn-closed-unavailable = Strežnik je zaseden. Vnovično povezovanje čez trenutek…
conn-closed-internal = Na strežniku je šlo nekaj narobe. Vnovično povezovanje čez trenutek…

## login
login-title = Prijava
login-intro = Učitelji in gostje se prijavijo z e-poštnim naslovom. Učenci uporabijo uporabniško ime in kodo, ki ju dobijo od učitelja.
login-teacher = Učitelji in gostje
login-pupil = Učenci
login-email = E-poštni naslov
login-password = Geslo
login-username = Uporabniško ime
login-code = Koda
login-submit = Prijavi se
login-pupil_submit = Prijavi se s kodo
login-forgot = Pozabljeno geslo?
login-register = Še nimate računa? Ustvarite račun eTwinner
login-pupil_forgot = Pozabljena koda? Prosite učitelja za novo.

## invite
invite-title = Pridruži se TwinSpace kot gost
invite-intro = Imate povabilo v TwinSpace. Izberite, kako vas bodo videli drugi, in nastavite geslo.
invite-display_name = Vaše ime
invite-submit = Sprejmi povabilo
invite-checking = Preverjanje povabila…
invite-for_space = Imate povabilo v „{ $title }“.
invite-unknown = Ta povezava s povabilom ni znana. Preverite, ali je bila kopirana v celoti, ali pa prosite učitelja, ki jo je poslal, za novo.
invite-expired = Ta povezava s povabilom je potekla. Prosite učitelja, ki jo je poslal, za novo.
invite-used_up = Ta povezava s povabilom je bila uporabljena že tolikokrat, kot je dovoljeno. Prosite učitelja, ki jo je poslal, za novo.
invite-revoked = Učitelj je umaknil to povezavo s povabilom.
invite-closed = Prostor tega povabila je zaprt.

## spaces
spaces-title = Moji prostori
spaces-empty = Še niste v nobenem prostoru.
spaces-create = Ustvari prostor
spaces-kind = Vrsta
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Soba
spaces-kind-group = Skupina
spaces-space_title = Naslov
spaces-description = Opis (neobvezno)
spaces-create_submit = Ustvari
spaces-created = Prostor „{ $title }“ je ustvarjen.
spaces-my_role = Vaša vloga: { $role }
spaces-archived = arhiviran

## space
space-back = Nazaj na moje prostore
space-sections = Razdelki tega prostora
space-members = Člani
space-online_count =
    { $count ->
        [one] { $count } na spletu
        [two] { $count } na spletu
        [few] { $count } na spletu
       *[other] { $count } na spletu
    }
space-online = na spletu
space-offline = ni na spletu
space-you = (vi)
space-refreshed = Seznam je posodobljen.
space-gone = Ta prostor vam ni več na voljo.

## chat
chat-title = Klepet
chat-empty = Še ni sporočil.
chat-message = Sporočilo
chat-send = Pošlji
chat-pending = (čaka na učitelja)
chat-typing = { $name } piše…
chat-teachers_tab = Oglasna deska za učitelje
chat-teachers_title = Oglasna deska za učitelje
chat-session_title = Klepet videoklica
chat-older = Pokaži starejša sporočila
chat-new_messages = Nova sporočila
chat-mention_list = Člani, ki jih lahko omenite
chat-mention_hint = Vnesite @ in ime, da omenite člana.
chat-hidden = (skril učitelj)
chat-deleted = (izbrisano)
chat-rejected = (učitelj ni prikazal)
chat-edited = (urejeno)
chat-mentions_you = vas omenja
chat-edit = Uredi
chat-edit_label = Uredite sporočilo
chat-save = Shrani
chat-cancel = Prekliči
chat-delete = Izbriši
chat-delete_confirm = Da, izbriši
chat-hide = Skrij
chat-restore = Obnovi
chat-approve = Odobri
chat-reject = Zavrni
chat-report = Prijavi
chat-reported = Hvala. Učitelji si bodo ogledali to sporočilo.
chat-mute = Prepovej pisanje
chat-mute_question = Želite prepovedati pisanje: { $name }?
chat-mute_for = Trajanje prepovedi pisanja za: { $name }
chat-minutes =
    { $count ->
        [one] { $count } minuta
        [two] { $count } minuti
        [few] { $count } minute
       *[other] { $count } minut
    }
chat-mute_confirm = Prepovej zdaj
chat-muted_other = { $name } ne more pisati do { $time }.
chat-muted_you = Učitelj vam je začasno onemogočil pisanje do { $time }. Klepet lahko še naprej berete.
chat-unmuted_you = V klepet lahko spet pišete.
chat-gone = Ta klepet vam ni več na voljo.

## role
role-founder = Ustanovitelj
role-admin = Skrbnik
role-teacher = Učitelj
role-pupil_admin = Učenec skrbnik
role-pupil = Učenec
role-guest = Gost

## error
error-bad_credentials = Podatki za prijavo niso pravilni. Preverite jih in poskusite znova.
error-rate_limited = Preveč poskusov. Počakajte trenutek in poskusite znova.
error-invalid = Nekatera polja niso pravilno izpolnjena.
error-not_found = Ta stran ne obstaja ali je ne morete videti.
error-forbidden = Za to nimate dovoljenja.
error-gone = To ne obstaja več ali ne deluje več.
error-conflict = To je v sporu z nečim, kar že obstaja.
error-gone-revoked = Ta povezava s povabilom ne deluje več: učitelji prostora so jo umaknili.
error-gone-expired = Ta povezava s povabilom ne deluje več: potekla je.
error-gone-used_up = Ta povezava s povabilom ne deluje več: uporabljena je bila že tolikokrat, kot je dovoljeno.
error-conflict-name_taken = „{ $name }“ je že tukaj. Izberite drugo ime.
error-conflict-in_trash = „{ $name }“ je v košu: najprej to obnovite.
error-conflict-not_in_trash = „{ $name }“ ni v košu.
error-conflict-parent_in_trash = „{ $name }“ je v mapi, ki je zdaj v košu: najprej obnovite to mapo.
error-conflict-folder_not_empty = Mapa „{ $name }“ ni prazna: najprej premaknite njeno vsebino v koš.
error-conflict-wrong_status = Stanje tega računa ({ $status }) tega ne dovoljuje.
error-unauthenticated = Prijavite se.
error-network = Strežnika ni bilo mogoče doseči. Preverite povezavo in poskusite znova.
error-generic = Nekaj je šlo narobe. Poskusite znova.
error-too_large = To je preveliko.
error-quota_exceeded = V tem prostoru ni več dovolj mesta.
error-unsupported = Strežnik ne podpira te vrste zahteve.
error-aborted = Nalaganje je bilo prekinjeno.
error-rate_limited_wait = Preveč poskusov. Poskusite znova { $wait }.
error-fields = Nekatera polja potrebujejo vašo pozornost: preberite sporočilo pod vsakim od njih.
error-account_rejected = Nacionalni skrbnik vaše države ni sprejel te registracije, zato se s tem računom ni mogoče prijaviti. Če menite, da gre za napako, se obrnite na Nacionalno podporno službo eTwinning v svoji državi.
error-account_suspended = Nacionalni skrbnik vaše države je ta račun začasno onemogočil: zaenkrat se z njim ni mogoče prijaviti. Če želite izvedeti, zakaj, ali prositi za vnovično omogočanje, se obrnite na Nacionalno podporno službo eTwinning v svoji državi.
error-malformed = Stran je poslala nekaj, česar strežnik ni mogel prebrati. Znova naložite stran in poskusite še enkrat.
error-csrf = Varnostno preverjanje strani ni uspelo. Znova naložite stran in poskusite še enkrat.
error-limit_exceeded = To presega omejitev, določeno za ta prostor.
error-unavailable = Strežnik je zaseden ali pa del njega ne odgovarja. Poskusite znova čez trenutek.
error-internal = Na strežniku je šlo nekaj narobe. Poskusite znova pozneje.
error-insufficient_storage = Na strežniku ni več prostora za datoteke. Nič ni bilo shranjeno; obvestite kontaktno osebo za eTwinning na vaši šoli.
error-request_timeout = Pošiljanje je trajalo predolgo in je bilo ustavljeno. Preverite povezavo in poskusite znova.
error-conflict-not_a_guest = Ta e-poštni naslov pripada računu eTwinning. Učitelje povabijo skrbniki prostora, ne povezava za goste.

## notice
# What a pupil (or any member) is told about their own post or account. The server sends only the
# event's name (protocol/events.py, notice channel): `notice-<event>`, its dots as dashes.
notice-post-pending = Hvala! Učitelj bo vašo objavo prebral, preden jo bodo lahko videli vsi.
notice-post-approved = Učitelj je prebral vašo objavo. Zdaj jo lahko vidijo vsi v projektu.
notice-post-rejected = Učitelj se je odločil, da vaše objave ne bo prikazal. Svojega učitelja lahko vprašate, zakaj.
notice-post-hidden = Učitelj je vašo objavo za zdaj skril. Svojega učitelja lahko vprašate, zakaj.
notice-post-restored = Učitelj je vašo objavo spet prikazal. Zdaj jo lahko vidijo vsi.
notice-post-purged = Učitelj je vašo objavo odstranil.
notice-member-muted = Projekt lahko berete, nekaj časa pa vanj ne morete pisati.
notice-member-unmuted = V projekt lahko spet pišete.
notice-chat-mention = { $name } vas omenja v klepetu.

## video
video-section = Video
video-open_sessions = Odprti videoklici
video-none = Noben videoklic ni odprt.
video-start_title = Začni videoklic
video-title = Naslov (neobvezno)
video-lobby = Učenci čakajo v čakalnici, dokler jih učitelj ne spusti noter
video-start = Začni
video-join_named = Pridruži se videoklicu „{ $title }“
video-nobody_in_call = V klicu še ni nikogar
video-people_in_call =
    { $count ->
        [one] { $count } oseba v klicu
        [two] { $count } osebi v klicu
        [few] { $count } osebe v klicu
       *[other] { $count } oseb v klicu
    }
video-locked = (zaklenjen)
video-back = Nazaj v prostor
video-participants = Udeleženci
video-my_controls = Vaš mikrofon in kamera
video-chat = Klepet videoklica
video-starting_media = Zaganjanje kamere in mikrofona…
video-in_call = Ste v klicu.
video-waiting_in_lobby = Ste v čakalnici. Učitelj vas bo kmalu spustil noter.
video-no_media = Nobene kamere ali mikrofona ni bilo mogoče uporabiti: druge lahko še vedno vidite in slišite.
video-partial_media = Kamero in mikrofon je bilo mogoče uporabiti le delno.
video-enable_sound = Vklopi zvok
video-mic_on = Mikrofon vklopljen
video-mic_off = Mikrofon izklopljen
video-mic_forced = Utišal učitelj
video-camera_on = Kamera vklopljena
video-camera_off = Kamera izklopljena
video-hand_raised = Dvignjena roka
video-mute_me = Izklopi moj mikrofon
video-unmute_me = Vklopi moj mikrofon
video-camera_stop = Izklopi mojo kamero
video-camera_start = Vklopi mojo kamero
video-hand_raise = Dvigni roko
video-hand_lower = Spusti roko
video-leave = Zapusti
video-you_are_muted = Učitelj vam je izklopil mikrofon. Vklopite ga lahko, ko bo učitelj to dovolil.
video-muted_by_teacher = Učitelj vam je izklopil mikrofon.
video-unmute_allowed = Učitelj vam spet dovoli vklopiti mikrofon.
video-mute_other = Utišaj
video-mute_named = Utišaj: { $name }
video-allow_unmute = Dovoli mikrofon
video-allow_unmute_named = Dovoli mikrofon: { $name }
video-remove = Odstrani
video-remove_named = Odstrani iz videoklica: { $name }
video-lobby_title = Čakalnica
video-lobby_empty = Nihče ne čaka.
video-admit = Spusti noter
video-admit_named = Spusti noter: { $name }
video-deny = Zavrni vstop
video-deny_named = Zavrni vstop: { $name }
video-manage = Ta videoklic
video-is_open = Odprt: člani se lahko pridružijo.
video-is_locked = Zaklenjen: pridružijo se lahko samo učitelji.
video-lock = Zakleni videoklic
video-end = Končaj videoklic za vse
video-ended = Videoklic se je končal.
video-ended_space_archived = Videoklic se je končal: njegov prostor je bil arhiviran.
video-ended_space_deleted = Videoklic se je končal: njegov prostor je bil izbrisan.
video-ended_empty = Videoklic se je končal: nekaj časa ni bilo v njem nikogar.
video-no_teacher_yet = V tem videoklicu še ni nobenega učitelja, zato vas nihče ne more spustiti noter. Lahko počakate tukaj ali odidete.
video-leave_lobby = Zapusti čakalnico
video-removed = Učitelj vas je odstranil iz videoklica.
video-denied = Učitelj vas ni spustil v ta videoklic.
video-left = Niste več v videoklicu.
video-full = Ta videoklic je poln.
video-refused = Temu videoklicu se ne morete pridružiti.
video-signal_refused = Strežnik je zavrnil podatke, ki jih je poslal vaš brskalnik. Poskusite zapustiti klic in se znova pridružiti.
video-sfu_moving = Videoklic se je povečal: klic se seli na šolski medijski strežnik…
video-sfu_unreachable = Šolskega medijskega strežnika ni mogoče doseči. Vnovični poskus…
video-sfu_no_seat = Vsa mesta za kamere v tem videoklicu so zasedena: druge vidite in slišite, oni pa vas ne vidijo in ne slišijo.
video-sfu_not_sent = Vaše kamere in mikrofona ni bilo mogoče prenesti. Druge še vedno vidite in slišite.

## forum
forum-title = Forum
forum-threads = Niti
forum-posts = Objave
forum-areas = Deli foruma
forum-area-open = Odprti forum
forum-area-teachers = Oglasna deska za učitelje
forum-empty = Še ni niti.
forum-thread_meta =
    { $count ->
        [one] { $author } · { $count } objava · { $when }
        [two] { $author } · { $count } objavi · { $when }
        [few] { $author } · { $count } objave · { $when }
       *[other] { $author } · { $count } objav · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } nova
        [two] { $count } novi
        [few] { $count } nove
       *[other] { $count } novih
    }
forum-pinned = pripeta
forum-locked = zaklenjena
forum-new_thread = Začni nit
forum-new_bulletin = Začni nit na Oglasni deski za učitelje
forum-thread_title = Naslov niti
forum-first_post = Prva objava
forum-start = Začni nit
forum-thread_started = Nit je ustvarjena.
forum-thread_held = Hvala! Učitelj bo tvojo nit prebral, preden jo bodo lahko videli vsi.
forum-back = Nazaj na niti
forum-reply_label = Vaš odgovor
forum-send = Objavi odgovor
forum-no_reply = V tej niti ne morete odgovarjati.
forum-held = Hvala! Učitelj bo tvojo objavo prebral, preden jo bodo lahko videli vsi.
forum-edited = (urejeno)
forum-edit = Uredi
forum-edit_label = Uredite objavo
forum-save = Shrani
forum-saved = Vaša objava je spremenjena.
forum-cancel = Prekliči
forum-delete = Izbriši
forum-deleted = Objava je izbrisana.
forum-report = Prijavi
forum-report_reason = Kaj je narobe s to objavo? (neobvezno)
forum-report_send = Pošlji prijavo
forum-reported = Hvala. Učitelji so obveščeni.
forum-hide = Skrij
forum-restore = Obnovi
forum-approve = Odobri
forum-reject = Zavrni
forum-done-hide = Objava je skrita pred razredom.
forum-done-restore = Objava je spet vidna.
forum-done-approve = Objava je odobrena: vidijo jo vsi.
forum-done-reject = Objava je zavrnjena: vidi jo samo njen avtor.
forum-state-pending = čaka na učitelja
forum-state-hidden = skrita
forum-state-rejected = neobjavljena
forum-state-deleted = izbrisana
forum-pin = Pripni
forum-unpin = Odpni
forum-lock = Zakleni
forum-unlock = Odkleni
forum-thread_changed = Nit je spremenjena.
forum-thread_gone = Ta nit vam ni več na voljo.
forum-moderation = Moderiranje
forum-queue = Čaka na odobritev
forum-queue_empty = Nobena objava ne čaka.
forum-reports = Prijave
forum-reports_empty = Ni odprtih prijav.
forum-reported_by = prijava: { $name }
forum-report_said = Razlog: { $reason }
forum-resolve = Zapri prijavo
forum-resolved = Prijava je zaprta.

## reactions
reaction-bar = Odzivi
reaction-add = Dodaj odziv
reaction-picker = Izberi odziv
reaction-count =
    { $count ->
        [one] { $name }: { $count } oseba
        [two] { $name }: { $count } osebi
        [few] { $name }: { $count } osebe
       *[other] { $name }: { $count } oseb
    }
reaction-thumbs_up = Všeček
reaction-heart = Srce
reaction-clap = Bravo
reaction-laugh = Smešno
reaction-idea = Dobra ideja
reaction-question = Imam vprašanje

## archive
archive-title = Datoteke
archive-usage = Porabljeno { $used } od { $quota }
archive-where = Mapa
archive-top = Vse datoteke
archive-empty = Ta mapa je prazna.
archive-contents = Mape in datoteke
archive-name = Ime
archive-size = Velikost
archive-by = Kdo je dodal
archive-when = Spremenjeno
archive-actions = Dejanja
archive-former_member = nekdanji član
archive-choose = Izberi datoteko
archive-upload = Naloži
archive-progress = Potek nalaganja
archive-uploading = Nalaganje datoteke { $name }: { $percent }
archive-uploaded = Datoteka „{ $name }“ je naložena.
archive-too_large = Ta datoteka je prevelika: datoteka ima lahko največ { $max }.
archive-quota = V datotekah tega prostora ni več dovolj mesta (prosto: { $free }). Prosite učitelja, naj odstrani stare datoteke.
archive-new_folder = Nova mapa
archive-create_folder = Ustvari mapo
archive-folder_created = Mapa „{ $name }“ je ustvarjena.
archive-download = Prenesi
archive-download_named = Prenesi { $name }
archive-rename = Preimenuj
archive-rename_named = Preimenuj { $name }
archive-new_name = Novo ime
archive-save = Shrani
archive-cancel = Prekliči
archive-renamed = Preimenovano v „{ $name }“.
archive-trash = Premakni v koš
archive-trash_named = Premakni v koš: { $name }
archive-trashed = „{ $name }“ je v košu.
archive-show_trash = Koš
archive-trash_empty = Koš je prazen.
archive-restore = Obnovi
archive-restore_named = Obnovi { $name }
archive-restored = Element „{ $name }“ je obnovljen.
archive-purge = Trajno izbriši
archive-purge_named = Trajno izbriši { $name }
archive-purged = Element „{ $name }“ je trajno izbrisan.
archive-choose_first = Izberite datoteko, ki jo želite naložiti.
archive-no_file = Nobena datoteka še ni izbrana.
archive-name_taken = Nekaj s tem imenom je že tukaj. Izberite drugo ime.

## unit
unit-b = B
unit-kb = KB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Izpolnite to polje.
field-unknown = To polje tukaj ni pričakovano.
field-type = Ta vrednost ni prave vrste.
field-blank = Tukaj nekaj napišite: sami presledki ne štejejo.
field-too_short =
    { $count ->
        [one] Napišite vsaj { $min } znak.
        [two] Napišite vsaj { $min } znaka.
        [few] Napišite vsaj { $min } znake.
       *[other] Napišite vsaj { $min } znakov.
    }
field-too_long =
    { $count ->
        [one] Napišite največ { $max } znak.
        [two] Napišite največ { $max } znaka.
        [few] Napišite največ { $max } znake.
       *[other] Napišite največ { $max } znakov.
    }
field-too_small = Vnesite vsaj { $min }.
field-too_large = Vnesite največ { $max }.
field-format = Vrednost ni v pričakovani obliki.
field-choice = Izberite eno od ponujenih možnosti.
field-invalid = Ta vrednost ni sprejemljiva.

## confirm
confirm-cancel = Prekliči
confirm-trash_file = Želite premakniti „{ $name }“ v koš?
confirm-trash_file_lost = Člani te datoteke ne bodo več videli. Učitelj jo lahko obnovi iz koša.
confirm-trash_folder = Želite premakniti mapo „{ $name }“ v koš?
confirm-trash_folder_lost = Člani ne bodo več videli te mape niti ničesar v njej. Učitelj jo lahko obnovi iz koša.
confirm-purge = Želite „{ $name }“ trajno izbrisati?
confirm-purge_lost = Izginilo bo za vse in tega ne bo mogoče obnoviti.
confirm-delete_post = Želite izbrisati to objavo?
confirm-delete_post_lost = Njeno besedilo bo izginilo za vse. Tega ni mogoče razveljaviti.
confirm-delete_message = Želite izbrisati to sporočilo?
confirm-delete_message_lost = Njegovo besedilo bo izginilo za vse. Tega ni mogoče razveljaviti.
confirm-end_session = Želite končati videoklic za vse?
confirm-end_session_lost = Vsi bodo takoj zapustili klic in videoklica ne bo mogoče znova odpreti.
confirm-remove_participant = Želite odstraniti iz videoklica: { $name }?
confirm-remove_participant_lost = { $name }: klic se takoj konča, vrnitev v ta videoklic ne bo mogoča.
confirm-deny = Želite zavrniti vstop: { $name }?
confirm-deny_lost = { $name }: vstop v ta videoklic ne bo mogoč.

## page
page-not_found = Strani ni mogoče najti
page-not_found_text = Na tem naslovu ni nobene strani.
page-go_spaces = Pojdi na moje prostore
page-go_sign_in = Pojdi na prijavo

## form
form-required = Izpolnite to polje.
form-email_format = Vnesite e-poštni naslov, na primer ime@sola.eu.
form-password_short = Uporabite vsaj 10 znakov.
form-password_long = Uporabite največ 200 znakov.
form-password_mismatch = Gesli se ne ujemata.
form-password_hint = Vsaj 10 znakov. Dobro se obnese nekaj besed, ki si jih boste zapomnili.
form-check_fields = Preverite zgoraj označena polja.
form-field_invalid = Ta vrednost ni sprejemljiva.

## register
register-title = Ustvari račun eTwinner
register-intro = Za učitelje. Nacionalni skrbnik vaše države preveri, ali poučujete na šoli, nato pa potrdi vaš račun. Učenci se ne registrirajo: račune jim ustvari učitelj.
register-name = Vaše ime
register-school = Šola
register-country = Država
register-country_choose = Izberite svojo državo
register-submit = Ustvari moj račun
register-email_taken = Račun s tem e-poštnim naslovom že obstaja. Prijavite se ali zahtevajte novo geslo.
register-have_account = Že imate račun? Prijavite se

## pending
pending-title = Vaš račun čaka na potrditev
pending-who_heading = Kdo ga potrdi
pending-who = Nacionalni skrbnik vaše države ({ $country }) preveri, ali poučujete na navedeni šoli, nato pa potrdi vaš račun.
pending-next_heading = Kaj sledi
pending-next_validate = Ko je vaš račun potrjen, ste del skupnosti eTwinning: lahko ustvarjate prostore, prejemate povabila v projekte in ustvarjate račune za svoje učence. Spremembo boste videli po vnovični prijavi ali ko pritisnete „Preveri znova“.
pending-next_reject = Če nacionalni skrbnik vaše registracije ne sprejme, boste to izvedeli ob prijavi.
pending-next_meanwhile = Do takrat lahko ime in geslo spremenite v razdelku „Moj račun“.
pending-check = Preveri znova
pending-still = Vaš račun še vedno čaka na potrditev.
pending-count =
    { $count ->
        [one] { $count } čaka na moderiranje
        [two] { $count } čakata na moderiranje
        [few] { $count } čakajo na moderiranje
       *[other] { $count } čaka na moderiranje
    }

## forgot
forgot-title = Pozabljeno geslo?
forgot-intro = Vnesite e-poštni naslov svojega računa. Nanj bomo poslali povezavo za nastavitev novega gesla.
forgot-submit = Pošlji mi povezavo
forgot-sent = Če račun s tem naslovom obstaja, je povezava na poti. Deluje enkrat in le omejen čas. Preverite tudi mapo z neželeno pošto.
forgot-pupils = Učenci: tukaj nimate e-poštnega naslova. Prosite učitelja za novo kodo.
forgot-back = Nazaj na prijavo

## reset
reset-title = Nastavite novo geslo
reset-intro = Z nastavitvijo novega gesla se odjavite v vseh drugih napravah.
reset-password = Novo geslo
reset-confirm = Ponovite novo geslo
reset-submit = Shrani novo geslo
reset-gone = Ta povezava je potekla ali je bila že uporabljena. Zahtevajte novo.
reset-done = Vaše geslo je spremenjeno. Prijavite se z novim geslom.
reset-ask_again = Zahtevaj novo povezavo

## account
account-title = Moj račun
account-signed_in_with = Prijavljate se z naslovom { $email }.
account-name_heading = Vaše ime
account-name = Ime, ki ga vidijo drugi
account-save_name = Shrani ime
account-name_saved = Vaše ime je shranjeno.
account-pupil_note = To ime izbere in ureja vaš učitelj. Če ga je treba spremeniti, prosite učitelja.
account-password_heading = Vaše geslo
account-password_intro = Sprememba gesla vas odjavi v drugih napravah; tukaj prijava ostane veljavna.
account-current_password = Trenutno geslo
account-new_password = Novo geslo
account-confirm_password = Ponovite novo geslo
account-save_password = Spremeni geslo
account-password_saved = Vaše geslo je spremenjeno.
account-current_wrong = To ni vaše trenutno geslo.
account-everywhere_heading = Odjava povsod
account-everywhere_intro = Konča vašo prijavo v vseh napravah in brskalnikih, tudi v tem: izgubljen telefon ali skupni računalnik ne bo več odprl vašega računa.
account-everywhere = Odjavi me povsod…
account-everywhere_question = Se želite odjaviti v vseh napravah, tudi v tej? Odprte strani se takoj zaprejo in vse, kar v njih še ni bilo poslano, se izgubi.
account-everywhere_confirm = Da, odjavi me povsod
account-everywhere_done = Odjava je bila izvedena v vseh napravah.
account-cancel = Prekliči

## admin
admin-nav = Konzola za potrjevanje
admin-title = Konzola nacionalnega skrbnika
admin-country = Država: { $country }
admin-only_national_admins = Ta stran je namenjena nacionalnim skrbnikom.
admin-pending_heading = Učitelji, ki čakajo na potrditev
admin-pending_count =
    { $count ->
        [one] Čaka { $count } oseba.
        [two] Čakata { $count } osebi.
        [few] Čakajo { $count } osebe.
       *[other] Čaka { $count } oseb.
    }
admin-pending_none = Nihče ne čaka na potrditev.
admin-select_all = Izberi vse
admin-select_first = Najprej izberite vsaj eno osebo.
admin-validate_selected = Potrdi izbrane
admin-reject_selected = Zavrni izbrane…
admin-validated =
    { $count ->
        [one] Potrjen je { $count } račun.
        [two] Potrjena sta { $count } računa.
        [few] Potrjeni so { $count } računi.
       *[other] Potrjenih je { $count } računov.
    }
admin-rejected =
    { $count ->
        [one] Zavrnjena je { $count } registracija.
        [two] Zavrnjeni sta { $count } registraciji.
        [few] Zavrnjene so { $count } registracije.
       *[other] Zavrnjenih je { $count } registracij.
    }
admin-reject_question =
    { $count ->
        [one] Želite zavrniti registracijo: { $names }? Ta oseba se ne bo mogla prijaviti in tega ni mogoče razveljaviti.
        [two] Želite zavrniti ti { $count } registraciji ({ $names })? Ti osebi se ne bosta mogli prijaviti in tega ni mogoče razveljaviti.
        [few] Želite zavrniti te { $count } registracije ({ $names })? Te osebe se ne bodo mogle prijaviti in tega ni mogoče razveljaviti.
       *[other] Želite zavrniti teh { $count } registracij ({ $names })? Te osebe se ne bodo mogle prijaviti in tega ni mogoče razveljaviti.
    }
admin-reject_reason = Razlog za zavrnitev
admin-reject_heading = Zavrnitev registracij
admin-suspend_heading = Začasna onemogočitev računa
admin-reinstate_heading = Obnovitev računa
admin-reject_reason_hint = Shrani se v dnevnik dejavnosti skupaj z vašim imenom.
admin-reject_confirm =
    { $count ->
        [one] Zavrni { $count } registracijo
        [two] Zavrni { $count } registraciji
        [few] Zavrni { $count } registracije
       *[other] Zavrni { $count } registracij
    }
admin-failed_one = { $name }: { $why }
admin-school = Šola: { $school }
admin-registered = Registracija: { $date }
admin-search_heading = Poišči račun
admin-search_label = Ime, e-poštni naslov ali šola
admin-search_hint = Samo računi iz vaše države. Pustite prazno, da prikažete vse, od najnovejših naprej.
admin-search = Išči
admin-showing = { $from }–{ $to } od { $total }
admin-no_match = Noben račun se ne ujema.
admin-previous = Prejšnja stran
admin-next = Naslednja stran
admin-suspend = Začasno onemogoči…
admin-suspend_named = Začasno onemogoči: { $name }…
admin-suspend_question = Želite začasno onemogočiti račun: { $name }? Ta oseba bo takoj povsod odjavljena, njene odprte strani se zaprejo in prijava ne bo mogoča, dokler računa ne obnovite.
admin-suspend_reason = Razlog za onemogočitev
admin-suspend_confirm = Da, onemogoči
admin-suspend_done = Račun je začasno onemogočen: { $name }.
admin-reinstate = Obnovi…
admin-reinstate_named = Obnovi: { $name }…
admin-reinstate_question = Želite obnoviti račun: { $name }? Ta oseba se bo lahko znova prijavila.
admin-reinstate_reason = Razlog (neobvezno)
admin-reinstate_confirm = Obnovi
admin-reinstate_done = Račun je obnovljen: { $name }.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Za potrditev vnesite naslov prostora: { $text }

## status
status-active = aktiven
status-pending = čaka na potrditev
status-suspended = začasno onemogočen
status-rejected = zavrnjen
status-erased = izbrisan

## names
names-marked = { $name } ({ $mark })

## members
members-username = uporabniško ime { $username }
members-role_of = Vloga: { $name }
members-change_role = Spremeni vlogo
members-role_question = { $name }: želite spremeniti vlogo iz „{ $from }“ v „{ $to }“?
members-role_consequence = { $name } lahko odslej počne to, kar dovoljuje vloga „{ $to }“, in to takoj v vseh napravah.
members-role_confirm = Spremeni vlogo
members-role_changed = { $name } ima zdaj vlogo „{ $role }“.
members-reset_code = Nova koda
members-reset_question = Želite ustvariti novo kodo za prijavo za: { $name }?
members-reset_consequence = Stara koda takoj preneha delovati, račun učenca pa se povsod odjavi. Novo kartico izročite vi.
members-reset_confirm = Ustvari novo kodo
members-reset_done = { $name } ima novo kodo: izročite novo kartico spodaj.
members-export = Izvozi podatke
members-remove = Odstrani
members-remove_question = Želite odstraniti iz tega prostora: { $name }?
members-remove_consequence = { $name } takoj izgubi dostop do tega prostora v vseh napravah.
members-remove_pupil_kept = Račun, objave in datoteke učenca ostanejo; račun lahko pozneje znova dodate.
members-remove_kept = Objave in datoteke te osebe ostanejo v prostoru.
members-remove_confirm = Odstrani
members-removed = Odstranjeno iz prostora: { $name }.
members-erase = Izbriši račun
members-leave = Zapusti ta prostor
members-leave_question = Želite zapustiti „{ $title }“?
members-leave_consequence = Takoj izgubite dostop do njegovih forumov, datotek, klepeta in videa. Nazaj vas lahko vrne le učitelj z vlogo skrbnika.
members-leave_kept = Vaše objave in naložene datoteke ostanejo v prostoru.
members-leave_confirm = Zapusti prostor
members-left = Niste več v prostoru „{ $title }“.

## erase
erase-question = Želite izbrisati račun: { $name }?
erase-account_gone = Ime, uporabniško ime in koda učenca bodo trajno izbrisani.
erase-signed_out = Račun se takoj odjavi in prijava vanj ne bo nikoli več mogoča.
erase-no_undo = Tega ni mogoče razveljaviti.
erase-export_first = Če bi učenec ali družina morda želeli kopijo, najprej izvozite podatke.
erase-posts = Objave in sporočila učenca v klepetu
erase-posts_keep = Ohrani jih, podpisane kot „nekdanji učenec“
erase-posts_remove = Trajno jih izbriši
erase-files = Datoteke učenca
erase-files_keep = Ohrani jih kot datoteke „nekdanjega učenca“
erase-files_remove = Trajno jih izbriši
erase-confirm = Izbriši račun
erase-done = Račun je izbrisan: { $name }.

## invite_teacher
invite_teacher-title = Povabi partnerskega učitelja
invite_teacher-by_email = Z e-poštnim naslovom
invite_teacher-role = Vloga
invite_teacher-submit = Povabi
invite_teacher-done = { $name } ima zdaj v tem prostoru vlogo „{ $role }“.
invite_teacher-not_etwinner = Noben potrjen eTwinner nima tega naslova ali pa te vloge ne morete dodeliti.
invite_teacher-find = Poišči eTwinnerja
invite_teacher-query = Ime, šola ali država
invite_teacher-search = Išči
invite_teacher-results = Najdeni eTwinnerji
invite_teacher-none = Ni najdenih eTwinnerjev.
invite_teacher-more = Več rezultatov
invite_teacher-member = Že v tem prostoru
invite_teacher-invite = Povabi
invite_teacher-role_for = Vloga za: { $name }

## pupils
pupils-title = Dodaj učence
pupils-one_title = En učenec
pupils-name = Ime učenca
pupils-add_one = Dodaj učenca
pupils-class_title = Cel razred
pupils-class_names = Imena učencev
pupils-class_help = Eno ime na vrstico, tako kot naj učence vidijo drugi.
pupils-add_class = Dodaj razred
pupils-class_empty = Napišite vsaj eno ime.
pupils-language = Jezik strani za te učence
pupils-language_help = Po prijavi se jim TwinSpace Live prikaže v tem jeziku. Vsak učenec ga lahko pozneje spremeni.
pupils-line_errors = Vrstice za popravek
pupils-line_error = Vrstica { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } vrstico je treba popraviti; nič ni bilo ustvarjeno.
        [two] { $count } vrstici je treba popraviti; nič ni bilo ustvarjeno.
        [few] { $count } vrstice je treba popraviti; nič ni bilo ustvarjeno.
       *[other] { $count } vrstic je treba popraviti; nič ni bilo ustvarjeno.
    }
pupils-created =
    { $count ->
        [one] Dodan je { $count } učenec.
        [two] Dodana sta { $count } učenca.
        [few] Dodani so { $count } učenci.
       *[other] Dodanih je { $count } učencev.
    }

## cards
cards-title = Kartice za prijavo
cards-once = Te kode so prikazane samo zdaj. Preden zapustite to stran, natisnite kartice ali si zapišite kode.
cards-site = Prijava na naslovu
cards-print = Natisni kartice
cards-done = Končano: skrij kode

## links
links-tab = Povezave za goste
links-intro = Povezava za goste strokovnjaku ali opazovalcu omogoči, da se temu TwinSpace pridruži kot gost. Uporabi jo lahko vsak, ki jo ima, dokler ne poteče ali ni porabljena.
links-create_title = Nova povezava za goste
links-valid_for = Veljavnost
links-days =
    { $count ->
        [one] { $count } dan
        [two] { $count } dneva
        [few] { $count } dnevi
       *[other] { $count } dni
    }
links-uses = Število uporab
links-note = Opomba (za koga je)
links-create = Ustvari povezavo
links-new = Nova povezava
links-once = Kopirajte jo zdaj: prikazana je samo enkrat.
links-copy = Kopiraj
links-copied = Povezava je kopirana.
links-select_copy = Povezava je izbrana: pritisnite Ctrl+C (⌘+C), da jo kopirate.
links-live = Aktivne povezave
links-empty = Nobena povezava za goste ni aktivna.
links-untitled = Povezava za goste
links-used =
    { $count ->
        [one] uporabljeno { $used } od { $count }
        [two] uporabljeno { $used } od { $count }
        [few] uporabljeno { $used } od { $count }
       *[other] uporabljeno { $used } od { $count }
    }
links-until = do { $time }
links-revoke = Razveljavi
links-revoke_question = Želite razveljaviti to povezavo za goste?
links-revoke_consequence = Z njo se nihče več ne bo mogel pridružiti.
links-revoke_kept = Gostje, ki so se pridružili z njo, ostanejo člani.
links-revoked = Povezava je razveljavljena.

## settings
settings-tab = Nastavitve
settings-space = Prostor
settings-pupils = Učenci
settings-premoderate_pupils = Zadrži objave učencev, dokler jih ne odobri učitelj
settings-pupils_may_create_threads = Učenci lahko začenjajo niti
settings-pupils_may_upload = Učenci lahko nalagajo datoteke
settings-save = Shrani
settings-saved = Nastavitve so shranjene.
settings-archive_title = Arhiviranje
settings-archive_text = Arhiviran prostor ostane članom na voljo za branje, vendar nihče ne more objavljati, nalagati ali začeti videoklica.
settings-archive = Arhiviraj ta prostor
settings-archive_question = Želite arhivirati „{ $title }“?
settings-archive_read_only = Nihče ne bo mogel več ničesar objavljati, nalagati ali spreminjati.
settings-archive_video = Videoklici, ki potekajo, se takoj končajo.
settings-archive_undo = Ustanovitelj lahko prostor pozneje znova odpre.
settings-archive_confirm = Arhiviraj
settings-archived_title = Ta prostor je arhiviran
settings-archived_text = Na voljo je samo za branje. Znova ga odprite, da bodo člani lahko objavljali in nalagali.
settings-unarchive = Znova odpri
settings-unarchive_question = Želite znova odpreti „{ $title }“?
settings-unarchive_consequence = Člani bodo lahko spet objavljali, nalagali in začenjali videoklice.
settings-delete_title = Izbris prostora
settings-delete_text = Izbris trajno odstrani prostor in vse, kar je v njem.
settings-delete = Izbriši ta prostor
settings-delete_question = Želite trajno izbrisati „{ $title }“?
settings-delete_content = Vse niti foruma, sporočila v klepetu in datoteke, z vsemi njihovimi različicami, bodo izbrisani.
settings-delete_members = Vsi člani izgubijo prostor; računi učencev ostanejo samo v njihovih drugih prostorih.
settings-delete_video = Videoklici, ki potekajo, se takoj končajo.
settings-delete_no_undo = Izbriše se tudi dnevnik dejavnosti. Tega ni mogoče razveljaviti.
settings-delete_confirm = Trajno izbriši
settings-deleted = Prostor „{ $title }“ je izbrisan.

## audit
audit-tab = Dnevnik dejavnosti
audit-caption = Kaj se je zgodilo v tem prostoru, od najnovejšega
audit-when = Kdaj
audit-who = Kdo
audit-what = Kaj
audit-empty = Zabeleženega še ni ničesar.
audit-older = Pokaži starejše vnose
audit-system = Strežnik
audit-former_member = Nekdanji član
audit-former_member_target = nekdanji član
audit-reason = Razlog: { $reason }
audit-other = Dejanje „{ $action }“: { $target }
audit-space-created = Ustvaritev prostora
audit-space-settings_changed = Sprememba nastavitev prostora
audit-space-archived = Arhiviranje prostora
audit-space-unarchived = Vnovično odprtje prostora
audit-member-invited = Povabilo: { $target }, vloga „{ $role }“
audit-member-role_changed = Sprememba vloge: { $target }, iz „{ $from }“ v „{ $role }“
audit-member-removed = Odstranitev iz prostora: { $target }
audit-member-left = Odhod iz prostora
audit-member-muted = Prepoved pisanja: { $target }
audit-member-unmuted = Konec prepovedi pisanja: { $target }
audit-pupil-created = Ustvaritev računa učenca: { $target }
audit-pupil-added = Dodajanje učenca: { $target }
audit-pupil-code_reset = Nova koda za prijavo: { $target }
audit-pupil-exported = Izvoz podatkov: { $target }
audit-pupil-erased = Izbris računa učenca
audit-invitation-created = Ustvaritev povezave za goste
audit-invitation-revoked = Razveljavitev povezave za goste
audit-invitation-accepted = Pridružitev s povezavo za goste
audit-video-started = Začetek videoklica
audit-video-ended = Konec videoklica
audit-video-locked = Zaklepanje videoklica
audit-video-unlocked = Odklepanje videoklica
audit-video-admitted = Vstop v videoklic dovoljen: { $target }
audit-video-denied = Vstop v videoklic zavrnjen: { $target }
audit-video-muted = Utišanje v videoklicu: { $target }
audit-video-unmuted = Dovoljenje za govor v videoklicu: { $target }
audit-video-removed = Odstranitev iz videoklica: { $target }
audit-video-spotlight = Sprememba poudarka v videoklicu
audit-post-hidden = Skritje objave
audit-post-restored = Obnovitev objave
audit-post-approved = Odobritev objave
audit-post-rejected = Zavrnitev objave
audit-post-purged = Trajni izbris objave
audit-post-reported = Prijava objave
audit-report-resolved = Zaprtje prijave
audit-thread-pinned = Pripenjanje niti
audit-thread-unpinned = Odpenjanje niti
audit-thread-locked = Zaklepanje niti
audit-thread-unlocked = Odklepanje niti
audit-archive-folder_created = Ustvaritev mape
audit-archive-folder_renamed = Preimenovanje mape
audit-archive-folder_moved = Premik mape
audit-archive-folder_trashed = Premik mape v koš
audit-archive-folder_restored = Obnovitev mape iz koša
audit-archive-folder_purged = Trajni izbris mape
audit-archive-file_added = Dodajanje datoteke
audit-archive-file_version_added = Dodajanje različice datoteke
audit-archive-file_renamed = Preimenovanje datoteke
audit-archive-file_moved = Premik datoteke
audit-archive-file_trashed = Premik datoteke v koš
audit-archive-file_restored = Obnovitev datoteke iz koša
audit-archive-file_purged = Trajni izbris datoteke
audit-chat-expired = Odstranitev sporočil klepeta po izteku roka hrambe
audit-audit-retention_changed = Sprememba roka hrambe vnosov v dnevniku dejavnosti
audit-group-joined = Vstop v skupino
audit-group-requested = Prošnja za vstop v skupino
audit-group-request_accepted = Sprejem prošnje: { $target }
audit-group-request_declined = Zavrnitev prošnje: { $target }
audit-group-request_withdrawn = Umik prošnje za vstop
audit-member-banned = Blokada: { $target }
audit-member-unbanned = Odprava blokade: { $target }
audit-group-featured = Izpostavitev skupine
audit-group-unfeatured = Konec izpostavitve skupine
audit-group-moderator_appointed = Zaupano moderiranje: { $target }

## group_role
group_role-founder = Upravljanje skupine
group_role-admin = Moderiranje
group_role-teacher = Član skupine

## readers
readers-title = Zdaj berejo
readers-more =
    { $count ->
        [one] in še { $count } oseba
        [two] in še { $count } osebi
        [few] in še { $count } osebe
       *[other] in še { $count } oseb
    }

## groups
groups-nav = Skupine
groups-title = Skupine eTwinning
groups-intro = Skupnosti eTwinnerjev okoli predmeta, teme ali področja zanimanja. Sodelujejo le potrjeni eTwinnerji.
groups-search = Poišči skupino
groups-words = Besede iz naslova
groups-topic = Tema
groups-language = Jezik
groups-language_any = Vsi jeziki
groups-language_choose = Izberite jezik
groups-country = Država člana skupine
groups-country_any = Vse države
groups-search_submit = Išči
groups-found = Skupine
groups-empty = Iskanju ne ustreza nobena skupina.
groups-more = Pokaži več skupin
groups-featured = Izpostavljena
groups-topic_is = Tema: { $topic }
groups-members =
    { $count ->
        [one] { $count } član
        [two] { $count } člana
        [few] { $count } člani
       *[other] { $count } članov
    }
groups-access_short-open = Odprta
groups-access_short-closed = Zaprta
groups-standing-member = Ste v skupini. Vaša vloga: { $role }
groups-standing-requested = Zaprosili ste za vstop v to skupino.
groups-standing-banned = Moderatorska ekipa te skupine vam ne dovoli vstopa.
groups-join = Vstopi
groups-ask = Zaprosi za vstop
groups-ask_message = Sporočilo za moderatorsko ekipo (neobvezno)
groups-withdraw = Umakni mojo prošnjo
groups-open_group = Odpri skupino
groups-joined = Zdaj ste v skupini »{ $title }«.
groups-asked = Vaša prošnja za vstop v »{ $title }« je bila poslana moderatorski ekipi.
groups-withdrawn = Vaša prošnja za vstop v »{ $title }« je bila umaknjena.
groups-waiting = Moderatorska ekipa bo odgovorila na vašo prošnjo. Ta stran pokaže odgovor takoj, ko pride.
groups-accepted = Vaša prošnja je bila sprejeta: dobrodošli v skupini »{ $title }«.
groups-not_accepted = Vaša prošnja ni bila sprejeta. Lahko zaprosite znova.
groups-back = Nazaj na skupine
groups-create = Ustvari skupino
groups-group_title = Naslov
groups-description = Opis (neobvezno)
groups-access = Kdo lahko vstopi
groups-access-open = Odprta: vsak eTwinner vstopi takoj
groups-access-closed = Zaprta: moderatorska ekipa sprejme vsako prošnjo
groups-create_submit = Ustvari skupino
groups-created = Skupina »{ $title }« je ustvarjena.
groups-members_search = Poišči člana skupine
groups-members_more = Pokaži več članov
groups-leave = Zapusti to skupino
groups-leave_consequence = Takoj izgubite dostop do foruma, datotek, klepeta in videa skupine.
groups-leave_kept = Kar ste napisali in naložili, ostane v skupini. Vrnete se lahko prek imenika skupin.
groups-leave_confirm = Zapusti skupino
groups-requests = Prošnje za vstop
groups-requests_empty = Nihče ne čaka.
groups-accept = Sprejmi
groups-decline = Zavrni
groups-accepted_member = { $name } je zdaj v skupini.
groups-declined = Prošnja: { $name } – zavrnjena.
groups-ban = Blokiraj
groups-ban_question = Blokirati dostop do skupine: { $name }?
groups-ban_consequence = { $name } takoj zapusti skupino in se ne more vrniti ali za to zaprositi.
groups-ban_kept = Prispevki in datoteke ostanejo v skupini. Blokado lahko pozneje odpravite.
groups-ban_reason = Razlog (neobvezno, ostane v dnevniku)
groups-ban_confirm = Blokiraj
groups-banned = Blokirano: { $name }.
groups-bans = Blokirani eTwinnerji
groups-bans_empty = Ni blokad.
groups-lift = Odpravi blokado
groups-lifted = { $name } lahko znova vstopi.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Nastavite novo geslo za TwinSpace Live
mail-reset_body =
    Pozdravljeni, { $name }!

    Prejeli smo zahtevo (najverjetneje vašo) za nastavitev novega gesla za vaš račun TwinSpace Live.
    Za nastavitev novega gesla odprite to povezavo (deluje enkrat, { $minutes } min):

    { $link }

    Z nastavitvijo novega gesla se odjavite povsod drugje.
    Če zahteva ni vaša, prezrite to sporočilo: vaše geslo ostane nespremenjeno.

    TwinSpace Live

## events (issue 22)
events-nav = Dogodki
events-title = Prihodnji dogodki
events-empty = Za vas še ni prihodnjih dogodkov.
events-more = Pokaži več dogodkov
events-schedule = Načrtuj dogodek
events-zone = Časi so prikazani v vašem časovnem pasu: { $zone }
events-audience-etwinners = Vsi eTwinnerji
events-audience-country = eTwinnerji iz te države: { $country }
events-audience-group = Člani skupine
events-audience-twinspace = Člani TwinSpacea
events-organising = Ta dogodek organizirate vi.
events-registered = Vaša prijava je shranjena.
events-waiting = Ste na čakalnem seznamu (mesto { $position }).
events-state-live = Zdaj v živo
events-state-ended = Ta dogodek je končan.
events-state-cancelled = Ta dogodek je odpovedan.
events-places = Zasedena mesta: { $taken } od { $capacity }
event_form-new_title = Načrtuj dogodek
event_form-edit_title = Spremeni dogodek
event_form-title = Naslov
event_form-description = Opis
event_form-date = Datum
event_form-time = Čas začetka
event_form-duration = Trajanje v minutah
event_form-space = Skupina ali TwinSpace
event_form-speakers_hint = Izberite med učitelji svojih skupin in TwinSpaceov.
event_form-no_speakers = Še ni nikogar za izbiro.
event_form-create = Načrtuj dogodek
event_form-save = Shrani spremembe
event_form-created = Dogodek »{ $title }« je načrtovan.
event_form-saved = Spremembe dogodka »{ $title }« so shranjene.
event_form-start_past = Izberite začetek v prihodnosti.
event-title = Dogodek
event-back = Vsi dogodki
event-when = Kdaj
event-language = Jezik
event-audience = Kdo se lahko prijavi
event-organiser = Organizacija
event-speakers = Govorci
event-places = Mesta
event-no_speakers = Govorci še niso navedeni.
event-waiting_count = Na čakalnem seznamu: { $waiting }
event-registration = Vaše mesto
event-speaking = Na tem dogodku nastopate.
event-full = Vsa mesta so zasedena: če se prijavite, pridete na čakalni seznam.
event-register = Prijava
event-unregister = Sprosti moje mesto
event-leave_waiting = Zapusti čakalni seznam
event-unregister_confirm_title = Se odjaviti od »{ $title }«?
event-unregister_confirm = Vašo vrsto dobi naslednja oseba s čakalnega seznama. Če se znova prijavite, boste morda morali čakati.
event-unregistered = Vaša prijava je preklicana.
event-calendar = Dodaj v moj koledar (.ics)
event-organiser_tools = Za organizacijo
event-edit = Spremeni dogodek
event-cancel = Odpovej dogodek
event-keep = Ohrani dogodek
event-cancel_confirm_title = Odpovedati »{ $title }«?
event-cancel_confirm_lost = Nihče se ne bo mogel več prijaviti in vsi bodo videli, da je odpovedan. Tega ni mogoče razveljaviti. Prijave in vprašanja ostanejo shranjeni.
event-cancelled = Dogodek je odpovedan.
event-registrants = Prijave
event-waiting_list = Čakalni seznam
event-nobody = Še nihče.
event-attendance = Udeležba
event-attendance_hint = Kdo je spremljal stran dogodka med prenosom v živo in kako dolgo.
event-attendance_none = Nihče ni spremljal dogodka v živo.
event-minutes = { $minutes } min
qa-title = Vprašanja in odgovori
qa-empty = Še ni vprašanj.
qa-closed = Vprašanja so zaprta: dogodek je končan.
qa-need_place = Prijavite se, da lahko postavite vprašanje ali ga podprete.
qa-your_question = Vaše vprašanje
qa-ask = Vprašaj
qa-asked = Vaše vprašanje je poslano.
qa-upvote = Podpri
qa-upvoted = Podprto
qa-votes = Glasovi: { $votes }
qa-by = Sprašuje: { $name }
qa-by_gone = Sprašuje: izbrisan račun
qa-answer = Odgovor: { $answer }
qa-state-picked = Odgovarjanje zdaj
qa-state-answered = Odgovorjeno
qa-state-hidden = Skrito
qa-pick = Izberi
qa-unpick = Vrni na seznam
qa-hide = Skrij
qa-restore = Obnovi
qa-answer_label = Pisni odgovor (neobvezno)
qa-mark_answered = Označi kot odgovorjeno
qa-gone = Teh vprašanj ne morete več spremljati.
audit-event-created = Načrtovanje dogodka »{ $title }«
audit-event-updated = Sprememba dogodka »{ $title }«
audit-event-cancelled = Odpoved dogodka »{ $title }«
audit-event-question_moderated = Moderiranje vprašanja dogodka »{ $title }«

## the live webinar (issue 22)
live-title = Video v živo
live-not_started = Video v živo se še ni začel.
live-ended = Video v živo se je končal.
live-connecting = Povezovanje z videom v živo …
live-need_place = Video v živo lahko gledajo le tisti, ki imajo mesto.
live-watching_you = Gledate video v živo.
live-on_air = Ste v živo: vsi vas vidijo in slišijo.
live-recording = Ta dogodek se snema.
live-speaking = Govori: { $names }
live-nobody_speaking = Nihče še ne govori.
live-watching = Gleda: { $watching }
live-start = Začni video v živo
live-end = Končaj video v živo
live-end_confirm_title = Končati video v živo dogodka »{ $title }«?
live-end_confirm_lost = Video se ustavi za vse, govorce in občinstvo. Dokler dogodek traja, ga lahko znova začnete; vprašanja ostanejo shranjena.
live-go_live = Pojdi v živo
live-stop = Ustavi moj video
live-hand_raised = Vaša roka je dvignjena: moderator vas lahko povabi k besedi.
live-invited = Povabljeni ste k besedi: pojdite v živo, ko boste pripravljeni.
live-returned = Spet ste med občinstvom.
live-hands = Dvignjene roke
live-no_hands = Nobena roka ni dvignjena.
live-promote = Povabi { $name } k besedi
live-return = Vrni { $name } med občinstvo
live-record_start = Začni snemanje
live-record_stop = Ustavi snemanje

## the event's recordings and seat (issue 22)
event-moved_up = Zdaj imate mesto: s čakalnega seznama ste napredovali.
live-off_stage_returned = Moderator vas je vrnil med občinstvo.
live-off_stage_muted = V tem prostoru ste bili utišani: spet ste med občinstvom.
live-off_stage_removed = Niste več član tega prostora: spet ste med občinstvom.
live-off_stage_unnamed = Niste več govorec na tem dogodku: spet ste med občinstvom.
recordings-title = Posnetki
recordings-processing = Posnetek se obdeluje: prikazan bo tukaj, ko bo pripravljen.
recordings-take = Posneto { $when } · { $length }
recordings-video = Video: { $speaker }
recordings-audio = Zvok: { $speaker }
recordings-former_speaker = nekdanji govorec
