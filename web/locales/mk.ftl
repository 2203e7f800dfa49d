### TwinSpace Live: зборовите на страницата на македонски јазик.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Македонски

## app
app-name = TwinSpace Live
app-skip = Кон содржината
app-nav = Главно мени
app-language = Јазик
app-sign_out = Одјави се
app-signed_in_as = Најавени сте како { $name }
app-loading = Се вчитува…

## conn
conn-lost = Врската е прекината. Повторно поврзување…
conn-back = Повторно сте поврзани.
conn-failed = Врската во живо е затворена. Вчитајте ја страницата повторно за да се обидете пак.
conn-session_ended = Вашата сесија заврши. Најавете се повторно.
conn-account_locked = Оваа сметка повеќе не може да се користи. Најавете се повторно за да видите зошто.
conn-closed-auth_missing = Врската во живо не ја доби вашата најава навреме. Вчитајте ја страницата повторно.
conn-closed-session_invalid = Вашата сесија повеќе не е важечка. Најавете се повторно.
conn-closed-session_expired = Вашата сесија истече. Најавете се повторно.
conn-closed-signed_out = Вашата сесија беше затворена. Најавете се повторно.
conn-closed-account_locked = Оваа сметка повеќе не може да се користи. Најавете се повторно за да видите зошто.
conn-closed-too_many_connections = Оваа сметка има премногу отворени страници во исто време. Затворете неколку картички, а потоа вчитајте ја оваа страница повторно.
conn-closed-too_many_messages = Оваа страница испрати премногу работи пребрзо. Почекајте малку, а потоа вчитајте ја повторно.
conn-closed-frame_too_large = Оваа страница испрати нешто што е преголемо. Вчитајте ја страницата повторно и обидете се пак.
conn-closed-idle_timeout = Врската во живо беше неактивна предолго и се затвори. Повторно поврзување…
conn-closed-slow_consumer = Врската во живо заостана. Повторно поврзување…
conn-closed-server_restarting = Серверот се рестартира. Повторно поврзување за момент…
conn-closed-server_shutting_down = Серверот на кој бевте поврзани запира. Повторно поврзување…
conn-closed-unavailable = Серверот е зафатен. Повторно поврзување за момент…
conn-closed-internal = Нешто тргна наопаку на серверот. Повторно поврзување за момент…

## login
login-title = Најава
login-intro = Наставниците и гостите се најавуваат со својата адреса за е-пошта. Учениците го користат корисничкото име и кодот што им ги дал наставникот.
login-teacher = Наставници и гости
login-pupil = Ученици
login-email = Адреса за е-пошта
login-password = Лозинка
login-username = Корисничко име
login-code = Код
login-submit = Најави се
login-pupil_submit = Најави се како ученик
login-forgot = Ја заборавивте лозинката?
login-register = Немате сметка? Создајте сметка за eTwinner
login-pupil_forgot = Го заборавивте кодот? Побарајте нов од вашиот наставник.

## invite
invite-title = Приклучете се на TwinSpace како гостин
invite-intro = Добивте покана за TwinSpace. Изберете како ќе ве гледаат другите и поставете лозинка.
invite-display_name = Вашето име
invite-submit = Прифати ја поканата
invite-checking = Се проверува поканата…
invite-for_space = Поканети сте во „{ $title }“.
invite-unknown = Оваа врска за покана не е позната. Проверете дали ја копиравте цела или побарајте нова од наставникот што ја испратил.
invite-expired = Оваа врска за покана истече. Побарајте нова од наставникот што ја испратил.
invite-used_up = Оваа врска за покана е веќе искористена онолку пати колку што е дозволено. Побарајте нова од наставникот што ја испратил.
invite-revoked = Наставник ја повлече оваа врска за покана.
invite-closed = Просторот на оваа покана е затворен.

## spaces
spaces-title = Мои простори
spaces-empty = Сѐ уште не членувате во ниту еден простор.
spaces-create = Создавање простор
spaces-kind = Вид
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Соба
spaces-kind-group = Група
spaces-space_title = Наслов
spaces-description = Опис (по избор)
spaces-create_submit = Создај
spaces-created = Просторот „{ $title }“ е создаден.
spaces-my_role = Ваша улога: { $role }
spaces-archived = архивиран

## space
space-back = Назад кон моите простори
space-sections = Делови на овој простор
space-members = Членови
space-online_count =
    { $count ->
        [one] { $count } на линија
       *[other] { $count } на линија
    }
space-online = на линија
space-offline = надвор од линија
space-you = (вие)
space-refreshed = Списокот е ажуриран.
space-gone = Овој простор повеќе не ви е достапен.

## chat
chat-title = Разговор
chat-empty = Сѐ уште нема пораки.
chat-message = Порака
chat-send = Испрати
chat-pending = (чека наставник)
chat-typing = { $name } пишува…
chat-teachers_tab = Билтен на наставниците
chat-teachers_title = Билтен на наставниците
chat-session_title = Разговор на сесијата
chat-older = Прикажи постари пораки
chat-new_messages = Нови пораки
chat-mention_list = Членови што може да ги спомнете
chat-mention_hint = Напишете @ и име за да спомнете член.
chat-hidden = (скриена од наставник)
chat-deleted = (избришана)
chat-rejected = (наставник не ја прикажа)
chat-edited = (уредена)
chat-mentions_you = ве спомнува
chat-edit = Уреди
chat-edit_label = Уредете ја вашата порака
chat-save = Зачувај
chat-cancel = Откажи
chat-delete = Избриши
chat-delete_confirm = Да, избриши
chat-hide = Скриј
chat-restore = Врати
chat-approve = Одобри
chat-reject = Одбиј
chat-report = Пријави
chat-reported = Ви благодариме. Наставниците ќе ја погледнат оваа порака.
chat-mute = Запри пишување
chat-mute_question = Да се запре пишувањето за { $name }?
chat-mute_for = Запри пишување за { $name } во траење од
chat-minutes =
    { $count ->
        [one] { $count } минута
       *[other] { $count } минути
    }
chat-mute_confirm = Запри сега
chat-muted_other = { $name } не може да пишува до { $time }.
chat-muted_you = Наставник ви го запре пишувањето до { $time }. Сѐ уште можете да го читате разговорот.
chat-unmuted_you = Повторно можете да пишувате во разговорот.
chat-gone = Овој разговор повеќе не ви е достапен.

## role
role-founder = Основач
role-admin = Администратор
role-teacher = Наставник
role-pupil_admin = Ученик администратор
role-pupil = Ученик
role-guest = Гостин

## error
error-bad_credentials = Податоците за најава не се точни. Проверете ги и обидете се повторно.
error-rate_limited = Премногу обиди. Почекајте малку и обидете се повторно.
error-invalid = Некои полиња не се пополнети правилно.
error-not_found = Оваа страница не постои или не можете да ја видите.
error-forbidden = Немате дозвола да го направите ова.
error-gone = Ова повеќе не постои или повеќе не работи.
error-conflict = Ова е во судир со нешто што веќе постои.
error-gone-revoked = Оваа врска за покана повеќе не работи: наставниците на просторот ја повлекоа.
error-gone-expired = Оваа врска за покана повеќе не работи: истече.
error-gone-used_up = Оваа врска за покана повеќе не работи: искористена е онолку пати колку што е дозволено.
error-conflict-name_taken = „{ $name }“ веќе постои тука. Изберете друго име.
error-conflict-in_trash = „{ $name }“ е во корпата: најпрво треба да се врати од таму.
error-conflict-not_in_trash = „{ $name }“ не е во корпата.
error-conflict-parent_in_trash = „{ $name }“ беше во папка што сега е во корпата: најпрво вратете ја таа папка.
error-conflict-folder_not_empty = Папката „{ $name }“ не е празна: најпрво преместете ја нејзината содржина во корпата.
error-conflict-wrong_status = Статусот на оваа сметка ({ $status }) не го дозволува ова.
error-unauthenticated = Најавете се.
error-network = Серверот не може да се достигне. Проверете ја врската и обидете се повторно.
error-generic = Нешто тргна наопаку. Обидете се повторно.
error-too_large = Ова е преголемо.
error-quota_exceeded = Во овој простор нема доволно слободно место.
error-unsupported = Серверот не може да прими ваков вид барање.
error-aborted = Прикачувањето е запрено.
error-rate_limited_wait = Премногу обиди. Обидете се повторно { $wait }.
error-fields = Некои полиња бараат ваше внимание: видете ја пораката под секое од нив.
error-account_rejected = Националниот администратор на вашата земја не ја прифати оваа регистрација, па со оваа сметка не може да се најавите. Ако мислите дека ова е грешка, контактирајте ја Националната организација за поддршка на eTwinning во вашата земја.
error-account_suspended = Националниот администратор на вашата земја ја суспендираше оваа сметка: засега со неа не може да се најавите. За да дознаете зошто или да побарате да ви биде вратена, контактирајте ја Националната организација за поддршка на eTwinning во вашата земја.
error-malformed = Страницата испрати нешто што серверот не можеше да го прочита. Вчитајте ја страницата повторно и обидете се пак.
error-csrf = Безбедносната проверка на страницата не успеа. Вчитајте ја страницата повторно и обидете се пак.
error-limit_exceeded = Ова преминува ограничување поставено за овој простор.
error-unavailable = Серверот е зафатен или дел од него не одговара. Обидете се повторно за момент.
error-internal = Нешто тргна наопаку на серверот. Обидете се повторно подоцна.
error-insufficient_storage = На серверот нема повеќе место за датотеки. Ништо не е зачувано; известете го лицето за контакт за eTwinning во вашето училиште.
error-request_timeout = Испраќањето траеше предолго и беше запрено. Проверете ја врската и обидете се повторно.
error-conflict-not_a_guest = Оваа адреса за е-пошта припаѓа на сметка на eTwinning. Наставниците се покануваат од администраторите на просторот, а не преку врска за гости.

## notice
notice-post-pending = Ви благодариме! Наставник ќе ја прочита вашата објава пред сите да можат да ја видат.
notice-post-approved = Наставник ја прочита вашата објава. Сега сите во проектот можат да ја видат.
notice-post-rejected = Наставник одлучи да не ја прикаже вашата објава. Можете да го прашате вашиот наставник зошто.
notice-post-hidden = Наставник засега ја скри вашата објава. Можете да го прашате вашиот наставник зошто.
notice-post-restored = Наставник повторно ја прикажа вашата објава. Сега сите можат да ја видат.
notice-post-purged = Наставник ја отстрани вашата објава.
notice-member-muted = Можете да го читате проектот, но некое време не можете да пишувате.
notice-member-unmuted = Повторно можете да пишувате во проектот.
notice-chat-mention = { $name } ве спомна во разговорот.

## video
video-section = Видео
video-open_sessions = Отворени видеосесии
video-none = Нема отворена видеосесија.
video-start_title = Започнување видеосесија
video-title = Наслов (по избор)
video-lobby = Учениците чекаат во чекалната додека наставник не ги пушти внатре
video-start = Започни
video-join_named = Приклучи се на „{ $title }“
video-nobody_in_call = Сѐ уште нема никој во повикот
video-people_in_call =
    { $count ->
        [one] { $count } лице во повикот
       *[other] { $count } лица во повикот
    }
video-locked = (заклучена)
video-back = Назад кон просторот
video-participants = Учесници
video-my_controls = Вашиот микрофон и камера
video-chat = Разговор на сесијата
video-starting_media = Се вклучуваат камерата и микрофонот…
video-in_call = Вие сте во повикот.
video-waiting_in_lobby = Вие сте во чекалната. Наставник наскоро ќе ве пушти внатре.
video-no_media = Не може да се користи ниту камера ниту микрофон: сепак можете да ги гледате и слушате другите.
video-partial_media = Само дел од вашата камера и микрофонот можеше да се користи.
video-enable_sound = Вклучи го звукот
video-mic_on = Микрофонот е вклучен
video-mic_off = Микрофонот е исклучен
video-mic_forced = Исклучено од наставник
video-camera_on = Камерата е вклучена
video-camera_off = Камерата е исклучена
video-hand_raised = Крената рака
video-mute_me = Исклучи го мојот микрофон
video-unmute_me = Вклучи го мојот микрофон
video-camera_stop = Исклучи ја мојата камера
video-camera_start = Вклучи ја мојата камера
video-hand_raise = Крени рака
video-hand_lower = Спушти рака
video-leave = Излези
video-you_are_muted = Наставник ви го исклучи микрофонот. Ќе можете да го вклучите кога наставник ќе дозволи.
video-muted_by_teacher = Наставник ви го исклучи микрофонот.
video-unmute_allowed = Наставник ви дозволува повторно да го вклучите микрофонот.
video-mute_other = Исклучи микрофон
video-mute_named = Исклучи микрофон: { $name }
video-allow_unmute = Дозволи микрофон
video-allow_unmute_named = Дозволи микрофон: { $name }
video-remove = Отстрани
video-remove_named = Отстрани од сесијата: { $name }
video-lobby_title = Чекална
video-lobby_empty = Никој не чека.
video-admit = Пушти внатре
video-admit_named = Пушти внатре: { $name }
video-deny = Не пуштај
video-deny_named = Не пуштај: { $name }
video-manage = Оваа сесија
video-is_open = Отворена: членовите можат да се приклучат.
video-is_locked = Заклучена: само наставниците можат да се приклучат.
video-lock = Заклучи ја сесијата
video-end = Заврши ја сесијата за сите
video-ended = Сесијата заврши.
video-ended_space_archived = Сесијата заврши: нејзиниот простор е архивиран.
video-ended_space_deleted = Сесијата заврши: нејзиниот простор е избришан.
video-ended_empty = Сесијата заврши: извесно време во неа немаше никој.
video-no_teacher_yet = Во оваа сесија сѐ уште нема наставник, па никој не може да ве пушти внатре. Можете да почекате тука или да излезете.
video-leave_lobby = Излези од чекалната
video-removed = Наставник ве отстрани од сесијата.
video-denied = Наставник не ве пушти во оваа сесија.
video-left = Ја напуштивте сесијата.
video-full = Оваа сесија е полна.
video-refused = Не можете да се приклучите на оваа сесија.
video-signal_refused = Серверот го одби она што го испрати вашиот прелистувач. Обидете се да излезете и повторно да се приклучите.
video-sfu_moving = Сесијата порасна: повикот се преместува на медиумскиот сервер на класот…
video-sfu_unreachable = Медиумскиот сервер на класот не може да се достигне. Нов обид…
video-sfu_no_seat = Сите места за камера во оваа сесија се зафатени: вие ги гледате и слушате другите, но тие не ве гледаат и не ве слушаат.
video-sfu_not_sent = Вашата камера и микрофонот не можеа да се испратат. Сѐ уште ги гледате и слушате другите.

## forum
forum-title = Форум
forum-threads = Теми
forum-posts = Објави
forum-areas = Делови на форумот
forum-area-open = Отворен форум
forum-area-teachers = Билтен на наставниците
forum-empty = Сѐ уште нема теми.
forum-thread_meta =
    { $count ->
        [one] од { $author } · { $count } објава · { $when }
       *[other] од { $author } · { $count } објави · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } нова
       *[other] { $count } нови
    }
forum-pinned = закачена
forum-locked = заклучена
forum-new_thread = Нова тема
forum-new_bulletin = Нова тема во Билтенот на наставниците
forum-thread_title = Наслов на темата
forum-first_post = Прва објава
forum-start = Започни ја темата
forum-thread_started = Темата е започната.
forum-thread_held = Ви благодариме! Наставник ќе ја прочита вашата тема пред сите да можат да ја видат.
forum-back = Назад кон темите
forum-reply_label = Вашиот одговор
forum-send = Објави одговор
forum-no_reply = Не можете да одговорите во оваа тема.
forum-held = Ви благодариме! Наставник ќе ја прочита вашата објава пред сите да можат да ја видат.
forum-edited = (уредена)
forum-edit = Уреди
forum-edit_label = Уредете ја вашата објава
forum-save = Зачувај
forum-saved = Вашата објава е изменета.
forum-cancel = Откажи
forum-delete = Избриши
forum-deleted = Објавата е избришана.
forum-report = Пријави
forum-report_reason = Што не е во ред со оваа објава? (по избор)
forum-report_send = Испрати ја пријавата
forum-reported = Ви благодариме. Наставниците се известени.
forum-hide = Скриј
forum-restore = Врати
forum-approve = Одобри
forum-reject = Одбиј
forum-done-hide = Објавата е скриена од класот.
forum-done-restore = Објавата повторно се прикажува.
forum-done-approve = Објавата е одобрена: сите можат да ја видат.
forum-done-reject = Објавата е одбиена: ја гледа само нејзиниот автор.
forum-state-pending = чека наставник
forum-state-hidden = скриена
forum-state-rejected = необјавена
forum-state-deleted = избришана
forum-pin = Закачи
forum-unpin = Откачи
forum-lock = Заклучи
forum-unlock = Отклучи
forum-thread_changed = Темата е изменета.
forum-thread_gone = Оваа тема повеќе не ви е достапна.
forum-moderation = Модерирање
forum-queue = Чекаат одобрување
forum-queue_empty = Нема објави што чекаат.
forum-reports = Пријави
forum-reports_empty = Нема отворени пријави.
forum-reported_by = пријава од: { $name }
forum-report_said = Причина: { $reason }
forum-resolve = Затвори ја пријавата
forum-resolved = Пријавата е затворена.

## reactions
reaction-bar = Реакции
reaction-add = Додај реакција
reaction-picker = Избери реакција
reaction-count =
    { $count ->
        [one] { $name }: { $count } лице
       *[other] { $name }: { $count } лица
    }
reaction-thumbs_up = Палец горе
reaction-heart = Срце
reaction-clap = Браво
reaction-laugh = Смешно
reaction-idea = Добра идеја
reaction-question = Имам прашање

## archive
archive-title = Датотеки
archive-usage = Искористено { $used } од { $quota }
archive-where = Папка
archive-top = Сите датотеки
archive-empty = Оваа папка е празна.
archive-contents = Папки и датотеки
archive-name = Име
archive-size = Големина
archive-by = Додадено од
archive-when = Изменето
archive-actions = Дејства
archive-former_member = поранешен член
archive-choose = Избери датотека
archive-upload = Прикачи
archive-progress = Напредок на прикачувањето
archive-uploading = Се прикачува { $name }: { $percent }
archive-uploaded = Датотеката „{ $name }“ е прикачена.
archive-too_large = Оваа датотека е преголема: датотеките можат да бидат најмногу { $max }.
archive-quota = Во датотеките на овој простор нема доволно слободно место (слободно: { $free }). Побарајте од наставник да отстрани стари датотеки.
archive-new_folder = Нова папка
archive-create_folder = Создај ја папката
archive-folder_created = Папката „{ $name }“ е создадена.
archive-download = Преземи
archive-download_named = Преземи: { $name }
archive-rename = Преименувај
archive-rename_named = Преименувај: { $name }
archive-new_name = Ново име
archive-save = Зачувај
archive-cancel = Откажи
archive-renamed = Новото име е „{ $name }“.
archive-trash = Премести во корпата
archive-trash_named = Премести во корпата: { $name }
archive-trashed = „{ $name }“ е во корпата.
archive-show_trash = Корпа
archive-trash_empty = Корпата е празна.
archive-restore = Врати
archive-restore_named = Врати: { $name }
archive-restored = „{ $name }“ е повторно на своето место.
archive-purge = Избриши трајно
archive-purge_named = Избриши трајно: { $name }
archive-purged = „{ $name }“ повеќе не постои.
archive-choose_first = Изберете датотека за прикачување.
archive-no_file = Сѐ уште не е избрана датотека.
archive-name_taken = Тука веќе има нешто со ова име. Изберете друго име.

## unit
unit-b = Б
unit-kb = КБ
unit-mb = МБ
unit-gb = ГБ
unit-tb = ТБ

## field
field-required = Пополнете го ова поле.
field-unknown = Ова поле не се очекува тука.
field-type = Оваа вредност не е од вистинскиот вид.
field-blank = Напишете нешто тука: само празни места не се сметаат.
field-too_short =
    { $count ->
        [one] Напишете најмалку { $min } знак.
       *[other] Напишете најмалку { $min } знаци.
    }
field-too_long =
    { $count ->
        [one] Напишете најмногу { $max } знак.
       *[other] Напишете најмногу { $max } знаци.
    }
field-too_small = Внесете најмалку { $min }.
field-too_large = Внесете најмногу { $max }.
field-format = Ова не е во очекуваниот облик.
field-choice = Изберете една од понудените можности.
field-invalid = Оваа вредност не се прифаќа.

## confirm
confirm-cancel = Откажи
confirm-trash_file = Да се премести „{ $name }“ во корпата?
confirm-trash_file_lost = Членовите повеќе нема да ја гледаат оваа датотека. Наставник може да ја врати од корпата.
confirm-trash_folder = Да се премести папката „{ $name }“ во корпата?
confirm-trash_folder_lost = Членовите повеќе нема да ја гледаат оваа папка ниту ништо во неа. Наставник може да ја врати од корпата.
confirm-purge = Трајно да се избрише „{ $name }“?
confirm-purge_lost = Ќе исчезне за сите и нема да може да се врати.
confirm-delete_post = Да се избрише оваа објава?
confirm-delete_post_lost = Нејзиниот текст ќе исчезне за сите. Ова не може да се поништи.
confirm-delete_message = Да се избрише оваа порака?
confirm-delete_message_lost = Нејзиниот текст ќе исчезне за сите. Ова не може да се поништи.
confirm-end_session = Да заврши сесијата за сите?
confirm-end_session_lost = Сите веднаш излегуваат од повикот, а сесијата не може повторно да се отвори.
confirm-remove_participant = Да се отстрани { $name } од сесијата?
confirm-remove_participant_lost = { $name } веднаш излегува од повикот и не може да се врати во оваа сесија.
confirm-deny = Да не се пушти { $name }?
confirm-deny_lost = { $name } нема да влезе во оваа сесија.

## page
page-not_found = Страницата не е пронајдена
page-not_found_text = На оваа адреса нема страница.
page-go_spaces = Кон моите простори
page-go_sign_in = Кон страницата за најава

## form
form-required = Пополнете го ова поле.
form-email_format = Напишете адреса за е-пошта, на пример name@school.eu.
form-password_short = Користете најмалку 10 знаци.
form-password_long = Користете најмногу 200 знаци.
form-password_mismatch = Двете лозинки не се исти.
form-password_hint = Најмалку 10 знаци. Неколку зборови што ќе ги запомните се добар избор.
form-check_fields = Проверете ги полињата означени погоре.
form-field_invalid = Оваа вредност не се прифаќа.

## register
register-title = Создавање сметка за eTwinner
register-intro = За наставници. Националниот администратор на вашата земја проверува дали предавате во училиште и потоа ја потврдува вашата сметка. Учениците не се регистрираат: нивните сметки ги создава нивниот наставник.
register-name = Вашето име
register-school = Училиште
register-country = Земја
register-country_choose = Изберете ја вашата земја
register-submit = Создај ја мојата сметка
register-email_taken = Веќе постои сметка со оваа адреса за е-пошта. Најавете се или побарајте нова лозинка.
register-have_account = Веќе имате сметка? Најавете се

## pending
pending-title = Вашата сметка чека потврда
pending-who_heading = Кој ја потврдува
pending-who = Националниот администратор на вашата земја ({ $country }) проверува дали предавате во училиштето што го наведовте и потоа ја потврдува вашата сметка.
pending-next_heading = Што следува
pending-next_validate = Штом вашата сметка ќе биде потврдена, ќе бидете eTwinner: ќе можете да создавате простори, да добивате покани за проекти и да создавате сметки за вашите ученици. Најавете се повторно или притиснете „Провери повторно“ за да го видите тоа.
pending-next_reject = Ако националниот администратор не ја прифати вашата регистрација, ќе дознаете при најавувањето.
pending-next_meanwhile = Дотогаш можете да ги промените вашето име и лозинката во „Моја сметка“.
pending-check = Провери повторно
pending-still = Вашата сметка сѐ уште чека потврда.
pending-count =
    { $count ->
        [one] { $count } чека модерирање
       *[other] { $count } чекаат модерирање
    }

## forgot
forgot-title = Ја заборавивте лозинката?
forgot-intro = Напишете ја адресата за е-пошта на вашата сметка. Ќе испратиме врска за избор на нова лозинка.
forgot-submit = Испрати ми врска
forgot-sent = Ако постои сметка со оваа адреса, до неа е испратена врска. Врската работи еднаш, ограничено време. Проверете ја и папката за несакана пошта.
forgot-pupils = Ученици: тука немате адреса за е-пошта. Побарајте нов код од наставникот.
forgot-back = Назад кон најавата

## reset
reset-title = Изберете нова лозинка
reset-intro = Изборот на нова лозинка ве одјавува од сите други уреди.
reset-password = Нова лозинка
reset-confirm = Новата лозинка повторно
reset-submit = Зачувај ја новата лозинка
reset-gone = Оваа врска истече или е веќе искористена. Побарајте нова.
reset-done = Вашата лозинка е променета. Најавете се со новата.
reset-ask_again = Побарај нова врска

## account
account-title = Моја сметка
account-signed_in_with = Се најавувате со { $email }.
account-name_heading = Вашето име
account-name = Име што го гледаат другите
account-save_name = Зачувај го името
account-name_saved = Вашето име е зачувано.
account-pupil_note = Ова име го избра и со него управува вашиот наставник. Прашајте го наставникот ако треба да се промени.
account-password_heading = Вашата лозинка
account-password_intro = Промената ве одјавува од другите уреди; тука останувате најавени.
account-current_password = Сегашна лозинка
account-new_password = Нова лозинка
account-confirm_password = Новата лозинка повторно
account-save_password = Промени ја лозинката
account-password_saved = Вашата лозинка е променета.
account-current_wrong = Ова не е вашата сегашна лозинка.
account-everywhere_heading = Одјава од сите уреди
account-everywhere_intro = Ја прекинува вашата најава на секој уред и прелистувач, вклучително и овој: изгубен телефон или заеднички компјутер повеќе нема да ја отвораат вашата сметка.
account-everywhere = Одјави се од сите уреди…
account-everywhere_question = Да се одјавите од сите уреди, вклучително и овој? Отворените страници веднаш се затвораат, а сѐ што уште не е испратено од нив се губи.
account-everywhere_confirm = Да, одјави ме од сите уреди
account-everywhere_done = Одјавени сте од сите уреди.
account-cancel = Откажи

## admin
admin-nav = Конзола за потврдување
admin-title = Конзола на националниот администратор
admin-country = Земја: { $country }
admin-only_national_admins = Оваа страница е за националните администратори.
admin-pending_heading = Наставници што чекаат потврда
admin-pending_count =
    { $count ->
        [one] Чека { $count } наставник.
       *[other] Чекаат { $count } наставници.
    }
admin-pending_none = Нема наставници што чекаат потврда.
admin-select_all = Избери ги сите
admin-select_first = Најпрво изберете барем еден наставник.
admin-validate_selected = Потврди ги избраните
admin-reject_selected = Одбиј ги избраните…
admin-validated =
    { $count ->
        [one] Потврден е { $count } наставник.
       *[other] Потврдени се { $count } наставници.
    }
admin-rejected =
    { $count ->
        [one] Одбиена е { $count } регистрација.
       *[other] Одбиени се { $count } регистрации.
    }
admin-reject_question =
    { $count ->
        [one] Да се одбие регистрацијата на { $names }? Со оваа сметка нема да може да се најавува, а ова не може да се поништи.
       *[other] Да се одбијат овие { $count } регистрации ({ $names })? Со овие сметки нема да може да се најавува, а ова не може да се поништи.
    }
admin-reject_reason = Причина за одбивањето
admin-reject_heading = Одбивање регистрации
admin-suspend_heading = Суспендирање сметка
admin-reinstate_heading = Враќање сметка
admin-reject_reason_hint = Се чува во ревизискиот дневник заедно со вашето име.
admin-reject_confirm =
    { $count ->
        [one] Одбиј { $count } регистрација
       *[other] Одбиј { $count } регистрации
    }
admin-failed_one = { $name }: { $why }
admin-school = Училиште: { $school }
admin-registered = Регистрација: { $date }
admin-search_heading = Пребарување сметка
admin-search_label = Име, адреса за е-пошта или училиште
admin-search_hint = Само сметки од вашата земја. Оставете празно за да ги видите сите, од најновата.
admin-search = Пребарај
admin-showing = { $from }–{ $to } од { $total }
admin-no_match = Ниту една сметка не одговара.
admin-previous = Претходна страница
admin-next = Следна страница
admin-suspend = Суспендирај…
admin-suspend_named = Суспендирај: { $name }…
admin-suspend_question = Да се суспендира сметката на { $name }? Таа веднаш се одјавува насекаде, нејзините отворени страници се затвораат и со неа не може да се најавува додека не ја вратите.
admin-suspend_reason = Причина за суспендирањето
admin-suspend_confirm = Да, суспендирај
admin-suspend_done = Сметката на { $name } е суспендирана.
admin-reinstate = Врати…
admin-reinstate_named = Врати: { $name }…
admin-reinstate_question = Да се врати сметката на { $name }? Со неа повторно ќе може да се најавува.
admin-reinstate_reason = Причина (по избор)
admin-reinstate_confirm = Врати
admin-reinstate_done = Сметката на { $name } е вратена.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = За да потврдите, напишете го насловот на просторот: { $text }

## status
status-active = активна
status-pending = чека потврда
status-suspended = суспендирана
status-rejected = одбиена
status-erased = избришана

## names
names-marked = { $name } ({ $mark })

## members
members-username = корисничко име { $username }
members-role_of = Улога на { $name }
members-change_role = Промени улога
members-role_question = Да се промени улогата на { $name } од „{ $from }“ во „{ $to }“?
members-role_consequence = Отсега { $name } може да прави сѐ што дозволува улогата „{ $to }“, веднаш на сите уреди.
members-role_confirm = Промени ја улогата
members-role_changed = { $name } сега има улога „{ $role }“.
members-reset_code = Нов код
members-reset_question = Да се даде нов код за најава на { $name }?
members-reset_consequence = Стариот код веднаш престанува да работи и ученикот се одјавува насекаде. Вие ја предавате новата картичка.
members-reset_confirm = Создај нов код
members-reset_done = { $name } има нов код: предајте ја новата картичка подолу.
members-export = Извези ги податоците
members-remove = Отстрани
members-remove_question = Да се отстрани { $name } од овој простор?
members-remove_consequence = { $name } веднаш го губи пристапот до овој простор, на сите уреди.
members-remove_pupil_kept = Сметката, објавите и датотеките на ученикот остануваат; подоцна можете повторно да го додадете ученикот.
members-remove_kept = Објавите и датотеките на овој член остануваат во просторот.
members-remove_confirm = Отстрани
members-removed = { $name } повеќе не е член на просторот.
members-erase = Избриши ја сметката
members-leave = Напушти го овој простор
members-leave_question = Да го напуштите „{ $title }“?
members-leave_consequence = Веднаш го губите пристапот до неговите форуми, датотеки, разговор и видео. Само наставник администратор може да ве врати.
members-leave_kept = Она што го напишавте и прикачивте останува во просторот.
members-leave_confirm = Напушти го просторот
members-left = Го напуштивте „{ $title }“.

## erase
erase-question = Да се избрише сметката на { $name }?
erase-account_gone = Името, корисничкото име и кодот на ученикот трајно се бришат.
erase-signed_out = Ученикот веднаш се одјавува и никогаш повеќе нема да може да се најави.
erase-no_undo = Ова не може да се поништи.
erase-export_first = Ако ученикот или семејството сакаат копија, најпрво извезете ги податоците.
erase-posts = Објавите и пораките во разговор на ученикот
erase-posts_keep = Задржи ги, прикажани како од „поранешен ученик“
erase-posts_remove = Отстрани ги трајно
erase-files = Датотеките на ученикот
erase-files_keep = Задржи ги, во сопственост на „поранешен ученик“
erase-files_remove = Отстрани ги трајно
erase-confirm = Избриши ја сметката
erase-done = Сметката на { $name } е избришана.

## invite_teacher
invite_teacher-title = Покана за наставник партнер
invite_teacher-by_email = Преку адреса за е-пошта
invite_teacher-role = Улога
invite_teacher-submit = Покани
invite_teacher-done = { $name } се приклучи со улога „{ $role }“.
invite_teacher-not_etwinner = Ниту еден потврден eTwinner нема ваква адреса или не смеете да ја доделите оваа улога.
invite_teacher-find = Пребарување eTwinner
invite_teacher-query = Име, училиште или земја
invite_teacher-search = Пребарај
invite_teacher-results = Пронајдени eTwinners
invite_teacher-none = Не е пронајден eTwinner.
invite_teacher-more = Повеќе резултати
invite_teacher-member = Член на овој простор
invite_teacher-invite = Покани
invite_teacher-role_for = Улога за { $name }

## pupils
pupils-title = Додавање ученици
pupils-one_title = Еден ученик
pupils-name = Име на ученикот
pupils-add_one = Додај го ученикот
pupils-class_title = Цел клас
pupils-class_names = Имиња на учениците
pupils-class_help = По едно име во секој ред, онака како другите ќе ги гледаат учениците.
pupils-add_class = Додај го класот
pupils-class_empty = Напишете барем едно име.
pupils-language = Јазик на страницата за овие ученици
pupils-language_help = Откако ќе се најават, ќе го гледаат TwinSpace Live на овој јазик. Секој ученик може подоцна да го промени.
pupils-line_errors = Редови за поправка
pupils-line_error = Ред { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } ред треба да се поправи; ништо не е создадено.
       *[other] { $count } реда треба да се поправат; ништо не е создадено.
    }
pupils-created =
    { $count ->
        [one] Додаден е { $count } ученик.
       *[other] Додадени се { $count } ученици.
    }

## cards
cards-title = Картички за најава
cards-once = Овие кодови се прикажуваат само сега. Испечатете ги картичките или запишете ги кодовите пред да ја напуштите страницата.
cards-site = Најава на
cards-print = Испечати ги картичките
cards-done = Готово: скриј ги кодовите

## links
links-tab = Врски за гости
links-intro = Врската за гости му овозможува на експерт или набљудувач да се приклучи на овој TwinSpace како гостин. Секој што ја има врската може да ја користи, додека не истече или не се искористи до крај.
links-create_title = Нова врска за гости
links-valid_for = Важи
links-days =
    { $count ->
        [one] { $count } ден
       *[other] { $count } дена
    }
links-uses = Број на користења
links-note = Белешка (за кого е)
links-create = Создај ја врската
links-new = Новата врска
links-once = Копирајте ја сега: се прикажува само еднаш.
links-copy = Копирај
links-copied = Врската е копирана.
links-select_copy = Врската е избрана: притиснете Ctrl+C (⌘+C) за да ја копирате.
links-live = Активни врски
links-empty = Нема активна врска за гости.
links-untitled = Врска за гости
links-used =
    { $count ->
        [one] користења: { $used } од { $count }
       *[other] користења: { $used } од { $count }
    }
links-until = до { $time }
links-revoke = Повлечи
links-revoke_question = Да се повлече оваа врска за гости?
links-revoke_consequence = Никој повеќе нема да може да се приклучи со неа.
links-revoke_kept = Гостите што се приклучиле со неа остануваат членови.
links-revoked = Врската е повлечена.

## settings
settings-tab = Поставки
settings-space = Просторот
settings-pupils = Ученици
settings-premoderate_pupils = Задржи ги објавите на учениците додека наставник не ги одобри
settings-pupils_may_create_threads = Учениците можат да започнуваат теми
settings-pupils_may_upload = Учениците можат да прикачуваат датотеки
settings-save = Зачувај
settings-saved = Поставките се зачувани.
settings-archive_title = Архивирање
settings-archive_text = Архивираниот простор останува достапен за читање на своите членови, но никој не може да објавува, да прикачува или да започне видеосесија.
settings-archive = Архивирај го овој простор
settings-archive_question = Да се архивира „{ $title }“?
settings-archive_read_only = Никој повеќе не може да објавува, да прикачува или да менува што било.
settings-archive_video = Видеосесиите што траат сега веднаш завршуваат.
settings-archive_undo = Основач може подоцна повторно да го отвори просторот.
settings-archive_confirm = Архивирај
settings-archived_title = Овој простор е архивиран
settings-archived_text = Тој е само за читање. Отворете го повторно за членовите да можат да објавуваат и прикачуваат.
settings-unarchive = Отвори повторно
settings-unarchive_question = Повторно да се отвори „{ $title }“?
settings-unarchive_consequence = Членовите повторно можат да објавуваат, да прикачуваат и да започнуваат видеосесии.
settings-delete_title = Бришење на просторот
settings-delete_text = Бришењето трајно го отстранува просторот и сѐ што е во него.
settings-delete = Избриши го овој простор
settings-delete_question = Трајно да се избрише „{ $title }“?
settings-delete_content = Се бришат сите теми во форумот, пораки во разговор и датотеки, со сите нивни верзии.
settings-delete_members = Сите членови го губат просторот; сметките на учениците остануваат само во нивните други простори.
settings-delete_video = Видеосесиите што траат сега веднаш завршуваат.
settings-delete_no_undo = Се брише и ревизискиот дневник. Ова не може да се поништи.
settings-delete_confirm = Избриши трајно
settings-deleted = Просторот „{ $title }“ е избришан.

## audit
audit-tab = Ревизиски дневник
audit-caption = Што е направено во овој простор, од најновото
audit-when = Кога
audit-who = Кој
audit-what = Што
audit-empty = Сѐ уште нема ништо запишано.
audit-older = Прикажи постари записи
audit-system = Серверот
audit-former_member = Поранешен член
audit-former_member_target = поранешен член
audit-reason = Причина: { $reason }
audit-other = Дејство „{ $action }“ { $target }
audit-space-created = Создавање на просторот
audit-space-settings_changed = Промена на поставките на просторот
audit-space-archived = Архивирање на просторот
audit-space-unarchived = Повторно отворање на просторот
audit-member-invited = Покана за { $target } со улога „{ $role }“
audit-member-role_changed = Промена на улогата на { $target } од „{ $from }“ во „{ $role }“
audit-member-removed = Отстранување на { $target }
audit-member-left = Напуштање на просторот
audit-member-muted = Запирање на пишувањето за { $target }
audit-member-unmuted = Крај на запирањето на пишувањето за { $target }
audit-pupil-created = Создавање на ученикот { $target }
audit-pupil-added = Додавање на ученикот { $target }
audit-pupil-code_reset = Нов код за најава за { $target }
audit-pupil-exported = Извоз на податоците на { $target }
audit-pupil-erased = Бришење на сметка на ученик
audit-invitation-created = Создавање врска за гости
audit-invitation-revoked = Повлекување врска за гости
audit-invitation-accepted = Приклучување преку врска за гости
audit-video-started = Започнување видеосесија
audit-video-ended = Завршување видеосесија
audit-video-locked = Заклучување видеосесија
audit-video-unlocked = Отклучување видеосесија
audit-video-admitted = Пуштање на { $target } во видеосесија
audit-video-denied = Непуштање на { $target } во видеосесија
audit-video-muted = Исклучување на микрофонот на { $target } во видеосесија
audit-video-unmuted = Дозвола за { $target } повторно да зборува во видеосесија
audit-video-removed = Отстранување на { $target } од видеосесија
audit-video-spotlight = Промена на истакнатиот учесник во видеосесија
audit-post-hidden = Скривање објава
audit-post-restored = Враќање објава
audit-post-approved = Одобрување објава
audit-post-rejected = Одбивање објава
audit-post-purged = Трајно отстранување објава
audit-post-reported = Пријавување објава
audit-report-resolved = Затворање пријава
audit-thread-pinned = Закачување тема
audit-thread-unpinned = Откачување тема
audit-thread-locked = Заклучување тема
audit-thread-unlocked = Отклучување тема
audit-archive-folder_created = Создавање папка
audit-archive-folder_renamed = Преименување папка
audit-archive-folder_moved = Преместување папка
audit-archive-folder_trashed = Преместување папка во корпата
audit-archive-folder_restored = Враќање папка од корпата
audit-archive-folder_purged = Трајно отстранување папка
audit-archive-file_added = Додавање датотека
audit-archive-file_version_added = Додавање верзија на датотека
audit-archive-file_renamed = Преименување датотека
audit-archive-file_moved = Преместување датотека
audit-archive-file_trashed = Преместување датотека во корпата
audit-archive-file_restored = Враќање датотека од корпата
audit-archive-file_purged = Трајно отстранување датотека
audit-chat-expired = Отстранување пораки во разговор со истечен рок
audit-audit-retention_changed = Промена на тоа колку долго ревизискиот дневник ги чува записите
audit-group-joined = Влез во групата
audit-group-requested = Барање за влез во групата
audit-group-request_accepted = Прифатено барање: { $target }
audit-group-request_declined = Одбиено барање: { $target }
audit-group-request_withdrawn = Повлечено барање за влез
audit-member-banned = Блокада: { $target }
audit-member-unbanned = Тргната блокада: { $target }
audit-group-featured = Групата е истакната
audit-group-unfeatured = Групата повеќе не е истакната
audit-group-moderator_appointed = Доверено модерирање: { $target }

## group_role
group_role-founder = Сопственост на групата
group_role-admin = Модерирање
group_role-teacher = Член на групата

## readers
readers-title = Сега читаат
readers-more =
    { $count ->
        [one] и уште { $count } лице
       *[other] и уште { $count } лица
    }

## groups
groups-nav = Групи
groups-title = eTwinning групи
groups-intro = Заедници на eTwinner-и околу предмет, тема или област на интерес. Учествуваат само потврдени eTwinner-и.
groups-search = Најди група
groups-words = Зборови од насловот
groups-topic = Тема
groups-language = Јазик
groups-language_any = Сите јазици
groups-language_choose = Изберете јазик
groups-country = Земја на член на групата
groups-country_any = Сите земји
groups-search_submit = Пребарај
groups-found = Групи
groups-empty = Ниедна група не одговара на ова пребарување.
groups-more = Прикажи уште групи
groups-featured = Истакната
groups-topic_is = Тема: { $topic }
groups-members =
    { $count ->
        [one] { $count } член
       *[other] { $count } членови
    }
groups-access_short-open = Отворена
groups-access_short-closed = Затворена
groups-standing-member = Во групата сте. Ваша улога: { $role }
groups-standing-requested = Побаравте да влезете во оваа група.
groups-standing-banned = Модераторскиот тим на оваа група не ви дозволува да влезете.
groups-join = Приклучи се
groups-ask = Побарај влез
groups-ask_message = Порака за модераторскиот тим (незадолжително)
groups-withdraw = Повлечи го моето барање
groups-open_group = Отвори ја групата
groups-joined = Сега сте во групата „{ $title }“.
groups-asked = Вашето барање за влез во „{ $title }“ е испратено до модераторскиот тим.
groups-withdrawn = Вашето барање за влез во „{ $title }“ е повлечено.
groups-waiting = Модераторскиот тим ќе одговори на вашето барање. Оваа страница го прикажува одговорот штом пристигне.
groups-accepted = Вашето барање е прифатено: добредојдовте во „{ $title }“.
groups-not_accepted = Вашето барање не е прифатено. Можете повторно да побарате.
groups-back = Назад кон групите
groups-create = Создај група
groups-group_title = Наслов
groups-description = Опис (незадолжително)
groups-access = Кој може да се приклучи
groups-access-open = Отворена: секој eTwinner веднаш влегува
groups-access-closed = Затворена: модераторскиот тим го прифаќа секое барање
groups-create_submit = Создај ја групата
groups-created = Групата „{ $title }“ е создадена.
groups-members_search = Најди член на групата
groups-members_more = Прикажи уште членови
groups-leave = Напушти ја оваа група
groups-leave_consequence = Веднаш го губите пристапот до форумот, датотеките, разговорот и видеото на групата.
groups-leave_kept = Она што сте го напишале и прикачиле останува во групата. Можете да се вратите преку именикот на групи.
groups-leave_confirm = Напушти ја групата
groups-requests = Барања за влез
groups-requests_empty = Никој не чека.
groups-accept = Прифати
groups-decline = Одбиј
groups-accepted_member = { $name } сега е во групата.
groups-declined = Барање: { $name } – одбиено.
groups-ban = Блокирај
groups-ban_question = Да се блокира пристапот до групата: { $name }?
groups-ban_consequence = { $name } веднаш ја напушта групата и не може да се врати ниту да побара.
groups-ban_kept = Објавите и датотеките остануваат во групата. Блокадата можете подоцна да ја тргнете.
groups-ban_reason = Причина (незадолжително, останува во дневникот)
groups-ban_confirm = Блокирај
groups-banned = Блокирано: { $name }.
groups-bans = Блокирани eTwinner-и
groups-bans_empty = Нема блокади.
groups-lift = Тргни ја блокадата
groups-lifted = { $name } повторно може да се приклучи.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Изберете нова лозинка за TwinSpace Live
mail-reset_body =
    Здраво { $name },

    Некој, веројатно вие, побара да избере нова лозинка за вашата сметка на TwinSpace Live.
    Отворете ја оваа врска за да ја изберете (работи еднаш, { $minutes } минути):

    { $link }

    Изборот на нова лозинка ве одјавува од сите други места.
    Ако не сте го побарале ова, занемарете ја оваа порака: вашата лозинка останува иста.

    TwinSpace Live

## events (issue 22)
events-nav = Настани
events-title = Претстојни настани
events-empty = Сè уште нема претстојни настани за вас.
events-more = Прикажи уште настани
events-schedule = Закажи настан
events-zone = Времињата се прикажани во вашата временска зона: { $zone }
events-audience-etwinners = Сите eTwinners
events-audience-country = eTwinners од оваа земја: { $country }
events-audience-group = Членовите на група
events-audience-twinspace = Членовите на TwinSpace
events-organising = Вие го организирате овој настан.
events-registered = Вашата пријава е зачувана.
events-waiting = На листата на чекање сте (место { $position }).
events-state-live = Сега во живо
events-state-ended = Овој настан заврши.
events-state-cancelled = Овој настан е откажан.
events-places = Зафатени места: { $taken } од { $capacity }
event_form-new_title = Закажи настан
event_form-edit_title = Измени го настанот
event_form-title = Наслов
event_form-description = Опис
event_form-date = Датум
event_form-time = Време на почеток
event_form-duration = Траење во минути
event_form-space = Група или TwinSpace
event_form-speakers_hint = Изберете меѓу наставниците од вашите групи и TwinSpace простори.
event_form-no_speakers = Сè уште нема кого да изберете.
event_form-create = Закажи го настанот
event_form-save = Зачувај ги измените
event_form-created = „{ $title }“ е закажан.
event_form-saved = Измените на „{ $title }“ се зачувани.
event_form-start_past = Изберете почеток во иднина.
event-title = Настан
event-back = Сите настани
event-when = Кога
event-language = Јазик
event-audience = Кој може да се пријави
event-organiser = Организација
event-speakers = Предавачи
event-places = Места
event-no_speakers = Сè уште нема наведени предавачи.
event-waiting_count = На листата на чекање: { $waiting }
event-registration = Вашето место
event-speaking = Вие зборувате на овој настан.
event-full = Сите места се зафатени: ако се пријавите, одите на листата на чекање.
event-register = Пријави ме
event-unregister = Ослободи го моето место
event-leave_waiting = Напушти ја листата на чекање
event-unregister_confirm_title = Да се откажете од „{ $title }“?
event-unregister_confirm = Следното лице од листата на чекање го добива вашиот ред. Ако повторно се пријавите, можеби ќе треба да чекате.
event-unregistered = Вашата пријава е откажана.
event-calendar = Додај во мојот календар (.ics)
event-organiser_tools = За организацијата
event-edit = Измени го настанот
event-cancel = Откажи го настанот
event-keep = Задржи го настанот
event-cancel_confirm_title = Да се откаже „{ $title }“?
event-cancel_confirm_lost = Никој веќе нема да може да се пријави и сите ќе видат дека е откажан. Ова не може да се врати. Пријавите и прашањата се зачувуваат.
event-cancelled = Настанот е откажан.
event-registrants = Пријави
event-waiting_list = Листа на чекање
event-nobody = Сè уште никој.
event-attendance = Присуство
event-attendance_hint = Кој ја следеше страницата на настанот додека беше во живо и колку долго.
event-attendance_none = Никој не го следеше настанот во живо.
event-minutes = { $minutes } мин.
qa-title = Прашања и одговори
qa-empty = Сè уште нема прашања.
qa-closed = Прашањата се затворени: настанот заврши.
qa-need_place = Пријавете се за да поставите прашање или да поддржите некое.
qa-your_question = Вашето прашање
qa-ask = Прашај
qa-asked = Вашето прашање е испратено.
qa-upvote = Поддржи
qa-upvoted = Поддржано
qa-votes = Гласови: { $votes }
qa-by = Прашува: { $name }
qa-by_gone = Прашува: избришана сметка
qa-answer = Одговор: { $answer }
qa-state-picked = Се одговара сега
qa-state-answered = Одговорено
qa-state-hidden = Скриено
qa-pick = Избери
qa-unpick = Врати во листата
qa-hide = Скриј
qa-restore = Врати
qa-answer_label = Писмен одговор (по избор)
qa-mark_answered = Означи како одговорено
qa-gone = Повеќе не можете да ги следите овие прашања.
audit-event-created = Закажување на настанот „{ $title }“
audit-event-updated = Измена на настанот „{ $title }“
audit-event-cancelled = Откажување на настанот „{ $title }“
audit-event-question_moderated = Модерирање прашање од настанот „{ $title }“

## the live webinar (issue 22)
live-title = Видео во живо
live-not_started = Видеото во живо сѐ уште не започнало.
live-ended = Видеото во живо заврши.
live-connecting = Поврзување со видеото во живо…
live-need_place = Видеото во живо можат да го гледаат само тие што имаат место.
live-watching_you = Го гледате видеото во живо.
live-on_air = Во живо сте: сите ве гледаат и ве слушаат.
live-recording = Овој настан се снима.
live-speaking = Зборува: { $names }
live-nobody_speaking = Сѐ уште никој не зборува.
live-watching = Гледаат: { $watching }
live-start = Започни го видеото во живо
live-end = Заврши го видеото во живо
live-end_confirm_title = Да се заврши видеото во живо на „{ $title }“?
live-end_confirm_lost = Видеото запира за сите, говорниците и публиката. Можете повторно да го започнете додека трае настанот; прашањата се зачувуваат.
live-go_live = Вклучи се во живо
live-stop = Запри го моето видео
live-hand_raised = Вашата рака е кревната: модератор може да ве покани да зборувате.
live-invited = Поканети сте да зборувате: вклучете се во живо кога ќе бидете подготвени.
live-returned = Повторно сте во публиката.
live-hands = Кревнати раце
live-no_hands = Никој не ја кревнал раката.
live-promote = Покани го/ја { $name } да зборува
live-return = Врати го/ја { $name } во публиката
live-record_start = Започни снимање
live-record_stop = Запри снимање

## the event's recordings and seat (issue 22)
event-moved_up = Сега имате место: се поместивте од листата на чекање.
live-off_stage_returned = Модератор ве врати во публиката.
live-off_stage_muted = Бевте стишени во овој простор: повторно сте во публиката.
live-off_stage_removed = Веќе не сте член на овој простор: повторно сте во публиката.
live-off_stage_unnamed = Веќе не сте говорник на овој настан: повторно сте во публиката.
recordings-title = Снимки
recordings-processing = Се обработува снимка: ќе се појави тука кога ќе биде подготвена.
recordings-take = Снимено { $when } · { $length }
recordings-video = Видео: { $speaker }
recordings-audio = Звук: { $speaker }
recordings-former_speaker = поранешен говорник
