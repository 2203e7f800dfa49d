### TwinSpace Live: sivun sanat suomeksi.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Suomi

## app
app-name = TwinSpace Live
app-skip = Siirry sisältöön
app-nav = Päävalikko
app-language = Kieli
app-sign_out = Kirjaudu ulos
app-signed_in_as = Kirjautuneena: { $name }
app-loading = Ladataan…

## conn
conn-lost = Yhteys katkesi. Yhdistetään uudelleen…
conn-back = Yhteys palasi.
conn-failed = Reaaliaikainen yhteys suljettiin. Lataa sivu uudelleen ja yritä sitten uudestaan.
conn-session_ended = Istuntosi on päättynyt. Kirjaudu sisään uudelleen.
conn-account_locked = Tätä tiliä ei voi enää käyttää. Kirjaudu sisään uudelleen, niin näet syyn.
conn-closed-auth_missing = Reaaliaikainen yhteys ei saanut kirjautumistasi ajoissa. Lataa sivu uudelleen.
conn-closed-session_invalid = Istuntosi ei ole enää voimassa. Kirjaudu sisään uudelleen.
conn-closed-session_expired = Istuntosi on vanhentunut. Kirjaudu sisään uudelleen.
conn-closed-signed_out = Sinut kirjattiin ulos. Kirjaudu sisään uudelleen.
conn-closed-account_locked = Tätä tiliä ei voi enää käyttää. Kirjaudu sisään uudelleen, niin näet syyn.
conn-closed-too_many_connections = Tällä tilillä on liian monta sivua auki yhtä aikaa. Sulje joitakin välilehtiä ja lataa sitten tämä sivu uudelleen.
conn-closed-too_many_messages = Tämä sivu lähetti liikaa liian nopeasti. Odota hetki ja lataa sivu sitten uudelleen.
conn-closed-frame_too_large = Tämä sivu lähetti jotain liian suurta. Lataa sivu uudelleen ja yritä uudestaan.
conn-closed-idle_timeout = Reaaliaikainen yhteys oli liian kauan käyttämättä, ja se suljettiin. Yhdistetään uudelleen…
conn-closed-slow_consumer = Reaaliaikainen yhteys jäi jälkeen. Yhdistetään uudelleen…
conn-closed-server_restarting = Palvelin käynnistyy uudelleen. Yhdistetään hetken kuluttua…
conn-closed-server_shutting_down = Palvelin, johon olit yhteydessä, sammuu. Yhdistetään uudelleen…
conn-closed-unavailable = Palvelin on kiireinen. Yhdistetään hetken kuluttua…
conn-closed-internal = Palvelimella tapahtui virhe. Yhdistetään hetken kuluttua…

## login
login-title = Kirjaudu sisään
login-intro = Opettajat ja vieraat kirjautuvat sähköpostiosoitteellaan. Oppilaat käyttävät käyttäjätunnusta ja koodia, jotka he ovat saaneet opettajaltaan.
login-teacher = Opettajat ja vieraat
login-pupil = Oppilaat
login-email = Sähköpostiosoite
login-password = Salasana
login-username = Käyttäjätunnus
login-code = Koodi
login-submit = Kirjaudu sisään
login-pupil_submit = Kirjaudu oppilaana
login-forgot = Unohditko salasanasi?
login-register = Eikö sinulla ole vielä tiliä? Luo eTwinner-tili
login-pupil_forgot = Unohditko koodisi? Pyydä opettajalta uusi koodi.

## invite
invite-title = Liity TwinSpaceen vieraana
invite-intro = Sinut on kutsuttu TwinSpaceen. Valitse, millä nimellä muut näkevät sinut, ja aseta salasana.
invite-display_name = Nimesi
invite-submit = Hyväksy kutsu
invite-checking = Tarkistetaan kutsuasi…
invite-for_space = Sinut on kutsuttu tilaan ”{ $title }”.
invite-unknown = Tätä kutsulinkkiä ei tunnisteta. Tarkista, että kopioit sen kokonaan, tai pyydä uusi linkki sen lähettäneeltä opettajalta.
invite-expired = Tämä kutsulinkki on vanhentunut. Pyydä uusi linkki sen lähettäneeltä opettajalta.
invite-used_up = Tätä kutsulinkkiä on jo käytetty niin monta kertaa kuin se sallii. Pyydä uusi linkki sen lähettäneeltä opettajalta.
invite-revoked = Opettaja on perunut tämän kutsulinkin.
invite-closed = Tämän kutsun tila on suljettu.

## spaces
spaces-title = Omat tilani
spaces-empty = Et ole vielä minkään tilan jäsen.
spaces-create = Luo tila
spaces-kind = Tyyppi
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Huone
spaces-kind-group = Ryhmä
spaces-space_title = Nimi
spaces-description = Kuvaus (valinnainen)
spaces-create_submit = Luo
spaces-created = Tila ”{ $title }” on luotu.
spaces-my_role = Roolisi: { $role }
spaces-archived = arkistoitu

## space
space-back = Takaisin omiin tiloihin
space-sections = Tämän tilan osiot
space-members = Jäsenet
space-online_count =
    { $count ->
        [one] { $count } paikalla
       *[other] { $count } paikalla
    }
space-online = paikalla
space-offline = poissa
space-you = (sinä)
space-refreshed = Luettelo päivitettiin.
space-gone = Tämä tila ei ole enää käytettävissäsi.

## chat
chat-title = Chat
chat-empty = Ei vielä viestejä.
chat-message = Viesti
chat-send = Lähetä
chat-pending = (odottaa opettajaa)
chat-typing = { $name } kirjoittaa…
chat-teachers_tab = Opettajien ilmoitustaulu
chat-teachers_title = Opettajien ilmoitustaulu
chat-session_title = Istunnon chat
chat-older = Näytä vanhemmat viestit
chat-new_messages = Uudet viestit
chat-mention_list = Mainittavat jäsenet
chat-mention_hint = Kirjoita @ ja nimi, niin voit mainita jäsenen.
chat-hidden = (opettaja piilotti)
chat-deleted = (poistettu)
chat-rejected = (opettaja ei julkaissut)
chat-edited = (muokattu)
chat-mentions_you = mainitsee sinut
chat-edit = Muokkaa
chat-edit_label = Muokkaa viestiäsi
chat-save = Tallenna
chat-cancel = Peruuta
chat-delete = Poista
chat-delete_confirm = Kyllä, poista
chat-hide = Piilota
chat-restore = Palauta
chat-approve = Hyväksy
chat-reject = Hylkää
chat-report = Ilmoita
chat-reported = Kiitos. Opettajat katsovat tämän viestin.
chat-mute = Mykistä
chat-mute_question = Mykistetäänkö { $name }?
chat-mute_for = Mykistyksen kesto ({ $name })
chat-minutes =
    { $count ->
        [one] { $count } minuutti
       *[other] { $count } minuuttia
    }
chat-mute_confirm = Mykistä nyt
chat-muted_other = { $name } ei voi kirjoittaa ennen kuin kello on { $time }.
chat-muted_you = Opettaja on estänyt sinua kirjoittamasta kello { $time } asti. Voit silti lukea chatia.
chat-unmuted_you = Voit taas kirjoittaa chattiin.
chat-gone = Tämä chat ei ole enää käytettävissäsi.

## role
role-founder = Perustaja
role-admin = Ylläpitäjä
role-teacher = Opettaja
role-pupil_admin = Oppilasylläpitäjä
role-pupil = Oppilas
role-guest = Vieras

## error
error-bad_credentials = Kirjautumistiedot eivät ole oikein. Tarkista ne ja yritä uudelleen.
error-rate_limited = Liian monta yritystä. Odota hetki ja yritä uudelleen.
error-invalid = Joitakin kenttiä ei ole täytetty oikein.
error-not_found = Tätä sivua ei ole olemassa, tai et voi nähdä sitä.
error-forbidden = Sinulla ei ole lupaa tehdä tätä.
error-gone = Tätä ei ole enää olemassa, tai se ei enää toimi.
error-conflict = Tämä on ristiriidassa jonkin jo olemassa olevan kanssa.
error-gone-revoked = Tämä kutsulinkki ei enää toimi: tilan opettajat peruivat sen.
error-gone-expired = Tämä kutsulinkki ei enää toimi: se on vanhentunut.
error-gone-used_up = Tämä kutsulinkki ei enää toimi: sitä on käytetty niin monta kertaa kuin se sallii.
error-conflict-name_taken = ”{ $name }” on jo olemassa. Valitse toinen nimi.
error-conflict-in_trash = ”{ $name }” on roskakorissa: palauta se ensin.
error-conflict-not_in_trash = ”{ $name }” ei ole roskakorissa.
error-conflict-parent_in_trash = ”{ $name }” oli kansiossa, joka on nyt roskakorissa: palauta ensin se kansio.
error-conflict-folder_not_empty = Kansio ”{ $name }” ei ole tyhjä: siirrä ensin sen sisältö roskakoriin.
error-conflict-wrong_status = Tilin tila ({ $status }) ei salli tätä.
error-unauthenticated = Kirjaudu sisään.
error-network = Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteytesi ja yritä uudelleen.
error-generic = Jokin meni vikaan. Yritä uudelleen.
error-too_large = Tämä on liian suuri.
error-quota_exceeded = Tämän tilan tallennustila ei riitä.
error-unsupported = Palvelin ei voi käsitellä tällaista pyyntöä.
error-aborted = Lähetys keskeytettiin.
error-rate_limited_wait = Liian monta yritystä. Yritä uudelleen { $wait }.
error-fields = Jotkin kentät vaativat huomiota: katso viesti kunkin kentän alla.
error-account_rejected = Maasi kansallinen ylläpitäjä ei hyväksynyt tätä rekisteröitymistä, joten tällä tilillä ei voi kirjautua sisään. Jos arvelet tämän olevan virhe, ota yhteyttä maasi kansalliseen eTwinning-tukipalveluun.
error-account_suspended = Maasi kansallinen ylläpitäjä on jäädyttänyt tämän tilin: sillä ei voi toistaiseksi kirjautua sisään. Jos haluat tietää syyn tai pyytää tiliä takaisin käyttöön, ota yhteyttä maasi kansalliseen eTwinning-tukipalveluun.
error-malformed = Sivu lähetti jotain, jota palvelin ei pystynyt lukemaan. Lataa sivu uudelleen ja yritä uudestaan.
error-csrf = Sivun turvatarkistus epäonnistui. Lataa sivu uudelleen ja yritä uudestaan.
error-limit_exceeded = Tämä ylittää tälle tilalle asetetun rajan.
error-unavailable = Palvelin on kiireinen tai osa siitä ei vastaa. Yritä hetken kuluttua uudelleen.
error-internal = Palvelimella tapahtui virhe. Yritä myöhemmin uudelleen.
error-insufficient_storage = Palvelimella ei ole enää tilaa tiedostoille. Mitään ei tallennettu; kerro asiasta koulusi eTwinning-yhteyshenkilölle.
error-request_timeout = Lähettäminen kesti liian kauan, ja se keskeytettiin. Tarkista verkkoyhteytesi ja yritä uudelleen.
error-conflict-not_a_guest = Tämä sähköpostiosoite kuuluu eTwinning-tilille. Tilan ylläpitäjät kutsuvat opettajat; vieraslinkki ei ole opettajille.

## notice
notice-post-pending = Kiitos! Opettaja lukee viestisi ennen kuin kaikki näkevät sen.
notice-post-approved = Opettaja on lukenut viestisi. Nyt kaikki projektissa näkevät sen.
notice-post-rejected = Opettaja päätti olla näyttämättä viestiäsi. Voit kysyä opettajaltasi, miksi.
notice-post-hidden = Opettaja on piilottanut viestisi toistaiseksi. Voit kysyä opettajaltasi, miksi.
notice-post-restored = Opettaja on näyttänyt viestisi taas. Nyt kaikki näkevät sen.
notice-post-purged = Opettaja on poistanut viestisi.
notice-member-muted = Voit lukea projektia, mutta et voi kirjoittaa vähään aikaan.
notice-member-unmuted = Voit taas kirjoittaa projektiin.
notice-chat-mention = { $name } mainitsi sinut chatissa.

## video
video-section = Video
video-open_sessions = Avoimet videoistunnot
video-none = Yhtään videoistuntoa ei ole auki.
video-start_title = Aloita videoistunto
video-title = Otsikko (valinnainen)
video-lobby = Oppilaat odottavat odotushuoneessa, kunnes opettaja päästää heidät sisään
video-start = Aloita
video-join_named = Liity istuntoon ”{ $title }”
video-nobody_in_call = Puhelussa ei ole vielä ketään
video-people_in_call =
    { $count ->
        [one] { $count } henkilö puhelussa
       *[other] { $count } henkilöä puhelussa
    }
video-locked = (lukittu)
video-back = Takaisin tilaan
video-participants = Osallistujat
video-my_controls = Mikrofonisi ja kamerasi
video-chat = Istunnon chat
video-starting_media = Käynnistetään kameraa ja mikrofonia…
video-in_call = Olet puhelussa.
video-waiting_in_lobby = Olet odotushuoneessa. Opettaja päästää sinut pian sisään.
video-no_media = Kameraa tai mikrofonia ei voitu käyttää: näet ja kuulet silti muut.
video-partial_media = Kameraasi ja mikrofoniasi voitiin käyttää vain osittain.
video-enable_sound = Laita ääni päälle
video-mic_on = Mikrofoni päällä
video-mic_off = Mikrofoni pois
video-mic_forced = Opettaja mykisti
video-camera_on = Kamera päällä
video-camera_off = Kamera pois
video-hand_raised = Käsi ylhäällä
video-mute_me = Laita mikrofoni pois
video-unmute_me = Laita mikrofoni päälle
video-camera_stop = Laita kamera pois
video-camera_start = Laita kamera päälle
video-hand_raise = Nosta käsi
video-hand_lower = Laske käsi
video-leave = Poistu
video-you_are_muted = Opettaja on mykistänyt sinut. Voit laittaa mikrofonin päälle, kun opettaja sallii sen.
video-muted_by_teacher = Opettaja mykisti mikrofonisi.
video-unmute_allowed = Opettaja sallii sinun laittaa mikrofonin taas päälle.
video-mute_other = Mykistä
video-mute_named = Mykistä { $name }
video-allow_unmute = Salli mikrofoni
video-allow_unmute_named = Salli mikrofoni: { $name }
video-remove = Poista
video-remove_named = Poista { $name } istunnosta
video-lobby_title = Odotushuone
video-lobby_empty = Kukaan ei odota.
video-admit = Päästä sisään
video-admit_named = Päästä { $name } sisään
video-deny = Käännytä pois
video-deny_named = Käännytä { $name } pois
video-manage = Tämä istunto
video-is_open = Avoin: jäsenet voivat liittyä.
video-is_locked = Lukittu: vain opettajat voivat liittyä.
video-lock = Lukitse istunto
video-end = Lopeta istunto kaikilta
video-ended = Istunto on päättynyt.
video-ended_space_archived = Istunto on päättynyt: sen tila on arkistoitu.
video-ended_space_deleted = Istunto on päättynyt: sen tila on poistettu.
video-ended_empty = Istunto on päättynyt: siinä ei ollut ketään vähään aikaan.
video-no_teacher_yet = Istunnossa ei ole vielä opettajaa, joten kukaan ei voi päästää sinua sisään. Voit odottaa tässä tai poistua.
video-leave_lobby = Poistu odotushuoneesta
video-removed = Opettaja poisti sinut istunnosta.
video-denied = Opettaja ei päästänyt sinua tähän istuntoon.
video-left = Poistuit istunnosta.
video-full = Tämä istunto on täynnä.
video-refused = Et voi liittyä tähän istuntoon.
video-signal_refused = Palvelin hylkäsi sen, mitä selaimesi lähetti. Kokeile poistua ja liittyä uudelleen.
video-sfu_moving = Istunto on kasvanut: puhelu siirretään luokan mediapalvelimelle…
video-sfu_unreachable = Luokan mediapalvelimeen ei saada yhteyttä. Yritetään uudelleen…
video-sfu_no_seat = Kaikki tämän istunnon kamerapaikat ovat käytössä: näet ja kuulet muut, mutta he eivät näe eivätkä kuule sinua.
video-sfu_not_sent = Kameraasi ja mikrofoniasi ei voitu lähettää. Näet ja kuulet silti muut.

## forum
forum-title = Foorumi
forum-threads = Ketjut
forum-posts = Viestit
forum-areas = Foorumin alueet
forum-area-open = Avoin foorumi
forum-area-teachers = Opettajien ilmoitustaulu
forum-empty = Ei vielä ketjuja.
forum-thread_meta =
    { $count ->
        [one] { $author } · { $count } viesti · { $when }
       *[other] { $author } · { $count } viestiä · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } uusi
       *[other] { $count } uutta
    }
forum-pinned = kiinnitetty
forum-locked = lukittu
forum-new_thread = Aloita ketju
forum-new_bulletin = Aloita ketju opettajien ilmoitustaululla
forum-thread_title = Ketjun otsikko
forum-first_post = Ensimmäinen viesti
forum-start = Aloita ketju
forum-thread_started = Ketju on aloitettu.
forum-thread_held = Kiitos! Opettaja lukee ketjusi ennen kuin kaikki näkevät sen.
forum-back = Takaisin ketjuihin
forum-reply_label = Vastauksesi
forum-send = Lähetä vastaus
forum-no_reply = Et voi vastata tähän ketjuun.
forum-held = Kiitos! Opettaja lukee viestisi ennen kuin kaikki näkevät sen.
forum-edited = (muokattu)
forum-edit = Muokkaa
forum-edit_label = Muokkaa viestiäsi
forum-save = Tallenna
forum-saved = Viestiäsi on muutettu.
forum-cancel = Peruuta
forum-delete = Poista
forum-deleted = Viesti on poistettu.
forum-report = Ilmoita
forum-report_reason = Mikä tässä viestissä on vialla? (valinnainen)
forum-report_send = Lähetä ilmoitus
forum-reported = Kiitos. Opettajille on kerrottu.
forum-hide = Piilota
forum-restore = Palauta
forum-approve = Hyväksy
forum-reject = Hylkää
forum-done-hide = Viesti on piilotettu luokalta.
forum-done-restore = Viesti näkyy taas.
forum-done-approve = Viesti on hyväksytty: kaikki näkevät sen.
forum-done-reject = Viesti on hylätty: vain sen kirjoittaja näkee sen.
forum-state-pending = odottaa opettajaa
forum-state-hidden = piilotettu
forum-state-rejected = ei julkaistu
forum-state-deleted = poistettu
forum-pin = Kiinnitä
forum-unpin = Poista kiinnitys
forum-lock = Lukitse
forum-unlock = Avaa lukitus
forum-thread_changed = Ketjua on muutettu.
forum-thread_gone = Tämä ketju ei ole enää käytettävissäsi.
forum-moderation = Moderointi
forum-queue = Odottaa hyväksyntää
forum-queue_empty = Yksikään viesti ei odota.
forum-reports = Ilmoitukset
forum-reports_empty = Ei avoimia ilmoituksia.
forum-reported_by = ilmoittaja: { $name }
forum-report_said = Syy: { $reason }
forum-resolve = Sulje ilmoitus
forum-resolved = Ilmoitus on suljettu.

## reactions
reaction-bar = Reaktiot
reaction-add = Lisää reaktio
reaction-picker = Valitse reaktio
reaction-count =
    { $count ->
        [one] { $name }: { $count } henkilö
       *[other] { $name }: { $count } henkilöä
    }
reaction-thumbs_up = Peukku ylös
reaction-heart = Sydän
reaction-clap = Bravo
reaction-laugh = Hauska
reaction-idea = Hyvä idea
reaction-question = Minulla on kysymys

## archive
archive-title = Tiedostot
archive-usage = Käytössä { $used } / { $quota }
archive-where = Kansio
archive-top = Kaikki tiedostot
archive-empty = Tämä kansio on tyhjä.
archive-contents = Kansiot ja tiedostot
archive-name = Nimi
archive-size = Koko
archive-by = Lisääjä
archive-when = Muutettu
archive-actions = Toiminnot
archive-former_member = entinen jäsen
archive-choose = Valitse tiedosto
archive-upload = Lähetä
archive-progress = Lähetyksen edistyminen
archive-uploading = Lähetetään { $name }: { $percent }
archive-uploaded = ”{ $name }” on lähetetty.
archive-too_large = Tiedosto on liian suuri: tiedosto saa olla enintään { $max }.
archive-quota = Tämän tilan tiedostoille ei ole tarpeeksi tallennustilaa jäljellä ({ $free } vapaana). Pyydä opettajaa poistamaan vanhoja tiedostoja.
archive-new_folder = Uusi kansio
archive-create_folder = Luo kansio
archive-folder_created = Kansio ”{ $name }” on luotu.
archive-download = Lataa
archive-download_named = Lataa { $name }
archive-rename = Nimeä uudelleen
archive-rename_named = Nimeä uudelleen: { $name }
archive-new_name = Uusi nimi
archive-save = Tallenna
archive-cancel = Peruuta
archive-renamed = Uusi nimi: ”{ $name }”.
archive-trash = Siirrä roskakoriin
archive-trash_named = Siirrä roskakoriin: { $name }
archive-trashed = ”{ $name }” on roskakorissa.
archive-show_trash = Roskakori
archive-trash_empty = Roskakori on tyhjä.
archive-restore = Palauta
archive-restore_named = Palauta { $name }
archive-restored = ”{ $name }” on palautettu.
archive-purge = Poista lopullisesti
archive-purge_named = Poista lopullisesti: { $name }
archive-purged = ”{ $name }” on poistettu lopullisesti.
archive-choose_first = Valitse lähetettävä tiedosto.
archive-no_file = Tiedostoa ei ole vielä valittu.
archive-name_taken = Täällä on jo samanniminen kohde. Valitse toinen nimi.

## unit
unit-b = t
unit-kb = kt
unit-mb = Mt
unit-gb = Gt
unit-tb = Tt

## field
field-required = Täytä tämä kenttä.
field-unknown = Tätä kenttää ei odoteta tässä.
field-type = Arvo on väärää tyyppiä.
field-blank = Kirjoita tähän jotain: pelkät välilyönnit eivät riitä.
field-too_short =
    { $count ->
        [one] Kirjoita vähintään { $min } merkki.
       *[other] Kirjoita vähintään { $min } merkkiä.
    }
field-too_long =
    { $count ->
        [one] Kirjoita enintään { $max } merkki.
       *[other] Kirjoita enintään { $max } merkkiä.
    }
field-too_small = Anna vähintään { $min }.
field-too_large = Anna enintään { $max }.
field-format = Tämä ei ole odotetussa muodossa.
field-choice = Valitse jokin tarjotuista vaihtoehdoista.
field-invalid = Tätä arvoa ei hyväksytä.

## confirm
confirm-cancel = Peruuta
confirm-trash_file = Siirretäänkö ”{ $name }” roskakoriin?
confirm-trash_file_lost = Jäsenet eivät enää näe tätä tiedostoa. Opettaja voi palauttaa sen roskakorista.
confirm-trash_folder = Siirretäänkö kansio ”{ $name }” roskakoriin?
confirm-trash_folder_lost = Jäsenet eivät enää näe tätä kansiota eivätkä mitään sen sisältöä. Opettaja voi palauttaa sen roskakorista.
confirm-purge = Poistetaanko ”{ $name }” lopullisesti?
confirm-purge_lost = Se katoaa kaikilta, eikä sitä voi palauttaa.
confirm-delete_post = Poistetaanko tämä viesti?
confirm-delete_post_lost = Sen teksti katoaa kaikilta. Tätä ei voi perua.
confirm-delete_message = Poistetaanko tämä viesti?
confirm-delete_message_lost = Sen teksti katoaa kaikilta. Tätä ei voi perua.
confirm-end_session = Lopetetaanko istunto kaikilta?
confirm-end_session_lost = Kaikki poistuvat puhelusta heti, eikä istuntoa voi avata uudelleen.
confirm-remove_participant = Poistetaanko { $name } istunnosta?
confirm-remove_participant_lost = { $name } poistuu puhelusta heti eikä voi palata tähän istuntoon.
confirm-deny = Käännytetäänkö { $name } pois?
confirm-deny_lost = { $name } ei pääse tähän istuntoon.

## page
page-not_found = Sivua ei löytynyt
page-not_found_text = Tässä osoitteessa ei ole sivua.
page-go_spaces = Siirry omiin tiloihin
page-go_sign_in = Siirry kirjautumissivulle

## form
form-required = Täytä tämä kenttä.
form-email_format = Kirjoita sähköpostiosoite, esimerkiksi nimi@koulu.eu.
form-password_short = Käytä vähintään 10 merkkiä.
form-password_long = Käytä enintään 200 merkkiä.
form-password_mismatch = Salasanat eivät ole samat.
form-password_hint = Vähintään 10 merkkiä. Muutama sana, jotka muistat, toimii hyvin.
form-check_fields = Tarkista yllä merkityt kentät.
form-field_invalid = Tätä arvoa ei hyväksytä.

## register
register-title = Luo eTwinner-tili
register-intro = Opettajille. Maasi kansallinen ylläpitäjä tarkistaa, että olet opettaja, ja vahvistaa sitten tilisi. Oppilaat eivät rekisteröidy: opettaja luo heidän tilinsä.
register-name = Nimesi
register-school = Koulu
register-country = Maa
register-country_choose = Valitse maasi
register-submit = Luo tilini
register-email_taken = Tällä sähköpostiosoitteella on jo tili. Kirjaudu sisään tai pyydä uusi salasana.
register-have_account = Onko sinulla jo tili? Kirjaudu sisään

## pending
pending-title = Tilisi odottaa vahvistusta
pending-who_heading = Kuka sen vahvistaa
pending-who = Maasi ({ $country }) kansallinen ylläpitäjä tarkistaa, että olet opettajana ilmoittamassasi koulussa, ja vahvistaa sitten tilisi.
pending-next_heading = Mitä seuraavaksi tapahtuu
pending-next_validate = Kun tilisi on vahvistettu, olet eTwinner: voit luoda tiloja, saada kutsuja projekteihin ja luoda oppilaidesi tilit. Näet tämän kirjautumalla uudelleen sisään tai painamalla ”Tarkista uudelleen”.
pending-next_reject = Jos kansallinen ylläpitäjä ei hyväksy rekisteröitymistäsi, näet sen kirjautuessasi sisään.
pending-next_meanwhile = Sillä välin voit muuttaa nimeäsi ja salasanaasi kohdassa ”Oma tili”.
pending-check = Tarkista uudelleen
pending-still = Tilisi odottaa yhä vahvistusta.
pending-count =
    { $count ->
        [one] { $count } odottaa moderointia
       *[other] { $count } odottaa moderointia
    }

## forgot
forgot-title = Unohditko salasanasi?
forgot-intro = Kirjoita tilisi sähköpostiosoite. Lähetämme siihen linkin, jolla voit valita uuden salasanan.
forgot-submit = Lähetä minulle linkki
forgot-sent = Jos tällä osoitteella on tili, linkki on matkalla siihen. Linkki toimii kerran ja vain rajoitetun ajan. Tarkista myös roskapostikansio.
forgot-pupils = Oppilaille: sinulla ei ole täällä sähköpostiosoitetta. Pyydä opettajaltasi uusi koodi.
forgot-back = Takaisin kirjautumiseen

## reset
reset-title = Valitse uusi salasana
reset-intro = Uuden salasanan valitseminen kirjaa sinut ulos kaikilla muilla laitteilla.
reset-password = Uusi salasana
reset-confirm = Uusi salasana uudelleen
reset-submit = Tallenna uusi salasana
reset-gone = Tämä linkki on vanhentunut tai jo käytetty. Pyydä uusi linkki.
reset-done = Salasanasi on vaihdettu. Kirjaudu sisään uudella salasanalla.
reset-ask_again = Pyydä uusi linkki

## account
account-title = Oma tili
account-signed_in_with = Kirjaudut sisään osoitteella { $email }.
account-name_heading = Nimesi
account-name = Nimi, jonka muut näkevät
account-save_name = Tallenna nimi
account-name_saved = Nimesi on tallennettu.
account-pupil_note = Opettajasi valitsi tämän nimen ja hallitsee sitä. Kysy opettajaltasi, jos nimeä pitäisi muuttaa.
account-password_heading = Salasanasi
account-password_intro = Kun vaihdat salasanan, sinut kirjataan ulos muilla laitteillasi. Tällä laitteella pysyt kirjautuneena.
account-current_password = Nykyinen salasana
account-new_password = Uusi salasana
account-confirm_password = Uusi salasana uudelleen
account-save_password = Vaihda salasana
account-password_saved = Salasanasi on vaihdettu.
account-current_wrong = Tämä ei ole nykyinen salasanasi.
account-everywhere_heading = Kirjaudu ulos kaikkialta
account-everywhere_intro = Päättää kirjautumisesi kaikilla laitteilla ja selaimilla, myös tällä: kadonnut puhelin tai yhteiskäyttöinen tietokone ei enää avaa tiliäsi.
account-everywhere = Kirjaudu ulos kaikkialta…
account-everywhere_question = Kirjaudutaanko ulos kaikilla laitteilla, myös tällä? Avoimet sivut sulkeutuvat heti, ja kaikki niissä vielä lähettämättä oleva menetetään.
account-everywhere_confirm = Kyllä, kirjaudu ulos kaikkialta
account-everywhere_done = Sinut on kirjattu ulos kaikilla laitteilla.
account-cancel = Peruuta

## admin
admin-nav = Vahvistuskonsoli
admin-title = Kansallisen ylläpitäjän konsoli
admin-country = Maa: { $country }
admin-only_national_admins = Tämä sivu on tarkoitettu kansallisille ylläpitäjille.
admin-pending_heading = Vahvistusta odottavat opettajat
admin-pending_count =
    { $count ->
        [one] { $count } opettaja odottaa.
       *[other] { $count } opettajaa odottaa.
    }
admin-pending_none = Yksikään opettaja ei odota vahvistusta.
admin-select_all = Valitse kaikki
admin-select_first = Valitse ensin vähintään yksi opettaja.
admin-validate_selected = Vahvista valitut
admin-reject_selected = Hylkää valitut…
admin-validated =
    { $count ->
        [one] { $count } opettaja vahvistettu.
       *[other] { $count } opettajaa vahvistettu.
    }
admin-rejected =
    { $count ->
        [one] { $count } rekisteröityminen hylätty.
       *[other] { $count } rekisteröitymistä hylätty.
    }
admin-reject_question =
    { $count ->
        [one] Hylätäänkö rekisteröityminen: { $names }? Hän ei voi kirjautua sisään, eikä tätä voi perua.
       *[other] Hylätäänkö nämä { $count } rekisteröitymistä ({ $names })? He eivät voi kirjautua sisään, eikä tätä voi perua.
    }
admin-reject_reason = Hylkäyksen syy
admin-reject_heading = Hylkää rekisteröitymisiä
admin-suspend_heading = Jäädytä tili
admin-reinstate_heading = Palauta tili käyttöön
admin-reject_reason_hint = Tallennetaan tapahtumalokiin nimesi kanssa.
admin-reject_confirm =
    { $count ->
        [one] Hylkää { $count } rekisteröityminen
       *[other] Hylkää { $count } rekisteröitymistä
    }
admin-failed_one = { $name }: { $why }
admin-school = Koulu: { $school }
admin-registered = Rekisteröitynyt { $date }
admin-search_heading = Etsi tili
admin-search_label = Nimi, sähköpostiosoite tai koulu
admin-search_hint = Vain oman maasi tilit. Jätä kenttä tyhjäksi, niin kaikki tilit näytetään uusimmasta alkaen.
admin-search = Hae
admin-showing = { $from }–{ $to } / { $total }
admin-no_match = Yksikään tili ei vastaa hakua.
admin-previous = Edellinen sivu
admin-next = Seuraava sivu
admin-suspend = Jäädytä…
admin-suspend_named = Jäädytä tili: { $name }…
admin-suspend_question = Jäädytetäänkö tili: { $name }? Hänet kirjataan heti ulos kaikkialta, hänen avoimet sivunsa sulkeutuvat, eikä hän voi kirjautua sisään ennen kuin palautat tilin käyttöön.
admin-suspend_reason = Jäädytyksen syy
admin-suspend_confirm = Kyllä, jäädytä
admin-suspend_done = Tili on jäädytetty: { $name }.
admin-reinstate = Palauta käyttöön…
admin-reinstate_named = Palauta tili käyttöön: { $name }…
admin-reinstate_question = Palautetaanko tili käyttöön: { $name }? Hän voi taas kirjautua sisään.
admin-reinstate_reason = Syy (valinnainen)
admin-reinstate_confirm = Palauta käyttöön
admin-reinstate_done = Tili on palautettu käyttöön: { $name }.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Vahvista kirjoittamalla tilan nimi: { $text }

## status
status-active = aktiivinen
status-pending = odottaa vahvistusta
status-suspended = jäädytetty
status-rejected = hylätty
status-erased = poistettu pysyvästi

## names
names-marked = { $name } ({ $mark })

## members
members-username = käyttäjätunnus { $username }
members-role_of = Rooli: { $name }
members-change_role = Vaihda rooli
members-role_question = Siirretäänkö { $name } roolista { $from } rooliin { $to }?
members-role_consequence = { $name } voi tästä lähtien tehdä kaiken, mitä roolissa { $to } saa tehdä, heti kaikilla laitteilla.
members-role_confirm = Vaihda rooli
members-role_changed = { $name } on nyt roolissa { $role }.
members-reset_code = Uusi koodi
members-reset_question = Luodaanko uusi kirjautumiskoodi: { $name }?
members-reset_consequence = Vanha koodi lakkaa toimimasta heti, ja oppilas kirjataan ulos kaikkialta. Sinä annat oppilaalle uuden kortin.
members-reset_confirm = Luo uusi koodi
members-reset_done = Uusi koodi on luotu: { $name }. Anna oppilaalle alla oleva uusi kortti.
members-export = Vie tiedot
members-remove = Poista
members-remove_question = Poistetaanko { $name } tästä tilasta?
members-remove_consequence = { $name } menettää pääsyn tähän tilaan heti kaikilla laitteilla.
members-remove_pupil_kept = Oppilaan tili, viestit ja tiedostot säilyvät; voit lisätä oppilaan myöhemmin uudelleen.
members-remove_kept = Hänen viestinsä ja tiedostonsa jäävät tilaan.
members-remove_confirm = Poista
members-removed = { $name } poistettiin.
members-erase = Poista tili pysyvästi
members-leave = Poistu tästä tilasta
members-leave_question = Poistutko tilasta ”{ $title }”?
members-leave_consequence = Menetät heti pääsyn sen foorumeihin, tiedostoihin, chattiin ja videoon. Vain opettajaylläpitäjä voi tuoda sinut takaisin.
members-leave_kept = Kirjoittamasi ja lähettämäsi sisältö jää tilaan.
members-leave_confirm = Poistu tilasta
members-left = Poistuit tilasta ”{ $title }”.

## erase
erase-question = Poistetaanko oppilaan tili pysyvästi: { $name }?
erase-account_gone = Oppilaan nimi, käyttäjätunnus ja koodi poistetaan lopullisesti.
erase-signed_out = Oppilas kirjataan heti ulos, eikä hän voi enää koskaan kirjautua sisään.
erase-no_undo = Tätä ei voi perua.
erase-export_first = Jos oppilas tai hänen perheensä saattaa haluta kopion, vie tiedot ensin.
erase-posts = Oppilaan foorumi- ja chat-viestit
erase-posts_keep = Säilytä ne, kirjoittajana ”entinen oppilas”
erase-posts_remove = Poista ne lopullisesti
erase-files = Oppilaan tiedostot
erase-files_keep = Säilytä ne, omistajana ”entinen oppilas”
erase-files_remove = Poista ne lopullisesti
erase-confirm = Poista tili pysyvästi
erase-done = Tili on poistettu pysyvästi: { $name }.

## invite_teacher
invite_teacher-title = Kutsu kumppaniopettaja
invite_teacher-by_email = Sähköpostiosoitteella
invite_teacher-role = Rooli
invite_teacher-submit = Kutsu
invite_teacher-done = { $name } liittyi roolissa { $role }.
invite_teacher-not_etwinner = Yhdelläkään vahvistetulla eTwinnerillä ei ole tätä osoitetta, tai et voi antaa tätä roolia.
invite_teacher-find = Etsi eTwinner
invite_teacher-query = Nimi, koulu tai maa
invite_teacher-search = Hae
invite_teacher-results = Löydetyt eTwinnerit
invite_teacher-none = eTwinneriä ei löytynyt.
invite_teacher-more = Lisää tuloksia
invite_teacher-member = Tämän tilan jäsen
invite_teacher-invite = Kutsu
invite_teacher-role_for = Rooli: { $name }

## pupils
pupils-title = Lisää oppilaita
pupils-one_title = Yksi oppilas
pupils-name = Oppilaan nimi
pupils-add_one = Lisää oppilas
pupils-class_title = Koko luokka
pupils-class_names = Oppilaiden nimet
pupils-class_help = Yksi nimi riville, siinä muodossa kuin muut näkevät oppilaan.
pupils-add_class = Lisää luokka
pupils-class_empty = Kirjoita vähintään yksi nimi.
pupils-language = Sivun kieli näille oppilaille
pupils-language_help = Kirjauduttuaan he näkevät TwinSpace Liven tällä kielellä. Jokainen oppilas voi vaihtaa kielen myöhemmin.
pupils-line_errors = Korjattavat rivit
pupils-line_error = Rivi { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } rivi pitää korjata; mitään ei luotu.
       *[other] { $count } riviä pitää korjata; mitään ei luotu.
    }
pupils-created =
    { $count ->
        [one] { $count } oppilas lisättiin.
       *[other] { $count } oppilasta lisättiin.
    }

## cards
cards-title = Kirjautumiskortit
cards-once = Nämä koodit näytetään vain nyt. Tulosta kortit tai kirjoita koodit muistiin ennen kuin poistut tältä sivulta.
cards-site = Kirjaudu osoitteessa
cards-print = Tulosta kortit
cards-done = Valmis: piilota koodit

## links
links-tab = Vieraslinkit
links-intro = Vieraslinkin avulla asiantuntija tai tarkkailija voi liittyä tähän TwinSpaceen vieraana. Kuka tahansa, jolla on linkki, voi käyttää sitä, kunnes se vanhenee tai sen käyttökerrat loppuvat.
links-create_title = Uusi vieraslinkki
links-valid_for = Voimassa
links-days =
    { $count ->
        [one] { $count } päivä
       *[other] { $count } päivää
    }
links-uses = Käyttökertojen määrä
links-note = Muistiinpano (kenelle linkki on)
links-create = Luo linkki
links-new = Uusi linkki
links-once = Kopioi se nyt: se näytetään vain kerran.
links-copy = Kopioi
links-copied = Linkki kopioitiin.
links-select_copy = Linkki on valittu: kopioi se painamalla Ctrl+C (⌘+C).
links-live = Käytössä olevat linkit
links-empty = Yksikään vieraslinkki ei ole käytössä.
links-untitled = Vieraslinkki
links-used =
    { $count ->
        [one] käytetty { $used }/{ $count } kertaa
       *[other] käytetty { $used }/{ $count } kertaa
    }
links-until = voimassa { $time } asti
links-revoke = Mitätöi
links-revoke_question = Mitätöidäänkö tämä vieraslinkki?
links-revoke_consequence = Kukaan ei voi enää liittyä sillä.
links-revoke_kept = Sillä liittyneet vieraat pysyvät jäseninä.
links-revoked = Linkki on mitätöity.

## settings
settings-tab = Asetukset
settings-space = Tila
settings-pupils = Oppilaat
settings-premoderate_pupils = Pidätä oppilaiden viestit, kunnes opettaja hyväksyy ne
settings-pupils_may_create_threads = Oppilaat saavat aloittaa ketjuja
settings-pupils_may_upload = Oppilaat saavat lähettää tiedostoja
settings-save = Tallenna
settings-saved = Asetukset tallennettiin.
settings-archive_title = Arkistointi
settings-archive_text = Arkistoitu tila pysyy jäsentensä luettavissa, mutta kukaan ei voi kirjoittaa, lähettää tiedostoja tai aloittaa videoistuntoa.
settings-archive = Arkistoi tämä tila
settings-archive_question = Arkistoidaanko ”{ $title }”?
settings-archive_read_only = Kukaan ei voi enää kirjoittaa, lähettää tiedostoja tai muuttaa mitään.
settings-archive_video = Käynnissä olevat videoistunnot päättyvät heti.
settings-archive_undo = Perustaja voi myöhemmin avata tilan uudelleen.
settings-archive_confirm = Arkistoi
settings-archived_title = Tämä tila on arkistoitu
settings-archived_text = Se on vain luettavissa. Avaa se uudelleen, jotta jäsenet voivat kirjoittaa ja lähettää tiedostoja.
settings-unarchive = Avaa uudelleen
settings-unarchive_question = Avataanko ”{ $title }” uudelleen?
settings-unarchive_consequence = Jäsenet voivat taas kirjoittaa, lähettää tiedostoja ja aloittaa videoistuntoja.
settings-delete_title = Poista tila
settings-delete_text = Poistaminen hävittää tilan ja kaiken sen sisällön lopullisesti.
settings-delete = Poista tämä tila
settings-delete_question = Poistetaanko ”{ $title }” lopullisesti?
settings-delete_content = Kaikki foorumiketjut, chat-viestit ja tiedostot kaikkine versioineen poistetaan.
settings-delete_members = Kaikki jäsenet menettävät tilan; oppilastilit säilyvät vain oppilaiden muissa tiloissa.
settings-delete_video = Käynnissä olevat videoistunnot päättyvät heti.
settings-delete_no_undo = Myös tapahtumaloki poistetaan. Tätä ei voi perua.
settings-delete_confirm = Poista lopullisesti
settings-deleted = ”{ $title }” poistettiin.

## audit
audit-tab = Tapahtumaloki
audit-caption = Mitä tässä tilassa on tehty, uusin ensin
audit-when = Milloin
audit-who = Kuka
audit-what = Mitä
audit-empty = Mitään ei ole vielä kirjattu.
audit-older = Näytä vanhemmat merkinnät
audit-system = Palvelin
audit-former_member = Entinen jäsen
audit-former_member_target = entinen jäsen
audit-reason = Syy: { $reason }
audit-other = Toiminto ”{ $action }”: { $target }
audit-space-created = Loi tilan
audit-space-settings_changed = Muutti tilan asetuksia
audit-space-archived = Arkistoi tilan
audit-space-unarchived = Avasi tilan uudelleen
audit-member-invited = Kutsui tilaan: { $target } (rooli { $role })
audit-member-role_changed = Vaihtoi roolin: { $target }, { $from } → { $role }
audit-member-removed = Poisti tilasta: { $target }
audit-member-left = Poistui tilasta
audit-member-muted = Mykisti: { $target }
audit-member-unmuted = Lopetti mykistyksen: { $target }
audit-pupil-created = Loi oppilaan: { $target }
audit-pupil-added = Lisäsi oppilaan: { $target }
audit-pupil-code_reset = Antoi uuden kirjautumiskoodin: { $target }
audit-pupil-exported = Vei tiedot: { $target }
audit-pupil-erased = Poisti oppilaan tilin pysyvästi
audit-invitation-created = Loi vieraslinkin
audit-invitation-revoked = Mitätöi vieraslinkin
audit-invitation-accepted = Liittyi vieraslinkillä
audit-video-started = Aloitti videoistunnon
audit-video-ended = Lopetti videoistunnon
audit-video-locked = Lukitsi videoistunnon
audit-video-unlocked = Avasi videoistunnon lukituksen
audit-video-admitted = Päästi videoistuntoon: { $target }
audit-video-denied = Käännytti pois videoistunnosta: { $target }
audit-video-muted = Mykisti videoistunnossa: { $target }
audit-video-unmuted = Antoi taas puheenvuoron videoistunnossa: { $target }
audit-video-removed = Poisti videoistunnosta: { $target }
audit-video-spotlight = Vaihtoi videoistunnossa korostettua osallistujaa
audit-post-hidden = Piilotti viestin
audit-post-restored = Palautti viestin
audit-post-approved = Hyväksyi viestin
audit-post-rejected = Hylkäsi viestin
audit-post-purged = Poisti viestin lopullisesti
audit-post-reported = Ilmoitti viestistä
audit-report-resolved = Sulki ilmoituksen
audit-thread-pinned = Kiinnitti ketjun
audit-thread-unpinned = Poisti ketjun kiinnityksen
audit-thread-locked = Lukitsi ketjun
audit-thread-unlocked = Avasi ketjun lukituksen
audit-archive-folder_created = Loi kansion
audit-archive-folder_renamed = Nimesi kansion uudelleen
audit-archive-folder_moved = Siirsi kansion
audit-archive-folder_trashed = Siirsi kansion roskakoriin
audit-archive-folder_restored = Palautti kansion roskakorista
audit-archive-folder_purged = Poisti kansion lopullisesti
audit-archive-file_added = Lisäsi tiedoston
audit-archive-file_version_added = Lisäsi tiedostosta uuden version
audit-archive-file_renamed = Nimesi tiedoston uudelleen
audit-archive-file_moved = Siirsi tiedoston
audit-archive-file_trashed = Siirsi tiedoston roskakoriin
audit-archive-file_restored = Palautti tiedoston roskakorista
audit-archive-file_purged = Poisti tiedoston lopullisesti
audit-chat-expired = Poisti chat-viestit, joiden säilytysaika oli päättynyt
audit-audit-retention_changed = Muutti tapahtumalokin merkintöjen säilytysaikaa
audit-group-joined = Liittyi ryhmään
audit-group-requested = Pyysi päästä ryhmään
audit-group-request_accepted = Hyväksyi pyynnön: { $target }
audit-group-request_declined = Hylkäsi pyynnön: { $target }
audit-group-request_withdrawn = Perui liittymispyynnön
audit-member-banned = Esti: { $target }
audit-member-unbanned = Poisti eston: { $target }
audit-group-featured = Nosti ryhmän esiin
audit-group-unfeatured = Lopetti ryhmän esiin nostamisen
audit-group-moderator_appointed = Nimesi moderoijaksi: { $target }

## group_role
group_role-founder = Omistaja
group_role-admin = Moderointi
group_role-teacher = Jäsen

## readers
readers-title = Lukemassa nyt
readers-more =
    { $count ->
        [one] ja { $count } muu
       *[other] ja { $count } muuta
    }

## groups
groups-nav = Ryhmät
groups-title = eTwinning-ryhmät
groups-intro = eTwinnereiden yhteisöjä oppiaineen, teeman tai kiinnostuksen kohteen ympärillä. Mukana on vain vahvistettuja eTwinnereitä.
groups-search = Etsi ryhmä
groups-words = Sanoja otsikosta
groups-topic = Teema
groups-language = Kieli
groups-language_any = Kaikki kielet
groups-language_choose = Valitse kieli
groups-country = Jäsenen maa
groups-country_any = Kaikki maat
groups-search_submit = Hae
groups-found = Ryhmät
groups-empty = Mikään ryhmä ei vastaa hakua.
groups-more = Näytä lisää ryhmiä
groups-featured = Nostettu esiin
groups-topic_is = Teema: { $topic }
groups-members =
    { $count ->
        [one] { $count } jäsen
       *[other] { $count } jäsentä
    }
groups-access_short-open = Avoin
groups-access_short-closed = Suljettu
groups-standing-member = Olet jäsen. Roolisi: { $role }
groups-standing-requested = Olet pyytänyt päästä tähän ryhmään.
groups-standing-banned = Ryhmän moderointitiimi ei salli sinun liittyä.
groups-join = Liity
groups-ask = Pyydä päästä ryhmään
groups-ask_message = Viesti moderointitiimille (valinnainen)
groups-withdraw = Peru pyyntöni
groups-open_group = Avaa ryhmä
groups-joined = Liityit ryhmään ”{ $title }”.
groups-asked = Pyyntösi päästä ryhmään ”{ $title }” lähetettiin moderointitiimille.
groups-withdrawn = Pyyntösi päästä ryhmään ”{ $title }” peruttiin.
groups-waiting = Moderointitiimi vastaa pyyntöösi. Tämä sivu näyttää vastauksen heti, kun se tulee.
groups-accepted = Pyyntösi hyväksyttiin: tervetuloa ryhmään ”{ $title }”.
groups-not_accepted = Pyyntöäsi ei hyväksytty. Voit pyytää uudelleen.
groups-back = Takaisin ryhmiin
groups-create = Luo ryhmä
groups-group_title = Otsikko
groups-description = Kuvaus (valinnainen)
groups-access = Kuka voi liittyä
groups-access-open = Avoin: kuka tahansa eTwinner liittyy heti
groups-access-closed = Suljettu: moderointitiimi hyväksyy jokaisen pyynnön
groups-create_submit = Luo ryhmä
groups-created = Ryhmä ”{ $title }” luotiin.
groups-members_search = Etsi jäsen
groups-members_more = Näytä lisää jäseniä
groups-leave = Poistu tästä ryhmästä
groups-leave_consequence = Menetät heti pääsyn ryhmän keskustelualueelle, tiedostoihin, chattiin ja videoon.
groups-leave_kept = Kirjoittamasi ja lataamasi sisältö jää ryhmään. Voit palata ryhmähakemiston kautta.
groups-leave_confirm = Poistu ryhmästä
groups-requests = Liittymispyynnöt
groups-requests_empty = Kukaan ei odota.
groups-accept = Hyväksy
groups-decline = Hylkää
groups-accepted_member = { $name } on nyt jäsen.
groups-declined = Pyyntö: { $name } – hylätty.
groups-ban = Estä
groups-ban_question = Estetäänkö { $name } tästä ryhmästä?
groups-ban_consequence = { $name } poistuu ryhmästä heti eikä voi liittyä uudelleen tai pyytää sitä.
groups-ban_kept = Viestit ja tiedostot jäävät ryhmään. Voit poistaa eston myöhemmin.
groups-ban_reason = Syy (valinnainen, tallentuu lokiin)
groups-ban_confirm = Estä
groups-banned = Estetty: { $name }.
groups-bans = Estetyt eTwinnerit
groups-bans_empty = Ei estoja.
groups-lift = Poista esto
groups-lifted = { $name } voi taas liittyä.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Valitse uusi TwinSpace Live -salasana
mail-reset_body =
    Hei { $name },

    Joku, todennäköisesti sinä, pyysi saada valita uuden salasanan TwinSpace Live -tilillesi.
    Valitse se avaamalla tämä linkki (se toimii kerran, { $minutes } minuutin ajan):

    { $link }

    Uuden salasanan valitseminen kirjaa sinut ulos kaikkialta muualta.
    Jos et pyytänyt tätä, voit jättää tämän viestin huomiotta: salasanasi pysyy ennallaan.

    TwinSpace Live

## events (issue 22)
events-nav = Tapahtumat
events-title = Tulevat tapahtumat
events-empty = Sinulle ei ole vielä tulevia tapahtumia.
events-more = Näytä lisää tapahtumia
events-schedule = Suunnittele tapahtuma
events-zone = Ajat näytetään omalla aikavyöhykkeelläsi: { $zone }
events-audience-etwinners = Kaikki eTwinnerit
events-audience-country = Tämän maan eTwinnerit: { $country }
events-audience-group = Ryhmän jäsenet
events-audience-twinspace = TwinSpacen jäsenet
events-organising = Järjestät tämän tapahtuman.
events-registered = Olet ilmoittautunut.
events-waiting = Olet jonossa (sija { $position }).
events-state-live = Nyt suorana
events-state-ended = Tämä tapahtuma on päättynyt.
events-state-cancelled = Tämä tapahtuma on peruttu.
events-places = Varatut paikat: { $taken }/{ $capacity }
event_form-new_title = Suunnittele tapahtuma
event_form-edit_title = Muokkaa tapahtumaa
event_form-title = Otsikko
event_form-description = Kuvaus
event_form-date = Päivämäärä
event_form-time = Alkamisaika
event_form-duration = Kesto minuutteina
event_form-space = Ryhmä tai TwinSpace
event_form-speakers_hint = Valitse ryhmiesi ja TwinSpaceidesi opettajista.
event_form-no_speakers = Ketään ei voi vielä valita.
event_form-create = Suunnittele tapahtuma
event_form-save = Tallenna muutokset
event_form-created = ”{ $title }” on suunniteltu.
event_form-saved = Muutokset tapahtumaan ”{ $title }” on tallennettu.
event_form-start_past = Valitse alkamisaika tulevaisuudesta.
event-title = Tapahtuma
event-back = Kaikki tapahtumat
event-when = Milloin
event-language = Kieli
event-audience = Kuka voi ilmoittautua
event-organiser = Järjestäjä
event-speakers = Puhujat
event-places = Paikat
event-no_speakers = Puhujia ei ole vielä nimetty.
event-waiting_count = Jonossa: { $waiting }
event-registration = Paikkasi
event-speaking = Puhut tässä tapahtumassa.
event-full = Kaikki paikat on varattu: jos ilmoittaudut, pääset jonoon.
event-register = Ilmoittaudu
event-unregister = Luovu paikastani
event-leave_waiting = Poistu jonosta
event-unregister_confirm_title = Luovutaanko tapahtumasta ”{ $title }”?
event-unregister_confirm = Jonossa seuraavana oleva saa vuorosi. Jos ilmoittaudut uudelleen, saatat joutua odottamaan.
event-unregistered = Et ole enää ilmoittautunut.
event-calendar = Lisää kalenteriini (.ics)
event-organiser_tools = Järjestäjälle
event-edit = Muokkaa tapahtumaa
event-cancel = Peru tapahtuma
event-keep = Pidä tapahtuma
event-cancel_confirm_title = Perutaanko ”{ $title }”?
event-cancel_confirm_lost = Kukaan ei voi enää ilmoittautua, ja kaikki näkevät, että se on peruttu. Tätä ei voi perua. Ilmoittautumiset ja kysymykset säilyvät.
event-cancelled = Tapahtuma on peruttu.
event-registrants = Ilmoittautuneet
event-waiting_list = Jono
event-nobody = Ei vielä ketään.
event-attendance = Osallistuminen
event-attendance_hint = Kuka seurasi tapahtuman sivua suoran lähetyksen aikana ja kuinka kauan.
event-attendance_none = Kukaan ei seurannut tapahtumaa suorana.
event-minutes = { $minutes } min
qa-title = Kysymykset ja vastaukset
qa-empty = Ei vielä kysymyksiä.
qa-closed = Kysymykset on suljettu: tapahtuma on päättynyt.
qa-need_place = Ilmoittaudu, niin voit kysyä tai kannattaa kysymystä.
qa-your_question = Kysymyksesi
qa-ask = Kysy
qa-asked = Kysymyksesi on lähetetty.
qa-upvote = Kannata
qa-upvoted = Kannatettu
qa-votes = Ääniä: { $votes }
qa-by = Kysyjä: { $name }
qa-by_gone = Kysyjä: poistettu tili
qa-answer = Vastaus: { $answer }
qa-state-picked = Vastataan nyt
qa-state-answered = Vastattu
qa-state-hidden = Piilotettu
qa-pick = Valitse
qa-unpick = Palauta listaan
qa-hide = Piilota
qa-restore = Palauta
qa-answer_label = Kirjallinen vastaus (vapaaehtoinen)
qa-mark_answered = Merkitse vastatuksi
qa-gone = Et voi enää seurata näitä kysymyksiä.
audit-event-created = Suunnitteli tapahtuman ”{ $title }”
audit-event-updated = Muokkasi tapahtumaa ”{ $title }”
audit-event-cancelled = Perui tapahtuman ”{ $title }”
audit-event-question_moderated = Moderoi kysymystä tapahtumassa ”{ $title }”

## the live webinar (issue 22)
live-title = Suora video
live-not_started = Suora video ei ole vielä alkanut.
live-ended = Suora video on päättynyt.
live-connecting = Yhdistetään suoraan videoon…
live-need_place = Vain paikan saaneet voivat katsoa suoraa videota.
live-watching_you = Katselet suoraa videota.
live-on_air = Olet suorassa lähetyksessä: kaikki näkevät ja kuulevat sinut.
live-recording = Tämä tapahtuma tallennetaan.
live-speaking = Puhumassa: { $names }
live-nobody_speaking = Kukaan ei puhu vielä.
live-watching = Katsojia: { $watching }
live-start = Aloita suora video
live-end = Lopeta suora video
live-end_confirm_title = Lopetetaanko tapahtuman ”{ $title }” suora video?
live-end_confirm_lost = Video pysähtyy kaikilta, puhujilta ja yleisöltä. Voit aloittaa sen uudelleen tapahtuman aikana; kysymykset säilyvät.
live-go_live = Aloita lähetys
live-stop = Lopeta videoni
live-hand_raised = Kätesi on ylhäällä: moderaattori voi kutsua sinut puhumaan.
live-invited = Sinut on kutsuttu puhumaan: aloita lähetys, kun olet valmis.
live-returned = Olet taas yleisössä.
live-hands = Nostetut kädet
live-no_hands = Kukaan ei ole nostanut kättä.
live-promote = Kutsu { $name } puhumaan
live-return = Palauta { $name } yleisöön
live-record_start = Aloita tallennus
live-record_stop = Lopeta tallennus

## the event's recordings and seat (issue 22)
event-moved_up = Sinulla on nyt paikka: nousit jonotuslistalta.
live-off_stage_returned = Moderaattori palautti sinut yleisöön.
live-off_stage_muted = Sinut mykistettiin tässä tilassa: olet taas yleisössä.
live-off_stage_removed = Et ole enää tämän tilan jäsen: olet taas yleisössä.
live-off_stage_unnamed = Et ole enää tämän tapahtuman puhuja: olet taas yleisössä.
recordings-title = Tallenteet
recordings-processing = Tallennetta käsitellään: se näkyy tässä, kun se on valmis.
recordings-take = Tallennettu { $when } · { $length }
recordings-video = Video: { $speaker }
recordings-audio = Ääni: { $speaker }
recordings-former_speaker = entinen puhuja
