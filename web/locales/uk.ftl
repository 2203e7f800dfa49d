### TwinSpace Live: слова сторінки українською мовою.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Українська

## app
app-name = TwinSpace Live
app-skip = Перейти до вмісту
app-nav = Головне меню
app-language = Мова
app-sign_out = Вийти
app-signed_in_as = Ви увійшли як { $name }
app-loading = Завантаження…

## conn
conn-lost = З’єднання втрачено. Повторне під’єднання…
conn-back = З’єднання відновлено.
conn-failed = З’єднання в реальному часі закрито. Перезавантажте сторінку, щоб спробувати ще раз.
conn-session_ended = Ваш сеанс завершився. Увійдіть знову.
conn-account_locked = Цей обліковий запис більше не можна використовувати. Увійдіть знову, щоб дізнатися чому.
conn-closed-auth_missing = З’єднання в реальному часі не отримало вчасно ваших даних для входу. Перезавантажте сторінку.
conn-closed-session_invalid = Ваш сеанс більше не дійсний. Увійдіть знову.
conn-closed-session_expired = Термін дії вашого сеансу минув. Увійдіть знову.
conn-closed-signed_out = Ваш сеанс закрито. Увійдіть знову.
conn-closed-account_locked = Цей обліковий запис більше не можна використовувати. Увійдіть знову, щоб дізнатися чому.
conn-closed-too_many_connections = У цьому обліковому записі відкрито забагато сторінок одночасно. Закрийте кілька вкладок, а потім перезавантажте цю сторінку.
conn-closed-too_many_messages = Ця сторінка надіслала забагато даних надто швидко. Зачекайте трохи, а потім перезавантажте її.
conn-closed-frame_too_large = Ця сторінка надіслала щось завелике. Перезавантажте сторінку і спробуйте ще раз.
conn-closed-idle_timeout = З’єднання в реальному часі було неактивним надто довго, тому його закрито. Повторне під’єднання…
conn-closed-slow_consumer = З’єднання в реальному часі відстало. Повторне під’єднання…
conn-closed-server_restarting = Сервер перезапускається. Повторне під’єднання за мить…
conn-closed-server_shutting_down = Сервер, до якого ви під’єдналися, зупиняється. Повторне під’єднання…
conn-closed-unavailable = Сервер зайнятий. Повторне під’єднання за мить…
conn-closed-internal = На сервері щось пішло не так. Повторне під’єднання за мить…

## login
login-title = Вхід
login-intro = Учителі та гості входять зі своєю адресою електронної пошти. Учні використовують ім’я користувача та код, які їм дав учитель.
login-teacher = Учителі та гості
login-pupil = Учні
login-email = Адреса електронної пошти
login-password = Пароль
login-username = Ім’я користувача
login-code = Код
login-submit = Увійти
login-pupil_submit = Увійти як учень
login-forgot = Забули пароль?
login-register = Ще немає облікового запису? Створіть обліковий запис eTwinner
login-pupil_forgot = Забули код? Попросіть у свого вчителя новий.

## invite
invite-title = Приєднання до TwinSpace як гість
invite-intro = Вас запрошено до TwinSpace. Виберіть, як вас бачитимуть інші, і встановіть пароль.
invite-display_name = Ваше ім’я
invite-submit = Прийняти запрошення
invite-checking = Перевірка запрошення…
invite-for_space = Вас запрошено до «{ $title }».
invite-unknown = Це посилання-запрошення невідоме. Перевірте, чи ви скопіювали його повністю, або попросіть нове у вчителя, який його надіслав.
invite-expired = Термін дії цього посилання-запрошення минув. Попросіть нове у вчителя, який його надіслав.
invite-used_up = Це посилання-запрошення вже використано стільки разів, скільки дозволено. Попросіть нове у вчителя, який його надіслав.
invite-revoked = Учитель відкликав це посилання-запрошення.
invite-closed = Простір цього запрошення закрито.

## spaces
spaces-title = Мої простори
spaces-empty = Ви ще не входите до жодного простору.
spaces-create = Створення простору
spaces-kind = Тип
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Кімната
spaces-kind-group = Група
spaces-space_title = Назва
spaces-description = Опис (необов’язково)
spaces-create_submit = Створити
spaces-created = Простір «{ $title }» створено.
spaces-my_role = Ваша роль: { $role }
spaces-archived = в архіві

## space
space-back = Назад до моїх просторів
space-sections = Розділи цього простору
space-members = Учасники
space-online_count =
    { $count ->
        [one] { $count } в мережі
        [few] { $count } в мережі
        [many] { $count } в мережі
       *[other] { $count } в мережі
    }
space-online = в мережі
space-offline = не в мережі
space-you = (ви)
space-refreshed = Список оновлено.
space-gone = Цей простір вам більше не доступний.

## chat
chat-title = Чат
chat-empty = Повідомлень ще немає.
chat-message = Повідомлення
chat-send = Надіслати
chat-pending = (чекає на вчителя)
chat-typing = { $name } пише…
chat-teachers_tab = Бюлетень учителів
chat-teachers_title = Бюлетень учителів
chat-session_title = Чат сесії
chat-older = Показати старіші повідомлення
chat-new_messages = Нові повідомлення
chat-mention_list = Учасники, яких можна згадати
chat-mention_hint = Наберіть @ та ім’я, щоб згадати учасника.
chat-hidden = (приховано вчителем)
chat-deleted = (видалено)
chat-rejected = (вчитель не показав)
chat-edited = (змінено)
chat-mentions_you = згадує вас
chat-edit = Редагувати
chat-edit_label = Редагувати ваше повідомлення
chat-save = Зберегти
chat-cancel = Скасувати
chat-delete = Видалити
chat-delete_confirm = Так, видалити
chat-hide = Приховати
chat-restore = Відновити
chat-approve = Схвалити
chat-reject = Відхилити
chat-report = Поскаржитися
chat-reported = Дякуємо. Учителі переглянуть це повідомлення.
chat-mute = Заборонити писати
chat-mute_question = Заборонити писати в чаті: { $name }?
chat-mute_for = Заборонити писати ({ $name }) на
chat-minutes =
    { $count ->
        [one] { $count } хвилину
        [few] { $count } хвилини
        [many] { $count } хвилин
       *[other] { $count } хвилини
    }
chat-mute_confirm = Заборонити зараз
chat-muted_other = { $name } не може писати до { $time }.
chat-muted_you = Учитель призупинив для вас можливість писати до { $time }. Ви й далі можете читати чат.
chat-unmuted_you = Ви знову можете писати в чаті.
chat-gone = Цей чат вам більше не доступний.

## role
role-founder = Засновник
role-admin = Адміністратор
role-teacher = Учитель
role-pupil_admin = Учень-адміністратор
role-pupil = Учень
role-guest = Гість

## error
error-bad_credentials = Дані для входу неправильні. Перевірте їх і спробуйте ще раз.
error-rate_limited = Забагато спроб. Зачекайте трохи й спробуйте ще раз.
error-invalid = Деякі поля заповнено неправильно.
error-not_found = Ця сторінка не існує або ви не можете її бачити.
error-forbidden = Вам не дозволено це робити.
error-gone = Цього більше не існує або це більше не працює.
error-conflict = Це суперечить тому, що вже існує.
error-gone-revoked = Це посилання-запрошення більше не працює: учителі простору його відкликали.
error-gone-expired = Це посилання-запрошення більше не працює: термін його дії минув.
error-gone-used_up = Це посилання-запрошення більше не працює: його використано стільки разів, скільки дозволено.
error-conflict-name_taken = «{ $name }» тут уже є. Виберіть іншу назву.
error-conflict-in_trash = «{ $name }» у кошику: спочатку це треба відновити.
error-conflict-not_in_trash = «{ $name }» немає в кошику.
error-conflict-parent_in_trash = «{ $name }» міститься в папці, яка тепер у кошику: спочатку відновіть цю папку.
error-conflict-folder_not_empty = Папка «{ $name }» не порожня: спочатку перемістіть її вміст до кошика.
error-conflict-wrong_status = Стан цього облікового запису ({ $status }) цього не дозволяє.
error-unauthenticated = Увійдіть, будь ласка.
error-network = Не вдалося зв’язатися із сервером. Перевірте з’єднання і спробуйте ще раз.
error-generic = Щось пішло не так. Спробуйте ще раз.
error-too_large = Це занадто велике.
error-quota_exceeded = У цьому просторі не залишилося достатньо місця.
error-unsupported = Сервер не може прийняти такий тип запиту.
error-aborted = Надсилання зупинено.
error-rate_limited_wait = Забагато спроб. Спробуйте ще раз { $wait }.
error-fields = Деякі поля потребують уваги: дивіться повідомлення під кожним із них.
error-account_rejected = Національний адміністратор вашої країни не прийняв цю реєстрацію, тому з цим обліковим записом не можна увійти. Якщо ви вважаєте це помилкою, зверніться до Національної організації підтримки eTwinning у вашій країні.
error-account_suspended = Національний адміністратор вашої країни призупинив цей обліковий запис: поки що з ним не можна увійти. Щоб дізнатися чому або попросити його відновити, зверніться до Національної організації підтримки eTwinning у вашій країні.
error-malformed = Сторінка надіслала щось, чого сервер не зміг прочитати. Перезавантажте сторінку і спробуйте ще раз.
error-csrf = Перевірка безпеки сторінки не вдалася. Перезавантажте сторінку і спробуйте ще раз.
error-limit_exceeded = Це перевищує обмеження, встановлене для цього простору.
error-unavailable = Сервер зайнятий або якась його частина не відповідає. Спробуйте ще раз за мить.
error-internal = На сервері щось пішло не так. Спробуйте ще раз пізніше.
error-insufficient_storage = На сервері не залишилося місця для файлів. Нічого не збережено; повідомте про це контактну особу eTwinning у вашій школі.
error-request_timeout = Надсилання тривало надто довго, і його зупинено. Перевірте з’єднання і спробуйте ще раз.
error-conflict-not_a_guest = Ця адреса електронної пошти належить обліковому запису eTwinning. Учителів запрошують адміністратори простору, а не гостьове посилання.

## notice
notice-post-pending = Дякуємо! Учитель прочитає ваш допис, перш ніж його зможуть побачити всі.
notice-post-approved = Учитель прочитав ваш допис. Тепер його можуть бачити всі в проєкті.
notice-post-rejected = Учитель вирішив не показувати ваш допис. Ви можете запитати свого вчителя чому.
notice-post-hidden = Учитель поки що приховав ваш допис. Ви можете запитати свого вчителя чому.
notice-post-restored = Учитель знову показав ваш допис. Тепер його можуть бачити всі.
notice-post-purged = Учитель видалив ваш допис.
notice-member-muted = Ви можете читати проєкт, але деякий час не можете писати.
notice-member-unmuted = Ви знову можете писати в проєкті.
notice-chat-mention = { $name } згадує вас у чаті.

## video
video-section = Відео
video-open_sessions = Відкриті відеосесії
video-none = Немає відкритих відеосесій.
video-start_title = Початок відеосесії
video-title = Назва (необов’язково)
video-lobby = Учні чекають у залі очікування, доки вчитель їх не впустить
video-start = Почати
video-join_named = Приєднатися до «{ $title }»
video-nobody_in_call = У дзвінку ще нікого немає
video-people_in_call =
    { $count ->
        [one] { $count } людина в дзвінку
        [few] { $count } людини в дзвінку
        [many] { $count } людей у дзвінку
       *[other] { $count } людини в дзвінку
    }
video-locked = (зачинена)
video-back = Назад до простору
video-participants = Учасники
video-my_controls = Ваш мікрофон і камера
video-chat = Чат сесії
video-starting_media = Вмикаємо вашу камеру й мікрофон…
video-in_call = Ви в дзвінку.
video-waiting_in_lobby = Ви в залі очікування. Учитель незабаром вас впустить.
video-no_media = Не вдалося використати ні камеру, ні мікрофон: ви все одно можете бачити й чути інших.
video-partial_media = Вдалося використати лише частину вашої камери й мікрофона.
video-enable_sound = Увімкнути звук
video-mic_on = Мікрофон увімкнено
video-mic_off = Мікрофон вимкнено
video-mic_forced = Вимкнено вчителем
video-camera_on = Камеру увімкнено
video-camera_off = Камеру вимкнено
video-hand_raised = Рука піднята
video-mute_me = Вимкнути мій мікрофон
video-unmute_me = Увімкнути мій мікрофон
video-camera_stop = Вимкнути мою камеру
video-camera_start = Увімкнути мою камеру
video-hand_raise = Підняти руку
video-hand_lower = Опустити руку
video-leave = Вийти
video-you_are_muted = Учитель вимкнув ваш мікрофон. Ви зможете увімкнути його, коли вчитель дозволить.
video-muted_by_teacher = Учитель вимкнув ваш мікрофон.
video-unmute_allowed = Учитель дозволяє вам знову увімкнути мікрофон.
video-mute_other = Вимкнути мікрофон
video-mute_named = Вимкнути мікрофон: { $name }
video-allow_unmute = Дозволити мікрофон
video-allow_unmute_named = Дозволити мікрофон: { $name }
video-remove = Видалити
video-remove_named = Видалити із сесії: { $name }
video-lobby_title = Зала очікування
video-lobby_empty = Ніхто не чекає.
video-admit = Впустити
video-admit_named = Впустити: { $name }
video-deny = Не впускати
video-deny_named = Не впускати: { $name }
video-manage = Ця сесія
video-is_open = Відкрита: учасники можуть приєднатися.
video-is_locked = Зачинена: приєднатися можуть лише вчителі.
video-lock = Зачинити сесію
video-end = Завершити сесію для всіх
video-ended = Сесію завершено.
video-ended_space_archived = Сесію завершено: її простір перенесено до архіву.
video-ended_space_deleted = Сесію завершено: її простір видалено.
video-ended_empty = Сесію завершено: деякий час у ній нікого не було.
video-no_teacher_yet = У цій сесії ще немає вчителя, тому ніхто не може вас впустити. Можете зачекати тут або вийти.
video-leave_lobby = Вийти із зали очікування
video-removed = Учитель видалив вас із сесії.
video-denied = Учитель не впустив вас до цієї сесії.
video-left = Ви вийшли із сесії.
video-full = Ця сесія заповнена.
video-refused = Ви не можете приєднатися до цієї сесії.
video-signal_refused = Сервер відхилив те, що надіслав ваш браузер. Спробуйте вийти й приєднатися знову.
video-sfu_moving = Сесія збільшилася: дзвінок переходить на медіасервер класу…
video-sfu_unreachable = Медіасервер класу недоступний. Повторна спроба…
video-sfu_no_seat = Усі місця для камер у цій сесії зайняті: ви бачите й чуєте інших, але вони вас не бачать і не чують.
video-sfu_not_sent = Не вдалося передати вашу камеру й мікрофон. Ви й далі бачите й чуєте інших.

## forum
forum-title = Форум
forum-threads = Теми
forum-posts = Дописи
forum-areas = Розділи форуму
forum-area-open = Відкритий форум
forum-area-teachers = Бюлетень учителів
forum-empty = Тем ще немає.
forum-thread_meta =
    { $count ->
        [one] автор: { $author } · { $count } допис · { $when }
        [few] автор: { $author } · { $count } дописи · { $when }
        [many] автор: { $author } · { $count } дописів · { $when }
       *[other] автор: { $author } · { $count } допису · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } новий
        [few] { $count } нові
        [many] { $count } нових
       *[other] { $count } нового
    }
forum-pinned = закріплена
forum-locked = зачинена
forum-new_thread = Нова тема
forum-new_bulletin = Нова тема в Бюлетені вчителів
forum-thread_title = Назва теми
forum-first_post = Перший допис
forum-start = Почати тему
forum-thread_started = Тему створено.
forum-thread_held = Дякуємо! Учитель прочитає вашу тему, перш ніж її зможуть побачити всі.
forum-back = Назад до тем
forum-reply_label = Ваша відповідь
forum-send = Опублікувати відповідь
forum-no_reply = Ви не можете відповідати в цій темі.
forum-held = Дякуємо! Учитель прочитає ваш допис, перш ніж його зможуть побачити всі.
forum-edited = (змінено)
forum-edit = Редагувати
forum-edit_label = Редагувати ваш допис
forum-save = Зберегти
forum-saved = Ваш допис змінено.
forum-cancel = Скасувати
forum-delete = Видалити
forum-deleted = Допис видалено.
forum-report = Поскаржитися
forum-report_reason = Що не так із цим дописом? (необов’язково)
forum-report_send = Надіслати скаргу
forum-reported = Дякуємо. Учителів повідомлено.
forum-hide = Приховати
forum-restore = Відновити
forum-approve = Схвалити
forum-reject = Відхилити
forum-done-hide = Допис приховано від класу.
forum-done-restore = Допис знову показано.
forum-done-approve = Допис схвалено: його бачать усі.
forum-done-reject = Допис відхилено: його бачить лише автор.
forum-state-pending = чекає на вчителя
forum-state-hidden = приховано
forum-state-rejected = не опубліковано
forum-state-deleted = видалено
forum-pin = Закріпити
forum-unpin = Відкріпити
forum-lock = Зачинити
forum-unlock = Відчинити
forum-thread_changed = Тему змінено.
forum-thread_gone = Ця тема вам більше не доступна.
forum-moderation = Модерація
forum-queue = Чекають на схвалення
forum-queue_empty = Немає дописів, що чекають.
forum-reports = Скарги
forum-reports_empty = Немає відкритих скарг.
forum-reported_by = скарга від: { $name }
forum-report_said = Причина: { $reason }
forum-resolve = Закрити скаргу
forum-resolved = Скаргу закрито.

## reactions
reaction-bar = Реакції
reaction-add = Додати реакцію
reaction-picker = Виберіть реакцію
reaction-count =
    { $count ->
        [one] { $name }: { $count } особа
        [few] { $name }: { $count } особи
        [many] { $name }: { $count } осіб
       *[other] { $name }: { $count } особи
    }
reaction-thumbs_up = Вподобайка
reaction-heart = Серце
reaction-clap = Браво
reaction-laugh = Смішно
reaction-idea = Гарна ідея
reaction-question = У мене є питання

## archive
archive-title = Файли
archive-usage = Використано { $used } з { $quota }
archive-where = Папка
archive-top = Усі файли
archive-empty = Ця папка порожня.
archive-contents = Папки та файли
archive-name = Назва
archive-size = Розмір
archive-by = Хто додав
archive-when = Змінено
archive-actions = Дії
archive-former_member = колишній учасник
archive-choose = Вибрати файл
archive-upload = Надіслати
archive-progress = Перебіг надсилання
archive-uploading = Надсилання { $name }: { $percent }
archive-uploaded = Файл «{ $name }» надіслано.
archive-too_large = Цей файл завеликий: файли можуть мати щонайбільше { $max }.
archive-quota = У файлах цього простору не залишилося достатньо місця (вільно: { $free }). Попросіть учителя видалити старі файли.
archive-new_folder = Нова папка
archive-create_folder = Створити папку
archive-folder_created = Папку «{ $name }» створено.
archive-download = Завантажити
archive-download_named = Завантажити: { $name }
archive-rename = Перейменувати
archive-rename_named = Перейменувати: { $name }
archive-new_name = Нова назва
archive-save = Зберегти
archive-cancel = Скасувати
archive-renamed = Нова назва: «{ $name }».
archive-trash = Перемістити до кошика
archive-trash_named = Перемістити до кошика: { $name }
archive-trashed = «{ $name }» у кошику.
archive-show_trash = Кошик
archive-trash_empty = Кошик порожній.
archive-restore = Відновити
archive-restore_named = Відновити: { $name }
archive-restored = «{ $name }» знову на своєму місці.
archive-purge = Видалити назавжди
archive-purge_named = Видалити назавжди: { $name }
archive-purged = «{ $name }» видалено назавжди.
archive-choose_first = Виберіть файл для надсилання.
archive-no_file = Файл ще не вибрано.
archive-name_taken = Тут уже є щось із такою назвою. Виберіть іншу назву.

## unit
unit-b = Б
unit-kb = КБ
unit-mb = МБ
unit-gb = ГБ
unit-tb = ТБ

## field
field-required = Заповніть це поле.
field-unknown = Це поле тут не очікується.
field-type = Це значення неправильного типу.
field-blank = Напишіть тут щось: самі пробіли не враховуються.
field-too_short =
    { $count ->
        [one] Напишіть щонайменше { $min } символ.
        [few] Напишіть щонайменше { $min } символи.
        [many] Напишіть щонайменше { $min } символів.
       *[other] Напишіть щонайменше { $min } символу.
    }
field-too_long =
    { $count ->
        [one] Напишіть щонайбільше { $max } символ.
        [few] Напишіть щонайбільше { $max } символи.
        [many] Напишіть щонайбільше { $max } символів.
       *[other] Напишіть щонайбільше { $max } символу.
    }
field-too_small = Введіть щонайменше { $min }.
field-too_large = Введіть щонайбільше { $max }.
field-format = Це не в очікуваному форматі.
field-choice = Виберіть один із запропонованих варіантів.
field-invalid = Це значення не приймається.

## confirm
confirm-cancel = Скасувати
confirm-trash_file = Перемістити «{ $name }» до кошика?
confirm-trash_file_lost = Учасники більше не бачитимуть цей файл. Учитель може повернути його з кошика.
confirm-trash_folder = Перемістити папку «{ $name }» до кошика?
confirm-trash_folder_lost = Учасники більше не бачитимуть ні цю папку, ні нічого в ній. Учитель може повернути її з кошика.
confirm-purge = Видалити «{ $name }» назавжди?
confirm-purge_lost = Це зникне для всіх, і повернути це буде неможливо.
confirm-delete_post = Видалити цей допис?
confirm-delete_post_lost = Його текст зникне для всіх. Цю дію не можна скасувати.
confirm-delete_message = Видалити це повідомлення?
confirm-delete_message_lost = Його текст зникне для всіх. Цю дію не можна скасувати.
confirm-end_session = Завершити сесію для всіх?
confirm-end_session_lost = Усі одразу вийдуть із дзвінка, і сесію не можна буде відкрити знову.
confirm-remove_participant = Видалити із сесії: { $name }?
confirm-remove_participant_lost = { $name } одразу виходить із дзвінка і не зможе повернутися до цієї сесії.
confirm-deny = Не впускати: { $name }?
confirm-deny_lost = { $name } не потрапить до цієї сесії.

## page
page-not_found = Сторінку не знайдено
page-not_found_text = За цією адресою немає сторінки.
page-go_spaces = До моїх просторів
page-go_sign_in = До сторінки входу

## form
form-required = Заповніть це поле.
form-email_format = Напишіть адресу електронної пошти, наприклад name@school.eu.
form-password_short = Використайте щонайменше 10 символів.
form-password_long = Використайте щонайбільше 200 символів.
form-password_mismatch = Два паролі не збігаються.
form-password_hint = Щонайменше 10 символів. Кілька слів, які ви запам’ятаєте, — гарний вибір.
form-check_fields = Перевірте поля, позначені вище.
form-field_invalid = Це значення не приймається.

## register
register-title = Створення облікового запису eTwinner
register-intro = Для вчителів. Національний адміністратор вашої країни перевіряє, чи ви викладаєте в школі, а потім підтверджує ваш обліковий запис. Учні не реєструються: їхні облікові записи створює їхній учитель.
register-name = Ваше ім’я
register-school = Школа
register-country = Країна
register-country_choose = Виберіть свою країну
register-submit = Створити мій обліковий запис
register-email_taken = Обліковий запис із цією адресою електронної пошти вже існує. Увійдіть або попросіть новий пароль.
register-have_account = Уже маєте обліковий запис? Увійдіть

## pending
pending-title = Ваш обліковий запис чекає на підтвердження
pending-who_heading = Хто його підтверджує
pending-who = Національний адміністратор вашої країни ({ $country }) перевіряє, чи ви викладаєте у вказаній школі, а потім підтверджує ваш обліковий запис.
pending-next_heading = Що далі
pending-next_validate = Щойно ваш обліковий запис підтвердять, ви станете eTwinner: зможете створювати простори, отримувати запрошення до проєктів і створювати облікові записи своїх учнів. Щоб це побачити, увійдіть знову або натисніть «Перевірити знову».
pending-next_reject = Якщо національний адміністратор не прийме вашу реєстрацію, ви дізнаєтеся про це під час входу.
pending-next_meanwhile = Доти ви можете змінити своє ім’я та пароль у розділі «Мій обліковий запис».
pending-check = Перевірити знову
pending-still = Ваш обліковий запис досі чекає на підтвердження.
pending-count =
    { $count ->
        [one] { $count } чекає на модерацію
        [few] { $count } чекають на модерацію
        [many] { $count } чекають на модерацію
       *[other] { $count } чекає на модерацію
    }

## forgot
forgot-title = Забули пароль?
forgot-intro = Напишіть адресу електронної пошти свого облікового запису. Ми надішлемо посилання, щоб вибрати новий пароль.
forgot-submit = Надіслати мені посилання
forgot-sent = Якщо обліковий запис із цією адресою існує, на неї вже надіслано посилання. Воно спрацює один раз і протягом обмеженого часу. Перевірте також папку «Спам».
forgot-pupils = Учні: у вас тут немає адреси електронної пошти. Попросіть у свого вчителя новий код.
forgot-back = Назад до входу

## reset
reset-title = Виберіть новий пароль
reset-intro = Вибір нового пароля виконує вихід на всіх інших пристроях.
reset-password = Новий пароль
reset-confirm = Новий пароль ще раз
reset-submit = Зберегти новий пароль
reset-gone = Термін дії цього посилання минув, або його вже використано. Попросіть нове.
reset-done = Ваш пароль змінено. Увійдіть із новим паролем.
reset-ask_again = Попросити нове посилання

## account
account-title = Мій обліковий запис
account-signed_in_with = Ви входите з адресою { $email }.
account-name_heading = Ваше ім’я
account-name = Ім’я, яке бачать інші
account-save_name = Зберегти ім’я
account-name_saved = Ваше ім’я збережено.
account-pupil_note = Це ім’я вибирає і змінює ваш учитель. Запитайте вчителя, якщо його треба змінити.
account-password_heading = Ваш пароль
account-password_intro = Після зміни пароля на інших ваших пристроях буде виконано вихід; тут ви залишитеся в системі.
account-current_password = Поточний пароль
account-new_password = Новий пароль
account-confirm_password = Новий пароль ще раз
account-save_password = Змінити пароль
account-password_saved = Ваш пароль змінено.
account-current_wrong = Це не ваш поточний пароль.
account-everywhere_heading = Вихід на всіх пристроях
account-everywhere_intro = Завершує ваш вхід на кожному пристрої та в кожному браузері, включно з цим: загублений телефон чи спільний комп’ютер більше не відкриють ваш обліковий запис.
account-everywhere = Вийти на всіх пристроях…
account-everywhere_question = Вийти на всіх пристроях, включно з цим? Відкриті сторінки одразу закриються, і все, що в них ще не надіслано, буде втрачено.
account-everywhere_confirm = Так, вийти всюди
account-everywhere_done = Вихід виконано на всіх пристроях.
account-cancel = Скасувати

## admin
admin-nav = Консоль підтвердження
admin-title = Консоль національного адміністратора
admin-country = Країна: { $country }
admin-only_national_admins = Ця сторінка призначена для національних адміністраторів.
admin-pending_heading = Учителі, які чекають на підтвердження
admin-pending_count =
    { $count ->
        [one] { $count } учитель чекає.
        [few] { $count } учителі чекають.
        [many] { $count } учителів чекають.
       *[other] { $count } учителя чекають.
    }
admin-pending_none = Жоден учитель не чекає на підтвердження.
admin-select_all = Вибрати всіх
admin-select_first = Спочатку виберіть принаймні одного вчителя.
admin-validate_selected = Підтвердити вибраних
admin-reject_selected = Відхилити вибраних…
admin-validated =
    { $count ->
        [one] Підтверджено вчителів: { $count }.
        [few] Підтверджено вчителів: { $count }.
        [many] Підтверджено вчителів: { $count }.
       *[other] Підтверджено вчителів: { $count }.
    }
admin-rejected =
    { $count ->
        [one] Відхилено { $count } реєстрацію.
        [few] Відхилено { $count } реєстрації.
        [many] Відхилено { $count } реєстрацій.
       *[other] Відхилено { $count } реєстрації.
    }
admin-reject_question =
    { $count ->
        [one] Відхилити реєстрацію: { $names }? З цим обліковим записом не можна буде увійти, і цю дію не можна скасувати.
        [few] Відхилити ці реєстрації ({ $count }): { $names }? З цими обліковими записами не можна буде увійти, і цю дію не можна скасувати.
        [many] Відхилити ці реєстрації ({ $count }): { $names }? З цими обліковими записами не можна буде увійти, і цю дію не можна скасувати.
       *[other] Відхилити ці реєстрації ({ $count }): { $names }? З цими обліковими записами не можна буде увійти, і цю дію не можна скасувати.
    }
admin-reject_reason = Причина відхилення
admin-reject_heading = Відхилення реєстрацій
admin-suspend_heading = Призупинення облікового запису
admin-reinstate_heading = Відновлення облікового запису
admin-reject_reason_hint = Зберігається в журналі аудиту разом із вашим ім’ям.
admin-reject_confirm =
    { $count ->
        [one] Відхилити { $count } реєстрацію
        [few] Відхилити { $count } реєстрації
        [many] Відхилити { $count } реєстрацій
       *[other] Відхилити { $count } реєстрації
    }
admin-failed_one = { $name }: { $why }
admin-school = Школа: { $school }
admin-registered = Реєстрація: { $date }
admin-search_heading = Пошук облікового запису
admin-search_label = Ім’я, адреса електронної пошти або школа
admin-search_hint = Лише облікові записи вашої країни. Залиште порожнім, щоб побачити всі, починаючи з найновіших.
admin-search = Шукати
admin-showing = { $from }–{ $to } з { $total }
admin-no_match = Жоден обліковий запис не відповідає.
admin-previous = Попередня сторінка
admin-next = Наступна сторінка
admin-suspend = Призупинити…
admin-suspend_named = Призупинити: { $name }…
admin-suspend_question = Призупинити обліковий запис: { $name }? На всіх пристроях одразу буде виконано вихід, відкриті сторінки закриються, і з цим обліковим записом не можна буде увійти, доки ви його не відновите.
admin-suspend_reason = Причина призупинення
admin-suspend_confirm = Так, призупинити
admin-suspend_done = Обліковий запис призупинено: { $name }.
admin-reinstate = Відновити…
admin-reinstate_named = Відновити: { $name }…
admin-reinstate_question = Відновити обліковий запис: { $name }? З ним знову можна буде увійти.
admin-reinstate_reason = Причина (необов’язково)
admin-reinstate_confirm = Відновити
admin-reinstate_done = Обліковий запис відновлено: { $name }.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Щоб підтвердити, введіть назву простору: { $text }

## status
status-active = активний
status-pending = чекає на підтвердження
status-suspended = призупинений
status-rejected = відхилений
status-erased = стертий

## names
names-marked = { $name } ({ $mark })

## members
members-username = ім’я користувача { $username }
members-role_of = Роль: { $name }
members-change_role = Змінити роль
members-role_question = { $name }: змінити роль «{ $from }» на «{ $to }»?
members-role_consequence = Відтепер { $name } може робити все, що дозволяє роль «{ $to }», одразу на всіх пристроях.
members-role_confirm = Змінити роль
members-role_changed = { $name } тепер має роль «{ $role }».
members-reset_code = Новий код
members-reset_question = { $name }: видати новий код для входу?
members-reset_consequence = Старий код одразу перестає працювати, і для учня буде виконано вихід на всіх пристроях. Нову картку передаєте ви.
members-reset_confirm = Створити новий код
members-reset_done = { $name } має новий код: передайте нову картку, що нижче.
members-export = Експортувати дані
members-remove = Видалити
members-remove_question = Видалити з цього простору: { $name }?
members-remove_consequence = { $name } одразу втрачає доступ до цього простору на всіх пристроях.
members-remove_pupil_kept = Обліковий запис, дописи та файли учня залишаються; пізніше ви зможете знову додати цього учня.
members-remove_kept = Дописи та файли цього учасника залишаються в просторі.
members-remove_confirm = Видалити
members-removed = { $name } більше не учасник простору.
members-erase = Стерти обліковий запис
members-leave = Вийти з цього простору
members-leave_question = Вийти з «{ $title }»?
members-leave_consequence = Ви одразу втратите доступ до його форумів, файлів, чату й відео. Повернути вас може лише вчитель-адміністратор.
members-leave_kept = Те, що ви написали й надіслали, залишається в просторі.
members-leave_confirm = Вийти з простору
members-left = Ви вийшли з «{ $title }».

## erase
erase-question = Стерти обліковий запис: { $name }?
erase-account_gone = Ім’я, ім’я користувача та код учня буде видалено назавжди.
erase-signed_out = Для учня одразу буде виконано вихід, і увійти знову вже ніколи не вдасться.
erase-no_undo = Цю дію не можна скасувати.
erase-export_first = Якщо учень чи родина можуть захотіти копію, спочатку експортуйте дані.
erase-posts = Дописи й повідомлення учня в чаті
erase-posts_keep = Залишити їх із підписом «колишній учень»
erase-posts_remove = Видалити їх назавжди
erase-files = Файли учня
erase-files_keep = Залишити їх із власником «колишній учень»
erase-files_remove = Видалити їх назавжди
erase-confirm = Стерти обліковий запис
erase-done = Обліковий запис стерто: { $name }.

## invite_teacher
invite_teacher-title = Запрошення вчителя-партнера
invite_teacher-by_email = За адресою електронної пошти
invite_teacher-role = Роль
invite_teacher-submit = Запросити
invite_teacher-done = { $name } тепер у просторі з роллю «{ $role }».
invite_teacher-not_etwinner = Жоден підтверджений eTwinner не має цієї адреси, або ви не можете надати цю роль.
invite_teacher-find = Пошук eTwinner
invite_teacher-query = Ім’я, школа або країна
invite_teacher-search = Шукати
invite_teacher-results = Знайдені eTwinners
invite_teacher-none = Жодного eTwinner не знайдено.
invite_teacher-more = Більше результатів
invite_teacher-member = Учасник цього простору
invite_teacher-invite = Запросити
invite_teacher-role_for = Роль: { $name }

## pupils
pupils-title = Додавання учнів
pupils-one_title = Один учень
pupils-name = Ім’я учня
pupils-add_one = Додати учня
pupils-class_title = Увесь клас
pupils-class_names = Імена учнів
pupils-class_help = Одне ім’я в рядку — так, як інші бачитимуть учнів.
pupils-add_class = Додати клас
pupils-class_empty = Напишіть принаймні одне ім’я.
pupils-language = Мова сторінки для цих учнів
pupils-language_help = Після входу вони бачитимуть TwinSpace Live цією мовою. Кожен учень зможе змінити її пізніше.
pupils-line_errors = Рядки, які треба виправити
pupils-line_error = Рядок { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } рядок треба виправити; нічого не створено.
        [few] { $count } рядки треба виправити; нічого не створено.
        [many] { $count } рядків треба виправити; нічого не створено.
       *[other] { $count } рядка треба виправити; нічого не створено.
    }
pupils-created =
    { $count ->
        [one] Додано учнів: { $count }.
        [few] Додано учнів: { $count }.
        [many] Додано учнів: { $count }.
       *[other] Додано учнів: { $count }.
    }

## cards
cards-title = Картки для входу
cards-once = Ці коди показано лише зараз. Надрукуйте картки або запишіть коди, перш ніж піти з цієї сторінки.
cards-site = Вхід на
cards-print = Надрукувати картки
cards-done = Готово: приховати коди

## links
links-tab = Гостьові посилання
links-intro = Гостьове посилання дає змогу експертові чи спостерігачеві приєднатися до цього TwinSpace як гість. Будь-хто з цим посиланням може ним скористатися, доки не мине термін дії або не вичерпається кількість використань.
links-create_title = Нове гостьове посилання
links-valid_for = Дійсне
links-days =
    { $count ->
        [one] { $count } день
        [few] { $count } дні
        [many] { $count } днів
       *[other] { $count } дня
    }
links-uses = Кількість використань
links-note = Примітка (для кого)
links-create = Створити посилання
links-new = Нове посилання
links-once = Скопіюйте його зараз: воно показується лише один раз.
links-copy = Копіювати
links-copied = Посилання скопійовано.
links-select_copy = Посилання виділено: натисніть Ctrl+C (⌘+C), щоб скопіювати його.
links-live = Активні посилання
links-empty = Немає активних гостьових посилань.
links-untitled = Гостьове посилання
links-used =
    { $count ->
        [one] використано: { $used } з { $count }
        [few] використано: { $used } з { $count }
        [many] використано: { $used } з { $count }
       *[other] використано: { $used } з { $count }
    }
links-until = до { $time }
links-revoke = Відкликати
links-revoke_question = Відкликати це гостьове посилання?
links-revoke_consequence = Більше ніхто не зможе приєднатися за ним.
links-revoke_kept = Гості, які приєдналися за ним, залишаються учасниками.
links-revoked = Посилання відкликано.

## settings
settings-tab = Налаштування
settings-space = Простір
settings-pupils = Учні
settings-premoderate_pupils = Затримувати дописи учнів, доки їх не схвалить учитель
settings-pupils_may_create_threads = Учні можуть створювати теми
settings-pupils_may_upload = Учні можуть надсилати файли
settings-save = Зберегти
settings-saved = Налаштування збережено.
settings-archive_title = Архівування
settings-archive_text = Учасники можуть і далі читати архівований простір, але ніхто не може в ньому публікувати, надсилати файли чи починати відеосесію.
settings-archive = Архівувати цей простір
settings-archive_question = Архівувати «{ $title }»?
settings-archive_read_only = Більше ніхто не зможе публікувати, надсилати файли чи щось змінювати.
settings-archive_video = Відеосесії, що тривають, одразу завершаться.
settings-archive_undo = Засновник може пізніше знову відкрити простір.
settings-archive_confirm = Архівувати
settings-archived_title = Цей простір архівовано
settings-archived_text = Він доступний лише для читання. Відкрийте його знову, щоб учасники могли публікувати й надсилати файли.
settings-unarchive = Відкрити знову
settings-unarchive_question = Знову відкрити «{ $title }»?
settings-unarchive_consequence = Учасники знову зможуть публікувати, надсилати файли й починати відеосесії.
settings-delete_title = Видалення простору
settings-delete_text = Видалення назавжди прибирає простір і все, що в ньому є.
settings-delete = Видалити цей простір
settings-delete_question = Видалити «{ $title }» назавжди?
settings-delete_content = Усі теми форуму, повідомлення чату й файли з усіма їхніми версіями буде видалено.
settings-delete_members = Усі учасники втратять простір; облікові записи учнів залишаться лише в інших їхніх просторах.
settings-delete_video = Відеосесії, що тривають, одразу завершаться.
settings-delete_no_undo = Журнал аудиту теж буде видалено. Цю дію не можна скасувати.
settings-delete_confirm = Видалити назавжди
settings-deleted = Простір «{ $title }» видалено.

## audit
audit-tab = Журнал аудиту
audit-caption = Що було зроблено в цьому просторі, від найновішого
audit-when = Коли
audit-who = Хто
audit-what = Що
audit-empty = Ще нічого не записано.
audit-older = Показати старіші записи
audit-system = Сервер
audit-former_member = Колишній учасник
audit-former_member_target = колишній учасник
audit-reason = Причина: { $reason }
audit-other = Дія «{ $action }» { $target }
audit-space-created = Створення простору
audit-space-settings_changed = Зміна налаштувань простору
audit-space-archived = Архівування простору
audit-space-unarchived = Повторне відкриття простору
audit-member-invited = Запрошення: { $target }, роль «{ $role }»
audit-member-role_changed = Зміна ролі: { $target }, з «{ $from }» на «{ $role }»
audit-member-removed = Видалення з простору: { $target }
audit-member-left = Вихід із простору
audit-member-muted = Заборона писати: { $target }
audit-member-unmuted = Кінець заборони писати: { $target }
audit-pupil-created = Створення облікового запису учня: { $target }
audit-pupil-added = Додавання учня: { $target }
audit-pupil-code_reset = Новий код для входу: { $target }
audit-pupil-exported = Експорт даних: { $target }
audit-pupil-erased = Стирання облікового запису учня
audit-invitation-created = Створення гостьового посилання
audit-invitation-revoked = Відкликання гостьового посилання
audit-invitation-accepted = Приєднання за гостьовим посиланням
audit-video-started = Початок відеосесії
audit-video-ended = Завершення відеосесії
audit-video-locked = Зачинення відеосесії
audit-video-unlocked = Відчинення відеосесії
audit-video-admitted = Допуск до відеосесії: { $target }
audit-video-denied = Відмова в доступі до відеосесії: { $target }
audit-video-muted = Вимкнення мікрофона у відеосесії: { $target }
audit-video-unmuted = Дозвіл знову говорити у відеосесії: { $target }
audit-video-removed = Видалення з відеосесії: { $target }
audit-video-spotlight = Зміна виділеного учасника відеосесії
audit-post-hidden = Приховування допису
audit-post-restored = Відновлення допису
audit-post-approved = Схвалення допису
audit-post-rejected = Відхилення допису
audit-post-purged = Остаточне видалення допису
audit-post-reported = Скарга на допис
audit-report-resolved = Закриття скарги
audit-thread-pinned = Закріплення теми
audit-thread-unpinned = Відкріплення теми
audit-thread-locked = Зачинення теми
audit-thread-unlocked = Відчинення теми
audit-archive-folder_created = Створення папки
audit-archive-folder_renamed = Перейменування папки
audit-archive-folder_moved = Переміщення папки
audit-archive-folder_trashed = Переміщення папки до кошика
audit-archive-folder_restored = Повернення папки з кошика
audit-archive-folder_purged = Остаточне видалення папки
audit-archive-file_added = Додавання файлу
audit-archive-file_version_added = Додавання версії файлу
audit-archive-file_renamed = Перейменування файлу
audit-archive-file_moved = Переміщення файлу
audit-archive-file_trashed = Переміщення файлу до кошика
audit-archive-file_restored = Повернення файлу з кошика
audit-archive-file_purged = Остаточне видалення файлу
audit-chat-expired = Видалення повідомлень чату, строк яких минув
audit-audit-retention_changed = Зміна строку зберігання записів журналу аудиту
audit-group-joined = Приєднання до групи
audit-group-requested = Запит на приєднання до групи
audit-group-request_accepted = Прийнято запит: { $target }
audit-group-request_declined = Відхилено запит: { $target }
audit-group-request_withdrawn = Відкликано запит на приєднання
audit-member-banned = Блокування: { $target }
audit-member-unbanned = Знято блокування: { $target }
audit-group-featured = Групу рекомендовано
audit-group-unfeatured = Групу більше не рекомендовано
audit-group-moderator_appointed = Доручено модерацію: { $target }

## group_role
group_role-founder = Власник групи
group_role-admin = Модерація
group_role-teacher = Учасник групи

## readers
readers-title = Зараз читають
readers-more =
    { $count ->
        [one] і ще { $count } особа
        [few] і ще { $count } особи
        [many] і ще { $count } осіб
       *[other] і ще { $count } особи
    }

## groups
groups-nav = Групи
groups-title = Групи eTwinning
groups-intro = Спільноти eTwinner-ів навколо предмета, теми чи сфери інтересів. Беруть участь лише підтверджені eTwinner-и.
groups-search = Знайти групу
groups-words = Слова з назви
groups-topic = Тема
groups-language = Мова
groups-language_any = Усі мови
groups-language_choose = Оберіть мову
groups-country = Країна учасника групи
groups-country_any = Усі країни
groups-search_submit = Шукати
groups-found = Групи
groups-empty = Жодна група не відповідає цьому пошуку.
groups-more = Показати більше груп
groups-featured = Рекомендована
groups-topic_is = Тема: { $topic }
groups-members =
    { $count ->
        [one] { $count } учасник
        [few] { $count } учасники
        [many] { $count } учасників
       *[other] { $count } учасника
    }
groups-access_short-open = Відкрита
groups-access_short-closed = Закрита
groups-standing-member = Ви в групі. Ваша роль: { $role }
groups-standing-requested = Ви попросили приєднатися до цієї групи.
groups-standing-banned = Команда модерації цієї групи не дозволяє вам приєднатися.
groups-join = Приєднатися
groups-ask = Попросити приєднатися
groups-ask_message = Повідомлення для команди модерації (необов’язково)
groups-withdraw = Відкликати мій запит
groups-open_group = Відкрити групу
groups-joined = Тепер ви в групі «{ $title }».
groups-asked = Ваш запит на приєднання до «{ $title }» надіслано команді модерації.
groups-withdrawn = Ваш запит на приєднання до «{ $title }» відкликано.
groups-waiting = Команда модерації відповість на ваш запит. Ця сторінка покаже відповідь, щойно вона надійде.
groups-accepted = Ваш запит прийнято: вітаємо в групі «{ $title }».
groups-not_accepted = Ваш запит не прийнято. Ви можете попросити ще раз.
groups-back = Назад до груп
groups-create = Створити групу
groups-group_title = Назва
groups-description = Опис (необов’язково)
groups-access = Хто може приєднатися
groups-access-open = Відкрита: будь-який eTwinner приєднується одразу
groups-access-closed = Закрита: команда модерації приймає кожен запит
groups-create_submit = Створити групу
groups-created = Групу «{ $title }» створено.
groups-members_search = Знайти учасника групи
groups-members_more = Показати більше учасників
groups-leave = Вийти з цієї групи
groups-leave_consequence = Ви одразу втрачаєте доступ до форуму, файлів, чату й відео групи.
groups-leave_kept = Те, що ви написали й завантажили, залишається в групі. Повернутися можна через каталог груп.
groups-leave_confirm = Вийти з групи
groups-requests = Запити на приєднання
groups-requests_empty = Ніхто не чекає.
groups-accept = Прийняти
groups-decline = Відхилити
groups-accepted_member = { $name } тепер у групі.
groups-declined = Запит: { $name } – відхилено.
groups-ban = Заблокувати
groups-ban_question = Заблокувати доступ до групи: { $name }?
groups-ban_consequence = { $name } одразу залишає групу й не може повернутися чи попросити про це.
groups-ban_kept = Дописи й файли залишаються в групі. Блокування можна згодом зняти.
groups-ban_reason = Причина (необов’язково, зберігається в журналі)
groups-ban_confirm = Заблокувати
groups-banned = Заблоковано: { $name }.
groups-bans = Заблоковані eTwinner-и
groups-bans_empty = Блокувань немає.
groups-lift = Зняти блокування
groups-lifted = { $name } знову може приєднатися.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Виберіть новий пароль для TwinSpace Live
mail-reset_body =
    Вітаємо, { $name }!

    Хтось, імовірно ви, попросив вибрати новий пароль для вашого облікового запису TwinSpace Live.
    Відкрийте це посилання, щоб вибрати його (воно спрацює один раз протягом { $minutes } хв):

    { $link }

    Вибір нового пароля виконує вихід на всіх інших пристроях.
    Якщо ви цього не просили, не зважайте на цей лист: ваш пароль залишиться таким самим.

    TwinSpace Live

## events (issue 22)
events-nav = Події
events-title = Найближчі події
events-empty = Для вас поки немає найближчих подій.
events-more = Показати більше подій
events-schedule = Запланувати подію
events-zone = Час показано у вашому часовому поясі: { $zone }
events-audience-etwinners = Усі eTwinners
events-audience-country = eTwinners з цієї країни: { $country }
events-audience-group = Учасники групи
events-audience-twinspace = Учасники TwinSpace
events-organising = Ви організовуєте цю подію.
events-registered = Вашу реєстрацію збережено.
events-waiting = Ви в списку очікування (місце { $position }).
events-state-live = Зараз наживо
events-state-ended = Ця подія завершилася.
events-state-cancelled = Цю подію скасовано.
events-places = Зайняті місця: { $taken } з { $capacity }
event_form-new_title = Запланувати подію
event_form-edit_title = Змінити подію
event_form-title = Назва
event_form-description = Опис
event_form-date = Дата
event_form-time = Час початку
event_form-duration = Тривалість у хвилинах
event_form-space = Група або TwinSpace
event_form-speakers_hint = Виберіть серед учительства ваших груп і TwinSpace.
event_form-no_speakers = Поки немає кого вибрати.
event_form-create = Запланувати подію
event_form-save = Зберегти зміни
event_form-created = «{ $title }» заплановано.
event_form-saved = Зміни до «{ $title }» збережено.
event_form-start_past = Виберіть початок у майбутньому.
event-title = Подія
event-back = Усі події
event-when = Коли
event-language = Мова
event-audience = Хто може зареєструватися
event-organiser = Організація
event-speakers = Доповідачі
event-places = Місця
event-no_speakers = Доповідачів ще не вказано.
event-waiting_count = У списку очікування: { $waiting }
event-registration = Ваше місце
event-speaking = Ви виступаєте на цій події.
event-full = Усі місця зайняті: якщо ви зареєструєтеся, потрапите до списку очікування.
event-register = Зареєструватися
event-unregister = Звільнити моє місце
event-leave_waiting = Вийти зі списку очікування
event-unregister_confirm_title = Відмовитися від «{ $title }»?
event-unregister_confirm = Вашу чергу отримає наступна особа зі списку очікування. Якщо ви зареєструєтеся знову, можливо, доведеться чекати.
event-unregistered = Вашу реєстрацію скасовано.
event-calendar = Додати до мого календаря (.ics)
event-organiser_tools = Для організації
event-edit = Змінити подію
event-cancel = Скасувати подію
event-keep = Залишити подію
event-cancel_confirm_title = Скасувати «{ $title }»?
event-cancel_confirm_lost = Ніхто більше не зможе зареєструватися, і всі побачать, що її скасовано. Це не можна скасувати. Реєстрації та запитання зберігаються.
event-cancelled = Подію скасовано.
event-registrants = Реєстрації
event-waiting_list = Список очікування
event-nobody = Поки нікого.
event-attendance = Присутність
event-attendance_hint = Хто стежив за сторінкою події під час трансляції і як довго.
event-attendance_none = Ніхто не стежив за подією наживо.
event-minutes = { $minutes } хв
qa-title = Запитання і відповіді
qa-empty = Поки немає запитань.
qa-closed = Запитання закрито: подія завершилася.
qa-need_place = Зареєструйтеся, щоб поставити запитання або підтримати чиєсь.
qa-your_question = Ваше запитання
qa-ask = Запитати
qa-asked = Ваше запитання надіслано.
qa-upvote = Підтримати
qa-upvoted = Підтримано
qa-votes = Голоси: { $votes }
qa-by = Запитує: { $name }
qa-by_gone = Запитує: видалений обліковий запис
qa-answer = Відповідь: { $answer }
qa-state-picked = Відповідають зараз
qa-state-answered = Є відповідь
qa-state-hidden = Приховано
qa-pick = Вибрати
qa-unpick = Повернути до списку
qa-hide = Приховати
qa-restore = Відновити
qa-answer_label = Письмова відповідь (необов’язково)
qa-mark_answered = Позначити як відповідене
qa-gone = Ви більше не можете стежити за цими запитаннями.
audit-event-created = Заплановано подію «{ $title }»
audit-event-updated = Змінено подію «{ $title }»
audit-event-cancelled = Скасовано подію «{ $title }»
audit-event-question_moderated = Модеровано запитання події «{ $title }»

## the live webinar (issue 22)
live-title = Відео наживо
live-not_started = Відео наживо ще не почалося.
live-ended = Відео наживо завершилося.
live-connecting = Під’єднання до відео наживо…
live-need_place = Відео наживо можуть дивитися лише ті, хто має місце.
live-watching_you = Ви дивитеся відео наживо.
live-on_air = Ви в ефірі: усі вас бачать і чують.
live-recording = Цю подію записують.
live-speaking = Говорить: { $names }
live-nobody_speaking = Поки що ніхто не говорить.
live-watching = Дивляться: { $watching }
live-start = Почати відео наживо
live-end = Завершити відео наживо
live-end_confirm_title = Завершити відео наживо «{ $title }»?
live-end_confirm_lost = Відео зупиниться для всіх — доповідачів і глядачів. Ви можете почати його знову, поки триває подія; запитання збережуться.
live-go_live = Вийти в ефір
live-stop = Зупинити моє відео
live-hand_raised = Вашу руку піднято: модератор може запросити вас до слова.
live-invited = Вас запрошено до слова: виходьте в ефір, коли будете готові.
live-returned = Ви знову серед глядачів.
live-hands = Підняті руки
live-no_hands = Ніхто не підняв руку.
live-promote = Запросити { $name } до слова
live-return = Повернути { $name } до глядачів
live-record_start = Почати запис
live-record_stop = Зупинити запис

## the event's recordings and seat (issue 22)
event-moved_up = Тепер у вас є місце: ви перейшли зі списку очікування.
live-off_stage_returned = Модератор повернув вас до аудиторії.
live-off_stage_muted = Вам вимкнули звук у цьому просторі: ви знову в аудиторії.
live-off_stage_removed = Ви більше не учасник цього простору: ви знову в аудиторії.
live-off_stage_unnamed = Ви більше не доповідач цієї події: ви знову в аудиторії.
recordings-title = Записи
recordings-processing = Запис обробляється: він з’явиться тут, коли буде готовий.
recordings-take = Записано { $when } · { $length }
recordings-video = Відео: { $speaker }
recordings-audio = Звук: { $speaker }
recordings-former_speaker = колишній доповідач
