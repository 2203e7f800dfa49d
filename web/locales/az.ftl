### TwinSpace Live: səhifənin sözləri Azərbaycan dilində
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Azərbaycan dili

## app
app-name = TwinSpace Live
app-skip = Məzmuna keç
app-nav = Əsas menyu
app-language = Dil
app-sign_out = Çıxış
app-signed_in_as = Daxil olan: { $name }
app-loading = Yüklənir…

## conn
conn-lost = Əlaqə kəsildi. Yenidən qoşulur…
conn-back = Əlaqə bərpa olundu.
conn-failed = Canlı əlaqə bağlandı. Yenidən cəhd etmək üçün səhifəni yeniləyin.
conn-session_ended = Sessiyanız başa çatdı. Zəhmət olmasa, yenidən daxil olun.
conn-account_locked = Bu hesabdan artıq istifadə etmək olmaz. Səbəbini görmək üçün yenidən daxil olun.
conn-closed-auth_missing = Canlı əlaqə girişinizi vaxtında almadı. Səhifəni yeniləyin.
conn-closed-session_invalid = Sessiyanız artıq etibarlı deyil. Zəhmət olmasa, yenidən daxil olun.
conn-closed-session_expired = Sessiyanızın vaxtı bitdi. Zəhmət olmasa, yenidən daxil olun.
conn-closed-signed_out = Hesabınızdan çıxış edildi. Zəhmət olmasa, yenidən daxil olun.
conn-closed-account_locked = Bu hesabdan artıq istifadə etmək olmaz. Səbəbini görmək üçün yenidən daxil olun.
conn-closed-too_many_connections = Bu hesabda eyni vaxtda həddən çox səhifə açıqdır. Bəzi tabları bağlayın, sonra bu səhifəni yeniləyin.
conn-closed-too_many_messages = Bu səhifə çox qısa vaxtda həddən çox şey göndərdi. Bir az gözləyin, sonra səhifəni yeniləyin.
conn-closed-frame_too_large = Bu səhifə çox böyük bir şey göndərdi. Səhifəni yeniləyib yenidən cəhd edin.
conn-closed-idle_timeout = Canlı əlaqə çox uzun müddət fəaliyyətsiz qaldı və bağlandı. Yenidən qoşulur…
conn-closed-slow_consumer = Canlı əlaqə geri qaldı. Yenidən qoşulur…
conn-closed-server_restarting = Server yenidən başladılır. Bir azdan yenidən qoşulacaq…
conn-closed-server_shutting_down = Qoşulduğunuz server dayanır. Yenidən qoşulur…
conn-closed-unavailable = Server məşğuldur. Bir azdan yenidən qoşulacaq…
conn-closed-internal = Serverdə nəsə səhv getdi. Bir azdan yenidən qoşulacaq…

## login
login-title = Daxil ol
login-intro = Müəllimlər və qonaqlar e-poçt ünvanı ilə daxil olurlar. Şagirdlər müəllimin verdiyi istifadəçi adı və kodla daxil olurlar.
login-teacher = Müəllimlər və qonaqlar
login-pupil = Şagirdlər
login-email = E-poçt ünvanı
login-password = Şifrə
login-username = İstifadəçi adı
login-code = Kod
login-submit = Daxil ol
login-pupil_submit = Şagird kimi daxil ol
login-forgot = Şifrəni unutmusunuz?
login-register = Hələ hesabınız yoxdur? eTwinner hesabı yaradın
login-pupil_forgot = Kodu unutmusunuz? Müəlliminizdən yenisini istəyin.

## invite
invite-title = TwinSpace-ə qonaq kimi qoşulun
invite-intro = Siz TwinSpace-ə dəvət olunmusunuz. Başqalarının görəcəyi adı seçin və şifrə təyin edin.
invite-display_name = Adınız
invite-submit = Dəvəti qəbul et
invite-checking = Dəvətiniz yoxlanılır…
invite-for_space = Siz «{ $title }» məkanına dəvət olunmusunuz.
invite-unknown = Bu dəvət keçidi tanınmır. Keçidi tam köçürdüyünüzü yoxlayın və ya onu göndərən müəllimdən yenisini istəyin.
invite-expired = Bu dəvət keçidinin müddəti bitib. Onu göndərən müəllimdən yenisini istəyin.
invite-used_up = Bu dəvət keçidindən icazə verilən qədər istifadə olunub. Onu göndərən müəllimdən yenisini istəyin.
invite-revoked = Bu dəvət keçidi müəllim tərəfindən geri götürülüb.
invite-closed = Bu dəvətin aid olduğu məkan bağlanıb.

## spaces
spaces-title = Məkanlarım
spaces-empty = Hələ heç bir məkanın üzvü deyilsiniz.
spaces-create = Məkan yarat
spaces-kind = Növ
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Otaq
spaces-kind-group = Qrup
spaces-space_title = Başlıq
spaces-description = Təsvir (istəyə bağlı)
spaces-create_submit = Yarat
spaces-created = «{ $title }» məkanı yaradıldı.
spaces-my_role = Rolunuz: { $role }
spaces-archived = arxivləşdirilib

## space
space-back = Məkanlarıma qayıt
space-sections = Bu məkanın bölmələri
space-members = Üzvlər
space-online_count =
    { $count ->
        [one] { $count } nəfər onlayn
       *[other] { $count } nəfər onlayn
    }
space-online = onlayn
space-offline = oflayn
space-you = (siz)
space-refreshed = Siyahı yeniləndi.
space-gone = Bu məkan artıq sizin üçün əlçatan deyil.

## chat
chat-title = Çat
chat-empty = Hələ mesaj yoxdur.
chat-message = Mesaj
chat-send = Göndər
chat-pending = (müəllimi gözləyir)
chat-typing = { $name } yazır…
chat-teachers_tab = Müəllimlər lövhəsi
chat-teachers_title = Müəllimlər lövhəsi
chat-session_title = Sessiya çatı
chat-older = Köhnə mesajları göstər
chat-new_messages = Yeni mesajlar
chat-mention_list = Qeyd etmək üçün üzvlər
chat-mention_hint = Üzvü qeyd etmək üçün @ və adı yazın.
chat-hidden = (müəllim gizlədib)
chat-deleted = (silinib)
chat-rejected = (müəllim göstərməyib)
chat-edited = (redaktə olunub)
chat-mentions_you = sizi qeyd edir
chat-edit = Redaktə et
chat-edit_label = Mesajınızı redaktə edin
chat-save = Yadda saxla
chat-cancel = Ləğv et
chat-delete = Sil
chat-delete_confirm = Bəli, sil
chat-hide = Gizlət
chat-restore = Bərpa et
chat-approve = Təsdiqlə
chat-reject = Rədd et
chat-report = Şikayət et
chat-reported = Təşəkkür edirik. Müəllimlər bu mesaja baxacaqlar.
chat-mute = Susdur
chat-mute_question = { $name } susdurulsun?
chat-mute_for = { $name } nə qədər susdurulsun:
chat-minutes =
    { $count ->
        [one] { $count } dəqiqə
       *[other] { $count } dəqiqə
    }
chat-mute_confirm = İndi susdur
chat-muted_other = { $name } saat { $time }-dək yaza bilməz.
chat-muted_you = Müəllim saat { $time }-dək yazmağınızı dayandırıb. Çatı oxumağa davam edə bilərsiniz.
chat-unmuted_you = Çatda yenidən yaza bilərsiniz.
chat-gone = Bu çat artıq sizin üçün əlçatan deyil.

## role
role-founder = Təsisçi
role-admin = Administrator
role-teacher = Müəllim
role-pupil_admin = Şagird-administrator
role-pupil = Şagird
role-guest = Qonaq

## error
error-bad_credentials = Giriş məlumatları düzgün deyil. Onları yoxlayıb yenidən cəhd edin.
error-rate_limited = Həddən çox cəhd edildi. Bir az gözləyib yenidən cəhd edin.
error-invalid = Bəzi xanalar düzgün doldurulmayıb.
error-not_found = Bu səhifə yoxdur və ya onu görə bilməzsiniz.
error-forbidden = Bunu etməyə icazəniz yoxdur.
error-gone = Bu artıq mövcud deyil və ya işləmir.
error-conflict = Bu, artıq mövcud olan bir şeylə ziddiyyət təşkil edir.
error-gone-revoked = Bu dəvət keçidi artıq işləmir: məkanın müəllimləri onu geri götürüblər.
error-gone-expired = Bu dəvət keçidi artıq işləmir: onun müddəti bitib.
error-gone-used_up = Bu dəvət keçidi artıq işləmir: ondan icazə verilən qədər istifadə olunub.
error-conflict-name_taken = «{ $name }» artıq burada var. Başqa ad seçin.
error-conflict-in_trash = «{ $name }» zibil qutusundadır: əvvəlcə onu bərpa edin.
error-conflict-not_in_trash = «{ $name }» zibil qutusunda deyil.
error-conflict-parent_in_trash = «{ $name }» indi zibil qutusunda olan qovluqda idi: əvvəlcə həmin qovluğu bərpa edin.
error-conflict-folder_not_empty = «{ $name }» qovluğu boş deyil: əvvəlcə içindəkiləri zibil qutusuna atın.
error-conflict-wrong_status = Bu hesabın statusu ({ $status }) buna imkan vermir.
error-unauthenticated = Zəhmət olmasa, daxil olun.
error-network = Serverə qoşulmaq mümkün olmadı. İnternet əlaqənizi yoxlayıb yenidən cəhd edin.
error-generic = Nəsə səhv getdi. Zəhmət olmasa, yenidən cəhd edin.
error-too_large = Bu, çox böyükdür.
error-quota_exceeded = Bu məkanda kifayət qədər yer qalmayıb.
error-unsupported = Server bu növ sorğunu qəbul edə bilmir.
error-aborted = Yükləmə dayandırıldı.
error-rate_limited_wait = Həddən çox cəhd edildi. Yenidən cəhd edin: { $wait }.
error-fields = Bəzi xanalara diqqət yetirin: hər birinin altındakı mesaja baxın.
error-account_rejected = Ölkənizin milli administratoru bu qeydiyyatı qəbul etməyib, ona görə də bu hesabla daxil olmaq mümkün deyil. Bunun səhv olduğunu düşünürsünüzsə, ölkənizin eTwinning Milli Dəstək Təşkilatı ilə əlaqə saxlayın.
error-account_suspended = Ölkənizin milli administratoru bu hesabı dayandırıb: hələlik bu hesabla daxil olmaq mümkün deyil. Səbəbini öyrənmək və ya hesabı geri qaytarmağı xahiş etmək üçün ölkənizin eTwinning Milli Dəstək Təşkilatı ilə əlaqə saxlayın.
error-malformed = Səhifə serverin oxuya bilmədiyi bir şey göndərdi. Səhifəni yeniləyib yenidən cəhd edin.
error-csrf = Səhifənin təhlükəsizlik yoxlaması uğursuz oldu. Səhifəni yeniləyib yenidən cəhd edin.
error-limit_exceeded = Bu, məkan üçün müəyyən edilmiş həddi aşır.
error-unavailable = Server məşğuldur və ya onun bir hissəsi cavab vermir. Zəhmət olmasa, bir azdan yenidən cəhd edin.
error-internal = Serverdə nəsə səhv getdi. Zəhmət olmasa, bir az sonra yenidən cəhd edin.
error-insufficient_storage = Serverdə fayllar üçün yer qalmayıb. Heç nə saxlanılmadı; zəhmət olmasa, məktəbinizin eTwinning üzrə əlaqələndiricisinə bildirin.
error-request_timeout = Göndərmə çox uzun çəkdi və dayandırıldı. İnternet əlaqənizi yoxlayıb yenidən cəhd edin.
error-conflict-not_a_guest = Bu e-poçt ünvanı eTwinning hesabına aiddir. Müəllimləri qonaq keçidi ilə deyil, məkanın administratorları dəvət edir.

## notice
notice-post-pending = Təşəkkür edirik! Hamı görməzdən əvvəl müəllim yazınızı oxuyacaq.
notice-post-approved = Müəllim yazınızı oxudu. İndi layihədəki hər kəs onu görə bilər.
notice-post-rejected = Müəllim yazınızı göstərməmək qərarına gəldi. Səbəbini müəlliminizdən soruşa bilərsiniz.
notice-post-hidden = Müəllim yazınızı hələlik gizlədib. Səbəbini müəlliminizdən soruşa bilərsiniz.
notice-post-restored = Müəllim yazınızı yenidən göstərdi. İndi hər kəs onu görə bilər.
notice-post-purged = Müəllim yazınızı sildi.
notice-member-muted = Layihəni oxuya bilərsiniz, amma bir müddət yaza bilməzsiniz.
notice-member-unmuted = Layihədə yenidən yaza bilərsiniz.
notice-chat-mention = { $name } çatda sizi qeyd etdi.

## video
video-section = Video
video-open_sessions = Açıq video sessiyalar
video-none = Açıq video sessiya yoxdur.
video-start_title = Video sessiya başlat
video-title = Başlıq (istəyə bağlı)
video-lobby = Şagirdlər müəllim onları içəri buraxana qədər gözləmə otağında gözləyirlər
video-start = Başlat
video-join_named = «{ $title }» sessiyasına qoşul
video-nobody_in_call = Zəngdə hələ heç kim yoxdur
video-people_in_call =
    { $count ->
        [one] Zəngdə { $count } nəfər var
       *[other] Zəngdə { $count } nəfər var
    }
video-locked = (kilidli)
video-back = Məkana qayıt
video-participants = İştirakçılar
video-my_controls = Mikrofonunuz və kameranız
video-chat = Sessiya çatı
video-starting_media = Kameranız və mikrofonunuz işə salınır…
video-in_call = Siz zəngdəsiniz.
video-waiting_in_lobby = Siz gözləmə otağındasınız. Müəllim tezliklə sizi içəri buraxacaq.
video-no_media = Heç bir kamera və ya mikrofondan istifadə etmək mümkün olmadı: yenə də başqalarını görə və eşidə bilərsiniz.
video-partial_media = Kameranız və mikrofonunuzdan yalnız qismən istifadə etmək mümkün oldu.
video-enable_sound = Səsi aç
video-mic_on = Mikrofon açıqdır
video-mic_off = Mikrofon bağlıdır
video-mic_forced = Müəllim səsi bağlayıb
video-camera_on = Kamera açıqdır
video-camera_off = Kamera bağlıdır
video-hand_raised = Əl qaldırılıb
video-mute_me = Mikrofonumu bağla
video-unmute_me = Mikrofonumu aç
video-camera_stop = Kameramı bağla
video-camera_start = Kameramı aç
video-hand_raise = Əlimi qaldır
video-hand_lower = Əlimi endir
video-leave = Çıx
video-you_are_muted = Müəllim sizin səsinizi bağlayıb. Müəllim icazə verəndə mikrofonunuzu yenidən aça bilərsiniz.
video-muted_by_teacher = Müəllim mikrofonunuzu bağladı.
video-unmute_allowed = Müəllim mikrofonunuzu yenidən açmağa icazə verir.
video-mute_other = Susdur
video-mute_named = Susdur: { $name }
video-allow_unmute = Mikrofona icazə ver
video-allow_unmute_named = Mikrofona icazə ver: { $name }
video-remove = Çıxar
video-remove_named = Sessiyadan çıxar: { $name }
video-lobby_title = Gözləmə otağı
video-lobby_empty = Heç kim gözləmir.
video-admit = İçəri burax
video-admit_named = İçəri burax: { $name }
video-deny = Rədd et
video-deny_named = Rədd et: { $name }
video-manage = Bu sessiya
video-is_open = Açıqdır: üzvlər qoşula bilər.
video-is_locked = Kilidlidir: yalnız müəllimlər qoşula bilər.
video-lock = Sessiyanı kilidlə
video-end = Sessiyanı hamı üçün bitir
video-ended = Sessiya başa çatdı.
video-ended_space_archived = Sessiya başa çatdı: onun məkanı arxivləşdirildi.
video-ended_space_deleted = Sessiya başa çatdı: onun məkanı silindi.
video-ended_empty = Sessiya başa çatdı: bir müddətdir orada heç kim yox idi.
video-no_teacher_yet = Bu sessiyada hələ müəllim yoxdur, ona görə də sizi heç kim içəri buraxa bilməz. Burada gözləyə və ya çıxa bilərsiniz.
video-leave_lobby = Gözləmə otağından çıx
video-removed = Müəllim sizi sessiyadan çıxardı.
video-denied = Müəllim sizi bu sessiyaya buraxmadı.
video-left = Sessiyadan çıxdınız.
video-full = Bu sessiya doludur.
video-refused = Bu sessiyaya qoşula bilməzsiniz.
video-signal_refused = Server brauzerinizin göndərdiyini qəbul etmədi. Çıxıb yenidən qoşulmağa cəhd edin.
video-sfu_moving = Sessiya böyüdü: zəng sinfin media serverinə köçürülür…
video-sfu_unreachable = Sinfin media serverinə qoşulmaq mümkün deyil. Yenidən cəhd edilir…
video-sfu_no_seat = Bu sessiyada bütün kamera yerləri tutulub: siz başqalarını görür və eşidirsiniz, amma onlar sizi görmür və eşitmirlər.
video-sfu_not_sent = Kameranızı və mikrofonunuzu ötürmək mümkün olmadı. Siz yenə də başqalarını görür və eşidirsiniz.

## forum
forum-title = Forum
forum-threads = Mövzular
forum-posts = Yazılar
forum-areas = Forum bölmələri
forum-area-open = Açıq forum
forum-area-teachers = Müəllimlər lövhəsi
forum-empty = Hələ mövzu yoxdur.
forum-thread_meta =
    { $count ->
        [one] müəllif: { $author } · { $count } yazı · { $when }
       *[other] müəllif: { $author } · { $count } yazı · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } yeni
       *[other] { $count } yeni
    }
forum-pinned = sancaqlanıb
forum-locked = kilidlidir
forum-new_thread = Mövzu aç
forum-new_bulletin = Müəllimlər lövhəsində mövzu aç
forum-thread_title = Mövzunun başlığı
forum-first_post = İlk yazı
forum-start = Mövzunu aç
forum-thread_started = Mövzu açıldı.
forum-thread_held = Sağ ol! Hamı görməzdən əvvəl müəllim sənin mövzunu oxuyacaq.
forum-back = Mövzulara qayıt
forum-reply_label = Cavabınız
forum-send = Cavabı göndər
forum-no_reply = Bu mövzuda cavab yaza bilməzsiniz.
forum-held = Sağ ol! Hamı görməzdən əvvəl müəllim sənin yazını oxuyacaq.
forum-edited = (redaktə olunub)
forum-edit = Redaktə et
forum-edit_label = Yazınızı redaktə edin
forum-save = Yadda saxla
forum-saved = Yazınız dəyişdirildi.
forum-cancel = Ləğv et
forum-delete = Sil
forum-deleted = Yazı silindi.
forum-report = Şikayət et
forum-report_reason = Bu yazıda nə problem var? (istəyə bağlı)
forum-report_send = Şikayəti göndər
forum-reported = Təşəkkür edirik. Müəllimlərə xəbər verildi.
forum-hide = Gizlət
forum-restore = Bərpa et
forum-approve = Təsdiqlə
forum-reject = Rədd et
forum-done-hide = Yazı sinifdən gizlədildi.
forum-done-restore = Yazı yenidən göstərilir.
forum-done-approve = Yazı təsdiqləndi: hamı onu görə bilər.
forum-done-reject = Yazı rədd edildi: onu yalnız müəllifi görür.
forum-state-pending = müəllimi gözləyir
forum-state-hidden = gizlədilib
forum-state-rejected = dərc olunmayıb
forum-state-deleted = silinib
forum-pin = Sancaqla
forum-unpin = Sancağı çıxar
forum-lock = Kilidlə
forum-unlock = Kilidi aç
forum-thread_changed = Mövzu dəyişdirildi.
forum-thread_gone = Bu mövzu artıq sizin üçün əlçatan deyil.
forum-moderation = Moderasiya
forum-queue = Təsdiq gözləyənlər
forum-queue_empty = Gözləyən yazı yoxdur.
forum-reports = Şikayətlər
forum-reports_empty = Açıq şikayət yoxdur.
forum-reported_by = şikayət edən: { $name }
forum-report_said = Səbəb: { $reason }
forum-resolve = Şikayəti bağla
forum-resolved = Şikayət bağlandı.

## reactions
reaction-bar = Reaksiyalar
reaction-add = Reaksiya əlavə et
reaction-picker = Reaksiya seçin
reaction-count =
    { $count ->
        [one] { $name }: { $count } nəfər
       *[other] { $name }: { $count } nəfər
    }
reaction-thumbs_up = Bəyəndim
reaction-heart = Ürək
reaction-clap = Bravo
reaction-laugh = Gülməli
reaction-idea = Yaxşı fikir
reaction-question = Sualım var

## archive
archive-title = Fayllar
archive-usage = { $used } / { $quota } istifadə olunub
archive-where = Qovluq
archive-top = Bütün fayllar
archive-empty = Bu qovluq boşdur.
archive-contents = Qovluqlar və fayllar
archive-name = Ad
archive-size = Ölçü
archive-by = Əlavə edən
archive-when = Dəyişdirilib
archive-actions = Əməliyyatlar
archive-former_member = keçmiş üzv
archive-choose = Fayl seç
archive-upload = Yüklə
archive-progress = Yükləmənin gedişi
archive-uploading = { $name } yüklənir: { $percent }
archive-uploaded = «{ $name }» yükləndi.
archive-too_large = Bu fayl çox böyükdür: faylın ölçüsü ən çoxu { $max } ola bilər.
archive-quota = Bu məkanın fayllarında kifayət qədər yer qalmayıb (boş yer: { $free }). Müəllimdən köhnə faylları silməsini xahiş edin.
archive-new_folder = Yeni qovluq
archive-create_folder = Qovluğu yarat
archive-folder_created = «{ $name }» qovluğu yaradıldı.
archive-download = Endir
archive-download_named = Endir: { $name }
archive-rename = Adını dəyiş
archive-rename_named = Adını dəyiş: { $name }
archive-new_name = Yeni ad
archive-save = Yadda saxla
archive-cancel = Ləğv et
archive-renamed = Yeni ad: «{ $name }».
archive-trash = Zibil qutusuna at
archive-trash_named = Zibil qutusuna at: { $name }
archive-trashed = «{ $name }» zibil qutusundadır.
archive-show_trash = Zibil qutusu
archive-trash_empty = Zibil qutusu boşdur.
archive-restore = Bərpa et
archive-restore_named = Bərpa et: { $name }
archive-restored = «{ $name }» geri qaytarıldı.
archive-purge = Həmişəlik sil
archive-purge_named = Həmişəlik sil: { $name }
archive-purged = «{ $name }» həmişəlik silindi.
archive-choose_first = Yükləmək üçün fayl seçin.
archive-no_file = Hələ fayl seçilməyib.
archive-name_taken = Burada bu adda nəsə artıq var. Başqa ad seçin.

## unit
unit-b = B
unit-kb = KB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Bu xananı doldurun.
field-unknown = Bu xana burada gözlənilmir.
field-type = Bu dəyər düzgün növdə deyil.
field-blank = Buraya nəsə yazın: yalnız boşluqlar sayılmır.
field-too_short =
    { $count ->
        [one] Ən azı { $min } simvol yazın.
       *[other] Ən azı { $min } simvol yazın.
    }
field-too_long =
    { $count ->
        [one] Ən çoxu { $max } simvol yazın.
       *[other] Ən çoxu { $max } simvol yazın.
    }
field-too_small = Ən azı { $min } daxil edin.
field-too_large = Ən çoxu { $max } daxil edin.
field-format = Bu, gözlənilən formada deyil.
field-choice = Təklif olunan variantlardan birini seçin.
field-invalid = Bu dəyər qəbul edilmir.

## confirm
confirm-cancel = Ləğv et
confirm-trash_file = «{ $name }» zibil qutusuna atılsın?
confirm-trash_file_lost = Üzvlər bu faylı artıq görməyəcəklər. Müəllim onu zibil qutusundan geri qaytara bilər.
confirm-trash_folder = «{ $name }» qovluğu zibil qutusuna atılsın?
confirm-trash_folder_lost = Üzvlər bu qovluğu və içindəki heç nəyi artıq görməyəcəklər. Müəllim onu zibil qutusundan geri qaytara bilər.
confirm-purge = «{ $name }» həmişəlik silinsin?
confirm-purge_lost = O, hamı üçün yox olacaq və geri qaytarıla bilməz.
confirm-delete_post = Bu yazı silinsin?
confirm-delete_post_lost = Onun mətni hamı üçün yox olacaq. Bunu geri qaytarmaq olmaz.
confirm-delete_message = Bu mesaj silinsin?
confirm-delete_message_lost = Onun mətni hamı üçün yox olacaq. Bunu geri qaytarmaq olmaz.
confirm-end_session = Sessiya hamı üçün bitirilsin?
confirm-end_session_lost = Hamı dərhal zəngdən çıxacaq və sessiyanı yenidən açmaq olmayacaq.
confirm-remove_participant = { $name } sessiyadan çıxarılsın?
confirm-remove_participant_lost = { $name } dərhal zəngdən çıxacaq və bu sessiyaya geri qayıda bilməyəcək.
confirm-deny = { $name } rədd edilsin?
confirm-deny_lost = { $name } bu sessiyaya daxil ola bilməyəcək.

## page
page-not_found = Səhifə tapılmadı
page-not_found_text = Bu ünvanda səhifə yoxdur.
page-go_spaces = Məkanlarıma keç
page-go_sign_in = Giriş səhifəsinə keç

## form
form-required = Bu xananı doldurun.
form-email_format = E-poçt ünvanını belə yazın: ad@məktəb.eu.
form-password_short = Ən azı 10 simvol istifadə edin.
form-password_long = Ən çoxu 200 simvol istifadə edin.
form-password_mismatch = İki şifrə eyni deyil.
form-password_hint = Ən azı 10 simvol. Yadda saxlayacağınız bir neçə söz yaxşı seçimdir.
form-check_fields = Zəhmət olmasa, yuxarıda qeyd olunan xanaları yoxlayın.
form-field_invalid = Bu dəyər qəbul edilmir.

## register
register-title = eTwinner hesabı yaradın
register-intro = Müəllimlər üçün. Ölkənizin milli administratoru müəllim olduğunuzu yoxlayır və sonra hesabınızı təsdiqləyir. Şagirdlər qeydiyyatdan keçmirlər: onların hesabını müəllimləri yaradır.
register-name = Adınız
register-school = Məktəb
register-country = Ölkə
register-country_choose = Ölkənizi seçin
register-submit = Hesabımı yarat
register-email_taken = Bu e-poçt ünvanı ilə hesab artıq var. Daxil olun və ya yeni şifrə istəyin.
register-have_account = Artıq hesabınız var? Daxil olun

## pending
pending-title = Hesabınız təsdiq gözləyir
pending-who_heading = Onu kim təsdiqləyir
pending-who = Ölkənizin ({ $country }) milli administratoru göstərdiyiniz məktəbdə müəllim olduğunuzu yoxlayır, sonra hesabınızı təsdiqləyir.
pending-next_heading = Bundan sonra nə olacaq
pending-next_validate = Hesabınız təsdiqlənən kimi eTwinner olursunuz: məkanlar yarada, layihələrə dəvət oluna və şagirdlərinizin hesablarını yarada bilərsiniz. Bunu görmək üçün yenidən daxil olun və ya «Yenidən yoxla» düyməsini basın.
pending-next_reject = Milli administrator qeydiyyatınızı qəbul etməsə, daxil olanda bu barədə məlumat alacaqsınız.
pending-next_meanwhile = O vaxta qədər «Hesabım» bölməsində adınızı və şifrənizi dəyişə bilərsiniz.
pending-check = Yenidən yoxla
pending-still = Hesabınız hələ də təsdiq gözləyir.
pending-count =
    { $count ->
        [one] { $count } moderasiya gözləyir
       *[other] { $count } moderasiya gözləyir
    }

## forgot
forgot-title = Şifrəni unutmusunuz?
forgot-intro = Hesabınızın e-poçt ünvanını yazın. Yeni şifrə seçmək üçün sizə keçid göndərəcəyik.
forgot-submit = Mənə keçid göndər
forgot-sent = Bu ünvanla hesab varsa, ona keçid göndərilir. Keçid bir dəfə və məhdud müddət ərzində işləyir. Spam qovluğunu da yoxlayın.
forgot-pupils = Şagirdlər: burada sizin e-poçt ünvanınız yoxdur. Müəlliminizdən yeni kod istəyin.
forgot-back = Girişə qayıt

## reset
reset-title = Yeni şifrə seçin
reset-intro = Yeni şifrə seçdikdə bütün digər cihazlarda hesabdan çıxış edilir.
reset-password = Yeni şifrə
reset-confirm = Yeni şifrə (təkrar)
reset-submit = Yeni şifrəni yadda saxla
reset-gone = Bu keçidin müddəti bitib və ya ondan artıq istifadə olunub. Yenisini istəyin.
reset-done = Şifrəniz dəyişdirildi. Yeni şifrə ilə daxil olun.
reset-ask_again = Yeni keçid istə

## account
account-title = Hesabım
account-signed_in_with = Siz { $email } ünvanı ilə daxil olursunuz.
account-name_heading = Adınız
account-name = Başqalarının gördüyü ad
account-save_name = Adı yadda saxla
account-name_saved = Adınız yadda saxlanıldı.
account-pupil_note = Bu adı müəlliminiz seçib və onu müəlliminiz idarə edir. Ad dəyişməlidirsə, müəlliminizə müraciət edin.
account-password_heading = Şifrəniz
account-password_intro = Şifrəni dəyişdikdə digər cihazlarınızda hesabdan çıxış edilir; burada isə daxil olmuş qalırsınız.
account-current_password = Hazırkı şifrə
account-new_password = Yeni şifrə
account-confirm_password = Yeni şifrə (təkrar)
account-save_password = Şifrəni dəyiş
account-password_saved = Şifrəniz dəyişdirildi.
account-current_wrong = Bu, hazırkı şifrəniz deyil.
account-everywhere_heading = Hər yerdə çıxış et
account-everywhere_intro = Bu cihaz da daxil olmaqla bütün cihaz və brauzerlərdə girişinizi bitirir: itmiş telefon və ya ortaq kompüter artıq hesabınızı açmır.
account-everywhere = Hər yerdə çıxış et…
account-everywhere_question = Bu cihaz da daxil olmaqla bütün cihazlarda çıxış edilsin? Açıq səhifələr dərhal bağlanır və onlarda hələ göndərilməmiş hər şey itir.
account-everywhere_confirm = Bəli, hər yerdə çıxış et
account-everywhere_done = Bütün cihazlarda hesabdan çıxış edildi.
account-cancel = Ləğv et

## admin
admin-nav = Təsdiq paneli
admin-title = Milli administrator paneli
admin-country = Ölkə: { $country }
admin-only_national_admins = Bu səhifə milli administratorlar üçündür.
admin-pending_heading = Təsdiq gözləyən müəllimlər
admin-pending_count =
    { $count ->
        [one] { $count } müəllim gözləyir.
       *[other] { $count } müəllim gözləyir.
    }
admin-pending_none = Təsdiq gözləyən müəllim yoxdur.
admin-select_all = Hamısını seç
admin-select_first = Əvvəlcə ən azı bir müəllim seçin.
admin-validate_selected = Seçilənləri təsdiqlə
admin-reject_selected = Seçilənləri rədd et…
admin-validated =
    { $count ->
        [one] { $count } müəllim təsdiqləndi.
       *[other] { $count } müəllim təsdiqləndi.
    }
admin-rejected =
    { $count ->
        [one] { $count } qeydiyyat rədd edildi.
       *[other] { $count } qeydiyyat rədd edildi.
    }
admin-reject_question =
    { $count ->
        [one] Bu qeydiyyat rədd edilsin: { $names }? Bu şəxs daxil ola bilməyəcək və bunu geri qaytarmaq olmaz.
       *[other] Bu { $count } qeydiyyat rədd edilsin ({ $names })? Bu şəxslər daxil ola bilməyəcək və bunu geri qaytarmaq olmaz.
    }
admin-reject_reason = Rədd edilmənin səbəbi
admin-reject_heading = Qeydiyyatları rədd et
admin-suspend_heading = Hesabı dayandır
admin-reinstate_heading = Hesabı bərpa et
admin-reject_reason_hint = Adınızla birlikdə audit jurnalında saxlanılır.
admin-reject_confirm =
    { $count ->
        [one] { $count } qeydiyyatı rədd et
       *[other] { $count } qeydiyyatı rədd et
    }
admin-failed_one = { $name }: { $why }
admin-school = Məktəb: { $school }
admin-registered = Qeydiyyat tarixi: { $date }
admin-search_heading = Hesab tap
admin-search_label = Ad, e-poçt ünvanı və ya məktəb
admin-search_hint = Yalnız ölkənizin hesabları. Hamısını ən yenidən başlayaraq görmək üçün boş buraxın.
admin-search = Axtar
admin-showing = { $total } nəticədən { $from }–{ $to }
admin-no_match = Uyğun hesab yoxdur.
admin-previous = Əvvəlki səhifə
admin-next = Növbəti səhifə
admin-suspend = Dayandır…
admin-suspend_named = Dayandır: { $name }…
admin-suspend_question = { $name } adlı hesab dayandırılsın? Bu şəxs dərhal hər yerdə hesabdan çıxarılır, açıq səhifələri bağlanır və siz hesabı bərpa edənə qədər daxil ola bilməz.
admin-suspend_reason = Dayandırmanın səbəbi
admin-suspend_confirm = Bəli, dayandır
admin-suspend_done = { $name } adlı hesab dayandırıldı.
admin-reinstate = Bərpa et…
admin-reinstate_named = Bərpa et: { $name }…
admin-reinstate_question = { $name } adlı hesab bərpa edilsin? Bu şəxs yenidən daxil ola biləcək.
admin-reinstate_reason = Səbəb (istəyə bağlı)
admin-reinstate_confirm = Bərpa et
admin-reinstate_done = { $name } adlı hesab bərpa edildi.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Təsdiqləmək üçün məkanın başlığını yazın: { $text }

## status
status-active = aktiv
status-pending = təsdiq gözləyir
status-suspended = dayandırılıb
status-rejected = rədd edilib
status-erased = silinib

## names
names-marked = { $name } ({ $mark })

## members
members-username = istifadəçi adı: { $username }
members-role_of = Rol: { $name }
members-change_role = Rolu dəyiş
members-role_question = { $name } üçün rol «{ $from }» əvəzinə «{ $to }» olsun?
members-role_consequence = { $name } bundan sonra bütün cihazlarda dərhal «{ $to }» rolunun icazə verdiyi hər şeyi edə bilər.
members-role_confirm = Rolu dəyiş
members-role_changed = { $name } indi «{ $role }» rolundadır.
members-reset_code = Yeni kod
members-reset_question = { $name } üçün yeni giriş kodu yaradılsın?
members-reset_consequence = Köhnə kod dərhal işləməyi dayandırır və şagird hər yerdə hesabdan çıxarılır. Yeni kartı şagirdə siz verirsiniz.
members-reset_confirm = Yeni kod yarat
members-reset_done = { $name } üçün yeni kod yaradıldı: aşağıdakı yeni kartı şagirdə verin.
members-export = Məlumatları ixrac et
members-remove = Çıxar
members-remove_question = { $name } bu məkandan çıxarılsın?
members-remove_consequence = { $name } bütün cihazlarda bu məkana girişi dərhal itirir.
members-remove_pupil_kept = Şagirdin hesabı, yazıları və faylları qalır; şagirdi sonra yenidən əlavə edə bilərsiniz.
members-remove_kept = Bu üzvün yazıları və faylları məkanda qalır.
members-remove_confirm = Çıxar
members-removed = { $name } çıxarıldı.
members-erase = Hesabı sil
members-leave = Bu məkandan çıx
members-leave_question = «{ $title }» məkanından çıxılsın?
members-leave_consequence = Onun forumlarına, fayllarına, çatına və videosuna girişi dərhal itirirsiniz. Sizi yalnız administrator müəllim geri qaytara bilər.
members-leave_kept = Yazdıqlarınız və yüklədikləriniz məkanda qalır.
members-leave_confirm = Məkandan çıx
members-left = «{ $title }» məkanından çıxdınız.

## erase
erase-question = { $name } adlı şagirdin hesabı silinsin?
erase-account_gone = Şagirdin adı, istifadəçi adı və kodu həmişəlik silinir.
erase-signed_out = Şagird dərhal hesabdan çıxarılır və bir daha heç vaxt daxil ola bilməz.
erase-no_undo = Bunu geri qaytarmaq olmaz.
erase-export_first = Şagird və ya ailəsi surət istəyə bilərsə, əvvəlcə məlumatları ixrac edin.
erase-posts = Şagirdin yazıları və çat mesajları
erase-posts_keep = Saxla, «keçmiş şagird» adı ilə göstər
erase-posts_remove = Həmişəlik sil
erase-files = Şagirdin faylları
erase-files_keep = Saxla, sahibi «keçmiş şagird» olsun
erase-files_remove = Həmişəlik sil
erase-confirm = Hesabı sil
erase-done = { $name } adlı şagirdin hesabı silindi.

## invite_teacher
invite_teacher-title = Tərəfdaş müəllimi dəvət et
invite_teacher-by_email = E-poçt ünvanı ilə
invite_teacher-role = Rol
invite_teacher-submit = Dəvət et
invite_teacher-done = { $name } «{ $role }» rolunda qoşuldu.
invite_teacher-not_etwinner = Bu ünvanla təsdiqlənmiş eTwinner yoxdur və ya siz bu rolu verə bilməzsiniz.
invite_teacher-find = eTwinner tap
invite_teacher-query = Ad, məktəb və ya ölkə
invite_teacher-search = Axtar
invite_teacher-results = Tapılan eTwinner-lər
invite_teacher-none = Heç bir eTwinner tapılmadı.
invite_teacher-more = Daha çox nəticə
invite_teacher-member = Bu məkanın üzvüdür
invite_teacher-invite = Dəvət et
invite_teacher-role_for = Rol: { $name }

## pupils
pupils-title = Şagird əlavə et
pupils-one_title = Bir şagird
pupils-name = Şagirdin adı
pupils-add_one = Şagirdi əlavə et
pupils-class_title = Bütün sinif
pupils-class_names = Şagirdlərin adları
pupils-class_help = Hər sətirdə bir ad; başqaları şagirdləri bu adla görəcəklər.
pupils-add_class = Sinfi əlavə et
pupils-class_empty = Ən azı bir ad yazın.
pupils-language = Bu şagirdlər üçün səhifənin dili
pupils-language_help = Daxil olduqdan sonra TwinSpace Live-ı bu dildə görəcəklər. Hər şagird sonra dili dəyişə bilər.
pupils-line_errors = Düzəldilməli sətirlər
pupils-line_error = Sətir { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } sətir düzəldilməlidir; heç nə yaradılmadı.
       *[other] { $count } sətir düzəldilməlidir; heç nə yaradılmadı.
    }
pupils-created =
    { $count ->
        [one] { $count } şagird əlavə edildi.
       *[other] { $count } şagird əlavə edildi.
    }

## cards
cards-title = Giriş kartları
cards-once = Bu kodlar yalnız indi göstərilir. Bu səhifədən çıxmazdan əvvəl kartları çap edin və ya kodları qeyd edin.
cards-site = Giriş ünvanı:
cards-print = Kartları çap et
cards-done = Hazırdır: kodları gizlət

## links
links-tab = Qonaq keçidləri
links-intro = Qonaq keçidi ekspertə və ya müşahidəçiyə bu TwinSpace-ə qonaq kimi qoşulmağa imkan verir. Keçidi olan hər kəs, müddəti bitənə və ya istifadə limiti tükənənə qədər ondan istifadə edə bilər.
links-create_title = Yeni qonaq keçidi
links-valid_for = Etibarlılıq müddəti
links-days =
    { $count ->
        [one] { $count } gün
       *[other] { $count } gün
    }
links-uses = İstifadə sayı
links-note = Qeyd (kimin üçündür)
links-create = Keçidi yarat
links-new = Yeni keçid
links-once = Onu indi köçürün: o, yalnız bir dəfə göstərilir.
links-copy = Köçür
links-copied = Keçid köçürüldü.
links-select_copy = Keçid seçilib: onu köçürmək üçün Ctrl+C (⌘+C) düymələrini basın.
links-live = İstifadədə olan keçidlər
links-empty = İstifadədə olan qonaq keçidi yoxdur.
links-untitled = Qonaq keçidi
links-used =
    { $count ->
        [one] { $count } dəfədən { $used } dəfə istifadə olunub
       *[other] { $count } dəfədən { $used } dəfə istifadə olunub
    }
links-until = { $time } tarixinədək
links-revoke = Ləğv et
links-revoke_question = Bu qonaq keçidi ləğv edilsin?
links-revoke_consequence = Artıq heç kim bu keçidlə qoşula bilməyəcək.
links-revoke_kept = Bu keçidlə qoşulmuş qonaqlar üzv olaraq qalırlar.
links-revoked = Keçid ləğv edildi.

## settings
settings-tab = Parametrlər
settings-space = Məkan
settings-pupils = Şagirdlər
settings-premoderate_pupils = Şagirdlərin yazılarını müəllim təsdiqləyənə qədər saxla
settings-pupils_may_create_threads = Şagirdlər mövzu aça bilər
settings-pupils_may_upload = Şagirdlər fayl yükləyə bilər
settings-save = Yadda saxla
settings-saved = Parametrlər yadda saxlanıldı.
settings-archive_title = Arxiv
settings-archive_text = Arxivləşdirilmiş məkanı üzvləri oxuya bilir, lakin heç kim orada yaza, fayl yükləyə və ya video sessiya başlada bilməz.
settings-archive = Bu məkanı arxivləşdir
settings-archive_question = «{ $title }» arxivləşdirilsin?
settings-archive_read_only = Artıq heç kim yaza, fayl yükləyə və ya nəyisə dəyişə bilməyəcək.
settings-archive_video = Hazırda gedən video sessiyalar dərhal bitəcək.
settings-archive_undo = Təsisçi məkanı sonra yenidən aça bilər.
settings-archive_confirm = Arxivləşdir
settings-archived_title = Bu məkan arxivləşdirilib
settings-archived_text = O, yalnız oxumaq üçündür. Üzvlərin yazması və fayl yükləməsi üçün onu yenidən açın.
settings-unarchive = Yenidən aç
settings-unarchive_question = «{ $title }» yenidən açılsın?
settings-unarchive_consequence = Üzvlər yenidən yaza, fayl yükləyə və video sessiya başlada bilərlər.
settings-delete_title = Məkanı sil
settings-delete_text = Silmə məkanı və içindəki hər şeyi həmişəlik yox edir.
settings-delete = Bu məkanı sil
settings-delete_question = «{ $title }» həmişəlik silinsin?
settings-delete_content = Bütün forum mövzuları, çat mesajları və fayllar bütün versiyaları ilə birlikdə silinir.
settings-delete_members = Bütün üzvlər məkanı itirir; şagird hesabları yalnız digər məkanlarında qalır.
settings-delete_video = Hazırda gedən video sessiyalar dərhal bitəcək.
settings-delete_no_undo = Audit jurnalı da silinir. Bunu geri qaytarmaq olmaz.
settings-delete_confirm = Həmişəlik sil
settings-deleted = «{ $title }» silindi.

## audit
audit-tab = Audit jurnalı
audit-caption = Bu məkanda görülən işlər, ən yenidən başlayaraq
audit-when = Nə vaxt
audit-who = Kim
audit-what = Nə
audit-empty = Hələ heç nə qeydə alınmayıb.
audit-older = Köhnə qeydləri göstər
audit-system = Server
audit-former_member = Keçmiş üzv
audit-former_member_target = keçmiş üzv
audit-reason = Səbəb: { $reason }
audit-other = «{ $action }» əməliyyatı: { $target }
audit-space-created = Məkanı yaratdı
audit-space-settings_changed = Məkanın parametrlərini dəyişdi
audit-space-archived = Məkanı arxivləşdirdi
audit-space-unarchived = Məkanı yenidən açdı
audit-member-invited = Dəvət etdi: { $target } («{ $role }» rolunda)
audit-member-role_changed = Rolu dəyişdi: { $target } («{ $from }» əvəzinə «{ $role }»)
audit-member-removed = Məkandan çıxardı: { $target }
audit-member-left = Məkandan çıxdı
audit-member-muted = Susdurdu: { $target }
audit-member-unmuted = Susdurmanı bitirdi: { $target }
audit-pupil-created = Şagird yaratdı: { $target }
audit-pupil-added = Şagird əlavə etdi: { $target }
audit-pupil-code_reset = Yeni giriş kodu verdi: { $target }
audit-pupil-exported = Məlumatları ixrac etdi: { $target }
audit-pupil-erased = Şagirdin hesabını sildi
audit-invitation-created = Qonaq keçidi yaratdı
audit-invitation-revoked = Qonaq keçidini ləğv etdi
audit-invitation-accepted = Qonaq keçidi ilə qoşuldu
audit-video-started = Video sessiya başlatdı
audit-video-ended = Video sessiyanı bitirdi
audit-video-locked = Video sessiyanı kilidlədi
audit-video-unlocked = Video sessiyanın kilidini açdı
audit-video-admitted = Video sessiyaya buraxdı: { $target }
audit-video-denied = Video sessiyaya buraxmadı: { $target }
audit-video-muted = Video sessiyada səsini bağladı: { $target }
audit-video-unmuted = Video sessiyada yenidən danışmağa icazə verdi: { $target }
audit-video-removed = Video sessiyadan çıxardı: { $target }
audit-video-spotlight = Video sessiyada önə çıxarılanı dəyişdi
audit-post-hidden = Yazını gizlətdi
audit-post-restored = Yazını bərpa etdi
audit-post-approved = Yazını təsdiqlədi
audit-post-rejected = Yazını rədd etdi
audit-post-purged = Yazını həmişəlik sildi
audit-post-reported = Yazıdan şikayət etdi
audit-report-resolved = Şikayəti bağladı
audit-thread-pinned = Mövzunu sancaqladı
audit-thread-unpinned = Mövzunun sancağını çıxardı
audit-thread-locked = Mövzunu kilidlədi
audit-thread-unlocked = Mövzunun kilidini açdı
audit-archive-folder_created = Qovluq yaratdı
audit-archive-folder_renamed = Qovluğun adını dəyişdi
audit-archive-folder_moved = Qovluğu köçürdü
audit-archive-folder_trashed = Qovluğu zibil qutusuna atdı
audit-archive-folder_restored = Qovluğu zibil qutusundan çıxardı
audit-archive-folder_purged = Qovluğu həmişəlik sildi
audit-archive-file_added = Fayl əlavə etdi
audit-archive-file_version_added = Faylın yeni versiyasını əlavə etdi
audit-archive-file_renamed = Faylın adını dəyişdi
audit-archive-file_moved = Faylı köçürdü
audit-archive-file_trashed = Faylı zibil qutusuna atdı
audit-archive-file_restored = Faylı zibil qutusundan çıxardı
audit-archive-file_purged = Faylı həmişəlik sildi
audit-chat-expired = Saxlanma müddəti bitmiş çat mesajlarını sildi
audit-audit-retention_changed = Audit jurnalında qeydlərin saxlanma müddətini dəyişdi
audit-group-joined = Qrupa qoşuldu
audit-group-requested = Qrupa qoşulmaq üçün sorğu göndərdi
audit-group-request_accepted = { $target } sorğusunu qəbul etdi
audit-group-request_declined = { $target } sorğusunu rədd etdi
audit-group-request_withdrawn = Qoşulma sorğusunu geri götürdü
audit-member-banned = { $target } blokladı
audit-member-unbanned = { $target } blokunu götürdü
audit-group-featured = Qrupu seçilmiş etdi
audit-group-unfeatured = Qrupu seçilmişlərdən çıxardı
audit-group-moderator_appointed = { $target } moderator təyin etdi

## group_role
group_role-founder = Qrupun sahibi
group_role-admin = Moderasiya
group_role-teacher = Üzv

## readers
readers-title = İndi oxuyanlar
readers-more =
    { $count ->
        [one] və daha { $count } nəfər
       *[other] və daha { $count } nəfər
    }

## groups
groups-nav = Qruplar
groups-title = eTwinning qrupları
groups-intro = Bir fənn, mövzu və ya maraq sahəsi ətrafında eTwinner icmaları. Yalnız təsdiqlənmiş eTwinner-lər iştirak edir.
groups-search = Qrup tap
groups-words = Başlıqdakı sözlər
groups-topic = Mövzu
groups-language = Dil
groups-language_any = Bütün dillər
groups-language_choose = Dil seçin
groups-country = Üzvün ölkəsi
groups-country_any = Bütün ölkələr
groups-search_submit = Axtar
groups-found = Qruplar
groups-empty = Bu axtarışa uyğun qrup yoxdur.
groups-more = Daha çox qrup göstər
groups-featured = Seçilmiş
groups-topic_is = Mövzu: { $topic }
groups-members =
    { $count ->
        [one] { $count } üzv
       *[other] { $count } üzv
    }
groups-access_short-open = Açıq
groups-access_short-closed = Qapalı
groups-standing-member = Siz üzvsünüz. Rolunuz: { $role }
groups-standing-requested = Bu qrupa qoşulmaq üçün sorğu göndərmisiniz.
groups-standing-banned = Bu qrupun moderasiya komandası qoşulmağınıza icazə vermir.
groups-join = Qoşul
groups-ask = Qoşulmaq üçün sorğu göndər
groups-ask_message = Moderasiya komandası üçün mesaj (istəyə görə)
groups-withdraw = Sorğumu geri götür
groups-open_group = Qrupu aç
groups-joined = “{ $title }” qrupuna qoşuldunuz.
groups-asked = “{ $title }” qrupuna qoşulma sorğunuz moderasiya komandasına göndərildi.
groups-withdrawn = “{ $title }” qrupuna qoşulma sorğunuz geri götürüldü.
groups-waiting = Moderasiya komandası sorğunuza cavab verəcək. Cavab gələn kimi bu səhifədə görünəcək.
groups-accepted = Sorğunuz qəbul edildi: “{ $title }” qrupuna xoş gəlmisiniz.
groups-not_accepted = Sorğunuz qəbul edilmədi. Yenidən sorğu göndərə bilərsiniz.
groups-back = Qruplara qayıt
groups-create = Qrup yarat
groups-group_title = Başlıq
groups-description = Təsvir (istəyə görə)
groups-access = Kim qoşula bilər
groups-access-open = Açıq: hər eTwinner dərhal qoşulur
groups-access-closed = Qapalı: moderasiya komandası hər sorğunu qəbul edir
groups-create_submit = Qrupu yarat
groups-created = “{ $title }” qrupu yaradıldı.
groups-members_search = Üzv tap
groups-members_more = Daha çox üzv göstər
groups-leave = Bu qrupdan çıx
groups-leave_consequence = Qrupun forumuna, fayllarına, çatına və videosuna girişinizi dərhal itirirsiniz.
groups-leave_kept = Yazdıqlarınız və yüklədikləriniz qrupda qalır. Qrup kataloqu vasitəsilə geri qayıda bilərsiniz.
groups-leave_confirm = Qrupdan çıx
groups-requests = Qoşulma sorğuları
groups-requests_empty = Gözləyən yoxdur.
groups-accept = Qəbul et
groups-decline = Rədd et
groups-accepted_member = { $name } artıq üzvdür.
groups-declined = { $name } sorğusu rədd edildi.
groups-ban = Blokla
groups-ban_question = { $name } bu qrupda bloklansın?
groups-ban_consequence = { $name } qrupdan dərhal çıxır, yenidən qoşula və ya sorğu göndərə bilməz.
groups-ban_kept = Yazılar və fayllar qrupda qalır. Bloku sonra götürə bilərsiniz.
groups-ban_reason = Səbəb (istəyə görə, jurnalda saxlanılır)
groups-ban_confirm = Blokla
groups-banned = { $name } bloklandı.
groups-bans = Bloklanmış eTwinner-lər
groups-bans_empty = Bloklanan yoxdur.
groups-lift = Bloku götür
groups-lifted = { $name } yenidən qoşula bilər.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Yeni TwinSpace Live şifrəsi seçin
mail-reset_body =
    Salam, { $name }!

    Kimsə, yəqin ki, siz, TwinSpace Live hesabınız üçün yeni şifrə seçmək istədi.
    Şifrəni seçmək üçün bu keçidi açın (o, bir dəfə və { $minutes } dəqiqə ərzində işləyir):

    { $link }

    Yeni şifrə seçdikdə bütün digər yerlərdə hesabdan çıxış edilir.
    Bunu siz istəməmisinizsə, bu məktuba əhəmiyyət verməyin: şifrəniz olduğu kimi qalır.

    TwinSpace Live

## events (issue 22)
events-nav = Tədbirlər
events-title = Qarşıdakı tədbirlər
events-empty = Sizin üçün hələ qarşıdakı tədbir yoxdur.
events-more = Daha çox tədbir göstər
events-schedule = Tədbir planlaşdır
events-zone = Vaxtlar öz saat qurşağınızda göstərilir: { $zone }
events-audience-etwinners = Bütün eTwinner-lər
events-audience-country = Bu ölkənin eTwinner-ləri: { $country }
events-audience-group = Qrupun üzvləri
events-audience-twinspace = TwinSpace-in üzvləri
events-organising = Bu tədbiri siz təşkil edirsiniz.
events-registered = Qeydiyyatınız saxlanıldı.
events-waiting = Gözləmə siyahısındasınız ({ $position }-ci yer).
events-state-live = İndi canlı
events-state-ended = Bu tədbir başa çatıb.
events-state-cancelled = Bu tədbir ləğv edilib.
events-places = Tutulmuş yerlər: { $taken } / { $capacity }
event_form-new_title = Tədbir planlaşdır
event_form-edit_title = Tədbiri dəyiş
event_form-title = Başlıq
event_form-description = Təsvir
event_form-date = Tarix
event_form-time = Başlama vaxtı
event_form-duration = Dəqiqə ilə müddət
event_form-space = Qrup və ya TwinSpace
event_form-speakers_hint = Qruplarınızın və TwinSpace-lərinizin müəllimləri arasından seçin.
event_form-no_speakers = Hələ seçiləcək heç kim yoxdur.
event_form-create = Tədbiri planlaşdır
event_form-save = Dəyişiklikləri saxla
event_form-created = “{ $title }” planlaşdırıldı.
event_form-saved = “{ $title }” üzrə dəyişikliklər saxlanıldı.
event_form-start_past = Gələcəkdə bir başlanğıc seçin.
event-title = Tədbir
event-back = Bütün tədbirlər
event-when = Nə vaxt
event-language = Dil
event-audience = Kim qeydiyyatdan keçə bilər
event-organiser = Təşkilatçı
event-speakers = Məruzəçilər
event-places = Yerlər
event-no_speakers = Hələ məruzəçi göstərilməyib.
event-waiting_count = Gözləyənlər: { $waiting }
event-registration = Yeriniz
event-speaking = Bu tədbirdə çıxış edirsiniz.
event-full = Bütün yerlər tutulub: qeydiyyatdan keçsəniz, gözləmə siyahısına düşəcəksiniz.
event-register = Qeydiyyatdan keç
event-unregister = Yerimi burax
event-leave_waiting = Gözləmə siyahısından çıx
event-unregister_confirm_title = “{ $title }” tədbirindən çıxılsın?
event-unregister_confirm = Növbənizi gözləmə siyahısındakı növbəti şəxs alır. Yenidən qeydiyyatdan keçsəniz, gözləməli ola bilərsiniz.
event-unregistered = Qeydiyyatınız ləğv edildi.
event-calendar = Təqvimimə əlavə et (.ics)
event-organiser_tools = Təşkilatçı üçün
event-edit = Tədbiri dəyiş
event-cancel = Tədbiri ləğv et
event-keep = Tədbiri saxla
event-cancel_confirm_title = “{ $title }” ləğv edilsin?
event-cancel_confirm_lost = Artıq heç kim qeydiyyatdan keçə bilməyəcək və hamı onun ləğv edildiyini görəcək. Bunu geri qaytarmaq olmaz. Qeydiyyatlar və suallar saxlanılır.
event-cancelled = Tədbir ləğv edildi.
event-registrants = Qeydiyyatlar
event-waiting_list = Gözləmə siyahısı
event-nobody = Hələ heç kim.
event-attendance = İştirak
event-attendance_hint = Tədbir canlı olarkən onun səhifəsini kim və nə qədər izləyib.
event-attendance_none = Tədbiri canlı izləyən olmayıb.
event-minutes = { $minutes } dəq
qa-title = Suallar və cavablar
qa-empty = Hələ sual yoxdur.
qa-closed = Suallar bağlanıb: tədbir başa çatıb.
qa-need_place = Sual vermək və ya bir sualı dəstəkləmək üçün qeydiyyatdan keçin.
qa-your_question = Sualınız
qa-ask = Soruş
qa-asked = Sualınız göndərildi.
qa-upvote = Dəstəklə
qa-upvoted = Dəstəklənib
qa-votes = Səslər: { $votes }
qa-by = Soruşan: { $name }
qa-by_gone = Soruşan: silinmiş hesab
qa-answer = Cavab: { $answer }
qa-state-picked = İndi cavablandırılır
qa-state-answered = Cavablandırılıb
qa-state-hidden = Gizlədilib
qa-pick = Seç
qa-unpick = Siyahıya qaytar
qa-hide = Gizlət
qa-restore = Bərpa et
qa-answer_label = Yazılı cavab (istəyə bağlı)
qa-mark_answered = Cavablandırılmış kimi qeyd et
qa-gone = Artıq bu sualları izləyə bilməzsiniz.
audit-event-created = “{ $title }” tədbirini planlaşdırdı
audit-event-updated = “{ $title }” tədbirini dəyişdi
audit-event-cancelled = “{ $title }” tədbirini ləğv etdi
audit-event-question_moderated = “{ $title }” tədbirinin sualını moderasiya etdi

## the live webinar (issue 22)
live-title = Canlı video
live-not_started = Canlı video hələ başlamayıb.
live-ended = Canlı video bitdi.
live-connecting = Canlı videoya qoşulur…
live-need_place = Canlı videoya yalnız yeri olanlar baxa bilər.
live-watching_you = Canlı videoya baxırsınız.
live-on_air = Canlı efirdəsiniz: hamı sizi görür və eşidir.
live-recording = Bu tədbir yazılır.
live-speaking = Danışır: { $names }
live-nobody_speaking = Hələ heç kim danışmır.
live-watching = Baxır: { $watching }
live-start = Canlı videonu başlat
live-end = Canlı videonu bitir
live-end_confirm_title = “{ $title }” canlı videosu bitirilsin?
live-end_confirm_lost = Video hamı üçün dayanır, məruzəçilər və tamaşaçılar üçün. Tədbir davam etdikcə onu yenidən başlada bilərsiniz; suallar saxlanılır.
live-go_live = Canlı efirə çıx
live-stop = Videomu dayandır
live-hand_raised = Əliniz qalxıb: moderator sizi danışmağa dəvət edə bilər.
live-invited = Danışmağa dəvət olunmusunuz: hazır olanda canlı efirə çıxın.
live-returned = Yenidən tamaşaçılar arasındasınız.
live-hands = Qaldırılmış əllər
live-no_hands = Heç kim əlini qaldırmayıb.
live-promote = { $name } danışmağa dəvət et
live-return = { $name } tamaşaçılara qaytar
live-record_start = Yazını başlat
live-record_stop = Yazını dayandır

## the event's recordings and seat (issue 22)
event-moved_up = İndi yeriniz var: gözləmə siyahısından irəli keçdiniz.
live-off_stage_returned = Moderator sizi yenidən tamaşaçılar arasına qaytardı.
live-off_stage_muted = Bu məkanda səsiniz söndürüldü: yenidən tamaşaçılar arasındasınız.
live-off_stage_removed = Artıq bu məkanın üzvü deyilsiniz: yenidən tamaşaçılar arasındasınız.
live-off_stage_unnamed = Artıq bu tədbirin məruzəçisi deyilsiniz: yenidən tamaşaçılar arasındasınız.
recordings-title = Videoyazılar
recordings-processing = Videoyazı emal olunur: hazır olanda burada görünəcək.
recordings-take = Yazılıb: { $when } · { $length }
recordings-video = Video: { $speaker }
recordings-audio = Səs: { $speaker }
recordings-former_speaker = keçmiş natiq
