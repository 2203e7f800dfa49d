### TwinSpace Live: fjalët e faqes në gjuhën shqipe.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Shqip

## app
app-name = TwinSpace Live
app-skip = Kalo te përmbajtja
app-nav = Menyja kryesore
app-language = Gjuha
app-sign_out = Dil
app-signed_in_as = Keni hyrë si { $name }
app-loading = Po ngarkohet…

## conn
conn-lost = Lidhja u ndërpre. Po rilidhet…
conn-back = Lidhja u rikthye.
conn-failed = Lidhja e drejtpërdrejtë u mbyll. Ringarkoni faqen për të provuar përsëri.
conn-session_ended = Sesioni juaj përfundoi. Ju lutemi, hyni përsëri.
conn-account_locked = Kjo llogari nuk mund të përdoret më. Hyni përsëri për të parë arsyen.
conn-closed-auth_missing = Lidhja e drejtpërdrejtë nuk e mori hyrjen tuaj në kohë. Ringarkoni faqen.
conn-closed-session_invalid = Sesioni juaj nuk është më i vlefshëm. Ju lutemi, hyni përsëri.
conn-closed-session_expired = Sesioni juaj ka skaduar. Ju lutemi, hyni përsëri.
conn-closed-signed_out = Sesioni juaj u mbyll. Ju lutemi, hyni përsëri.
conn-closed-account_locked = Kjo llogari nuk mund të përdoret më. Hyni përsëri për të parë arsyen.
conn-closed-too_many_connections = Kjo llogari ka shumë faqe të hapura njëkohësisht. Mbyllni disa skeda, pastaj ringarkoni këtë faqe.
conn-closed-too_many_messages = Kjo faqe dërgoi shumë gjëra shumë shpejt. Prisni pak, pastaj ringarkojeni.
conn-closed-frame_too_large = Kjo faqe dërgoi diçka shumë të madhe. Ringarkoni faqen dhe provoni përsëri.
conn-closed-idle_timeout = Lidhja e drejtpërdrejtë mbeti joaktive për shumë kohë dhe u mbyll. Po rilidhet…
conn-closed-slow_consumer = Lidhja e drejtpërdrejtë mbeti prapa. Po rilidhet…
conn-closed-server_restarting = Serveri po riniset. Rilidhja do të bëhet pas pak…
conn-closed-server_shutting_down = Serveri i lidhjes suaj po ndalon. Po rilidhet…
conn-closed-unavailable = Serveri është i zënë. Rilidhja do të bëhet pas pak…
conn-closed-internal = Diçka shkoi keq në server. Rilidhja do të bëhet pas pak…

## login
login-title = Hyrja
login-intro = Mësuesit dhe mysafirët hyjnë me adresën e tyre të email-it. Nxënësit përdorin emrin e përdoruesit dhe kodin që u ka dhënë mësuesi.
login-teacher = Mësues dhe mysafirë
login-pupil = Nxënës
login-email = Adresa e email-it
login-password = Fjalëkalimi
login-username = Emri i përdoruesit
login-code = Kodi
login-submit = Hyr
login-pupil_submit = Hyr si nxënës
login-forgot = Keni harruar fjalëkalimin?
login-register = Nuk keni ende llogari? Krijoni një llogari eTwinner
login-pupil_forgot = Keni harruar kodin? Kërkojini mësuesit tuaj një të ri.

## invite
invite-title = Bashkimi me një TwinSpace si mysafir
invite-intro = Ju kanë ftuar në një TwinSpace. Zgjidhni si do t’ju shohin të tjerët dhe vendosni një fjalëkalim.
invite-display_name = Emri juaj
invite-submit = Prano ftesën
invite-checking = Po kontrollohet ftesa juaj…
invite-for_space = Ju kanë ftuar në „{ $title }“.
invite-unknown = Kjo lidhje ftese nuk njihet. Kontrolloni nëse e keni kopjuar të plotë, ose kërkojini një të re mësuesit që e dërgoi.
invite-expired = Kjo lidhje ftese ka skaduar. Kërkojini një të re mësuesit që e dërgoi.
invite-used_up = Kjo lidhje ftese është përdorur aq herë sa lejohet. Kërkojini një të re mësuesit që e dërgoi.
invite-revoked = Kjo lidhje ftese u tërhoq nga një mësues.
invite-closed = Hapësira e kësaj ftese është e mbyllur.

## spaces
spaces-title = Hapësirat e mia
spaces-empty = Ende nuk bëni pjesë në asnjë hapësirë.
spaces-create = Krijimi i një hapësire
spaces-kind = Lloji
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Dhomë
spaces-kind-group = Grup
spaces-space_title = Titulli
spaces-description = Përshkrimi (sipas dëshirës)
spaces-create_submit = Krijo
spaces-created = Hapësira „{ $title }“ u krijua.
spaces-my_role = Roli juaj: { $role }
spaces-archived = e arkivuar

## space
space-back = Kthehu te hapësirat e mia
space-sections = Seksionet e kësaj hapësire
space-members = Anëtarët
space-online_count =
    { $count ->
        [one] { $count } në linjë
       *[other] { $count } në linjë
    }
space-online = në linjë
space-offline = jashtë linje
space-you = (ju)
space-refreshed = Lista u përditësua.
space-gone = Kjo hapësirë nuk është më e disponueshme për ju.

## chat
chat-title = Biseda
chat-empty = Ende nuk ka mesazhe.
chat-message = Mesazhi
chat-send = Dërgo
chat-pending = (në pritje të një mësuesi)
chat-typing = { $name } po shkruan…
chat-teachers_tab = Buletini i mësuesve
chat-teachers_title = Buletini i mësuesve
chat-session_title = Biseda e seancës
chat-older = Shfaq mesazhet më të vjetra
chat-new_messages = Mesazhe të reja
chat-mention_list = Anëtarë që mund të përmendni
chat-mention_hint = Shkruani @ dhe një emër për të përmendur një anëtar.
chat-hidden = (fshehur nga një mësues)
chat-deleted = (fshirë)
chat-rejected = (nuk u shfaq nga një mësues)
chat-edited = (ndryshuar)
chat-mentions_you = ju përmend
chat-edit = Ndrysho
chat-edit_label = Ndryshoni mesazhin tuaj
chat-save = Ruaj
chat-cancel = Anulo
chat-delete = Fshi
chat-delete_confirm = Po, fshije
chat-hide = Fshih
chat-restore = Rikthe
chat-approve = Mirato
chat-reject = Refuzo
chat-report = Raporto
chat-reported = Faleminderit. Mësuesit do ta shohin këtë mesazh.
chat-mute = Ndalo shkrimin
chat-mute_question = Të ndalohet shkrimi për: { $name }?
chat-mute_for = Kohëzgjatja e ndalimit ({ $name }):
chat-minutes =
    { $count ->
        [one] { $count } minutë
       *[other] { $count } minuta
    }
chat-mute_confirm = Ndalo tani
chat-muted_other = { $name } nuk mund të shkruajë deri në { $time }.
chat-muted_you = Një mësues jua ka ndaluar shkrimin deri në { $time }. Mund ta lexoni ende bisedën.
chat-unmuted_you = Mund të shkruani sërish në bisedë.
chat-gone = Kjo bisedë nuk është më e disponueshme për ju.

## role
role-founder = Themelues
role-admin = Administrator
role-teacher = Mësues
role-pupil_admin = Nxënës administrator
role-pupil = Nxënës
role-guest = Mysafir

## error
error-bad_credentials = Të dhënat e hyrjes nuk janë të sakta. Kontrollojini dhe provoni përsëri.
error-rate_limited = Shumë përpjekje. Ju lutemi, prisni pak dhe provoni përsëri.
error-invalid = Disa fusha nuk janë plotësuar saktë.
error-not_found = Kjo faqe nuk ekziston ose nuk mund ta shihni.
error-forbidden = Nuk ju lejohet ta bëni këtë.
error-gone = Kjo nuk ekziston më ose nuk funksionon më.
error-conflict = Kjo bie ndesh me diçka që ekziston tashmë.
error-gone-revoked = Kjo lidhje ftese nuk funksionon më: mësuesit e hapësirës e tërhoqën.
error-gone-expired = Kjo lidhje ftese nuk funksionon më: ka skaduar.
error-gone-used_up = Kjo lidhje ftese nuk funksionon më: është përdorur aq herë sa lejohet.
error-conflict-name_taken = „{ $name }“ ekziston tashmë këtu. Zgjidhni një emër tjetër.
error-conflict-in_trash = „{ $name }“ është në kosh: së pari duhet rikthyer prej andej.
error-conflict-not_in_trash = „{ $name }“ nuk është në kosh.
error-conflict-parent_in_trash = „{ $name }“ ndodhet në një dosje që tani është në kosh: së pari riktheni atë dosje.
error-conflict-folder_not_empty = Dosja „{ $name }“ nuk është bosh: së pari zhvendosni në kosh atë që ka brenda.
error-conflict-wrong_status = Statusi i kësaj llogarie ({ $status }) nuk e lejon këtë.
error-unauthenticated = Ju lutemi, hyni.
error-network = Serveri nuk u arrit. Kontrolloni lidhjen tuaj dhe provoni përsëri.
error-generic = Diçka shkoi keq. Ju lutemi, provoni përsëri.
error-too_large = Kjo është shumë e madhe.
error-quota_exceeded = Nuk ka mbetur vend i mjaftueshëm në këtë hapësirë.
error-unsupported = Serveri nuk mund ta pranojë këtë lloj kërkese.
error-aborted = Ngarkimi u ndal.
error-rate_limited_wait = Shumë përpjekje. Provoni përsëri { $wait }.
error-fields = Disa fusha kërkojnë vëmendjen tuaj: shihni mesazhin poshtë secilës.
error-account_rejected = Administratori kombëtar i vendit tuaj nuk e pranoi këtë regjistrim, prandaj me këtë llogari nuk mund të hyhet. Nëse mendoni se është gabim, kontaktoni Organizatën Kombëtare të Mbështetjes së eTwinning në vendin tuaj.
error-account_suspended = Administratori kombëtar i vendit tuaj e ka pezulluar këtë llogari: tani për tani me të nuk mund të hyhet. Për të mësuar arsyen ose për të kërkuar rikthimin e saj, kontaktoni Organizatën Kombëtare të Mbështetjes së eTwinning në vendin tuaj.
error-malformed = Faqja dërgoi diçka që serveri nuk mundi ta lexonte. Ringarkoni faqen dhe provoni përsëri.
error-csrf = Kontrolli i sigurisë i faqes dështoi. Ringarkoni faqen dhe provoni përsëri.
error-limit_exceeded = Kjo e kalon një kufi të vendosur për këtë hapësirë.
error-unavailable = Serveri është i zënë ose një pjesë e tij nuk përgjigjet. Ju lutemi, provoni përsëri pas pak.
error-internal = Diçka shkoi keq në server. Ju lutemi, provoni përsëri më vonë.
error-insufficient_storage = Serveri nuk ka më vend për skedarë. Nuk u ruajt asgjë; ju lutemi, njoftoni personin e kontaktit për eTwinning në shkollën tuaj.
error-request_timeout = Dërgimi zgjati shumë dhe u ndalua. Kontrolloni lidhjen tuaj dhe provoni përsëri.
error-conflict-not_a_guest = Kjo adresë email-i i përket një llogarie eTwinning. Mësuesit ftohen nga administratorët e hapësirës, jo me një lidhje për mysafirë.

## notice
notice-post-pending = Faleminderit! Një mësues do ta lexojë postimin tuaj para se ta shohin të gjithë.
notice-post-approved = Një mësues e lexoi postimin tuaj. Tani të gjithë në projekt mund ta shohin.
notice-post-rejected = Një mësues vendosi të mos e shfaqë postimin tuaj. Mund ta pyesni mësuesin tuaj pse.
notice-post-hidden = Një mësues e ka fshehur postimin tuaj për momentin. Mund ta pyesni mësuesin tuaj pse.
notice-post-restored = Një mësues e shfaqi përsëri postimin tuaj. Tani të gjithë mund ta shohin.
notice-post-purged = Një mësues e hoqi postimin tuaj.
notice-member-muted = Mund ta lexoni projektin, por nuk mund të shkruani për një kohë.
notice-member-unmuted = Mund të shkruani përsëri në projekt.
notice-chat-mention = { $name } ju përmendi në bisedë.

## video
video-section = Video
video-open_sessions = Seanca video të hapura
video-none = Nuk ka asnjë seancë video të hapur.
video-start_title = Nisja e një seance video
video-title = Titulli (sipas dëshirës)
video-lobby = Nxënësit presin në dhomën e pritjes derisa një mësues t’i lejojë të hyjnë
video-start = Nis
video-join_named = Bashkohu te „{ $title }“
video-nobody_in_call = Ende askush në thirrje
video-people_in_call =
    { $count ->
        [one] { $count } person në thirrje
       *[other] { $count } persona në thirrje
    }
video-locked = (e kyçur)
video-back = Kthehu te hapësira
video-participants = Pjesëmarrësit
video-my_controls = Mikrofoni dhe kamera juaj
video-chat = Biseda e seancës
video-starting_media = Po ndizen kamera dhe mikrofoni juaj…
video-in_call = Jeni në thirrje.
video-waiting_in_lobby = Jeni në dhomën e pritjes. Një mësues do t’ju lejojë së shpejti të hyni.
video-no_media = Nuk u përdor dot asnjë kamerë apo mikrofon: megjithatë mund t’i shihni dhe t’i dëgjoni të tjerët.
video-partial_media = Vetëm një pjesë e kamerës dhe e mikrofonit tuaj mund të përdorej.
video-enable_sound = Ndiz zërin
video-mic_on = Mikrofoni i ndezur
video-mic_off = Mikrofoni i fikur
video-mic_forced = Heshtur nga një mësues
video-camera_on = Kamera e ndezur
video-camera_off = Kamera e fikur
video-hand_raised = Dora e ngritur
video-mute_me = Fik mikrofonin tim
video-unmute_me = Ndiz mikrofonin tim
video-camera_stop = Fik kamerën time
video-camera_start = Ndiz kamerën time
video-hand_raise = Ngri dorën
video-hand_lower = Ul dorën
video-leave = Dil
video-you_are_muted = Një mësues jua ka fikur mikrofonin. Mund ta ndizni kur ta lejojë një mësues.
video-muted_by_teacher = Një mësues jua fiku mikrofonin.
video-unmute_allowed = Një mësues ju lejon ta ndizni sërish mikrofonin.
video-mute_other = Hesht
video-mute_named = Hesht: { $name }
video-allow_unmute = Lejo mikrofonin
video-allow_unmute_named = Lejo mikrofonin: { $name }
video-remove = Hiq
video-remove_named = Hiq nga seanca: { $name }
video-lobby_title = Dhoma e pritjes
video-lobby_empty = Askush nuk pret.
video-admit = Lejo hyrjen
video-admit_named = Lejo hyrjen: { $name }
video-deny = Refuzo
video-deny_named = Refuzo: { $name }
video-manage = Kjo seancë
video-is_open = E hapur: anëtarët mund të bashkohen.
video-is_locked = E kyçur: vetëm mësuesit mund të bashkohen.
video-lock = Kyç seancën
video-end = Përfundo seancën për të gjithë
video-ended = Seanca përfundoi.
video-ended_space_archived = Seanca përfundoi: hapësira e saj u arkivua.
video-ended_space_deleted = Seanca përfundoi: hapësira e saj u fshi.
video-ended_empty = Seanca përfundoi: për një kohë nuk kishte askënd në të.
video-no_teacher_yet = Në këtë seancë nuk ka ende asnjë mësues, prandaj askush nuk mund t’ju lejojë të hyni. Mund të prisni këtu ose të dilni.
video-leave_lobby = Dil nga dhoma e pritjes
video-removed = Një mësues ju hoqi nga seanca.
video-denied = Një mësues nuk ju lejoi të hyni në këtë seancë.
video-left = Dolët nga seanca.
video-full = Kjo seancë është plot.
video-refused = Nuk mund të bashkoheni me këtë seancë.
video-signal_refused = Serveri refuzoi atë që dërgoi shfletuesi juaj. Provoni të dilni dhe të bashkoheni përsëri.
video-sfu_moving = Seanca u zgjerua: thirrja po kalon në serverin multimedial të klasës…
video-sfu_unreachable = Serveri multimedial i klasës nuk arrihet. Po provohet përsëri…
video-sfu_no_seat = Të gjitha vendet për kamera në këtë seancë janë zënë: ju i shihni dhe i dëgjoni të tjerët, por ata nuk ju shohin dhe nuk ju dëgjojnë.
video-sfu_not_sent = Kamera dhe mikrofoni juaj nuk mund të dërgoheshin. Ende i shihni dhe i dëgjoni të tjerët.

## forum
forum-title = Forumi
forum-threads = Temat
forum-posts = Postimet
forum-areas = Zonat e forumit
forum-area-open = Forum i hapur
forum-area-teachers = Buletini i mësuesve
forum-empty = Ende nuk ka tema.
forum-thread_meta =
    { $count ->
        [one] nga { $author } · { $count } postim · { $when }
       *[other] nga { $author } · { $count } postime · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } i ri
       *[other] { $count } të reja
    }
forum-pinned = e fiksuar
forum-locked = e kyçur
forum-new_thread = Temë e re
forum-new_bulletin = Temë e re në Buletinin e mësuesve
forum-thread_title = Titulli i temës
forum-first_post = Postimi i parë
forum-start = Nis temën
forum-thread_started = Tema u nis.
forum-thread_held = Faleminderit! Një mësues do ta lexojë temën tuaj para se ta shohin të gjithë.
forum-back = Kthehu te temat
forum-reply_label = Përgjigjja juaj
forum-send = Posto përgjigjen
forum-no_reply = Nuk mund të përgjigjeni në këtë temë.
forum-held = Faleminderit! Një mësues do ta lexojë postimin tuaj para se ta shohin të gjithë.
forum-edited = (ndryshuar)
forum-edit = Ndrysho
forum-edit_label = Ndryshoni postimin tuaj
forum-save = Ruaj
forum-saved = Postimi juaj u ndryshua.
forum-cancel = Anulo
forum-delete = Fshi
forum-deleted = Postimi u fshi.
forum-report = Raporto
forum-report_reason = Çfarë nuk shkon me këtë postim? (sipas dëshirës)
forum-report_send = Dërgo raportimin
forum-reported = Faleminderit. Mësuesit u njoftuan.
forum-hide = Fshih
forum-restore = Rikthe
forum-approve = Mirato
forum-reject = Refuzo
forum-done-hide = Postimi u fsheh nga klasa.
forum-done-restore = Postimi shfaqet përsëri.
forum-done-approve = Postimi u miratua: të gjithë mund ta shohin.
forum-done-reject = Postimi u refuzua: e sheh vetëm autori i tij.
forum-state-pending = në pritje të një mësuesi
forum-state-hidden = i fshehur
forum-state-rejected = i pabotuar
forum-state-deleted = i fshirë
forum-pin = Fikso
forum-unpin = Hiq fiksimin
forum-lock = Kyç
forum-unlock = Shkyç
forum-thread_changed = Tema u ndryshua.
forum-thread_gone = Kjo temë nuk është më e disponueshme për ju.
forum-moderation = Moderimi
forum-queue = Në pritje të miratimit
forum-queue_empty = Asnjë postim nuk është në pritje.
forum-reports = Raportimet
forum-reports_empty = Nuk ka raportime të hapura.
forum-reported_by = raportuar nga { $name }
forum-report_said = Arsyeja: { $reason }
forum-resolve = Mbyll raportimin
forum-resolved = Raportimi u mbyll.

## reactions
reaction-bar = Reagime
reaction-add = Shto një reagim
reaction-picker = Zgjidh një reagim
reaction-count =
    { $count ->
        [one] { $name }: { $count } person
       *[other] { $name }: { $count } persona
    }
reaction-thumbs_up = Gishti lart
reaction-heart = Zemër
reaction-clap = Bravo
reaction-laugh = Qesharake
reaction-idea = Ide e mirë
reaction-question = Kam një pyetje

## archive
archive-title = Skedarët
archive-usage = Përdorur { $used } nga { $quota }
archive-where = Dosja
archive-top = Të gjithë skedarët
archive-empty = Kjo dosje është bosh.
archive-contents = Dosje dhe skedarë
archive-name = Emri
archive-size = Madhësia
archive-by = Shtuar nga
archive-when = Ndryshuar
archive-actions = Veprimet
archive-former_member = ish-anëtar
archive-choose = Zgjidh një skedar
archive-upload = Ngarko
archive-progress = Ecuria e ngarkimit
archive-uploading = Po ngarkohet { $name }: { $percent }
archive-uploaded = Skedari „{ $name }“ u ngarkua.
archive-too_large = Ky skedar është shumë i madh: skedarët mund të jenë të shumtën { $max }.
archive-quota = Nuk ka mbetur vend i mjaftueshëm në skedarët e kësaj hapësire ({ $free } të lira). Kërkojini një mësuesi të heqë skedarë të vjetër.
archive-new_folder = Dosje e re
archive-create_folder = Krijo dosjen
archive-folder_created = Dosja „{ $name }“ u krijua.
archive-download = Shkarko
archive-download_named = Shkarko: { $name }
archive-rename = Riemërto
archive-rename_named = Riemërto: { $name }
archive-new_name = Emri i ri
archive-save = Ruaj
archive-cancel = Anulo
archive-renamed = U riemërtua në „{ $name }“.
archive-trash = Zhvendos në kosh
archive-trash_named = Zhvendos në kosh: { $name }
archive-trashed = „{ $name }“ është në kosh.
archive-show_trash = Koshi
archive-trash_empty = Koshi është bosh.
archive-restore = Rikthe
archive-restore_named = Rikthe: { $name }
archive-restored = „{ $name }“ u rikthye.
archive-purge = Fshi përgjithmonë
archive-purge_named = Fshi përgjithmonë: { $name }
archive-purged = „{ $name }“ u fshi përgjithmonë.
archive-choose_first = Zgjidhni një skedar për ta ngarkuar.
archive-no_file = Ende nuk është zgjedhur asnjë skedar.
archive-name_taken = Këtu ka tashmë diçka me këtë emër. Zgjidhni një emër tjetër.

## unit
unit-b = B
unit-kb = KB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Plotësoni këtë fushë.
field-unknown = Kjo fushë nuk pritet këtu.
field-type = Kjo vlerë nuk është e llojit të duhur.
field-blank = Shkruani diçka këtu: vetëm hapësirat nuk llogariten.
field-too_short =
    { $count ->
        [one] Shkruani të paktën { $min } karakter.
       *[other] Shkruani të paktën { $min } karaktere.
    }
field-too_long =
    { $count ->
        [one] Shkruani të shumtën { $max } karakter.
       *[other] Shkruani të shumtën { $max } karaktere.
    }
field-too_small = Jepni të paktën { $min }.
field-too_large = Jepni të shumtën { $max }.
field-format = Kjo nuk është në formën e pritur.
field-choice = Zgjidhni një nga mundësitë e ofruara.
field-invalid = Kjo vlerë nuk pranohet.

## confirm
confirm-cancel = Anulo
confirm-trash_file = Të zhvendoset „{ $name }“ në kosh?
confirm-trash_file_lost = Anëtarët nuk do ta shohin më këtë skedar. Një mësues mund ta rikthejë nga koshi.
confirm-trash_folder = Të zhvendoset dosja „{ $name }“ në kosh?
confirm-trash_folder_lost = Anëtarët nuk do ta shohin më këtë dosje, as çfarëdo që ka brenda. Një mësues mund ta rikthejë nga koshi.
confirm-purge = Të fshihet përgjithmonë „{ $name }“?
confirm-purge_lost = Do të zhduket për të gjithë dhe nuk mund të rikthehet.
confirm-delete_post = Të fshihet ky postim?
confirm-delete_post_lost = Teksti i tij do të zhduket për të gjithë. Ky veprim nuk mund të zhbëhet.
confirm-delete_message = Të fshihet ky mesazh?
confirm-delete_message_lost = Teksti i tij do të zhduket për të gjithë. Ky veprim nuk mund të zhbëhet.
confirm-end_session = Të përfundojë seanca për të gjithë?
confirm-end_session_lost = Të gjithë dalin menjëherë nga thirrja dhe seanca nuk mund të hapet më.
confirm-remove_participant = Të hiqet nga seanca: { $name }?
confirm-remove_participant_lost = { $name } del menjëherë nga thirrja dhe nuk mund të kthehet në këtë seancë.
confirm-deny = Të refuzohet: { $name }?
confirm-deny_lost = { $name } nuk do të hyjë në këtë seancë.

## page
page-not_found = Faqja nuk u gjet
page-not_found_text = Nuk ka faqe në këtë adresë.
page-go_spaces = Shko te hapësirat e mia
page-go_sign_in = Shko te faqja e hyrjes

## form
form-required = Plotësoni këtë fushë.
form-email_format = Shkruani një adresë email-i si name@school.eu.
form-password_short = Përdorni të paktën 10 karaktere.
form-password_long = Përdorni të shumtën 200 karaktere.
form-password_mismatch = Të dy fjalëkalimet nuk janë të njëjta.
form-password_hint = Të paktën 10 karaktere. Disa fjalë që do t’i mbani mend janë zgjedhje e mirë.
form-check_fields = Ju lutemi, kontrolloni fushat e shënuara më sipër.
form-field_invalid = Kjo vlerë nuk pranohet.

## register
register-title = Krijimi i një llogarie eTwinner
register-intro = Për mësuesit. Administratori kombëtar i vendit tuaj kontrollon nëse jepni mësim në një shkollë dhe më pas e vërteton llogarinë tuaj. Nxënësit nuk regjistrohen: llogaritë e tyre i krijon mësuesi i tyre.
register-name = Emri juaj
register-school = Shkolla
register-country = Vendi
register-country_choose = Zgjidhni vendin tuaj
register-submit = Krijo llogarinë time
register-email_taken = Ekziston tashmë një llogari me këtë adresë email-i. Hyni ose kërkoni një fjalëkalim të ri.
register-have_account = Keni tashmë llogari? Hyni

## pending
pending-title = Llogaria juaj pret vërtetimin
pending-who_heading = Kush e vërteton
pending-who = Administratori kombëtar i vendit tuaj ({ $country }) kontrollon nëse jepni mësim në shkollën që keni shënuar dhe më pas e vërteton llogarinë tuaj.
pending-next_heading = Çfarë ndodh më pas
pending-next_validate = Sapo llogaria juaj të vërtetohet, bëheni eTwinner: mund të krijoni hapësira, të merrni ftesa për projekte dhe të krijoni llogaritë e nxënësve tuaj. Hyni përsëri ose shtypni „Kontrollo përsëri“ për ta parë.
pending-next_reject = Nëse administratori kombëtar nuk e pranon regjistrimin tuaj, do ta mësoni kur të hyni.
pending-next_meanwhile = Deri atëherë, mund të ndryshoni emrin dhe fjalëkalimin tuaj te „Llogaria ime“.
pending-check = Kontrollo përsëri
pending-still = Llogaria juaj pret ende vërtetimin.
pending-count =
    { $count ->
        [one] { $count } në pritje të moderimit
       *[other] { $count } në pritje të moderimit
    }

## forgot
forgot-title = Keni harruar fjalëkalimin?
forgot-intro = Shkruani adresën e email-it të llogarisë suaj. Do t’ju dërgojmë një lidhje për të zgjedhur një fjalëkalim të ri.
forgot-submit = Më dërgo një lidhje
forgot-sent = Nëse ka një llogari me këtë adresë, një lidhje është nisur drejt saj. Lidhja funksionon një herë, për një kohë të kufizuar. Kontrolloni edhe dosjen e postës së padëshiruar.
forgot-pupils = Nxënës: këtu nuk keni adresë email-i. Kërkojini mësuesit tuaj një kod të ri.
forgot-back = Kthehu te hyrja

## reset
reset-title = Zgjidhni një fjalëkalim të ri
reset-intro = Zgjedhja e një fjalëkalimi të ri ju nxjerr nga llogaria në të gjitha pajisjet e tjera.
reset-password = Fjalëkalimi i ri
reset-confirm = Fjalëkalimi i ri përsëri
reset-submit = Ruaj fjalëkalimin e ri
reset-gone = Kjo lidhje ka skaduar ose është përdorur tashmë. Kërkoni një të re.
reset-done = Fjalëkalimi juaj u ndryshua. Hyni me fjalëkalimin e ri.
reset-ask_again = Kërko një lidhje të re

## account
account-title = Llogaria ime
account-signed_in_with = Hyni me { $email }.
account-name_heading = Emri juaj
account-name = Emri që shohin të tjerët
account-save_name = Ruaj emrin
account-name_saved = Emri juaj u ruajt.
account-pupil_note = Këtë emër e zgjodhi dhe e menaxhon mësuesi juaj. Pyeteni mësuesin nëse duhet ndryshuar.
account-password_heading = Fjalëkalimi juaj
account-password_intro = Ndryshimi i tij ju nxjerr nga llogaria në pajisjet e tjera; këtu mbeteni brenda.
account-current_password = Fjalëkalimi aktual
account-new_password = Fjalëkalimi i ri
account-confirm_password = Fjalëkalimi i ri përsëri
account-save_password = Ndrysho fjalëkalimin
account-password_saved = Fjalëkalimi juaj u ndryshua.
account-current_wrong = Ky nuk është fjalëkalimi juaj aktual.
account-everywhere_heading = Dalja kudo
account-everywhere_intro = I jep fund hyrjes suaj në çdo pajisje dhe shfletues, përfshirë këtë: një telefon i humbur ose një kompjuter i përbashkët nuk e hap më llogarinë tuaj.
account-everywhere = Dil kudo…
account-everywhere_question = Të dilni nga llogaria në të gjitha pajisjet, përfshirë këtë? Faqet e hapura mbyllen menjëherë dhe çdo gjë që nuk është dërguar ende prej tyre humbet.
account-everywhere_confirm = Po, më nxirr kudo
account-everywhere_done = Dolët nga llogaria në të gjitha pajisjet.
account-cancel = Anulo

## admin
admin-nav = Paneli i vërtetimit
admin-title = Paneli i administratorit kombëtar
admin-country = Vendi: { $country }
admin-only_national_admins = Kjo faqe është për administratorët kombëtarë.
admin-pending_heading = Mësues që presin vërtetimin
admin-pending_count =
    { $count ->
        [one] { $count } mësues pret.
       *[other] { $count } mësues presin.
    }
admin-pending_none = Asnjë mësues nuk pret vërtetimin.
admin-select_all = Zgjidh të gjithë
admin-select_first = Së pari zgjidhni të paktën një mësues.
admin-validate_selected = Vërteto të zgjedhurit
admin-reject_selected = Refuzo të zgjedhurit…
admin-validated =
    { $count ->
        [one] U vërtetua { $count } mësues.
       *[other] U vërtetuan { $count } mësues.
    }
admin-rejected =
    { $count ->
        [one] U refuzua { $count } regjistrim.
       *[other] U refuzuan { $count } regjistrime.
    }
admin-reject_question =
    { $count ->
        [one] Të refuzohet regjistrimi: { $names }? Me këtë llogari nuk do të mund të hyhet dhe ky veprim nuk mund të zhbëhet.
       *[other] Të refuzohen këto { $count } regjistrime ({ $names })? Me këto llogari nuk do të mund të hyhet dhe ky veprim nuk mund të zhbëhet.
    }
admin-reject_reason = Arsyeja e refuzimit
admin-reject_heading = Refuzimi i regjistrimeve
admin-suspend_heading = Pezullimi i një llogarie
admin-reinstate_heading = Rikthimi i një llogarie
admin-reject_reason_hint = Ruhet në regjistrin e auditimit bashkë me emrin tuaj.
admin-reject_confirm =
    { $count ->
        [one] Refuzo { $count } regjistrim
       *[other] Refuzo { $count } regjistrime
    }
admin-failed_one = { $name }: { $why }
admin-school = Shkolla: { $school }
admin-registered = Regjistruar më { $date }
admin-search_heading = Gjetja e një llogarie
admin-search_label = Emri, adresa e email-it ose shkolla
admin-search_hint = Vetëm llogaritë e vendit tuaj. Lëreni bosh për t’i parë të gjitha, nga më e reja.
admin-search = Kërko
admin-showing = { $from }–{ $to } nga { $total }
admin-no_match = Asnjë llogari nuk përputhet.
admin-previous = Faqja e mëparshme
admin-next = Faqja tjetër
admin-suspend = Pezullo…
admin-suspend_named = Pezullo: { $name }…
admin-suspend_question = Të pezullohet llogaria: { $name }? Llogaria nxirret menjëherë kudo, faqet e saj të hapura mbyllen dhe me të nuk mund të hyhet derisa ta riktheni.
admin-suspend_reason = Arsyeja e pezullimit
admin-suspend_confirm = Po, pezullo
admin-suspend_done = Llogaria u pezullua: { $name }.
admin-reinstate = Rikthe…
admin-reinstate_named = Rikthe: { $name }…
admin-reinstate_question = Të rikthehet llogaria: { $name }? Me të do të mund të hyhet përsëri.
admin-reinstate_reason = Arsyeja (sipas dëshirës)
admin-reinstate_confirm = Rikthe
admin-reinstate_done = Llogaria u rikthye: { $name }.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Për ta konfirmuar, shkruani titullin e hapësirës: { $text }

## status
status-active = aktive
status-pending = në pritje të vërtetimit
status-suspended = e pezulluar
status-rejected = e refuzuar
status-erased = e fshirë

## names
names-marked = { $name } ({ $mark })

## members
members-username = emri i përdoruesit { $username }
members-role_of = Roli: { $name }
members-change_role = Ndrysho rolin
members-role_question = { $name }: të ndryshohet roli nga „{ $from }“ në „{ $to }“?
members-role_consequence = Që tani { $name } mund të bëjë gjithçka që lejon roli „{ $to }“, menjëherë në të gjitha pajisjet.
members-role_confirm = Ndrysho rolin
members-role_changed = { $name } tani ka rolin „{ $role }“.
members-reset_code = Kod i ri
members-reset_question = { $name }: të jepet një kod i ri hyrjeje?
members-reset_consequence = Kodi i vjetër pushon së funksionuari menjëherë dhe nxënësi nxirret nga llogaria kudo. Kartën e re e jepni ju.
members-reset_confirm = Krijo një kod të ri
members-reset_done = { $name } ka një kod të ri: jepni kartën e re më poshtë.
members-export = Eksporto të dhënat
members-remove = Hiq
members-remove_question = Të hiqet nga kjo hapësirë: { $name }?
members-remove_consequence = { $name } humbet menjëherë aksesin në këtë hapësirë, në të gjitha pajisjet.
members-remove_pupil_kept = Llogaria, postimet dhe skedarët e nxënësit mbeten; më vonë mund ta shtoni përsëri nxënësin.
members-remove_kept = Postimet dhe skedarët e këtij anëtari mbeten në hapësirë.
members-remove_confirm = Hiq
members-removed = { $name } nuk bën më pjesë në hapësirë.
members-erase = Fshi llogarinë
members-leave = Dil nga kjo hapësirë
members-leave_question = Të dilni nga „{ $title }“?
members-leave_consequence = Humbni menjëherë aksesin në forumet, skedarët, bisedën dhe videot e saj. Vetëm një mësues administrator mund t’ju kthejë.
members-leave_kept = Ajo që keni shkruar dhe ngarkuar mbetet në hapësirë.
members-leave_confirm = Dil nga hapësira
members-left = Dolët nga „{ $title }“.

## erase
erase-question = Të fshihet llogaria: { $name }?
erase-account_gone = Emri, emri i përdoruesit dhe kodi i nxënësit fshihen përgjithmonë.
erase-signed_out = Nxënësi nxirret menjëherë nga llogaria dhe nuk do të mund të hyjë më kurrë.
erase-no_undo = Ky veprim nuk mund të zhbëhet.
erase-export_first = Nëse nxënësi ose familja mund të duan një kopje, së pari eksportoni të dhënat.
erase-posts = Postimet dhe mesazhet e bisedës së nxënësit
erase-posts_keep = Mbaji, me shënimin „ish-nxënës“
erase-posts_remove = Hiqi përgjithmonë
erase-files = Skedarët e nxënësit
erase-files_keep = Mbaji, me pronar „ish-nxënës“
erase-files_remove = Hiqi përgjithmonë
erase-confirm = Fshi llogarinë
erase-done = Llogaria u fshi: { $name }.

## invite_teacher
invite_teacher-title = Ftesë për një mësues partner
invite_teacher-by_email = Me adresë email-i
invite_teacher-role = Roli
invite_teacher-submit = Fto
invite_teacher-done = { $name } u bashkua me rolin „{ $role }“.
invite_teacher-not_etwinner = Asnjë eTwinner i vërtetuar nuk ka këtë adresë, ose nuk mund ta jepni këtë rol.
invite_teacher-find = Gjetja e një eTwinner-i
invite_teacher-query = Emri, shkolla ose vendi
invite_teacher-search = Kërko
invite_teacher-results = eTwinner-a të gjetur
invite_teacher-none = Nuk u gjet asnjë eTwinner.
invite_teacher-more = Më shumë rezultate
invite_teacher-member = Anëtar i kësaj hapësire
invite_teacher-invite = Fto
invite_teacher-role_for = Roli: { $name }

## pupils
pupils-title = Shtimi i nxënësve
pupils-one_title = Një nxënës
pupils-name = Emri i nxënësit
pupils-add_one = Shto nxënësin
pupils-class_title = Një klasë e tërë
pupils-class_names = Emrat e nxënësve
pupils-class_help = Një emër për rresht, ashtu siç do t’i shohin të tjerët nxënësit.
pupils-add_class = Shto klasën
pupils-class_empty = Shkruani të paktën një emër.
pupils-language = Gjuha e faqes për këta nxënës
pupils-language_help = Pasi të hyjnë, ata e shohin TwinSpace Live në këtë gjuhë. Çdo nxënës mund ta ndryshojë më vonë.
pupils-line_errors = Rreshta për t’u korrigjuar
pupils-line_error = Rreshti { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } rresht duhet korrigjuar; nuk u krijua asgjë.
       *[other] { $count } rreshta duhen korrigjuar; nuk u krijua asgjë.
    }
pupils-created =
    { $count ->
        [one] U shtua { $count } nxënës.
       *[other] U shtuan { $count } nxënës.
    }

## cards
cards-title = Kartat e hyrjes
cards-once = Këto kode shfaqen vetëm tani. Printoni kartat ose shënoni kodet para se të largoheni nga kjo faqe.
cards-site = Hyni te
cards-print = Printo kartat
cards-done = U krye: fshih kodet

## links
links-tab = Lidhjet për mysafirë
links-intro = Një lidhje për mysafirë i lejon një eksperti ose një vëzhguesi t’i bashkohet këtij TwinSpace si mysafir. Kushdo që ka lidhjen mund ta përdorë, derisa të skadojë ose të shterohet.
links-create_title = Lidhje e re për mysafirë
links-valid_for = E vlefshme për
links-days =
    { $count ->
        [one] { $count } ditë
       *[other] { $count } ditë
    }
links-uses = Numri i përdorimeve
links-note = Shënim (për kë është)
links-create = Krijo lidhjen
links-new = Lidhja e re
links-once = Kopjojeni tani: shfaqet vetëm një herë.
links-copy = Kopjo
links-copied = Lidhja u kopjua.
links-select_copy = Lidhja është zgjedhur: shtypni Ctrl+C (⌘+C) për ta kopjuar.
links-live = Lidhjet aktive
links-empty = Nuk ka asnjë lidhje aktive për mysafirë.
links-untitled = Lidhje për mysafirë
links-used =
    { $count ->
        [one] përdorime: { $used } nga { $count }
       *[other] përdorime: { $used } nga { $count }
    }
links-until = deri më { $time }
links-revoke = Revoko
links-revoke_question = Të revokohet kjo lidhje për mysafirë?
links-revoke_consequence = Askush nuk mund të bashkohet më me të.
links-revoke_kept = Mysafirët që janë bashkuar me të mbeten anëtarë.
links-revoked = Lidhja u revokua.

## settings
settings-tab = Cilësimet
settings-space = Hapësira
settings-pupils = Nxënësit
settings-premoderate_pupils = Mbaji postimet e nxënësve derisa t’i miratojë një mësues
settings-pupils_may_create_threads = Nxënësit mund të nisin tema
settings-pupils_may_upload = Nxënësit mund të ngarkojnë skedarë
settings-save = Ruaj
settings-saved = Cilësimet u ruajtën.
settings-archive_title = Arkivimi
settings-archive_text = Një hapësirë e arkivuar mbetet e lexueshme për anëtarët e saj, por askush nuk mund të postojë, të ngarkojë apo të nisë seancë video.
settings-archive = Arkivo këtë hapësirë
settings-archive_question = Të arkivohet „{ $title }“?
settings-archive_read_only = Askush nuk mund të postojë, të ngarkojë apo të ndryshojë më asgjë.
settings-archive_video = Seancat video që janë në zhvillim përfundojnë menjëherë.
settings-archive_undo = Një themelues mund ta hapë përsëri hapësirën më vonë.
settings-archive_confirm = Arkivo
settings-archived_title = Kjo hapësirë është e arkivuar
settings-archived_text = Është vetëm për lexim. Hapeni përsëri që anëtarët të mund të postojnë dhe të ngarkojnë.
settings-unarchive = Hap përsëri
settings-unarchive_question = Të hapet përsëri „{ $title }“?
settings-unarchive_consequence = Anëtarët mund të postojnë, të ngarkojnë dhe të nisin seanca video përsëri.
settings-delete_title = Fshirja e hapësirës
settings-delete_text = Fshirja e heq përgjithmonë hapësirën dhe gjithçka që ka brenda.
settings-delete = Fshi këtë hapësirë
settings-delete_question = Të fshihet përgjithmonë „{ $title }“?
settings-delete_content = Fshihen të gjitha temat e forumit, mesazhet e bisedës dhe skedarët, me të gjitha versionet e tyre.
settings-delete_members = Të gjithë anëtarët e humbasin hapësirën; llogaritë e nxënësve mbeten vetëm në hapësirat e tjera të tyre.
settings-delete_video = Seancat video që janë në zhvillim përfundojnë menjëherë.
settings-delete_no_undo = Fshihet edhe regjistri i auditimit. Ky veprim nuk mund të zhbëhet.
settings-delete_confirm = Fshi përgjithmonë
settings-deleted = Hapësira „{ $title }“ u fshi.

## audit
audit-tab = Regjistri i auditimit
audit-caption = Çfarë është bërë në këtë hapësirë, nga më e reja
audit-when = Kur
audit-who = Kush
audit-what = Çfarë
audit-empty = Ende nuk është regjistruar asgjë.
audit-older = Shfaq regjistrimet më të vjetra
audit-system = Serveri
audit-former_member = Një ish-anëtar
audit-former_member_target = një ish-anëtar
audit-reason = Arsyeja: { $reason }
audit-other = Veprimi „{ $action }“ { $target }
audit-space-created = Krijoi hapësirën
audit-space-settings_changed = Ndryshoi cilësimet e hapësirës
audit-space-archived = Arkivoi hapësirën
audit-space-unarchived = Hapi përsëri hapësirën
audit-member-invited = Ftoi: { $target }, me rolin „{ $role }“
audit-member-role_changed = Ndryshoi rolin: { $target }, nga „{ $from }“ në „{ $role }“
audit-member-removed = Hoqi nga hapësira: { $target }
audit-member-left = Doli nga hapësira
audit-member-muted = Ndaloi shkrimin: { $target }
audit-member-unmuted = Lejoi sërish shkrimin: { $target }
audit-pupil-created = Krijoi nxënësin: { $target }
audit-pupil-added = Shtoi nxënësin: { $target }
audit-pupil-code_reset = Dha një kod të ri hyrjeje: { $target }
audit-pupil-exported = Eksportoi të dhënat: { $target }
audit-pupil-erased = Fshiu llogarinë e një nxënësi
audit-invitation-created = Krijoi një lidhje për mysafirë
audit-invitation-revoked = Revokoi një lidhje për mysafirë
audit-invitation-accepted = U bashkua me një lidhje për mysafirë
audit-video-started = Nisi një seancë video
audit-video-ended = Përfundoi një seancë video
audit-video-locked = Kyçi një seancë video
audit-video-unlocked = Shkyçi një seancë video
audit-video-admitted = Lejoi hyrjen në një seancë video: { $target }
audit-video-denied = Refuzoi hyrjen në një seancë video: { $target }
audit-video-muted = Fiku mikrofonin në një seancë video: { $target }
audit-video-unmuted = Lejoi sërish të flasë në një seancë video: { $target }
audit-video-removed = Hoqi nga një seancë video: { $target }
audit-video-spotlight = Ndryshoi pjesëmarrësin në qendër të vëmendjes në një seancë video
audit-post-hidden = Fshehu një postim
audit-post-restored = Riktheu një postim
audit-post-approved = Miratoi një postim
audit-post-rejected = Refuzoi një postim
audit-post-purged = Hoqi përgjithmonë një postim
audit-post-reported = Raportoi një postim
audit-report-resolved = Mbylli një raportim
audit-thread-pinned = Fiksoi një temë
audit-thread-unpinned = Hoqi fiksimin e një teme
audit-thread-locked = Kyçi një temë
audit-thread-unlocked = Shkyçi një temë
audit-archive-folder_created = Krijoi një dosje
audit-archive-folder_renamed = Riemërtoi një dosje
audit-archive-folder_moved = Zhvendosi një dosje
audit-archive-folder_trashed = Hodhi një dosje në kosh
audit-archive-folder_restored = Nxori një dosje nga koshi
audit-archive-folder_purged = Hoqi përgjithmonë një dosje
audit-archive-file_added = Shtoi një skedar
audit-archive-file_version_added = Shtoi një version skedari
audit-archive-file_renamed = Riemërtoi një skedar
audit-archive-file_moved = Zhvendosi një skedar
audit-archive-file_trashed = Hodhi një skedar në kosh
audit-archive-file_restored = Nxori një skedar nga koshi
audit-archive-file_purged = Hoqi përgjithmonë një skedar
audit-chat-expired = Hoqi mesazhet e bisedës me afat të skaduar
audit-audit-retention_changed = Ndryshoi sa kohë i mban regjistri i auditimit regjistrimet
audit-group-joined = U bashkua me grupin
audit-group-requested = Kërkoi të bashkohej me grupin
audit-group-request_accepted = Pranoi kërkesën e { $target }
audit-group-request_declined = Refuzoi kërkesën e { $target }
audit-group-request_withdrawn = Tërhoqi një kërkesë për t’u bashkuar
audit-member-banned = Ndaloi hyrjen për { $target }
audit-member-unbanned = Hoqi ndalimin për { $target }
audit-group-featured = E veçoi grupin
audit-group-unfeatured = E hoqi grupin nga të veçuarit
audit-group-moderator_appointed = Caktoi { $target } në moderim

## group_role
group_role-founder = Pronari
group_role-admin = Moderimi
group_role-teacher = Anëtar

## readers
readers-title = Po lexojnë tani
readers-more =
    { $count ->
        [one] dhe { $count } tjetër
       *[other] dhe { $count } të tjerë
    }

## groups
groups-nav = Grupet
groups-title = Grupet eTwinning
groups-intro = Bashkësi eTwinner-ash rreth një lënde, teme ose fushe interesi. Marrin pjesë vetëm eTwinner-a të vërtetuar.
groups-search = Gjej një grup
groups-words = Fjalë nga titulli
groups-topic = Tema
groups-language = Gjuha
groups-language_any = Të gjitha gjuhët
groups-language_choose = Zgjidhni një gjuhë
groups-country = Vendi i një anëtari
groups-country_any = Të gjitha vendet
groups-search_submit = Kërko
groups-found = Grupet
groups-empty = Asnjë grup nuk përputhet me këtë kërkim.
groups-more = Shfaq më shumë grupe
groups-featured = I veçuar
groups-topic_is = Tema: { $topic }
groups-members =
    { $count ->
        [one] { $count } anëtar
       *[other] { $count } anëtarë
    }
groups-access_short-open = I hapur
groups-access_short-closed = I mbyllur
groups-standing-member = Jeni në këtë grup. Roli juaj: { $role }
groups-standing-requested = Keni kërkuar të bashkoheni me këtë grup.
groups-standing-banned = Ekipi i moderimit të këtij grupi nuk ju lejon të bashkoheni.
groups-join = Bashkohu
groups-ask = Kërko të bashkohesh
groups-ask_message = Një mesazh për ekipin e moderimit (opsional)
groups-withdraw = Tërhiq kërkesën time
groups-open_group = Hap grupin
groups-joined = Tani jeni në grupin “{ $title }”.
groups-asked = Kërkesa juaj për t’u bashkuar me “{ $title }” iu dërgua ekipit të moderimit.
groups-withdrawn = Kërkesa juaj për t’u bashkuar me “{ $title }” u tërhoq.
groups-waiting = Ekipi i moderimit do t’i përgjigjet kërkesës suaj. Kjo faqe e shfaq përgjigjen sapo të vijë.
groups-accepted = Kërkesa juaj u pranua: mirë se vini në “{ $title }”.
groups-not_accepted = Kërkesa juaj nuk u pranua. Mund ta kërkoni përsëri.
groups-back = Kthehu te grupet
groups-create = Krijo një grup
groups-group_title = Titulli
groups-description = Përshkrimi (opsional)
groups-access = Kush mund të bashkohet
groups-access-open = I hapur: çdo eTwinner bashkohet menjëherë
groups-access-closed = I mbyllur: ekipi i moderimit pranon çdo kërkesë
groups-create_submit = Krijo grupin
groups-created = Grupi “{ $title }” u krijua.
groups-members_search = Gjej një anëtar
groups-members_more = Shfaq më shumë anëtarë
groups-leave = Largohu nga ky grup
groups-leave_consequence = Humbni menjëherë qasjen te forumi, skedarët, biseda dhe videoja e grupit.
groups-leave_kept = Ajo që keni shkruar dhe ngarkuar mbetet në grup. Mund të ktheheni përmes listës së grupeve.
groups-leave_confirm = Largohu nga grupi
groups-requests = Kërkesa për t’u bashkuar
groups-requests_empty = Nuk pret askush.
groups-accept = Prano
groups-decline = Refuzo
groups-accepted_member = { $name } tani është në grup.
groups-declined = Kërkesa e { $name } u refuzua.
groups-ban = Ndalo hyrjen
groups-ban_question = Të ndalohet hyrja në grup për { $name }?
groups-ban_consequence = { $name } largohet menjëherë nga grupi dhe nuk mund të bashkohet më, as ta kërkojë.
groups-ban_kept = Postimet dhe skedarët mbeten në grup. Ndalimin mund ta hiqni më vonë.
groups-ban_reason = Arsyeja (opsionale, ruhet në regjistër)
groups-ban_confirm = Ndalo hyrjen
groups-banned = Hyrja u ndalua për { $name }.
groups-bans = eTwinner-a me hyrje të ndaluar
groups-bans_empty = Nuk ka ndalime.
groups-lift = Hiq ndalimin
groups-lifted = { $name } mund të bashkohet përsëri.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Zgjidhni një fjalëkalim të ri për TwinSpace Live
mail-reset_body =
    Përshëndetje, { $name },

    Dikush, ndoshta ju, kërkoi të zgjedhë një fjalëkalim të ri për llogarinë tuaj në TwinSpace Live.
    Hapni këtë lidhje për ta zgjedhur (funksionon një herë, për { $minutes } minuta):

    { $link }

    Zgjedhja e një fjalëkalimi të ri ju nxjerr nga llogaria kudo tjetër.
    Nëse nuk e keni kërkuar këtë, shpërfilleni këtë mesazh: fjalëkalimi juaj mbetet i njëjtë.

    TwinSpace Live

## events (issue 22)
events-nav = Ngjarje
events-title = Ngjarjet e ardhshme
events-empty = Ende nuk ka ngjarje të ardhshme për ju.
events-more = Shfaq më shumë ngjarje
events-schedule = Planifiko një ngjarje
events-zone = Oraret shfaqen në brezin tuaj orar: { $zone }
events-audience-etwinners = Të gjithë eTwinnerët
events-audience-country = eTwinnerët e këtij vendi: { $country }
events-audience-group = Anëtarët e një grupi
events-audience-twinspace = Anëtarët e një TwinSpace
events-organising = Ju e organizoni këtë ngjarje.
events-registered = Regjistrimi juaj është ruajtur.
events-waiting = Jeni në listën e pritjes (vendi { $position }).
events-state-live = Drejtpërdrejt tani
events-state-ended = Kjo ngjarje ka mbaruar.
events-state-cancelled = Kjo ngjarje është anuluar.
events-places = Vende të zëna: { $taken } nga { $capacity }
event_form-new_title = Planifiko një ngjarje
event_form-edit_title = Ndrysho ngjarjen
event_form-title = Titulli
event_form-description = Përshkrimi
event_form-date = Data
event_form-time = Ora e fillimit
event_form-duration = Kohëzgjatja në minuta
event_form-space = Grup ose TwinSpace
event_form-speakers_hint = Zgjidhni mes mësuesve të grupeve dhe TwinSpace-ve tuaja.
event_form-no_speakers = Ende nuk ka kë të zgjidhni.
event_form-create = Planifiko ngjarjen
event_form-save = Ruaj ndryshimet
event_form-created = “{ $title }” është planifikuar.
event_form-saved = Ndryshimet në “{ $title }” janë ruajtur.
event_form-start_past = Zgjidhni një fillim në të ardhmen.
event-title = Ngjarje
event-back = Të gjitha ngjarjet
event-when = Kur
event-language = Gjuha
event-audience = Kush mund të regjistrohet
event-organiser = Organizimi
event-speakers = Folësit
event-places = Vende
event-no_speakers = Ende nuk janë caktuar folës.
event-waiting_count = Në pritje: { $waiting }
event-registration = Vendi juaj
event-speaking = Ju flisni në këtë ngjarje.
event-full = Të gjitha vendet janë zënë: nëse regjistroheni, hyni në listën e pritjes.
event-register = Më regjistro
event-unregister = Lësho vendin tim
event-leave_waiting = Dil nga lista e pritjes
event-unregister_confirm_title = Të largoheni nga “{ $title }”?
event-unregister_confirm = Radhën tuaj e merr personi tjetër në listën e pritjes. Nëse regjistroheni sërish, mund t’ju duhet të prisni.
event-unregistered = Regjistrimi juaj është anuluar.
event-calendar = Shto në kalendarin tim (.ics)
event-organiser_tools = Për organizimin
event-edit = Ndrysho ngjarjen
event-cancel = Anulo ngjarjen
event-keep = Mbaje ngjarjen
event-cancel_confirm_title = Të anulohet “{ $title }”?
event-cancel_confirm_lost = Askush nuk do të mund të regjistrohet më dhe të gjithë do të shohin se është anuluar. Kjo nuk kthehet pas. Regjistrimet dhe pyetjet ruhen.
event-cancelled = Ngjarja është anuluar.
event-registrants = Regjistrimet
event-waiting_list = Lista e pritjes
event-nobody = Askush ende.
event-attendance = Pjesëmarrja
event-attendance_hint = Kush e ndoqi faqen e ngjarjes gjatë transmetimit të drejtpërdrejtë dhe për sa kohë.
event-attendance_none = Askush nuk e ndoqi ngjarjen drejtpërdrejt.
event-minutes = { $minutes } min
qa-title = Pyetje dhe përgjigje
qa-empty = Ende nuk ka pyetje.
qa-closed = Pyetjet janë mbyllur: ngjarja ka mbaruar.
qa-need_place = Regjistrohuni për të bërë një pyetje ose për të mbështetur një.
qa-your_question = Pyetja juaj
qa-ask = Pyet
qa-asked = Pyetja juaj u dërgua.
qa-upvote = Mbështet
qa-upvoted = E mbështetur
qa-votes = Vota: { $votes }
qa-by = Pyetje nga { $name }
qa-by_gone = Pyetje nga një llogari e fshirë
qa-answer = Përgjigje: { $answer }
qa-state-picked = Po merr përgjigje tani
qa-state-answered = Me përgjigje
qa-state-hidden = E fshehur
qa-pick = Zgjidh
qa-unpick = Ktheje në listë
qa-hide = Fshih
qa-restore = Rikthe
qa-answer_label = Përgjigje me shkrim (jo e detyrueshme)
qa-mark_answered = Shëno si me përgjigje
qa-gone = Nuk mund t’i ndiqni më këto pyetje.
audit-event-created = Planifikoi ngjarjen “{ $title }”
audit-event-updated = Ndryshoi ngjarjen “{ $title }”
audit-event-cancelled = Anuloi ngjarjen “{ $title }”
audit-event-question_moderated = Moderoi një pyetje të ngjarjes “{ $title }”

## the live webinar (issue 22)
live-title = Video drejtpërdrejt
live-not_started = Videoja drejtpërdrejt nuk ka nisur ende.
live-ended = Videoja drejtpërdrejt mbaroi.
live-connecting = Po lidhet me videon drejtpërdrejt…
live-need_place = Videon drejtpërdrejt mund ta shohin vetëm ata që kanë vend.
live-watching_you = Po shihni videon drejtpërdrejt.
live-on_air = Jeni drejtpërdrejt: të gjithë ju shohin dhe ju dëgjojnë.
live-recording = Ky aktivitet po regjistrohet.
live-speaking = Flet: { $names }
live-nobody_speaking = Ende nuk flet askush.
live-watching = Po shohin: { $watching }
live-start = Nis videon drejtpërdrejt
live-end = Mbyll videon drejtpërdrejt
live-end_confirm_title = Të mbyllet videoja drejtpërdrejt e “{ $title }”?
live-end_confirm_lost = Videoja ndalet për të gjithë, folësit dhe publikun. Mund ta nisni sërish sa të zgjasë aktiviteti; pyetjet ruhen.
live-go_live = Dil drejtpërdrejt
live-stop = Ndal videon time
live-hand_raised = Dora juaj është ngritur: një moderator mund t’ju ftojë të flisni.
live-invited = Jeni ftuar të flisni: dilni drejtpërdrejt kur të jeni gati.
live-returned = Jeni sërish në publik.
live-hands = Duar të ngritura
live-no_hands = Asnjë dorë nuk është ngritur.
live-promote = Fto { $name } të flasë
live-return = Ktheje { $name } në publik
live-record_start = Nis regjistrimin
live-record_stop = Ndal regjistrimin

## the event's recordings and seat (issue 22)
event-moved_up = Tani keni një vend: kaluat nga lista e pritjes.
live-off_stage_returned = Një moderator ju ktheu te publiku.
live-off_stage_muted = Ju heshtën në këtë hapësirë: jeni përsëri te publiku.
live-off_stage_removed = Nuk jeni më anëtar i kësaj hapësire: jeni përsëri te publiku.
live-off_stage_unnamed = Nuk jeni më folës në këtë ngjarje: jeni përsëri te publiku.
recordings-title = Regjistrimet
recordings-processing = Një regjistrim po përpunohet: do të shfaqet këtu kur të jetë gati.
recordings-take = Regjistruar më { $when } · { $length }
recordings-video = Video: { $speaker }
recordings-audio = Zë: { $speaker }
recordings-former_speaker = një ish-folës
