### TwinSpace Live: كلمات الصفحة باللغة العربية
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = العربية

## app
app-name = TwinSpace Live
app-skip = الانتقال إلى المحتوى
app-nav = القائمة الرئيسية
app-language = اللغة
app-sign_out = تسجيل الخروج
app-signed_in_as = تم تسجيل الدخول باسم { $name }
app-loading = جارٍ التحميل…

## conn
conn-lost = انقطع الاتصال. جارٍ إعادة الاتصال…
conn-back = عاد الاتصال.
conn-failed = أُغلق الاتصال المباشر. يُرجى إعادة تحميل الصفحة للمحاولة مرة أخرى.
conn-session_ended = انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى.
conn-account_locked = لم يعد من الممكن استخدام هذا الحساب. يُرجى تسجيل الدخول مرة أخرى لمعرفة السبب.
conn-closed-auth_missing = لم يتلقَّ الاتصال المباشر بيانات تسجيل دخولك في الوقت المناسب. يُرجى إعادة تحميل الصفحة.
conn-closed-session_invalid = لم تعد جلستك صالحة. يُرجى تسجيل الدخول مرة أخرى.
conn-closed-session_expired = انتهت صلاحية جلستك. يُرجى تسجيل الدخول مرة أخرى.
conn-closed-signed_out = تم تسجيل خروجك. يُرجى تسجيل الدخول مرة أخرى.
conn-closed-account_locked = لم يعد من الممكن استخدام هذا الحساب. يُرجى تسجيل الدخول مرة أخرى لمعرفة السبب.
conn-closed-too_many_connections = لهذا الحساب صفحات مفتوحة كثيرة جدًا في الوقت نفسه. يُرجى إغلاق بعض علامات التبويب، ثم إعادة تحميل هذه الصفحة.
conn-closed-too_many_messages = أرسلت هذه الصفحة أشياء كثيرة جدًا بسرعة كبيرة. يُرجى الانتظار قليلًا، ثم إعادة تحميل الصفحة.
conn-closed-frame_too_large = أرسلت هذه الصفحة شيئًا كبيرًا جدًا. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
conn-closed-idle_timeout = ظل الاتصال المباشر دون نشاط لمدة طويلة جدًا فأُغلق. جارٍ إعادة الاتصال…
conn-closed-slow_consumer = تأخر الاتصال المباشر كثيرًا. جارٍ إعادة الاتصال…
conn-closed-server_restarting = تجري إعادة تشغيل الخادم. ستُعاد محاولة الاتصال بعد لحظات…
conn-closed-server_shutting_down = خادم اتصالك يتوقف الآن. جارٍ إعادة الاتصال…
conn-closed-unavailable = الخادم مشغول. ستُعاد محاولة الاتصال بعد لحظات…
conn-closed-internal = حدث خطأ في الخادم. ستُعاد محاولة الاتصال بعد لحظات…

## login
login-title = تسجيل الدخول
login-intro = يسجّل المعلمون والضيوف الدخول بعنوان بريدهم الإلكتروني. أما التلاميذ فيستخدمون اسم المستخدم والرمز اللذين أعطاهم إياهما معلمهم.
login-teacher = المعلمون والضيوف
login-pupil = التلاميذ
login-email = عنوان البريد الإلكتروني
login-password = كلمة المرور
login-username = اسم المستخدم
login-code = الرمز
login-submit = تسجيل الدخول
login-pupil_submit = تسجيل الدخول بصفة تلميذ
login-forgot = هل نسيت كلمة المرور؟
login-register = ليس لديك حساب بعد؟ إنشاء حساب eTwinner
login-pupil_forgot = هل نسيت الرمز؟ يمكنك طلب رمز جديد من معلمك.

## invite
invite-title = الانضمام إلى TwinSpace بصفة ضيف
invite-intro = لقد تلقيت دعوة إلى TwinSpace. يُرجى اختيار الاسم الذي سيراه الآخرون وتعيين كلمة مرور.
invite-display_name = اسمك
invite-submit = قبول الدعوة
invite-checking = جارٍ التحقق من دعوتك…
invite-for_space = لقد تلقيت دعوة إلى «{ $title }».
invite-unknown = رابط الدعوة هذا غير معروف. يُرجى التأكد من نسخه كاملًا، أو طلب رابط جديد ممّن أرسله.
invite-expired = انتهت صلاحية رابط الدعوة هذا. يُرجى طلب رابط جديد ممّن أرسله.
invite-used_up = استُخدم رابط الدعوة هذا العدد الأقصى من المرات المسموح بها. يُرجى طلب رابط جديد ممّن أرسله.
invite-revoked = سحب أحد المعلمين رابط الدعوة هذا.
invite-closed = المساحة الخاصة بهذه الدعوة مغلقة.

## spaces
spaces-title = مساحاتي
spaces-empty = ليست لديك عضوية في أي مساحة بعد.
spaces-create = إنشاء مساحة
spaces-kind = النوع
spaces-kind-twinspace = TwinSpace
spaces-kind-room = غرفة
spaces-kind-group = مجموعة
spaces-space_title = العنوان
spaces-description = الوصف (اختياري)
spaces-create_submit = إنشاء
spaces-created = تم إنشاء المساحة «{ $title }».
spaces-my_role = دورك: { $role }
spaces-archived = مؤرشفة

## space
space-back = العودة إلى مساحاتي
space-sections = أقسام هذه المساحة
space-members = الأعضاء
space-online_count =
    { $count ->
        [zero] لا أحد متصل الآن
        [one] عضو واحد متصل
        [two] عضوان متصلان
        [few] { $count } أعضاء متصلين
        [many] { $count } عضوًا متصلًا
       *[other] { $count } عضو متصل
    }
space-online = متصل
space-offline = غير متصل
space-you = (أنت)
space-refreshed = تم تحديث القائمة.
space-gone = لم تعد هذه المساحة متاحة لك.

## chat
chat-title = الدردشة
chat-empty = لا توجد رسائل بعد.
chat-message = الرسالة
chat-send = إرسال
chat-pending = (بانتظار أحد المعلمين)
chat-typing = { $name } بصدد الكتابة…
chat-teachers_tab = نشرة المعلمين
chat-teachers_title = نشرة المعلمين
chat-session_title = دردشة الجلسة
chat-older = عرض الرسائل الأقدم
chat-new_messages = رسائل جديدة
chat-mention_list = أعضاء يمكن الإشارة إليهم
chat-mention_hint = للإشارة إلى عضو، يُرجى كتابة @ ثم اسمه.
chat-hidden = (أخفاها أحد المعلمين)
chat-deleted = (محذوفة)
chat-rejected = (لم يعرضها أحد المعلمين)
chat-edited = (معدّلة)
chat-mentions_you = إشارة إليك
chat-edit = تعديل
chat-edit_label = تعديل رسالتك
chat-save = حفظ
chat-cancel = إلغاء
chat-delete = حذف
chat-delete_confirm = نعم، تأكيد الحذف
chat-hide = إخفاء
chat-restore = استعادة
chat-approve = قبول
chat-reject = رفض
chat-report = إبلاغ
chat-reported = شكرًا. سيطّلع المعلمون على هذه الرسالة.
chat-mute = كتم
chat-mute_question = كتم { $name }؟
chat-mute_for = مدة كتم { $name }
chat-minutes =
    { $count ->
        [zero] { $count } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $count } دقائق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }
chat-mute_confirm = الكتم الآن
chat-muted_other = { $name }: الكتابة موقوفة حتى { $time }.
chat-muted_you = أوقف أحد المعلمين كتابتك حتى { $time }. لا يزال بإمكانك قراءة الدردشة.
chat-unmuted_you = يمكنك الكتابة في الدردشة من جديد.
chat-gone = لم تعد هذه الدردشة متاحة لك.

## role
role-founder = مؤسس
role-admin = مشرف
role-teacher = معلم
role-pupil_admin = تلميذ مشرف
role-pupil = تلميذ
role-guest = ضيف

## error
error-bad_credentials = بيانات تسجيل الدخول غير صحيحة. يُرجى التحقق منها والمحاولة مرة أخرى.
error-rate_limited = محاولات كثيرة جدًا. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.
error-invalid = بعض الحقول غير معبّأة بشكل صحيح.
error-not_found = هذه الصفحة غير موجودة، أو لا يمكنك الاطلاع عليها.
error-forbidden = ليس لديك إذن بالقيام بذلك.
error-gone = هذا لم يعد موجودًا أو لم يعد يعمل.
error-conflict = يتعارض هذا مع شيء موجود بالفعل.
error-gone-revoked = لم يعد رابط الدعوة هذا يعمل: سحبه معلمو المساحة.
error-gone-expired = لم يعد رابط الدعوة هذا يعمل: انتهت صلاحيته.
error-gone-used_up = لم يعد رابط الدعوة هذا يعمل: استُخدم العدد الأقصى من المرات المسموح بها.
error-conflict-name_taken = «{ $name }» موجود هنا بالفعل. يُرجى اختيار اسم آخر.
error-conflict-in_trash = «{ $name }» في سلة المهملات: يُرجى استعادته أولًا.
error-conflict-not_in_trash = «{ $name }» ليس في سلة المهملات.
error-conflict-parent_in_trash = كان «{ $name }» في مجلد أصبح الآن في سلة المهملات: يُرجى استعادة ذلك المجلد أولًا.
error-conflict-folder_not_empty = المجلد «{ $name }» ليس فارغًا: يُرجى نقل محتوياته إلى سلة المهملات أولًا.
error-conflict-wrong_status = حالة هذا الحساب ({ $status }) لا تسمح بذلك.
error-unauthenticated = يُرجى تسجيل الدخول.
error-network = تعذّر الوصول إلى الخادم. يُرجى التحقق من اتصالك والمحاولة مرة أخرى.
error-generic = حدث خطأ ما. يُرجى المحاولة مرة أخرى.
error-too_large = هذا كبير جدًا.
error-quota_exceeded = لم يتبقَّ حيّز كافٍ في هذه المساحة.
error-unsupported = لا يستطيع الخادم معالجة هذا النوع من الطلبات.
error-aborted = توقّف الرفع.
error-rate_limited_wait = محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى { $wait }.
error-fields = بعض الحقول تحتاج إلى انتباهك: يُرجى الاطلاع على الرسالة أسفل كل حقل.
error-account_rejected = لم يقبل المشرف الوطني في بلدك هذا التسجيل، لذا لا يمكن تسجيل الدخول بهذا الحساب. إذا بدا لك أن في ذلك خطأ، يُرجى التواصل مع منظمة الدعم الوطنية لبرنامج eTwinning في بلدك.
error-account_suspended = علّق المشرف الوطني في بلدك هذا الحساب: لا يمكن تسجيل الدخول به في الوقت الحالي. لمعرفة السبب، أو لطلب إعادة تفعيله، يُرجى التواصل مع منظمة الدعم الوطنية لبرنامج eTwinning في بلدك.
error-malformed = أرسلت الصفحة شيئًا لم يتمكن الخادم من قراءته. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
error-csrf = فشل التحقق الأمني للصفحة. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
error-limit_exceeded = هذا يتجاوز حدًا مقررًا لهذه المساحة.
error-unavailable = الخادم مشغول أو أن جزءًا منه لا يستجيب. يُرجى المحاولة مرة أخرى بعد لحظات.
error-internal = حدث خطأ في الخادم. يُرجى المحاولة مرة أخرى لاحقًا.
error-insufficient_storage = لم تعد في الخادم مساحة للملفات. لم يُحفظ أي شيء؛ يُرجى إبلاغ جهة اتصال eTwinning في مدرستك.
error-request_timeout = استغرق الإرسال وقتًا طويلًا جدًا فتم إيقافه. يُرجى التحقق من اتصالك والمحاولة مرة أخرى.
error-conflict-not_a_guest = عنوان البريد الإلكتروني هذا تابع لحساب في eTwinning. يُدعى المعلمون من قِبل مشرفي المساحة، لا عبر رابط الضيوف.

## notice
notice-post-pending = شكرًا! سيقرأ أحد المعلمين مشاركتك قبل أن يتمكن الجميع من رؤيتها.
notice-post-approved = قرأ أحد المعلمين مشاركتك. يمكن الآن لكل من في المشروع رؤيتها.
notice-post-rejected = قرر أحد المعلمين عدم عرض مشاركتك. يمكنك سؤال معلمك عن السبب.
notice-post-hidden = أخفى أحد المعلمين مشاركتك مؤقتًا. يمكنك سؤال معلمك عن السبب.
notice-post-restored = أعاد أحد المعلمين عرض مشاركتك. يمكن للجميع رؤيتها الآن.
notice-post-purged = أزال أحد المعلمين مشاركتك.
notice-member-muted = يمكنك قراءة المشروع، لكن لا يمكنك الكتابة لبعض الوقت.
notice-member-unmuted = يمكنك الكتابة في المشروع مرة أخرى.
notice-chat-mention = تمت الإشارة إليك في الدردشة من قِبل { $name }.

## video
video-section = الفيديو
video-open_sessions = جلسات الفيديو المفتوحة
video-none = لا توجد جلسة فيديو مفتوحة.
video-start_title = بدء جلسة فيديو
video-title = العنوان (اختياري)
video-lobby = ينتظر التلاميذ في غرفة الانتظار إلى أن يسمح لهم أحد المعلمين بالدخول
video-start = بدء
video-join_named = الانضمام إلى «{ $title }»
video-nobody_in_call = لا أحد في المكالمة بعد
video-people_in_call =
    { $count ->
        [zero] لا أحد في المكالمة
        [one] شخص واحد في المكالمة
        [two] شخصان في المكالمة
        [few] { $count } أشخاص في المكالمة
        [many] { $count } شخصًا في المكالمة
       *[other] { $count } شخص في المكالمة
    }
video-locked = (مقفلة)
video-back = العودة إلى المساحة
video-participants = المشاركون
video-my_controls = الميكروفون والكاميرا الخاصان بك
video-chat = دردشة الجلسة
video-starting_media = جارٍ تشغيل الكاميرا والميكروفون…
video-in_call = أنت في المكالمة.
video-waiting_in_lobby = أنت في غرفة الانتظار. سيسمح لك أحد المعلمين بالدخول قريبًا.
video-no_media = تعذّر استخدام أي كاميرا أو ميكروفون: لا يزال بإمكانك رؤية الآخرين وسماعهم.
video-partial_media = لم يكن ممكنًا استخدام الكاميرا والميكروفون إلا جزئيًا.
video-enable_sound = تشغيل الصوت
video-mic_on = الميكروفون يعمل
video-mic_off = الميكروفون مغلق
video-mic_forced = كتم أحد المعلمين الميكروفون
video-camera_on = الكاميرا تعمل
video-camera_off = الكاميرا مغلقة
video-hand_raised = يد مرفوعة
video-mute_me = كتم الميكروفون الخاص بي
video-unmute_me = إلغاء كتم الميكروفون الخاص بي
video-camera_stop = إيقاف الكاميرا الخاصة بي
video-camera_start = تشغيل الكاميرا الخاصة بي
video-hand_raise = رفع اليد
video-hand_lower = خفض اليد
video-leave = مغادرة
video-you_are_muted = كتم أحد المعلمين صوتك. يمكنك إلغاء الكتم عندما يسمح أحد المعلمين بذلك.
video-muted_by_teacher = كتم أحد المعلمين الميكروفون الخاص بك.
video-unmute_allowed = يسمح لك أحد المعلمين بإلغاء كتم الميكروفون من جديد.
video-mute_other = كتم
video-mute_named = كتم { $name }
video-allow_unmute = السماح بإلغاء الكتم
video-allow_unmute_named = السماح بإلغاء الكتم: { $name }
video-remove = إخراج
video-remove_named = إخراج { $name } من الجلسة
video-lobby_title = غرفة الانتظار
video-lobby_empty = لا أحد ينتظر.
video-admit = إدخال
video-admit_named = إدخال { $name }
video-deny = رفض الدخول
video-deny_named = رفض دخول { $name }
video-manage = هذه الجلسة
video-is_open = مفتوحة: يمكن للأعضاء الانضمام.
video-is_locked = مقفلة: يمكن للمعلمين فقط الانضمام.
video-lock = قفل الجلسة
video-end = إنهاء الجلسة للجميع
video-ended = انتهت الجلسة.
video-ended_space_archived = انتهت الجلسة: أُرشفت مساحتها.
video-ended_space_deleted = انتهت الجلسة: حُذفت مساحتها.
video-ended_empty = انتهت الجلسة: لم يكن فيها أحد منذ مدة.
video-no_teacher_yet = لا يوجد أي معلم في هذه الجلسة بعد، لذا لا يمكن لأحد أن يسمح لك بالدخول. يمكنك الانتظار هنا أو المغادرة.
video-leave_lobby = مغادرة غرفة الانتظار
video-removed = أخرجك أحد المعلمين من الجلسة.
video-denied = لم يسمح لك أحد المعلمين بدخول هذه الجلسة.
video-left = لقد غادرت الجلسة.
video-full = هذه الجلسة ممتلئة.
video-refused = لا يمكنك الانضمام إلى هذه الجلسة.
video-signal_refused = رفض الخادم ما أرسله متصفحك. يُرجى المغادرة ثم الانضمام من جديد.
video-sfu_moving = كبرت الجلسة: جارٍ نقل المكالمة إلى خادم الوسائط الخاص بالصف…
video-sfu_unreachable = تعذّر الوصول إلى خادم الوسائط الخاص بالصف. جارٍ إعادة المحاولة…
video-sfu_no_seat = جميع أماكن الكاميرا في هذه الجلسة مشغولة: يمكنك رؤية الآخرين وسماعهم، لكنهم لا يستطيعون رؤيتك ولا سماعك.
video-sfu_not_sent = تعذّر إرسال الكاميرا والميكروفون الخاصين بك. لا يزال بإمكانك رؤية الآخرين وسماعهم.

## forum
forum-title = المنتدى
forum-threads = المواضيع
forum-posts = المشاركات
forum-areas = أقسام المنتدى
forum-area-open = المنتدى المفتوح
forum-area-teachers = نشرة المعلمين
forum-empty = لا توجد مواضيع بعد.
forum-thread_meta =
    { $count ->
        [zero] بقلم { $author } · { $count } مشاركة · { $when }
        [one] بقلم { $author } · مشاركة واحدة · { $when }
        [two] بقلم { $author } · مشاركتان · { $when }
        [few] بقلم { $author } · { $count } مشاركات · { $when }
        [many] بقلم { $author } · { $count } مشاركة · { $when }
       *[other] بقلم { $author } · { $count } مشاركة · { $when }
    }
forum-unread =
    { $count ->
        [zero] لا جديد
        [one] مشاركة جديدة
        [two] مشاركتان جديدتان
        [few] { $count } مشاركات جديدة
        [many] { $count } مشاركة جديدة
       *[other] { $count } مشاركة جديدة
    }
forum-pinned = مثبّت
forum-locked = مقفل
forum-new_thread = بدء موضوع
forum-new_bulletin = بدء موضوع في نشرة المعلمين
forum-thread_title = عنوان الموضوع
forum-first_post = المشاركة الأولى
forum-start = بدء الموضوع
forum-thread_started = تم بدء الموضوع.
forum-thread_held = شكرًا! سيقرأ أحد المعلمين موضوعك قبل أن يتمكن الجميع من رؤيته.
forum-back = العودة إلى المواضيع
forum-reply_label = ردّك
forum-send = نشر الرد
forum-no_reply = لا يمكنك الرد في هذا الموضوع.
forum-held = شكرًا! سيقرأ أحد المعلمين مشاركتك قبل أن يتمكن الجميع من رؤيتها.
forum-edited = (معدّلة)
forum-edit = تعديل
forum-edit_label = تعديل مشاركتك
forum-save = حفظ
forum-saved = تم تعديل مشاركتك.
forum-cancel = إلغاء
forum-delete = حذف
forum-deleted = حُذفت المشاركة.
forum-report = إبلاغ
forum-report_reason = ما المشكلة في هذه المشاركة؟ (اختياري)
forum-report_send = إرسال البلاغ
forum-reported = شكرًا. تم إبلاغ المعلمين.
forum-hide = إخفاء
forum-restore = استعادة
forum-approve = قبول
forum-reject = رفض
forum-done-hide = أصبحت المشاركة مخفية عن الصف.
forum-done-restore = عادت المشاركة ظاهرة.
forum-done-approve = قُبلت المشاركة: يمكن للجميع رؤيتها.
forum-done-reject = رُفضت المشاركة: لا يراها إلا كاتبها.
forum-state-pending = بانتظار أحد المعلمين
forum-state-hidden = مخفية
forum-state-rejected = غير منشورة
forum-state-deleted = محذوفة
forum-pin = تثبيت
forum-unpin = إلغاء التثبيت
forum-lock = قفل
forum-unlock = فتح القفل
forum-thread_changed = تم تعديل الموضوع.
forum-thread_gone = لم يعد هذا الموضوع متاحًا لك.
forum-moderation = الإشراف
forum-queue = بانتظار الموافقة
forum-queue_empty = لا توجد مشاركات بانتظار الموافقة.
forum-reports = البلاغات
forum-reports_empty = لا توجد بلاغات مفتوحة.
forum-reported_by = مقدّم البلاغ: { $name }
forum-report_said = السبب: { $reason }
forum-resolve = إغلاق البلاغ
forum-resolved = أُغلق البلاغ.

## reactions
reaction-bar = التفاعلات
reaction-add = أضف تفاعلًا
reaction-picker = اختر تفاعلًا
reaction-count =
    { $count ->
        [zero] { $name }: لا أحد
        [one] { $name }: شخص واحد
        [two] { $name }: شخصان
        [few] { $name }: { $count } أشخاص
        [many] { $name }: { $count } شخصًا
       *[other] { $name }: { $count } شخص
    }
reaction-thumbs_up = إعجاب
reaction-heart = قلب
reaction-clap = أحسنت
reaction-laugh = مضحك
reaction-idea = فكرة جيدة
reaction-question = لدي سؤال

## archive
archive-title = الملفات
archive-usage = المستخدم: { $used } من { $quota }
archive-where = المجلد
archive-top = كل الملفات
archive-empty = هذا المجلد فارغ.
archive-contents = المجلدات والملفات
archive-name = الاسم
archive-size = الحجم
archive-by = أُضيف بواسطة
archive-when = آخر تعديل
archive-actions = الإجراءات
archive-former_member = عضو سابق
archive-choose = اختيار ملف
archive-upload = رفع
archive-progress = تقدّم الرفع
archive-uploading = جارٍ رفع { $name }: { $percent }
archive-uploaded = تم رفع «{ $name }».
archive-too_large = هذا الملف كبير جدًا: الحد الأقصى لحجم الملف هو { $max }.
archive-quota = لم يتبقَّ حيّز كافٍ في ملفات هذه المساحة (المتاح: { $free }). يُرجى الطلب من أحد المعلمين إزالة الملفات القديمة.
archive-new_folder = مجلد جديد
archive-create_folder = إنشاء المجلد
archive-folder_created = تم إنشاء المجلد «{ $name }».
archive-download = تنزيل
archive-download_named = تنزيل { $name }
archive-rename = إعادة تسمية
archive-rename_named = إعادة تسمية { $name }
archive-new_name = الاسم الجديد
archive-save = حفظ
archive-cancel = إلغاء
archive-renamed = تمت إعادة التسمية إلى «{ $name }».
archive-trash = نقل إلى سلة المهملات
archive-trash_named = نقل إلى سلة المهملات: { $name }
archive-trashed = «{ $name }» في سلة المهملات الآن.
archive-show_trash = سلة المهملات
archive-trash_empty = سلة المهملات فارغة.
archive-restore = استعادة
archive-restore_named = استعادة { $name }
archive-restored = تمت استعادة «{ $name }».
archive-purge = حذف نهائي
archive-purge_named = حذف نهائي: { $name }
archive-purged = حُذف «{ $name }» نهائيًا.
archive-choose_first = يُرجى اختيار ملف لرفعه.
archive-no_file = لم يتم اختيار أي ملف بعد.
archive-name_taken = يوجد هنا بالفعل عنصر بهذا الاسم. يُرجى اختيار اسم آخر.

## unit
unit-b = بايت
unit-kb = كيلوبايت
unit-mb = ميغابايت
unit-gb = غيغابايت
unit-tb = تيرابايت

## field
field-required = يُرجى ملء هذا الحقل.
field-unknown = هذا الحقل غير متوقع هنا.
field-type = هذه القيمة ليست من النوع الصحيح.
field-blank = يُرجى كتابة شيء هنا: المسافات وحدها لا تُحتسب.
field-too_short =
    { $count ->
        [zero] يُرجى كتابة { $min } حرف على الأقل.
        [one] يُرجى كتابة حرف واحد على الأقل.
        [two] يُرجى كتابة حرفين على الأقل.
        [few] يُرجى كتابة { $min } أحرف على الأقل.
        [many] يُرجى كتابة { $min } حرفًا على الأقل.
       *[other] يُرجى كتابة { $min } حرف على الأقل.
    }
field-too_long =
    { $count ->
        [zero] يُرجى كتابة { $max } حرف كحد أقصى.
        [one] يُرجى كتابة حرف واحد كحد أقصى.
        [two] يُرجى كتابة حرفين كحد أقصى.
        [few] يُرجى كتابة { $max } أحرف كحد أقصى.
        [many] يُرجى كتابة { $max } حرفًا كحد أقصى.
       *[other] يُرجى كتابة { $max } حرف كحد أقصى.
    }
field-too_small = يُرجى إدخال { $min } على الأقل.
field-too_large = يُرجى إدخال { $max } كحد أقصى.
field-format = هذه القيمة ليست بالشكل المتوقع.
field-choice = يُرجى اختيار أحد الخيارات المعروضة.
field-invalid = هذه القيمة غير مقبولة.

## confirm
confirm-cancel = إلغاء
confirm-trash_file = نقل «{ $name }» إلى سلة المهملات؟
confirm-trash_file_lost = لن يرى الأعضاء هذا الملف بعد الآن. يمكن لأحد المعلمين استعادته من سلة المهملات.
confirm-trash_folder = نقل المجلد «{ $name }» إلى سلة المهملات؟
confirm-trash_folder_lost = لن يرى الأعضاء هذا المجلد ولا أي شيء فيه بعد الآن. يمكن لأحد المعلمين استعادته من سلة المهملات.
confirm-purge = حذف «{ $name }» نهائيًا؟
confirm-purge_lost = سيختفي لدى الجميع، ولا يمكن استرجاعه.
confirm-delete_post = حذف هذه المشاركة؟
confirm-delete_post_lost = سيختفي نصها لدى الجميع. لا يمكن التراجع عن ذلك.
confirm-delete_message = حذف هذه الرسالة؟
confirm-delete_message_lost = سيختفي نصها لدى الجميع. لا يمكن التراجع عن ذلك.
confirm-end_session = إنهاء الجلسة للجميع؟
confirm-end_session_lost = سيغادر الجميع المكالمة فورًا، ولا يمكن فتح الجلسة من جديد.
confirm-remove_participant = إخراج { $name } من الجلسة؟
confirm-remove_participant_lost = سيُخرَج { $name } من المكالمة فورًا، ولن تكون العودة إلى هذه الجلسة ممكنة.
confirm-deny = رفض دخول { $name }؟
confirm-deny_lost = لن يُسمح بدخول { $name } إلى هذه الجلسة.

## page
page-not_found = الصفحة غير موجودة
page-not_found_text = لا توجد صفحة بهذا العنوان.
page-go_spaces = الانتقال إلى مساحاتي
page-go_sign_in = الانتقال إلى صفحة تسجيل الدخول

## form
form-required = يُرجى ملء هذا الحقل.
form-email_format = يُرجى كتابة عنوان بريد إلكتروني مثل name@school.eu.
form-password_short = يُرجى استخدام 10 أحرف على الأقل.
form-password_long = يُرجى استخدام 200 حرف كحد أقصى.
form-password_mismatch = كلمتا المرور غير متطابقتين.
form-password_hint = 10 أحرف على الأقل. بضع كلمات يسهل عليك تذكّرها خيار جيد.
form-check_fields = يُرجى التحقق من الحقول المشار إليها أعلاه.
form-field_invalid = هذه القيمة غير مقبولة.

## register
register-title = إنشاء حساب eTwinner
register-intro = للمعلمين. يتحقق المشرف الوطني في بلدك من عملك في التدريس، ثم يعتمد حسابك. لا يسجّل التلاميذ أنفسهم: معلمهم هو من ينشئ حساباتهم.
register-name = اسمك
register-school = المدرسة
register-country = البلد
register-country_choose = اختيار البلد
register-submit = إنشاء حسابي
register-email_taken = يوجد حساب بعنوان البريد الإلكتروني هذا بالفعل. يُرجى تسجيل الدخول أو طلب كلمة مرور جديدة.
register-have_account = لديك حساب بالفعل؟ تسجيل الدخول

## pending
pending-title = حسابك بانتظار الاعتماد
pending-who_heading = من يعتمده
pending-who = يتحقق المشرف الوطني في بلدك ({ $country }) من عملك في التدريس في المدرسة التي ذكرتها، ثم يعتمد حسابك.
pending-next_heading = ماذا يحدث بعد ذلك
pending-next_validate = بمجرد اعتماد حسابك يصبح لديك حساب eTwinner: يمكنك إنشاء مساحات، وتلقي دعوات إلى مشاريع، وإنشاء حسابات تلاميذك. لرؤية ذلك، يُرجى تسجيل الدخول مرة أخرى أو الضغط على «التحقق مجددًا».
pending-next_reject = إذا لم يقبل المشرف الوطني تسجيلك، فستظهر لك رسالة بذلك عند تسجيل الدخول.
pending-next_meanwhile = حتى ذلك الحين، يمكنك تغيير اسمك وكلمة المرور في «حسابي».
pending-check = التحقق مجددًا
pending-still = لا يزال حسابك بانتظار الاعتماد.
pending-count =
    { $count ->
        [zero] لا شيء بانتظار الإشراف
        [one] عنصر واحد بانتظار الإشراف
        [two] عنصران بانتظار الإشراف
        [few] { $count } عناصر بانتظار الإشراف
        [many] { $count } عنصرًا بانتظار الإشراف
       *[other] { $count } عنصر بانتظار الإشراف
    }

## forgot
forgot-title = هل نسيت كلمة المرور؟
forgot-intro = يُرجى كتابة عنوان البريد الإلكتروني لحسابك. سنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
forgot-submit = إرسال رابط إليّ
forgot-sent = إذا كان هناك حساب بهذا العنوان، فالرابط في طريقه إليه. يعمل الرابط مرة واحدة ولمدة محدودة. يُرجى التحقق من مجلد الرسائل غير المرغوب فيها أيضًا.
forgot-pupils = للتلاميذ: ليس لديك عنوان بريد إلكتروني هنا. يمكنك طلب رمز جديد من معلمك.
forgot-back = العودة إلى تسجيل الدخول

## reset
reset-title = اختيار كلمة مرور جديدة
reset-intro = اختيار كلمة مرور جديدة يسجّل خروجك من جميع الأجهزة الأخرى.
reset-password = كلمة المرور الجديدة
reset-confirm = تأكيد كلمة المرور الجديدة
reset-submit = حفظ كلمة المرور الجديدة
reset-gone = انتهت صلاحية هذا الرابط أو سبق استخدامه. يُرجى طلب رابط جديد.
reset-done = تم تغيير كلمة المرور. يُرجى تسجيل الدخول بكلمة المرور الجديدة.
reset-ask_again = طلب رابط جديد

## account
account-title = حسابي
account-signed_in_with = يتم تسجيل دخولك بالعنوان { $email }.
account-name_heading = اسمك
account-name = الاسم الذي يراه الآخرون
account-save_name = حفظ الاسم
account-name_saved = تم حفظ اسمك.
account-pupil_note = اختار معلمك هذا الاسم ويتولى إدارته. إذا كان يجب تغييره، يمكنك سؤال معلمك.
account-password_heading = كلمة المرور
account-password_intro = تغيير كلمة المرور يسجّل خروجك من أجهزتك الأخرى، ويبقى دخولك قائمًا هنا.
account-current_password = كلمة المرور الحالية
account-new_password = كلمة المرور الجديدة
account-confirm_password = تأكيد كلمة المرور الجديدة
account-save_password = تغيير كلمة المرور
account-password_saved = تم تغيير كلمة المرور.
account-current_wrong = هذه ليست كلمة المرور الحالية.
account-everywhere_heading = تسجيل الخروج من كل مكان
account-everywhere_intro = ينهي دخولك على كل جهاز ومتصفح، بما في ذلك هذا الجهاز: فلا يعود بإمكان هاتف مفقود أو حاسوب مشترك فتح حسابك.
account-everywhere = تسجيل الخروج من كل مكان…
account-everywhere_question = تسجيل الخروج من كل الأجهزة، بما فيها هذا الجهاز؟ ستُغلق الصفحات المفتوحة فورًا، ويضيع كل ما لم يُرسل منها بعد.
account-everywhere_confirm = نعم، تسجيل الخروج من كل مكان
account-everywhere_done = تم تسجيل خروجك من كل الأجهزة.
account-cancel = إلغاء

## admin
admin-nav = لوحة الاعتماد
admin-title = لوحة المشرف الوطني
admin-country = البلد: { $country }
admin-only_national_admins = هذه الصفحة مخصصة للمشرفين الوطنيين.
admin-pending_heading = معلمون بانتظار الاعتماد
admin-pending_count =
    { $count ->
        [zero] لا أحد بانتظار الاعتماد.
        [one] معلم واحد بانتظار الاعتماد.
        [two] معلمان بانتظار الاعتماد.
        [few] { $count } معلمين بانتظار الاعتماد.
        [many] { $count } معلمًا بانتظار الاعتماد.
       *[other] { $count } معلم بانتظار الاعتماد.
    }
admin-pending_none = لا يوجد معلمون بانتظار الاعتماد.
admin-select_all = تحديد الكل
admin-select_first = يُرجى تحديد معلم واحد على الأقل أولًا.
admin-validate_selected = اعتماد المحددين
admin-reject_selected = رفض المحددين…
admin-validated =
    { $count ->
        [zero] لم يُعتمد أي معلم.
        [one] تم اعتماد معلم واحد.
        [two] تم اعتماد معلمَين.
        [few] تم اعتماد { $count } معلمين.
        [many] تم اعتماد { $count } معلمًا.
       *[other] تم اعتماد { $count } معلم.
    }
admin-rejected =
    { $count ->
        [zero] لم يُرفض أي تسجيل.
        [one] تم رفض تسجيل واحد.
        [two] تم رفض تسجيلَين.
        [few] تم رفض { $count } تسجيلات.
        [many] تم رفض { $count } تسجيلًا.
       *[other] تم رفض { $count } تسجيل.
    }
admin-reject_question =
    { $count ->
        [zero] رفض هذه التسجيلات، وعددها { $count } ({ $names })؟ لن يكون تسجيل الدخول بها ممكنًا، ولا يمكن التراجع عن ذلك.
        [one] رفض تسجيل { $names }؟ لن يكون تسجيل الدخول بهذا الحساب ممكنًا، ولا يمكن التراجع عن ذلك.
        [two] رفض هذين التسجيلَين ({ $names })؟ لن يكون تسجيل الدخول بهما ممكنًا، ولا يمكن التراجع عن ذلك.
        [few] رفض هذه التسجيلات، وعددها { $count } ({ $names })؟ لن يكون تسجيل الدخول بها ممكنًا، ولا يمكن التراجع عن ذلك.
        [many] رفض هذه التسجيلات، وعددها { $count } ({ $names })؟ لن يكون تسجيل الدخول بها ممكنًا، ولا يمكن التراجع عن ذلك.
       *[other] رفض هذه التسجيلات، وعددها { $count } ({ $names })؟ لن يكون تسجيل الدخول بها ممكنًا، ولا يمكن التراجع عن ذلك.
    }
admin-reject_reason = سبب الرفض
admin-reject_heading = رفض التسجيلات
admin-suspend_heading = تعليق حساب
admin-reinstate_heading = إعادة تفعيل حساب
admin-reject_reason_hint = يُحفظ في سجل التدقيق مع اسمك.
admin-reject_confirm =
    { $count ->
        [zero] رفض { $count } تسجيل
        [one] رفض تسجيل واحد
        [two] رفض تسجيلَين
        [few] رفض { $count } تسجيلات
        [many] رفض { $count } تسجيلًا
       *[other] رفض { $count } تسجيل
    }
admin-failed_one = { $name }: { $why }
admin-school = المدرسة: { $school }
admin-registered = تاريخ التسجيل: { $date }
admin-search_heading = البحث عن حساب
admin-search_label = الاسم أو البريد الإلكتروني أو المدرسة
admin-search_hint = حسابات بلدك فقط. لعرضها كلها من الأحدث إلى الأقدم، يُرجى ترك الحقل فارغًا.
admin-search = بحث
admin-showing = { $from }–{ $to } من { $total }
admin-no_match = لا يوجد حساب مطابق.
admin-previous = الصفحة السابقة
admin-next = الصفحة التالية
admin-suspend = تعليق…
admin-suspend_named = تعليق حساب { $name }…
admin-suspend_question = تعليق حساب { $name }؟ يُسجَّل الخروج من هذا الحساب فورًا في كل مكان، وتُغلق صفحاته المفتوحة، ولا يمكن تسجيل الدخول به إلى أن يُعاد تفعيله.
admin-suspend_reason = سبب التعليق
admin-suspend_confirm = نعم، تعليق الحساب
admin-suspend_done = تم تعليق حساب { $name }.
admin-reinstate = إعادة التفعيل…
admin-reinstate_named = إعادة تفعيل حساب { $name }…
admin-reinstate_question = إعادة تفعيل حساب { $name }؟ سيصبح تسجيل الدخول به ممكنًا من جديد.
admin-reinstate_reason = السبب (اختياري)
admin-reinstate_confirm = إعادة التفعيل
admin-reinstate_done = تمت إعادة تفعيل حساب { $name }.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = للتأكيد، يُرجى كتابة عنوان المساحة: { $text }

## status
status-active = نشط
status-pending = بانتظار الاعتماد
status-suspended = معلّق
status-rejected = مرفوض
status-erased = ممحوّ

## names
names-marked = { $name } ({ $mark })

## members
members-username = اسم المستخدم: { $username }
members-role_of = دور { $name }
members-change_role = تغيير الدور
members-role_question = تغيير دور { $name } من { $from } إلى { $to }؟
members-role_consequence = بدءًا من الآن، تنطبق على { $name } صلاحيات الدور «{ $to }»، على كل الأجهزة في آن واحد.
members-role_confirm = تغيير الدور
members-role_changed = دور { $name } الآن: { $role }.
members-reset_code = رمز جديد
members-reset_question = منح { $name } رمز دخول جديدًا؟
members-reset_consequence = يتوقف الرمز القديم عن العمل فورًا، ويُسجَّل خروج التلميذ من كل مكان. عليك تسليم البطاقة الجديدة.
members-reset_confirm = إنشاء رمز جديد
members-reset_done = لدى { $name } رمز جديد: يُرجى تسليم البطاقة الجديدة أدناه.
members-export = تصدير البيانات
members-remove = إزالة
members-remove_question = إزالة { $name } من هذه المساحة؟
members-remove_consequence = يُلغى وصول { $name } إلى هذه المساحة فورًا، على كل الأجهزة.
members-remove_pupil_kept = يبقى حساب التلميذ ومشاركاته وملفاته؛ ويمكنك إضافته مجددًا لاحقًا.
members-remove_kept = تبقى مشاركات هذا العضو وملفاته في المساحة.
members-remove_confirm = إزالة
members-removed = تمت إزالة { $name }.
members-erase = محو الحساب
members-leave = مغادرة هذه المساحة
members-leave_question = مغادرة «{ $title }»؟
members-leave_consequence = يُلغى فورًا وصولك إلى منتدياتها وملفاتها ودردشتها والفيديو فيها. لا يمكن إعادتك إليها إلا من قِبل معلم مشرف.
members-leave_kept = يبقى ما كتبته ورفعته في المساحة.
members-leave_confirm = مغادرة المساحة
members-left = لقد غادرت «{ $title }».

## erase
erase-question = محو حساب { $name }؟
erase-account_gone = يُحذف اسم التلميذ واسم المستخدم والرمز نهائيًا.
erase-signed_out = يُسجَّل خروج التلميذ فورًا، ولن يكون تسجيل الدخول بهذا الحساب ممكنًا أبدًا بعد ذلك.
erase-no_undo = لا يمكن التراجع عن ذلك.
erase-export_first = إذا كان من المحتمل أن يرغب التلميذ أو أسرته في الحصول على نسخة، يُرجى تصدير البيانات أولًا.
erase-posts = مشاركات التلميذ ورسائله في الدردشة
erase-posts_keep = الاحتفاظ بها، باسم «تلميذ سابق»
erase-posts_remove = حذفها نهائيًا
erase-files = ملفات التلميذ
erase-files_keep = الاحتفاظ بها، ويصبح مالكها «تلميذ سابق»
erase-files_remove = حذفها نهائيًا
erase-confirm = محو الحساب
erase-done = تم محو حساب { $name }.

## invite_teacher
invite_teacher-title = دعوة معلم شريك
invite_teacher-by_email = عبر عنوان البريد الإلكتروني
invite_teacher-role = الدور
invite_teacher-submit = دعوة
invite_teacher-done = تمت إضافة { $name } بدور { $role }.
invite_teacher-not_etwinner = لا يوجد eTwinner معتمد بهذا العنوان، أو لا يمكنك منح هذا الدور.
invite_teacher-find = البحث عن eTwinner
invite_teacher-query = الاسم أو المدرسة أو البلد
invite_teacher-search = بحث
invite_teacher-results = أعضاء eTwinner الذين عُثر عليهم
invite_teacher-none = لم يُعثر على أي eTwinner.
invite_teacher-more = مزيد من النتائج
invite_teacher-member = عضو في هذه المساحة
invite_teacher-invite = دعوة
invite_teacher-role_for = دور { $name }

## pupils
pupils-title = إضافة تلاميذ
pupils-one_title = تلميذ واحد
pupils-name = اسم التلميذ
pupils-add_one = إضافة التلميذ
pupils-class_title = صف كامل
pupils-class_names = أسماء التلاميذ
pupils-class_help = اسم واحد في كل سطر، كما سيظهر للآخرين.
pupils-add_class = إضافة الصف
pupils-class_empty = يُرجى كتابة اسم واحد على الأقل.
pupils-language = لغة الصفحة لهؤلاء التلاميذ
pupils-language_help = بعد تسجيل الدخول، سيرون TwinSpace Live بهذه اللغة. يمكن لكل تلميذ تغييرها لاحقًا.
pupils-line_errors = أسطر يجب تصحيحها
pupils-line_error = السطر { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [zero] يجب تصحيح { $count } سطر؛ لم يُنشأ أي شيء.
        [one] يجب تصحيح سطر واحد؛ لم يُنشأ أي شيء.
        [two] يجب تصحيح سطرين؛ لم يُنشأ أي شيء.
        [few] يجب تصحيح { $count } أسطر؛ لم يُنشأ أي شيء.
        [many] يجب تصحيح { $count } سطرًا؛ لم يُنشأ أي شيء.
       *[other] يجب تصحيح { $count } سطر؛ لم يُنشأ أي شيء.
    }
pupils-created =
    { $count ->
        [zero] لم تتم إضافة أي تلميذ.
        [one] تمت إضافة تلميذ واحد.
        [two] تمت إضافة تلميذين.
        [few] تمت إضافة { $count } تلاميذ.
        [many] تمت إضافة { $count } تلميذًا.
       *[other] تمت إضافة { $count } تلميذ.
    }

## cards
cards-title = بطاقات الدخول
cards-once = تظهر هذه الرموز الآن فقط. يُرجى طباعة البطاقات أو تدوين الرموز قبل مغادرة هذه الصفحة.
cards-site = تسجيل الدخول على:
cards-print = طباعة البطاقات
cards-done = تم: إخفاء الرموز

## links
links-tab = روابط الضيوف
links-intro = يتيح رابط الضيف لخبير أو مراقب الانضمام إلى هذا TwinSpace بصفة ضيف. يمكن لأي شخص لديه الرابط استخدامه، إلى أن تنتهي صلاحيته أو تنفد مرات استخدامه.
links-create_title = رابط ضيف جديد
links-valid_for = مدة الصلاحية
links-days =
    { $count ->
        [zero] { $count } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }
links-uses = عدد مرات الاستخدام
links-note = ملاحظة (لمن هو)
links-create = إنشاء الرابط
links-new = الرابط الجديد
links-once = يُرجى نسخه الآن: لن يظهر إلا مرة واحدة.
links-copy = نسخ
links-copied = تم نسخ الرابط.
links-select_copy = الرابط محدد: يُرجى الضغط على Ctrl+C (⌘+C) لنسخه.
links-live = الروابط السارية
links-empty = لا يوجد رابط ضيف ساري المفعول.
links-untitled = رابط ضيف
links-used =
    { $count ->
        [zero] مرات الاستخدام: { $used } من { $count }
        [one] مرات الاستخدام: { $used } من { $count }
        [two] مرات الاستخدام: { $used } من { $count }
        [few] مرات الاستخدام: { $used } من { $count }
        [many] مرات الاستخدام: { $used } من { $count }
       *[other] مرات الاستخدام: { $used } من { $count }
    }
links-until = حتى { $time }
links-revoke = إبطال
links-revoke_question = إبطال رابط الضيف هذا؟
links-revoke_consequence = لن يتمكن أحد من الانضمام به بعد الآن.
links-revoke_kept = يبقى الضيوف الذين انضموا عبره أعضاءً.
links-revoked = تم إبطال الرابط.

## settings
settings-tab = الإعدادات
settings-space = المساحة
settings-pupils = التلاميذ
settings-premoderate_pupils = حجز مشاركات التلاميذ إلى أن يوافق عليها أحد المعلمين
settings-pupils_may_create_threads = يمكن للتلاميذ بدء مواضيع
settings-pupils_may_upload = يمكن للتلاميذ رفع ملفات
settings-save = حفظ
settings-saved = تم حفظ الإعدادات.
settings-archive_title = الأرشفة
settings-archive_text = تبقى المساحة المؤرشفة متاحة للقراءة لأعضائها، لكن لا يمكن لأحد النشر فيها أو رفع ملفات إليها أو بدء جلسة فيديو.
settings-archive = أرشفة هذه المساحة
settings-archive_question = أرشفة «{ $title }»؟
settings-archive_read_only = لن يتمكن أحد بعد الآن من النشر أو الرفع أو تغيير أي شيء.
settings-archive_video = تنتهي جلسات الفيديو الجارية حاليًا فورًا.
settings-archive_undo = يمكن لأحد المؤسسين إعادة فتح المساحة لاحقًا.
settings-archive_confirm = أرشفة
settings-archived_title = هذه المساحة مؤرشفة
settings-archived_text = إنها للقراءة فقط. يُرجى إعادة فتحها ليتمكن الأعضاء من النشر والرفع.
settings-unarchive = إعادة الفتح
settings-unarchive_question = إعادة فتح «{ $title }»؟
settings-unarchive_consequence = يمكن للأعضاء النشر والرفع وبدء جلسات الفيديو من جديد.
settings-delete_title = حذف المساحة
settings-delete_text = الحذف يزيل المساحة وكل ما فيها نهائيًا.
settings-delete = حذف هذه المساحة
settings-delete_question = حذف «{ $title }» نهائيًا؟
settings-delete_content = تُحذف كل مواضيع المنتدى ورسائل الدردشة والملفات، بجميع نسخها.
settings-delete_members = يفقد كل الأعضاء المساحة؛ ولا تبقى حسابات التلاميذ إلا في مساحاتهم الأخرى.
settings-delete_video = تنتهي جلسات الفيديو الجارية حاليًا فورًا.
settings-delete_no_undo = يُحذف سجل التدقيق أيضًا. لا يمكن التراجع عن ذلك.
settings-delete_confirm = حذف نهائي
settings-deleted = تم حذف «{ $title }».

## audit
audit-tab = سجل التدقيق
audit-caption = ما تم في هذه المساحة، من الأحدث إلى الأقدم
audit-when = متى
audit-who = مَن
audit-what = ماذا
audit-empty = لم يُسجَّل شيء بعد.
audit-older = عرض الإدخالات الأقدم
audit-system = الخادم
audit-former_member = عضو سابق
audit-former_member_target = عضو سابق
audit-reason = السبب: { $reason }
audit-other = تنفيذ «{ $action }» { $target }
audit-space-created = إنشاء المساحة
audit-space-settings_changed = تغيير إعدادات المساحة
audit-space-archived = أرشفة المساحة
audit-space-unarchived = إعادة فتح المساحة
audit-member-invited = دعوة { $target } بدور { $role }
audit-member-role_changed = تغيير دور { $target } من { $from } إلى { $role }
audit-member-removed = إزالة { $target }
audit-member-left = مغادرة المساحة
audit-member-muted = كتم { $target }
audit-member-unmuted = إنهاء كتم { $target }
audit-pupil-created = إنشاء التلميذ { $target }
audit-pupil-added = إضافة التلميذ { $target }
audit-pupil-code_reset = منح { $target } رمز دخول جديدًا
audit-pupil-exported = تصدير بيانات { $target }
audit-pupil-erased = محو حساب تلميذ
audit-invitation-created = إنشاء رابط ضيف
audit-invitation-revoked = إبطال رابط ضيف
audit-invitation-accepted = الانضمام عبر رابط ضيف
audit-video-started = بدء جلسة فيديو
audit-video-ended = إنهاء جلسة فيديو
audit-video-locked = قفل جلسة فيديو
audit-video-unlocked = فتح قفل جلسة فيديو
audit-video-admitted = إدخال { $target } إلى جلسة فيديو
audit-video-denied = رفض دخول { $target } إلى جلسة فيديو
audit-video-muted = كتم { $target } في جلسة فيديو
audit-video-unmuted = إعادة الكلام إلى { $target } في جلسة فيديو
audit-video-removed = إخراج { $target } من جلسة فيديو
audit-video-spotlight = تغيير العرض المميّز في جلسة فيديو
audit-post-hidden = إخفاء مشاركة
audit-post-restored = استعادة مشاركة
audit-post-approved = قبول مشاركة
audit-post-rejected = رفض مشاركة
audit-post-purged = حذف مشاركة نهائيًا
audit-post-reported = الإبلاغ عن مشاركة
audit-report-resolved = إغلاق بلاغ
audit-thread-pinned = تثبيت موضوع
audit-thread-unpinned = إلغاء تثبيت موضوع
audit-thread-locked = قفل موضوع
audit-thread-unlocked = فتح قفل موضوع
audit-archive-folder_created = إنشاء مجلد
audit-archive-folder_renamed = إعادة تسمية مجلد
audit-archive-folder_moved = نقل مجلد
audit-archive-folder_trashed = نقل مجلد إلى سلة المهملات
audit-archive-folder_restored = إخراج مجلد من سلة المهملات
audit-archive-folder_purged = حذف مجلد نهائيًا
audit-archive-file_added = إضافة ملف
audit-archive-file_version_added = إضافة نسخة من ملف
audit-archive-file_renamed = إعادة تسمية ملف
audit-archive-file_moved = نقل ملف
audit-archive-file_trashed = نقل ملف إلى سلة المهملات
audit-archive-file_restored = إخراج ملف من سلة المهملات
audit-archive-file_purged = حذف ملف نهائيًا
audit-chat-expired = حذف رسائل الدردشة التي انتهت مدة الاحتفاظ بها
audit-audit-retention_changed = تغيير مدة احتفاظ سجل التدقيق بالإدخالات
audit-group-joined = الانضمام إلى المجموعة
audit-group-requested = طلب الانضمام إلى المجموعة
audit-group-request_accepted = قبول طلب { $target }
audit-group-request_declined = رفض طلب { $target }
audit-group-request_withdrawn = سحب طلب انضمام
audit-member-banned = حظر { $target }
audit-member-unbanned = رفع الحظر عن { $target }
audit-group-featured = تمييز المجموعة
audit-group-unfeatured = إلغاء تمييز المجموعة
audit-group-moderator_appointed = تعيين { $target } للإشراف

## group_role
group_role-founder = المالك
group_role-admin = الإشراف
group_role-teacher = عضو

## readers
readers-title = يقرأ الآن
readers-more =
    { $count ->
        [zero] ولا أحد غيرهم
        [one] وشخص واحد آخر
        [two] وشخصان آخران
        [few] و{ $count } أشخاص آخرين
        [many] و{ $count } شخصًا آخر
       *[other] و{ $count } شخص آخر
    }

## groups
groups-nav = المجموعات
groups-title = مجموعات eTwinning
groups-intro = مجتمعات من أعضاء eTwinning حول مادة أو موضوع أو مجال اهتمام. لا يشارك فيها إلا أعضاء eTwinning الموثَّقون.
groups-search = البحث عن مجموعة
groups-words = كلمات من العنوان
groups-topic = الموضوع
groups-language = اللغة
groups-language_any = كل اللغات
groups-language_choose = اختر لغة
groups-country = بلد أحد الأعضاء
groups-country_any = كل البلدان
groups-search_submit = بحث
groups-found = المجموعات
groups-empty = لا توجد مجموعة تطابق هذا البحث.
groups-more = عرض مزيد من المجموعات
groups-featured = مميَّزة
groups-topic_is = الموضوع: { $topic }
groups-members =
    { $count ->
        [zero] { $count } عضو
        [one] { $count } عضو
        [two] { $count } عضوان
        [few] { $count } أعضاء
        [many] { $count } عضوًا
       *[other] { $count } عضو
    }
groups-access_short-open = مفتوحة
groups-access_short-closed = مغلقة
groups-standing-member = أنت عضو في المجموعة. دورك: { $role }
groups-standing-requested = طلبت الانضمام إلى هذه المجموعة.
groups-standing-banned = لا يسمح لك فريق الإشراف في هذه المجموعة بالانضمام إليها.
groups-join = انضمام
groups-ask = طلب الانضمام
groups-ask_message = رسالة إلى فريق الإشراف (اختيارية)
groups-withdraw = سحب طلبي
groups-open_group = فتح المجموعة
groups-joined = انضممت إلى «{ $title }».
groups-asked = أُرسل طلب انضمامك إلى «{ $title }» إلى فريق الإشراف.
groups-withdrawn = سُحب طلب انضمامك إلى «{ $title }».
groups-waiting = سيرد فريق الإشراف على طلبك. تعرض هذه الصفحة الرد فور وصوله.
groups-accepted = قُبل طلبك: مرحبًا بك في «{ $title }».
groups-not_accepted = لم يُقبل طلبك. يمكنك الطلب مرة أخرى.
groups-back = العودة إلى المجموعات
groups-create = إنشاء مجموعة
groups-group_title = العنوان
groups-description = الوصف (اختياري)
groups-access = من يمكنه الانضمام
groups-access-open = مفتوحة: ينضم أي عضو في eTwinning فورًا
groups-access-closed = مغلقة: يقبل فريق الإشراف كل طلب
groups-create_submit = إنشاء المجموعة
groups-created = أُنشئت المجموعة «{ $title }».
groups-members_search = البحث عن عضو
groups-members_more = عرض مزيد من الأعضاء
groups-leave = مغادرة هذه المجموعة
groups-leave_consequence = تفقد فورًا الوصول إلى منتدى المجموعة وملفاتها ودردشتها والفيديو فيها.
groups-leave_kept = يبقى ما كتبته ورفعته في المجموعة. يمكنك العودة من خلال دليل المجموعات.
groups-leave_confirm = مغادرة المجموعة
groups-requests = طلبات الانضمام
groups-requests_empty = لا أحد ينتظر.
groups-accept = قبول
groups-decline = رفض
groups-accepted_member = أصبح { $name } عضوًا.
groups-declined = رُفض طلب { $name }.
groups-ban = حظر
groups-ban_question = حظر { $name } من هذه المجموعة؟
groups-ban_consequence = يغادر { $name } المجموعة فورًا ولا يمكنه الانضمام إليها مجددًا ولا طلب ذلك.
groups-ban_kept = تبقى المنشورات والملفات في المجموعة. يمكنك رفع الحظر لاحقًا.
groups-ban_reason = السبب (اختياري، يُحفظ في سجل التدقيق)
groups-ban_confirm = حظر
groups-banned = حُظر { $name }.
groups-bans = أعضاء eTwinning المحظورون
groups-bans_empty = لا يوجد حظر.
groups-lift = رفع الحظر
groups-lifted = يمكن لـ{ $name } الانضمام مجددًا.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = اختيار كلمة مرور جديدة في TwinSpace Live
mail-reset_body =
    مرحبًا { $name }،

    طلب شخص ما، وربما أنت، اختيار كلمة مرور جديدة لحسابك في TwinSpace Live.
    يُرجى فتح هذا الرابط لاختيارها (يعمل مرة واحدة، لمدة { $minutes } دقيقة):

    { $link }

    اختيار كلمة مرور جديدة يسجّل خروجك من كل مكان آخر.
    إذا لم يكن هذا الطلب منك، يُرجى تجاهل هذه الرسالة: تبقى كلمة المرور كما هي.

    TwinSpace Live

## events (issue 22)
events-nav = الفعاليات
events-title = الفعاليات القادمة
events-empty = لا توجد فعاليات قادمة لك بعد.
events-more = عرض مزيد من الفعاليات
events-schedule = جدولة فعالية
events-zone = تُعرض الأوقات حسب منطقتك الزمنية: { $zone }
events-audience-etwinners = جميع أعضاء eTwinning
events-audience-country = أعضاء eTwinning في هذا البلد: { $country }
events-audience-group = أعضاء مجموعة
events-audience-twinspace = أعضاء TwinSpace
events-organising = أنت من ينظّم هذه الفعالية.
events-registered = تم حفظ تسجيلك.
events-waiting = أنت في قائمة الانتظار (المركز { $position }).
events-state-live = مباشر الآن
events-state-ended = انتهت هذه الفعالية.
events-state-cancelled = أُلغيت هذه الفعالية.
events-places = الأماكن المحجوزة: { $taken } من { $capacity }
event_form-new_title = جدولة فعالية
event_form-edit_title = تعديل الفعالية
event_form-title = العنوان
event_form-description = الوصف
event_form-date = التاريخ
event_form-time = وقت البدء
event_form-duration = المدة بالدقائق
event_form-space = مجموعة أو TwinSpace
event_form-speakers_hint = اختر من بين معلمي مجموعاتك ومساحات TwinSpace الخاصة بك.
event_form-no_speakers = لا يوجد أحد للاختيار بعد.
event_form-create = جدولة الفعالية
event_form-save = حفظ التغييرات
event_form-created = تمت جدولة «{ $title }».
event_form-saved = تم حفظ التغييرات على «{ $title }».
event_form-start_past = اختر موعد بدء في المستقبل.
event-title = فعالية
event-back = كل الفعاليات
event-when = متى
event-language = اللغة
event-audience = من يمكنه التسجيل
event-organiser = التنظيم
event-speakers = المتحدثون
event-places = الأماكن
event-no_speakers = لم يُحدَّد متحدثون بعد.
event-waiting_count = في الانتظار: { $waiting }
event-registration = مكانك
event-speaking = أنت تتحدث في هذه الفعالية.
event-full = كل الأماكن محجوزة: إذا سجّلت، فستنضم إلى قائمة الانتظار.
event-register = سجّلني
event-unregister = التنازل عن مكاني
event-leave_waiting = مغادرة قائمة الانتظار
event-unregister_confirm_title = هل تريد مغادرة «{ $title }»؟
event-unregister_confirm = يأخذ الشخص التالي في قائمة الانتظار دورك. إذا سجّلت مرة أخرى، فقد تضطر إلى الانتظار.
event-unregistered = أُلغي تسجيلك.
event-calendar = إضافة إلى تقويمي (.ics)
event-organiser_tools = للتنظيم
event-edit = تعديل الفعالية
event-cancel = إلغاء الفعالية
event-keep = الإبقاء على الفعالية
event-cancel_confirm_title = هل تريد إلغاء «{ $title }»؟
event-cancel_confirm_lost = لن يتمكن أحد من التسجيل بعد الآن، وسيرى الجميع أنها أُلغيت. لا يمكن التراجع عن ذلك. تُحفظ التسجيلات والأسئلة.
event-cancelled = أُلغيت الفعالية.
event-registrants = التسجيلات
event-waiting_list = قائمة الانتظار
event-nobody = لا أحد بعد.
event-attendance = الحضور
event-attendance_hint = من تابع صفحة الفعالية أثناء البث المباشر، وكم من الوقت.
event-attendance_none = لم يتابع أحد الفعالية مباشرة.
event-minutes = { $minutes } د
qa-title = الأسئلة والأجوبة
qa-empty = لا توجد أسئلة بعد.
qa-closed = الأسئلة مغلقة: انتهت الفعالية.
qa-need_place = سجّل لتطرح سؤالًا أو تدعم سؤالًا.
qa-your_question = سؤالك
qa-ask = اسأل
qa-asked = تم إرسال سؤالك.
qa-upvote = دعم
qa-upvoted = مدعوم
qa-votes = الأصوات: { $votes }
qa-by = سؤال من { $name }
qa-by_gone = سؤال من حساب محذوف
qa-answer = الجواب: { $answer }
qa-state-picked = تتم الإجابة عنه الآن
qa-state-answered = تمت الإجابة
qa-state-hidden = مخفي
qa-pick = اختيار
qa-unpick = إعادة إلى القائمة
qa-hide = إخفاء
qa-restore = استعادة
qa-answer_label = جواب مكتوب (اختياري)
qa-mark_answered = وضع علامة «تمت الإجابة»
qa-gone = لم يعد بإمكانك متابعة هذه الأسئلة.
audit-event-created = جدولة الفعالية «{ $title }»
audit-event-updated = تعديل الفعالية «{ $title }»
audit-event-cancelled = إلغاء الفعالية «{ $title }»
audit-event-question_moderated = إدارة سؤال في الفعالية «{ $title }»

## the live webinar (issue 22)
live-title = فيديو مباشر
live-not_started = لم يبدأ الفيديو المباشر بعد.
live-ended = انتهى الفيديو المباشر.
live-connecting = جارٍ الاتصال بالفيديو المباشر…
live-need_place = لا يمكن مشاهدة الفيديو المباشر إلا لمن لديه مقعد.
live-watching_you = أنت تشاهد الفيديو المباشر.
live-on_air = أنت على الهواء: الجميع يراك ويسمعك.
live-recording = يجري تسجيل هذه الفعالية.
live-speaking = يتحدث: { $names }
live-nobody_speaking = لا أحد يتحدث بعد.
live-watching = المشاهدون: { $watching }
live-start = بدء الفيديو المباشر
live-end = إنهاء الفيديو المباشر
live-end_confirm_title = هل تريد إنهاء الفيديو المباشر لـ«{ $title }»؟
live-end_confirm_lost = يتوقف الفيديو للجميع، المتحدثين والجمهور. يمكنك بدؤه من جديد ما دامت الفعالية قائمة؛ وتبقى الأسئلة محفوظة.
live-go_live = البث المباشر
live-stop = إيقاف الفيديو الخاص بي
live-hand_raised = يدك مرفوعة: قد يدعوك أحد المشرفين إلى الحديث.
live-invited = أنت مدعو إلى الحديث: ابدأ البث عندما تكون مستعدًا.
live-returned = عدت إلى الجمهور.
live-hands = الأيدي المرفوعة
live-no_hands = لا توجد يد مرفوعة.
live-promote = دعوة { $name } إلى الحديث
live-return = إعادة { $name } إلى الجمهور
live-record_start = بدء التسجيل
live-record_stop = إيقاف التسجيل

## the event's recordings and seat (issue 22)
event-moved_up = لديك مكان الآن: انتقلت من قائمة الانتظار.
live-off_stage_returned = أعادك أحد المشرفين إلى الجمهور.
live-off_stage_muted = تم كتم صوتك في هذه المساحة: عدت إلى الجمهور.
live-off_stage_removed = لم تعد عضوًا في هذه المساحة: عدت إلى الجمهور.
live-off_stage_unnamed = لم تعد من متحدثي هذه الفعالية: عدت إلى الجمهور.
recordings-title = التسجيلات
recordings-processing = تجري معالجة تسجيل: سيظهر هنا عندما يصبح جاهزًا.
recordings-take = سُجّل في { $when } · { $length }
recordings-video = فيديو: { $speaker }
recordings-audio = صوت: { $speaker }
recordings-former_speaker = متحدث سابق
