### TwinSpace Live: de woorden van de pagina in het Nederlands
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Nederlands

## app
app-name = TwinSpace Live
app-skip = Naar de inhoud
app-nav = Hoofdmenu
app-language = Taal
app-sign_out = Afmelden
app-signed_in_as = Aangemeld als { $name }
app-loading = Laden…

## conn
conn-lost = Verbinding verbroken. Opnieuw verbinden…
conn-back = Weer verbonden.
conn-failed = De live verbinding is gesloten. Laad de pagina opnieuw om het nog eens te proberen.
conn-session_ended = Je sessie is afgelopen. Meld je opnieuw aan.
conn-account_locked = Dit account kan niet meer worden gebruikt. Meld je opnieuw aan om te zien waarom.
# Why the server closed the live connection: `conn-closed-<reason>`, one per reason code it sends
# (protocol/close_codes.py, CloseReason).
conn-closed-auth_missing = De live verbinding heeft je aanmelding niet op tijd ontvangen. Laad de pagina opnieuw.
conn-closed-session_invalid = Je sessie is niet meer geldig. Meld je opnieuw aan.
conn-closed-session_expired = Je sessie is verlopen. Meld je opnieuw aan.
conn-closed-signed_out = Je bent afgemeld. Meld je opnieuw aan.
conn-closed-account_locked = Dit account kan niet meer worden gebruikt. Meld je opnieuw aan om te zien waarom.
conn-closed-too_many_connections = Met dit account zijn te veel pagina’s tegelijk open. Sluit een paar tabbladen en laad daarna deze pagina opnieuw.
conn-closed-too_many_messages = Deze pagina heeft te veel te snel verstuurd. Wacht even en laad de pagina daarna opnieuw.
conn-closed-frame_too_large = Deze pagina heeft iets verstuurd dat te groot is. Laad de pagina opnieuw en probeer het nog eens.
conn-closed-idle_timeout = De live verbinding was te lang stil en is gesloten. Opnieuw verbinden…
conn-closed-slow_consumer = De live verbinding liep achter. Opnieuw verbinden…
conn-closed-server_restarting = De server start opnieuw op. Zo meteen opnieuw verbinden…
conn-closed-server_shutting_down = De server waarmee je verbonden was, stopt. Opnieuw verbinden…
conn-closed-unavailable = De server is bezet. Zo meteen opnieuw verbinden…
conn-closed-internal = Er ging iets mis op de server. Zo meteen opnieuw verbinden…

## login
login-title = Aanmelden
login-intro = Leerkrachten en gasten melden zich aan met hun e-mailadres. Leerlingen gebruiken de gebruikersnaam en de code die ze van hun leerkracht hebben gekregen.
login-teacher = Leerkrachten en gasten
login-pupil = Leerlingen
login-email = E-mailadres
login-password = Wachtwoord
login-username = Gebruikersnaam
login-code = Code
login-submit = Aanmelden
login-pupil_submit = Aanmelden als leerling
login-forgot = Wachtwoord vergeten?
login-register = Nog geen account? Maak een eTwinner-account aan
login-pupil_forgot = Code vergeten? Vraag je leerkracht om een nieuwe.

## invite
invite-title = Als gast deelnemen aan een TwinSpace
invite-intro = Je bent uitgenodigd voor een TwinSpace. Kies hoe anderen je zien en stel een wachtwoord in.
invite-display_name = Je naam
invite-submit = De uitnodiging aannemen
invite-checking = Je uitnodiging wordt gecontroleerd…
invite-for_space = Je bent uitgenodigd voor “{ $title }”.
invite-unknown = Deze uitnodigingslink is onbekend. Controleer of je hem helemaal hebt gekopieerd, of vraag de leerkracht die hem stuurde om een nieuwe.
invite-expired = Deze uitnodigingslink is verlopen. Vraag de leerkracht die hem stuurde om een nieuwe.
invite-used_up = Deze uitnodigingslink is al zo vaak gebruikt als toegestaan. Vraag de leerkracht die hem stuurde om een nieuwe.
invite-revoked = Deze uitnodigingslink is door een leerkracht ingetrokken.
invite-closed = De ruimte van deze uitnodiging is gesloten.

## spaces
spaces-title = Mijn ruimtes
spaces-empty = Je bent nog geen lid van een ruimte.
spaces-create = Een ruimte aanmaken
spaces-kind = Soort
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Lokaal
spaces-kind-group = Groep
spaces-space_title = Titel
spaces-description = Beschrijving (optioneel)
spaces-create_submit = Aanmaken
spaces-created = Ruimte “{ $title }” aangemaakt.
spaces-my_role = Je rol: { $role }
spaces-archived = gearchiveerd

## space
space-back = Terug naar mijn ruimtes
space-sections = Onderdelen van deze ruimte
space-members = Leden
space-online_count =
    { $count ->
        [one] { $count } online
       *[other] { $count } online
    }
space-online = online
space-offline = offline
space-you = (jij)
space-refreshed = De lijst is bijgewerkt.
space-gone = Deze ruimte is niet meer voor je beschikbaar.

## chat
chat-title = Chat
chat-empty = Nog geen berichten.
chat-message = Bericht
chat-send = Versturen
chat-pending = (wacht op een leerkracht)
chat-typing = { $name } is aan het typen…
chat-teachers_tab = Prikbord voor leerkrachten
chat-teachers_title = Prikbord voor leerkrachten
chat-session_title = Chat van de sessie
chat-older = Oudere berichten tonen
chat-new_messages = Nieuwe berichten
chat-mention_list = Leden om te noemen
chat-mention_hint = Typ @ en een naam om een lid te noemen.
chat-hidden = (verborgen door een leerkracht)
chat-deleted = (verwijderd)
chat-rejected = (niet getoond door een leerkracht)
chat-edited = (bewerkt)
chat-mentions_you = noemt jou
chat-edit = Bewerken
chat-edit_label = Je bericht bewerken
chat-save = Opslaan
chat-cancel = Annuleren
chat-delete = Verwijderen
chat-delete_confirm = Ja, verwijderen
chat-hide = Verbergen
chat-restore = Terugzetten
chat-approve = Goedkeuren
chat-reject = Afwijzen
chat-report = Melden
chat-reported = Bedankt. De leerkrachten gaan naar dit bericht kijken.
chat-mute = Dempen
chat-mute_question = { $name } dempen?
chat-mute_for = { $name } dempen voor
chat-minutes =
    { $count ->
        [one] { $count } minuut
       *[other] { $count } minuten
    }
chat-mute_confirm = Nu dempen
chat-muted_other = { $name } kan niet schrijven tot { $time }.
chat-muted_you = Een leerkracht heeft je schrijven gepauzeerd tot { $time }. Je kunt de chat nog wel lezen.
chat-unmuted_you = Je kunt weer schrijven in de chat.
chat-gone = Deze chat is niet meer voor je beschikbaar.

## role
role-founder = Oprichter
role-admin = Beheerder
role-teacher = Leerkracht
role-pupil_admin = Leerling-beheerder
role-pupil = Leerling
role-guest = Gast

## error
error-bad_credentials = De aanmeldgegevens kloppen niet. Controleer ze en probeer het opnieuw.
error-rate_limited = Te veel pogingen. Wacht even en probeer het opnieuw.
error-invalid = Sommige velden zijn niet goed ingevuld.
error-not_found = Deze pagina bestaat niet of je kunt hem niet zien.
error-forbidden = Dit mag je niet doen.
error-gone = Dit bestaat niet meer of werkt niet meer.
error-conflict = Dit botst met iets wat al bestaat.
error-gone-revoked = Deze uitnodigingslink werkt niet meer: de leerkrachten van de ruimte hebben hem ingetrokken.
error-gone-expired = Deze uitnodigingslink werkt niet meer: hij is verlopen.
error-gone-used_up = Deze uitnodigingslink werkt niet meer: hij is al zo vaak gebruikt als toegestaan.
error-conflict-name_taken = “{ $name }” bestaat hier al. Kies een andere naam.
error-conflict-in_trash = “{ $name }” staat in de prullenbak: zet het eerst terug.
error-conflict-not_in_trash = “{ $name }” staat niet in de prullenbak.
error-conflict-parent_in_trash = “{ $name }” stond in een map die nu in de prullenbak staat: zet eerst die map terug.
error-conflict-folder_not_empty = De map “{ $name }” is niet leeg: verplaats eerst de inhoud naar de prullenbak.
error-conflict-wrong_status = De status van dit account ({ $status }) staat dit niet toe.
error-unauthenticated = Meld je aan.
error-network = De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.
error-generic = Er ging iets mis. Probeer het opnieuw.
error-too_large = Dit is te groot.
error-quota_exceeded = Er is niet genoeg opslagruimte meer over in deze ruimte.
error-unsupported = De server kan dit soort verzoek niet aannemen.
error-aborted = Het uploaden is gestopt.
error-rate_limited_wait = Te veel pogingen. Probeer het { $wait } opnieuw.
error-fields = Sommige velden hebben je aandacht nodig: zie de melding onder elk veld.
error-account_rejected = De nationale beheerder van je land heeft deze registratie niet geaccepteerd, dus met dit account kun je je niet aanmelden. Denk je dat dit een vergissing is, neem dan contact op met de nationale eTwinning-ondersteuningsorganisatie van je land.
error-account_suspended = De nationale beheerder van je land heeft dit account geschorst: je kunt je er voorlopig niet mee aanmelden. Om te weten waarom, of om het terug te vragen, neem je contact op met de nationale eTwinning-ondersteuningsorganisatie van je land.
error-malformed = De pagina heeft iets verstuurd dat de server niet kon lezen. Laad de pagina opnieuw en probeer het nog eens.
error-csrf = De beveiligingscontrole van de pagina is mislukt. Laad de pagina opnieuw en probeer het nog eens.
error-limit_exceeded = Dit gaat over een limiet die voor deze ruimte is ingesteld.
error-unavailable = De server is bezet of een deel ervan reageert niet. Probeer het zo meteen opnieuw.
error-internal = Er ging iets mis op de server. Probeer het later opnieuw.
error-insufficient_storage = De server heeft geen ruimte meer voor bestanden. Er is niets opgeslagen; laat het de eTwinning-contactpersoon van je school weten.
error-request_timeout = Het versturen duurde te lang en is gestopt. Controleer je verbinding en probeer het opnieuw.
error-conflict-not_a_guest = Dit e-mailadres hoort bij een eTwinning-account. Leerkrachten worden uitgenodigd door de beheerders van de ruimte, niet via een gastlink.

## notice
# What a pupil (or any member) is told about their own post or account. The server sends only the
# event's name (protocol/events.py, notice channel): `notice-<event>`, its dots as dashes.
notice-post-pending = Bedankt! Een leerkracht leest je bericht voordat iedereen het kan zien.
notice-post-approved = Een leerkracht heeft je bericht gelezen. Nu kan iedereen in het project het zien.
notice-post-rejected = Een leerkracht heeft besloten je bericht niet te tonen. Je kunt je leerkracht vragen waarom.
notice-post-hidden = Een leerkracht heeft je bericht voorlopig verborgen. Je kunt je leerkracht vragen waarom.
notice-post-restored = Een leerkracht heeft je bericht weer zichtbaar gemaakt. Iedereen kan het nu zien.
notice-post-purged = Een leerkracht heeft je bericht verwijderd.
notice-member-muted = Je kunt het project lezen, maar een tijdje niet schrijven.
notice-member-unmuted = Je kunt weer schrijven in het project.
notice-chat-mention = { $name } heeft je genoemd in de chat.

## video
video-section = Video
video-open_sessions = Open videosessies
video-none = Er is geen videosessie open.
video-start_title = Een videosessie starten
video-title = Titel (optioneel)
video-lobby = Leerlingen wachten in de wachtruimte tot een leerkracht ze binnenlaat
video-start = Starten
video-join_named = Deelnemen aan “{ $title }”
video-nobody_in_call = Nog niemand in het gesprek
video-people_in_call =
    { $count ->
        [one] { $count } persoon in het gesprek
       *[other] { $count } personen in het gesprek
    }
video-locked = (vergrendeld)
video-back = Terug naar de ruimte
video-participants = Deelnemers
video-my_controls = Je microfoon en camera
video-chat = Chat van de sessie
video-starting_media = Je camera en microfoon worden gestart…
video-in_call = Je bent in het gesprek.
video-waiting_in_lobby = Je bent in de wachtruimte. Een leerkracht laat je zo binnen.
video-no_media = Er kon geen camera of microfoon worden gebruikt: je kunt de anderen wel zien en horen.
video-partial_media = Je camera en microfoon konden maar gedeeltelijk worden gebruikt.
video-enable_sound = Geluid aanzetten
video-mic_on = Microfoon aan
video-mic_off = Microfoon uit
video-mic_forced = Gedempt door een leerkracht
video-camera_on = Camera aan
video-camera_off = Camera uit
video-hand_raised = Hand opgestoken
video-mute_me = Mijn microfoon dempen
video-unmute_me = Mijn microfoon aanzetten
video-camera_stop = Mijn camera uitzetten
video-camera_start = Mijn camera aanzetten
video-hand_raise = Mijn hand opsteken
video-hand_lower = Mijn hand laten zakken
video-leave = Verlaten
video-you_are_muted = Een leerkracht heeft je gedempt. Je kunt je microfoon weer aanzetten als een leerkracht dat toestaat.
video-muted_by_teacher = Een leerkracht heeft je microfoon gedempt.
video-unmute_allowed = Een leerkracht staat toe dat je je microfoon weer aanzet.
video-mute_other = Dempen
video-mute_named = { $name } dempen
video-allow_unmute = Microfoon toestaan
video-allow_unmute_named = Microfoon toestaan: { $name }
video-remove = Verwijderen
video-remove_named = { $name } uit de sessie verwijderen
video-lobby_title = Wachtruimte
video-lobby_empty = Er wacht niemand.
video-admit = Binnenlaten
video-admit_named = { $name } binnenlaten
video-deny = Weigeren
video-deny_named = { $name } weigeren
video-manage = Deze sessie
video-is_open = Open: leden kunnen deelnemen.
video-is_locked = Vergrendeld: alleen leerkrachten kunnen deelnemen.
video-lock = De sessie vergrendelen
video-end = De sessie voor iedereen beëindigen
video-ended = De sessie is afgelopen.
video-ended_space_archived = De sessie is afgelopen: de ruimte is gearchiveerd.
video-ended_space_deleted = De sessie is afgelopen: de ruimte is verwijderd.
video-ended_empty = De sessie is afgelopen: er was een tijdje niemand in.
video-no_teacher_yet = Er is nog geen leerkracht in deze sessie, dus niemand kan je binnenlaten. Je kunt hier wachten of weggaan.
video-leave_lobby = De wachtruimte verlaten
video-removed = Een leerkracht heeft je uit de sessie verwijderd.
video-denied = Een leerkracht heeft je niet binnengelaten in deze sessie.
video-left = Je hebt de sessie verlaten.
video-full = Deze sessie is vol.
video-refused = Je kunt niet deelnemen aan deze sessie.
video-signal_refused = De server weigerde wat je browser stuurde. Verlaat de sessie en doe opnieuw mee.
video-sfu_moving = De sessie is gegroeid: het gesprek gaat over naar de mediaserver van de klas…
video-sfu_unreachable = De mediaserver van de klas is niet bereikbaar. Opnieuw proberen…
video-sfu_no_seat = Alle cameraplaatsen in deze sessie zijn bezet: jij ziet en hoort de anderen, maar zij zien en horen jou niet.
video-sfu_not_sent = Je camera en microfoon konden niet worden verstuurd. Je ziet en hoort de anderen nog wel.

## forum
forum-title = Forum
forum-threads = Onderwerpen
forum-posts = Berichten
forum-areas = Delen van het forum
forum-area-open = Open forum
forum-area-teachers = Prikbord voor leerkrachten
forum-empty = Nog geen onderwerpen.
forum-thread_meta =
    { $count ->
        [one] door { $author } · { $count } bericht · { $when }
       *[other] door { $author } · { $count } berichten · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } nieuw
       *[other] { $count } nieuw
    }
forum-pinned = vastgezet
forum-locked = gesloten
forum-new_thread = Een onderwerp starten
forum-new_bulletin = Een onderwerp starten op het Prikbord voor leerkrachten
forum-thread_title = Titel van het onderwerp
forum-first_post = Eerste bericht
forum-start = Het onderwerp starten
forum-thread_started = Het onderwerp is gestart.
forum-thread_held = Bedankt! Een leerkracht leest je onderwerp voordat iedereen het kan zien.
forum-back = Terug naar de onderwerpen
forum-reply_label = Je antwoord
forum-send = Antwoord plaatsen
forum-no_reply = Je kunt in dit onderwerp niet antwoorden.
forum-held = Bedankt! Een leerkracht leest je bericht voordat iedereen het kan zien.
forum-edited = (bewerkt)
forum-edit = Bewerken
forum-edit_label = Je bericht bewerken
forum-save = Opslaan
forum-saved = Je bericht is gewijzigd.
forum-cancel = Annuleren
forum-delete = Verwijderen
forum-deleted = Het bericht is verwijderd.
forum-report = Melden
forum-report_reason = Wat is er mis met dit bericht? (optioneel)
forum-report_send = De melding versturen
forum-reported = Bedankt. De leerkrachten zijn op de hoogte gebracht.
forum-hide = Verbergen
forum-restore = Terugzetten
forum-approve = Goedkeuren
forum-reject = Afwijzen
forum-done-hide = Het bericht is verborgen voor de klas.
forum-done-restore = Het bericht is weer zichtbaar.
forum-done-approve = Het bericht is goedgekeurd: iedereen kan het zien.
forum-done-reject = Het bericht is afgewezen: alleen wie het schreef, ziet het.
forum-state-pending = wacht op een leerkracht
forum-state-hidden = verborgen
forum-state-rejected = niet gepubliceerd
forum-state-deleted = verwijderd
forum-pin = Vastzetten
forum-unpin = Losmaken
forum-lock = Sluiten
forum-unlock = Heropenen
forum-thread_changed = Het onderwerp is gewijzigd.
forum-thread_gone = Dit onderwerp is niet meer voor je beschikbaar.
forum-moderation = Moderatie
forum-queue = Wacht op goedkeuring
forum-queue_empty = Er wacht geen bericht.
forum-reports = Meldingen
forum-reports_empty = Geen openstaande meldingen.
forum-reported_by = gemeld door { $name }
forum-report_said = Reden: { $reason }
forum-resolve = De melding sluiten
forum-resolved = De melding is gesloten.

## reactions
reaction-bar = Reacties
reaction-add = Reactie toevoegen
reaction-picker = Kies een reactie
reaction-count =
    { $count ->
        [one] { $name }: { $count } persoon
       *[other] { $name }: { $count } personen
    }
reaction-thumbs_up = Duim omhoog
reaction-heart = Hartje
reaction-clap = Bravo
reaction-laugh = Grappig
reaction-idea = Goed idee
reaction-question = Ik heb een vraag

## archive
archive-title = Bestanden
archive-usage = { $used } van { $quota } gebruikt
archive-where = Map
archive-top = Alle bestanden
archive-empty = Deze map is leeg.
archive-contents = Mappen en bestanden
archive-name = Naam
archive-size = Grootte
archive-by = Toegevoegd door
archive-when = Gewijzigd
archive-actions = Acties
archive-former_member = voormalig lid
archive-choose = Een bestand kiezen
archive-upload = Uploaden
archive-progress = Voortgang van het uploaden
archive-uploading = { $name } uploaden: { $percent }
archive-uploaded = “{ $name }” is geüpload.
archive-too_large = Dit bestand is te groot: bestanden mogen hoogstens { $max } zijn.
archive-quota = Er is niet genoeg opslagruimte meer over voor de bestanden van deze ruimte ({ $free } vrij). Vraag een leerkracht om oude bestanden te verwijderen.
archive-new_folder = Nieuwe map
archive-create_folder = De map aanmaken
archive-folder_created = De map “{ $name }” is aangemaakt.
archive-download = Downloaden
archive-download_named = { $name } downloaden
archive-rename = Naam wijzigen
archive-rename_named = Naam wijzigen van { $name }
archive-new_name = Nieuwe naam
archive-save = Opslaan
archive-cancel = Annuleren
archive-renamed = Naam gewijzigd in “{ $name }”.
archive-trash = Naar de prullenbak
archive-trash_named = Naar de prullenbak: { $name }
archive-trashed = “{ $name }” staat in de prullenbak.
archive-show_trash = Prullenbak
archive-trash_empty = De prullenbak is leeg.
archive-restore = Terugzetten
archive-restore_named = { $name } terugzetten
archive-restored = “{ $name }” is terug.
archive-purge = Definitief verwijderen
archive-purge_named = { $name } definitief verwijderen
archive-purged = “{ $name }” is definitief verwijderd.
archive-choose_first = Kies een bestand om te uploaden.
archive-no_file = Nog geen bestand gekozen.
archive-name_taken = Er staat hier al iets met deze naam. Kies een andere naam.

## unit
unit-b = B
unit-kb = kB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Vul dit veld in.
field-unknown = Dit veld wordt hier niet verwacht.
field-type = Deze waarde is niet van de juiste soort.
field-blank = Schrijf hier iets: alleen spaties tellen niet.
field-too_short =
    { $count ->
        [one] Schrijf minstens { $min } teken.
       *[other] Schrijf minstens { $min } tekens.
    }
field-too_long =
    { $count ->
        [one] Schrijf hoogstens { $max } teken.
       *[other] Schrijf hoogstens { $max } tekens.
    }
field-too_small = Geef minstens { $min }.
field-too_large = Geef hoogstens { $max }.
field-format = Dit heeft niet de verwachte vorm.
field-choice = Kies een van de aangeboden mogelijkheden.
field-invalid = Deze waarde wordt niet geaccepteerd.

## confirm
confirm-cancel = Annuleren
confirm-trash_file = “{ $name }” naar de prullenbak verplaatsen?
confirm-trash_file_lost = Leden zien dit bestand niet meer. Een leerkracht kan het terughalen uit de prullenbak.
confirm-trash_folder = De map “{ $name }” naar de prullenbak verplaatsen?
confirm-trash_folder_lost = Leden zien deze map en alles wat erin staat niet meer. Een leerkracht kan hem terughalen uit de prullenbak.
confirm-purge = “{ $name }” definitief verwijderen?
confirm-purge_lost = Het is dan voor iedereen weg en kan niet worden teruggehaald.
confirm-delete_post = Dit bericht verwijderen?
confirm-delete_post_lost = De tekst is dan voor iedereen weg. Dit kan niet ongedaan worden gemaakt.
confirm-delete_message = Dit bericht verwijderen?
confirm-delete_message_lost = De tekst is dan voor iedereen weg. Dit kan niet ongedaan worden gemaakt.
confirm-end_session = De sessie voor iedereen beëindigen?
confirm-end_session_lost = Iedereen verlaat meteen het gesprek, en de sessie kan niet opnieuw worden geopend.
confirm-remove_participant = { $name } uit de sessie verwijderen?
confirm-remove_participant_lost = { $name } verlaat meteen het gesprek en kan niet terugkomen in deze sessie.
confirm-deny = { $name } weigeren?
confirm-deny_lost = { $name } komt niet in deze sessie.

## page
page-not_found = Pagina niet gevonden
page-not_found_text = Er is geen pagina op dit adres.
page-go_spaces = Naar mijn ruimtes
page-go_sign_in = Naar de aanmeldpagina

## form
form-required = Vul dit veld in.
form-email_format = Schrijf een e-mailadres zoals naam@school.eu.
form-password_short = Gebruik minstens 10 tekens.
form-password_long = Gebruik hoogstens 200 tekens.
form-password_mismatch = De twee wachtwoorden zijn niet hetzelfde.
form-password_hint = Minstens 10 tekens. Een paar woorden die je goed onthoudt, werken prima.
form-check_fields = Controleer de velden die hierboven zijn gemarkeerd.
form-field_invalid = Deze waarde wordt niet geaccepteerd.

## register
register-title = Een eTwinner-account aanmaken
register-intro = Voor leerkrachten. De nationale beheerder van je land controleert of je leerkracht bent en keurt daarna je account goed. Leerlingen registreren zich niet: hun leerkracht maakt hun account aan.
register-name = Je naam
register-school = School
register-country = Land
register-country_choose = Kies je land
register-submit = Mijn account aanmaken
register-email_taken = Er bestaat al een account met dit e-mailadres. Meld je aan, of vraag een nieuw wachtwoord aan.
register-have_account = Heb je al een account? Meld je aan

## pending
pending-title = Je account wacht op goedkeuring
pending-who_heading = Wie keurt het goed
pending-who = De nationale beheerder van je land ({ $country }) controleert of je lesgeeft op de school die je hebt opgegeven, en keurt daarna je account goed.
pending-next_heading = Wat gebeurt er nu
pending-next_validate = Zodra je account is goedgekeurd, ben je eTwinner: je kunt ruimtes aanmaken, uitgenodigd worden voor projecten en de accounts van je leerlingen aanmaken. Meld je opnieuw aan, of klik op “Opnieuw controleren”, om het te zien.
pending-next_reject = Als de nationale beheerder je registratie niet accepteert, hoor je dat wanneer je je aanmeldt.
pending-next_meanwhile = Tot dan kun je je naam en wachtwoord wijzigen in “Mijn account”.
pending-check = Opnieuw controleren
pending-still = Je account wacht nog op goedkeuring.
pending-count =
    { $count ->
        [one] { $count } wacht op moderatie
       *[other] { $count } wachten op moderatie
    }

## forgot
forgot-title = Wachtwoord vergeten?
forgot-intro = Schrijf het e-mailadres van je account. We sturen een link om een nieuw wachtwoord te kiezen.
forgot-submit = Stuur mij een link
forgot-sent = Als er een account met dit adres bestaat, is er een link naar onderweg. De link werkt één keer, een beperkte tijd. Kijk ook in je spammap.
forgot-pupils = Leerlingen: jullie hebben hier geen e-mailadres. Vraag je leerkracht om een nieuwe code.
forgot-back = Terug naar aanmelden

## reset
reset-title = Een nieuw wachtwoord kiezen
reset-intro = Als je een nieuw wachtwoord kiest, word je op alle andere apparaten afgemeld.
reset-password = Nieuw wachtwoord
reset-confirm = Nieuw wachtwoord herhalen
reset-submit = Het nieuwe wachtwoord opslaan
reset-gone = Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.
reset-done = Je wachtwoord is gewijzigd. Meld je aan met het nieuwe.
reset-ask_again = Een nieuwe link aanvragen

## account
account-title = Mijn account
account-signed_in_with = Je meldt je aan met { $email }.
account-name_heading = Je naam
account-name = Naam die anderen zien
account-save_name = De naam opslaan
account-name_saved = Je naam is opgeslagen.
account-pupil_note = Je leerkracht heeft deze naam gekozen en beheert hem. Vraag het je leerkracht als hij moet veranderen.
account-password_heading = Je wachtwoord
account-password_intro = Als je het wijzigt, word je afgemeld op je andere apparaten; hier blijf je aangemeld.
account-current_password = Huidig wachtwoord
account-new_password = Nieuw wachtwoord
account-confirm_password = Nieuw wachtwoord herhalen
account-save_password = Het wachtwoord wijzigen
account-password_saved = Je wachtwoord is gewijzigd.
account-current_wrong = Dit is niet je huidige wachtwoord.
account-everywhere_heading = Overal afmelden
account-everywhere_intro = Beëindigt je aanmelding op elk apparaat en in elke browser, ook deze: een verloren telefoon of een gedeelde computer opent je account dan niet meer.
account-everywhere = Overal afmelden…
account-everywhere_question = Afmelden op elk apparaat, ook dit? Open pagina’s sluiten meteen, en wat daar nog niet is verstuurd, gaat verloren.
account-everywhere_confirm = Ja, overal afmelden
account-everywhere_done = Je bent op elk apparaat afgemeld.
account-cancel = Annuleren

## admin
admin-nav = Goedkeuringsconsole
admin-title = Console van de nationale beheerder
admin-country = Land: { $country }
admin-only_national_admins = Deze pagina is voor nationale beheerders.
admin-pending_heading = Leerkrachten die op goedkeuring wachten
admin-pending_count =
    { $count ->
        [one] { $count } leerkracht wacht.
       *[other] { $count } leerkrachten wachten.
    }
admin-pending_none = Er wacht geen leerkracht op goedkeuring.
admin-select_all = Alles selecteren
admin-select_first = Selecteer eerst minstens één leerkracht.
admin-validate_selected = Selectie goedkeuren
admin-reject_selected = Selectie afwijzen…
admin-validated =
    { $count ->
        [one] { $count } leerkracht goedgekeurd.
       *[other] { $count } leerkrachten goedgekeurd.
    }
admin-rejected =
    { $count ->
        [one] { $count } registratie afgewezen.
       *[other] { $count } registraties afgewezen.
    }
admin-reject_question =
    { $count ->
        [one] De registratie van { $names } afwijzen? Deze persoon kan zich dan niet aanmelden, en dit kan niet ongedaan worden gemaakt.
       *[other] Deze { $count } registraties ({ $names }) afwijzen? Deze personen kunnen zich dan niet aanmelden, en dit kan niet ongedaan worden gemaakt.
    }
admin-reject_reason = Reden voor de afwijzing
admin-reject_heading = Registraties afwijzen
admin-suspend_heading = Een account schorsen
admin-reinstate_heading = Een account herstellen
admin-reject_reason_hint = Wordt met je naam bewaard in het auditlogboek.
admin-reject_confirm =
    { $count ->
        [one] { $count } registratie afwijzen
       *[other] { $count } registraties afwijzen
    }
admin-failed_one = { $name }: { $why }
admin-school = School: { $school }
admin-registered = Geregistreerd op { $date }
admin-search_heading = Een account zoeken
admin-search_label = Naam, e-mailadres of school
admin-search_hint = Alleen accounts van je eigen land. Laat het leeg om ze allemaal te tonen, de nieuwste eerst.
admin-search = Zoeken
admin-showing = { $from }–{ $to } van { $total }
admin-no_match = Geen account gevonden.
admin-previous = Vorige pagina
admin-next = Volgende pagina
admin-suspend = Schorsen…
admin-suspend_named = { $name } schorsen…
admin-suspend_question = { $name } schorsen? Deze persoon wordt meteen overal afgemeld, open pagina’s sluiten, en aanmelden kan pas weer als jij het account herstelt.
admin-suspend_reason = Reden voor de schorsing
admin-suspend_confirm = Ja, schorsen
admin-suspend_done = { $name } is geschorst.
admin-reinstate = Herstellen…
admin-reinstate_named = { $name } herstellen…
admin-reinstate_question = { $name } herstellen? Deze persoon kan zich dan weer aanmelden.
admin-reinstate_reason = Reden (optioneel)
admin-reinstate_confirm = Herstellen
admin-reinstate_done = { $name } is hersteld.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Typ ter bevestiging de titel van de ruimte: { $text }

## status
status-active = actief
status-pending = wacht op goedkeuring
status-suspended = geschorst
status-rejected = afgewezen
status-erased = gewist

## names
names-marked = { $name } ({ $mark })

## members
members-username = gebruikersnaam { $username }
members-role_of = Rol van { $name }
members-change_role = Rol wijzigen
members-role_question = De rol van { $name } wijzigen van { $from } in { $to }?
members-role_consequence = { $name } kan vanaf nu doen wat de rol { $to } mag, meteen op elk apparaat.
members-role_confirm = De rol wijzigen
members-role_changed = { $name } heeft nu de rol { $role }.
members-reset_code = Nieuwe code
members-reset_question = { $name } een nieuwe aanmeldcode geven?
members-reset_consequence = De oude code werkt meteen niet meer en de leerling wordt overal afgemeld. Jij deelt de nieuwe kaart uit.
members-reset_confirm = Een nieuwe code maken
members-reset_done = { $name } heeft een nieuwe code: deel de nieuwe kaart hieronder uit.
members-export = Gegevens exporteren
members-remove = Verwijderen
members-remove_question = { $name } uit deze ruimte verwijderen?
members-remove_consequence = { $name } verliest meteen de toegang tot deze ruimte, op elk apparaat.
members-remove_pupil_kept = Het account, de berichten en de bestanden van de leerling blijven bestaan; je kunt de leerling later weer toevoegen.
members-remove_kept = De berichten en bestanden van dit lid blijven in de ruimte.
members-remove_confirm = Verwijderen
members-removed = { $name } is verwijderd.
members-erase = Account wissen
members-leave = Deze ruimte verlaten
members-leave_question = “{ $title }” verlaten?
members-leave_consequence = Je verliest meteen de toegang tot de forums, bestanden, chat en video van deze ruimte. Alleen een leerkracht-beheerder kan je terughalen.
members-leave_kept = Wat je hebt geschreven en geüpload, blijft in de ruimte.
members-leave_confirm = De ruimte verlaten
members-left = Je hebt “{ $title }” verlaten.

## erase
erase-question = Het account van { $name } wissen?
erase-account_gone = De naam, gebruikersnaam en code van de leerling worden definitief verwijderd.
erase-signed_out = De leerling wordt meteen afgemeld en kan zich nooit meer aanmelden.
erase-no_undo = Dit kan niet ongedaan worden gemaakt.
erase-export_first = Als de leerling of het gezin misschien een kopie wil, exporteer dan eerst de gegevens.
erase-posts = De berichten en chatberichten van de leerling
erase-posts_keep = Bewaren, getoond als van “voormalige leerling”
erase-posts_remove = Definitief verwijderen
erase-files = De bestanden van de leerling
erase-files_keep = Bewaren, op naam van “voormalige leerling”
erase-files_remove = Definitief verwijderen
erase-confirm = Het account wissen
erase-done = Het account van { $name } is gewist.

## invite_teacher
invite_teacher-title = Een partnerleerkracht uitnodigen
invite_teacher-by_email = Via e-mailadres
invite_teacher-role = Rol
invite_teacher-submit = Uitnodigen
invite_teacher-done = { $name } doet mee met de rol { $role }.
invite_teacher-not_etwinner = Geen goedgekeurde eTwinner heeft dit adres, of je mag deze rol niet geven.
invite_teacher-find = Een eTwinner zoeken
invite_teacher-query = Naam, school of land
invite_teacher-search = Zoeken
invite_teacher-results = Gevonden eTwinners
invite_teacher-none = Geen eTwinner gevonden.
invite_teacher-more = Meer resultaten
invite_teacher-member = Lid van deze ruimte
invite_teacher-invite = Uitnodigen
invite_teacher-role_for = Rol voor { $name }

## pupils
pupils-title = Leerlingen toevoegen
pupils-one_title = Eén leerling
pupils-name = Naam van de leerling
pupils-add_one = De leerling toevoegen
pupils-class_title = Een hele klas
pupils-class_names = Namen van de leerlingen
pupils-class_help = Eén naam per regel, zoals anderen de leerlingen zullen zien.
pupils-add_class = De klas toevoegen
pupils-class_empty = Schrijf minstens één naam.
pupils-language = Taal van de pagina voor deze leerlingen
pupils-language_help = Na het aanmelden zien ze TwinSpace Live in deze taal. Elke leerling kan die later wijzigen.
pupils-line_errors = Te verbeteren regels
pupils-line_error = Regel { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } regel moet worden verbeterd; er is niets aangemaakt.
       *[other] { $count } regels moeten worden verbeterd; er is niets aangemaakt.
    }
pupils-created =
    { $count ->
        [one] { $count } leerling is toegevoegd.
       *[other] { $count } leerlingen zijn toegevoegd.
    }

## cards
cards-title = Aanmeldkaarten
cards-once = Deze codes worden alleen nu getoond. Druk de kaarten af of noteer de codes voordat je deze pagina verlaat.
cards-site = Aanmelden op
cards-print = De kaarten afdrukken
cards-done = Klaar: de codes verbergen

## links
links-tab = Gastlinks
links-intro = Met een gastlink kan een expert of een waarnemer als gast aan deze TwinSpace deelnemen. Iedereen met de link kan hem gebruiken, tot hij verloopt of opgebruikt is.
links-create_title = Nieuwe gastlink
links-valid_for = Geldig voor
links-days =
    { $count ->
        [one] { $count } dag
       *[other] { $count } dagen
    }
links-uses = Aantal keer te gebruiken
links-note = Notitie (voor wie hij is)
links-create = De link aanmaken
links-new = De nieuwe link
links-once = Kopieer hem nu: hij wordt maar één keer getoond.
links-copy = Kopiëren
links-copied = De link is gekopieerd.
links-select_copy = De link is geselecteerd: druk op Ctrl+C (⌘+C) om hem te kopiëren.
links-live = Actieve links
links-empty = Er is geen gastlink actief.
links-untitled = Gastlink
links-used =
    { $count ->
        [one] { $used } van { $count } keer gebruikt
       *[other] { $used } van { $count } keer gebruikt
    }
links-until = tot { $time }
links-revoke = Intrekken
links-revoke_question = Deze gastlink intrekken?
links-revoke_consequence = Niemand kan er nog mee deelnemen.
links-revoke_kept = Gasten die ermee zijn binnengekomen, blijven lid.
links-revoked = De link is ingetrokken.

## settings
settings-tab = Instellingen
settings-space = De ruimte
settings-pupils = Leerlingen
settings-premoderate_pupils = Berichten van leerlingen tegenhouden tot een leerkracht ze goedkeurt
settings-pupils_may_create_threads = Leerlingen mogen onderwerpen starten
settings-pupils_may_upload = Leerlingen mogen bestanden uploaden
settings-save = Opslaan
settings-saved = De instellingen zijn opgeslagen.
settings-archive_title = Archiveren
settings-archive_text = Een gearchiveerde ruimte blijft leesbaar voor de leden, maar niemand kan er iets plaatsen, uploaden of een videosessie starten.
settings-archive = Deze ruimte archiveren
settings-archive_question = “{ $title }” archiveren?
settings-archive_read_only = Niemand kan nog iets plaatsen, uploaden of wijzigen.
settings-archive_video = Lopende videosessies stoppen meteen.
settings-archive_undo = Een oprichter kan de ruimte later weer openen.
settings-archive_confirm = Archiveren
settings-archived_title = Deze ruimte is gearchiveerd
settings-archived_text = Ze kan alleen nog worden gelezen. Open de ruimte weer zodat leden berichten kunnen plaatsen en uploaden.
settings-unarchive = Weer openen
settings-unarchive_question = “{ $title }” weer openen?
settings-unarchive_consequence = Leden kunnen weer berichten plaatsen, uploaden en videosessies starten.
settings-delete_title = De ruimte verwijderen
settings-delete_text = Verwijderen haalt de ruimte en alles wat erin staat definitief weg.
settings-delete = Deze ruimte verwijderen
settings-delete_question = “{ $title }” definitief verwijderen?
settings-delete_content = Elk forumonderwerp, elk chatbericht en elk bestand wordt verwijderd, met al hun versies.
settings-delete_members = Alle leden verliezen de ruimte; leerlingaccounts blijven alleen in hun andere ruimtes bestaan.
settings-delete_video = Lopende videosessies stoppen meteen.
settings-delete_no_undo = Ook het auditlogboek verdwijnt. Dit kan niet ongedaan worden gemaakt.
settings-delete_confirm = Definitief verwijderen
settings-deleted = “{ $title }” is verwijderd.

## audit
audit-tab = Auditlogboek
audit-caption = Wat er in deze ruimte is gedaan, het nieuwste eerst
audit-when = Wanneer
audit-who = Wie
audit-what = Wat
audit-empty = Nog niets vastgelegd.
audit-older = Oudere regels tonen
audit-system = De server
audit-former_member = Een voormalig lid
audit-former_member_target = een voormalig lid
audit-reason = Reden: { $reason }
audit-other = Deed “{ $action }” { $target }
audit-space-created = Heeft de ruimte aangemaakt
audit-space-settings_changed = Heeft de instellingen van de ruimte gewijzigd
audit-space-archived = Heeft de ruimte gearchiveerd
audit-space-unarchived = Heeft de ruimte weer geopend
audit-member-invited = Heeft { $target } uitgenodigd als { $role }
audit-member-role_changed = Heeft de rol van { $target } gewijzigd van { $from } in { $role }
audit-member-removed = Heeft { $target } verwijderd
audit-member-left = Heeft de ruimte verlaten
audit-member-muted = Heeft { $target } gedempt
audit-member-unmuted = Heeft het dempen van { $target } opgeheven
audit-pupil-created = Heeft de leerling { $target } aangemaakt
audit-pupil-added = Heeft de leerling { $target } toegevoegd
audit-pupil-code_reset = Heeft { $target } een nieuwe aanmeldcode gegeven
audit-pupil-exported = Heeft de gegevens van { $target } geëxporteerd
audit-pupil-erased = Heeft het account van een leerling gewist
audit-invitation-created = Heeft een gastlink aangemaakt
audit-invitation-revoked = Heeft een gastlink ingetrokken
audit-invitation-accepted = Is binnengekomen met een gastlink
audit-video-started = Heeft een videosessie gestart
audit-video-ended = Heeft een videosessie beëindigd
audit-video-locked = Heeft een videosessie vergrendeld
audit-video-unlocked = Heeft een videosessie ontgrendeld
audit-video-admitted = Heeft { $target } binnengelaten in een videosessie
audit-video-denied = Heeft { $target } geweigerd voor een videosessie
audit-video-muted = Heeft { $target } gedempt in een videosessie
audit-video-unmuted = Heeft { $target } weer laten spreken in een videosessie
audit-video-removed = Heeft { $target } uit een videosessie verwijderd
audit-video-spotlight = Heeft de spotlight van een videosessie gewijzigd
audit-post-hidden = Heeft een bericht verborgen
audit-post-restored = Heeft een bericht teruggezet
audit-post-approved = Heeft een bericht goedgekeurd
audit-post-rejected = Heeft een bericht afgewezen
audit-post-purged = Heeft een bericht definitief verwijderd
audit-post-reported = Heeft een bericht gemeld
audit-report-resolved = Heeft een melding gesloten
audit-thread-pinned = Heeft een onderwerp vastgezet
audit-thread-unpinned = Heeft een onderwerp losgemaakt
audit-thread-locked = Heeft een onderwerp gesloten
audit-thread-unlocked = Heeft een onderwerp heropend
audit-archive-folder_created = Heeft een map aangemaakt
audit-archive-folder_renamed = Heeft de naam van een map gewijzigd
audit-archive-folder_moved = Heeft een map verplaatst
audit-archive-folder_trashed = Heeft een map in de prullenbak gezet
audit-archive-folder_restored = Heeft een map uit de prullenbak gehaald
audit-archive-folder_purged = Heeft een map definitief verwijderd
audit-archive-file_added = Heeft een bestand toegevoegd
audit-archive-file_version_added = Heeft een nieuwe versie van een bestand toegevoegd
audit-archive-file_renamed = Heeft de naam van een bestand gewijzigd
audit-archive-file_moved = Heeft een bestand verplaatst
audit-archive-file_trashed = Heeft een bestand in de prullenbak gezet
audit-archive-file_restored = Heeft een bestand uit de prullenbak gehaald
audit-archive-file_purged = Heeft een bestand definitief verwijderd
audit-chat-expired = Heeft verlopen chatberichten verwijderd
audit-audit-retention_changed = Heeft gewijzigd hoe lang het auditlogboek regels bewaart
audit-group-joined = Werd lid van de groep
audit-group-requested = Vroeg om lid te worden van de groep
audit-group-request_accepted = Aanvaardde het verzoek van { $target }
audit-group-request_declined = Weigerde het verzoek van { $target }
audit-group-request_withdrawn = Trok een verzoek om lid te worden in
audit-member-banned = Weerde { $target }
audit-member-unbanned = Hief de weigering van { $target } op
audit-group-featured = Lichtte de groep uit
audit-group-unfeatured = Lichtte de groep niet langer uit
audit-group-moderator_appointed = Benoemde { $target } tot moderator

## group_role
group_role-founder = Eigenaar
group_role-admin = Moderatie
group_role-teacher = Lid

## readers
readers-title = Nu aan het lezen
readers-more =
    { $count ->
        [one] en { $count } ander
       *[other] en { $count } anderen
    }

## groups
groups-nav = Groepen
groups-title = eTwinning-groepen
groups-intro = Gemeenschappen van eTwinners rond een vak, een thema of een interessegebied. Alleen gevalideerde eTwinners doen mee.
groups-search = Een groep zoeken
groups-words = Woorden uit de titel
groups-topic = Thema
groups-language = Taal
groups-language_any = Alle talen
groups-language_choose = Kies een taal
groups-country = Land van een lid
groups-country_any = Alle landen
groups-search_submit = Zoeken
groups-found = Groepen
groups-empty = Geen enkele groep past bij deze zoekopdracht.
groups-more = Meer groepen tonen
groups-featured = Uitgelicht
groups-topic_is = Thema: { $topic }
groups-members =
    { $count ->
        [one] { $count } lid
       *[other] { $count } leden
    }
groups-access_short-open = Open
groups-access_short-closed = Gesloten
groups-standing-member = U bent lid. Uw rol: { $role }
groups-standing-requested = U hebt gevraagd om lid te worden van deze groep.
groups-standing-banned = Het moderatieteam van deze groep staat niet toe dat u lid wordt.
groups-join = Lid worden
groups-ask = Vragen om lid te worden
groups-ask_message = Een bericht voor het moderatieteam (optioneel)
groups-withdraw = Mijn verzoek intrekken
groups-open_group = De groep openen
groups-joined = U bent lid geworden van ‘{ $title }’.
groups-asked = Uw verzoek om lid te worden van ‘{ $title }’ is naar het moderatieteam gestuurd.
groups-withdrawn = Uw verzoek om lid te worden van ‘{ $title }’ is ingetrokken.
groups-waiting = Het moderatieteam beantwoordt uw verzoek. Deze pagina toont het antwoord zodra het er is.
groups-accepted = Uw verzoek is aanvaard: welkom in ‘{ $title }’.
groups-not_accepted = Uw verzoek is niet aanvaard. U kunt het opnieuw vragen.
groups-back = Terug naar de groepen
groups-create = Een groep aanmaken
groups-group_title = Titel
groups-description = Beschrijving (optioneel)
groups-access = Wie lid mag worden
groups-access-open = Open: elke eTwinner wordt meteen lid
groups-access-closed = Gesloten: het moderatieteam aanvaardt elk verzoek
groups-create_submit = De groep aanmaken
groups-created = Groep ‘{ $title }’ aangemaakt.
groups-members_search = Een lid zoeken
groups-members_more = Meer leden tonen
groups-leave = Deze groep verlaten
groups-leave_consequence = U verliest meteen de toegang tot het forum, de bestanden, de chat en de video van de groep.
groups-leave_kept = Wat u hebt geschreven en geüpload, blijft in de groep. U kunt terugkomen via de lijst van groepen.
groups-leave_confirm = De groep verlaten
groups-requests = Verzoeken om lid te worden
groups-requests_empty = Niemand wacht.
groups-accept = Aanvaarden
groups-decline = Weigeren
groups-accepted_member = { $name } is nu lid.
groups-declined = Het verzoek van { $name } is geweigerd.
groups-ban = Weren
groups-ban_question = { $name } uit deze groep weren?
groups-ban_consequence = { $name } verlaat de groep meteen en kan niet meer lid worden of erom vragen.
groups-ban_kept = Berichten en bestanden blijven in de groep. U kunt de weigering later opheffen.
groups-ban_reason = Reden (optioneel, bewaard in het logboek)
groups-ban_confirm = Weren
groups-banned = { $name } is uit de groep geweerd.
groups-bans = Geweerde eTwinners
groups-bans_empty = Niemand is geweerd.
groups-lift = De weigering opheffen
groups-lifted = { $name } kan weer lid worden.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Kies een nieuw wachtwoord voor TwinSpace Live
mail-reset_body =
    Hallo { $name },

    Iemand, waarschijnlijk jij, heeft gevraagd om een nieuw wachtwoord te kiezen voor je TwinSpace Live-account.
    Open deze link om het te kiezen (hij werkt één keer, { $minutes } minuten lang):

    { $link }

    Een nieuw wachtwoord kiezen meldt je overal elders af.
    Heb je hier niet om gevraagd, negeer dit bericht dan: je wachtwoord blijft zoals het is.

    TwinSpace Live

## events (issue 22)
events-nav = Evenementen
events-title = Komende evenementen
events-empty = Er zijn nog geen komende evenementen voor jou.
events-more = Meer evenementen tonen
events-schedule = Een evenement plannen
events-zone = De tijden staan in jouw tijdzone: { $zone }
events-audience-etwinners = Alle eTwinners
events-audience-country = De eTwinners uit dit land: { $country }
events-audience-group = De leden van een groep
events-audience-twinspace = De leden van een TwinSpace
events-organising = Jij organiseert dit evenement.
events-registered = Je bent ingeschreven.
events-waiting = Je staat op de wachtlijst (plaats { $position }).
events-state-live = Nu live
events-state-ended = Dit evenement is voorbij.
events-state-cancelled = Dit evenement is geannuleerd.
events-places = Bezette plaatsen: { $taken } van { $capacity }
event_form-new_title = Een evenement plannen
event_form-edit_title = Het evenement wijzigen
event_form-title = Titel
event_form-description = Beschrijving
event_form-date = Datum
event_form-time = Begintijd
event_form-duration = Duur in minuten
event_form-space = Groep of TwinSpace
event_form-speakers_hint = Kies uit de leraren van je groepen en TwinSpaces.
event_form-no_speakers = Nog niemand om uit te kiezen.
event_form-create = Het evenement plannen
event_form-save = De wijzigingen opslaan
event_form-created = ‘{ $title }’ is gepland.
event_form-saved = De wijzigingen aan ‘{ $title }’ zijn opgeslagen.
event_form-start_past = Kies een begin in de toekomst.
event-title = Evenement
event-back = Alle evenementen
event-when = Wanneer
event-language = Taal
event-audience = Wie zich kan inschrijven
event-organiser = Organisatie
event-speakers = Sprekers
event-places = Plaatsen
event-no_speakers = Nog geen sprekers genoemd.
event-waiting_count = Op de wachtlijst: { $waiting }
event-registration = Jouw plaats
event-speaking = Jij spreekt op dit evenement.
event-full = Alle plaatsen zijn bezet: als je je inschrijft, kom je op de wachtlijst.
event-register = Inschrijven
event-unregister = Mijn plaats teruggeven
event-leave_waiting = De wachtlijst verlaten
event-unregister_confirm_title = ‘{ $title }’ verlaten?
event-unregister_confirm = De volgende persoon op de wachtlijst krijgt jouw beurt. Als je je opnieuw inschrijft, moet je misschien wachten.
event-unregistered = Je bent niet meer ingeschreven.
event-calendar = Aan mijn agenda toevoegen (.ics)
event-organiser_tools = Voor de organisatie
event-edit = Het evenement wijzigen
event-cancel = Het evenement annuleren
event-keep = Het evenement behouden
event-cancel_confirm_title = ‘{ $title }’ annuleren?
event-cancel_confirm_lost = Niemand kan zich nog inschrijven en iedereen ziet dat het geannuleerd is. Dit kan niet ongedaan worden gemaakt. De inschrijvingen en vragen blijven bewaard.
event-cancelled = Het evenement is geannuleerd.
event-registrants = Inschrijvingen
event-waiting_list = Wachtlijst
event-nobody = Nog niemand.
event-attendance = Aanwezigheid
event-attendance_hint = Wie de pagina van het evenement volgde terwijl het live was, en hoe lang.
event-attendance_none = Niemand heeft het evenement live gevolgd.
event-minutes = { $minutes } min
qa-title = Vragen en antwoorden
qa-empty = Nog geen vragen.
qa-closed = De vragen zijn gesloten: het evenement is voorbij.
qa-need_place = Schrijf je in om een vraag te stellen of te steunen.
qa-your_question = Jouw vraag
qa-ask = Vragen
qa-asked = Je vraag is verstuurd.
qa-upvote = Steunen
qa-upvoted = Gesteund
qa-votes = Stemmen: { $votes }
qa-by = Gevraagd door { $name }
qa-by_gone = Gevraagd door een verwijderd account
qa-answer = Antwoord: { $answer }
qa-state-picked = Wordt nu beantwoord
qa-state-answered = Beantwoord
qa-state-hidden = Verborgen
qa-pick = Kiezen
qa-unpick = Terugzetten
qa-hide = Verbergen
qa-restore = Terugzetten in de lijst
qa-answer_label = Geschreven antwoord (niet verplicht)
qa-mark_answered = Als beantwoord markeren
qa-gone = Je kunt deze vragen niet meer volgen.
audit-event-created = Plande het evenement ‘{ $title }’
audit-event-updated = Wijzigde het evenement ‘{ $title }’
audit-event-cancelled = Annuleerde het evenement ‘{ $title }’
audit-event-question_moderated = Modereerde een vraag van het evenement ‘{ $title }’

## the live webinar (issue 22)
live-title = Livevideo
live-not_started = De livevideo is nog niet begonnen.
live-ended = De livevideo is afgelopen.
live-connecting = Verbinden met de livevideo…
live-need_place = Alleen wie een plaats heeft, kan de livevideo bekijken.
live-watching_you = Je kijkt naar de livevideo.
live-on_air = Je bent live: iedereen ziet en hoort je.
live-recording = Dit evenement wordt opgenomen.
live-speaking = Aan het woord: { $names }
live-nobody_speaking = Nog niemand is aan het woord.
live-watching = Kijkers: { $watching }
live-start = Livevideo starten
live-end = Livevideo beëindigen
live-end_confirm_title = De livevideo van ‘{ $title }’ beëindigen?
live-end_confirm_lost = De video stopt voor iedereen, sprekers en publiek. Je kunt hem opnieuw starten zolang het evenement duurt; de vragen blijven bewaard.
live-go_live = Live gaan
live-stop = Mijn video stoppen
live-hand_raised = Je hand is opgestoken: een moderator kan je uitnodigen om te spreken.
live-invited = Je bent uitgenodigd om te spreken: ga live wanneer je klaar bent.
live-returned = Je zit weer in het publiek.
live-hands = Opgestoken handen
live-no_hands = Er is geen hand opgestoken.
live-promote = { $name } uitnodigen om te spreken
live-return = { $name } terugsturen naar het publiek
live-record_start = Opname starten
live-record_stop = Opname stoppen

## the event's recordings and seat (issue 22)
event-moved_up = Je hebt nu een plaats: je bent van de wachtlijst doorgeschoven.
live-off_stage_returned = Een moderator heeft je teruggezet in het publiek.
live-off_stage_muted = Je bent in deze ruimte gedempt: je zit weer in het publiek.
live-off_stage_removed = Je bent geen lid meer van deze ruimte: je zit weer in het publiek.
live-off_stage_unnamed = Je bent geen spreker meer van dit evenement: je zit weer in het publiek.
recordings-title = Opnames
recordings-processing = Er wordt een opname verwerkt: die verschijnt hier zodra ze klaar is.
recordings-take = Opgenomen op { $when } · { $length }
recordings-video = Video: { $speaker }
recordings-audio = Geluid: { $speaker }
recordings-former_speaker = een voormalige spreker
