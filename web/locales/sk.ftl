### TwinSpace Live: texty stránky v slovenčine.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Slovenčina

## app
app-name = TwinSpace Live
app-skip = Prejsť na obsah
app-nav = Hlavná navigácia
app-language = Jazyk
app-sign_out = Odhlásiť sa
app-signed_in_as = Prihlásený účet: { $name }
app-loading = Načítava sa…

## conn
conn-lost = Spojenie sa stratilo. Pripája sa znova…
conn-back = Znova pripojené.
conn-failed = Živé spojenie bolo ukončené. Načítajte stránku znova a skúste to ešte raz.
conn-session_ended = Vaše prihlásenie sa skončilo. Prihláste sa, prosím, znova.
conn-account_locked = Tento účet sa už nedá používať. Prihláste sa znova a zistíte prečo.
# Why the server closed the live connection: `conn-closed-<reason>`, one per reason code it sends
# (protocol/close_codes.py, CloseReason).
conn-closed-auth_missing = Živé spojenie neprijalo vaše prihlásenie včas. Načítajte stránku znova.
conn-closed-session_invalid = Vaše prihlásenie už nie je platné. Prihláste sa, prosím, znova.
conn-closed-session_expired = Vaše prihlásenie vypršalo. Prihláste sa, prosím, znova.
conn-closed-signed_out = Došlo k odhláseniu. Prihláste sa, prosím, znova.
conn-closed-account_locked = Tento účet sa už nedá používať. Prihláste sa znova a zistíte prečo.
conn-closed-too_many_connections = Tento účet má naraz otvorených príliš veľa stránok. Zatvorte niekoľko kariet a potom túto stránku načítajte znova.
conn-closed-too_many_messages = Táto stránka odoslala príliš veľa údajov príliš rýchlo. Chvíľu počkajte a potom ju načítajte znova.
conn-closed-frame_too_large = Táto stránka odoslala niečo príliš veľké. Načítajte stránku znova a skúste to ešte raz.
conn-closed-idle_timeout = Živé spojenie bolo príliš dlho nečinné, a preto bolo ukončené. Pripája sa znova…
conn-closed-slow_consumer = Živé spojenie nestíhalo. Pripája sa znova…
conn-closed-server_restarting = Server sa reštartuje. O chvíľu sa pripojí znova…
conn-closed-server_shutting_down = Server vášho pripojenia sa zastavuje. Pripája sa znova…
conn-closed-unavailable = Server je vyťažený. O chvíľu sa pripojí znova…
conn-closed-internal = Na serveri sa niečo pokazilo. O chvíľu sa pripojí znova…

## login
login-title = Prihlásenie
login-intro = Učitelia a hostia sa prihlasujú e-mailovou adresou. Žiaci používajú používateľské meno a kód, ktoré im dal ich učiteľ.
login-teacher = Učitelia a hostia
login-pupil = Žiaci
login-email = E-mailová adresa
login-password = Heslo
login-username = Používateľské meno
login-code = Kód
login-submit = Prihlásiť sa
login-pupil_submit = Prihlásiť sa kódom
login-forgot = Zabudnuté heslo?
login-register = Ešte nemáte účet? Vytvorte si účet eTwinnera
login-pupil_forgot = Zabudnutý kód? Požiadajte svojho učiteľa o nový.

## invite
invite-title = Pripojiť sa k TwinSpace ako hosť
invite-intro = Máte pozvánku do TwinSpace. Zvoľte, ako vás uvidia ostatní, a nastavte si heslo.
invite-display_name = Vaše meno
invite-submit = Prijať pozvánku
invite-checking = Overuje sa pozvánka…
invite-for_space = Máte pozvánku do „{ $title }“.
invite-unknown = Tento odkaz s pozvánkou nepoznáme. Skontrolujte, či bol skopírovaný celý, alebo požiadajte učiteľa, ktorý ho poslal, o nový.
invite-expired = Platnosť tohto odkazu s pozvánkou vypršala. Požiadajte učiteľa, ktorý ho poslal, o nový.
invite-used_up = Tento odkaz s pozvánkou už bol použitý toľkokrát, koľkokrát to bolo možné. Požiadajte učiteľa, ktorý ho poslal, o nový.
invite-revoked = Tento odkaz s pozvánkou zrušil učiteľ.
invite-closed = Priestor tejto pozvánky je uzavretý.

## spaces
spaces-title = Moje priestory
spaces-empty = Zatiaľ nepatríte do žiadneho priestoru.
spaces-create = Vytvoriť priestor
spaces-kind = Druh
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Miestnosť
spaces-kind-group = Skupina
spaces-space_title = Názov
spaces-description = Opis (nepovinný)
spaces-create_submit = Vytvoriť
spaces-created = Priestor „{ $title }“ bol vytvorený.
spaces-my_role = Vaša rola: { $role }
spaces-archived = archivovaný

## space
space-back = Späť na moje priestory
space-sections = Časti tohto priestoru
space-members = Členovia
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
space-refreshed = Zoznam bol aktualizovaný.
space-gone = Tento priestor už pre vás nie je dostupný.

## chat
chat-title = Chat
chat-empty = Zatiaľ žiadne správy.
chat-message = Správa
chat-send = Odoslať
chat-pending = (čaká na učiteľa)
chat-typing = { $name } píše…
chat-teachers_tab = Nástenka učiteľov
chat-teachers_title = Nástenka učiteľov
chat-session_title = Chat videohovoru
chat-older = Zobraziť staršie správy
chat-new_messages = Nové správy
chat-mention_list = Členovia, ktorých môžete spomenúť
chat-mention_hint = Napíšte @ a meno a spomeniete člena priestoru.
chat-hidden = (skryté učiteľom)
chat-deleted = (odstránené)
chat-rejected = (nezverejnené učiteľom)
chat-edited = (upravené)
chat-mentions_you = vás spomína
chat-edit = Upraviť
chat-edit_label = Upraviť správu
chat-save = Uložiť
chat-cancel = Zrušiť
chat-delete = Odstrániť
chat-delete_confirm = Áno, odstrániť
chat-hide = Skryť
chat-restore = Obnoviť
chat-approve = Schváliť
chat-reject = Zamietnuť
chat-report = Nahlásiť
chat-reported = Ďakujeme. Učitelia sa na túto správu pozrú.
chat-mute = Zakázať písanie
chat-mute_question = Zakázať písanie: { $name }?
chat-mute_for = Ako dlho nebude môcť písať { $name }
chat-minutes =
    { $count ->
        [one] { $count } minúta
        [few] { $count } minúty
        [many] { $count } minúty
       *[other] { $count } minút
    }
chat-mute_confirm = Zakázať teraz
chat-muted_other = { $name } nemôže písať do { $time }.
chat-muted_you = Učiteľ vám pozastavil písanie do { $time }. Chat môžete ďalej čítať.
chat-unmuted_you = Do chatu môžete znova písať.
chat-gone = Tento chat už pre vás nie je dostupný.

## role
role-founder = Zakladateľ
role-admin = Správca
role-teacher = Učiteľ
role-pupil_admin = Žiak-správca
role-pupil = Žiak
role-guest = Hosť

## error
error-bad_credentials = Prihlasovacie údaje nie sú správne. Skontrolujte ich a skúste to znova.
error-rate_limited = Príliš veľa pokusov. Chvíľu počkajte a skúste to znova.
error-invalid = Niektoré polia nie sú vyplnené správne.
error-not_found = Táto stránka neexistuje alebo ju nemôžete zobraziť.
error-forbidden = Na túto akciu nemáte oprávnenie.
error-gone = Toto už neexistuje alebo už nefunguje.
error-conflict = Toto je v rozpore s niečím, čo už existuje.
error-gone-revoked = Tento odkaz s pozvánkou už nefunguje: učitelia priestoru ho zrušili.
error-gone-expired = Tento odkaz s pozvánkou už nefunguje: jeho platnosť vypršala.
error-gone-used_up = Tento odkaz s pozvánkou už nefunguje: bol použitý toľkokrát, koľkokrát to bolo možné.
error-conflict-name_taken = „{ $name }“ tu už je. Zvoľte iný názov.
error-conflict-in_trash = „{ $name }“ je v koši: najprv to obnovte.
error-conflict-not_in_trash = „{ $name }“ nie je v koši.
error-conflict-parent_in_trash = „{ $name }“ je v priečinku, ktorý je teraz v koši: najprv obnovte tento priečinok.
error-conflict-folder_not_empty = Priečinok „{ $name }“ nie je prázdny: najprv presuňte jeho obsah do koša.
error-conflict-wrong_status = Stav tohto účtu ({ $status }) to neumožňuje.
error-unauthenticated = Prihláste sa, prosím.
error-network = Server nie je dostupný. Skontrolujte pripojenie a skúste to znova.
error-generic = Niečo sa pokazilo. Skúste to, prosím, znova.
error-too_large = Toto je príliš veľké.
error-quota_exceeded = V tomto priestore už nezostáva dosť miesta.
error-unsupported = Server tento druh požiadavky nepodporuje.
error-aborted = Nahrávanie bolo prerušené.
error-rate_limited_wait = Príliš veľa pokusov. Skúste to znova { $wait }.
error-fields = Niektoré polia si vyžadujú vašu pozornosť: prečítajte si správu pod každým z nich.
error-account_rejected = Táto registrácia nebola prijatá národným správcom vašej krajiny, preto sa do tohto účtu nedá prihlásiť. Ak si myslíte, že ide o omyl, obráťte sa na Národné podporné stredisko eTwinning vo vašej krajine.
error-account_suspended = Tento účet bol pozastavený národným správcom vašej krajiny: zatiaľ sa doň nedá prihlásiť. Ak chcete zistiť prečo alebo požiadať o jeho obnovenie, obráťte sa na Národné podporné stredisko eTwinning vo vašej krajine.
error-malformed = Stránka odoslala niečo, čo server nedokázal prečítať. Načítajte stránku znova a skúste to ešte raz.
error-csrf = Bezpečnostná kontrola stránky zlyhala. Načítajte stránku znova a skúste to ešte raz.
error-limit_exceeded = Tým by sa prekročil limit nastavený pre tento priestor.
error-unavailable = Server je vyťažený alebo niektorá jeho časť neodpovedá. Skúste to, prosím, o chvíľu znova.
error-internal = Na serveri sa niečo pokazilo. Skúste to, prosím, neskôr.
error-insufficient_storage = Na serveri už nie je miesto na súbory. Nič sa neuložilo; informujte, prosím, kontaktnú osobu pre eTwinning vo vašej škole.
error-request_timeout = Odosielanie trvalo príliš dlho a bolo zastavené. Skontrolujte pripojenie a skúste to znova.
error-conflict-not_a_guest = Táto e-mailová adresa patrí k účtu eTwinning. Učiteľov pozývajú správcovia priestoru, nie odkaz pre hostí.

## notice
# What a pupil (or any member) is told about their own post or account. The server sends only the
# event's name (protocol/events.py, notice channel): `notice-<event>`, its dots as dashes.
notice-post-pending = Ďakujeme! Učiteľ si váš príspevok prečíta skôr, ako ho uvidia všetci.
notice-post-approved = Učiteľ si váš príspevok prečítal. Teraz ho vidia všetci v projekte.
notice-post-rejected = Učiteľ sa rozhodol váš príspevok nezobraziť. Môžete sa svojho učiteľa opýtať prečo.
notice-post-hidden = Učiteľ váš príspevok zatiaľ skryl. Môžete sa svojho učiteľa opýtať prečo.
notice-post-restored = Učiteľ váš príspevok znova zobrazil. Teraz ho vidia všetci.
notice-post-purged = Učiteľ váš príspevok odstránil.
notice-member-muted = Projekt môžete čítať, ale chvíľu doň nemôžete písať.
notice-member-unmuted = Do projektu môžete znova písať.
notice-chat-mention = { $name } vás spomína v chate.

## video
video-section = Video
video-open_sessions = Prebiehajúce videohovory
video-none = Žiadny videohovor neprebieha.
video-start_title = Začať videohovor
video-title = Názov (nepovinný)
video-lobby = Žiaci čakajú v čakárni, kým ich učiteľ nepustí dnu
video-start = Začať
video-join_named = Pripojiť sa k „{ $title }“
video-nobody_in_call = Zatiaľ nikto nie je v hovore
video-people_in_call =
    { $count ->
        [one] { $count } osoba v hovore
        [few] { $count } osoby v hovore
        [many] { $count } osoby v hovore
       *[other] { $count } osôb v hovore
    }
video-locked = (zamknutý)
video-back = Späť do priestoru
video-participants = Účastníci
video-my_controls = Váš mikrofón a kamera
video-chat = Chat videohovoru
video-starting_media = Spúšťa sa kamera a mikrofón…
video-in_call = Ste v hovore.
video-waiting_in_lobby = Ste v čakárni. Učiteľ vás čoskoro pustí dnu.
video-no_media = Nepodarilo sa použiť žiadnu kameru ani mikrofón: ostatných však môžete ďalej vidieť a počuť.
video-partial_media = Kameru a mikrofón sa podarilo použiť len sčasti.
video-enable_sound = Zapnúť zvuk
video-mic_on = Mikrofón zapnutý
video-mic_off = Mikrofón vypnutý
video-mic_forced = Stlmené učiteľom
video-camera_on = Kamera zapnutá
video-camera_off = Kamera vypnutá
video-hand_raised = Zdvihnutá ruka
video-mute_me = Vypnúť môj mikrofón
video-unmute_me = Zapnúť môj mikrofón
video-camera_stop = Vypnúť moju kameru
video-camera_start = Zapnúť moju kameru
video-hand_raise = Zdvihnúť ruku
video-hand_lower = Dať ruku dole
video-leave = Odísť
video-you_are_muted = Učiteľ vám stlmil mikrofón. Zapnúť ho môžete, keď to učiteľ dovolí.
video-muted_by_teacher = Učiteľ vám stlmil mikrofón.
video-unmute_allowed = Učiteľ vám znova dovoľuje zapnúť mikrofón.
video-mute_other = Stlmiť
video-mute_named = Stlmiť: { $name }
video-allow_unmute = Povoliť mikrofón
video-allow_unmute_named = Povoliť mikrofón: { $name }
video-remove = Odobrať
video-remove_named = Odobrať z videohovoru: { $name }
video-lobby_title = Čakáreň
video-lobby_empty = Nikto nečaká.
video-admit = Pustiť dnu
video-admit_named = Pustiť dnu: { $name }
video-deny = Nepustiť
video-deny_named = Nepustiť: { $name }
video-manage = Tento videohovor
video-is_open = Otvorený: členovia sa môžu pripojiť.
video-is_locked = Zamknutý: pripojiť sa môžu len učitelia.
video-lock = Zamknúť videohovor
video-end = Ukončiť videohovor pre všetkých
video-ended = Videohovor sa skončil.
video-ended_space_archived = Videohovor sa skončil: jeho priestor bol archivovaný.
video-ended_space_deleted = Videohovor sa skončil: jeho priestor bol odstránený.
video-ended_empty = Videohovor sa skončil: nejaký čas v ňom nikto nebol.
video-no_teacher_yet = V tomto videohovore zatiaľ nie je žiadny učiteľ, takže vás nikto nemôže pustiť dnu. Môžete počkať tu alebo odísť.
video-leave_lobby = Odísť z čakárne
video-removed = Učiteľ vás z videohovoru odobral.
video-denied = Učiteľ vás do tohto videohovoru nepustil.
video-left = Už nie ste vo videohovore.
video-full = Tento videohovor je plný.
video-refused = K tomuto videohovoru sa nemôžete pripojiť.
video-signal_refused = Server odmietol údaje, ktoré poslal váš prehliadač. Skúste odísť a znova sa pripojiť.
video-sfu_moving = Videohovor sa rozrástol: hovor sa presúva na školský mediálny server…
video-sfu_unreachable = Školský mediálny server nie je dostupný. Skúša sa to znova…
video-sfu_no_seat = Všetky miesta pre kamery v tomto videohovore sú obsadené: ostatných vidíte a počujete, ale oni vás nevidia ani nepočujú.
video-sfu_not_sent = Vašu kameru a mikrofón sa nepodarilo preniesť. Ostatných ďalej vidíte a počujete.

## forum
forum-title = Fórum
forum-threads = Vlákna
forum-posts = Príspevky
forum-areas = Časti fóra
forum-area-open = Otvorené fórum
forum-area-teachers = Nástenka učiteľov
forum-empty = Zatiaľ žiadne vlákna.
forum-thread_meta =
    { $count ->
        [one] { $author } · { $count } príspevok · { $when }
        [few] { $author } · { $count } príspevky · { $when }
        [many] { $author } · { $count } príspevku · { $when }
       *[other] { $author } · { $count } príspevkov · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } nový
        [few] { $count } nové
        [many] { $count } nového
       *[other] { $count } nových
    }
forum-pinned = pripnuté
forum-locked = zamknuté
forum-new_thread = Založiť vlákno
forum-new_bulletin = Založiť vlákno na Nástenke učiteľov
forum-thread_title = Názov vlákna
forum-first_post = Prvý príspevok
forum-start = Založiť vlákno
forum-thread_started = Vlákno bolo založené.
forum-thread_held = Ďakujeme! Učiteľ si tvoje vlákno prečíta skôr, ako ho uvidia všetci.
forum-back = Späť na vlákna
forum-reply_label = Vaša odpoveď
forum-send = Odoslať odpoveď
forum-no_reply = V tomto vlákne nemôžete odpovedať.
forum-held = Ďakujeme! Učiteľ si tvoj príspevok prečíta skôr, ako ho uvidia všetci.
forum-edited = (upravené)
forum-edit = Upraviť
forum-edit_label = Upraviť príspevok
forum-save = Uložiť
forum-saved = Váš príspevok bol zmenený.
forum-cancel = Zrušiť
forum-delete = Odstrániť
forum-deleted = Príspevok bol odstránený.
forum-report = Nahlásiť
forum-report_reason = Čo je s týmto príspevkom v neporiadku? (nepovinné)
forum-report_send = Odoslať nahlásenie
forum-reported = Ďakujeme. Učitelia boli upozornení.
forum-hide = Skryť
forum-restore = Obnoviť
forum-approve = Schváliť
forum-reject = Zamietnuť
forum-done-hide = Príspevok je pred triedou skrytý.
forum-done-restore = Príspevok je znova viditeľný.
forum-done-approve = Príspevok je schválený: vidia ho všetci.
forum-done-reject = Príspevok je zamietnutý: vidí ho len jeho autor.
forum-state-pending = čaká na učiteľa
forum-state-hidden = skryté
forum-state-rejected = nezverejnené
forum-state-deleted = odstránené
forum-pin = Pripnúť
forum-unpin = Odopnúť
forum-lock = Zamknúť
forum-unlock = Odomknúť
forum-thread_changed = Vlákno bolo zmenené.
forum-thread_gone = Toto vlákno už pre vás nie je dostupné.
forum-moderation = Moderovanie
forum-queue = Čaká na schválenie
forum-queue_empty = Žiadny príspevok nečaká.
forum-reports = Nahlásenia
forum-reports_empty = Žiadne otvorené nahlásenia.
forum-reported_by = nahlásenie: { $name }
forum-report_said = Dôvod: { $reason }
forum-resolve = Uzavrieť nahlásenie
forum-resolved = Nahlásenie je uzavreté.

## reactions
reaction-bar = Reakcie
reaction-add = Pridať reakciu
reaction-picker = Vyberte reakciu
reaction-count =
    { $count ->
        [one] { $name }: { $count } osoba
        [few] { $name }: { $count } osoby
        [many] { $name }: { $count } osoby
       *[other] { $name }: { $count } osôb
    }
reaction-thumbs_up = Palec hore
reaction-heart = Srdce
reaction-clap = Bravo
reaction-laugh = Vtipné
reaction-idea = Dobrý nápad
reaction-question = Mám otázku

## archive
archive-title = Súbory
archive-usage = Využité { $used } z { $quota }
archive-where = Priečinok
archive-top = Všetky súbory
archive-empty = Tento priečinok je prázdny.
archive-contents = Priečinky a súbory
archive-name = Názov
archive-size = Veľkosť
archive-by = Kto pridal
archive-when = Zmenené
archive-actions = Akcie
archive-former_member = bývalý člen
archive-choose = Vybrať súbor
archive-upload = Nahrať
archive-progress = Priebeh nahrávania
archive-uploading = Nahráva sa súbor { $name }: { $percent }
archive-uploaded = Súbor „{ $name }“ bol nahraný.
archive-too_large = Tento súbor je príliš veľký: súbor môže mať najviac { $max }.
archive-quota = V súboroch tohto priestoru nezostáva dosť miesta (voľné: { $free }). Požiadajte učiteľa o odstránenie starých súborov.
archive-new_folder = Nový priečinok
archive-create_folder = Vytvoriť priečinok
archive-folder_created = Priečinok „{ $name }“ bol vytvorený.
archive-download = Stiahnuť
archive-download_named = Stiahnuť { $name }
archive-rename = Premenovať
archive-rename_named = Premenovať { $name }
archive-new_name = Nový názov
archive-save = Uložiť
archive-cancel = Zrušiť
archive-renamed = Premenované na „{ $name }“.
archive-trash = Presunúť do koša
archive-trash_named = Presunúť do koša: { $name }
archive-trashed = „{ $name }“ je v koši.
archive-show_trash = Kôš
archive-trash_empty = Kôš je prázdny.
archive-restore = Obnoviť
archive-restore_named = Obnoviť { $name }
archive-restored = Položka „{ $name }“ je späť.
archive-purge = Natrvalo odstrániť
archive-purge_named = Natrvalo odstrániť { $name }
archive-purged = Položka „{ $name }“ bola natrvalo odstránená.
archive-choose_first = Vyberte súbor, ktorý chcete nahrať.
archive-no_file = Zatiaľ nie je vybraný žiadny súbor.
archive-name_taken = Položka s týmto názvom tu už je. Zvoľte iný názov.

## unit
unit-b = B
unit-kb = kB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Vyplňte toto pole.
field-unknown = Toto pole sem nepatrí.
field-type = Táto hodnota nemá správny typ.
field-blank = Napíšte sem niečo: samotné medzery sa nepočítajú.
field-too_short =
    { $count ->
        [one] Napíšte aspoň { $min } znak.
        [few] Napíšte aspoň { $min } znaky.
        [many] Napíšte aspoň { $min } znaku.
       *[other] Napíšte aspoň { $min } znakov.
    }
field-too_long =
    { $count ->
        [one] Napíšte najviac { $max } znak.
        [few] Napíšte najviac { $max } znaky.
        [many] Napíšte najviac { $max } znaku.
       *[other] Napíšte najviac { $max } znakov.
    }
field-too_small = Zadajte aspoň { $min }.
field-too_large = Zadajte najviac { $max }.
field-format = Hodnota nemá očakávaný tvar.
field-choice = Vyberte jednu z ponúkaných možností.
field-invalid = Táto hodnota nie je prijateľná.

## confirm
confirm-cancel = Zrušiť
confirm-trash_file = Presunúť „{ $name }“ do koša?
confirm-trash_file_lost = Členovia už tento súbor neuvidia. Učiteľ ho môže z koša obnoviť.
confirm-trash_folder = Presunúť priečinok „{ $name }“ do koša?
confirm-trash_folder_lost = Členovia už neuvidia tento priečinok ani nič, čo obsahuje. Učiteľ ho môže z koša obnoviť.
confirm-purge = Natrvalo odstrániť „{ $name }“?
confirm-purge_lost = Zmizne to pre všetkých a nebude sa to dať obnoviť.
confirm-delete_post = Odstrániť tento príspevok?
confirm-delete_post_lost = Jeho text zmizne pre všetkých. Túto akciu nemožno vrátiť späť.
confirm-delete_message = Odstrániť túto správu?
confirm-delete_message_lost = Jej text zmizne pre všetkých. Túto akciu nemožno vrátiť späť.
confirm-end_session = Ukončiť videohovor pre všetkých?
confirm-end_session_lost = Všetci hneď opustia hovor a videohovor sa už nebude dať znova otvoriť.
confirm-remove_participant = Odobrať z videohovoru: { $name }?
confirm-remove_participant_lost = { $name } hneď opustí hovor a do tohto videohovoru sa už nebude môcť vrátiť.
confirm-deny = Nepustiť dnu: { $name }?
confirm-deny_lost = { $name } sa do tohto videohovoru nedostane.

## page
page-not_found = Stránka sa nenašla
page-not_found_text = Na tejto adrese nie je žiadna stránka.
page-go_spaces = Prejsť na moje priestory
page-go_sign_in = Prejsť na prihlásenie

## form
form-required = Vyplňte toto pole.
form-email_format = Napíšte e-mailovú adresu, napríklad meno@skola.eu.
form-password_short = Použite aspoň 10 znakov.
form-password_long = Použite najviac 200 znakov.
form-password_mismatch = Heslá nie sú rovnaké.
form-password_hint = Aspoň 10 znakov. Dobre poslúži niekoľko slov, ktoré si zapamätáte.
form-check_fields = Skontrolujte, prosím, polia označené vyššie.
form-field_invalid = Táto hodnota nie je prijateľná.

## register
register-title = Vytvoriť účet eTwinnera
register-intro = Pre učiteľov. Národný správca vašej krajiny overí, že učíte v škole, a potom váš účet schváli. Žiaci sa neregistrujú: účet im vytvorí ich učiteľ.
register-name = Vaše meno
register-school = Škola
register-country = Krajina
register-country_choose = Vyberte svoju krajinu
register-submit = Vytvoriť môj účet
register-email_taken = Účet s touto e-mailovou adresou už existuje. Prihláste sa alebo si vyžiadajte nové heslo.
register-have_account = Už máte účet? Prihláste sa

## pending
pending-title = Váš účet čaká na schválenie
pending-who_heading = Kto ho schvaľuje
pending-who = Národný správca vašej krajiny ({ $country }) overí, že učíte v uvedenej škole, a potom váš účet schváli.
pending-next_heading = Čo bude ďalej
pending-next_validate = Po schválení účtu patríte medzi eTwinnerov: môžete vytvárať priestory, dostávať pozvánky do projektov a zakladať účty svojim žiakom. Zmenu uvidíte po novom prihlásení alebo po stlačení „Skontrolovať znova“.
pending-next_reject = Ak národný správca vašu registráciu neprijme, dozviete sa to pri prihlásení.
pending-next_meanwhile = Dovtedy môžete v časti „Môj účet“ zmeniť svoje meno a heslo.
pending-check = Skontrolovať znova
pending-still = Váš účet stále čaká na schválenie.
pending-count =
    { $count ->
        [one] { $count } čaká na moderovanie
        [few] { $count } čakajú na moderovanie
        [many] { $count } čaká na moderovanie
       *[other] { $count } čaká na moderovanie
    }

## forgot
forgot-title = Zabudnuté heslo?
forgot-intro = Napíšte e-mailovú adresu svojho účtu. Pošleme na ňu odkaz na nastavenie nového hesla.
forgot-submit = Poslať odkaz
forgot-sent = Ak k tejto adrese existuje účet, odkaz je na ceste. Funguje raz a len obmedzený čas. Pozrite sa aj do priečinka so spamom.
forgot-pupils = Žiaci: tu nemáte e-mailovú adresu. Požiadajte učiteľa o nový kód.
forgot-back = Späť na prihlásenie

## reset
reset-title = Nastaviť nové heslo
reset-intro = Nastavením nového hesla sa odhlásite na všetkých ostatných zariadeniach.
reset-password = Nové heslo
reset-confirm = Nové heslo znova
reset-submit = Uložiť nové heslo
reset-gone = Platnosť tohto odkazu vypršala alebo už bol použitý. Vyžiadajte si nový.
reset-done = Vaše heslo bolo zmenené. Prihláste sa novým heslom.
reset-ask_again = Vyžiadať nový odkaz

## account
account-title = Môj účet
account-signed_in_with = Prihlasujete sa adresou { $email }.
account-name_heading = Vaše meno
account-name = Meno viditeľné pre ostatných
account-save_name = Uložiť meno
account-name_saved = Vaše meno bolo uložené.
account-pupil_note = Toto meno vyberá a spravuje váš učiteľ. Ak ho treba zmeniť, požiadajte učiteľa.
account-password_heading = Vaše heslo
account-password_intro = Zmenou hesla sa odhlásite na ostatných zariadeniach; tu prihlásenie zostane platné.
account-current_password = Súčasné heslo
account-new_password = Nové heslo
account-confirm_password = Nové heslo znova
account-save_password = Zmeniť heslo
account-password_saved = Vaše heslo bolo zmenené.
account-current_wrong = Toto nie je vaše súčasné heslo.
account-everywhere_heading = Odhlásiť sa všade
account-everywhere_intro = Ukončí prihlásenie na všetkých zariadeniach a vo všetkých prehliadačoch vrátane tohto: stratený telefón alebo zdieľaný počítač už váš účet neotvorí.
account-everywhere = Odhlásiť sa všade…
account-everywhere_question = Odhlásiť sa na všetkých zariadeniach vrátane tohto? Otvorené stránky sa hneď zatvoria a všetko, čo v nich ešte nebolo odoslané, sa stratí.
account-everywhere_confirm = Áno, odhlásiť sa všade
account-everywhere_done = Odhlásenie prebehlo na všetkých zariadeniach.
account-cancel = Zrušiť

## admin
admin-nav = Konzola schvaľovania
admin-title = Konzola národného správcu
admin-country = Krajina: { $country }
admin-only_national_admins = Táto stránka je určená národným správcom.
admin-pending_heading = Učitelia čakajúci na schválenie
admin-pending_count =
    { $count ->
        [one] Čaká { $count } osoba.
        [few] Čakajú { $count } osoby.
        [many] Čaká { $count } osoby.
       *[other] Čaká { $count } osôb.
    }
admin-pending_none = Na schválenie nikto nečaká.
admin-select_all = Vybrať všetko
admin-select_first = Najprv vyberte aspoň jednu osobu.
admin-validate_selected = Schváliť vybrané
admin-reject_selected = Zamietnuť vybrané…
admin-validated =
    { $count ->
        [one] Bol schválený { $count } účet.
        [few] Boli schválené { $count } účty.
        [many] Bolo schválených { $count } účtu.
       *[other] Bolo schválených { $count } účtov.
    }
admin-rejected =
    { $count ->
        [one] Bola zamietnutá { $count } registrácia.
        [few] Boli zamietnuté { $count } registrácie.
        [many] Bolo zamietnutých { $count } registrácie.
       *[other] Bolo zamietnutých { $count } registrácií.
    }
admin-reject_question =
    { $count ->
        [one] Zamietnuť registráciu: { $names }? Táto osoba sa nebude môcť prihlásiť a tento krok sa nedá vrátiť späť.
        [few] Zamietnuť tieto { $count } registrácie ({ $names })? Tieto osoby sa nebudú môcť prihlásiť a tento krok sa nedá vrátiť späť.
        [many] Zamietnuť { $count } registrácie ({ $names })? Tieto osoby sa nebudú môcť prihlásiť a tento krok sa nedá vrátiť späť.
       *[other] Zamietnuť týchto { $count } registrácií ({ $names })? Tieto osoby sa nebudú môcť prihlásiť a tento krok sa nedá vrátiť späť.
    }
admin-reject_reason = Dôvod zamietnutia
admin-reject_heading = Zamietnutie registrácií
admin-suspend_heading = Pozastavenie účtu
admin-reinstate_heading = Obnovenie účtu
admin-reject_reason_hint = Uloží sa do protokolu činností spolu s vaším menom.
admin-reject_confirm =
    { $count ->
        [one] Zamietnuť { $count } registráciu
        [few] Zamietnuť { $count } registrácie
        [many] Zamietnuť { $count } registrácie
       *[other] Zamietnuť { $count } registrácií
    }
admin-failed_one = { $name }: { $why }
admin-school = Škola: { $school }
admin-registered = Registrácia: { $date }
admin-search_heading = Nájsť účet
admin-search_label = Meno, e-mailová adresa alebo škola
admin-search_hint = Len účty z vašej krajiny. Ak pole necháte prázdne, zobrazia sa všetky, od najnovších.
admin-search = Hľadať
admin-showing = { $from }–{ $to } z { $total }
admin-no_match = Žiadny účet nezodpovedá.
admin-previous = Predchádzajúca stránka
admin-next = Ďalšia stránka
admin-suspend = Pozastaviť…
admin-suspend_named = Pozastaviť: { $name }…
admin-suspend_question = Pozastaviť účet: { $name }? Táto osoba bude hneď všade odhlásená, jej otvorené stránky sa zatvoria a nebude sa môcť prihlásiť, kým účet neobnovíte.
admin-suspend_reason = Dôvod pozastavenia
admin-suspend_confirm = Áno, pozastaviť
admin-suspend_done = Účet je pozastavený: { $name }.
admin-reinstate = Obnoviť…
admin-reinstate_named = Obnoviť: { $name }…
admin-reinstate_question = Obnoviť účet: { $name }? Táto osoba sa bude môcť znova prihlásiť.
admin-reinstate_reason = Dôvod (nepovinný)
admin-reinstate_confirm = Obnoviť
admin-reinstate_done = Účet je obnovený: { $name }.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Na potvrdenie napíšte názov priestoru: { $text }

## status
status-active = aktívny
status-pending = čaká na schválenie
status-suspended = pozastavený
status-rejected = zamietnutý
status-erased = vymazaný

## names
names-marked = { $name } ({ $mark })

## members
members-username = používateľské meno { $username }
members-role_of = Rola: { $name }
members-change_role = Zmeniť rolu
members-role_question = { $name }: zmeniť rolu z „{ $from }“ na „{ $to }“?
members-role_consequence = { $name } môže odteraz robiť to, čo dovoľuje rola „{ $to }“, a to hneď na všetkých zariadeniach.
members-role_confirm = Zmeniť rolu
members-role_changed = { $name } má teraz rolu „{ $role }“.
members-reset_code = Nový kód
members-reset_question = Vytvoriť nový prihlasovací kód pre: { $name }?
members-reset_consequence = Starý kód okamžite prestane fungovať a účet žiaka sa všade odhlási. Novú kartičku odovzdávate vy.
members-reset_confirm = Vytvoriť nový kód
members-reset_done = { $name } má nový kód: odovzdajte novú kartičku nižšie.
members-export = Exportovať údaje
members-remove = Odobrať
members-remove_question = Odobrať z tohto priestoru: { $name }?
members-remove_consequence = { $name } hneď stratí prístup k tomuto priestoru na všetkých zariadeniach.
members-remove_pupil_kept = Účet, príspevky a súbory žiaka zostávajú; účet môžete neskôr znova pridať.
members-remove_kept = Príspevky a súbory tejto osoby v priestore zostávajú.
members-remove_confirm = Odobrať
members-removed = Odobraté z priestoru: { $name }.
members-erase = Vymazať účet
members-leave = Opustiť tento priestor
members-leave_question = Opustiť „{ $title }“?
members-leave_consequence = Hneď stratíte prístup k jeho fóram, súborom, chatu a videu. Vrátiť vás môže len učiteľ s rolou správcu.
members-leave_kept = Vaše príspevky a nahrané súbory v priestore zostávajú.
members-leave_confirm = Opustiť priestor
members-left = Už nie ste v priestore „{ $title }“.

## erase
erase-question = Vymazať účet: { $name }?
erase-account_gone = Meno, používateľské meno a kód žiaka budú natrvalo odstránené.
erase-signed_out = Účet sa hneď odhlási a už nikdy sa doň nebude dať prihlásiť.
erase-no_undo = Túto akciu nemožno vrátiť späť.
erase-export_first = Ak by žiak alebo jeho rodina mohli chcieť kópiu, najprv exportujte údaje.
erase-posts = Príspevky a správy žiaka v chate
erase-posts_keep = Ponechať ich s podpisom „bývalý žiak“
erase-posts_remove = Natrvalo ich odstrániť
erase-files = Súbory žiaka
erase-files_keep = Ponechať ich ako súbory „bývalého žiaka“
erase-files_remove = Natrvalo ich odstrániť
erase-confirm = Vymazať účet
erase-done = Účet bol vymazaný: { $name }.

## invite_teacher
invite_teacher-title = Pozvať partnerského učiteľa
invite_teacher-by_email = Podľa e-mailovej adresy
invite_teacher-role = Rola
invite_teacher-submit = Pozvať
invite_teacher-done = { $name } má teraz v tomto priestore rolu „{ $role }“.
invite_teacher-not_etwinner = Žiadny schválený eTwinner nemá túto adresu alebo túto rolu nemôžete prideliť.
invite_teacher-find = Nájsť eTwinnera
invite_teacher-query = Meno, škola alebo krajina
invite_teacher-search = Hľadať
invite_teacher-results = Nájdení eTwinneri
invite_teacher-none = Nenašiel sa žiadny eTwinner.
invite_teacher-more = Ďalšie výsledky
invite_teacher-member = Už je v tomto priestore
invite_teacher-invite = Pozvať
invite_teacher-role_for = Rola pre: { $name }

## pupils
pupils-title = Pridať žiakov
pupils-one_title = Jeden žiak
pupils-name = Meno žiaka
pupils-add_one = Pridať žiaka
pupils-class_title = Celá trieda
pupils-class_names = Mená žiakov
pupils-class_help = Jedno meno na riadok, tak ako majú žiakov vidieť ostatní.
pupils-add_class = Pridať triedu
pupils-class_empty = Napíšte aspoň jedno meno.
pupils-language = Jazyk stránky pre týchto žiakov
pupils-language_help = Po prihlásení uvidia TwinSpace Live v tomto jazyku. Každý žiak si ho môže neskôr zmeniť.
pupils-line_errors = Riadky na opravu
pupils-line_error = Riadok { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } riadok treba opraviť; nič nebolo vytvorené.
        [few] { $count } riadky treba opraviť; nič nebolo vytvorené.
        [many] { $count } riadku treba opraviť; nič nebolo vytvorené.
       *[other] { $count } riadkov treba opraviť; nič nebolo vytvorené.
    }
pupils-created =
    { $count ->
        [one] Bol pridaný { $count } žiak.
        [few] Boli pridaní { $count } žiaci.
        [many] Bolo pridaných { $count } žiaka.
       *[other] Bolo pridaných { $count } žiakov.
    }

## cards
cards-title = Prihlasovacie kartičky
cards-once = Tieto kódy sa zobrazujú len teraz. Skôr ako stránku opustíte, kartičky vytlačte alebo si kódy poznačte.
cards-site = Prihlásenie na adrese
cards-print = Vytlačiť kartičky
cards-done = Hotovo: skryť kódy

## links
links-tab = Odkazy pre hostí
links-intro = Odkaz pre hostí umožní odborníkovi alebo pozorovateľovi pripojiť sa k tomuto TwinSpace ako hosť. Použiť ho môže ktokoľvek, kto ho má, kým nevyprší jeho platnosť alebo nebude vyčerpaný.
links-create_title = Nový odkaz pre hostí
links-valid_for = Platnosť
links-days =
    { $count ->
        [one] { $count } deň
        [few] { $count } dni
        [many] { $count } dňa
       *[other] { $count } dní
    }
links-uses = Počet použití
links-note = Poznámka (pre koho je)
links-create = Vytvoriť odkaz
links-new = Nový odkaz
links-once = Skopírujte si ho teraz: zobrazí sa len raz.
links-copy = Kopírovať
links-copied = Odkaz bol skopírovaný.
links-select_copy = Odkaz je označený: skopírujte ho stlačením Ctrl+C (⌘+C).
links-live = Aktívne odkazy
links-empty = Žiadny odkaz pre hostí nie je aktívny.
links-untitled = Odkaz pre hostí
links-used =
    { $count ->
        [one] použité { $used } z { $count }
        [few] použité { $used } z { $count }
        [many] použité { $used } z { $count }
       *[other] použité { $used } z { $count }
    }
links-until = do { $time }
links-revoke = Zneplatniť
links-revoke_question = Zneplatniť tento odkaz pre hostí?
links-revoke_consequence = Cez tento odkaz sa už nikto nepripojí.
links-revoke_kept = Hostia, ktorí sa cez neho pripojili, zostávajú členmi.
links-revoked = Odkaz bol zneplatnený.

## settings
settings-tab = Nastavenia
settings-space = Priestor
settings-pupils = Žiaci
settings-premoderate_pupils = Zadržať príspevky žiakov, kým ich neschváli učiteľ
settings-pupils_may_create_threads = Žiaci môžu zakladať vlákna
settings-pupils_may_upload = Žiaci môžu nahrávať súbory
settings-save = Uložiť
settings-saved = Nastavenia boli uložené.
settings-archive_title = Archivácia
settings-archive_text = Archivovaný priestor zostáva členom na čítanie, ale nikto v ňom nemôže prispievať, nahrávať ani začať videohovor.
settings-archive = Archivovať tento priestor
settings-archive_question = Archivovať „{ $title }“?
settings-archive_read_only = Nikto už nebude môcť prispievať, nahrávať ani nič meniť.
settings-archive_video = Prebiehajúce videohovory sa hneď skončia.
settings-archive_undo = Zakladateľ môže priestor neskôr znova otvoriť.
settings-archive_confirm = Archivovať
settings-archived_title = Tento priestor je archivovaný
settings-archived_text = Je len na čítanie. Otvorte ho znova, aby členovia mohli prispievať a nahrávať.
settings-unarchive = Znova otvoriť
settings-unarchive_question = Znova otvoriť „{ $title }“?
settings-unarchive_consequence = Členovia budú môcť znova prispievať, nahrávať a začínať videohovory.
settings-delete_title = Odstránenie priestoru
settings-delete_text = Odstránením sa priestor aj všetko v ňom natrvalo vymaže.
settings-delete = Odstrániť tento priestor
settings-delete_question = Natrvalo odstrániť „{ $title }“?
settings-delete_content = Všetky vlákna fóra, správy v chate a súbory vrátane všetkých ich verzií budú odstránené.
settings-delete_members = Všetci členovia o priestor prídu; účty žiakov zostanú len v ich ďalších priestoroch.
settings-delete_video = Prebiehajúce videohovory sa hneď skončia.
settings-delete_no_undo = Odstráni sa aj protokol činností. Túto akciu nemožno vrátiť späť.
settings-delete_confirm = Natrvalo odstrániť
settings-deleted = Priestor „{ $title }“ bol odstránený.

## audit
audit-tab = Protokol činností
audit-caption = Čo sa v tomto priestore dialo, od najnovšieho
audit-when = Kedy
audit-who = Kto
audit-what = Čo
audit-empty = Zatiaľ nebolo nič zaznamenané.
audit-older = Zobraziť staršie záznamy
audit-system = Server
audit-former_member = Bývalý člen
audit-former_member_target = bývalý člen
audit-reason = Dôvod: { $reason }
audit-other = Akcia „{ $action }“: { $target }
audit-space-created = Vytvorenie priestoru
audit-space-settings_changed = Zmena nastavení priestoru
audit-space-archived = Archivácia priestoru
audit-space-unarchived = Opätovné otvorenie priestoru
audit-member-invited = Pozvanie: { $target }, rola „{ $role }“
audit-member-role_changed = Zmena roly: { $target }, z „{ $from }“ na „{ $role }“
audit-member-removed = Odobratie z priestoru: { $target }
audit-member-left = Odchod z priestoru
audit-member-muted = Zákaz písania: { $target }
audit-member-unmuted = Koniec zákazu písania: { $target }
audit-pupil-created = Vytvorenie účtu žiaka: { $target }
audit-pupil-added = Pridanie žiaka: { $target }
audit-pupil-code_reset = Nový prihlasovací kód: { $target }
audit-pupil-exported = Export údajov: { $target }
audit-pupil-erased = Vymazanie účtu žiaka
audit-invitation-created = Vytvorenie odkazu pre hostí
audit-invitation-revoked = Zneplatnenie odkazu pre hostí
audit-invitation-accepted = Pripojenie cez odkaz pre hostí
audit-video-started = Začatie videohovoru
audit-video-ended = Ukončenie videohovoru
audit-video-locked = Zamknutie videohovoru
audit-video-unlocked = Odomknutie videohovoru
audit-video-admitted = Vpustenie do videohovoru: { $target }
audit-video-denied = Nevpustenie do videohovoru: { $target }
audit-video-muted = Stlmenie vo videohovore: { $target }
audit-video-unmuted = Povolenie hovoriť vo videohovore: { $target }
audit-video-removed = Odobratie z videohovoru: { $target }
audit-video-spotlight = Zmena zvýraznenia vo videohovore
audit-post-hidden = Skrytie príspevku
audit-post-restored = Obnovenie príspevku
audit-post-approved = Schválenie príspevku
audit-post-rejected = Zamietnutie príspevku
audit-post-purged = Trvalé odstránenie príspevku
audit-post-reported = Nahlásenie príspevku
audit-report-resolved = Uzavretie nahlásenia
audit-thread-pinned = Pripnutie vlákna
audit-thread-unpinned = Odopnutie vlákna
audit-thread-locked = Zamknutie vlákna
audit-thread-unlocked = Odomknutie vlákna
audit-archive-folder_created = Vytvorenie priečinka
audit-archive-folder_renamed = Premenovanie priečinka
audit-archive-folder_moved = Presun priečinka
audit-archive-folder_trashed = Presun priečinka do koša
audit-archive-folder_restored = Obnovenie priečinka z koša
audit-archive-folder_purged = Trvalé odstránenie priečinka
audit-archive-file_added = Pridanie súboru
audit-archive-file_version_added = Pridanie verzie súboru
audit-archive-file_renamed = Premenovanie súboru
audit-archive-file_moved = Presun súboru
audit-archive-file_trashed = Presun súboru do koša
audit-archive-file_restored = Obnovenie súboru z koša
audit-archive-file_purged = Trvalé odstránenie súboru
audit-chat-expired = Odstránenie správ chatu po uplynutí doby uchovávania
audit-audit-retention_changed = Zmena doby uchovávania záznamov v protokole činností
audit-group-joined = Vstup do skupiny
audit-group-requested = Žiadosť o vstup do skupiny
audit-group-request_accepted = Prijatie žiadosti: { $target }
audit-group-request_declined = Odmietnutie žiadosti: { $target }
audit-group-request_withdrawn = Stiahnutie žiadosti o vstup
audit-member-banned = Zablokovanie: { $target }
audit-member-unbanned = Zrušenie blokovania: { $target }
audit-group-featured = Odporúčanie skupiny
audit-group-unfeatured = Koniec odporúčania skupiny
audit-group-moderator_appointed = Zverenie moderovania: { $target }

## group_role
group_role-founder = Správa skupiny
group_role-admin = Moderovanie
group_role-teacher = Člen skupiny

## readers
readers-title = Práve čítajú
readers-more =
    { $count ->
        [one] a { $count } ďalšia osoba
        [few] a { $count } ďalšie osoby
        [many] a { $count } ďalšej osoby
       *[other] a { $count } ďalších osôb
    }

## groups
groups-nav = Skupiny
groups-title = Skupiny eTwinning
groups-intro = Komunity eTwinnerov okolo predmetu, témy alebo oblasti záujmu. Zúčastňujú sa len overení eTwinneri.
groups-search = Nájsť skupinu
groups-words = Slová z názvu
groups-topic = Téma
groups-language = Jazyk
groups-language_any = Všetky jazyky
groups-language_choose = Vyberte jazyk
groups-country = Krajina člena skupiny
groups-country_any = Všetky krajiny
groups-search_submit = Hľadať
groups-found = Skupiny
groups-empty = Hľadaniu nezodpovedá žiadna skupina.
groups-more = Zobraziť ďalšie skupiny
groups-featured = Odporúčaná
groups-topic_is = Téma: { $topic }
groups-members =
    { $count ->
        [one] { $count } člen
        [few] { $count } členovia
        [many] { $count } člena
       *[other] { $count } členov
    }
groups-access_short-open = Otvorená
groups-access_short-closed = Uzavretá
groups-standing-member = Ste v skupine. Vaša rola: { $role }
groups-standing-requested = Požiadali ste o vstup do tejto skupiny.
groups-standing-banned = Moderátorský tím tejto skupiny vám vstup nepovoľuje.
groups-join = Vstúpiť
groups-ask = Požiadať o vstup
groups-ask_message = Správa pre moderátorský tím (nepovinné)
groups-withdraw = Stiahnuť moju žiadosť
groups-open_group = Otvoriť skupinu
groups-joined = Teraz ste v skupine „{ $title }“.
groups-asked = Vaša žiadosť o vstup do „{ $title }“ bola odoslaná moderátorskému tímu.
groups-withdrawn = Vaša žiadosť o vstup do „{ $title }“ bola stiahnutá.
groups-waiting = Moderátorský tím vašu žiadosť vybaví. Táto stránka ukáže odpoveď, hneď ako príde.
groups-accepted = Vaša žiadosť bola prijatá: vitajte v skupine „{ $title }“.
groups-not_accepted = Vaša žiadosť nebola prijatá. Môžete požiadať znova.
groups-back = Späť na skupiny
groups-create = Vytvoriť skupinu
groups-group_title = Názov
groups-description = Opis (nepovinné)
groups-access = Kto môže vstúpiť
groups-access-open = Otvorená: každý eTwinner vstúpi hneď
groups-access-closed = Uzavretá: moderátorský tím prijíma každú žiadosť
groups-create_submit = Vytvoriť skupinu
groups-created = Skupina „{ $title }“ vytvorená.
groups-members_search = Nájsť člena skupiny
groups-members_more = Zobraziť ďalších členov
groups-leave = Opustiť túto skupinu
groups-leave_consequence = Okamžite stratíte prístup k fóru, súborom, chatu a videu skupiny.
groups-leave_kept = Čo ste napísali a nahrali, zostáva v skupine. Vrátiť sa môžete cez adresár skupín.
groups-leave_confirm = Opustiť skupinu
groups-requests = Žiadosti o vstup
groups-requests_empty = Nikto nečaká.
groups-accept = Prijať
groups-decline = Odmietnuť
groups-accepted_member = { $name } je teraz v skupine.
groups-declined = Žiadosť: { $name } – odmietnutá.
groups-ban = Zablokovať
groups-ban_question = Zablokovať prístup do skupiny: { $name }?
groups-ban_consequence = { $name } okamžite opúšťa skupinu a nemôže sa vrátiť ani o to požiadať.
groups-ban_kept = Príspevky a súbory zostávajú v skupine. Blokovanie môžete neskôr zrušiť.
groups-ban_reason = Dôvod (nepovinné, zostane v protokole)
groups-ban_confirm = Zablokovať
groups-banned = Zablokované: { $name }.
groups-bans = Zablokovaní eTwinneri
groups-bans_empty = Žiadne blokovanie.
groups-lift = Zrušiť blokovanie
groups-lifted = { $name } môže znova vstúpiť.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Nastavte si nové heslo do TwinSpace Live
mail-reset_body =
    Dobrý deň, { $name },

    dostali sme žiadosť (pravdepodobne od vás) o nastavenie nového hesla k vášmu účtu TwinSpace Live.
    Nové heslo nastavíte po otvorení tohto odkazu (funguje raz, počas { $minutes } min):

    { $link }

    Nastavením nového hesla sa odhlásite na všetkých ostatných zariadeniach.
    Ak žiadosť nepochádza od vás, túto správu ignorujte: vaše heslo zostane bez zmeny.

    TwinSpace Live

## events (issue 22)
events-nav = Podujatia
events-title = Nadchádzajúce podujatia
events-empty = Zatiaľ pre vás nie sú žiadne nadchádzajúce podujatia.
events-more = Zobraziť ďalšie podujatia
events-schedule = Naplánovať podujatie
events-zone = Časy sú uvedené vo vašom časovom pásme: { $zone }
events-audience-etwinners = Všetci eTwinneri
events-audience-country = eTwinneri z tejto krajiny: { $country }
events-audience-group = Členovia skupiny
events-audience-twinspace = Členovia TwinSpace
events-organising = Toto podujatie organizujete vy.
events-registered = Vaša prihláška je uložená.
events-waiting = Ste na čakacej listine (poradie { $position }).
events-state-live = Práve naživo
events-state-ended = Toto podujatie sa skončilo.
events-state-cancelled = Toto podujatie bolo zrušené.
events-places = Obsadené miesta: { $taken } z { $capacity }
event_form-new_title = Naplánovať podujatie
event_form-edit_title = Upraviť podujatie
event_form-title = Názov
event_form-description = Opis
event_form-date = Dátum
event_form-time = Čas začiatku
event_form-duration = Dĺžka v minútach
event_form-space = Skupina alebo TwinSpace
event_form-speakers_hint = Vyberte spomedzi vyučujúcich svojich skupín a TwinSpaceov.
event_form-no_speakers = Zatiaľ nie je koho vybrať.
event_form-create = Naplánovať podujatie
event_form-save = Uložiť zmeny
event_form-created = Podujatie „{ $title }“ je naplánované.
event_form-saved = Zmeny podujatia „{ $title }“ sú uložené.
event_form-start_past = Vyberte začiatok v budúcnosti.
event-title = Podujatie
event-back = Všetky podujatia
event-when = Kedy
event-language = Jazyk
event-audience = Kto sa môže prihlásiť
event-organiser = Organizácia
event-speakers = Prednášajúci
event-places = Miesta
event-no_speakers = Prednášajúci zatiaľ nie sú uvedení.
event-waiting_count = Na čakacej listine: { $waiting }
event-registration = Vaše miesto
event-speaking = Na tomto podujatí vystupujete.
event-full = Všetky miesta sú obsadené: ak sa prihlásite, budete na čakacej listine.
event-register = Prihlásiť sa
event-unregister = Uvoľniť svoje miesto
event-leave_waiting = Opustiť čakaciu listinu
event-unregister_confirm_title = Odhlásiť sa z „{ $title }“?
event-unregister_confirm = Vaše poradie dostane ďalšia osoba z čakacej listiny. Ak sa prihlásite znova, možno budete musieť čakať.
event-unregistered = Vaša prihláška je zrušená.
event-calendar = Pridať do môjho kalendára (.ics)
event-organiser_tools = Pre organizáciu
event-edit = Upraviť podujatie
event-cancel = Zrušiť podujatie
event-keep = Ponechať podujatie
event-cancel_confirm_title = Zrušiť „{ $title }“?
event-cancel_confirm_lost = Nikto sa už nebude môcť prihlásiť a všetci uvidia, že je zrušené. Nedá sa to vrátiť späť. Prihlášky a otázky zostanú zachované.
event-cancelled = Podujatie je zrušené.
event-registrants = Prihlášky
event-waiting_list = Čakacia listina
event-nobody = Zatiaľ nikto.
event-attendance = Účasť
event-attendance_hint = Kto sledoval stránku podujatia počas živého vysielania a ako dlho.
event-attendance_none = Podujatie nikto nesledoval naživo.
event-minutes = { $minutes } min
qa-title = Otázky a odpovede
qa-empty = Zatiaľ žiadne otázky.
qa-closed = Otázky sú uzavreté: podujatie sa skončilo.
qa-need_place = Prihláste sa, aby ste mohli položiť otázku alebo nejakú podporiť.
qa-your_question = Vaša otázka
qa-ask = Opýtať sa
qa-asked = Vaša otázka bola odoslaná.
qa-upvote = Podporiť
qa-upvoted = Podporené
qa-votes = Hlasy: { $votes }
qa-by = Pýta sa: { $name }
qa-by_gone = Pýta sa: zmazaný účet
qa-answer = Odpoveď: { $answer }
qa-state-picked = Práve sa odpovedá
qa-state-answered = Zodpovedané
qa-state-hidden = Skryté
qa-pick = Vybrať
qa-unpick = Vrátiť späť
qa-hide = Skryť
qa-restore = Obnoviť
qa-answer_label = Písomná odpoveď (nepovinná)
qa-mark_answered = Označiť ako zodpovedané
qa-gone = Tieto otázky už nemôžete sledovať.
audit-event-created = Naplánovanie podujatia „{ $title }“
audit-event-updated = Úprava podujatia „{ $title }“
audit-event-cancelled = Zrušenie podujatia „{ $title }“
audit-event-question_moderated = Moderovanie otázky podujatia „{ $title }“

## the live webinar (issue 22)
live-title = Živé video
live-not_started = Živé video sa ešte nezačalo.
live-ended = Živé video sa skončilo.
live-connecting = Pripája sa k živému videu…
live-need_place = Živé video môžu sledovať len tí, ktorí majú miesto.
live-watching_you = Sledujete živé video.
live-on_air = Vysielate naživo: všetci vás vidia a počujú.
live-recording = Toto podujatie sa nahráva.
live-speaking = Hovorí: { $names }
live-nobody_speaking = Zatiaľ nikto nehovorí.
live-watching = Sleduje: { $watching }
live-start = Spustiť živé video
live-end = Ukončiť živé video
live-end_confirm_title = Ukončiť živé video podujatia „{ $title }“?
live-end_confirm_lost = Video sa zastaví všetkým, rečníkom aj publiku. Kým podujatie trvá, môžete ho spustiť znova; otázky zostanú zachované.
live-go_live = Vysielať naživo
live-stop = Zastaviť moje video
live-hand_raised = Máte zdvihnutú ruku: moderátor vás môže pozvať k slovu.
live-invited = Ste pozvaní k slovu: začnite vysielať, keď budete pripravení.
live-returned = Ste späť v publiku.
live-hands = Zdvihnuté ruky
live-no_hands = Nikto nezdvihol ruku.
live-promote = Pozvať { $name } k slovu
live-return = Vrátiť { $name } do publika
live-record_start = Spustiť nahrávanie
live-record_stop = Zastaviť nahrávanie

## the event's recordings and seat (issue 22)
event-moved_up = Teraz máte miesto: postúpili ste z čakacieho zoznamu.
live-off_stage_returned = Moderátor vás vrátil do publika.
live-off_stage_muted = V tomto priestore vám bol vypnutý zvuk: ste späť v publiku.
live-off_stage_removed = Už nie ste členom tohto priestoru: ste späť v publiku.
live-off_stage_unnamed = Už nie ste rečníkom tohto podujatia: ste späť v publiku.
recordings-title = Záznamy
recordings-processing = Záznam sa spracúva: zobrazí sa tu, keď bude hotový.
recordings-take = Nahrané { $when } · { $length }
recordings-video = Video: { $speaker }
recordings-audio = Zvuk: { $speaker }
recordings-former_speaker = bývalý rečník
