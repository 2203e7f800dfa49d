### TwinSpace Live: sidens ord på dansk
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Dansk

## app
app-name = TwinSpace Live
app-skip = Gå til indholdet
app-nav = Hovedmenu
app-language = Sprog
app-sign_out = Log ud
app-signed_in_as = Logget ind som { $name }
app-loading = Indlæser…

## conn
conn-lost = Forbindelsen blev afbrudt. Opretter forbindelse igen…
conn-back = Forbundet igen.
conn-failed = Live-forbindelsen blev lukket. Genindlæs siden for at prøve igen.
conn-session_ended = Din session er slut. Log ind igen.
conn-account_locked = Denne konto kan ikke længere bruges. Log ind igen for at se hvorfor.
# Why the server closed the live connection: `conn-closed-<reason>`, one per reason code it sends
# (protocol/close_codes.py, CloseReason).
conn-closed-auth_missing = Live-forbindelsen modtog ikke dit login i tide. Genindlæs siden.
conn-closed-session_invalid = Din session er ikke længere gyldig. Log ind igen.
conn-closed-session_expired = Din session er udløbet. Log ind igen.
conn-closed-signed_out = Du er blevet logget ud. Log ind igen.
conn-closed-account_locked = Denne konto kan ikke længere bruges. Log ind igen for at se hvorfor.
conn-closed-too_many_connections = Denne konto har for mange sider åbne på én gang. Luk nogle faner, og genindlæs så denne side.
conn-closed-too_many_messages = Denne side sendte for meget for hurtigt. Vent et øjeblik, og genindlæs den så.
conn-closed-frame_too_large = Denne side sendte noget, der var for stort. Genindlæs siden, og prøv igen.
conn-closed-idle_timeout = Live-forbindelsen var stille for længe og blev lukket. Opretter forbindelse igen…
conn-closed-slow_consumer = Live-forbindelsen kom bagud. Opretter forbindelse igen…
conn-closed-server_restarting = Serveren genstarter. Opretter forbindelse igen om et øjeblik…
conn-closed-server_shutting_down = Serveren, du var forbundet til, lukker ned. Opretter forbindelse igen…
conn-closed-unavailable = Serveren har travlt. Opretter forbindelse igen om et øjeblik…
conn-closed-internal = Noget gik galt på serveren. Opretter forbindelse igen om et øjeblik…

## login
login-title = Log ind
login-intro = Lærere og gæster logger ind med deres e-mailadresse. Elever bruger det brugernavn og den kode, de har fået af deres lærer.
login-teacher = Lærere og gæster
login-pupil = Elever
login-email = E-mailadresse
login-password = Adgangskode
login-username = Brugernavn
login-code = Kode
login-submit = Log ind
login-pupil_submit = Log ind som elev
login-forgot = Har du glemt din adgangskode?
login-register = Har du ingen konto endnu? Opret en eTwinner-konto
login-pupil_forgot = Har du glemt din kode? Bed din lærer om en ny.

## invite
invite-title = Bliv gæst i et TwinSpace
invite-intro = Du er inviteret til et TwinSpace. Vælg, hvordan andre skal se dig, og vælg en adgangskode.
invite-display_name = Dit navn
invite-submit = Tag imod invitationen
invite-checking = Tjekker din invitation…
invite-for_space = Du er inviteret til »{ $title }«.
invite-unknown = Dette invitationslink kendes ikke. Tjek, at du har kopieret det hele, eller bed læreren, der sendte det, om et nyt.
invite-expired = Dette invitationslink er udløbet. Bed læreren, der sendte det, om et nyt.
invite-used_up = Dette invitationslink er blevet brugt så mange gange, som det tillader. Bed læreren, der sendte det, om et nyt.
invite-revoked = Dette invitationslink er trukket tilbage af en lærer.
invite-closed = Rummet for denne invitation er lukket.

## spaces
spaces-title = Mine rum
spaces-empty = Du er ikke medlem af noget rum endnu.
spaces-create = Opret et rum
spaces-kind = Type
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Lokale
spaces-kind-group = Gruppe
spaces-space_title = Titel
spaces-description = Beskrivelse (valgfri)
spaces-create_submit = Opret
spaces-created = Rummet »{ $title }« er oprettet.
spaces-my_role = Din rolle: { $role }
spaces-archived = arkiveret

## space
space-back = Tilbage til mine rum
space-sections = Dele af dette rum
space-members = Medlemmer
space-online_count =
    { $count ->
        [one] { $count } online
       *[other] { $count } online
    }
space-online = online
space-offline = offline
space-you = (dig)
space-refreshed = Listen er opdateret.
space-gone = Du har ikke længere adgang til dette rum.

## chat
chat-title = Chat
chat-empty = Ingen beskeder endnu.
chat-message = Besked
chat-send = Send
chat-pending = (venter på en lærer)
chat-typing = { $name } skriver…
chat-teachers_tab = Lærernes opslagstavle
chat-teachers_title = Lærernes opslagstavle
chat-session_title = Sessionens chat
chat-older = Vis ældre beskeder
chat-new_messages = Nye beskeder
chat-mention_list = Medlemmer, du kan nævne
chat-mention_hint = Skriv @ og et navn for at nævne et medlem.
chat-hidden = (skjult af en lærer)
chat-deleted = (slettet)
chat-rejected = (ikke vist af en lærer)
chat-edited = (redigeret)
chat-mentions_you = nævner dig
chat-edit = Rediger
chat-edit_label = Rediger din besked
chat-save = Gem
chat-cancel = Annuller
chat-delete = Slet
chat-delete_confirm = Ja, slet
chat-hide = Skjul
chat-restore = Gendan
chat-approve = Godkend
chat-reject = Afvis
chat-report = Anmeld
chat-reported = Tak. Lærerne vil se på denne besked.
chat-mute = Gør tavs
chat-mute_question = Gør { $name } tavs?
chat-mute_for = Gør { $name } tavs i
chat-minutes =
    { $count ->
        [one] { $count } minut
       *[other] { $count } minutter
    }
chat-mute_confirm = Gør tavs nu
chat-muted_other = { $name } kan ikke skrive før { $time }.
chat-muted_you = En lærer har sat din skrivning på pause til { $time }. Du kan stadig læse chatten.
chat-unmuted_you = Du kan skrive i chatten igen.
chat-gone = Du har ikke længere adgang til denne chat.

## role
role-founder = Stifter
role-admin = Administrator
role-teacher = Lærer
role-pupil_admin = Elevadministrator
role-pupil = Elev
role-guest = Gæst

## error
error-bad_credentials = Login-oplysningerne er ikke rigtige. Tjek dem, og prøv igen.
error-rate_limited = For mange forsøg. Vent et øjeblik, og prøv igen.
error-invalid = Nogle felter er ikke udfyldt rigtigt.
error-not_found = Denne side findes ikke, eller du kan ikke se den.
error-forbidden = Det har du ikke lov til.
error-gone = Det findes ikke længere eller virker ikke længere.
error-conflict = Det er i konflikt med noget, der allerede findes.
error-gone-revoked = Dette invitationslink virker ikke længere: rummets lærere har trukket det tilbage.
error-gone-expired = Dette invitationslink virker ikke længere: det er udløbet.
error-gone-used_up = Dette invitationslink virker ikke længere: det er blevet brugt så mange gange, som det tillader.
error-conflict-name_taken = »{ $name }« findes allerede her. Vælg et andet navn.
error-conflict-in_trash = »{ $name }« ligger i papirkurven: gendan det først.
error-conflict-not_in_trash = »{ $name }« ligger ikke i papirkurven.
error-conflict-parent_in_trash = »{ $name }« lå i en mappe, der nu ligger i papirkurven: gendan den mappe først.
error-conflict-folder_not_empty = Mappen »{ $name }« er ikke tom: flyt først indholdet til papirkurven.
error-conflict-wrong_status = Kontoens status ({ $status }) tillader ikke dette.
error-unauthenticated = Log ind.
error-network = Serveren kunne ikke nås. Tjek din forbindelse, og prøv igen.
error-generic = Noget gik galt. Prøv igen.
error-too_large = Det er for stort.
error-quota_exceeded = Der er ikke plads nok tilbage i dette rum.
error-unsupported = Serveren kan ikke modtage denne type forespørgsel.
error-aborted = Uploaden blev stoppet.
error-rate_limited_wait = For mange forsøg. Prøv igen { $wait }.
error-fields = Nogle felter skal rettes: se beskeden under hvert felt.
error-account_rejected = Den nationale administrator i dit land har ikke godkendt denne registrering, så denne konto kan ikke logge ind. Hvis du mener, at det er en fejl, så kontakt den nationale eTwinning-supportorganisation i dit land.
error-account_suspended = Den nationale administrator i dit land har suspenderet denne konto: den kan ikke logge ind indtil videre. Kontakt den nationale eTwinning-supportorganisation i dit land for at få at vide hvorfor, eller for at få kontoen tilbage.
error-malformed = Siden sendte noget, som serveren ikke kunne læse. Genindlæs siden, og prøv igen.
error-csrf = Sidens sikkerhedstjek mislykkedes. Genindlæs siden, og prøv igen.
error-limit_exceeded = Det overskrider en grænse, der er sat for dette rum.
error-unavailable = Serveren har travlt, eller en del af den svarer ikke. Prøv igen om et øjeblik.
error-internal = Noget gik galt på serveren. Prøv igen senere.
error-insufficient_storage = Serveren har ikke mere plads til filer. Intet blev gemt; giv besked til din skoles eTwinning-kontaktperson.
error-request_timeout = Afsendelsen tog for lang tid og blev stoppet. Tjek din forbindelse, og prøv igen.
error-conflict-not_a_guest = Denne e-mailadresse hører til en eTwinning-konto. Lærere inviteres af rummets administratorer, ikke via et gæstelink.

## notice
# What a pupil (or any member) is told about their own post or account. The server sends only the
# event's name (protocol/events.py, notice channel): `notice-<event>`, its dots as dashes.
notice-post-pending = Tak! En lærer læser dit indlæg, før alle kan se det.
notice-post-approved = En lærer har læst dit indlæg. Nu kan alle i projektet se det.
notice-post-rejected = En lærer har besluttet ikke at vise dit indlæg. Du kan spørge din lærer hvorfor.
notice-post-hidden = En lærer har skjult dit indlæg indtil videre. Du kan spørge din lærer hvorfor.
notice-post-restored = En lærer viser dit indlæg igen. Alle kan se det nu.
notice-post-purged = En lærer har fjernet dit indlæg.
notice-member-muted = Du kan læse projektet, men ikke skrive i et stykke tid.
notice-member-unmuted = Du kan skrive i projektet igen.
notice-chat-mention = { $name } nævnte dig i chatten.

## video
video-section = Video
video-open_sessions = Åbne videosessioner
video-none = Der er ingen åben videosession.
video-start_title = Start en videosession
video-title = Titel (valgfri)
video-lobby = Elever venter i venteværelset, indtil en lærer lukker dem ind
video-start = Start
video-join_named = Deltag i »{ $title }«
video-nobody_in_call = Ingen i opkaldet endnu
video-people_in_call =
    { $count ->
        [one] { $count } person i opkaldet
       *[other] { $count } personer i opkaldet
    }
video-locked = (låst)
video-back = Tilbage til rummet
video-participants = Deltagere
video-my_controls = Din mikrofon og dit kamera
video-chat = Sessionens chat
video-starting_media = Starter dit kamera og din mikrofon…
video-in_call = Du er med i opkaldet.
video-waiting_in_lobby = Du er i venteværelset. En lærer lukker dig snart ind.
video-no_media = Der kunne ikke bruges noget kamera eller nogen mikrofon: du kan stadig se og høre de andre.
video-partial_media = Dit kamera og din mikrofon kunne kun bruges delvist.
video-enable_sound = Slå lyden til
video-mic_on = Mikrofon til
video-mic_off = Mikrofon fra
video-mic_forced = Lyden slået fra af en lærer
video-camera_on = Kamera til
video-camera_off = Kamera fra
video-hand_raised = Hånden oppe
video-mute_me = Slå min mikrofon fra
video-unmute_me = Slå min mikrofon til
video-camera_stop = Slå mit kamera fra
video-camera_start = Slå mit kamera til
video-hand_raise = Ræk hånden op
video-hand_lower = Tag hånden ned
video-leave = Forlad
video-you_are_muted = En lærer har slået din lyd fra. Du kan slå den til igen, når en lærer tillader det.
video-muted_by_teacher = En lærer har slået din mikrofon fra.
video-unmute_allowed = En lærer tillader, at du slår din mikrofon til igen.
video-mute_other = Slå lyd fra
video-mute_named = Slå lyden fra for { $name }
video-allow_unmute = Tillad mikrofon
video-allow_unmute_named = Tillad mikrofon: { $name }
video-remove = Fjern
video-remove_named = Fjern { $name } fra sessionen
video-lobby_title = Venteværelse
video-lobby_empty = Ingen venter.
video-admit = Luk ind
video-admit_named = Luk { $name } ind
video-deny = Afvis
video-deny_named = Afvis { $name }
video-manage = Denne session
video-is_open = Åben: medlemmer kan deltage.
video-is_locked = Låst: kun lærere kan deltage.
video-lock = Lås sessionen
video-end = Afslut sessionen for alle
video-ended = Sessionen er slut.
video-ended_space_archived = Sessionen er slut: dens rum er blevet arkiveret.
video-ended_space_deleted = Sessionen er slut: dens rum er blevet slettet.
video-ended_empty = Sessionen er slut: der var ingen i den i et stykke tid.
video-no_teacher_yet = Der er ingen lærer i denne session endnu, så ingen kan lukke dig ind. Du kan vente her eller gå.
video-leave_lobby = Forlad venteværelset
video-removed = En lærer har fjernet dig fra sessionen.
video-denied = En lærer lukkede dig ikke ind i denne session.
video-left = Du har forladt sessionen.
video-full = Denne session er fuld.
video-refused = Du kan ikke deltage i denne session.
video-signal_refused = Serveren afviste det, din browser sendte. Prøv at forlade sessionen og deltage igen.
video-sfu_moving = Sessionen er blevet større: opkaldet flyttes til klassens medieserver…
video-sfu_unreachable = Klassens medieserver kan ikke nås. Prøver igen…
video-sfu_no_seat = Alle kamerapladser i denne session er optaget: du ser og hører de andre, men de ser og hører ikke dig.
video-sfu_not_sent = Dit kamera og din mikrofon kunne ikke sendes. Du ser og hører stadig de andre.

## forum
forum-title = Forum
forum-threads = Tråde
forum-posts = Indlæg
forum-areas = Forumets områder
forum-area-open = Åbent forum
forum-area-teachers = Lærernes opslagstavle
forum-empty = Ingen tråde endnu.
forum-thread_meta =
    { $count ->
        [one] af { $author } · { $count } indlæg · { $when }
       *[other] af { $author } · { $count } indlæg · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } ny
       *[other] { $count } nye
    }
forum-pinned = fastgjort
forum-locked = låst
forum-new_thread = Start en tråd
forum-new_bulletin = Start en tråd på lærernes opslagstavle
forum-thread_title = Trådens titel
forum-first_post = Første indlæg
forum-start = Start tråden
forum-thread_started = Tråden er startet.
forum-thread_held = Tak! En lærer læser din tråd, før alle kan se den.
forum-back = Tilbage til trådene
forum-reply_label = Dit svar
forum-send = Send svar
forum-no_reply = Du kan ikke svare i denne tråd.
forum-held = Tak! En lærer læser dit indlæg, før alle kan se det.
forum-edited = (redigeret)
forum-edit = Rediger
forum-edit_label = Rediger dit indlæg
forum-save = Gem
forum-saved = Dit indlæg er ændret.
forum-cancel = Annuller
forum-delete = Slet
forum-deleted = Indlægget er slettet.
forum-report = Anmeld
forum-report_reason = Hvad er der galt med dette indlæg? (valgfrit)
forum-report_send = Send anmeldelsen
forum-reported = Tak. Lærerne har fået besked.
forum-hide = Skjul
forum-restore = Gendan
forum-approve = Godkend
forum-reject = Afvis
forum-done-hide = Indlægget er skjult for klassen.
forum-done-restore = Indlægget vises igen.
forum-done-approve = Indlægget er godkendt: alle kan se det.
forum-done-reject = Indlægget er afvist: kun den, der skrev det, kan se det.
forum-state-pending = venter på en lærer
forum-state-hidden = skjult
forum-state-rejected = ikke offentliggjort
forum-state-deleted = slettet
forum-pin = Fastgør
forum-unpin = Frigør
forum-lock = Lås
forum-unlock = Lås op
forum-thread_changed = Tråden er ændret.
forum-thread_gone = Du har ikke længere adgang til denne tråd.
forum-moderation = Moderering
forum-queue = Venter på godkendelse
forum-queue_empty = Ingen indlæg venter.
forum-reports = Anmeldelser
forum-reports_empty = Ingen åbne anmeldelser.
forum-reported_by = anmeldt af { $name }
forum-report_said = Begrundelse: { $reason }
forum-resolve = Luk anmeldelsen
forum-resolved = Anmeldelsen er lukket.

## reactions
reaction-bar = Reaktioner
reaction-add = Tilføj en reaktion
reaction-picker = Vælg en reaktion
reaction-count =
    { $count ->
        [one] { $name }: { $count } person
       *[other] { $name }: { $count } personer
    }
reaction-thumbs_up = Tommel op
reaction-heart = Hjerte
reaction-clap = Bravo
reaction-laugh = Sjovt
reaction-idea = God idé
reaction-question = Jeg har et spørgsmål

## archive
archive-title = Filer
archive-usage = { $used } af { $quota } brugt
archive-where = Mappe
archive-top = Alle filer
archive-empty = Denne mappe er tom.
archive-contents = Mapper og filer
archive-name = Navn
archive-size = Størrelse
archive-by = Tilføjet af
archive-when = Ændret
archive-actions = Handlinger
archive-former_member = tidligere medlem
archive-choose = Vælg en fil
archive-upload = Upload
archive-progress = Uploadens fremskridt
archive-uploading = Uploader { $name }: { $percent }
archive-uploaded = »{ $name }« er uploadet.
archive-too_large = Denne fil er for stor: filer må højst fylde { $max }.
archive-quota = Der er ikke plads nok tilbage til filer i dette rum ({ $free } ledig). Bed en lærer om at fjerne gamle filer.
archive-new_folder = Ny mappe
archive-create_folder = Opret mappen
archive-folder_created = Mappen »{ $name }« er oprettet.
archive-download = Download
archive-download_named = Download { $name }
archive-rename = Omdøb
archive-rename_named = Omdøb { $name }
archive-new_name = Nyt navn
archive-save = Gem
archive-cancel = Annuller
archive-renamed = Omdøbt til »{ $name }«.
archive-trash = Flyt til papirkurven
archive-trash_named = Flyt til papirkurven: { $name }
archive-trashed = »{ $name }« ligger i papirkurven.
archive-show_trash = Papirkurv
archive-trash_empty = Papirkurven er tom.
archive-restore = Gendan
archive-restore_named = Gendan { $name }
archive-restored = »{ $name }« er tilbage.
archive-purge = Slet for altid
archive-purge_named = Slet { $name } for altid
archive-purged = »{ $name }« er slettet for altid.
archive-choose_first = Vælg en fil, der skal uploades.
archive-no_file = Ingen fil valgt endnu.
archive-name_taken = Der findes allerede noget med dette navn her. Vælg et andet navn.

## unit
unit-b = B
unit-kb = kB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Udfyld dette felt.
field-unknown = Dette felt forventes ikke her.
field-type = Denne værdi er ikke af den rigtige type.
field-blank = Skriv noget her: mellemrum alene tæller ikke.
field-too_short =
    { $count ->
        [one] Skriv mindst { $min } tegn.
       *[other] Skriv mindst { $min } tegn.
    }
field-too_long =
    { $count ->
        [one] Skriv højst { $max } tegn.
       *[other] Skriv højst { $max } tegn.
    }
field-too_small = Angiv mindst { $min }.
field-too_large = Angiv højst { $max }.
field-format = Dette har ikke den forventede form.
field-choice = Vælg en af de viste muligheder.
field-invalid = Denne værdi accepteres ikke.

## confirm
confirm-cancel = Annuller
confirm-trash_file = Flyt »{ $name }« til papirkurven?
confirm-trash_file_lost = Medlemmerne kan ikke længere se denne fil. En lærer kan hente den tilbage fra papirkurven.
confirm-trash_folder = Flyt mappen »{ $name }« til papirkurven?
confirm-trash_folder_lost = Medlemmerne kan ikke længere se denne mappe eller noget af indholdet. En lærer kan hente den tilbage fra papirkurven.
confirm-purge = Slet »{ $name }« for altid?
confirm-purge_lost = Det forsvinder for alle og kan ikke hentes tilbage.
confirm-delete_post = Slet dette indlæg?
confirm-delete_post_lost = Teksten forsvinder for alle. Det kan ikke fortrydes.
confirm-delete_message = Slet denne besked?
confirm-delete_message_lost = Teksten forsvinder for alle. Det kan ikke fortrydes.
confirm-end_session = Afslut sessionen for alle?
confirm-end_session_lost = Alle forlader opkaldet med det samme, og sessionen kan ikke åbnes igen.
confirm-remove_participant = Fjern { $name } fra sessionen?
confirm-remove_participant_lost = { $name } forlader opkaldet med det samme og kan ikke komme tilbage til denne session.
confirm-deny = Afvis { $name }?
confirm-deny_lost = { $name } kommer ikke ind i denne session.

## page
page-not_found = Siden blev ikke fundet
page-not_found_text = Der er ingen side på denne adresse.
page-go_spaces = Gå til mine rum
page-go_sign_in = Gå til login-siden

## form
form-required = Udfyld dette felt.
form-email_format = Skriv en e-mailadresse som navn@skole.eu.
form-password_short = Brug mindst 10 tegn.
form-password_long = Brug højst 200 tegn.
form-password_mismatch = De to adgangskoder er ikke ens.
form-password_hint = Mindst 10 tegn. Et par ord, du kan huske, fungerer godt.
form-check_fields = Tjek de felter, der er markeret ovenfor.
form-field_invalid = Denne værdi accepteres ikke.

## register
register-title = Opret en eTwinner-konto
register-intro = For lærere. Den nationale administrator i dit land tjekker, at du er lærer, og godkender derefter din konto. Elever skal ikke registrere sig: deres lærer opretter deres konto.
register-name = Dit navn
register-school = Skole
register-country = Land
register-country_choose = Vælg dit land
register-submit = Opret min konto
register-email_taken = Der findes allerede en konto med denne e-mailadresse. Log ind, eller bed om en ny adgangskode.
register-have_account = Har du allerede en konto? Log ind

## pending
pending-title = Din konto venter på godkendelse
pending-who_heading = Hvem godkender den
pending-who = Den nationale administrator i dit land ({ $country }) tjekker, at du er lærer på den skole, du har angivet, og godkender derefter din konto.
pending-next_heading = Hvad sker der nu
pending-next_validate = Når din konto er godkendt, er du eTwinner: du kan oprette rum, blive inviteret til projekter og oprette konti til dine elever. Log ind igen, eller tryk på »Tjek igen«, for at se det.
pending-next_reject = Hvis den nationale administrator ikke godkender din registrering, får du det at vide, når du logger ind.
pending-next_meanwhile = Indtil da kan du ændre dit navn og din adgangskode under »Min konto«.
pending-check = Tjek igen
pending-still = Din konto venter stadig på godkendelse.
pending-count =
    { $count ->
        [one] { $count } venter på moderering
       *[other] { $count } venter på moderering
    }

## forgot
forgot-title = Har du glemt din adgangskode?
forgot-intro = Skriv e-mailadressen til din konto. Vi sender et link, så du kan vælge en ny adgangskode.
forgot-submit = Send mig et link
forgot-sent = Hvis der findes en konto med denne adresse, er et link på vej til den. Linket virker én gang og kun i begrænset tid. Tjek også din spammappe.
forgot-pupils = Elever: I har ingen e-mailadresse her. Bed jeres lærer om en ny kode.
forgot-back = Tilbage til login

## reset
reset-title = Vælg en ny adgangskode
reset-intro = Når du vælger en ny adgangskode, bliver du logget ud på alle andre enheder.
reset-password = Ny adgangskode
reset-confirm = Gentag den nye adgangskode
reset-submit = Gem den nye adgangskode
reset-gone = Dette link er udløbet eller er allerede brugt. Bed om et nyt.
reset-done = Din adgangskode er ændret. Log ind med den nye.
reset-ask_again = Bed om et nyt link

## account
account-title = Min konto
account-signed_in_with = Du logger ind med { $email }.
account-name_heading = Dit navn
account-name = Navn, som andre ser
account-save_name = Gem navnet
account-name_saved = Dit navn er gemt.
account-pupil_note = Din lærer har valgt dette navn og bestemmer over det. Spørg din lærer, hvis det skal ændres.
account-password_heading = Din adgangskode
account-password_intro = Når du ændrer den, bliver du logget ud på dine andre enheder; her forbliver du logget ind.
account-current_password = Nuværende adgangskode
account-new_password = Ny adgangskode
account-confirm_password = Gentag den nye adgangskode
account-save_password = Skift adgangskoden
account-password_saved = Din adgangskode er ændret.
account-current_wrong = Det er ikke din nuværende adgangskode.
account-everywhere_heading = Log ud overalt
account-everywhere_intro = Afslutter dit login på alle enheder og browsere, også denne: en mistet telefon eller en delt computer kan så ikke længere åbne din konto.
account-everywhere = Log ud overalt…
account-everywhere_question = Log ud på alle enheder, også denne? Åbne sider lukker med det samme, og alt, der endnu ikke er sendt fra dem, går tabt.
account-everywhere_confirm = Ja, log ud overalt
account-everywhere_done = Du er blevet logget ud på alle enheder.
account-cancel = Annuller

## admin
admin-nav = Godkendelseskonsol
admin-title = Den nationale administrators konsol
admin-country = Land: { $country }
admin-only_national_admins = Denne side er for nationale administratorer.
admin-pending_heading = Lærere, der venter på godkendelse
admin-pending_count =
    { $count ->
        [one] { $count } lærer venter.
       *[other] { $count } lærere venter.
    }
admin-pending_none = Ingen lærere venter på godkendelse.
admin-select_all = Vælg alle
admin-select_first = Vælg først mindst én lærer.
admin-validate_selected = Godkend de valgte
admin-reject_selected = Afvis de valgte…
admin-validated =
    { $count ->
        [one] { $count } lærer er godkendt.
       *[other] { $count } lærere er godkendt.
    }
admin-rejected =
    { $count ->
        [one] { $count } registrering er afvist.
       *[other] { $count } registreringer er afvist.
    }
admin-reject_question =
    { $count ->
        [one] Afvis registreringen fra { $names }? Personen kan ikke logge ind, og det kan ikke fortrydes.
       *[other] Afvis disse { $count } registreringer ({ $names })? Personerne kan ikke logge ind, og det kan ikke fortrydes.
    }
admin-reject_reason = Begrundelse for afvisningen
admin-reject_heading = Afvis registreringer
admin-suspend_heading = Suspender en konto
admin-reinstate_heading = Genaktiver en konto
admin-reject_reason_hint = Gemmes i revisionsloggen med dit navn.
admin-reject_confirm =
    { $count ->
        [one] Afvis { $count } registrering
       *[other] Afvis { $count } registreringer
    }
admin-failed_one = { $name }: { $why }
admin-school = Skole: { $school }
admin-registered = Registreret { $date }
admin-search_heading = Find en konto
admin-search_label = Navn, e-mailadresse eller skole
admin-search_hint = Kun konti fra dit land. Lad feltet stå tomt for at vise dem alle, de nyeste først.
admin-search = Søg
admin-showing = { $from }–{ $to } af { $total }
admin-no_match = Ingen konti passer.
admin-previous = Forrige side
admin-next = Næste side
admin-suspend = Suspender…
admin-suspend_named = Suspender { $name }…
admin-suspend_question = Suspender { $name }? Personen bliver logget ud overalt med det samme, de åbne sider lukker, og personen kan ikke logge ind, før du genaktiverer kontoen.
admin-suspend_reason = Begrundelse for suspenderingen
admin-suspend_confirm = Ja, suspender
admin-suspend_done = { $name } er suspenderet.
admin-reinstate = Genaktiver…
admin-reinstate_named = Genaktiver { $name }…
admin-reinstate_question = Genaktiver { $name }? Personen kan logge ind igen.
admin-reinstate_reason = Begrundelse (valgfri)
admin-reinstate_confirm = Genaktiver
admin-reinstate_done = { $name } er genaktiveret.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Skriv rummets titel for at bekræfte: { $text }

## status
status-active = aktiv
status-pending = venter på godkendelse
status-suspended = suspenderet
status-rejected = afvist
status-erased = slettet

## names
names-marked = { $name } ({ $mark })

## members
members-username = brugernavn { $username }
members-role_of = Rolle for { $name }
members-change_role = Skift rolle
members-role_question = Skift rollen for { $name } fra { $from } til { $to }?
members-role_consequence = { $name } kan fra nu af gøre det, rollen { $to } må, på alle enheder med det samme.
members-role_confirm = Skift rollen
members-role_changed = { $name } har nu rollen { $role }.
members-reset_code = Ny kode
members-reset_question = Giv { $name } en ny login-kode?
members-reset_consequence = Den gamle kode holder op med at virke med det samme, og eleven bliver logget ud overalt. Du deler det nye kort ud.
members-reset_confirm = Lav en ny kode
members-reset_done = { $name } har en ny kode: del det nye kort nedenfor ud.
members-export = Eksporter data
members-remove = Fjern
members-remove_question = Fjern { $name } fra dette rum?
members-remove_consequence = { $name } mister adgangen til dette rum med det samme, på alle enheder.
members-remove_pupil_kept = Elevens konto, indlæg og filer bliver; du kan tilføje eleven igen senere.
members-remove_kept = Medlemmets indlæg og filer bliver i rummet.
members-remove_confirm = Fjern
members-removed = { $name } er fjernet.
members-erase = Slet konto
members-leave = Forlad dette rum
members-leave_question = Forlad »{ $title }«?
members-leave_consequence = Du mister med det samme adgangen til rummets fora, filer, chat og video. Kun en lærer med administratorrolle kan give dig adgang igen.
members-leave_kept = Det, du har skrevet og uploadet, bliver i rummet.
members-leave_confirm = Forlad rummet
members-left = Du har forladt »{ $title }«.

## erase
erase-question = Slet kontoen for { $name }?
erase-account_gone = Elevens navn, brugernavn og kode slettes for altid.
erase-signed_out = Eleven bliver logget ud med det samme og kan aldrig logge ind igen.
erase-no_undo = Det kan ikke fortrydes.
erase-export_first = Hvis eleven eller familien måske vil have en kopi, så eksporter dataene først.
erase-posts = Elevens indlæg og chatbeskeder
erase-posts_keep = Behold dem, vist som skrevet af »tidligere elev«
erase-posts_remove = Fjern dem for altid
erase-files = Elevens filer
erase-files_keep = Behold dem, ejet af »tidligere elev«
erase-files_remove = Fjern dem for altid
erase-confirm = Slet kontoen
erase-done = Kontoen for { $name } er slettet.

## invite_teacher
invite_teacher-title = Inviter en partnerlærer
invite_teacher-by_email = Via e-mailadresse
invite_teacher-role = Rolle
invite_teacher-submit = Inviter
invite_teacher-done = { $name } er med som { $role }.
invite_teacher-not_etwinner = Ingen godkendt eTwinner har denne adresse, eller du må ikke give denne rolle.
invite_teacher-find = Find en eTwinner
invite_teacher-query = Navn, skole eller land
invite_teacher-search = Søg
invite_teacher-results = Fundne eTwinnere
invite_teacher-none = Ingen eTwinner fundet.
invite_teacher-more = Flere resultater
invite_teacher-member = Medlem af dette rum
invite_teacher-invite = Inviter
invite_teacher-role_for = Rolle for { $name }

## pupils
pupils-title = Tilføj elever
pupils-one_title = Én elev
pupils-name = Elevens navn
pupils-add_one = Tilføj eleven
pupils-class_title = En hel klasse
pupils-class_names = Elevernes navne
pupils-class_help = Ét navn pr. linje, sådan som andre skal se eleverne.
pupils-add_class = Tilføj klassen
pupils-class_empty = Skriv mindst ét navn.
pupils-language = Sidens sprog for disse elever
pupils-language_help = De ser TwinSpace Live på dette sprog, når de har logget ind. Hver elev kan ændre det senere.
pupils-line_errors = Linjer, der skal rettes
pupils-line_error = Linje { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } linje skal rettes; intet er oprettet.
       *[other] { $count } linjer skal rettes; intet er oprettet.
    }
pupils-created =
    { $count ->
        [one] { $count } elev er tilføjet.
       *[other] { $count } elever er tilføjet.
    }

## cards
cards-title = Login-kort
cards-once = Disse koder vises kun nu. Udskriv kortene, eller skriv koderne ned, før du forlader siden.
cards-site = Log ind på
cards-print = Udskriv kortene
cards-done = Færdig: skjul koderne

## links
links-tab = Gæstelinks
links-intro = Med et gæstelink kan en ekspert eller en observatør blive gæst i dette TwinSpace. Alle, der har linket, kan bruge det, indtil det udløber eller er brugt op.
links-create_title = Nyt gæstelink
links-valid_for = Gyldigt i
links-days =
    { $count ->
        [one] { $count } dag
       *[other] { $count } dage
    }
links-uses = Antal anvendelser
links-note = Note (hvem det er til)
links-create = Opret linket
links-new = Det nye link
links-once = Kopiér det nu: det vises kun én gang.
links-copy = Kopiér
links-copied = Linket er kopieret.
links-select_copy = Linket er markeret: tryk på Ctrl+C (⌘+C) for at kopiere det.
links-live = Aktive links
links-empty = Ingen gæstelinks er aktive.
links-untitled = Gæstelink
links-used =
    { $count ->
        [one] brugt { $used } af { $count } gang
       *[other] brugt { $used } af { $count } gange
    }
links-until = indtil { $time }
links-revoke = Tilbagekald
links-revoke_question = Tilbagekald dette gæstelink?
links-revoke_consequence = Ingen kan længere komme ind med det.
links-revoke_kept = Gæster, der er kommet ind med det, forbliver medlemmer.
links-revoked = Linket er tilbagekaldt.

## settings
settings-tab = Indstillinger
settings-space = Rummet
settings-pupils = Elever
settings-premoderate_pupils = Hold elevernes indlæg tilbage, indtil en lærer godkender dem
settings-pupils_may_create_threads = Elever må starte tråde
settings-pupils_may_upload = Elever må uploade filer
settings-save = Gem
settings-saved = Indstillingerne er gemt.
settings-archive_title = Arkivér
settings-archive_text = Et arkiveret rum kan stadig læses af medlemmerne, men ingen kan skrive, uploade eller starte en videosession.
settings-archive = Arkivér dette rum
settings-archive_question = Arkivér »{ $title }«?
settings-archive_read_only = Ingen kan længere skrive, uploade eller ændre noget.
settings-archive_video = Igangværende videosessioner slutter med det samme.
settings-archive_undo = En stifter kan åbne rummet igen senere.
settings-archive_confirm = Arkivér
settings-archived_title = Dette rum er arkiveret
settings-archived_text = Det kan kun læses. Åbn det igen, så medlemmerne kan skrive og uploade.
settings-unarchive = Åbn igen
settings-unarchive_question = Åbn »{ $title }« igen?
settings-unarchive_consequence = Medlemmerne kan igen skrive, uploade og starte videosessioner.
settings-delete_title = Slet rummet
settings-delete_text = Når rummet slettes, forsvinder det og alt i det for altid.
settings-delete = Slet dette rum
settings-delete_question = Slet »{ $title }« for altid?
settings-delete_content = Alle forumtråde, chatbeskeder og filer slettes med alle deres versioner.
settings-delete_members = Alle medlemmer mister rummet; elevkonti findes kun videre i deres andre rum.
settings-delete_video = Igangværende videosessioner slutter med det samme.
settings-delete_no_undo = Revisionsloggen forsvinder også. Det kan ikke fortrydes.
settings-delete_confirm = Slet for altid
settings-deleted = »{ $title }« er slettet.

## audit
audit-tab = Revisionslog
audit-caption = Det, der er gjort i dette rum, det nyeste først
audit-when = Hvornår
audit-who = Hvem
audit-what = Hvad
audit-empty = Intet registreret endnu.
audit-older = Vis ældre poster
audit-system = Serveren
audit-former_member = Et tidligere medlem
audit-former_member_target = et tidligere medlem
audit-reason = Begrundelse: { $reason }
audit-other = Udførte »{ $action }« { $target }
audit-space-created = Oprettede rummet
audit-space-settings_changed = Ændrede rummets indstillinger
audit-space-archived = Arkiverede rummet
audit-space-unarchived = Åbnede rummet igen
audit-member-invited = Inviterede { $target } som { $role }
audit-member-role_changed = Ændrede rollen for { $target } fra { $from } til { $role }
audit-member-removed = Fjernede { $target }
audit-member-left = Forlod rummet
audit-member-muted = Gjorde { $target } tavs
audit-member-unmuted = Ophævede tavsheden for { $target }
audit-pupil-created = Oprettede eleven { $target }
audit-pupil-added = Tilføjede eleven { $target }
audit-pupil-code_reset = Gav { $target } en ny login-kode
audit-pupil-exported = Eksporterede data for { $target }
audit-pupil-erased = Slettede en elevs konto
audit-invitation-created = Oprettede et gæstelink
audit-invitation-revoked = Tilbagekaldte et gæstelink
audit-invitation-accepted = Kom ind med et gæstelink
audit-video-started = Startede en videosession
audit-video-ended = Afsluttede en videosession
audit-video-locked = Låste en videosession
audit-video-unlocked = Låste en videosession op
audit-video-admitted = Lukkede { $target } ind i en videosession
audit-video-denied = Afviste { $target } fra en videosession
audit-video-muted = Slog lyden fra for { $target } i en videosession
audit-video-unmuted = Lod { $target } tale igen i en videosession
audit-video-removed = Fjernede { $target } fra en videosession
audit-video-spotlight = Ændrede spotlightet i en videosession
audit-post-hidden = Skjulte et indlæg
audit-post-restored = Gendannede et indlæg
audit-post-approved = Godkendte et indlæg
audit-post-rejected = Afviste et indlæg
audit-post-purged = Fjernede et indlæg for altid
audit-post-reported = Anmeldte et indlæg
audit-report-resolved = Lukkede en anmeldelse
audit-thread-pinned = Fastgjorde en tråd
audit-thread-unpinned = Frigjorde en tråd
audit-thread-locked = Låste en tråd
audit-thread-unlocked = Låste en tråd op
audit-archive-folder_created = Oprettede en mappe
audit-archive-folder_renamed = Omdøbte en mappe
audit-archive-folder_moved = Flyttede en mappe
audit-archive-folder_trashed = Lagde en mappe i papirkurven
audit-archive-folder_restored = Tog en mappe ud af papirkurven
audit-archive-folder_purged = Fjernede en mappe for altid
audit-archive-file_added = Tilføjede en fil
audit-archive-file_version_added = Tilføjede en ny version af en fil
audit-archive-file_renamed = Omdøbte en fil
audit-archive-file_moved = Flyttede en fil
audit-archive-file_trashed = Lagde en fil i papirkurven
audit-archive-file_restored = Tog en fil ud af papirkurven
audit-archive-file_purged = Fjernede en fil for altid
audit-chat-expired = Fjernede chatbeskeder, hvis tid var udløbet
audit-audit-retention_changed = Ændrede, hvor længe revisionsloggen gemmer poster
audit-group-joined = Blev medlem af gruppen
audit-group-requested = Bad om at blive medlem af gruppen
audit-group-request_accepted = Godkendte anmodningen fra { $target }
audit-group-request_declined = Afviste anmodningen fra { $target }
audit-group-request_withdrawn = Trak en anmodning om medlemskab tilbage
audit-member-banned = Udelukkede { $target }
audit-member-unbanned = Ophævede udelukkelsen af { $target }
audit-group-featured = Fremhævede gruppen
audit-group-unfeatured = Fremhævede ikke længere gruppen
audit-group-moderator_appointed = Udnævnte { $target } til moderator

## group_role
group_role-founder = Ejer
group_role-admin = Moderering
group_role-teacher = Medlem

## readers
readers-title = Læser nu
readers-more =
    { $count ->
        [one] og { $count } anden
       *[other] og { $count } andre
    }

## groups
groups-nav = Grupper
groups-title = eTwinning-grupper
groups-intro = Fællesskaber af eTwinnere omkring et fag, et tema eller et interesseområde. Kun godkendte eTwinnere deltager.
groups-search = Find en gruppe
groups-words = Ord fra titlen
groups-topic = Tema
groups-language = Sprog
groups-language_any = Alle sprog
groups-language_choose = Vælg et sprog
groups-country = Et medlems land
groups-country_any = Alle lande
groups-search_submit = Søg
groups-found = Grupper
groups-empty = Ingen grupper passer til søgningen.
groups-more = Vis flere grupper
groups-featured = Fremhævet
groups-topic_is = Tema: { $topic }
groups-members =
    { $count ->
        [one] { $count } medlem
       *[other] { $count } medlemmer
    }
groups-access_short-open = Åben
groups-access_short-closed = Lukket
groups-standing-member = Du er medlem. Din rolle: { $role }
groups-standing-requested = Du har bedt om at blive medlem af gruppen.
groups-standing-banned = Gruppens moderatorteam tillader ikke, at du bliver medlem.
groups-join = Bliv medlem
groups-ask = Bed om at blive medlem
groups-ask_message = En besked til moderatorteamet (valgfrit)
groups-withdraw = Træk min anmodning tilbage
groups-open_group = Åbn gruppen
groups-joined = Du er blevet medlem af »{ $title }«.
groups-asked = Din anmodning om at blive medlem af »{ $title }« er sendt til moderatorteamet.
groups-withdrawn = Din anmodning om at blive medlem af »{ $title }« er trukket tilbage.
groups-waiting = Moderatorteamet svarer på din anmodning. Siden viser svaret, så snart det kommer.
groups-accepted = Din anmodning er godkendt: velkommen i »{ $title }«.
groups-not_accepted = Din anmodning blev ikke godkendt. Du kan spørge igen.
groups-back = Tilbage til grupperne
groups-create = Opret en gruppe
groups-group_title = Titel
groups-description = Beskrivelse (valgfrit)
groups-access = Hvem der må blive medlem
groups-access-open = Åben: alle eTwinnere bliver medlem med det samme
groups-access-closed = Lukket: moderatorteamet godkender hver anmodning
groups-create_submit = Opret gruppen
groups-created = Gruppen »{ $title }« er oprettet.
groups-members_search = Find et medlem
groups-members_more = Vis flere medlemmer
groups-leave = Forlad gruppen
groups-leave_consequence = Du mister straks adgangen til gruppens forum, filer, chat og video.
groups-leave_kept = Det, du har skrevet og uploadet, bliver i gruppen. Du kan komme tilbage via gruppeoversigten.
groups-leave_confirm = Forlad gruppen
groups-requests = Anmodninger om medlemskab
groups-requests_empty = Ingen venter.
groups-accept = Godkend
groups-decline = Afvis
groups-accepted_member = { $name } er nu medlem.
groups-declined = Anmodningen fra { $name } blev afvist.
groups-ban = Udeluk
groups-ban_question = Udelukke { $name } fra gruppen?
groups-ban_consequence = { $name } forlader gruppen med det samme og kan hverken blive medlem igen eller bede om det.
groups-ban_kept = Indlæg og filer bliver i gruppen. Du kan ophæve udelukkelsen senere.
groups-ban_reason = Begrundelse (valgfrit, gemmes i loggen)
groups-ban_confirm = Udeluk
groups-banned = { $name } er udelukket.
groups-bans = Udelukkede eTwinnere
groups-bans_empty = Ingen er udelukket.
groups-lift = Ophæv udelukkelsen
groups-lifted = { $name } kan blive medlem igen.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Vælg en ny adgangskode til TwinSpace Live
mail-reset_body =
    Hej { $name }

    Nogen, sandsynligvis dig, har bedt om at vælge en ny adgangskode til din TwinSpace Live-konto.
    Åbn dette link for at vælge den (det virker én gang, i { $minutes } minutter):

    { $link }

    Når du vælger en ny adgangskode, bliver du logget ud alle andre steder.
    Hvis du ikke har bedt om det, kan du se bort fra denne besked: din adgangskode forbliver, som den er.

    TwinSpace Live

## events (issue 22)
events-nav = Arrangementer
events-title = Kommende arrangementer
events-empty = Der er ingen kommende arrangementer for dig endnu.
events-more = Vis flere arrangementer
events-schedule = Planlæg et arrangement
events-zone = Tiderne vises i din tidszone: { $zone }
events-audience-etwinners = Alle eTwinnere
events-audience-country = eTwinnerne fra dette land: { $country }
events-audience-group = Medlemmerne af en gruppe
events-audience-twinspace = Medlemmerne af et TwinSpace
events-organising = Du står for dette arrangement.
events-registered = Du er tilmeldt.
events-waiting = Du er på ventelisten (plads { $position }).
events-state-live = Live nu
events-state-ended = Dette arrangement er slut.
events-state-cancelled = Dette arrangement er aflyst.
events-places = Optagne pladser: { $taken } af { $capacity }
event_form-new_title = Planlæg et arrangement
event_form-edit_title = Ret arrangementet
event_form-title = Titel
event_form-description = Beskrivelse
event_form-date = Dato
event_form-time = Starttidspunkt
event_form-duration = Varighed i minutter
event_form-space = Gruppe eller TwinSpace
event_form-speakers_hint = Vælg blandt lærerne i dine grupper og TwinSpaces.
event_form-no_speakers = Ingen at vælge endnu.
event_form-create = Planlæg arrangementet
event_form-save = Gem ændringerne
event_form-created = “{ $title }” er planlagt.
event_form-saved = Ændringerne af “{ $title }” er gemt.
event_form-start_past = Vælg en start i fremtiden.
event-title = Arrangement
event-back = Alle arrangementer
event-when = Hvornår
event-language = Sprog
event-audience = Hvem kan tilmelde sig
event-organiser = Arrangør
event-speakers = Oplægsholdere
event-places = Pladser
event-no_speakers = Ingen oplægsholdere angivet endnu.
event-waiting_count = På ventelisten: { $waiting }
event-registration = Din plads
event-speaking = Du holder oplæg ved dette arrangement.
event-full = Alle pladser er optaget: hvis du tilmelder dig, kommer du på ventelisten.
event-register = Tilmeld mig
event-unregister = Giv min plads tilbage
event-leave_waiting = Forlad ventelisten
event-unregister_confirm_title = Forlade “{ $title }”?
event-unregister_confirm = Den næste person på ventelisten får din tur. Hvis du tilmelder dig igen, skal du måske vente.
event-unregistered = Du er ikke længere tilmeldt.
event-calendar = Føj til min kalender (.ics)
event-organiser_tools = For arrangøren
event-edit = Ret arrangementet
event-cancel = Aflys arrangementet
event-keep = Behold arrangementet
event-cancel_confirm_title = Aflyse “{ $title }”?
event-cancel_confirm_lost = Ingen kan længere tilmelde sig, og alle kan se, at det er aflyst. Det kan ikke fortrydes. Tilmeldingerne og spørgsmålene gemmes.
event-cancelled = Arrangementet er aflyst.
event-registrants = Tilmeldte
event-waiting_list = Venteliste
event-nobody = Ingen endnu.
event-attendance = Fremmøde
event-attendance_hint = Hvem der fulgte arrangementets side, mens det var live, og hvor længe.
event-attendance_none = Ingen fulgte arrangementet live.
event-minutes = { $minutes } min.
qa-title = Spørgsmål og svar
qa-empty = Ingen spørgsmål endnu.
qa-closed = Spørgsmålene er lukket: arrangementet er slut.
qa-need_place = Tilmeld dig for at stille et spørgsmål eller støtte et.
qa-your_question = Dit spørgsmål
qa-ask = Spørg
qa-asked = Dit spørgsmål er sendt.
qa-upvote = Støt
qa-upvoted = Støttet
qa-votes = Stemmer: { $votes }
qa-by = Spurgt af { $name }
qa-by_gone = Spurgt af en slettet konto
qa-answer = Svar: { $answer }
qa-state-picked = Besvares nu
qa-state-answered = Besvaret
qa-state-hidden = Skjult
qa-pick = Vælg
qa-unpick = Læg tilbage
qa-hide = Skjul
qa-restore = Gendan
qa-answer_label = Skriftligt svar (valgfrit)
qa-mark_answered = Markér som besvaret
qa-gone = Du kan ikke længere følge disse spørgsmål.
audit-event-created = Planlagde arrangementet “{ $title }”
audit-event-updated = Rettede arrangementet “{ $title }”
audit-event-cancelled = Aflyste arrangementet “{ $title }”
audit-event-question_moderated = Modererede et spørgsmål til arrangementet “{ $title }”

## the live webinar (issue 22)
live-title = Livevideo
live-not_started = Livevideoen er ikke startet endnu.
live-ended = Livevideoen er slut.
live-connecting = Forbinder til livevideoen …
live-need_place = Kun de, der har en plads, kan se livevideoen.
live-watching_you = Du ser livevideoen.
live-on_air = Du er live: alle ser og hører dig.
live-recording = Denne begivenhed bliver optaget.
live-speaking = Taler: { $names }
live-nobody_speaking = Ingen taler endnu.
live-watching = Ser med: { $watching }
live-start = Start livevideoen
live-end = Afslut livevideoen
live-end_confirm_title = Afslutte livevideoen for “{ $title }”?
live-end_confirm_lost = Videoen stopper for alle, talere og publikum. Du kan starte den igen, så længe begivenheden varer; spørgsmålene bevares.
live-go_live = Gå live
live-stop = Stop min video
live-hand_raised = Din hånd er rakt op: en moderator kan invitere dig til at tale.
live-invited = Du er inviteret til at tale: gå live, når du er klar.
live-returned = Du er tilbage i publikum.
live-hands = Rakte hænder
live-no_hands = Ingen hånd er rakt op.
live-promote = Inviter { $name } til at tale
live-return = Send { $name } tilbage til publikum
live-record_start = Start optagelsen
live-record_stop = Stop optagelsen

## the event's recordings and seat (issue 22)
event-moved_up = Du har nu en plads: du er rykket op fra ventelisten.
live-off_stage_returned = En moderator har sendt dig tilbage til publikum.
live-off_stage_muted = Du blev gjort lydløs i dette rum: du er tilbage blandt publikum.
live-off_stage_removed = Du er ikke længere medlem af dette rum: du er tilbage blandt publikum.
live-off_stage_unnamed = Du er ikke længere taler ved dette arrangement: du er tilbage blandt publikum.
recordings-title = Optagelser
recordings-processing = En optagelse bliver behandlet: den vises her, når den er klar.
recordings-take = Optaget { $when } · { $length }
recordings-video = Video: { $speaker }
recordings-audio = Lyd: { $speaker }
recordings-former_speaker = en tidligere taler
