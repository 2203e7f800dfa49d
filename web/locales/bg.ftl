### TwinSpace Live: думите на страницата на български език.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Български

## app
app-name = TwinSpace Live
app-skip = Към съдържанието
app-nav = Основно меню
app-language = Език
app-sign_out = Изход
app-signed_in_as = Влезли сте като { $name }
app-loading = Зареждане…

## conn
conn-lost = Връзката прекъсна. Свързване отново…
conn-back = Връзката е възстановена.
conn-failed = Връзката на живо беше затворена. Презаредете страницата, за да опитате отново.
conn-session_ended = Сесията ви приключи. Моля, влезте отново.
conn-account_locked = Този профил вече не може да се използва. Влезте отново, за да видите защо.
conn-closed-auth_missing = Връзката на живо не получи навреме данните ви за вход. Презаредете страницата.
conn-closed-session_invalid = Сесията ви вече не е валидна. Моля, влезте отново.
conn-closed-session_expired = Сесията ви изтече. Моля, влезте отново.
conn-closed-signed_out = Сесията ви беше затворена. Моля, влезте отново.
conn-closed-account_locked = Този профил вече не може да се използва. Влезте отново, за да видите защо.
conn-closed-too_many_connections = В този профил има твърде много отворени страници едновременно. Затворете някои раздели, след това презаредете тази страница.
conn-closed-too_many_messages = Тази страница изпрати твърде много неща твърде бързо. Изчакайте малко, след това я презаредете.
conn-closed-frame_too_large = Тази страница изпрати нещо твърде голямо. Презаредете страницата и опитайте отново.
conn-closed-idle_timeout = Връзката на живо беше неактивна твърде дълго и беше затворена. Свързване отново…
conn-closed-slow_consumer = Връзката на живо изостана. Свързване отново…
conn-closed-server_restarting = Сървърът се рестартира. Свързване отново след малко…
conn-closed-server_shutting_down = Сървърът, към който бяхте свързани, спира. Свързване отново…
conn-closed-unavailable = Сървърът е зает. Свързване отново след малко…
conn-closed-internal = Нещо се обърка в сървъра. Свързване отново след малко…

## login
login-title = Вход
login-intro = Учителите и гостите влизат със своя имейл адрес. Учениците използват потребителското име и кода, които им е дал учителят.
login-teacher = Учители и гости
login-pupil = Ученици
login-email = Имейл адрес
login-password = Парола
login-username = Потребителско име
login-code = Код
login-submit = Вход
login-pupil_submit = Вход за ученици
login-forgot = Забравена парола?
login-register = Нямате профил? Създайте профил в eTwinning
login-pupil_forgot = Забравен код? Помолете учителя си за нов.

## invite
invite-title = Присъединяване към TwinSpace като гост
invite-intro = Получихте покана за TwinSpace. Изберете как другите ще ви виждат и задайте парола.
invite-display_name = Вашето име
invite-submit = Приеми поканата
invite-checking = Проверка на поканата…
invite-for_space = Поканата ви е за „{ $title }“.
invite-unknown = Тази връзка за покана не е известна. Проверете дали сте я копирали цялата или помолете учителя, който я е изпратил, за нова.
invite-expired = Тази връзка за покана е изтекла. Помолете учителя, който я е изпратил, за нова.
invite-used_up = Тази връзка за покана вече е използвана толкова пъти, колкото е позволено. Помолете учителя, който я е изпратил, за нова.
invite-revoked = Тази връзка за покана беше оттеглена от учител.
invite-closed = Пространството на тази покана е затворено.

## spaces
spaces-title = Моите пространства
spaces-empty = Все още не членувате в нито едно пространство.
spaces-create = Създаване на пространство
spaces-kind = Вид
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Стая
spaces-kind-group = Група
spaces-space_title = Заглавие
spaces-description = Описание (по избор)
spaces-create_submit = Създай
spaces-created = Пространството „{ $title }“ е създадено.
spaces-my_role = Вашата роля: { $role }
spaces-archived = архивирано

## space
space-back = Обратно към моите пространства
space-sections = Раздели на това пространство
space-members = Членове
space-online_count =
    { $count ->
        [one] { $count } на линия
       *[other] { $count } на линия
    }
space-online = на линия
space-offline = извън линия
space-you = (вие)
space-refreshed = Списъкът е обновен.
space-gone = Това пространство вече не ви е достъпно.

## chat
chat-title = Чат
chat-empty = Все още няма съобщения.
chat-message = Съобщение
chat-send = Изпрати
chat-pending = (чака учител)
chat-typing = { $name } пише…
chat-teachers_tab = Бюлетин на учителите
chat-teachers_title = Бюлетин на учителите
chat-session_title = Чат на сесията
chat-older = Покажи по-старите съобщения
chat-new_messages = Нови съобщения
chat-mention_list = Членове, които може да споменете
chat-mention_hint = Напишете @ и име, за да споменете член.
chat-hidden = (скрито от учител)
chat-deleted = (изтрито)
chat-rejected = (не е показано от учител)
chat-edited = (редактирано)
chat-mentions_you = ви споменава
chat-edit = Редактирай
chat-edit_label = Редактирайте съобщението си
chat-save = Запази
chat-cancel = Отказ
chat-delete = Изтрий
chat-delete_confirm = Да, изтрий
chat-hide = Скрий
chat-restore = Възстанови
chat-approve = Одобри
chat-reject = Отхвърли
chat-report = Сигнализирай
chat-reported = Благодарим ви. Учителите ще прегледат това съобщение.
chat-mute = Спри писането
chat-mute_question = Да се спре писането на { $name }?
chat-mute_for = Спиране на писането на { $name } за
chat-minutes =
    { $count ->
        [one] { $count } минута
       *[other] { $count } минути
    }
chat-mute_confirm = Спри сега
chat-muted_other = { $name } не може да пише до { $time }.
chat-muted_you = Учител спря възможността ви да пишете до { $time }. Все още можете да четете чата.
chat-unmuted_you = Отново можете да пишете в чата.
chat-gone = Този чат вече не ви е достъпен.

## role
role-founder = Основател
role-admin = Администратор
role-teacher = Учител
role-pupil_admin = Ученик администратор
role-pupil = Ученик
role-guest = Гост

## error
error-bad_credentials = Данните за вход не са верни. Проверете ги и опитайте отново.
error-rate_limited = Твърде много опити. Моля, изчакайте малко и опитайте отново.
error-invalid = Някои полета не са попълнени правилно.
error-not_found = Тази страница не съществува или нямате достъп до нея.
error-forbidden = Нямате право да направите това.
error-gone = Това вече не съществува или вече не работи.
error-conflict = Това влиза в конфликт с нещо, което вече съществува.
error-gone-revoked = Тази връзка за покана вече не работи: учителите на пространството са я оттеглили.
error-gone-expired = Тази връзка за покана вече не работи: изтекла е.
error-gone-used_up = Тази връзка за покана вече не работи: използвана е толкова пъти, колкото е позволено.
error-conflict-name_taken = „{ $name }“ вече съществува тук. Изберете друго име.
error-conflict-in_trash = „{ $name }“ е в кошчето: първо трябва да се възстанови.
error-conflict-not_in_trash = „{ $name }“ не е в кошчето.
error-conflict-parent_in_trash = „{ $name }“ беше в папка, която сега е в кошчето: първо възстановете тази папка.
error-conflict-folder_not_empty = Папката „{ $name }“ не е празна: първо преместете съдържанието ѝ в кошчето.
error-conflict-wrong_status = Състоянието на този профил ({ $status }) не позволява това.
error-unauthenticated = Моля, влезте.
error-network = Няма връзка със сървъра. Проверете връзката си и опитайте отново.
error-generic = Нещо се обърка. Моля, опитайте отново.
error-too_large = Това е твърде голямо.
error-quota_exceeded = В това пространство не остана достатъчно място.
error-unsupported = Сървърът не може да приеме такава заявка.
error-aborted = Качването беше спряно.
error-rate_limited_wait = Твърде много опити. Опитайте отново { $wait }.
error-fields = Някои полета изискват вниманието ви: вижте съобщението под всяко от тях.
error-account_rejected = Националният администратор на вашата държава не прие тази регистрация, затова с този профил не може да се влиза. Ако смятате, че това е грешка, се свържете с Националната организация за подкрепа на eTwinning във вашата държава.
error-account_suspended = Националният администратор на вашата държава временно спря този профил: засега с него не може да се влиза. За да научите защо или да поискате възстановяването му, се свържете с Националната организация за подкрепа на eTwinning във вашата държава.
error-malformed = Страницата изпрати нещо, което сървърът не можа да прочете. Презаредете страницата и опитайте отново.
error-csrf = Проверката за сигурност на страницата не бе успешна. Презаредете страницата и опитайте отново.
error-limit_exceeded = Това надхвърля ограничение, зададено за това пространство.
error-unavailable = Сървърът е зает или част от него не отговаря. Моля, опитайте отново след малко.
error-internal = Нещо се обърка в сървъра. Моля, опитайте отново по-късно.
error-insufficient_storage = В сървъра не остана място за файлове. Нищо не беше запазено; моля, уведомете лицето за контакт по eTwinning във вашето училище.
error-request_timeout = Изпращането отне твърде дълго и беше спряно. Проверете връзката си и опитайте отново.
error-conflict-not_a_guest = Този имейл адрес принадлежи на профил в eTwinning. Учителите биват поканени от администраторите на пространството, а не чрез връзка за гости.

## notice
notice-post-pending = Благодарим! Учител ще прочете публикацията ви, преди всички да могат да я видят.
notice-post-approved = Учител прочете публикацията ви. Сега всички в проекта могат да я видят.
notice-post-rejected = Учител реши да не показва публикацията ви. Можете да попитате учителя си защо.
notice-post-hidden = Учител скри публикацията ви засега. Можете да попитате учителя си защо.
notice-post-restored = Учител отново показа публикацията ви. Сега всички могат да я видят.
notice-post-purged = Учител премахна публикацията ви.
notice-member-muted = Можете да четете проекта, но известно време няма да можете да пишете.
notice-member-unmuted = Отново можете да пишете в проекта.
notice-chat-mention = { $name } ви спомена в чата.

## video
video-section = Видео
video-open_sessions = Отворени видеосесии
video-none = Няма отворена видеосесия.
video-start_title = Започване на видеосесия
video-title = Заглавие (по избор)
video-lobby = Учениците чакат в чакалнята, докато учител ги пусне
video-start = Започни
video-join_named = Влез в „{ $title }“
video-nobody_in_call = Все още няма никой в разговора
video-people_in_call =
    { $count ->
        [one] { $count } участник в разговора
       *[other] { $count } участници в разговора
    }
video-locked = (заключена)
video-back = Обратно към пространството
video-participants = Участници
video-my_controls = Вашият микрофон и камера
video-chat = Чат на сесията
video-starting_media = Включване на камерата и микрофона ви…
video-in_call = Вие сте в разговора.
video-waiting_in_lobby = Вие сте в чакалнята. Учител скоро ще ви пусне.
video-no_media = Не можа да се използва нито камера, нито микрофон: все пак можете да виждате и чувате другите.
video-partial_media = Само част от камерата и микрофона ви можа да се използва.
video-enable_sound = Включи звука
video-mic_on = Микрофонът е включен
video-mic_off = Микрофонът е изключен
video-mic_forced = Заглушено от учител
video-camera_on = Камерата е включена
video-camera_off = Камерата е изключена
video-hand_raised = Вдигната ръка
video-mute_me = Изключи микрофона ми
video-unmute_me = Включи микрофона ми
video-camera_stop = Изключи камерата ми
video-camera_start = Включи камерата ми
video-hand_raise = Вдигни ръка
video-hand_lower = Свали ръка
video-leave = Излез
video-you_are_muted = Учител изключи микрофона ви. Ще можете да го включите, когато учител позволи.
video-muted_by_teacher = Учител изключи микрофона ви.
video-unmute_allowed = Учител ви позволява отново да включите микрофона си.
video-mute_other = Заглуши
video-mute_named = Заглуши { $name }
video-allow_unmute = Позволи микрофона
video-allow_unmute_named = Позволи микрофона на { $name }
video-remove = Премахни
video-remove_named = Премахни { $name } от сесията
video-lobby_title = Чакалня
video-lobby_empty = Никой не чака.
video-admit = Пусни
video-admit_named = Пусни { $name }
video-deny = Откажи
video-deny_named = Откажи на { $name }
video-manage = Тази сесия
video-is_open = Отворена: членовете могат да влизат.
video-is_locked = Заключена: само учители могат да влизат.
video-lock = Заключи сесията
video-end = Приключи сесията за всички
video-ended = Сесията приключи.
video-ended_space_archived = Сесията приключи: пространството ѝ беше архивирано.
video-ended_space_deleted = Сесията приключи: пространството ѝ беше изтрито.
video-ended_empty = Сесията приключи: известно време в нея нямаше никой.
video-no_teacher_yet = В тази сесия все още няма учител, затова никой не може да ви пусне. Можете да чакате тук или да излезете.
video-leave_lobby = Излез от чакалнята
video-removed = Учител ви премахна от сесията.
video-denied = Учител не ви пусна в тази сесия.
video-left = Излязохте от сесията.
video-full = Тази сесия е пълна.
video-refused = Не можете да влезете в тази сесия.
video-signal_refused = Сървърът отказа това, което изпрати браузърът ви. Опитайте да излезете и да влезете отново.
video-sfu_moving = Сесията се разрасна: разговорът се премества на медийния сървър на класа…
video-sfu_unreachable = Няма връзка с медийния сървър на класа. Нов опит…
video-sfu_no_seat = Всички места за камера в тази сесия са заети: вие виждате и чувате другите, но те не ви виждат и не ви чуват.
video-sfu_not_sent = Камерата и микрофонът ви не можаха да бъдат предадени. Все още виждате и чувате другите.

## forum
forum-title = Форум
forum-threads = Теми
forum-posts = Публикации
forum-areas = Раздели на форума
forum-area-open = Отворен форум
forum-area-teachers = Бюлетин на учителите
forum-empty = Все още няма теми.
forum-thread_meta =
    { $count ->
        [one] от { $author } · { $count } публикация · { $when }
       *[other] от { $author } · { $count } публикации · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } нова
       *[other] { $count } нови
    }
forum-pinned = закачена
forum-locked = заключена
forum-new_thread = Нова тема
forum-new_bulletin = Нова тема в Бюлетина на учителите
forum-thread_title = Заглавие на темата
forum-first_post = Първа публикация
forum-start = Започни темата
forum-thread_started = Темата е започната.
forum-thread_held = Благодарим! Учител ще прочете темата ви, преди всички да могат да я видят.
forum-back = Обратно към темите
forum-reply_label = Вашият отговор
forum-send = Публикувай отговора
forum-no_reply = Не можете да отговаряте в тази тема.
forum-held = Благодарим! Учител ще прочете публикацията ви, преди всички да могат да я видят.
forum-edited = (редактирана)
forum-edit = Редактирай
forum-edit_label = Редактирайте публикацията си
forum-save = Запази
forum-saved = Публикацията ви е променена.
forum-cancel = Отказ
forum-delete = Изтрий
forum-deleted = Публикацията е изтрита.
forum-report = Сигнализирай
forum-report_reason = Какво не е наред с тази публикация? (по избор)
forum-report_send = Изпрати сигнала
forum-reported = Благодарим ви. Учителите са уведомени.
forum-hide = Скрий
forum-restore = Възстанови
forum-approve = Одобри
forum-reject = Отхвърли
forum-done-hide = Публикацията е скрита от класа.
forum-done-restore = Публикацията отново се вижда.
forum-done-approve = Публикацията е одобрена: всички могат да я видят.
forum-done-reject = Публикацията е отхвърлена: вижда я само авторът ѝ.
forum-state-pending = чака учител
forum-state-hidden = скрита
forum-state-rejected = непубликувана
forum-state-deleted = изтрита
forum-pin = Закачи
forum-unpin = Откачи
forum-lock = Заключи
forum-unlock = Отключи
forum-thread_changed = Темата е променена.
forum-thread_gone = Тази тема вече не ви е достъпна.
forum-moderation = Модериране
forum-queue = Чакат одобрение
forum-queue_empty = Няма чакащи публикации.
forum-reports = Сигнали
forum-reports_empty = Няма отворени сигнали.
forum-reported_by = сигнал от { $name }
forum-report_said = Причина: { $reason }
forum-resolve = Затвори сигнала
forum-resolved = Сигналът е затворен.

## reactions
reaction-bar = Реакции
reaction-add = Добавяне на реакция
reaction-picker = Изберете реакция
reaction-count =
    { $count ->
        [one] { $name }: { $count } човек
       *[other] { $name }: { $count } души
    }
reaction-thumbs_up = Палец нагоре
reaction-heart = Сърце
reaction-clap = Браво
reaction-laugh = Смешно
reaction-idea = Добра идея
reaction-question = Имам въпрос

## archive
archive-title = Файлове
archive-usage = Използвани { $used } от { $quota }
archive-where = Папка
archive-top = Всички файлове
archive-empty = Тази папка е празна.
archive-contents = Папки и файлове
archive-name = Име
archive-size = Размер
archive-by = Добавено от
archive-when = Променено
archive-actions = Действия
archive-former_member = бивш член
archive-choose = Избери файл
archive-upload = Качи
archive-progress = Напредък на качването
archive-uploading = Качване на { $name }: { $percent }
archive-uploaded = Файлът „{ $name }“ е качен.
archive-too_large = Този файл е твърде голям: файловете могат да бъдат най-много { $max }.
archive-quota = Във файловете на това пространство не остана достатъчно място (свободни: { $free }). Помолете учител да премахне стари файлове.
archive-new_folder = Нова папка
archive-create_folder = Създай папката
archive-folder_created = Папката „{ $name }“ е създадена.
archive-download = Изтегли
archive-download_named = Изтегли { $name }
archive-rename = Преименувай
archive-rename_named = Преименувай { $name }
archive-new_name = Ново име
archive-save = Запази
archive-cancel = Отказ
archive-renamed = Новото име е „{ $name }“.
archive-trash = Премести в кошчето
archive-trash_named = Премести в кошчето: { $name }
archive-trashed = „{ $name }“ е в кошчето.
archive-show_trash = Кошче
archive-trash_empty = Кошчето е празно.
archive-restore = Възстанови
archive-restore_named = Възстанови { $name }
archive-restored = „{ $name }“ отново е на мястото си.
archive-purge = Изтрий завинаги
archive-purge_named = Изтрий завинаги { $name }
archive-purged = Изтрихте завинаги „{ $name }“.
archive-choose_first = Изберете файл за качване.
archive-no_file = Все още не е избран файл.
archive-name_taken = Тук вече има нещо с това име. Изберете друго име.

## unit
unit-b = Б
unit-kb = КБ
unit-mb = МБ
unit-gb = ГБ
unit-tb = ТБ

## field
field-required = Попълнете това поле.
field-unknown = Това поле не се очаква тук.
field-type = Тази стойност не е от правилния вид.
field-blank = Напишете нещо тук: само интервали не се броят.
field-too_short =
    { $count ->
        [one] Напишете поне { $min } знак.
       *[other] Напишете поне { $min } знака.
    }
field-too_long =
    { $count ->
        [one] Напишете най-много { $max } знак.
       *[other] Напишете най-много { $max } знака.
    }
field-too_small = Въведете поне { $min }.
field-too_large = Въведете най-много { $max }.
field-format = Това не е в очаквания вид.
field-choice = Изберете една от предложените възможности.
field-invalid = Тази стойност не се приема.

## confirm
confirm-cancel = Отказ
confirm-trash_file = Да се премести ли „{ $name }“ в кошчето?
confirm-trash_file_lost = Членовете вече няма да виждат този файл. Учител може да го върне от кошчето.
confirm-trash_folder = Да се премести ли папката „{ $name }“ в кошчето?
confirm-trash_folder_lost = Членовете вече няма да виждат тази папка, нито нещо в нея. Учител може да я върне от кошчето.
confirm-purge = Да се изтрие ли „{ $name }“ завинаги?
confirm-purge_lost = Ще изчезне за всички и няма да може да се върне.
confirm-delete_post = Да се изтрие ли тази публикация?
confirm-delete_post_lost = Текстът ѝ ще изчезне за всички. Това не може да се отмени.
confirm-delete_message = Да се изтрие ли това съобщение?
confirm-delete_message_lost = Текстът му ще изчезне за всички. Това не може да се отмени.
confirm-end_session = Да се приключи ли сесията за всички?
confirm-end_session_lost = Всички излизат от разговора веднага и сесията не може да бъде отворена отново.
confirm-remove_participant = Да се премахне ли { $name } от сесията?
confirm-remove_participant_lost = { $name } излиза от разговора веднага и не може да се върне в тази сесия.
confirm-deny = Да се откаже ли на { $name }?
confirm-deny_lost = { $name } няма да влезе в тази сесия.

## page
page-not_found = Страницата не е намерена
page-not_found_text = На този адрес няма страница.
page-go_spaces = Към моите пространства
page-go_sign_in = Към страницата за вход

## form
form-required = Попълнете това поле.
form-email_format = Напишете имейл адрес, например name@school.eu.
form-password_short = Използвайте поне 10 знака.
form-password_long = Използвайте най-много 200 знака.
form-password_mismatch = Двете пароли не съвпадат.
form-password_hint = Поне 10 знака. Няколко думи, които ще запомните, са добър избор.
form-check_fields = Моля, проверете отбелязаните по-горе полета.
form-field_invalid = Тази стойност не се приема.

## register
register-title = Създаване на профил в eTwinning
register-intro = За учители. Националният администратор на вашата държава проверява дали преподавате в училище и след това одобрява профила ви. Учениците не се регистрират: профилите им създава техният учител.
register-name = Вашето име
register-school = Училище
register-country = Държава
register-country_choose = Изберете държавата си
register-submit = Създай профила ми
register-email_taken = Вече има профил с този имейл адрес. Влезте или поискайте нова парола.
register-have_account = Вече имате профил? Влезте

## pending
pending-title = Профилът ви чака одобрение
pending-who_heading = Кой го одобрява
pending-who = Националният администратор на вашата държава ({ $country }) проверява дали преподавате в посоченото училище и след това одобрява профила ви.
pending-next_heading = Какво следва
pending-next_validate = След като профилът ви бъде одобрен, ставате eTwinner: можете да създавате пространства, да получавате покани за проекти и да създавате профили за учениците си. Влезте отново или натиснете „Провери отново“, за да го видите.
pending-next_reject = Ако националният администратор не приеме регистрацията ви, ще разберете това при влизане.
pending-next_meanwhile = Дотогава можете да промените името и паролата си в „Моят профил“.
pending-check = Провери отново
pending-still = Профилът ви все още чака одобрение.
pending-count =
    { $count ->
        [one] { $count } чака модериране
       *[other] { $count } чакат модериране
    }

## forgot
forgot-title = Забравена парола?
forgot-intro = Напишете имейл адреса на профила си. Ще изпратим връзка за избор на нова парола.
forgot-submit = Изпрати ми връзка
forgot-sent = Ако има профил с този адрес, към него е изпратена връзка. Връзката работи веднъж и за ограничено време. Проверете и папката за нежелана поща.
forgot-pupils = Ученици: тук нямате имейл адрес. Помолете учителя си за нов код.
forgot-back = Обратно към входа

## reset
reset-title = Изберете нова парола
reset-intro = Изборът на нова парола ви изписва от всички други устройства.
reset-password = Нова парола
reset-confirm = Новата парола отново
reset-submit = Запази новата парола
reset-gone = Тази връзка е изтекла или вече е използвана. Поискайте нова.
reset-done = Паролата ви е променена. Влезте с новата.
reset-ask_again = Поискай нова връзка

## account
account-title = Моят профил
account-signed_in_with = Влизате с { $email }.
account-name_heading = Вашето име
account-name = Име, което другите виждат
account-save_name = Запази името
account-name_saved = Името ви е запазено.
account-pupil_note = Това име е избрано и се управлява от учителя ви. Попитайте учителя си, ако трябва да се промени.
account-password_heading = Вашата парола
account-password_intro = Промяната ѝ ви изписва от другите ви устройства; тук оставате в профила си.
account-current_password = Текуща парола
account-new_password = Нова парола
account-confirm_password = Новата парола отново
account-save_password = Промени паролата
account-password_saved = Паролата ви е променена.
account-current_wrong = Това не е текущата ви парола.
account-everywhere_heading = Изход от всички устройства
account-everywhere_intro = Прекратява входа ви на всяко устройство и браузър, включително този: изгубен телефон или споделен компютър вече няма да отварят профила ви.
account-everywhere = Изход от всички устройства…
account-everywhere_question = Да се излезе ли от всички устройства, включително това? Отворените страници се затварят веднага и всичко неизпратено в тях се губи.
account-everywhere_confirm = Да, изход отвсякъде
account-everywhere_done = Излязохте от профила си на всички устройства.
account-cancel = Отказ

## admin
admin-nav = Конзола за одобрение
admin-title = Конзола на националния администратор
admin-country = Държава: { $country }
admin-only_national_admins = Тази страница е за националните администратори.
admin-pending_heading = Учители, които чакат одобрение
admin-pending_count =
    { $count ->
        [one] { $count } учител чака.
       *[other] { $count } учители чакат.
    }
admin-pending_none = Няма учители, които чакат одобрение.
admin-select_all = Избери всички
admin-select_first = Първо изберете поне един учител.
admin-validate_selected = Одобри избраните
admin-reject_selected = Отхвърли избраните…
admin-validated =
    { $count ->
        [one] Одобрен е { $count } учител.
       *[other] Одобрени са { $count } учители.
    }
admin-rejected =
    { $count ->
        [one] Отхвърлена е { $count } регистрация.
       *[other] Отхвърлени са { $count } регистрации.
    }
admin-reject_question =
    { $count ->
        [one] Да се отхвърли ли регистрацията на { $names }? С този профил няма да може да се влиза и това не може да се отмени.
       *[other] Да се отхвърлят ли тези { $count } регистрации ({ $names })? С тези профили няма да може да се влиза и това не може да се отмени.
    }
admin-reject_reason = Причина за отхвърлянето
admin-reject_heading = Отхвърляне на регистрации
admin-suspend_heading = Временно спиране на профил
admin-reinstate_heading = Възстановяване на профил
admin-reject_reason_hint = Записва се в журнала за одит заедно с вашето име.
admin-reject_confirm =
    { $count ->
        [one] Отхвърли { $count } регистрация
       *[other] Отхвърли { $count } регистрации
    }
admin-failed_one = { $name }: { $why }
admin-school = Училище: { $school }
admin-registered = Регистрация: { $date }
admin-search_heading = Намиране на профил
admin-search_label = Име, имейл адрес или училище
admin-search_hint = Само профили от вашата държава. Оставете празно, за да видите всички, като най-новите са първи.
admin-search = Търси
admin-showing = { $from }–{ $to } от { $total }
admin-no_match = Няма съвпадащ профил.
admin-previous = Предишна страница
admin-next = Следваща страница
admin-suspend = Спри временно…
admin-suspend_named = Спри временно { $name }…
admin-suspend_question = Да се спре ли временно профилът на { $name }? Входът с него се прекратява веднага навсякъде, отворените с него страници се затварят и с него не може да се влиза, докато не го възстановите.
admin-suspend_reason = Причина за временното спиране
admin-suspend_confirm = Да, спри временно
admin-suspend_done = Профилът на { $name } е временно спрян.
admin-reinstate = Възстанови…
admin-reinstate_named = Възстанови { $name }…
admin-reinstate_question = Да се възстанови ли профилът на { $name }? С него отново ще може да се влиза.
admin-reinstate_reason = Причина (по избор)
admin-reinstate_confirm = Възстанови
admin-reinstate_done = Профилът на { $name } е възстановен.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = За потвърждение напишете заглавието на пространството: { $text }

## status
status-active = активен
status-pending = чака одобрение
status-suspended = временно спрян
status-rejected = отхвърлен
status-erased = заличен

## names
names-marked = { $name } ({ $mark })

## members
members-username = потребителско име { $username }
members-role_of = Роля на { $name }
members-change_role = Промени ролята
members-role_question = Да се промени ли ролята на { $name } от „{ $from }“ на „{ $to }“?
members-role_consequence = Отсега { $name } може да прави всичко, което позволява ролята „{ $to }“, веднага на всички устройства.
members-role_confirm = Промени ролята
members-role_changed = { $name } вече има ролята „{ $role }“.
members-reset_code = Нов код
members-reset_question = Да се даде ли нов код за вход на { $name }?
members-reset_consequence = Старият код спира да работи веднага и ученикът излиза от профила си навсякъде. Вие предавате новата карта на ученика.
members-reset_confirm = Създай нов код
members-reset_done = { $name } има нов код: раздайте новата карта по-долу.
members-export = Експортирай данните
members-remove = Премахни
members-remove_question = Да се премахне ли { $name } от това пространство?
members-remove_consequence = { $name } губи достъп до това пространство веднага, на всички устройства.
members-remove_pupil_kept = Профилът, публикациите и файловете на ученика остават; по-късно можете да го добавите отново.
members-remove_kept = Публикациите и файловете на този член остават в пространството.
members-remove_confirm = Премахни
members-removed = Премахнахте { $name }.
members-erase = Заличи профила
members-leave = Напусни това пространство
members-leave_question = Да напуснете ли „{ $title }“?
members-leave_consequence = Веднага губите достъп до форумите, файловете, чата и видеото му. Само учител администратор може да ви върне.
members-leave_kept = Написаното и каченото от вас остава в пространството.
members-leave_confirm = Напусни пространството
members-left = Напуснахте „{ $title }“.

## erase
erase-question = Да се заличи ли профилът на { $name }?
erase-account_gone = Името, потребителското име и кодът на ученика се изтриват завинаги.
erase-signed_out = Ученикът веднага излиза от профила и никога повече няма да може да влезе.
erase-no_undo = Това не може да се отмени.
erase-export_first = Ако ученикът или семейството може да поискат копие, първо експортирайте данните.
erase-posts = Публикациите и съобщенията в чата на ученика
erase-posts_keep = Запази ги, показани като от „бивш ученик“
erase-posts_remove = Премахни ги завинаги
erase-files = Файловете на ученика
erase-files_keep = Запази ги, като собственост на „бивш ученик“
erase-files_remove = Премахни ги завинаги
erase-confirm = Заличи профила
erase-done = Профилът на { $name } е заличен.

## invite_teacher
invite_teacher-title = Покана за учител партньор
invite_teacher-by_email = По имейл адрес
invite_teacher-role = Роля
invite_teacher-submit = Покани
invite_teacher-done = { $name } се присъедини с ролята „{ $role }“.
invite_teacher-not_etwinner = Няма одобрен eTwinner с този адрес или нямате право да давате тази роля.
invite_teacher-find = Търсене на eTwinner
invite_teacher-query = Име, училище или държава
invite_teacher-search = Търси
invite_teacher-results = Намерени eTwinners
invite_teacher-none = Не е намерен eTwinner.
invite_teacher-more = Още резултати
invite_teacher-member = Член на това пространство
invite_teacher-invite = Покани
invite_teacher-role_for = Роля за { $name }

## pupils
pupils-title = Добавяне на ученици
pupils-one_title = Един ученик
pupils-name = Име на ученика
pupils-add_one = Добави ученика
pupils-class_title = Цял клас
pupils-class_names = Имена на учениците
pupils-class_help = По едно име на ред, така както другите ще виждат учениците.
pupils-add_class = Добави класа
pupils-class_empty = Напишете поне едно име.
pupils-language = Език на страницата за тези ученици
pupils-language_help = След като влязат, ще виждат TwinSpace Live на този език. Всеки ученик може да го промени по-късно.
pupils-line_errors = Редове за поправка
pupils-line_error = Ред { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } ред трябва да се поправи; нищо не е създадено.
       *[other] { $count } реда трябва да се поправят; нищо не е създадено.
    }
pupils-created =
    { $count ->
        [one] Добавен е { $count } ученик.
       *[other] Добавени са { $count } ученици.
    }

## cards
cards-title = Карти за вход
cards-once = Тези кодове се показват само сега. Отпечатайте картите или запишете кодовете, преди да напуснете страницата.
cards-site = Вход на
cards-print = Отпечатай картите
cards-done = Готово: скрий кодовете

## links
links-tab = Връзки за гости
links-intro = Връзката за гости позволява на експерт или наблюдател да се присъедини към този TwinSpace като гост. Всеки, който има връзката, може да я използва, докато не изтече или не бъде изчерпана.
links-create_title = Нова връзка за гости
links-valid_for = Валидна за
links-days =
    { $count ->
        [one] { $count } ден
       *[other] { $count } дни
    }
links-uses = Брой използвания
links-note = Бележка (за кого е)
links-create = Създай връзката
links-new = Новата връзка
links-once = Копирайте я сега: показва се само веднъж.
links-copy = Копирай
links-copied = Връзката е копирана.
links-select_copy = Връзката е избрана: натиснете Ctrl+C (⌘+C), за да я копирате.
links-live = Активни връзки
links-empty = Няма активна връзка за гости.
links-untitled = Връзка за гости
links-used =
    { $count ->
        [one] използвания: { $used } от { $count }
       *[other] използвания: { $used } от { $count }
    }
links-until = до { $time }
links-revoke = Оттегли
links-revoke_question = Да се оттегли ли тази връзка за гости?
links-revoke_consequence = Никой вече не може да се присъедини с нея.
links-revoke_kept = Гостите, които са се присъединили с нея, остават членове.
links-revoked = Връзката е оттеглена.

## settings
settings-tab = Настройки
settings-space = Пространството
settings-pupils = Ученици
settings-premoderate_pupils = Задържай публикациите на учениците, докато учител ги одобри
settings-pupils_may_create_threads = Учениците могат да започват теми
settings-pupils_may_upload = Учениците могат да качват файлове
settings-save = Запази
settings-saved = Настройките са запазени.
settings-archive_title = Архивиране
settings-archive_text = Архивираното пространство остава достъпно за четене от членовете си, но никой не може да публикува, да качва файлове или да започва видеосесия.
settings-archive = Архивирай това пространство
settings-archive_question = Да се архивира ли „{ $title }“?
settings-archive_read_only = Никой вече не може да публикува, да качва или да променя каквото и да е.
settings-archive_video = Текущите видеосесии приключват веднага.
settings-archive_undo = Основател може по-късно да отвори пространството отново.
settings-archive_confirm = Архивирай
settings-archived_title = Това пространство е архивирано
settings-archived_text = То е само за четене. Отворете го отново, за да могат членовете да публикуват и качват.
settings-unarchive = Отвори отново
settings-unarchive_question = Да се отвори ли отново „{ $title }“?
settings-unarchive_consequence = Членовете отново могат да публикуват, да качват и да започват видеосесии.
settings-delete_title = Изтриване на пространството
settings-delete_text = Изтриването премахва завинаги пространството и всичко в него.
settings-delete = Изтрий това пространство
settings-delete_question = Да се изтрие ли завинаги „{ $title }“?
settings-delete_content = Всички теми във форума, съобщения в чата и файлове, с всичките им версии, се изтриват.
settings-delete_members = Всички членове губят пространството; профилите на учениците остават само в другите им пространства.
settings-delete_video = Текущите видеосесии приключват веднага.
settings-delete_no_undo = Журналът за одит също се изтрива. Това не може да се отмени.
settings-delete_confirm = Изтрий завинаги
settings-deleted = Пространството „{ $title }“ е изтрито.

## audit
audit-tab = Журнал за одит
audit-caption = Какво е направено в това пространство, като най-новите са първи
audit-when = Кога
audit-who = Кой
audit-what = Какво
audit-empty = Все още няма записи.
audit-older = Покажи по-старите записи
audit-system = Сървърът
audit-former_member = Бивш член
audit-former_member_target = бивш член
audit-reason = Причина: { $reason }
audit-other = Извърши „{ $action }“ { $target }
audit-space-created = Създаде пространството
audit-space-settings_changed = Промени настройките на пространството
audit-space-archived = Архивира пространството
audit-space-unarchived = Отвори отново пространството
audit-member-invited = Покани { $target } с ролята „{ $role }“
audit-member-role_changed = Промени ролята на { $target } от „{ $from }“ на „{ $role }“
audit-member-removed = Премахна { $target }
audit-member-left = Напусна пространството
audit-member-muted = Спря писането на { $target }
audit-member-unmuted = Позволи отново писането на { $target }
audit-pupil-created = Създаде ученика { $target }
audit-pupil-added = Добави ученика { $target }
audit-pupil-code_reset = Даде нов код за вход на { $target }
audit-pupil-exported = Експортира данните на { $target }
audit-pupil-erased = Заличи профила на ученик
audit-invitation-created = Създаде връзка за гости
audit-invitation-revoked = Оттегли връзка за гости
audit-invitation-accepted = Присъедини се чрез връзка за гости
audit-video-started = Започна видеосесия
audit-video-ended = Приключи видеосесия
audit-video-locked = Заключи видеосесия
audit-video-unlocked = Отключи видеосесия
audit-video-admitted = Пусна { $target } във видеосесия
audit-video-denied = Отказа на { $target } да влезе във видеосесия
audit-video-muted = Изключи микрофона на { $target } във видеосесия
audit-video-unmuted = Позволи на { $target } отново да говори във видеосесия
audit-video-removed = Премахна { $target } от видеосесия
audit-video-spotlight = Промени акцентирания участник във видеосесия
audit-post-hidden = Скри публикация
audit-post-restored = Възстанови публикация
audit-post-approved = Одобри публикация
audit-post-rejected = Отхвърли публикация
audit-post-purged = Премахна завинаги публикация
audit-post-reported = Сигнализира за публикация
audit-report-resolved = Затвори сигнал
audit-thread-pinned = Закачи тема
audit-thread-unpinned = Откачи тема
audit-thread-locked = Заключи тема
audit-thread-unlocked = Отключи тема
audit-archive-folder_created = Създаде папка
audit-archive-folder_renamed = Преименува папка
audit-archive-folder_moved = Премести папка
audit-archive-folder_trashed = Премести папка в кошчето
audit-archive-folder_restored = Извади папка от кошчето
audit-archive-folder_purged = Премахна завинаги папка
audit-archive-file_added = Добави файл
audit-archive-file_version_added = Добави версия на файл
audit-archive-file_renamed = Преименува файл
audit-archive-file_moved = Премести файл
audit-archive-file_trashed = Премести файл в кошчето
audit-archive-file_restored = Извади файл от кошчето
audit-archive-file_purged = Премахна завинаги файл
audit-chat-expired = Премахна съобщенията в чата с изтекъл срок
audit-audit-retention_changed = Промени колко дълго журналът за одит пази записите
audit-group-joined = Присъединяване към групата
audit-group-requested = Молба за присъединяване към групата
audit-group-request_accepted = Приета молба: { $target }
audit-group-request_declined = Отказана молба: { $target }
audit-group-request_withdrawn = Оттеглена молба за присъединяване
audit-member-banned = Блокиране: { $target }
audit-member-unbanned = Премахнато блокиране: { $target }
audit-group-featured = Групата е препоръчана
audit-group-unfeatured = Групата вече не е препоръчана
audit-group-moderator_appointed = Възложена модерация: { $target }

## group_role
group_role-founder = Собственост на групата
group_role-admin = Модерация
group_role-teacher = Член на групата

## readers
readers-title = Четат сега
readers-more =
    { $count ->
        [one] и още { $count } човек
       *[other] и още { $count } души
    }

## groups
groups-nav = Групи
groups-title = Групи в eTwinning
groups-intro = Общности на eTwinner-и около предмет, тема или област на интерес. Участват само потвърдени eTwinner-и.
groups-search = Намиране на група
groups-words = Думи от заглавието
groups-topic = Тема
groups-language = Език
groups-language_any = Всички езици
groups-language_choose = Изберете език
groups-country = Държава на член на групата
groups-country_any = Всички държави
groups-search_submit = Търсене
groups-found = Групи
groups-empty = Няма група, която да отговаря на това търсене.
groups-more = Още групи
groups-featured = Препоръчана
groups-topic_is = Тема: { $topic }
groups-members =
    { $count ->
        [one] { $count } член
       *[other] { $count } членове
    }
groups-access_short-open = Отворена
groups-access_short-closed = Затворена
groups-standing-member = В групата сте. Вашата роля: { $role }
groups-standing-requested = Поискахте да се присъедините към тази група.
groups-standing-banned = Екипът по модерация на тази група не ви позволява да се присъедините.
groups-join = Присъединяване
groups-ask = Молба за присъединяване
groups-ask_message = Съобщение за екипа по модерация (по избор)
groups-withdraw = Оттегляне на молбата ми
groups-open_group = Отваряне на групата
groups-joined = Вече сте в групата „{ $title }“.
groups-asked = Молбата ви за присъединяване към „{ $title }“ е изпратена на екипа по модерация.
groups-withdrawn = Молбата ви за присъединяване към „{ $title }“ е оттеглена.
groups-waiting = Екипът по модерация ще отговори на молбата ви. Тази страница показва отговора веднага щом пристигне.
groups-accepted = Молбата ви е приета: добре дошли в „{ $title }“.
groups-not_accepted = Молбата ви не е приета. Можете да поискате отново.
groups-back = Обратно към групите
groups-create = Създаване на група
groups-group_title = Заглавие
groups-description = Описание (по избор)
groups-access = Кой може да се присъедини
groups-access-open = Отворена: всеки eTwinner се присъединява веднага
groups-access-closed = Затворена: екипът по модерация приема всяка молба
groups-create_submit = Създаване на групата
groups-created = Групата „{ $title }“ е създадена.
groups-members_search = Намиране на член на групата
groups-members_more = Още членове
groups-leave = Напускане на тази група
groups-leave_consequence = Веднага губите достъп до форума, файловете, чата и видеото на групата.
groups-leave_kept = Написаното и каченото от вас остава в групата. Можете да се върнете през каталога на групите.
groups-leave_confirm = Напускане на групата
groups-requests = Молби за присъединяване
groups-requests_empty = Никой не чака.
groups-accept = Приемане
groups-decline = Отказ
groups-accepted_member = { $name } вече е в групата.
groups-declined = Молба: { $name } – отказана.
groups-ban = Блокиране
groups-ban_question = Блокиране на достъпа до групата: { $name }?
groups-ban_consequence = { $name } веднага напуска групата и не може да се върне, нито да поиска това.
groups-ban_kept = Публикациите и файловете остават в групата. Блокирането може да се премахне по-късно.
groups-ban_reason = Причина (по избор, остава в дневника)
groups-ban_confirm = Блокиране
groups-banned = Блокирано: { $name }.
groups-bans = Блокирани eTwinner-и
groups-bans_empty = Няма блокирания.
groups-lift = Премахване на блокирането
groups-lifted = { $name } отново може да се присъедини.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Изберете нова парола за TwinSpace Live
mail-reset_body =
    Здравейте, { $name },

    Някой, вероятно вие, поиска да избере нова парола за профила ви в TwinSpace Live.
    Отворете тази връзка, за да я изберете (работи веднъж, в рамките на { $minutes } минути):

    { $link }

    Изборът на нова парола ви изписва от всички други места.
    Ако не сте поискали това, не обръщайте внимание на това съобщение: паролата ви остава същата.

    TwinSpace Live

## events (issue 22)
events-nav = Събития
events-title = Предстоящи събития
events-empty = Все още няма предстоящи събития за вас.
events-more = Покажи още събития
events-schedule = Планиране на събитие
events-zone = Часовете са показани във вашата часова зона: { $zone }
events-audience-etwinners = Всички eTwinners
events-audience-country = eTwinners от тази държава: { $country }
events-audience-group = Членовете на група
events-audience-twinspace = Членовете на TwinSpace
events-organising = Вие организирате това събитие.
events-registered = Вашата регистрация е записана.
events-waiting = В списъка на чакащите сте (място { $position }).
events-state-live = На живо сега
events-state-ended = Това събитие приключи.
events-state-cancelled = Това събитие е отменено.
events-places = Заети места: { $taken } от { $capacity }
event_form-new_title = Планиране на събитие
event_form-edit_title = Промяна на събитието
event_form-title = Заглавие
event_form-description = Описание
event_form-date = Дата
event_form-time = Начален час
event_form-duration = Продължителност в минути
event_form-space = Група или TwinSpace
event_form-speakers_hint = Изберете сред учителите от вашите групи и TwinSpace пространства.
event_form-no_speakers = Все още няма кого да изберете.
event_form-create = Планирай събитието
event_form-save = Запази промените
event_form-created = „{ $title }“ е планирано.
event_form-saved = Промените в „{ $title }“ са запазени.
event_form-start_past = Изберете начало в бъдещето.
event-title = Събитие
event-back = Всички събития
event-when = Кога
event-language = Език
event-audience = Кой може да се регистрира
event-organiser = Организация
event-speakers = Лектори
event-places = Места
event-no_speakers = Все още няма посочени лектори.
event-waiting_count = В списъка на чакащите: { $waiting }
event-registration = Вашето място
event-speaking = Вие говорите на това събитие.
event-full = Всички места са заети: ако се регистрирате, влизате в списъка на чакащите.
event-register = Регистрирай ме
event-unregister = Освободи мястото ми
event-leave_waiting = Напусни списъка на чакащите
event-unregister_confirm_title = Да се откажете ли от „{ $title }“?
event-unregister_confirm = Следващият човек от списъка на чакащите получава вашия ред. Ако се регистрирате отново, може да се наложи да чакате.
event-unregistered = Регистрацията ви е отменена.
event-calendar = Добави в моя календар (.ics)
event-organiser_tools = За организацията
event-edit = Промяна на събитието
event-cancel = Отмени събитието
event-keep = Запази събитието
event-cancel_confirm_title = Да се отмени ли „{ $title }“?
event-cancel_confirm_lost = Никой вече няма да може да се регистрира и всички ще виждат, че е отменено. Това не може да се върне. Регистрациите и въпросите се запазват.
event-cancelled = Събитието е отменено.
event-registrants = Регистрации
event-waiting_list = Списък на чакащите
event-nobody = Все още никой.
event-attendance = Присъствие
event-attendance_hint = Кой следеше страницата на събитието, докато беше на живо, и колко дълго.
event-attendance_none = Никой не следеше събитието на живо.
event-minutes = { $minutes } мин.
qa-title = Въпроси и отговори
qa-empty = Все още няма въпроси.
qa-closed = Въпросите са затворени: събитието приключи.
qa-need_place = Регистрирайте се, за да зададете въпрос или да подкрепите някой.
qa-your_question = Вашият въпрос
qa-ask = Питай
qa-asked = Въпросът ви е изпратен.
qa-upvote = Подкрепи
qa-upvoted = Подкрепен
qa-votes = Гласове: { $votes }
qa-by = Пита: { $name }
qa-by_gone = Пита: изтрит профил
qa-answer = Отговор: { $answer }
qa-state-picked = Отговаря се сега
qa-state-answered = С отговор
qa-state-hidden = Скрит
qa-pick = Избери
qa-unpick = Върни в списъка
qa-hide = Скрий
qa-restore = Възстанови
qa-answer_label = Писмен отговор (по желание)
qa-mark_answered = Отбележи като отговорен
qa-gone = Вече не можете да следите тези въпроси.
audit-event-created = Планиране на събитието „{ $title }“
audit-event-updated = Промяна на събитието „{ $title }“
audit-event-cancelled = Отмяна на събитието „{ $title }“
audit-event-question_moderated = Модериране на въпрос от събитието „{ $title }“

## the live webinar (issue 22)
live-title = Видео на живо
live-not_started = Видеото на живо още не е започнало.
live-ended = Видеото на живо приключи.
live-connecting = Свързване с видеото на живо…
live-need_place = Видеото на живо могат да гледат само тези, които имат място.
live-watching_you = Гледате видеото на живо.
live-on_air = Вие сте на живо: всички ви виждат и чуват.
live-recording = Това събитие се записва.
live-speaking = Говори: { $names }
live-nobody_speaking = Още никой не говори.
live-watching = Гледат: { $watching }
live-start = Започни видеото на живо
live-end = Приключи видеото на живо
live-end_confirm_title = Да се приключи ли видеото на живо на „{ $title }“?
live-end_confirm_lost = Видеото спира за всички – говорители и публика. Можете да го започнете отново, докато трае събитието; въпросите се запазват.
live-go_live = Включи се на живо
live-stop = Спри моето видео
live-hand_raised = Ръката ви е вдигната: модератор може да ви покани да говорите.
live-invited = Поканени сте да говорите: включете се на живо, когато сте готови.
live-returned = Отново сте в публиката.
live-hands = Вдигнати ръце
live-no_hands = Няма вдигната ръка.
live-promote = Покани { $name } да говори
live-return = Върни { $name } в публиката
live-record_start = Започни записа
live-record_stop = Спри записа

## the event's recordings and seat (issue 22)
event-moved_up = Вече имате място: преминахте от списъка с чакащи.
live-off_stage_returned = Модератор ви върна в публиката.
live-off_stage_muted = Звукът ви беше изключен в това пространство: отново сте в публиката.
live-off_stage_removed = Вече не сте член на това пространство: отново сте в публиката.
live-off_stage_unnamed = Вече не сте сред лекторите на това събитие: отново сте в публиката.
recordings-title = Записи
recordings-processing = Запис се обработва: ще се появи тук, когато е готов.
recordings-take = Записано на { $when } · { $length }
recordings-video = Видео: { $speaker }
recordings-audio = Звук: { $speaker }
recordings-former_speaker = бивш говорител
