### TwinSpace Live: puslapio žodžiai lietuvių kalba.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Lietuvių

## app
app-name = TwinSpace Live
app-skip = Pereiti prie turinio
app-nav = Pagrindinis meniu
app-language = Kalba
app-sign_out = Atsijungti
app-signed_in_as = Paskyra: { $name }
app-loading = Įkeliama…

## conn
conn-lost = Ryšys nutrūko. Jungiamasi iš naujo…
conn-back = Ryšys atkurtas.
conn-failed = Tiesioginis ryšys buvo uždarytas. Įkelkite puslapį iš naujo ir bandykite dar kartą.
conn-session_ended = Jūsų sesija baigėsi. Prisijunkite iš naujo.
conn-account_locked = Šios paskyros nebegalima naudoti. Prisijunkite iš naujo, kad sužinotumėte kodėl.
conn-closed-auth_missing = Tiesioginis ryšys laiku negavo jūsų prisijungimo duomenų. Įkelkite puslapį iš naujo.
conn-closed-session_invalid = Jūsų sesija nebegalioja. Prisijunkite iš naujo.
conn-closed-session_expired = Jūsų sesijos laikas baigėsi. Prisijunkite iš naujo.
conn-closed-signed_out = Jūsų sesija buvo uždaryta. Prisijunkite iš naujo.
conn-closed-account_locked = Šios paskyros nebegalima naudoti. Prisijunkite iš naujo, kad sužinotumėte kodėl.
conn-closed-too_many_connections = Šioje paskyroje vienu metu atidaryta per daug puslapių. Uždarykite kelias korteles, tada įkelkite šį puslapį iš naujo.
conn-closed-too_many_messages = Šis puslapis per greitai išsiuntė per daug duomenų. Šiek tiek palaukite, tada įkelkite jį iš naujo.
conn-closed-frame_too_large = Šis puslapis išsiuntė kai ką per didelio. Įkelkite puslapį iš naujo ir bandykite dar kartą.
conn-closed-idle_timeout = Tiesioginis ryšys per ilgai buvo neaktyvus ir buvo uždarytas. Jungiamasi iš naujo…
conn-closed-slow_consumer = Tiesioginis ryšys atsiliko. Jungiamasi iš naujo…
conn-closed-server_restarting = Serveris paleidžiamas iš naujo. Netrukus bus jungiamasi iš naujo…
conn-closed-server_shutting_down = Jūsų ryšio serveris stabdomas. Jungiamasi iš naujo…
conn-closed-unavailable = Serveris užimtas. Netrukus bus jungiamasi iš naujo…
conn-closed-internal = Serveryje įvyko klaida. Netrukus bus jungiamasi iš naujo…

## login
login-title = Prisijungimas
login-intro = Mokytojai ir svečiai prisijungia savo el. pašto adresu. Mokiniai naudoja naudotojo vardą ir kodą, kuriuos jiems davė mokytojas.
login-teacher = Mokytojai ir svečiai
login-pupil = Mokiniai
login-email = El. pašto adresas
login-password = Slaptažodis
login-username = Naudotojo vardas
login-code = Kodas
login-submit = Prisijungti
login-pupil_submit = Prisijungti kaip mokinys
login-forgot = Pamiršote slaptažodį?
login-register = Dar neturite paskyros? Susikurkite eTwinner paskyrą
login-pupil_forgot = Pamiršote kodą? Paprašykite mokytojo naujo.

## invite
invite-title = Prisijungti prie TwinSpace kaip svečias
invite-intro = Gavote kvietimą į TwinSpace. Pasirinkite vardą, kurį matys kiti, ir nustatykite slaptažodį.
invite-display_name = Jūsų vardas
invite-submit = Priimti kvietimą
invite-checking = Tikrinamas jūsų kvietimas…
invite-for_space = Gavote kvietimą į „{ $title }“.
invite-unknown = Ši kvietimo nuoroda nežinoma. Patikrinkite, ar nukopijavote ją visą, arba paprašykite ją atsiuntusio mokytojo naujos.
invite-expired = Šios kvietimo nuorodos galiojimas baigėsi. Paprašykite ją atsiuntusio mokytojo naujos.
invite-used_up = Ši kvietimo nuoroda jau panaudota tiek kartų, kiek leidžiama. Paprašykite ją atsiuntusio mokytojo naujos.
invite-revoked = Mokytojas panaikino šią kvietimo nuorodą.
invite-closed = Šio kvietimo erdvė uždaryta.

## spaces
spaces-title = Mano erdvės
spaces-empty = Kol kas nepriklausote jokiai erdvei.
spaces-create = Sukurti erdvę
spaces-kind = Tipas
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Kambarys
spaces-kind-group = Grupė
spaces-space_title = Pavadinimas
spaces-description = Aprašymas (neprivaloma)
spaces-create_submit = Sukurti
spaces-created = Erdvė „{ $title }“ sukurta.
spaces-my_role = Jūsų vaidmuo: { $role }
spaces-archived = archyvuota

## space
space-back = Atgal į mano erdves
space-sections = Šios erdvės skyriai
space-members = Nariai
space-online_count =
    { $count ->
        [one] Tinkle: { $count }
        [few] Tinkle: { $count }
        [many] Tinkle: { $count }
       *[other] Tinkle: { $count }
    }
space-online = tinkle
space-offline = ne tinkle
space-you = (jūs)
space-refreshed = Sąrašas atnaujintas.
space-gone = Ši erdvė jums nebepasiekiama.

## chat
chat-title = Pokalbis
chat-empty = Žinučių dar nėra.
chat-message = Žinutė
chat-send = Siųsti
chat-pending = (laukia mokytojo)
chat-typing = { $name } rašo…
chat-teachers_tab = Mokytojų skelbimų lenta
chat-teachers_title = Mokytojų skelbimų lenta
chat-session_title = Sesijos pokalbis
chat-older = Rodyti senesnes žinutes
chat-new_messages = Naujos žinutės
chat-mention_list = Nariai, kuriuos galima paminėti
chat-mention_hint = Įrašykite @ ir vardą, kad paminėtumėte narį.
chat-hidden = (paslėpė mokytojas)
chat-deleted = (ištrinta)
chat-rejected = (mokytojas neparodė)
chat-edited = (redaguota)
chat-mentions_you = mini jus
chat-edit = Redaguoti
chat-edit_label = Redaguoti savo žinutę
chat-save = Išsaugoti
chat-cancel = Atšaukti
chat-delete = Ištrinti
chat-delete_confirm = Taip, ištrinti
chat-hide = Paslėpti
chat-restore = Atkurti
chat-approve = Patvirtinti
chat-reject = Atmesti
chat-report = Pranešti
chat-reported = Ačiū. Mokytojai peržiūrės šią žinutę.
chat-mute = Nutildyti
chat-mute_question = Nutildyti: { $name }?
chat-mute_for = Nutildymo trukmė ({ $name })
chat-minutes =
    { $count ->
        [one] { $count } minutė
        [few] { $count } minutės
        [many] { $count } minutės
       *[other] { $count } minučių
    }
chat-mute_confirm = Nutildyti dabar
chat-muted_other = { $name } negalės rašyti iki { $time }.
chat-muted_you = Mokytojas sustabdė jūsų rašymą iki { $time }. Pokalbį vis tiek galite skaityti.
chat-unmuted_you = Vėl galite rašyti pokalbyje.
chat-gone = Šis pokalbis jums nebepasiekiamas.

## role
role-founder = Steigėjas
role-admin = Administratorius
role-teacher = Mokytojas
role-pupil_admin = Mokinys administratorius
role-pupil = Mokinys
role-guest = Svečias

## error
error-bad_credentials = Prisijungimo duomenys neteisingi. Patikrinkite juos ir bandykite dar kartą.
error-rate_limited = Per daug bandymų. Šiek tiek palaukite ir bandykite dar kartą.
error-invalid = Kai kurie laukai užpildyti neteisingai.
error-not_found = Šio puslapio nėra arba jūs negalite jo matyti.
error-forbidden = Jums neleidžiama to daryti.
error-gone = To nebėra arba tai nebeveikia.
error-conflict = Tai prieštarauja kažkam, kas jau yra.
error-gone-revoked = Ši kvietimo nuoroda nebeveikia: erdvės mokytojai ją panaikino.
error-gone-expired = Ši kvietimo nuoroda nebeveikia: jos galiojimas baigėsi.
error-gone-used_up = Ši kvietimo nuoroda nebeveikia: ji panaudota tiek kartų, kiek leidžiama.
error-conflict-name_taken = „{ $name }“ čia jau yra. Pasirinkite kitą pavadinimą.
error-conflict-in_trash = „{ $name }“ yra šiukšlinėje: pirmiausia atkurkite.
error-conflict-not_in_trash = „{ $name }“ nėra šiukšlinėje.
error-conflict-parent_in_trash = „{ $name }“ buvo aplanke, kuris dabar yra šiukšlinėje: pirmiausia atkurkite tą aplanką.
error-conflict-folder_not_empty = Aplankas „{ $name }“ nėra tuščias: pirmiausia perkelkite jo turinį į šiukšlinę.
error-conflict-wrong_status = Šios paskyros būsena ({ $status }) to neleidžia.
error-unauthenticated = Prisijunkite.
error-network = Nepavyko susisiekti su serveriu. Patikrinkite ryšį ir bandykite dar kartą.
error-generic = Kažkas nepavyko. Bandykite dar kartą.
error-too_large = Tai per didelis.
error-quota_exceeded = Šioje erdvėje nebeliko pakankamai vietos.
error-unsupported = Serveris negali priimti tokios užklausos.
error-aborted = Įkėlimas sustabdytas.
error-rate_limited_wait = Per daug bandymų. Bandykite dar kartą { $wait }.
error-fields = Kai kuriems laukams reikia jūsų dėmesio: žr. pranešimą po kiekvienu iš jų.
error-account_rejected = Jūsų šalies nacionalinis administratorius nepriėmė šios registracijos, todėl su šia paskyra prisijungti negalima. Jei manote, kad tai klaida, susisiekite su savo šalies nacionaline eTwinning paramos tarnyba.
error-account_suspended = Jūsų šalies nacionalinis administratorius sustabdė šią paskyrą: kol kas su ja prisijungti negalima. Jei norite sužinoti priežastį arba paprašyti paskyrą atkurti, susisiekite su savo šalies nacionaline eTwinning paramos tarnyba.
error-malformed = Puslapis išsiuntė tai, ko serveris negalėjo perskaityti. Įkelkite puslapį iš naujo ir bandykite dar kartą.
error-csrf = Puslapio saugumo patikra nepavyko. Įkelkite puslapį iš naujo ir bandykite dar kartą.
error-limit_exceeded = Tai viršija šiai erdvei nustatytą ribą.
error-unavailable = Serveris užimtas arba kuri nors jo dalis neatsako. Netrukus bandykite dar kartą.
error-internal = Serveryje įvyko klaida. Bandykite dar kartą vėliau.
error-insufficient_storage = Serveryje nebeliko vietos failams. Niekas nebuvo išsaugota; praneškite apie tai savo mokyklos eTwinning kontaktiniam asmeniui.
error-request_timeout = Siuntimas užtruko per ilgai ir buvo sustabdytas. Patikrinkite ryšį ir bandykite dar kartą.
error-conflict-not_a_guest = Šis el. pašto adresas priklauso eTwinning paskyrai. Mokytojus kviečia erdvės administratoriai, o ne svečio nuoroda.

## notice
notice-post-pending = Ačiū! Mokytojas perskaitys jūsų įrašą, ir tik tada jį galės matyti visi.
notice-post-approved = Mokytojas perskaitė jūsų įrašą. Dabar jį gali matyti visi projekto dalyviai.
notice-post-rejected = Mokytojas nusprendė jūsų įrašo nerodyti. Galite paklausti savo mokytojo kodėl.
notice-post-hidden = Mokytojas kol kas paslėpė jūsų įrašą. Galite paklausti savo mokytojo kodėl.
notice-post-restored = Mokytojas vėl parodė jūsų įrašą. Dabar jį gali matyti visi.
notice-post-purged = Mokytojas pašalino jūsų įrašą.
notice-member-muted = Galite skaityti projektą, bet kurį laiką negalite rašyti.
notice-member-unmuted = Vėl galite rašyti projekte.
notice-chat-mention = { $name } paminėjo jus pokalbyje.

## video
video-section = Vaizdo sesijos
video-open_sessions = Atviros vaizdo sesijos
video-none = Nėra atvirų vaizdo sesijų.
video-start_title = Pradėti vaizdo sesiją
video-title = Pavadinimas (neprivaloma)
video-lobby = Mokiniai laukia laukiamajame, kol mokytojas juos įleis
video-start = Pradėti
video-join_named = Prisijungti: „{ $title }“
video-nobody_in_call = Skambutyje dar nieko nėra
video-people_in_call =
    { $count ->
        [one] Skambutyje: { $count } žmogus
        [few] Skambutyje: { $count } žmonės
        [many] Skambutyje: { $count } žmogaus
       *[other] Skambutyje: { $count } žmonių
    }
video-locked = (užrakinta)
video-back = Atgal į erdvę
video-participants = Dalyviai
video-my_controls = Jūsų mikrofonas ir kamera
video-chat = Sesijos pokalbis
video-starting_media = Įjungiama jūsų kamera ir mikrofonas…
video-in_call = Esate skambutyje.
video-waiting_in_lobby = Esate laukiamajame. Mokytojas netrukus jus įleis.
video-no_media = Nepavyko panaudoti nei kameros, nei mikrofono: vis tiek galite matyti ir girdėti kitus.
video-partial_media = Jūsų kamerą ir mikrofoną pavyko panaudoti tik iš dalies.
video-enable_sound = Įjungti garsą
video-mic_on = Mikrofonas įjungtas
video-mic_off = Mikrofonas išjungtas
video-mic_forced = Nutildė mokytojas
video-camera_on = Kamera įjungta
video-camera_off = Kamera išjungta
video-hand_raised = Ranka pakelta
video-mute_me = Išjungti mano mikrofoną
video-unmute_me = Įjungti mano mikrofoną
video-camera_stop = Išjungti mano kamerą
video-camera_start = Įjungti mano kamerą
video-hand_raise = Pakelti ranką
video-hand_lower = Nuleisti ranką
video-leave = Išeiti
video-you_are_muted = Mokytojas jus nutildė. Mikrofoną galėsite įjungti, kai mokytojas leis.
video-muted_by_teacher = Mokytojas išjungė jūsų mikrofoną.
video-unmute_allowed = Mokytojas leidžia jums vėl įjungti mikrofoną.
video-mute_other = Nutildyti
video-mute_named = Nutildyti: { $name }
video-allow_unmute = Leisti įjungti mikrofoną
video-allow_unmute_named = Leisti įjungti mikrofoną: { $name }
video-remove = Pašalinti
video-remove_named = Pašalinti iš sesijos: { $name }
video-lobby_title = Laukiamasis
video-lobby_empty = Niekas nelaukia.
video-admit = Įleisti
video-admit_named = Įleisti: { $name }
video-deny = Neįleisti
video-deny_named = Neįleisti: { $name }
video-manage = Ši sesija
video-is_open = Atvira: nariai gali prisijungti.
video-is_locked = Užrakinta: prisijungti gali tik mokytojai.
video-lock = Užrakinti sesiją
video-end = Baigti sesiją visiems
video-ended = Sesija baigėsi.
video-ended_space_archived = Sesija baigėsi: jos erdvė archyvuota.
video-ended_space_deleted = Sesija baigėsi: jos erdvė ištrinta.
video-ended_empty = Sesija baigėsi: joje kurį laiką nieko nebuvo.
video-no_teacher_yet = Šioje sesijoje dar nėra mokytojo, todėl niekas negali jūsų įleisti. Galite laukti čia arba išeiti.
video-leave_lobby = Išeiti iš laukiamojo
video-removed = Mokytojas pašalino jus iš sesijos.
video-denied = Mokytojas neįleido jūsų į šią sesiją.
video-left = Išėjote iš sesijos.
video-full = Ši sesija pilna.
video-refused = Negalite prisijungti prie šios sesijos.
video-signal_refused = Serveris atmetė tai, ką atsiuntė jūsų naršyklė. Pabandykite išeiti ir vėl prisijungti.
video-sfu_moving = Sesija padidėjo: skambutis perkeliamas į klasės medijos serverį…
video-sfu_unreachable = Nepavyksta pasiekti klasės medijos serverio. Bandoma dar kartą…
video-sfu_no_seat = Visos kamerų vietos šioje sesijoje užimtos: jūs matote ir girdite kitus, bet jie jūsų nemato ir negirdi.
video-sfu_not_sent = Nepavyko perduoti jūsų kameros ir mikrofono. Jūs vis tiek matote ir girdite kitus.

## forum
forum-title = Forumas
forum-threads = Temos
forum-posts = Įrašai
forum-areas = Forumo skiltys
forum-area-open = Atviras forumas
forum-area-teachers = Mokytojų skelbimų lenta
forum-empty = Temų dar nėra.
forum-thread_meta =
    { $count ->
        [one] { $author } · { $count } įrašas · { $when }
        [few] { $author } · { $count } įrašai · { $when }
        [many] { $author } · { $count } įrašo · { $when }
       *[other] { $author } · { $count } įrašų · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } naujas
        [few] { $count } nauji
        [many] { $count } naujo
       *[other] { $count } naujų
    }
forum-pinned = prisegta
forum-locked = užrakinta
forum-new_thread = Pradėti temą
forum-new_bulletin = Pradėti temą mokytojų skelbimų lentoje
forum-thread_title = Temos pavadinimas
forum-first_post = Pirmasis įrašas
forum-start = Pradėti temą
forum-thread_started = Tema pradėta.
forum-thread_held = Ačiū! Kol visi galės matyti tavo temą, mokytojas ją perskaitys.
forum-back = Atgal į temas
forum-reply_label = Jūsų atsakymas
forum-send = Paskelbti atsakymą
forum-no_reply = Šioje temoje atsakyti negalite.
forum-held = Ačiū! Kol visi galės matyti tavo įrašą, mokytojas jį perskaitys.
forum-edited = (redaguota)
forum-edit = Redaguoti
forum-edit_label = Redaguoti savo įrašą
forum-save = Išsaugoti
forum-saved = Jūsų įrašas pakeistas.
forum-cancel = Atšaukti
forum-delete = Ištrinti
forum-deleted = Įrašas ištrintas.
forum-report = Pranešti
forum-report_reason = Kas negerai su šiuo įrašu? (neprivaloma)
forum-report_send = Siųsti pranešimą
forum-reported = Ačiū. Mokytojams pranešta.
forum-hide = Paslėpti
forum-restore = Atkurti
forum-approve = Patvirtinti
forum-reject = Atmesti
forum-done-hide = Įrašas paslėptas nuo klasės.
forum-done-restore = Įrašas vėl rodomas.
forum-done-approve = Įrašas patvirtintas: visi jį mato.
forum-done-reject = Įrašas atmestas: jį mato tik jo autorius.
forum-state-pending = laukia mokytojo
forum-state-hidden = paslėptas
forum-state-rejected = nepaskelbtas
forum-state-deleted = ištrintas
forum-pin = Prisegti
forum-unpin = Atsegti
forum-lock = Užrakinti
forum-unlock = Atrakinti
forum-thread_changed = Tema pakeista.
forum-thread_gone = Ši tema jums nebepasiekiama.
forum-moderation = Moderavimas
forum-queue = Laukia patvirtinimo
forum-queue_empty = Nelaukia nė vienas įrašas.
forum-reports = Pranešimai
forum-reports_empty = Atvirų pranešimų nėra.
forum-reported_by = pranešė: { $name }
forum-report_said = Priežastis: { $reason }
forum-resolve = Uždaryti pranešimą
forum-resolved = Pranešimas uždarytas.

## reactions
reaction-bar = Reakcijos
reaction-add = Pridėti reakciją
reaction-picker = Pasirinkite reakciją
reaction-count =
    { $count ->
        [one] { $name }: { $count } žmogus
        [few] { $name }: { $count } žmonės
        [many] { $name }: { $count } žmogaus
       *[other] { $name }: { $count } žmonių
    }
reaction-thumbs_up = Patinka
reaction-heart = Širdis
reaction-clap = Bravo
reaction-laugh = Juokinga
reaction-idea = Gera idėja
reaction-question = Turiu klausimą

## archive
archive-title = Failai
archive-usage = Panaudota { $used } iš { $quota }
archive-where = Aplankas
archive-top = Visi failai
archive-empty = Šis aplankas tuščias.
archive-contents = Aplankai ir failai
archive-name = Pavadinimas
archive-size = Dydis
archive-by = Pridėjo
archive-when = Pakeista
archive-actions = Veiksmai
archive-former_member = buvęs narys
archive-choose = Pasirinkti failą
archive-upload = Įkelti
archive-progress = Įkėlimo eiga
archive-uploading = Įkeliama: { $name } ({ $percent })
archive-uploaded = Failas „{ $name }“ įkeltas.
archive-too_large = Šis failas per didelis: failas gali būti ne didesnis nei { $max }.
archive-quota = Šios erdvės failams nebeliko pakankamai vietos (laisva { $free }). Paprašykite mokytojo pašalinti senus failus.
archive-new_folder = Naujas aplankas
archive-create_folder = Sukurti aplanką
archive-folder_created = Aplankas „{ $name }“ sukurtas.
archive-download = Atsisiųsti
archive-download_named = Atsisiųsti: { $name }
archive-rename = Pervadinti
archive-rename_named = Pervadinti: { $name }
archive-new_name = Naujas pavadinimas
archive-save = Išsaugoti
archive-cancel = Atšaukti
archive-renamed = Naujas pavadinimas: „{ $name }“.
archive-trash = Perkelti į šiukšlinę
archive-trash_named = Perkelti į šiukšlinę: { $name }
archive-trashed = „{ $name }“ yra šiukšlinėje.
archive-show_trash = Šiukšlinė
archive-trash_empty = Šiukšlinė tuščia.
archive-restore = Atkurti
archive-restore_named = Atkurti: { $name }
archive-restored = Elementas „{ $name }“ atkurtas.
archive-purge = Ištrinti visam laikui
archive-purge_named = Ištrinti visam laikui: { $name }
archive-purged = Elementas „{ $name }“ ištrintas visam laikui.
archive-choose_first = Pasirinkite failą, kurį norite įkelti.
archive-no_file = Failas dar nepasirinktas.
archive-name_taken = Čia jau yra kažkas tokiu pavadinimu. Pasirinkite kitą pavadinimą.

## unit
unit-b = B
unit-kb = KB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Užpildykite šį lauką.
field-unknown = Šis laukas čia nenumatytas.
field-type = Ši reikšmė netinkamo tipo.
field-blank = Ką nors čia parašykite: vien tarpai netinka.
field-too_short =
    { $count ->
        [one] Parašykite bent { $min } simbolį.
        [few] Parašykite bent { $min } simbolius.
        [many] Parašykite bent { $min } simbolio.
       *[other] Parašykite bent { $min } simbolių.
    }
field-too_long =
    { $count ->
        [one] Parašykite ne daugiau kaip { $max } simbolį.
        [few] Parašykite ne daugiau kaip { $max } simbolius.
        [many] Parašykite ne daugiau kaip { $max } simbolio.
       *[other] Parašykite ne daugiau kaip { $max } simbolių.
    }
field-too_small = Nurodykite bent { $min }.
field-too_large = Nurodykite ne daugiau kaip { $max }.
field-format = Tai ne tokios formos, kokios tikimasi.
field-choice = Pasirinkite vieną iš siūlomų variantų.
field-invalid = Ši reikšmė nepriimama.

## confirm
confirm-cancel = Atšaukti
confirm-trash_file = Perkelti „{ $name }“ į šiukšlinę?
confirm-trash_file_lost = Nariai nebematys šio failo. Mokytojas gali jį sugrąžinti iš šiukšlinės.
confirm-trash_folder = Perkelti aplanką „{ $name }“ į šiukšlinę?
confirm-trash_folder_lost = Nariai nebematys šio aplanko ir nieko, kas jame yra. Mokytojas gali jį sugrąžinti iš šiukšlinės.
confirm-purge = Ištrinti „{ $name }“ visam laikui?
confirm-purge_lost = Tai dings visiems, ir to nebus galima sugrąžinti.
confirm-delete_post = Ištrinti šį įrašą?
confirm-delete_post_lost = Jo tekstas dings visiems. Šio veiksmo atšaukti negalima.
confirm-delete_message = Ištrinti šią žinutę?
confirm-delete_message_lost = Jos tekstas dings visiems. Šio veiksmo atšaukti negalima.
confirm-end_session = Baigti sesiją visiems?
confirm-end_session_lost = Visi iškart išeis iš skambučio, o sesijos nebebus galima vėl atidaryti.
confirm-remove_participant = Pašalinti iš sesijos: { $name }?
confirm-remove_participant_lost = { $name } iškart išeis iš skambučio ir nebegalės grįžti į šią sesiją.
confirm-deny = Neįleisti: { $name }?
confirm-deny_lost = { $name } nepateks į šią sesiją.

## page
page-not_found = Puslapis nerastas
page-not_found_text = Šiuo adresu puslapio nėra.
page-go_spaces = Eiti į mano erdves
page-go_sign_in = Eiti į prisijungimo puslapį

## form
form-required = Užpildykite šį lauką.
form-email_format = Įrašykite el. pašto adresą, pvz., vardas@mokykla.eu.
form-password_short = Naudokite bent 10 simbolių.
form-password_long = Naudokite ne daugiau kaip 200 simbolių.
form-password_mismatch = Slaptažodžiai nesutampa.
form-password_hint = Bent 10 simbolių. Gerai tinka keli žodžiai, kuriuos prisiminsite.
form-check_fields = Patikrinkite aukščiau pažymėtus laukus.
form-field_invalid = Ši reikšmė nepriimama.

## register
register-title = Susikurti eTwinner paskyrą
register-intro = Mokytojams. Jūsų šalies nacionalinis administratorius patikrina, ar tikrai mokote mokykloje, ir tada patvirtina jūsų paskyrą. Mokiniai nesiregistruoja: jų paskyras sukuria mokytojas.
register-name = Jūsų vardas
register-school = Mokykla
register-country = Šalis
register-country_choose = Pasirinkite savo šalį
register-submit = Sukurti mano paskyrą
register-email_taken = Paskyra su šiuo el. pašto adresu jau yra. Prisijunkite arba paprašykite naujo slaptažodžio.
register-have_account = Jau turite paskyrą? Prisijunkite

## pending
pending-title = Jūsų paskyra laukia patvirtinimo
pending-who_heading = Kas ją patvirtina
pending-who = Jūsų šalies ({ $country }) nacionalinis administratorius patikrina, ar mokote nurodytoje mokykloje, ir tada patvirtina jūsų paskyrą.
pending-next_heading = Kas bus toliau
pending-next_validate = Kai jūsų paskyra bus patvirtinta, tapsite eTwinner: galėsite kurti erdves, gauti kvietimus į projektus ir kurti paskyras savo mokiniams. Kad tai pamatytumėte, prisijunkite iš naujo arba paspauskite „Tikrinti dar kartą“.
pending-next_reject = Jei nacionalinis administratorius nepriims jūsų registracijos, apie tai bus pranešta, kai prisijungsite.
pending-next_meanwhile = Tuo tarpu skiltyje „Mano paskyra“ galite pakeisti savo vardą ir slaptažodį.
pending-check = Tikrinti dar kartą
pending-still = Jūsų paskyra vis dar laukia patvirtinimo.
pending-count =
    { $count ->
        [one] Laukia moderavimo: { $count }
        [few] Laukia moderavimo: { $count }
        [many] Laukia moderavimo: { $count }
       *[other] Laukia moderavimo: { $count }
    }

## forgot
forgot-title = Pamiršote slaptažodį?
forgot-intro = Įrašykite savo paskyros el. pašto adresą. Atsiųsime nuorodą naujam slaptažodžiui pasirinkti.
forgot-submit = Atsiųsti man nuorodą
forgot-sent = Jei yra paskyra su šiuo adresu, nuoroda jau siunčiama. Nuoroda veikia vieną kartą ir ribotą laiką. Patikrinkite ir brukalo (šlamšto) aplanką.
forgot-pupils = Mokiniams: čia neturite el. pašto adreso. Paprašykite mokytojo naujo kodo.
forgot-back = Atgal į prisijungimą

## reset
reset-title = Pasirinkite naują slaptažodį
reset-intro = Pasirinkus naują slaptažodį, visuose kituose įrenginiuose prisijungimas baigsis.
reset-password = Naujas slaptažodis
reset-confirm = Pakartokite naują slaptažodį
reset-submit = Išsaugoti naują slaptažodį
reset-gone = Šios nuorodos galiojimas baigėsi arba ji jau panaudota. Paprašykite naujos.
reset-done = Jūsų slaptažodis pakeistas. Prisijunkite su nauju slaptažodžiu.
reset-ask_again = Prašyti naujos nuorodos

## account
account-title = Mano paskyra
account-signed_in_with = Prisijungiate su { $email }.
account-name_heading = Jūsų vardas
account-name = Vardas, kurį mato kiti
account-save_name = Išsaugoti vardą
account-name_saved = Jūsų vardas išsaugotas.
account-pupil_note = Šį vardą pasirinko ir tvarko jūsų mokytojas. Jei vardą reikia pakeisti, paklauskite mokytojo.
account-password_heading = Jūsų slaptažodis
account-password_intro = Pakeitus slaptažodį, kituose jūsų įrenginiuose prisijungimas baigsis; šiame įrenginyje prisijungimas išliks.
account-current_password = Dabartinis slaptažodis
account-new_password = Naujas slaptažodis
account-confirm_password = Pakartokite naują slaptažodį
account-save_password = Pakeisti slaptažodį
account-password_saved = Jūsų slaptažodis pakeistas.
account-current_wrong = Tai ne jūsų dabartinis slaptažodis.
account-everywhere_heading = Atsijungti visur
account-everywhere_intro = Užbaigia jūsų prisijungimą visuose įrenginiuose ir naršyklėse, įskaitant šią: pamestas telefonas ar bendrai naudojamas kompiuteris nebeatvers jūsų paskyros.
account-everywhere = Atsijungti visur…
account-everywhere_question = Atsijungti visuose įrenginiuose, įskaitant šį? Atidaryti puslapiai iškart užsidarys, o viskas, kas juose dar neišsiųsta, bus prarasta.
account-everywhere_confirm = Taip, atsijungti visur
account-everywhere_done = Prisijungimas visuose įrenginiuose baigtas.
account-cancel = Atšaukti

## admin
admin-nav = Patvirtinimo pultas
admin-title = Nacionalinio administratoriaus pultas
admin-country = Šalis: { $country }
admin-only_national_admins = Šis puslapis skirtas nacionaliniams administratoriams.
admin-pending_heading = Patvirtinimo laukiantys mokytojai
admin-pending_count =
    { $count ->
        [one] Laukia { $count } mokytojas.
        [few] Laukia { $count } mokytojai.
        [many] Laukia { $count } mokytojo.
       *[other] Laukia { $count } mokytojų.
    }
admin-pending_none = Nė vienas mokytojas nelaukia patvirtinimo.
admin-select_all = Pažymėti visus
admin-select_first = Pirmiausia pažymėkite bent vieną mokytoją.
admin-validate_selected = Patvirtinti pažymėtus
admin-reject_selected = Atmesti pažymėtus…
admin-validated =
    { $count ->
        [one] Patvirtintas { $count } mokytojas.
        [few] Patvirtinti { $count } mokytojai.
        [many] Patvirtinta { $count } mokytojo.
       *[other] Patvirtinta { $count } mokytojų.
    }
admin-rejected =
    { $count ->
        [one] Atmesta { $count } registracija.
        [few] Atmestos { $count } registracijos.
        [many] Atmesta { $count } registracijos.
       *[other] Atmesta { $count } registracijų.
    }
admin-reject_question =
    { $count ->
        [one] Atmesti registraciją: { $names }? Šis asmuo negalės prisijungti, o šio veiksmo atšaukti negalima.
        [few] Atmesti šias registracijas ({ $count }: { $names })? Šie asmenys negalės prisijungti, o šio veiksmo atšaukti negalima.
        [many] Atmesti šias registracijas ({ $count }: { $names })? Šie asmenys negalės prisijungti, o šio veiksmo atšaukti negalima.
       *[other] Atmesti šias registracijas ({ $count }: { $names })? Šie asmenys negalės prisijungti, o šio veiksmo atšaukti negalima.
    }
admin-reject_reason = Atmetimo priežastis
admin-reject_heading = Atmesti registracijas
admin-suspend_heading = Sustabdyti paskyrą
admin-reinstate_heading = Atkurti paskyrą
admin-reject_reason_hint = Saugoma audito žurnale kartu su jūsų vardu.
admin-reject_confirm =
    { $count ->
        [one] Atmesti { $count } registraciją
        [few] Atmesti { $count } registracijas
        [many] Atmesti { $count } registracijos
       *[other] Atmesti { $count } registracijų
    }
admin-failed_one = { $name }: { $why }
admin-school = Mokykla: { $school }
admin-registered = Registracijos data: { $date }
admin-search_heading = Rasti paskyrą
admin-search_label = Vardas, el. pašto adresas arba mokykla
admin-search_hint = Tik jūsų šalies paskyros. Palikite tuščią, kad būtų rodomos visos, naujausios pirmiau.
admin-search = Ieškoti
admin-showing = { $from }–{ $to } iš { $total }
admin-no_match = Jokia paskyra neatitinka.
admin-previous = Ankstesnis puslapis
admin-next = Kitas puslapis
admin-suspend = Sustabdyti…
admin-suspend_named = Sustabdyti paskyrą: { $name }…
admin-suspend_question = Sustabdyti paskyrą: { $name }? Šio asmens prisijungimas iškart baigsis visur, atidaryti puslapiai užsidarys, ir prisijungti nebus galima, kol paskyros neatkursite.
admin-suspend_reason = Sustabdymo priežastis
admin-suspend_confirm = Taip, sustabdyti
admin-suspend_done = Paskyra sustabdyta: { $name }.
admin-reinstate = Atkurti…
admin-reinstate_named = Atkurti paskyrą: { $name }…
admin-reinstate_question = Atkurti paskyrą: { $name }? Šis asmuo vėl galės prisijungti.
admin-reinstate_reason = Priežastis (neprivaloma)
admin-reinstate_confirm = Atkurti
admin-reinstate_done = Paskyra atkurta: { $name }.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Kad patvirtintumėte, įrašykite erdvės pavadinimą: { $text }

## status
status-active = aktyvi
status-pending = laukia patvirtinimo
status-suspended = sustabdyta
status-rejected = atmesta
status-erased = ištrinta

## names
names-marked = { $name } ({ $mark })

## members
members-username = naudotojo vardas { $username }
members-role_of = Vaidmuo: { $name }
members-change_role = Keisti vaidmenį
members-role_question = Keisti vaidmenį: { $name }, { $from } → { $to }?
members-role_consequence = Nuo šiol { $name } iškart visuose įrenginiuose gali daryti viską, ką leidžia vaidmuo „{ $to }“.
members-role_confirm = Keisti vaidmenį
members-role_changed = { $name }: naujas vaidmuo – „{ $role }“.
members-reset_code = Naujas kodas
members-reset_question = Sukurti naują prisijungimo kodą: { $name }?
members-reset_consequence = Senas kodas iškart nustoja veikti, o mokinio prisijungimas visur baigiasi. Naują kortelę mokiniui įteikiate jūs.
members-reset_confirm = Sukurti naują kodą
members-reset_done = Naujas kodas sukurtas: { $name }. Įteikite mokiniui toliau esančią naują kortelę.
members-export = Eksportuoti duomenis
members-remove = Pašalinti
members-remove_question = Pašalinti iš šios erdvės: { $name }?
members-remove_consequence = { $name } iškart praranda prieigą prie šios erdvės visuose įrenginiuose.
members-remove_pupil_kept = Mokinio paskyra, įrašai ir failai lieka; vėliau mokinį galėsite vėl pridėti.
members-remove_kept = Šio asmens įrašai ir failai lieka erdvėje.
members-remove_confirm = Pašalinti
members-removed = Pašalinta iš erdvės: { $name }.
members-erase = Ištrinti paskyrą
members-leave = Palikti šią erdvę
members-leave_question = Palikti „{ $title }“?
members-leave_consequence = Iškart prarasite prieigą prie jos forumų, failų, pokalbio ir vaizdo sesijų. Sugrąžinti jus gali tik mokytojas administratorius.
members-leave_kept = Tai, ką parašėte ir įkėlėte, lieka erdvėje.
members-leave_confirm = Palikti erdvę
members-left = Palikote „{ $title }“.

## erase
erase-question = Ištrinti mokinio paskyrą: { $name }?
erase-account_gone = Mokinio vardas, naudotojo vardas ir kodas ištrinami visam laikui.
erase-signed_out = Mokinio prisijungimas iškart baigiasi, ir prisijungti nebebus galima niekada.
erase-no_undo = Šio veiksmo atšaukti negalima.
erase-export_first = Jei mokinys ar šeima gali norėti kopijos, pirmiausia eksportuokite duomenis.
erase-posts = Mokinio įrašai ir pokalbio žinutės
erase-posts_keep = Palikti juos, autorius – „buvęs mokinys“
erase-posts_remove = Ištrinti juos visam laikui
erase-files = Mokinio failai
erase-files_keep = Palikti juos, savininkas – „buvęs mokinys“
erase-files_remove = Ištrinti juos visam laikui
erase-confirm = Ištrinti paskyrą
erase-done = Mokinio paskyra ištrinta: { $name }.

## invite_teacher
invite_teacher-title = Pakviesti mokytoją partnerį
invite_teacher-by_email = Pagal el. pašto adresą
invite_teacher-role = Vaidmuo
invite_teacher-submit = Pakviesti
invite_teacher-done = { $name } prisijungė su vaidmeniu „{ $role }“.
invite_teacher-not_etwinner = Nė vienas patvirtintas eTwinner neturi šio adreso, arba jūs negalite suteikti šio vaidmens.
invite_teacher-find = Rasti eTwinner
invite_teacher-query = Vardas, mokykla arba šalis
invite_teacher-search = Ieškoti
invite_teacher-results = Rasti eTwinner nariai
invite_teacher-none = Nerasta nė vieno eTwinner.
invite_teacher-more = Daugiau rezultatų
invite_teacher-member = Šios erdvės narys
invite_teacher-invite = Pakviesti
invite_teacher-role_for = Vaidmuo: { $name }

## pupils
pupils-title = Pridėti mokinių
pupils-one_title = Vienas mokinys
pupils-name = Mokinio vardas
pupils-add_one = Pridėti mokinį
pupils-class_title = Visa klasė
pupils-class_names = Mokinių vardai
pupils-class_help = Po vieną vardą eilutėje, taip, kaip mokinius matys kiti.
pupils-add_class = Pridėti klasę
pupils-class_empty = Įrašykite bent vieną vardą.
pupils-language = Puslapio kalba šiems mokiniams
pupils-language_help = Prisijungus jie matys TwinSpace Live šia kalba. Kiekvienas mokinys vėliau galės ją pakeisti.
pupils-line_errors = Taisytinos eilutės
pupils-line_error = Eilutė { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] Reikia pataisyti { $count } eilutę; nieko nesukurta.
        [few] Reikia pataisyti { $count } eilutes; nieko nesukurta.
        [many] Reikia pataisyti { $count } eilutės; nieko nesukurta.
       *[other] Reikia pataisyti { $count } eilučių; nieko nesukurta.
    }
pupils-created =
    { $count ->
        [one] Pridėtas { $count } mokinys.
        [few] Pridėti { $count } mokiniai.
        [many] Pridėta { $count } mokinio.
       *[other] Pridėta { $count } mokinių.
    }

## cards
cards-title = Prisijungimo kortelės
cards-once = Šie kodai rodomi tik dabar. Išspausdinkite korteles arba užsirašykite kodus, kol dar neišėjote iš šio puslapio.
cards-site = Prisijunkite adresu
cards-print = Spausdinti korteles
cards-done = Baigta: paslėpti kodus

## links
links-tab = Svečių nuorodos
links-intro = Svečio nuoroda leidžia ekspertui ar stebėtojui prisijungti prie šios TwinSpace kaip svečiui. Ją gali naudoti bet kas, kas turi nuorodą, kol baigsis jos galiojimas arba panaudojimų skaičius.
links-create_title = Nauja svečio nuoroda
links-valid_for = Galioja
links-days =
    { $count ->
        [one] { $count } dieną
        [few] { $count } dienas
        [many] { $count } dienos
       *[other] { $count } dienų
    }
links-uses = Panaudojimų skaičius
links-note = Pastaba (kam ji skirta)
links-create = Sukurti nuorodą
links-new = Nauja nuoroda
links-once = Nukopijuokite ją dabar: ji rodoma tik vieną kartą.
links-copy = Kopijuoti
links-copied = Nuoroda nukopijuota.
links-select_copy = Nuoroda pažymėta: paspauskite Ctrl+C (⌘+C), kad ją nukopijuotumėte.
links-live = Naudojamos nuorodos
links-empty = Nėra naudojamų svečių nuorodų.
links-untitled = Svečio nuoroda
links-used =
    { $count ->
        [one] panaudota { $used } iš { $count }
        [few] panaudota { $used } iš { $count }
        [many] panaudota { $used } iš { $count }
       *[other] panaudota { $used } iš { $count }
    }
links-until = iki { $time }
links-revoke = Panaikinti
links-revoke_question = Panaikinti šią svečio nuorodą?
links-revoke_consequence = Su ja nebegalės prisijungti niekas.
links-revoke_kept = Svečiai, kurie su ja prisijungė, lieka nariais.
links-revoked = Nuoroda panaikinta.

## settings
settings-tab = Nustatymai
settings-space = Erdvė
settings-pupils = Mokiniai
settings-premoderate_pupils = Sulaikyti mokinių įrašus, kol juos patvirtins mokytojas
settings-pupils_may_create_threads = Mokiniai gali pradėti temas
settings-pupils_may_upload = Mokiniai gali įkelti failus
settings-save = Išsaugoti
settings-saved = Nustatymai išsaugoti.
settings-archive_title = Archyvavimas
settings-archive_text = Archyvuotą erdvę jos nariai gali skaityti, bet niekas negali rašyti, įkelti failų ar pradėti vaizdo sesijos.
settings-archive = Archyvuoti šią erdvę
settings-archive_question = Archyvuoti „{ $title }“?
settings-archive_read_only = Niekas nebegalės rašyti, įkelti failų ar ką nors keisti.
settings-archive_video = Šiuo metu vykstančios vaizdo sesijos iškart baigsis.
settings-archive_undo = Steigėjas vėliau gali erdvę vėl atidaryti.
settings-archive_confirm = Archyvuoti
settings-archived_title = Ši erdvė archyvuota
settings-archived_text = Ją galima tik skaityti. Atidarykite ją vėl, kad nariai galėtų rašyti ir įkelti failus.
settings-unarchive = Atidaryti vėl
settings-unarchive_question = Vėl atidaryti „{ $title }“?
settings-unarchive_consequence = Nariai vėl galės rašyti, įkelti failus ir pradėti vaizdo sesijas.
settings-delete_title = Ištrinti erdvę
settings-delete_text = Ištrynus erdvę, ji ir viskas, kas joje yra, pašalinama visam laikui.
settings-delete = Ištrinti šią erdvę
settings-delete_question = Ištrinti „{ $title }“ visam laikui?
settings-delete_content = Ištrinamos visos forumo temos, pokalbių žinutės ir failai su visomis jų versijomis.
settings-delete_members = Visi nariai praranda erdvę; mokinių paskyros lieka tik kitose jų erdvėse.
settings-delete_video = Šiuo metu vykstančios vaizdo sesijos iškart baigsis.
settings-delete_no_undo = Ištrinamas ir audito žurnalas. Šio veiksmo atšaukti negalima.
settings-delete_confirm = Ištrinti visam laikui
settings-deleted = Erdvė „{ $title }“ ištrinta.

## audit
audit-tab = Audito žurnalas
audit-caption = Kas buvo padaryta šioje erdvėje, naujausi pirmiau
audit-when = Kada
audit-who = Kas
audit-what = Ką
audit-empty = Dar nieko neužregistruota.
audit-older = Rodyti senesnius įrašus
audit-system = Serveris
audit-former_member = Buvęs narys
audit-former_member_target = buvęs narys
audit-reason = Priežastis: { $reason }
audit-other = Veiksmas „{ $action }“: { $target }
audit-space-created = Sukūrė erdvę
audit-space-settings_changed = Pakeitė erdvės nustatymus
audit-space-archived = Archyvavo erdvę
audit-space-unarchived = Vėl atidarė erdvę
audit-member-invited = Pakvietė: { $target } (vaidmuo: { $role })
audit-member-role_changed = Pakeitė vaidmenį: { $target }, { $from } → { $role }
audit-member-removed = Pašalino: { $target }
audit-member-left = Paliko erdvę
audit-member-muted = Nutildė: { $target }
audit-member-unmuted = Panaikino nutildymą: { $target }
audit-pupil-created = Sukūrė mokinį: { $target }
audit-pupil-added = Pridėjo mokinį: { $target }
audit-pupil-code_reset = Sukūrė naują prisijungimo kodą: { $target }
audit-pupil-exported = Eksportavo duomenis: { $target }
audit-pupil-erased = Ištrynė mokinio paskyrą
audit-invitation-created = Sukūrė svečio nuorodą
audit-invitation-revoked = Panaikino svečio nuorodą
audit-invitation-accepted = Prisijungė su svečio nuoroda
audit-video-started = Pradėjo vaizdo sesiją
audit-video-ended = Baigė vaizdo sesiją
audit-video-locked = Užrakino vaizdo sesiją
audit-video-unlocked = Atrakino vaizdo sesiją
audit-video-admitted = Įleido į vaizdo sesiją: { $target }
audit-video-denied = Neįleido į vaizdo sesiją: { $target }
audit-video-muted = Nutildė vaizdo sesijoje: { $target }
audit-video-unmuted = Vėl leido kalbėti vaizdo sesijoje: { $target }
audit-video-removed = Pašalino iš vaizdo sesijos: { $target }
audit-video-spotlight = Pakeitė išryškintą vaizdo sesijos dalyvį
audit-post-hidden = Paslėpė įrašą
audit-post-restored = Atkūrė įrašą
audit-post-approved = Patvirtino įrašą
audit-post-rejected = Atmetė įrašą
audit-post-purged = Ištrynė įrašą visam laikui
audit-post-reported = Pranešė apie įrašą
audit-report-resolved = Uždarė pranešimą
audit-thread-pinned = Prisegė temą
audit-thread-unpinned = Atsegė temą
audit-thread-locked = Užrakino temą
audit-thread-unlocked = Atrakino temą
audit-archive-folder_created = Sukūrė aplanką
audit-archive-folder_renamed = Pervadino aplanką
audit-archive-folder_moved = Perkėlė aplanką
audit-archive-folder_trashed = Perkėlė aplanką į šiukšlinę
audit-archive-folder_restored = Sugrąžino aplanką iš šiukšlinės
audit-archive-folder_purged = Ištrynė aplanką visam laikui
audit-archive-file_added = Pridėjo failą
audit-archive-file_version_added = Pridėjo failo versiją
audit-archive-file_renamed = Pervadino failą
audit-archive-file_moved = Perkėlė failą
audit-archive-file_trashed = Perkėlė failą į šiukšlinę
audit-archive-file_restored = Sugrąžino failą iš šiukšlinės
audit-archive-file_purged = Ištrynė failą visam laikui
audit-chat-expired = Pašalino pokalbio žinutes, kurių saugojimo laikas baigėsi
audit-audit-retention_changed = Pakeitė, kiek laiko audito žurnale saugomi įrašai
audit-group-joined = Prisijungė prie grupės
audit-group-requested = Paprašė prisijungti prie grupės
audit-group-request_accepted = Priimtas prašymas: { $target }
audit-group-request_declined = Atmestas prašymas: { $target }
audit-group-request_withdrawn = Atšauktas prašymas prisijungti
audit-member-banned = Užblokuota: { $target }
audit-member-unbanned = Panaikintas blokavimas: { $target }
audit-group-featured = Grupė rekomenduojama
audit-group-unfeatured = Grupė nebėra rekomenduojama
audit-group-moderator_appointed = Pavestas moderavimas: { $target }

## group_role
group_role-founder = Savininkas
group_role-admin = Moderavimas
group_role-teacher = Narys

## readers
readers-title = Dabar skaito
readers-more =
    { $count ->
        [one] ir dar { $count } žmogus
        [few] ir dar { $count } žmonės
        [many] ir dar { $count } žmogaus
       *[other] ir dar { $count } žmonių
    }

## groups
groups-nav = Grupės
groups-title = eTwinning grupės
groups-intro = eTwinner bendruomenės, susibūrusios apie dalyką, temą ar interesų sritį. Dalyvauja tik patvirtinti eTwinner nariai.
groups-search = Rasti grupę
groups-words = Pavadinimo žodžiai
groups-topic = Tema
groups-language = Kalba
groups-language_any = Visos kalbos
groups-language_choose = Pasirinkite kalbą
groups-country = Nario šalis
groups-country_any = Visos šalys
groups-search_submit = Ieškoti
groups-found = Grupės
groups-empty = Paieškos neatitinka jokia grupė.
groups-more = Rodyti daugiau grupių
groups-featured = Rekomenduojama
groups-topic_is = Tema: { $topic }
groups-members =
    { $count ->
        [one] { $count } narys
        [few] { $count } nariai
        [many] { $count } nario
       *[other] { $count } narių
    }
groups-access_short-open = Atvira
groups-access_short-closed = Uždara
groups-standing-member = Esate šioje grupėje. Jūsų vaidmuo: { $role }
groups-standing-requested = Paprašėte prisijungti prie šios grupės.
groups-standing-banned = Šios grupės moderavimo komanda neleidžia jums prisijungti.
groups-join = Prisijungti
groups-ask = Prašyti prisijungti
groups-ask_message = Žinutė moderavimo komandai (neprivaloma)
groups-withdraw = Atšaukti mano prašymą
groups-open_group = Atidaryti grupę
groups-joined = Prisijungėte prie grupės „{ $title }“.
groups-asked = Jūsų prašymas prisijungti prie „{ $title }“ išsiųstas moderavimo komandai.
groups-withdrawn = Jūsų prašymas prisijungti prie „{ $title }“ atšauktas.
groups-waiting = Moderavimo komanda atsakys į jūsų prašymą. Šis puslapis parodys atsakymą, kai tik jis ateis.
groups-accepted = Jūsų prašymas priimtas: sveiki atvykę į „{ $title }“.
groups-not_accepted = Jūsų prašymas nepriimtas. Galite paprašyti dar kartą.
groups-back = Atgal į grupes
groups-create = Sukurti grupę
groups-group_title = Pavadinimas
groups-description = Aprašymas (neprivaloma)
groups-access = Kas gali prisijungti
groups-access-open = Atvira: bet kuris eTwinner narys prisijungia iškart
groups-access-closed = Uždara: moderavimo komanda priima kiekvieną prašymą
groups-create_submit = Sukurti grupę
groups-created = Grupė „{ $title }“ sukurta.
groups-members_search = Rasti narį
groups-members_more = Rodyti daugiau narių
groups-leave = Palikti šią grupę
groups-leave_consequence = Iškart prarasite prieigą prie grupės forumo, failų, pokalbių ir vaizdo.
groups-leave_kept = Tai, ką parašėte ir įkėlėte, lieka grupėje. Sugrįžti galite per grupių katalogą.
groups-leave_confirm = Palikti grupę
groups-requests = Prašymai prisijungti
groups-requests_empty = Niekas nelaukia.
groups-accept = Priimti
groups-decline = Atmesti
groups-accepted_member = { $name } dabar yra grupėje.
groups-declined = Prašymas atmestas: { $name }.
groups-ban = Užblokuoti
groups-ban_question = Užblokuoti prieigą prie grupės: { $name }?
groups-ban_consequence = { $name } iškart palieka grupę ir negali nei vėl prisijungti, nei to prašyti.
groups-ban_kept = Įrašai ir failai lieka grupėje. Blokavimą galėsite vėliau panaikinti.
groups-ban_reason = Priežastis (neprivaloma, išsaugoma žurnale)
groups-ban_confirm = Užblokuoti
groups-banned = Užblokuota: { $name }.
groups-bans = Užblokuoti eTwinner nariai
groups-bans_empty = Blokavimų nėra.
groups-lift = Panaikinti blokavimą
groups-lifted = { $name } vėl gali prisijungti.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Pasirinkite naują TwinSpace Live slaptažodį
mail-reset_body =
    Sveiki, { $name },

    Kažkas, tikriausiai jūs, paprašė pasirinkti naują jūsų TwinSpace Live paskyros slaptažodį.
    Atidarykite šią nuorodą, kad jį pasirinktumėte (ji veikia vieną kartą; galiojimo laikas minutėmis: { $minutes }):

    { $link }

    Pasirinkus naują slaptažodį, prisijungimas visur kitur baigsis.
    Jei to neprašėte, nekreipkite dėmesio į šį laišką: jūsų slaptažodis lieka nepakeistas.

    TwinSpace Live

## events (issue 22)
events-nav = Renginiai
events-title = Artėjantys renginiai
events-empty = Jums kol kas nėra artėjančių renginių.
events-more = Rodyti daugiau renginių
events-schedule = Planuoti renginį
events-zone = Laikas rodomas jūsų laiko juostoje: { $zone }
events-audience-etwinners = Visi eTwinning dalyviai
events-audience-country = Šios šalies eTwinning dalyviai: { $country }
events-audience-group = Grupės nariai
events-audience-twinspace = TwinSpace nariai
events-organising = Šį renginį organizuojate jūs.
events-registered = Jūsų registracija išsaugota.
events-waiting = Esate laukiančiųjų sąraše ({ $position } vieta).
events-state-live = Dabar tiesiogiai
events-state-ended = Šis renginys baigėsi.
events-state-cancelled = Šis renginys atšauktas.
events-places = Užimtos vietos: { $taken } iš { $capacity }
event_form-new_title = Planuoti renginį
event_form-edit_title = Keisti renginį
event_form-title = Pavadinimas
event_form-description = Aprašymas
event_form-date = Data
event_form-time = Pradžios laikas
event_form-duration = Trukmė minutėmis
event_form-space = Grupė arba TwinSpace
event_form-speakers_hint = Rinkitės iš savo grupių ir TwinSpace mokytojų.
event_form-no_speakers = Kol kas nėra ką pasirinkti.
event_form-create = Planuoti renginį
event_form-save = Išsaugoti pakeitimus
event_form-created = „{ $title }“ suplanuotas.
event_form-saved = „{ $title }“ pakeitimai išsaugoti.
event_form-start_past = Pasirinkite pradžią ateityje.
event-title = Renginys
event-back = Visi renginiai
event-when = Kada
event-language = Kalba
event-audience = Kas gali registruotis
event-organiser = Organizavimas
event-speakers = Pranešėjai
event-places = Vietos
event-no_speakers = Pranešėjai dar nenurodyti.
event-waiting_count = Laukia: { $waiting }
event-registration = Jūsų vieta
event-speaking = Šiame renginyje kalbate jūs.
event-full = Visos vietos užimtos: jei užsiregistruosite, pateksite į laukiančiųjų sąrašą.
event-register = Registruotis
event-unregister = Atsisakyti savo vietos
event-leave_waiting = Išeiti iš laukiančiųjų sąrašo
event-unregister_confirm_title = Atsisakyti „{ $title }“?
event-unregister_confirm = Jūsų eilę gaus kitas asmuo iš laukiančiųjų sąrašo. Jei užsiregistruosite dar kartą, gali tekti palaukti.
event-unregistered = Jūsų registracija atšaukta.
event-calendar = Įtraukti į mano kalendorių (.ics)
event-organiser_tools = Organizavimui
event-edit = Keisti renginį
event-cancel = Atšaukti renginį
event-keep = Palikti renginį
event-cancel_confirm_title = Atšaukti „{ $title }“?
event-cancel_confirm_lost = Niekas nebegalės registruotis, ir visi matys, kad jis atšauktas. To negalima atšaukti. Registracijos ir klausimai išsaugomi.
event-cancelled = Renginys atšauktas.
event-registrants = Registracijos
event-waiting_list = Laukiančiųjų sąrašas
event-nobody = Kol kas niekas.
event-attendance = Dalyvavimas
event-attendance_hint = Kas sekė renginio puslapį tiesioginės transliacijos metu ir kiek laiko.
event-attendance_none = Niekas nesekė renginio tiesiogiai.
event-minutes = { $minutes } min.
qa-title = Klausimai ir atsakymai
qa-empty = Klausimų dar nėra.
qa-closed = Klausimai uždaryti: renginys baigėsi.
qa-need_place = Užsiregistruokite, kad galėtumėte užduoti klausimą ar jį palaikyti.
qa-your_question = Jūsų klausimas
qa-ask = Klausti
qa-asked = Jūsų klausimas išsiųstas.
qa-upvote = Palaikyti
qa-upvoted = Palaikyta
qa-votes = Balsai: { $votes }
qa-by = Klausia: { $name }
qa-by_gone = Klausia: ištrinta paskyra
qa-answer = Atsakymas: { $answer }
qa-state-picked = Dabar atsakoma
qa-state-answered = Atsakyta
qa-state-hidden = Paslėpta
qa-pick = Pasirinkti
qa-unpick = Grąžinti į sąrašą
qa-hide = Slėpti
qa-restore = Atkurti
qa-answer_label = Rašytinis atsakymas (neprivalomas)
qa-mark_answered = Pažymėti kaip atsakytą
qa-gone = Šių klausimų nebegalite sekti.
audit-event-created = Suplanuotas renginys „{ $title }“
audit-event-updated = Pakeistas renginys „{ $title }“
audit-event-cancelled = Atšauktas renginys „{ $title }“
audit-event-question_moderated = Moderuotas renginio „{ $title }“ klausimas

## the live webinar (issue 22)
live-title = Tiesioginis vaizdas
live-not_started = Tiesioginis vaizdas dar neprasidėjo.
live-ended = Tiesioginis vaizdas baigėsi.
live-connecting = Jungiamasi prie tiesioginio vaizdo…
live-need_place = Tiesioginį vaizdą gali žiūrėti tik tie, kurie turi vietą.
live-watching_you = Jūs žiūrite tiesioginį vaizdą.
live-on_air = Jūs tiesioginiame eteryje: visi jus mato ir girdi.
live-recording = Šis renginys įrašomas.
live-speaking = Kalba: { $names }
live-nobody_speaking = Dar niekas nekalba.
live-watching = Žiūri: { $watching }
live-start = Pradėti tiesioginį vaizdą
live-end = Baigti tiesioginį vaizdą
live-end_confirm_title = Baigti „{ $title }“ tiesioginį vaizdą?
live-end_confirm_lost = Vaizdas sustoja visiems – pranešėjams ir žiūrovams. Galite jį vėl pradėti, kol vyksta renginys; klausimai išsaugomi.
live-go_live = Pradėti transliuoti
live-stop = Sustabdyti mano vaizdą
live-hand_raised = Jūsų ranka pakelta: moderatorius gali pakviesti jus kalbėti.
live-invited = Jūs pakviesti kalbėti: pradėkite transliuoti, kai būsite pasiruošę.
live-returned = Jūs vėl tarp žiūrovų.
live-hands = Pakeltos rankos
live-no_hands = Nė viena ranka nepakelta.
live-promote = Pakviesti { $name } kalbėti
live-return = Grąžinti { $name } į žiūrovus
live-record_start = Pradėti įrašymą
live-record_stop = Sustabdyti įrašymą

## the event's recordings and seat (issue 22)
event-moved_up = Dabar turite vietą: pakilote iš laukiančiųjų sąrašo.
live-off_stage_returned = Moderatorius grąžino jus į auditoriją.
live-off_stage_muted = Šioje erdvėje jums buvo išjungtas garsas: vėl esate auditorijoje.
live-off_stage_removed = Nebesate šios erdvės narys: vėl esate auditorijoje.
live-off_stage_unnamed = Nebesate šio renginio pranešėjas: vėl esate auditorijoje.
recordings-title = Įrašai
recordings-processing = Įrašas apdorojamas: jis pasirodys čia, kai bus paruoštas.
recordings-take = Įrašyta { $when } · { $length }
recordings-video = Vaizdo įrašas: { $speaker }
recordings-audio = Garsas: { $speaker }
recordings-former_speaker = buvęs pranešėjas
