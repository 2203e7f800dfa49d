### TwinSpace Live: ordene på siden på norsk bokmål
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Norsk bokmål

## app
app-name = TwinSpace Live
app-skip = Gå til innholdet
app-nav = Hovedmeny
app-language = Språk
app-sign_out = Logg ut
app-signed_in_as = Logget inn som { $name }
app-loading = Laster inn…

## conn
conn-lost = Forbindelsen ble brutt. Kobler til igjen…
conn-back = Tilkoblet igjen.
conn-failed = Direkteforbindelsen ble stengt. Last inn siden på nytt for å prøve igjen.
conn-session_ended = Økten din er avsluttet. Logg inn igjen.
conn-account_locked = Denne kontoen kan ikke brukes lenger. Logg inn igjen for å se hvorfor.
# Why the server closed the live connection: `conn-closed-<reason>`, one per reason code it sends
# (protocol/close_codes.py, CloseReason).
conn-closed-auth_missing = Direkteforbindelsen fikk ikke innloggingen din i tide. Last inn siden på nytt.
conn-closed-session_invalid = Økten din er ikke lenger gyldig. Logg inn igjen.
conn-closed-session_expired = Økten din er utløpt. Logg inn igjen.
conn-closed-signed_out = Du er logget ut. Logg inn igjen.
conn-closed-account_locked = Denne kontoen kan ikke brukes lenger. Logg inn igjen for å se hvorfor.
conn-closed-too_many_connections = Denne kontoen har for mange sider åpne samtidig. Lukk noen faner, og last deretter inn denne siden på nytt.
conn-closed-too_many_messages = Denne siden sendte for mye for fort. Vent litt, og last den deretter inn på nytt.
conn-closed-frame_too_large = Denne siden sendte noe som var for stort. Last inn siden på nytt og prøv igjen.
conn-closed-idle_timeout = Direkteforbindelsen var stille for lenge og ble stengt. Kobler til igjen…
conn-closed-slow_consumer = Direkteforbindelsen hang etter. Kobler til igjen…
conn-closed-server_restarting = Serveren starter på nytt. Kobler til igjen om et øyeblikk…
conn-closed-server_shutting_down = Serveren du var koblet til, stopper. Kobler til igjen…
conn-closed-unavailable = Serveren er opptatt. Kobler til igjen om et øyeblikk…
conn-closed-internal = Noe gikk galt på serveren. Kobler til igjen om et øyeblikk…

## login
login-title = Logg inn
login-intro = Lærere og gjester logger inn med e-postadressen sin. Elever bruker brukernavnet og koden de har fått av læreren sin.
login-teacher = Lærere og gjester
login-pupil = Elever
login-email = E-postadresse
login-password = Passord
login-username = Brukernavn
login-code = Kode
login-submit = Logg inn
login-pupil_submit = Logg inn som elev
login-forgot = Har du glemt passordet?
login-register = Har du ingen konto ennå? Opprett en eTwinner-konto
login-pupil_forgot = Har du glemt koden? Be læreren din om en ny.

## invite
invite-title = Bli med i et TwinSpace som gjest
invite-intro = Du er invitert til et TwinSpace. Velg hvordan andre skal se deg, og velg et passord.
invite-display_name = Navnet ditt
invite-submit = Godta invitasjonen
invite-checking = Sjekker invitasjonen din…
invite-for_space = Du er invitert til «{ $title }».
invite-unknown = Denne invitasjonslenken er ukjent. Sjekk at du har kopiert hele lenken, eller be læreren som sendte den, om en ny.
invite-expired = Denne invitasjonslenken er utløpt. Be læreren som sendte den, om en ny.
invite-used_up = Denne invitasjonslenken er brukt så mange ganger som den tillater. Be læreren som sendte den, om en ny.
invite-revoked = Denne invitasjonslenken er trukket tilbake av en lærer.
invite-closed = Rommet for denne invitasjonen er stengt.

## spaces
spaces-title = Mine rom
spaces-empty = Du er ikke medlem av noe rom ennå.
spaces-create = Opprett et rom
spaces-kind = Type
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Sal
spaces-kind-group = Gruppe
spaces-space_title = Tittel
spaces-description = Beskrivelse (valgfritt)
spaces-create_submit = Opprett
spaces-created = Rommet «{ $title }» er opprettet.
spaces-my_role = Din rolle: { $role }
spaces-archived = arkivert

## space
space-back = Tilbake til mine rom
space-sections = Deler av dette rommet
space-members = Medlemmer
space-online_count =
    { $count ->
        [one] { $count } på nett
       *[other] { $count } på nett
    }
space-online = på nett
space-offline = frakoblet
space-you = (deg)
space-refreshed = Listen er oppdatert.
space-gone = Du har ikke lenger tilgang til dette rommet.

## chat
chat-title = Chat
chat-empty = Ingen meldinger ennå.
chat-message = Melding
chat-send = Send
chat-pending = (venter på en lærer)
chat-typing = { $name } skriver…
chat-teachers_tab = Lærernes oppslagstavle
chat-teachers_title = Lærernes oppslagstavle
chat-session_title = Øktens chat
chat-older = Vis eldre meldinger
chat-new_messages = Nye meldinger
chat-mention_list = Medlemmer du kan nevne
chat-mention_hint = Skriv @ og et navn for å nevne et medlem.
chat-hidden = (skjult av en lærer)
chat-deleted = (slettet)
chat-rejected = (ikke vist etter avgjørelse fra en lærer)
chat-edited = (redigert)
chat-mentions_you = nevner deg
chat-edit = Rediger
chat-edit_label = Rediger meldingen din
chat-save = Lagre
chat-cancel = Avbryt
chat-delete = Slett
chat-delete_confirm = Ja, slett
chat-hide = Skjul
chat-restore = Gjenopprett
chat-approve = Godkjenn
chat-reject = Avvis
chat-report = Rapporter
chat-reported = Takk. Lærerne skal se på denne meldingen.
chat-mute = Demp
chat-mute_question = Demp { $name }?
chat-mute_for = Demp { $name } i
chat-minutes =
    { $count ->
        [one] { $count } minutt
       *[other] { $count } minutter
    }
chat-mute_confirm = Demp nå
chat-muted_other = { $name } kan ikke skrive før { $time }.
chat-muted_you = En lærer har satt skrivingen din på pause til { $time }. Du kan fortsatt lese chatten.
chat-unmuted_you = Du kan skrive i chatten igjen.
chat-gone = Du har ikke lenger tilgang til denne chatten.

## role
role-founder = Grunnlegger
role-admin = Administrator
role-teacher = Lærer
role-pupil_admin = Elevadministrator
role-pupil = Elev
role-guest = Gjest

## error
error-bad_credentials = Innloggingsopplysningene er ikke riktige. Sjekk dem og prøv igjen.
error-rate_limited = For mange forsøk. Vent litt og prøv igjen.
error-invalid = Noen felt er ikke fylt ut riktig.
error-not_found = Denne siden finnes ikke, eller du kan ikke se den.
error-forbidden = Du har ikke lov til å gjøre dette.
error-gone = Dette finnes ikke lenger eller virker ikke lenger.
error-conflict = Dette er i konflikt med noe som allerede finnes.
error-gone-revoked = Denne invitasjonslenken virker ikke lenger: lærerne i rommet har trukket den tilbake.
error-gone-expired = Denne invitasjonslenken virker ikke lenger: den er utløpt.
error-gone-used_up = Denne invitasjonslenken virker ikke lenger: den er brukt så mange ganger som den tillater.
error-conflict-name_taken = «{ $name }» finnes allerede her. Velg et annet navn.
error-conflict-in_trash = «{ $name }» ligger i papirkurven: gjenopprett det først.
error-conflict-not_in_trash = «{ $name }» ligger ikke i papirkurven.
error-conflict-parent_in_trash = «{ $name }» lå i en mappe som nå ligger i papirkurven: gjenopprett den mappen først.
error-conflict-folder_not_empty = Mappen «{ $name }» er ikke tom: flytt først innholdet til papirkurven.
error-conflict-wrong_status = Kontoens status ({ $status }) tillater ikke dette.
error-unauthenticated = Logg inn.
error-network = Fikk ikke kontakt med serveren. Sjekk tilkoblingen din og prøv igjen.
error-generic = Noe gikk galt. Prøv igjen.
error-too_large = Dette er for stort.
error-quota_exceeded = Det er ikke nok lagringsplass igjen i dette rommet.
error-unsupported = Serveren kan ikke ta imot denne typen forespørsel.
error-aborted = Opplastingen ble stoppet.
error-rate_limited_wait = For mange forsøk. Prøv igjen { $wait }.
error-fields = Noen felt trenger oppmerksomheten din: se meldingen under hvert felt.
error-account_rejected = Den nasjonale administratoren i landet ditt godtok ikke denne registreringen, så denne kontoen kan ikke logge inn. Hvis du mener at dette er en feil, kan du kontakte den nasjonale eTwinning-støtteorganisasjonen i landet ditt.
error-account_suspended = Den nasjonale administratoren i landet ditt har suspendert denne kontoen: den kan ikke logge inn foreløpig. Kontakt den nasjonale eTwinning-støtteorganisasjonen i landet ditt for å få vite hvorfor, eller for å få kontoen tilbake.
error-malformed = Siden sendte noe serveren ikke kunne lese. Last inn siden på nytt og prøv igjen.
error-csrf = Sikkerhetskontrollen på siden mislyktes. Last inn siden på nytt og prøv igjen.
error-limit_exceeded = Dette går over en grense som er satt for dette rommet.
error-unavailable = Serveren er opptatt, eller en del av den svarer ikke. Prøv igjen om et øyeblikk.
error-internal = Noe gikk galt på serveren. Prøv igjen senere.
error-insufficient_storage = Serveren har ikke mer plass til filer. Ingenting ble lagret; si fra til skolens eTwinning-kontakt.
error-request_timeout = Sendingen tok for lang tid og ble stoppet. Sjekk tilkoblingen din og prøv igjen.
error-conflict-not_a_guest = Denne e-postadressen hører til en eTwinning-konto. Lærere inviteres av administratorene i rommet, ikke via en gjestelenke.

## notice
# What a pupil (or any member) is told about their own post or account. The server sends only the
# event's name (protocol/events.py, notice channel): `notice-<event>`, its dots as dashes.
notice-post-pending = Takk! En lærer leser innlegget ditt før alle kan se det.
notice-post-approved = En lærer har lest innlegget ditt. Nå kan alle i prosjektet se det.
notice-post-rejected = En lærer har bestemt seg for ikke å vise innlegget ditt. Du kan spørre læreren din hvorfor.
notice-post-hidden = En lærer har skjult innlegget ditt for nå. Du kan spørre læreren din hvorfor.
notice-post-restored = En lærer viser innlegget ditt igjen. Alle kan se det nå.
notice-post-purged = En lærer har fjernet innlegget ditt.
notice-member-muted = Du kan lese i prosjektet, men ikke skrive på en stund.
notice-member-unmuted = Du kan skrive i prosjektet igjen.
notice-chat-mention = { $name } nevnte deg i chatten.

## video
video-section = Video
video-open_sessions = Åpne videoøkter
video-none = Ingen videoøkt er åpen.
video-start_title = Start en videoøkt
video-title = Tittel (valgfritt)
video-lobby = Elever venter på venterommet til en lærer slipper dem inn
video-start = Start
video-join_named = Bli med i «{ $title }»
video-nobody_in_call = Ingen i samtalen ennå
video-people_in_call =
    { $count ->
        [one] { $count } person i samtalen
       *[other] { $count } personer i samtalen
    }
video-locked = (låst)
video-back = Tilbake til rommet
video-participants = Deltakere
video-my_controls = Mikrofonen din og kameraet ditt
video-chat = Øktens chat
video-starting_media = Starter kameraet og mikrofonen…
video-in_call = Du er med i samtalen.
video-waiting_in_lobby = Du er på venterommet. En lærer slipper deg snart inn.
video-no_media = Verken kamera eller mikrofon kunne brukes: du kan likevel se og høre de andre.
video-partial_media = Kameraet ditt og mikrofonen din kunne bare delvis brukes.
video-enable_sound = Slå på lyden
video-mic_on = Mikrofon på
video-mic_off = Mikrofon av
video-mic_forced = Dempet av en lærer
video-camera_on = Kamera på
video-camera_off = Kamera av
video-hand_raised = Hånden oppe
video-mute_me = Demp mikrofonen min
video-unmute_me = Slå på mikrofonen min
video-camera_stop = Slå av kameraet mitt
video-camera_start = Slå på kameraet mitt
video-hand_raise = Rekk opp hånden
video-hand_lower = Ta ned hånden
video-leave = Forlat
video-you_are_muted = En lærer har dempet deg. Du kan slå på mikrofonen igjen når en lærer tillater det.
video-muted_by_teacher = En lærer har dempet mikrofonen din.
video-unmute_allowed = En lærer lar deg slå på mikrofonen igjen.
video-mute_other = Demp
video-mute_named = Demp { $name }
video-allow_unmute = Tillat mikrofon
video-allow_unmute_named = Tillat mikrofon: { $name }
video-remove = Fjern
video-remove_named = Fjern { $name } fra økten
video-lobby_title = Venterom
video-lobby_empty = Ingen venter.
video-admit = Slipp inn
video-admit_named = Slipp inn { $name }
video-deny = Avvis
video-deny_named = Avvis { $name }
video-manage = Denne økten
video-is_open = Åpen: medlemmer kan bli med.
video-is_locked = Låst: bare lærere kan bli med.
video-lock = Lås økten
video-end = Avslutt økten for alle
video-ended = Økten er avsluttet.
video-ended_space_archived = Økten er avsluttet: rommet er arkivert.
video-ended_space_deleted = Økten er avsluttet: rommet er slettet.
video-ended_empty = Økten er avsluttet: ingen var med på en stund.
video-no_teacher_yet = Ingen lærer er med i denne økten ennå, så ingen kan slippe deg inn. Du kan vente her eller gå.
video-leave_lobby = Forlat venterommet
video-removed = En lærer har fjernet deg fra økten.
video-denied = En lærer slapp deg ikke inn i denne økten.
video-left = Du har forlatt økten.
video-full = Denne økten er full.
video-refused = Du kan ikke bli med i denne økten.
video-signal_refused = Serveren avviste det nettleseren din sendte. Prøv å forlate økten og bli med igjen.
video-sfu_moving = Økten har vokst: samtalen flyttes til klassens medieserver…
video-sfu_unreachable = Fikk ikke kontakt med klassens medieserver. Prøver igjen…
video-sfu_no_seat = Alle kameraplassene i denne økten er tatt: du ser og hører de andre, men de ser og hører ikke deg.
video-sfu_not_sent = Kameraet ditt og mikrofonen din kunne ikke sendes. Du ser og hører fortsatt de andre.

## forum
forum-title = Forum
forum-threads = Tråder
forum-posts = Innlegg
forum-areas = Forumets deler
forum-area-open = Åpent forum
forum-area-teachers = Lærernes oppslagstavle
forum-empty = Ingen tråder ennå.
forum-thread_meta =
    { $count ->
        [one] av { $author } · { $count } innlegg · { $when }
       *[other] av { $author } · { $count } innlegg · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } nytt
       *[other] { $count } nye
    }
forum-pinned = festet
forum-locked = låst
forum-new_thread = Start en tråd
forum-new_bulletin = Start en tråd på lærernes oppslagstavle
forum-thread_title = Trådens tittel
forum-first_post = Første innlegg
forum-start = Start tråden
forum-thread_started = Tråden er startet.
forum-thread_held = Takk! En lærer leser tråden din før alle kan se den.
forum-back = Tilbake til trådene
forum-reply_label = Svaret ditt
forum-send = Send svar
forum-no_reply = Du kan ikke svare i denne tråden.
forum-held = Takk! En lærer leser innlegget ditt før alle kan se det.
forum-edited = (redigert)
forum-edit = Rediger
forum-edit_label = Rediger innlegget ditt
forum-save = Lagre
forum-saved = Innlegget ditt er endret.
forum-cancel = Avbryt
forum-delete = Slett
forum-deleted = Innlegget er slettet.
forum-report = Rapporter
forum-report_reason = Hva er galt med dette innlegget? (valgfritt)
forum-report_send = Send rapporten
forum-reported = Takk. Lærerne har fått beskjed.
forum-hide = Skjul
forum-restore = Gjenopprett
forum-approve = Godkjenn
forum-reject = Avvis
forum-done-hide = Innlegget er skjult for klassen.
forum-done-restore = Innlegget vises igjen.
forum-done-approve = Innlegget er godkjent: alle kan se det.
forum-done-reject = Innlegget er avvist: bare den som skrev det, kan se det.
forum-state-pending = venter på en lærer
forum-state-hidden = skjult
forum-state-rejected = ikke publisert
forum-state-deleted = slettet
forum-pin = Fest
forum-unpin = Løsne
forum-lock = Lås
forum-unlock = Lås opp
forum-thread_changed = Tråden er endret.
forum-thread_gone = Du har ikke lenger tilgang til denne tråden.
forum-moderation = Moderering
forum-queue = Venter på godkjenning
forum-queue_empty = Ingen innlegg venter.
forum-reports = Rapporter
forum-reports_empty = Ingen åpne rapporter.
forum-reported_by = rapportert av { $name }
forum-report_said = Grunn: { $reason }
forum-resolve = Lukk rapporten
forum-resolved = Rapporten er lukket.

## reactions
reaction-bar = Reaksjoner
reaction-add = Legg til en reaksjon
reaction-picker = Velg en reaksjon
reaction-count =
    { $count ->
        [one] { $name }: { $count } person
       *[other] { $name }: { $count } personer
    }
reaction-thumbs_up = Tommel opp
reaction-heart = Hjerte
reaction-clap = Bravo
reaction-laugh = Morsomt
reaction-idea = God idé
reaction-question = Jeg har et spørsmål

## archive
archive-title = Filer
archive-usage = { $used } av { $quota } brukt
archive-where = Mappe
archive-top = Alle filer
archive-empty = Denne mappen er tom.
archive-contents = Mapper og filer
archive-name = Navn
archive-size = Størrelse
archive-by = Lagt til av
archive-when = Endret
archive-actions = Handlinger
archive-former_member = tidligere medlem
archive-choose = Velg en fil
archive-upload = Last opp
archive-progress = Fremdrift for opplastingen
archive-uploading = Laster opp { $name }: { $percent }
archive-uploaded = «{ $name }» er lastet opp.
archive-too_large = Denne filen er for stor: filer kan være på høyst { $max }.
archive-quota = Det er ikke nok plass igjen til filer i dette rommet ({ $free } ledig). Be en lærer om å fjerne gamle filer.
archive-new_folder = Ny mappe
archive-create_folder = Opprett mappen
archive-folder_created = Mappen «{ $name }» er opprettet.
archive-download = Last ned
archive-download_named = Last ned { $name }
archive-rename = Gi nytt navn
archive-rename_named = Gi nytt navn til { $name }
archive-new_name = Nytt navn
archive-save = Lagre
archive-cancel = Avbryt
archive-renamed = Nytt navn: «{ $name }».
archive-trash = Flytt til papirkurven
archive-trash_named = Flytt til papirkurven: { $name }
archive-trashed = «{ $name }» ligger i papirkurven.
archive-show_trash = Papirkurv
archive-trash_empty = Papirkurven er tom.
archive-restore = Gjenopprett
archive-restore_named = Gjenopprett { $name }
archive-restored = «{ $name }» er tilbake.
archive-purge = Slett for godt
archive-purge_named = Slett { $name } for godt
archive-purged = «{ $name }» er slettet for godt.
archive-choose_first = Velg en fil som skal lastes opp.
archive-no_file = Ingen fil er valgt ennå.
archive-name_taken = Det finnes allerede noe med dette navnet her. Velg et annet navn.

## unit
unit-b = B
unit-kb = kB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Fyll ut dette feltet.
field-unknown = Dette feltet er ikke forventet her.
field-type = Denne verdien er ikke av riktig type.
field-blank = Skriv noe her: bare mellomrom teller ikke.
field-too_short =
    { $count ->
        [one] Skriv minst { $min } tegn.
       *[other] Skriv minst { $min } tegn.
    }
field-too_long =
    { $count ->
        [one] Skriv høyst { $max } tegn.
       *[other] Skriv høyst { $max } tegn.
    }
field-too_small = Oppgi minst { $min }.
field-too_large = Oppgi høyst { $max }.
field-format = Dette har ikke den forventede formen.
field-choice = Velg ett av alternativene.
field-invalid = Denne verdien godtas ikke.

## confirm
confirm-cancel = Avbryt
confirm-trash_file = Flytte «{ $name }» til papirkurven?
confirm-trash_file_lost = Medlemmene ser ikke lenger denne filen. En lærer kan hente den tilbake fra papirkurven.
confirm-trash_folder = Flytte mappen «{ $name }» til papirkurven?
confirm-trash_folder_lost = Medlemmene ser ikke lenger denne mappen eller noe av innholdet. En lærer kan hente den tilbake fra papirkurven.
confirm-purge = Slette «{ $name }» for godt?
confirm-purge_lost = Det forsvinner for alle og kan ikke hentes tilbake.
confirm-delete_post = Slette dette innlegget?
confirm-delete_post_lost = Teksten forsvinner for alle. Dette kan ikke angres.
confirm-delete_message = Slette denne meldingen?
confirm-delete_message_lost = Teksten forsvinner for alle. Dette kan ikke angres.
confirm-end_session = Avslutte økten for alle?
confirm-end_session_lost = Alle forlater samtalen med en gang, og økten kan ikke åpnes igjen.
confirm-remove_participant = Fjerne { $name } fra økten?
confirm-remove_participant_lost = { $name } forlater samtalen med en gang og kan ikke komme tilbake til denne økten.
confirm-deny = Avvise { $name }?
confirm-deny_lost = { $name } kommer ikke inn i denne økten.

## page
page-not_found = Fant ikke siden
page-not_found_text = Det finnes ingen side på denne adressen.
page-go_spaces = Gå til mine rom
page-go_sign_in = Gå til innloggingssiden

## form
form-required = Fyll ut dette feltet.
form-email_format = Skriv en e-postadresse som navn@skole.eu.
form-password_short = Bruk minst 10 tegn.
form-password_long = Bruk høyst 200 tegn.
form-password_mismatch = De to passordene er ikke like.
form-password_hint = Minst 10 tegn. Noen ord du husker, fungerer godt.
form-check_fields = Sjekk feltene som er merket ovenfor.
form-field_invalid = Denne verdien godtas ikke.

## register
register-title = Opprett en eTwinner-konto
register-intro = For lærere. Den nasjonale administratoren i landet ditt sjekker at du er lærer, og godkjenner deretter kontoen din. Elever registrerer seg ikke: læreren deres oppretter kontoen deres.
register-name = Navnet ditt
register-school = Skole
register-country = Land
register-country_choose = Velg landet ditt
register-submit = Opprett kontoen min
register-email_taken = Det finnes allerede en konto med denne e-postadressen. Logg inn, eller be om et nytt passord.
register-have_account = Har du allerede en konto? Logg inn

## pending
pending-title = Kontoen din venter på godkjenning
pending-who_heading = Hvem som godkjenner den
pending-who = Den nasjonale administratoren i landet ditt ({ $country }) sjekker at du er lærer ved skolen du har oppgitt, og godkjenner deretter kontoen din.
pending-next_heading = Hva skjer nå
pending-next_validate = Når kontoen din er godkjent, er du eTwinner: du kan opprette rom, bli invitert til prosjekter og opprette kontoer for elevene dine. Logg inn igjen, eller trykk på «Sjekk igjen», for å se det.
pending-next_reject = Hvis den nasjonale administratoren ikke godtar registreringen din, får du vite det når du logger inn.
pending-next_meanwhile = Inntil da kan du endre navnet og passordet ditt under «Min konto».
pending-check = Sjekk igjen
pending-still = Kontoen din venter fortsatt på godkjenning.
pending-count =
    { $count ->
        [one] { $count } venter på moderering
       *[other] { $count } venter på moderering
    }

## forgot
forgot-title = Har du glemt passordet?
forgot-intro = Skriv e-postadressen til kontoen din. Vi sender en lenke slik at du kan velge et nytt passord.
forgot-submit = Send meg en lenke
forgot-sent = Hvis det finnes en konto med denne adressen, er en lenke på vei dit. Lenken virker én gang og bare i en begrenset tid. Se også i søppelpostmappen.
forgot-pupils = Elever: dere har ingen e-postadresse her. Be læreren deres om en ny kode.
forgot-back = Tilbake til innlogging

## reset
reset-title = Velg et nytt passord
reset-intro = Når du velger et nytt passord, blir du logget ut på alle andre enheter.
reset-password = Nytt passord
reset-confirm = Gjenta det nye passordet
reset-submit = Lagre det nye passordet
reset-gone = Denne lenken er utløpt eller allerede brukt. Be om en ny.
reset-done = Passordet ditt er endret. Logg inn med det nye.
reset-ask_again = Be om en ny lenke

## account
account-title = Min konto
account-signed_in_with = Du logger inn med { $email }.
account-name_heading = Navnet ditt
account-name = Navn som andre ser
account-save_name = Lagre navnet
account-name_saved = Navnet ditt er lagret.
account-pupil_note = Læreren din har valgt dette navnet og bestemmer over det. Spør læreren din hvis det bør endres.
account-password_heading = Passordet ditt
account-password_intro = Når du endrer det, blir du logget ut på de andre enhetene dine; her forblir du logget inn.
account-current_password = Nåværende passord
account-new_password = Nytt passord
account-confirm_password = Gjenta det nye passordet
account-save_password = Endre passordet
account-password_saved = Passordet ditt er endret.
account-current_wrong = Dette er ikke det nåværende passordet ditt.
account-everywhere_heading = Logg ut overalt
account-everywhere_intro = Avslutter innloggingen din på alle enheter og nettlesere, også denne: en mistet telefon eller en delt datamaskin kan da ikke lenger åpne kontoen din.
account-everywhere = Logg ut overalt…
account-everywhere_question = Logge ut på alle enheter, også denne? Åpne sider lukkes med en gang, og det som ennå ikke er sendt fra dem, går tapt.
account-everywhere_confirm = Ja, logg ut overalt
account-everywhere_done = Du er logget ut på alle enheter.
account-cancel = Avbryt

## admin
admin-nav = Godkjenningskonsoll
admin-title = Den nasjonale administratorens konsoll
admin-country = Land: { $country }
admin-only_national_admins = Denne siden er for nasjonale administratorer.
admin-pending_heading = Lærere som venter på godkjenning
admin-pending_count =
    { $count ->
        [one] { $count } lærer venter.
       *[other] { $count } lærere venter.
    }
admin-pending_none = Ingen lærere venter på godkjenning.
admin-select_all = Velg alle
admin-select_first = Velg minst én lærer først.
admin-validate_selected = Godkjenn de valgte
admin-reject_selected = Avvis de valgte…
admin-validated =
    { $count ->
        [one] { $count } lærer er godkjent.
       *[other] { $count } lærere er godkjent.
    }
admin-rejected =
    { $count ->
        [one] { $count } registrering er avvist.
       *[other] { $count } registreringer er avvist.
    }
admin-reject_question =
    { $count ->
        [one] Avvise registreringen fra { $names }? Personen kan ikke logge inn, og dette kan ikke angres.
       *[other] Avvise disse { $count } registreringene ({ $names })? Personene kan ikke logge inn, og dette kan ikke angres.
    }
admin-reject_reason = Grunn til avvisningen
admin-reject_heading = Avvis registreringer
admin-suspend_heading = Suspender en konto
admin-reinstate_heading = Gjenopprett en konto
admin-reject_reason_hint = Lagres i revisjonsloggen sammen med navnet ditt.
admin-reject_confirm =
    { $count ->
        [one] Avvis { $count } registrering
       *[other] Avvis { $count } registreringer
    }
admin-failed_one = { $name }: { $why }
admin-school = Skole: { $school }
admin-registered = Registrert { $date }
admin-search_heading = Finn en konto
admin-search_label = Navn, e-postadresse eller skole
admin-search_hint = Bare kontoer fra landet ditt. La feltet stå tomt for å vise alle, de nyeste først.
admin-search = Søk
admin-showing = { $from }–{ $to } av { $total }
admin-no_match = Ingen kontoer passer.
admin-previous = Forrige side
admin-next = Neste side
admin-suspend = Suspender…
admin-suspend_named = Suspender { $name }…
admin-suspend_question = Suspendere { $name }? Personen blir logget ut overalt med en gang, de åpne sidene lukkes, og personen kan ikke logge inn før du gjenoppretter kontoen.
admin-suspend_reason = Grunn til suspensjonen
admin-suspend_confirm = Ja, suspender
admin-suspend_done = { $name } er suspendert.
admin-reinstate = Gjenopprett…
admin-reinstate_named = Gjenopprett { $name }…
admin-reinstate_question = Gjenopprette { $name }? Personen kan logge inn igjen.
admin-reinstate_reason = Grunn (valgfritt)
admin-reinstate_confirm = Gjenopprett
admin-reinstate_done = { $name } er gjenopprettet.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Skriv tittelen på rommet for å bekrefte: { $text }

## status
status-active = aktiv
status-pending = venter på godkjenning
status-suspended = suspendert
status-rejected = avvist
status-erased = slettet

## names
names-marked = { $name } ({ $mark })

## members
members-username = brukernavn { $username }
members-role_of = Rollen til { $name }
members-change_role = Endre rolle
members-role_question = Endre rollen til { $name } fra { $from } til { $to }?
members-role_consequence = { $name } kan fra nå av gjøre det rollen { $to } har lov til, på alle enheter med en gang.
members-role_confirm = Endre rollen
members-role_changed = { $name } har nå rollen { $role }.
members-reset_code = Ny kode
members-reset_question = Gi { $name } en ny innloggingskode?
members-reset_consequence = Den gamle koden slutter å virke med en gang, og eleven blir logget ut overalt. Du deler ut det nye kortet.
members-reset_confirm = Lag en ny kode
members-reset_done = { $name } har en ny kode: del ut det nye kortet nedenfor.
members-export = Eksporter data
members-remove = Fjern
members-remove_question = Fjerne { $name } fra dette rommet?
members-remove_consequence = { $name } mister tilgangen til dette rommet med en gang, på alle enheter.
members-remove_pupil_kept = Elevens konto, innlegg og filer blir værende; du kan legge til eleven igjen senere.
members-remove_kept = Medlemmets innlegg og filer blir værende i rommet.
members-remove_confirm = Fjern
members-removed = { $name } er fjernet.
members-erase = Slett konto
members-leave = Forlat dette rommet
members-leave_question = Forlate «{ $title }»?
members-leave_consequence = Du mister med en gang tilgangen til rommets forum, filer, chat og video. Bare en lærer med administratorrolle kan ta deg inn igjen.
members-leave_kept = Det du har skrevet og lastet opp, blir værende i rommet.
members-leave_confirm = Forlat rommet
members-left = Du har forlatt «{ $title }».

## erase
erase-question = Slette kontoen til { $name }?
erase-account_gone = Elevens navn, brukernavn og kode slettes for godt.
erase-signed_out = Eleven blir logget ut med en gang og kan aldri logge inn igjen.
erase-no_undo = Dette kan ikke angres.
erase-export_first = Hvis eleven eller familien kan ønske en kopi, må du eksportere dataene først.
erase-posts = Elevens innlegg og chatmeldinger
erase-posts_keep = Behold dem, vist som skrevet av «tidligere elev»
erase-posts_remove = Fjern dem for godt
erase-files = Elevens filer
erase-files_keep = Behold dem, eid av «tidligere elev»
erase-files_remove = Fjern dem for godt
erase-confirm = Slett kontoen
erase-done = Kontoen til { $name } er slettet.

## invite_teacher
invite_teacher-title = Inviter en partnerlærer
invite_teacher-by_email = Med e-postadresse
invite_teacher-role = Rolle
invite_teacher-submit = Inviter
invite_teacher-done = { $name } er med som { $role }.
invite_teacher-not_etwinner = Ingen godkjent eTwinner har denne adressen, eller du har ikke lov til å gi denne rollen.
invite_teacher-find = Finn en eTwinner
invite_teacher-query = Navn, skole eller land
invite_teacher-search = Søk
invite_teacher-results = eTwinnere som ble funnet
invite_teacher-none = Fant ingen eTwinner.
invite_teacher-more = Flere resultater
invite_teacher-member = Medlem av dette rommet
invite_teacher-invite = Inviter
invite_teacher-role_for = Rolle for { $name }

## pupils
pupils-title = Legg til elever
pupils-one_title = Én elev
pupils-name = Elevens navn
pupils-add_one = Legg til eleven
pupils-class_title = En hel klasse
pupils-class_names = Elevenes navn
pupils-class_help = Ett navn per linje, slik andre skal se elevene.
pupils-add_class = Legg til klassen
pupils-class_empty = Skriv minst ett navn.
pupils-language = Sidens språk for disse elevene
pupils-language_help = De ser TwinSpace Live på dette språket når de har logget inn. Hver elev kan endre det senere.
pupils-line_errors = Linjer som må rettes
pupils-line_error = Linje { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } linje må rettes; ingenting er opprettet.
       *[other] { $count } linjer må rettes; ingenting er opprettet.
    }
pupils-created =
    { $count ->
        [one] { $count } elev er lagt til.
       *[other] { $count } elever er lagt til.
    }

## cards
cards-title = Innloggingskort
cards-once = Disse kodene vises bare nå. Skriv ut kortene eller noter kodene før du forlater denne siden.
cards-site = Logg inn på
cards-print = Skriv ut kortene
cards-done = Ferdig: skjul kodene

## links
links-tab = Gjestelenker
links-intro = Med en gjestelenke kan en ekspert eller en observatør bli med i dette TwinSpace som gjest. Alle som har lenken, kan bruke den til den utløper eller er brukt opp.
links-create_title = Ny gjestelenke
links-valid_for = Gyldig i
links-days =
    { $count ->
        [one] { $count } dag
       *[other] { $count } dager
    }
links-uses = Antall bruk
links-note = Notat (hvem den er til)
links-create = Opprett lenken
links-new = Den nye lenken
links-once = Kopier den nå: den vises bare én gang.
links-copy = Kopier
links-copied = Lenken er kopiert.
links-select_copy = Lenken er merket: trykk Ctrl+C (⌘+C) for å kopiere den.
links-live = Aktive lenker
links-empty = Ingen gjestelenker er aktive.
links-untitled = Gjestelenke
links-used =
    { $count ->
        [one] brukt { $used } av { $count } gang
       *[other] brukt { $used } av { $count } ganger
    }
links-until = til { $time }
links-revoke = Trekk tilbake
links-revoke_question = Trekke tilbake denne gjestelenken?
links-revoke_consequence = Ingen kan lenger bli med ved hjelp av den.
links-revoke_kept = Gjester som har blitt med ved hjelp av den, forblir medlemmer.
links-revoked = Lenken er trukket tilbake.

## settings
settings-tab = Innstillinger
settings-space = Rommet
settings-pupils = Elever
settings-premoderate_pupils = Hold tilbake elevenes innlegg til en lærer godkjenner dem
settings-pupils_may_create_threads = Elever kan starte tråder
settings-pupils_may_upload = Elever kan laste opp filer
settings-save = Lagre
settings-saved = Innstillingene er lagret.
settings-archive_title = Arkiver
settings-archive_text = Et arkivert rom kan fortsatt leses av medlemmene, men ingen kan skrive, laste opp eller starte en videoøkt.
settings-archive = Arkiver dette rommet
settings-archive_question = Arkivere «{ $title }»?
settings-archive_read_only = Ingen kan lenger skrive, laste opp eller endre noe.
settings-archive_video = Pågående videoøkter avsluttes med en gang.
settings-archive_undo = En grunnlegger kan åpne rommet igjen senere.
settings-archive_confirm = Arkiver
settings-archived_title = Dette rommet er arkivert
settings-archived_text = Det kan bare leses. Åpne det igjen slik at medlemmene kan skrive og laste opp.
settings-unarchive = Åpne igjen
settings-unarchive_question = Åpne «{ $title }» igjen?
settings-unarchive_consequence = Medlemmene kan igjen skrive, laste opp og starte videoøkter.
settings-delete_title = Slett rommet
settings-delete_text = Når rommet slettes, forsvinner det og alt i det for godt.
settings-delete = Slett dette rommet
settings-delete_question = Slette «{ $title }» for godt?
settings-delete_content = Alle forumtråder, chatmeldinger og filer slettes, med alle versjonene sine.
settings-delete_members = Alle medlemmer mister rommet; elevkontoer finnes bare videre i de andre rommene sine.
settings-delete_video = Pågående videoøkter avsluttes med en gang.
settings-delete_no_undo = Revisjonsloggen forsvinner også. Dette kan ikke angres.
settings-delete_confirm = Slett for godt
settings-deleted = «{ $title }» er slettet.

## audit
audit-tab = Revisjonslogg
audit-caption = Det som er gjort i dette rommet, det nyeste først
audit-when = Når
audit-who = Hvem
audit-what = Hva
audit-empty = Ingenting er registrert ennå.
audit-older = Vis eldre oppføringer
audit-system = Serveren
audit-former_member = Et tidligere medlem
audit-former_member_target = et tidligere medlem
audit-reason = Grunn: { $reason }
audit-other = Utførte «{ $action }» { $target }
audit-space-created = Opprettet rommet
audit-space-settings_changed = Endret innstillingene for rommet
audit-space-archived = Arkiverte rommet
audit-space-unarchived = Åpnet rommet igjen
audit-member-invited = Inviterte { $target } som { $role }
audit-member-role_changed = Endret rollen til { $target } fra { $from } til { $role }
audit-member-removed = Fjernet { $target }
audit-member-left = Forlot rommet
audit-member-muted = Dempet { $target }
audit-member-unmuted = Opphevet dempingen av { $target }
audit-pupil-created = Opprettet eleven { $target }
audit-pupil-added = La til eleven { $target }
audit-pupil-code_reset = Ga { $target } en ny innloggingskode
audit-pupil-exported = Eksporterte dataene til { $target }
audit-pupil-erased = Slettet kontoen til en elev
audit-invitation-created = Opprettet en gjestelenke
audit-invitation-revoked = Trakk tilbake en gjestelenke
audit-invitation-accepted = Ble med ved hjelp av en gjestelenke
audit-video-started = Startet en videoøkt
audit-video-ended = Avsluttet en videoøkt
audit-video-locked = Låste en videoøkt
audit-video-unlocked = Låste opp en videoøkt
audit-video-admitted = Slapp { $target } inn i en videoøkt
audit-video-denied = Avviste { $target } fra en videoøkt
audit-video-muted = Dempet { $target } i en videoøkt
audit-video-unmuted = Lot { $target } snakke igjen i en videoøkt
audit-video-removed = Fjernet { $target } fra en videoøkt
audit-video-spotlight = Endret rampelyset i en videoøkt
audit-post-hidden = Skjulte et innlegg
audit-post-restored = Gjenopprettet et innlegg
audit-post-approved = Godkjente et innlegg
audit-post-rejected = Avviste et innlegg
audit-post-purged = Fjernet et innlegg for godt
audit-post-reported = Rapporterte et innlegg
audit-report-resolved = Lukket en rapport
audit-thread-pinned = Festet en tråd
audit-thread-unpinned = Løsnet en tråd
audit-thread-locked = Låste en tråd
audit-thread-unlocked = Låste opp en tråd
audit-archive-folder_created = Opprettet en mappe
audit-archive-folder_renamed = Ga en mappe nytt navn
audit-archive-folder_moved = Flyttet en mappe
audit-archive-folder_trashed = La en mappe i papirkurven
audit-archive-folder_restored = Tok en mappe ut av papirkurven
audit-archive-folder_purged = Fjernet en mappe for godt
audit-archive-file_added = La til en fil
audit-archive-file_version_added = La til en ny versjon av en fil
audit-archive-file_renamed = Ga en fil nytt navn
audit-archive-file_moved = Flyttet en fil
audit-archive-file_trashed = La en fil i papirkurven
audit-archive-file_restored = Tok en fil ut av papirkurven
audit-archive-file_purged = Fjernet en fil for godt
audit-chat-expired = Fjernet chatmeldinger som hadde utløpt
audit-audit-retention_changed = Endret hvor lenge revisjonsloggen tar vare på oppføringer
audit-group-joined = Ble med i gruppen
audit-group-requested = Ba om å bli med i gruppen
audit-group-request_accepted = Godkjente forespørselen fra { $target }
audit-group-request_declined = Avslo forespørselen fra { $target }
audit-group-request_withdrawn = Trakk tilbake en forespørsel om å bli med
audit-member-banned = Utestengte { $target }
audit-member-unbanned = Opphevet utestengingen av { $target }
audit-group-featured = Framhevet gruppen
audit-group-unfeatured = Framhevet ikke lenger gruppen
audit-group-moderator_appointed = Utnevnte { $target } til moderator

## group_role
group_role-founder = Eier
group_role-admin = Moderering
group_role-teacher = Medlem

## readers
readers-title = Leser nå
readers-more =
    { $count ->
        [one] og { $count } annen
       *[other] og { $count } andre
    }

## groups
groups-nav = Grupper
groups-title = eTwinning-grupper
groups-intro = Fellesskap av eTwinnere rundt et fag, et tema eller et interesseområde. Bare godkjente eTwinnere deltar.
groups-search = Finn en gruppe
groups-words = Ord fra tittelen
groups-topic = Tema
groups-language = Språk
groups-language_any = Alle språk
groups-language_choose = Velg et språk
groups-country = Landet til et medlem
groups-country_any = Alle land
groups-search_submit = Søk
groups-found = Grupper
groups-empty = Ingen grupper passer til søket.
groups-more = Vis flere grupper
groups-featured = Framhevet
groups-topic_is = Tema: { $topic }
groups-members =
    { $count ->
        [one] { $count } medlem
       *[other] { $count } medlemmer
    }
groups-access_short-open = Åpen
groups-access_short-closed = Lukket
groups-standing-member = Du er medlem. Rollen din: { $role }
groups-standing-requested = Du har bedt om å bli med i gruppen.
groups-standing-banned = Modereringsteamet i gruppen lar deg ikke bli med.
groups-join = Bli med
groups-ask = Be om å bli med
groups-ask_message = En melding til modereringsteamet (valgfritt)
groups-withdraw = Trekk tilbake forespørselen min
groups-open_group = Åpne gruppen
groups-joined = Du er nå med i «{ $title }».
groups-asked = Forespørselen din om å bli med i «{ $title }» er sendt til modereringsteamet.
groups-withdrawn = Forespørselen din om å bli med i «{ $title }» er trukket tilbake.
groups-waiting = Modereringsteamet svarer på forespørselen din. Siden viser svaret så snart det kommer.
groups-accepted = Forespørselen din er godkjent: velkommen til «{ $title }».
groups-not_accepted = Forespørselen din ble ikke godkjent. Du kan spørre igjen.
groups-back = Tilbake til gruppene
groups-create = Opprett en gruppe
groups-group_title = Tittel
groups-description = Beskrivelse (valgfritt)
groups-access = Hvem som kan bli med
groups-access-open = Åpen: alle eTwinnere blir med med en gang
groups-access-closed = Lukket: modereringsteamet godkjenner hver forespørsel
groups-create_submit = Opprett gruppen
groups-created = Gruppen «{ $title }» er opprettet.
groups-members_search = Finn et medlem
groups-members_more = Vis flere medlemmer
groups-leave = Forlat gruppen
groups-leave_consequence = Du mister straks tilgangen til gruppens forum, filer, chat og video.
groups-leave_kept = Det du har skrevet og lastet opp, blir værende i gruppen. Du kan komme tilbake via gruppeoversikten.
groups-leave_confirm = Forlat gruppen
groups-requests = Forespørsler om å bli med
groups-requests_empty = Ingen venter.
groups-accept = Godkjenn
groups-decline = Avslå
groups-accepted_member = { $name } er nå medlem.
groups-declined = Forespørselen fra { $name } ble avslått.
groups-ban = Utesteng
groups-ban_question = Utestenge { $name } fra gruppen?
groups-ban_consequence = { $name } forlater gruppen med en gang og kan verken bli med igjen eller be om det.
groups-ban_kept = Innlegg og filer blir værende i gruppen. Du kan oppheve utestengingen senere.
groups-ban_reason = Grunn (valgfritt, lagres i loggen)
groups-ban_confirm = Utesteng
groups-banned = { $name } er utestengt.
groups-bans = Utestengte eTwinnere
groups-bans_empty = Ingen er utestengt.
groups-lift = Opphev utestengingen
groups-lifted = { $name } kan bli med igjen.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Velg et nytt passord for TwinSpace Live
mail-reset_body =
    Hei, { $name }!

    Noen, sannsynligvis du, har bedt om å få velge et nytt passord for TwinSpace Live-kontoen din.
    Åpne denne lenken for å velge det (den virker én gang, i { $minutes } minutter):

    { $link }

    Når du velger et nytt passord, blir du logget ut alle andre steder.
    Hvis du ikke har bedt om dette, kan du se bort fra denne meldingen: passordet ditt forblir som det er.

    TwinSpace Live

## events (issue 22)
events-nav = Arrangementer
events-title = Kommende arrangementer
events-empty = Det er ingen kommende arrangementer for deg ennå.
events-more = Vis flere arrangementer
events-schedule = Planlegg et arrangement
events-zone = Tidene vises i din tidssone: { $zone }
events-audience-etwinners = Alle eTwinnere
events-audience-country = eTwinnerne fra dette landet: { $country }
events-audience-group = Medlemmene i en gruppe
events-audience-twinspace = Medlemmene i et TwinSpace
events-organising = Du arrangerer dette arrangementet.
events-registered = Du er påmeldt.
events-waiting = Du står på ventelisten (plass { $position }).
events-state-live = Direkte nå
events-state-ended = Dette arrangementet er over.
events-state-cancelled = Dette arrangementet er avlyst.
events-places = Opptatte plasser: { $taken } av { $capacity }
event_form-new_title = Planlegg et arrangement
event_form-edit_title = Endre arrangementet
event_form-title = Tittel
event_form-description = Beskrivelse
event_form-date = Dato
event_form-time = Starttid
event_form-duration = Varighet i minutter
event_form-space = Gruppe eller TwinSpace
event_form-speakers_hint = Velg blant lærerne i gruppene og TwinSpacene dine.
event_form-no_speakers = Ingen å velge ennå.
event_form-create = Planlegg arrangementet
event_form-save = Lagre endringene
event_form-created = «{ $title }» er planlagt.
event_form-saved = Endringene i «{ $title }» er lagret.
event_form-start_past = Velg en start i fremtiden.
event-title = Arrangement
event-back = Alle arrangementer
event-when = Når
event-language = Språk
event-audience = Hvem kan melde seg på
event-organiser = Arrangør
event-speakers = Innledere
event-places = Plasser
event-no_speakers = Ingen innledere oppgitt ennå.
event-waiting_count = På ventelisten: { $waiting }
event-registration = Din plass
event-speaking = Du har innlegg på dette arrangementet.
event-full = Alle plassene er tatt: melder du deg på, kommer du på ventelisten.
event-register = Meld meg på
event-unregister = Gi fra meg plassen
event-leave_waiting = Gå ut av ventelisten
event-unregister_confirm_title = Forlate «{ $title }»?
event-unregister_confirm = Neste person på ventelisten får din tur. Melder du deg på igjen, må du kanskje vente.
event-unregistered = Du er ikke lenger påmeldt.
event-calendar = Legg til i kalenderen min (.ics)
event-organiser_tools = For arrangøren
event-edit = Endre arrangementet
event-cancel = Avlys arrangementet
event-keep = Behold arrangementet
event-cancel_confirm_title = Avlyse «{ $title }»?
event-cancel_confirm_lost = Ingen kan melde seg på lenger, og alle ser at det er avlyst. Dette kan ikke angres. Påmeldingene og spørsmålene blir tatt vare på.
event-cancelled = Arrangementet er avlyst.
event-registrants = Påmeldte
event-waiting_list = Venteliste
event-nobody = Ingen ennå.
event-attendance = Oppmøte
event-attendance_hint = Hvem som fulgte arrangementets side mens det var direkte, og hvor lenge.
event-attendance_none = Ingen fulgte arrangementet direkte.
event-minutes = { $minutes } min
qa-title = Spørsmål og svar
qa-empty = Ingen spørsmål ennå.
qa-closed = Spørsmålene er stengt: arrangementet er over.
qa-need_place = Meld deg på for å stille et spørsmål eller støtte et.
qa-your_question = Spørsmålet ditt
qa-ask = Spør
qa-asked = Spørsmålet ditt er sendt.
qa-upvote = Støtt
qa-upvoted = Støttet
qa-votes = Stemmer: { $votes }
qa-by = Spurt av { $name }
qa-by_gone = Spurt av en slettet konto
qa-answer = Svar: { $answer }
qa-state-picked = Besvares nå
qa-state-answered = Besvart
qa-state-hidden = Skjult
qa-pick = Velg
qa-unpick = Legg tilbake
qa-hide = Skjul
qa-restore = Gjenopprett
qa-answer_label = Skriftlig svar (valgfritt)
qa-mark_answered = Merk som besvart
qa-gone = Du kan ikke lenger følge disse spørsmålene.
audit-event-created = Planla arrangementet «{ $title }»
audit-event-updated = Endret arrangementet «{ $title }»
audit-event-cancelled = Avlyste arrangementet «{ $title }»
audit-event-question_moderated = Modererte et spørsmål i arrangementet «{ $title }»

## the live webinar (issue 22)
live-title = Direktevideo
live-not_started = Direktevideoen har ikke startet ennå.
live-ended = Direktevideoen er avsluttet.
live-connecting = Kobler til direktevideoen …
live-need_place = Bare de som har plass, kan se direktevideoen.
live-watching_you = Du ser direktevideoen.
live-on_air = Du sender direkte: alle ser og hører deg.
live-recording = Dette arrangementet blir tatt opp.
live-speaking = Snakker: { $names }
live-nobody_speaking = Ingen snakker ennå.
live-watching = Ser på: { $watching }
live-start = Start direktevideoen
live-end = Avslutt direktevideoen
live-end_confirm_title = Avslutte direktevideoen for «{ $title }»?
live-end_confirm_lost = Videoen stopper for alle, talere og publikum. Du kan starte den igjen så lenge arrangementet varer; spørsmålene beholdes.
live-go_live = Gå direkte
live-stop = Stopp videoen min
live-hand_raised = Hånden din er oppe: en moderator kan invitere deg til å snakke.
live-invited = Du er invitert til å snakke: gå direkte når du er klar.
live-returned = Du er tilbake i publikum.
live-hands = Rakte hender
live-no_hands = Ingen hender er oppe.
live-promote = Inviter { $name } til å snakke
live-return = Send { $name } tilbake til publikum
live-record_start = Start opptaket
live-record_stop = Stopp opptaket

## the event's recordings and seat (issue 22)
event-moved_up = Du har nå en plass: du har rykket opp fra ventelisten.
live-off_stage_returned = En moderator sendte deg tilbake til publikum.
live-off_stage_muted = Du ble dempet i dette rommet: du er tilbake blant publikum.
live-off_stage_removed = Du er ikke lenger medlem av dette rommet: du er tilbake blant publikum.
live-off_stage_unnamed = Du er ikke lenger foredragsholder på dette arrangementet: du er tilbake blant publikum.
recordings-title = Opptak
recordings-processing = Et opptak blir behandlet: det vises her når det er klart.
recordings-take = Tatt opp { $when } · { $length }
recordings-video = Video: { $speaker }
recordings-audio = Lyd: { $speaker }
recordings-former_speaker = en tidligere foredragsholder
