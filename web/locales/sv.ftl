### TwinSpace Live: sidans ord på svenska
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Svenska

## app
app-name = TwinSpace Live
app-skip = Gå till innehållet
app-nav = Huvudmeny
app-language = Språk
app-sign_out = Logga ut
app-signed_in_as = Inloggad som { $name }
app-loading = Laddar…

## conn
conn-lost = Anslutningen bröts. Ansluter igen…
conn-back = Ansluten igen.
conn-failed = Liveanslutningen stängdes. Ladda om sidan för att försöka igen.
conn-session_ended = Din session har tagit slut. Logga in igen.
conn-account_locked = Det här kontot kan inte längre användas. Logga in igen för att se varför.
# Why the server closed the live connection: `conn-closed-<reason>`, one per reason code it sends
# (protocol/close_codes.py, CloseReason).
conn-closed-auth_missing = Liveanslutningen fick inte din inloggning i tid. Ladda om sidan.
conn-closed-session_invalid = Din session är inte längre giltig. Logga in igen.
conn-closed-session_expired = Din session har gått ut. Logga in igen.
conn-closed-signed_out = Du har loggats ut. Logga in igen.
conn-closed-account_locked = Det här kontot kan inte längre användas. Logga in igen för att se varför.
conn-closed-too_many_connections = Det här kontot har för många sidor öppna samtidigt. Stäng några flikar och ladda sedan om den här sidan.
conn-closed-too_many_messages = Den här sidan skickade för mycket för snabbt. Vänta en stund och ladda sedan om den.
conn-closed-frame_too_large = Den här sidan skickade något som var för stort. Ladda om sidan och försök igen.
conn-closed-idle_timeout = Liveanslutningen var tyst för länge och stängdes. Ansluter igen…
conn-closed-slow_consumer = Liveanslutningen hann inte med. Ansluter igen…
conn-closed-server_restarting = Servern startar om. Ansluter igen om en stund…
conn-closed-server_shutting_down = Servern du var ansluten till stängs av. Ansluter igen…
conn-closed-unavailable = Servern är upptagen. Ansluter igen om en stund…
conn-closed-internal = Något gick fel på servern. Ansluter igen om en stund…

## login
login-title = Logga in
login-intro = Lärare och gäster loggar in med sin e-postadress. Elever använder det användarnamn och den kod som de har fått av sin lärare.
login-teacher = Lärare och gäster
login-pupil = Elever
login-email = E-postadress
login-password = Lösenord
login-username = Användarnamn
login-code = Kod
login-submit = Logga in
login-pupil_submit = Logga in som elev
login-forgot = Har du glömt ditt lösenord?
login-register = Inget konto än? Skapa ett eTwinner-konto
login-pupil_forgot = Har du glömt din kod? Be din lärare om en ny.

## invite
invite-title = Gå med i ett TwinSpace som gäst
invite-intro = Du har blivit inbjuden till ett TwinSpace. Välj hur andra ska se dig och välj ett lösenord.
invite-display_name = Ditt namn
invite-submit = Tacka ja till inbjudan
invite-checking = Kontrollerar din inbjudan…
invite-for_space = Du är inbjuden till ”{ $title }”.
invite-unknown = Den här inbjudningslänken är okänd. Kontrollera att du har kopierat hela länken, eller be läraren som skickade den om en ny.
invite-expired = Den här inbjudningslänken har gått ut. Be läraren som skickade den om en ny.
invite-used_up = Den här inbjudningslänken har använts så många gånger som den tillåter. Be läraren som skickade den om en ny.
invite-revoked = Den här inbjudningslänken har dragits tillbaka av en lärare.
invite-closed = Rummet för den här inbjudan är stängt.

## spaces
spaces-title = Mina rum
spaces-empty = Du är inte medlem i något rum än.
spaces-create = Skapa ett rum
spaces-kind = Typ
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Sal
spaces-kind-group = Grupp
spaces-space_title = Titel
spaces-description = Beskrivning (valfritt)
spaces-create_submit = Skapa
spaces-created = Rummet ”{ $title }” har skapats.
spaces-my_role = Din roll: { $role }
spaces-archived = arkiverat

## space
space-back = Tillbaka till mina rum
space-sections = Delar av det här rummet
space-members = Medlemmar
space-online_count =
    { $count ->
        [one] { $count } online
       *[other] { $count } online
    }
space-online = online
space-offline = offline
space-you = (du)
space-refreshed = Listan har uppdaterats.
space-gone = Du har inte längre tillgång till det här rummet.

## chat
chat-title = Chatt
chat-empty = Inga meddelanden än.
chat-message = Meddelande
chat-send = Skicka
chat-pending = (väntar på en lärare)
chat-typing = { $name } skriver…
chat-teachers_tab = Lärarnas anslagstavla
chat-teachers_title = Lärarnas anslagstavla
chat-session_title = Sessionens chatt
chat-older = Visa äldre meddelanden
chat-new_messages = Nya meddelanden
chat-mention_list = Medlemmar att nämna
chat-mention_hint = Skriv @ och ett namn för att nämna en medlem.
chat-hidden = (dolt av en lärare)
chat-deleted = (raderat)
chat-rejected = (visas inte, beslut av en lärare)
chat-edited = (redigerat)
chat-mentions_you = nämner dig
chat-edit = Redigera
chat-edit_label = Redigera ditt meddelande
chat-save = Spara
chat-cancel = Avbryt
chat-delete = Radera
chat-delete_confirm = Ja, radera
chat-hide = Dölj
chat-restore = Återställ
chat-approve = Godkänn
chat-reject = Avvisa
chat-report = Anmäl
chat-reported = Tack. Lärarna kommer att titta på det här meddelandet.
chat-mute = Tysta
chat-mute_question = Tysta { $name }?
chat-mute_for = Tysta { $name } i
chat-minutes =
    { $count ->
        [one] { $count } minut
       *[other] { $count } minuter
    }
chat-mute_confirm = Tysta nu
chat-muted_other = { $name } kan inte skriva förrän { $time }.
chat-muted_you = En lärare har pausat ditt skrivande till { $time }. Du kan fortfarande läsa chatten.
chat-unmuted_you = Du kan skriva i chatten igen.
chat-gone = Du har inte längre tillgång till den här chatten.

## role
role-founder = Grundare
role-admin = Administratör
role-teacher = Lärare
role-pupil_admin = Elevadministratör
role-pupil = Elev
role-guest = Gäst

## error
error-bad_credentials = Inloggningsuppgifterna stämmer inte. Kontrollera dem och försök igen.
error-rate_limited = För många försök. Vänta en stund och försök igen.
error-invalid = Några fält är inte rätt ifyllda.
error-not_found = Den här sidan finns inte, eller så kan du inte se den.
error-forbidden = Du får inte göra det här.
error-gone = Det här finns inte längre eller fungerar inte längre.
error-conflict = Det här krockar med något som redan finns.
error-gone-revoked = Den här inbjudningslänken fungerar inte längre: rummets lärare har dragit tillbaka den.
error-gone-expired = Den här inbjudningslänken fungerar inte längre: den har gått ut.
error-gone-used_up = Den här inbjudningslänken fungerar inte längre: den har använts så många gånger som den tillåter.
error-conflict-name_taken = ”{ $name }” finns redan här. Välj ett annat namn.
error-conflict-in_trash = ”{ $name }” ligger i papperskorgen: återställ det först.
error-conflict-not_in_trash = ”{ $name }” ligger inte i papperskorgen.
error-conflict-parent_in_trash = ”{ $name }” låg i en mapp som nu ligger i papperskorgen: återställ den mappen först.
error-conflict-folder_not_empty = Mappen ”{ $name }” är inte tom: flytta först innehållet till papperskorgen.
error-conflict-wrong_status = Kontots status ({ $status }) tillåter inte det här.
error-unauthenticated = Logga in.
error-network = Det gick inte att nå servern. Kontrollera din anslutning och försök igen.
error-generic = Något gick fel. Försök igen.
error-too_large = Det här är för stort.
error-quota_exceeded = Det finns inte tillräckligt med lagringsutrymme kvar i det här rummet.
error-unsupported = Servern kan inte ta emot den här typen av förfrågan.
error-aborted = Uppladdningen avbröts.
error-rate_limited_wait = För många försök. Försök igen { $wait }.
error-fields = Några fält behöver din uppmärksamhet: se meddelandet under varje fält.
error-account_rejected = Den nationella administratören i ditt land godkände inte den här registreringen, så det här kontot kan inte logga in. Om du tror att det är ett misstag kan du kontakta den nationella supportorganisationen för eTwinning i ditt land.
error-account_suspended = Den nationella administratören i ditt land har stängt av det här kontot: det kan inte logga in just nu. Kontakta den nationella supportorganisationen för eTwinning i ditt land för att få veta varför eller för att få tillbaka kontot.
error-malformed = Sidan skickade något som servern inte kunde läsa. Ladda om sidan och försök igen.
error-csrf = Sidans säkerhetskontroll misslyckades. Ladda om sidan och försök igen.
error-limit_exceeded = Det här går över en gräns som är satt för det här rummet.
error-unavailable = Servern är upptagen, eller så svarar en del av den inte. Försök igen om en stund.
error-internal = Något gick fel på servern. Försök igen senare.
error-insufficient_storage = Servern har inget utrymme kvar för filer. Inget sparades; meddela din skolas eTwinning-kontakt.
error-request_timeout = Det tog för lång tid att skicka, så det avbröts. Kontrollera din anslutning och försök igen.
error-conflict-not_a_guest = Den här e-postadressen hör till ett eTwinning-konto. Lärare bjuds in av rummets administratörer, inte via en gästlänk.

## notice
# What a pupil (or any member) is told about their own post or account. The server sends only the
# event's name (protocol/events.py, notice channel): `notice-<event>`, its dots as dashes.
notice-post-pending = Tack! En lärare läser ditt inlägg innan alla kan se det.
notice-post-approved = En lärare har läst ditt inlägg. Nu kan alla i projektet se det.
notice-post-rejected = En lärare har bestämt att inte visa ditt inlägg. Du kan fråga din lärare varför.
notice-post-hidden = En lärare har dolt ditt inlägg för tillfället. Du kan fråga din lärare varför.
notice-post-restored = En lärare visar ditt inlägg igen. Alla kan se det nu.
notice-post-purged = En lärare har tagit bort ditt inlägg.
notice-member-muted = Du kan läsa i projektet men inte skriva på en stund.
notice-member-unmuted = Du kan skriva i projektet igen.
notice-chat-mention = { $name } nämnde dig i chatten.

## video
video-section = Video
video-open_sessions = Öppna videosessioner
video-none = Ingen videosession är öppen.
video-start_title = Starta en videosession
video-title = Titel (valfritt)
video-lobby = Elever väntar i väntrummet tills en lärare släpper in dem
video-start = Starta
video-join_named = Gå med i ”{ $title }”
video-nobody_in_call = Ingen i samtalet än
video-people_in_call =
    { $count ->
        [one] { $count } person i samtalet
       *[other] { $count } personer i samtalet
    }
video-locked = (låst)
video-back = Tillbaka till rummet
video-participants = Deltagare
video-my_controls = Din mikrofon och kamera
video-chat = Sessionens chatt
video-starting_media = Startar din kamera och mikrofon…
video-in_call = Du är med i samtalet.
video-waiting_in_lobby = Du är i väntrummet. En lärare släpper snart in dig.
video-no_media = Ingen kamera eller mikrofon kunde användas: du kan ändå se och höra de andra.
video-partial_media = Din kamera och mikrofon kunde bara delvis användas.
video-enable_sound = Slå på ljudet
video-mic_on = Mikrofon på
video-mic_off = Mikrofon av
video-mic_forced = Ljudet avstängt av en lärare
video-camera_on = Kamera på
video-camera_off = Kamera av
video-hand_raised = Handen uppräckt
video-mute_me = Stäng av min mikrofon
video-unmute_me = Slå på min mikrofon
video-camera_stop = Stäng av min kamera
video-camera_start = Slå på min kamera
video-hand_raise = Räck upp handen
video-hand_lower = Ta ner handen
video-leave = Lämna
video-you_are_muted = En lärare har stängt av ditt ljud. Du kan slå på det igen när en lärare tillåter det.
video-muted_by_teacher = En lärare har stängt av din mikrofon.
video-unmute_allowed = En lärare låter dig slå på mikrofonen igen.
video-mute_other = Stäng av ljudet
video-mute_named = Stäng av ljudet för { $name }
video-allow_unmute = Tillåt mikrofon
video-allow_unmute_named = Tillåt mikrofon: { $name }
video-remove = Ta bort
video-remove_named = Ta bort { $name } från sessionen
video-lobby_title = Väntrum
video-lobby_empty = Ingen väntar.
video-admit = Släpp in
video-admit_named = Släpp in { $name }
video-deny = Neka
video-deny_named = Neka { $name }
video-manage = Den här sessionen
video-is_open = Öppen: medlemmar kan gå med.
video-is_locked = Låst: bara lärare kan gå med.
video-lock = Lås sessionen
video-end = Avsluta sessionen för alla
video-ended = Sessionen har avslutats.
video-ended_space_archived = Sessionen har avslutats: rummet har arkiverats.
video-ended_space_deleted = Sessionen har avslutats: rummet har raderats.
video-ended_empty = Sessionen har avslutats: ingen var med på ett tag.
video-no_teacher_yet = Ingen lärare är med i den här sessionen än, så ingen kan släppa in dig. Du kan vänta här eller gå.
video-leave_lobby = Lämna väntrummet
video-removed = En lärare har tagit bort dig från sessionen.
video-denied = En lärare släppte inte in dig i den här sessionen.
video-left = Du har lämnat sessionen.
video-full = Den här sessionen är full.
video-refused = Du kan inte gå med i den här sessionen.
video-signal_refused = Servern nekade det som din webbläsare skickade. Försök att lämna sessionen och gå med igen.
video-sfu_moving = Sessionen har vuxit: samtalet flyttas till klassens medieserver…
video-sfu_unreachable = Det går inte att nå klassens medieserver. Försöker igen…
video-sfu_no_seat = Alla kameraplatser i den här sessionen är upptagna: du ser och hör de andra, men de ser och hör inte dig.
video-sfu_not_sent = Din kamera och mikrofon kunde inte skickas. Du ser och hör fortfarande de andra.

## forum
forum-title = Forum
forum-threads = Trådar
forum-posts = Inlägg
forum-areas = Forumets delar
forum-area-open = Öppet forum
forum-area-teachers = Lärarnas anslagstavla
forum-empty = Inga trådar än.
forum-thread_meta =
    { $count ->
        [one] av { $author } · { $count } inlägg · { $when }
       *[other] av { $author } · { $count } inlägg · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } nytt
       *[other] { $count } nya
    }
forum-pinned = fäst
forum-locked = låst
forum-new_thread = Starta en tråd
forum-new_bulletin = Starta en tråd på lärarnas anslagstavla
forum-thread_title = Trådens titel
forum-first_post = Första inlägget
forum-start = Starta tråden
forum-thread_started = Tråden har startats.
forum-thread_held = Tack! En lärare läser din tråd innan alla kan se den.
forum-back = Tillbaka till trådarna
forum-reply_label = Ditt svar
forum-send = Skicka svar
forum-no_reply = Du kan inte svara i den här tråden.
forum-held = Tack! En lärare läser ditt inlägg innan alla kan se det.
forum-edited = (redigerat)
forum-edit = Redigera
forum-edit_label = Redigera ditt inlägg
forum-save = Spara
forum-saved = Ditt inlägg har ändrats.
forum-cancel = Avbryt
forum-delete = Radera
forum-deleted = Inlägget har raderats.
forum-report = Anmäl
forum-report_reason = Vad är det för fel på det här inlägget? (valfritt)
forum-report_send = Skicka anmälan
forum-reported = Tack. Lärarna har fått veta det.
forum-hide = Dölj
forum-restore = Återställ
forum-approve = Godkänn
forum-reject = Avvisa
forum-done-hide = Inlägget är dolt för klassen.
forum-done-restore = Inlägget visas igen.
forum-done-approve = Inlägget är godkänt: alla kan se det.
forum-done-reject = Inlägget är avvisat: bara den som skrev det kan se det.
forum-state-pending = väntar på en lärare
forum-state-hidden = dolt
forum-state-rejected = inte publicerat
forum-state-deleted = raderat
forum-pin = Fäst
forum-unpin = Lossa
forum-lock = Lås
forum-unlock = Lås upp
forum-thread_changed = Tråden har ändrats.
forum-thread_gone = Du har inte längre tillgång till den här tråden.
forum-moderation = Moderering
forum-queue = Väntar på godkännande
forum-queue_empty = Inga inlägg väntar.
forum-reports = Anmälningar
forum-reports_empty = Inga öppna anmälningar.
forum-reported_by = anmält av { $name }
forum-report_said = Orsak: { $reason }
forum-resolve = Stäng anmälan
forum-resolved = Anmälan är stängd.

## reactions
reaction-bar = Reaktioner
reaction-add = Lägg till en reaktion
reaction-picker = Välj en reaktion
reaction-count =
    { $count ->
        [one] { $name }: { $count } person
       *[other] { $name }: { $count } personer
    }
reaction-thumbs_up = Tummen upp
reaction-heart = Hjärta
reaction-clap = Bravo
reaction-laugh = Roligt
reaction-idea = Bra idé
reaction-question = Jag har en fråga

## archive
archive-title = Filer
archive-usage = { $used } av { $quota } används
archive-where = Mapp
archive-top = Alla filer
archive-empty = Den här mappen är tom.
archive-contents = Mappar och filer
archive-name = Namn
archive-size = Storlek
archive-by = Tillagd av
archive-when = Ändrad
archive-actions = Åtgärder
archive-former_member = tidigare medlem
archive-choose = Välj en fil
archive-upload = Ladda upp
archive-progress = Uppladdningens förlopp
archive-uploading = Laddar upp { $name }: { $percent }
archive-uploaded = ”{ $name }” har laddats upp.
archive-too_large = Den här filen är för stor: filer får vara högst { $max }.
archive-quota = Det finns inte tillräckligt med utrymme kvar för filer i det här rummet ({ $free } ledigt). Be en lärare att ta bort gamla filer.
archive-new_folder = Ny mapp
archive-create_folder = Skapa mappen
archive-folder_created = Mappen ”{ $name }” har skapats.
archive-download = Ladda ner
archive-download_named = Ladda ner { $name }
archive-rename = Byt namn
archive-rename_named = Byt namn på { $name }
archive-new_name = Nytt namn
archive-save = Spara
archive-cancel = Avbryt
archive-renamed = Namnet har ändrats till ”{ $name }”.
archive-trash = Flytta till papperskorgen
archive-trash_named = Flytta till papperskorgen: { $name }
archive-trashed = ”{ $name }” ligger i papperskorgen.
archive-show_trash = Papperskorg
archive-trash_empty = Papperskorgen är tom.
archive-restore = Återställ
archive-restore_named = Återställ { $name }
archive-restored = ”{ $name }” är tillbaka.
archive-purge = Radera för gott
archive-purge_named = Radera { $name } för gott
archive-purged = ”{ $name }” har raderats för gott.
archive-choose_first = Välj en fil att ladda upp.
archive-no_file = Ingen fil vald än.
archive-name_taken = Det finns redan något med det här namnet här. Välj ett annat namn.

## unit
unit-b = B
unit-kb = kB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Fyll i det här fältet.
field-unknown = Det här fältet förväntas inte här.
field-type = Det här värdet är inte av rätt typ.
field-blank = Skriv något här: bara mellanslag räknas inte.
field-too_short =
    { $count ->
        [one] Skriv minst { $min } tecken.
       *[other] Skriv minst { $min } tecken.
    }
field-too_long =
    { $count ->
        [one] Skriv högst { $max } tecken.
       *[other] Skriv högst { $max } tecken.
    }
field-too_small = Ange minst { $min }.
field-too_large = Ange högst { $max }.
field-format = Det här har inte den form som förväntas.
field-choice = Välj ett av alternativen.
field-invalid = Det här värdet godtas inte.

## confirm
confirm-cancel = Avbryt
confirm-trash_file = Flytta ”{ $name }” till papperskorgen?
confirm-trash_file_lost = Medlemmarna ser inte längre den här filen. En lärare kan hämta tillbaka den från papperskorgen.
confirm-trash_folder = Flytta mappen ”{ $name }” till papperskorgen?
confirm-trash_folder_lost = Medlemmarna ser inte längre den här mappen eller något av innehållet. En lärare kan hämta tillbaka den från papperskorgen.
confirm-purge = Radera ”{ $name }” för gott?
confirm-purge_lost = Det försvinner för alla och kan inte hämtas tillbaka.
confirm-delete_post = Radera det här inlägget?
confirm-delete_post_lost = Texten försvinner för alla. Det går inte att ångra.
confirm-delete_message = Radera det här meddelandet?
confirm-delete_message_lost = Texten försvinner för alla. Det går inte att ångra.
confirm-end_session = Avsluta sessionen för alla?
confirm-end_session_lost = Alla lämnar samtalet direkt, och sessionen kan inte öppnas igen.
confirm-remove_participant = Ta bort { $name } från sessionen?
confirm-remove_participant_lost = { $name } lämnar samtalet direkt och kan inte komma tillbaka till den här sessionen.
confirm-deny = Neka { $name }?
confirm-deny_lost = { $name } kommer inte in i den här sessionen.

## page
page-not_found = Sidan hittades inte
page-not_found_text = Det finns ingen sida på den här adressen.
page-go_spaces = Gå till mina rum
page-go_sign_in = Gå till inloggningssidan

## form
form-required = Fyll i det här fältet.
form-email_format = Skriv en e-postadress som namn@skola.eu.
form-password_short = Använd minst 10 tecken.
form-password_long = Använd högst 200 tecken.
form-password_mismatch = De två lösenorden är inte likadana.
form-password_hint = Minst 10 tecken. Några ord som du kommer ihåg fungerar bra.
form-check_fields = Kontrollera fälten som är markerade ovan.
form-field_invalid = Det här värdet godtas inte.

## register
register-title = Skapa ett eTwinner-konto
register-intro = För lärare. Den nationella administratören i ditt land kontrollerar att du är lärare och godkänner sedan ditt konto. Elever registrerar sig inte: deras lärare skapar deras konton.
register-name = Ditt namn
register-school = Skola
register-country = Land
register-country_choose = Välj ditt land
register-submit = Skapa mitt konto
register-email_taken = Det finns redan ett konto med den här e-postadressen. Logga in eller be om ett nytt lösenord.
register-have_account = Har du redan ett konto? Logga in

## pending
pending-title = Ditt konto väntar på godkännande
pending-who_heading = Vem som godkänner det
pending-who = Den nationella administratören i ditt land ({ $country }) kontrollerar att du är lärare på skolan som du har angett och godkänner sedan ditt konto.
pending-next_heading = Vad händer sedan
pending-next_validate = När ditt konto har godkänts är du eTwinner: du kan skapa rum, bli inbjuden till projekt och skapa konton åt dina elever. Logga in igen eller tryck på ”Kontrollera igen” för att se det.
pending-next_reject = Om den nationella administratören inte godkänner din registrering får du veta det när du loggar in.
pending-next_meanwhile = Fram till dess kan du ändra ditt namn och lösenord under ”Mitt konto”.
pending-check = Kontrollera igen
pending-still = Ditt konto väntar fortfarande på godkännande.
pending-count =
    { $count ->
        [one] { $count } väntar på moderering
       *[other] { $count } väntar på moderering
    }

## forgot
forgot-title = Har du glömt ditt lösenord?
forgot-intro = Skriv e-postadressen till ditt konto. Vi skickar en länk så att du kan välja ett nytt lösenord.
forgot-submit = Skicka en länk till mig
forgot-sent = Om det finns ett konto med den här adressen är en länk på väg dit. Länken fungerar en gång och bara under en begränsad tid. Titta också i din skräppostmapp.
forgot-pupils = Elever: ni har ingen e-postadress här. Be er lärare om en ny kod.
forgot-back = Tillbaka till inloggningen

## reset
reset-title = Välj ett nytt lösenord
reset-intro = När du väljer ett nytt lösenord loggas du ut på alla andra enheter.
reset-password = Nytt lösenord
reset-confirm = Upprepa det nya lösenordet
reset-submit = Spara det nya lösenordet
reset-gone = Den här länken har gått ut eller har redan använts. Be om en ny.
reset-done = Ditt lösenord har ändrats. Logga in med det nya.
reset-ask_again = Be om en ny länk

## account
account-title = Mitt konto
account-signed_in_with = Du loggar in med { $email }.
account-name_heading = Ditt namn
account-name = Namn som andra ser
account-save_name = Spara namnet
account-name_saved = Ditt namn har sparats.
account-pupil_note = Din lärare har valt det här namnet och bestämmer över det. Fråga din lärare om det behöver ändras.
account-password_heading = Ditt lösenord
account-password_intro = Om du ändrar det loggas du ut på dina andra enheter; här förblir du inloggad.
account-current_password = Nuvarande lösenord
account-new_password = Nytt lösenord
account-confirm_password = Upprepa det nya lösenordet
account-save_password = Byt lösenordet
account-password_saved = Ditt lösenord har ändrats.
account-current_wrong = Det här är inte ditt nuvarande lösenord.
account-everywhere_heading = Logga ut överallt
account-everywhere_intro = Avslutar din inloggning på alla enheter och i alla webbläsare, även den här: en borttappad telefon eller en delad dator kan då inte längre öppna ditt konto.
account-everywhere = Logga ut överallt…
account-everywhere_question = Logga ut på alla enheter, även den här? Öppna sidor stängs direkt, och allt som ännu inte har skickats från dem går förlorat.
account-everywhere_confirm = Ja, logga ut överallt
account-everywhere_done = Du har loggats ut på alla enheter.
account-cancel = Avbryt

## admin
admin-nav = Godkännandekonsol
admin-title = Den nationella administratörens konsol
admin-country = Land: { $country }
admin-only_national_admins = Den här sidan är till för nationella administratörer.
admin-pending_heading = Lärare som väntar på godkännande
admin-pending_count =
    { $count ->
        [one] { $count } lärare väntar.
       *[other] { $count } lärare väntar.
    }
admin-pending_none = Ingen lärare väntar på godkännande.
admin-select_all = Markera alla
admin-select_first = Markera minst en lärare först.
admin-validate_selected = Godkänn de markerade
admin-reject_selected = Avvisa de markerade…
admin-validated =
    { $count ->
        [one] { $count } lärare har godkänts.
       *[other] { $count } lärare har godkänts.
    }
admin-rejected =
    { $count ->
        [one] { $count } registrering har avvisats.
       *[other] { $count } registreringar har avvisats.
    }
admin-reject_question =
    { $count ->
        [one] Avvisa registreringen från { $names }? Personen kommer inte att kunna logga in, och det går inte att ångra.
       *[other] Avvisa de här { $count } registreringarna ({ $names })? Personerna kommer inte att kunna logga in, och det går inte att ångra.
    }
admin-reject_reason = Orsak till avvisningen
admin-reject_heading = Avvisa registreringar
admin-suspend_heading = Stäng av ett konto
admin-reinstate_heading = Återaktivera ett konto
admin-reject_reason_hint = Sparas i granskningsloggen med ditt namn.
admin-reject_confirm =
    { $count ->
        [one] Avvisa { $count } registrering
       *[other] Avvisa { $count } registreringar
    }
admin-failed_one = { $name }: { $why }
admin-school = Skola: { $school }
admin-registered = Registrerad { $date }
admin-search_heading = Hitta ett konto
admin-search_label = Namn, e-postadress eller skola
admin-search_hint = Bara konton från ditt land. Lämna fältet tomt för att visa alla, de nyaste först.
admin-search = Sök
admin-showing = { $from }–{ $to } av { $total }
admin-no_match = Inget konto matchar.
admin-previous = Föregående sida
admin-next = Nästa sida
admin-suspend = Stäng av…
admin-suspend_named = Stäng av { $name }…
admin-suspend_question = Stänga av { $name }? Personen loggas direkt ut överallt, de öppna sidorna stängs, och personen kan inte logga in förrän du återaktiverar kontot.
admin-suspend_reason = Orsak till avstängningen
admin-suspend_confirm = Ja, stäng av
admin-suspend_done = { $name } är avstängd.
admin-reinstate = Återaktivera…
admin-reinstate_named = Återaktivera { $name }…
admin-reinstate_question = Återaktivera { $name }? Personen kan logga in igen.
admin-reinstate_reason = Orsak (valfritt)
admin-reinstate_confirm = Återaktivera
admin-reinstate_done = { $name } är återaktiverad.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Bekräfta genom att skriva rummets titel: { $text }

## status
status-active = aktivt
status-pending = väntar på godkännande
status-suspended = avstängt
status-rejected = avvisat
status-erased = raderat

## names
names-marked = { $name } ({ $mark })

## members
members-username = användarnamn { $username }
members-role_of = Roll för { $name }
members-change_role = Byt roll
members-role_question = Byta roll för { $name } från { $from } till { $to }?
members-role_consequence = { $name } kan från och med nu göra det som rollen { $to } får göra, direkt på alla enheter.
members-role_confirm = Byt rollen
members-role_changed = { $name } har nu rollen { $role }.
members-reset_code = Ny kod
members-reset_question = Ge { $name } en ny inloggningskod?
members-reset_consequence = Den gamla koden slutar fungera direkt och eleven loggas ut överallt. Du delar ut det nya kortet.
members-reset_confirm = Skapa en ny kod
members-reset_done = { $name } har en ny kod: dela ut det nya kortet nedan.
members-export = Exportera data
members-remove = Ta bort
members-remove_question = Ta bort { $name } från det här rummet?
members-remove_consequence = { $name } förlorar direkt tillgången till det här rummet, på alla enheter.
members-remove_pupil_kept = Elevens konto, inlägg och filer finns kvar; du kan lägga till eleven igen senare.
members-remove_kept = Medlemmens inlägg och filer finns kvar i rummet.
members-remove_confirm = Ta bort
members-removed = { $name } har tagits bort.
members-erase = Radera konto
members-leave = Lämna det här rummet
members-leave_question = Lämna ”{ $title }”?
members-leave_consequence = Du förlorar direkt tillgången till rummets forum, filer, chatt och video. Bara en lärare med administratörsroll kan ta tillbaka dig.
members-leave_kept = Det du har skrivit och laddat upp finns kvar i rummet.
members-leave_confirm = Lämna rummet
members-left = Du har lämnat ”{ $title }”.

## erase
erase-question = Radera kontot för { $name }?
erase-account_gone = Elevens namn, användarnamn och kod raderas för gott.
erase-signed_out = Eleven loggas ut direkt och kan aldrig logga in igen.
erase-no_undo = Det går inte att ångra.
erase-export_first = Om eleven eller familjen kan vilja ha en kopia, exportera först uppgifterna.
erase-posts = Elevens inlägg och chattmeddelanden
erase-posts_keep = Behåll dem, visade som skrivna av ”tidigare elev”
erase-posts_remove = Ta bort dem för gott
erase-files = Elevens filer
erase-files_keep = Behåll dem, ägda av ”tidigare elev”
erase-files_remove = Ta bort dem för gott
erase-confirm = Radera kontot
erase-done = Kontot för { $name } har raderats.

## invite_teacher
invite_teacher-title = Bjud in en partnerlärare
invite_teacher-by_email = Via e-postadress
invite_teacher-role = Roll
invite_teacher-submit = Bjud in
invite_teacher-done = { $name } har gått med som { $role }.
invite_teacher-not_etwinner = Ingen godkänd eTwinner har den här adressen, eller så får du inte ge den här rollen.
invite_teacher-find = Hitta en eTwinner
invite_teacher-query = Namn, skola eller land
invite_teacher-search = Sök
invite_teacher-results = eTwinners som hittades
invite_teacher-none = Ingen eTwinner hittades.
invite_teacher-more = Fler resultat
invite_teacher-member = Medlem i det här rummet
invite_teacher-invite = Bjud in
invite_teacher-role_for = Roll för { $name }

## pupils
pupils-title = Lägg till elever
pupils-one_title = En elev
pupils-name = Elevens namn
pupils-add_one = Lägg till eleven
pupils-class_title = En hel klass
pupils-class_names = Elevernas namn
pupils-class_help = Ett namn per rad, så som andra ska se eleverna.
pupils-add_class = Lägg till klassen
pupils-class_empty = Skriv minst ett namn.
pupils-language = Sidans språk för de här eleverna
pupils-language_help = De ser TwinSpace Live på det här språket när de har loggat in. Varje elev kan ändra det senare.
pupils-line_errors = Rader att rätta
pupils-line_error = Rad { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } rad behöver rättas; inget har skapats.
       *[other] { $count } rader behöver rättas; inget har skapats.
    }
pupils-created =
    { $count ->
        [one] { $count } elev har lagts till.
       *[other] { $count } elever har lagts till.
    }

## cards
cards-title = Inloggningskort
cards-once = De här koderna visas bara nu. Skriv ut korten eller anteckna koderna innan du lämnar sidan.
cards-site = Logga in på
cards-print = Skriv ut korten
cards-done = Klart: dölj koderna

## links
links-tab = Gästlänkar
links-intro = Med en gästlänk kan en expert eller en observatör gå med i det här TwinSpace som gäst. Alla som har länken kan använda den tills den går ut eller är förbrukad.
links-create_title = Ny gästlänk
links-valid_for = Giltig i
links-days =
    { $count ->
        [one] { $count } dag
       *[other] { $count } dagar
    }
links-uses = Antal användningar
links-note = Anteckning (vem den är till)
links-create = Skapa länken
links-new = Den nya länken
links-once = Kopiera den nu: den visas bara en gång.
links-copy = Kopiera
links-copied = Länken har kopierats.
links-select_copy = Länken är markerad: tryck på Ctrl+C (⌘+C) för att kopiera den.
links-live = Aktiva länkar
links-empty = Ingen gästlänk är aktiv.
links-untitled = Gästlänk
links-used =
    { $count ->
        [one] använd { $used } av { $count } gång
       *[other] använd { $used } av { $count } gånger
    }
links-until = till { $time }
links-revoke = Återkalla
links-revoke_question = Återkalla den här gästlänken?
links-revoke_consequence = Ingen kan längre gå med via den.
links-revoke_kept = Gäster som har gått med via den förblir medlemmar.
links-revoked = Länken har återkallats.

## settings
settings-tab = Inställningar
settings-space = Rummet
settings-pupils = Elever
settings-premoderate_pupils = Håll inne elevernas inlägg tills en lärare godkänner dem
settings-pupils_may_create_threads = Elever får starta trådar
settings-pupils_may_upload = Elever får ladda upp filer
settings-save = Spara
settings-saved = Inställningarna har sparats.
settings-archive_title = Arkivera
settings-archive_text = Ett arkiverat rum kan fortfarande läsas av medlemmarna, men ingen kan skriva, ladda upp eller starta en videosession.
settings-archive = Arkivera det här rummet
settings-archive_question = Arkivera ”{ $title }”?
settings-archive_read_only = Ingen kan längre skriva, ladda upp eller ändra något.
settings-archive_video = Pågående videosessioner avslutas direkt.
settings-archive_undo = En grundare kan öppna rummet igen senare.
settings-archive_confirm = Arkivera
settings-archived_title = Det här rummet är arkiverat
settings-archived_text = Det går bara att läsa. Öppna det igen så att medlemmarna kan skriva och ladda upp.
settings-unarchive = Öppna igen
settings-unarchive_question = Öppna ”{ $title }” igen?
settings-unarchive_consequence = Medlemmarna kan skriva, ladda upp och starta videosessioner igen.
settings-delete_title = Radera rummet
settings-delete_text = När rummet raderas försvinner det och allt i det för gott.
settings-delete = Radera det här rummet
settings-delete_question = Radera ”{ $title }” för gott?
settings-delete_content = Alla forumtrådar, chattmeddelanden och filer raderas, med alla sina versioner.
settings-delete_members = Alla medlemmar förlorar rummet; elevkonton finns bara kvar i sina andra rum.
settings-delete_video = Pågående videosessioner avslutas direkt.
settings-delete_no_undo = Granskningsloggen försvinner också. Det går inte att ångra.
settings-delete_confirm = Radera för gott
settings-deleted = ”{ $title }” har raderats.

## audit
audit-tab = Granskningslogg
audit-caption = Det som har gjorts i det här rummet, det senaste först
audit-when = När
audit-who = Vem
audit-what = Vad
audit-empty = Inget har registrerats än.
audit-older = Visa äldre poster
audit-system = Servern
audit-former_member = En tidigare medlem
audit-former_member_target = en tidigare medlem
audit-reason = Orsak: { $reason }
audit-other = Utförde ”{ $action }” { $target }
audit-space-created = Skapade rummet
audit-space-settings_changed = Ändrade rummets inställningar
audit-space-archived = Arkiverade rummet
audit-space-unarchived = Öppnade rummet igen
audit-member-invited = Bjöd in { $target } som { $role }
audit-member-role_changed = Bytte roll för { $target } från { $from } till { $role }
audit-member-removed = Tog bort { $target }
audit-member-left = Lämnade rummet
audit-member-muted = Tystade { $target }
audit-member-unmuted = Slutade tysta { $target }
audit-pupil-created = Skapade eleven { $target }
audit-pupil-added = Lade till eleven { $target }
audit-pupil-code_reset = Gav { $target } en ny inloggningskod
audit-pupil-exported = Exporterade uppgifterna för { $target }
audit-pupil-erased = Raderade en elevs konto
audit-invitation-created = Skapade en gästlänk
audit-invitation-revoked = Återkallade en gästlänk
audit-invitation-accepted = Gick med via en gästlänk
audit-video-started = Startade en videosession
audit-video-ended = Avslutade en videosession
audit-video-locked = Låste en videosession
audit-video-unlocked = Låste upp en videosession
audit-video-admitted = Släppte in { $target } i en videosession
audit-video-denied = Nekade { $target } att komma in i en videosession
audit-video-muted = Stängde av ljudet för { $target } i en videosession
audit-video-unmuted = Lät { $target } tala igen i en videosession
audit-video-removed = Tog bort { $target } från en videosession
audit-video-spotlight = Ändrade spotlighten i en videosession
audit-post-hidden = Dolde ett inlägg
audit-post-restored = Återställde ett inlägg
audit-post-approved = Godkände ett inlägg
audit-post-rejected = Avvisade ett inlägg
audit-post-purged = Tog bort ett inlägg för gott
audit-post-reported = Anmälde ett inlägg
audit-report-resolved = Stängde en anmälan
audit-thread-pinned = Fäste en tråd
audit-thread-unpinned = Lossade en tråd
audit-thread-locked = Låste en tråd
audit-thread-unlocked = Låste upp en tråd
audit-archive-folder_created = Skapade en mapp
audit-archive-folder_renamed = Bytte namn på en mapp
audit-archive-folder_moved = Flyttade en mapp
audit-archive-folder_trashed = Lade en mapp i papperskorgen
audit-archive-folder_restored = Tog ut en mapp ur papperskorgen
audit-archive-folder_purged = Tog bort en mapp för gott
audit-archive-file_added = Lade till en fil
audit-archive-file_version_added = Lade till en ny version av en fil
audit-archive-file_renamed = Bytte namn på en fil
audit-archive-file_moved = Flyttade en fil
audit-archive-file_trashed = Lade en fil i papperskorgen
audit-archive-file_restored = Tog ut en fil ur papperskorgen
audit-archive-file_purged = Tog bort en fil för gott
audit-chat-expired = Tog bort chattmeddelanden vars tid hade gått ut
audit-audit-retention_changed = Ändrade hur länge granskningsloggen sparar poster
audit-group-joined = Gick med i gruppen
audit-group-requested = Bad om att få gå med i gruppen
audit-group-request_accepted = Godkände förfrågan från { $target }
audit-group-request_declined = Avböjde förfrågan från { $target }
audit-group-request_withdrawn = Drog tillbaka en förfrågan om att gå med
audit-member-banned = Stängde av { $target }
audit-member-unbanned = Hävde avstängningen av { $target }
audit-group-featured = Gjorde gruppen utvald
audit-group-unfeatured = Gjorde gruppen inte längre utvald
audit-group-moderator_appointed = Utsåg { $target } till moderator

## group_role
group_role-founder = Ägare
group_role-admin = Moderering
group_role-teacher = Medlem

## readers
readers-title = Läser nu
readers-more =
    { $count ->
        [one] och { $count } annan
       *[other] och { $count } andra
    }

## groups
groups-nav = Grupper
groups-title = eTwinning-grupper
groups-intro = Gemenskaper av eTwinners kring ett ämne, ett tema eller ett intresseområde. Bara validerade eTwinners deltar.
groups-search = Hitta en grupp
groups-words = Ord i titeln
groups-topic = Tema
groups-language = Språk
groups-language_any = Alla språk
groups-language_choose = Välj ett språk
groups-country = En medlems land
groups-country_any = Alla länder
groups-search_submit = Sök
groups-found = Grupper
groups-empty = Ingen grupp matchar sökningen.
groups-more = Visa fler grupper
groups-featured = Utvald
groups-topic_is = Tema: { $topic }
groups-members =
    { $count ->
        [one] { $count } medlem
       *[other] { $count } medlemmar
    }
groups-access_short-open = Öppen
groups-access_short-closed = Stängd
groups-standing-member = Du är medlem. Din roll: { $role }
groups-standing-requested = Du har bett om att få gå med i gruppen.
groups-standing-banned = Gruppens modereringsteam låter dig inte gå med.
groups-join = Gå med
groups-ask = Be om att få gå med
groups-ask_message = Ett meddelande till modereringsteamet (valfritt)
groups-withdraw = Dra tillbaka min förfrågan
groups-open_group = Öppna gruppen
groups-joined = Du har gått med i ”{ $title }”.
groups-asked = Din förfrågan om att gå med i ”{ $title }” har skickats till modereringsteamet.
groups-withdrawn = Din förfrågan om att gå med i ”{ $title }” har dragits tillbaka.
groups-waiting = Modereringsteamet svarar på din förfrågan. Sidan visar svaret så snart det kommer.
groups-accepted = Din förfrågan har godkänts: välkommen till ”{ $title }”.
groups-not_accepted = Din förfrågan godkändes inte. Du kan fråga igen.
groups-back = Tillbaka till grupperna
groups-create = Skapa en grupp
groups-group_title = Titel
groups-description = Beskrivning (valfritt)
groups-access = Vem som får gå med
groups-access-open = Öppen: alla eTwinners går med direkt
groups-access-closed = Stängd: modereringsteamet godkänner varje förfrågan
groups-create_submit = Skapa gruppen
groups-created = Gruppen ”{ $title }” har skapats.
groups-members_search = Hitta en medlem
groups-members_more = Visa fler medlemmar
groups-leave = Lämna gruppen
groups-leave_consequence = Du förlorar genast åtkomsten till gruppens forum, filer, chatt och video.
groups-leave_kept = Det du har skrivit och laddat upp stannar kvar i gruppen. Du kan komma tillbaka via gruppkatalogen.
groups-leave_confirm = Lämna gruppen
groups-requests = Förfrågningar om att gå med
groups-requests_empty = Ingen väntar.
groups-accept = Godkänn
groups-decline = Avböj
groups-accepted_member = { $name } är nu medlem.
groups-declined = Förfrågan från { $name } avböjdes.
groups-ban = Stäng av
groups-ban_question = Stänga av { $name } från gruppen?
groups-ban_consequence = { $name } lämnar gruppen direkt och kan varken gå med igen eller be om det.
groups-ban_kept = Inlägg och filer stannar kvar i gruppen. Du kan häva avstängningen senare.
groups-ban_reason = Anledning (valfritt, sparas i loggen)
groups-ban_confirm = Stäng av
groups-banned = { $name } har stängts av.
groups-bans = Avstängda eTwinners
groups-bans_empty = Ingen är avstängd.
groups-lift = Häv avstängningen
groups-lifted = { $name } kan gå med igen.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Välj ett nytt lösenord för TwinSpace Live
mail-reset_body =
    Hej { $name }!

    Någon, förmodligen du, har bett om att få välja ett nytt lösenord för ditt TwinSpace Live-konto.
    Öppna den här länken för att välja det (den fungerar en gång, i { $minutes } minuter):

    { $link }

    När du väljer ett nytt lösenord loggas du ut överallt annars.
    Om du inte har bett om det här kan du strunta i meddelandet: ditt lösenord förblir som det är.

    TwinSpace Live

## events (issue 22)
events-nav = Evenemang
events-title = Kommande evenemang
events-empty = Det finns inga kommande evenemang för dig än.
events-more = Visa fler evenemang
events-schedule = Planera ett evenemang
events-zone = Tiderna visas i din tidszon: { $zone }
events-audience-etwinners = Alla eTwinners
events-audience-country = eTwinners i det här landet: { $country }
events-audience-group = Medlemmarna i en grupp
events-audience-twinspace = Medlemmarna i ett TwinSpace
events-organising = Du ordnar det här evenemanget.
events-registered = Du är anmäld.
events-waiting = Du står på väntelistan (plats { $position }).
events-state-live = Direkt nu
events-state-ended = Det här evenemanget är över.
events-state-cancelled = Det här evenemanget har ställts in.
events-places = Tagna platser: { $taken } av { $capacity }
event_form-new_title = Planera ett evenemang
event_form-edit_title = Ändra evenemanget
event_form-title = Titel
event_form-description = Beskrivning
event_form-date = Datum
event_form-time = Starttid
event_form-duration = Längd i minuter
event_form-space = Grupp eller TwinSpace
event_form-speakers_hint = Välj bland lärarna i dina grupper och TwinSpaces.
event_form-no_speakers = Ingen att välja än.
event_form-create = Planera evenemanget
event_form-save = Spara ändringarna
event_form-created = ”{ $title }” är planerat.
event_form-saved = Ändringarna i ”{ $title }” är sparade.
event_form-start_past = Välj en start i framtiden.
event-title = Evenemang
event-back = Alla evenemang
event-when = När
event-language = Språk
event-audience = Vem som kan anmäla sig
event-organiser = Arrangör
event-speakers = Talare
event-places = Platser
event-no_speakers = Inga talare angivna än.
event-waiting_count = På väntelistan: { $waiting }
event-registration = Din plats
event-speaking = Du talar på det här evenemanget.
event-full = Alla platser är tagna: om du anmäler dig hamnar du på väntelistan.
event-register = Anmäl mig
event-unregister = Lämna tillbaka min plats
event-leave_waiting = Lämna väntelistan
event-unregister_confirm_title = Lämna ”{ $title }”?
event-unregister_confirm = Nästa person på väntelistan får din tur. Om du anmäler dig igen kan du behöva vänta.
event-unregistered = Du är inte längre anmäld.
event-calendar = Lägg till i min kalender (.ics)
event-organiser_tools = För arrangören
event-edit = Ändra evenemanget
event-cancel = Ställ in evenemanget
event-keep = Behåll evenemanget
event-cancel_confirm_title = Ställa in ”{ $title }”?
event-cancel_confirm_lost = Ingen kan anmäla sig längre och alla ser att det är inställt. Det går inte att ångra. Anmälningarna och frågorna sparas.
event-cancelled = Evenemanget är inställt.
event-registrants = Anmälda
event-waiting_list = Väntelista
event-nobody = Ingen än.
event-attendance = Närvaro
event-attendance_hint = Vem som följde evenemangets sida medan det sändes, och hur länge.
event-attendance_none = Ingen följde evenemanget direkt.
event-minutes = { $minutes } min
qa-title = Frågor och svar
qa-empty = Inga frågor än.
qa-closed = Frågorna är stängda: evenemanget är över.
qa-need_place = Anmäl dig för att ställa en fråga eller stödja en.
qa-your_question = Din fråga
qa-ask = Fråga
qa-asked = Din fråga har skickats.
qa-upvote = Stöd
qa-upvoted = Stödd
qa-votes = Röster: { $votes }
qa-by = Frågad av { $name }
qa-by_gone = Frågad av ett borttaget konto
qa-answer = Svar: { $answer }
qa-state-picked = Besvaras nu
qa-state-answered = Besvarad
qa-state-hidden = Dold
qa-pick = Välj
qa-unpick = Lägg tillbaka
qa-hide = Dölj
qa-restore = Återställ
qa-answer_label = Skriftligt svar (frivilligt)
qa-mark_answered = Markera som besvarad
qa-gone = Du kan inte längre följa de här frågorna.
audit-event-created = Planerade evenemanget ”{ $title }”
audit-event-updated = Ändrade evenemanget ”{ $title }”
audit-event-cancelled = Ställde in evenemanget ”{ $title }”
audit-event-question_moderated = Modererade en fråga i evenemanget ”{ $title }”

## the live webinar (issue 22)
live-title = Livevideo
live-not_started = Livevideon har inte börjat än.
live-ended = Livevideon är slut.
live-connecting = Ansluter till livevideon …
live-need_place = Bara de som har en plats kan se livevideon.
live-watching_you = Du tittar på livevideon.
live-on_air = Du sänder live: alla ser och hör dig.
live-recording = Det här evenemanget spelas in.
live-speaking = Talar: { $names }
live-nobody_speaking = Ingen talar än.
live-watching = Tittar: { $watching }
live-start = Starta livevideon
live-end = Avsluta livevideon
live-end_confirm_title = Avsluta livevideon för ”{ $title }”?
live-end_confirm_lost = Videon stoppas för alla, talare och publik. Du kan starta den igen så länge evenemanget pågår; frågorna sparas.
live-go_live = Sänd live
live-stop = Stoppa min video
live-hand_raised = Din hand är uppräckt: en moderator kan bjuda in dig att tala.
live-invited = Du är inbjuden att tala: sänd live när du är redo.
live-returned = Du är tillbaka i publiken.
live-hands = Uppräckta händer
live-no_hands = Ingen hand är uppräckt.
live-promote = Bjud in { $name } att tala
live-return = Skicka tillbaka { $name } till publiken
live-record_start = Starta inspelningen
live-record_stop = Stoppa inspelningen

## the event's recordings and seat (issue 22)
event-moved_up = Du har nu en plats: du har flyttats upp från väntelistan.
live-off_stage_returned = En moderator skickade tillbaka dig till publiken.
live-off_stage_muted = Du har stängts av i det här utrymmet: du är tillbaka i publiken.
live-off_stage_removed = Du är inte längre medlem i det här utrymmet: du är tillbaka i publiken.
live-off_stage_unnamed = Du är inte längre talare vid det här evenemanget: du är tillbaka i publiken.
recordings-title = Inspelningar
recordings-processing = En inspelning bearbetas: den visas här när den är klar.
recordings-take = Inspelad { $when } · { $length }
recordings-video = Video: { $speaker }
recordings-audio = Ljud: { $speaker }
recordings-former_speaker = en tidigare talare
