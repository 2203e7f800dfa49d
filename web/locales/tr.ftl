### TwinSpace Live: sayfanın sözcükleri Türkçe.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Türkçe

## app
app-name = TwinSpace Live
app-skip = İçeriğe geç
app-nav = Ana menü
app-language = Dil
app-sign_out = Çıkış yap
app-signed_in_as = Giriş yapan: { $name }
app-loading = Yükleniyor…

## conn
conn-lost = Bağlantı koptu. Yeniden bağlanılıyor…
conn-back = Bağlantı yeniden kuruldu.
conn-failed = Canlı bağlantı kapatıldı. Yeniden denemek için sayfayı yenileyin.
conn-session_ended = Oturumunuz sona erdi. Lütfen yeniden giriş yapın.
conn-account_locked = Bu hesap artık kullanılamaz. Nedenini görmek için yeniden giriş yapın.
conn-closed-auth_missing = Canlı bağlantı, girişinizi zamanında almadı. Sayfayı yenileyin.
conn-closed-session_invalid = Oturumunuz artık geçerli değil. Lütfen yeniden giriş yapın.
conn-closed-session_expired = Oturumunuzun süresi doldu. Lütfen yeniden giriş yapın.
conn-closed-signed_out = Oturumunuz kapatıldı. Lütfen yeniden giriş yapın.
conn-closed-account_locked = Bu hesap artık kullanılamaz. Nedenini görmek için yeniden giriş yapın.
conn-closed-too_many_connections = Bu hesapta aynı anda çok fazla sayfa açık. Bazı sekmeleri kapatın, ardından bu sayfayı yenileyin.
conn-closed-too_many_messages = Bu sayfa çok kısa sürede çok fazla şey gönderdi. Biraz bekleyin, ardından sayfayı yenileyin.
conn-closed-frame_too_large = Bu sayfa çok büyük bir şey gönderdi. Sayfayı yenileyip tekrar deneyin.
conn-closed-idle_timeout = Canlı bağlantı çok uzun süre hareketsiz kaldığı için kapatıldı. Yeniden bağlanılıyor…
conn-closed-slow_consumer = Canlı bağlantı geride kaldı. Yeniden bağlanılıyor…
conn-closed-server_restarting = Sunucu yeniden başlatılıyor. Birazdan yeniden bağlanılacak…
conn-closed-server_shutting_down = Bağlı olduğunuz sunucu kapanıyor. Yeniden bağlanılıyor…
conn-closed-unavailable = Sunucu meşgul. Birazdan yeniden bağlanılacak…
conn-closed-internal = Sunucuda bir sorun oluştu. Birazdan yeniden bağlanılacak…

## login
login-title = Giriş yap
login-intro = Öğretmenler ve misafirler e-posta adresleriyle giriş yapar. Öğrenciler, öğretmenlerinin verdiği kullanıcı adını ve kodu kullanır.
login-teacher = Öğretmenler ve misafirler
login-pupil = Öğrenciler
login-email = E-posta adresi
login-password = Şifre
login-username = Kullanıcı adı
login-code = Kod
login-submit = Giriş yap
login-pupil_submit = Öğrenci olarak giriş yap
login-forgot = Şifrenizi mi unuttunuz?
login-register = Henüz hesabınız yok mu? eTwinner hesabı oluşturun
login-pupil_forgot = Kodunuzu mu unuttunuz? Öğretmeninizden yeni bir kod isteyin.

## invite
invite-title = Bir TwinSpace’e misafir olarak katıl
invite-intro = Bir TwinSpace’e davet edildiniz. Başkalarının sizi hangi adla göreceğini seçin ve bir şifre belirleyin.
invite-display_name = Adınız
invite-submit = Daveti kabul et
invite-checking = Davetiniz kontrol ediliyor…
invite-for_space = “{ $title }” alanına davet edildiniz.
invite-unknown = Bu davet bağlantısı tanınmıyor. Bağlantının tamamını kopyaladığınızdan emin olun veya bağlantıyı gönderen öğretmenden yeni bir bağlantı isteyin.
invite-expired = Bu davet bağlantısının süresi doldu. Bağlantıyı gönderen öğretmenden yeni bir bağlantı isteyin.
invite-used_up = Bu davet bağlantısı izin verilen sayıda kullanıldı. Bağlantıyı gönderen öğretmenden yeni bir bağlantı isteyin.
invite-revoked = Bu davet bağlantısı bir öğretmen tarafından geçersiz kılındı.
invite-closed = Bu davetin alanı kapatıldı.

## spaces
spaces-title = Alanlarım
spaces-empty = Henüz hiçbir alanın üyesi değilsiniz.
spaces-create = Alan oluştur
spaces-kind = Tür
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Oda
spaces-kind-group = Grup
spaces-space_title = Başlık
spaces-description = Açıklama (isteğe bağlı)
spaces-create_submit = Oluştur
spaces-created = “{ $title }” alanı oluşturuldu.
spaces-my_role = Rolünüz: { $role }
spaces-archived = arşivlendi

## space
space-back = Alanlarıma dön
space-sections = Bu alanın bölümleri
space-members = Üyeler
space-online_count =
    { $count ->
        [one] { $count } çevrimiçi
       *[other] { $count } çevrimiçi
    }
space-online = çevrimiçi
space-offline = çevrimdışı
space-you = (siz)
space-refreshed = Liste güncellendi.
space-gone = Bu alana artık erişemezsiniz.

## chat
chat-title = Sohbet
chat-empty = Henüz mesaj yok.
chat-message = Mesaj
chat-send = Gönder
chat-pending = (öğretmen bekleniyor)
chat-typing = { $name } yazıyor…
chat-teachers_tab = Öğretmen Panosu
chat-teachers_title = Öğretmen Panosu
chat-session_title = Oturum sohbeti
chat-older = Daha eski mesajları göster
chat-new_messages = Yeni mesajlar
chat-mention_list = Anılabilecek üyeler
chat-mention_hint = Bir üyeyi anmak için @ ve bir ad yazın.
chat-hidden = (bir öğretmen gizledi)
chat-deleted = (silindi)
chat-rejected = (bir öğretmen göstermedi)
chat-edited = (düzenlendi)
chat-mentions_you = sizi anıyor
chat-edit = Düzenle
chat-edit_label = Mesajınızı düzenleyin
chat-save = Kaydet
chat-cancel = İptal
chat-delete = Sil
chat-delete_confirm = Evet, sil
chat-hide = Gizle
chat-restore = Geri getir
chat-approve = Onayla
chat-reject = Reddet
chat-report = Bildir
chat-reported = Teşekkürler. Öğretmenler bu mesaja bakacak.
chat-mute = Sessize al
chat-mute_question = { $name } sessize alınsın mı?
chat-mute_for = Sessize alma süresi ({ $name })
chat-minutes =
    { $count ->
        [one] { $count } dakika
       *[other] { $count } dakika
    }
chat-mute_confirm = Şimdi sessize al
chat-muted_other = { $name }, saat { $time } olana kadar yazamaz.
chat-muted_you = Bir öğretmen, saat { $time } olana kadar yazmanızı durdurdu. Sohbeti okumaya devam edebilirsiniz.
chat-unmuted_you = Sohbete yeniden yazabilirsiniz.
chat-gone = Bu sohbete artık erişemezsiniz.

## role
role-founder = Kurucu
role-admin = Yönetici
role-teacher = Öğretmen
role-pupil_admin = Öğrenci yönetici
role-pupil = Öğrenci
role-guest = Misafir

## error
error-bad_credentials = Giriş bilgileri doğru değil. Kontrol edip yeniden deneyin.
error-rate_limited = Çok fazla deneme yapıldı. Lütfen biraz bekleyip yeniden deneyin.
error-invalid = Bazı alanlar doğru doldurulmamış.
error-not_found = Bu sayfa yok veya bu sayfayı göremezsiniz.
error-forbidden = Bunu yapma izniniz yok.
error-gone = Bu artık yok veya artık çalışmıyor.
error-conflict = Bu, zaten var olan bir şeyle çakışıyor.
error-gone-revoked = Bu davet bağlantısı artık çalışmıyor: alanın öğretmenleri bağlantıyı geçersiz kıldı.
error-gone-expired = Bu davet bağlantısı artık çalışmıyor: süresi doldu.
error-gone-used_up = Bu davet bağlantısı artık çalışmıyor: izin verilen sayıda kullanıldı.
error-conflict-name_taken = “{ $name }” zaten var. Başka bir ad seçin.
error-conflict-in_trash = “{ $name }” çöp kutusunda: önce geri getirin.
error-conflict-not_in_trash = “{ $name }” çöp kutusunda değil.
error-conflict-parent_in_trash = “{ $name }”, şu anda çöp kutusunda olan bir klasördeydi: önce o klasörü geri getirin.
error-conflict-folder_not_empty = “{ $name }” klasörü boş değil: önce içindekileri çöp kutusuna taşıyın.
error-conflict-wrong_status = Bu hesabın durumu ({ $status }) buna izin vermiyor.
error-unauthenticated = Lütfen giriş yapın.
error-network = Sunucuya ulaşılamadı. Bağlantınızı kontrol edip yeniden deneyin.
error-generic = Bir sorun oluştu. Lütfen yeniden deneyin.
error-too_large = Bu çok büyük.
error-quota_exceeded = Bu alanda yeterli yer kalmadı.
error-unsupported = Sunucu bu tür bir isteği kabul edemiyor.
error-aborted = Yükleme durduruldu.
error-rate_limited_wait = Çok fazla deneme yapıldı. { $wait } yeniden deneyin.
error-fields = Bazı alanlar dikkatinizi gerektiriyor: her birinin altındaki mesaja bakın.
error-account_rejected = Ülkenizin ulusal yöneticisi bu kaydı kabul etmedi, bu nedenle bu hesapla giriş yapılamaz. Bunun bir hata olduğunu düşünüyorsanız ülkenizin eTwinning Ulusal Destek Servisi ile iletişime geçin.
error-account_suspended = Ülkenizin ulusal yöneticisi bu hesabı askıya aldı: şimdilik bu hesapla giriş yapılamaz. Nedenini öğrenmek veya hesabın yeniden açılmasını istemek için ülkenizin eTwinning Ulusal Destek Servisi ile iletişime geçin.
error-malformed = Sayfa, sunucunun okuyamadığı bir şey gönderdi. Sayfayı yenileyip tekrar deneyin.
error-csrf = Sayfanın güvenlik denetimi başarısız oldu. Sayfayı yenileyip tekrar deneyin.
error-limit_exceeded = Bu, bu alan için belirlenen bir sınırı aşıyor.
error-unavailable = Sunucu meşgul ya da bir bölümü yanıt vermiyor. Lütfen birazdan tekrar deneyin.
error-internal = Sunucuda bir sorun oluştu. Lütfen daha sonra tekrar deneyin.
error-insufficient_storage = Sunucuda dosyalar için yer kalmadı. Hiçbir şey kaydedilmedi; lütfen okulunuzun eTwinning irtibat kişisine haber verin.
error-request_timeout = Gönderme çok uzun sürdüğü için durduruldu. Bağlantınızı kontrol edip tekrar deneyin.
error-conflict-not_a_guest = Bu e-posta adresi bir eTwinning hesabına ait. Öğretmenler misafir bağlantısıyla değil, alanın yöneticileri tarafından davet edilir.

## notice
notice-post-pending = Teşekkürler! Herkes görmeden önce bir öğretmen gönderinizi okuyacak.
notice-post-approved = Bir öğretmen gönderinizi okudu. Artık projedeki herkes onu görebilir.
notice-post-rejected = Bir öğretmen gönderinizi göstermemeye karar verdi. Nedenini öğretmeninize sorabilirsiniz.
notice-post-hidden = Bir öğretmen gönderinizi şimdilik gizledi. Nedenini öğretmeninize sorabilirsiniz.
notice-post-restored = Bir öğretmen gönderinizi yeniden gösterdi. Artık herkes onu görebilir.
notice-post-purged = Bir öğretmen gönderinizi kaldırdı.
notice-member-muted = Projeyi okuyabilirsiniz ama bir süre yazamazsınız.
notice-member-unmuted = Projede yeniden yazabilirsiniz.
notice-chat-mention = { $name } sohbette sizden bahsetti.

## video
video-section = Video
video-open_sessions = Açık görüntülü oturumlar
video-none = Açık görüntülü oturum yok.
video-start_title = Görüntülü oturum başlat
video-title = Başlık (isteğe bağlı)
video-lobby = Öğrenciler, bir öğretmen onları içeri alana kadar bekleme salonunda bekler
video-start = Başlat
video-join_named = Katıl: “{ $title }”
video-nobody_in_call = Görüşmede henüz kimse yok
video-people_in_call =
    { $count ->
        [one] Görüşmede { $count } kişi
       *[other] Görüşmede { $count } kişi
    }
video-locked = (kilitli)
video-back = Alana dön
video-participants = Katılımcılar
video-my_controls = Mikrofonunuz ve kameranız
video-chat = Oturum sohbeti
video-starting_media = Kameranız ve mikrofonunuz açılıyor…
video-in_call = Görüşmedesiniz.
video-waiting_in_lobby = Bekleme salonundasınız. Bir öğretmen sizi birazdan içeri alacak.
video-no_media = Hiçbir kamera veya mikrofon kullanılamadı: yine de diğerlerini görebilir ve duyabilirsiniz.
video-partial_media = Kameranız ve mikrofonunuz yalnızca kısmen kullanılabildi.
video-enable_sound = Sesi aç
video-mic_on = Mikrofon açık
video-mic_off = Mikrofon kapalı
video-mic_forced = Öğretmen sessize aldı
video-camera_on = Kamera açık
video-camera_off = Kamera kapalı
video-hand_raised = El kaldırıldı
video-mute_me = Mikrofonumu kapat
video-unmute_me = Mikrofonumu aç
video-camera_stop = Kameramı kapat
video-camera_start = Kameramı aç
video-hand_raise = Elimi kaldır
video-hand_lower = Elimi indir
video-leave = Ayrıl
video-you_are_muted = Bir öğretmen sizi sessize aldı. Bir öğretmen izin verdiğinde mikrofonunuzu açabilirsiniz.
video-muted_by_teacher = Bir öğretmen mikrofonunuzu kapattı.
video-unmute_allowed = Bir öğretmen mikrofonunuzu yeniden açmanıza izin veriyor.
video-mute_other = Sessize al
video-mute_named = Sessize al: { $name }
video-allow_unmute = Mikrofona izin ver
video-allow_unmute_named = Mikrofona izin ver: { $name }
video-remove = Çıkar
video-remove_named = Oturumdan çıkar: { $name }
video-lobby_title = Bekleme salonu
video-lobby_empty = Bekleyen kimse yok.
video-admit = İçeri al
video-admit_named = İçeri al: { $name }
video-deny = Geri çevir
video-deny_named = Geri çevir: { $name }
video-manage = Bu oturum
video-is_open = Açık: üyeler katılabilir.
video-is_locked = Kilitli: yalnızca öğretmenler katılabilir.
video-lock = Oturumu kilitle
video-end = Oturumu herkes için bitir
video-ended = Oturum sona erdi.
video-ended_space_archived = Oturum sona erdi: oturumun alanı arşivlendi.
video-ended_space_deleted = Oturum sona erdi: oturumun alanı silindi.
video-ended_empty = Oturum sona erdi: bir süredir oturumda kimse yoktu.
video-no_teacher_yet = Bu oturumda henüz öğretmen yok, bu yüzden kimse sizi içeri alamaz. Burada bekleyebilir veya ayrılabilirsiniz.
video-leave_lobby = Bekleme salonundan ayrıl
video-removed = Bir öğretmen sizi oturumdan çıkardı.
video-denied = Bir öğretmen sizi bu oturuma almadı.
video-left = Oturumdan ayrıldınız.
video-full = Bu oturum dolu.
video-refused = Bu oturuma katılamazsınız.
video-signal_refused = Sunucu, tarayıcınızın gönderdiği veriyi reddetti. Ayrılıp yeniden katılmayı deneyin.
video-sfu_moving = Oturum büyüdü: görüşme sınıf medya sunucusuna taşınıyor…
video-sfu_unreachable = Sınıf medya sunucusuna ulaşılamıyor. Yeniden deneniyor…
video-sfu_no_seat = Bu oturumdaki tüm kamera yerleri dolu: diğerlerini görüp duyabilirsiniz, ancak onlar sizi göremez ve duyamaz.
video-sfu_not_sent = Kameranız ve mikrofonunuz gönderilemedi. Diğerlerini yine de görüp duyabilirsiniz.

## forum
forum-title = Forum
forum-threads = Konular
forum-posts = Gönderiler
forum-areas = Forum bölümleri
forum-area-open = Açık forum
forum-area-teachers = Öğretmen Panosu
forum-empty = Henüz konu yok.
forum-thread_meta =
    { $count ->
        [one] { $author } · { $count } gönderi · { $when }
       *[other] { $author } · { $count } gönderi · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } yeni
       *[other] { $count } yeni
    }
forum-pinned = sabitlendi
forum-locked = kilitli
forum-new_thread = Konu başlat
forum-new_bulletin = Öğretmen Panosunda konu başlat
forum-thread_title = Konu başlığı
forum-first_post = İlk gönderi
forum-start = Konuyu başlat
forum-thread_started = Konu başlatıldı.
forum-thread_held = Teşekkürler! Herkes görmeden önce bir öğretmen konunu okuyacak.
forum-back = Konulara dön
forum-reply_label = Yanıtınız
forum-send = Yanıtı gönder
forum-no_reply = Bu konuya yanıt veremezsiniz.
forum-held = Teşekkürler! Herkes görmeden önce bir öğretmen gönderini okuyacak.
forum-edited = (düzenlendi)
forum-edit = Düzenle
forum-edit_label = Gönderinizi düzenleyin
forum-save = Kaydet
forum-saved = Gönderiniz değiştirildi.
forum-cancel = İptal
forum-delete = Sil
forum-deleted = Gönderi silindi.
forum-report = Bildir
forum-report_reason = Bu gönderinin sorunu ne? (isteğe bağlı)
forum-report_send = Bildirimi gönder
forum-reported = Teşekkürler. Öğretmenlere haber verildi.
forum-hide = Gizle
forum-restore = Geri getir
forum-approve = Onayla
forum-reject = Reddet
forum-done-hide = Gönderi sınıftan gizlendi.
forum-done-restore = Gönderi yeniden gösteriliyor.
forum-done-approve = Gönderi onaylandı: herkes görebilir.
forum-done-reject = Gönderi reddedildi: yalnızca yazarı görebilir.
forum-state-pending = öğretmen bekleniyor
forum-state-hidden = gizli
forum-state-rejected = yayımlanmadı
forum-state-deleted = silindi
forum-pin = Sabitle
forum-unpin = Sabitlemeyi kaldır
forum-lock = Kilitle
forum-unlock = Kilidi aç
forum-thread_changed = Konu değiştirildi.
forum-thread_gone = Bu konuya artık erişemezsiniz.
forum-moderation = Moderasyon
forum-queue = Onay bekleyenler
forum-queue_empty = Bekleyen gönderi yok.
forum-reports = Bildirimler
forum-reports_empty = Açık bildirim yok.
forum-reported_by = bildiren: { $name }
forum-report_said = Neden: { $reason }
forum-resolve = Bildirimi kapat
forum-resolved = Bildirim kapatıldı.

## reactions
reaction-bar = Tepkiler
reaction-add = Tepki ekle
reaction-picker = Bir tepki seçin
reaction-count =
    { $count ->
        [one] { $name }: { $count } kişi
       *[other] { $name }: { $count } kişi
    }
reaction-thumbs_up = Beğendim
reaction-heart = Kalp
reaction-clap = Bravo
reaction-laugh = Komik
reaction-idea = İyi fikir
reaction-question = Bir sorum var

## archive
archive-title = Dosyalar
archive-usage = Kullanılan: { $used } / { $quota }
archive-where = Klasör
archive-top = Tüm dosyalar
archive-empty = Bu klasör boş.
archive-contents = Klasörler ve dosyalar
archive-name = Ad
archive-size = Boyut
archive-by = Ekleyen
archive-when = Değiştirilme
archive-actions = İşlemler
archive-former_member = eski üye
archive-choose = Dosya seç
archive-upload = Yükle
archive-progress = Yükleme ilerlemesi
archive-uploading = Yükleniyor: { $name } ({ $percent })
archive-uploaded = “{ $name }” yüklendi.
archive-too_large = Bu dosya çok büyük: dosyalar en fazla { $max } olabilir.
archive-quota = Bu alanın dosyaları için yeterli yer kalmadı ({ $free } boş). Bir öğretmenden eski dosyaları kaldırmasını isteyin.
archive-new_folder = Yeni klasör
archive-create_folder = Klasörü oluştur
archive-folder_created = “{ $name }” klasörü oluşturuldu.
archive-download = İndir
archive-download_named = İndir: { $name }
archive-rename = Yeniden adlandır
archive-rename_named = Yeniden adlandır: { $name }
archive-new_name = Yeni ad
archive-save = Kaydet
archive-cancel = İptal
archive-renamed = Yeni ad: “{ $name }”.
archive-trash = Çöp kutusuna taşı
archive-trash_named = Çöp kutusuna taşı: { $name }
archive-trashed = “{ $name }” çöp kutusunda.
archive-show_trash = Çöp kutusu
archive-trash_empty = Çöp kutusu boş.
archive-restore = Geri getir
archive-restore_named = Geri getir: { $name }
archive-restored = “{ $name }” geri getirildi.
archive-purge = Kalıcı olarak sil
archive-purge_named = Kalıcı olarak sil: { $name }
archive-purged = “{ $name }” kalıcı olarak silindi.
archive-choose_first = Yüklenecek bir dosya seçin.
archive-no_file = Henüz dosya seçilmedi.
archive-name_taken = Burada bu adda bir öğe zaten var. Başka bir ad seçin.

## unit
unit-b = B
unit-kb = KB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Bu alanı doldurun.
field-unknown = Bu alan burada beklenmiyor.
field-type = Bu değer doğru türde değil.
field-blank = Buraya bir şey yazın: yalnızca boşluklar sayılmaz.
field-too_short =
    { $count ->
        [one] En az { $min } karakter yazın.
       *[other] En az { $min } karakter yazın.
    }
field-too_long =
    { $count ->
        [one] En fazla { $max } karakter yazın.
       *[other] En fazla { $max } karakter yazın.
    }
field-too_small = En az { $min } girin.
field-too_large = En fazla { $max } girin.
field-format = Bu, beklenen biçimde değil.
field-choice = Sunulan seçeneklerden birini seçin.
field-invalid = Bu değer kabul edilmiyor.

## confirm
confirm-cancel = İptal
confirm-trash_file = “{ $name }” çöp kutusuna taşınsın mı?
confirm-trash_file_lost = Üyeler bu dosyayı artık göremeyecek. Bir öğretmen dosyayı çöp kutusundan geri getirebilir.
confirm-trash_folder = “{ $name }” klasörü çöp kutusuna taşınsın mı?
confirm-trash_folder_lost = Üyeler bu klasörü ve içindeki hiçbir şeyi artık göremeyecek. Bir öğretmen klasörü çöp kutusundan geri getirebilir.
confirm-purge = “{ $name }” kalıcı olarak silinsin mi?
confirm-purge_lost = Herkes için yok olacak ve geri getirilemeyecek.
confirm-delete_post = Bu gönderi silinsin mi?
confirm-delete_post_lost = Metni herkes için yok olacak. Bu işlem geri alınamaz.
confirm-delete_message = Bu mesaj silinsin mi?
confirm-delete_message_lost = Metni herkes için yok olacak. Bu işlem geri alınamaz.
confirm-end_session = Oturum herkes için bitirilsin mi?
confirm-end_session_lost = Herkes görüşmeden hemen ayrılır ve oturum yeniden açılamaz.
confirm-remove_participant = { $name } oturumdan çıkarılsın mı?
confirm-remove_participant_lost = { $name } görüşmeden hemen ayrılır ve bu oturuma geri dönemez.
confirm-deny = { $name } geri çevrilsin mi?
confirm-deny_lost = { $name } bu oturuma giremeyecek.

## page
page-not_found = Sayfa bulunamadı
page-not_found_text = Bu adreste bir sayfa yok.
page-go_spaces = Alanlarıma git
page-go_sign_in = Giriş sayfasına git

## form
form-required = Bu alanı doldurun.
form-email_format = ad@okul.eu gibi bir e-posta adresi yazın.
form-password_short = En az 10 karakter kullanın.
form-password_long = En fazla 200 karakter kullanın.
form-password_mismatch = İki şifre aynı değil.
form-password_hint = En az 10 karakter. Hatırlayacağınız birkaç sözcük iyi bir seçimdir.
form-check_fields = Lütfen yukarıda işaretlenen alanları kontrol edin.
form-field_invalid = Bu değer kabul edilmiyor.

## register
register-title = eTwinner hesabı oluştur
register-intro = Öğretmenler için. Ülkenizin ulusal yöneticisi öğretmen olduğunuzu kontrol eder ve ardından hesabınızı onaylar. Öğrenciler kayıt olmaz: hesaplarını öğretmenleri oluşturur.
register-name = Adınız
register-school = Okul
register-country = Ülke
register-country_choose = Ülkenizi seçin
register-submit = Hesabımı oluştur
register-email_taken = Bu e-posta adresiyle bir hesap zaten var. Giriş yapın veya yeni bir şifre isteyin.
register-have_account = Zaten hesabınız var mı? Giriş yapın

## pending
pending-title = Hesabınız onay bekliyor
pending-who_heading = Kim onaylar
pending-who = Ülkenizin ({ $country }) ulusal yöneticisi, belirttiğiniz okulda öğretmen olduğunuzu kontrol eder ve ardından hesabınızı onaylar.
pending-next_heading = Sonra ne olacak
pending-next_validate = Hesabınız onaylandığında eTwinner olursunuz: alanlar oluşturabilir, projelere davet edilebilir ve öğrencilerinizin hesaplarını oluşturabilirsiniz. Bunu görmek için yeniden giriş yapın veya “Yeniden kontrol et” düğmesine basın.
pending-next_reject = Ulusal yönetici kaydınızı kabul etmezse, giriş yaptığınızda bunu göreceksiniz.
pending-next_meanwhile = Bu arada adınızı ve şifrenizi “Hesabım” bölümünden değiştirebilirsiniz.
pending-check = Yeniden kontrol et
pending-still = Hesabınız hâlâ onay bekliyor.
pending-count =
    { $count ->
        [one] { $count } moderasyon bekliyor
       *[other] { $count } moderasyon bekliyor
    }

## forgot
forgot-title = Şifrenizi mi unuttunuz?
forgot-intro = Hesabınızın e-posta adresini yazın. Yeni bir şifre seçmeniz için bu adrese bir bağlantı göndereceğiz.
forgot-submit = Bana bağlantı gönder
forgot-sent = Bu adrese ait bir hesap varsa bağlantı yola çıktı. Bağlantı bir kez ve sınırlı bir süre için çalışır. İstenmeyen posta klasörünüzü de kontrol edin.
forgot-pupils = Öğrenciler: burada e-posta adresiniz yok. Öğretmeninizden yeni bir kod isteyin.
forgot-back = Girişe dön

## reset
reset-title = Yeni bir şifre seçin
reset-intro = Yeni bir şifre seçmek, diğer tüm cihazlardaki oturumunuzu kapatır.
reset-password = Yeni şifre
reset-confirm = Yeni şifre (tekrar)
reset-submit = Yeni şifreyi kaydet
reset-gone = Bu bağlantının süresi doldu veya bağlantı zaten kullanıldı. Yeni bir bağlantı isteyin.
reset-done = Şifreniz değiştirildi. Yeni şifrenizle giriş yapın.
reset-ask_again = Yeni bağlantı iste

## account
account-title = Hesabım
account-signed_in_with = { $email } ile giriş yapıyorsunuz.
account-name_heading = Adınız
account-name = Başkalarının gördüğü ad
account-save_name = Adı kaydet
account-name_saved = Adınız kaydedildi.
account-pupil_note = Bu adı öğretmeniniz seçti ve öğretmeniniz yönetiyor. Değişmesi gerekiyorsa öğretmeninize sorun.
account-password_heading = Şifreniz
account-password_intro = Şifrenizi değiştirmek diğer cihazlarınızdaki oturumu kapatır; burada oturumunuz açık kalır.
account-current_password = Mevcut şifre
account-new_password = Yeni şifre
account-confirm_password = Yeni şifre (tekrar)
account-save_password = Şifreyi değiştir
account-password_saved = Şifreniz değiştirildi.
account-current_wrong = Bu, mevcut şifreniz değil.
account-everywhere_heading = Her yerde çıkış yap
account-everywhere_intro = Bu cihaz da dahil olmak üzere tüm cihaz ve tarayıcılardaki oturumunuzu kapatır: kaybolan bir telefon veya ortak kullanılan bir bilgisayar artık hesabınızı açamaz.
account-everywhere = Her yerde çıkış yap…
account-everywhere_question = Bu cihaz da dahil tüm cihazlarda çıkış yapılsın mı? Açık sayfalar hemen kapanır ve bu sayfalarda henüz gönderilmemiş her şey kaybolur.
account-everywhere_confirm = Evet, her yerde çıkış yap
account-everywhere_done = Tüm cihazlarda çıkış yapıldı.
account-cancel = İptal

## admin
admin-nav = Onay konsolu
admin-title = Ulusal yönetici konsolu
admin-country = Ülke: { $country }
admin-only_national_admins = Bu sayfa ulusal yöneticiler içindir.
admin-pending_heading = Onay bekleyen öğretmenler
admin-pending_count =
    { $count ->
        [one] { $count } öğretmen bekliyor.
       *[other] { $count } öğretmen bekliyor.
    }
admin-pending_none = Onay bekleyen öğretmen yok.
admin-select_all = Tümünü seç
admin-select_first = Önce en az bir öğretmen seçin.
admin-validate_selected = Seçilenleri onayla
admin-reject_selected = Seçilenleri reddet…
admin-validated =
    { $count ->
        [one] { $count } öğretmen onaylandı.
       *[other] { $count } öğretmen onaylandı.
    }
admin-rejected =
    { $count ->
        [one] { $count } kayıt reddedildi.
       *[other] { $count } kayıt reddedildi.
    }
admin-reject_question =
    { $count ->
        [one] Kayıt reddedilsin mi: { $names }? Bu kişi giriş yapamayacak ve bu işlem geri alınamaz.
       *[other] Bu { $count } kayıt reddedilsin mi ({ $names })? Bu kişiler giriş yapamayacak ve bu işlem geri alınamaz.
    }
admin-reject_reason = Reddetme nedeni
admin-reject_heading = Kayıtları reddet
admin-suspend_heading = Hesabı askıya al
admin-reinstate_heading = Hesabı yeniden etkinleştir
admin-reject_reason_hint = Adınızla birlikte denetim kaydında saklanır.
admin-reject_confirm =
    { $count ->
        [one] { $count } kaydı reddet
       *[other] { $count } kaydı reddet
    }
admin-failed_one = { $name }: { $why }
admin-school = Okul: { $school }
admin-registered = Kayıt tarihi: { $date }
admin-search_heading = Hesap bul
admin-search_label = Ad, e-posta adresi veya okul
admin-search_hint = Yalnızca ülkenizin hesapları. Tümünü en yeniden başlayarak listelemek için boş bırakın.
admin-search = Ara
admin-showing = { $from }–{ $to } / { $total }
admin-no_match = Eşleşen hesap yok.
admin-previous = Önceki sayfa
admin-next = Sonraki sayfa
admin-suspend = Askıya al…
admin-suspend_named = Askıya al: { $name }…
admin-suspend_question = { $name } askıya alınsın mı? Bu kişinin her yerdeki oturumu hemen kapanır, açık sayfaları kapanır ve siz hesabı yeniden etkinleştirene kadar giriş yapamaz.
admin-suspend_reason = Askıya alma nedeni
admin-suspend_confirm = Evet, askıya al
admin-suspend_done = Hesap askıya alındı: { $name }.
admin-reinstate = Yeniden etkinleştir…
admin-reinstate_named = Yeniden etkinleştir: { $name }…
admin-reinstate_question = { $name } yeniden etkinleştirilsin mi? Bu kişi yeniden giriş yapabilir.
admin-reinstate_reason = Neden (isteğe bağlı)
admin-reinstate_confirm = Yeniden etkinleştir
admin-reinstate_done = Hesap yeniden etkinleştirildi: { $name }.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Onaylamak için alanın başlığını yazın: { $text }

## status
status-active = etkin
status-pending = onay bekliyor
status-suspended = askıya alındı
status-rejected = reddedildi
status-erased = silindi

## names
names-marked = { $name } ({ $mark })

## members
members-username = kullanıcı adı { $username }
members-role_of = Rol: { $name }
members-change_role = Rolü değiştir
members-role_question = { $name } için rol değiştirilsin mi: { $from } → { $to }?
members-role_consequence = { $name }, bundan sonra tüm cihazlarda hemen { $to } rolünün yapabildiği her şeyi yapabilir.
members-role_confirm = Rolü değiştir
members-role_changed = { $name } artık { $role } rolünde.
members-reset_code = Yeni kod
members-reset_question = { $name } için yeni bir giriş kodu oluşturulsun mu?
members-reset_consequence = Eski kod hemen çalışmaz hâle gelir ve öğrencinin her yerdeki oturumu kapanır. Yeni kartı öğrenciye siz verirsiniz.
members-reset_confirm = Yeni kod oluştur
members-reset_done = { $name } için yeni kod oluşturuldu: aşağıdaki yeni kartı öğrenciye verin.
members-export = Verileri dışa aktar
members-remove = Çıkar
members-remove_question = { $name } bu alandan çıkarılsın mı?
members-remove_consequence = { $name }, bu alana erişimini tüm cihazlarda hemen kaybeder.
members-remove_pupil_kept = Öğrencinin hesabı, gönderileri ve dosyaları kalır; öğrenciyi daha sonra yeniden ekleyebilirsiniz.
members-remove_kept = Bu kişinin gönderileri ve dosyaları alanda kalır.
members-remove_confirm = Çıkar
members-removed = { $name } çıkarıldı.
members-erase = Hesabı sil
members-leave = Bu alandan ayrıl
members-leave_question = “{ $title }” alanından ayrılmak istiyor musunuz?
members-leave_consequence = Alanın forumlarına, dosyalarına, sohbetine ve videosuna erişiminizi hemen kaybedersiniz. Sizi yalnızca bir öğretmen yönetici geri getirebilir.
members-leave_kept = Yazdıklarınız ve yükledikleriniz alanda kalır.
members-leave_confirm = Alandan ayrıl
members-left = “{ $title }” alanından ayrıldınız.

## erase
erase-question = { $name } adlı öğrencinin hesabı silinsin mi?
erase-account_gone = Öğrencinin adı, kullanıcı adı ve kodu kalıcı olarak silinir.
erase-signed_out = Öğrencinin oturumu hemen kapanır ve öğrenci bir daha asla giriş yapamaz.
erase-no_undo = Bu işlem geri alınamaz.
erase-export_first = Öğrenci veya ailesi bir kopya isteyebilirse önce verileri dışa aktarın.
erase-posts = Öğrencinin gönderileri ve sohbet mesajları
erase-posts_keep = Sakla, “eski öğrenci” adıyla göster
erase-posts_remove = Kalıcı olarak sil
erase-files = Öğrencinin dosyaları
erase-files_keep = Sakla, sahibi “eski öğrenci” olsun
erase-files_remove = Kalıcı olarak sil
erase-confirm = Hesabı sil
erase-done = { $name } adlı öğrencinin hesabı silindi.

## invite_teacher
invite_teacher-title = Ortak öğretmen davet et
invite_teacher-by_email = E-posta adresiyle
invite_teacher-role = Rol
invite_teacher-submit = Davet et
invite_teacher-done = { $name }, { $role } rolüyle katıldı.
invite_teacher-not_etwinner = Bu adrese sahip onaylı bir eTwinner yok veya bu rolü vermeye yetkiniz yok.
invite_teacher-find = eTwinner bul
invite_teacher-query = Ad, okul veya ülke
invite_teacher-search = Ara
invite_teacher-results = Bulunan eTwinner’lar
invite_teacher-none = eTwinner bulunamadı.
invite_teacher-more = Daha fazla sonuç
invite_teacher-member = Bu alanın üyesi
invite_teacher-invite = Davet et
invite_teacher-role_for = { $name } için rol

## pupils
pupils-title = Öğrenci ekle
pupils-one_title = Tek öğrenci
pupils-name = Öğrencinin adı
pupils-add_one = Öğrenciyi ekle
pupils-class_title = Bütün bir sınıf
pupils-class_names = Öğrencilerin adları
pupils-class_help = Her satıra bir ad; başkalarının öğrencileri göreceği biçimde.
pupils-add_class = Sınıfı ekle
pupils-class_empty = En az bir ad yazın.
pupils-language = Bu öğrenciler için sayfanın dili
pupils-language_help = Giriş yaptıktan sonra TwinSpace Live’ı bu dilde görürler. Her öğrenci bunu daha sonra değiştirebilir.
pupils-line_errors = Düzeltilecek satırlar
pupils-line_error = Satır { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } satırın düzeltilmesi gerekiyor; hiçbir şey oluşturulmadı.
       *[other] { $count } satırın düzeltilmesi gerekiyor; hiçbir şey oluşturulmadı.
    }
pupils-created =
    { $count ->
        [one] { $count } öğrenci eklendi.
       *[other] { $count } öğrenci eklendi.
    }

## cards
cards-title = Giriş kartları
cards-once = Bu kodlar yalnızca şimdi gösteriliyor. Bu sayfadan ayrılmadan önce kartları yazdırın veya kodları not edin.
cards-site = Giriş adresi:
cards-print = Kartları yazdır
cards-done = Tamam: kodları gizle

## links
links-tab = Misafir bağlantıları
links-intro = Misafir bağlantısı, bir uzmanın veya gözlemcinin bu TwinSpace’e misafir olarak katılmasını sağlar. Bağlantıya sahip herkes, süresi dolana veya kullanım hakkı bitene kadar bağlantıyı kullanabilir.
links-create_title = Yeni misafir bağlantısı
links-valid_for = Geçerlilik süresi
links-days =
    { $count ->
        [one] { $count } gün
       *[other] { $count } gün
    }
links-uses = Kullanım sayısı
links-note = Not (kimin için)
links-create = Bağlantıyı oluştur
links-new = Yeni bağlantı
links-once = Şimdi kopyalayın: yalnızca bir kez gösterilir.
links-copy = Kopyala
links-copied = Bağlantı kopyalandı.
links-select_copy = Bağlantı seçildi: kopyalamak için Ctrl+C (⌘+C) tuşlarına basın.
links-live = Kullanımdaki bağlantılar
links-empty = Kullanımda misafir bağlantısı yok.
links-untitled = Misafir bağlantısı
links-used =
    { $count ->
        [one] { $used } / { $count } kez kullanıldı
       *[other] { $used } / { $count } kez kullanıldı
    }
links-until = son geçerlilik: { $time }
links-revoke = Geçersiz kıl
links-revoke_question = Bu misafir bağlantısı geçersiz kılınsın mı?
links-revoke_consequence = Artık kimse bu bağlantıyla katılamaz.
links-revoke_kept = Bu bağlantıyla katılmış misafirler üye olarak kalır.
links-revoked = Bağlantı geçersiz kılındı.

## settings
settings-tab = Ayarlar
settings-space = Alan
settings-pupils = Öğrenciler
settings-premoderate_pupils = Öğrenci gönderilerini bir öğretmen onaylayana kadar beklet
settings-pupils_may_create_threads = Öğrenciler konu başlatabilir
settings-pupils_may_upload = Öğrenciler dosya yükleyebilir
settings-save = Kaydet
settings-saved = Ayarlar kaydedildi.
settings-archive_title = Arşivleme
settings-archive_text = Arşivlenen bir alanı üyeleri okumaya devam edebilir, ancak kimse gönderi yazamaz, dosya yükleyemez veya görüntülü oturum başlatamaz.
settings-archive = Bu alanı arşivle
settings-archive_question = “{ $title }” arşivlensin mi?
settings-archive_read_only = Artık kimse gönderi yazamaz, dosya yükleyemez veya hiçbir şeyi değiştiremez.
settings-archive_video = Şu anda süren görüntülü oturumlar hemen sona erer.
settings-archive_undo = Bir kurucu alanı daha sonra yeniden açabilir.
settings-archive_confirm = Arşivle
settings-archived_title = Bu alan arşivlendi
settings-archived_text = Alan yalnızca okunabilir. Üyelerin gönderi yazabilmesi ve dosya yükleyebilmesi için alanı yeniden açın.
settings-unarchive = Yeniden aç
settings-unarchive_question = “{ $title }” yeniden açılsın mı?
settings-unarchive_consequence = Üyeler yeniden gönderi yazabilir, dosya yükleyebilir ve görüntülü oturum başlatabilir.
settings-delete_title = Alanı sil
settings-delete_text = Silme işlemi alanı ve içindeki her şeyi kalıcı olarak kaldırır.
settings-delete = Bu alanı sil
settings-delete_question = “{ $title }” kalıcı olarak silinsin mi?
settings-delete_content = Tüm forum konuları, sohbet mesajları ve dosyalar, tüm sürümleriyle birlikte silinir.
settings-delete_members = Tüm üyeler alanı kaybeder; öğrenci hesapları yalnızca öğrencilerin diğer alanlarında kalır.
settings-delete_video = Şu anda süren görüntülü oturumlar hemen sona erer.
settings-delete_no_undo = Denetim kaydı da silinir. Bu işlem geri alınamaz.
settings-delete_confirm = Kalıcı olarak sil
settings-deleted = “{ $title }” silindi.

## audit
audit-tab = Denetim kaydı
audit-caption = Bu alanda yapılanlar, en yeniden başlayarak
audit-when = Ne zaman
audit-who = Kim
audit-what = Ne
audit-empty = Henüz kaydedilmiş bir şey yok.
audit-older = Daha eski kayıtları göster
audit-system = Sunucu
audit-former_member = Eski bir üye
audit-former_member_target = eski bir üye
audit-reason = Neden: { $reason }
audit-other = “{ $action }” işlemini yaptı: { $target }
audit-space-created = Alanı oluşturdu
audit-space-settings_changed = Alanın ayarlarını değiştirdi
audit-space-archived = Alanı arşivledi
audit-space-unarchived = Alanı yeniden açtı
audit-member-invited = Davet etti: { $target } ({ $role })
audit-member-role_changed = Rolü değiştirdi: { $target }, { $from } → { $role }
audit-member-removed = Alandan çıkardı: { $target }
audit-member-left = Alandan ayrıldı
audit-member-muted = Sessize aldı: { $target }
audit-member-unmuted = Sessize almayı kaldırdı: { $target }
audit-pupil-created = Öğrenci oluşturdu: { $target }
audit-pupil-added = Öğrenci ekledi: { $target }
audit-pupil-code_reset = Yeni giriş kodu verdi: { $target }
audit-pupil-exported = Verileri dışa aktardı: { $target }
audit-pupil-erased = Bir öğrencinin hesabını sildi
audit-invitation-created = Misafir bağlantısı oluşturdu
audit-invitation-revoked = Bir misafir bağlantısını geçersiz kıldı
audit-invitation-accepted = Misafir bağlantısıyla katıldı
audit-video-started = Görüntülü oturum başlattı
audit-video-ended = Bir görüntülü oturumu bitirdi
audit-video-locked = Bir görüntülü oturumu kilitledi
audit-video-unlocked = Bir görüntülü oturumun kilidini açtı
audit-video-admitted = Görüntülü oturuma aldı: { $target }
audit-video-denied = Görüntülü oturumdan geri çevirdi: { $target }
audit-video-muted = Görüntülü oturumda sessize aldı: { $target }
audit-video-unmuted = Görüntülü oturumda yeniden konuşma izni verdi: { $target }
audit-video-removed = Görüntülü oturumdan çıkardı: { $target }
audit-video-spotlight = Görüntülü oturumda öne çıkarılan kişiyi değiştirdi
audit-post-hidden = Bir gönderiyi gizledi
audit-post-restored = Bir gönderiyi geri getirdi
audit-post-approved = Bir gönderiyi onayladı
audit-post-rejected = Bir gönderiyi reddetti
audit-post-purged = Bir gönderiyi kalıcı olarak kaldırdı
audit-post-reported = Bir gönderiyi bildirdi
audit-report-resolved = Bir bildirimi kapattı
audit-thread-pinned = Bir konuyu sabitledi
audit-thread-unpinned = Bir konunun sabitlemesini kaldırdı
audit-thread-locked = Bir konuyu kilitledi
audit-thread-unlocked = Bir konunun kilidini açtı
audit-archive-folder_created = Bir klasör oluşturdu
audit-archive-folder_renamed = Bir klasörü yeniden adlandırdı
audit-archive-folder_moved = Bir klasörü taşıdı
audit-archive-folder_trashed = Bir klasörü çöp kutusuna taşıdı
audit-archive-folder_restored = Bir klasörü çöp kutusundan çıkardı
audit-archive-folder_purged = Bir klasörü kalıcı olarak kaldırdı
audit-archive-file_added = Bir dosya ekledi
audit-archive-file_version_added = Bir dosyanın yeni sürümünü ekledi
audit-archive-file_renamed = Bir dosyayı yeniden adlandırdı
audit-archive-file_moved = Bir dosyayı taşıdı
audit-archive-file_trashed = Bir dosyayı çöp kutusuna taşıdı
audit-archive-file_restored = Bir dosyayı çöp kutusundan çıkardı
audit-archive-file_purged = Bir dosyayı kalıcı olarak kaldırdı
audit-chat-expired = Süresi dolan sohbet mesajlarını kaldırdı
audit-audit-retention_changed = Denetim kaydının kayıtları ne kadar süre tutacağını değiştirdi
audit-group-joined = Gruba katıldı
audit-group-requested = Gruba katılmak için istekte bulundu
audit-group-request_accepted = { $target } adlı kişinin isteğini kabul etti
audit-group-request_declined = { $target } adlı kişinin isteğini reddetti
audit-group-request_withdrawn = Bir katılma isteğini geri çekti
audit-member-banned = { $target } adlı kişiyi engelledi
audit-member-unbanned = { $target } adlı kişinin engelini kaldırdı
audit-group-featured = Grubu öne çıkardı
audit-group-unfeatured = Grubu öne çıkarmayı bıraktı
audit-group-moderator_appointed = { $target } adlı kişiyi moderatör yaptı

## group_role
group_role-founder = Grup sahibi
group_role-admin = Moderasyon
group_role-teacher = Üye

## readers
readers-title = Şu anda okuyanlar
readers-more =
    { $count ->
        [one] ve { $count } kişi daha
       *[other] ve { $count } kişi daha
    }

## groups
groups-nav = Gruplar
groups-title = eTwinning Grupları
groups-intro = Bir ders, konu ya da ilgi alanı etrafında toplanan eTwinner toplulukları. Yalnızca onaylı eTwinner'lar katılır.
groups-search = Grup bul
groups-words = Başlıktaki sözcükler
groups-topic = Konu
groups-language = Dil
groups-language_any = Tüm diller
groups-language_choose = Bir dil seçin
groups-country = Bir üyenin ülkesi
groups-country_any = Tüm ülkeler
groups-search_submit = Ara
groups-found = Gruplar
groups-empty = Bu aramaya uyan grup yok.
groups-more = Daha fazla grup göster
groups-featured = Öne çıkan
groups-topic_is = Konu: { $topic }
groups-members =
    { $count ->
        [one] { $count } üye
       *[other] { $count } üye
    }
groups-access_short-open = Açık
groups-access_short-closed = Kapalı
groups-standing-member = Üyesiniz. Rolünüz: { $role }
groups-standing-requested = Bu gruba katılmak için istekte bulundunuz.
groups-standing-banned = Bu grubun moderasyon ekibi katılmanıza izin vermiyor.
groups-join = Katıl
groups-ask = Katılma isteği gönder
groups-ask_message = Moderasyon ekibine bir mesaj (isteğe bağlı)
groups-withdraw = İsteğimi geri çek
groups-open_group = Grubu aç
groups-joined = “{ $title }” grubuna katıldınız.
groups-asked = “{ $title }” grubuna katılma isteğiniz moderasyon ekibine gönderildi.
groups-withdrawn = “{ $title }” grubuna katılma isteğiniz geri çekildi.
groups-waiting = Moderasyon ekibi isteğinizi yanıtlayacak. Yanıt gelir gelmez bu sayfada görünür.
groups-accepted = İsteğiniz kabul edildi: “{ $title }” grubuna hoş geldiniz.
groups-not_accepted = İsteğiniz kabul edilmedi. Yeniden isteyebilirsiniz.
groups-back = Gruplara dön
groups-create = Grup oluştur
groups-group_title = Başlık
groups-description = Açıklama (isteğe bağlı)
groups-access = Kimler katılabilir
groups-access-open = Açık: her eTwinner hemen katılır
groups-access-closed = Kapalı: moderasyon ekibi her isteği kabul eder
groups-create_submit = Grubu oluştur
groups-created = “{ $title }” grubu oluşturuldu.
groups-members_search = Üye bul
groups-members_more = Daha fazla üye göster
groups-leave = Bu gruptan ayrıl
groups-leave_consequence = Grubun forumuna, dosyalarına, sohbetine ve videosuna erişiminizi hemen kaybedersiniz.
groups-leave_kept = Yazdıklarınız ve yükledikleriniz grupta kalır. Grup dizininden geri dönebilirsiniz.
groups-leave_confirm = Gruptan ayrıl
groups-requests = Katılma istekleri
groups-requests_empty = Bekleyen kimse yok.
groups-accept = Kabul et
groups-decline = Reddet
groups-accepted_member = { $name } artık üye.
groups-declined = { $name } adlı kişinin isteği reddedildi.
groups-ban = Engelle
groups-ban_question = { $name } bu grupta engellensin mi?
groups-ban_consequence = { $name } gruptan hemen çıkar; yeniden katılamaz ve istekte de bulunamaz.
groups-ban_kept = Gönderiler ve dosyalar grupta kalır. Engeli daha sonra kaldırabilirsiniz.
groups-ban_reason = Neden (isteğe bağlı, kayıtta tutulur)
groups-ban_confirm = Engelle
groups-banned = { $name } engellendi.
groups-bans = Engellenen eTwinner'lar
groups-bans_empty = Engellenen kimse yok.
groups-lift = Engeli kaldır
groups-lifted = { $name } yeniden katılabilir.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Yeni bir TwinSpace Live şifresi seçin
mail-reset_body =
    Merhaba { $name },

    Birisi, büyük olasılıkla siz, TwinSpace Live hesabınız için yeni bir şifre seçmek istedi.
    Şifreyi seçmek için bu bağlantıyı açın (bir kez ve { $minutes } dakika boyunca çalışır):

    { $link }

    Yeni bir şifre seçmek, diğer her yerdeki oturumunuzu kapatır.
    Bunu siz istemediyseniz bu mesajı dikkate almayın: şifreniz olduğu gibi kalır.

    TwinSpace Live

## events (issue 22)
events-nav = Etkinlikler
events-title = Yaklaşan etkinlikler
events-empty = Sizin için henüz yaklaşan bir etkinlik yok.
events-more = Daha fazla etkinlik göster
events-schedule = Etkinlik planla
events-zone = Saatler kendi saat diliminizde gösterilir: { $zone }
events-audience-etwinners = Tüm eTwinner’lar
events-audience-country = Bu ülkenin eTwinner’ları: { $country }
events-audience-group = Bir grubun üyeleri
events-audience-twinspace = Bir TwinSpace’in üyeleri
events-organising = Bu etkinliği siz düzenliyorsunuz.
events-registered = Kaydınız alındı.
events-waiting = Bekleme listesindesiniz ({ $position }. sıra).
events-state-live = Şimdi canlı
events-state-ended = Bu etkinlik sona erdi.
events-state-cancelled = Bu etkinlik iptal edildi.
events-places = Dolu yerler: { $taken } / { $capacity }
event_form-new_title = Etkinlik planla
event_form-edit_title = Etkinliği değiştir
event_form-title = Başlık
event_form-description = Açıklama
event_form-date = Tarih
event_form-time = Başlangıç saati
event_form-duration = Dakika cinsinden süre
event_form-space = Grup veya TwinSpace
event_form-speakers_hint = Gruplarınızın ve TwinSpace’lerinizin öğretmenleri arasından seçin.
event_form-no_speakers = Henüz seçilecek kimse yok.
event_form-create = Etkinliği planla
event_form-save = Değişiklikleri kaydet
event_form-created = “{ $title }” planlandı.
event_form-saved = “{ $title }” için değişiklikler kaydedildi.
event_form-start_past = Gelecekte bir başlangıç seçin.
event-title = Etkinlik
event-back = Tüm etkinlikler
event-when = Ne zaman
event-language = Dil
event-audience = Kimler kaydolabilir
event-organiser = Düzenleyen
event-speakers = Konuşmacılar
event-places = Yerler
event-no_speakers = Henüz konuşmacı belirtilmedi.
event-waiting_count = Bekleyen: { $waiting }
event-registration = Yeriniz
event-speaking = Bu etkinlikte konuşuyorsunuz.
event-full = Tüm yerler dolu: kaydolursanız bekleme listesine girersiniz.
event-register = Kaydol
event-unregister = Yerimi bırak
event-leave_waiting = Bekleme listesinden çık
event-unregister_confirm_title = “{ $title }” etkinliğinden ayrılınsın mı?
event-unregister_confirm = Sıranızı bekleme listesindeki bir sonraki kişi alır. Yeniden kaydolursanız beklemeniz gerekebilir.
event-unregistered = Kaydınız iptal edildi.
event-calendar = Takvimime ekle (.ics)
event-organiser_tools = Düzenleyen için
event-edit = Etkinliği değiştir
event-cancel = Etkinliği iptal et
event-keep = Etkinliği koru
event-cancel_confirm_title = “{ $title }” iptal edilsin mi?
event-cancel_confirm_lost = Artık kimse kaydolamaz ve herkes iptal edildiğini görür. Bu geri alınamaz. Kayıtlar ve sorular saklanır.
event-cancelled = Etkinlik iptal edildi.
event-registrants = Kayıtlar
event-waiting_list = Bekleme listesi
event-nobody = Henüz kimse yok.
event-attendance = Katılım
event-attendance_hint = Etkinlik canlıyken sayfasını kimin ve ne kadar süre takip ettiği.
event-attendance_none = Etkinliği canlı takip eden olmadı.
event-minutes = { $minutes } dk
qa-title = Sorular ve cevaplar
qa-empty = Henüz soru yok.
qa-closed = Sorular kapandı: etkinlik sona erdi.
qa-need_place = Soru sormak veya bir soruyu desteklemek için kaydolun.
qa-your_question = Sorunuz
qa-ask = Sor
qa-asked = Sorunuz gönderildi.
qa-upvote = Destekle
qa-upvoted = Desteklendi
qa-votes = Oylar: { $votes }
qa-by = Soran: { $name }
qa-by_gone = Soran: silinmiş bir hesap
qa-answer = Cevap: { $answer }
qa-state-picked = Şimdi cevaplanıyor
qa-state-answered = Cevaplandı
qa-state-hidden = Gizlendi
qa-pick = Seç
qa-unpick = Listeye geri koy
qa-hide = Gizle
qa-restore = Geri getir
qa-answer_label = Yazılı cevap (isteğe bağlı)
qa-mark_answered = Cevaplandı olarak işaretle
qa-gone = Artık bu soruları takip edemezsiniz.
audit-event-created = “{ $title }” etkinliğini planladı
audit-event-updated = “{ $title }” etkinliğini değiştirdi
audit-event-cancelled = “{ $title }” etkinliğini iptal etti
audit-event-question_moderated = “{ $title }” etkinliğinin bir sorusunu denetledi

## the live webinar (issue 22)
live-title = Canlı video
live-not_started = Canlı video henüz başlamadı.
live-ended = Canlı video sona erdi.
live-connecting = Canlı videoya bağlanılıyor…
live-need_place = Canlı videoyu yalnızca yeri olanlar izleyebilir.
live-watching_you = Canlı videoyu izliyorsunuz.
live-on_air = Canlı yayındasınız: herkes sizi görüyor ve duyuyor.
live-recording = Bu etkinlik kaydediliyor.
live-speaking = Konuşan: { $names }
live-nobody_speaking = Henüz kimse konuşmuyor.
live-watching = İzleyen: { $watching }
live-start = Canlı videoyu başlat
live-end = Canlı videoyu bitir
live-end_confirm_title = “{ $title }” canlı videosu bitirilsin mi?
live-end_confirm_lost = Video herkes için durur, konuşmacılar ve izleyiciler için. Etkinlik sürdükçe yeniden başlatabilirsiniz; sorular saklanır.
live-go_live = Canlı yayına geç
live-stop = Videomu durdur
live-hand_raised = Eliniz kalkık: bir moderatör sizi konuşmaya davet edebilir.
live-invited = Konuşmaya davet edildiniz: hazır olduğunuzda canlı yayına geçin.
live-returned = Yeniden izleyiciler arasındasınız.
live-hands = Kalkan eller
live-no_hands = Kalkan el yok.
live-promote = { $name } adlı kişiyi konuşmaya davet et
live-return = { $name } adlı kişiyi izleyicilere geri gönder
live-record_start = Kaydı başlat
live-record_stop = Kaydı durdur

## the event's recordings and seat (issue 22)
event-moved_up = Artık bir yeriniz var: bekleme listesinden yukarı çıktınız.
live-off_stage_returned = Bir moderatör sizi izleyicilere geri gönderdi.
live-off_stage_muted = Bu alanda sesiniz kapatıldı: yeniden izleyiciler arasındasınız.
live-off_stage_removed = Artık bu alanın üyesi değilsiniz: yeniden izleyiciler arasındasınız.
live-off_stage_unnamed = Artık bu etkinliğin konuşmacısı değilsiniz: yeniden izleyiciler arasındasınız.
recordings-title = Kayıtlar
recordings-processing = Bir kayıt işleniyor: hazır olduğunda burada listelenecek.
recordings-take = Kaydedildi: { $when } · { $length }
recordings-video = Video: { $speaker }
recordings-audio = Ses: { $speaker }
recordings-former_speaker = eski bir konuşmacı
