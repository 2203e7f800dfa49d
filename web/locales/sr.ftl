### TwinSpace Live: речи странице на српском језику (ћирилица).
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Српски

## app
app-name = TwinSpace Live
app-skip = Пређи на садржај
app-nav = Главни мени
app-language = Језик
app-sign_out = Одјави се
app-signed_in_as = Пријављени сте као { $name }
app-loading = Учитавање…

## conn
conn-lost = Веза је прекинута. Поновно повезивање…
conn-back = Веза је поново успостављена.
conn-failed = Веза уживо је затворена. Поново учитајте страницу да бисте покушали поново.
conn-session_ended = Ваша сесија је истекла. Пријавите се поново.
conn-account_locked = Овај налог се више не може користити. Пријавите се поново да бисте видели зашто.
conn-closed-auth_missing = Веза уживо није на време добила вашу пријаву. Поново учитајте страницу.
conn-closed-session_invalid = Ваша сесија више није важећа. Пријавите се поново.
conn-closed-session_expired = Ваша сесија је истекла. Пријавите се поново.
conn-closed-signed_out = Ваша сесија је затворена. Пријавите се поново.
conn-closed-account_locked = Овај налог се више не може користити. Пријавите се поново да бисте видели зашто.
conn-closed-too_many_connections = Овај налог има превише отворених страница у исто време. Затворите неколико картица, а затим поново учитајте ову страницу.
conn-closed-too_many_messages = Ова страница је послала превише тога пребрзо. Сачекајте мало, а затим је поново учитајте.
conn-closed-frame_too_large = Ова страница је послала нешто превелико. Поново учитајте страницу и покушајте поново.
conn-closed-idle_timeout = Веза уживо је предуго била неактивна и затворена је. Поновно повезивање…
conn-closed-slow_consumer = Веза уживо је заостала. Поновно повезивање…
conn-closed-server_restarting = Сервер се поново покреће. Поновно повезивање за тренутак…
conn-closed-server_shutting_down = Сервер ваше везе се зауставља. Поновно повезивање…
conn-closed-unavailable = Сервер је заузет. Поновно повезивање за тренутак…
conn-closed-internal = Дошло је до грешке на серверу. Поновно повезивање за тренутак…

## login
login-title = Пријава
login-intro = Наставници и гости се пријављују својом имејл адресом. Ученици користе корисничко име и код које им је дао наставник.
login-teacher = Наставници и гости
login-pupil = Ученици
login-email = Имејл адреса
login-password = Лозинка
login-username = Корисничко име
login-code = Код
login-submit = Пријави се
login-pupil_submit = Пријави се као ученик
login-forgot = Заборавили сте лозинку?
login-register = Немате налог? Направите eTwinner налог
login-pupil_forgot = Заборавили сте код? Затражите нови од свог наставника.

## invite
invite-title = Придружите се TwinSpace-у као гост
invite-intro = Позвани сте у TwinSpace. Изаберите како ће вас други видети и поставите лозинку.
invite-display_name = Ваше име
invite-submit = Прихвати позив
invite-checking = Провера позива…
invite-for_space = Позвани сте у „{ $title }”.
invite-unknown = Овај линк за позив није познат. Проверите да ли сте га копирали целог или затражите нови од наставника који га је послао.
invite-expired = Овај линк за позив је истекао. Затражите нови од наставника који га је послао.
invite-used_up = Овај линк за позив је већ искоришћен онолико пута колико је дозвољено. Затражите нови од наставника који га је послао.
invite-revoked = Наставник је повукао овај линк за позив.
invite-closed = Простор овог позива је затворен.

## spaces
spaces-title = Моји простори
spaces-empty = Још не припадате ниједном простору.
spaces-create = Прављење простора
spaces-kind = Врста
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Соба
spaces-kind-group = Група
spaces-space_title = Наслов
spaces-description = Опис (није обавезно)
spaces-create_submit = Направи
spaces-created = Простор „{ $title }” је направљен.
spaces-my_role = Ваша улога: { $role }
spaces-archived = архивиран

## space
space-back = Назад на моје просторе
space-sections = Делови овог простора
space-members = Чланови
space-online_count =
    { $count ->
        [one] { $count } на мрежи
        [few] { $count } на мрежи
       *[other] { $count } на мрежи
    }
space-online = на мрежи
space-offline = ван мреже
space-you = (ви)
space-refreshed = Списак је ажуриран.
space-gone = Овај простор вам више није доступан.

## chat
chat-title = Ћаскање
chat-empty = Још нема порука.
chat-message = Порука
chat-send = Пошаљи
chat-pending = (чека наставника)
chat-typing = { $name } куца…
chat-teachers_tab = Билтен наставника
chat-teachers_title = Билтен наставника
chat-session_title = Ћаскање сесије
chat-older = Прикажи старије поруке
chat-new_messages = Нове поруке
chat-mention_list = Чланови које можете да поменете
chat-mention_hint = Откуцајте @ и име да бисте поменули члана.
chat-hidden = (наставник је сакрио поруку)
chat-deleted = (обрисана)
chat-rejected = (наставник није објавио поруку)
chat-edited = (измењена)
chat-mentions_you = вас помиње
chat-edit = Измени
chat-edit_label = Измените своју поруку
chat-save = Сачувај
chat-cancel = Откажи
chat-delete = Обриши
chat-delete_confirm = Да, обриши
chat-hide = Сакриј
chat-restore = Врати
chat-approve = Одобри
chat-reject = Одбиј
chat-report = Пријави
chat-reported = Хвала. Наставници ће погледати ову поруку.
chat-mute = Забрани писање
chat-mute_question = Да ли да { $name } привремено не може да пише?
chat-mute_for = Колико дуго { $name } не може да пише:
chat-minutes =
    { $count ->
        [one] { $count } минут
        [few] { $count } минута
       *[other] { $count } минута
    }
chat-mute_confirm = Забрани сада
chat-muted_other = { $name } не може да пише до { $time }.
chat-muted_you = Наставник вам је привремено забранио писање до { $time }. И даље можете да читате ћаскање.
chat-unmuted_you = Поново можете да пишете у ћаскању.
chat-gone = Ово ћаскање вам више није доступно.

## role
role-founder = Оснивач
role-admin = Администратор
role-teacher = Наставник
role-pupil_admin = Ученик администратор
role-pupil = Ученик
role-guest = Гост

## error
error-bad_credentials = Подаци за пријаву нису тачни. Проверите их и покушајте поново.
error-rate_limited = Превише покушаја. Сачекајте тренутак и покушајте поново.
error-invalid = Нека поља нису исправно попуњена.
error-not_found = Ова страница не постоји или је не можете видети.
error-forbidden = Немате дозволу за ово.
error-gone = Ово више не постоји или више не ради.
error-conflict = Ово је у сукобу са нечим што већ постоји.
error-gone-revoked = Овај линк за позив више не ради: наставници простора су га повукли.
error-gone-expired = Овај линк за позив више не ради: истекао је.
error-gone-used_up = Овај линк за позив више не ради: искоришћен је онолико пута колико је дозвољено.
error-conflict-name_taken = „{ $name }” већ постоји овде. Изаберите друго име.
error-conflict-in_trash = „{ $name }” је у корпи: прво то вратите из корпе.
error-conflict-not_in_trash = „{ $name }” није у корпи.
error-conflict-parent_in_trash = „{ $name }” се налази у фасцикли која је сада у корпи: прво вратите ту фасциклу.
error-conflict-folder_not_empty = Фасцикла „{ $name }” није празна: прво преместите њен садржај у корпу.
error-conflict-wrong_status = Статус овог налога ({ $status }) то не дозвољава.
error-unauthenticated = Пријавите се.
error-network = Сервер није доступан. Проверите везу и покушајте поново.
error-generic = Дошло је до грешке. Покушајте поново.
error-too_large = Ово је превелико.
error-quota_exceeded = У овом простору нема довољно слободног места.
error-unsupported = Сервер не може да прихвати ову врсту захтева.
error-aborted = Отпремање је заустављено.
error-rate_limited_wait = Превише покушаја. Покушајте поново { $wait }.
error-fields = Нека поља захтевају вашу пажњу: погледајте поруку испод сваког од њих.
error-account_rejected = Национални администратор ваше земље није прихватио ову регистрацију, па пријава са овим налогом није могућа. Ако мислите да је то грешка, обратите се Националној организацији за подршку програму eTwinning у својој земљи.
error-account_suspended = Национални администратор ваше земље је суспендовао овај налог: пријава са њим засад није могућа. Да бисте сазнали зашто или затражили да вам се налог врати, обратите се Националној организацији за подршку програму eTwinning у својој земљи.
error-malformed = Страница је послала нешто што сервер није могао да прочита. Поново учитајте страницу и покушајте поново.
error-csrf = Безбедносна провера странице није успела. Поново учитајте страницу и покушајте поново.
error-limit_exceeded = Ово прелази ограничење постављено за овај простор.
error-unavailable = Сервер је заузет или један његов део не одговара. Покушајте поново за тренутак.
error-internal = Дошло је до грешке на серверу. Покушајте поново касније.
error-insufficient_storage = На серверу више нема места за датотеке. Ништа није сачувано; обавестите особу за контакт за eTwinning у својој школи.
error-request_timeout = Слање је трајало предуго и прекинуто је. Проверите везу и покушајте поново.
error-conflict-not_a_guest = Ова имејл адреса припада eTwinning налогу. Наставнике позивају администратори простора, а не линк за госте.

## notice
notice-post-pending = Хвала! Наставник ће прочитати вашу објаву пре него што је сви буду видели.
notice-post-approved = Наставник је прочитао вашу објаву. Сада је сви у пројекту могу видети.
notice-post-rejected = Наставник је одлучио да не прикаже вашу објаву. Можете питати свог наставника зашто.
notice-post-hidden = Наставник је засад сакрио вашу објаву. Можете питати свог наставника зашто.
notice-post-restored = Наставник је поново приказао вашу објаву. Сада је сви могу видети.
notice-post-purged = Наставник је уклонио вашу објаву.
notice-member-muted = Можете да читате пројекат, али неко време не можете да пишете.
notice-member-unmuted = Поново можете да пишете у пројекту.
notice-chat-mention = { $name } вас помиње у ћаскању.

## video
video-section = Видео
video-open_sessions = Отворене видео-сесије
video-none = Нема отворене видео-сесије.
video-start_title = Покретање видео-сесије
video-title = Наслов (није обавезно)
video-lobby = Ученици чекају у чекаоници док их наставник не пусти
video-start = Покрени
video-join_named = Придружи се: „{ $title }”
video-nobody_in_call = Још нико није у позиву
video-people_in_call =
    { $count ->
        [one] { $count } особа у позиву
        [few] { $count } особе у позиву
       *[other] { $count } особа у позиву
    }
video-locked = (закључана)
video-back = Назад на простор
video-participants = Учесници
video-my_controls = Ваш микрофон и камера
video-chat = Ћаскање сесије
video-starting_media = Укључивање камере и микрофона…
video-in_call = У позиву сте.
video-waiting_in_lobby = У чекаоници сте. Наставник ће вас ускоро пустити.
video-no_media = Ниједна камера ни микрофон нису могли да се користе: ипак можете да видите и чујете остале.
video-partial_media = Само део ваше камере и микрофона је могао да се користи.
video-enable_sound = Укључи звук
video-mic_on = Микрофон је укључен
video-mic_off = Микрофон је искључен
video-mic_forced = Наставник је искључио микрофон
video-camera_on = Камера је укључена
video-camera_off = Камера је искључена
video-hand_raised = Подигнута рука
video-mute_me = Искључи мој микрофон
video-unmute_me = Укључи мој микрофон
video-camera_stop = Искључи моју камеру
video-camera_start = Укључи моју камеру
video-hand_raise = Подигни руку
video-hand_lower = Спусти руку
video-leave = Изађи
video-you_are_muted = Наставник вам је искључио микрофон. Моћи ћете да га укључите када наставник то дозволи.
video-muted_by_teacher = Наставник вам је искључио микрофон.
video-unmute_allowed = Наставник вам дозвољава да поново укључите микрофон.
video-mute_other = Искључи микрофон
video-mute_named = Искључи микрофон: { $name }
video-allow_unmute = Дозволи микрофон
video-allow_unmute_named = Дозволи микрофон: { $name }
video-remove = Уклони
video-remove_named = Уклони из сесије: { $name }
video-lobby_title = Чекаоница
video-lobby_empty = Нико не чека.
video-admit = Пусти унутра
video-admit_named = Пусти унутра: { $name }
video-deny = Не пуштај
video-deny_named = Не пуштај: { $name }
video-manage = Ова сесија
video-is_open = Отворена: чланови могу да се придруже.
video-is_locked = Закључана: само наставници могу да се придруже.
video-lock = Закључај сесију
video-end = Заврши сесију за све
video-ended = Сесија је завршена.
video-ended_space_archived = Сесија је завршена: њен простор је архивиран.
video-ended_space_deleted = Сесија је завршена: њен простор је обрисан.
video-ended_empty = Сесија је завршена: неко време у њој није било никога.
video-no_teacher_yet = У овој сесији још нема наставника, па вас нико не може пустити. Можете да сачекате овде или да изађете.
video-leave_lobby = Изађи из чекаонице
video-removed = Наставник вас је уклонио из сесије.
video-denied = Наставник вас није пустио у ову сесију.
video-left = Изашли сте из сесије.
video-full = Ова сесија је попуњена.
video-refused = Не можете да се придружите овој сесији.
video-signal_refused = Сервер је одбио оно што је послао ваш прегледач. Покушајте да изађете и поново се придружите.
video-sfu_moving = Сесија је порасла: позив прелази на медијски сервер одељења…
video-sfu_unreachable = Медијски сервер одељења није доступан. Нови покушај…
video-sfu_no_seat = Сва места за камеру у овој сесији су заузета: ви видите и чујете остале, али они вас не виде и не чују.
video-sfu_not_sent = Ваша камера и микрофон нису могли да се пошаљу. И даље видите и чујете остале.

## forum
forum-title = Форум
forum-threads = Теме
forum-posts = Објаве
forum-areas = Делови форума
forum-area-open = Отворени форум
forum-area-teachers = Билтен наставника
forum-empty = Још нема тема.
forum-thread_meta =
    { $count ->
        [one] аутор: { $author } · { $count } објава · { $when }
        [few] аутор: { $author } · { $count } објаве · { $when }
       *[other] аутор: { $author } · { $count } објава · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } нова
        [few] { $count } нове
       *[other] { $count } нових
    }
forum-pinned = закачена
forum-locked = закључана
forum-new_thread = Нова тема
forum-new_bulletin = Нова тема у Билтену наставника
forum-thread_title = Наслов теме
forum-first_post = Прва објава
forum-start = Покрени тему
forum-thread_started = Тема је покренута.
forum-thread_held = Хвала! Наставник ће прочитати вашу тему пре него што је сви буду видели.
forum-back = Назад на теме
forum-reply_label = Ваш одговор
forum-send = Објави одговор
forum-no_reply = Не можете да одговорите у овој теми.
forum-held = Хвала! Наставник ће прочитати вашу објаву пре него што је сви буду видели.
forum-edited = (измењена)
forum-edit = Измени
forum-edit_label = Измените своју објаву
forum-save = Сачувај
forum-saved = Ваша објава је измењена.
forum-cancel = Откажи
forum-delete = Обриши
forum-deleted = Објава је обрисана.
forum-report = Пријави
forum-report_reason = Шта није у реду са овом објавом? (није обавезно)
forum-report_send = Пошаљи пријаву
forum-reported = Хвала. Наставници су обавештени.
forum-hide = Сакриј
forum-restore = Врати
forum-approve = Одобри
forum-reject = Одбиј
forum-done-hide = Објава је сакривена од одељења.
forum-done-restore = Објава се поново приказује.
forum-done-approve = Објава је одобрена: сви могу да је виде.
forum-done-reject = Објава је одбијена: види је само њен аутор.
forum-state-pending = чека наставника
forum-state-hidden = сакривена
forum-state-rejected = није објављена
forum-state-deleted = обрисана
forum-pin = Закачи
forum-unpin = Откачи
forum-lock = Закључај
forum-unlock = Откључај
forum-thread_changed = Тема је измењена.
forum-thread_gone = Ова тема вам више није доступна.
forum-moderation = Модерација
forum-queue = Чека одобрење
forum-queue_empty = Ниједна објава не чека.
forum-reports = Пријаве
forum-reports_empty = Нема отворених пријава.
forum-reported_by = пријава: { $name }
forum-report_said = Разлог: { $reason }
forum-resolve = Затвори пријаву
forum-resolved = Пријава је затворена.

## reactions
reaction-bar = Реакције
reaction-add = Додај реакцију
reaction-picker = Изабери реакцију
reaction-count =
    { $count ->
        [one] { $name }: { $count } особа
        [few] { $name }: { $count } особе
       *[other] { $name }: { $count } особа
    }
reaction-thumbs_up = Палац горе
reaction-heart = Срце
reaction-clap = Браво
reaction-laugh = Смешно
reaction-idea = Добра идеја
reaction-question = Имам питање

## archive
archive-title = Датотеке
archive-usage = Искоришћено { $used } од { $quota }
archive-where = Фасцикла
archive-top = Све датотеке
archive-empty = Ова фасцикла је празна.
archive-contents = Фасцикле и датотеке
archive-name = Назив
archive-size = Величина
archive-by = Аутор
archive-when = Измењено
archive-actions = Радње
archive-former_member = бивши члан
archive-choose = Изабери датотеку
archive-upload = Отпреми
archive-progress = Напредак отпремања
archive-uploading = Отпремање: { $name } ({ $percent })
archive-uploaded = Датотека „{ $name }” је отпремљена.
archive-too_large = Ова датотека је превелика: датотеке могу имати највише { $max }.
archive-quota = У датотекама овог простора нема довољно места (слободно: { $free }). Замолите наставника да уклони старе датотеке.
archive-new_folder = Нова фасцикла
archive-create_folder = Направи фасциклу
archive-folder_created = Фасцикла „{ $name }” је направљена.
archive-download = Преузми
archive-download_named = Преузми: { $name }
archive-rename = Преименуј
archive-rename_named = Преименуј: { $name }
archive-new_name = Нови назив
archive-save = Сачувај
archive-cancel = Откажи
archive-renamed = Нови назив је „{ $name }”.
archive-trash = Премести у корпу
archive-trash_named = Премести у корпу: { $name }
archive-trashed = „{ $name }” је у корпи.
archive-show_trash = Корпа
archive-trash_empty = Корпа је празна.
archive-restore = Врати
archive-restore_named = Врати: { $name }
archive-restored = „{ $name }” је поново на свом месту.
archive-purge = Трајно обриши
archive-purge_named = Трајно обриши: { $name }
archive-purged = „{ $name }” више не постоји.
archive-choose_first = Изаберите датотеку за отпремање.
archive-no_file = Још није изабрана датотека.
archive-name_taken = Овде већ постоји нешто са тим називом. Изаберите други назив.

## unit
unit-b = B
unit-kb = KB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Попуните ово поље.
field-unknown = Ово поље се овде не очекује.
field-type = Ова вредност није одговарајуће врсте.
field-blank = Напишите нешто овде: сами размаци се не рачунају.
field-too_short =
    { $count ->
        [one] Напишите најмање { $min } знак.
        [few] Напишите најмање { $min } знака.
       *[other] Напишите најмање { $min } знакова.
    }
field-too_long =
    { $count ->
        [one] Напишите највише { $max } знак.
        [few] Напишите највише { $max } знака.
       *[other] Напишите највише { $max } знакова.
    }
field-too_small = Унесите најмање { $min }.
field-too_large = Унесите највише { $max }.
field-format = Ово није у очекиваном облику.
field-choice = Изаберите једну од понуђених могућности.
field-invalid = Ова вредност није прихваћена.

## confirm
confirm-cancel = Откажи
confirm-trash_file = Преместити „{ $name }” у корпу?
confirm-trash_file_lost = Чланови више неће видети ову датотеку. Наставник може да је врати из корпе.
confirm-trash_folder = Преместити фасциклу „{ $name }” у корпу?
confirm-trash_folder_lost = Чланови више неће видети ову фасциклу ни било шта у њој. Наставник може да је врати из корпе.
confirm-purge = Трајно обрисати „{ $name }”?
confirm-purge_lost = Нестаће за све и неће моћи да се врати.
confirm-delete_post = Обрисати ову објаву?
confirm-delete_post_lost = Њен текст ће нестати за све. Ово се не може опозвати.
confirm-delete_message = Обрисати ову поруку?
confirm-delete_message_lost = Њен текст ће нестати за све. Ово се не може опозвати.
confirm-end_session = Завршити сесију за све?
confirm-end_session_lost = Сви одмах излазе из позива, а сесија се више не може поново отворити.
confirm-remove_participant = Уклонити из сесије: { $name }?
confirm-remove_participant_lost = { $name } одмах излази из позива и не може да се врати у ову сесију.
confirm-deny = Не пустити: { $name }?
confirm-deny_lost = { $name } неће ући у ову сесију.

## page
page-not_found = Страница није пронађена
page-not_found_text = На овој адреси нема странице.
page-go_spaces = Иди на моје просторе
page-go_sign_in = Иди на страницу за пријаву

## form
form-required = Попуните ово поље.
form-email_format = Напишите имејл адресу, на пример name@school.eu.
form-password_short = Користите најмање 10 знакова.
form-password_long = Користите највише 200 знакова.
form-password_mismatch = Две лозинке се не подударају.
form-password_hint = Најмање 10 знакова. Неколико речи које ћете запамтити добро је решење.
form-check_fields = Проверите поља означена изнад.
form-field_invalid = Ова вредност није прихваћена.

## register
register-title = Прављење eTwinner налога
register-intro = За наставнике. Национални администратор ваше земље проверава да ли предајете у школи, а затим потврђује ваш налог. Ученици се не региструју: њихове налоге прави њихов наставник.
register-name = Ваше име
register-school = Школа
register-country = Земља
register-country_choose = Изаберите своју земљу
register-submit = Направи мој налог
register-email_taken = Налог са овом имејл адресом већ постоји. Пријавите се или затражите нову лозинку.
register-have_account = Већ имате налог? Пријавите се

## pending
pending-title = Ваш налог чека потврду
pending-who_heading = Ко га потврђује
pending-who = Национални администратор ваше земље ({ $country }) проверава да ли предајете у школи коју сте навели, а затим потврђује ваш налог.
pending-next_heading = Шта следи
pending-next_validate = Када ваш налог буде потврђен, постајете eTwinner: можете да правите просторе, да добијате позиве у пројекте и да правите налоге својих ученика. Пријавите се поново или притисните „Провери поново” да бисте то видели.
pending-next_reject = Ако национални администратор не прихвати вашу регистрацију, сазнаћете то при пријави.
pending-next_meanwhile = До тада можете да промените своје име и лозинку у делу „Мој налог”.
pending-check = Провери поново
pending-still = Ваш налог још чека потврду.
pending-count =
    { $count ->
        [one] { $count } чека модерацију
        [few] { $count } чекају модерацију
       *[other] { $count } чека модерацију
    }

## forgot
forgot-title = Заборавили сте лозинку?
forgot-intro = Напишите имејл адресу свог налога. Послаћемо линк за избор нове лозинке.
forgot-submit = Пошаљи ми линк
forgot-sent = Ако постоји налог са овом адресом, линк је послат на њу. Линк ради једном, ограничено време. Проверите и фасциклу за нежељену пошту.
forgot-pupils = Ученици: овде немате имејл адресу. Затражите нови код од свог наставника.
forgot-back = Назад на пријаву

## reset
reset-title = Изаберите нову лозинку
reset-intro = Избор нове лозинке вас одјављује са свих других уређаја.
reset-password = Нова лозинка
reset-confirm = Поновите нову лозинку
reset-submit = Сачувај нову лозинку
reset-gone = Овај линк је истекао или је већ искоришћен. Затражите нови.
reset-done = Ваша лозинка је промењена. Пријавите се новом лозинком.
reset-ask_again = Затражи нови линк

## account
account-title = Мој налог
account-signed_in_with = Пријављујете се адресом { $email }.
account-name_heading = Ваше име
account-name = Име које други виде
account-save_name = Сачувај име
account-name_saved = Ваше име је сачувано.
account-pupil_note = Ово име бира и мења ваш наставник. Питајте наставника ако треба да се промени.
account-password_heading = Ваша лозинка
account-password_intro = Промена лозинке вас одјављује са осталих уређаја; овде остајете пријављени.
account-current_password = Тренутна лозинка
account-new_password = Нова лозинка
account-confirm_password = Поновите нову лозинку
account-save_password = Промени лозинку
account-password_saved = Ваша лозинка је промењена.
account-current_wrong = Ово није ваша тренутна лозинка.
account-everywhere_heading = Одјава свуда
account-everywhere_intro = Прекида вашу пријаву на сваком уређају и прегледачу, укључујући и овај: изгубљени телефон или заједнички рачунар више неће отварати ваш налог.
account-everywhere = Одјави се свуда…
account-everywhere_question = Одјавити се на свим уређајима, укључујући и овај? Отворене странице се одмах затварају, а све што у њима још није послато биће изгубљено.
account-everywhere_confirm = Да, одјави ме свуда
account-everywhere_done = Одјављени сте на свим уређајима.
account-cancel = Откажи

## admin
admin-nav = Конзола за потврђивање
admin-title = Конзола националног администратора
admin-country = Земља: { $country }
admin-only_national_admins = Ова страница је за националне администраторе.
admin-pending_heading = Наставници који чекају потврду
admin-pending_count =
    { $count ->
        [one] { $count } наставник чека.
        [few] { $count } наставника чекају.
       *[other] { $count } наставника чека.
    }
admin-pending_none = Ниједан наставник не чека потврду.
admin-select_all = Изабери све
admin-select_first = Прво изаберите бар једног наставника.
admin-validate_selected = Потврди изабране
admin-reject_selected = Одбиј изабране…
admin-validated =
    { $count ->
        [one] Потврђен је { $count } наставник.
        [few] Потврђена су { $count } наставника.
       *[other] Потврђено је { $count } наставника.
    }
admin-rejected =
    { $count ->
        [one] Одбијена је { $count } регистрација.
        [few] Одбијене су { $count } регистрације.
       *[other] Одбијено је { $count } регистрација.
    }
admin-reject_question =
    { $count ->
        [one] Одбити регистрацију: { $names }? Са тим налогом пријава неће бити могућа, а ово се не може опозвати.
        [few] Одбити ове регистрације ({ $count }): { $names }? Са тим налозима пријава неће бити могућа, а ово се не може опозвати.
       *[other] Одбити ове регистрације ({ $count }): { $names }? Са тим налозима пријава неће бити могућа, а ово се не може опозвати.
    }
admin-reject_reason = Разлог одбијања
admin-reject_heading = Одбијање регистрација
admin-suspend_heading = Суспендовање налога
admin-reinstate_heading = Враћање налога
admin-reject_reason_hint = Чува се у дневнику ревизије заједно са вашим именом.
admin-reject_confirm =
    { $count ->
        [one] Одбиј { $count } регистрацију
        [few] Одбиј { $count } регистрације
       *[other] Одбиј { $count } регистрација
    }
admin-failed_one = { $name }: { $why }
admin-school = Школа: { $school }
admin-registered = Регистрација: { $date }
admin-search_heading = Проналажење налога
admin-search_label = Име, имејл адреса или школа
admin-search_hint = Само налози из ваше земље. Оставите празно да бисте видели све, од најновијих.
admin-search = Претражи
admin-showing = { $from }–{ $to } од { $total }
admin-no_match = Ниједан налог не одговара.
admin-previous = Претходна страница
admin-next = Следећа страница
admin-suspend = Суспендуј…
admin-suspend_named = Суспендуј: { $name }…
admin-suspend_question = Суспендовати налог: { $name }? Налог се одмах одјављује свуда, његове отворене странице се затварају и њиме се не може пријавити док га не вратите.
admin-suspend_reason = Разлог суспензије
admin-suspend_confirm = Да, суспендуј
admin-suspend_done = Налог је суспендован: { $name }.
admin-reinstate = Врати…
admin-reinstate_named = Врати: { $name }…
admin-reinstate_question = Вратити налог: { $name }? Пријава са њим ће поново бити могућа.
admin-reinstate_reason = Разлог (није обавезно)
admin-reinstate_confirm = Врати
admin-reinstate_done = Налог је враћен: { $name }.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Да бисте потврдили, откуцајте наслов простора: { $text }

## status
status-active = активан
status-pending = чека потврду
status-suspended = суспендован
status-rejected = одбијен
status-erased = избрисан

## names
names-marked = { $name } ({ $mark })

## members
members-username = корисничко име { $username }
members-role_of = Улога: { $name }
members-change_role = Промени улогу
members-role_question = { $name }: променити улогу из „{ $from }” у „{ $to }”?
members-role_consequence = Од сада { $name } може да ради све што дозвољава улога „{ $to }”, одмах на свим уређајима.
members-role_confirm = Промени улогу
members-role_changed = { $name } сада има улогу „{ $role }”.
members-reset_code = Нови код
members-reset_question = { $name }: дати нови код за пријаву?
members-reset_consequence = Стари код одмах престаје да ради и ученик се одјављује свуда. Ви уручујете нову картицу.
members-reset_confirm = Направи нови код
members-reset_done = { $name } има нови код: уручите нову картицу испод.
members-export = Извези податке
members-remove = Уклони
members-remove_question = Уклонити из овог простора: { $name }?
members-remove_consequence = { $name } одмах губи приступ овом простору, на свим уређајима.
members-remove_pupil_kept = Налог, објаве и датотеке ученика остају; ученика касније можете поново да додате.
members-remove_kept = Објаве и датотеке овог члана остају у простору.
members-remove_confirm = Уклони
members-removed = { $name } више није члан простора.
members-erase = Избриши налог
members-leave = Напусти овај простор
members-leave_question = Напустити „{ $title }”?
members-leave_consequence = Одмах губите приступ његовим форумима, датотекама, ћаскању и видеу. Само наставник администратор може да вас врати.
members-leave_kept = Оно што сте написали и отпремили остаје у простору.
members-leave_confirm = Напусти простор
members-left = Напустили сте „{ $title }”.

## erase
erase-question = Избрисати налог: { $name }?
erase-account_gone = Име, корисничко име и код ученика трајно се бришу.
erase-signed_out = Ученик се одмах одјављује и више никада неће моћи да се пријави.
erase-no_undo = Ово се не може опозвати.
erase-export_first = Ако ученик или породица можда желе копију, прво извезите податке.
erase-posts = Објаве и поруке ученика у ћаскању
erase-posts_keep = Задржи их, са ознаком „бивши ученик”
erase-posts_remove = Трајно их уклони
erase-files = Датотеке ученика
erase-files_keep = Задржи их, са власником „бивши ученик”
erase-files_remove = Трајно их уклони
erase-confirm = Избриши налог
erase-done = Налог је избрисан: { $name }.

## invite_teacher
invite_teacher-title = Позив наставнику партнеру
invite_teacher-by_email = Путем имејл адресе
invite_teacher-role = Улога
invite_teacher-submit = Позови
invite_teacher-done = { $name } се придружује са улогом „{ $role }”.
invite_teacher-not_etwinner = Ниједан потврђени eTwinner нема ову адресу или не смете да доделите ову улогу.
invite_teacher-find = Проналажење eTwinner-а
invite_teacher-query = Име, школа или земља
invite_teacher-search = Претражи
invite_teacher-results = Пронађени eTwinner-и
invite_teacher-none = Није пронађен ниједан eTwinner.
invite_teacher-more = Још резултата
invite_teacher-member = Члан овог простора
invite_teacher-invite = Позови
invite_teacher-role_for = Улога: { $name }

## pupils
pupils-title = Додавање ученика
pupils-one_title = Један ученик
pupils-name = Име ученика
pupils-add_one = Додај ученика
pupils-class_title = Цело одељење
pupils-class_names = Имена ученика
pupils-class_help = Једно име по реду, онако како ће други видети ученике.
pupils-add_class = Додај одељење
pupils-class_empty = Напишите бар једно име.
pupils-language = Језик странице за ове ученике
pupils-language_help = Након пријаве виде TwinSpace Live на овом језику. Сваки ученик га касније може променити.
pupils-line_errors = Редови за исправку
pupils-line_error = Ред { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } ред треба исправити; ништа није направљено.
        [few] { $count } реда треба исправити; ништа није направљено.
       *[other] { $count } редова треба исправити; ништа није направљено.
    }
pupils-created =
    { $count ->
        [one] Додат је { $count } ученик.
        [few] Додата су { $count } ученика.
       *[other] Додато је { $count } ученика.
    }

## cards
cards-title = Картице за пријаву
cards-once = Ови кодови се приказују само сада. Одштампајте картице или запишите кодове пре него што напустите ову страницу.
cards-site = Пријава на
cards-print = Одштампај картице
cards-done = Готово: сакриј кодове

## links
links-tab = Линкови за госте
links-intro = Линк за госте омогућава стручњаку или посматрачу да се придружи овом TwinSpace-у као гост. Свако ко има линк може да га користи, док не истекне или не буде потрошен.
links-create_title = Нови линк за госте
links-valid_for = Важи
links-days =
    { $count ->
        [one] { $count } дан
        [few] { $count } дана
       *[other] { $count } дана
    }
links-uses = Број коришћења
links-note = Напомена (за кога је)
links-create = Направи линк
links-new = Нови линк
links-once = Копирајте га сада: приказује се само једном.
links-copy = Копирај
links-copied = Линк је копиран.
links-select_copy = Линк је изабран: притисните Ctrl+C (⌘+C) да бисте га копирали.
links-live = Активни линкови
links-empty = Нема активног линка за госте.
links-untitled = Линк за госте
links-used =
    { $count ->
        [one] коришћења: { $used } од { $count }
        [few] коришћења: { $used } од { $count }
       *[other] коришћења: { $used } од { $count }
    }
links-until = до { $time }
links-revoke = Опозови
links-revoke_question = Опозвати овај линк за госте?
links-revoke_consequence = Више нико неће моћи да се придружи помоћу њега.
links-revoke_kept = Гости који су се придружили помоћу њега остају чланови.
links-revoked = Линк је опозван.

## settings
settings-tab = Подешавања
settings-space = Простор
settings-pupils = Ученици
settings-premoderate_pupils = Задржи објаве ученика док их наставник не одобри
settings-pupils_may_create_threads = Ученици могу да покрећу теме
settings-pupils_may_upload = Ученици могу да отпремају датотеке
settings-save = Сачувај
settings-saved = Подешавања су сачувана.
settings-archive_title = Архивирање
settings-archive_text = Архивирани простор чланови и даље могу да читају, али нико не може да објављује, отпрема или покреће видео-сесију.
settings-archive = Архивирај овај простор
settings-archive_question = Архивирати „{ $title }”?
settings-archive_read_only = Више нико не може да објављује, отпрема нити да било шта мења.
settings-archive_video = Видео-сесије које су у току одмах се завршавају.
settings-archive_undo = Оснивач касније може поново да отвори простор.
settings-archive_confirm = Архивирај
settings-archived_title = Овај простор је архивиран
settings-archived_text = Доступан је само за читање. Поново га отворите да би чланови могли да објављују и отпремају.
settings-unarchive = Поново отвори
settings-unarchive_question = Поново отворити „{ $title }”?
settings-unarchive_consequence = Чланови поново могу да објављују, отпремају и покрећу видео-сесије.
settings-delete_title = Брисање простора
settings-delete_text = Брисањем се простор и све у њему трајно уклањају.
settings-delete = Обриши овај простор
settings-delete_question = Трајно обрисати „{ $title }”?
settings-delete_content = Бришу се све теме на форуму, поруке у ћаскању и датотеке, са свим својим верзијама.
settings-delete_members = Сви чланови губе простор; налози ученика остају само у њиховим другим просторима.
settings-delete_video = Видео-сесије које су у току одмах се завршавају.
settings-delete_no_undo = Брише се и дневник ревизије. Ово се не може опозвати.
settings-delete_confirm = Трајно обриши
settings-deleted = Простор „{ $title }” је обрисан.

## audit
audit-tab = Дневник ревизије
audit-caption = Шта је урађено у овом простору, од најновијег
audit-when = Када
audit-who = Ко
audit-what = Шта
audit-empty = Још ништа није забележено.
audit-older = Прикажи старије уносе
audit-system = Сервер
audit-former_member = Бивши члан
audit-former_member_target = бивши члан
audit-reason = Разлог: { $reason }
audit-other = Радња „{ $action }” { $target }
audit-space-created = Прављење простора
audit-space-settings_changed = Промена подешавања простора
audit-space-archived = Архивирање простора
audit-space-unarchived = Поновно отварање простора
audit-member-invited = Позив: { $target }, улога „{ $role }”
audit-member-role_changed = Промена улоге: { $target }, из „{ $from }” у „{ $role }”
audit-member-removed = Уклањање из простора: { $target }
audit-member-left = Напуштање простора
audit-member-muted = Забрана писања: { $target }
audit-member-unmuted = Крај забране писања: { $target }
audit-pupil-created = Прављење ученичког налога: { $target }
audit-pupil-added = Додавање ученика: { $target }
audit-pupil-code_reset = Нови код за пријаву: { $target }
audit-pupil-exported = Извоз података: { $target }
audit-pupil-erased = Брисање налога ученика
audit-invitation-created = Прављење линка за госте
audit-invitation-revoked = Опозивање линка за госте
audit-invitation-accepted = Придруживање помоћу линка за госте
audit-video-started = Покретање видео-сесије
audit-video-ended = Завршавање видео-сесије
audit-video-locked = Закључавање видео-сесије
audit-video-unlocked = Откључавање видео-сесије
audit-video-admitted = Пуштање у видео-сесију: { $target }
audit-video-denied = Одбијен улазак у видео-сесију: { $target }
audit-video-muted = Искључивање микрофона у видео-сесији: { $target }
audit-video-unmuted = Поново дозвољен говор у видео-сесији: { $target }
audit-video-removed = Уклањање из видео-сесије: { $target }
audit-video-spotlight = Промена истакнутог учесника видео-сесије
audit-post-hidden = Сакривање објаве
audit-post-restored = Враћање објаве
audit-post-approved = Одобравање објаве
audit-post-rejected = Одбијање објаве
audit-post-purged = Трајно уклањање објаве
audit-post-reported = Пријава објаве
audit-report-resolved = Затварање пријаве
audit-thread-pinned = Качење теме
audit-thread-unpinned = Откачивање теме
audit-thread-locked = Закључавање теме
audit-thread-unlocked = Откључавање теме
audit-archive-folder_created = Прављење фасцикле
audit-archive-folder_renamed = Преименовање фасцикле
audit-archive-folder_moved = Премештање фасцикле
audit-archive-folder_trashed = Премештање фасцикле у корпу
audit-archive-folder_restored = Враћање фасцикле из корпе
audit-archive-folder_purged = Трајно уклањање фасцикле
audit-archive-file_added = Додавање датотеке
audit-archive-file_version_added = Додавање верзије датотеке
audit-archive-file_renamed = Преименовање датотеке
audit-archive-file_moved = Премештање датотеке
audit-archive-file_trashed = Премештање датотеке у корпу
audit-archive-file_restored = Враћање датотеке из корпе
audit-archive-file_purged = Трајно уклањање датотеке
audit-chat-expired = Уклањање порука из ћаскања којима је истекао рок
audit-audit-retention_changed = Промена трајања чувања уноса у дневнику ревизије
audit-group-joined = Улазак у групу
audit-group-requested = Захтев за улазак у групу
audit-group-request_accepted = Прихваћен захтев: { $target }
audit-group-request_declined = Одбијен захтев: { $target }
audit-group-request_withdrawn = Повучен захтев за улазак
audit-member-banned = Блокада: { $target }
audit-member-unbanned = Уклоњена блокада: { $target }
audit-group-featured = Група истакнута
audit-group-unfeatured = Група више није истакнута
audit-group-moderator_appointed = Поверена модерација: { $target }

## group_role
group_role-founder = Власништво групе
group_role-admin = Модерација
group_role-teacher = Члан групе

## readers
readers-title = Сада читају
readers-more =
    { $count ->
        [one] и још { $count } особа
        [few] и још { $count } особе
       *[other] и још { $count } особа
    }

## groups
groups-nav = Групе
groups-title = eTwinning групе
groups-intro = Заједнице eTwinner-а око предмета, теме или области интересовања. Учествују само потврђени eTwinner-и.
groups-search = Пронађи групу
groups-words = Речи из наслова
groups-topic = Тема
groups-language = Језик
groups-language_any = Сви језици
groups-language_choose = Изаберите језик
groups-country = Земља члана групе
groups-country_any = Све земље
groups-search_submit = Претражи
groups-found = Групе
groups-empty = Ниједна група не одговара овој претрази.
groups-more = Прикажи још група
groups-featured = Истакнута
groups-topic_is = Тема: { $topic }
groups-members =
    { $count ->
        [one] { $count } члан
        [few] { $count } члана
       *[other] { $count } чланова
    }
groups-access_short-open = Отворена
groups-access_short-closed = Затворена
groups-standing-member = У групи сте. Ваша улога: { $role }
groups-standing-requested = Затражили сте улазак у ову групу.
groups-standing-banned = Модераторски тим ове групе не дозвољава вам улазак.
groups-join = Придружи се
groups-ask = Затражи улазак
groups-ask_message = Порука за модераторски тим (необавезно)
groups-withdraw = Повуци мој захтев
groups-open_group = Отвори групу
groups-joined = Сада сте у групи „{ $title }”.
groups-asked = Ваш захтев за улазак у „{ $title }” послат је модераторском тиму.
groups-withdrawn = Ваш захтев за улазак у „{ $title }” је повучен.
groups-waiting = Модераторски тим ће одговорити на ваш захтев. Ова страница приказује одговор чим стигне.
groups-accepted = Ваш захтев је прихваћен: добро дошли у „{ $title }”.
groups-not_accepted = Ваш захтев није прихваћен. Можете поново да га пошаљете.
groups-back = Назад на групе
groups-create = Направи групу
groups-group_title = Наслов
groups-description = Опис (необавезно)
groups-access = Ко може да се придружи
groups-access-open = Отворена: сваки eTwinner одмах улази
groups-access-closed = Затворена: модераторски тим прихвата сваки захтев
groups-create_submit = Направи групу
groups-created = Група „{ $title }” је направљена.
groups-members_search = Пронађи члана групе
groups-members_more = Прикажи још чланова
groups-leave = Напусти ову групу
groups-leave_consequence = Одмах губите приступ форуму, датотекама, ћаскању и видеу групе.
groups-leave_kept = Оно што сте написали и отпремили остаје у групи. Можете се вратити преко именика група.
groups-leave_confirm = Напусти групу
groups-requests = Захтеви за улазак
groups-requests_empty = Нико не чека.
groups-accept = Прихвати
groups-decline = Одбиј
groups-accepted_member = { $name } је сада у групи.
groups-declined = Захтев: { $name } – одбијен.
groups-ban = Блокирај
groups-ban_question = Блокирати приступ групи: { $name }?
groups-ban_consequence = { $name } одмах напушта групу и не може да се врати ни да то затражи.
groups-ban_kept = Објаве и датотеке остају у групи. Блокаду можете касније да уклоните.
groups-ban_reason = Разлог (необавезно, остаје у дневнику)
groups-ban_confirm = Блокирај
groups-banned = Блокирано: { $name }.
groups-bans = Блокирани eTwinner-и
groups-bans_empty = Нема блокада.
groups-lift = Уклони блокаду
groups-lifted = { $name } поново може да се придружи.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Изаберите нову лозинку за TwinSpace Live
mail-reset_body =
    Поздрав, { $name },

    Неко, вероватно ви, затражио је избор нове лозинке за ваш TwinSpace Live налог.
    Отворите овај линк да бисте је изабрали (ради једном, { $minutes } мин.):

    { $link }

    Избор нове лозинке вас одјављује са свих других места.
    Ако ово нисте тражили, занемарите ову поруку: ваша лозинка остаје иста.

    TwinSpace Live

## events (issue 22)
events-nav = Догађаји
events-title = Предстојећи догађаји
events-empty = За вас још нема предстојећих догађаја.
events-more = Прикажи још догађаја
events-schedule = Закажи догађај
events-zone = Времена су приказана у вашој временској зони: { $zone }
events-audience-etwinners = Сви eTwinner-и
events-audience-country = eTwinner-и из ове земље: { $country }
events-audience-group = Чланови групе
events-audience-twinspace = Чланови TwinSpace-а
events-organising = Ви организујете овај догађај.
events-registered = Ваша пријава је сачувана.
events-waiting = На листи сте чекања (место { $position }).
events-state-live = Сада уживо
events-state-ended = Овај догађај је завршен.
events-state-cancelled = Овај догађај је отказан.
events-places = Заузета места: { $taken } од { $capacity }
event_form-new_title = Закажи догађај
event_form-edit_title = Измени догађај
event_form-title = Наслов
event_form-description = Опис
event_form-date = Датум
event_form-time = Време почетка
event_form-duration = Трајање у минутима
event_form-space = Група или TwinSpace
event_form-speakers_hint = Изаберите међу наставницима својих група и TwinSpace-ова.
event_form-no_speakers = Још нема никога за избор.
event_form-create = Закажи догађај
event_form-save = Сачувај измене
event_form-created = „{ $title }” је заказан.
event_form-saved = Измене за „{ $title }” су сачуване.
event_form-start_past = Изаберите почетак у будућности.
event-title = Догађај
event-back = Сви догађаји
event-when = Када
event-language = Језик
event-audience = Ко може да се пријави
event-organiser = Организација
event-speakers = Излагачи
event-places = Места
event-no_speakers = Излагачи још нису наведени.
event-waiting_count = На листи чекања: { $waiting }
event-registration = Ваше место
event-speaking = На овом догађају излажете.
event-full = Сва места су заузета: ако се пријавите, бићете на листи чекања.
event-register = Пријави ме
event-unregister = Уступи своје место
event-leave_waiting = Напусти листу чекања
event-unregister_confirm_title = Одјавити се са „{ $title }”?
event-unregister_confirm = Ваш ред добија следећа особа са листе чекања. Ако се поново пријавите, можда ћете морати да чекате.
event-unregistered = Ваша пријава је поништена.
event-calendar = Додај у мој календар (.ics)
event-organiser_tools = За организацију
event-edit = Измени догађај
event-cancel = Откажи догађај
event-keep = Задржи догађај
event-cancel_confirm_title = Отказати „{ $title }”?
event-cancel_confirm_lost = Нико више неће моћи да се пријави и сви ће видети да је отказан. Ово се не може поништити. Пријаве и питања остају сачувани.
event-cancelled = Догађај је отказан.
event-registrants = Пријаве
event-waiting_list = Листа чекања
event-nobody = Још нико.
event-attendance = Присуство
event-attendance_hint = Ко је пратио страницу догађаја док је био уживо и колико дуго.
event-attendance_none = Нико није пратио догађај уживо.
event-minutes = { $minutes } мин
qa-title = Питања и одговори
qa-empty = Још нема питања.
qa-closed = Питања су затворена: догађај је завршен.
qa-need_place = Пријавите се да бисте поставили питање или подржали неко.
qa-your_question = Ваше питање
qa-ask = Питај
qa-asked = Ваше питање је послато.
qa-upvote = Подржи
qa-upvoted = Подржано
qa-votes = Гласови: { $votes }
qa-by = Пита: { $name }
qa-by_gone = Пита: избрисан налог
qa-answer = Одговор: { $answer }
qa-state-picked = Управо се одговара
qa-state-answered = Одговорено
qa-state-hidden = Сакривено
qa-pick = Изабери
qa-unpick = Врати на листу
qa-hide = Сакриј
qa-restore = Врати
qa-answer_label = Писани одговор (необавезно)
qa-mark_answered = Означи као одговорено
qa-gone = Ова питања више не можете да пратите.
audit-event-created = Заказивање догађаја „{ $title }”
audit-event-updated = Измена догађаја „{ $title }”
audit-event-cancelled = Отказивање догађаја „{ $title }”
audit-event-question_moderated = Модерирање питања догађаја „{ $title }”

## the live webinar (issue 22)
live-title = Видео уживо
live-not_started = Видео уживо још није почео.
live-ended = Видео уживо је завршен.
live-connecting = Повезивање са видеом уживо…
live-need_place = Видео уживо могу да гледају само они који имају место.
live-watching_you = Гледате видео уживо.
live-on_air = Уживо сте: сви вас виде и чују.
live-recording = Овај догађај се снима.
live-speaking = Говори: { $names }
live-nobody_speaking = Још нико не говори.
live-watching = Гледа: { $watching }
live-start = Покрени видео уживо
live-end = Заврши видео уживо
live-end_confirm_title = Завршити видео уживо догађаја „{ $title }”?
live-end_confirm_lost = Видео се зауставља за све, говорнике и публику. Можете га поново покренути док догађај траје; питања остају сачувана.
live-go_live = Укључи се уживо
live-stop = Заустави мој видео
live-hand_raised = Ваша рука је подигнута: модератор може да вас позове да говорите.
live-invited = Позвани сте да говорите: укључите се уживо када будете спремни.
live-returned = Поново сте у публици.
live-hands = Подигнуте руке
live-no_hands = Нико није подигао руку.
live-promote = Позови { $name } да говори
live-return = Врати { $name } у публику
live-record_start = Покрени снимање
live-record_stop = Заустави снимање

## the event's recordings and seat (issue 22)
event-moved_up = Сада имате место: померили сте се са листе чекања.
live-off_stage_returned = Модератор вас је вратио у публику.
live-off_stage_muted = У овом простору сте утишани: поново сте у публици.
live-off_stage_removed = Више нисте члан овог простора: поново сте у публици.
live-off_stage_unnamed = Више нисте говорник на овом догађају: поново сте у публици.
recordings-title = Снимци
recordings-processing = Снимак се обрађује: појавиће се овде када буде спреман.
recordings-take = Снимљено { $when } · { $length }
recordings-video = Видео: { $speaker }
recordings-audio = Звук: { $speaker }
recordings-former_speaker = бивши говорник
