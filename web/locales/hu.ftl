### TwinSpace Live: az oldal szövegei magyarul.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Magyar

## app
app-name = TwinSpace Live
app-skip = Ugrás a tartalomra
app-nav = Fő navigáció
app-language = Nyelv
app-sign_out = Kijelentkezés
app-signed_in_as = Bejelentkezve: { $name }
app-loading = Betöltés…

## conn
conn-lost = Megszakadt a kapcsolat. Újracsatlakozás…
conn-back = Újra csatlakozva.
conn-failed = Az élő kapcsolat lezárult. Töltse be újra az oldalt, és próbálja meg ismét.
conn-session_ended = A munkamenete véget ért. Kérjük, jelentkezzen be újra.
conn-account_locked = Ez a fiók már nem használható. Jelentkezzen be újra, hogy megtudja, miért.
conn-closed-auth_missing = Az élő kapcsolat nem kapta meg időben a bejelentkezését. Töltse be újra az oldalt.
conn-closed-session_invalid = A munkamenete már nem érvényes. Kérjük, jelentkezzen be újra.
conn-closed-session_expired = A munkamenete lejárt. Kérjük, jelentkezzen be újra.
conn-closed-signed_out = Kijelentkeztették. Kérjük, jelentkezzen be újra.
conn-closed-account_locked = Ez a fiók már nem használható. Jelentkezzen be újra, hogy megtudja, miért.
conn-closed-too_many_connections = Ebben a fiókban túl sok oldal van egyszerre megnyitva. Zárjon be néhány lapot, majd töltse be újra ezt az oldalt.
conn-closed-too_many_messages = Ez az oldal túl sok mindent küldött túl gyorsan. Várjon egy kicsit, majd töltse be újra.
conn-closed-frame_too_large = Ez az oldal túl nagy adatot küldött. Töltse be újra az oldalt, és próbálja meg ismét.
conn-closed-idle_timeout = Az élő kapcsolat túl sokáig volt tétlen, ezért lezárult. Újracsatlakozás…
conn-closed-slow_consumer = Az élő kapcsolat lemaradt. Újracsatlakozás…
conn-closed-server_restarting = A szerver újraindul. Egy pillanat múlva újracsatlakozunk…
conn-closed-server_shutting_down = A szerver, amelyhez csatlakozott, leáll. Újracsatlakozás…
conn-closed-unavailable = A szerver foglalt. Egy pillanat múlva újracsatlakozunk…
conn-closed-internal = Hiba történt a szerveren. Egy pillanat múlva újracsatlakozunk…

## login
login-title = Bejelentkezés
login-intro = A tanárok és a vendégek e-mail-címmel jelentkeznek be. A diákok a tanáruktól kapott felhasználónevet és kódot használják.
login-teacher = Tanárok és vendégek
login-pupil = Diákok
login-email = E-mail-cím
login-password = Jelszó
login-username = Felhasználónév
login-code = Kód
login-submit = Bejelentkezés
login-pupil_submit = Bejelentkezés diákként
login-forgot = Elfelejtette a jelszavát?
login-register = Még nincs fiókja? Hozzon létre eTwinner-fiókot
login-pupil_forgot = Elfelejtette a kódját? Kérjen újat a tanárától.

## invite
invite-title = Csatlakozás egy TwinSpace-hez vendégként
invite-intro = Meghívást kapott egy TwinSpace-be. Adja meg, milyen néven lássák Önt a többiek, és állítson be jelszót.
invite-display_name = Az Ön neve
invite-submit = Meghívás elfogadása
invite-checking = A meghívás ellenőrzése…
invite-for_space = Meghívást kapott ide: „{ $title }”.
invite-unknown = Ez a meghívó link ismeretlen. Ellenőrizze, hogy a teljes linket másolta-e ki, vagy kérjen újat attól a tanártól, aki küldte.
invite-expired = Ez a meghívó link lejárt. Kérjen újat attól a tanártól, aki küldte.
invite-used_up = Ezt a meghívó linket már annyiszor használták, ahányszor lehetett. Kérjen újat attól a tanártól, aki küldte.
invite-revoked = Ezt a meghívó linket egy tanár visszavonta.
invite-closed = A meghíváshoz tartozó tér le van zárva.

## spaces
spaces-title = Tereim
spaces-empty = Még egyetlen térnek sem tagja.
spaces-create = Tér létrehozása
spaces-kind = Típus
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Terem
spaces-kind-group = Csoport
spaces-space_title = Cím
spaces-description = Leírás (nem kötelező)
spaces-create_submit = Létrehozás
spaces-created = Létrejött a tér: „{ $title }”.
spaces-my_role = Az Ön szerepe: { $role }
spaces-archived = archivált

## space
space-back = Vissza a tereimhez
space-sections = A tér részei
space-members = Tagok
space-online_count =
    { $count ->
        [one] { $count } online
       *[other] { $count } online
    }
space-online = online
space-offline = offline
space-you = (Ön)
space-refreshed = A lista frissült.
space-gone = Ez a tér már nem érhető el az Ön számára.

## chat
chat-title = Csevegés
chat-empty = Még nincs üzenet.
chat-message = Üzenet
chat-send = Küldés
chat-pending = (tanárra vár)
chat-typing = { $name } éppen ír…
chat-teachers_tab = Tanári faliújság
chat-teachers_title = Tanári faliújság
chat-session_title = A videóhívás csevegése
chat-older = Régebbi üzenetek megjelenítése
chat-new_messages = Új üzenetek
chat-mention_list = Megemlíthető tagok
chat-mention_hint = Írjon @ jelet és egy nevet, ha meg szeretne említeni egy tagot.
chat-hidden = (egy tanár elrejtette)
chat-deleted = (törölve)
chat-rejected = (egy tanár nem engedélyezte)
chat-edited = (szerkesztve)
chat-mentions_you = megemlítette Önt
chat-edit = Szerkesztés
chat-edit_label = Üzenet szerkesztése
chat-save = Mentés
chat-cancel = Mégse
chat-delete = Törlés
chat-delete_confirm = Igen, törlés
chat-hide = Elrejtés
chat-restore = Visszaállítás
chat-approve = Jóváhagyás
chat-reject = Elutasítás
chat-report = Jelentés
chat-reported = Köszönjük. A tanárok megnézik ezt az üzenetet.
chat-mute = Némítás
chat-mute_question = { $name } némítása?
chat-mute_for = { $name } némításának időtartama
chat-minutes =
    { $count ->
        [one] { $count } perc
       *[other] { $count } perc
    }
chat-mute_confirm = Némítás most
chat-muted_other = { $name } { $time }-ig nem írhat.
chat-muted_you = Egy tanár { $time }-ig szüneteltette, hogy írhasson. A csevegést továbbra is olvashatja.
chat-unmuted_you = Újra írhat a csevegésben.
chat-gone = Ez a csevegés már nem érhető el az Ön számára.

## role
role-founder = Alapító
role-admin = Adminisztrátor
role-teacher = Tanár
role-pupil_admin = Diák adminisztrátor
role-pupil = Diák
role-guest = Vendég

## error
error-bad_credentials = A bejelentkezési adatok nem megfelelőek. Ellenőrizze őket, és próbálja újra.
error-rate_limited = Túl sok próbálkozás. Várjon egy kicsit, és próbálja újra.
error-invalid = Néhány mező nincs helyesen kitöltve.
error-not_found = Ez az oldal nem létezik, vagy Ön nem láthatja.
error-forbidden = Ehhez nincs jogosultsága.
error-gone = Ez már nem létezik, vagy már nem működik.
error-conflict = Ez ütközik valamivel, ami már létezik.
error-gone-revoked = Ez a meghívó link már nem működik: a tér tanárai visszavonták.
error-gone-expired = Ez a meghívó link már nem működik: lejárt.
error-gone-used_up = Ez a meghívó link már nem működik: már annyiszor használták, ahányszor lehetett.
error-conflict-name_taken = „{ $name }” már létezik itt. Válasszon másik nevet.
error-conflict-in_trash = „{ $name }” a lomtárban van: először állítsa vissza.
error-conflict-not_in_trash = „{ $name }” nincs a lomtárban.
error-conflict-parent_in_trash = „{ $name }” egy olyan mappában van, amely most a lomtárban van: először azt a mappát állítsa vissza.
error-conflict-folder_not_empty = Ez a mappa nem üres: „{ $name }”. Először helyezze át a tartalmát a lomtárba.
error-conflict-wrong_status = A fiók állapota ({ $status }) ezt nem teszi lehetővé.
error-unauthenticated = Kérjük, jelentkezzen be.
error-network = A szerver nem érhető el. Ellenőrizze a kapcsolatot, és próbálja újra.
error-generic = Hiba történt. Kérjük, próbálja újra.
error-too_large = Ez túl nagy.
error-quota_exceeded = Ebben a térben nincs elég szabad hely.
error-unsupported = A szerver nem tudja fogadni ezt a fajta kérést.
error-aborted = A feltöltés megszakadt.
error-rate_limited_wait = Túl sok próbálkozás. Próbálja újra { $wait }.
error-fields = Néhány mező figyelmet igényel: olvassa el az egyes mezők alatti üzenetet.
error-account_rejected = Az országa nemzeti adminisztrátora nem fogadta el ezt a regisztrációt, ezért ezzel a fiókkal nem lehet bejelentkezni. Ha úgy gondolja, hogy ez tévedés, forduljon országa eTwinning Nemzeti Támogató Szolgálatához.
error-account_suspended = Az országa nemzeti adminisztrátora felfüggesztette ezt a fiókot: egyelőre nem lehet vele bejelentkezni. Ha meg szeretné tudni, miért, vagy kérné a visszaállítását, forduljon országa eTwinning Nemzeti Támogató Szolgálatához.
error-malformed = Az oldal olyasmit küldött, amit a szerver nem tudott értelmezni. Töltse be újra az oldalt, és próbálja meg ismét.
error-csrf = Az oldal biztonsági ellenőrzése nem sikerült. Töltse be újra az oldalt, és próbálja meg ismét.
error-limit_exceeded = Ez túllépi a térre megszabott egyik korlátot.
error-unavailable = A szerver foglalt, vagy egy része nem válaszol. Kérjük, próbálja újra egy kis idő múlva.
error-internal = Hiba történt a szerveren. Kérjük, próbálja újra később.
error-insufficient_storage = A szerveren nem maradt hely a fájlok számára. Semmi sem lett mentve; kérjük, szóljon az iskolája eTwinning-kapcsolattartójának.
error-request_timeout = A küldés túl sokáig tartott, ezért leállt. Ellenőrizze a kapcsolatot, és próbálja újra.
error-conflict-not_a_guest = Ez az e-mail-cím egy eTwinning-fiókhoz tartozik. A tanárokat a tér adminisztrátorai hívják meg, nem vendéglinkkel.

## notice
notice-post-pending = Köszönjük! Egy tanár elolvassa a hozzászólását, mielőtt mindenki láthatná.
notice-post-approved = Egy tanár elolvasta a hozzászólását. Most már mindenki láthatja a projektben.
notice-post-rejected = Egy tanár úgy döntött, hogy nem jeleníti meg a hozzászólását. Megkérdezheti a tanárát, miért.
notice-post-hidden = Egy tanár egyelőre elrejtette a hozzászólását. Megkérdezheti a tanárát, miért.
notice-post-restored = Egy tanár újra megjelenítette a hozzászólását. Most már mindenki láthatja.
notice-post-purged = Egy tanár eltávolította a hozzászólását.
notice-member-muted = Olvashatja a projektet, de egy ideig nem írhat benne.
notice-member-unmuted = Újra írhat a projektben.
notice-chat-mention = { $name } megemlítette Önt a csevegésben.

## video
video-section = Videó
video-open_sessions = Nyitott videóhívások
video-none = Nincs nyitott videóhívás.
video-start_title = Videóhívás indítása
video-title = Cím (nem kötelező)
video-lobby = A diákok a váróteremben várnak, amíg egy tanár be nem engedi őket
video-start = Indítás
video-join_named = Csatlakozás: „{ $title }”
video-nobody_in_call = Még senki sincs a hívásban
video-people_in_call =
    { $count ->
        [one] { $count } személy van a hívásban
       *[other] { $count } személy van a hívásban
    }
video-locked = (zárolva)
video-back = Vissza a térbe
video-participants = Résztvevők
video-my_controls = Az Ön mikrofonja és kamerája
video-chat = A videóhívás csevegése
video-starting_media = A kamera és a mikrofon indítása…
video-in_call = Ön a hívásban van.
video-waiting_in_lobby = Ön a váróteremben van. Egy tanár hamarosan beengedi.
video-no_media = Sem kamerát, sem mikrofont nem sikerült használni: a többieket így is láthatja és hallhatja.
video-partial_media = A kamerát és a mikrofont csak részben sikerült használni.
video-enable_sound = Hang bekapcsolása
video-mic_on = Mikrofon bekapcsolva
video-mic_off = Mikrofon kikapcsolva
video-mic_forced = Egy tanár némította
video-camera_on = Kamera bekapcsolva
video-camera_off = Kamera kikapcsolva
video-hand_raised = Feltett kéz
video-mute_me = Mikrofonom némítása
video-unmute_me = Mikrofonom bekapcsolása
video-camera_stop = Kamerám kikapcsolása
video-camera_start = Kamerám bekapcsolása
video-hand_raise = Kézfeltartás
video-hand_lower = Kéz leengedése
video-leave = Kilépés
video-you_are_muted = Egy tanár némította Önt. Akkor kapcsolhatja vissza a mikrofonját, ha egy tanár engedélyezi.
video-muted_by_teacher = Egy tanár némította a mikrofonját.
video-unmute_allowed = Egy tanár engedélyezi, hogy újra bekapcsolja a mikrofonját.
video-mute_other = Némítás
video-mute_named = { $name } némítása
video-allow_unmute = Mikrofon engedélyezése
video-allow_unmute_named = Mikrofon engedélyezése: { $name }
video-remove = Eltávolítás
video-remove_named = { $name } eltávolítása a videóhívásból
video-lobby_title = Váróterem
video-lobby_empty = Senki sem várakozik.
video-admit = Beengedés
video-admit_named = { $name } beengedése
video-deny = Elutasítás
video-deny_named = { $name } elutasítása
video-manage = Ez a videóhívás
video-is_open = Nyitott: a tagok csatlakozhatnak.
video-is_locked = Zárolt: csak tanárok csatlakozhatnak.
video-lock = Videóhívás zárolása
video-end = Videóhívás befejezése mindenkinek
video-ended = A videóhívás véget ért.
video-ended_space_archived = A videóhívás véget ért: a teret archiválták.
video-ended_space_deleted = A videóhívás véget ért: a teret törölték.
video-ended_empty = A videóhívás véget ért: egy ideje senki sem volt benne.
video-no_teacher_yet = Ebben a videóhívásban még nincs tanár, így senki sem tudja beengedni Önt. Várhat itt, vagy kiléphet.
video-leave_lobby = Kilépés a váróteremből
video-removed = Egy tanár eltávolította Önt a videóhívásból.
video-denied = Egy tanár nem engedte be Önt ebbe a videóhívásba.
video-left = Ön kilépett a videóhívásból.
video-full = Ez a videóhívás megtelt.
video-refused = Nem csatlakozhat ehhez a videóhíváshoz.
video-signal_refused = A szerver elutasította, amit a böngészője küldött. Próbáljon meg kilépni, majd újra csatlakozni.
video-sfu_moving = A videóhívás megnőtt: a hívás átkerül az iskolai médiaszerverre…
video-sfu_unreachable = Az iskolai médiaszerver nem érhető el. Újrapróbálkozás…
video-sfu_no_seat = Ebben a videóhívásban minden kamerahely foglalt: Ön látja és hallja a többieket, de ők nem látják és nem hallják Önt.
video-sfu_not_sent = A kameráját és a mikrofonját nem sikerült továbbítani. A többieket továbbra is látja és hallja.

## forum
forum-title = Fórum
forum-threads = Témák
forum-posts = Hozzászólások
forum-areas = A fórum részei
forum-area-open = Nyitott fórum
forum-area-teachers = Tanári faliújság
forum-empty = Még nincs téma.
forum-thread_meta =
    { $count ->
        [one] { $author } · { $count } hozzászólás · { $when }
       *[other] { $author } · { $count } hozzászólás · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } új
       *[other] { $count } új
    }
forum-pinned = kitűzve
forum-locked = zárolva
forum-new_thread = Új téma indítása
forum-new_bulletin = Új téma indítása a Tanári faliújságon
forum-thread_title = A téma címe
forum-first_post = Első hozzászólás
forum-start = Téma indítása
forum-thread_started = A téma elindult.
forum-thread_held = Köszönjük! Egy tanár elolvassa a témádat, mielőtt mindenki láthatná.
forum-back = Vissza a témákhoz
forum-reply_label = Az Ön válasza
forum-send = Válasz közzététele
forum-no_reply = Ebben a témában nem válaszolhat.
forum-held = Köszönjük! Egy tanár elolvassa a hozzászólásodat, mielőtt mindenki láthatná.
forum-edited = (szerkesztve)
forum-edit = Szerkesztés
forum-edit_label = Hozzászólás szerkesztése
forum-save = Mentés
forum-saved = A hozzászólása módosult.
forum-cancel = Mégse
forum-delete = Törlés
forum-deleted = A hozzászólás törölve.
forum-report = Jelentés
forum-report_reason = Mi a probléma ezzel a hozzászólással? (nem kötelező)
forum-report_send = Jelentés elküldése
forum-reported = Köszönjük. A tanárokat értesítettük.
forum-hide = Elrejtés
forum-restore = Visszaállítás
forum-approve = Jóváhagyás
forum-reject = Elutasítás
forum-done-hide = A hozzászólás el van rejtve az osztály elől.
forum-done-restore = A hozzászólás újra látható.
forum-done-approve = A hozzászólás jóvá van hagyva: mindenki láthatja.
forum-done-reject = A hozzászólás el van utasítva: csak a szerzője látja.
forum-state-pending = tanárra vár
forum-state-hidden = elrejtve
forum-state-rejected = nincs közzétéve
forum-state-deleted = törölve
forum-pin = Kitűzés
forum-unpin = Kitűzés megszüntetése
forum-lock = Zárolás
forum-unlock = Zárolás feloldása
forum-thread_changed = A téma módosult.
forum-thread_gone = Ez a téma már nem érhető el az Ön számára.
forum-moderation = Moderálás
forum-queue = Jóváhagyásra vár
forum-queue_empty = Nincs várakozó hozzászólás.
forum-reports = Jelentések
forum-reports_empty = Nincs nyitott jelentés.
forum-reported_by = jelentette: { $name }
forum-report_said = Indok: { $reason }
forum-resolve = Jelentés lezárása
forum-resolved = A jelentés lezárva.

## reactions
reaction-bar = Reakciók
reaction-add = Reakció hozzáadása
reaction-picker = Válassz reakciót
reaction-count =
    { $count ->
        [one] { $name }: { $count } fő
       *[other] { $name }: { $count } fő
    }
reaction-thumbs_up = Tetszik
reaction-heart = Szív
reaction-clap = Bravó
reaction-laugh = Vicces
reaction-idea = Jó ötlet
reaction-question = Kérdésem van

## archive
archive-title = Fájlok
archive-usage = Felhasználva: { $used } / { $quota }
archive-where = Mappa
archive-top = Összes fájl
archive-empty = Ez a mappa üres.
archive-contents = Mappák és fájlok
archive-name = Név
archive-size = Méret
archive-by = Hozzáadta
archive-when = Módosítva
archive-actions = Műveletek
archive-former_member = korábbi tag
archive-choose = Fájl kiválasztása
archive-upload = Feltöltés
archive-progress = A feltöltés állapota
archive-uploading = Feltöltés: { $name } – { $percent }
archive-uploaded = Feltöltve: „{ $name }”.
archive-too_large = Ez a fájl túl nagy: egy fájl legfeljebb { $max } lehet.
archive-quota = Nincs elég hely a tér fájljai között ({ $free } szabad). Kérje meg egy tanárt, hogy távolítson el régi fájlokat.
archive-new_folder = Új mappa
archive-create_folder = Mappa létrehozása
archive-folder_created = Létrejött a mappa: „{ $name }”.
archive-download = Letöltés
archive-download_named = Letöltés: { $name }
archive-rename = Átnevezés
archive-rename_named = Átnevezés: { $name }
archive-new_name = Új név
archive-save = Mentés
archive-cancel = Mégse
archive-renamed = Az új név: „{ $name }”.
archive-trash = Áthelyezés a lomtárba
archive-trash_named = Áthelyezés a lomtárba: { $name }
archive-trashed = „{ $name }” a lomtárba került.
archive-show_trash = Lomtár
archive-trash_empty = A lomtár üres.
archive-restore = Visszaállítás
archive-restore_named = Visszaállítás: { $name }
archive-restored = „{ $name }” visszakerült.
archive-purge = Végleges törlés
archive-purge_named = Végleges törlés: { $name }
archive-purged = „{ $name }” véglegesen törölve.
archive-choose_first = Válasszon ki egy feltöltendő fájlt.
archive-no_file = Még nincs kiválasztott fájl.
archive-name_taken = Már van itt valami ezzel a névvel. Válasszon másik nevet.

## unit
unit-b = B
unit-kb = kB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Töltse ki ezt a mezőt.
field-unknown = Ez a mező itt nem várt.
field-type = Ez az érték nem megfelelő típusú.
field-blank = Írjon ide valamit: a szóközök önmagukban nem számítanak.
field-too_short =
    { $count ->
        [one] Írjon legalább { $min } karaktert.
       *[other] Írjon legalább { $min } karaktert.
    }
field-too_long =
    { $count ->
        [one] Írjon legfeljebb { $max } karaktert.
       *[other] Írjon legfeljebb { $max } karaktert.
    }
field-too_small = Legalább ennyit adjon meg: { $min }.
field-too_large = Legfeljebb ennyit adjon meg: { $max }.
field-format = Ez nem a várt formátumú.
field-choice = Válasszon a felkínált lehetőségek közül.
field-invalid = Ez az érték nem elfogadható.

## confirm
confirm-cancel = Mégse
confirm-trash_file = Áthelyezi a lomtárba: „{ $name }”?
confirm-trash_file_lost = A tagok többé nem látják ezt a fájlt. Egy tanár visszaállíthatja a lomtárból.
confirm-trash_folder = Áthelyezi a lomtárba ezt a mappát: „{ $name }”?
confirm-trash_folder_lost = A tagok többé nem látják ezt a mappát, sem semmit, ami benne van. Egy tanár visszaállíthatja a lomtárból.
confirm-purge = Véglegesen törli: „{ $name }”?
confirm-purge_lost = Mindenki számára eltűnik, és nem lehet visszaállítani.
confirm-delete_post = Törli ezt a hozzászólást?
confirm-delete_post_lost = A hozzászólás szövege mindenki számára eltűnik. Ez nem vonható vissza.
confirm-delete_message = Törli ezt az üzenetet?
confirm-delete_message_lost = Az üzenet szövege mindenki számára eltűnik. Ez nem vonható vissza.
confirm-end_session = Befejezi a videóhívást mindenki számára?
confirm-end_session_lost = Mindenki azonnal kilép a hívásból, és a videóhívást nem lehet újra megnyitni.
confirm-remove_participant = { $name } eltávolítása a videóhívásból?
confirm-remove_participant_lost = { $name } azonnal kikerül a hívásból, és nem térhet vissza ebbe a videóhívásba.
confirm-deny = { $name } elutasítása?
confirm-deny_lost = { $name } nem léphet be ebbe a videóhívásba.

## page
page-not_found = Az oldal nem található
page-not_found_text = Ezen a címen nincs oldal.
page-go_spaces = Ugrás a tereimhez
page-go_sign_in = Ugrás a bejelentkezéshez

## form
form-required = Töltse ki ezt a mezőt.
form-email_format = Írjon be egy e-mail-címet, például nev@iskola.eu.
form-password_short = Legalább 10 karaktert használjon.
form-password_long = Legfeljebb 200 karaktert használjon.
form-password_mismatch = A két jelszó nem egyezik.
form-password_hint = Legalább 10 karakter. Jól működik néhány szó, amelyet meg tud jegyezni.
form-check_fields = Ellenőrizze a fent megjelölt mezőket.
form-field_invalid = Ez az érték nem elfogadható.

## register
register-title = eTwinner-fiók létrehozása
register-intro = Tanároknak. Az országa nemzeti adminisztrátora ellenőrzi, hogy Ön tanár-e, majd jóváhagyja a fiókját. A diákok nem regisztrálnak: a fiókjukat a tanáruk hozza létre.
register-name = Az Ön neve
register-school = Iskola
register-country = Ország
register-country_choose = Válassza ki az országát
register-submit = Fiókom létrehozása
register-email_taken = Ezzel az e-mail-címmel már létezik fiók. Jelentkezzen be, vagy kérjen új jelszót.
register-have_account = Már van fiókja? Jelentkezzen be

## pending
pending-title = A fiókja jóváhagyásra vár
pending-who_heading = Ki hagyja jóvá
pending-who = Az országa ({ $country }) nemzeti adminisztrátora ellenőrzi, hogy Ön a megadott iskolában tanít-e, majd jóváhagyja a fiókját.
pending-next_heading = Mi következik
pending-next_validate = Ha a fiókját jóváhagyták, Ön eTwinner: tereket hozhat létre, meghívást kaphat projektekbe, és létrehozhatja a diákjai fiókjait. Ennek megtekintéséhez jelentkezzen be újra, vagy nyomja meg az „Újbóli ellenőrzés” gombot.
pending-next_reject = Ha a nemzeti adminisztrátor nem fogadja el a regisztrációját, ezt bejelentkezéskor megtudja.
pending-next_meanwhile = Addig is megváltoztathatja a nevét és a jelszavát a „Fiókom” részben.
pending-check = Újbóli ellenőrzés
pending-still = A fiókja még mindig jóváhagyásra vár.
pending-count =
    { $count ->
        [one] { $count } moderálásra vár
       *[other] { $count } moderálásra vár
    }

## forgot
forgot-title = Elfelejtette a jelszavát?
forgot-intro = Írja be a fiókjához tartozó e-mail-címet. Küldünk rá egy linket, amellyel új jelszót választhat.
forgot-submit = Link küldése
forgot-sent = Ha ehhez a címhez tartozik fiók, a link úton van. Egyszer használható, korlátozott ideig. Nézze meg a levélszemét mappát is.
forgot-pupils = Diákok: itt nincs e-mail-címetek. Kérjetek új kódot a tanárotoktól.
forgot-back = Vissza a bejelentkezéshez

## reset
reset-title = Új jelszó választása
reset-intro = Ha új jelszót választ, minden más eszközén kijelentkezik.
reset-password = Új jelszó
reset-confirm = Új jelszó még egyszer
reset-submit = Új jelszó mentése
reset-gone = Ez a link lejárt, vagy már felhasználták. Kérjen újat.
reset-done = A jelszava megváltozott. Jelentkezzen be az új jelszóval.
reset-ask_again = Új link kérése

## account
account-title = Fiókom
account-signed_in_with = Ezzel a címmel jelentkezik be: { $email }.
account-name_heading = Az Ön neve
account-name = A mások által látott név
account-save_name = Név mentése
account-name_saved = A neve mentve.
account-pupil_note = Ezt a nevet a tanára választotta és kezeli. Ha változtatni kell rajta, kérdezze meg a tanárát.
account-password_heading = Az Ön jelszava
account-password_intro = A jelszó módosításával a többi eszközén kijelentkezik; itt bejelentkezve marad.
account-current_password = Jelenlegi jelszó
account-new_password = Új jelszó
account-confirm_password = Új jelszó még egyszer
account-save_password = Jelszó módosítása
account-password_saved = A jelszava megváltozott.
account-current_wrong = Ez nem az Ön jelenlegi jelszava.
account-everywhere_heading = Kijelentkezés mindenhol
account-everywhere_intro = Minden eszközön és böngészőben megszünteti a bejelentkezését, ezen is: egy elveszett telefon vagy egy közös számítógép többé nem nyitja meg a fiókját.
account-everywhere = Kijelentkezés mindenhol…
account-everywhere_question = Kijelentkezik minden eszközön, ezen is? A megnyitott oldalak azonnal bezárulnak, és ami még nem lett elküldve bennük, elvész.
account-everywhere_confirm = Igen, kijelentkezés mindenhol
account-everywhere_done = Minden eszközön kijelentkezett.
account-cancel = Mégse

## admin
admin-nav = Jóváhagyási konzol
admin-title = Nemzeti adminisztrátori konzol
admin-country = Ország: { $country }
admin-only_national_admins = Ez az oldal a nemzeti adminisztrátoroknak szól.
admin-pending_heading = Jóváhagyásra váró tanárok
admin-pending_count =
    { $count ->
        [one] { $count } tanár vár.
       *[other] { $count } tanár vár.
    }
admin-pending_none = Egy tanár sem vár jóváhagyásra.
admin-select_all = Összes kijelölése
admin-select_first = Először jelöljön ki legalább egy tanárt.
admin-validate_selected = Kijelöltek jóváhagyása
admin-reject_selected = Kijelöltek elutasítása…
admin-validated =
    { $count ->
        [one] { $count } tanár jóváhagyva.
       *[other] { $count } tanár jóváhagyva.
    }
admin-rejected =
    { $count ->
        [one] { $count } regisztráció elutasítva.
       *[other] { $count } regisztráció elutasítva.
    }
admin-reject_question =
    { $count ->
        [one] Elutasítja ezt a regisztrációt: { $names }? Az illető nem tud majd bejelentkezni, és ez nem vonható vissza.
       *[other] Elutasítja a következő { $count } regisztrációt ({ $names })? Ezek a személyek nem tudnak majd bejelentkezni, és ez nem vonható vissza.
    }
admin-reject_reason = Az elutasítás indoka
admin-reject_heading = Regisztrációk elutasítása
admin-suspend_heading = Fiók felfüggesztése
admin-reinstate_heading = Fiók visszaállítása
admin-reject_reason_hint = Az Ön nevével együtt bekerül a tevékenységnaplóba.
admin-reject_confirm =
    { $count ->
        [one] { $count } regisztráció elutasítása
       *[other] { $count } regisztráció elutasítása
    }
admin-failed_one = { $name }: { $why }
admin-school = Iskola: { $school }
admin-registered = Regisztráció: { $date }
admin-search_heading = Fiók keresése
admin-search_label = Név, e-mail-cím vagy iskola
admin-search_hint = Csak az Ön országának fiókjai. Ha üresen hagyja, mindegyik megjelenik, a legújabbal kezdve.
admin-search = Keresés
admin-showing = { $from }–{ $to } / { $total }
admin-no_match = Nincs egyező fiók.
admin-previous = Előző oldal
admin-next = Következő oldal
admin-suspend = Felfüggesztés…
admin-suspend_named = { $name } felfüggesztése…
admin-suspend_question = Felfüggeszti ezt a fiókot: { $name }? Az illető azonnal mindenhol kijelentkezik, a megnyitott oldalai bezárulnak, és nem tud bejelentkezni, amíg Ön vissza nem állítja a fiókot.
admin-suspend_reason = A felfüggesztés indoka
admin-suspend_confirm = Igen, felfüggesztés
admin-suspend_done = Felfüggesztve: { $name }.
admin-reinstate = Visszaállítás…
admin-reinstate_named = { $name } visszaállítása…
admin-reinstate_question = Visszaállítja ezt a fiókot: { $name }? Az illető újra be tud jelentkezni.
admin-reinstate_reason = Indok (nem kötelező)
admin-reinstate_confirm = Visszaállítás
admin-reinstate_done = Visszaállítva: { $name }.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = A megerősítéshez írja be a tér címét: { $text }

## status
status-active = aktív
status-pending = jóváhagyásra vár
status-suspended = felfüggesztve
status-rejected = elutasítva
status-erased = törölve

## names
names-marked = { $name } ({ $mark })

## members
members-username = felhasználónév: { $username }
members-role_of = { $name } szerepe
members-change_role = Szerep módosítása
members-role_question = { $name } szerepének módosítása: „{ $from }” helyett „{ $to }”?
members-role_consequence = { $name } mostantól minden eszközön azonnal mindazt megteheti, amit ez a szerep megenged: „{ $to }”.
members-role_confirm = Szerep módosítása
members-role_changed = { $name } új szerepe: „{ $role }”.
members-reset_code = Új kód
members-reset_question = Új bejelentkezési kód ennek a diáknak: { $name }?
members-reset_consequence = A régi kód azonnal megszűnik működni, és a diák mindenhol kijelentkezik. Az új kártyát Ön adja át.
members-reset_confirm = Új kód létrehozása
members-reset_done = { $name } új kódot kapott: adja át az alábbi új kártyát.
members-export = Adatok exportálása
members-remove = Eltávolítás
members-remove_question = { $name } eltávolítása ebből a térből?
members-remove_consequence = { $name } azonnal elveszíti a hozzáférést ehhez a térhez, minden eszközön.
members-remove_pupil_kept = A diák fiókja, hozzászólásai és fájljai megmaradnak; később újra hozzáadhatja a diákot.
members-remove_kept = A tag hozzászólásai és fájljai a térben maradnak.
members-remove_confirm = Eltávolítás
members-removed = Eltávolítva: { $name }.
members-erase = Fiók törlése
members-leave = Kilépés ebből a térből
members-leave_question = Kilép ebből a térből: „{ $title }”?
members-leave_consequence = Azonnal elveszíti a hozzáférést a tér fórumaihoz, fájljaihoz, csevegéséhez és videóihoz. Csak egy adminisztrátor tanár veheti vissza.
members-leave_kept = Amit írt és feltöltött, az a térben marad.
members-leave_confirm = Kilépés a térből
members-left = Kilépett ebből a térből: „{ $title }”.

## erase
erase-question = { $name } fiókjának törlése?
erase-account_gone = A diák neve, felhasználóneve és kódja véglegesen törlődik.
erase-signed_out = A diák azonnal kijelentkezik, és soha többé nem tud bejelentkezni.
erase-no_undo = Ez nem vonható vissza.
erase-export_first = Ha a diák vagy a családja másolatot szeretne, először exportálja az adatokat.
erase-posts = A diák hozzászólásai és csevegőüzenetei
erase-posts_keep = Megtartás „korábbi diák” névvel
erase-posts_remove = Végleges eltávolítás
erase-files = A diák fájljai
erase-files_keep = Megtartás „korábbi diák” tulajdonaként
erase-files_remove = Végleges eltávolítás
erase-confirm = Fiók törlése
erase-done = { $name } fiókja törölve.

## invite_teacher
invite_teacher-title = Partnertanár meghívása
invite_teacher-by_email = E-mail-cím alapján
invite_teacher-role = Szerep
invite_teacher-submit = Meghívás
invite_teacher-done = { $name } csatlakozott, szerepe: „{ $role }”.
invite_teacher-not_etwinner = Egyetlen jóváhagyott eTwinnernek sincs ilyen címe, vagy Ön nem adhatja ezt a szerepet.
invite_teacher-find = eTwinner keresése
invite_teacher-query = Név, iskola vagy ország
invite_teacher-search = Keresés
invite_teacher-results = Talált eTwinnerek
invite_teacher-none = Nem található eTwinner.
invite_teacher-more = További találatok
invite_teacher-member = A tér tagja
invite_teacher-invite = Meghívás
invite_teacher-role_for = { $name } szerepe

## pupils
pupils-title = Diákok hozzáadása
pupils-one_title = Egy diák
pupils-name = A diák neve
pupils-add_one = Diák hozzáadása
pupils-class_title = Egy egész osztály
pupils-class_names = A diákok nevei
pupils-class_help = Soronként egy név, ahogyan a többiek látni fogják a diákokat.
pupils-add_class = Osztály hozzáadása
pupils-class_empty = Írjon be legalább egy nevet.
pupils-language = Az oldal nyelve ezeknek a diákoknak
pupils-language_help = Bejelentkezés után ezen a nyelven látják a TwinSpace Live-ot. Később minden diák megváltoztathatja.
pupils-line_errors = Javítandó sorok
pupils-line_error = { $line }. sor: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } sort javítani kell; semmi sem jött létre.
       *[other] { $count } sort javítani kell; semmi sem jött létre.
    }
pupils-created =
    { $count ->
        [one] { $count } diák hozzáadva.
       *[other] { $count } diák hozzáadva.
    }

## cards
cards-title = Bejelentkezési kártyák
cards-once = Ezek a kódok csak most jelennek meg. Nyomtassa ki a kártyákat, vagy jegyezze fel a kódokat, mielőtt elhagyja az oldalt.
cards-site = Bejelentkezés itt:
cards-print = Kártyák nyomtatása
cards-done = Kész: kódok elrejtése

## links
links-tab = Vendéglinkek
links-intro = A vendéglinkkel egy szakértő vagy megfigyelő vendégként csatlakozhat ehhez a TwinSpace-hez. Bárki használhatja, akinél megvan a link, amíg le nem jár, vagy el nem fogy.
links-create_title = Új vendéglink
links-valid_for = Érvényesség
links-days =
    { $count ->
        [one] { $count } nap
       *[other] { $count } nap
    }
links-uses = Használatok száma
links-note = Megjegyzés (kinek szól)
links-create = Link létrehozása
links-new = Az új link
links-once = Másolja ki most: csak egyszer jelenik meg.
links-copy = Másolás
links-copied = A link ki van másolva.
links-select_copy = A link ki van jelölve: a másoláshoz nyomja meg a Ctrl+C (⌘+C) billentyűket.
links-live = Használatban lévő linkek
links-empty = Nincs használatban vendéglink.
links-untitled = Vendéglink
links-used =
    { $count ->
        [one] { $used } / { $count } használat
       *[other] { $used } / { $count } használat
    }
links-until = { $time }-ig
links-revoke = Visszavonás
links-revoke_question = Visszavonja ezt a vendéglinket?
links-revoke_consequence = Többé senki sem csatlakozhat vele.
links-revoke_kept = Akik ezzel a linkkel csatlakoztak, tagok maradnak.
links-revoked = A link vissza van vonva.

## settings
settings-tab = Beállítások
settings-space = A tér
settings-pupils = Diákok
settings-premoderate_pupils = A diákok hozzászólásainak visszatartása tanári jóváhagyásig
settings-pupils_may_create_threads = A diákok indíthatnak témát
settings-pupils_may_upload = A diákok tölthetnek fel fájlokat
settings-save = Mentés
settings-saved = A beállítások mentve.
settings-archive_title = Archiválás
settings-archive_text = Az archivált tér a tagjai számára olvasható marad, de senki sem írhat bele, tölthet fel fájlt vagy indíthat videóhívást.
settings-archive = A tér archiválása
settings-archive_question = Archiválja ezt a teret: „{ $title }”?
settings-archive_read_only = Többé senki sem írhat, tölthet fel és módosíthat semmit.
settings-archive_video = A folyamatban lévő videóhívások azonnal véget érnek.
settings-archive_undo = Egy alapító később újra megnyithatja a teret.
settings-archive_confirm = Archiválás
settings-archived_title = Ez a tér archiválva van
settings-archived_text = Csak olvasható. Nyissa meg újra, hogy a tagok írhassanak és feltölthessenek.
settings-unarchive = Újranyitás
settings-unarchive_question = Újra megnyitja ezt a teret: „{ $title }”?
settings-unarchive_consequence = A tagok újra írhatnak, feltölthetnek és videóhívást indíthatnak.
settings-delete_title = A tér törlése
settings-delete_text = A törlés véglegesen eltávolítja a teret és mindent, ami benne van.
settings-delete = A tér törlése
settings-delete_question = Véglegesen törli ezt a teret: „{ $title }”?
settings-delete_content = Minden fórumtéma, csevegőüzenet és fájl törlődik, az összes verziójukkal együtt.
settings-delete_members = Minden tag elveszíti a teret; a diákfiókok csak a többi terükben maradnak meg.
settings-delete_video = A folyamatban lévő videóhívások azonnal véget érnek.
settings-delete_no_undo = A tevékenységnapló is törlődik. Ez nem vonható vissza.
settings-delete_confirm = Végleges törlés
settings-deleted = Törölve: „{ $title }”.

## audit
audit-tab = Tevékenységnapló
audit-caption = Mi történt ebben a térben, a legújabbal kezdve
audit-when = Mikor
audit-who = Ki
audit-what = Mit
audit-empty = Még nincs rögzített esemény.
audit-older = Régebbi bejegyzések megjelenítése
audit-system = A szerver
audit-former_member = Egy korábbi tag
audit-former_member_target = egy korábbi tag
audit-reason = Indok: { $reason }
audit-other = „{ $action }” művelet: { $target }
audit-space-created = Létrehozta a teret
audit-space-settings_changed = Módosította a tér beállításait
audit-space-archived = Archiválta a teret
audit-space-unarchived = Újra megnyitotta a teret
audit-member-invited = Meghívta: { $target } („{ $role }” szerepben)
audit-member-role_changed = Szerepet módosított: { $target }, „{ $from }” helyett „{ $role }”
audit-member-removed = Eltávolította: { $target }
audit-member-left = Kilépett a térből
audit-member-muted = Némította: { $target }
audit-member-unmuted = Feloldotta a némítást: { $target }
audit-pupil-created = Diákot hozott létre: { $target }
audit-pupil-added = Diákot adott hozzá: { $target }
audit-pupil-code_reset = Új bejelentkezési kódot adott: { $target }
audit-pupil-exported = Adatokat exportált: { $target }
audit-pupil-erased = Törölt egy diákfiókot
audit-invitation-created = Vendéglinket hozott létre
audit-invitation-revoked = Visszavont egy vendéglinket
audit-invitation-accepted = Vendéglinkkel csatlakozott
audit-video-started = Videóhívást indított
audit-video-ended = Befejezett egy videóhívást
audit-video-locked = Zárolt egy videóhívást
audit-video-unlocked = Feloldotta egy videóhívás zárolását
audit-video-admitted = Beengedte a videóhívásba: { $target }
audit-video-denied = Nem engedte be a videóhívásba: { $target }
audit-video-muted = Némította a videóhívásban: { $target }
audit-video-unmuted = Újra engedélyezte a megszólalást a videóhívásban: { $target }
audit-video-removed = Eltávolította a videóhívásból: { $target }
audit-video-spotlight = Módosította egy videóhívás kiemelését
audit-post-hidden = Elrejtett egy hozzászólást
audit-post-restored = Visszaállított egy hozzászólást
audit-post-approved = Jóváhagyott egy hozzászólást
audit-post-rejected = Elutasított egy hozzászólást
audit-post-purged = Véglegesen eltávolított egy hozzászólást
audit-post-reported = Jelentett egy hozzászólást
audit-report-resolved = Lezárt egy jelentést
audit-thread-pinned = Kitűzött egy témát
audit-thread-unpinned = Megszüntette egy téma kitűzését
audit-thread-locked = Zárolt egy témát
audit-thread-unlocked = Feloldotta egy téma zárolását
audit-archive-folder_created = Létrehozott egy mappát
audit-archive-folder_renamed = Átnevezett egy mappát
audit-archive-folder_moved = Áthelyezett egy mappát
audit-archive-folder_trashed = Lomtárba helyezett egy mappát
audit-archive-folder_restored = Visszaállított egy mappát a lomtárból
audit-archive-folder_purged = Véglegesen eltávolított egy mappát
audit-archive-file_added = Hozzáadott egy fájlt
audit-archive-file_version_added = Hozzáadta egy fájl új verzióját
audit-archive-file_renamed = Átnevezett egy fájlt
audit-archive-file_moved = Áthelyezett egy fájlt
audit-archive-file_trashed = Lomtárba helyezett egy fájlt
audit-archive-file_restored = Visszaállított egy fájlt a lomtárból
audit-archive-file_purged = Véglegesen eltávolított egy fájlt
audit-chat-expired = Eltávolította a lejárt csevegőüzeneteket
audit-audit-retention_changed = Módosította, meddig őrzi meg a tevékenységnapló a bejegyzéseket
audit-group-joined = Csatlakozott a csoporthoz
audit-group-requested = Csatlakozást kért a csoporthoz
audit-group-request_accepted = Elfogadta a kérést: { $target }
audit-group-request_declined = Elutasította a kérést: { $target }
audit-group-request_withdrawn = Visszavont egy csatlakozási kérést
audit-member-banned = Kitiltotta: { $target }
audit-member-unbanned = Feloldotta a kitiltást: { $target }
audit-group-featured = Kiemelte a csoportot
audit-group-unfeatured = Megszüntette a csoport kiemelését
audit-group-moderator_appointed = Moderátorrá nevezte ki: { $target }

## group_role
group_role-founder = Tulajdonos
group_role-admin = Moderálás
group_role-teacher = Tag

## readers
readers-title = Most olvassák
readers-more =
    { $count ->
        [one] és még { $count } személy
       *[other] és még { $count } személy
    }

## groups
groups-nav = Csoportok
groups-title = eTwinning-csoportok
groups-intro = eTwinnerek közösségei egy tantárgy, téma vagy érdeklődési terület köré. Csak jóváhagyott eTwinnerek vesznek részt bennük.
groups-search = Csoport keresése
groups-words = Szavak a címből
groups-topic = Téma
groups-language = Nyelv
groups-language_any = Minden nyelv
groups-language_choose = Válasszon nyelvet
groups-country = Egy tag országa
groups-country_any = Minden ország
groups-search_submit = Keresés
groups-found = Csoportok
groups-empty = Egy csoport sem felel meg a keresésnek.
groups-more = További csoportok
groups-featured = Kiemelt
groups-topic_is = Téma: { $topic }
groups-members =
    { $count ->
        [one] { $count } tag
       *[other] { $count } tag
    }
groups-access_short-open = Nyitott
groups-access_short-closed = Zárt
groups-standing-member = Ön tag. Az Ön szerepe: { $role }
groups-standing-requested = Ön kérte a csatlakozást ehhez a csoporthoz.
groups-standing-banned = A csoport moderátorcsapata nem engedi, hogy csatlakozzon.
groups-join = Csatlakozás
groups-ask = Csatlakozás kérése
groups-ask_message = Üzenet a moderátorcsapatnak (nem kötelező)
groups-withdraw = Kérésem visszavonása
groups-open_group = A csoport megnyitása
groups-joined = Csatlakozott ehhez: „{ $title }”.
groups-asked = A csatlakozási kérését („{ $title }”) elküldtük a moderátorcsapatnak.
groups-withdrawn = A csatlakozási kérését („{ $title }”) visszavonta.
groups-waiting = A moderátorcsapat válaszol a kérésére. Ez az oldal megmutatja a választ, amint megérkezik.
groups-accepted = Kérését elfogadták: üdvözöljük itt: „{ $title }”.
groups-not_accepted = Kérését nem fogadták el. Újra kérheti.
groups-back = Vissza a csoportokhoz
groups-create = Csoport létrehozása
groups-group_title = Cím
groups-description = Leírás (nem kötelező)
groups-access = Ki csatlakozhat
groups-access-open = Nyitott: bármely eTwinner azonnal csatlakozik
groups-access-closed = Zárt: a moderátorcsapat minden kérést elbírál
groups-create_submit = A csoport létrehozása
groups-created = A csoport létrejött: „{ $title }”.
groups-members_search = Tag keresése
groups-members_more = További tagok
groups-leave = Kilépés a csoportból
groups-leave_consequence = Azonnal elveszíti a hozzáférést a csoport fórumához, fájljaihoz, csevegéséhez és videójához.
groups-leave_kept = Amit írt és feltöltött, a csoportban marad. A csoportok jegyzékén keresztül visszatérhet.
groups-leave_confirm = Kilépés
groups-requests = Csatlakozási kérések
groups-requests_empty = Senki sem várakozik.
groups-accept = Elfogadás
groups-decline = Elutasítás
groups-accepted_member = { $name } mostantól tag.
groups-declined = Kérés elutasítva: { $name }.
groups-ban = Kitiltás
groups-ban_question = Kitiltja a csoportból: { $name }?
groups-ban_consequence = { $name } azonnal kikerül a csoportból, és nem csatlakozhat újra, és nem is kérheti.
groups-ban_kept = A bejegyzések és a fájlok a csoportban maradnak. A kitiltás később feloldható.
groups-ban_reason = Indoklás (nem kötelező, a naplóban marad)
groups-ban_confirm = Kitiltás
groups-banned = Kitiltva: { $name }.
groups-bans = Kitiltott eTwinnerek
groups-bans_empty = Nincs kitiltás.
groups-lift = Kitiltás feloldása
groups-lifted = { $name } újra csatlakozhat.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Új jelszó választása – TwinSpace Live
mail-reset_body =
    Kedves { $name }!

    Valaki, valószínűleg Ön, új jelszót kért a TwinSpace Live-fiókjához.
    Az új jelszót ezen a linken választhatja ki (egyszer működik, { $minutes } percig):

    { $link }

    Az új jelszó választásával minden más helyen kijelentkezik.
    Ha nem Ön kérte, hagyja figyelmen kívül ezt az üzenetet: a jelszava nem változik.

    TwinSpace Live

## events (issue 22)
events-nav = Események
events-title = Közelgő események
events-empty = Önnek még nincs közelgő eseménye.
events-more = További események
events-schedule = Esemény tervezése
events-zone = Az időpontok az Ön időzónájában láthatók: { $zone }
events-audience-etwinners = Minden eTwinner
events-audience-country = Az ország eTwinnerei: { $country }
events-audience-group = Egy csoport tagjai
events-audience-twinspace = Egy TwinSpace tagjai
events-organising = Ön szervezi ezt az eseményt.
events-registered = Ön jelentkezett.
events-waiting = Ön a várólistán van ({ $position }. hely).
events-state-live = Most élőben
events-state-ended = Ez az esemény véget ért.
events-state-cancelled = Ezt az eseményt lemondták.
events-places = Foglalt helyek: { $taken } / { $capacity }
event_form-new_title = Esemény tervezése
event_form-edit_title = Az esemény módosítása
event_form-title = Cím
event_form-description = Leírás
event_form-date = Dátum
event_form-time = Kezdés ideje
event_form-duration = Időtartam percben
event_form-space = Csoport vagy TwinSpace
event_form-speakers_hint = Válasszon csoportjai és TwinSpace-ei tanárai közül.
event_form-no_speakers = Még nincs kit választani.
event_form-create = Az esemény tervezése
event_form-save = Változások mentése
event_form-created = A(z) „{ $title }” esemény tervezve.
event_form-saved = A(z) „{ $title }” változásai mentve.
event_form-start_past = Jövőbeli kezdést válasszon.
event-title = Esemény
event-back = Minden esemény
event-when = Mikor
event-language = Nyelv
event-audience = Ki jelentkezhet
event-organiser = Szervező
event-speakers = Előadók
event-places = Helyek
event-no_speakers = Még nincsenek megadva előadók.
event-waiting_count = Várólistán: { $waiting }
event-registration = Az Ön helye
event-speaking = Ön előad ezen az eseményen.
event-full = Minden hely foglalt: ha jelentkezik, a várólistára kerül.
event-register = Jelentkezem
event-unregister = Lemondok a helyemről
event-leave_waiting = Kilépés a várólistáról
event-unregister_confirm_title = Kilép ebből: „{ $title }”?
event-unregister_confirm = A várólistán következő személy kapja meg az Ön sorát. Ha újra jelentkezik, lehet, hogy várnia kell.
event-unregistered = Ön már nem jelentkezett.
event-calendar = Hozzáadás a naptáramhoz (.ics)
event-organiser_tools = A szervezőnek
event-edit = Az esemény módosítása
event-cancel = Az esemény lemondása
event-keep = Az esemény megtartása
event-cancel_confirm_title = Lemondja ezt: „{ $title }”?
event-cancel_confirm_lost = Senki sem jelentkezhet többé, és mindenki látja, hogy lemondták. Ez nem vonható vissza. A jelentkezések és a kérdések megmaradnak.
event-cancelled = Az esemény le van mondva.
event-registrants = Jelentkezők
event-waiting_list = Várólista
event-nobody = Még senki.
event-attendance = Részvétel
event-attendance_hint = Ki követte az esemény oldalát az élő adás alatt, és mennyi ideig.
event-attendance_none = Senki sem követte élőben az eseményt.
event-minutes = { $minutes } perc
qa-title = Kérdések és válaszok
qa-empty = Még nincsenek kérdések.
qa-closed = A kérdések lezárultak: az esemény véget ért.
qa-need_place = Jelentkezzen, hogy kérdezhessen vagy támogathasson egy kérdést.
qa-your_question = Az Ön kérdése
qa-ask = Kérdezek
qa-asked = A kérdését elküldtük.
qa-upvote = Támogatom
qa-upvoted = Támogatva
qa-votes = Szavazatok: { $votes }
qa-by = Kérdező: { $name }
qa-by_gone = Kérdező: törölt fiók
qa-answer = Válasz: { $answer }
qa-state-picked = Most válaszolnak rá
qa-state-answered = Megválaszolva
qa-state-hidden = Elrejtve
qa-pick = Kiválasztás
qa-unpick = Vissza a listába
qa-hide = Elrejtés
qa-restore = Visszaállítás
qa-answer_label = Írásos válasz (nem kötelező)
qa-mark_answered = Megválaszoltnak jelölés
qa-gone = Ezeket a kérdéseket már nem követheti.
audit-event-created = Tervezte a(z) „{ $title }” eseményt
audit-event-updated = Módosította a(z) „{ $title }” eseményt
audit-event-cancelled = Lemondta a(z) „{ $title }” eseményt
audit-event-question_moderated = Moderált egy kérdést a(z) „{ $title }” eseményen

## the live webinar (issue 22)
live-title = Élő videó
live-not_started = Az élő videó még nem kezdődött el.
live-ended = Az élő videó véget ért.
live-connecting = Kapcsolódás az élő videóhoz…
live-need_place = Az élő videót csak azok nézhetik, akiknek van helyük.
live-watching_you = Ön az élő videót nézi.
live-on_air = Ön élőben van: mindenki látja és hallja.
live-recording = Ezt az eseményt rögzítik.
live-speaking = Beszél: { $names }
live-nobody_speaking = Még senki sem beszél.
live-watching = Nézők: { $watching }
live-start = Élő videó indítása
live-end = Élő videó befejezése
live-end_confirm_title = Befejezi ezt az élő videót: „{ $title }”?
live-end_confirm_lost = A videó mindenkinél leáll, az előadóknál és a közönségnél is. Amíg az esemény tart, újraindíthatja; a kérdések megmaradnak.
live-go_live = Élő adás indítása
live-stop = Videóm leállítása
live-hand_raised = Fel van emelve a keze: egy moderátor felkérheti szólásra.
live-invited = Felkérték szólásra: induljon élő adásba, amikor készen áll.
live-returned = Ön ismét a közönség soraiban van.
live-hands = Feltartott kezek
live-no_hands = Senki sem tartja fel a kezét.
live-promote = { $name } felkérése szólásra
live-return = { $name } visszaküldése a közönségbe
live-record_start = Felvétel indítása
live-record_stop = Felvétel leállítása

## the event's recordings and seat (issue 22)
event-moved_up = Most már van helye: előrelépett a várólistáról.
live-off_stage_returned = Egy moderátor visszaküldte a közönségbe.
live-off_stage_muted = Ebben a térben elnémították: újra a közönség tagja.
live-off_stage_removed = Már nem tagja ennek a térnek: újra a közönség tagja.
live-off_stage_unnamed = Már nem előadója ennek az eseménynek: újra a közönség tagja.
recordings-title = Felvételek
recordings-processing = Egy felvétel feldolgozása folyamatban van: itt jelenik meg, amint elkészül.
recordings-take = Felvéve: { $when } · { $length }
recordings-video = Videó: { $speaker }
recordings-audio = Hang: { $speaker }
recordings-former_speaker = egy korábbi előadó
