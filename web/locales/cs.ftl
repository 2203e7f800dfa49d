### TwinSpace Live: texty stránky v češtině.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Čeština

## app
app-name = TwinSpace Live
app-skip = Přejít na obsah
app-nav = Hlavní navigace
app-language = Jazyk
app-sign_out = Odhlásit se
app-signed_in_as = Přihlášený účet: { $name }
app-loading = Načítání…

## conn
conn-lost = Spojení bylo ztraceno. Připojování…
conn-back = Znovu připojeno.
conn-failed = Živé spojení bylo ukončeno. Načtěte stránku znovu a zkuste to ještě jednou.
conn-session_ended = Vaše přihlášení skončilo. Přihlaste se prosím znovu.
conn-account_locked = Tento účet už nelze používat. Přihlaste se znovu a zjistíte proč.
# Why the server closed the live connection: `conn-closed-<reason>`, one per reason code it sends
# (protocol/close_codes.py, CloseReason).
conn-closed-auth_missing = Živé spojení neobdrželo vaše přihlášení včas. Načtěte stránku znovu.
conn-closed-session_invalid = Vaše přihlášení už neplatí. Přihlaste se prosím znovu.
conn-closed-session_expired = Vaše přihlášení vypršelo. Přihlaste se prosím znovu.
conn-closed-signed_out = Došlo k odhlášení. Přihlaste se prosím znovu.
conn-closed-account_locked = Tento účet už nelze používat. Přihlaste se znovu a zjistíte proč.
conn-closed-too_many_connections = Tento účet má otevřeno příliš mnoho stránek najednou. Zavřete několik karet a pak tuto stránku načtěte znovu.
conn-closed-too_many_messages = Tato stránka odeslala příliš mnoho dat příliš rychle. Chvíli počkejte a pak ji načtěte znovu.
conn-closed-frame_too_large = Tato stránka odeslala něco příliš velkého. Načtěte stránku znovu a zkuste to ještě jednou.
conn-closed-idle_timeout = Živé spojení bylo příliš dlouho nečinné, a proto bylo ukončeno. Připojování…
conn-closed-slow_consumer = Živé spojení nestíhalo. Připojování…
conn-closed-server_restarting = Server se restartuje. Za okamžik proběhne nové připojení…
conn-closed-server_shutting_down = Server vašeho připojení se zastavuje. Připojování…
conn-closed-unavailable = Server je vytížený. Za okamžik proběhne nové připojení…
conn-closed-internal = Na serveru se něco pokazilo. Za okamžik proběhne nové připojení…

## login
login-title = Přihlášení
login-intro = Učitelé a hosté se přihlašují e-mailovou adresou. Žáci používají uživatelské jméno a kód, které jim dal jejich učitel.
login-teacher = Učitelé a hosté
login-pupil = Žáci
login-email = E-mailová adresa
login-password = Heslo
login-username = Uživatelské jméno
login-code = Kód
login-submit = Přihlásit se
login-pupil_submit = Přihlásit se kódem
login-forgot = Zapomenuté heslo?
login-register = Ještě nemáte účet? Vytvořte si účet eTwinnera
login-pupil_forgot = Zapomenutý kód? Požádejte svého učitele o nový.

## invite
invite-title = Připojit se k TwinSpace jako host
invite-intro = Máte pozvánku do TwinSpace. Zvolte, jak vás uvidí ostatní, a nastavte si heslo.
invite-display_name = Vaše jméno
invite-submit = Přijmout pozvánku
invite-checking = Ověřování pozvánky…
invite-for_space = Máte pozvánku do „{ $title }“.
invite-unknown = Tento odkaz s pozvánkou neznáme. Zkontrolujte, zda byl zkopírován celý, nebo požádejte učitele, který ho poslal, o nový.
invite-expired = Platnost tohoto odkazu s pozvánkou vypršela. Požádejte učitele, který ho poslal, o nový.
invite-used_up = Tento odkaz s pozvánkou už byl použit tolikrát, kolikrát to bylo možné. Požádejte učitele, který ho poslal, o nový.
invite-revoked = Tento odkaz s pozvánkou byl učitelem zrušen.
invite-closed = Prostor této pozvánky je uzavřený.

## spaces
spaces-title = Moje prostory
spaces-empty = Zatím nepatříte do žádného prostoru.
spaces-create = Vytvořit prostor
spaces-kind = Druh
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Místnost
spaces-kind-group = Skupina
spaces-space_title = Název
spaces-description = Popis (nepovinný)
spaces-create_submit = Vytvořit
spaces-created = Prostor „{ $title }“ byl vytvořen.
spaces-my_role = Vaše role: { $role }
spaces-archived = archivovaný

## space
space-back = Zpět na moje prostory
space-sections = Části tohoto prostoru
space-members = Členové
space-online_count =
    { $count ->
        [one] { $count } online
        [few] { $count } online
        [many] { $count } online
       *[other] { $count } online
    }
space-online = online
space-offline = offline
space-you = (vy)
space-refreshed = Seznam byl aktualizován.
space-gone = Tento prostor už pro vás není dostupný.

## chat
chat-title = Chat
chat-empty = Zatím žádné zprávy.
chat-message = Zpráva
chat-send = Odeslat
chat-pending = (čeká na učitele)
chat-typing = { $name } píše…
chat-teachers_tab = Nástěnka učitelů
chat-teachers_title = Nástěnka učitelů
chat-session_title = Chat videohovoru
chat-older = Zobrazit starší zprávy
chat-new_messages = Nové zprávy
chat-mention_list = Členové, které můžete zmínit
chat-mention_hint = Napište @ a jméno a zmíníte člena prostoru.
chat-hidden = (skryto učitelem)
chat-deleted = (smazáno)
chat-rejected = (nezveřejněno učitelem)
chat-edited = (upraveno)
chat-mentions_you = vás zmiňuje
chat-edit = Upravit
chat-edit_label = Upravit zprávu
chat-save = Uložit
chat-cancel = Zrušit
chat-delete = Smazat
chat-delete_confirm = Ano, smazat
chat-hide = Skrýt
chat-restore = Obnovit
chat-approve = Schválit
chat-reject = Zamítnout
chat-report = Nahlásit
chat-reported = Děkujeme. Učitelé se na tuto zprávu podívají.
chat-mute = Zakázat psaní
chat-mute_question = Zakázat psaní: { $name }?
chat-mute_for = Jak dlouho nebude moci psát { $name }
chat-minutes =
    { $count ->
        [one] { $count } minuta
        [few] { $count } minuty
        [many] { $count } minuty
       *[other] { $count } minut
    }
chat-mute_confirm = Zakázat teď
chat-muted_other = { $name } nemůže psát do { $time }.
chat-muted_you = Učitel vám pozastavil psaní do { $time }. Chat můžete dál číst.
chat-unmuted_you = Do chatu můžete znovu psát.
chat-gone = Tento chat už pro vás není dostupný.

## role
role-founder = Zakladatel
role-admin = Správce
role-teacher = Učitel
role-pupil_admin = Žák-správce
role-pupil = Žák
role-guest = Host

## error
error-bad_credentials = Přihlašovací údaje nejsou správné. Zkontrolujte je a zkuste to znovu.
error-rate_limited = Příliš mnoho pokusů. Chvíli počkejte a zkuste to znovu.
error-invalid = Některá pole nejsou vyplněna správně.
error-not_found = Tato stránka neexistuje, nebo ji nemůžete zobrazit.
error-forbidden = K této akci nemáte oprávnění.
error-gone = Tohle už neexistuje nebo už nefunguje.
error-conflict = Toto je v rozporu s něčím, co už existuje.
error-gone-revoked = Tento odkaz s pozvánkou už nefunguje: učitelé prostoru ho zrušili.
error-gone-expired = Tento odkaz s pozvánkou už nefunguje: jeho platnost vypršela.
error-gone-used_up = Tento odkaz s pozvánkou už nefunguje: byl použit tolikrát, kolikrát to bylo možné.
error-conflict-name_taken = „{ $name }“ tu už je. Zvolte jiný název.
error-conflict-in_trash = „{ $name }“ je v koši: nejdřív to obnovte.
error-conflict-not_in_trash = „{ $name }“ není v koši.
error-conflict-parent_in_trash = „{ $name }“ je ve složce, která je teď v koši: nejdřív obnovte tuto složku.
error-conflict-folder_not_empty = Složka „{ $name }“ není prázdná: nejdřív přesuňte její obsah do koše.
error-conflict-wrong_status = Stav tohoto účtu ({ $status }) to neumožňuje.
error-unauthenticated = Přihlaste se prosím.
error-network = Server není dostupný. Zkontrolujte připojení a zkuste to znovu.
error-generic = Něco se pokazilo. Zkuste to prosím znovu.
error-too_large = Toto je příliš velké.
error-quota_exceeded = V tomto prostoru už nezbývá dost místa.
error-unsupported = Server tento druh požadavku nepodporuje.
error-aborted = Nahrávání bylo přerušeno.
error-rate_limited_wait = Příliš mnoho pokusů. Zkuste to znovu { $wait }.
error-fields = Některá pole vyžadují vaši pozornost: přečtěte si zprávu pod každým z nich.
error-account_rejected = Tato registrace nebyla přijata národním správcem vaší země, proto se k tomuto účtu nelze přihlásit. Pokud si myslíte, že jde o omyl, obraťte se na Národní podpůrné středisko eTwinning ve vaší zemi.
error-account_suspended = Tento účet byl pozastaven národním správcem vaší země: zatím se k němu nelze přihlásit. Chcete-li zjistit proč nebo požádat o jeho obnovení, obraťte se na Národní podpůrné středisko eTwinning ve vaší zemi.
error-malformed = Stránka odeslala něco, co server nedokázal přečíst. Načtěte stránku znovu a zkuste to ještě jednou.
error-csrf = Bezpečnostní kontrola stránky selhala. Načtěte stránku znovu a zkuste to ještě jednou.
error-limit_exceeded = Tím by byl překročen limit nastavený pro tento prostor.
error-unavailable = Server je vytížený nebo některá jeho část neodpovídá. Zkuste to prosím za chvíli znovu.
error-internal = Na serveru se něco pokazilo. Zkuste to prosím později.
error-insufficient_storage = Na serveru už není místo pro soubory. Nic nebylo uloženo; informujte prosím kontaktní osobu pro eTwinning ve vaší škole.
error-request_timeout = Odesílání trvalo příliš dlouho a bylo zastaveno. Zkontrolujte připojení a zkuste to znovu.
error-conflict-not_a_guest = Tato e-mailová adresa patří k účtu eTwinning. Učitele zvou správci prostoru, ne odkaz pro hosty.

## notice
# What a pupil (or any member) is told about their own post or account. The server sends only the
# event's name (protocol/events.py, notice channel): `notice-<event>`, its dots as dashes.
notice-post-pending = Děkujeme! Učitel si váš příspěvek přečte dřív, než ho uvidí všichni.
notice-post-approved = Učitel si váš příspěvek přečetl. Teď ho vidí všichni v projektu.
notice-post-rejected = Učitel se rozhodl váš příspěvek nezobrazit. Můžete se svého učitele zeptat proč.
notice-post-hidden = Učitel váš příspěvek zatím skryl. Můžete se svého učitele zeptat proč.
notice-post-restored = Učitel váš příspěvek znovu zobrazil. Teď ho vidí všichni.
notice-post-purged = Učitel váš příspěvek odstranil.
notice-member-muted = Projekt můžete číst, ale chvíli do něj nemůžete psát.
notice-member-unmuted = Do projektu můžete znovu psát.
notice-chat-mention = { $name } vás zmiňuje v chatu.

## video
video-section = Video
video-open_sessions = Probíhající videohovory
video-none = Žádný videohovor neprobíhá.
video-start_title = Zahájit videohovor
video-title = Název (nepovinný)
video-lobby = Žáci čekají v čekárně, dokud je učitel nepustí dovnitř
video-start = Zahájit
video-join_named = Připojit se k „{ $title }“
video-nobody_in_call = Zatím nikdo není v hovoru
video-people_in_call =
    { $count ->
        [one] { $count } osoba v hovoru
        [few] { $count } osoby v hovoru
        [many] { $count } osoby v hovoru
       *[other] { $count } osob v hovoru
    }
video-locked = (zamčeno)
video-back = Zpět do prostoru
video-participants = Účastníci
video-my_controls = Váš mikrofon a kamera
video-chat = Chat videohovoru
video-starting_media = Spouštění kamery a mikrofonu…
video-in_call = Jste v hovoru.
video-waiting_in_lobby = Jste v čekárně. Učitel vás brzy pustí dovnitř.
video-no_media = Nepodařilo se použít žádnou kameru ani mikrofon: ostatní ale můžete dál vidět a slyšet.
video-partial_media = Kameru a mikrofon se podařilo použít jen zčásti.
video-enable_sound = Zapnout zvuk
video-mic_on = Mikrofon zapnutý
video-mic_off = Mikrofon vypnutý
video-mic_forced = Ztlumeno učitelem
video-camera_on = Kamera zapnutá
video-camera_off = Kamera vypnutá
video-hand_raised = Zvednutá ruka
video-mute_me = Vypnout můj mikrofon
video-unmute_me = Zapnout můj mikrofon
video-camera_stop = Vypnout mou kameru
video-camera_start = Zapnout mou kameru
video-hand_raise = Zvednout ruku
video-hand_lower = Dát ruku dolů
video-leave = Odejít
video-you_are_muted = Učitel vám ztlumil mikrofon. Zapnout ho můžete, až to učitel dovolí.
video-muted_by_teacher = Učitel vám ztlumil mikrofon.
video-unmute_allowed = Učitel vám znovu dovoluje zapnout mikrofon.
video-mute_other = Ztlumit
video-mute_named = Ztlumit: { $name }
video-allow_unmute = Povolit mikrofon
video-allow_unmute_named = Povolit mikrofon: { $name }
video-remove = Odebrat
video-remove_named = Odebrat z videohovoru: { $name }
video-lobby_title = Čekárna
video-lobby_empty = Nikdo nečeká.
video-admit = Pustit dovnitř
video-admit_named = Pustit dovnitř: { $name }
video-deny = Nepustit
video-deny_named = Nepustit: { $name }
video-manage = Tento videohovor
video-is_open = Otevřený: členové se mohou připojit.
video-is_locked = Zamčený: připojit se mohou jen učitelé.
video-lock = Zamknout videohovor
video-end = Ukončit videohovor pro všechny
video-ended = Videohovor skončil.
video-ended_space_archived = Videohovor skončil: jeho prostor byl archivován.
video-ended_space_deleted = Videohovor skončil: jeho prostor byl smazán.
video-ended_empty = Videohovor skončil: nějakou dobu v něm nikdo nebyl.
video-no_teacher_yet = V tomto videohovoru zatím není žádný učitel, takže vás nikdo nemůže pustit dovnitř. Můžete počkat tady, nebo odejít.
video-leave_lobby = Odejít z čekárny
video-removed = Učitel vás z videohovoru odebral.
video-denied = Učitel vás do tohoto videohovoru nepustil.
video-left = Už nejste ve videohovoru.
video-full = Tento videohovor je plný.
video-refused = K tomuto videohovoru se nemůžete připojit.
video-signal_refused = Server odmítl data, která poslal váš prohlížeč. Zkuste odejít a znovu se připojit.
video-sfu_moving = Videohovor se rozrostl: hovor se přesouvá na školní mediální server…
video-sfu_unreachable = Školní mediální server není dostupný. Nový pokus…
video-sfu_no_seat = Všechna místa pro kamery v tomto videohovoru jsou obsazená: ostatní vidíte a slyšíte, ale oni vás nevidí ani neslyší.
video-sfu_not_sent = Vaši kameru a mikrofon se nepodařilo přenést. Ostatní dál vidíte a slyšíte.

## forum
forum-title = Fórum
forum-threads = Vlákna
forum-posts = Příspěvky
forum-areas = Části fóra
forum-area-open = Otevřené fórum
forum-area-teachers = Nástěnka učitelů
forum-empty = Zatím žádná vlákna.
forum-thread_meta =
    { $count ->
        [one] { $author } · { $count } příspěvek · { $when }
        [few] { $author } · { $count } příspěvky · { $when }
        [many] { $author } · { $count } příspěvku · { $when }
       *[other] { $author } · { $count } příspěvků · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } nový
        [few] { $count } nové
        [many] { $count } nového
       *[other] { $count } nových
    }
forum-pinned = připnuto
forum-locked = zamčeno
forum-new_thread = Založit vlákno
forum-new_bulletin = Založit vlákno na Nástěnce učitelů
forum-thread_title = Název vlákna
forum-first_post = První příspěvek
forum-start = Založit vlákno
forum-thread_started = Vlákno bylo založeno.
forum-thread_held = Děkujeme! Učitel si tvoje vlákno přečte dřív, než ho uvidí všichni.
forum-back = Zpět na vlákna
forum-reply_label = Vaše odpověď
forum-send = Odeslat odpověď
forum-no_reply = V tomto vlákně nemůžete odpovídat.
forum-held = Děkujeme! Učitel si tvůj příspěvek přečte dřív, než ho uvidí všichni.
forum-edited = (upraveno)
forum-edit = Upravit
forum-edit_label = Upravit příspěvek
forum-save = Uložit
forum-saved = Váš příspěvek byl změněn.
forum-cancel = Zrušit
forum-delete = Smazat
forum-deleted = Příspěvek byl smazán.
forum-report = Nahlásit
forum-report_reason = Co je s tímto příspěvkem v nepořádku? (nepovinné)
forum-report_send = Odeslat nahlášení
forum-reported = Děkujeme. Učitelé byli upozorněni.
forum-hide = Skrýt
forum-restore = Obnovit
forum-approve = Schválit
forum-reject = Zamítnout
forum-done-hide = Příspěvek je před třídou skrytý.
forum-done-restore = Příspěvek je znovu vidět.
forum-done-approve = Příspěvek je schválený: vidí ho všichni.
forum-done-reject = Příspěvek je zamítnutý: vidí ho jen jeho autor.
forum-state-pending = čeká na učitele
forum-state-hidden = skryto
forum-state-rejected = nezveřejněno
forum-state-deleted = smazáno
forum-pin = Připnout
forum-unpin = Odepnout
forum-lock = Zamknout
forum-unlock = Odemknout
forum-thread_changed = Vlákno bylo změněno.
forum-thread_gone = Toto vlákno už pro vás není dostupné.
forum-moderation = Moderování
forum-queue = Čeká na schválení
forum-queue_empty = Žádný příspěvek nečeká.
forum-reports = Nahlášení
forum-reports_empty = Žádná otevřená nahlášení.
forum-reported_by = nahlášení: { $name }
forum-report_said = Důvod: { $reason }
forum-resolve = Uzavřít nahlášení
forum-resolved = Nahlášení je uzavřené.

## reactions
reaction-bar = Reakce
reaction-add = Přidat reakci
reaction-picker = Vyberte reakci
reaction-count =
    { $count ->
        [one] { $name }: { $count } osoba
        [few] { $name }: { $count } osoby
        [many] { $name }: { $count } osoby
       *[other] { $name }: { $count } osob
    }
reaction-thumbs_up = Palec nahoru
reaction-heart = Srdce
reaction-clap = Bravo
reaction-laugh = Vtipné
reaction-idea = Dobrý nápad
reaction-question = Mám otázku

## archive
archive-title = Soubory
archive-usage = Využito { $used } z { $quota }
archive-where = Složka
archive-top = Všechny soubory
archive-empty = Tato složka je prázdná.
archive-contents = Složky a soubory
archive-name = Název
archive-size = Velikost
archive-by = Kdo přidal
archive-when = Změněno
archive-actions = Akce
archive-former_member = bývalý člen
archive-choose = Vybrat soubor
archive-upload = Nahrát
archive-progress = Průběh nahrávání
archive-uploading = Nahrávání souboru { $name }: { $percent }
archive-uploaded = Soubor „{ $name }“ byl nahrán.
archive-too_large = Tento soubor je příliš velký: soubor může mít nejvýše { $max }.
archive-quota = V souborech tohoto prostoru nezbývá dost místa (volné: { $free }). Požádejte učitele o odstranění starých souborů.
archive-new_folder = Nová složka
archive-create_folder = Vytvořit složku
archive-folder_created = Složka „{ $name }“ byla vytvořena.
archive-download = Stáhnout
archive-download_named = Stáhnout { $name }
archive-rename = Přejmenovat
archive-rename_named = Přejmenovat { $name }
archive-new_name = Nový název
archive-save = Uložit
archive-cancel = Zrušit
archive-renamed = Přejmenováno na „{ $name }“.
archive-trash = Přesunout do koše
archive-trash_named = Přesunout do koše: { $name }
archive-trashed = „{ $name }“ je v koši.
archive-show_trash = Koš
archive-trash_empty = Koš je prázdný.
archive-restore = Obnovit
archive-restore_named = Obnovit { $name }
archive-restored = Položka „{ $name }“ je zpět.
archive-purge = Trvale smazat
archive-purge_named = Trvale smazat { $name }
archive-purged = Položka „{ $name }“ byla trvale smazána.
archive-choose_first = Vyberte soubor, který chcete nahrát.
archive-no_file = Zatím není vybrán žádný soubor.
archive-name_taken = Položka s tímto názvem tu už je. Zvolte jiný název.

## unit
unit-b = B
unit-kb = kB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Vyplňte toto pole.
field-unknown = Toto pole sem nepatří.
field-type = Tato hodnota nemá správný typ.
field-blank = Napište sem něco: samotné mezery se nepočítají.
field-too_short =
    { $count ->
        [one] Napište alespoň { $min } znak.
        [few] Napište alespoň { $min } znaky.
        [many] Napište alespoň { $min } znaku.
       *[other] Napište alespoň { $min } znaků.
    }
field-too_long =
    { $count ->
        [one] Napište nejvýše { $max } znak.
        [few] Napište nejvýše { $max } znaky.
        [many] Napište nejvýše { $max } znaku.
       *[other] Napište nejvýše { $max } znaků.
    }
field-too_small = Zadejte alespoň { $min }.
field-too_large = Zadejte nejvýše { $max }.
field-format = Hodnota nemá očekávaný tvar.
field-choice = Vyberte jednu z nabízených možností.
field-invalid = Tato hodnota není přijatelná.

## confirm
confirm-cancel = Zrušit
confirm-trash_file = Přesunout „{ $name }“ do koše?
confirm-trash_file_lost = Členové tento soubor už neuvidí. Učitel ho může z koše obnovit.
confirm-trash_folder = Přesunout složku „{ $name }“ do koše?
confirm-trash_folder_lost = Členové už neuvidí tuto složku ani nic, co obsahuje. Učitel ji může z koše obnovit.
confirm-purge = Trvale smazat „{ $name }“?
confirm-purge_lost = Zmizí to pro všechny a nepůjde to obnovit.
confirm-delete_post = Smazat tento příspěvek?
confirm-delete_post_lost = Jeho text zmizí pro všechny. Tuto akci nelze vrátit zpět.
confirm-delete_message = Smazat tuto zprávu?
confirm-delete_message_lost = Její text zmizí pro všechny. Tuto akci nelze vrátit zpět.
confirm-end_session = Ukončit videohovor pro všechny?
confirm-end_session_lost = Všichni hned opustí hovor a videohovor už nepůjde znovu otevřít.
confirm-remove_participant = Odebrat z videohovoru: { $name }?
confirm-remove_participant_lost = { $name } hned opustí hovor a do tohoto videohovoru se už nebude moci vrátit.
confirm-deny = Nepustit dovnitř: { $name }?
confirm-deny_lost = { $name } se do tohoto videohovoru nedostane.

## page
page-not_found = Stránka nenalezena
page-not_found_text = Na této adrese žádná stránka není.
page-go_spaces = Přejít na moje prostory
page-go_sign_in = Přejít na přihlášení

## form
form-required = Vyplňte toto pole.
form-email_format = Napište e-mailovou adresu, například jmeno@skola.eu.
form-password_short = Použijte alespoň 10 znaků.
form-password_long = Použijte nejvýše 200 znaků.
form-password_mismatch = Hesla nejsou stejná.
form-password_hint = Alespoň 10 znaků. Dobře poslouží několik slov, která si zapamatujete.
form-check_fields = Zkontrolujte prosím pole označená výše.
form-field_invalid = Tato hodnota není přijatelná.

## register
register-title = Vytvořit účet eTwinnera
register-intro = Pro učitele. Národní správce vaší země ověří, že učíte ve škole, a pak váš účet schválí. Žáci se neregistrují: účet jim vytvoří jejich učitel.
register-name = Vaše jméno
register-school = Škola
register-country = Země
register-country_choose = Vyberte svou zemi
register-submit = Vytvořit můj účet
register-email_taken = Účet s touto e-mailovou adresou už existuje. Přihlaste se, nebo si vyžádejte nové heslo.
register-have_account = Už máte účet? Přihlaste se

## pending
pending-title = Váš účet čeká na schválení
pending-who_heading = Kdo ho schvaluje
pending-who = Národní správce vaší země ({ $country }) ověří, že učíte v uvedené škole, a pak váš účet schválí.
pending-next_heading = Co bude dál
pending-next_validate = Po schválení účtu patříte mezi eTwinnery: můžete vytvářet prostory, dostávat pozvánky do projektů a zakládat účty svým žákům. Změnu uvidíte po novém přihlášení nebo po stisknutí „Zkontrolovat znovu“.
pending-next_reject = Pokud národní správce vaši registraci nepřijme, dozvíte se to při přihlášení.
pending-next_meanwhile = Do té doby můžete v části „Můj účet“ změnit své jméno a heslo.
pending-check = Zkontrolovat znovu
pending-still = Váš účet stále čeká na schválení.
pending-count =
    { $count ->
        [one] { $count } čeká na moderování
        [few] { $count } čekají na moderování
        [many] { $count } čeká na moderování
       *[other] { $count } čeká na moderování
    }

## forgot
forgot-title = Zapomenuté heslo?
forgot-intro = Napište e-mailovou adresu svého účtu. Pošleme na ni odkaz pro nastavení nového hesla.
forgot-submit = Poslat odkaz
forgot-sent = Pokud k této adrese existuje účet, odkaz je na cestě. Funguje jednou a jen po omezenou dobu. Podívejte se i do složky se spamem.
forgot-pupils = Žáci: tady nemáte e-mailovou adresu. Požádejte učitele o nový kód.
forgot-back = Zpět na přihlášení

## reset
reset-title = Nastavit nové heslo
reset-intro = Nastavením nového hesla se odhlásíte na všech ostatních zařízeních.
reset-password = Nové heslo
reset-confirm = Nové heslo znovu
reset-submit = Uložit nové heslo
reset-gone = Platnost tohoto odkazu vypršela, nebo už byl použit. Vyžádejte si nový.
reset-done = Vaše heslo bylo změněno. Přihlaste se novým heslem.
reset-ask_again = Vyžádat nový odkaz

## account
account-title = Můj účet
account-signed_in_with = Přihlašujete se adresou { $email }.
account-name_heading = Vaše jméno
account-name = Jméno viditelné pro ostatní
account-save_name = Uložit jméno
account-name_saved = Vaše jméno bylo uloženo.
account-pupil_note = Toto jméno vybírá a spravuje váš učitel. Pokud je potřeba ho změnit, požádejte učitele.
account-password_heading = Vaše heslo
account-password_intro = Změnou hesla se odhlásíte na ostatních zařízeních; tady přihlášení zůstane platné.
account-current_password = Současné heslo
account-new_password = Nové heslo
account-confirm_password = Nové heslo znovu
account-save_password = Změnit heslo
account-password_saved = Vaše heslo bylo změněno.
account-current_wrong = Toto není vaše současné heslo.
account-everywhere_heading = Odhlásit se všude
account-everywhere_intro = Ukončí přihlášení na všech zařízeních a ve všech prohlížečích, včetně tohoto: ztracený telefon nebo sdílený počítač už váš účet neotevře.
account-everywhere = Odhlásit se všude…
account-everywhere_question = Odhlásit se na všech zařízeních včetně tohoto? Otevřené stránky se hned zavřou a vše, co v nich ještě nebylo odesláno, se ztratí.
account-everywhere_confirm = Ano, odhlásit se všude
account-everywhere_done = Odhlášení proběhlo na všech zařízeních.
account-cancel = Zrušit

## admin
admin-nav = Konzole schvalování
admin-title = Konzole národního správce
admin-country = Země: { $country }
admin-only_national_admins = Tato stránka je určena národním správcům.
admin-pending_heading = Učitelé čekající na schválení
admin-pending_count =
    { $count ->
        [one] Čeká { $count } osoba.
        [few] Čekají { $count } osoby.
        [many] Čeká { $count } osoby.
       *[other] Čeká { $count } osob.
    }
admin-pending_none = Na schválení nikdo nečeká.
admin-select_all = Vybrat vše
admin-select_first = Nejdřív vyberte alespoň jednu osobu.
admin-validate_selected = Schválit vybrané
admin-reject_selected = Zamítnout vybrané…
admin-validated =
    { $count ->
        [one] Byl schválen { $count } účet.
        [few] Byly schváleny { $count } účty.
        [many] Bylo schváleno { $count } účtu.
       *[other] Bylo schváleno { $count } účtů.
    }
admin-rejected =
    { $count ->
        [one] Byla zamítnuta { $count } registrace.
        [few] Byly zamítnuty { $count } registrace.
        [many] Bylo zamítnuto { $count } registrace.
       *[other] Bylo zamítnuto { $count } registrací.
    }
admin-reject_question =
    { $count ->
        [one] Zamítnout registraci: { $names }? Tato osoba se nebude moci přihlásit a tento krok nelze vrátit zpět.
        [few] Zamítnout tyto { $count } registrace ({ $names })? Tyto osoby se nebudou moci přihlásit a tento krok nelze vrátit zpět.
        [many] Zamítnout { $count } registrace ({ $names })? Tyto osoby se nebudou moci přihlásit a tento krok nelze vrátit zpět.
       *[other] Zamítnout těchto { $count } registrací ({ $names })? Tyto osoby se nebudou moci přihlásit a tento krok nelze vrátit zpět.
    }
admin-reject_reason = Důvod zamítnutí
admin-reject_heading = Zamítnutí registrací
admin-suspend_heading = Pozastavení účtu
admin-reinstate_heading = Obnovení účtu
admin-reject_reason_hint = Uloží se do protokolu činností spolu s vaším jménem.
admin-reject_confirm =
    { $count ->
        [one] Zamítnout { $count } registraci
        [few] Zamítnout { $count } registrace
        [many] Zamítnout { $count } registrace
       *[other] Zamítnout { $count } registrací
    }
admin-failed_one = { $name }: { $why }
admin-school = Škola: { $school }
admin-registered = Registrace: { $date }
admin-search_heading = Najít účet
admin-search_label = Jméno, e-mailová adresa nebo škola
admin-search_hint = Jen účty z vaší země. Necháte-li pole prázdné, zobrazí se všechny, od nejnovějších.
admin-search = Hledat
admin-showing = { $from }–{ $to } z { $total }
admin-no_match = Žádný účet neodpovídá.
admin-previous = Předchozí stránka
admin-next = Další stránka
admin-suspend = Pozastavit…
admin-suspend_named = Pozastavit: { $name }…
admin-suspend_question = Pozastavit účet: { $name }? Tato osoba bude hned všude odhlášena, její otevřené stránky se zavřou a nebude se moci přihlásit, dokud účet neobnovíte.
admin-suspend_reason = Důvod pozastavení
admin-suspend_confirm = Ano, pozastavit
admin-suspend_done = Účet je pozastaven: { $name }.
admin-reinstate = Obnovit…
admin-reinstate_named = Obnovit: { $name }…
admin-reinstate_question = Obnovit účet: { $name }? Tato osoba se bude moci znovu přihlásit.
admin-reinstate_reason = Důvod (nepovinný)
admin-reinstate_confirm = Obnovit
admin-reinstate_done = Účet je obnoven: { $name }.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Pro potvrzení napište název prostoru: { $text }

## status
status-active = aktivní
status-pending = čeká na schválení
status-suspended = pozastavený
status-rejected = zamítnutý
status-erased = vymazaný

## names
names-marked = { $name } ({ $mark })

## members
members-username = uživatelské jméno { $username }
members-role_of = Role: { $name }
members-change_role = Změnit roli
members-role_question = { $name }: změnit roli z „{ $from }“ na „{ $to }“?
members-role_consequence = { $name } může od teď dělat to, co dovoluje role „{ $to }“, a to hned na všech zařízeních.
members-role_confirm = Změnit roli
members-role_changed = { $name } má teď roli „{ $role }“.
members-reset_code = Nový kód
members-reset_question = Vytvořit nový přihlašovací kód pro: { $name }?
members-reset_consequence = Starý kód okamžitě přestane fungovat a účet žáka se všude odhlásí. Novou kartičku předáváte vy.
members-reset_confirm = Vytvořit nový kód
members-reset_done = { $name } má nový kód: předejte novou kartičku níže.
members-export = Exportovat data
members-remove = Odebrat
members-remove_question = Odebrat z tohoto prostoru: { $name }?
members-remove_consequence = { $name } hned ztratí přístup k tomuto prostoru na všech zařízeních.
members-remove_pupil_kept = Účet, příspěvky a soubory žáka zůstávají; účet můžete později znovu přidat.
members-remove_kept = Příspěvky a soubory této osoby v prostoru zůstávají.
members-remove_confirm = Odebrat
members-removed = Odebráno z prostoru: { $name }.
members-erase = Vymazat účet
members-leave = Opustit tento prostor
members-leave_question = Opustit „{ $title }“?
members-leave_consequence = Hned ztratíte přístup k jeho fórům, souborům, chatu a videu. Vrátit vás může jen učitel s rolí správce.
members-leave_kept = Vaše příspěvky a nahrané soubory v prostoru zůstávají.
members-leave_confirm = Opustit prostor
members-left = Už nejste v prostoru „{ $title }“.

## erase
erase-question = Vymazat účet: { $name }?
erase-account_gone = Jméno, uživatelské jméno a kód žáka budou trvale smazány.
erase-signed_out = Účet se hned odhlásí a už nikdy se k němu nepůjde přihlásit.
erase-no_undo = Tuto akci nelze vrátit zpět.
erase-export_first = Pokud by žák nebo jeho rodina mohli chtít kopii, nejdřív exportujte data.
erase-posts = Příspěvky a zprávy žáka v chatu
erase-posts_keep = Ponechat je s podpisem „bývalý žák“
erase-posts_remove = Trvale je odstranit
erase-files = Soubory žáka
erase-files_keep = Ponechat je jako soubory „bývalého žáka“
erase-files_remove = Trvale je odstranit
erase-confirm = Vymazat účet
erase-done = Účet byl vymazán: { $name }.

## invite_teacher
invite_teacher-title = Pozvat partnerského učitele
invite_teacher-by_email = Podle e-mailové adresy
invite_teacher-role = Role
invite_teacher-submit = Pozvat
invite_teacher-done = { $name } má teď v tomto prostoru roli „{ $role }“.
invite_teacher-not_etwinner = Žádný schválený eTwinner nemá tuto adresu, nebo tuto roli nemůžete přidělit.
invite_teacher-find = Najít eTwinnera
invite_teacher-query = Jméno, škola nebo země
invite_teacher-search = Hledat
invite_teacher-results = Nalezení eTwinneři
invite_teacher-none = Žádný eTwinner nebyl nalezen.
invite_teacher-more = Další výsledky
invite_teacher-member = Už je v tomto prostoru
invite_teacher-invite = Pozvat
invite_teacher-role_for = Role pro: { $name }

## pupils
pupils-title = Přidat žáky
pupils-one_title = Jeden žák
pupils-name = Jméno žáka
pupils-add_one = Přidat žáka
pupils-class_title = Celá třída
pupils-class_names = Jména žáků
pupils-class_help = Jedno jméno na řádek, tak jak mají žáky vidět ostatní.
pupils-add_class = Přidat třídu
pupils-class_empty = Napište alespoň jedno jméno.
pupils-language = Jazyk stránky pro tyto žáky
pupils-language_help = Po přihlášení uvidí TwinSpace Live v tomto jazyce. Každý žák si ho může později změnit.
pupils-line_errors = Řádky k opravě
pupils-line_error = Řádek { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } řádek je potřeba opravit; nic nebylo vytvořeno.
        [few] { $count } řádky je potřeba opravit; nic nebylo vytvořeno.
        [many] { $count } řádku je potřeba opravit; nic nebylo vytvořeno.
       *[other] { $count } řádků je potřeba opravit; nic nebylo vytvořeno.
    }
pupils-created =
    { $count ->
        [one] Byl přidán { $count } žák.
        [few] Byli přidáni { $count } žáci.
        [many] Bylo přidáno { $count } žáka.
       *[other] Bylo přidáno { $count } žáků.
    }

## cards
cards-title = Přihlašovací kartičky
cards-once = Tyto kódy se zobrazují jen teď. Než stránku opustíte, kartičky vytiskněte nebo si kódy poznamenejte.
cards-site = Přihlášení na adrese
cards-print = Vytisknout kartičky
cards-done = Hotovo: skrýt kódy

## links
links-tab = Odkazy pro hosty
links-intro = Odkaz pro hosty umožní odborníkovi nebo pozorovateli připojit se k tomuto TwinSpace jako host. Použít ho může kdokoli, kdo ho má, dokud nevyprší jeho platnost nebo nebude vyčerpán.
links-create_title = Nový odkaz pro hosty
links-valid_for = Platnost
links-days =
    { $count ->
        [one] { $count } den
        [few] { $count } dny
        [many] { $count } dne
       *[other] { $count } dní
    }
links-uses = Počet použití
links-note = Poznámka (pro koho je)
links-create = Vytvořit odkaz
links-new = Nový odkaz
links-once = Zkopírujte si ho teď: zobrazí se jen jednou.
links-copy = Kopírovat
links-copied = Odkaz byl zkopírován.
links-select_copy = Odkaz je označený: zkopírujte ho stisknutím Ctrl+C (⌘+C).
links-live = Aktivní odkazy
links-empty = Žádný odkaz pro hosty není aktivní.
links-untitled = Odkaz pro hosty
links-used =
    { $count ->
        [one] použito { $used } z { $count }
        [few] použito { $used } z { $count }
        [many] použito { $used } z { $count }
       *[other] použito { $used } z { $count }
    }
links-until = do { $time }
links-revoke = Zneplatnit
links-revoke_question = Zneplatnit tento odkaz pro hosty?
links-revoke_consequence = Už se přes něj nikdo nepřipojí.
links-revoke_kept = Hosté, kteří se přes něj připojili, zůstávají členy.
links-revoked = Odkaz byl zneplatněn.

## settings
settings-tab = Nastavení
settings-space = Prostor
settings-pupils = Žáci
settings-premoderate_pupils = Zadržet příspěvky žáků, dokud je neschválí učitel
settings-pupils_may_create_threads = Žáci mohou zakládat vlákna
settings-pupils_may_upload = Žáci mohou nahrávat soubory
settings-save = Uložit
settings-saved = Nastavení bylo uloženo.
settings-archive_title = Archivace
settings-archive_text = Archivovaný prostor zůstává členům ke čtení, ale nikdo v něm nemůže přispívat, nahrávat ani zahájit videohovor.
settings-archive = Archivovat tento prostor
settings-archive_question = Archivovat „{ $title }“?
settings-archive_read_only = Nikdo už nebude moci přispívat, nahrávat ani nic měnit.
settings-archive_video = Probíhající videohovory hned skončí.
settings-archive_undo = Zakladatel může prostor později znovu otevřít.
settings-archive_confirm = Archivovat
settings-archived_title = Tento prostor je archivovaný
settings-archived_text = Je jen ke čtení. Otevřete ho znovu, aby členové mohli přispívat a nahrávat.
settings-unarchive = Znovu otevřít
settings-unarchive_question = Znovu otevřít „{ $title }“?
settings-unarchive_consequence = Členové budou moci znovu přispívat, nahrávat a zahajovat videohovory.
settings-delete_title = Smazání prostoru
settings-delete_text = Smazáním se prostor i vše v něm trvale odstraní.
settings-delete = Smazat tento prostor
settings-delete_question = Trvale smazat „{ $title }“?
settings-delete_content = Všechna vlákna fóra, zprávy v chatu a soubory, včetně všech jejich verzí, budou smazány.
settings-delete_members = Všichni členové o prostor přijdou; účty žáků zůstanou jen v jejich dalších prostorech.
settings-delete_video = Probíhající videohovory hned skončí.
settings-delete_no_undo = Smaže se i protokol činností. Tuto akci nelze vrátit zpět.
settings-delete_confirm = Trvale smazat
settings-deleted = Prostor „{ $title }“ byl smazán.

## audit
audit-tab = Protokol činností
audit-caption = Co se v tomto prostoru dělo, od nejnovějšího
audit-when = Kdy
audit-who = Kdo
audit-what = Co
audit-empty = Zatím nic nebylo zaznamenáno.
audit-older = Zobrazit starší záznamy
audit-system = Server
audit-former_member = Bývalý člen
audit-former_member_target = bývalý člen
audit-reason = Důvod: { $reason }
audit-other = Akce „{ $action }“: { $target }
audit-space-created = Vytvoření prostoru
audit-space-settings_changed = Změna nastavení prostoru
audit-space-archived = Archivace prostoru
audit-space-unarchived = Opětovné otevření prostoru
audit-member-invited = Pozvání: { $target }, role „{ $role }“
audit-member-role_changed = Změna role: { $target }, z „{ $from }“ na „{ $role }“
audit-member-removed = Odebrání z prostoru: { $target }
audit-member-left = Odchod z prostoru
audit-member-muted = Zákaz psaní: { $target }
audit-member-unmuted = Konec zákazu psaní: { $target }
audit-pupil-created = Vytvoření účtu žáka: { $target }
audit-pupil-added = Přidání žáka: { $target }
audit-pupil-code_reset = Nový přihlašovací kód: { $target }
audit-pupil-exported = Export dat: { $target }
audit-pupil-erased = Vymazání účtu žáka
audit-invitation-created = Vytvoření odkazu pro hosty
audit-invitation-revoked = Zneplatnění odkazu pro hosty
audit-invitation-accepted = Připojení přes odkaz pro hosty
audit-video-started = Zahájení videohovoru
audit-video-ended = Ukončení videohovoru
audit-video-locked = Zamčení videohovoru
audit-video-unlocked = Odemčení videohovoru
audit-video-admitted = Vpuštění do videohovoru: { $target }
audit-video-denied = Nevpuštění do videohovoru: { $target }
audit-video-muted = Ztlumení ve videohovoru: { $target }
audit-video-unmuted = Povolení mluvit ve videohovoru: { $target }
audit-video-removed = Odebrání z videohovoru: { $target }
audit-video-spotlight = Změna zvýraznění ve videohovoru
audit-post-hidden = Skrytí příspěvku
audit-post-restored = Obnovení příspěvku
audit-post-approved = Schválení příspěvku
audit-post-rejected = Zamítnutí příspěvku
audit-post-purged = Trvalé odstranění příspěvku
audit-post-reported = Nahlášení příspěvku
audit-report-resolved = Uzavření nahlášení
audit-thread-pinned = Připnutí vlákna
audit-thread-unpinned = Odepnutí vlákna
audit-thread-locked = Zamčení vlákna
audit-thread-unlocked = Odemčení vlákna
audit-archive-folder_created = Vytvoření složky
audit-archive-folder_renamed = Přejmenování složky
audit-archive-folder_moved = Přesun složky
audit-archive-folder_trashed = Přesun složky do koše
audit-archive-folder_restored = Obnovení složky z koše
audit-archive-folder_purged = Trvalé odstranění složky
audit-archive-file_added = Přidání souboru
audit-archive-file_version_added = Přidání verze souboru
audit-archive-file_renamed = Přejmenování souboru
audit-archive-file_moved = Přesun souboru
audit-archive-file_trashed = Přesun souboru do koše
audit-archive-file_restored = Obnovení souboru z koše
audit-archive-file_purged = Trvalé odstranění souboru
audit-chat-expired = Odstranění zpráv chatu po uplynutí doby uchování
audit-audit-retention_changed = Změna doby uchování záznamů v protokolu činností
audit-group-joined = Vstup do skupiny
audit-group-requested = Žádost o vstup do skupiny
audit-group-request_accepted = Přijetí žádosti: { $target }
audit-group-request_declined = Odmítnutí žádosti: { $target }
audit-group-request_withdrawn = Stažení žádosti o vstup
audit-member-banned = Zablokování: { $target }
audit-member-unbanned = Zrušení blokování: { $target }
audit-group-featured = Doporučení skupiny
audit-group-unfeatured = Konec doporučení skupiny
audit-group-moderator_appointed = Svěření moderování: { $target }

## group_role
group_role-founder = Správa skupiny
group_role-admin = Moderování
group_role-teacher = Člen skupiny

## readers
readers-title = Právě čtou
readers-more =
    { $count ->
        [one] a { $count } další osoba
        [few] a { $count } další osoby
        [many] a { $count } další osoby
       *[other] a { $count } dalších osob
    }

## groups
groups-nav = Skupiny
groups-title = Skupiny eTwinning
groups-intro = Komunity eTwinnerů kolem předmětu, tématu nebo oblasti zájmu. Účastní se jen ověření eTwinneři.
groups-search = Najít skupinu
groups-words = Slova z názvu
groups-topic = Téma
groups-language = Jazyk
groups-language_any = Všechny jazyky
groups-language_choose = Vyberte jazyk
groups-country = Země člena skupiny
groups-country_any = Všechny země
groups-search_submit = Hledat
groups-found = Skupiny
groups-empty = Hledání neodpovídá žádná skupina.
groups-more = Zobrazit další skupiny
groups-featured = Doporučená
groups-topic_is = Téma: { $topic }
groups-members =
    { $count ->
        [one] { $count } člen
        [few] { $count } členové
        [many] { $count } člena
       *[other] { $count } členů
    }
groups-access_short-open = Otevřená
groups-access_short-closed = Uzavřená
groups-standing-member = Jste ve skupině. Vaše role: { $role }
groups-standing-requested = Požádali jste o vstup do této skupiny.
groups-standing-banned = Moderátorský tým této skupiny vám vstup nepovoluje.
groups-join = Vstoupit
groups-ask = Požádat o vstup
groups-ask_message = Zpráva pro moderátorský tým (nepovinné)
groups-withdraw = Stáhnout mou žádost
groups-open_group = Otevřít skupinu
groups-joined = Nyní jste ve skupině „{ $title }“.
groups-asked = Vaše žádost o vstup do „{ $title }“ byla odeslána moderátorskému týmu.
groups-withdrawn = Vaše žádost o vstup do „{ $title }“ byla stažena.
groups-waiting = Moderátorský tým vaši žádost vyřídí. Tato stránka ukáže odpověď, jakmile přijde.
groups-accepted = Vaše žádost byla přijata: vítejte ve skupině „{ $title }“.
groups-not_accepted = Vaše žádost nebyla přijata. Můžete požádat znovu.
groups-back = Zpět na skupiny
groups-create = Vytvořit skupinu
groups-group_title = Název
groups-description = Popis (nepovinné)
groups-access = Kdo může vstoupit
groups-access-open = Otevřená: každý eTwinner vstoupí hned
groups-access-closed = Uzavřená: moderátorský tým přijímá každou žádost
groups-create_submit = Vytvořit skupinu
groups-created = Skupina „{ $title }“ vytvořena.
groups-members_search = Najít člena skupiny
groups-members_more = Zobrazit další členy
groups-leave = Opustit tuto skupinu
groups-leave_consequence = Okamžitě ztratíte přístup k fóru, souborům, chatu a videu skupiny.
groups-leave_kept = Co jste napsali a nahráli, zůstává ve skupině. Vrátit se můžete přes adresář skupin.
groups-leave_confirm = Opustit skupinu
groups-requests = Žádosti o vstup
groups-requests_empty = Nikdo nečeká.
groups-accept = Přijmout
groups-decline = Odmítnout
groups-accepted_member = { $name } je nyní ve skupině.
groups-declined = Žádost: { $name } – odmítnuta.
groups-ban = Zablokovat
groups-ban_question = Zablokovat přístup do skupiny: { $name }?
groups-ban_consequence = { $name } okamžitě opouští skupinu a nemůže se vrátit ani o to požádat.
groups-ban_kept = Příspěvky a soubory zůstávají ve skupině. Blokování můžete později zrušit.
groups-ban_reason = Důvod (nepovinné, zůstane v protokolu)
groups-ban_confirm = Zablokovat
groups-banned = Zablokováno: { $name }.
groups-bans = Zablokovaní eTwinneři
groups-bans_empty = Žádné blokování.
groups-lift = Zrušit blokování
groups-lifted = { $name } může znovu vstoupit.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Nastavte si nové heslo do TwinSpace Live
mail-reset_body =
    Dobrý den, { $name },

    obdrželi jsme žádost (pravděpodobně od vás) o nastavení nového hesla k vašemu účtu TwinSpace Live.
    Nové heslo nastavíte po otevření tohoto odkazu (funguje jednou, po dobu { $minutes } min):

    { $link }

    Nastavením nového hesla se odhlásíte na všech ostatních zařízeních.
    Pokud žádost nepochází od vás, tuto zprávu ignorujte: vaše heslo zůstane beze změny.

    TwinSpace Live

## events (issue 22)
events-nav = Akce
events-title = Nadcházející akce
events-empty = Zatím pro vás nejsou žádné nadcházející akce.
events-more = Zobrazit další akce
events-schedule = Naplánovat akci
events-zone = Časy jsou uvedeny ve vašem časovém pásmu: { $zone }
events-audience-etwinners = Všichni eTwinneři
events-audience-country = eTwinneři z této země: { $country }
events-audience-group = Členové skupiny
events-audience-twinspace = Členové TwinSpace
events-organising = Tuto akci pořádáte vy.
events-registered = Vaše přihláška je uložena.
events-waiting = Jste na čekací listině (pořadí { $position }).
events-state-live = Právě živě
events-state-ended = Tato akce skončila.
events-state-cancelled = Tato akce byla zrušena.
events-places = Obsazená místa: { $taken } z { $capacity }
event_form-new_title = Naplánovat akci
event_form-edit_title = Upravit akci
event_form-title = Název
event_form-description = Popis
event_form-date = Datum
event_form-time = Čas začátku
event_form-duration = Délka v minutách
event_form-space = Skupina nebo TwinSpace
event_form-speakers_hint = Vyberte z vyučujících svých skupin a TwinSpaců.
event_form-no_speakers = Zatím není koho vybrat.
event_form-create = Naplánovat akci
event_form-save = Uložit změny
event_form-created = Akce „{ $title }“ je naplánována.
event_form-saved = Změny akce „{ $title }“ jsou uloženy.
event_form-start_past = Vyberte začátek v budoucnosti.
event-title = Akce
event-back = Všechny akce
event-when = Kdy
event-language = Jazyk
event-audience = Kdo se může přihlásit
event-organiser = Pořadatel
event-speakers = Přednášející
event-places = Místa
event-no_speakers = Přednášející zatím nejsou uvedeni.
event-waiting_count = Na čekací listině: { $waiting }
event-registration = Vaše místo
event-speaking = Na této akci vystupujete.
event-full = Všechna místa jsou obsazena: když se přihlásíte, budete na čekací listině.
event-register = Přihlásit se
event-unregister = Uvolnit své místo
event-leave_waiting = Opustit čekací listinu
event-unregister_confirm_title = Odhlásit se z „{ $title }“?
event-unregister_confirm = Vaše pořadí dostane další osoba z čekací listiny. Pokud se přihlásíte znovu, možná budete muset čekat.
event-unregistered = Vaše přihláška je zrušena.
event-calendar = Přidat do mého kalendáře (.ics)
event-organiser_tools = Pro pořadatele
event-edit = Upravit akci
event-cancel = Zrušit akci
event-keep = Ponechat akci
event-cancel_confirm_title = Zrušit „{ $title }“?
event-cancel_confirm_lost = Nikdo se už nebude moci přihlásit a všichni uvidí, že je zrušena. Nelze to vrátit zpět. Přihlášky a otázky zůstanou zachovány.
event-cancelled = Akce je zrušena.
event-registrants = Přihlášky
event-waiting_list = Čekací listina
event-nobody = Zatím nikdo.
event-attendance = Účast
event-attendance_hint = Kdo sledoval stránku akce během živého vysílání a jak dlouho.
event-attendance_none = Akci nikdo nesledoval živě.
event-minutes = { $minutes } min
qa-title = Otázky a odpovědi
qa-empty = Zatím žádné otázky.
qa-closed = Otázky jsou uzavřeny: akce skončila.
qa-need_place = Přihlaste se, abyste mohli položit otázku nebo nějakou podpořit.
qa-your_question = Vaše otázka
qa-ask = Zeptat se
qa-asked = Vaše otázka byla odeslána.
qa-upvote = Podpořit
qa-upvoted = Podpořeno
qa-votes = Hlasy: { $votes }
qa-by = Ptá se: { $name }
qa-by_gone = Ptá se: smazaný účet
qa-answer = Odpověď: { $answer }
qa-state-picked = Právě se odpovídá
qa-state-answered = Zodpovězeno
qa-state-hidden = Skryto
qa-pick = Vybrat
qa-unpick = Vrátit zpět
qa-hide = Skrýt
qa-restore = Obnovit
qa-answer_label = Písemná odpověď (nepovinná)
qa-mark_answered = Označit jako zodpovězené
qa-gone = Tyto otázky už nemůžete sledovat.
audit-event-created = Naplánování akce „{ $title }“
audit-event-updated = Úprava akce „{ $title }“
audit-event-cancelled = Zrušení akce „{ $title }“
audit-event-question_moderated = Moderování otázky akce „{ $title }“

## the live webinar (issue 22)
live-title = Živé video
live-not_started = Živé video ještě nezačalo.
live-ended = Živé video skončilo.
live-connecting = Připojování k živému videu…
live-need_place = Živé video mohou sledovat jen ti, kdo mají místo.
live-watching_you = Sledujete živé video.
live-on_air = Vysíláte živě: všichni vás vidí a slyší.
live-recording = Tato akce se nahrává.
live-speaking = Mluví: { $names }
live-nobody_speaking = Zatím nikdo nemluví.
live-watching = Sleduje: { $watching }
live-start = Spustit živé video
live-end = Ukončit živé video
live-end_confirm_title = Ukončit živé video akce „{ $title }“?
live-end_confirm_lost = Video se zastaví všem, řečníkům i publiku. Dokud akce trvá, můžete ho spustit znovu; otázky zůstanou zachovány.
live-go_live = Vysílat živě
live-stop = Zastavit moje video
live-hand_raised = Máte zvednutou ruku: moderátor vás může pozvat ke slovu.
live-invited = Jste pozváni ke slovu: začněte vysílat, až budete připraveni.
live-returned = Jste zpět v publiku.
live-hands = Zvednuté ruce
live-no_hands = Nikdo nezvedl ruku.
live-promote = Pozvat { $name } ke slovu
live-return = Vrátit { $name } do publika
live-record_start = Spustit nahrávání
live-record_stop = Zastavit nahrávání

## the event's recordings and seat (issue 22)
event-moved_up = Nyní máte místo: postoupili jste z čekací listiny.
live-off_stage_returned = Moderátor vás vrátil do publika.
live-off_stage_muted = V tomto prostoru vám byl vypnut zvuk: jste zpět v publiku.
live-off_stage_removed = Už nejste členem tohoto prostoru: jste zpět v publiku.
live-off_stage_unnamed = Už nejste řečníkem této akce: jste zpět v publiku.
recordings-title = Záznamy
recordings-processing = Záznam se zpracovává: objeví se zde, až bude hotový.
recordings-take = Nahráno { $when } · { $length }
recordings-video = Video: { $speaker }
recordings-audio = Zvuk: { $speaker }
recordings-former_speaker = bývalý řečník
