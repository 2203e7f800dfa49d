### TwinSpace Live: teksty strony po polsku.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Polski

## app
app-name = TwinSpace Live
app-skip = Przejdź do treści
app-nav = Menu główne
app-language = Język
app-sign_out = Wyloguj się
app-signed_in_as = Zalogowano jako { $name }
app-loading = Ładowanie…

## conn
conn-lost = Utracono połączenie. Ponowne łączenie…
conn-back = Połączenie przywrócone.
conn-failed = Połączenie na żywo zostało zamknięte. Odśwież stronę, aby spróbować ponownie.
conn-session_ended = Twoja sesja się zakończyła. Zaloguj się ponownie.
conn-account_locked = Tego konta nie można już używać. Zaloguj się ponownie, aby zobaczyć dlaczego.
# Why the server closed the live connection: `conn-closed-<reason>`, one per reason code it sends
# (protocol/close_codes.py, CloseReason).
conn-closed-auth_missing = Połączenie na żywo nie otrzymało na czas twoich danych logowania. Odśwież stronę.
conn-closed-session_invalid = Twoja sesja jest już nieważna. Zaloguj się ponownie.
conn-closed-session_expired = Twoja sesja wygasła. Zaloguj się ponownie.
conn-closed-signed_out = Nastąpiło wylogowanie. Zaloguj się ponownie.
conn-closed-account_locked = Tego konta nie można już używać. Zaloguj się ponownie, aby zobaczyć dlaczego.
conn-closed-too_many_connections = To konto ma zbyt wiele stron otwartych naraz. Zamknij kilka kart, a potem odśwież tę stronę.
conn-closed-too_many_messages = Ta strona wysłała zbyt dużo w zbyt krótkim czasie. Poczekaj chwilę, a potem ją odśwież.
conn-closed-frame_too_large = Ta strona wysłała coś zbyt dużego. Odśwież stronę i spróbuj ponownie.
conn-closed-idle_timeout = Połączenie na żywo było zbyt długo nieaktywne i zostało zamknięte. Ponowne łączenie…
conn-closed-slow_consumer = Połączenie na żywo nie nadążało. Ponowne łączenie…
conn-closed-server_restarting = Serwer uruchamia się ponownie. Za chwilę nastąpi ponowne łączenie…
conn-closed-server_shutting_down = Serwer tego połączenia się zatrzymuje. Ponowne łączenie…
conn-closed-unavailable = Serwer jest zajęty. Za chwilę nastąpi ponowne łączenie…
conn-closed-internal = Na serwerze coś poszło nie tak. Za chwilę nastąpi ponowne łączenie…

## login
login-title = Logowanie
login-intro = Nauczyciele i goście logują się adresem e-mail. Uczniowie używają nazwy użytkownika i kodu, które dostali od nauczyciela.
login-teacher = Nauczyciele i goście
login-pupil = Uczniowie
login-email = Adres e-mail
login-password = Hasło
login-username = Nazwa użytkownika
login-code = Kod
login-submit = Zaloguj się
login-pupil_submit = Zaloguj się kodem ucznia
login-forgot = Nie pamiętasz hasła?
login-register = Nie masz jeszcze konta? Utwórz konto eTwinnera
login-pupil_forgot = Nie pamiętasz kodu? Poproś nauczyciela o nowy.

## invite
invite-title = Dołącz do TwinSpace jako gość
invite-intro = Masz zaproszenie do TwinSpace. Wybierz, jak inni będą cię widzieć, i ustaw hasło.
invite-display_name = Twoja nazwa
invite-submit = Przyjmij zaproszenie
invite-checking = Sprawdzanie zaproszenia…
invite-for_space = Masz zaproszenie do „{ $title }”.
invite-unknown = Ten link z zaproszeniem jest nieznany. Sprawdź, czy został skopiowany w całości, albo poproś nauczyciela, który go wysłał, o nowy.
invite-expired = Ten link z zaproszeniem wygasł. Poproś nauczyciela, który go wysłał, o nowy.
invite-used_up = Ten link z zaproszeniem został już użyty tyle razy, ile pozwala. Poproś nauczyciela, który go wysłał, o nowy.
invite-revoked = Ten link z zaproszeniem został wycofany przez nauczyciela.
invite-closed = Przestrzeń, do której prowadzi to zaproszenie, jest zamknięta.

## spaces
spaces-title = Moje przestrzenie
spaces-empty = Nie należysz jeszcze do żadnej przestrzeni.
spaces-create = Utwórz przestrzeń
spaces-kind = Rodzaj
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Pokój
spaces-kind-group = Grupa
spaces-space_title = Tytuł
spaces-description = Opis (opcjonalnie)
spaces-create_submit = Utwórz
spaces-created = Utworzono przestrzeń „{ $title }”.
spaces-my_role = Twoja rola: { $role }
spaces-archived = zarchiwizowana

## space
space-back = Wróć do moich przestrzeni
space-sections = Sekcje tej przestrzeni
space-members = Członkowie
space-online_count =
    { $count ->
        [one] { $count } online
        [few] { $count } online
        [many] { $count } online
       *[other] { $count } online
    }
space-online = online
space-offline = offline
space-you = (ty)
space-refreshed = Lista została zaktualizowana.
space-gone = Ta przestrzeń nie jest już dla ciebie dostępna.

## chat
chat-title = Czat
chat-empty = Nie ma jeszcze wiadomości.
chat-message = Wiadomość
chat-send = Wyślij
chat-pending = (czeka na nauczyciela)
chat-typing = { $name } pisze…
chat-teachers_tab = Tablica nauczycieli
chat-teachers_title = Tablica nauczycieli
chat-session_title = Czat sesji
chat-older = Pokaż starsze wiadomości
chat-new_messages = Nowe wiadomości
chat-mention_list = Członkowie, o których można wspomnieć
chat-mention_hint = Wpisz @ i imię, aby wspomnieć o członku przestrzeni.
chat-hidden = (wiadomość ukryta przez nauczyciela)
chat-deleted = (wiadomość usunięta)
chat-rejected = (wiadomość niepokazana przez nauczyciela)
chat-edited = (edytowano)
chat-mentions_you = wspomina o tobie
chat-edit = Edytuj
chat-edit_label = Edytuj swoją wiadomość
chat-save = Zapisz
chat-cancel = Anuluj
chat-delete = Usuń
chat-delete_confirm = Tak, usuń
chat-hide = Ukryj
chat-restore = Przywróć
chat-approve = Zatwierdź
chat-reject = Odrzuć
chat-report = Zgłoś
chat-reported = Dziękujemy. Nauczyciele przyjrzą się tej wiadomości.
chat-mute = Wycisz
chat-mute_question = Wyciszyć osobę { $name }?
chat-mute_for = Wycisz osobę { $name } na
chat-minutes =
    { $count ->
        [one] { $count } minutę
        [few] { $count } minuty
        [many] { $count } minut
       *[other] { $count } minuty
    }
chat-mute_confirm = Wycisz teraz
chat-muted_other = { $name } nie może pisać do { $time }.
chat-muted_you = Nauczyciel wstrzymał możliwość pisania do { $time }. Nadal możesz czytać czat.
chat-unmuted_you = Znowu możesz pisać na czacie.
chat-gone = Ten czat nie jest już dla ciebie dostępny.

## role
role-founder = Założyciel
role-admin = Administrator
role-teacher = Nauczyciel
role-pupil_admin = Uczeń-administrator
role-pupil = Uczeń
role-guest = Gość

## error
error-bad_credentials = Dane logowania są nieprawidłowe. Sprawdź je i spróbuj ponownie.
error-rate_limited = Zbyt wiele prób. Poczekaj chwilę i spróbuj ponownie.
error-invalid = Niektóre pola są wypełnione nieprawidłowo.
error-not_found = Ta strona nie istnieje albo nie masz do niej dostępu.
error-forbidden = Nie masz uprawnień, aby to zrobić.
error-gone = To już nie istnieje lub już nie działa.
error-conflict = To koliduje z czymś, co już istnieje.
error-gone-revoked = Ten link z zaproszeniem już nie działa: nauczyciele przestrzeni go wycofali.
error-gone-expired = Ten link z zaproszeniem już nie działa: wygasł.
error-gone-used_up = Ten link z zaproszeniem już nie działa: został użyty tyle razy, ile pozwala.
error-conflict-name_taken = „{ $name }” już tu jest. Wybierz inną nazwę.
error-conflict-in_trash = „{ $name }” jest w koszu: najpierw to przywróć.
error-conflict-not_in_trash = „{ $name }” nie ma w koszu.
error-conflict-parent_in_trash = „{ $name }” znajduje się w folderze, który jest teraz w koszu: najpierw przywróć ten folder.
error-conflict-folder_not_empty = Folder „{ $name }” nie jest pusty: najpierw przenieś jego zawartość do kosza.
error-conflict-wrong_status = Status tego konta ({ $status }) na to nie pozwala.
error-unauthenticated = Zaloguj się.
error-network = Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.
error-generic = Coś poszło nie tak. Spróbuj ponownie.
error-too_large = To jest za duże.
error-quota_exceeded = W tej przestrzeni brakuje już miejsca.
error-unsupported = Serwer nie obsługuje tego rodzaju żądania.
error-aborted = Przesyłanie zostało przerwane.
error-rate_limited_wait = Zbyt wiele prób. Spróbuj ponownie { $wait }.
error-fields = Niektóre pola wymagają poprawy: przeczytaj komunikat pod każdym z nich.
error-account_rejected = Krajowy administrator twojego kraju nie zaakceptował tej rejestracji, więc na to konto nie można się zalogować. Jeśli uważasz, że to pomyłka, skontaktuj się z Krajowym Biurem eTwinning w swoim kraju.
error-account_suspended = Krajowy administrator twojego kraju zawiesił to konto: na razie nie można się na nie zalogować. Aby dowiedzieć się dlaczego lub poprosić o przywrócenie konta, skontaktuj się z Krajowym Biurem eTwinning w swoim kraju.
error-malformed = Strona wysłała coś, czego serwer nie mógł odczytać. Odśwież stronę i spróbuj ponownie.
error-csrf = Kontrola bezpieczeństwa strony się nie powiodła. Odśwież stronę i spróbuj ponownie.
error-limit_exceeded = To przekracza limit ustalony dla tej przestrzeni.
error-unavailable = Serwer jest zajęty lub jego część nie odpowiada. Spróbuj ponownie za chwilę.
error-internal = Na serwerze coś poszło nie tak. Spróbuj ponownie później.
error-insufficient_storage = Na serwerze zabrakło miejsca na pliki. Nic nie zostało zapisane; powiadom osobę odpowiedzialną za eTwinning w twojej szkole.
error-request_timeout = Wysyłanie trwało zbyt długo i zostało przerwane. Sprawdź połączenie i spróbuj ponownie.
error-conflict-not_a_guest = Ten adres e-mail należy do konta eTwinning. Nauczycieli zapraszają administratorzy przestrzeni, a nie link dla gości.

## notice
# What a pupil (or any member) is told about their own post or account. The server sends only the
# event's name (protocol/events.py, notice channel): `notice-<event>`, its dots as dashes.
notice-post-pending = Dziękujemy! Nauczyciel przeczyta twój post, zanim wszyscy będą mogli go zobaczyć.
notice-post-approved = Nauczyciel przeczytał twój post. Teraz wszyscy w projekcie mogą go zobaczyć.
notice-post-rejected = Nauczyciel postanowił nie pokazywać twojego posta. Możesz zapytać nauczyciela, dlaczego.
notice-post-hidden = Nauczyciel na razie ukrył twój post. Możesz zapytać nauczyciela, dlaczego.
notice-post-restored = Nauczyciel znowu pokazuje twój post. Teraz wszyscy mogą go zobaczyć.
notice-post-purged = Nauczyciel usunął twój post.
notice-member-muted = Możesz czytać projekt, ale przez jakiś czas nie możesz pisać.
notice-member-unmuted = Znowu możesz pisać w projekcie.
notice-chat-mention = { $name } wspomina o tobie na czacie.

## video
video-section = Wideo
video-open_sessions = Otwarte sesje wideo
video-none = Nie ma otwartej sesji wideo.
video-start_title = Rozpocznij sesję wideo
video-title = Tytuł (opcjonalnie)
video-lobby = Uczniowie czekają w poczekalni, aż nauczyciel ich wpuści
video-start = Rozpocznij
video-join_named = Dołącz do „{ $title }”
video-nobody_in_call = Nikogo jeszcze nie ma w rozmowie
video-people_in_call =
    { $count ->
        [one] { $count } osoba w rozmowie
        [few] { $count } osoby w rozmowie
        [many] { $count } osób w rozmowie
       *[other] { $count } osoby w rozmowie
    }
video-locked = (zablokowana)
video-back = Wróć do przestrzeni
video-participants = Uczestnicy
video-my_controls = Twój mikrofon i kamera
video-chat = Czat sesji
video-starting_media = Uruchamianie kamery i mikrofonu…
video-in_call = Jesteś w rozmowie.
video-waiting_in_lobby = Jesteś w poczekalni. Nauczyciel zaraz cię wpuści.
video-no_media = Nie udało się użyć kamery ani mikrofonu: nadal możesz widzieć i słyszeć innych.
video-partial_media = Kamery i mikrofonu udało się użyć tylko częściowo.
video-enable_sound = Włącz dźwięk
video-mic_on = Mikrofon włączony
video-mic_off = Mikrofon wyłączony
video-mic_forced = Wyciszenie przez nauczyciela
video-camera_on = Kamera włączona
video-camera_off = Kamera wyłączona
video-hand_raised = Podniesiona ręka
video-mute_me = Wycisz mój mikrofon
video-unmute_me = Włącz mój mikrofon
video-camera_stop = Wyłącz moją kamerę
video-camera_start = Włącz moją kamerę
video-hand_raise = Podnieś rękę
video-hand_lower = Opuść rękę
video-leave = Wyjdź
video-you_are_muted = Nauczyciel wyciszył twój mikrofon. Możesz go włączyć, gdy nauczyciel na to pozwoli.
video-muted_by_teacher = Nauczyciel wyciszył twój mikrofon.
video-unmute_allowed = Nauczyciel pozwala ci znowu włączyć mikrofon.
video-mute_other = Wycisz
video-mute_named = Wycisz: { $name }
video-allow_unmute = Pozwól włączyć mikrofon
video-allow_unmute_named = Pozwól włączyć mikrofon: { $name }
video-remove = Usuń
video-remove_named = Usuń z sesji: { $name }
video-lobby_title = Poczekalnia
video-lobby_empty = Nikt nie czeka.
video-admit = Wpuść
video-admit_named = Wpuść: { $name }
video-deny = Nie wpuszczaj
video-deny_named = Nie wpuszczaj: { $name }
video-manage = Ta sesja
video-is_open = Otwarta: członkowie mogą dołączyć.
video-is_locked = Zablokowana: dołączyć mogą tylko nauczyciele.
video-lock = Zablokuj sesję
video-end = Zakończ sesję dla wszystkich
video-ended = Sesja się zakończyła.
video-ended_space_archived = Sesja się zakończyła: jej przestrzeń została zarchiwizowana.
video-ended_space_deleted = Sesja się zakończyła: jej przestrzeń została usunięta.
video-ended_empty = Sesja się zakończyła: od dłuższego czasu nikogo w niej nie było.
video-no_teacher_yet = W tej sesji nie ma jeszcze nauczyciela, więc nikt nie może cię wpuścić. Możesz tu poczekać albo wyjść.
video-leave_lobby = Wyjdź z poczekalni
video-removed = Nauczyciel usunął cię z sesji.
video-denied = Nauczyciel nie wpuścił cię do tej sesji.
video-left = Nie jesteś już w sesji.
video-full = Ta sesja jest pełna.
video-refused = Nie możesz dołączyć do tej sesji.
video-signal_refused = Serwer odrzucił dane wysłane przez twoją przeglądarkę. Spróbuj wyjść i dołączyć ponownie.
video-sfu_moving = Sesja się powiększyła: rozmowa przenosi się na szkolny serwer multimediów…
video-sfu_unreachable = Nie można połączyć się ze szkolnym serwerem multimediów. Ponawianie próby…
video-sfu_no_seat = Wszystkie miejsca na kamery w tej sesji są zajęte: widzisz i słyszysz innych, ale oni nie widzą ani nie słyszą ciebie.
video-sfu_not_sent = Nie udało się przesłać obrazu z kamery i dźwięku z mikrofonu. Nadal widzisz i słyszysz innych.

## forum
forum-title = Forum
forum-threads = Wątki
forum-posts = Posty
forum-areas = Części forum
forum-area-open = Forum otwarte
forum-area-teachers = Tablica nauczycieli
forum-empty = Nie ma jeszcze wątków.
forum-thread_meta =
    { $count ->
        [one] { $author } · { $count } post · { $when }
        [few] { $author } · { $count } posty · { $when }
        [many] { $author } · { $count } postów · { $when }
       *[other] { $author } · { $count } posta · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } nowy
        [few] { $count } nowe
        [many] { $count } nowych
       *[other] { $count } nowego
    }
forum-pinned = przypięty
forum-locked = zablokowany
forum-new_thread = Rozpocznij wątek
forum-new_bulletin = Rozpocznij wątek na Tablicy nauczycieli
forum-thread_title = Tytuł wątku
forum-first_post = Pierwszy post
forum-start = Rozpocznij wątek
forum-thread_started = Wątek został rozpoczęty.
forum-thread_held = Dziękujemy! Nauczyciel przeczyta twój wątek, zanim wszyscy będą mogli go zobaczyć.
forum-back = Wróć do wątków
forum-reply_label = Twoja odpowiedź
forum-send = Opublikuj odpowiedź
forum-no_reply = Nie możesz odpowiadać w tym wątku.
forum-held = Dziękujemy! Nauczyciel przeczyta twój post, zanim wszyscy będą mogli go zobaczyć.
forum-edited = (edytowano)
forum-edit = Edytuj
forum-edit_label = Edytuj swój post
forum-save = Zapisz
forum-saved = Twój post został zmieniony.
forum-cancel = Anuluj
forum-delete = Usuń
forum-deleted = Post został usunięty.
forum-report = Zgłoś
forum-report_reason = Co jest nie tak z tym postem? (opcjonalnie)
forum-report_send = Wyślij zgłoszenie
forum-reported = Dziękujemy. Nauczyciele zostali powiadomieni.
forum-hide = Ukryj
forum-restore = Przywróć
forum-approve = Zatwierdź
forum-reject = Odrzuć
forum-done-hide = Post jest ukryty przed klasą.
forum-done-restore = Post jest znowu widoczny.
forum-done-approve = Post jest zatwierdzony: wszyscy go widzą.
forum-done-reject = Post jest odrzucony: widzi go tylko jego autor.
forum-state-pending = czeka na nauczyciela
forum-state-hidden = ukryty
forum-state-rejected = nieopublikowany
forum-state-deleted = usunięty
forum-pin = Przypnij
forum-unpin = Odepnij
forum-lock = Zablokuj
forum-unlock = Odblokuj
forum-thread_changed = Wątek został zmieniony.
forum-thread_gone = Ten wątek nie jest już dla ciebie dostępny.
forum-moderation = Moderacja
forum-queue = Czeka na zatwierdzenie
forum-queue_empty = Żaden post nie czeka.
forum-reports = Zgłoszenia
forum-reports_empty = Brak otwartych zgłoszeń.
forum-reported_by = zgłoszenie: { $name }
forum-report_said = Powód: { $reason }
forum-resolve = Zamknij zgłoszenie
forum-resolved = Zgłoszenie jest zamknięte.

## reactions
reaction-bar = Reakcje
reaction-add = Dodaj reakcję
reaction-picker = Wybierz reakcję
reaction-count =
    { $count ->
        [one] { $name }: { $count } osoba
        [few] { $name }: { $count } osoby
        [many] { $name }: { $count } osób
       *[other] { $name }: { $count } osoby
    }
reaction-thumbs_up = Kciuk w górę
reaction-heart = Serce
reaction-clap = Brawo
reaction-laugh = Zabawne
reaction-idea = Dobry pomysł
reaction-question = Mam pytanie

## archive
archive-title = Pliki
archive-usage = Wykorzystano { $used } z { $quota }
archive-where = Folder
archive-top = Wszystkie pliki
archive-empty = Ten folder jest pusty.
archive-contents = Foldery i pliki
archive-name = Nazwa
archive-size = Rozmiar
archive-by = Kto dodał
archive-when = Ostatnia zmiana
archive-actions = Działania
archive-former_member = były członek
archive-choose = Wybierz plik
archive-upload = Prześlij
archive-progress = Postęp przesyłania
archive-uploading = Przesyłanie pliku { $name }: { $percent }
archive-uploaded = Przesłano „{ $name }”.
archive-too_large = Ten plik jest za duży: plik może mieć najwyżej { $max }.
archive-quota = W plikach tej przestrzeni brakuje miejsca (wolne: { $free }). Poproś nauczyciela o usunięcie starych plików.
archive-new_folder = Nowy folder
archive-create_folder = Utwórz folder
archive-folder_created = Utworzono folder „{ $name }”.
archive-download = Pobierz
archive-download_named = Pobierz { $name }
archive-rename = Zmień nazwę
archive-rename_named = Zmień nazwę: { $name }
archive-new_name = Nowa nazwa
archive-save = Zapisz
archive-cancel = Anuluj
archive-renamed = Zmieniono nazwę na „{ $name }”.
archive-trash = Przenieś do kosza
archive-trash_named = Przenieś do kosza: { $name }
archive-trashed = „{ $name }” jest w koszu.
archive-show_trash = Kosz
archive-trash_empty = Kosz jest pusty.
archive-restore = Przywróć
archive-restore_named = Przywróć { $name }
archive-restored = Przywrócono „{ $name }”.
archive-purge = Usuń na zawsze
archive-purge_named = Usuń na zawsze: { $name }
archive-purged = Usunięto na zawsze „{ $name }”.
archive-choose_first = Wybierz plik do przesłania.
archive-no_file = Nie wybrano jeszcze pliku.
archive-name_taken = Coś o tej nazwie już tu jest. Wybierz inną nazwę.

## unit
unit-b = B
unit-kb = KB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Wypełnij to pole.
field-unknown = To pole nie jest tu oczekiwane.
field-type = Ta wartość jest niewłaściwego rodzaju.
field-blank = Wpisz tu coś: same spacje się nie liczą.
field-too_short =
    { $count ->
        [one] Wpisz co najmniej { $min } znak.
        [few] Wpisz co najmniej { $min } znaki.
        [many] Wpisz co najmniej { $min } znaków.
       *[other] Wpisz co najmniej { $min } znaku.
    }
field-too_long =
    { $count ->
        [one] Wpisz najwyżej { $max } znak.
        [few] Wpisz najwyżej { $max } znaki.
        [many] Wpisz najwyżej { $max } znaków.
       *[other] Wpisz najwyżej { $max } znaku.
    }
field-too_small = Podaj co najmniej { $min }.
field-too_large = Podaj najwyżej { $max }.
field-format = Zapis nie ma oczekiwanej postaci.
field-choice = Wybierz jedną z podanych opcji.
field-invalid = Ta wartość nie jest akceptowana.

## confirm
confirm-cancel = Anuluj
confirm-trash_file = Przenieść „{ $name }” do kosza?
confirm-trash_file_lost = Członkowie nie będą już widzieć tego pliku. Nauczyciel może go przywrócić z kosza.
confirm-trash_folder = Przenieść folder „{ $name }” do kosza?
confirm-trash_folder_lost = Członkowie nie będą już widzieć tego folderu ani niczego, co się w nim znajduje. Nauczyciel może go przywrócić z kosza.
confirm-purge = Usunąć „{ $name }” na zawsze?
confirm-purge_lost = Zniknie dla wszystkich i nie będzie można tego przywrócić.
confirm-delete_post = Usunąć ten post?
confirm-delete_post_lost = Jego treść zniknie dla wszystkich. Tego nie można cofnąć.
confirm-delete_message = Usunąć tę wiadomość?
confirm-delete_message_lost = Jej treść zniknie dla wszystkich. Tego nie można cofnąć.
confirm-end_session = Zakończyć sesję dla wszystkich?
confirm-end_session_lost = Wszyscy od razu opuszczą rozmowę, a sesji nie będzie można ponownie otworzyć.
confirm-remove_participant = Usunąć z sesji: { $name }?
confirm-remove_participant_lost = { $name } od razu opuści rozmowę i nie będzie mieć możliwości powrotu do tej sesji.
confirm-deny = Nie wpuszczać: { $name }?
confirm-deny_lost = { $name } nie wejdzie do tej sesji.

## page
page-not_found = Nie znaleziono strony
page-not_found_text = Pod tym adresem nie ma żadnej strony.
page-go_spaces = Przejdź do moich przestrzeni
page-go_sign_in = Przejdź do strony logowania

## form
form-required = Wypełnij to pole.
form-email_format = Wpisz adres e-mail, na przykład imie@szkola.eu.
form-password_short = Użyj co najmniej 10 znaków.
form-password_long = Użyj najwyżej 200 znaków.
form-password_mismatch = Hasła nie są takie same.
form-password_hint = Co najmniej 10 znaków. Dobrze sprawdza się kilka słów, które łatwo zapamiętasz.
form-check_fields = Sprawdź pola zaznaczone powyżej.
form-field_invalid = Ta wartość nie jest akceptowana.

## register
register-title = Utwórz konto eTwinnera
register-intro = Dla nauczycieli. Krajowy administrator twojego kraju sprawdza, czy uczysz w szkole, a następnie zatwierdza twoje konto. Uczniowie się nie rejestrują: konta zakłada im nauczyciel.
register-name = Twoje imię i nazwisko
register-school = Szkoła
register-country = Kraj
register-country_choose = Wybierz swój kraj
register-submit = Utwórz moje konto
register-email_taken = Konto z tym adresem e-mail już istnieje. Zaloguj się albo poproś o nowe hasło.
register-have_account = Masz już konto? Zaloguj się

## pending
pending-title = Twoje konto czeka na zatwierdzenie
pending-who_heading = Kto je zatwierdza
pending-who = Krajowy administrator twojego kraju ({ $country }) sprawdza, czy uczysz we wskazanej szkole, a następnie zatwierdza twoje konto.
pending-next_heading = Co dalej
pending-next_validate = Po zatwierdzeniu konta dołączasz do eTwinnerów: możesz tworzyć przestrzenie, otrzymywać zaproszenia do projektów i zakładać konta swoim uczniom. Zaloguj się ponownie albo naciśnij „Sprawdź ponownie”, aby to zobaczyć.
pending-next_reject = Jeśli krajowy administrator nie zaakceptuje twojej rejestracji, dowiesz się o tym przy logowaniu.
pending-next_meanwhile = Do tego czasu możesz zmienić swoje imię i nazwisko oraz hasło w sekcji „Moje konto”.
pending-check = Sprawdź ponownie
pending-still = Twoje konto nadal czeka na zatwierdzenie.
pending-count =
    { $count ->
        [one] { $count } czeka na moderację
        [few] { $count } czekają na moderację
        [many] { $count } czeka na moderację
       *[other] { $count } czeka na moderację
    }

## forgot
forgot-title = Nie pamiętasz hasła?
forgot-intro = Wpisz adres e-mail swojego konta. Wyślemy na niego link do ustawienia nowego hasła.
forgot-submit = Wyślij mi link
forgot-sent = Jeśli istnieje konto z tym adresem, wysłaliśmy na nie link. Link działa jeden raz i przez ograniczony czas. Sprawdź też folder ze spamem.
forgot-pupils = Uczniowie: nie macie tu adresu e-mail. Poproście nauczyciela o nowy kod.
forgot-back = Wróć do logowania

## reset
reset-title = Ustaw nowe hasło
reset-intro = Ustawienie nowego hasła wyloguje cię na wszystkich innych urządzeniach.
reset-password = Nowe hasło
reset-confirm = Powtórz nowe hasło
reset-submit = Zapisz nowe hasło
reset-gone = Ten link wygasł albo został już użyty. Poproś o nowy.
reset-done = Twoje hasło zostało zmienione. Zaloguj się nowym hasłem.
reset-ask_again = Poproś o nowy link

## account
account-title = Moje konto
account-signed_in_with = Logujesz się adresem { $email }.
account-name_heading = Twoja nazwa
account-name = Nazwa widoczna dla innych
account-save_name = Zapisz nazwę
account-name_saved = Twoja nazwa została zapisana.
account-pupil_note = Tę nazwę wybiera i zmienia twój nauczyciel. Jeśli trzeba ją zmienić, poproś nauczyciela.
account-password_heading = Twoje hasło
account-password_intro = Zmiana hasła wyloguje cię na innych urządzeniach; na tym urządzeniu logowanie pozostaje aktywne.
account-current_password = Obecne hasło
account-new_password = Nowe hasło
account-confirm_password = Powtórz nowe hasło
account-save_password = Zmień hasło
account-password_saved = Twoje hasło zostało zmienione.
account-current_wrong = To nie jest twoje obecne hasło.
account-everywhere_heading = Wyloguj się wszędzie
account-everywhere_intro = Kończy logowanie na wszystkich urządzeniach i przeglądarkach, także na tej: zgubiony telefon czy wspólny komputer nie otworzy już twojego konta.
account-everywhere = Wyloguj się wszędzie…
account-everywhere_question = Wylogować cię na wszystkich urządzeniach, także na tym? Otwarte strony od razu się zamkną, a wszystko, czego jeszcze w nich nie wysłano, przepadnie.
account-everywhere_confirm = Tak, wyloguj mnie wszędzie
account-everywhere_done = Wylogowano cię na wszystkich urządzeniach.
account-cancel = Anuluj

## admin
admin-nav = Konsola zatwierdzania
admin-title = Konsola krajowego administratora
admin-country = Kraj: { $country }
admin-only_national_admins = Ta strona jest przeznaczona dla krajowych administratorów.
admin-pending_heading = Nauczyciele czekający na zatwierdzenie
admin-pending_count =
    { $count ->
        [one] Czeka { $count } osoba.
        [few] Czekają { $count } osoby.
        [many] Czeka { $count } osób.
       *[other] Czeka { $count } osoby.
    }
admin-pending_none = Nikt nie czeka na zatwierdzenie.
admin-select_all = Zaznacz wszystko
admin-select_first = Najpierw zaznacz co najmniej jedną osobę.
admin-validate_selected = Zatwierdź zaznaczone
admin-reject_selected = Odrzuć zaznaczone…
admin-validated =
    { $count ->
        [one] Zatwierdzono { $count } konto.
        [few] Zatwierdzono { $count } konta.
        [many] Zatwierdzono { $count } kont.
       *[other] Zatwierdzono { $count } konta.
    }
admin-rejected =
    { $count ->
        [one] Odrzucono { $count } rejestrację.
        [few] Odrzucono { $count } rejestracje.
        [many] Odrzucono { $count } rejestracji.
       *[other] Odrzucono { $count } rejestracji.
    }
admin-reject_question =
    { $count ->
        [one] Odrzucić rejestrację: { $names }? Ta osoba nie będzie mogła się zalogować, a tej decyzji nie można cofnąć.
        [few] Odrzucić { $count } rejestracje ({ $names })? Te osoby nie będą mogły się zalogować, a tej decyzji nie można cofnąć.
        [many] Odrzucić { $count } rejestracji ({ $names })? Te osoby nie będą mogły się zalogować, a tej decyzji nie można cofnąć.
       *[other] Odrzucić { $count } rejestracji ({ $names })? Te osoby nie będą mogły się zalogować, a tej decyzji nie można cofnąć.
    }
admin-reject_reason = Powód odrzucenia
admin-reject_heading = Odrzucanie rejestracji
admin-suspend_heading = Zawieszanie konta
admin-reinstate_heading = Przywracanie konta
admin-reject_reason_hint = Zostanie zapisany w dzienniku zdarzeń razem z twoim imieniem i nazwiskiem.
admin-reject_confirm =
    { $count ->
        [one] Odrzuć { $count } rejestrację
        [few] Odrzuć { $count } rejestracje
        [many] Odrzuć { $count } rejestracji
       *[other] Odrzuć { $count } rejestracji
    }
admin-failed_one = { $name }: { $why }
admin-school = Szkoła: { $school }
admin-registered = Rejestracja: { $date }
admin-search_heading = Znajdź konto
admin-search_label = Imię i nazwisko, adres e-mail lub szkoła
admin-search_hint = Tylko konta z twojego kraju. Zostaw puste, aby wyświetlić wszystkie, od najnowszych.
admin-search = Szukaj
admin-showing = { $from }–{ $to } z { $total }
admin-no_match = Brak pasujących kont.
admin-previous = Poprzednia strona
admin-next = Następna strona
admin-suspend = Zawieś…
admin-suspend_named = Zawieś: { $name }…
admin-suspend_question = Zawiesić konto: { $name }? Ta osoba zostanie od razu wszędzie wylogowana, jej otwarte strony się zamkną i nie będzie mogła się zalogować, dopóki nie przywrócisz jej konta.
admin-suspend_reason = Powód zawieszenia
admin-suspend_confirm = Tak, zawieś
admin-suspend_done = Zawieszono konto: { $name }.
admin-reinstate = Przywróć…
admin-reinstate_named = Przywróć: { $name }…
admin-reinstate_question = Przywrócić konto: { $name }? Ta osoba znowu będzie mogła się zalogować.
admin-reinstate_reason = Powód (opcjonalnie)
admin-reinstate_confirm = Przywróć
admin-reinstate_done = Przywrócono konto: { $name }.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Aby potwierdzić, wpisz tytuł przestrzeni: { $text }

## status
status-active = aktywne
status-pending = czeka na zatwierdzenie
status-suspended = zawieszone
status-rejected = odrzucone
status-erased = wymazane

## names
names-marked = { $name } ({ $mark })

## members
members-username = nazwa użytkownika { $username }
members-role_of = Rola: { $name }
members-change_role = Zmień rolę
members-role_question = { $name }: zmienić rolę z „{ $from }” na „{ $to }”?
members-role_consequence = { $name } może od teraz robić to, na co pozwala rola „{ $to }”, od razu na wszystkich urządzeniach.
members-role_confirm = Zmień rolę
members-role_changed = { $name } ma teraz rolę „{ $role }”.
members-reset_code = Nowy kod
members-reset_question = Utworzyć nowy kod logowania dla: { $name }?
members-reset_consequence = Stary kod od razu przestaje działać, a konto ucznia zostaje wylogowane na wszystkich urządzeniach. Nową kartę przekazujesz osobiście.
members-reset_confirm = Utwórz nowy kod
members-reset_done = { $name } ma nowy kod: przekaż nową kartę poniżej.
members-export = Eksportuj dane
members-remove = Usuń
members-remove_question = Usunąć z tej przestrzeni: { $name }?
members-remove_consequence = { $name } od razu traci dostęp do tej przestrzeni na wszystkich urządzeniach.
members-remove_pupil_kept = Konto, posty i pliki ucznia pozostają; możesz później ponownie dodać to konto.
members-remove_kept = Posty i pliki tej osoby pozostają w przestrzeni.
members-remove_confirm = Usuń
members-removed = Usunięto: { $name }.
members-erase = Wymaż konto
members-leave = Opuść tę przestrzeń
members-leave_question = Opuścić „{ $title }”?
members-leave_consequence = Od razu tracisz dostęp do jej forów, plików, czatu i wideo. Przywrócić cię może tylko nauczyciel z rolą administratora.
members-leave_kept = Twoje wpisy i przesłane pliki zostają w przestrzeni.
members-leave_confirm = Opuść przestrzeń
members-left = Nie należysz już do „{ $title }”.

## erase
erase-question = Wymazać konto: { $name }?
erase-account_gone = Imię i nazwisko, nazwa użytkownika i kod ucznia zostaną usunięte na zawsze.
erase-signed_out = Konto zostanie od razu wylogowane i nigdy więcej nie będzie można się na nie zalogować.
erase-no_undo = Tego nie można cofnąć.
erase-export_first = Jeśli uczeń lub jego rodzina mogą chcieć kopii, najpierw wyeksportuj dane.
erase-posts = Posty i wiadomości ucznia na czacie
erase-posts_keep = Zachowaj je, podpisane jako „były uczeń”
erase-posts_remove = Usuń je na zawsze
erase-files = Pliki ucznia
erase-files_keep = Zachowaj je jako pliki „byłego ucznia”
erase-files_remove = Usuń je na zawsze
erase-confirm = Wymaż konto
erase-done = Wymazano konto: { $name }.

## invite_teacher
invite_teacher-title = Zaproś nauczyciela partnerskiego
invite_teacher-by_email = Przez adres e-mail
invite_teacher-role = Rola
invite_teacher-submit = Zaproś
invite_teacher-done = { $name } ma teraz w tej przestrzeni rolę „{ $role }”.
invite_teacher-not_etwinner = Żaden zatwierdzony eTwinner nie ma tego adresu albo nie możesz nadać tej roli.
invite_teacher-find = Znajdź eTwinnera
invite_teacher-query = Imię i nazwisko, szkoła lub kraj
invite_teacher-search = Szukaj
invite_teacher-results = Znalezieni eTwinnerzy
invite_teacher-none = Nie znaleziono żadnego eTwinnera.
invite_teacher-more = Więcej wyników
invite_teacher-member = Już w tej przestrzeni
invite_teacher-invite = Zaproś
invite_teacher-role_for = Rola dla: { $name }

## pupils
pupils-title = Dodaj uczniów
pupils-one_title = Jeden uczeń
pupils-name = Imię i nazwisko ucznia
pupils-add_one = Dodaj ucznia
pupils-class_title = Cała klasa
pupils-class_names = Imiona i nazwiska uczniów
pupils-class_help = Jedno imię i nazwisko w wierszu, tak jak inni mają widzieć uczniów.
pupils-add_class = Dodaj klasę
pupils-class_empty = Wpisz co najmniej jedno imię i nazwisko.
pupils-language = Język strony dla tych uczniów
pupils-language_help = Po zalogowaniu zobaczą TwinSpace Live w tym języku. Każdy uczeń może go później zmienić.
pupils-line_errors = Wiersze do poprawienia
pupils-line_error = Wiersz { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } wiersz wymaga poprawki; niczego nie utworzono.
        [few] { $count } wiersze wymagają poprawki; niczego nie utworzono.
        [many] { $count } wierszy wymaga poprawki; niczego nie utworzono.
       *[other] { $count } wiersza wymaga poprawki; niczego nie utworzono.
    }
pupils-created =
    { $count ->
        [one] Dodano { $count } ucznia.
        [few] Dodano { $count } uczniów.
        [many] Dodano { $count } uczniów.
       *[other] Dodano { $count } ucznia.
    }

## cards
cards-title = Karty logowania
cards-once = Te kody są widoczne tylko teraz. Wydrukuj karty albo zapisz kody, zanim opuścisz tę stronę.
cards-site = Zaloguj się na stronie
cards-print = Drukuj karty
cards-done = Gotowe: ukryj kody

## links
links-tab = Linki dla gości
links-intro = Link dla gości pozwala ekspertowi lub obserwatorowi dołączyć do tego TwinSpace jako gość. Może go użyć każdy, kto ma link, dopóki link nie wygaśnie lub nie zostanie wykorzystany.
links-create_title = Nowy link dla gości
links-valid_for = Ważny przez
links-days =
    { $count ->
        [one] { $count } dzień
        [few] { $count } dni
        [many] { $count } dni
       *[other] { $count } dnia
    }
links-uses = Liczba użyć
links-note = Notatka (dla kogo jest link)
links-create = Utwórz link
links-new = Nowy link
links-once = Skopiuj go teraz: jest wyświetlany tylko raz.
links-copy = Kopiuj
links-copied = Link został skopiowany.
links-select_copy = Link jest zaznaczony: naciśnij Ctrl+C (⌘+C), aby go skopiować.
links-live = Aktywne linki
links-empty = Brak aktywnych linków dla gości.
links-untitled = Link dla gości
links-used =
    { $count ->
        [one] użycia: { $used } z { $count }
        [few] użycia: { $used } z { $count }
        [many] użycia: { $used } z { $count }
       *[other] użycia: { $used } z { $count }
    }
links-until = do { $time }
links-revoke = Unieważnij
links-revoke_question = Unieważnić ten link dla gości?
links-revoke_consequence = Nikt nie będzie już mógł dołączyć przez ten link.
links-revoke_kept = Goście, którzy dołączyli przez ten link, pozostają członkami.
links-revoked = Link został unieważniony.

## settings
settings-tab = Ustawienia
settings-space = Przestrzeń
settings-pupils = Uczniowie
settings-premoderate_pupils = Wstrzymuj posty uczniów, dopóki nauczyciel ich nie zatwierdzi
settings-pupils_may_create_threads = Uczniowie mogą rozpoczynać wątki
settings-pupils_may_upload = Uczniowie mogą przesyłać pliki
settings-save = Zapisz
settings-saved = Ustawienia zostały zapisane.
settings-archive_title = Archiwizacja
settings-archive_text = Zarchiwizowana przestrzeń pozostaje dostępna do czytania dla członków, ale nikt nie może w niej publikować, przesyłać plików ani rozpoczynać sesji wideo.
settings-archive = Zarchiwizuj tę przestrzeń
settings-archive_question = Zarchiwizować „{ $title }”?
settings-archive_read_only = Nikt nie będzie już mógł niczego publikować, przesyłać ani zmieniać.
settings-archive_video = Trwające sesje wideo od razu się zakończą.
settings-archive_undo = Założyciel może później ponownie otworzyć przestrzeń.
settings-archive_confirm = Zarchiwizuj
settings-archived_title = Ta przestrzeń jest zarchiwizowana
settings-archived_text = Jest tylko do odczytu. Otwórz ją ponownie, aby członkowie mogli publikować i przesyłać pliki.
settings-unarchive = Otwórz ponownie
settings-unarchive_question = Ponownie otworzyć „{ $title }”?
settings-unarchive_consequence = Członkowie znowu będą mogli publikować, przesyłać pliki i rozpoczynać sesje wideo.
settings-delete_title = Usuwanie przestrzeni
settings-delete_text = Usunięcie kasuje na zawsze przestrzeń i całą jej zawartość.
settings-delete = Usuń tę przestrzeń
settings-delete_question = Usunąć „{ $title }” na zawsze?
settings-delete_content = Wszystkie wątki forum, wiadomości czatu i pliki, razem ze wszystkimi ich wersjami, zostaną usunięte.
settings-delete_members = Wszyscy członkowie tracą tę przestrzeń; konta uczniów pozostają tylko w ich innych przestrzeniach.
settings-delete_video = Trwające sesje wideo od razu się zakończą.
settings-delete_no_undo = Dziennik zdarzeń również zostanie usunięty. Tego nie można cofnąć.
settings-delete_confirm = Usuń na zawsze
settings-deleted = Usunięto „{ $title }”.

## audit
audit-tab = Dziennik zdarzeń
audit-caption = Co zrobiono w tej przestrzeni, od najnowszych
audit-when = Kiedy
audit-who = Kto
audit-what = Co
audit-empty = Nic jeszcze nie zapisano.
audit-older = Pokaż starsze wpisy
audit-system = Serwer
audit-former_member = Były członek
audit-former_member_target = były członek
audit-reason = Powód: { $reason }
audit-other = Działanie „{ $action }”: { $target }
audit-space-created = Utworzenie przestrzeni
audit-space-settings_changed = Zmiana ustawień przestrzeni
audit-space-archived = Archiwizacja przestrzeni
audit-space-unarchived = Ponowne otwarcie przestrzeni
audit-member-invited = Zaproszenie: { $target }, rola „{ $role }”
audit-member-role_changed = Zmiana roli: { $target }, z „{ $from }” na „{ $role }”
audit-member-removed = Usunięcie z przestrzeni: { $target }
audit-member-left = Opuszczenie przestrzeni
audit-member-muted = Wyciszenie: { $target }
audit-member-unmuted = Koniec wyciszenia: { $target }
audit-pupil-created = Utworzenie konta ucznia: { $target }
audit-pupil-added = Dodanie ucznia: { $target }
audit-pupil-code_reset = Nowy kod logowania: { $target }
audit-pupil-exported = Eksport danych: { $target }
audit-pupil-erased = Wymazanie konta ucznia
audit-invitation-created = Utworzenie linku dla gości
audit-invitation-revoked = Unieważnienie linku dla gości
audit-invitation-accepted = Dołączenie przez link dla gości
audit-video-started = Rozpoczęcie sesji wideo
audit-video-ended = Zakończenie sesji wideo
audit-video-locked = Zablokowanie sesji wideo
audit-video-unlocked = Odblokowanie sesji wideo
audit-video-admitted = Wpuszczenie do sesji wideo: { $target }
audit-video-denied = Odmowa wejścia do sesji wideo: { $target }
audit-video-muted = Wyciszenie w sesji wideo: { $target }
audit-video-unmuted = Zgoda na mówienie w sesji wideo: { $target }
audit-video-removed = Usunięcie z sesji wideo: { $target }
audit-video-spotlight = Zmiana wyróżnienia w sesji wideo
audit-post-hidden = Ukrycie posta
audit-post-restored = Przywrócenie posta
audit-post-approved = Zatwierdzenie posta
audit-post-rejected = Odrzucenie posta
audit-post-purged = Trwałe usunięcie posta
audit-post-reported = Zgłoszenie posta
audit-report-resolved = Zamknięcie zgłoszenia
audit-thread-pinned = Przypięcie wątku
audit-thread-unpinned = Odpięcie wątku
audit-thread-locked = Zablokowanie wątku
audit-thread-unlocked = Odblokowanie wątku
audit-archive-folder_created = Utworzenie folderu
audit-archive-folder_renamed = Zmiana nazwy folderu
audit-archive-folder_moved = Przeniesienie folderu
audit-archive-folder_trashed = Przeniesienie folderu do kosza
audit-archive-folder_restored = Przywrócenie folderu z kosza
audit-archive-folder_purged = Trwałe usunięcie folderu
audit-archive-file_added = Dodanie pliku
audit-archive-file_version_added = Dodanie wersji pliku
audit-archive-file_renamed = Zmiana nazwy pliku
audit-archive-file_moved = Przeniesienie pliku
audit-archive-file_trashed = Przeniesienie pliku do kosza
audit-archive-file_restored = Przywrócenie pliku z kosza
audit-archive-file_purged = Trwałe usunięcie pliku
audit-chat-expired = Usunięcie wiadomości czatu po upływie czasu ich przechowywania
audit-audit-retention_changed = Zmiana czasu przechowywania wpisów w dzienniku zdarzeń
audit-group-joined = Dołączenie do grupy
audit-group-requested = Prośba o dołączenie do grupy
audit-group-request_accepted = Przyjęcie prośby: { $target }
audit-group-request_declined = Odrzucenie prośby: { $target }
audit-group-request_withdrawn = Wycofanie prośby o dołączenie
audit-member-banned = Zablokowanie: { $target }
audit-member-unbanned = Zdjęcie blokady: { $target }
audit-group-featured = Wyróżnienie grupy
audit-group-unfeatured = Koniec wyróżnienia grupy
audit-group-moderator_appointed = Powierzenie moderacji: { $target }

## group_role
group_role-founder = Właściciel grupy
group_role-admin = Moderacja
group_role-teacher = Członek grupy

## readers
readers-title = Teraz czytają
readers-more =
    { $count ->
        [one] i { $count } inna osoba
        [few] i { $count } inne osoby
        [many] i { $count } innych osób
       *[other] i { $count } innej osoby
    }

## groups
groups-nav = Grupy
groups-title = Grupy eTwinning
groups-intro = Społeczności eTwinnerów skupione wokół przedmiotu, tematu lub zainteresowań. Biorą w nich udział tylko zweryfikowani eTwinnerzy.
groups-search = Znajdź grupę
groups-words = Słowa z tytułu
groups-topic = Temat
groups-language = Język
groups-language_any = Wszystkie języki
groups-language_choose = Wybierz język
groups-country = Kraj członka grupy
groups-country_any = Wszystkie kraje
groups-search_submit = Szukaj
groups-found = Grupy
groups-empty = Żadna grupa nie pasuje do tego wyszukiwania.
groups-more = Pokaż więcej grup
groups-featured = Wyróżniona
groups-topic_is = Temat: { $topic }
groups-members =
    { $count ->
        [one] { $count } członek
        [few] { $count } członków
        [many] { $count } członków
       *[other] { $count } członka
    }
groups-access_short-open = Otwarta
groups-access_short-closed = Zamknięta
groups-standing-member = Należysz do grupy. Twoja rola: { $role }
groups-standing-requested = Poproszono o dołączenie do tej grupy.
groups-standing-banned = Zespół moderacji tej grupy nie pozwala Ci do niej dołączyć.
groups-join = Dołącz
groups-ask = Poproś o dołączenie
groups-ask_message = Wiadomość dla zespołu moderacji (opcjonalnie)
groups-withdraw = Wycofaj moją prośbę
groups-open_group = Otwórz grupę
groups-joined = Należysz teraz do grupy „{ $title }”.
groups-asked = Prośba o dołączenie do „{ $title }” została wysłana do zespołu moderacji.
groups-withdrawn = Prośba o dołączenie do „{ $title }” została wycofana.
groups-waiting = Zespół moderacji odpowie na prośbę. Ta strona pokaże odpowiedź, gdy tylko nadejdzie.
groups-accepted = Prośba została przyjęta: witamy w grupie „{ $title }”.
groups-not_accepted = Prośba nie została przyjęta. Możesz poprosić ponownie.
groups-back = Wróć do grup
groups-create = Utwórz grupę
groups-group_title = Tytuł
groups-description = Opis (opcjonalnie)
groups-access = Kto może dołączyć
groups-access-open = Otwarta: każdy eTwinner dołącza od razu
groups-access-closed = Zamknięta: zespół moderacji przyjmuje każdą prośbę
groups-create_submit = Utwórz grupę
groups-created = Utworzono grupę „{ $title }”.
groups-members_search = Znajdź członka grupy
groups-members_more = Pokaż więcej członków
groups-leave = Opuść tę grupę
groups-leave_consequence = Od razu tracisz dostęp do forum, plików, czatu i wideo grupy.
groups-leave_kept = To, co napisano i przesłano, zostaje w grupie. Możesz wrócić przez katalog grup.
groups-leave_confirm = Opuść grupę
groups-requests = Prośby o dołączenie
groups-requests_empty = Nikt nie czeka.
groups-accept = Przyjmij
groups-decline = Odrzuć
groups-accepted_member = { $name } należy teraz do grupy.
groups-declined = Prośba: { $name } – odrzucona.
groups-ban = Zablokuj
groups-ban_question = Zablokować dostęp do grupy: { $name }?
groups-ban_consequence = { $name } od razu opuszcza grupę i nie może do niej wrócić ani o to poprosić.
groups-ban_kept = Wpisy i pliki zostają w grupie. Blokadę można później zdjąć.
groups-ban_reason = Powód (opcjonalnie, zapisany w dzienniku)
groups-ban_confirm = Zablokuj
groups-banned = Zablokowano: { $name }.
groups-bans = Zablokowani eTwinnerzy
groups-bans_empty = Brak blokad.
groups-lift = Zdejmij blokadę
groups-lifted = { $name } może znów dołączyć.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Ustaw nowe hasło do TwinSpace Live
mail-reset_body =
    Dzień dobry, { $name }!

    Otrzymaliśmy prośbę (prawdopodobnie od ciebie) o ustawienie nowego hasła do twojego konta TwinSpace Live.
    Otwórz ten link, aby je ustawić (działa jeden raz, przez { $minutes } min):

    { $link }

    Ustawienie nowego hasła wyloguje cię na wszystkich innych urządzeniach.
    Jeśli to nie ty prosisz o zmianę, zignoruj tę wiadomość: twoje hasło pozostanie bez zmian.

    TwinSpace Live

## events (issue 22)
events-nav = Wydarzenia
events-title = Nadchodzące wydarzenia
events-empty = Na razie nie ma dla ciebie nadchodzących wydarzeń.
events-more = Pokaż więcej wydarzeń
events-schedule = Zaplanuj wydarzenie
events-zone = Godziny są podane w twojej strefie czasowej: { $zone }
events-audience-etwinners = Wszyscy eTwinnerzy
events-audience-country = eTwinnerzy z tego kraju: { $country }
events-audience-group = Członkowie grupy
events-audience-twinspace = Członkowie TwinSpace
events-organising = Organizujesz to wydarzenie.
events-registered = Twoje zgłoszenie jest zapisane.
events-waiting = Jesteś na liście oczekujących (miejsce { $position }).
events-state-live = Teraz na żywo
events-state-ended = To wydarzenie się zakończyło.
events-state-cancelled = To wydarzenie zostało odwołane.
events-places = Zajęte miejsca: { $taken } z { $capacity }
event_form-new_title = Zaplanuj wydarzenie
event_form-edit_title = Zmień wydarzenie
event_form-title = Tytuł
event_form-description = Opis
event_form-date = Data
event_form-time = Godzina rozpoczęcia
event_form-duration = Czas trwania w minutach
event_form-space = Grupa lub TwinSpace
event_form-speakers_hint = Wybierz spośród kadry nauczycielskiej twoich grup i TwinSpace’ów.
event_form-no_speakers = Na razie nie ma kogo wybrać.
event_form-create = Zaplanuj wydarzenie
event_form-save = Zapisz zmiany
event_form-created = Wydarzenie „{ $title }” jest zaplanowane.
event_form-saved = Zmiany w „{ $title }” są zapisane.
event_form-start_past = Wybierz początek w przyszłości.
event-title = Wydarzenie
event-back = Wszystkie wydarzenia
event-when = Kiedy
event-language = Język
event-audience = Kto może się zgłosić
event-organiser = Organizacja
event-speakers = Osoby prowadzące
event-places = Miejsca
event-no_speakers = Nie podano jeszcze osób prowadzących.
event-waiting_count = Na liście oczekujących: { $waiting }
event-registration = Twoje miejsce
event-speaking = Występujesz na tym wydarzeniu.
event-full = Wszystkie miejsca są zajęte: jeśli się zgłosisz, trafisz na listę oczekujących.
event-register = Zgłoś się
event-unregister = Oddaj moje miejsce
event-leave_waiting = Opuść listę oczekujących
event-unregister_confirm_title = Zrezygnować z „{ $title }”?
event-unregister_confirm = Następna osoba z listy oczekujących zajmie twoją kolejkę. Jeśli zgłosisz się ponownie, być może trzeba będzie czekać.
event-unregistered = Twoje zgłoszenie jest anulowane.
event-calendar = Dodaj do mojego kalendarza (.ics)
event-organiser_tools = Dla organizacji
event-edit = Zmień wydarzenie
event-cancel = Odwołaj wydarzenie
event-keep = Zachowaj wydarzenie
event-cancel_confirm_title = Odwołać „{ $title }”?
event-cancel_confirm_lost = Nikt nie będzie mógł się już zgłosić, a wszyscy zobaczą, że jest odwołane. Tego nie można cofnąć. Zgłoszenia i pytania zostają zachowane.
event-cancelled = Wydarzenie jest odwołane.
event-registrants = Zgłoszenia
event-waiting_list = Lista oczekujących
event-nobody = Na razie nikt.
event-attendance = Obecność
event-attendance_hint = Kto śledził stronę wydarzenia podczas transmisji i jak długo.
event-attendance_none = Nikt nie śledził wydarzenia na żywo.
event-minutes = { $minutes } min
qa-title = Pytania i odpowiedzi
qa-empty = Nie ma jeszcze pytań.
qa-closed = Pytania są zamknięte: wydarzenie się zakończyło.
qa-need_place = Zgłoś się, aby zadać pytanie lub poprzeć inne.
qa-your_question = Twoje pytanie
qa-ask = Zapytaj
qa-asked = Twoje pytanie zostało wysłane.
qa-upvote = Poprzyj
qa-upvoted = Poparte
qa-votes = Głosy: { $votes }
qa-by = Pytanie od: { $name }
qa-by_gone = Pytanie od usuniętego konta
qa-answer = Odpowiedź: { $answer }
qa-state-picked = Teraz z odpowiedzią
qa-state-answered = Z odpowiedzią
qa-state-hidden = Ukryte
qa-pick = Wybierz
qa-unpick = Odłóż
qa-hide = Ukryj
qa-restore = Przywróć
qa-answer_label = Odpowiedź pisemna (nieobowiązkowa)
qa-mark_answered = Oznacz jako odpowiedziane
qa-gone = Nie możesz już śledzić tych pytań.
audit-event-created = Zaplanowano wydarzenie „{ $title }”
audit-event-updated = Zmieniono wydarzenie „{ $title }”
audit-event-cancelled = Odwołano wydarzenie „{ $title }”
audit-event-question_moderated = Moderowano pytanie wydarzenia „{ $title }”

## the live webinar (issue 22)
live-title = Wideo na żywo
live-not_started = Wideo na żywo jeszcze się nie zaczęło.
live-ended = Wideo na żywo się zakończyło.
live-connecting = Łączenie z wideo na żywo…
live-need_place = Wideo na żywo mogą oglądać tylko osoby z miejscem.
live-watching_you = Oglądasz wideo na żywo.
live-on_air = Nadajesz na żywo: wszyscy cię widzą i słyszą.
live-recording = To wydarzenie jest nagrywane.
live-speaking = Mówi: { $names }
live-nobody_speaking = Nikt jeszcze nie mówi.
live-watching = Oglądających: { $watching }
live-start = Rozpocznij wideo na żywo
live-end = Zakończ wideo na żywo
live-end_confirm_title = Zakończyć wideo na żywo „{ $title }”?
live-end_confirm_lost = Wideo zatrzyma się dla wszystkich, prelegentów i widzów. Możesz je wznowić, dopóki trwa wydarzenie; pytania zostają zachowane.
live-go_live = Nadawaj na żywo
live-stop = Zatrzymaj moje wideo
live-hand_raised = Twoja ręka jest podniesiona: moderator może zaprosić cię do zabrania głosu.
live-invited = Zaproszono cię do zabrania głosu: zacznij nadawać, gdy będziesz gotowy.
live-returned = Wróciłeś do widowni.
live-hands = Podniesione ręce
live-no_hands = Nikt nie podniósł ręki.
live-promote = Zaproś { $name } do zabrania głosu
live-return = Odeślij { $name } do widowni
live-record_start = Rozpocznij nagrywanie
live-record_stop = Zatrzymaj nagrywanie

## the event's recordings and seat (issue 22)
event-moved_up = Masz teraz miejsce: przesunięto Cię z listy oczekujących.
live-off_stage_returned = Moderator przeniósł Cię z powrotem do widowni.
live-off_stage_muted = Wyciszono Cię w tej przestrzeni: wracasz do widowni.
live-off_stage_removed = Nie jesteś już członkiem tej przestrzeni: wracasz do widowni.
live-off_stage_unnamed = Nie jesteś już prelegentem tego wydarzenia: wracasz do widowni.
recordings-title = Nagrania
recordings-processing = Nagranie jest przetwarzane: pojawi się tutaj, gdy będzie gotowe.
recordings-take = Nagrano { $when } · { $length }
recordings-video = Wideo: { $speaker }
recordings-audio = Dźwięk: { $speaker }
recordings-former_speaker = były prelegent
