### TwinSpace Live: orð síðunnar á íslensku
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Íslenska

## app
app-name = TwinSpace Live
app-skip = Fara í efni
app-nav = Aðalvalmynd
app-language = Tungumál
app-sign_out = Skrá út
app-signed_in_as = Innskráning: { $name }
app-loading = Hleður…

## conn
conn-lost = Tengingin rofnaði. Tengist aftur…
conn-back = Tengingin er komin aftur.
conn-failed = Beinu tengingunni var lokað. Endurnýjaðu síðuna til að reyna aftur.
conn-session_ended = Innskráningin þín er útrunnin. Skráðu þig inn aftur.
conn-account_locked = Ekki er lengur hægt að nota þennan aðgang. Skráðu þig inn aftur til að sjá hvers vegna.
# Why the server closed the live connection: `conn-closed-<reason>`, one per reason code it sends
# (protocol/close_codes.py, CloseReason).
conn-closed-auth_missing = Beina tengingin fékk innskráninguna þína ekki í tæka tíð. Endurnýjaðu síðuna.
conn-closed-session_invalid = Innskráningin þín er ekki lengur gild. Skráðu þig inn aftur.
conn-closed-session_expired = Innskráningin þín er útrunnin. Skráðu þig inn aftur.
conn-closed-signed_out = Innskráningunni þinni var lokað. Skráðu þig inn aftur.
conn-closed-account_locked = Ekki er lengur hægt að nota þennan aðgang. Skráðu þig inn aftur til að sjá hvers vegna.
conn-closed-too_many_connections = Of margar síður eru opnar í einu með þessum aðgangi. Lokaðu nokkrum flipum og endurnýjaðu svo þessa síðu.
conn-closed-too_many_messages = Þessi síða sendi of mikið of hratt. Bíddu aðeins og endurnýjaðu hana svo.
conn-closed-frame_too_large = Þessi síða sendi eitthvað sem var of stórt. Endurnýjaðu síðuna og reyndu aftur.
conn-closed-idle_timeout = Beina tengingin var óvirk of lengi og henni var lokað. Tengist aftur…
conn-closed-slow_consumer = Beina tengingin dróst aftur úr. Tengist aftur…
conn-closed-server_restarting = Þjónninn er að endurræsa sig. Tengist aftur eftir augnablik…
conn-closed-server_shutting_down = Þjónninn sem tengingin þín var við er að stöðvast. Tengist aftur…
conn-closed-unavailable = Þjónninn er upptekinn. Tengist aftur eftir augnablik…
conn-closed-internal = Eitthvað fór úrskeiðis á þjóninum. Tengist aftur eftir augnablik…

## login
login-title = Innskráning
login-intro = Kennarar og gestir skrá sig inn með netfanginu sínu. Nemendur nota notandanafnið og kóðann sem kennarinn þeirra gaf þeim.
login-teacher = Kennarar og gestir
login-pupil = Nemendur
login-email = Netfang
login-password = Lykilorð
login-username = Notandanafn
login-code = Kóði
login-submit = Skrá inn
login-pupil_submit = Skrá inn sem nemandi
login-forgot = Gleymdirðu lykilorðinu?
login-register = Enginn aðgangur enn? Stofnaðu eTwinner-aðgang
login-pupil_forgot = Gleymdirðu kóðanum? Biddu kennarann þinn um nýjan.

## invite
invite-title = Taka þátt í TwinSpace sem gestur
invite-intro = Þér hefur verið boðið í TwinSpace. Veldu hvernig aðrir sjá þig og veldu lykilorð.
invite-display_name = Nafnið þitt
invite-submit = Þiggja boðið
invite-checking = Verið er að athuga boðið þitt…
invite-for_space = Þér er boðið í „{ $title }“.
invite-unknown = Þessi boðstengill er óþekktur. Athugaðu hvort þú afritaðir hann allan, eða biddu kennarann sem sendi hann um nýjan.
invite-expired = Þessi boðstengill er útrunninn. Biddu kennarann sem sendi hann um nýjan.
invite-used_up = Þessi boðstengill hefur verið notaður eins oft og hann leyfir. Biddu kennarann sem sendi hann um nýjan.
invite-revoked = Kennari dró þennan boðstengil til baka.
invite-closed = Svæði þessa boðs er lokað.

## spaces
spaces-title = Svæðin mín
spaces-empty = Þú ert ekki enn meðlimur í neinu svæði.
spaces-create = Stofna svæði
spaces-kind = Tegund
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Stofa
spaces-kind-group = Hópur
spaces-space_title = Titill
spaces-description = Lýsing (valfrjálst)
spaces-create_submit = Stofna
spaces-created = Svæðið „{ $title }“ hefur verið stofnað.
spaces-my_role = Hlutverkið þitt: { $role }
spaces-archived = í geymslu

## space
space-back = Aftur í svæðin mín
space-sections = Hlutar þessa svæðis
space-members = Meðlimir
space-online_count =
    { $count ->
        [one] { $count } á netinu
       *[other] { $count } á netinu
    }
space-online = á netinu
space-offline = ekki á netinu
space-you = (þú)
space-refreshed = Listinn hefur verið uppfærður.
space-gone = Þú hefur ekki lengur aðgang að þessu svæði.

## chat
chat-title = Spjall
chat-empty = Engin skilaboð enn.
chat-message = Skilaboð
chat-send = Senda
chat-pending = (bíður eftir kennara)
chat-typing = { $name } er að skrifa…
chat-teachers_tab = Auglýsingatafla kennara
chat-teachers_title = Auglýsingatafla kennara
chat-session_title = Spjall fundarins
chat-older = Sýna eldri skilaboð
chat-new_messages = Ný skilaboð
chat-mention_list = Meðlimir sem hægt er að nefna
chat-mention_hint = Skrifaðu @ og nafn til að nefna meðlim.
chat-hidden = (kennari faldi þetta)
chat-deleted = (eytt)
chat-rejected = (kennari birti þetta ekki)
chat-edited = (breytt)
chat-mentions_you = nefnir þig
chat-edit = Breyta
chat-edit_label = Breyta skilaboðunum þínum
chat-save = Vista
chat-cancel = Hætta við
chat-delete = Eyða
chat-delete_confirm = Já, eyða
chat-hide = Fela
chat-restore = Endurheimta
chat-approve = Samþykkja
chat-reject = Hafna
chat-report = Tilkynna
chat-reported = Takk fyrir. Kennararnir munu skoða þessi skilaboð.
chat-mute = Þagga niður
chat-mute_question = Þagga niður í { $name }?
chat-mute_for = Hve lengi á að þagga niður í { $name }?
chat-minutes =
    { $count ->
        [one] { $count } mínúta
       *[other] { $count } mínútur
    }
chat-mute_confirm = Þagga niður núna
chat-muted_other = { $name } getur ekki skrifað fyrr en { $time }.
chat-muted_you = Kennari hefur stöðvað skrifin þín til { $time }. Þú getur samt lesið spjallið.
chat-unmuted_you = Þú getur skrifað í spjallið aftur.
chat-gone = Þú hefur ekki lengur aðgang að þessu spjalli.

## role
role-founder = Stofnandi
role-admin = Stjórnandi
role-teacher = Kennari
role-pupil_admin = Nemandi með stjórnendaréttindi
role-pupil = Nemandi
role-guest = Gestur

## error
error-bad_credentials = Innskráningarupplýsingarnar eru ekki réttar. Athugaðu þær og reyndu aftur.
error-rate_limited = Of margar tilraunir. Bíddu aðeins og reyndu svo aftur.
error-invalid = Sumir reitir eru ekki rétt útfylltir.
error-not_found = Þessi síða er ekki til eða þú getur ekki séð hana.
error-forbidden = Þú mátt ekki gera þetta.
error-gone = Þetta er ekki lengur til eða virkar ekki lengur.
error-conflict = Þetta stangast á við eitthvað sem er þegar til.
error-gone-revoked = Þessi boðstengill virkar ekki lengur: kennarar svæðisins drógu hann til baka.
error-gone-expired = Þessi boðstengill virkar ekki lengur: hann er útrunninn.
error-gone-used_up = Þessi boðstengill virkar ekki lengur: hann hefur verið notaður eins oft og hann leyfir.
error-conflict-name_taken = „{ $name }“ er þegar hér. Veldu annað nafn.
error-conflict-in_trash = „{ $name }“ er í ruslakörfunni: endurheimtu það fyrst.
error-conflict-not_in_trash = „{ $name }“ er ekki í ruslakörfunni.
error-conflict-parent_in_trash = „{ $name }“ var í möppu sem er núna í ruslakörfunni: endurheimtu þá möppu fyrst.
error-conflict-folder_not_empty = Mappan „{ $name }“ er ekki tóm: færðu fyrst það sem er í henni í ruslakörfuna.
error-conflict-wrong_status = Staða þessa aðgangs ({ $status }) leyfir þetta ekki.
error-unauthenticated = Skráðu þig inn.
error-network = Ekki náðist samband við þjóninn. Athugaðu tenginguna þína og reyndu aftur.
error-generic = Eitthvað fór úrskeiðis. Reyndu aftur.
error-too_large = Þetta er of stórt.
error-quota_exceeded = Það er ekki nóg geymslupláss eftir á þessu svæði.
error-unsupported = Þjónninn getur ekki tekið við svona beiðni.
error-aborted = Hætt var við upphleðsluna.
error-rate_limited_wait = Of margar tilraunir. Reyndu aftur { $wait }.
error-fields = Athuga þarf suma reiti: sjáðu skilaboðin undir hverjum þeirra.
error-account_rejected = Landsstjórnandinn í þínu landi samþykkti ekki þessa skráningu og því er ekki hægt að skrá sig inn með þessum aðgangi. Ef þú telur að þetta séu mistök skaltu hafa samband við landsskrifstofu eTwinning í þínu landi.
error-account_suspended = Landsstjórnandinn í þínu landi hefur lokað þessum aðgangi tímabundið: ekki er hægt að skrá sig inn með honum í bili. Hafðu samband við landsskrifstofu eTwinning í þínu landi til að fá að vita hvers vegna eða til að fá aðganginn opnaðan aftur.
error-malformed = Síðan sendi eitthvað sem þjónninn gat ekki lesið. Endurnýjaðu síðuna og reyndu aftur.
error-csrf = Öryggisathugun síðunnar mistókst. Endurnýjaðu síðuna og reyndu aftur.
error-limit_exceeded = Þetta fer yfir mörk sem eru sett fyrir þetta svæði.
error-unavailable = Þjónninn er upptekinn eða hluti hans svarar ekki. Reyndu aftur eftir augnablik.
error-internal = Eitthvað fór úrskeiðis á þjóninum. Reyndu aftur síðar.
error-insufficient_storage = Þjónninn hefur ekkert pláss eftir fyrir skrár. Ekkert var vistað; láttu eTwinning-tengilið skólans þíns vita.
error-request_timeout = Sendingin tók of langan tíma og var stöðvuð. Athugaðu tenginguna þína og reyndu aftur.
error-conflict-not_a_guest = Þetta netfang tilheyrir eTwinning-aðgangi. Kennurum er boðið af stjórnendum svæðisins, ekki með gestatengli.

## notice
# What a pupil (or any member) is told about their own post or account. The server sends only the
# event's name (protocol/events.py, notice channel): `notice-<event>`, its dots as dashes.
notice-post-pending = Takk! Kennari les færsluna þína áður en allir geta séð hana.
notice-post-approved = Kennari hefur lesið færsluna þína. Nú geta allir í verkefninu séð hana.
notice-post-rejected = Kennari ákvað að sýna ekki færsluna þína. Þú getur spurt kennarann þinn af hverju.
notice-post-hidden = Kennari hefur falið færsluna þína í bili. Þú getur spurt kennarann þinn af hverju.
notice-post-restored = Kennari hefur sýnt færsluna þína aftur. Allir geta séð hana núna.
notice-post-purged = Kennari hefur fjarlægt færsluna þína.
notice-member-muted = Þú getur lesið verkefnið en ekki skrifað í smástund.
notice-member-unmuted = Þú getur skrifað í verkefnið aftur.
notice-chat-mention = { $name } nefndi þig í spjallinu.

## video
video-section = Myndfundir
video-open_sessions = Opnir myndfundir
video-none = Enginn myndfundur er opinn.
video-start_title = Hefja myndfund
video-title = Titill (valfrjálst)
video-lobby = Nemendur bíða í biðstofunni þar til kennari hleypir þeim inn
video-start = Hefja
video-join_named = Taka þátt í „{ $title }“
video-nobody_in_call = Enginn í símtalinu enn
video-people_in_call =
    { $count ->
        [one] { $count } þátttakandi í símtalinu
       *[other] { $count } þátttakendur í símtalinu
    }
video-locked = (læstur)
video-back = Aftur á svæðið
video-participants = Þátttakendur
video-my_controls = Hljóðneminn þinn og myndavélin þín
video-chat = Spjall fundarins
video-starting_media = Verið er að ræsa myndavélina og hljóðnemann…
video-in_call = Þú ert í símtalinu.
video-waiting_in_lobby = Þú ert í biðstofunni. Kennari hleypir þér inn fljótlega.
video-no_media = Ekki var hægt að nota neina myndavél né hljóðnema: þú getur samt séð og heyrt hin.
video-partial_media = Aðeins var hægt að nota myndavélina og hljóðnemann að hluta.
video-enable_sound = Kveikja á hljóðinu
video-mic_on = Kveikt á hljóðnema
video-mic_off = Slökkt á hljóðnema
video-mic_forced = Kennari slökkti á hljóðnemanum
video-camera_on = Kveikt á myndavél
video-camera_off = Slökkt á myndavél
video-hand_raised = Hönd á lofti
video-mute_me = Slökkva á hljóðnemanum mínum
video-unmute_me = Kveikja á hljóðnemanum mínum
video-camera_stop = Slökkva á myndavélinni minni
video-camera_start = Kveikja á myndavélinni minni
video-hand_raise = Rétta upp hönd
video-hand_lower = Taka höndina niður
video-leave = Fara út
video-you_are_muted = Kennari slökkti á hljóðnemanum þínum. Þú getur kveikt á honum aftur þegar kennari leyfir það.
video-muted_by_teacher = Kennari slökkti á hljóðnemanum þínum.
video-unmute_allowed = Kennari leyfir þér að kveikja aftur á hljóðnemanum.
video-mute_other = Slökkva á hljóðnema
video-mute_named = Slökkva á hljóðnema hjá { $name }
video-allow_unmute = Leyfa hljóðnema
video-allow_unmute_named = Leyfa hljóðnema: { $name }
video-remove = Fjarlægja
video-remove_named = Fjarlægja { $name } af fundinum
video-lobby_title = Biðstofa
video-lobby_empty = Enginn bíður.
video-admit = Hleypa inn
video-admit_named = Hleypa { $name } inn
video-deny = Vísa frá
video-deny_named = Vísa { $name } frá
video-manage = Þessi fundur
video-is_open = Opinn: meðlimir geta tekið þátt.
video-is_locked = Læstur: aðeins kennarar geta tekið þátt.
video-lock = Læsa fundinum
video-end = Ljúka fundinum fyrir alla
video-ended = Fundinum er lokið.
video-ended_space_archived = Fundinum er lokið: svæði hans hefur verið sett í geymslu.
video-ended_space_deleted = Fundinum er lokið: svæði hans hefur verið eytt.
video-ended_empty = Fundinum er lokið: enginn var á honum um hríð.
video-no_teacher_yet = Enginn kennari er kominn á þennan fund, svo enginn getur hleypt þér inn. Þú getur beðið hér eða farið.
video-leave_lobby = Fara úr biðstofunni
video-removed = Kennari fjarlægði þig af fundinum.
video-denied = Kennari hleypti þér ekki inn á þennan fund.
video-left = Þú fórst af fundinum.
video-full = Þessi fundur er fullur.
video-refused = Þú getur ekki tekið þátt í þessum fundi.
video-signal_refused = Þjónninn hafnaði því sem vafrinn þinn sendi. Reyndu að fara af fundinum og koma svo aftur.
video-sfu_moving = Fundurinn hefur stækkað: símtalið er að færast yfir á miðlunarþjón bekkjarins…
video-sfu_unreachable = Ekki næst samband við miðlunarþjón bekkjarins. Reynir aftur…
video-sfu_no_seat = Öll myndavélapláss á þessum fundi eru upptekin: þú sérð og heyrir hin, en þau sjá hvorki né heyra í þér.
video-sfu_not_sent = Ekki tókst að senda mynd og hljóð frá þér. Þú sérð og heyrir hin enn.

## forum
forum-title = Umræður
forum-threads = Þræðir
forum-posts = Færslur
forum-areas = Umræðusvæði
forum-area-open = Opnar umræður
forum-area-teachers = Auglýsingatafla kennara
forum-empty = Engir þræðir enn.
forum-thread_meta =
    { $count ->
        [one] eftir { $author } · { $count } færsla · { $when }
       *[other] eftir { $author } · { $count } færslur · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } ný
       *[other] { $count } nýjar
    }
forum-pinned = festur
forum-locked = læstur
forum-new_thread = Hefja þráð
forum-new_bulletin = Hefja þráð á auglýsingatöflu kennara
forum-thread_title = Titill þráðarins
forum-first_post = Fyrsta færslan
forum-start = Hefja þráðinn
forum-thread_started = Þráðurinn er hafinn.
forum-thread_held = Takk! Kennari les þráðinn þinn áður en allir geta séð hann.
forum-back = Aftur í þræðina
forum-reply_label = Svarið þitt
forum-send = Birta svar
forum-no_reply = Þú getur ekki svarað í þessum þræði.
forum-held = Takk! Kennari les færsluna þína áður en allir geta séð hana.
forum-edited = (breytt)
forum-edit = Breyta
forum-edit_label = Breyta færslunni þinni
forum-save = Vista
forum-saved = Færslunni þinni hefur verið breytt.
forum-cancel = Hætta við
forum-delete = Eyða
forum-deleted = Færslunni hefur verið eytt.
forum-report = Tilkynna
forum-report_reason = Hvað er að þessari færslu? (valfrjálst)
forum-report_send = Senda tilkynninguna
forum-reported = Takk fyrir. Kennurunum hefur verið látið vita.
forum-hide = Fela
forum-restore = Endurheimta
forum-approve = Samþykkja
forum-reject = Hafna
forum-done-hide = Færslan er falin fyrir bekknum.
forum-done-restore = Færslan sést aftur.
forum-done-approve = Færslan er samþykkt: allir geta séð hana.
forum-done-reject = Færslunni er hafnað: aðeins höfundur hennar sér hana.
forum-state-pending = bíður eftir kennara
forum-state-hidden = falin
forum-state-rejected = ekki birt
forum-state-deleted = eytt
forum-pin = Festa
forum-unpin = Losa
forum-lock = Læsa
forum-unlock = Opna
forum-thread_changed = Þræðinum hefur verið breytt.
forum-thread_gone = Þú hefur ekki lengur aðgang að þessum þræði.
forum-moderation = Umsjón
forum-queue = Bíður samþykkis
forum-queue_empty = Engin færsla bíður.
forum-reports = Tilkynningar
forum-reports_empty = Engar opnar tilkynningar.
forum-reported_by = tilkynnt af { $name }
forum-report_said = Ástæða: { $reason }
forum-resolve = Loka tilkynningunni
forum-resolved = Tilkynningunni hefur verið lokað.

## reactions
reaction-bar = Viðbrögð
reaction-add = Bæta við viðbrögðum
reaction-picker = Veldu viðbrögð
reaction-count =
    { $count ->
        [one] { $name }: { $count } einstaklingur
       *[other] { $name }: { $count } einstaklingar
    }
reaction-thumbs_up = Þumall upp
reaction-heart = Hjarta
reaction-clap = Bravó
reaction-laugh = Fyndið
reaction-idea = Góð hugmynd
reaction-question = Ég er með spurningu

## archive
archive-title = Skrár
archive-usage = { $used } af { $quota } í notkun
archive-where = Mappa
archive-top = Allar skrár
archive-empty = Þessi mappa er tóm.
archive-contents = Möppur og skrár
archive-name = Heiti
archive-size = Stærð
archive-by = Bætt við af
archive-when = Breytt
archive-actions = Aðgerðir
archive-former_member = fyrrverandi meðlimur
archive-choose = Velja skrá
archive-upload = Hlaða upp
archive-progress = Framvinda upphleðslu
archive-uploading = Hleð upp { $name }: { $percent }
archive-uploaded = „{ $name }“ hefur verið hlaðið upp.
archive-too_large = Þessi skrá er of stór: skrár mega í mesta lagi vera { $max }.
archive-quota = Það er ekki nóg pláss eftir fyrir skrár á þessu svæði ({ $free } laus). Biddu kennara að fjarlægja gamlar skrár.
archive-new_folder = Ný mappa
archive-create_folder = Stofna möppuna
archive-folder_created = Mappan „{ $name }“ hefur verið stofnuð.
archive-download = Sækja
archive-download_named = Sækja { $name }
archive-rename = Endurnefna
archive-rename_named = Endurnefna { $name }
archive-new_name = Nýtt heiti
archive-save = Vista
archive-cancel = Hætta við
archive-renamed = Nýja heitið er „{ $name }“.
archive-trash = Færa í ruslakörfu
archive-trash_named = Færa í ruslakörfu: { $name }
archive-trashed = „{ $name }“ er í ruslakörfunni.
archive-show_trash = Ruslakarfa
archive-trash_empty = Ruslakarfan er tóm.
archive-restore = Endurheimta
archive-restore_named = Endurheimta { $name }
archive-restored = „{ $name }“ er komið aftur.
archive-purge = Eyða endanlega
archive-purge_named = Eyða { $name } endanlega
archive-purged = „{ $name }“ hefur verið eytt endanlega.
archive-choose_first = Veldu skrá til að hlaða upp.
archive-no_file = Engin skrá valin enn.
archive-name_taken = Það er þegar eitthvað með þessu heiti hér. Veldu annað heiti.

## unit
unit-b = B
unit-kb = kB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Fylltu út í þennan reit.
field-unknown = Ekki er búist við þessum reit hér.
field-type = Þetta gildi er ekki af réttri tegund.
field-blank = Skrifaðu eitthvað hér: bil ein og sér teljast ekki með.
field-too_short =
    { $count ->
        [one] Skrifaðu minnst { $min } staf.
       *[other] Skrifaðu minnst { $min } stafi.
    }
field-too_long =
    { $count ->
        [one] Skrifaðu mest { $max } staf.
       *[other] Skrifaðu mest { $max } stafi.
    }
field-too_small = Gefðu upp minnst { $min }.
field-too_large = Gefðu upp mest { $max }.
field-format = Þetta er ekki á því formi sem búist er við.
field-choice = Veldu einn af valkostunum.
field-invalid = Þetta gildi er ekki tekið gilt.

## confirm
confirm-cancel = Hætta við
confirm-trash_file = Færa „{ $name }“ í ruslakörfuna?
confirm-trash_file_lost = Meðlimir sjá þessa skrá ekki lengur. Kennari getur sótt hana aftur í ruslakörfuna.
confirm-trash_folder = Færa möppuna „{ $name }“ í ruslakörfuna?
confirm-trash_folder_lost = Meðlimir sjá þessa möppu og allt sem í henni er ekki lengur. Kennari getur sótt hana aftur í ruslakörfuna.
confirm-purge = Eyða „{ $name }“ endanlega?
confirm-purge_lost = Það hverfur fyrir öllum og ekki er hægt að sækja það aftur.
confirm-delete_post = Eyða þessari færslu?
confirm-delete_post_lost = Textinn hverfur fyrir öllum. Ekki er hægt að afturkalla þetta.
confirm-delete_message = Eyða þessum skilaboðum?
confirm-delete_message_lost = Textinn hverfur fyrir öllum. Ekki er hægt að afturkalla þetta.
confirm-end_session = Ljúka fundinum fyrir alla?
confirm-end_session_lost = Allir fara strax úr símtalinu og ekki er hægt að opna fundinn aftur.
confirm-remove_participant = Fjarlægja { $name } af fundinum?
confirm-remove_participant_lost = { $name } fer strax úr símtalinu og getur ekki komið aftur á þennan fund.
confirm-deny = Vísa { $name } frá?
confirm-deny_lost = { $name } kemst ekki inn á þennan fund.

## page
page-not_found = Síðan fannst ekki
page-not_found_text = Það er engin síða á þessari slóð.
page-go_spaces = Fara í svæðin mín
page-go_sign_in = Fara á innskráningarsíðuna

## form
form-required = Fylltu út í þennan reit.
form-email_format = Skrifaðu netfang eins og nafn@skoli.eu.
form-password_short = Notaðu minnst 10 stafi.
form-password_long = Notaðu mest 200 stafi.
form-password_mismatch = Lykilorðin tvö eru ekki eins.
form-password_hint = Minnst 10 stafir. Nokkur orð sem þú manst vel duga prýðilega.
form-check_fields = Athugaðu reitina sem eru merktir hér fyrir ofan.
form-field_invalid = Þetta gildi er ekki tekið gilt.

## register
register-title = Stofna eTwinner-aðgang
register-intro = Fyrir kennara. Landsstjórnandinn í þínu landi kannar hvort þú sért kennari og staðfestir svo aðganginn þinn. Nemendur skrá sig ekki: kennarinn þeirra stofnar aðgang fyrir þá.
register-name = Nafnið þitt
register-school = Skóli
register-country = Land
register-country_choose = Veldu landið þitt
register-submit = Stofna aðganginn minn
register-email_taken = Það er þegar til aðgangur með þessu netfangi. Skráðu þig inn eða biddu um nýtt lykilorð.
register-have_account = Ertu þegar með aðgang? Skráðu þig inn

## pending
pending-title = Aðgangurinn þinn bíður staðfestingar
pending-who_heading = Hver staðfestir hann
pending-who = Landsstjórnandinn í þínu landi ({ $country }) kannar hvort þú kennir við skólann sem þú nefndir og staðfestir svo aðganginn þinn.
pending-next_heading = Hvað gerist næst
pending-next_validate = Þegar aðgangurinn þinn hefur verið staðfestur ert þú eTwinner: þú getur stofnað svæði, fengið boð í verkefni og stofnað aðganga fyrir nemendurna þína. Skráðu þig inn aftur eða ýttu á „Athuga aftur“ til að sjá það.
pending-next_reject = Ef landsstjórnandinn samþykkir ekki skráninguna þína kemur það fram þegar þú skráir þig inn.
pending-next_meanwhile = Þangað til getur þú breytt nafninu þínu og lykilorðinu undir „Aðgangurinn minn“.
pending-check = Athuga aftur
pending-still = Aðgangurinn þinn bíður enn staðfestingar.
pending-count =
    { $count ->
        [one] { $count } bíður yfirferðar
       *[other] { $count } bíða yfirferðar
    }

## forgot
forgot-title = Gleymdirðu lykilorðinu?
forgot-intro = Skrifaðu netfang aðgangsins þíns. Við sendum tengil til að velja nýtt lykilorð.
forgot-submit = Senda mér tengil
forgot-sent = Ef aðgangur er til með þessu netfangi er tengill á leiðinni þangað. Tengillinn virkar einu sinni og aðeins í takmarkaðan tíma. Athugaðu líka ruslpóstmöppuna.
forgot-pupils = Nemendur: þið eruð ekki með netfang hér. Biðjið kennarann ykkar um nýjan kóða.
forgot-back = Aftur í innskráningu

## reset
reset-title = Velja nýtt lykilorð
reset-intro = Þegar þú velur nýtt lykilorð lýkur innskráningunni á öllum öðrum tækjum.
reset-password = Nýtt lykilorð
reset-confirm = Nýja lykilorðið aftur
reset-submit = Vista nýja lykilorðið
reset-gone = Þessi tengill er útrunninn eða hefur þegar verið notaður. Biddu um nýjan.
reset-done = Lykilorðinu þínu hefur verið breytt. Skráðu þig inn með því nýja.
reset-ask_again = Biðja um nýjan tengil

## account
account-title = Aðgangurinn minn
account-signed_in_with = Þú skráir þig inn með { $email }.
account-name_heading = Nafnið þitt
account-name = Nafn sem aðrir sjá
account-save_name = Vista nafnið
account-name_saved = Nafnið þitt hefur verið vistað.
account-pupil_note = Kennarinn þinn valdi þetta nafn og sér um það. Spurðu kennarann þinn ef það á að breytast.
account-password_heading = Lykilorðið þitt
account-password_intro = Ef þú breytir því lýkur innskráningunni á hinum tækjunum þínum; hér helst innskráningin.
account-current_password = Núverandi lykilorð
account-new_password = Nýtt lykilorð
account-confirm_password = Nýja lykilorðið aftur
account-save_password = Breyta lykilorðinu
account-password_saved = Lykilorðinu þínu hefur verið breytt.
account-current_wrong = Þetta er ekki núverandi lykilorðið þitt.
account-everywhere_heading = Skrá út alls staðar
account-everywhere_intro = Lýkur innskráningunni þinni á öllum tækjum og vöfrum, þessum líka: týndur sími eða sameiginleg tölva opnar þá ekki lengur aðganginn þinn.
account-everywhere = Skrá út alls staðar…
account-everywhere_question = Skrá út á öllum tækjum, þessu líka? Opnar síður lokast strax og allt sem ekki hefur enn verið sent úr þeim tapast.
account-everywhere_confirm = Já, skrá út alls staðar
account-everywhere_done = Útskráning tókst á öllum tækjum.
account-cancel = Hætta við

## admin
admin-nav = Staðfestingarborð
admin-title = Stjórnborð landsstjórnanda
admin-country = Land: { $country }
admin-only_national_admins = Þessi síða er fyrir landsstjórnendur.
admin-pending_heading = Kennarar sem bíða staðfestingar
admin-pending_count =
    { $count ->
        [one] { $count } kennari bíður.
       *[other] { $count } kennarar bíða.
    }
admin-pending_none = Enginn kennari bíður staðfestingar.
admin-select_all = Velja alla
admin-select_first = Veldu fyrst að minnsta kosti einn kennara.
admin-validate_selected = Staðfesta valda
admin-reject_selected = Hafna völdum…
admin-validated =
    { $count ->
        [one] Staðfest fyrir { $count } kennara.
       *[other] Staðfest fyrir { $count } kennara.
    }
admin-rejected =
    { $count ->
        [one] { $count } skráningu hafnað.
       *[other] { $count } skráningum hafnað.
    }
admin-reject_question =
    { $count ->
        [one] Hafna skráningu { $names }? Viðkomandi mun ekki geta skráð sig inn og ekki er hægt að afturkalla þetta.
       *[other] Hafna þessum { $count } skráningum ({ $names })? Viðkomandi munu ekki geta skráð sig inn og ekki er hægt að afturkalla þetta.
    }
admin-reject_reason = Ástæða höfnunar
admin-reject_heading = Hafna skráningum
admin-suspend_heading = Loka aðgangi tímabundið
admin-reinstate_heading = Opna aðgang aftur
admin-reject_reason_hint = Geymt í aðgerðaskránni ásamt nafninu þínu.
admin-reject_confirm =
    { $count ->
        [one] Hafna { $count } skráningu
       *[other] Hafna { $count } skráningum
    }
admin-failed_one = { $name }: { $why }
admin-school = Skóli: { $school }
admin-registered = Skráning: { $date }
admin-search_heading = Finna aðgang
admin-search_label = Nafn, netfang eða skóli
admin-search_hint = Aðeins aðgangar í þínu landi. Hafðu reitinn tóman til að sýna alla, nýjustu fyrst.
admin-search = Leita
admin-showing = { $from }–{ $to } af { $total }
admin-no_match = Enginn aðgangur passar.
admin-previous = Fyrri síða
admin-next = Næsta síða
admin-suspend = Loka tímabundið…
admin-suspend_named = Loka aðgangi { $name } tímabundið…
admin-suspend_question = Loka aðgangi { $name } tímabundið? Innskráningu viðkomandi lýkur strax alls staðar, opnar síður lokast og ekki er hægt að skrá sig inn fyrr en þú opnar aðganginn aftur.
admin-suspend_reason = Ástæða lokunar
admin-suspend_confirm = Já, loka tímabundið
admin-suspend_done = Aðgangi { $name } hefur verið lokað tímabundið.
admin-reinstate = Opna aftur…
admin-reinstate_named = Opna aðgang { $name } aftur…
admin-reinstate_question = Opna aðgang { $name } aftur? Þá er aftur hægt að skrá sig inn.
admin-reinstate_reason = Ástæða (valfrjálst)
admin-reinstate_confirm = Opna aftur
admin-reinstate_done = Aðgangur { $name } hefur verið opnaður aftur.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Skrifaðu titil svæðisins til að staðfesta: { $text }

## status
status-active = virkur
status-pending = bíður staðfestingar
status-suspended = lokaður tímabundið
status-rejected = hafnað
status-erased = eytt

## names
names-marked = { $name } ({ $mark })

## members
members-username = notandanafn { $username }
members-role_of = Hlutverk: { $name }
members-change_role = Breyta hlutverki
members-role_question = Breyta hlutverki { $name } úr { $from } í { $to }?
members-role_consequence = Héðan í frá getur { $name } gert það sem hlutverkið { $to } leyfir, strax á öllum tækjum.
members-role_confirm = Breyta hlutverkinu
members-role_changed = { $name } hefur nú hlutverkið { $role }.
members-reset_code = Nýr kóði
members-reset_question = Gefa { $name } nýjan innskráningarkóða?
members-reset_consequence = Gamli kóðinn hættir strax að virka og innskráningu nemandans lýkur alls staðar. Þú afhendir nýja kortið.
members-reset_confirm = Búa til nýjan kóða
members-reset_done = { $name } er með nýjan kóða: afhentu nýja kortið hér fyrir neðan.
members-export = Flytja út gögn
members-remove = Fjarlægja
members-remove_question = Fjarlægja { $name } af þessu svæði?
members-remove_consequence = { $name } missir strax aðgang að þessu svæði, á öllum tækjum.
members-remove_pupil_kept = Aðgangur, færslur og skrár nemandans haldast; þú getur bætt nemandanum við aftur síðar.
members-remove_kept = Færslur og skrár meðlimsins haldast á svæðinu.
members-remove_confirm = Fjarlægja
members-removed = Búið er að fjarlægja { $name }.
members-erase = Eyða aðgangi
members-leave = Fara af þessu svæði
members-leave_question = Fara af „{ $title }“?
members-leave_consequence = Þú missir strax aðgang að umræðum, skrám, spjalli og myndfundum svæðisins. Aðeins kennari með stjórnendaréttindi getur hleypt þér inn aftur.
members-leave_kept = Það sem þú skrifaðir og hlóðst upp verður áfram á svæðinu.
members-leave_confirm = Fara af svæðinu
members-left = Þú fórst af „{ $title }“.

## erase
erase-question = Eyða aðgangi { $name }?
erase-account_gone = Nafni, notandanafni og kóða nemandans er eytt endanlega.
erase-signed_out = Innskráningu nemandans lýkur strax og aldrei verður aftur hægt að skrá sig inn.
erase-no_undo = Ekki er hægt að afturkalla þetta.
erase-export_first = Ef nemandinn eða fjölskyldan gæti viljað afrit skaltu fyrst flytja gögnin út.
erase-posts = Færslur og spjallskilaboð nemandans
erase-posts_keep = Halda þeim, merktum „fyrrverandi nemandi“
erase-posts_remove = Fjarlægja þau endanlega
erase-files = Skrár nemandans
erase-files_keep = Halda þeim, í eigu „fyrrverandi nemanda“
erase-files_remove = Fjarlægja þær endanlega
erase-confirm = Eyða aðganginum
erase-done = Aðgangi { $name } hefur verið eytt.

## invite_teacher
invite_teacher-title = Bjóða samstarfskennara
invite_teacher-by_email = Með netfangi
invite_teacher-role = Hlutverk
invite_teacher-submit = Bjóða
invite_teacher-done = { $name } tekur nú þátt með hlutverkið { $role }.
invite_teacher-not_etwinner = Enginn staðfestur eTwinner er með þetta netfang, eða þú mátt ekki veita þetta hlutverk.
invite_teacher-find = Finna eTwinner
invite_teacher-query = Nafn, skóli eða land
invite_teacher-search = Leita
invite_teacher-results = eTwinners sem fundust
invite_teacher-none = Enginn eTwinner fannst.
invite_teacher-more = Fleiri niðurstöður
invite_teacher-member = Meðlimur á þessu svæði
invite_teacher-invite = Bjóða
invite_teacher-role_for = Hlutverk fyrir { $name }

## pupils
pupils-title = Bæta við nemendum
pupils-one_title = Einn nemandi
pupils-name = Nafn nemandans
pupils-add_one = Bæta nemandanum við
pupils-class_title = Heill bekkur
pupils-class_names = Nöfn nemendanna
pupils-class_help = Eitt nafn í hverja línu, eins og aðrir munu sjá nemendurna.
pupils-add_class = Bæta bekknum við
pupils-class_empty = Skrifaðu að minnsta kosti eitt nafn.
pupils-language = Tungumál síðunnar fyrir þessa nemendur
pupils-language_help = Nemendurnir sjá TwinSpace Live á þessu tungumáli eftir innskráningu. Hver nemandi getur breytt því síðar.
pupils-line_errors = Línur sem þarf að leiðrétta
pupils-line_error = Lína { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } línu þarf að leiðrétta; ekkert var stofnað.
       *[other] { $count } línur þarf að leiðrétta; ekkert var stofnað.
    }
pupils-created =
    { $count ->
        [one] { $count } nemanda var bætt við.
       *[other] { $count } nemendum var bætt við.
    }

## cards
cards-title = Innskráningarkort
cards-once = Þessir kóðar sjást aðeins núna. Prentaðu kortin eða skrifaðu kóðana hjá þér áður en þú ferð af þessari síðu.
cards-site = Skráðu þig inn á
cards-print = Prenta kortin
cards-done = Búið: fela kóðana

## links
links-tab = Gestatenglar
links-intro = Með gestatengli getur sérfræðingur eða áheyrnaraðili tekið þátt í þessu TwinSpace sem gestur. Allir sem hafa tengilinn geta notað hann þar til hann rennur út eða er uppurinn.
links-create_title = Nýr gestatengill
links-valid_for = Gildistími
links-days =
    { $count ->
        [one] { $count } dagur
       *[other] { $count } dagar
    }
links-uses = Fjöldi skipta sem má nota hann
links-note = Athugasemd (fyrir hvern hann er)
links-create = Búa til tengilinn
links-new = Nýi tengillinn
links-once = Afritaðu hann núna: hann sést aðeins einu sinni.
links-copy = Afrita
links-copied = Tengillinn var afritaður.
links-select_copy = Tengillinn er valinn: ýttu á Ctrl+C (⌘+C) til að afrita hann.
links-live = Virkir tenglar
links-empty = Enginn gestatengill er virkur.
links-untitled = Gestatengill
links-used =
    { $count ->
        [one] notkun: { $used } af { $count }
       *[other] notkun: { $used } af { $count }
    }
links-until = til { $time }
links-revoke = Afturkalla
links-revoke_question = Afturkalla þennan gestatengil?
links-revoke_consequence = Enginn getur lengur komið inn með honum.
links-revoke_kept = Gestir sem komu inn með honum verða áfram meðlimir.
links-revoked = Tengillinn var afturkallaður.

## settings
settings-tab = Stillingar
settings-space = Svæðið
settings-pupils = Nemendur
settings-premoderate_pupils = Halda færslum nemenda þar til kennari samþykkir þær
settings-pupils_may_create_threads = Nemendur mega hefja þræði
settings-pupils_may_upload = Nemendur mega hlaða upp skrám
settings-save = Vista
settings-saved = Stillingarnar voru vistaðar.
settings-archive_title = Geymsla
settings-archive_text = Meðlimir geta áfram lesið svæði í geymslu, en enginn getur skrifað, hlaðið upp eða hafið myndfund.
settings-archive = Setja þetta svæði í geymslu
settings-archive_question = Setja „{ $title }“ í geymslu?
settings-archive_read_only = Enginn getur lengur skrifað, hlaðið upp eða breytt neinu.
settings-archive_video = Myndfundir sem eru í gangi enda strax.
settings-archive_undo = Stofnandi getur opnað svæðið aftur síðar.
settings-archive_confirm = Setja í geymslu
settings-archived_title = Þetta svæði er í geymslu
settings-archived_text = Aðeins er hægt að lesa það. Opnaðu það aftur svo meðlimir geti skrifað og hlaðið upp.
settings-unarchive = Opna aftur
settings-unarchive_question = Opna „{ $title }“ aftur?
settings-unarchive_consequence = Meðlimir geta aftur skrifað, hlaðið upp og hafið myndfundi.
settings-delete_title = Eyða svæðinu
settings-delete_text = Þegar svæði er eytt hverfur það og allt sem í því er endanlega.
settings-delete = Eyða þessu svæði
settings-delete_question = Eyða „{ $title }“ endanlega?
settings-delete_content = Öllum umræðuþráðum, spjallskilaboðum og skrám er eytt, ásamt öllum útgáfum þeirra.
settings-delete_members = Allir meðlimir missa svæðið; aðgangar nemenda lifa aðeins áfram á öðrum svæðum þeirra.
settings-delete_video = Myndfundir sem eru í gangi enda strax.
settings-delete_no_undo = Aðgerðaskráin hverfur líka. Ekki er hægt að afturkalla þetta.
settings-delete_confirm = Eyða endanlega
settings-deleted = „{ $title }“ hefur verið eytt.

## audit
audit-tab = Aðgerðaskrá
audit-caption = Það sem hefur verið gert á þessu svæði, nýjast fyrst
audit-when = Hvenær
audit-who = Hver
audit-what = Hvað
audit-empty = Ekkert skráð enn.
audit-older = Sýna eldri færslur
audit-system = Þjónninn
audit-former_member = Fyrrverandi meðlimur
audit-former_member_target = fyrrverandi meðlimur
audit-reason = Ástæða: { $reason }
audit-other = Framkvæmdi „{ $action }“ { $target }
audit-space-created = Stofnaði svæðið
audit-space-settings_changed = Breytti stillingum svæðisins
audit-space-archived = Setti svæðið í geymslu
audit-space-unarchived = Opnaði svæðið aftur
audit-member-invited = Bauð { $target } sem { $role }
audit-member-role_changed = Breytti hlutverki { $target } úr { $from } í { $role }
audit-member-removed = Fjarlægði { $target }
audit-member-left = Fór af svæðinu
audit-member-muted = Þaggaði niður í { $target }
audit-member-unmuted = Aflétti þöggun { $target }
audit-pupil-created = Stofnaði nemandann { $target }
audit-pupil-added = Bætti við nemandanum { $target }
audit-pupil-code_reset = Gaf { $target } nýjan innskráningarkóða
audit-pupil-exported = Flutti út gögn { $target }
audit-pupil-erased = Eyddi aðgangi nemanda
audit-invitation-created = Bjó til gestatengil
audit-invitation-revoked = Afturkallaði gestatengil
audit-invitation-accepted = Kom inn með gestatengli
audit-video-started = Hóf myndfund
audit-video-ended = Lauk myndfundi
audit-video-locked = Læsti myndfundi
audit-video-unlocked = Opnaði læstan myndfund
audit-video-admitted = Hleypti { $target } inn á myndfund
audit-video-denied = Vísaði { $target } frá myndfundi
audit-video-muted = Slökkti á hljóðnema { $target } á myndfundi
audit-video-unmuted = Leyfði { $target } að tala aftur á myndfundi
audit-video-removed = Fjarlægði { $target } af myndfundi
audit-video-spotlight = Breytti kastljósi myndfundar
audit-post-hidden = Faldi færslu
audit-post-restored = Endurheimti færslu
audit-post-approved = Samþykkti færslu
audit-post-rejected = Hafnaði færslu
audit-post-purged = Fjarlægði færslu endanlega
audit-post-reported = Tilkynnti færslu
audit-report-resolved = Lokaði tilkynningu
audit-thread-pinned = Festi þráð
audit-thread-unpinned = Losaði þráð
audit-thread-locked = Læsti þræði
audit-thread-unlocked = Opnaði læstan þráð
audit-archive-folder_created = Stofnaði möppu
audit-archive-folder_renamed = Endurnefndi möppu
audit-archive-folder_moved = Færði möppu
audit-archive-folder_trashed = Setti möppu í ruslakörfuna
audit-archive-folder_restored = Tók möppu úr ruslakörfunni
audit-archive-folder_purged = Fjarlægði möppu endanlega
audit-archive-file_added = Bætti við skrá
audit-archive-file_version_added = Bætti við nýrri útgáfu af skrá
audit-archive-file_renamed = Endurnefndi skrá
audit-archive-file_moved = Færði skrá
audit-archive-file_trashed = Setti skrá í ruslakörfuna
audit-archive-file_restored = Tók skrá úr ruslakörfunni
audit-archive-file_purged = Fjarlægði skrá endanlega
audit-chat-expired = Fjarlægði spjallskilaboð sem voru útrunnin
audit-audit-retention_changed = Breytti því hve lengi aðgerðaskráin geymir færslur
audit-group-joined = Gekk í hópinn
audit-group-requested = Bað um aðild að hópnum
audit-group-request_accepted = Samþykkti beiðni frá { $target }
audit-group-request_declined = Hafnaði beiðni frá { $target }
audit-group-request_withdrawn = Dró beiðni um aðild til baka
audit-member-banned = Útilokaði { $target }
audit-member-unbanned = Aflétti útilokun { $target }
audit-group-featured = Setti hópinn í sviðsljósið
audit-group-unfeatured = Tók hópinn úr sviðsljósinu
audit-group-moderator_appointed = Fól { $target } umsjón

## group_role
group_role-founder = Eigandi
group_role-admin = Umsjón
group_role-teacher = Meðlimur

## readers
readers-title = Að lesa núna
readers-more =
    { $count ->
        [one] og { $count } annar
       *[other] og { $count } aðrir
    }

## groups
groups-nav = Hópar
groups-title = eTwinning-hópar
groups-intro = Samfélög eTwinnara um námsgrein, viðfangsefni eða áhugasvið. Aðeins staðfestir eTwinnarar taka þátt.
groups-search = Finna hóp
groups-words = Orð úr titlinum
groups-topic = Viðfangsefni
groups-language = Tungumál
groups-language_any = Öll tungumál
groups-language_choose = Veldu tungumál
groups-country = Land meðlims
groups-country_any = Öll lönd
groups-search_submit = Leita
groups-found = Hópar
groups-empty = Enginn hópur passar við þessa leit.
groups-more = Sýna fleiri hópa
groups-featured = Í sviðsljósinu
groups-topic_is = Viðfangsefni: { $topic }
groups-members =
    { $count ->
        [one] { $count } meðlimur
       *[other] { $count } meðlimir
    }
groups-access_short-open = Opinn
groups-access_short-closed = Lokaður
groups-standing-member = Þú ert í hópnum. Hlutverk þitt: { $role }
groups-standing-requested = Þú hefur beðið um aðild að þessum hópi.
groups-standing-banned = Umsjónarteymi hópsins leyfir þér ekki að ganga í hann.
groups-join = Ganga í hópinn
groups-ask = Biðja um aðild
groups-ask_message = Skilaboð til umsjónarteymisins (valfrjálst)
groups-withdraw = Draga beiðnina mína til baka
groups-open_group = Opna hópinn
groups-joined = Þú ert nú í hópnum „{ $title }“.
groups-asked = Beiðni þín um aðild að „{ $title }“ var send umsjónarteyminu.
groups-withdrawn = Beiðni þín um aðild að „{ $title }“ var dregin til baka.
groups-waiting = Umsjónarteymið svarar beiðni þinni. Þessi síða sýnir svarið um leið og það berst.
groups-accepted = Beiðni þín var samþykkt: þú ert nú í hópnum „{ $title }“.
groups-not_accepted = Beiðni þín var ekki samþykkt. Þú mátt biðja aftur.
groups-back = Aftur í hópana
groups-create = Stofna hóp
groups-group_title = Titill
groups-description = Lýsing (valfrjálst)
groups-access = Hver má ganga í hópinn
groups-access-open = Opinn: allir eTwinnarar ganga strax í hann
groups-access-closed = Lokaður: umsjónarteymið samþykkir hverja beiðni
groups-create_submit = Stofna hópinn
groups-created = Hópurinn „{ $title }“ var stofnaður.
groups-members_search = Finna meðlim
groups-members_more = Sýna fleiri meðlimi
groups-leave = Yfirgefa þennan hóp
groups-leave_consequence = Þú missir strax aðgang að spjallborði, skrám, spjalli og myndfundum hópsins.
groups-leave_kept = Það sem þú skrifaðir og hlóðst upp verður áfram í hópnum. Þú getur komið aftur í gegnum hópaskrána.
groups-leave_confirm = Yfirgefa hópinn
groups-requests = Beiðnir um aðild
groups-requests_empty = Enginn bíður.
groups-accept = Samþykkja
groups-decline = Hafna
groups-accepted_member = { $name } er nú í hópnum.
groups-declined = Beiðni frá { $name } var hafnað.
groups-ban = Útiloka
groups-ban_question = Útiloka { $name } frá þessum hópi?
groups-ban_consequence = { $name } fer strax úr hópnum og getur hvorki gengið í hann aftur né beðið um það.
groups-ban_kept = Færslur og skrár verða áfram í hópnum. Þú getur aflétt útilokuninni síðar.
groups-ban_reason = Ástæða (valfrjálst, geymd í atvikaskránni)
groups-ban_confirm = Útiloka
groups-banned = Útilokun skráð: { $name }.
groups-bans = Útilokaðir eTwinnarar
groups-bans_empty = Engin útilokun.
groups-lift = Aflétta útilokun
groups-lifted = { $name } getur aftur gengið í hópinn.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Veldu nýtt lykilorð fyrir TwinSpace Live
mail-reset_body =
    Halló { $name },

    Einhver, líklega þú, bað um að fá að velja nýtt lykilorð fyrir TwinSpace Live-aðganginn þinn.
    Opnaðu þennan tengil til að velja það (hann virkar einu sinni, í { $minutes } mínútur):

    { $link }

    Þegar nýtt lykilorð er valið lýkur innskráningunni þinni alls staðar annars staðar.
    Ef þú baðst ekki um þetta skaltu hunsa þessi skilaboð: lykilorðið þitt helst óbreytt.

    TwinSpace Live

## events (issue 22)
events-nav = Viðburðir
events-title = Væntanlegir viðburðir
events-empty = Engir væntanlegir viðburðir fyrir þig enn.
events-more = Sýna fleiri viðburði
events-schedule = Skipuleggja viðburð
events-zone = Tímar eru sýndir á þínu tímabelti: { $zone }
events-audience-etwinners = Öll í eTwinning
events-audience-country = Þau í eTwinning frá þessu landi: { $country }
events-audience-group = Meðlimir hóps
events-audience-twinspace = Meðlimir TwinSpace
events-organising = Þú skipuleggur þennan viðburð.
events-registered = Skráningin þín er vistuð.
events-waiting = Þú ert á biðlistanum (sæti { $position }).
events-state-live = Í beinni núna
events-state-ended = Þessum viðburði er lokið.
events-state-cancelled = Þessum viðburði hefur verið aflýst.
events-places = Tekin sæti: { $taken } af { $capacity }
event_form-new_title = Skipuleggja viðburð
event_form-edit_title = Breyta viðburðinum
event_form-title = Titill
event_form-description = Lýsing
event_form-date = Dagsetning
event_form-time = Upphafstími
event_form-duration = Lengd í mínútum
event_form-space = Hópur eða TwinSpace
event_form-speakers_hint = Veldu úr kennurum hópa þinna og TwinSpace-svæða.
event_form-no_speakers = Enginn til að velja enn.
event_form-create = Skipuleggja viðburðinn
event_form-save = Vista breytingarnar
event_form-created = „{ $title }“ er á dagskrá.
event_form-saved = Breytingar á „{ $title }“ eru vistaðar.
event_form-start_past = Veldu upphaf í framtíðinni.
event-title = Viðburður
event-back = Allir viðburðir
event-when = Hvenær
event-language = Tungumál
event-audience = Hver getur skráð sig
event-organiser = Skipulagning
event-speakers = Fyrirlesarar
event-places = Sæti
event-no_speakers = Engir fyrirlesarar tilgreindir enn.
event-waiting_count = Á biðlista: { $waiting }
event-registration = Sætið þitt
event-speaking = Þú talar á þessum viðburði.
event-full = Öll sæti eru tekin: ef þú skráir þig ferðu á biðlistann.
event-register = Skrá mig
event-unregister = Gefa sætið mitt eftir
event-leave_waiting = Fara af biðlistanum
event-unregister_confirm_title = Hætta við „{ $title }“?
event-unregister_confirm = Næsta manneskja á biðlistanum fær þína röð. Ef þú skráir þig aftur gætirðu þurft að bíða.
event-unregistered = Skráningin þín er felld niður.
event-calendar = Bæta í dagatalið mitt (.ics)
event-organiser_tools = Fyrir skipulagningu
event-edit = Breyta viðburðinum
event-cancel = Aflýsa viðburðinum
event-keep = Halda viðburðinum
event-cancel_confirm_title = Aflýsa „{ $title }“?
event-cancel_confirm_lost = Enginn getur lengur skráð sig og öll sjá að honum er aflýst. Ekki er hægt að afturkalla þetta. Skráningar og spurningar eru geymdar.
event-cancelled = Viðburðinum er aflýst.
event-registrants = Skráningar
event-waiting_list = Biðlisti
event-nobody = Enginn enn.
event-attendance = Mæting
event-attendance_hint = Hver fylgdist með síðu viðburðarins meðan hann var í beinni, og hve lengi.
event-attendance_none = Enginn fylgdist með viðburðinum í beinni.
event-minutes = { $minutes } mín.
qa-title = Spurningar og svör
qa-empty = Engar spurningar enn.
qa-closed = Spurningum er lokað: viðburðinum er lokið.
qa-need_place = Skráðu þig til að spyrja eða styðja spurningu.
qa-your_question = Spurningin þín
qa-ask = Spyrja
qa-asked = Spurningin þín hefur verið send.
qa-upvote = Styðja
qa-upvoted = Stutt
qa-votes = Atkvæði: { $votes }
qa-by = Spurt af { $name }
qa-by_gone = Spurt af eyddum aðgangi
qa-answer = Svar: { $answer }
qa-state-picked = Verið að svara núna
qa-state-answered = Svarað
qa-state-hidden = Falin
qa-pick = Velja
qa-unpick = Setja aftur á lista
qa-hide = Fela
qa-restore = Endurheimta
qa-answer_label = Skriflegt svar (valfrjálst)
qa-mark_answered = Merkja sem svarað
qa-gone = Þú getur ekki lengur fylgst með þessum spurningum.
audit-event-created = Skipulagði viðburðinn „{ $title }“
audit-event-updated = Breytti viðburðinum „{ $title }“
audit-event-cancelled = Aflýsti viðburðinum „{ $title }“
audit-event-question_moderated = Stýrði spurningu á viðburðinum „{ $title }“

## the live webinar (issue 22)
live-title = Beint myndband
live-not_started = Beina myndbandið er ekki hafið.
live-ended = Beina myndbandinu er lokið.
live-connecting = Tengist beina myndbandinu…
live-need_place = Aðeins þau sem eiga sæti geta horft á beina myndbandið.
live-watching_you = Þú horfir á beina myndbandið.
live-on_air = Þú ert í beinni: allir sjá þig og heyra.
live-recording = Þessi viðburður er tekinn upp.
live-speaking = Talar: { $names }
live-nobody_speaking = Enginn talar enn.
live-watching = Horfa: { $watching }
live-start = Hefja beina myndbandið
live-end = Ljúka beina myndbandinu
live-end_confirm_title = Ljúka beina myndbandinu „{ $title }“?
live-end_confirm_lost = Myndbandið stöðvast hjá öllum, ræðufólki og áhorfendum. Þú getur hafið það aftur meðan viðburðurinn stendur; spurningarnar haldast.
live-go_live = Fara í beina útsendingu
live-stop = Stöðva myndbandið mitt
live-hand_raised = Höndin þín er uppi: umsjónarmaður getur boðið þér að tala.
live-invited = Þér er boðið að tala: farðu í beina útsendingu þegar þú ert tilbúin(n).
live-returned = Þú ert aftur meðal áhorfenda.
live-hands = Hendur á lofti
live-no_hands = Engin hönd er á lofti.
live-promote = Bjóða { $name } að tala
live-return = Senda { $name } aftur til áhorfenda
live-record_start = Hefja upptöku
live-record_stop = Stöðva upptöku

## the event's recordings and seat (issue 22)
event-moved_up = Þú ert nú með sæti: þú færðist upp af biðlistanum.
live-off_stage_returned = Stjórnandi færði þig aftur til áhorfenda.
live-off_stage_muted = Slökkt var á hljóðinu þínu í þessu rými: þú ert aftur meðal áhorfenda.
live-off_stage_removed = Þú ert ekki lengur meðlimur í þessu rými: þú ert aftur meðal áhorfenda.
live-off_stage_unnamed = Þú ert ekki lengur ræðumaður á þessum viðburði: þú ert aftur meðal áhorfenda.
recordings-title = Upptökur
recordings-processing = Verið er að vinna úr upptöku: hún birtist hér þegar hún er tilbúin.
recordings-take = Tekið upp { $when } · { $length }
recordings-video = Myndskeið: { $speaker }
recordings-audio = Hljóð: { $speaker }
recordings-former_speaker = fyrrverandi ræðumaður
