### TwinSpace Live: tekstovi stranice na hrvatskom.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Hrvatski

## app
app-name = TwinSpace Live
app-skip = Preskoči na sadržaj
app-nav = Glavna navigacija
app-language = Jezik
app-sign_out = Odjavi se
app-signed_in_as = Prijavljeni račun: { $name }
app-loading = Učitavanje…

## conn
conn-lost = Veza je prekinuta. Ponovno povezivanje…
conn-back = Ponovno povezano.
conn-failed = Veza uživo je zatvorena. Ponovno učitajte stranicu i pokušajte još jednom.
conn-session_ended = Vaša je sesija završila. Ponovno se prijavite.
conn-account_locked = Ovaj se račun više ne može upotrebljavati. Ponovno se prijavite i saznajte zašto.
# Why the server closed the live connection: `conn-closed-<reason>`, one per reason code it sends
# (protocol/close_codes.py, CloseReason).
conn-closed-auth_missing = Veza uživo nije na vrijeme primila vašu prijavu. Ponovno učitajte stranicu.
conn-closed-session_invalid = Vaša sesija više nije valjana. Ponovno se prijavite.
conn-closed-session_expired = Vaša je sesija istekla. Ponovno se prijavite.
conn-closed-signed_out = Vaša je sesija zatvorena. Ponovno se prijavite.
conn-closed-account_locked = Ovaj se račun više ne može upotrebljavati. Ponovno se prijavite i saznajte zašto.
conn-closed-too_many_connections = Ovaj račun ima previše istodobno otvorenih stranica. Zatvorite nekoliko kartica, a zatim ponovno učitajte ovu stranicu.
conn-closed-too_many_messages = Ova je stranica prebrzo poslala previše podataka. Pričekajte trenutak, a zatim je ponovno učitajte.
conn-closed-frame_too_large = Ova je stranica poslala nešto preveliko. Ponovno učitajte stranicu i pokušajte još jednom.
conn-closed-idle_timeout = Veza uživo bila je predugo neaktivna pa je zatvorena. Ponovno povezivanje…
conn-closed-slow_consumer = Veza uživo je zaostala. Ponovno povezivanje…
conn-closed-server_restarting = Poslužitelj se ponovno pokreće. Ponovno povezivanje za trenutak…
conn-closed-server_shutting_down = Poslužitelj vaše veze se zaustavlja. Ponovno povezivanje…
conn-closed-unavailable = Poslužitelj je zauzet. Ponovno povezivanje za trenutak…
conn-closed-internal = Nešto nije u redu na poslužitelju. Ponovno povezivanje za trenutak…

## login
login-title = Prijava
login-intro = Nastavnici i gosti prijavljuju se adresom e-pošte. Učenici upotrebljavaju korisničko ime i kod koje su dobili od nastavnika.
login-teacher = Nastavnici i gosti
login-pupil = Učenici
login-email = Adresa e-pošte
login-password = Lozinka
login-username = Korisničko ime
login-code = Kod
login-submit = Prijavi se
login-pupil_submit = Prijavi se kodom
login-forgot = Zaboravljena lozinka?
login-register = Još nemate račun? Izradite račun eTwinnera
login-pupil_forgot = Zaboravljen kod? Zamolite nastavnika za novi.

## invite
invite-title = Pridružite se prostoru TwinSpace kao gost
invite-intro = Imate pozivnicu za TwinSpace. Odaberite kako će vas drugi vidjeti i postavite lozinku.
invite-display_name = Vaše ime
invite-submit = Prihvati pozivnicu
invite-checking = Provjera pozivnice…
invite-for_space = Imate pozivnicu za „{ $title }“.
invite-unknown = Ova poveznica s pozivnicom nije poznata. Provjerite je li kopirana u cijelosti ili zamolite nastavnika koji ju je poslao za novu.
invite-expired = Ova poveznica s pozivnicom je istekla. Zamolite nastavnika koji ju je poslao za novu.
invite-used_up = Ova poveznica s pozivnicom već je upotrijebljena onoliko puta koliko je dopušteno. Zamolite nastavnika koji ju je poslao za novu.
invite-revoked = Nastavnik je povukao ovu poveznicu s pozivnicom.
invite-closed = Prostor ove pozivnice je zatvoren.

## spaces
spaces-title = Moji prostori
spaces-empty = Još niste ni u jednom prostoru.
spaces-create = Izradi prostor
spaces-kind = Vrsta
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Soba
spaces-kind-group = Grupa
spaces-space_title = Naslov
spaces-description = Opis (nije obavezno)
spaces-create_submit = Izradi
spaces-created = Prostor „{ $title }“ je izrađen.
spaces-my_role = Vaša uloga: { $role }
spaces-archived = arhiviran

## space
space-back = Natrag na moje prostore
space-sections = Dijelovi ovog prostora
space-members = Članovi
space-online_count =
    { $count ->
        [one] { $count } na mreži
        [few] { $count } na mreži
       *[other] { $count } na mreži
    }
space-online = na mreži
space-offline = nije na mreži
space-you = (vi)
space-refreshed = Popis je ažuriran.
space-gone = Ovaj vam prostor više nije dostupan.

## chat
chat-title = Chat
chat-empty = Još nema poruka.
chat-message = Poruka
chat-send = Pošalji
chat-pending = (čeka nastavnika)
chat-typing = { $name } piše…
chat-teachers_tab = Oglasna ploča za nastavnike
chat-teachers_title = Oglasna ploča za nastavnike
chat-session_title = Chat videopoziva
chat-older = Prikaži starije poruke
chat-new_messages = Nove poruke
chat-mention_list = Članovi koje možete spomenuti
chat-mention_hint = Za spominjanje člana upišite @ i ime.
chat-hidden = (sakrio nastavnik)
chat-deleted = (izbrisano)
chat-rejected = (nastavnik nije prikazao)
chat-edited = (uređeno)
chat-mentions_you = spominje vas
chat-edit = Uredi
chat-edit_label = Uredite poruku
chat-save = Spremi
chat-cancel = Odustani
chat-delete = Izbriši
chat-delete_confirm = Da, izbriši
chat-hide = Sakrij
chat-restore = Vrati
chat-approve = Odobri
chat-reject = Odbij
chat-report = Prijavi
chat-reported = Hvala. Nastavnici će pogledati ovu poruku.
chat-mute = Zabrani pisanje
chat-mute_question = Zabraniti pisanje: { $name }?
chat-mute_for = Trajanje zabrane pisanja za: { $name }
chat-minutes =
    { $count ->
        [one] { $count } minuta
        [few] { $count } minute
       *[other] { $count } minuta
    }
chat-mute_confirm = Zabrani sada
chat-muted_other = { $name } ne može pisati do { $time }.
chat-muted_you = Nastavnik vam je privremeno zabranio pisanje do { $time }. Chat i dalje možete čitati.
chat-unmuted_you = Ponovno možete pisati u chatu.
chat-gone = Ovaj vam chat više nije dostupan.

## role
role-founder = Osnivač
role-admin = Administrator
role-teacher = Nastavnik
role-pupil_admin = Učenik administrator
role-pupil = Učenik
role-guest = Gost

## error
error-bad_credentials = Podaci za prijavu nisu točni. Provjerite ih i pokušajte ponovno.
error-rate_limited = Previše pokušaja. Pričekajte trenutak i pokušajte ponovno.
error-invalid = Neka polja nisu ispravno ispunjena.
error-not_found = Ova stranica ne postoji ili je ne možete vidjeti.
error-forbidden = Nemate dopuštenje za to.
error-gone = Ovo više ne postoji ili više ne radi.
error-conflict = Ovo je u sukobu s nečim što već postoji.
error-gone-revoked = Ova poveznica s pozivnicom više ne radi: nastavnici prostora su je povukli.
error-gone-expired = Ova poveznica s pozivnicom više ne radi: istekla je.
error-gone-used_up = Ova poveznica s pozivnicom više ne radi: upotrijebljena je onoliko puta koliko je dopušteno.
error-conflict-name_taken = „{ $name }“ već postoji ovdje. Odaberite drugi naziv.
error-conflict-in_trash = „{ $name }“ je u košu za smeće: najprije to vratite.
error-conflict-not_in_trash = „{ $name }“ nije u košu za smeće.
error-conflict-parent_in_trash = „{ $name }“ je u mapi koja je sada u košu za smeće: najprije vratite tu mapu.
error-conflict-folder_not_empty = Mapa „{ $name }“ nije prazna: najprije premjestite njezin sadržaj u koš za smeće.
error-conflict-wrong_status = Status ovog računa ({ $status }) to ne dopušta.
error-unauthenticated = Prijavite se.
error-network = Poslužitelj nije dostupan. Provjerite vezu i pokušajte ponovno.
error-generic = Nešto nije u redu. Pokušajte ponovno.
error-too_large = Ovo je preveliko.
error-quota_exceeded = U ovom prostoru više nema dovoljno mjesta.
error-unsupported = Poslužitelj ne podržava ovu vrstu zahtjeva.
error-aborted = Prijenos je prekinut.
error-rate_limited_wait = Previše pokušaja. Pokušajte ponovno { $wait }.
error-fields = Neka polja traže vašu pozornost: pročitajte poruku ispod svakog od njih.
error-account_rejected = Nacionalni administrator vaše zemlje nije prihvatio ovu registraciju pa se ovim računom nije moguće prijaviti. Ako mislite da je riječ o pogrešci, obratite se Nacionalnoj službi za podršku eTwinningu u svojoj zemlji.
error-account_suspended = Nacionalni administrator vaše zemlje suspendirao je ovaj račun: zasad se njime nije moguće prijaviti. Ako želite saznati zašto ili zatražiti ponovnu aktivaciju, obratite se Nacionalnoj službi za podršku eTwinningu u svojoj zemlji.
error-malformed = Stranica je poslala nešto što poslužitelj nije mogao pročitati. Ponovno učitajte stranicu i pokušajte još jednom.
error-csrf = Sigurnosna provjera stranice nije uspjela. Ponovno učitajte stranicu i pokušajte još jednom.
error-limit_exceeded = Time se prelazi ograničenje postavljeno za ovaj prostor.
error-unavailable = Poslužitelj je zauzet ili dio njega ne odgovara. Pokušajte ponovno za trenutak.
error-internal = Nešto nije u redu na poslužitelju. Pokušajte ponovno kasnije.
error-insufficient_storage = Na poslužitelju više nema mjesta za datoteke. Ništa nije spremljeno; obavijestite osobu za kontakt za eTwinning u vašoj školi.
error-request_timeout = Slanje je trajalo predugo pa je zaustavljeno. Provjerite vezu i pokušajte ponovno.
error-conflict-not_a_guest = Ova adresa e-pošte pripada računu eTwinning. Nastavnike pozivaju administratori prostora, a ne poveznica za goste.

## notice
# What a pupil (or any member) is told about their own post or account. The server sends only the
# event's name (protocol/events.py, notice channel): `notice-<event>`, its dots as dashes.
notice-post-pending = Hvala! Nastavnik će pročitati vašu objavu prije nego što je svi budu mogli vidjeti.
notice-post-approved = Nastavnik je pročitao vašu objavu. Sada je svi u projektu mogu vidjeti.
notice-post-rejected = Nastavnik je odlučio ne prikazati vašu objavu. Možete pitati svojeg nastavnika zašto.
notice-post-hidden = Nastavnik je zasad sakrio vašu objavu. Možete pitati svojeg nastavnika zašto.
notice-post-restored = Nastavnik je ponovno prikazao vašu objavu. Sada je svi mogu vidjeti.
notice-post-purged = Nastavnik je uklonio vašu objavu.
notice-member-muted = Projekt možete čitati, ali neko vrijeme ne možete pisati.
notice-member-unmuted = Ponovno možete pisati u projektu.
notice-chat-mention = { $name } vas spominje u chatu.

## video
video-section = Video
video-open_sessions = Otvoreni videopozivi
video-none = Nijedan videopoziv nije otvoren.
video-start_title = Započni videopoziv
video-title = Naslov (nije obavezno)
video-lobby = Učenici čekaju u čekaonici dok ih nastavnik ne pusti unutra
video-start = Započni
video-join_named = Pridruži se videopozivu „{ $title }“
video-nobody_in_call = U pozivu još nema nikoga
video-people_in_call =
    { $count ->
        [one] { $count } osoba u pozivu
        [few] { $count } osobe u pozivu
       *[other] { $count } osoba u pozivu
    }
video-locked = (zaključan)
video-back = Natrag u prostor
video-participants = Sudionici
video-my_controls = Vaš mikrofon i kamera
video-chat = Chat videopoziva
video-starting_media = Pokretanje kamere i mikrofona…
video-in_call = U pozivu ste.
video-waiting_in_lobby = U čekaonici ste. Nastavnik će vas uskoro pustiti unutra.
video-no_media = Nije bilo moguće upotrijebiti nijednu kameru ni mikrofon: ostale i dalje možete vidjeti i čuti.
video-partial_media = Kameru i mikrofon bilo je moguće upotrijebiti samo djelomično.
video-enable_sound = Uključi zvuk
video-mic_on = Mikrofon uključen
video-mic_off = Mikrofon isključen
video-mic_forced = Utišao nastavnik
video-camera_on = Kamera uključena
video-camera_off = Kamera isključena
video-hand_raised = Podignuta ruka
video-mute_me = Isključi moj mikrofon
video-unmute_me = Uključi moj mikrofon
video-camera_stop = Isključi moju kameru
video-camera_start = Uključi moju kameru
video-hand_raise = Podigni ruku
video-hand_lower = Spusti ruku
video-leave = Izađi
video-you_are_muted = Nastavnik vam je isključio mikrofon. Možete ga uključiti kad nastavnik to dopusti.
video-muted_by_teacher = Nastavnik vam je isključio mikrofon.
video-unmute_allowed = Nastavnik vam ponovno dopušta uključiti mikrofon.
video-mute_other = Utišaj
video-mute_named = Utišaj: { $name }
video-allow_unmute = Dopusti mikrofon
video-allow_unmute_named = Dopusti mikrofon: { $name }
video-remove = Ukloni
video-remove_named = Ukloni iz videopoziva: { $name }
video-lobby_title = Čekaonica
video-lobby_empty = Nitko ne čeka.
video-admit = Pusti unutra
video-admit_named = Pusti unutra: { $name }
video-deny = Odbij ulaz
video-deny_named = Odbij ulaz: { $name }
video-manage = Ovaj videopoziv
video-is_open = Otvoren: članovi se mogu pridružiti.
video-is_locked = Zaključan: pridružiti se mogu samo nastavnici.
video-lock = Zaključaj videopoziv
video-end = Završi videopoziv za sve
video-ended = Videopoziv je završio.
video-ended_space_archived = Videopoziv je završio: njegov je prostor arhiviran.
video-ended_space_deleted = Videopoziv je završio: njegov je prostor izbrisan.
video-ended_empty = Videopoziv je završio: neko vrijeme u njemu nije bilo nikoga.
video-no_teacher_yet = U ovom videopozivu još nema nastavnika pa vas nitko ne može pustiti unutra. Možete pričekati ovdje ili izaći.
video-leave_lobby = Izađi iz čekaonice
video-removed = Nastavnik vas je uklonio iz videopoziva.
video-denied = Nastavnik vas nije pustio u ovaj videopoziv.
video-left = Više niste u videopozivu.
video-full = Ovaj je videopoziv pun.
video-refused = Ne možete se pridružiti ovom videopozivu.
video-signal_refused = Poslužitelj je odbio podatke koje je poslao vaš preglednik. Pokušajte izaći i ponovno se pridružiti.
video-sfu_moving = Videopoziv je narastao: poziv se seli na školski medijski poslužitelj…
video-sfu_unreachable = Školski medijski poslužitelj nije dostupan. Novi pokušaj…
video-sfu_no_seat = Sva mjesta za kamere u ovom videopozivu su zauzeta: vi vidite i čujete ostale, ali oni vas ne vide i ne čuju.
video-sfu_not_sent = Vašu kameru i mikrofon nije bilo moguće prenijeti. Ostale i dalje vidite i čujete.

## forum
forum-title = Forum
forum-threads = Teme
forum-posts = Objave
forum-areas = Dijelovi foruma
forum-area-open = Otvoreni forum
forum-area-teachers = Oglasna ploča za nastavnike
forum-empty = Još nema tema.
forum-thread_meta =
    { $count ->
        [one] { $author } · { $count } objava · { $when }
        [few] { $author } · { $count } objave · { $when }
       *[other] { $author } · { $count } objava · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } nova
        [few] { $count } nove
       *[other] { $count } novih
    }
forum-pinned = prikvačena
forum-locked = zaključana
forum-new_thread = Započni temu
forum-new_bulletin = Započni temu na Oglasnoj ploči za nastavnike
forum-thread_title = Naslov teme
forum-first_post = Prva objava
forum-start = Započni temu
forum-thread_started = Tema je započeta.
forum-thread_held = Hvala! Nastavnik će pročitati tvoju temu prije nego što je svi budu mogli vidjeti.
forum-back = Natrag na teme
forum-reply_label = Vaš odgovor
forum-send = Objavi odgovor
forum-no_reply = U ovoj temi ne možete odgovarati.
forum-held = Hvala! Nastavnik će pročitati tvoju objavu prije nego što je svi budu mogli vidjeti.
forum-edited = (uređeno)
forum-edit = Uredi
forum-edit_label = Uredite objavu
forum-save = Spremi
forum-saved = Vaša je objava promijenjena.
forum-cancel = Odustani
forum-delete = Izbriši
forum-deleted = Objava je izbrisana.
forum-report = Prijavi
forum-report_reason = Što nije u redu s ovom objavom? (nije obavezno)
forum-report_send = Pošalji prijavu
forum-reported = Hvala. Nastavnici su obaviješteni.
forum-hide = Sakrij
forum-restore = Vrati
forum-approve = Odobri
forum-reject = Odbij
forum-done-hide = Objava je skrivena od razreda.
forum-done-restore = Objava je ponovno vidljiva.
forum-done-approve = Objava je odobrena: svi je vide.
forum-done-reject = Objava je odbijena: vidi je samo njezin autor.
forum-state-pending = čeka nastavnika
forum-state-hidden = skrivena
forum-state-rejected = nije objavljena
forum-state-deleted = izbrisana
forum-pin = Prikvači
forum-unpin = Otkvači
forum-lock = Zaključaj
forum-unlock = Otključaj
forum-thread_changed = Tema je promijenjena.
forum-thread_gone = Ova vam tema više nije dostupna.
forum-moderation = Moderiranje
forum-queue = Čeka odobrenje
forum-queue_empty = Nijedna objava ne čeka.
forum-reports = Prijave
forum-reports_empty = Nema otvorenih prijava.
forum-reported_by = prijava: { $name }
forum-report_said = Razlog: { $reason }
forum-resolve = Zatvori prijavu
forum-resolved = Prijava je zatvorena.

## reactions
reaction-bar = Reakcije
reaction-add = Dodaj reakciju
reaction-picker = Odaberi reakciju
reaction-count =
    { $count ->
        [one] { $name }: { $count } osoba
        [few] { $name }: { $count } osobe
       *[other] { $name }: { $count } osoba
    }
reaction-thumbs_up = Palac gore
reaction-heart = Srce
reaction-clap = Bravo
reaction-laugh = Smiješno
reaction-idea = Dobra ideja
reaction-question = Imam pitanje

## archive
archive-title = Datoteke
archive-usage = Iskorišteno { $used } od { $quota }
archive-where = Mapa
archive-top = Sve datoteke
archive-empty = Ova je mapa prazna.
archive-contents = Mape i datoteke
archive-name = Naziv
archive-size = Veličina
archive-by = Tko je dodao
archive-when = Promijenjeno
archive-actions = Radnje
archive-former_member = bivši član
archive-choose = Odaberi datoteku
archive-upload = Prenesi
archive-progress = Napredak prijenosa
archive-uploading = Prijenos datoteke { $name }: { $percent }
archive-uploaded = Datoteka „{ $name }“ je prenesena.
archive-too_large = Ova je datoteka prevelika: datoteka može imati najviše { $max }.
archive-quota = U datotekama ovog prostora nema dovoljno mjesta (slobodno: { $free }). Zamolite nastavnika da ukloni stare datoteke.
archive-new_folder = Nova mapa
archive-create_folder = Izradi mapu
archive-folder_created = Mapa „{ $name }“ je izrađena.
archive-download = Preuzmi
archive-download_named = Preuzmi { $name }
archive-rename = Preimenuj
archive-rename_named = Preimenuj { $name }
archive-new_name = Novi naziv
archive-save = Spremi
archive-cancel = Odustani
archive-renamed = Preimenovano u „{ $name }“.
archive-trash = Premjesti u koš za smeće
archive-trash_named = Premjesti u koš za smeće: { $name }
archive-trashed = „{ $name }“ je u košu za smeće.
archive-show_trash = Koš za smeće
archive-trash_empty = Koš za smeće je prazan.
archive-restore = Vrati
archive-restore_named = Vrati { $name }
archive-restored = Stavka „{ $name }“ je vraćena.
archive-purge = Trajno izbriši
archive-purge_named = Trajno izbriši { $name }
archive-purged = Stavka „{ $name }“ je trajno izbrisana.
archive-choose_first = Odaberite datoteku za prijenos.
archive-no_file = Još nije odabrana nijedna datoteka.
archive-name_taken = Ovdje već postoji nešto s tim nazivom. Odaberite drugi naziv.

## unit
unit-b = B
unit-kb = kB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Ispunite ovo polje.
field-unknown = Ovo polje ovdje nije predviđeno.
field-type = Ova vrijednost nije odgovarajuće vrste.
field-blank = Napišite nešto ovdje: sami razmaci se ne računaju.
field-too_short =
    { $count ->
        [one] Napišite najmanje { $min } znak.
        [few] Napišite najmanje { $min } znaka.
       *[other] Napišite najmanje { $min } znakova.
    }
field-too_long =
    { $count ->
        [one] Napišite najviše { $max } znak.
        [few] Napišite najviše { $max } znaka.
       *[other] Napišite najviše { $max } znakova.
    }
field-too_small = Unesite najmanje { $min }.
field-too_large = Unesite najviše { $max }.
field-format = Vrijednost nije u očekivanom obliku.
field-choice = Odaberite jednu od ponuđenih mogućnosti.
field-invalid = Ova vrijednost nije prihvatljiva.

## confirm
confirm-cancel = Odustani
confirm-trash_file = Premjestiti „{ $name }“ u koš za smeće?
confirm-trash_file_lost = Članovi više neće vidjeti ovu datoteku. Nastavnik je može vratiti iz koša za smeće.
confirm-trash_folder = Premjestiti mapu „{ $name }“ u koš za smeće?
confirm-trash_folder_lost = Članovi više neće vidjeti ovu mapu ni ništa u njoj. Nastavnik je može vratiti iz koša za smeće.
confirm-purge = Trajno izbrisati „{ $name }“?
confirm-purge_lost = Nestat će za sve i neće se moći vratiti.
confirm-delete_post = Izbrisati ovu objavu?
confirm-delete_post_lost = Njezin će tekst nestati za sve. To se ne može poništiti.
confirm-delete_message = Izbrisati ovu poruku?
confirm-delete_message_lost = Njezin će tekst nestati za sve. To se ne može poništiti.
confirm-end_session = Završiti videopoziv za sve?
confirm-end_session_lost = Svi odmah napuštaju poziv, a videopoziv se više neće moći ponovno otvoriti.
confirm-remove_participant = Ukloniti iz videopoziva: { $name }?
confirm-remove_participant_lost = { $name }: poziv se odmah prekida, a povratak u ovaj videopoziv neće biti moguć.
confirm-deny = Odbiti ulaz: { $name }?
confirm-deny_lost = { $name }: ulaz u ovaj videopoziv neće biti moguć.

## page
page-not_found = Stranica nije pronađena
page-not_found_text = Na ovoj adresi nema stranice.
page-go_spaces = Idi na moje prostore
page-go_sign_in = Idi na prijavu

## form
form-required = Ispunite ovo polje.
form-email_format = Upišite adresu e-pošte, na primjer ime@skola.eu.
form-password_short = Upotrijebite najmanje 10 znakova.
form-password_long = Upotrijebite najviše 200 znakova.
form-password_mismatch = Lozinke nisu iste.
form-password_hint = Najmanje 10 znakova. Dobro funkcionira nekoliko riječi koje ćete zapamtiti.
form-check_fields = Provjerite gore označena polja.
form-field_invalid = Ova vrijednost nije prihvatljiva.

## register
register-title = Izradi račun eTwinnera
register-intro = Za nastavnike. Nacionalni administrator vaše zemlje provjerava predajete li u školi, a zatim potvrđuje vaš račun. Učenici se ne registriraju: račune im izrađuje nastavnik.
register-name = Vaše ime
register-school = Škola
register-country = Zemlja
register-country_choose = Odaberite svoju zemlju
register-submit = Izradi moj račun
register-email_taken = Račun s ovom adresom e-pošte već postoji. Prijavite se ili zatražite novu lozinku.
register-have_account = Već imate račun? Prijavite se

## pending
pending-title = Vaš račun čeka potvrdu
pending-who_heading = Tko ga potvrđuje
pending-who = Nacionalni administrator vaše zemlje ({ $country }) provjerava predajete li u navedenoj školi, a zatim potvrđuje vaš račun.
pending-next_heading = Što slijedi
pending-next_validate = Kad vaš račun bude potvrđen, postajete dio zajednice eTwinning: možete izrađivati prostore, primati pozivnice u projekte i izrađivati račune za svoje učenike. Promjenu ćete vidjeti nakon ponovne prijave ili kad pritisnete „Provjeri ponovno“.
pending-next_reject = Ako nacionalni administrator ne prihvati vašu registraciju, to ćete saznati pri prijavi.
pending-next_meanwhile = Do tada možete promijeniti svoje ime i lozinku u odjeljku „Moj račun“.
pending-check = Provjeri ponovno
pending-still = Vaš račun još čeka potvrdu.
pending-count =
    { $count ->
        [one] { $count } čeka moderiranje
        [few] { $count } čekaju moderiranje
       *[other] { $count } čeka moderiranje
    }

## forgot
forgot-title = Zaboravljena lozinka?
forgot-intro = Upišite adresu e-pošte svojeg računa. Na nju ćemo poslati poveznicu za postavljanje nove lozinke.
forgot-submit = Pošalji mi poveznicu
forgot-sent = Ako postoji račun s ovom adresom, poveznica je na putu. Radi jednom i samo ograničeno vrijeme. Provjerite i mapu neželjene pošte.
forgot-pupils = Učenici: ovdje nemate adresu e-pošte. Zamolite nastavnika za novi kod.
forgot-back = Natrag na prijavu

## reset
reset-title = Postavite novu lozinku
reset-intro = Postavljanjem nove lozinke odjavljujete se na svim ostalim uređajima.
reset-password = Nova lozinka
reset-confirm = Ponovite novu lozinku
reset-submit = Spremi novu lozinku
reset-gone = Ova je poveznica istekla ili je već upotrijebljena. Zatražite novu.
reset-done = Vaša je lozinka promijenjena. Prijavite se novom lozinkom.
reset-ask_again = Zatraži novu poveznicu

## account
account-title = Moj račun
account-signed_in_with = Prijavljujete se adresom { $email }.
account-name_heading = Vaše ime
account-name = Ime koje drugi vide
account-save_name = Spremi ime
account-name_saved = Vaše je ime spremljeno.
account-pupil_note = Ovo ime odabire i uređuje vaš nastavnik. Ako ga treba promijeniti, zamolite nastavnika.
account-password_heading = Vaša lozinka
account-password_intro = Promjena lozinke odjavljuje vas na ostalim uređajima; ovdje prijava ostaje aktivna.
account-current_password = Trenutačna lozinka
account-new_password = Nova lozinka
account-confirm_password = Ponovite novu lozinku
account-save_password = Promijeni lozinku
account-password_saved = Vaša je lozinka promijenjena.
account-current_wrong = Ovo nije vaša trenutačna lozinka.
account-everywhere_heading = Odjava sa svih uređaja
account-everywhere_intro = Završava vašu prijavu na svim uređajima i u svim preglednicima, uključujući ovaj: izgubljeni telefon ili zajedničko računalo više neće otvarati vaš račun.
account-everywhere = Odjavi me svugdje…
account-everywhere_question = Odjaviti se na svim uređajima, uključujući ovaj? Otvorene stranice odmah se zatvaraju, a sve što u njima još nije poslano bit će izgubljeno.
account-everywhere_confirm = Da, odjavi me svugdje
account-everywhere_done = Odjava je provedena na svim uređajima.
account-cancel = Odustani

## admin
admin-nav = Konzola za potvrđivanje
admin-title = Konzola nacionalnog administratora
admin-country = Zemlja: { $country }
admin-only_national_admins = Ova je stranica namijenjena nacionalnim administratorima.
admin-pending_heading = Nastavnici koji čekaju potvrdu
admin-pending_count =
    { $count ->
        [one] Čeka { $count } osoba.
        [few] Čekaju { $count } osobe.
       *[other] Čeka { $count } osoba.
    }
admin-pending_none = Nitko ne čeka potvrdu.
admin-select_all = Odaberi sve
admin-select_first = Najprije odaberite barem jednu osobu.
admin-validate_selected = Potvrdi odabrane
admin-reject_selected = Odbij odabrane…
admin-validated =
    { $count ->
        [one] Potvrđen je { $count } račun.
        [few] Potvrđena su { $count } računa.
       *[other] Potvrđeno je { $count } računa.
    }
admin-rejected =
    { $count ->
        [one] Odbijena je { $count } registracija.
        [few] Odbijene su { $count } registracije.
       *[other] Odbijeno je { $count } registracija.
    }
admin-reject_question =
    { $count ->
        [one] Odbiti registraciju: { $names }? Ta se osoba neće moći prijaviti i to se ne može poništiti.
        [few] Odbiti ove { $count } registracije ({ $names })? Te se osobe neće moći prijaviti i to se ne može poništiti.
       *[other] Odbiti ovih { $count } registracija ({ $names })? Te se osobe neće moći prijaviti i to se ne može poništiti.
    }
admin-reject_reason = Razlog odbijanja
admin-reject_heading = Odbijanje registracija
admin-suspend_heading = Suspenzija računa
admin-reinstate_heading = Ponovna aktivacija računa
admin-reject_reason_hint = Sprema se u dnevnik aktivnosti zajedno s vašim imenom.
admin-reject_confirm =
    { $count ->
        [one] Odbij { $count } registraciju
        [few] Odbij { $count } registracije
       *[other] Odbij { $count } registracija
    }
admin-failed_one = { $name }: { $why }
admin-school = Škola: { $school }
admin-registered = Registracija: { $date }
admin-search_heading = Pronađi račun
admin-search_label = Ime, adresa e-pošte ili škola
admin-search_hint = Samo računi iz vaše zemlje. Ako ostavite prazno, prikazat će se svi, od najnovijih.
admin-search = Traži
admin-showing = { $from }–{ $to } od { $total }
admin-no_match = Nijedan račun ne odgovara.
admin-previous = Prethodna stranica
admin-next = Sljedeća stranica
admin-suspend = Suspendiraj…
admin-suspend_named = Suspendiraj: { $name }…
admin-suspend_question = Suspendirati račun: { $name }? Ta se osoba odmah odjavljuje sa svih uređaja, njezine se otvorene stranice zatvaraju i neće se moći prijaviti dok ponovno ne aktivirate račun.
admin-suspend_reason = Razlog suspenzije
admin-suspend_confirm = Da, suspendiraj
admin-suspend_done = Račun je suspendiran: { $name }.
admin-reinstate = Ponovno aktiviraj…
admin-reinstate_named = Ponovno aktiviraj: { $name }…
admin-reinstate_question = Ponovno aktivirati račun: { $name }? Ta će se osoba ponovno moći prijaviti.
admin-reinstate_reason = Razlog (nije obavezno)
admin-reinstate_confirm = Ponovno aktiviraj
admin-reinstate_done = Račun je ponovno aktiviran: { $name }.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Za potvrdu upišite naslov prostora: { $text }

## status
status-active = aktivan
status-pending = čeka potvrdu
status-suspended = suspendiran
status-rejected = odbijen
status-erased = izbrisan

## names
names-marked = { $name } ({ $mark })

## members
members-username = korisničko ime { $username }
members-role_of = Uloga: { $name }
members-change_role = Promijeni ulogu
members-role_question = { $name }: promijeniti ulogu iz „{ $from }“ u „{ $to }“?
members-role_consequence = { $name } od sada može raditi ono što dopušta uloga „{ $to }“, i to odmah na svim uređajima.
members-role_confirm = Promijeni ulogu
members-role_changed = { $name } sada ima ulogu „{ $role }“.
members-reset_code = Novi kod
members-reset_question = Izraditi novi kod za prijavu za: { $name }?
members-reset_consequence = Stari kod odmah prestaje raditi, a učenikov se račun odjavljuje sa svih uređaja. Novu karticu predajete vi.
members-reset_confirm = Izradi novi kod
members-reset_done = { $name } ima novi kod: predajte novu karticu u nastavku.
members-export = Izvezi podatke
members-remove = Ukloni
members-remove_question = Ukloniti iz ovog prostora: { $name }?
members-remove_consequence = { $name } odmah gubi pristup ovom prostoru na svim uređajima.
members-remove_pupil_kept = Račun, objave i datoteke učenika ostaju; račun možete kasnije ponovno dodati.
members-remove_kept = Objave i datoteke te osobe ostaju u prostoru.
members-remove_confirm = Ukloni
members-removed = Uklonjeno iz prostora: { $name }.
members-erase = Izbriši račun
members-leave = Napusti ovaj prostor
members-leave_question = Napustiti „{ $title }“?
members-leave_consequence = Odmah gubite pristup njegovim forumima, datotekama, chatu i videu. Vratiti vas može samo nastavnik s ulogom administratora.
members-leave_kept = Vaše objave i prenesene datoteke ostaju u prostoru.
members-leave_confirm = Napusti prostor
members-left = Više niste u prostoru „{ $title }“.

## erase
erase-question = Izbrisati račun: { $name }?
erase-account_gone = Ime, korisničko ime i kod učenika trajno će se izbrisati.
erase-signed_out = Račun se odmah odjavljuje i prijava u njega više nikad neće biti moguća.
erase-no_undo = To se ne može poništiti.
erase-export_first = Ako bi učenik ili obitelj mogli htjeti kopiju, najprije izvezite podatke.
erase-posts = Objave i poruke učenika u chatu
erase-posts_keep = Zadrži ih, s potpisom „bivši učenik“
erase-posts_remove = Trajno ih ukloni
erase-files = Datoteke učenika
erase-files_keep = Zadrži ih kao datoteke „bivšeg učenika“
erase-files_remove = Trajno ih ukloni
erase-confirm = Izbriši račun
erase-done = Račun je izbrisan: { $name }.

## invite_teacher
invite_teacher-title = Pozovi partnerskog nastavnika
invite_teacher-by_email = Putem adrese e-pošte
invite_teacher-role = Uloga
invite_teacher-submit = Pozovi
invite_teacher-done = { $name } sada ima ulogu „{ $role }“ u ovom prostoru.
invite_teacher-not_etwinner = Nijedan potvrđeni eTwinner nema ovu adresu ili ne možete dodijeliti tu ulogu.
invite_teacher-find = Pronađi eTwinnera
invite_teacher-query = Ime, škola ili zemlja
invite_teacher-search = Traži
invite_teacher-results = Pronađeni eTwinneri
invite_teacher-none = Nije pronađen nijedan eTwinner.
invite_teacher-more = Više rezultata
invite_teacher-member = Već u ovom prostoru
invite_teacher-invite = Pozovi
invite_teacher-role_for = Uloga za: { $name }

## pupils
pupils-title = Dodaj učenike
pupils-one_title = Jedan učenik
pupils-name = Ime učenika
pupils-add_one = Dodaj učenika
pupils-class_title = Cijeli razred
pupils-class_names = Imena učenika
pupils-class_help = Jedno ime po retku, onako kako će učenike vidjeti drugi.
pupils-add_class = Dodaj razred
pupils-class_empty = Napišite barem jedno ime.
pupils-language = Jezik stranice za ove učenike
pupils-language_help = Nakon prijave vidjet će TwinSpace Live na ovom jeziku. Svaki ga učenik može poslije promijeniti.
pupils-line_errors = Retci za ispravak
pupils-line_error = Redak { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } redak treba ispraviti; ništa nije izrađeno.
        [few] { $count } retka treba ispraviti; ništa nije izrađeno.
       *[other] { $count } redaka treba ispraviti; ništa nije izrađeno.
    }
pupils-created =
    { $count ->
        [one] Dodan je { $count } učenik.
        [few] Dodana su { $count } učenika.
       *[other] Dodano je { $count } učenika.
    }

## cards
cards-title = Kartice za prijavu
cards-once = Ovi se kodovi prikazuju samo sada. Ispišite kartice ili zapišite kodove prije nego što napustite ovu stranicu.
cards-site = Prijava na adresi
cards-print = Ispiši kartice
cards-done = Gotovo: sakrij kodove

## links
links-tab = Poveznice za goste
links-intro = Poveznica za goste omogućuje stručnjaku ili promatraču da se ovom prostoru TwinSpace pridruži kao gost. Može je upotrijebiti svatko tko je ima, dok ne istekne ili se ne potroši.
links-create_title = Nova poveznica za goste
links-valid_for = Vrijedi
links-days =
    { $count ->
        [one] { $count } dan
        [few] { $count } dana
       *[other] { $count } dana
    }
links-uses = Broj upotreba
links-note = Napomena (za koga je)
links-create = Izradi poveznicu
links-new = Nova poveznica
links-once = Kopirajte je sada: prikazuje se samo jednom.
links-copy = Kopiraj
links-copied = Poveznica je kopirana.
links-select_copy = Poveznica je odabrana: kopirajte je tipkama Ctrl+C (⌘+C).
links-live = Aktivne poveznice
links-empty = Nema aktivnih poveznica za goste.
links-untitled = Poveznica za goste
links-used =
    { $count ->
        [one] upotrijebljeno { $used } od { $count }
        [few] upotrijebljeno { $used } od { $count }
       *[other] upotrijebljeno { $used } od { $count }
    }
links-until = do { $time }
links-revoke = Opozovi
links-revoke_question = Opozvati ovu poveznicu za goste?
links-revoke_consequence = Više se nitko neće moći pridružiti pomoću nje.
links-revoke_kept = Gosti koji su se pridružili pomoću nje ostaju članovi.
links-revoked = Poveznica je opozvana.

## settings
settings-tab = Postavke
settings-space = Prostor
settings-pupils = Učenici
settings-premoderate_pupils = Zadrži objave učenika dok ih nastavnik ne odobri
settings-pupils_may_create_threads = Učenici mogu započinjati teme
settings-pupils_may_upload = Učenici mogu prenositi datoteke
settings-save = Spremi
settings-saved = Postavke su spremljene.
settings-archive_title = Arhiviranje
settings-archive_text = Arhivirani prostor i dalje mogu čitati njegovi članovi, ali nitko ne može objavljivati, prenositi datoteke ni započeti videopoziv.
settings-archive = Arhiviraj ovaj prostor
settings-archive_question = Arhivirati „{ $title }“?
settings-archive_read_only = Nitko više neće moći objavljivati, prenositi datoteke ni išta mijenjati.
settings-archive_video = Videopozivi koji su u tijeku odmah završavaju.
settings-archive_undo = Osnivač kasnije može ponovno otvoriti prostor.
settings-archive_confirm = Arhiviraj
settings-archived_title = Ovaj je prostor arhiviran
settings-archived_text = Dostupan je samo za čitanje. Ponovno ga otvorite kako bi članovi mogli objavljivati i prenositi datoteke.
settings-unarchive = Ponovno otvori
settings-unarchive_question = Ponovno otvoriti „{ $title }“?
settings-unarchive_consequence = Članovi će ponovno moći objavljivati, prenositi datoteke i započinjati videopozive.
settings-delete_title = Brisanje prostora
settings-delete_text = Brisanjem se prostor i sve u njemu trajno uklanjaju.
settings-delete = Izbriši ovaj prostor
settings-delete_question = Trajno izbrisati „{ $title }“?
settings-delete_content = Sve teme foruma, poruke u chatu i datoteke, sa svim njihovim verzijama, bit će izbrisane.
settings-delete_members = Svi članovi gube prostor; računi učenika ostaju samo u njihovim drugim prostorima.
settings-delete_video = Videopozivi koji su u tijeku odmah završavaju.
settings-delete_no_undo = Briše se i dnevnik aktivnosti. To se ne može poništiti.
settings-delete_confirm = Trajno izbriši
settings-deleted = Prostor „{ $title }“ je izbrisan.

## audit
audit-tab = Dnevnik aktivnosti
audit-caption = Što se radilo u ovom prostoru, od najnovijeg
audit-when = Kada
audit-who = Tko
audit-what = Što
audit-empty = Još ništa nije zabilježeno.
audit-older = Prikaži starije unose
audit-system = Poslužitelj
audit-former_member = Bivši član
audit-former_member_target = bivši član
audit-reason = Razlog: { $reason }
audit-other = Radnja „{ $action }“: { $target }
audit-space-created = Izrada prostora
audit-space-settings_changed = Promjena postavki prostora
audit-space-archived = Arhiviranje prostora
audit-space-unarchived = Ponovno otvaranje prostora
audit-member-invited = Poziv: { $target }, uloga „{ $role }“
audit-member-role_changed = Promjena uloge: { $target }, iz „{ $from }“ u „{ $role }“
audit-member-removed = Uklanjanje iz prostora: { $target }
audit-member-left = Napuštanje prostora
audit-member-muted = Zabrana pisanja: { $target }
audit-member-unmuted = Kraj zabrane pisanja: { $target }
audit-pupil-created = Izrada računa učenika: { $target }
audit-pupil-added = Dodavanje učenika: { $target }
audit-pupil-code_reset = Novi kod za prijavu: { $target }
audit-pupil-exported = Izvoz podataka: { $target }
audit-pupil-erased = Brisanje računa učenika
audit-invitation-created = Izrada poveznice za goste
audit-invitation-revoked = Opoziv poveznice za goste
audit-invitation-accepted = Pridruživanje pomoću poveznice za goste
audit-video-started = Početak videopoziva
audit-video-ended = Završetak videopoziva
audit-video-locked = Zaključavanje videopoziva
audit-video-unlocked = Otključavanje videopoziva
audit-video-admitted = Puštanje u videopoziv: { $target }
audit-video-denied = Odbijen ulaz u videopoziv: { $target }
audit-video-muted = Utišavanje u videopozivu: { $target }
audit-video-unmuted = Dopuštenje za govor u videopozivu: { $target }
audit-video-removed = Uklanjanje iz videopoziva: { $target }
audit-video-spotlight = Promjena isticanja u videopozivu
audit-post-hidden = Skrivanje objave
audit-post-restored = Vraćanje objave
audit-post-approved = Odobravanje objave
audit-post-rejected = Odbijanje objave
audit-post-purged = Trajno brisanje objave
audit-post-reported = Prijava objave
audit-report-resolved = Zatvaranje prijave
audit-thread-pinned = Prikvačivanje teme
audit-thread-unpinned = Otkvačivanje teme
audit-thread-locked = Zaključavanje teme
audit-thread-unlocked = Otključavanje teme
audit-archive-folder_created = Izrada mape
audit-archive-folder_renamed = Preimenovanje mape
audit-archive-folder_moved = Premještanje mape
audit-archive-folder_trashed = Premještanje mape u koš za smeće
audit-archive-folder_restored = Vraćanje mape iz koša za smeće
audit-archive-folder_purged = Trajno brisanje mape
audit-archive-file_added = Dodavanje datoteke
audit-archive-file_version_added = Dodavanje verzije datoteke
audit-archive-file_renamed = Preimenovanje datoteke
audit-archive-file_moved = Premještanje datoteke
audit-archive-file_trashed = Premještanje datoteke u koš za smeće
audit-archive-file_restored = Vraćanje datoteke iz koša za smeće
audit-archive-file_purged = Trajno brisanje datoteke
audit-chat-expired = Uklanjanje poruka u chatu nakon isteka roka čuvanja
audit-audit-retention_changed = Promjena roka čuvanja unosa u dnevniku aktivnosti
audit-group-joined = Ulazak u grupu
audit-group-requested = Zahtjev za ulazak u grupu
audit-group-request_accepted = Prihvaćen zahtjev: { $target }
audit-group-request_declined = Odbijen zahtjev: { $target }
audit-group-request_withdrawn = Povučen zahtjev za ulazak
audit-member-banned = Blokada: { $target }
audit-member-unbanned = Uklonjena blokada: { $target }
audit-group-featured = Grupa istaknuta
audit-group-unfeatured = Grupa više nije istaknuta
audit-group-moderator_appointed = Povjereno moderiranje: { $target }

## group_role
group_role-founder = Vlasništvo grupe
group_role-admin = Moderiranje
group_role-teacher = Član grupe

## readers
readers-title = Sada čitaju
readers-more =
    { $count ->
        [one] i još { $count } osoba
        [few] i još { $count } osobe
       *[other] i još { $count } osoba
    }

## groups
groups-nav = Grupe
groups-title = Grupe eTwinning
groups-intro = Zajednice eTwinnera oko predmeta, teme ili područja interesa. Sudjeluju samo potvrđeni eTwinneri.
groups-search = Pronađi grupu
groups-words = Riječi iz naslova
groups-topic = Tema
groups-language = Jezik
groups-language_any = Svi jezici
groups-language_choose = Odaberite jezik
groups-country = Zemlja člana grupe
groups-country_any = Sve zemlje
groups-search_submit = Traži
groups-found = Grupe
groups-empty = Nijedna grupa ne odgovara ovoj pretrazi.
groups-more = Prikaži još grupa
groups-featured = Istaknuta
groups-topic_is = Tema: { $topic }
groups-members =
    { $count ->
        [one] { $count } član
        [few] { $count } člana
       *[other] { $count } članova
    }
groups-access_short-open = Otvorena
groups-access_short-closed = Zatvorena
groups-standing-member = U grupi ste. Vaša uloga: { $role }
groups-standing-requested = Zatražili ste ulazak u ovu grupu.
groups-standing-banned = Moderatorski tim ove grupe ne dopušta vam ulazak.
groups-join = Pridruži se
groups-ask = Zatraži ulazak
groups-ask_message = Poruka za moderatorski tim (neobvezno)
groups-withdraw = Povuci moj zahtjev
groups-open_group = Otvori grupu
groups-joined = Sada ste u grupi „{ $title }”.
groups-asked = Vaš zahtjev za ulazak u „{ $title }” poslan je moderatorskom timu.
groups-withdrawn = Vaš zahtjev za ulazak u „{ $title }” je povučen.
groups-waiting = Moderatorski tim odgovorit će na vaš zahtjev. Ova stranica prikazuje odgovor čim stigne.
groups-accepted = Vaš zahtjev je prihvaćen: dobro došli u „{ $title }”.
groups-not_accepted = Vaš zahtjev nije prihvaćen. Možete ga ponovno poslati.
groups-back = Natrag na grupe
groups-create = Stvori grupu
groups-group_title = Naslov
groups-description = Opis (neobvezno)
groups-access = Tko se može pridružiti
groups-access-open = Otvorena: svaki eTwinner odmah ulazi
groups-access-closed = Zatvorena: moderatorski tim prihvaća svaki zahtjev
groups-create_submit = Stvori grupu
groups-created = Grupa „{ $title }” je stvorena.
groups-members_search = Pronađi člana grupe
groups-members_more = Prikaži još članova
groups-leave = Napusti ovu grupu
groups-leave_consequence = Odmah gubite pristup forumu, datotekama, chatu i videu grupe.
groups-leave_kept = Ono što ste napisali i učitali ostaje u grupi. Možete se vratiti preko imenika grupa.
groups-leave_confirm = Napusti grupu
groups-requests = Zahtjevi za ulazak
groups-requests_empty = Nitko ne čeka.
groups-accept = Prihvati
groups-decline = Odbij
groups-accepted_member = { $name } je sada u grupi.
groups-declined = Zahtjev: { $name } – odbijen.
groups-ban = Blokiraj
groups-ban_question = Blokirati pristup grupi: { $name }?
groups-ban_consequence = { $name } odmah napušta grupu i ne može se vratiti ni to zatražiti.
groups-ban_kept = Objave i datoteke ostaju u grupi. Blokadu možete kasnije ukloniti.
groups-ban_reason = Razlog (neobvezno, ostaje u zapisniku)
groups-ban_confirm = Blokiraj
groups-banned = Blokirano: { $name }.
groups-bans = Blokirani eTwinneri
groups-bans_empty = Nema blokada.
groups-lift = Ukloni blokadu
groups-lifted = { $name } se ponovno može pridružiti.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Postavite novu lozinku za TwinSpace Live
mail-reset_body =
    Dobar dan, { $name },

    primili smo zahtjev (vjerojatno vaš) za postavljanje nove lozinke za vaš račun TwinSpace Live.
    Novu lozinku postavite otvaranjem ove poveznice (radi jednom, { $minutes } min):

    { $link }

    Postavljanjem nove lozinke odjavljujete se sa svih ostalih uređaja.
    Ako zahtjev nije vaš, zanemarite ovu poruku: vaša lozinka ostaje nepromijenjena.

    TwinSpace Live

## events (issue 22)
events-nav = Događanja
events-title = Nadolazeća događanja
events-empty = Za vas još nema nadolazećih događanja.
events-more = Prikaži još događanja
events-schedule = Zakaži događanje
events-zone = Vremena su prikazana u vašoj vremenskoj zoni: { $zone }
events-audience-etwinners = Svi eTwinneri
events-audience-country = eTwinneri iz ove zemlje: { $country }
events-audience-group = Članovi grupe
events-audience-twinspace = Članovi TwinSpacea
events-organising = Vi organizirate ovo događanje.
events-registered = Vaša prijava je spremljena.
events-waiting = Na listi ste čekanja (mjesto { $position }).
events-state-live = Sada uživo
events-state-ended = Ovo je događanje završilo.
events-state-cancelled = Ovo je događanje otkazano.
events-places = Zauzeta mjesta: { $taken } od { $capacity }
event_form-new_title = Zakaži događanje
event_form-edit_title = Promijeni događanje
event_form-title = Naslov
event_form-description = Opis
event_form-date = Datum
event_form-time = Vrijeme početka
event_form-duration = Trajanje u minutama
event_form-space = Grupa ili TwinSpace
event_form-speakers_hint = Odaberite među nastavnicima svojih grupa i TwinSpaceova.
event_form-no_speakers = Još nema nikoga za odabir.
event_form-create = Zakaži događanje
event_form-save = Spremi promjene
event_form-created = „{ $title }” je zakazano.
event_form-saved = Promjene za „{ $title }” su spremljene.
event_form-start_past = Odaberite početak u budućnosti.
event-title = Događanje
event-back = Sva događanja
event-when = Kada
event-language = Jezik
event-audience = Tko se može prijaviti
event-organiser = Organizacija
event-speakers = Izlagači
event-places = Mjesta
event-no_speakers = Izlagači još nisu navedeni.
event-waiting_count = Na listi čekanja: { $waiting }
event-registration = Vaše mjesto
event-speaking = Na ovom događanju izlažete.
event-full = Sva su mjesta zauzeta: ako se prijavite, ići ćete na listu čekanja.
event-register = Prijavi me
event-unregister = Ustupi svoje mjesto
event-leave_waiting = Napusti listu čekanja
event-unregister_confirm_title = Odjaviti se s „{ $title }”?
event-unregister_confirm = Vaš red dobiva sljedeća osoba s liste čekanja. Ako se ponovno prijavite, možda ćete morati čekati.
event-unregistered = Vaša prijava je poništena.
event-calendar = Dodaj u moj kalendar (.ics)
event-organiser_tools = Za organizaciju
event-edit = Promijeni događanje
event-cancel = Otkaži događanje
event-keep = Zadrži događanje
event-cancel_confirm_title = Otkazati „{ $title }”?
event-cancel_confirm_lost = Nitko se više neće moći prijaviti i svi će vidjeti da je otkazano. To se ne može poništiti. Prijave i pitanja ostaju sačuvani.
event-cancelled = Događanje je otkazano.
event-registrants = Prijave
event-waiting_list = Lista čekanja
event-nobody = Još nitko.
event-attendance = Prisutnost
event-attendance_hint = Tko je pratio stranicu događanja dok je bilo uživo i koliko dugo.
event-attendance_none = Nitko nije pratio događanje uživo.
event-minutes = { $minutes } min
qa-title = Pitanja i odgovori
qa-empty = Još nema pitanja.
qa-closed = Pitanja su zatvorena: događanje je završilo.
qa-need_place = Prijavite se da biste postavili pitanje ili podržali neko.
qa-your_question = Vaše pitanje
qa-ask = Pitaj
qa-asked = Vaše je pitanje poslano.
qa-upvote = Podrži
qa-upvoted = Podržano
qa-votes = Glasovi: { $votes }
qa-by = Pita: { $name }
qa-by_gone = Pita: izbrisani račun
qa-answer = Odgovor: { $answer }
qa-state-picked = Upravo se odgovara
qa-state-answered = Odgovoreno
qa-state-hidden = Skriveno
qa-pick = Odaberi
qa-unpick = Vrati na popis
qa-hide = Sakrij
qa-restore = Vrati
qa-answer_label = Pisani odgovor (neobavezno)
qa-mark_answered = Označi kao odgovoreno
qa-gone = Ova pitanja više ne možete pratiti.
audit-event-created = Zakazivanje događanja „{ $title }”
audit-event-updated = Promjena događanja „{ $title }”
audit-event-cancelled = Otkazivanje događanja „{ $title }”
audit-event-question_moderated = Moderiranje pitanja događanja „{ $title }”

## the live webinar (issue 22)
live-title = Video uživo
live-not_started = Video uživo još nije počeo.
live-ended = Video uživo je završio.
live-connecting = Povezivanje s videom uživo…
live-need_place = Video uživo mogu gledati samo oni koji imaju mjesto.
live-watching_you = Gledate video uživo.
live-on_air = Uživo ste: svi vas vide i čuju.
live-recording = Ovaj se događaj snima.
live-speaking = Govori: { $names }
live-nobody_speaking = Još nitko ne govori.
live-watching = Gleda: { $watching }
live-start = Pokreni video uživo
live-end = Završi video uživo
live-end_confirm_title = Završiti video uživo događaja „{ $title }”?
live-end_confirm_lost = Video se zaustavlja za sve, govornike i publiku. Možete ga ponovno pokrenuti dok događaj traje; pitanja ostaju sačuvana.
live-go_live = Uključi se uživo
live-stop = Zaustavi moj video
live-hand_raised = Vaša je ruka podignuta: moderator vas može pozvati da govorite.
live-invited = Pozvani ste da govorite: uključite se uživo kad budete spremni.
live-returned = Ponovno ste u publici.
live-hands = Podignute ruke
live-no_hands = Nitko nije podigao ruku.
live-promote = Pozovi { $name } da govori
live-return = Vrati { $name } u publiku
live-record_start = Pokreni snimanje
live-record_stop = Zaustavi snimanje

## the event's recordings and seat (issue 22)
event-moved_up = Sada imate mjesto: pomaknuli ste se s liste čekanja.
live-off_stage_returned = Moderator vas je vratio u publiku.
live-off_stage_muted = U ovom prostoru utišani ste: ponovno ste u publici.
live-off_stage_removed = Više niste član ovog prostora: ponovno ste u publici.
live-off_stage_unnamed = Više niste govornik na ovom događaju: ponovno ste u publici.
recordings-title = Snimke
recordings-processing = Snimka se obrađuje: pojavit će se ovdje kad bude spremna.
recordings-take = Snimljeno { $when } · { $length }
recordings-video = Video: { $speaker }
recordings-audio = Zvuk: { $speaker }
recordings-former_speaker = bivši govornik
