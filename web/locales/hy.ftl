### TwinSpace Live: էջի բառերը հայերենով
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Հայերեն

## app
app-name = TwinSpace Live
app-skip = Անցնել բովանդակությանը
app-nav = Գլխավոր ընտրացանկ
app-language = Լեզու
app-sign_out = Ելք
app-signed_in_as = Մուտք է գործել՝ { $name }
app-loading = Բեռնվում է…

## conn
conn-lost = Կապը կորավ։ Վերամիացում…
conn-back = Կապը վերականգնվեց։
conn-failed = Ուղիղ կապը փակվեց։ Թարմացրեք էջը՝ նորից փորձելու համար։
conn-session_ended = Ձեր սեսիան ավարտվել է։ Խնդրում ենք նորից մուտք գործել։
conn-account_locked = Այս հաշիվն այլևս հնարավոր չէ օգտագործել։ Նորից մուտք գործեք՝ պատճառն իմանալու համար։
conn-closed-auth_missing = Ուղիղ կապը ժամանակին չստացավ Ձեր մուտքի տվյալները։ Թարմացրեք էջը։
conn-closed-session_invalid = Ձեր սեսիան այլևս վավեր չէ։ Խնդրում ենք նորից մուտք գործել։
conn-closed-session_expired = Ձեր սեսիայի ժամկետը լրացել է։ Խնդրում ենք նորից մուտք գործել։
conn-closed-signed_out = Ձեր սեսիան փակվել է։ Խնդրում ենք նորից մուտք գործել։
conn-closed-account_locked = Այս հաշիվն այլևս հնարավոր չէ օգտագործել։ Նորից մուտք գործեք՝ պատճառն իմանալու համար։
conn-closed-too_many_connections = Այս հաշվով միաժամանակ չափազանց շատ էջեր են բաց։ Փակեք մի քանի ներդիր, ապա թարմացրեք այս էջը։
conn-closed-too_many_messages = Այս էջը չափազանց շատ բան ուղարկեց չափազանց արագ։ Մի փոքր սպասեք, ապա թարմացրեք այն։
conn-closed-frame_too_large = Այս էջը չափազանց մեծ բան ուղարկեց։ Թարմացրեք էջը և նորից փորձեք։
conn-closed-idle_timeout = Ուղիղ կապը չափազանց երկար անգործուն էր և փակվեց։ Վերամիացում…
conn-closed-slow_consumer = Ուղիղ կապը հետ մնաց։ Վերամիացում…
conn-closed-server_restarting = Սերվերը վերագործարկվում է։ Վերամիացում մի քանի վայրկյանից…
conn-closed-server_shutting_down = Ձեր կապի սերվերը կանգ է առնում։ Վերամիացում…
conn-closed-unavailable = Սերվերը զբաղված է։ Վերամիացում մի քանի վայրկյանից…
conn-closed-internal = Սերվերում ինչ-որ բան սխալ ընթացավ։ Վերամիացում մի քանի վայրկյանից…

## login
login-title = Մուտք
login-intro = Ուսուցիչները և հյուրերը մուտք են գործում իրենց էլ. հասցեով։ Աշակերտներն օգտագործում են այն օգտանունը և կոդը, որոնք տվել է իրենց ուսուցիչը։
login-teacher = Ուսուցիչներ և հյուրեր
login-pupil = Աշակերտներ
login-email = Էլ. հասցե
login-password = Գաղտնաբառ
login-username = Օգտանուն
login-code = Կոդ
login-submit = Մուտք գործել
login-pupil_submit = Մուտք գործել որպես աշակերտ
login-forgot = Մոռացե՞լ եք գաղտնաբառը։
login-register = Դեռ հաշիվ չունե՞ք։ Ստեղծեք eTwinner հաշիվ
login-pupil_forgot = Մոռացե՞լ եք կոդը։ Խնդրեք Ձեր ուսուցչից նորը։

## invite
invite-title = Միանալ TwinSpace-ին որպես հյուր
invite-intro = Դուք հրավիրված եք TwinSpace։ Ընտրեք, թե ինչ անունով Ձեզ կտեսնեն մյուսները, և սահմանեք գաղտնաբառ։
invite-display_name = Ձեր անունը
invite-submit = Ընդունել հրավերը
invite-checking = Ձեր հրավերը ստուգվում է…
invite-for_space = Դուք հրավիրված եք «{ $title }» տարածք։
invite-unknown = Այս հրավերի հղումը անհայտ է։ Ստուգեք, որ այն ամբողջությամբ եք պատճենել, կամ նորը խնդրեք այն ուղարկած ուսուցչից։
invite-expired = Այս հրավերի հղման ժամկետն անցել է։ Նորը խնդրեք այն ուղարկած ուսուցչից։
invite-used_up = Այս հրավերի հղումն արդեն օգտագործվել է թույլատրված քանակով։ Նորը խնդրեք այն ուղարկած ուսուցչից։
invite-revoked = Այս հրավերի հղումը ետ է կանչվել ուսուցչի կողմից։
invite-closed = Այս հրավերի տարածքը փակված է։

## spaces
spaces-title = Իմ տարածքները
spaces-empty = Դուք դեռ որևէ տարածքի անդամ չեք։
spaces-create = Ստեղծել տարածք
spaces-kind = Տեսակ
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Սենյակ
spaces-kind-group = Խումբ
spaces-space_title = Վերնագիր
spaces-description = Նկարագրություն (ըստ ցանկության)
spaces-create_submit = Ստեղծել
spaces-created = «{ $title }» տարածքը ստեղծվեց։
spaces-my_role = Ձեր դերը՝ { $role }
spaces-archived = արխիվացված

## space
space-back = Վերադառնալ իմ տարածքներին
space-sections = Այս տարածքի բաժինները
space-members = Անդամներ
space-online_count =
    { $count ->
        [one] { $count } առցանց
       *[other] { $count } առցանց
    }
space-online = առցանց
space-offline = անցանց
space-you = (Դուք)
space-refreshed = Ցանկը թարմացվեց։
space-gone = Այս տարածքն այլևս հասանելի չէ Ձեզ։

## chat
chat-title = Զրույց
chat-empty = Դեռ հաղորդագրություններ չկան։
chat-message = Հաղորդագրություն
chat-send = Ուղարկել
chat-pending = (սպասում է ուսուցչին)
chat-typing = { $name } գրում է…
chat-teachers_tab = Ուսուցիչների տեղեկագիր
chat-teachers_title = Ուսուցիչների տեղեկագիր
chat-session_title = Տեսանիստի զրույց
chat-older = Ցույց տալ ավելի հին հաղորդագրությունները
chat-new_messages = Նոր հաղորդագրություններ
chat-mention_list = Նշելու համար անդամներ
chat-mention_hint = Անդամին նշելու համար մուտքագրեք @ և անունը։
chat-hidden = (թաքցրել է ուսուցիչը)
chat-deleted = (ջնջված է)
chat-rejected = (ուսուցիչը չի հրապարակել)
chat-edited = (խմբագրված է)
chat-mentions_you = նշել է Ձեզ
chat-edit = Խմբագրել
chat-edit_label = Խմբագրել Ձեր հաղորդագրությունը
chat-save = Պահպանել
chat-cancel = Չեղարկել
chat-delete = Ջնջել
chat-delete_confirm = Այո, ջնջել
chat-hide = Թաքցնել
chat-restore = Վերականգնել
chat-approve = Հաստատել
chat-reject = Մերժել
chat-report = Բողոքել
chat-reported = Շնորհակալություն։ Ուսուցիչները կնայեն այս հաղորդագրությանը։
chat-mute = Լռեցնել
chat-mute_question = Լռեցնե՞լ մասնակցին՝ { $name }։
chat-mute_for = Որքա՞ն ժամանակով լռեցնել մասնակցին՝ { $name }
chat-minutes =
    { $count ->
        [one] { $count } րոպե
       *[other] { $count } րոպե
    }
chat-mute_confirm = Լռեցնել հիմա
chat-muted_other = { $name } չի կարող գրել մինչև { $time }։
chat-muted_you = Ուսուցիչը դադարեցրել է Ձեր գրելու հնարավորությունը մինչև { $time }։ Դուք դեռ կարող եք կարդալ զրույցը։
chat-unmuted_you = Դուք կրկին կարող եք գրել զրույցում։
chat-gone = Այս զրույցն այլևս հասանելի չէ Ձեզ։

## role
role-founder = Հիմնադիր
role-admin = Ադմինիստրատոր
role-teacher = Ուսուցիչ
role-pupil_admin = Աշակերտ-ադմինիստրատոր
role-pupil = Աշակերտ
role-guest = Հյուր

## error
error-bad_credentials = Մուտքի տվյալները ճիշտ չեն։ Ստուգեք դրանք և նորից փորձեք։
error-rate_limited = Չափազանց շատ փորձեր։ Խնդրում ենք մի փոքր սպասել և նորից փորձել։
error-invalid = Որոշ դաշտեր ճիշտ չեն լրացված։
error-not_found = Այս էջը գոյություն չունի, կամ Դուք չեք կարող այն տեսնել։
error-forbidden = Դուք իրավունք չունեք դա անելու։
error-gone = Սա այլևս գոյություն չունի կամ այլևս չի աշխատում։
error-conflict = Սա հակասում է արդեն գոյություն ունեցող ինչ-որ բանի։
error-gone-revoked = Այս հրավերի հղումն այլևս չի աշխատում․ տարածքի ուսուցիչները այն ետ են կանչել։
error-gone-expired = Այս հրավերի հղումն այլևս չի աշխատում․ դրա ժամկետն անցել է։
error-gone-used_up = Այս հրավերի հղումն այլևս չի աշխատում․ այն արդեն օգտագործվել է թույլատրված քանակով։
error-conflict-name_taken = «{ $name }» անունով տարր արդեն կա այստեղ։ Ընտրեք այլ անուն։
error-conflict-in_trash = «{ $name }» տարրը աղբարկղում է․ նախ վերականգնեք այն։
error-conflict-not_in_trash = «{ $name }» տարրը աղբարկղում չէ։
error-conflict-parent_in_trash = «{ $name }» տարրը գտնվում էր մի թղթապանակում, որն այժմ աղբարկղում է․ նախ վերականգնեք այդ թղթապանակը։
error-conflict-folder_not_empty = «{ $name }» թղթապանակը դատարկ չէ․ նախ դրա պարունակությունը տեղափոխեք աղբարկղ։
error-conflict-wrong_status = Այս հաշվի կարգավիճակը ({ $status }) թույլ չի տալիս դա անել։
error-unauthenticated = Խնդրում ենք մուտք գործել։
error-network = Սերվերի հետ կապ հաստատել չհաջողվեց։ Ստուգեք Ձեր կապը և նորից փորձեք։
error-generic = Ինչ-որ բան սխալ ընթացավ։ Խնդրում ենք նորից փորձել։
error-too_large = Սա չափազանց մեծ է։
error-quota_exceeded = Այս տարածքում բավարար տեղ չի մնացել։
error-unsupported = Սերվերը չի կարող ընդունել այս տեսակի հարցում։
error-aborted = Վերբեռնումը դադարեցվեց։
error-rate_limited_wait = Չափազանց շատ փորձեր։ Նորից փորձեք { $wait }։
error-fields = Որոշ դաշտեր Ձեր ուշադրության կարիքն ունեն․ տեսեք յուրաքանչյուրի տակ գրված հաղորդագրությունը։
error-account_rejected = Ձեր երկրի ազգային ադմինիստրատորը չի ընդունել այս գրանցումը, ուստի այս հաշվով հնարավոր չէ մուտք գործել։ Եթե կարծում եք, որ սա սխալ է, դիմեք Ձեր երկրի eTwinning-ի ազգային աջակցման կառույցին։
error-account_suspended = Ձեր երկրի ազգային ադմինիստրատորը կասեցրել է այս հաշիվը․ առայժմ այս հաշվով հնարավոր չէ մուտք գործել։ Պատճառն իմանալու կամ հաշիվը վերականգնելու խնդրանքով դիմեք Ձեր երկրի eTwinning-ի ազգային աջակցման կառույցին։
error-malformed = Էջն ուղարկեց մի բան, որը սերվերը չկարողացավ կարդալ։ Թարմացրեք էջը և նորից փորձեք։
error-csrf = Էջի անվտանգության ստուգումը ձախողվեց։ Թարմացրեք էջը և նորից փորձեք։
error-limit_exceeded = Սա գերազանցում է այս տարածքի համար սահմանված սահմանաչափը։
error-unavailable = Սերվերը զբաղված է, կամ նրա մի մասը չի պատասխանում։ Խնդրում ենք մի փոքր անց նորից փորձել։
error-internal = Սերվերում ինչ-որ բան սխալ ընթացավ։ Խնդրում ենք ավելի ուշ նորից փորձել։
error-insufficient_storage = Սերվերում ֆայլերի համար տեղ չի մնացել։ Ոչինչ չի պահպանվել․ խնդրում ենք տեղեկացնել Ձեր դպրոցի eTwinning-ի կոնտակտային անձին։
error-request_timeout = Ուղարկումը չափազանց երկար տևեց և դադարեցվեց։ Ստուգեք Ձեր կապը և նորից փորձեք։
error-conflict-not_a_guest = Այս էլ. հասցեն պատկանում է eTwinning-ի հաշվի։ Ուսուցիչներին հրավիրում են տարածքի ադմինիստրատորները, ոչ թե հյուրի հղումով։

## notice
notice-post-pending = Շնորհակալություն։ Ուսուցիչը կկարդա Ձեր գրառումը, նախքան բոլորը կկարողանան տեսնել այն։
notice-post-approved = Ուսուցիչը կարդաց Ձեր գրառումը։ Այժմ նախագծի բոլոր մասնակիցները կարող են տեսնել այն։
notice-post-rejected = Ուսուցիչը որոշեց չցուցադրել Ձեր գրառումը։ Կարող եք Ձեր ուսուցչին հարցնել՝ ինչու։
notice-post-hidden = Ուսուցիչն առայժմ թաքցրել է Ձեր գրառումը։ Կարող եք Ձեր ուսուցչին հարցնել՝ ինչու։
notice-post-restored = Ուսուցիչը նորից ցուցադրեց Ձեր գրառումը։ Այժմ բոլորը կարող են տեսնել այն։
notice-post-purged = Ուսուցիչը հեռացրեց Ձեր գրառումը։
notice-member-muted = Կարող եք կարդալ նախագիծը, բայց որոշ ժամանակ չեք կարող գրել։
notice-member-unmuted = Կարող եք նորից գրել նախագծում։
notice-chat-mention = { $name } նշել է Ձեզ զրույցում։

## video
video-section = Տեսակապ
video-open_sessions = Բաց տեսանիստեր
video-none = Բաց տեսանիստ չկա։
video-start_title = Սկսել տեսանիստ
video-title = Վերնագիր (ըստ ցանկության)
video-lobby = Աշակերտները սպասում են սպասասրահում, մինչև ուսուցիչը նրանց ներս թողնի
video-start = Սկսել
video-join_named = Միանալ «{ $title }» տեսանիստին
video-nobody_in_call = Զանգում դեռ ոչ ոք չկա
video-people_in_call =
    { $count ->
        [one] Զանգում՝ { $count } մասնակից
       *[other] Զանգում՝ { $count } մասնակից
    }
video-locked = (կողպված)
video-back = Վերադառնալ տարածք
video-participants = Մասնակիցներ
video-my_controls = Ձեր խոսափողը և տեսախցիկը
video-chat = Տեսանիստի զրույց
video-starting_media = Ձեր տեսախցիկը և խոսափողը միանում են…
video-in_call = Դուք զանգում եք։
video-waiting_in_lobby = Դուք սպասասրահում եք։ Ուսուցիչը շուտով Ձեզ ներս կթողնի։
video-no_media = Ոչ մի տեսախցիկ կամ խոսափող հնարավոր չեղավ օգտագործել․ Դուք, այնուամենայնիվ, կարող եք տեսնել և լսել մյուսներին։
video-partial_media = Ձեր տեսախցիկը և խոսափողը հնարավոր եղավ օգտագործել միայն մասամբ։
video-enable_sound = Միացնել ձայնը
video-mic_on = Խոսափողը միացված է
video-mic_off = Խոսափողն անջատված է
video-mic_forced = Ուսուցիչն անջատել է ձայնը
video-camera_on = Տեսախցիկը միացված է
video-camera_off = Տեսախցիկն անջատված է
video-hand_raised = Ձեռքը բարձրացված է
video-mute_me = Անջատել իմ խոսափողը
video-unmute_me = Միացնել իմ խոսափողը
video-camera_stop = Անջատել իմ տեսախցիկը
video-camera_start = Միացնել իմ տեսախցիկը
video-hand_raise = Բարձրացնել ձեռքս
video-hand_lower = Իջեցնել ձեռքս
video-leave = Դուրս գալ
video-you_are_muted = Ուսուցիչն անջատել է Ձեր ձայնը։ Դուք կարող եք միացնել այն, երբ ուսուցիչը թույլ տա։
video-muted_by_teacher = Ուսուցիչն անջատեց Ձեր խոսափողը։
video-unmute_allowed = Ուսուցիչը թույլ է տալիս Ձեզ կրկին միացնել խոսափողը։
video-mute_other = Լռեցնել
video-mute_named = Լռեցնել՝ { $name }
video-allow_unmute = Թույլ տալ միացնել խոսափողը
video-allow_unmute_named = Թույլ տալ միացնել խոսափողը՝ { $name }
video-remove = Հեռացնել
video-remove_named = Հեռացնել տեսանիստից՝ { $name }
video-lobby_title = Սպասասրահ
video-lobby_empty = Ոչ ոք չի սպասում։
video-admit = Ներս թողնել
video-admit_named = Ներս թողնել՝ { $name }
video-deny = Չթողնել
video-deny_named = Չթողնել ներս՝ { $name }
video-manage = Այս տեսանիստը
video-is_open = Բաց է․ անդամները կարող են միանալ։
video-is_locked = Կողպված է․ միայն ուսուցիչները կարող են միանալ։
video-lock = Կողպել տեսանիստը
video-end = Ավարտել տեսանիստը բոլորի համար
video-ended = Տեսանիստն ավարտվեց։
video-ended_space_archived = Տեսանիստն ավարտվեց․ դրա տարածքն արխիվացվել է։
video-ended_space_deleted = Տեսանիստն ավարտվեց․ դրա տարածքը ջնջվել է։
video-ended_empty = Տեսանիստն ավարտվեց․ որոշ ժամանակ այնտեղ ոչ ոք չկար։
video-no_teacher_yet = Այս տեսանիստում դեռ ոչ մի ուսուցիչ չկա, ուստի ոչ ոք չի կարող Ձեզ ներս թողնել։ Կարող եք սպասել այստեղ կամ դուրս գալ։
video-leave_lobby = Դուրս գալ սպասասրահից
video-removed = Ուսուցիչը Ձեզ հեռացրեց տեսանիստից։
video-denied = Ուսուցիչը Ձեզ ներս չթողեց այս տեսանիստ։
video-left = Դուք դուրս եկաք տեսանիստից։
video-full = Այս տեսանիստում ազատ տեղ չկա։
video-refused = Դուք չեք կարող միանալ այս տեսանիստին։
video-signal_refused = Սերվերը մերժեց այն, ինչ ուղարկեց Ձեր դիտարկիչը։ Փորձեք դուրս գալ և նորից միանալ։
video-sfu_moving = Տեսանիստը մեծացել է․ զանգը տեղափոխվում է դասարանի մեդիասերվեր…
video-sfu_unreachable = Դասարանի մեդիասերվերը հասանելի չէ։ Նորից փորձում ենք…
video-sfu_no_seat = Այս տեսանիստում տեսախցիկների բոլոր տեղերը զբաղված են․ Դուք տեսնում և լսում եք մյուսներին, բայց նրանք Ձեզ չեն տեսնում և չեն լսում։
video-sfu_not_sent = Ձեր տեսախցիկը և խոսափողը հնարավոր չեղավ փոխանցել։ Դուք դեռ տեսնում և լսում եք մյուսներին։

## forum
forum-title = Ֆորում
forum-threads = Թեմաներ
forum-posts = Գրառումներ
forum-areas = Ֆորումի բաժիններ
forum-area-open = Բաց ֆորում
forum-area-teachers = Ուսուցիչների տեղեկագիր
forum-empty = Դեռ թեմաներ չկան։
forum-thread_meta =
    { $count ->
        [one] հեղինակ՝ { $author } · { $count } գրառում · { $when }
       *[other] հեղինակ՝ { $author } · { $count } գրառում · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } նոր
       *[other] { $count } նոր
    }
forum-pinned = ամրացված
forum-locked = կողպված
forum-new_thread = Բացել թեմա
forum-new_bulletin = Բացել թեմա Ուսուցիչների տեղեկագրում
forum-thread_title = Թեմայի վերնագիր
forum-first_post = Առաջին գրառում
forum-start = Բացել թեման
forum-thread_started = Թեման բացվեց։
forum-thread_held = Շնորհակալություն։ Ուսուցիչը կկարդա քո թեման, նախքան բոլորը կկարողանան տեսնել այն։
forum-back = Վերադառնալ թեմաներին
forum-reply_label = Ձեր պատասխանը
forum-send = Հրապարակել պատասխանը
forum-no_reply = Դուք չեք կարող պատասխանել այս թեմայում։
forum-held = Շնորհակալություն։ Ուսուցիչը կկարդա քո գրառումը, նախքան բոլորը կկարողանան տեսնել այն։
forum-edited = (խմբագրված է)
forum-edit = Խմբագրել
forum-edit_label = Խմբագրել Ձեր գրառումը
forum-save = Պահպանել
forum-saved = Ձեր գրառումը փոխվեց։
forum-cancel = Չեղարկել
forum-delete = Ջնջել
forum-deleted = Գրառումը ջնջվեց։
forum-report = Բողոքել
forum-report_reason = Ի՞նչն է սխալ այս գրառման մեջ (ըստ ցանկության)
forum-report_send = Ուղարկել բողոքը
forum-reported = Շնորհակալություն։ Ուսուցիչները տեղեկացվել են։
forum-hide = Թաքցնել
forum-restore = Վերականգնել
forum-approve = Հաստատել
forum-reject = Մերժել
forum-done-hide = Գրառումը թաքցված է դասարանից։
forum-done-restore = Գրառումը կրկին երևում է։
forum-done-approve = Գրառումը հաստատված է․ բոլորը կարող են տեսնել այն։
forum-done-reject = Գրառումը մերժված է․ այն տեսնում է միայն հեղինակը։
forum-state-pending = սպասում է ուսուցչին
forum-state-hidden = թաքցված
forum-state-rejected = չհրապարակված
forum-state-deleted = ջնջված
forum-pin = Ամրացնել
forum-unpin = Ապամրացնել
forum-lock = Կողպել
forum-unlock = Ապակողպել
forum-thread_changed = Թեման փոխվեց։
forum-thread_gone = Այս թեման այլևս հասանելի չէ Ձեզ։
forum-moderation = Մոդերացիա
forum-queue = Սպասում են հաստատման
forum-queue_empty = Հաստատման սպասող գրառումներ չկան։
forum-reports = Բողոքներ
forum-reports_empty = Բաց բողոքներ չկան։
forum-reported_by = բողոքել է՝ { $name }
forum-report_said = Պատճառը՝ { $reason }
forum-resolve = Փակել բողոքը
forum-resolved = Բողոքը փակված է։

## reactions
reaction-bar = Արձագանքներ
reaction-add = Ավելացնել արձագանք
reaction-picker = Ընտրեք արձագանք
reaction-count =
    { $count ->
        [one] { $name }: { $count } մարդ
       *[other] { $name }: { $count } մարդ
    }
reaction-thumbs_up = Հավանում եմ
reaction-heart = Սիրտ
reaction-clap = Բրավո
reaction-laugh = Զվարճալի
reaction-idea = Լավ միտք
reaction-question = Հարց ունեմ

## archive
archive-title = Ֆայլեր
archive-usage = Օգտագործված է { $used } (ընդամենը՝ { $quota })
archive-where = Թղթապանակ
archive-top = Բոլոր ֆայլերը
archive-empty = Այս թղթապանակը դատարկ է։
archive-contents = Թղթապանակներ և ֆայլեր
archive-name = Անուն
archive-size = Չափ
archive-by = Ավելացրել է
archive-when = Փոփոխվել է
archive-actions = Գործողություններ
archive-former_member = նախկին անդամ
archive-choose = Ընտրել ֆայլ
archive-upload = Վերբեռնել
archive-progress = Վերբեռնման ընթացքը
archive-uploading = Վերբեռնվում է { $name }՝ { $percent }
archive-uploaded = «{ $name }» ֆայլը վերբեռնվեց։
archive-too_large = Այս ֆայլը չափազանց մեծ է․ ֆայլի առավելագույն չափը { $max } է։
archive-quota = Այս տարածքի ֆայլերում բավարար տեղ չի մնացել (ազատ է՝ { $free })։ Խնդրեք ուսուցչին հեռացնել հին ֆայլերը։
archive-new_folder = Նոր թղթապանակ
archive-create_folder = Ստեղծել թղթապանակը
archive-folder_created = «{ $name }» թղթապանակը ստեղծվեց։
archive-download = Ներբեռնել
archive-download_named = Ներբեռնել՝ { $name }
archive-rename = Վերանվանել
archive-rename_named = Վերանվանել՝ { $name }
archive-new_name = Նոր անուն
archive-save = Պահպանել
archive-cancel = Չեղարկել
archive-renamed = Նոր անունը՝ «{ $name }»։
archive-trash = Տեղափոխել աղբարկղ
archive-trash_named = Տեղափոխել աղբարկղ՝ { $name }
archive-trashed = «{ $name }» տարրը աղբարկղում է։
archive-show_trash = Աղբարկղ
archive-trash_empty = Աղբարկղը դատարկ է։
archive-restore = Վերականգնել
archive-restore_named = Վերականգնել՝ { $name }
archive-restored = «{ $name }» տարրը վերականգնվեց։
archive-purge = Ջնջել ընդմիշտ
archive-purge_named = Ջնջել ընդմիշտ՝ { $name }
archive-purged = «{ $name }» տարրը ջնջվեց ընդմիշտ։
archive-choose_first = Ընտրեք վերբեռնելու ֆայլը։
archive-no_file = Ֆայլ դեռ ընտրված չէ։
archive-name_taken = Այս անունով տարր այստեղ արդեն կա։ Ընտրեք այլ անուն։

## unit
unit-b = Բ
unit-kb = ԿԲ
unit-mb = ՄԲ
unit-gb = ԳԲ
unit-tb = ՏԲ

## field
field-required = Լրացրեք այս դաշտը։
field-unknown = Այս դաշտն այստեղ սպասված չէ։
field-type = Այս արժեքը ճիշտ տեսակի չէ։
field-blank = Գրեք ինչ-որ բան այստեղ․ միայն բացատները չեն հաշվվում։
field-too_short =
    { $count ->
        [one] Գրեք առնվազն { $min } նիշ։
       *[other] Գրեք առնվազն { $min } նիշ։
    }
field-too_long =
    { $count ->
        [one] Գրեք առավելագույնը { $max } նիշ։
       *[other] Գրեք առավելագույնը { $max } նիշ։
    }
field-too_small = Նշեք առնվազն { $min }։
field-too_large = Նշեք առավելագույնը { $max }։
field-format = Սա սպասված ձևաչափով չէ։
field-choice = Ընտրեք առաջարկված տարբերակներից մեկը։
field-invalid = Այս արժեքը չի ընդունվում։

## confirm
confirm-cancel = Չեղարկել
confirm-trash_file = Տեղափոխե՞լ «{ $name }» ֆայլը աղբարկղ։
confirm-trash_file_lost = Անդամներն այլևս չեն տեսնի այս ֆայլը։ Ուսուցիչը կարող է այն վերականգնել աղբարկղից։
confirm-trash_folder = Տեղափոխե՞լ «{ $name }» թղթապանակը աղբարկղ։
confirm-trash_folder_lost = Անդամներն այլևս չեն տեսնի այս թղթապանակը և դրա մեջ եղած ոչինչ։ Ուսուցիչը կարող է այն վերականգնել աղբարկղից։
confirm-purge = Ջնջե՞լ «{ $name }» տարրը ընդմիշտ։
confirm-purge_lost = Այն կվերանա բոլորի համար, և հնարավոր չի լինի վերականգնել։
confirm-delete_post = Ջնջե՞լ այս գրառումը։
confirm-delete_post_lost = Դրա տեքստը կվերանա բոլորի համար։ Սա հնարավոր չէ հետարկել։
confirm-delete_message = Ջնջե՞լ այս հաղորդագրությունը։
confirm-delete_message_lost = Դրա տեքստը կվերանա բոլորի համար։ Սա հնարավոր չէ հետարկել։
confirm-end_session = Ավարտե՞լ տեսանիստը բոլորի համար։
confirm-end_session_lost = Բոլորն անմիջապես դուրս կգան զանգից, և տեսանիստը հնարավոր չի լինի նորից բացել։
confirm-remove_participant = Հեռացնե՞լ մասնակցին տեսանիստից՝ { $name }։
confirm-remove_participant_lost = { $name } անմիջապես դուրս կգա զանգից և չի կարողանա վերադառնալ այս տեսանիստ։
confirm-deny = Չթողնե՞լ ներս՝ { $name }։
confirm-deny_lost = { $name } չի կարողանա մտնել այս տեսանիստ։

## page
page-not_found = Էջը չի գտնվել
page-not_found_text = Այս հասցեով էջ չկա։
page-go_spaces = Անցնել իմ տարածքներին
page-go_sign_in = Անցնել մուտքի էջ

## form
form-required = Լրացրեք այս դաշտը։
form-email_format = Գրեք էլ. հասցե, օրինակ՝ name@school.eu։
form-password_short = Օգտագործեք առնվազն 10 նիշ։
form-password_long = Օգտագործեք առավելագույնը 200 նիշ։
form-password_mismatch = Երկու գաղտնաբառերը նույնը չեն։
form-password_hint = Առնվազն 10 նիշ։ Մի քանի բառ, որոնք հեշտությամբ կհիշեք, լավ տարբերակ է։
form-check_fields = Խնդրում ենք ստուգել վերևում նշված դաշտերը։
form-field_invalid = Այս արժեքը չի ընդունվում։

## register
register-title = Ստեղծել eTwinner հաշիվ
register-intro = Ուսուցիչների համար։ Ձեր երկրի ազգային ադմինիստրատորը ստուգում է, որ Դուք ուսուցիչ եք, ապա վավերացնում է Ձեր հաշիվը։ Աշակերտները չեն գրանցվում․ նրանց հաշիվը ստեղծում է ուսուցիչը։
register-name = Ձեր անունը
register-school = Դպրոց
register-country = Երկիր
register-country_choose = Ընտրեք Ձեր երկիրը
register-submit = Ստեղծել իմ հաշիվը
register-email_taken = Այս էլ. հասցեով հաշիվ արդեն կա։ Մուտք գործեք կամ խնդրեք նոր գաղտնաբառ։
register-have_account = Արդեն ունե՞ք հաշիվ։ Մուտք գործեք

## pending
pending-title = Ձեր հաշիվը սպասում է վավերացման
pending-who_heading = Ով է այն վավերացնում
pending-who = Ձեր երկրի ({ $country }) ազգային ադմինիստրատորը ստուգում է, որ Դուք ուսուցիչ եք Ձեր նշած դպրոցում, ապա վավերացնում է Ձեր հաշիվը։
pending-next_heading = Ինչ է լինելու հետո
pending-next_validate = Հենց որ Ձեր հաշիվը վավերացվի, Դուք կդառնաք eTwinner․ կկարողանաք ստեղծել տարածքներ, հրավերներ ստանալ նախագծերի և ստեղծել Ձեր աշակերտների հաշիվները։ Դա տեսնելու համար նորից մուտք գործեք կամ սեղմեք «Կրկին ստուգել»։
pending-next_reject = Եթե ազգային ադմինիստրատորը չընդունի Ձեր գրանցումը, մուտք գործելիս Դուք այդ մասին կիմանաք։
pending-next_meanwhile = Մինչ այդ Դուք կարող եք փոխել Ձեր անունը և գաղտնաբառը «Իմ հաշիվը» բաժնում։
pending-check = Կրկին ստուգել
pending-still = Ձեր հաշիվը դեռ սպասում է վավերացման։
pending-count =
    { $count ->
        [one] { $count } սպասում է մոդերացիայի
       *[other] { $count } սպասում են մոդերացիայի
    }

## forgot
forgot-title = Մոռացե՞լ եք գաղտնաբառը։
forgot-intro = Գրեք Ձեր հաշվի էլ. հասցեն։ Մենք կուղարկենք հղում՝ նոր գաղտնաբառ ընտրելու համար։
forgot-submit = Ուղարկել ինձ հղում
forgot-sent = Եթե այս հասցեով հաշիվ կա, հղումն արդեն ճանապարհին է։ Հղումն աշխատում է մեկ անգամ և սահմանափակ ժամանակով։ Ստուգեք նաև սպամի թղթապանակը։
forgot-pupils = Աշակերտներ․ այստեղ Դուք էլ. հասցե չունեք։ Նոր կոդ խնդրեք Ձեր ուսուցչից։
forgot-back = Վերադառնալ մուտքին

## reset
reset-title = Ընտրեք նոր գաղտնաբառ
reset-intro = Նոր գաղտնաբառ ընտրելիս Դուք դուրս եք գալիս բոլոր մյուս սարքերից։
reset-password = Նոր գաղտնաբառ
reset-confirm = Նոր գաղտնաբառը կրկին
reset-submit = Պահպանել նոր գաղտնաբառը
reset-gone = Այս հղման ժամկետն անցել է, կամ այն արդեն օգտագործվել է։ Խնդրեք նորը։
reset-done = Ձեր գաղտնաբառը փոխվեց։ Մուտք գործեք նոր գաղտնաբառով։
reset-ask_again = Խնդրել նոր հղում

## account
account-title = Իմ հաշիվը
account-signed_in_with = Դուք մուտք եք գործում { $email } հասցեով։
account-name_heading = Ձեր անունը
account-name = Անունը, որը տեսնում են մյուսները
account-save_name = Պահպանել անունը
account-name_saved = Ձեր անունը պահպանվեց։
account-pupil_note = Այս անունն ընտրել է Ձեր ուսուցիչը, և այն փոխում է միայն ուսուցիչը։ Եթե այն պետք է փոխել, դիմեք Ձեր ուսուցչին։
account-password_heading = Ձեր գաղտնաբառը
account-password_intro = Այն փոխելիս Դուք դուրս եք գալիս Ձեր մյուս սարքերից, իսկ այստեղ մնում եք մուտք գործած։
account-current_password = Ներկայիս գաղտնաբառ
account-new_password = Նոր գաղտնաբառ
account-confirm_password = Նոր գաղտնաբառը կրկին
account-save_password = Փոխել գաղտնաբառը
account-password_saved = Ձեր գաղտնաբառը փոխվեց։
account-current_wrong = Սա Ձեր ներկայիս գաղտնաբառը չէ։
account-everywhere_heading = Դուրս գալ ամենուր
account-everywhere_intro = Ավարտում է Ձեր մուտքը բոլոր սարքերում և դիտարկիչներում, ներառյալ այս մեկը․ կորած հեռախոսը կամ ընդհանուր համակարգիչն այլևս չի բացի Ձեր հաշիվը։
account-everywhere = Դուրս գալ ամենուր…
account-everywhere_question = Դուրս գա՞լ բոլոր սարքերից, ներառյալ այս մեկը։ Բաց էջերն անմիջապես կփակվեն, և դրանցում դեռ չուղարկված ամեն ինչ կկորի։
account-everywhere_confirm = Այո, դուրս գալ ամենուր
account-everywhere_done = Դուք դուրս եկաք բոլոր սարքերից։
account-cancel = Չեղարկել

## admin
admin-nav = Վավերացման վահանակ
admin-title = Ազգային ադմինիստրատորի վահանակ
admin-country = Երկիր՝ { $country }
admin-only_national_admins = Այս էջը նախատեսված է ազգային ադմինիստրատորների համար։
admin-pending_heading = Վավերացման սպասող ուսուցիչներ
admin-pending_count =
    { $count ->
        [one] { $count } ուսուցիչ սպասում է։
       *[other] { $count } ուսուցիչ սպասում է։
    }
admin-pending_none = Վավերացման սպասող ուսուցիչ չկա։
admin-select_all = Ընտրել բոլորը
admin-select_first = Նախ ընտրեք առնվազն մեկ ուսուցչի։
admin-validate_selected = Վավերացնել ընտրվածները
admin-reject_selected = Մերժել ընտրվածները…
admin-validated =
    { $count ->
        [one] { $count } ուսուցիչ վավերացվեց։
       *[other] { $count } ուսուցիչ վավերացվեց։
    }
admin-rejected =
    { $count ->
        [one] { $count } գրանցում մերժվեց։
       *[other] { $count } գրանցում մերժվեց։
    }
admin-reject_question =
    { $count ->
        [one] Մերժե՞լ գրանցումը՝ { $names }։ Այս անձը չի կարողանա մուտք գործել, և սա հնարավոր չէ հետարկել։
       *[other] Մերժե՞լ այս { $count } գրանցումները ({ $names })։ Այս անձինք չեն կարողանա մուտք գործել, և սա հնարավոր չէ հետարկել։
    }
admin-reject_reason = Մերժման պատճառը
admin-reject_heading = Մերժել գրանցումները
admin-suspend_heading = Կասեցնել հաշիվը
admin-reinstate_heading = Վերականգնել հաշիվը
admin-reject_reason_hint = Պահվում է աուդիտի մատյանում՝ Ձեր անվան հետ։
admin-reject_confirm =
    { $count ->
        [one] Մերժել { $count } գրանցում
       *[other] Մերժել { $count } գրանցում
    }
admin-failed_one = { $name }՝ { $why }
admin-school = Դպրոց՝ { $school }
admin-registered = Գրանցվել է՝ { $date }
admin-search_heading = Գտնել հաշիվ
admin-search_label = Անուն, էլ. հասցե կամ դպրոց
admin-search_hint = Միայն Ձեր երկրի հաշիվները։ Թողեք դատարկ՝ բոլորը ցուցադրելու համար՝ սկսած ամենանորից։
admin-search = Որոնել
admin-showing = { $from }–{ $to }՝ ընդամենը { $total }-ից
admin-no_match = Համապատասխան հաշիվ չկա։
admin-previous = Նախորդ էջ
admin-next = Հաջորդ էջ
admin-suspend = Կասեցնել…
admin-suspend_named = Կասեցնել՝ { $name }…
admin-suspend_question = Կասեցնե՞լ հաշիվը՝ { $name }։ Այս անձն անմիջապես դուրս կհանվի բոլոր սարքերից, բաց էջերը կփակվեն, և նա չի կարողանա մուտք գործել, մինչև Դուք չվերականգնեք հաշիվը։
admin-suspend_reason = Կասեցման պատճառը
admin-suspend_confirm = Այո, կասեցնել
admin-suspend_done = Հաշիվը կասեցված է՝ { $name }։
admin-reinstate = Վերականգնել…
admin-reinstate_named = Վերականգնել՝ { $name }…
admin-reinstate_question = Վերականգնե՞լ հաշիվը՝ { $name }։ Այս անձը կրկին կկարողանա մուտք գործել։
admin-reinstate_reason = Պատճառը (ըստ ցանկության)
admin-reinstate_confirm = Վերականգնել
admin-reinstate_done = Հաշիվը վերականգնված է՝ { $name }։
admin-action_for = { $action }՝ { $name }
admin-type_to_confirm = Հաստատելու համար մուտքագրեք տարածքի վերնագիրը՝ { $text }

## status
status-active = ակտիվ
status-pending = սպասում է վավերացման
status-suspended = կասեցված
status-rejected = մերժված
status-erased = ջնջված

## names
names-marked = { $name } ({ $mark })

## members
members-username = օգտանուն՝ { $username }
members-role_of = Դերը՝ { $name }
members-change_role = Փոխել դերը
members-role_question = Փոխե՞լ դերը՝ { $name } (այժմ՝ «{ $from }», նոր դերը՝ «{ $to }»)։
members-role_consequence = Այսուհետ { $name } կարող է անել այն ամենը, ինչ թույլատրված է «{ $to }» դերին, միանգամից բոլոր սարքերում։
members-role_confirm = Փոխել դերը
members-role_changed = { $name } այժմ ունի «{ $role }» դերը։
members-reset_code = Նոր կոդ
members-reset_question = Տա՞լ նոր մուտքի կոդ՝ { $name }։
members-reset_consequence = Հին կոդն անմիջապես դադարում է աշխատել, և աշակերտը դուրս է հանվում բոլոր սարքերից։ Նոր քարտը Դուք եք հանձնում։
members-reset_confirm = Ստեղծել նոր կոդ
members-reset_done = { $name } ունի նոր կոդ․ հանձնեք ստորև ներկայացված նոր քարտը։
members-export = Արտահանել տվյալները
members-remove = Հեռացնել
members-remove_question = Հեռացնե՞լ այս տարածքից՝ { $name }։
members-remove_consequence = { $name } անմիջապես կկորցնի այս տարածքի հասանելիությունը բոլոր սարքերում։
members-remove_pupil_kept = Աշակերտի հաշիվը, գրառումները և ֆայլերը մնում են․ հետագայում կարող եք աշակերտին նորից ավելացնել։
members-remove_kept = Այս անդամի գրառումները և ֆայլերը մնում են տարածքում։
members-remove_confirm = Հեռացնել
members-removed = Հեռացվեց՝ { $name }։
members-erase = Ջնջել հաշիվը
members-leave = Լքել այս տարածքը
members-leave_question = Լքե՞լ «{ $title }» տարածքը։
members-leave_consequence = Դուք անմիջապես կկորցնեք դրա ֆորումների, ֆայլերի, զրույցի և տեսանիստերի հասանելիությունը։ Ձեզ վերադարձնել կարող է միայն ադմինիստրատոր ուսուցիչը։
members-leave_kept = Այն, ինչ գրել և վերբեռնել եք, մնում է տարածքում։
members-leave_confirm = Լքել տարածքը
members-left = Դուք լքեցիք «{ $title }» տարածքը։

## erase
erase-question = Ջնջե՞լ աշակերտի հաշիվը՝ { $name }։
erase-account_gone = Աշակերտի անունը, օգտանունը և կոդը ջնջվում են ընդմիշտ։
erase-signed_out = Աշակերտն անմիջապես դուրս է հանվում և այլևս երբեք չի կարողանա մուտք գործել։
erase-no_undo = Սա հնարավոր չէ հետարկել։
erase-export_first = Եթե աշակերտը կամ ընտանիքը կարող են պատճեն ցանկանալ, նախ արտահանեք տվյալները։
erase-posts = Աշակերտի գրառումները և զրույցի հաղորդագրությունները
erase-posts_keep = Պահել դրանք՝ «նախկին աշակերտ» հեղինակով
erase-posts_remove = Ջնջել դրանք ընդմիշտ
erase-files = Աշակերտի ֆայլերը
erase-files_keep = Պահել դրանք՝ «նախկին աշակերտ» սեփականատիրոջով
erase-files_remove = Ջնջել դրանք ընդմիշտ
erase-confirm = Ջնջել հաշիվը
erase-done = Աշակերտի հաշիվը ջնջվեց՝ { $name }։

## invite_teacher
invite_teacher-title = Հրավիրել գործընկեր ուսուցչի
invite_teacher-by_email = Էլ. հասցեով
invite_teacher-role = Դեր
invite_teacher-submit = Հրավիրել
invite_teacher-done = { $name } միացավ «{ $role }» դերով։
invite_teacher-not_etwinner = Այս հասցեով վավերացված eTwinner չկա, կամ Դուք չեք կարող տալ այս դերը։
invite_teacher-find = Գտնել eTwinner
invite_teacher-query = Անուն, դպրոց կամ երկիր
invite_teacher-search = Որոնել
invite_teacher-results = Գտնված eTwinner-ներ
invite_teacher-none = Ոչ մի eTwinner չի գտնվել։
invite_teacher-more = Ավելի շատ արդյունքներ
invite_teacher-member = Այս տարածքի անդամ է
invite_teacher-invite = Հրավիրել
invite_teacher-role_for = Դերը՝ { $name }

## pupils
pupils-title = Ավելացնել աշակերտներ
pupils-one_title = Մեկ աշակերտ
pupils-name = Աշակերտի անունը
pupils-add_one = Ավելացնել աշակերտին
pupils-class_title = Ամբողջ դասարանը
pupils-class_names = Աշակերտների անունները
pupils-class_help = Յուրաքանչյուր տողում մեկ անուն, այնպես, ինչպես մյուսները կտեսնեն աշակերտին։
pupils-add_class = Ավելացնել դասարանը
pupils-class_empty = Գրեք առնվազն մեկ անուն։
pupils-language = Էջի լեզուն այս աշակերտների համար
pupils-language_help = Մուտք գործելուց հետո նրանք TwinSpace Live-ը կտեսնեն այս լեզվով։ Յուրաքանչյուր աշակերտ կարող է այն հետագայում փոխել։
pupils-line_errors = Ուղղման ենթակա տողեր
pupils-line_error = Տող { $line }՝ { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } տող ուղղման կարիք ունի․ ոչինչ չի ստեղծվել։
       *[other] { $count } տող ուղղման կարիք ունի․ ոչինչ չի ստեղծվել։
    }
pupils-created =
    { $count ->
        [one] Ավելացվեց { $count } աշակերտ։
       *[other] Ավելացվեց { $count } աշակերտ։
    }

## cards
cards-title = Մուտքի քարտեր
cards-once = Այս կոդերը ցուցադրվում են միայն հիմա։ Տպեք քարտերը կամ գրի առեք կոդերը, նախքան այս էջից դուրս գալը։
cards-site = Մուտքի հասցեն՝
cards-print = Տպել քարտերը
cards-done = Պատրաստ է․ թաքցնել կոդերը

## links
links-tab = Հյուրի հղումներ
links-intro = Հյուրի հղումը թույլ է տալիս փորձագետին կամ դիտորդին միանալ այս TwinSpace-ին որպես հյուր։ Հղումն ունեցող ցանկացած ոք կարող է օգտագործել այն, մինչև դրա ժամկետը լրանա կամ օգտագործումները սպառվեն։
links-create_title = Հյուրի նոր հղում
links-valid_for = Գործողության ժամկետը
links-days =
    { $count ->
        [one] { $count } օր
       *[other] { $count } օր
    }
links-uses = Օգտագործումների քանակը
links-note = Նշում (ում համար է)
links-create = Ստեղծել հղումը
links-new = Նոր հղումը
links-once = Պատճենեք այն հիմա․ այն ցուցադրվում է միայն մեկ անգամ։
links-copy = Պատճենել
links-copied = Հղումը պատճենվեց։
links-select_copy = Հղումն ընտրված է․ սեղմեք Ctrl+C (⌘+C)՝ այն պատճենելու համար։
links-live = Գործող հղումներ
links-empty = Գործող հյուրի հղում չկա։
links-untitled = Հյուրի հղում
links-used =
    { $count ->
        [one] օգտագործվել է { $used } անգամ՝ { $count }-ից
       *[other] օգտագործվել է { $used } անգամ՝ { $count }-ից
    }
links-until = մինչև { $time }
links-revoke = Ետ կանչել
links-revoke_question = Ետ կանչե՞լ հյուրի այս հղումը։
links-revoke_consequence = Այլևս ոչ ոք չի կարողանա միանալ դրանով։
links-revoke_kept = Այս հղումով միացած հյուրերը մնում են անդամներ։
links-revoked = Հղումը ետ կանչվեց։

## settings
settings-tab = Կարգավորումներ
settings-space = Տարածքը
settings-pupils = Աշակերտներ
settings-premoderate_pupils = Պահել աշակերտների գրառումները, մինչև ուսուցիչը հաստատի դրանք
settings-pupils_may_create_threads = Աշակերտները կարող են թեմաներ բացել
settings-pupils_may_upload = Աշակերտները կարող են ֆայլեր վերբեռնել
settings-save = Պահպանել
settings-saved = Կարգավորումները պահպանվեցին։
settings-archive_title = Արխիվ
settings-archive_text = Արխիվացված տարածքը մնում է ընթեռնելի իր անդամների համար, բայց ոչ ոք չի կարող գրառում անել, վերբեռնել կամ տեսանիստ սկսել։
settings-archive = Արխիվացնել այս տարածքը
settings-archive_question = Արխիվացնե՞լ «{ $title }» տարածքը։
settings-archive_read_only = Այլևս ոչ ոք չի կարողանա գրառում անել, վերբեռնել կամ որևէ բան փոխել։
settings-archive_video = Ընթացիկ տեսանիստերն անմիջապես կավարտվեն։
settings-archive_undo = Հիմնադիրը հետագայում կարող է նորից բացել տարածքը։
settings-archive_confirm = Արխիվացնել
settings-archived_title = Այս տարածքն արխիվացված է
settings-archived_text = Այն միայն կարդալու համար է։ Բացեք այն նորից, որպեսզի անդամները կարողանան գրառումներ անել և վերբեռնել։
settings-unarchive = Նորից բացել
settings-unarchive_question = Նորից բացե՞լ «{ $title }» տարածքը։
settings-unarchive_consequence = Անդամները կրկին կկարողանան գրառումներ անել, վերբեռնել և տեսանիստեր սկսել։
settings-delete_title = Ջնջել տարածքը
settings-delete_text = Ջնջումն ընդմիշտ հեռացնում է տարածքը և դրա ողջ պարունակությունը։
settings-delete = Ջնջել այս տարածքը
settings-delete_question = Ջնջե՞լ «{ $title }» տարածքը ընդմիշտ։
settings-delete_content = Ֆորումի բոլոր թեմաները, զրույցի հաղորդագրությունները և ֆայլերը՝ իրենց բոլոր տարբերակներով, ջնջվում են։
settings-delete_members = Բոլոր անդամները կորցնում են տարածքը․ աշակերտների հաշիվները մնում են միայն նրանց մյուս տարածքներում։
settings-delete_video = Ընթացիկ տեսանիստերն անմիջապես կավարտվեն։
settings-delete_no_undo = Աուդիտի մատյանը նույնպես ջնջվում է։ Սա հնարավոր չէ հետարկել։
settings-delete_confirm = Ջնջել ընդմիշտ
settings-deleted = «{ $title }» տարածքը ջնջվեց։

## audit
audit-tab = Աուդիտի մատյան
audit-caption = Ինչ է արվել այս տարածքում՝ սկսած ամենանորից
audit-when = Երբ
audit-who = Ով
audit-what = Ինչ
audit-empty = Դեռ ոչինչ գրանցված չէ։
audit-older = Ցույց տալ ավելի հին գրառումները
audit-system = Սերվերը
audit-former_member = Նախկին անդամ
audit-former_member_target = նախկին անդամ
audit-reason = Պատճառը՝ { $reason }
audit-other = Կատարել է «{ $action }» գործողությունը՝ { $target }
audit-space-created = Ստեղծել է տարածքը
audit-space-settings_changed = Փոխել է տարածքի կարգավորումները
audit-space-archived = Արխիվացրել է տարածքը
audit-space-unarchived = Նորից բացել է տարածքը
audit-member-invited = Հրավիրել է «{ $role }» դերով՝ { $target }
audit-member-role_changed = Փոխել է դերը՝ { $target } (նախկին՝ «{ $from }», նոր՝ «{ $role }»)
audit-member-removed = Հեռացրել է՝ { $target }
audit-member-left = Լքել է տարածքը
audit-member-muted = Լռեցրել է՝ { $target }
audit-member-unmuted = Վերացրել է լռեցումը՝ { $target }
audit-pupil-created = Ստեղծել է աշակերտ՝ { $target }
audit-pupil-added = Ավելացրել է աշակերտ՝ { $target }
audit-pupil-code_reset = Տվել է նոր մուտքի կոդ՝ { $target }
audit-pupil-exported = Արտահանել է տվյալները՝ { $target }
audit-pupil-erased = Ջնջել է աշակերտի հաշիվը
audit-invitation-created = Ստեղծել է հյուրի հղում
audit-invitation-revoked = Ետ է կանչել հյուրի հղումը
audit-invitation-accepted = Միացել է հյուրի հղումով
audit-video-started = Սկսել է տեսանիստ
audit-video-ended = Ավարտել է տեսանիստը
audit-video-locked = Կողպել է տեսանիստը
audit-video-unlocked = Ապակողպել է տեսանիստը
audit-video-admitted = Ներս է թողել տեսանիստ՝ { $target }
audit-video-denied = Ներս չի թողել տեսանիստ՝ { $target }
audit-video-muted = Լռեցրել է տեսանիստում՝ { $target }
audit-video-unmuted = Կրկին խոսելու թույլտվություն է տվել տեսանիստում՝ { $target }
audit-video-removed = Հեռացրել է տեսանիստից՝ { $target }
audit-video-spotlight = Փոխել է տեսանիստի ընդգծված մասնակցին
audit-post-hidden = Թաքցրել է գրառումը
audit-post-restored = Վերականգնել է գրառումը
audit-post-approved = Հաստատել է գրառումը
audit-post-rejected = Մերժել է գրառումը
audit-post-purged = Ընդմիշտ ջնջել է գրառումը
audit-post-reported = Բողոքել է գրառման մասին
audit-report-resolved = Փակել է բողոքը
audit-thread-pinned = Ամրացրել է թեման
audit-thread-unpinned = Ապամրացրել է թեման
audit-thread-locked = Կողպել է թեման
audit-thread-unlocked = Ապակողպել է թեման
audit-archive-folder_created = Ստեղծել է թղթապանակ
audit-archive-folder_renamed = Վերանվանել է թղթապանակը
audit-archive-folder_moved = Տեղափոխել է թղթապանակը
audit-archive-folder_trashed = Թղթապանակը տեղափոխել է աղբարկղ
audit-archive-folder_restored = Թղթապանակը հանել է աղբարկղից
audit-archive-folder_purged = Ընդմիշտ ջնջել է թղթապանակը
audit-archive-file_added = Ավելացրել է ֆայլ
audit-archive-file_version_added = Ավելացրել է ֆայլի նոր տարբերակ
audit-archive-file_renamed = Վերանվանել է ֆայլը
audit-archive-file_moved = Տեղափոխել է ֆայլը
audit-archive-file_trashed = Ֆայլը տեղափոխել է աղբարկղ
audit-archive-file_restored = Ֆայլը հանել է աղբարկղից
audit-archive-file_purged = Ընդմիշտ ջնջել է ֆայլը
audit-chat-expired = Ջնջել է պահպանման ժամկետն անցած զրույցի հաղորդագրությունները
audit-audit-retention_changed = Փոխել է աուդիտի մատյանի գրառումների պահպանման ժամկետը
audit-group-joined = Միացավ խմբին
audit-group-requested = Խնդրեց միանալ խմբին
audit-group-request_accepted = Ընդունեց խնդրանքը՝ { $target }
audit-group-request_declined = Մերժեց խնդրանքը՝ { $target }
audit-group-request_withdrawn = Հետ կանչեց միանալու խնդրանքը
audit-member-banned = Արգելափակեց՝ { $target }
audit-member-unbanned = Հանեց արգելափակումը՝ { $target }
audit-group-featured = Առանձնացրեց խումբը
audit-group-unfeatured = Դադարեցրեց խմբի առանձնացումը
audit-group-moderator_appointed = Նշանակեց մոդերատոր՝ { $target }

## group_role
group_role-founder = Սեփականատեր
group_role-admin = Մոդերացիա
group_role-teacher = Անդամ

## readers
readers-title = Հիմա կարդում են
readers-more =
    { $count ->
        [one] և ևս { $count } հոգի
       *[other] և ևս { $count } հոգի
    }

## groups
groups-nav = Խմբեր
groups-title = eTwinning խմբեր
groups-intro = eTwinner-ների համայնքներ՝ առարկայի, թեմայի կամ հետաքրքրության ոլորտի շուրջ։ Մասնակցում են միայն հաստատված eTwinner-ները։
groups-search = Գտնել խումբ
groups-words = Բառեր վերնագրից
groups-topic = Թեմա
groups-language = Լեզու
groups-language_any = Բոլոր լեզուները
groups-language_choose = Ընտրեք լեզու
groups-country = Անդամի երկիրը
groups-country_any = Բոլոր երկրները
groups-search_submit = Որոնել
groups-found = Խմբեր
groups-empty = Այս որոնմանը ոչ մի խումբ չի համապատասխանում։
groups-more = Ցույց տալ ավելի շատ խմբեր
groups-featured = Առանձնացված
groups-topic_is = Թեմա՝ { $topic }
groups-members =
    { $count ->
        [one] { $count } անդամ
       *[other] { $count } անդամ
    }
groups-access_short-open = Բաց
groups-access_short-closed = Փակ
groups-standing-member = Դուք այս խմբում եք։ Ձեր դերը՝ { $role }
groups-standing-requested = Դուք խնդրել եք միանալ այս խմբին։
groups-standing-banned = Այս խմբի մոդերացիայի թիմը թույլ չի տալիս Ձեզ միանալ։
groups-join = Միանալ
groups-ask = Խնդրել միանալ
groups-ask_message = Հաղորդագրություն մոդերացիայի թիմին (ըստ ցանկության)
groups-withdraw = Հետ կանչել իմ խնդրանքը
groups-open_group = Բացել խումբը
groups-joined = Դուք միացաք «{ $title }» խմբին։
groups-asked = «{ $title }» խմբին միանալու Ձեր խնդրանքն ուղարկվեց մոդերացիայի թիմին։
groups-withdrawn = «{ $title }» խմբին միանալու Ձեր խնդրանքը հետ կանչվեց։
groups-waiting = Մոդերացիայի թիմը կպատասխանի Ձեր խնդրանքին։ Այս էջը ցույց կտա պատասխանը հենց որ այն գա։
groups-accepted = Ձեր խնդրանքն ընդունվեց՝ բարի գալուստ «{ $title }»։
groups-not_accepted = Ձեր խնդրանքը չընդունվեց։ Կարող եք նորից խնդրել։
groups-back = Վերադառնալ խմբերին
groups-create = Ստեղծել խումբ
groups-group_title = Վերնագիր
groups-description = Նկարագրություն (ըստ ցանկության)
groups-access = Ով կարող է միանալ
groups-access-open = Բաց՝ ցանկացած eTwinner միանում է անմիջապես
groups-access-closed = Փակ՝ մոդերացիայի թիմն ընդունում է յուրաքանչյուր խնդրանք
groups-create_submit = Ստեղծել խումբը
groups-created = «{ $title }» խումբը ստեղծվեց։
groups-members_search = Գտնել անդամ
groups-members_more = Ցույց տալ ավելի շատ անդամներ
groups-leave = Լքել այս խումբը
groups-leave_consequence = Դուք անմիջապես կորցնում եք մուտքը խմբի ֆորում, ֆայլեր, զրուցարան և տեսազանգեր։
groups-leave_kept = Ձեր գրածն ու վերբեռնածը մնում է խմբում։ Կարող եք վերադառնալ խմբերի ցուցակի միջոցով։
groups-leave_confirm = Լքել խումբը
groups-requests = Միանալու խնդրանքներ
groups-requests_empty = Ոչ ոք չի սպասում։
groups-accept = Ընդունել
groups-decline = Մերժել
groups-accepted_member = { $name }-ն այժմ անդամ է։
groups-declined = Խնդրանքը մերժվեց՝ { $name }։
groups-ban = Արգելափակել
groups-ban_question = Արգելափակե՞լ { $name }-ին այս խմբում։
groups-ban_consequence = { $name }-ն անմիջապես լքում է խումբը և չի կարող նորից միանալ կամ խնդրել։
groups-ban_kept = Գրառումներն ու ֆայլերը մնում են խմբում։ Արգելափակումը կարող եք հետո հանել։
groups-ban_reason = Պատճառ (ըստ ցանկության, պահվում է մատյանում)
groups-ban_confirm = Արգելափակել
groups-banned = Արգելափակված է՝ { $name }։
groups-bans = Արգելափակված eTwinner-ներ
groups-bans_empty = Արգելափակումներ չկան։
groups-lift = Հանել արգելափակումը
groups-lifted = { $name }-ն կարող է նորից միանալ։

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Ընտրեք նոր գաղտնաբառ TwinSpace Live-ի համար
mail-reset_body =
    Բարև Ձեզ, { $name }։

    Ինչ-որ մեկը, հավանաբար Դուք, խնդրել է նոր գաղտնաբառ ընտրել Ձեր TwinSpace Live հաշվի համար։
    Բացեք այս հղումը՝ այն ընտրելու համար (հղումն աշխատում է մեկ անգամ, { $minutes } րոպեի ընթացքում)՝

    { $link }

    Նոր գաղտնաբառ ընտրելիս Դուք դուրս եք գալիս մնացած բոլոր սարքերից։
    Եթե Դուք դա չեք խնդրել, անտեսեք այս նամակը․ Ձեր գաղտնաբառը կմնա նույնը։

    TwinSpace Live

## events (issue 22)
events-nav = Միջոցառումներ
events-title = Առաջիկա միջոցառումներ
events-empty = Ձեզ համար դեռ առաջիկա միջոցառումներ չկան։
events-more = Ցույց տալ ավելի շատ միջոցառումներ
events-schedule = Պլանավորել միջոցառում
events-zone = Ժամերը ցույց են տրված ձեր ժամային գոտում՝ { $zone }
events-audience-etwinners = Բոլոր eTwinner-ները
events-audience-country = Այս երկրի eTwinner-ները՝ { $country }
events-audience-group = Խմբի անդամները
events-audience-twinspace = TwinSpace-ի անդամները
events-organising = Այս միջոցառումը կազմակերպում եք դուք։
events-registered = Ձեր գրանցումը պահպանված է։
events-waiting = Դուք սպասման ցուցակում եք (տեղ { $position })։
events-state-live = Հիմա ուղիղ եթերում
events-state-ended = Այս միջոցառումն ավարտվել է։
events-state-cancelled = Այս միջոցառումը չեղարկվել է։
events-places = Զբաղված տեղեր՝ { $taken } / { $capacity }
event_form-new_title = Պլանավորել միջոցառում
event_form-edit_title = Փոխել միջոցառումը
event_form-title = Վերնագիր
event_form-description = Նկարագրություն
event_form-date = Ամսաթիվ
event_form-time = Սկսելու ժամ
event_form-duration = Տևողությունը րոպեներով
event_form-space = Խումբ կամ TwinSpace
event_form-speakers_hint = Ընտրեք ձեր խմբերի և TwinSpace-երի ուսուցիչներից։
event_form-no_speakers = Դեռ ընտրելու ոչ ոք չկա։
event_form-create = Պլանավորել միջոցառումը
event_form-save = Պահպանել փոփոխությունները
event_form-created = «{ $title }»-ը պլանավորված է։
event_form-saved = «{ $title }»-ի փոփոխությունները պահպանված են։
event_form-start_past = Ընտրեք սկիզբ ապագայում։
event-title = Միջոցառում
event-back = Բոլոր միջոցառումները
event-when = Երբ
event-language = Լեզու
event-audience = Ով կարող է գրանցվել
event-organiser = Կազմակերպիչ
event-speakers = Բանախոսներ
event-places = Տեղեր
event-no_speakers = Բանախոսներ դեռ նշված չեն։
event-waiting_count = Սպասում են՝ { $waiting }
event-registration = Ձեր տեղը
event-speaking = Դուք ելույթ եք ունենում այս միջոցառմանը։
event-full = Բոլոր տեղերը զբաղված են․ եթե գրանցվեք, կընկնեք սպասման ցուցակ։
event-register = Գրանցվել
event-unregister = Զիջել իմ տեղը
event-leave_waiting = Դուրս գալ սպասման ցուցակից
event-unregister_confirm_title = Հրաժարվե՞լ «{ $title }»-ից
event-unregister_confirm = Ձեր հերթը կստանա սպասման ցուցակի հաջորդ անձը։ Եթե նորից գրանցվեք, գուցե ստիպված լինեք սպասել։
event-unregistered = Ձեր գրանցումը չեղարկված է։
event-calendar = Ավելացնել իմ օրացույցին (.ics)
event-organiser_tools = Կազմակերպչի համար
event-edit = Փոխել միջոցառումը
event-cancel = Չեղարկել միջոցառումը
event-keep = Պահել միջոցառումը
event-cancel_confirm_title = Չեղարկե՞լ «{ $title }»-ը
event-cancel_confirm_lost = Այլևս ոչ ոք չի կարող գրանցվել, և բոլորը կտեսնեն, որ այն չեղարկված է։ Սա հնարավոր չէ հետ շրջել։ Գրանցումներն ու հարցերը պահպանվում են։
event-cancelled = Միջոցառումը չեղարկված է։
event-registrants = Գրանցումներ
event-waiting_list = Սպասման ցուցակ
event-nobody = Դեռ ոչ ոք։
event-attendance = Մասնակցություն
event-attendance_hint = Ով է հետևել միջոցառման էջին ուղիղ եթերի ընթացքում և որքան ժամանակ։
event-attendance_none = Ոչ ոք չի հետևել միջոցառմանն ուղիղ եթերում։
event-minutes = { $minutes } րոպե
qa-title = Հարցեր և պատասխաններ
qa-empty = Դեռ հարցեր չկան։
qa-closed = Հարցերը փակ են․ միջոցառումն ավարտվել է։
qa-need_place = Գրանցվեք՝ հարց տալու կամ որևէ հարց աջակցելու համար։
qa-your_question = Ձեր հարցը
qa-ask = Հարցնել
qa-asked = Ձեր հարցն ուղարկված է։
qa-upvote = Աջակցել
qa-upvoted = Աջակցված է
qa-votes = Ձայներ՝ { $votes }
qa-by = Հարցնողը՝ { $name }
qa-by_gone = Հարցնողը՝ ջնջված հաշիվ
qa-answer = Պատասխան՝ { $answer }
qa-state-picked = Հիմա պատասխանվում է
qa-state-answered = Պատասխանված է
qa-state-hidden = Թաքցված է
qa-pick = Ընտրել
qa-unpick = Վերադարձնել ցուցակ
qa-hide = Թաքցնել
qa-restore = Վերականգնել
qa-answer_label = Գրավոր պատասխան (ըստ ցանկության)
qa-mark_answered = Նշել որպես պատասխանված
qa-gone = Դուք այլևս չեք կարող հետևել այս հարցերին։
audit-event-created = Պլանավորեց «{ $title }» միջոցառումը
audit-event-updated = Փոխեց «{ $title }» միջոցառումը
audit-event-cancelled = Չեղարկեց «{ $title }» միջոցառումը
audit-event-question_moderated = Մոդերացրեց «{ $title }» միջոցառման հարցը

## the live webinar (issue 22)
live-title = Ուղիղ տեսանյութ
live-not_started = Ուղիղ տեսանյութը դեռ չի սկսվել։
live-ended = Ուղիղ տեսանյութն ավարտվել է։
live-connecting = Միացում ուղիղ տեսանյութին…
live-need_place = Ուղիղ տեսանյութը կարող են դիտել միայն տեղ ունեցողները։
live-watching_you = Դուք դիտում եք ուղիղ տեսանյութը։
live-on_air = Դուք ուղիղ եթերում եք. բոլորը ձեզ տեսնում և լսում են։
live-recording = Այս միջոցառումը ձայնագրվում է։
live-speaking = Խոսում է՝ { $names }
live-nobody_speaking = Դեռ ոչ ոք չի խոսում։
live-watching = Դիտում են՝ { $watching }
live-start = Սկսել ուղիղ տեսանյութը
live-end = Ավարտել ուղիղ տեսանյութը
live-end_confirm_title = Ավարտե՞լ «{ $title }»-ի ուղիղ տեսանյութը
live-end_confirm_lost = Տեսանյութը կանգնում է բոլորի համար՝ խոսնակների և հանդիսատեսի։ Կարող եք այն նորից սկսել, քանի դեռ միջոցառումը շարունակվում է. հարցերը պահպանվում են։
live-go_live = Անցնել ուղիղ եթեր
live-stop = Կանգնեցնել իմ տեսանյութը
live-hand_raised = Ձեր ձեռքը բարձրացված է. մոդերատորը կարող է ձեզ հրավիրել խոսելու։
live-invited = Ձեզ հրավիրում են խոսելու. անցեք ուղիղ եթեր, երբ պատրաստ լինեք։
live-returned = Դուք կրկին հանդիսատեսի մեջ եք։
live-hands = Բարձրացված ձեռքեր
live-no_hands = Ոչ մի ձեռք բարձրացված չէ։
live-promote = Հրավիրել { $name }-ին խոսելու
live-return = Վերադարձնել { $name }-ին հանդիսատեսի մեջ
live-record_start = Սկսել ձայնագրումը
live-record_stop = Կանգնեցնել ձայնագրումը

## the event's recordings and seat (issue 22)
event-moved_up = Այժմ տեղ ունեք՝ սպասման ցուցակից առաջ եք անցել։
live-off_stage_returned = Մոդերատորը ձեզ վերադարձրեց հանդիսատեսի մեջ։
live-off_stage_muted = Այս տարածքում ձեր ձայնն անջատվեց՝ դուք կրկին հանդիսատեսի մեջ եք։
live-off_stage_removed = Դուք այլևս այս տարածքի անդամ չեք՝ դուք կրկին հանդիսատեսի մեջ եք։
live-off_stage_unnamed = Դուք այլևս այս միջոցառման բանախոս չեք՝ դուք կրկին հանդիսատեսի մեջ եք։
recordings-title = Տեսագրություններ
recordings-processing = Տեսագրությունը մշակվում է․ այն կհայտնվի այստեղ, երբ պատրաստ լինի։
recordings-take = Գրանցված է՝ { $when } · { $length }
recordings-video = Տեսանյութ՝ { $speaker }
recordings-audio = Ձայն՝ { $speaker }
recordings-former_speaker = նախկին բանախոս
