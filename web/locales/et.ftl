### TwinSpace Live: lehe sõnad eesti keeles.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Eesti

## app
app-name = TwinSpace Live
app-skip = Mine sisu juurde
app-nav = Peamenüü
app-language = Keel
app-sign_out = Logi välja
app-signed_in_as = Sisse logitud: { $name }
app-loading = Laadimine…

## conn
conn-lost = Ühendus katkes. Ühenduse taastamine…
conn-back = Ühendus on taastatud.
conn-failed = Reaalajas ühendus suleti. Uuesti proovimiseks laadige leht uuesti.
conn-session_ended = Teie seanss on lõppenud. Palun logige uuesti sisse.
conn-account_locked = Seda kontot ei saa enam kasutada. Põhjuse nägemiseks logige uuesti sisse.
conn-closed-auth_missing = Reaalajas ühendus ei saanud teie sisselogimisandmeid õigel ajal kätte. Laadige leht uuesti.
conn-closed-session_invalid = Teie seanss ei kehti enam. Palun logige uuesti sisse.
conn-closed-session_expired = Teie seanss on aegunud. Palun logige uuesti sisse.
conn-closed-signed_out = Teid logiti välja. Palun logige uuesti sisse.
conn-closed-account_locked = Seda kontot ei saa enam kasutada. Põhjuse nägemiseks logige uuesti sisse.
conn-closed-too_many_connections = Selle kontoga on korraga avatud liiga palju lehti. Sulgege mõned vahekaardid ja laadige seejärel see leht uuesti.
conn-closed-too_many_messages = See leht saatis liiga palju liiga kiiresti. Oodake veidi ja laadige leht seejärel uuesti.
conn-closed-frame_too_large = See leht saatis midagi liiga suurt. Laadige leht uuesti ja proovige veel kord.
conn-closed-idle_timeout = Reaalajas ühendus oli liiga kaua tegevusetu ja suleti. Ühenduse taastamine…
conn-closed-slow_consumer = Reaalajas ühendus jäi maha. Ühenduse taastamine…
conn-closed-server_restarting = Server taaskäivitub. Ühendus taastatakse hetke pärast…
conn-closed-server_shutting_down = Server, millega olite ühendatud, peatub. Ühenduse taastamine…
conn-closed-unavailable = Server on hõivatud. Ühendus taastatakse hetke pärast…
conn-closed-internal = Serveris läks midagi valesti. Ühendus taastatakse hetke pärast…

## login
login-title = Sisselogimine
login-intro = Õpetajad ja külalised logivad sisse oma e-posti aadressiga. Õpilased kasutavad kasutajanime ja koodi, mille nad said oma õpetajalt.
login-teacher = Õpetajad ja külalised
login-pupil = Õpilased
login-email = E-posti aadress
login-password = Parool
login-username = Kasutajanimi
login-code = Kood
login-submit = Logi sisse
login-pupil_submit = Logi sisse õpilasena
login-forgot = Unustasite parooli?
login-register = Teil pole veel kontot? Looge eTwinneri konto
login-pupil_forgot = Unustasite koodi? Küsige oma õpetajalt uus kood.

## invite
invite-title = Liitu TwinSpace’iga külalisena
invite-intro = Teid on kutsutud TwinSpace’i. Valige nimi, mida teised näevad, ja määrake parool.
invite-display_name = Teie nimi
invite-submit = Võta kutse vastu
invite-checking = Kutse kontrollimine…
invite-for_space = Teid on kutsutud ruumi „{ $title }“.
invite-unknown = Seda kutselinki ei tunta. Kontrollige, kas kopeerisite selle täielikult, või küsige selle saatnud õpetajalt uus link.
invite-expired = See kutselink on aegunud. Küsige selle saatnud õpetajalt uus link.
invite-used_up = Seda kutselinki on juba kasutatud nii mitu korda, kui see lubab. Küsige selle saatnud õpetajalt uus link.
invite-revoked = Õpetaja on selle kutselingi tagasi võtnud.
invite-closed = Selle kutse ruum on suletud.

## spaces
spaces-title = Minu ruumid
spaces-empty = Te ei ole veel ühegi ruumi liige.
spaces-create = Loo ruum
spaces-kind = Liik
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Tuba
spaces-kind-group = Rühm
spaces-space_title = Pealkiri
spaces-description = Kirjeldus (valikuline)
spaces-create_submit = Loo
spaces-created = Ruum „{ $title }“ on loodud.
spaces-my_role = Teie roll: { $role }
spaces-archived = arhiveeritud

## space
space-back = Tagasi minu ruumidesse
space-sections = Selle ruumi osad
space-members = Liikmed
space-online_count =
    { $count ->
        [one] { $count } võrgus
       *[other] { $count } võrgus
    }
space-online = võrgus
space-offline = pole võrgus
space-you = (teie)
space-refreshed = Loend on uuendatud.
space-gone = See ruum ei ole teile enam kättesaadav.

## chat
chat-title = Vestlus
chat-empty = Sõnumeid veel pole.
chat-message = Sõnum
chat-send = Saada
chat-pending = (ootab õpetajat)
chat-typing = { $name } kirjutab…
chat-teachers_tab = Õpetajate teadetetahvel
chat-teachers_title = Õpetajate teadetetahvel
chat-session_title = Seansi vestlus
chat-older = Näita vanemaid sõnumeid
chat-new_messages = Uued sõnumid
chat-mention_list = Mainitavad liikmed
chat-mention_hint = Liikme mainimiseks kirjutage @ ja nimi.
chat-hidden = (õpetaja peitis)
chat-deleted = (kustutatud)
chat-rejected = (õpetaja ei avaldanud)
chat-edited = (muudetud)
chat-mentions_you = mainib teid
chat-edit = Muuda
chat-edit_label = Muutke oma sõnumit
chat-save = Salvesta
chat-cancel = Tühista
chat-delete = Kustuta
chat-delete_confirm = Jah, kustuta
chat-hide = Peida
chat-restore = Taasta
chat-approve = Kiida heaks
chat-reject = Lükka tagasi
chat-report = Teata
chat-reported = Aitäh! Õpetajad vaatavad selle sõnumi üle.
chat-mute = Vaigista
chat-mute_question = Kas vaigistada { $name }?
chat-mute_for = Vaigistuse kestus ({ $name })
chat-minutes =
    { $count ->
        [one] { $count } minut
       *[other] { $count } minutit
    }
chat-mute_confirm = Vaigista kohe
chat-muted_other = { $name } ei saa kirjutada enne kella { $time }.
chat-muted_you = Õpetaja on teie kirjutamise peatanud; saate jälle kirjutada kell { $time }. Vestlust saate endiselt lugeda.
chat-unmuted_you = Saate vestlusesse jälle kirjutada.
chat-gone = See vestlus ei ole teile enam kättesaadav.

## role
role-founder = Asutaja
role-admin = Administraator
role-teacher = Õpetaja
role-pupil_admin = Õpilasadministraator
role-pupil = Õpilane
role-guest = Külaline

## error
error-bad_credentials = Sisselogimisandmed ei ole õiged. Kontrollige neid ja proovige uuesti.
error-rate_limited = Liiga palju katseid. Oodake veidi ja proovige uuesti.
error-invalid = Mõned väljad ei ole õigesti täidetud.
error-not_found = Seda lehte ei ole olemas või te ei saa seda näha.
error-forbidden = Teil ei ole lubatud seda teha.
error-gone = Seda ei ole enam olemas või see ei tööta enam.
error-conflict = See on vastuolus millegagi, mis on juba olemas.
error-gone-revoked = See kutselink ei tööta enam: ruumi õpetajad võtsid selle tagasi.
error-gone-expired = See kutselink ei tööta enam: see on aegunud.
error-gone-used_up = See kutselink ei tööta enam: seda on kasutatud nii mitu korda, kui see lubab.
error-conflict-name_taken = „{ $name }“ on juba olemas. Valige teine nimi.
error-conflict-in_trash = „{ $name }“ on prügikastis: taastage see kõigepealt.
error-conflict-not_in_trash = „{ $name }“ ei ole prügikastis.
error-conflict-parent_in_trash = „{ $name }“ oli kaustas, mis on nüüd prügikastis: taastage kõigepealt see kaust.
error-conflict-folder_not_empty = Kaust „{ $name }“ ei ole tühi: viige kõigepealt selle sisu prügikasti.
error-conflict-wrong_status = Selle konto olek ({ $status }) ei luba seda.
error-unauthenticated = Palun logige sisse.
error-network = Serveriga ei saadud ühendust. Kontrollige oma ühendust ja proovige uuesti.
error-generic = Midagi läks valesti. Palun proovige uuesti.
error-too_large = See on liiga suur.
error-quota_exceeded = Selles ruumis ei ole enam piisavalt salvestusmahtu.
error-unsupported = Server ei saa seda tüüpi päringut vastu võtta.
error-aborted = Üleslaadimine peatati.
error-rate_limited_wait = Liiga palju katseid. Proovige uuesti { $wait }.
error-fields = Mõned väljad vajavad tähelepanu: vaadake iga välja all olevat teadet.
error-account_rejected = Teie riigi riiklik administraator ei kinnitanud seda registreerimist, seega ei saa selle kontoga sisse logida. Kui arvate, et see on viga, võtke ühendust oma riigi eTwinningu riikliku tugiorganisatsiooniga.
error-account_suspended = Teie riigi riiklik administraator on selle konto peatanud: sellega ei saa praegu sisse logida. Põhjuse teadasaamiseks või konto taastamise palumiseks võtke ühendust oma riigi eTwinningu riikliku tugiorganisatsiooniga.
error-malformed = Leht saatis midagi, mida server ei suutnud lugeda. Laadige leht uuesti ja proovige veel kord.
error-csrf = Lehe turvakontroll ebaõnnestus. Laadige leht uuesti ja proovige veel kord.
error-limit_exceeded = See ületab selle ruumi jaoks seatud piirangu.
error-unavailable = Server on hõivatud või osa sellest ei vasta. Palun proovige hetke pärast uuesti.
error-internal = Serveris läks midagi valesti. Palun proovige hiljem uuesti.
error-insufficient_storage = Serveris ei ole enam failide jaoks ruumi. Midagi ei salvestatud; palun teatage sellest oma kooli eTwinningu kontaktisikule.
error-request_timeout = Saatmine võttis liiga kaua aega ja katkestati. Kontrollige oma ühendust ja proovige uuesti.
error-conflict-not_a_guest = See e-posti aadress kuulub eTwinningu kontole. Õpetajaid kutsuvad ruumi administraatorid, mitte külalise link.

## notice
notice-post-pending = Aitäh! Õpetaja loeb teie postituse läbi, enne kui kõik seda näha saavad.
notice-post-approved = Õpetaja luges teie postituse läbi. Nüüd näevad seda kõik projektis.
notice-post-rejected = Õpetaja otsustas teie postitust mitte näidata. Võite oma õpetajalt küsida, miks.
notice-post-hidden = Õpetaja on teie postituse praeguseks peitnud. Võite oma õpetajalt küsida, miks.
notice-post-restored = Õpetaja näitab teie postitust jälle. Nüüd näevad seda kõik.
notice-post-purged = Õpetaja eemaldas teie postituse.
notice-member-muted = Võite projekti lugeda, kuid mõnda aega ei saa te kirjutada.
notice-member-unmuted = Võite projektis jälle kirjutada.
notice-chat-mention = { $name } mainis teid vestluses.

## video
video-section = Video
video-open_sessions = Avatud videoseansid
video-none = Ühtegi videoseanssi pole avatud.
video-start_title = Alusta videoseanssi
video-title = Pealkiri (valikuline)
video-lobby = Õpilased ootavad ootesaalis, kuni õpetaja nad sisse laseb
video-start = Alusta
video-join_named = Liitu seansiga „{ $title }“
video-nobody_in_call = Kõnes pole veel kedagi
video-people_in_call =
    { $count ->
        [one] { $count } inimene kõnes
       *[other] { $count } inimest kõnes
    }
video-locked = (lukus)
video-back = Tagasi ruumi
video-participants = Osalejad
video-my_controls = Teie mikrofon ja kaamera
video-chat = Seansi vestlus
video-starting_media = Kaamera ja mikrofoni käivitamine…
video-in_call = Olete kõnes.
video-waiting_in_lobby = Olete ootesaalis. Õpetaja laseb teid varsti sisse.
video-no_media = Ühtegi kaamerat ega mikrofoni ei saanud kasutada: te näete ja kuulete teisi siiski.
video-partial_media = Teie kaamerat ja mikrofoni sai kasutada vaid osaliselt.
video-enable_sound = Lülita heli sisse
video-mic_on = Mikrofon sees
video-mic_off = Mikrofon väljas
video-mic_forced = Õpetaja vaigistas
video-camera_on = Kaamera sees
video-camera_off = Kaamera väljas
video-hand_raised = Käsi üleval
video-mute_me = Lülita mu mikrofon välja
video-unmute_me = Lülita mu mikrofon sisse
video-camera_stop = Lülita mu kaamera välja
video-camera_start = Lülita mu kaamera sisse
video-hand_raise = Tõsta käsi
video-hand_lower = Langeta käsi
video-leave = Lahku
video-you_are_muted = Õpetaja on teid vaigistanud. Mikrofoni saate sisse lülitada, kui õpetaja seda lubab.
video-muted_by_teacher = Õpetaja lülitas teie mikrofoni välja.
video-unmute_allowed = Õpetaja lubab teil mikrofoni jälle sisse lülitada.
video-mute_other = Vaigista
video-mute_named = Vaigista { $name }
video-allow_unmute = Luba mikrofon
video-allow_unmute_named = Luba mikrofon: { $name }
video-remove = Eemalda
video-remove_named = Eemalda { $name } seansist
video-lobby_title = Ootesaal
video-lobby_empty = Keegi ei oota.
video-admit = Lase sisse
video-admit_named = Lase sisse: { $name }
video-deny = Ära lase sisse
video-deny_named = Ära lase sisse: { $name }
video-manage = See seanss
video-is_open = Avatud: liikmed saavad liituda.
video-is_locked = Lukus: liituda saavad ainult õpetajad.
video-lock = Lukusta seanss
video-end = Lõpeta seanss kõigi jaoks
video-ended = Seanss on lõppenud.
video-ended_space_archived = Seanss on lõppenud: selle ruum on arhiveeritud.
video-ended_space_deleted = Seanss on lõppenud: selle ruum on kustutatud.
video-ended_empty = Seanss on lõppenud: selles polnud mõnda aega kedagi.
video-no_teacher_yet = Selles seansis pole veel ühtegi õpetajat, seega ei saa keegi teid sisse lasta. Võite siin oodata või lahkuda.
video-leave_lobby = Lahku ootesaalist
video-removed = Õpetaja eemaldas teid seansist.
video-denied = Õpetaja ei lasknud teid sellesse seanssi.
video-left = Lahkusite seansist.
video-full = See seanss on täis.
video-refused = Te ei saa selle seansiga liituda.
video-signal_refused = Server lükkas tagasi selle, mida teie brauser saatis. Proovige lahkuda ja uuesti liituda.
video-sfu_moving = Seanss on suurenenud: kõne viiakse üle klassi meediaserverisse…
video-sfu_unreachable = Klassi meediaserveriga ei saa ühendust. Proovitakse uuesti…
video-sfu_no_seat = Kõik selle seansi kaamerakohad on täis: te näete ja kuulete teisi, kuid nemad ei näe ega kuule teid.
video-sfu_not_sent = Teie kaamerat ja mikrofoni ei õnnestunud edastada. Te näete ja kuulete teisi endiselt.

## forum
forum-title = Foorum
forum-threads = Teemad
forum-posts = Postitused
forum-areas = Foorumi alad
forum-area-open = Avatud foorum
forum-area-teachers = Õpetajate teadetetahvel
forum-empty = Teemasid veel pole.
forum-thread_meta =
    { $count ->
        [one] { $author } · { $count } postitus · { $when }
       *[other] { $author } · { $count } postitust · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } uus
       *[other] { $count } uut
    }
forum-pinned = üles kinnitatud
forum-locked = lukus
forum-new_thread = Alusta teemat
forum-new_bulletin = Alusta teemat õpetajate teadetetahvlil
forum-thread_title = Teema pealkiri
forum-first_post = Esimene postitus
forum-start = Alusta teemat
forum-thread_started = Teema on alustatud.
forum-thread_held = Aitäh! Õpetaja loeb sinu teema läbi, enne kui kõik seda näha saavad.
forum-back = Tagasi teemade juurde
forum-reply_label = Teie vastus
forum-send = Postita vastus
forum-no_reply = Te ei saa selles teemas vastata.
forum-held = Aitäh! Õpetaja loeb sinu postituse läbi, enne kui kõik seda näha saavad.
forum-edited = (muudetud)
forum-edit = Muuda
forum-edit_label = Muutke oma postitust
forum-save = Salvesta
forum-saved = Teie postitust on muudetud.
forum-cancel = Tühista
forum-delete = Kustuta
forum-deleted = Postitus on kustutatud.
forum-report = Teata
forum-report_reason = Mis selle postitusega valesti on? (valikuline)
forum-report_send = Saada teade
forum-reported = Aitäh! Õpetajaid on teavitatud.
forum-hide = Peida
forum-restore = Taasta
forum-approve = Kiida heaks
forum-reject = Lükka tagasi
forum-done-hide = Postitus on klassi eest peidetud.
forum-done-restore = Postitus on jälle nähtav.
forum-done-approve = Postitus on heaks kiidetud: kõik näevad seda.
forum-done-reject = Postitus on tagasi lükatud: seda näeb ainult selle autor.
forum-state-pending = ootab õpetajat
forum-state-hidden = peidetud
forum-state-rejected = avaldamata
forum-state-deleted = kustutatud
forum-pin = Kinnita üles
forum-unpin = Eemalda kinnitus
forum-lock = Lukusta
forum-unlock = Eemalda lukk
forum-thread_changed = Teemat on muudetud.
forum-thread_gone = See teema ei ole teile enam kättesaadav.
forum-moderation = Modereerimine
forum-queue = Ootab heakskiitu
forum-queue_empty = Ükski postitus ei oota.
forum-reports = Teated
forum-reports_empty = Avatud teateid pole.
forum-reported_by = teatas: { $name }
forum-report_said = Põhjus: { $reason }
forum-resolve = Sulge teade
forum-resolved = Teade on suletud.

## reactions
reaction-bar = Reaktsioonid
reaction-add = Lisa reaktsioon
reaction-picker = Vali reaktsioon
reaction-count =
    { $count ->
        [one] { $name }: { $count } inimene
       *[other] { $name }: { $count } inimest
    }
reaction-thumbs_up = Pöial püsti
reaction-heart = Süda
reaction-clap = Braavo
reaction-laugh = Naljakas
reaction-idea = Hea mõte
reaction-question = Mul on küsimus

## archive
archive-title = Failid
archive-usage = Kasutatud { $used } / { $quota }
archive-where = Kaust
archive-top = Kõik failid
archive-empty = See kaust on tühi.
archive-contents = Kaustad ja failid
archive-name = Nimi
archive-size = Suurus
archive-by = Lisaja
archive-when = Muudetud
archive-actions = Toimingud
archive-former_member = endine liige
archive-choose = Vali fail
archive-upload = Laadi üles
archive-progress = Üleslaadimise edenemine
archive-uploading = Laaditakse üles: { $name } ({ $percent })
archive-uploaded = „{ $name }“ on üles laaditud.
archive-too_large = See fail on liiga suur: fail võib olla kõige rohkem { $max }.
archive-quota = Selle ruumi failide jaoks ei ole enam piisavalt mahtu ({ $free } vaba). Paluge õpetajal vanad failid eemaldada.
archive-new_folder = Uus kaust
archive-create_folder = Loo kaust
archive-folder_created = Kaust „{ $name }“ on loodud.
archive-download = Laadi alla
archive-download_named = Laadi alla: { $name }
archive-rename = Nimeta ümber
archive-rename_named = Nimeta ümber: { $name }
archive-new_name = Uus nimi
archive-save = Salvesta
archive-cancel = Tühista
archive-renamed = Uus nimi: „{ $name }“.
archive-trash = Vii prügikasti
archive-trash_named = Vii prügikasti: { $name }
archive-trashed = „{ $name }“ on prügikastis.
archive-show_trash = Prügikast
archive-trash_empty = Prügikast on tühi.
archive-restore = Taasta
archive-restore_named = Taasta: { $name }
archive-restored = „{ $name }“ on taastatud.
archive-purge = Kustuta jäädavalt
archive-purge_named = Kustuta jäädavalt: { $name }
archive-purged = „{ $name }“ on jäädavalt kustutatud.
archive-choose_first = Valige üleslaaditav fail.
archive-no_file = Faili pole veel valitud.
archive-name_taken = Siin on juba sama nimega üksus. Valige teine nimi.

## unit
unit-b = B
unit-kb = kB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Täitke see väli.
field-unknown = Seda välja siin ei oodata.
field-type = See väärtus ei ole õiget tüüpi.
field-blank = Kirjutage siia midagi: ainult tühikud ei loe.
field-too_short =
    { $count ->
        [one] Kirjutage vähemalt { $min } märk.
       *[other] Kirjutage vähemalt { $min } märki.
    }
field-too_long =
    { $count ->
        [one] Kirjutage kõige rohkem { $max } märk.
       *[other] Kirjutage kõige rohkem { $max } märki.
    }
field-too_small = Sisestage vähemalt { $min }.
field-too_large = Sisestage kõige rohkem { $max }.
field-format = See ei ole oodatud kujul.
field-choice = Valige üks pakutud valikutest.
field-invalid = Seda väärtust ei aktsepteerita.

## confirm
confirm-cancel = Tühista
confirm-trash_file = Kas viia „{ $name }“ prügikasti?
confirm-trash_file_lost = Liikmed ei näe seda faili enam. Õpetaja saab selle prügikastist tagasi tuua.
confirm-trash_folder = Kas viia kaust „{ $name }“ prügikasti?
confirm-trash_folder_lost = Liikmed ei näe enam seda kausta ega midagi selles. Õpetaja saab selle prügikastist tagasi tuua.
confirm-purge = Kas kustutada „{ $name }“ jäädavalt?
confirm-purge_lost = See kaob kõigi jaoks ja seda ei saa tagasi tuua.
confirm-delete_post = Kas kustutada see postitus?
confirm-delete_post_lost = Selle tekst kaob kõigi jaoks. Seda ei saa tagasi võtta.
confirm-delete_message = Kas kustutada see sõnum?
confirm-delete_message_lost = Selle tekst kaob kõigi jaoks. Seda ei saa tagasi võtta.
confirm-end_session = Kas lõpetada seanss kõigi jaoks?
confirm-end_session_lost = Kõik lahkuvad kõnest kohe ja seanssi ei saa uuesti avada.
confirm-remove_participant = Kas eemaldada { $name } seansist?
confirm-remove_participant_lost = { $name } lahkub kõnest kohe ega saa sellesse seanssi tagasi tulla.
confirm-deny = Kas jätta { $name } sisse laskmata?
confirm-deny_lost = { $name } ei pääse sellesse seanssi.

## page
page-not_found = Lehte ei leitud
page-not_found_text = Sellel aadressil pole lehte.
page-go_spaces = Mine minu ruumidesse
page-go_sign_in = Mine sisselogimise lehele

## form
form-required = Täitke see väli.
form-email_format = Kirjutage e-posti aadress, näiteks nimi@kool.eu.
form-password_short = Kasutage vähemalt 10 märki.
form-password_long = Kasutage kõige rohkem 200 märki.
form-password_mismatch = Paroolid ei ole samad.
form-password_hint = Vähemalt 10 märki. Hästi sobivad mõned sõnad, mida mäletate.
form-check_fields = Palun kontrollige ülal märgitud välju.
form-field_invalid = Seda väärtust ei aktsepteerita.

## register
register-title = Loo eTwinneri konto
register-intro = Õpetajatele. Teie riigi riiklik administraator kontrollib, et olete õpetaja, ja kinnitab seejärel teie konto. Õpilased ei registreeru: nende konto loob õpetaja.
register-name = Teie nimi
register-school = Kool
register-country = Riik
register-country_choose = Valige oma riik
register-submit = Loo minu konto
register-email_taken = Selle e-posti aadressiga konto on juba olemas. Logige sisse või küsige uut parooli.
register-have_account = Teil on juba konto? Logige sisse

## pending
pending-title = Teie konto ootab kinnitamist
pending-who_heading = Kes selle kinnitab
pending-who = Teie riigi ({ $country }) riiklik administraator kontrollib, et te olete nimetatud koolis õpetaja, ja kinnitab seejärel teie konto.
pending-next_heading = Mis edasi saab
pending-next_validate = Kui teie konto on kinnitatud, olete eTwinner: saate luua ruume, saada kutseid projektidesse ja luua oma õpilastele kontosid. Selle nägemiseks logige uuesti sisse või vajutage „Kontrolli uuesti“.
pending-next_reject = Kui riiklik administraator teie registreerimist ei kinnita, näete seda sisse logides.
pending-next_meanwhile = Seni saate oma nime ja parooli muuta jaotises „Minu konto“.
pending-check = Kontrolli uuesti
pending-still = Teie konto ootab endiselt kinnitamist.
pending-count =
    { $count ->
        [one] { $count } ootab modereerimist
       *[other] { $count } ootab modereerimist
    }

## forgot
forgot-title = Unustasite parooli?
forgot-intro = Kirjutage oma konto e-posti aadress. Saadame sellele lingi uue parooli valimiseks.
forgot-submit = Saada mulle link
forgot-sent = Kui sellel aadressil on konto, on link sinna teel. Link töötab ühe korra ja piiratud aja jooksul. Vaadake ka rämpsposti kausta.
forgot-pupils = Õpilased: teil pole siin e-posti aadressi. Küsige oma õpetajalt uus kood.
forgot-back = Tagasi sisselogimise juurde

## reset
reset-title = Valige uus parool
reset-intro = Uue parooli valimine logib teid välja kõigist teistest seadmetest.
reset-password = Uus parool
reset-confirm = Uus parool uuesti
reset-submit = Salvesta uus parool
reset-gone = See link on aegunud või juba kasutatud. Küsige uus link.
reset-done = Teie parool on muudetud. Logige sisse uue parooliga.
reset-ask_again = Küsi uus link

## account
account-title = Minu konto
account-signed_in_with = Logite sisse aadressiga { $email }.
account-name_heading = Teie nimi
account-name = Nimi, mida teised näevad
account-save_name = Salvesta nimi
account-name_saved = Teie nimi on salvestatud.
account-pupil_note = Selle nime valis teie õpetaja ja tema haldab seda. Kui nime on vaja muuta, küsige oma õpetajalt.
account-password_heading = Teie parool
account-password_intro = Parooli muutmine logib teid välja teistest seadmetest; siin jääte sisse logituks.
account-current_password = Praegune parool
account-new_password = Uus parool
account-confirm_password = Uus parool uuesti
account-save_password = Muuda parool
account-password_saved = Teie parool on muudetud.
account-current_wrong = See ei ole teie praegune parool.
account-everywhere_heading = Logi välja kõikjalt
account-everywhere_intro = Lõpetab teie sisselogimise kõigis seadmetes ja brauserites, ka selles: kadunud telefon või jagatud arvuti ei ava enam teie kontot.
account-everywhere = Logi välja kõikjalt…
account-everywhere_question = Kas logida välja kõigist seadmetest, ka sellest? Avatud lehed sulguvad kohe ja kõik, mis neis on veel saatmata, läheb kaotsi.
account-everywhere_confirm = Jah, logi välja kõikjalt
account-everywhere_done = Teid on kõigist seadmetest välja logitud.
account-cancel = Tühista

## admin
admin-nav = Kinnitamiskonsool
admin-title = Riikliku administraatori konsool
admin-country = Riik: { $country }
admin-only_national_admins = See leht on riiklikele administraatoritele.
admin-pending_heading = Kinnitamist ootavad õpetajad
admin-pending_count =
    { $count ->
        [one] { $count } õpetaja ootab.
       *[other] { $count } õpetajat ootab.
    }
admin-pending_none = Ükski õpetaja ei oota kinnitamist.
admin-select_all = Vali kõik
admin-select_first = Valige kõigepealt vähemalt üks õpetaja.
admin-validate_selected = Kinnita valitud
admin-reject_selected = Lükka valitud tagasi…
admin-validated =
    { $count ->
        [one] { $count } õpetaja kinnitatud.
       *[other] { $count } õpetajat kinnitatud.
    }
admin-rejected =
    { $count ->
        [one] { $count } registreerimine tagasi lükatud.
       *[other] { $count } registreerimist tagasi lükatud.
    }
admin-reject_question =
    { $count ->
        [one] Kas lükata tagasi registreerimine: { $names }? Ta ei saa sisse logida ja seda ei saa tagasi võtta.
       *[other] Kas lükata tagasi need { $count } registreerimist ({ $names })? Nad ei saa sisse logida ja seda ei saa tagasi võtta.
    }
admin-reject_reason = Tagasilükkamise põhjus
admin-reject_heading = Registreerimiste tagasilükkamine
admin-suspend_heading = Konto peatamine
admin-reinstate_heading = Konto taastamine
admin-reject_reason_hint = Säilitatakse tegevuslogis koos teie nimega.
admin-reject_confirm =
    { $count ->
        [one] Lükka tagasi { $count } registreerimine
       *[other] Lükka tagasi { $count } registreerimist
    }
admin-failed_one = { $name }: { $why }
admin-school = Kool: { $school }
admin-registered = Registreeritud { $date }
admin-search_heading = Leia konto
admin-search_label = Nimi, e-posti aadress või kool
admin-search_hint = Ainult teie riigi kontod. Jätke tühjaks, et näha kõiki, uusimad eespool.
admin-search = Otsi
admin-showing = { $from }–{ $to } / { $total }
admin-no_match = Ükski konto ei vasta otsingule.
admin-previous = Eelmine leht
admin-next = Järgmine leht
admin-suspend = Peata…
admin-suspend_named = Peata konto: { $name }…
admin-suspend_question = Kas peatada konto: { $name }? Ta logitakse kohe kõikjalt välja, tema avatud lehed sulguvad ja ta ei saa sisse logida enne, kui te konto taastate.
admin-suspend_reason = Peatamise põhjus
admin-suspend_confirm = Jah, peata
admin-suspend_done = Konto on peatatud: { $name }.
admin-reinstate = Taasta…
admin-reinstate_named = Taasta konto: { $name }…
admin-reinstate_question = Kas taastada konto: { $name }? Ta saab jälle sisse logida.
admin-reinstate_reason = Põhjus (valikuline)
admin-reinstate_confirm = Taasta
admin-reinstate_done = Konto on taastatud: { $name }.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Kinnitamiseks kirjutage ruumi pealkiri: { $text }

## status
status-active = aktiivne
status-pending = ootab kinnitamist
status-suspended = peatatud
status-rejected = tagasi lükatud
status-erased = jäädavalt kustutatud

## names
names-marked = { $name } ({ $mark })

## members
members-username = kasutajanimi { $username }
members-role_of = Roll: { $name }
members-change_role = Muuda rolli
members-role_question = Kas muuta rolli: { $name }, { $from } → { $to }?
members-role_consequence = { $name } saab nüüdsest kohe kõigis seadmetes teha kõike, mida roll { $to } lubab.
members-role_confirm = Muuda rolli
members-role_changed = { $name }: uus roll on { $role }.
members-reset_code = Uus kood
members-reset_question = Kas anda uus sisselogimiskood: { $name }?
members-reset_consequence = Vana kood lakkab kohe töötamast ja õpilane logitakse kõikjalt välja. Uue kaardi annate õpilasele teie.
members-reset_confirm = Loo uus kood
members-reset_done = Uus kood on loodud: { $name }. Andke õpilasele allolev uus kaart.
members-export = Ekspordi andmed
members-remove = Eemalda
members-remove_question = Kas eemaldada { $name } sellest ruumist?
members-remove_consequence = { $name } kaotab kohe juurdepääsu sellele ruumile kõigis seadmetes.
members-remove_pupil_kept = Õpilase konto, postitused ja failid jäävad alles; õpilase saab hiljem uuesti lisada.
members-remove_kept = Tema postitused ja failid jäävad ruumi.
members-remove_confirm = Eemalda
members-removed = { $name } on eemaldatud.
members-erase = Kustuta konto jäädavalt
members-leave = Lahku sellest ruumist
members-leave_question = Kas lahkuda ruumist „{ $title }“?
members-leave_consequence = Kaotate kohe juurdepääsu selle foorumitele, failidele, vestlusele ja videole. Tagasi saab teid tuua ainult õpetajast administraator.
members-leave_kept = See, mida olete kirjutanud ja üles laadinud, jääb ruumi.
members-leave_confirm = Lahku ruumist
members-left = Lahkusite ruumist „{ $title }“.

## erase
erase-question = Kas kustutada õpilase konto jäädavalt: { $name }?
erase-account_gone = Õpilase nimi, kasutajanimi ja kood kustutatakse jäädavalt.
erase-signed_out = Õpilane logitakse kohe välja ega saa enam kunagi sisse logida.
erase-no_undo = Seda ei saa tagasi võtta.
erase-export_first = Kui õpilane või tema pere võib soovida koopiat, eksportige andmed kõigepealt.
erase-posts = Õpilase postitused ja vestlussõnumid
erase-posts_keep = Jäta alles, autoriks „endine õpilane“
erase-posts_remove = Kustuta jäädavalt
erase-files = Õpilase failid
erase-files_keep = Jäta alles, omanikuks „endine õpilane“
erase-files_remove = Kustuta jäädavalt
erase-confirm = Kustuta konto jäädavalt
erase-done = Õpilase konto on jäädavalt kustutatud: { $name }.

## invite_teacher
invite_teacher-title = Kutsu partnerõpetaja
invite_teacher-by_email = E-posti aadressi järgi
invite_teacher-role = Roll
invite_teacher-submit = Kutsu
invite_teacher-done = { $name } liitus rollis { $role }.
invite_teacher-not_etwinner = Ühelgi kinnitatud eTwinneril pole seda aadressi või te ei tohi seda rolli anda.
invite_teacher-find = Leia eTwinner
invite_teacher-query = Nimi, kool või riik
invite_teacher-search = Otsi
invite_teacher-results = Leitud eTwinnerid
invite_teacher-none = Ühtegi eTwinnerit ei leitud.
invite_teacher-more = Rohkem tulemusi
invite_teacher-member = Selle ruumi liige
invite_teacher-invite = Kutsu
invite_teacher-role_for = Roll: { $name }

## pupils
pupils-title = Lisa õpilasi
pupils-one_title = Üks õpilane
pupils-name = Õpilase nimi
pupils-add_one = Lisa õpilane
pupils-class_title = Terve klass
pupils-class_names = Õpilaste nimed
pupils-class_help = Üks nimi rea kohta, nii nagu teised õpilasi näevad.
pupils-add_class = Lisa klass
pupils-class_empty = Kirjutage vähemalt üks nimi.
pupils-language = Lehe keel nende õpilaste jaoks
pupils-language_help = Pärast sisselogimist näevad nad TwinSpace Live’i selles keeles. Iga õpilane saab seda hiljem muuta.
pupils-line_errors = Parandamist vajavad read
pupils-line_error = Rida { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } rida vajab parandamist; midagi ei loodud.
       *[other] { $count } rida vajab parandamist; midagi ei loodud.
    }
pupils-created =
    { $count ->
        [one] Lisati { $count } õpilane.
       *[other] Lisati { $count } õpilast.
    }

## cards
cards-title = Sisselogimiskaardid
cards-once = Neid koode näidatakse ainult praegu. Printige kaardid või kirjutage koodid üles, enne kui sellelt lehelt lahkute.
cards-site = Logi sisse aadressil
cards-print = Prindi kaardid
cards-done = Valmis: peida koodid

## links
links-tab = Külalislingid
links-intro = Külalislink võimaldab eksperdil või vaatlejal liituda selle TwinSpace’iga külalisena. Linki saab kasutada igaüks, kellel see on, kuni link aegub või selle kasutuskorrad saavad otsa.
links-create_title = Uus külalislink
links-valid_for = Kehtib
links-days =
    { $count ->
        [one] { $count } päev
       *[other] { $count } päeva
    }
links-uses = Kasutuskordade arv
links-note = Märkus (kellele link on)
links-create = Loo link
links-new = Uus link
links-once = Kopeerige see kohe: seda näidatakse ainult üks kord.
links-copy = Kopeeri
links-copied = Link on kopeeritud.
links-select_copy = Link on valitud: kopeerimiseks vajutage Ctrl+C (⌘+C).
links-live = Kasutusel olevad lingid
links-empty = Ükski külalislink pole kasutusel.
links-untitled = Külalislink
links-used =
    { $count ->
        [one] kasutatud { $used }/{ $count } korda
       *[other] kasutatud { $used }/{ $count } korda
    }
links-until = kehtib kuni { $time }
links-revoke = Võta tagasi
links-revoke_question = Kas võtta see külalislink tagasi?
links-revoke_consequence = Sellega ei saa enam keegi liituda.
links-revoke_kept = Selle kaudu liitunud külalised jäävad liikmeteks.
links-revoked = Link on tagasi võetud.

## settings
settings-tab = Seaded
settings-space = Ruum
settings-pupils = Õpilased
settings-premoderate_pupils = Hoia õpilaste postitusi kinni, kuni õpetaja need heaks kiidab
settings-pupils_may_create_threads = Õpilased võivad teemasid alustada
settings-pupils_may_upload = Õpilased võivad faile üles laadida
settings-save = Salvesta
settings-saved = Seaded on salvestatud.
settings-archive_title = Arhiveerimine
settings-archive_text = Arhiveeritud ruum jääb liikmetele loetavaks, kuid keegi ei saa postitada, faile üles laadida ega videoseanssi alustada.
settings-archive = Arhiveeri see ruum
settings-archive_question = Kas arhiveerida „{ $title }“?
settings-archive_read_only = Keegi ei saa enam postitada, faile üles laadida ega midagi muuta.
settings-archive_video = Praegu käimasolevad videoseansid lõpevad kohe.
settings-archive_undo = Asutaja saab ruumi hiljem uuesti avada.
settings-archive_confirm = Arhiveeri
settings-archived_title = See ruum on arhiveeritud
settings-archived_text = See on ainult lugemiseks. Avage see uuesti, et liikmed saaksid postitada ja faile üles laadida.
settings-unarchive = Ava uuesti
settings-unarchive_question = Kas avada „{ $title }“ uuesti?
settings-unarchive_consequence = Liikmed saavad jälle postitada, faile üles laadida ja videoseansse alustada.
settings-delete_title = Ruumi kustutamine
settings-delete_text = Kustutamine eemaldab ruumi ja kogu selle sisu jäädavalt.
settings-delete = Kustuta see ruum
settings-delete_question = Kas kustutada „{ $title }“ jäädavalt?
settings-delete_content = Kustutatakse kõik foorumi teemad, vestlussõnumid ja failid koos kõigi nende versioonidega.
settings-delete_members = Kõik liikmed kaotavad ruumi; õpilaste kontod jäävad alles ainult nende teistes ruumides.
settings-delete_video = Praegu käimasolevad videoseansid lõpevad kohe.
settings-delete_no_undo = Ka tegevuslogi kustutatakse. Seda ei saa tagasi võtta.
settings-delete_confirm = Kustuta jäädavalt
settings-deleted = „{ $title }“ on kustutatud.

## audit
audit-tab = Tegevuslogi
audit-caption = Mida selles ruumis on tehtud, uusimad eespool
audit-when = Millal
audit-who = Kes
audit-what = Mida
audit-empty = Veel pole midagi salvestatud.
audit-older = Näita vanemaid kirjeid
audit-system = Server
audit-former_member = Endine liige
audit-former_member_target = endine liige
audit-reason = Põhjus: { $reason }
audit-other = Toiming „{ $action }“: { $target }
audit-space-created = Lõi ruumi
audit-space-settings_changed = Muutis ruumi seadeid
audit-space-archived = Arhiveeris ruumi
audit-space-unarchived = Avas ruumi uuesti
audit-member-invited = Kutsus ruumi: { $target } (roll: { $role })
audit-member-role_changed = Muutis rolli: { $target }, { $from } → { $role }
audit-member-removed = Eemaldas ruumist: { $target }
audit-member-left = Lahkus ruumist
audit-member-muted = Vaigistas: { $target }
audit-member-unmuted = Lõpetas vaigistuse: { $target }
audit-pupil-created = Lõi õpilase: { $target }
audit-pupil-added = Lisas õpilase: { $target }
audit-pupil-code_reset = Andis uue sisselogimiskoodi: { $target }
audit-pupil-exported = Eksportis andmed: { $target }
audit-pupil-erased = Kustutas õpilase konto jäädavalt
audit-invitation-created = Lõi külalislingi
audit-invitation-revoked = Võttis külalislingi tagasi
audit-invitation-accepted = Liitus külalislingiga
audit-video-started = Alustas videoseanssi
audit-video-ended = Lõpetas videoseansi
audit-video-locked = Lukustas videoseansi
audit-video-unlocked = Eemaldas videoseansi luku
audit-video-admitted = Lasi videoseanssi: { $target }
audit-video-denied = Ei lasknud videoseanssi: { $target }
audit-video-muted = Vaigistas videoseansis: { $target }
audit-video-unmuted = Lubas videoseansis uuesti rääkida: { $target }
audit-video-removed = Eemaldas videoseansist: { $target }
audit-video-spotlight = Muutis videoseansi esiletõstetud osalejat
audit-post-hidden = Peitis postituse
audit-post-restored = Taastas postituse
audit-post-approved = Kiitis postituse heaks
audit-post-rejected = Lükkas postituse tagasi
audit-post-purged = Kustutas postituse jäädavalt
audit-post-reported = Teatas postitusest
audit-report-resolved = Sulges teate
audit-thread-pinned = Kinnitas teema üles
audit-thread-unpinned = Eemaldas teema kinnituse
audit-thread-locked = Lukustas teema
audit-thread-unlocked = Eemaldas teema luku
audit-archive-folder_created = Lõi kausta
audit-archive-folder_renamed = Nimetas kausta ümber
audit-archive-folder_moved = Teisaldas kausta
audit-archive-folder_trashed = Viis kausta prügikasti
audit-archive-folder_restored = Tõi kausta prügikastist tagasi
audit-archive-folder_purged = Kustutas kausta jäädavalt
audit-archive-file_added = Lisas faili
audit-archive-file_version_added = Lisas faili uue versiooni
audit-archive-file_renamed = Nimetas faili ümber
audit-archive-file_moved = Teisaldas faili
audit-archive-file_trashed = Viis faili prügikasti
audit-archive-file_restored = Tõi faili prügikastist tagasi
audit-archive-file_purged = Kustutas faili jäädavalt
audit-chat-expired = Eemaldas vestlussõnumid, mille säilitusaeg oli läbi
audit-audit-retention_changed = Muutis tegevuslogi kirjete säilitusaega
audit-group-joined = Liitus rühmaga
audit-group-requested = Palus rühmaga liituda
audit-group-request_accepted = Võttis vastu taotluse: { $target }
audit-group-request_declined = Lükkas tagasi taotluse: { $target }
audit-group-request_withdrawn = Võttis liitumistaotluse tagasi
audit-member-banned = Blokeeris: { $target }
audit-member-unbanned = Eemaldas blokeeringu: { $target }
audit-group-featured = Tõstis rühma esile
audit-group-unfeatured = Lõpetas rühma esiletõstmise
audit-group-moderator_appointed = Määras moderaatoriks: { $target }

## group_role
group_role-founder = Omanik
group_role-admin = Modereerimine
group_role-teacher = Liige

## readers
readers-title = Praegu loevad
readers-more =
    { $count ->
        [one] ja veel { $count } inimene
       *[other] ja veel { $count } inimest
    }

## groups
groups-nav = Rühmad
groups-title = eTwinningu rühmad
groups-intro = eTwinnerite kogukonnad mõne õppeaine, teema või huviala ümber. Osalevad ainult kinnitatud eTwinnerid.
groups-search = Leia rühm
groups-words = Sõnad pealkirjast
groups-topic = Teema
groups-language = Keel
groups-language_any = Kõik keeled
groups-language_choose = Vali keel
groups-country = Liikme riik
groups-country_any = Kõik riigid
groups-search_submit = Otsi
groups-found = Rühmad
groups-empty = Ükski rühm ei vasta otsingule.
groups-more = Näita veel rühmi
groups-featured = Esile tõstetud
groups-topic_is = Teema: { $topic }
groups-members =
    { $count ->
        [one] { $count } liige
       *[other] { $count } liiget
    }
groups-access_short-open = Avatud
groups-access_short-closed = Suletud
groups-standing-member = Oled rühma liige. Sinu roll: { $role }
groups-standing-requested = Oled palunud selle rühmaga liituda.
groups-standing-banned = Selle rühma modereerimismeeskond ei luba sul liituda.
groups-join = Liitu
groups-ask = Palu liituda
groups-ask_message = Sõnum modereerimismeeskonnale (valikuline)
groups-withdraw = Võta minu taotlus tagasi
groups-open_group = Ava rühm
groups-joined = Liitusid rühmaga „{ $title }”.
groups-asked = Sinu taotlus liituda rühmaga „{ $title }” saadeti modereerimismeeskonnale.
groups-withdrawn = Sinu taotlus liituda rühmaga „{ $title }” võeti tagasi.
groups-waiting = Modereerimismeeskond vastab sinu taotlusele. See leht näitab vastust kohe, kui see saabub.
groups-accepted = Sinu taotlus võeti vastu: tere tulemast rühma „{ $title }”.
groups-not_accepted = Sinu taotlust ei võetud vastu. Võid uuesti paluda.
groups-back = Tagasi rühmade juurde
groups-create = Loo rühm
groups-group_title = Pealkiri
groups-description = Kirjeldus (valikuline)
groups-access = Kes võib liituda
groups-access-open = Avatud: iga eTwinner liitub kohe
groups-access-closed = Suletud: modereerimismeeskond võtab iga taotluse vastu
groups-create_submit = Loo rühm
groups-created = Rühm „{ $title }” on loodud.
groups-members_search = Leia liige
groups-members_more = Näita veel liikmeid
groups-leave = Lahku sellest rühmast
groups-leave_consequence = Kaotad kohe juurdepääsu rühma foorumile, failidele, vestlusele ja videole.
groups-leave_kept = See, mida kirjutasid ja üles laadisid, jääb rühma. Saad naasta rühmade kataloogi kaudu.
groups-leave_confirm = Lahku rühmast
groups-requests = Liitumistaotlused
groups-requests_empty = Keegi ei oota.
groups-accept = Võta vastu
groups-decline = Keeldu
groups-accepted_member = { $name } on nüüd rühma liige.
groups-declined = Taotlus: { $name } – tagasi lükatud.
groups-ban = Blokeeri
groups-ban_question = Kas blokeerida { $name } selles rühmas?
groups-ban_consequence = { $name } lahkub rühmast kohe ega saa enam liituda ega seda paluda.
groups-ban_kept = Postitused ja failid jäävad rühma. Blokeeringu saab hiljem eemaldada.
groups-ban_reason = Põhjus (valikuline, jääb logisse)
groups-ban_confirm = Blokeeri
groups-banned = Blokeeritud: { $name }.
groups-bans = Blokeeritud eTwinnerid
groups-bans_empty = Blokeeringuid pole.
groups-lift = Eemalda blokeering
groups-lifted = { $name } võib taas liituda.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = TwinSpace Live: valige uus parool
mail-reset_body =
    Tere, { $name }!

    Keegi, tõenäoliselt teie, palus valida uue parooli teie kontole keskkonnas TwinSpace Live.
    Parooli valimiseks avage see link (see töötab ühe korra, { $minutes } minuti jooksul):

    { $link }

    Uue parooli valimine logib teid välja kõikjalt mujalt.
    Kui te seda ei palunud, jätke see kiri tähelepanuta: teie parool jääb samaks.

    TwinSpace Live

## events (issue 22)
events-nav = Üritused
events-title = Tulevad üritused
events-empty = Teie jaoks pole veel tulevaid üritusi.
events-more = Näita rohkem üritusi
events-schedule = Planeeri üritus
events-zone = Ajad on näidatud teie ajavööndis: { $zone }
events-audience-etwinners = Kõik eTwinnerid
events-audience-country = Selle riigi eTwinnerid: { $country }
events-audience-group = Rühma liikmed
events-audience-twinspace = TwinSpace’i liikmed
events-organising = Teie korraldate seda üritust.
events-registered = Olete registreerunud.
events-waiting = Olete ootejärjekorras (koht { $position }).
events-state-live = Praegu otse
events-state-ended = See üritus on läbi.
events-state-cancelled = See üritus on tühistatud.
events-places = Täidetud kohti: { $taken } / { $capacity }
event_form-new_title = Planeeri üritus
event_form-edit_title = Muuda üritust
event_form-title = Pealkiri
event_form-description = Kirjeldus
event_form-date = Kuupäev
event_form-time = Algusaeg
event_form-duration = Kestus minutites
event_form-space = Rühm või TwinSpace
event_form-speakers_hint = Valige oma rühmade ja TwinSpace’ide õpetajate seast.
event_form-no_speakers = Veel pole kedagi valida.
event_form-create = Planeeri üritus
event_form-save = Salvesta muudatused
event_form-created = „{ $title }“ on planeeritud.
event_form-saved = Ürituse „{ $title }“ muudatused on salvestatud.
event_form-start_past = Valige algus tulevikus.
event-title = Üritus
event-back = Kõik üritused
event-when = Millal
event-language = Keel
event-audience = Kes saavad registreeruda
event-organiser = Korraldaja
event-speakers = Esinejad
event-places = Kohad
event-no_speakers = Esinejaid pole veel nimetatud.
event-waiting_count = Ootejärjekorras: { $waiting }
event-registration = Teie koht
event-speaking = Te esinete sellel üritusel.
event-full = Kõik kohad on täis: kui registreerute, satute ootejärjekorda.
event-register = Registreeru
event-unregister = Loobu oma kohast
event-leave_waiting = Lahku ootejärjekorrast
event-unregister_confirm_title = Kas lahkuda üritusest „{ $title }“?
event-unregister_confirm = Ootejärjekorras järgmine saab teie koha. Kui registreerute uuesti, peate võib-olla ootama.
event-unregistered = Te ei ole enam registreerunud.
event-calendar = Lisa minu kalendrisse (.ics)
event-organiser_tools = Korraldajale
event-edit = Muuda üritust
event-cancel = Tühista üritus
event-keep = Jäta üritus alles
event-cancel_confirm_title = Kas tühistada „{ $title }“?
event-cancel_confirm_lost = Keegi ei saa enam registreeruda ja kõik näevad, et see on tühistatud. Seda ei saa tagasi võtta. Registreerimised ja küsimused jäävad alles.
event-cancelled = Üritus on tühistatud.
event-registrants = Registreerunud
event-waiting_list = Ootejärjekord
event-nobody = Veel mitte kedagi.
event-attendance = Osalemine
event-attendance_hint = Kes jälgisid ürituse lehte otseülekande ajal ja kui kaua.
event-attendance_none = Keegi ei jälginud üritust otse.
event-minutes = { $minutes } min
qa-title = Küsimused ja vastused
qa-empty = Veel pole küsimusi.
qa-closed = Küsimused on suletud: üritus on läbi.
qa-need_place = Registreeruge, et küsimust esitada või toetada.
qa-your_question = Teie küsimus
qa-ask = Küsi
qa-asked = Teie küsimus on saadetud.
qa-upvote = Toeta
qa-upvoted = Toetatud
qa-votes = Hääli: { $votes }
qa-by = Küsija: { $name }
qa-by_gone = Küsija: kustutatud konto
qa-answer = Vastus: { $answer }
qa-state-picked = Vastatakse praegu
qa-state-answered = Vastatud
qa-state-hidden = Peidetud
qa-pick = Vali
qa-unpick = Pane tagasi
qa-hide = Peida
qa-restore = Taasta
qa-answer_label = Kirjalik vastus (vabatahtlik)
qa-mark_answered = Märgi vastatuks
qa-gone = Te ei saa enam neid küsimusi jälgida.
audit-event-created = Planeeris ürituse „{ $title }“
audit-event-updated = Muutis üritust „{ $title }“
audit-event-cancelled = Tühistas ürituse „{ $title }“
audit-event-question_moderated = Modereeris ürituse „{ $title }“ küsimust

## the live webinar (issue 22)
live-title = Otsevideo
live-not_started = Otsevideo pole veel alanud.
live-ended = Otsevideo on lõppenud.
live-connecting = Ühendan otsevideoga…
live-need_place = Otsevideot saavad vaadata ainult need, kellel on koht.
live-watching_you = Sa vaatad otsevideot.
live-on_air = Sa oled otse-eetris: kõik näevad ja kuulevad sind.
live-recording = Seda sündmust salvestatakse.
live-speaking = Räägib: { $names }
live-nobody_speaking = Keegi ei räägi veel.
live-watching = Vaatajaid: { $watching }
live-start = Alusta otsevideot
live-end = Lõpeta otsevideo
live-end_confirm_title = Kas lõpetada „{ $title }“ otsevideo?
live-end_confirm_lost = Video peatub kõigi jaoks, nii esinejatel kui ka publikul. Saad selle sündmuse ajal uuesti alustada; küsimused jäävad alles.
live-go_live = Mine otse-eetrisse
live-stop = Peata minu video
live-hand_raised = Sinu käsi on üleval: moderaator võib sind rääkima kutsuda.
live-invited = Sind kutsutakse rääkima: mine otse-eetrisse, kui oled valmis.
live-returned = Sa oled jälle publiku hulgas.
live-hands = Tõstetud käed
live-no_hands = Ühtegi kätt pole tõstetud.
live-promote = Kutsu { $name } rääkima
live-return = Saada { $name } tagasi publiku hulka
live-record_start = Alusta salvestamist
live-record_stop = Lõpeta salvestamine

## the event's recordings and seat (issue 22)
event-moved_up = Teil on nüüd koht: liikusite ootenimekirjast edasi.
live-off_stage_returned = Moderaator saatis teid tagasi publiku hulka.
live-off_stage_muted = Teie heli vaigistati selles ruumis: olete jälle publiku hulgas.
live-off_stage_removed = Te ei ole enam selle ruumi liige: olete jälle publiku hulgas.
live-off_stage_unnamed = Te ei ole enam selle sündmuse esineja: olete jälle publiku hulgas.
recordings-title = Salvestised
recordings-processing = Salvestist töödeldakse: see ilmub siia, kui on valmis.
recordings-take = Salvestatud { $when } · { $length }
recordings-video = Video: { $speaker }
recordings-audio = Heli: { $speaker }
recordings-former_speaker = endine esineja
