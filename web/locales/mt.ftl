### TwinSpace Live: il-kliem tal-paġna bil-Malti.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Malti

## app
app-name = TwinSpace Live
app-skip = Mur għall-kontenut
app-nav = Prinċipali
app-language = Lingwa
app-sign_out = Oħroġ
app-signed_in_as = Dħalt bħala { $name }
app-loading = Qed jitgħabba…

## conn
conn-lost = Il-konnessjoni ntilfet. Qed nerġgħu nikkonnettjaw…
conn-back = Il-konnessjoni reġgħet ġiet lura.
conn-failed = Il-konnessjoni diretta ngħalqet. Aġġorna l-paġna biex terġa’ tipprova.
conn-session_ended = Is-sessjoni tiegħek spiċċat. Jekk jogħġbok idħol mill-ġdid.
conn-account_locked = Dan il-kont ma jistax jintuża aktar. Idħol mill-ġdid biex tara għaliex.
# Why the server closed the live connection: `conn-closed-<reason>`, one per reason code it sends
# (protocol/close_codes.py, CloseReason).
conn-closed-auth_missing = Il-konnessjoni diretta ma rċevietx id-dħul tiegħek fil-ħin. Aġġorna l-paġna.
conn-closed-session_invalid = Is-sessjoni tiegħek m’għadhiex valida. Jekk jogħġbok idħol mill-ġdid.
conn-closed-session_expired = Is-sessjoni tiegħek skadiet. Jekk jogħġbok idħol mill-ġdid.
conn-closed-signed_out = Is-sessjoni tiegħek ingħalqet. Jekk jogħġbok idħol mill-ġdid.
conn-closed-account_locked = Dan il-kont ma jistax jintuża aktar. Idħol mill-ġdid biex tara għaliex.
conn-closed-too_many_connections = Dan il-kont għandu wisq paġni miftuħa f’daqqa. Agħlaq xi tabs, imbagħad aġġorna din il-paġna.
conn-closed-too_many_messages = Din il-paġna bagħtet wisq affarijiet malajr wisq. Stenna ftit, imbagħad aġġornaha.
conn-closed-frame_too_large = Din il-paġna bagħtet xi ħaġa kbira wisq. Aġġorna l-paġna u erġa’ pprova.
conn-closed-idle_timeout = Il-konnessjoni diretta baqgħet siekta għal żmien twil wisq u ngħalqet. Qed nerġgħu nikkonnettjaw…
conn-closed-slow_consumer = Il-konnessjoni diretta baqgħet lura. Qed nerġgħu nikkonnettjaw…
conn-closed-server_restarting = Is-server qed jerġa’ jibda. Se nerġgħu nikkonnettjaw fi ftit…
conn-closed-server_shutting_down = Is-server tal-konnessjoni tiegħek qed jieqaf. Qed nerġgħu nikkonnettjaw…
conn-closed-unavailable = Is-server okkupat. Se nerġgħu nikkonnettjaw fi ftit…
conn-closed-internal = Xi ħaġa marret ħażin fuq is-server. Se nerġgħu nikkonnettjaw fi ftit…

## login
login-title = Idħol
login-intro = L-għalliema u l-mistednin jidħlu bl-indirizz tal-email tagħhom. L-istudenti jużaw l-isem tal-utent u l-kodiċi li tahom l-għalliem tagħhom.
login-teacher = Għalliema u mistednin
login-pupil = Studenti
login-email = Indirizz tal-email
login-password = Password
login-username = Isem tal-utent
login-code = Kodiċi
login-submit = Idħol
login-pupil_submit = Idħol bħala student
login-forgot = Insejt il-password?
login-register = Għad m’għandekx kont? Oħloq kont ta’ eTwinner
login-pupil_forgot = Insejt il-kodiċi? Itlob wieħed ġdid lill-għalliem tiegħek.

## invite
invite-title = Idħol f’TwinSpace b’stedina
invite-intro = Irċevejt stedina għal TwinSpace. Agħżel l-isem li se jaraw l-oħrajn u agħżel password.
invite-display_name = Ismek
invite-submit = Aċċetta l-istedina
invite-checking = Qed niċċekkjaw l-istedina tiegħek…
invite-for_space = Għandek stedina għal “{ $title }”.
invite-unknown = Dan il-link tal-istedina mhuwiex magħruf. Iċċekkja li kkupjajtu kollu, jew itlob wieħed ġdid lill-għalliem li bagħathulek.
invite-expired = Dan il-link tal-istedina skada. Itlob wieħed ġdid lill-għalliem li bagħathulek.
invite-used_up = Dan il-link tal-istedina diġà ntuża kemm-il darba jippermetti. Itlob wieħed ġdid lill-għalliem li bagħathulek.
invite-revoked = Dan il-link tal-istedina ġie rtirat minn għalliem.
invite-closed = L-ispazju ta’ din l-istedina huwa magħluq.

## spaces
spaces-title = L-ispazji tiegħi
spaces-empty = Għadek m’intix membru ta’ ebda spazju.
spaces-create = Oħloq spazju
spaces-kind = Tip
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Kamra
spaces-kind-group = Grupp
spaces-space_title = Titlu
spaces-description = Deskrizzjoni (mhux obbligatorja)
spaces-create_submit = Oħloq
spaces-created = L-ispazju “{ $title }” inħoloq.
spaces-my_role = Ir-rwol tiegħek: { $role }
spaces-archived = arkivjat

## space
space-back = Lura għall-ispazji tiegħi
space-sections = Taqsimiet ta’ dan l-ispazju
space-members = Membri
space-online_count =
    { $count ->
        [one] { $count } online
        [two] { $count } online
        [few] { $count } online
        [many] { $count } online
       *[other] { $count } online
    }
space-online = online
space-offline = offline
space-you = (int)
space-refreshed = Il-lista ġiet aġġornata.
space-gone = Dan l-ispazju m’għadux disponibbli għalik.

## chat
chat-title = Chat
chat-empty = Għad m’hemm l-ebda messaġġ.
chat-message = Messaġġ
chat-send = Ibgħat
chat-pending = (qed jistenna għalliem)
chat-typing = { $name }: kitba għaddejja…
chat-teachers_tab = Il-Bullettin tal-Għalliema
chat-teachers_title = Il-Bullettin tal-Għalliema
chat-session_title = Chat tas-sessjoni
chat-older = Uri messaġġi eqdem
chat-new_messages = Messaġġi ġodda
chat-mention_list = Membri li tista’ ssemmi
chat-mention_hint = Ikteb @ u isem biex issemmi membru.
chat-hidden = (moħbi minn għalliem)
chat-deleted = (imħassar)
chat-rejected = (mhux ippubblikat minn għalliem)
chat-edited = (editjat)
chat-mentions_you = isemmik
chat-edit = Editja
chat-edit_label = Editja l-messaġġ tiegħek
chat-save = Issejvja
chat-cancel = Ikkanċella
chat-delete = Ħassar
chat-delete_confirm = Iva, ħassar
chat-hide = Aħbi
chat-restore = Irrestawra
chat-approve = Approva
chat-reject = Irrifjuta
chat-report = Irrapporta
chat-reported = Grazzi. L-għalliema se jħarsu lejn dan il-messaġġ.
chat-mute = Waqqaf il-kitba
chat-mute_question = Twaqqaf il-kitba ta’ { $name }?
chat-mute_for = Waqqaf il-kitba ta’ { $name } għal
chat-minutes =
    { $count ->
        [one] { $count } minuta
        [two] { $count } minuti
        [few] { $count } minuti
        [many] { $count } minuta
       *[other] { $count } minuta
    }
chat-mute_confirm = Waqqaf issa
chat-muted_other = Il-kitba ta’ { $name } hija mwaqqfa sa { $time }.
chat-muted_you = Għalliem waqqaf il-kitba tiegħek sa { $time }. Xorta tista’ taqra ċ-chat.
chat-unmuted_you = Tista’ terġa’ tikteb fiċ-chat.
chat-gone = Dan iċ-chat m’għadux disponibbli għalik.

## role
role-founder = Fundatur
role-admin = Amministratur
role-teacher = Għalliem
role-pupil_admin = Student amministratur
role-pupil = Student
role-guest = Mistieden

## error
error-bad_credentials = Id-dettalji tad-dħul mhumiex korretti. Iċċekkjahom u erġa’ pprova.
error-rate_limited = Wisq tentattivi. Stenna ftit u erġa’ pprova.
error-invalid = Xi oqsma mhumiex mimlija sew.
error-not_found = Din il-paġna ma teżistix jew ma tistax taraha.
error-forbidden = M’għandekx permess tagħmel dan.
error-gone = Dan m’għadux jeżisti jew m’għadux jaħdem.
error-conflict = Dan imur kontra xi ħaġa li diġà teżisti.
error-gone-revoked = Dan il-link tal-istedina m’għadux jaħdem: l-għalliema tal-ispazju rtirawh.
error-gone-expired = Dan il-link tal-istedina m’għadux jaħdem: skada.
error-gone-used_up = Dan il-link tal-istedina m’għadux jaħdem: diġà ntuża kemm-il darba jippermetti.
error-conflict-name_taken = “{ $name }” diġà jeżisti hawn. Agħżel isem ieħor.
error-conflict-in_trash = “{ $name }” jinsab fil-barmil tal-iskart: l-ewwel irrestawrah.
error-conflict-not_in_trash = “{ $name }” ma jinsabx fil-barmil tal-iskart.
error-conflict-parent_in_trash = “{ $name }” kien f’folder li issa jinsab fil-barmil tal-iskart: l-ewwel irrestawra dak il-folder.
error-conflict-folder_not_empty = Il-folder “{ $name }” mhuwiex vojt: l-ewwel ċaqlaq dak li fih għall-barmil tal-iskart.
error-conflict-wrong_status = L-istatus ta’ dan il-kont ({ $status }) ma jippermettix dan.
error-unauthenticated = Jekk jogħġbok idħol.
error-network = Ma stajniex nilħqu s-server. Iċċekkja l-konnessjoni tiegħek u erġa’ pprova.
error-generic = Xi ħaġa marret ħażin. Jekk jogħġbok erġa’ pprova.
error-too_large = Dan kbir wisq.
error-quota_exceeded = M’hemmx biżżejjed post ħieles f’dan l-ispazju.
error-unsupported = Is-server ma jistax jieħu dan it-tip ta’ talba.
error-aborted = It-tlugħ tal-fajl twaqqaf.
error-rate_limited_wait = Wisq tentattivi. Stenna u erġa’ pprova ({ $wait }).
error-fields = Xi oqsma jeħtieġu l-attenzjoni tiegħek: ara l-messaġġ taħt kull wieħed.
error-account_rejected = L-amministratur nazzjonali ta’ pajjiżek ma aċċettax din ir-reġistrazzjoni, għalhekk dan il-kont ma jistax jidħol. Jekk taħseb li dan huwa żball, ikkuntattja lill-Organizzazzjoni Nazzjonali ta’ Appoġġ ta’ eTwinning ta’ pajjiżek.
error-account_suspended = L-amministratur nazzjonali ta’ pajjiżek issospenda dan il-kont: għalissa ma jistax jidħol. Biex issir taf għaliex, jew biex titlob li jerġa’ jiġi attivat, ikkuntattja lill-Organizzazzjoni Nazzjonali ta’ Appoġġ ta’ eTwinning ta’ pajjiżek.
error-malformed = Il-paġna bagħtet xi ħaġa li s-server ma setax jaqra. Aġġorna l-paġna u erġa’ pprova.
error-csrf = Il-kontroll tas-sigurtà tal-paġna falla. Aġġorna l-paġna u erġa’ pprova.
error-limit_exceeded = Dan jaqbeż limitu stabbilit għal dan l-ispazju.
error-unavailable = Is-server okkupat jew parti minnu mhix qed twieġeb. Jekk jogħġbok erġa’ pprova fi ftit.
error-internal = Xi ħaġa marret ħażin fuq is-server. Jekk jogħġbok erġa’ pprova aktar tard.
error-insufficient_storage = Is-server m’għandux aktar spazju għall-fajls. Ma ġie ssejvjat xejn; jekk jogħġbok għid lill-persuna ta’ kuntatt ta’ eTwinning tal-iskola tiegħek.
error-request_timeout = Il-bgħit ħa wisq żmien u twaqqaf. Iċċekkja l-konnessjoni tiegħek u erġa’ pprova.
error-conflict-not_a_guest = Dan l-indirizz tal-email jappartjeni għal kont ta’ eTwinning. L-għalliema jiġu mistiedna mill-amministraturi tal-ispazju, mhux permezz ta’ link għall-mistednin.

## notice
# What a pupil (or any member) is told about their own post or account. The server sends only the
# event's name (protocol/events.py, notice channel): `notice-<event>`, its dots as dashes.
notice-post-pending = Grazzi! Għalliem se jaqra l-messaġġ tiegħek qabel ma kulħadd ikun jista’ jarah.
notice-post-approved = Għalliem qara l-messaġġ tiegħek. Issa kulħadd fil-proġett jista’ jarah.
notice-post-rejected = Għalliem iddeċieda li ma jurix il-messaġġ tiegħek. Tista’ tistaqsi lill-għalliem tiegħek għaliex.
notice-post-hidden = Għalliem ħeba l-messaġġ tiegħek għalissa. Tista’ tistaqsi lill-għalliem tiegħek għaliex.
notice-post-restored = Għalliem reġa’ wera l-messaġġ tiegħek. Issa kulħadd jista’ jarah.
notice-post-purged = Għalliem neħħa l-messaġġ tiegħek.
notice-member-muted = Tista’ taqra l-proġett, imma għal ftit żmien ma tistax tikteb.
notice-member-unmuted = Tista’ terġa’ tikteb fil-proġett.
notice-chat-mention = Ismek issemma fiċ-chat minn { $name }.

## video
video-section = Vidjo
video-open_sessions = Sessjonijiet tal-vidjo miftuħa
video-none = L-ebda sessjoni tal-vidjo mhi miftuħa.
video-start_title = Ibda sessjoni tal-vidjo
video-title = Titlu (mhux obbligatorju)
video-lobby = L-istudenti jistennew fil-kamra tal-istennija sakemm għalliem idaħħalhom
video-start = Ibda
video-join_named = Idħol f’“{ $title }”
video-nobody_in_call = Għad m’hemm ħadd fis-sejħa
video-people_in_call =
    { $count ->
        [one] { $count } persuna fis-sejħa
        [two] { $count } persuni fis-sejħa
        [few] { $count } persuni fis-sejħa
        [many] { $count } persuna fis-sejħa
       *[other] { $count } persuna fis-sejħa
    }
video-locked = (imsakkra)
video-back = Lura għall-ispazju
video-participants = Parteċipanti
video-my_controls = Il-mikrofonu u l-kamera tiegħek
video-chat = Chat tas-sessjoni
video-starting_media = Qed nixegħlu l-kamera u l-mikrofonu tiegħek…
video-in_call = Int fis-sejħa.
video-waiting_in_lobby = Int fil-kamra tal-istennija. Għalliem se jdaħħlek dalwaqt.
video-no_media = Ma setgħet tintuża l-ebda kamera u l-ebda mikrofonu: xorta tista’ tara u tisma’ lill-oħrajn.
video-partial_media = Setgħet tintuża biss parti mill-kamera u mill-mikrofonu tiegħek.
video-enable_sound = Ixgħel il-ħoss
video-mic_on = Mikrofonu mixgħul
video-mic_off = Mikrofonu mitfi
video-mic_forced = Mikrofonu mitfi minn għalliem
video-camera_on = Kamera mixgħula
video-camera_off = Kamera mitfija
video-hand_raised = Id merfugħa
video-mute_me = Itfi l-mikrofonu tiegħi
video-unmute_me = Ixgħel il-mikrofonu tiegħi
video-camera_stop = Itfi l-kamera tiegħi
video-camera_start = Ixgħel il-kamera tiegħi
video-hand_raise = Erfa’ idek
video-hand_lower = Niżżel idek
video-leave = Oħroġ
video-you_are_muted = Għalliem tefa’ l-mikrofonu tiegħek. Tista’ terġa’ tixgħlu meta jippermetti għalliem.
video-muted_by_teacher = Għalliem tefa’ l-mikrofonu tiegħek.
video-unmute_allowed = Għalliem qed iħallik terġa’ tixgħel il-mikrofonu.
video-mute_other = Itfi l-mikrofonu
video-mute_named = Itfi l-mikrofonu ta’ { $name }
video-allow_unmute = Ippermetti li jinxtegħel il-mikrofonu
video-allow_unmute_named = Ippermetti li jinxtegħel il-mikrofonu: { $name }
video-remove = Neħħi mis-sessjoni
video-remove_named = Neħħi lil { $name } mis-sessjoni
video-lobby_title = Kamra tal-istennija
video-lobby_empty = Ħadd mhu qed jistenna.
video-admit = Daħħal
video-admit_named = Daħħal lil { $name }
video-deny = Iċħad id-dħul
video-deny_named = Iċħad id-dħul lil { $name }
video-manage = Din is-sessjoni
video-is_open = Miftuħa: il-membri jistgħu jidħlu.
video-is_locked = Imsakkra: l-għalliema biss jistgħu jidħlu.
video-lock = Sakkar is-sessjoni
video-end = Temm is-sessjoni għal kulħadd
video-ended = Is-sessjoni ntemmet.
video-ended_space_archived = Is-sessjoni ntemmet: l-ispazju tagħha ġie arkivjat.
video-ended_space_deleted = Is-sessjoni ntemmet: l-ispazju tagħha tħassar.
video-ended_empty = Is-sessjoni ntemmet: ma kien hemm ħadd fiha għal xi żmien.
video-no_teacher_yet = Għad m’hemm l-ebda għalliem f’din is-sessjoni, għalhekk ħadd ma jista’ jdaħħlek. Tista’ tistenna hawn jew toħroġ.
video-leave_lobby = Oħroġ mill-kamra tal-istennija
video-removed = Għalliem neħħiek mis-sessjoni.
video-denied = Għalliem ma daħħlekx f’din is-sessjoni.
video-left = Ħriġt mis-sessjoni.
video-full = Din is-sessjoni hija mimlija.
video-refused = Ma tistax tidħol f’din is-sessjoni.
video-signal_refused = Is-server irrifjuta dak li bagħat il-browser tiegħek. Ipprova toħroġ u terġa’ tidħol.
video-sfu_moving = Is-sessjoni kibret: is-sejħa qed tgħaddi għas-server tal-midja tal-klassi…
video-sfu_unreachable = Ma nistgħux nilħqu s-server tal-midja tal-klassi. Qed nerġgħu nippruvaw…
video-sfu_no_seat = Il-postijiet kollha tal-kamera f’din is-sessjoni huma meħuda: int tara u tisma’ lill-oħrajn, iżda huma ma jarawkx u ma jismgħukx.
video-sfu_not_sent = Il-kamera u l-mikrofonu tiegħek ma setgħux jintbagħtu. Xorta tara u tisma’ lill-oħrajn.

## forum
forum-title = Forum
forum-threads = Diskussjonijiet
forum-posts = Messaġġi
forum-areas = Partijiet tal-forum
forum-area-open = Forum miftuħ
forum-area-teachers = Il-Bullettin tal-Għalliema
forum-empty = Għad m’hemm l-ebda diskussjoni.
forum-thread_meta =
    { $count ->
        [one] minn { $author } · { $count } messaġġ · { $when }
        [two] minn { $author } · { $count } messaġġi · { $when }
        [few] minn { $author } · { $count } messaġġi · { $when }
        [many] minn { $author } · { $count } messaġġ · { $when }
       *[other] minn { $author } · { $count } messaġġ · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } ġdid
        [two] { $count } ġodda
        [few] { $count } ġodda
        [many] { $count } ġodda
       *[other] { $count } ġodda
    }
forum-pinned = imwaħħla fuq
forum-locked = magħluqa
forum-new_thread = Ibda diskussjoni
forum-new_bulletin = Ibda diskussjoni fil-Bullettin tal-Għalliema
forum-thread_title = Titlu tad-diskussjoni
forum-first_post = L-ewwel messaġġ
forum-start = Ibda d-diskussjoni
forum-thread_started = Id-diskussjoni bdiet.
forum-thread_held = Grazzi! Għalliem se jaqra d-diskussjoni tiegħek qabel ma kulħadd ikun jista’ jaraha.
forum-back = Lura għad-diskussjonijiet
forum-reply_label = It-tweġiba tiegħek
forum-send = Ibgħat it-tweġiba
forum-no_reply = Ma tistax twieġeb f’din id-diskussjoni.
forum-held = Grazzi! Għalliem se jaqra l-messaġġ tiegħek qabel ma kulħadd ikun jista’ jarah.
forum-edited = (editjat)
forum-edit = Editja
forum-edit_label = Editja l-messaġġ tiegħek
forum-save = Issejvja
forum-saved = Il-messaġġ tiegħek inbidel.
forum-cancel = Ikkanċella
forum-delete = Ħassar
forum-deleted = Il-messaġġ tħassar.
forum-report = Irrapporta
forum-report_reason = X’inhu ħażin f’dan il-messaġġ? (mhux obbligatorju)
forum-report_send = Ibgħat ir-rapport
forum-reported = Grazzi. L-għalliema ġew infurmati.
forum-hide = Aħbi
forum-restore = Irrestawra
forum-approve = Approva
forum-reject = Irrifjuta
forum-done-hide = Il-messaġġ huwa moħbi mill-klassi.
forum-done-restore = Il-messaġġ jidher mill-ġdid.
forum-done-approve = Il-messaġġ ġie approvat: kulħadd jista’ jarah.
forum-done-reject = Il-messaġġ ġie rrifjutat: jarah biss min kitbu.
forum-state-pending = qed jistenna għalliem
forum-state-hidden = moħbi
forum-state-rejected = mhux ippubblikat
forum-state-deleted = imħassar
forum-pin = Waħħal fuq
forum-unpin = Neħħi minn fuq
forum-lock = Agħlaq
forum-unlock = Iftaħ mill-ġdid
forum-thread_changed = Id-diskussjoni nbidlet.
forum-thread_gone = Din id-diskussjoni m’għadhiex disponibbli għalik.
forum-moderation = Moderazzjoni
forum-queue = Qed jistennew l-approvazzjoni
forum-queue_empty = L-ebda messaġġ mhu qed jistenna.
forum-reports = Rapporti
forum-reports_empty = L-ebda rapport miftuħ.
forum-reported_by = irrappurtat minn { $name }
forum-report_said = Raġuni: { $reason }
forum-resolve = Agħlaq ir-rapport
forum-resolved = Ir-rapport ingħalaq.

## reactions
reaction-bar = Reazzjonijiet
reaction-add = Żid reazzjoni
reaction-picker = Agħżel reazzjoni
reaction-count =
    { $count ->
        [one] { $name }: { $count } persuna
        [two] { $name }: { $count } persuni
        [few] { $name }: { $count } persuni
        [many] { $name }: { $count } persuna
       *[other] { $name }: { $count } persuna
    }
reaction-thumbs_up = Saba' l fuq
reaction-heart = Qalb
reaction-clap = Brava
reaction-laugh = Umoristiku
reaction-idea = Idea tajba
reaction-question = Għandi mistoqsija

## archive
archive-title = Fajls
archive-usage = Użati { $used } minn { $quota }
archive-where = Folder
archive-top = Il-fajls kollha
archive-empty = Dan il-folder huwa vojt.
archive-contents = Folders u fajls
archive-name = Isem
archive-size = Daqs
archive-by = Miżjud minn
archive-when = Mibdul
archive-actions = Azzjonijiet
archive-former_member = ex membru
archive-choose = Agħżel fajl
archive-upload = Tella’
archive-progress = Il-progress tat-tlugħ
archive-uploading = Qed jitla’ { $name }: { $percent }
archive-uploaded = “{ $name }” tela’.
archive-too_large = Dan il-fajl kbir wisq: fajl jista’ jkun l-aktar { $max }.
archive-quota = M’hemmx biżżejjed post fil-fajls ta’ dan l-ispazju (ħieles: { $free }). Itlob lil għalliem ineħħi fajls qodma.
archive-new_folder = Folder ġdid
archive-create_folder = Oħloq il-folder
archive-folder_created = Il-folder “{ $name }” inħoloq.
archive-download = Niżżel
archive-download_named = Niżżel { $name }
archive-rename = Ibdel l-isem
archive-rename_named = Ibdel l-isem ta’ { $name }
archive-new_name = Isem ġdid
archive-save = Issejvja
archive-cancel = Ikkanċella
archive-renamed = L-isem inbidel għal “{ $name }”.
archive-trash = Ċaqlaq għall-barmil tal-iskart
archive-trash_named = Ċaqlaq għall-barmil tal-iskart: { $name }
archive-trashed = “{ $name }” jinsab fil-barmil tal-iskart.
archive-show_trash = Barmil tal-iskart
archive-trash_empty = Il-barmil tal-iskart huwa vojt.
archive-restore = Irrestawra
archive-restore_named = Irrestawra { $name }
archive-restored = “{ $name }” reġa’ lura.
archive-purge = Ħassar għal kollox
archive-purge_named = Ħassar għal kollox { $name }
archive-purged = “{ $name }” tħassar għal kollox.
archive-choose_first = Agħżel fajl biex ittellgħu.
archive-no_file = Għadek ma għażilt l-ebda fajl.
archive-name_taken = Diġà hawn xi ħaġa b’dan l-isem. Agħżel isem ieħor.

## unit
unit-b = B
unit-kb = KB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Imla dan il-qasam.
field-unknown = Dan il-qasam mhux mistenni hawn.
field-type = Dan il-valur mhuwiex tat-tip it-tajjeb.
field-blank = Ikteb xi ħaġa hawn: l-ispazji waħedhom ma jgħoddux.
field-too_short =
    { $count ->
        [one] Ikteb mill-inqas { $min } karattru.
        [two] Ikteb mill-inqas { $min } karattri.
        [few] Ikteb mill-inqas { $min } karattri.
        [many] Ikteb mill-inqas { $min } karattru.
       *[other] Ikteb mill-inqas { $min } karattru.
    }
field-too_long =
    { $count ->
        [one] Ikteb l-aktar { $max } karattru.
        [two] Ikteb l-aktar { $max } karattri.
        [few] Ikteb l-aktar { $max } karattri.
        [many] Ikteb l-aktar { $max } karattru.
       *[other] Ikteb l-aktar { $max } karattru.
    }
field-too_small = Agħti mill-inqas { $min }.
field-too_large = Agħti l-aktar { $max }.
field-format = Dan mhuwiex fil-forma mistennija.
field-choice = Agħżel waħda mill-għażliet offruti.
field-invalid = Dan il-valur mhuwiex aċċettat.

## confirm
confirm-cancel = Ikkanċella
confirm-trash_file = Iċċaqlaq “{ $name }” għall-barmil tal-iskart?
confirm-trash_file_lost = Il-membri ma jibqgħux jaraw dan il-fajl. Għalliem jista’ jġibu lura mill-barmil tal-iskart.
confirm-trash_folder = Iċċaqlaq il-folder “{ $name }” għall-barmil tal-iskart?
confirm-trash_folder_lost = Il-membri ma jibqgħux jaraw dan il-folder u xejn minn dak li fih. Għalliem jista’ jġibu lura mill-barmil tal-iskart.
confirm-purge = Tħassar “{ $name }” għal kollox?
confirm-purge_lost = Se jisparixxi għal kulħadd u ma jkunx jista’ jinġieb lura.
confirm-delete_post = Tħassar dan il-messaġġ?
confirm-delete_post_lost = It-test tiegħu se jisparixxi għal kulħadd. Dan ma jistax jitreġġa’ lura.
confirm-delete_message = Tħassar dan il-messaġġ?
confirm-delete_message_lost = It-test tiegħu se jisparixxi għal kulħadd. Dan ma jistax jitreġġa’ lura.
confirm-end_session = Ttemm is-sessjoni għal kulħadd?
confirm-end_session_lost = Kulħadd joħroġ mis-sejħa minnufih, u s-sessjoni ma tkunx tista’ terġa’ tinfetaħ.
confirm-remove_participant = Tneħħi lil { $name } mis-sessjoni?
confirm-remove_participant_lost = Is-sejħa tintemm minnufih għal { $name }, u d-dħul lura f’din is-sessjoni ma jkunx possibbli.
confirm-deny = Tiċħad id-dħul lil { $name }?
confirm-deny_lost = Id-dħul f’din is-sessjoni ma jingħatax lil { $name }.

## page
page-not_found = Il-paġna ma nstabitx
page-not_found_text = M’hemm l-ebda paġna f’dan l-indirizz.
page-go_spaces = Mur għall-ispazji tiegħi
page-go_sign_in = Mur għall-paġna tad-dħul

## form
form-required = Imla dan il-qasam.
form-email_format = Ikteb indirizz tal-email bħal isem@skola.eu.
form-password_short = Uża mill-inqas 10 karattri.
form-password_long = Uża l-aktar 200 karattru.
form-password_mismatch = Iż-żewġ passwords mhumiex l-istess.
form-password_hint = Mill-inqas 10 karattri. Ftit kliem li tiftakar jaħdem tajjeb.
form-check_fields = Jekk jogħġbok iċċekkja l-oqsma mmarkati hawn fuq.
form-field_invalid = Dan il-valur mhuwiex aċċettat.

## register
register-title = Oħloq kont ta’ eTwinner
register-intro = Għall-għalliema. L-amministratur nazzjonali ta’ pajjiżek jiċċekkja li tgħallem fi skola u mbagħad jivvalida l-kont tiegħek. L-istudenti ma jirreġistrawx: il-kont tagħhom joħolqu l-għalliem tagħhom.
register-name = Ismek
register-school = Skola
register-country = Pajjiż
register-country_choose = Agħżel pajjiżek
register-submit = Oħloq il-kont tiegħi
register-email_taken = Diġà jeżisti kont b’dan l-indirizz tal-email. Idħol, jew itlob password ġdida.
register-have_account = Diġà għandek kont? Idħol

## pending
pending-title = Il-kont tiegħek qed jistenna l-validazzjoni
pending-who_heading = Min jivvalidah
pending-who = L-amministratur nazzjonali ta’ pajjiżek ({ $country }) jiċċekkja li tgħallem fl-iskola li semmejt, imbagħad jivvalida l-kont tiegħek.
pending-next_heading = X’jiġri wara
pending-next_validate = Ladarba l-kont tiegħek jiġi vvalidat, issir eTwinner: tista’ toħloq spazji, tirċievi stediniet għal proġetti u toħloq il-kontijiet tal-istudenti tiegħek. Idħol mill-ġdid, jew agħfas “Iċċekkja mill-ġdid”, biex tarah.
pending-next_reject = Jekk l-amministratur nazzjonali ma jaċċettax ir-reġistrazzjoni tiegħek, tara dan meta tidħol.
pending-next_meanwhile = Sadanittant, tista’ tibdel ismek u l-password tiegħek f’“Il-kont tiegħi”.
pending-check = Iċċekkja mill-ġdid
pending-still = Il-kont tiegħek għadu qed jistenna l-validazzjoni.
pending-count =
    { $count ->
        [one] { $count } qed jistenna l-moderazzjoni
        [two] { $count } qed jistennew il-moderazzjoni
        [few] { $count } qed jistennew il-moderazzjoni
        [many] { $count } qed jistennew il-moderazzjoni
       *[other] { $count } qed jistennew il-moderazzjoni
    }

## forgot
forgot-title = Insejt il-password?
forgot-intro = Ikteb l-indirizz tal-email tal-kont tiegħek. Se nibagħtulek link biex tagħżel password ġdida.
forgot-submit = Ibagħtli link
forgot-sent = Jekk hemm kont b’dan l-indirizz, intbagħat link lejh. Il-link jaħdem darba biss, għal żmien limitat. Iċċekkja wkoll il-folder tal-ispam.
forgot-pupils = Studenti: hawn m’għandekx indirizz tal-email. Itlob kodiċi ġdid lill-għalliem tiegħek.
forgot-back = Lura għad-dħul

## reset
reset-title = Agħżel password ġdida
reset-intro = Jekk tagħżel password ġdida, toħroġ minn kull apparat ieħor.
reset-password = Password ġdida
reset-confirm = Erġa’ ikteb il-password ġdida
reset-submit = Issejvja l-password ġdida
reset-gone = Dan il-link skada jew diġà ntuża. Itlob wieħed ġdid.
reset-done = Il-password tiegħek inbidlet. Idħol bil-password il-ġdida.
reset-ask_again = Itlob link ġdid

## account
account-title = Il-kont tiegħi
account-signed_in_with = Tidħol b’{ $email }.
account-name_heading = Ismek
account-name = L-isem li jaraw l-oħrajn
account-save_name = Issejvja l-isem
account-name_saved = Ismek ġie ssejvjat.
account-pupil_note = Dan l-isem għażlu l-għalliem tiegħek, u jieħu ħsiebu hu. Staqsi lill-għalliem tiegħek jekk għandux jinbidel.
account-password_heading = Il-password tiegħek
account-password_intro = Jekk tibdilha, toħroġ mill-apparati l-oħra tiegħek; hawn tibqa’ ġewwa.
account-current_password = Il-password attwali
account-new_password = Password ġdida
account-confirm_password = Erġa’ ikteb il-password ġdida
account-save_password = Ibdel il-password
account-password_saved = Il-password tiegħek inbidlet.
account-current_wrong = Din mhijiex il-password attwali tiegħek.
account-everywhere_heading = Oħroġ minn kullimkien
account-everywhere_intro = Itemm id-dħul tiegħek fuq kull apparat u browser, inkluż dan: mowbajl mitluf jew kompjuter komuni ma jibqgħux jiftħu l-kont tiegħek.
account-everywhere = Oħroġ minn kullimkien…
account-everywhere_question = Toħroġ minn kull apparat, inkluż dan? Il-paġni miftuħa jingħalqu minnufih, u dak li għadu ma ntbagħatx minnhom jintilef.
account-everywhere_confirm = Iva, oħroġ minn kullimkien
account-everywhere_done = Ħriġt minn kull apparat.
account-cancel = Ikkanċella

## admin
admin-nav = Konsol tal-validazzjoni
admin-title = Konsol tal-amministratur nazzjonali
admin-country = Pajjiż: { $country }
admin-only_national_admins = Din il-paġna hija għall-amministraturi nazzjonali.
admin-pending_heading = Għalliema li qed jistennew il-validazzjoni
admin-pending_count =
    { $count ->
        [one] { $count } għalliem qed jistenna.
        [two] { $count } għalliema qed jistennew.
        [few] { $count } għalliema qed jistennew.
        [many] { $count } għalliem qed jistennew.
       *[other] { $count } għalliem qed jistennew.
    }
admin-pending_none = L-ebda għalliem mhu qed jistenna l-validazzjoni.
admin-select_all = Agħżel kollox
admin-select_first = L-ewwel agħżel mill-inqas għalliem wieħed.
admin-validate_selected = Ivvalida l-għażla
admin-reject_selected = Irrifjuta l-għażla…
admin-validated =
    { $count ->
        [one] Ġie vvalidat { $count } kont ta’ għalliem.
        [two] Ġew ivvalidati { $count } kontijiet ta’ għalliema.
        [few] Ġew ivvalidati { $count } kontijiet ta’ għalliema.
        [many] Ġew ivvalidati { $count } kont ta’ għalliema.
       *[other] Ġew ivvalidati { $count } kont ta’ għalliema.
    }
admin-rejected =
    { $count ->
        [one] Ġiet irrifjutata { $count } reġistrazzjoni.
        [two] Ġew irrifjutati { $count } reġistrazzjonijiet.
        [few] Ġew irrifjutati { $count } reġistrazzjonijiet.
        [many] Ġew irrifjutati { $count } reġistrazzjoni.
       *[other] Ġew irrifjutati { $count } reġistrazzjoni.
    }
admin-reject_question =
    { $count ->
        [one] Tirrifjuta r-reġistrazzjoni ta’ { $names }? Il-kont ma jkunx jista’ jidħol, u dan ma jistax jitreġġa’ lura.
        [two] Tirrifjuta { $count } reġistrazzjonijiet ({ $names })? Il-kontijiet ma jkunux jistgħu jidħlu, u dan ma jistax jitreġġa’ lura.
        [few] Tirrifjuta { $count } reġistrazzjonijiet ({ $names })? Il-kontijiet ma jkunux jistgħu jidħlu, u dan ma jistax jitreġġa’ lura.
        [many] Tirrifjuta { $count } reġistrazzjoni ({ $names })? Il-kontijiet ma jkunux jistgħu jidħlu, u dan ma jistax jitreġġa’ lura.
       *[other] Tirrifjuta { $count } reġistrazzjoni ({ $names })? Il-kontijiet ma jkunux jistgħu jidħlu, u dan ma jistax jitreġġa’ lura.
    }
admin-reject_reason = Raġuni għar-rifjut
admin-reject_heading = Irrifjuta reġistrazzjonijiet
admin-suspend_heading = Issospendi kont
admin-reinstate_heading = Erġa’ attiva kont
admin-reject_reason_hint = Tinżamm fir-reġistru tal-verifika flimkien ma’ ismek.
admin-reject_confirm =
    { $count ->
        [one] Irrifjuta { $count } reġistrazzjoni
        [two] Irrifjuta { $count } reġistrazzjonijiet
        [few] Irrifjuta { $count } reġistrazzjonijiet
        [many] Irrifjuta { $count } reġistrazzjoni
       *[other] Irrifjuta { $count } reġistrazzjoni
    }
admin-failed_one = { $name }: { $why }
admin-school = Skola: { $school }
admin-registered = Reġistrazzjoni: { $date }
admin-search_heading = Sib kont
admin-search_label = Isem, indirizz tal-email jew skola
admin-search_hint = Kontijiet ta’ pajjiżek biss. Ħallih vojt biex tarahom kollha, mill-aktar ġodda.
admin-search = Fittex
admin-showing = { $from }–{ $to } minn { $total }
admin-no_match = L-ebda kont ma jaqbel.
admin-previous = Paġna preċedenti
admin-next = Paġna li jmiss
admin-suspend = Issospendi…
admin-suspend_named = Issospendi lil { $name }…
admin-suspend_question = Tissospendi l-kont ta’ { $name }? Il-kont joħroġ minnufih minn kullimkien, il-paġni miftuħa jingħalqu, u ma jkunx jista’ jidħol sakemm terġa’ tattivah.
admin-suspend_reason = Raġuni għas-sospensjoni
admin-suspend_confirm = Iva, issospendi
admin-suspend_done = Il-kont ta’ { $name } huwa sospiż.
admin-reinstate = Erġa’ attiva…
admin-reinstate_named = Erġa’ attiva lil { $name }…
admin-reinstate_question = Terġa’ tattiva l-kont ta’ { $name }? Il-kont ikun jista’ jidħol mill-ġdid.
admin-reinstate_reason = Raġuni (mhux obbligatorja)
admin-reinstate_confirm = Erġa’ attiva
admin-reinstate_done = Il-kont ta’ { $name } reġa’ ġie attivat.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Biex tikkonferma, ikteb it-titlu tal-ispazju: { $text }

## status
status-active = attiv
status-pending = qed jistenna l-validazzjoni
status-suspended = sospiż
status-rejected = irrifjutat
status-erased = imħassar

## names
names-marked = { $name } ({ $mark })

## members
members-username = isem tal-utent: { $username }
members-role_of = Ir-rwol ta’ { $name }
members-change_role = Ibdel ir-rwol
members-role_question = Tibdel ir-rwol ta’ { $name } minn { $from } għal { $to }?
members-role_consequence = Minn issa, il-kont ta’ { $name } jista’ jagħmel dak li jippermetti r-rwol { $to }, fuq kull apparat f’daqqa.
members-role_confirm = Ibdel ir-rwol
members-role_changed = Ir-rwol ta’ { $name } issa huwa { $role }.
members-reset_code = Kodiċi ġdid
members-reset_question = Tagħti kodiċi tad-dħul ġdid lil { $name }?
members-reset_consequence = Il-kodiċi l-antik jieqaf jaħdem minnufih u l-kont tal-istudent joħroġ minn kullimkien. Int tqassam il-karta l-ġdida.
members-reset_confirm = Oħloq kodiċi ġdid
members-reset_done = Hemm kodiċi ġdid għal { $name }: qassam il-karta l-ġdida hawn taħt.
members-export = Esporta d-data
members-remove = Neħħi
members-remove_question = Tneħħi lil { $name } minn dan l-ispazju?
members-remove_consequence = L-aċċess ta’ { $name } għal dan l-ispazju jintilef minnufih, fuq kull apparat.
members-remove_pupil_kept = Il-kont, il-messaġġi u l-fajls tal-istudent jibqgħu; tista’ terġa’ żżid il-kont aktar tard.
members-remove_kept = Il-messaġġi u l-fajls ta’ din il-persuna jibqgħu fl-ispazju.
members-remove_confirm = Neħħi
members-removed = Is-sħubija ta’ { $name } tneħħiet.
members-erase = Ħassar il-kont
members-leave = Oħroġ minn dan l-ispazju
members-leave_question = Toħroġ minn “{ $title }”?
members-leave_consequence = Titlef minnufih l-aċċess għall-forums, il-fajls, iċ-chat u l-vidjo tiegħu. Għalliem amministratur biss jista’ jdaħħlek lura.
members-leave_kept = Dak li ktibt u tellajt jibqa’ fl-ispazju.
members-leave_confirm = Oħroġ mill-ispazju
members-left = Ħriġt minn “{ $title }”.

## erase
erase-question = Tħassar il-kont ta’ { $name }?
erase-account_gone = L-isem, l-isem tal-utent u l-kodiċi tal-istudent jitħassru għal kollox.
erase-signed_out = Il-kont tal-istudent joħroġ minnufih u qatt ma jkun jista’ jidħol mill-ġdid.
erase-no_undo = Dan ma jistax jitreġġa’ lura.
erase-export_first = Jekk l-istudent jew il-familja jistgħu jkunu jridu kopja, l-ewwel esporta d-data.
erase-posts = Il-messaġġi tal-istudent fil-forum u fiċ-chat
erase-posts_keep = Żommhom, iffirmati minn “ex student”
erase-posts_remove = Neħħihom għal kollox
erase-files = Il-fajls tal-istudent
erase-files_keep = Żommhom, f’isem “ex student”
erase-files_remove = Neħħihom għal kollox
erase-confirm = Ħassar il-kont
erase-done = Il-kont ta’ { $name } tħassar.

## invite_teacher
invite_teacher-title = Stieden għalliem minn skola sieħba
invite_teacher-by_email = Bl-indirizz tal-email
invite_teacher-role = Rwol
invite_teacher-submit = Stieden
invite_teacher-done = { $name } issa f’dan l-ispazju bir-rwol { $role }.
invite_teacher-not_etwinner = L-ebda eTwinner ivvalidat m’għandu dan l-indirizz, jew ma tistax tagħti dan ir-rwol.
invite_teacher-find = Sib eTwinner
invite_teacher-query = Isem, skola jew pajjiż
invite_teacher-search = Fittex
invite_teacher-results = eTwinners misjuba
invite_teacher-none = Ma nstab l-ebda eTwinner.
invite_teacher-more = Aktar riżultati
invite_teacher-member = Membru ta’ dan l-ispazju
invite_teacher-invite = Stieden
invite_teacher-role_for = Rwol għal { $name }

## pupils
pupils-title = Żid studenti
pupils-one_title = Student wieħed
pupils-name = Isem l-istudent
pupils-add_one = Żid l-istudent
pupils-class_title = Klassi sħiħa
pupils-class_names = Ismijiet l-istudenti
pupils-class_help = Isem wieħed f’kull linja, kif se jarawhom l-oħrajn.
pupils-add_class = Żid il-klassi
pupils-class_empty = Ikteb mill-inqas isem wieħed.
pupils-language = Il-lingwa tal-paġna għal dawn l-istudenti
pupils-language_help = Wara li jidħlu, jaraw TwinSpace Live b’din il-lingwa. Kull student jista’ jibdilha aktar tard.
pupils-line_errors = Linji li għandhom jiġu kkoreġuti
pupils-line_error = Linja { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } linja teħtieġ korrezzjoni; ma nħoloq xejn.
        [two] { $count } linji jeħtieġu korrezzjoni; ma nħoloq xejn.
        [few] { $count } linji jeħtieġu korrezzjoni; ma nħoloq xejn.
        [many] { $count } linja jeħtieġu korrezzjoni; ma nħoloq xejn.
       *[other] { $count } linja jeħtieġu korrezzjoni; ma nħoloq xejn.
    }
pupils-created =
    { $count ->
        [one] Żdied { $count } kont ta’ student.
        [two] Żdiedu { $count } kontijiet ta’ studenti.
        [few] Żdiedu { $count } kontijiet ta’ studenti.
        [many] Żdiedu { $count } kont ta’ studenti.
       *[other] Żdiedu { $count } kont ta’ studenti.
    }

## cards
cards-title = Karti tad-dħul
cards-once = Dawn il-kodiċijiet jintwerew issa biss. Ipprintja l-karti jew ikteb il-kodiċijiet qabel ma titlaq minn din il-paġna.
cards-site = Idħol fuq
cards-print = Ipprintja l-karti
cards-done = Lest: aħbi l-kodiċijiet

## links
links-tab = Links għall-mistednin
links-intro = Link għall-mistednin iħalli espert jew osservatur jidħol f’dan it-TwinSpace bħala mistieden. Kull min għandu l-link jista’ jużah, sakemm jiskadi jew jintuża kollu.
links-create_title = Link ġdid għall-mistednin
links-valid_for = Validu għal
links-days =
    { $count ->
        [one] { $count } jum
        [two] { $count } ijiem
        [few] { $count } ijiem
        [many] { $count } jum
       *[other] { $count } jum
    }
links-uses = Numru ta’ użi
links-note = Nota (għal min hu)
links-create = Oħloq il-link
links-new = Il-link il-ġdid
links-once = Ikkopjah issa: jintwera darba biss.
links-copy = Ikkopja
links-copied = Il-link ġie kkopjat.
links-select_copy = Il-link huwa magħżul: agħfas Ctrl+C (⌘+C) biex tikkopjah.
links-live = Links attivi
links-empty = L-ebda link għall-mistednin mhu attiv.
links-untitled = Link għall-mistednin
links-used =
    { $count ->
        [one] użi: { $used } minn { $count }
        [two] użi: { $used } minn { $count }
        [few] użi: { $used } minn { $count }
        [many] użi: { $used } minn { $count }
       *[other] użi: { $used } minn { $count }
    }
links-until = sa { $time }
links-revoke = Irtira
links-revoke_question = Tirtira dan il-link għall-mistednin?
links-revoke_consequence = Ħadd ma jkun jista’ jidħol bih aktar.
links-revoke_kept = Il-mistednin li daħlu bih jibqgħu membri.
links-revoked = Il-link ġie rtirat.

## settings
settings-tab = Issettjar
settings-space = L-ispazju
settings-pupils = Studenti
settings-premoderate_pupils = Żomm il-messaġġi tal-istudenti sakemm japprovahom għalliem
settings-pupils_may_create_threads = L-istudenti jistgħu jibdew diskussjonijiet
settings-pupils_may_upload = L-istudenti jistgħu jtellgħu fajls
settings-save = Issejvja
settings-saved = L-issettjar ġie ssejvjat.
settings-archive_title = Arkivja
settings-archive_text = Spazju arkivjat jibqa’ jinqara mill-membri tiegħu, iżda ħadd ma jista’ jippubblika, itella’ fajls jew jibda sessjoni tal-vidjo.
settings-archive = Arkivja dan l-ispazju
settings-archive_question = Tarkivja “{ $title }”?
settings-archive_read_only = Ħadd ma jkun jista’ jippubblika, itella’ jew ibiddel xejn aktar.
settings-archive_video = Is-sessjonijiet tal-vidjo li għaddejjin issa jintemmu minnufih.
settings-archive_undo = Fundatur jista’ jerġa’ jiftaħ l-ispazju aktar tard.
settings-archive_confirm = Arkivja
settings-archived_title = Dan l-ispazju huwa arkivjat
settings-archived_text = Jista’ jinqara biss. Erġa’ iftħu biex il-membri jkunu jistgħu jippubblikaw u jtellgħu.
settings-unarchive = Erġa’ iftaħ
settings-unarchive_question = Terġa’ tiftaħ “{ $title }”?
settings-unarchive_consequence = Il-membri jkunu jistgħu jerġgħu jippubblikaw, itellgħu u jibdew sessjonijiet tal-vidjo.
settings-delete_title = Ħassar l-ispazju
settings-delete_text = It-tħassir ineħħi l-ispazju u kull ma fih għal kollox.
settings-delete = Ħassar dan l-ispazju
settings-delete_question = Tħassar “{ $title }” għal kollox?
settings-delete_content = Kull diskussjoni tal-forum, kull messaġġ taċ-chat u kull fajl, bil-verżjonijiet kollha tagħhom, jitħassru.
settings-delete_members = Kull membru jitlef l-ispazju; il-kontijiet tal-istudenti jibqgħu biss fl-ispazji l-oħra tagħhom.
settings-delete_video = Is-sessjonijiet tal-vidjo li għaddejjin issa jintemmu minnufih.
settings-delete_no_undo = Ir-reġistru tal-verifika jitħassar ukoll. Dan ma jistax jitreġġa’ lura.
settings-delete_confirm = Ħassar għal kollox
settings-deleted = “{ $title }” tħassar.

## audit
audit-tab = Reġistru tal-verifika
audit-caption = X’sar f’dan l-ispazju, mill-aktar reċenti
audit-when = Meta
audit-who = Min
audit-what = X’sar
audit-empty = Għad ma ġie rreġistrat xejn.
audit-older = Uri daħliet eqdem
audit-system = Is-server
audit-former_member = Ex membru
audit-former_member_target = ex membru
audit-reason = Raġuni: { $reason }
audit-other = Azzjoni “{ $action }” { $target }
audit-space-created = L-ispazju nħoloq
audit-space-settings_changed = L-issettjar tal-ispazju nbidel
audit-space-archived = L-ispazju ġie arkivjat
audit-space-unarchived = L-ispazju reġa’ nfetaħ
audit-member-invited = Intbagħtet stedina lil { $target } bir-rwol { $role }
audit-member-role_changed = Ir-rwol ta’ { $target } inbidel minn { $from } għal { $role }
audit-member-removed = Is-sħubija ta’ { $target } tneħħiet
audit-member-left = Ħruġ mill-ispazju
audit-member-muted = Il-kitba ta’ { $target } twaqqfet
audit-member-unmuted = Il-waqfien tal-kitba ta’ { $target } intemm
audit-pupil-created = Inħoloq il-kont tal-istudent { $target }
audit-pupil-added = Żieda ta’ { $target } bħala student
audit-pupil-code_reset = Ingħata kodiċi tad-dħul ġdid lil { $target }
audit-pupil-exported = Id-data ta’ { $target } ġiet esportata
audit-pupil-erased = Il-kont ta’ student tħassar
audit-invitation-created = Inħoloq link għall-mistednin
audit-invitation-revoked = Link għall-mistednin ġie rtirat
audit-invitation-accepted = Dħul b’link għall-mistednin
audit-video-started = Bdiet sessjoni tal-vidjo
audit-video-ended = Intemmet sessjoni tal-vidjo
audit-video-locked = Sessjoni tal-vidjo ġiet imsakkra
audit-video-unlocked = Sessjoni tal-vidjo reġgħet infetħet
audit-video-admitted = Ingħata dħul f’sessjoni tal-vidjo lil { $target }
audit-video-denied = Ġie miċħud id-dħul f’sessjoni tal-vidjo lil { $target }
audit-video-muted = Il-mikrofonu ta’ { $target } ġie mitfi f’sessjoni tal-vidjo
audit-video-unmuted = Il-mikrofonu ta’ { $target } tħalla jerġa’ jinxtegħel f’sessjoni tal-vidjo
audit-video-removed = Tneħħija ta’ { $target } minn sessjoni tal-vidjo
audit-video-spotlight = Inbidel il-fokus ta’ sessjoni tal-vidjo
audit-post-hidden = Messaġġ inħeba
audit-post-restored = Messaġġ ġie rrestawrat
audit-post-approved = Messaġġ ġie approvat
audit-post-rejected = Messaġġ ġie rrifjutat
audit-post-purged = Messaġġ tħassar għal kollox
audit-post-reported = Messaġġ ġie rrappurtat
audit-report-resolved = Rapport ingħalaq
audit-thread-pinned = Diskussjoni ġiet imwaħħla fuq
audit-thread-unpinned = Diskussjoni tneħħiet minn fuq
audit-thread-locked = Diskussjoni ngħalqet
audit-thread-unlocked = Diskussjoni reġgħet infetħet
audit-archive-folder_created = Inħoloq folder
audit-archive-folder_renamed = Folder inbidillu l-isem
audit-archive-folder_moved = Folder ġie ċċaqlaq
audit-archive-folder_trashed = Folder tqiegħed fil-barmil tal-iskart
audit-archive-folder_restored = Folder inħareġ mill-barmil tal-iskart
audit-archive-folder_purged = Folder tħassar għal kollox
audit-archive-file_added = Żdied fajl
audit-archive-file_version_added = Żdiedet verżjoni ta’ fajl
audit-archive-file_renamed = Fajl inbidillu l-isem
audit-archive-file_moved = Fajl ġie ċċaqlaq
audit-archive-file_trashed = Fajl tqiegħed fil-barmil tal-iskart
audit-archive-file_restored = Fajl inħareġ mill-barmil tal-iskart
audit-archive-file_purged = Fajl tħassar għal kollox
audit-chat-expired = Tħassru messaġġi taċ-chat li għadda ż-żmien tagħhom
audit-audit-retention_changed = Inbidel kemm iżomm daħliet ir-reġistru tal-verifika
audit-group-joined = Issieħeb fil-grupp
audit-group-requested = Talab li jissieħeb fil-grupp
audit-group-request_accepted = Aċċetta t-talba ta’ { $target }
audit-group-request_declined = Irrifjuta t-talba ta’ { $target }
audit-group-request_withdrawn = Irtira talba biex jissieħeb
audit-member-banned = Ipprojbixxa lil { $target }
audit-member-unbanned = Neħħa l-projbizzjoni ta’ { $target }
audit-group-featured = Enfasizza l-grupp
audit-group-unfeatured = Waqqaf l-enfasi fuq il-grupp
audit-group-moderator_appointed = Ħatar lil { $target } bħala moderatur

## group_role
group_role-founder = Sid
group_role-admin = Moderazzjoni
group_role-teacher = Membru

## readers
readers-title = Qed jaqraw issa
readers-more =
    { $count ->
        [one] u { $count } persuna oħra
        [two] u { $count } persuni oħra
        [few] u { $count } persuni oħra
        [many] u { $count } -il persuna oħra
       *[other] u { $count } persuna oħra
    }

## groups
groups-nav = Gruppi
groups-title = Gruppi eTwinning
groups-intro = Komunitajiet ta’ eTwinners madwar suġġett, tema jew qasam ta’ interess. Jieħdu sehem biss eTwinners ivvalidati.
groups-search = Sib grupp
groups-words = Kliem mit-titlu
groups-topic = Tema
groups-language = Lingwa
groups-language_any = Il-lingwi kollha
groups-language_choose = Agħżel lingwa
groups-country = Il-pajjiż ta’ membru
groups-country_any = Il-pajjiżi kollha
groups-search_submit = Fittex
groups-found = Gruppi
groups-empty = L-ebda grupp ma jaqbel ma’ din it-tfittxija.
groups-more = Uri aktar gruppi
groups-featured = Enfasizzat
groups-topic_is = Tema: { $topic }
groups-members =
    { $count ->
        [one] { $count } membru
        [two] { $count } membri
        [few] { $count } membri
        [many] { $count } membru
       *[other] { $count } membru
    }
groups-access_short-open = Miftuħ
groups-access_short-closed = Magħluq
groups-standing-member = Inti membru. Ir-rwol tiegħek: { $role }
groups-standing-requested = Tlabt li tissieħeb f’dan il-grupp.
groups-standing-banned = It-tim tal-moderazzjoni ta’ dan il-grupp ma jħallikx tissieħeb.
groups-join = Issieħeb
groups-ask = Itlob li tissieħeb
groups-ask_message = Messaġġ għat-tim tal-moderazzjoni (mhux obbligatorju)
groups-withdraw = Irtira t-talba tiegħi
groups-open_group = Iftaħ il-grupp
groups-joined = Issieħbt f’“{ $title }”.
groups-asked = It-talba tiegħek biex tissieħeb f’“{ $title }” intbagħtet lit-tim tal-moderazzjoni.
groups-withdrawn = It-talba tiegħek biex tissieħeb f’“{ $title }” ġiet irtirata.
groups-waiting = It-tim tal-moderazzjoni se jwieġeb it-talba tiegħek. Din il-paġna turi t-tweġiba hekk kif tasal.
groups-accepted = It-talba tiegħek ġiet aċċettata: merħba f’“{ $title }”.
groups-not_accepted = It-talba tiegħek ma ġietx aċċettata. Tista’ titlob mill-ġdid.
groups-back = Lura għall-gruppi
groups-create = Oħloq grupp
groups-group_title = Titlu
groups-description = Deskrizzjoni (mhux obbligatorja)
groups-access = Min jista’ jissieħeb
groups-access-open = Miftuħ: kull eTwinner jissieħeb minnufih
groups-access-closed = Magħluq: it-tim tal-moderazzjoni jaċċetta kull talba
groups-create_submit = Oħloq il-grupp
groups-created = Il-grupp “{ $title }” inħoloq.
groups-members_search = Sib membru
groups-members_more = Uri aktar membri
groups-leave = Ħalli dan il-grupp
groups-leave_consequence = Titlef minnufih l-aċċess għall-forum, il-fajls, iċ-chat u l-video tal-grupp.
groups-leave_kept = Dak li ktibt u tellajt jibqa’ fil-grupp. Tista’ terġa’ lura permezz tad-direttorju tal-gruppi.
groups-leave_confirm = Ħalli l-grupp
groups-requests = Talbiet biex wieħed jissieħeb
groups-requests_empty = Ħadd mhu qed jistenna.
groups-accept = Aċċetta
groups-decline = Irrifjuta
groups-accepted_member = { $name } issa membru.
groups-declined = It-talba ta’ { $name } ġiet irrifjutata.
groups-ban = Ipprojbixxi
groups-ban_question = Tipprojbixxi lil { $name } minn dan il-grupp?
groups-ban_consequence = { $name } joħroġ mill-grupp minnufih u ma jistax jerġa’ jissieħeb jew jitlob dan.
groups-ban_kept = Il-postijiet u l-fajls jibqgħu fil-grupp. Tista’ tneħħi l-projbizzjoni aktar tard.
groups-ban_reason = Raġuni (mhux obbligatorja, tinżamm fir-reġistru)
groups-ban_confirm = Ipprojbixxi
groups-banned = Projbizzjoni applikata għal { $name }.
groups-bans = eTwinners ipprojbiti
groups-bans_empty = Ebda projbizzjoni.
groups-lift = Neħħi l-projbizzjoni
groups-lifted = { $name } jista’ jerġa’ jissieħeb.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Agħżel password ġdida għal TwinSpace Live
mail-reset_body =
    Bonġu { $name },

    Xi ħadd, probabbilment int, talab li tintgħażel password ġdida għall-kont tiegħek ta’ TwinSpace Live.
    Iftaħ dan il-link biex tagħżilha (jaħdem darba biss, għal { $minutes } min):

    { $link }

    Jekk tagħżel password ġdida, toħroġ minn kullimkien ieħor.
    Jekk ma tlabtx dan, injora dan il-messaġġ: il-password tiegħek tibqa’ kif inhi.

    TwinSpace Live

## events (issue 22)
events-nav = Avvenimenti
events-title = Avvenimenti li ġejjin
events-empty = Għad m’hemmx avvenimenti li ġejjin għalik.
events-more = Uri aktar avvenimenti
events-schedule = Ippjana avveniment
events-zone = Il-ħinijiet jidhru fiż-żona tal-ħin tiegħek: { $zone }
events-audience-etwinners = L-eTwinners kollha
events-audience-country = L-eTwinners ta’ dan il-pajjiż: { $country }
events-audience-group = Il-membri ta’ grupp
events-audience-twinspace = Il-membri ta’ TwinSpace
events-organising = Int qed torganizza dan l-avveniment.
events-registered = Ir-reġistrazzjoni tiegħek hija rreġistrata.
events-waiting = Int fil-lista ta’ stennija (post { $position }).
events-state-live = Live issa
events-state-ended = Dan l-avveniment intemm.
events-state-cancelled = Dan l-avveniment ġie kkanċellat.
events-places = Postijiet meħuda: { $taken } minn { $capacity }
event_form-new_title = Ippjana avveniment
event_form-edit_title = Ibdel l-avveniment
event_form-title = Titlu
event_form-description = Deskrizzjoni
event_form-date = Data
event_form-time = Ħin tal-bidu
event_form-duration = Tul f’minuti
event_form-space = Grupp jew TwinSpace
event_form-speakers_hint = Agħżel minn fost l-għalliema tal-gruppi u t-TwinSpaces tiegħek.
event_form-no_speakers = Għad m’hemm ħadd x’tagħżel.
event_form-create = Ippjana l-avveniment
event_form-save = Issejvja l-bidliet
event_form-created = “{ $title }” huwa ppjanat.
event_form-saved = Il-bidliet għal “{ $title }” huma ssejvjati.
event_form-start_past = Agħżel bidu fil-futur.
event-title = Avveniment
event-back = L-avvenimenti kollha
event-when = Meta
event-language = Lingwa
event-audience = Min jista’ jirreġistra
event-organiser = Organizzazzjoni
event-speakers = Kelliema
event-places = Postijiet
event-no_speakers = Għad mhemmx kelliema msemmija.
event-waiting_count = Qed jistennew: { $waiting }
event-registration = Il-post tiegħek
event-speaking = Int titkellem f’dan l-avveniment.
event-full = Il-postijiet kollha meħuda: jekk tirreġistra, tidħol fil-lista ta’ stennija.
event-register = Irreġistrani
event-unregister = Agħti lura l-post tiegħi
event-leave_waiting = Oħroġ mil-lista ta’ stennija
event-unregister_confirm_title = Titlaq minn “{ $title }”?
event-unregister_confirm = Il-persuna li jmiss fil-lista ta’ stennija tieħu d-dawra tiegħek. Jekk terġa’ tirreġistra, forsi jkollok tistenna.
event-unregistered = Ir-reġistrazzjoni tiegħek ġiet ikkanċellata.
event-calendar = Żid mal-kalendarju tiegħi (.ics)
event-organiser_tools = Għall-organizzazzjoni
event-edit = Ibdel l-avveniment
event-cancel = Ikkanċella l-avveniment
event-keep = Żomm l-avveniment
event-cancel_confirm_title = Tikkanċella “{ $title }”?
event-cancel_confirm_lost = Ħadd ma jkun jista’ jirreġistra aktar u kulħadd jara li ġie kkanċellat. Dan ma jistax jitreġġa’ lura. Ir-reġistrazzjonijiet u l-mistoqsijiet jinżammu.
event-cancelled = L-avveniment huwa kkanċellat.
event-registrants = Reġistrazzjonijiet
event-waiting_list = Lista ta’ stennija
event-nobody = Għad ħadd.
event-attendance = Attendenza
event-attendance_hint = Min segwa l-paġna tal-avveniment waqt li kien live, u għal kemm żmien.
event-attendance_none = Ħadd ma segwa l-avveniment live.
event-minutes = { $minutes } min
qa-title = Mistoqsijiet u tweġibiet
qa-empty = Għad m’hemmx mistoqsijiet.
qa-closed = Il-mistoqsijiet huma magħluqa: l-avveniment intemm.
qa-need_place = Irreġistra biex tagħmel mistoqsija jew tappoġġa waħda.
qa-your_question = Il-mistoqsija tiegħek
qa-ask = Staqsi
qa-asked = Il-mistoqsija tiegħek intbagħtet.
qa-upvote = Appoġġa
qa-upvoted = Appoġġata
qa-votes = Voti: { $votes }
qa-by = Mistoqsija minn { $name }
qa-by_gone = Mistoqsija minn kont imħassar
qa-answer = Tweġiba: { $answer }
qa-state-picked = Qed titwieġeb issa
qa-state-answered = Imwieġba
qa-state-hidden = Moħbija
qa-pick = Agħżel
qa-unpick = Erġa’ poġġiha
qa-hide = Aħbi
qa-restore = Irrestawra
qa-answer_label = Tweġiba bil-miktub (mhux obbligatorja)
qa-mark_answered = Immarka bħala mwieġba
qa-gone = Ma tistax issegwi aktar dawn il-mistoqsijiet.
audit-event-created = Ippjana l-avveniment “{ $title }”
audit-event-updated = Biddel l-avveniment “{ $title }”
audit-event-cancelled = Ikkanċella l-avveniment “{ $title }”
audit-event-question_moderated = Immodera mistoqsija tal-avveniment “{ $title }”

## the live webinar (issue 22)
live-title = Vidjo live
live-not_started = Il-vidjo live għadu ma bediex.
live-ended = Il-vidjo live spiċċa.
live-connecting = Qed jikkonnettja mal-vidjo live…
live-need_place = Dawk biss li għandhom post jistgħu jaraw il-vidjo live.
live-watching_you = Qed tara l-vidjo live.
live-on_air = Int live: kulħadd jarak u jismgħek.
live-recording = Dan l-avveniment qed jiġi rrekordjat.
live-speaking = Qed jitkellem: { $names }
live-nobody_speaking = Ħadd għadu mhu qed jitkellem.
live-watching = Qed jaraw: { $watching }
live-start = Ibda l-vidjo live
live-end = Temm il-vidjo live
live-end_confirm_title = Temm il-vidjo live ta’ “{ $title }”?
live-end_confirm_lost = Il-vidjo jieqaf għal kulħadd, kelliema u udjenza. Tista’ terġa’ tibdih sakemm idum l-avveniment; il-mistoqsijiet jinżammu.
live-go_live = Mur live
live-stop = Waqqaf il-vidjo tiegħi
live-hand_raised = Idek merfugħa: moderatur jista’ jistiednek titkellem.
live-invited = Ġejt mistieden titkellem: mur live meta tkun lest.
live-returned = Int lura fost l-udjenza.
live-hands = Idejn merfugħa
live-no_hands = L-ebda id mhi merfugħa.
live-promote = Stieden lil { $name } jitkellem
live-return = Ibgħat lil { $name } lura fl-udjenza
live-record_start = Ibda r-reġistrazzjoni
live-record_stop = Waqqaf ir-reġistrazzjoni

## the event's recordings and seat (issue 22)
event-moved_up = Issa għandek post: tlajt mil-lista tal-istennija.
live-off_stage_returned = Moderatur reġġagħek lura fl-udjenza.
live-off_stage_muted = Ġejt imsikket f’dan l-ispazju: erġajt fl-udjenza.
live-off_stage_removed = M’għadekx membru ta’ dan l-ispazju: erġajt fl-udjenza.
live-off_stage_unnamed = M’għadekx wieħed mill-kelliema ta’ dan l-avveniment: erġajt fl-udjenza.
recordings-title = Reġistrazzjonijiet
recordings-processing = Reġistrazzjoni qed tiġi pproċessata: tidher hawn meta tkun lesta.
recordings-take = Irreġistrat { $when } · { $length }
recordings-video = Vidjo: { $speaker }
recordings-audio = Ħoss: { $speaker }
recordings-former_speaker = kelliem preċedenti
