### TwinSpace Live: les paraules de la pàgina en català.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Català

## app
app-name = TwinSpace Live
app-skip = Vés al contingut
app-nav = Principal
app-language = Llengua
app-sign_out = Tanca la sessió
app-signed_in_as = Sessió iniciada: { $name }
app-loading = S’està carregant…

## conn
conn-lost = S’ha perdut la connexió. S’està tornant a connectar…
conn-back = La connexió ha tornat.
conn-failed = La connexió en directe s’ha tancat. Torneu a carregar la pàgina per tornar-ho a provar.
conn-session_ended = La vostra sessió ha acabat. Torneu a iniciar la sessió.
conn-account_locked = Aquest compte ja no es pot fer servir. Torneu a iniciar la sessió per saber per què.
# Why the server closed the live connection: `conn-closed-<reason>`, one per reason code it sends
# (protocol/close_codes.py, CloseReason).
conn-closed-auth_missing = La connexió en directe no ha rebut el vostre inici de sessió a temps. Torneu a carregar la pàgina.
conn-closed-session_invalid = La vostra sessió ja no és vàlida. Torneu a iniciar la sessió.
conn-closed-session_expired = La vostra sessió ha caducat. Torneu a iniciar la sessió.
conn-closed-signed_out = S’ha tancat la vostra sessió. Torneu a iniciar la sessió.
conn-closed-account_locked = Aquest compte ja no es pot fer servir. Torneu a iniciar la sessió per saber per què.
conn-closed-too_many_connections = Aquest compte té massa pàgines obertes alhora. Tanqueu algunes pestanyes i torneu a carregar aquesta pàgina.
conn-closed-too_many_messages = Aquesta pàgina ha enviat massa coses massa de pressa. Espereu un moment i torneu-la a carregar.
conn-closed-frame_too_large = Aquesta pàgina ha enviat una cosa massa gran. Torneu a carregar la pàgina i torneu-ho a provar.
conn-closed-idle_timeout = La connexió en directe ha estat inactiva massa temps i s’ha tancat. S’està tornant a connectar…
conn-closed-slow_consumer = La connexió en directe s’ha endarrerit. S’està tornant a connectar…
conn-closed-server_restarting = El servidor s’està reiniciant. Es tornarà a connectar d’aquí a un moment…
conn-closed-server_shutting_down = El servidor de la vostra connexió s’està aturant. S’està tornant a connectar…
conn-closed-unavailable = El servidor està ocupat. Es tornarà a connectar d’aquí a un moment…
conn-closed-internal = Alguna cosa ha fallat al servidor. Es tornarà a connectar d’aquí a un moment…

## login
login-title = Inici de sessió
login-intro = Els docents i els convidats inicien la sessió amb la seva adreça electrònica. Els estudiants fan servir el nom d’usuari i el codi que els ha donat el seu docent.
login-teacher = Docents i convidats
login-pupil = Estudiants
login-email = Adreça electrònica
login-password = Contrasenya
login-username = Nom d’usuari
login-code = Codi
login-submit = Inicia la sessió
login-pupil_submit = Entra com a estudiant
login-forgot = Heu oblidat la contrasenya?
login-register = Encara no teniu compte? Creeu un compte d’eTwinner
login-pupil_forgot = Heu oblidat el codi? Demaneu-ne un de nou al vostre docent.

## invite
invite-title = Entra en un TwinSpace amb una invitació
invite-intro = Teniu una invitació per a un TwinSpace. Trieu el nom que veuran els altres i definiu una contrasenya.
invite-display_name = El vostre nom
invite-submit = Accepta la invitació
invite-checking = S’està comprovant la vostra invitació…
invite-for_space = Teniu una invitació per a «{ $title }».
invite-unknown = Aquest enllaç d’invitació no es reconeix. Comproveu que l’heu copiat sencer, o demaneu-ne un de nou al docent que us l’ha enviat.
invite-expired = Aquest enllaç d’invitació ha caducat. Demaneu-ne un de nou al docent que us l’ha enviat.
invite-used_up = Aquest enllaç d’invitació ja s’ha fet servir totes les vegades que permet. Demaneu-ne un de nou al docent que us l’ha enviat.
invite-revoked = Un docent ha retirat aquest enllaç d’invitació.
invite-closed = L’espai d’aquesta invitació està tancat.

## spaces
spaces-title = Els meus espais
spaces-empty = Encara no sou membre de cap espai.
spaces-create = Crea un espai
spaces-kind = Tipus
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Sala
spaces-kind-group = Grup
spaces-space_title = Títol
spaces-description = Descripció (opcional)
spaces-create_submit = Crea
spaces-created = S’ha creat l’espai «{ $title }».
spaces-my_role = El vostre rol: { $role }
spaces-archived = arxivat

## space
space-back = Torna als meus espais
space-sections = Seccions d’aquest espai
space-members = Membres
space-online_count =
    { $count ->
        [one] { $count } en línia
        [many] { $count } en línia
       *[other] { $count } en línia
    }
space-online = en línia
space-offline = fora de línia
space-you = (vós)
space-refreshed = S’ha actualitzat la llista.
space-gone = Ja no teniu accés a aquest espai.

## chat
chat-title = Xat
chat-empty = Encara no hi ha cap missatge.
chat-message = Missatge
chat-send = Envia
chat-pending = (a l’espera d’un docent)
chat-typing = { $name } està escrivint…
chat-teachers_tab = Tauler del professorat
chat-teachers_title = Tauler del professorat
chat-session_title = Xat de la sessió
chat-older = Mostra els missatges anteriors
chat-new_messages = Missatges nous
chat-mention_list = Membres que podeu esmentar
chat-mention_hint = Escriviu @ i un nom per esmentar un membre.
chat-hidden = (amagat per un docent)
chat-deleted = (suprimit)
chat-rejected = (un docent no l’ha publicat)
chat-edited = (editat)
chat-mentions_you = us esmenta
chat-edit = Edita
chat-edit_label = Editeu el vostre missatge
chat-save = Desa
chat-cancel = Cancel·la
chat-delete = Suprimeix
chat-delete_confirm = Sí, suprimeix
chat-hide = Amaga
chat-restore = Restaura
chat-approve = Aprova
chat-reject = Rebutja
chat-report = Denuncia
chat-reported = Gràcies. El professorat revisarà aquest missatge.
chat-mute = Silencia
chat-mute_question = Voleu silenciar { $name }?
chat-mute_for = Silencia { $name } durant
chat-minutes =
    { $count ->
        [one] { $count } minut
        [many] { $count } de minuts
       *[other] { $count } minuts
    }
chat-mute_confirm = Silencia ara
chat-muted_other = { $name } no pot escriure fins a les { $time }.
chat-muted_you = Un docent ha posat en pausa la vostra escriptura fins a les { $time }. Encara podeu llegir el xat.
chat-unmuted_you = Ja podeu tornar a escriure al xat.
chat-gone = Ja no teniu accés a aquest xat.

## role
role-founder = Fundador
role-admin = Administrador
role-teacher = Docent
role-pupil_admin = Estudiant administrador
role-pupil = Estudiant
role-guest = Convidat

## error
error-bad_credentials = Les dades d’inici de sessió no són correctes. Comproveu-les i torneu-ho a provar.
error-rate_limited = Massa intents. Espereu un moment i torneu-ho a provar.
error-invalid = Alguns camps no estan ben emplenats.
error-not_found = Aquesta pàgina no existeix o no hi teniu accés.
error-forbidden = No teniu permís per fer això.
error-gone = Això ja no existeix o ja no funciona.
error-conflict = Això entra en conflicte amb una cosa que ja existeix.
error-gone-revoked = Aquest enllaç d’invitació ja no funciona: els docents de l’espai l’han retirat.
error-gone-expired = Aquest enllaç d’invitació ja no funciona: ha caducat.
error-gone-used_up = Aquest enllaç d’invitació ja no funciona: s’ha fet servir totes les vegades que permet.
error-conflict-name_taken = «{ $name }» ja existeix aquí. Trieu un altre nom.
error-conflict-in_trash = «{ $name }» és a la paperera: primer restaureu-lo.
error-conflict-not_in_trash = «{ $name }» no és a la paperera.
error-conflict-parent_in_trash = «{ $name }» era en una carpeta que ara és a la paperera: primer restaureu aquesta carpeta.
error-conflict-folder_not_empty = La carpeta «{ $name }» no és buida: primer moveu el que conté a la paperera.
error-conflict-wrong_status = L’estat d’aquest compte ({ $status }) no ho permet.
error-unauthenticated = Inicieu la sessió.
error-network = No s’ha pogut connectar amb el servidor. Comproveu la connexió i torneu-ho a provar.
error-generic = Alguna cosa ha fallat. Torneu-ho a provar.
error-too_large = És massa gran.
error-quota_exceeded = No queda prou lloc en aquest espai.
error-unsupported = El servidor no pot atendre aquest tipus de petició.
error-aborted = La pujada s’ha aturat.
error-rate_limited_wait = Massa intents. Torneu-ho a provar { $wait }.
error-fields = Alguns camps necessiten la vostra atenció: vegeu el missatge de sota de cadascun.
error-account_rejected = L’administrador nacional del vostre país no ha acceptat aquest registre, de manera que aquest compte no pot iniciar la sessió. Si creieu que és un error, poseu-vos en contacte amb el Servei Nacional de Suport eTwinning del vostre país.
error-account_suspended = L’administrador nacional del vostre país ha suspès aquest compte: de moment no pot iniciar la sessió. Per saber-ne el motiu, o per demanar que es reactivi, poseu-vos en contacte amb el Servei Nacional de Suport eTwinning del vostre país.
error-malformed = La pàgina ha enviat una cosa que el servidor no ha pogut llegir. Torneu a carregar la pàgina i torneu-ho a provar.
error-csrf = La comprovació de seguretat de la pàgina ha fallat. Torneu a carregar la pàgina i torneu-ho a provar.
error-limit_exceeded = Això supera un límit establert per a aquest espai.
error-unavailable = El servidor està ocupat o una part no respon. Torneu-ho a provar d’aquí a un moment.
error-internal = Alguna cosa ha fallat al servidor. Torneu-ho a provar més tard.
error-insufficient_storage = El servidor ja no té espai per a fitxers. No s’ha desat res; aviseu la persona de contacte d’eTwinning del vostre centre.
error-request_timeout = L’enviament ha trigat massa i s’ha aturat. Comproveu la connexió i torneu-ho a provar.
error-conflict-not_a_guest = Aquesta adreça electrònica pertany a un compte d’eTwinning. Als docents els convida l’administració de l’espai, no un enllaç de convidat.

## notice
# What a pupil (or any member) is told about their own post or account. The server sends only the
# event's name (protocol/events.py, notice channel): `notice-<event>`, its dots as dashes.
notice-post-pending = Gràcies! Un docent llegirà el vostre missatge abans que tothom el pugui veure.
notice-post-approved = Un docent ha llegit el vostre missatge. Ara tothom al projecte el pot veure.
notice-post-rejected = Un docent ha decidit no mostrar el vostre missatge. Podeu preguntar al vostre docent per què.
notice-post-hidden = Un docent ha amagat el vostre missatge de moment. Podeu preguntar al vostre docent per què.
notice-post-restored = Un docent torna a mostrar el vostre missatge. Ara tothom el pot veure.
notice-post-purged = Un docent ha suprimit el vostre missatge.
notice-member-muted = Podeu llegir el projecte, però durant una estona no hi podeu escriure.
notice-member-unmuted = Ja podeu tornar a escriure al projecte.
notice-chat-mention = { $name } us ha esmentat al xat.

## video
video-section = Vídeo
video-open_sessions = Sessions de vídeo obertes
video-none = No hi ha cap sessió de vídeo oberta.
video-start_title = Inicia una sessió de vídeo
video-title = Títol (opcional)
video-lobby = Els estudiants esperen a la sala d’espera fins que un docent els deixa entrar
video-start = Inicia
video-join_named = Entra a «{ $title }»
video-nobody_in_call = Encara no hi ha ningú a la trucada
video-people_in_call =
    { $count ->
        [one] { $count } persona a la trucada
        [many] { $count } de persones a la trucada
       *[other] { $count } persones a la trucada
    }
video-locked = (blocada)
video-back = Torna a l’espai
video-participants = Participants
video-my_controls = El vostre micròfon i la vostra càmera
video-chat = Xat de la sessió
video-starting_media = S’estan engegant la càmera i el micròfon…
video-in_call = Sou a la trucada.
video-waiting_in_lobby = Sou a la sala d’espera. Aviat un docent us deixarà entrar.
video-no_media = No s’ha pogut fer servir cap càmera ni cap micròfon: tot i així, podeu veure i sentir els altres.
video-partial_media = Només s’ha pogut fer servir una part de la càmera i del micròfon.
video-enable_sound = Activa el so
video-mic_on = Micròfon obert
video-mic_off = Micròfon tancat
video-mic_forced = Micròfon tancat per un docent
video-camera_on = Càmera engegada
video-camera_off = Càmera apagada
video-hand_raised = Mà aixecada
video-mute_me = Tanca el meu micròfon
video-unmute_me = Obre el meu micròfon
video-camera_stop = Apaga la meva càmera
video-camera_start = Engega la meva càmera
video-hand_raise = Aixeca la mà
video-hand_lower = Abaixa la mà
video-leave = Surt
video-you_are_muted = Un docent us ha tancat el micròfon. El podreu tornar a obrir quan un docent ho permeti.
video-muted_by_teacher = Un docent ha tancat el vostre micròfon.
video-unmute_allowed = Un docent us permet tornar a obrir el micròfon.
video-mute_other = Silencia
video-mute_named = Silencia { $name }
video-allow_unmute = Permet obrir el micròfon
video-allow_unmute_named = Permet obrir el micròfon: { $name }
video-remove = Treu de la sessió
video-remove_named = Treu { $name } de la sessió
video-lobby_title = Sala d’espera
video-lobby_empty = No hi ha ningú esperant.
video-admit = Deixa entrar
video-admit_named = Deixa entrar { $name }
video-deny = No deixis entrar
video-deny_named = No deixis entrar { $name }
video-manage = Aquesta sessió
video-is_open = Oberta: els membres hi poden entrar.
video-is_locked = Blocada: només hi poden entrar els docents.
video-lock = Bloca la sessió
video-end = Acaba la sessió per a tothom
video-ended = La sessió ha acabat.
video-ended_space_archived = La sessió ha acabat: el seu espai s’ha arxivat.
video-ended_space_deleted = La sessió ha acabat: el seu espai s’ha suprimit.
video-ended_empty = La sessió ha acabat: feia una estona que no hi havia ningú.
video-no_teacher_yet = Encara no hi ha cap docent en aquesta sessió, així que ningú no us pot deixar entrar. Podeu esperar aquí o sortir.
video-leave_lobby = Surt de la sala d’espera
video-removed = Un docent us ha tret de la sessió.
video-denied = Un docent no us ha deixat entrar en aquesta sessió.
video-left = Heu sortit de la sessió.
video-full = Aquesta sessió és plena.
video-refused = No podeu entrar en aquesta sessió.
video-signal_refused = El servidor ha rebutjat el que ha enviat el vostre navegador. Proveu de sortir i tornar a entrar.
video-sfu_moving = La sessió ha crescut: la trucada passa al servidor multimèdia de la classe…
video-sfu_unreachable = No es pot connectar amb el servidor multimèdia de la classe. S’està tornant a provar…
video-sfu_no_seat = Totes les places de càmera d’aquesta sessió estan ocupades: vós veieu i sentiu els altres, però ells no us veuen ni us senten.
video-sfu_not_sent = No s’han pogut enviar la vostra càmera i el vostre micròfon. Encara veieu i sentiu els altres.

## forum
forum-title = Fòrum
forum-threads = Temes
forum-posts = Missatges
forum-areas = Àrees del fòrum
forum-area-open = Fòrum obert
forum-area-teachers = Tauler del professorat
forum-empty = Encara no hi ha cap tema.
forum-thread_meta =
    { $count ->
        [one] de { $author } · { $count } missatge · { $when }
        [many] de { $author } · { $count } de missatges · { $when }
       *[other] de { $author } · { $count } missatges · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } nou
        [many] { $count } de nous
       *[other] { $count } nous
    }
forum-pinned = fixat
forum-locked = tancat
forum-new_thread = Obre un tema
forum-new_bulletin = Obre un tema al Tauler del professorat
forum-thread_title = Títol del tema
forum-first_post = Primer missatge
forum-start = Obre el tema
forum-thread_started = S’ha obert el tema.
forum-thread_held = Gràcies! Un docent llegirà el vostre tema abans que tothom el pugui veure.
forum-back = Torna als temes
forum-reply_label = La vostra resposta
forum-send = Publica la resposta
forum-no_reply = No podeu respondre en aquest tema.
forum-held = Gràcies! Un docent llegirà el vostre missatge abans que tothom el pugui veure.
forum-edited = (editat)
forum-edit = Edita
forum-edit_label = Editeu el vostre missatge
forum-save = Desa
forum-saved = S’ha modificat el vostre missatge.
forum-cancel = Cancel·la
forum-delete = Suprimeix
forum-deleted = S’ha suprimit el missatge.
forum-report = Denuncia
forum-report_reason = Quin problema té aquest missatge? (opcional)
forum-report_send = Envia la denúncia
forum-reported = Gràcies. S’ha avisat el professorat.
forum-hide = Amaga
forum-restore = Restaura
forum-approve = Aprova
forum-reject = Rebutja
forum-done-hide = El missatge està amagat per a la classe.
forum-done-restore = El missatge torna a ser visible.
forum-done-approve = El missatge està aprovat: tothom el pot veure.
forum-done-reject = El missatge està rebutjat: només el veu qui l’ha escrit.
forum-state-pending = a l’espera d’un docent
forum-state-hidden = amagat
forum-state-rejected = no publicat
forum-state-deleted = suprimit
forum-pin = Fixa
forum-unpin = Deixa de fixar
forum-lock = Tanca
forum-unlock = Reobre
forum-thread_changed = S’ha modificat el tema.
forum-thread_gone = Ja no teniu accés a aquest tema.
forum-moderation = Moderació
forum-queue = Pendent d’aprovació
forum-queue_empty = No hi ha cap missatge pendent.
forum-reports = Denúncies
forum-reports_empty = No hi ha cap denúncia oberta.
forum-reported_by = denunciat per { $name }
forum-report_said = Motiu: { $reason }
forum-resolve = Tanca la denúncia
forum-resolved = La denúncia s’ha tancat.

## reactions
reaction-bar = Reaccions
reaction-add = Afegeix una reacció
reaction-picker = Tria una reacció
reaction-count =
    { $count ->
        [one] { $name }: { $count } persona
        [many] { $name }: { $count } persones
       *[other] { $name }: { $count } persones
    }
reaction-thumbs_up = M'agrada
reaction-heart = Cor
reaction-clap = Bravo
reaction-laugh = Divertit
reaction-idea = Bona idea
reaction-question = Tinc una pregunta

## archive
archive-title = Fitxers
archive-usage = { $used } utilitzats de { $quota }
archive-where = Carpeta
archive-top = Tots els fitxers
archive-empty = Aquesta carpeta és buida.
archive-contents = Carpetes i fitxers
archive-name = Nom
archive-size = Mida
archive-by = Afegit per
archive-when = Modificat
archive-actions = Accions
archive-former_member = antic membre
archive-choose = Tria un fitxer
archive-upload = Puja
archive-progress = Progrés de la pujada
archive-uploading = S’està pujant { $name }: { $percent }
archive-uploaded = S’ha pujat «{ $name }».
archive-too_large = Aquest fitxer és massa gran: cada fitxer pot ocupar com a màxim { $max }.
archive-quota = No queda prou lloc als fitxers d’aquest espai ({ $free } lliures). Demaneu a un docent que tregui fitxers antics.
archive-new_folder = Carpeta nova
archive-create_folder = Crea la carpeta
archive-folder_created = S’ha creat la carpeta «{ $name }».
archive-download = Baixa
archive-download_named = Baixa { $name }
archive-rename = Canvia el nom
archive-rename_named = Canvia el nom de { $name }
archive-new_name = Nom nou
archive-save = Desa
archive-cancel = Cancel·la
archive-renamed = S’ha canviat el nom a «{ $name }».
archive-trash = Mou a la paperera
archive-trash_named = Mou a la paperera: { $name }
archive-trashed = «{ $name }» és a la paperera.
archive-show_trash = Paperera
archive-trash_empty = La paperera és buida.
archive-restore = Restaura
archive-restore_named = Restaura { $name }
archive-restored = «{ $name }» ha tornat al seu lloc.
archive-purge = Suprimeix definitivament
archive-purge_named = Suprimeix definitivament { $name }
archive-purged = «{ $name }» s’ha suprimit definitivament.
archive-choose_first = Trieu un fitxer per pujar.
archive-no_file = Encara no heu triat cap fitxer.
archive-name_taken = Aquí ja hi ha una cosa amb aquest nom. Trieu un altre nom.

## unit
unit-b = B
unit-kb = kB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Empleneu aquest camp.
field-unknown = Aquest camp no s’espera aquí.
field-type = Aquest valor no és del tipus correcte.
field-blank = Escriviu alguna cosa aquí: els espais sols no compten.
field-too_short =
    { $count ->
        [one] Escriviu com a mínim { $min } caràcter.
        [many] Escriviu com a mínim { $min } de caràcters.
       *[other] Escriviu com a mínim { $min } caràcters.
    }
field-too_long =
    { $count ->
        [one] Escriviu com a màxim { $max } caràcter.
        [many] Escriviu com a màxim { $max } de caràcters.
       *[other] Escriviu com a màxim { $max } caràcters.
    }
field-too_small = Indiqueu com a mínim { $min }.
field-too_large = Indiqueu com a màxim { $max }.
field-format = No té el format esperat.
field-choice = Trieu una de les opcions que s’ofereixen.
field-invalid = Aquest valor no s’accepta.

## confirm
confirm-cancel = Cancel·la
confirm-trash_file = Voleu moure «{ $name }» a la paperera?
confirm-trash_file_lost = Els membres ja no veuran aquest fitxer. Un docent el pot recuperar de la paperera.
confirm-trash_folder = Voleu moure la carpeta «{ $name }» a la paperera?
confirm-trash_folder_lost = Els membres ja no veuran aquesta carpeta ni res del que conté. Un docent la pot recuperar de la paperera.
confirm-purge = Voleu suprimir «{ $name }» definitivament?
confirm-purge_lost = Desapareixerà per a tothom i no es podrà recuperar.
confirm-delete_post = Voleu suprimir aquest missatge?
confirm-delete_post_lost = El text desapareixerà per a tothom. No es pot desfer.
confirm-delete_message = Voleu suprimir aquest missatge?
confirm-delete_message_lost = El text desapareixerà per a tothom. No es pot desfer.
confirm-end_session = Voleu acabar la sessió per a tothom?
confirm-end_session_lost = Tothom surt de la trucada immediatament, i la sessió no es podrà tornar a obrir.
confirm-remove_participant = Voleu treure { $name } de la sessió?
confirm-remove_participant_lost = { $name } surt de la trucada immediatament i no podrà tornar a aquesta sessió.
confirm-deny = Voleu no deixar entrar { $name }?
confirm-deny_lost = { $name } no entrarà en aquesta sessió.

## page
page-not_found = No s’ha trobat la pàgina
page-not_found_text = No hi ha cap pàgina en aquesta adreça.
page-go_spaces = Vés als meus espais
page-go_sign_in = Vés a la pàgina d’inici de sessió

## form
form-required = Empleneu aquest camp.
form-email_format = Escriviu una adreça electrònica com nom@escola.eu.
form-password_short = Feu servir com a mínim 10 caràcters.
form-password_long = Feu servir com a màxim 200 caràcters.
form-password_mismatch = Les dues contrasenyes no són iguals.
form-password_hint = Com a mínim 10 caràcters. Unes quantes paraules que recordeu funcionen bé.
form-check_fields = Comproveu els camps marcats més amunt.
form-field_invalid = Aquest valor no s’accepta.

## register
register-title = Crea un compte d’eTwinner
register-intro = Per a docents. L’administrador nacional del vostre país comprova que sou docent i després valida el vostre compte. Els estudiants no es registren: el seu docent els crea el compte.
register-name = El vostre nom
register-school = Centre educatiu
register-country = País
register-country_choose = Trieu el vostre país
register-submit = Crea el meu compte
register-email_taken = Ja hi ha un compte amb aquesta adreça electrònica. Inicieu la sessió o demaneu una contrasenya nova.
register-have_account = Ja teniu un compte? Inicieu la sessió

## pending
pending-title = El vostre compte està pendent de validació
pending-who_heading = Qui el valida
pending-who = L’administrador nacional del vostre país ({ $country }) comprova que feu classe al centre que heu indicat i després valida el vostre compte.
pending-next_heading = Què passa després
pending-next_validate = Quan el vostre compte estigui validat, sereu eTwinner: podreu crear espais, rebre invitacions a projectes i crear els comptes dels vostres estudiants. Torneu a iniciar la sessió, o premeu «Torna a comprovar», per veure-ho.
pending-next_reject = Si l’administrador nacional no accepta el vostre registre, us ho indicarem quan inicieu la sessió.
pending-next_meanwhile = Mentrestant, podeu canviar el vostre nom i la vostra contrasenya a «El meu compte».
pending-check = Torna a comprovar
pending-still = El vostre compte continua pendent de validació.
pending-count =
    { $count ->
        [one] { $count } pendent de moderació
        [many] { $count } pendents de moderació
       *[other] { $count } pendents de moderació
    }

## forgot
forgot-title = Heu oblidat la contrasenya?
forgot-intro = Escriviu l’adreça electrònica del vostre compte. Us hi enviarem un enllaç per triar una contrasenya nova.
forgot-submit = Envia’m un enllaç
forgot-sent = Si hi ha un compte amb aquesta adreça, s’hi ha enviat un enllaç. L’enllaç funciona una sola vegada i durant un temps limitat. Mireu també la carpeta de correu brossa.
forgot-pupils = Estudiants: aquí no teniu adreça electrònica. Demaneu un codi nou al vostre docent.
forgot-back = Torna a l’inici de sessió

## reset
reset-title = Trieu una contrasenya nova
reset-intro = Si trieu una contrasenya nova, es tancarà la sessió a tots els altres dispositius.
reset-password = Contrasenya nova
reset-confirm = Repetiu la contrasenya nova
reset-submit = Desa la contrasenya nova
reset-gone = Aquest enllaç ha caducat o ja s’ha fet servir. Demaneu-ne un de nou.
reset-done = S’ha canviat la vostra contrasenya. Inicieu la sessió amb la nova.
reset-ask_again = Demana un enllaç nou

## account
account-title = El meu compte
account-signed_in_with = L’adreça amb què inicieu la sessió és { $email }.
account-name_heading = El vostre nom
account-name = Nom que veuen els altres
account-save_name = Desa el nom
account-name_saved = S’ha desat el vostre nom.
account-pupil_note = Aquest nom l’ha triat el vostre docent, que se n’encarrega. Pregunteu-li si cal canviar-lo.
account-password_heading = La vostra contrasenya
account-password_intro = Si la canvieu, es tancarà la sessió als altres dispositius; aquí la sessió continuarà oberta.
account-current_password = Contrasenya actual
account-new_password = Contrasenya nova
account-confirm_password = Repetiu la contrasenya nova
account-save_password = Canvia la contrasenya
account-password_saved = S’ha canviat la vostra contrasenya.
account-current_wrong = Aquesta no és la vostra contrasenya actual.
account-everywhere_heading = Tanca la sessió a tot arreu
account-everywhere_intro = Tanca la vostra sessió a tots els dispositius i navegadors, inclòs aquest: un mòbil perdut o un ordinador compartit ja no obriran el vostre compte.
account-everywhere = Tanca la sessió a tot arreu…
account-everywhere_question = Voleu tancar la sessió a tots els dispositius, inclòs aquest? Les pàgines obertes es tanquen immediatament, i es perd el que encara no s’hi hagi enviat.
account-everywhere_confirm = Sí, tanca la sessió a tot arreu
account-everywhere_done = S’ha tancat la sessió a tots els dispositius.
account-cancel = Cancel·la

## admin
admin-nav = Consola de validació
admin-title = Consola d’administració nacional
admin-country = País: { $country }
admin-only_national_admins = Aquesta pàgina és per als administradors nacionals.
admin-pending_heading = Docents pendents de validació
admin-pending_count =
    { $count ->
        [one] { $count } docent està esperant.
        [many] { $count } de docents estan esperant.
       *[other] { $count } docents estan esperant.
    }
admin-pending_none = No hi ha cap docent pendent de validació.
admin-select_all = Selecciona-ho tot
admin-select_first = Primer seleccioneu com a mínim un docent.
admin-validate_selected = Valida la selecció
admin-reject_selected = Rebutja la selecció…
admin-validated =
    { $count ->
        [one] S’ha validat { $count } compte de docent.
        [many] S’han validat { $count } de comptes de docent.
       *[other] S’han validat { $count } comptes de docent.
    }
admin-rejected =
    { $count ->
        [one] S’ha rebutjat { $count } registre.
        [many] S’han rebutjat { $count } de registres.
       *[other] S’han rebutjat { $count } registres.
    }
admin-reject_question =
    { $count ->
        [one] Voleu rebutjar el registre de { $names }? Aquesta persona no podrà iniciar la sessió, i no es pot desfer.
        [many] Voleu rebutjar aquests { $count } de registres ({ $names })? Aquestes persones no podran iniciar la sessió, i no es pot desfer.
       *[other] Voleu rebutjar aquests { $count } registres ({ $names })? Aquestes persones no podran iniciar la sessió, i no es pot desfer.
    }
admin-reject_reason = Motiu del rebuig
admin-reject_heading = Rebutja registres
admin-suspend_heading = Suspèn un compte
admin-reinstate_heading = Reactiva un compte
admin-reject_reason_hint = Es desa al registre d’auditoria amb el vostre nom.
admin-reject_confirm =
    { $count ->
        [one] Rebutja { $count } registre
        [many] Rebutja { $count } de registres
       *[other] Rebutja { $count } registres
    }
admin-failed_one = { $name }: { $why }
admin-school = Centre: { $school }
admin-registered = Registre: { $date }
admin-search_heading = Cerca un compte
admin-search_label = Nom, adreça electrònica o centre
admin-search_hint = Només comptes del vostre país. Deixeu-ho buit per veure’ls tots, del més recent al més antic.
admin-search = Cerca
admin-showing = { $from }–{ $to } de { $total }
admin-no_match = Cap compte no hi coincideix.
admin-previous = Pàgina anterior
admin-next = Pàgina següent
admin-suspend = Suspèn…
admin-suspend_named = Suspèn { $name }…
admin-suspend_question = Voleu suspendre el compte de { $name }? La sessió es tanca immediatament a tot arreu, les pàgines obertes es tanquen i no es podrà iniciar la sessió fins que reactiveu el compte.
admin-suspend_reason = Motiu de la suspensió
admin-suspend_confirm = Sí, suspèn
admin-suspend_done = El compte de { $name } està suspès.
admin-reinstate = Reactiva…
admin-reinstate_named = Reactiva { $name }…
admin-reinstate_question = Voleu reactivar el compte de { $name }? Es podrà tornar a iniciar la sessió.
admin-reinstate_reason = Motiu (opcional)
admin-reinstate_confirm = Reactiva
admin-reinstate_done = El compte de { $name } s’ha reactivat.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Per confirmar-ho, escriviu el títol de l’espai: { $text }

## status
status-active = actiu
status-pending = pendent de validació
status-suspended = suspès
status-rejected = rebutjat
status-erased = esborrat

## names
names-marked = { $name } ({ $mark })

## members
members-username = nom d’usuari: { $username }
members-role_of = Rol de { $name }
members-change_role = Canvia el rol
members-role_question = Voleu canviar el rol de { $name } de { $from } a { $to }?
members-role_consequence = A partir d’ara, { $name } pot fer el que permet el rol { $to }, a tots els dispositius alhora.
members-role_confirm = Canvia el rol
members-role_changed = Ara { $name } té el rol { $role }.
members-reset_code = Codi nou
members-reset_question = Voleu donar un codi d’accés nou a { $name }?
members-reset_consequence = El codi antic deixa de funcionar immediatament i la sessió de l’estudiant es tanca a tot arreu. Vós lliureu la targeta nova.
members-reset_confirm = Crea un codi nou
members-reset_done = { $name } té un codi nou: lliureu la targeta nova que hi ha a sota.
members-export = Exporta les dades
members-remove = Treu
members-remove_question = Voleu treure { $name } d’aquest espai?
members-remove_consequence = { $name } perd l’accés a aquest espai immediatament, a tots els dispositius.
members-remove_pupil_kept = El compte, els missatges i els fitxers de l’estudiant es conserven; més endavant podeu tornar a afegir el compte.
members-remove_kept = Els seus missatges i fitxers es queden a l’espai.
members-remove_confirm = Treu
members-removed = { $name } ja no forma part de l’espai.
members-erase = Esborra el compte
members-leave = Surt d’aquest espai
members-leave_question = Voleu sortir de «{ $title }»?
members-leave_consequence = Perdreu immediatament l’accés als seus fòrums, fitxers, xat i vídeo. Només un docent administrador us hi pot tornar a donar accés.
members-leave_kept = El que heu escrit i pujat es queda a l’espai.
members-leave_confirm = Surt de l’espai
members-left = Heu sortit de «{ $title }».

## erase
erase-question = Voleu esborrar el compte de { $name }?
erase-account_gone = El nom, el nom d’usuari i el codi de l’estudiant se suprimeixen definitivament.
erase-signed_out = La sessió de l’estudiant es tanca immediatament i ja no es podrà tornar a iniciar mai més.
erase-no_undo = No es pot desfer.
erase-export_first = Si l’estudiant o la família en poden voler una còpia, primer exporteu les dades.
erase-posts = Els missatges de l’estudiant al fòrum i al xat
erase-posts_keep = Conserva’ls, signats per «antic estudiant»
erase-posts_remove = Suprimeix-los definitivament
erase-files = Els fitxers de l’estudiant
erase-files_keep = Conserva’ls, a nom d’«antic estudiant»
erase-files_remove = Suprimeix-los definitivament
erase-confirm = Esborra el compte
erase-done = S’ha esborrat el compte de { $name }.

## invite_teacher
invite_teacher-title = Convida un docent d’un centre soci
invite_teacher-by_email = Per adreça electrònica
invite_teacher-role = Rol
invite_teacher-submit = Convida
invite_teacher-done = { $name } ja forma part de l’espai amb el rol { $role }.
invite_teacher-not_etwinner = Cap eTwinner validat no té aquesta adreça, o no podeu donar aquest rol.
invite_teacher-find = Cerca un eTwinner
invite_teacher-query = Nom, centre o país
invite_teacher-search = Cerca
invite_teacher-results = eTwinners trobats
invite_teacher-none = No s’ha trobat cap eTwinner.
invite_teacher-more = Més resultats
invite_teacher-member = Membre d’aquest espai
invite_teacher-invite = Convida
invite_teacher-role_for = Rol de { $name }

## pupils
pupils-title = Afegeix estudiants
pupils-one_title = Un estudiant
pupils-name = Nom de l’estudiant
pupils-add_one = Afegeix l’estudiant
pupils-class_title = Una classe sencera
pupils-class_names = Noms dels estudiants
pupils-class_help = Un nom per línia, tal com els altres veuran cada estudiant.
pupils-add_class = Afegeix la classe
pupils-class_empty = Escriviu com a mínim un nom.
pupils-language = Llengua de la pàgina per a aquests estudiants
pupils-language_help = Veuran TwinSpace Live en aquesta llengua després d’iniciar la sessió. Cada estudiant la pot canviar més endavant.
pupils-line_errors = Línies per corregir
pupils-line_error = Línia { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] Cal corregir { $count } línia; no s’ha creat res.
        [many] Cal corregir { $count } de línies; no s’ha creat res.
       *[other] Cal corregir { $count } línies; no s’ha creat res.
    }
pupils-created =
    { $count ->
        [one] S’ha afegit { $count } estudiant.
        [many] S’han afegit { $count } d’estudiants.
       *[other] S’han afegit { $count } estudiants.
    }

## cards
cards-title = Targetes d’accés
cards-once = Aquests codis només es mostren ara. Imprimiu les targetes o apunteu els codis abans de sortir d’aquesta pàgina.
cards-site = Inicia la sessió a
cards-print = Imprimeix les targetes
cards-done = Fet: amaga els codis

## links
links-tab = Enllaços de convidat
links-intro = Un enllaç de convidat permet que una persona experta o observadora entri en aquest TwinSpace com a convidada. Qualsevol persona que tingui l’enllaç el pot fer servir, fins que caduqui o s’esgoti.
links-create_title = Enllaç de convidat nou
links-valid_for = Vàlid durant
links-days =
    { $count ->
        [one] { $count } dia
        [many] { $count } de dies
       *[other] { $count } dies
    }
links-uses = Nombre d’usos
links-note = Nota (per a qui és)
links-create = Crea l’enllaç
links-new = L’enllaç nou
links-once = Copieu-lo ara: només es mostra una vegada.
links-copy = Copia
links-copied = S’ha copiat l’enllaç.
links-select_copy = L’enllaç està seleccionat: premeu Ctrl+C (⌘+C) per copiar-lo.
links-live = Enllaços en ús
links-empty = No hi ha cap enllaç de convidat en ús.
links-untitled = Enllaç de convidat
links-used =
    { $count ->
        [one] usos: { $used } de { $count }
        [many] usos: { $used } de { $count }
       *[other] usos: { $used } de { $count }
    }
links-until = fins al { $time }
links-revoke = Revoca
links-revoke_question = Voleu revocar aquest enllaç de convidat?
links-revoke_consequence = Ja ningú no hi podrà entrar amb aquest enllaç.
links-revoke_kept = Els convidats que hi han entrat amb aquest enllaç continuen sent membres.
links-revoked = S’ha revocat l’enllaç.

## settings
settings-tab = Configuració
settings-space = L’espai
settings-pupils = Estudiants
settings-premoderate_pupils = Retén els missatges dels estudiants fins que un docent els aprovi
settings-pupils_may_create_threads = Els estudiants poden obrir temes
settings-pupils_may_upload = Els estudiants poden pujar fitxers
settings-save = Desa
settings-saved = S’ha desat la configuració.
settings-archive_title = Arxiva
settings-archive_text = Els membres continuen podent llegir un espai arxivat, però ningú no hi pot publicar, pujar fitxers ni iniciar una sessió de vídeo.
settings-archive = Arxiva aquest espai
settings-archive_question = Voleu arxivar «{ $title }»?
settings-archive_read_only = Ja ningú no podrà publicar, pujar fitxers ni canviar res.
settings-archive_video = Les sessions de vídeo en curs s’acaben immediatament.
settings-archive_undo = Més endavant, un fundador pot tornar a obrir l’espai.
settings-archive_confirm = Arxiva
settings-archived_title = Aquest espai està arxivat
settings-archived_text = És només de lectura. Torneu-lo a obrir perquè els membres hi puguin publicar i pujar fitxers.
settings-unarchive = Torna a obrir
settings-unarchive_question = Voleu tornar a obrir «{ $title }»?
settings-unarchive_consequence = Els membres podran tornar a publicar, pujar fitxers i iniciar sessions de vídeo.
settings-delete_title = Suprimeix l’espai
settings-delete_text = Suprimir l’espai l’esborra definitivament amb tot el que conté.
settings-delete = Suprimeix aquest espai
settings-delete_question = Voleu suprimir «{ $title }» definitivament?
settings-delete_content = Se suprimeixen tots els temes del fòrum, els missatges del xat i els fitxers, amb totes les seves versions.
settings-delete_members = Tots els membres perden l’espai; els comptes d’estudiant només es conserven als seus altres espais.
settings-delete_video = Les sessions de vídeo en curs s’acaben immediatament.
settings-delete_no_undo = El registre d’auditoria també se suprimeix. No es pot desfer.
settings-delete_confirm = Suprimeix definitivament
settings-deleted = S’ha suprimit «{ $title }».

## audit
audit-tab = Registre d’auditoria
audit-caption = El que s’ha fet en aquest espai, del més recent al més antic
audit-when = Quan
audit-who = Qui
audit-what = Què
audit-empty = Encara no s’ha registrat res.
audit-older = Mostra les entrades anteriors
audit-system = El servidor
audit-former_member = Un antic membre
audit-former_member_target = un antic membre
audit-reason = Motiu: { $reason }
audit-other = Ha fet «{ $action }» { $target }
audit-space-created = Ha creat l’espai
audit-space-settings_changed = Ha canviat la configuració de l’espai
audit-space-archived = Ha arxivat l’espai
audit-space-unarchived = Ha tornat a obrir l’espai
audit-member-invited = Ha convidat { $target } amb el rol { $role }
audit-member-role_changed = Ha canviat el rol de { $target } de { $from } a { $role }
audit-member-removed = Ha tret { $target } de l’espai
audit-member-left = Ha sortit de l’espai
audit-member-muted = Ha silenciat { $target }
audit-member-unmuted = Ha tret el silenci a { $target }
audit-pupil-created = Ha creat el compte d’estudiant de { $target }
audit-pupil-added = Ha afegit { $target } com a estudiant
audit-pupil-code_reset = Ha donat un codi d’accés nou a { $target }
audit-pupil-exported = Ha exportat les dades de { $target }
audit-pupil-erased = Ha esborrat el compte d’un estudiant
audit-invitation-created = Ha creat un enllaç de convidat
audit-invitation-revoked = Ha revocat un enllaç de convidat
audit-invitation-accepted = Ha entrat amb un enllaç de convidat
audit-video-started = Ha iniciat una sessió de vídeo
audit-video-ended = Ha acabat una sessió de vídeo
audit-video-locked = Ha blocat una sessió de vídeo
audit-video-unlocked = Ha desblocat una sessió de vídeo
audit-video-admitted = Ha deixat entrar { $target } en una sessió de vídeo
audit-video-denied = No ha deixat entrar { $target } en una sessió de vídeo
audit-video-muted = Ha tancat el micròfon de { $target } en una sessió de vídeo
audit-video-unmuted = Ha tornat a deixar parlar { $target } en una sessió de vídeo
audit-video-removed = Ha tret { $target } d’una sessió de vídeo
audit-video-spotlight = Ha canviat qui es destaca en una sessió de vídeo
audit-post-hidden = Ha amagat un missatge
audit-post-restored = Ha restaurat un missatge
audit-post-approved = Ha aprovat un missatge
audit-post-rejected = Ha rebutjat un missatge
audit-post-purged = Ha suprimit definitivament un missatge
audit-post-reported = Ha denunciat un missatge
audit-report-resolved = Ha tancat una denúncia
audit-thread-pinned = Ha fixat un tema
audit-thread-unpinned = Ha deixat de fixar un tema
audit-thread-locked = Ha tancat un tema
audit-thread-unlocked = Ha reobert un tema
audit-archive-folder_created = Ha creat una carpeta
audit-archive-folder_renamed = Ha canviat el nom d’una carpeta
audit-archive-folder_moved = Ha mogut una carpeta
audit-archive-folder_trashed = Ha posat una carpeta a la paperera
audit-archive-folder_restored = Ha tret una carpeta de la paperera
audit-archive-folder_purged = Ha suprimit definitivament una carpeta
audit-archive-file_added = Ha afegit un fitxer
audit-archive-file_version_added = Ha afegit una versió d’un fitxer
audit-archive-file_renamed = Ha canviat el nom d’un fitxer
audit-archive-file_moved = Ha mogut un fitxer
audit-archive-file_trashed = Ha posat un fitxer a la paperera
audit-archive-file_restored = Ha tret un fitxer de la paperera
audit-archive-file_purged = Ha suprimit definitivament un fitxer
audit-chat-expired = Ha suprimit missatges del xat caducats
audit-audit-retention_changed = Ha canviat quant de temps el registre d’auditoria conserva les entrades
audit-group-joined = Es va unir al grup
audit-group-requested = Va demanar d’unir-se al grup
audit-group-request_accepted = Va acceptar la sol·licitud de { $target }
audit-group-request_declined = Va rebutjar la sol·licitud de { $target }
audit-group-request_withdrawn = Va retirar una sol·licitud d’unió
audit-member-banned = Va vetar { $target }
audit-member-unbanned = Va aixecar el veto de { $target }
audit-group-featured = Va destacar el grup
audit-group-unfeatured = Va deixar de destacar el grup
audit-group-moderator_appointed = Va confiar la moderació a { $target }

## group_role
group_role-founder = Titularitat
group_role-admin = Moderació
group_role-teacher = Membre

## readers
readers-title = Llegint ara
readers-more =
    { $count ->
        [one] i { $count } persona més
        [many] i { $count } persones més
       *[other] i { $count } persones més
    }

## groups
groups-nav = Grups
groups-title = Grups eTwinning
groups-intro = Comunitats d’eTwinners al voltant d’una matèria, un tema o un àmbit d’interès. Només hi participen eTwinners validats.
groups-search = Cercar un grup
groups-words = Paraules del títol
groups-topic = Tema
groups-language = Llengua
groups-language_any = Totes les llengües
groups-language_choose = Trieu una llengua
groups-country = País d’un membre
groups-country_any = Tots els països
groups-search_submit = Cerca
groups-found = Grups
groups-empty = Cap grup no coincideix amb aquesta cerca.
groups-more = Mostra més grups
groups-featured = Destacat
groups-topic_is = Tema: { $topic }
groups-members =
    { $count ->
        [one] { $count } membre
        [many] { $count } de membres
       *[other] { $count } membres
    }
groups-access_short-open = Obert
groups-access_short-closed = Tancat
groups-standing-member = Sou membre. El vostre rol: { $role }
groups-standing-requested = Heu demanat d’unir-vos a aquest grup.
groups-standing-banned = L’equip de moderació d’aquest grup no us permet unir-vos-hi.
groups-join = Unir-se
groups-ask = Demanar d’unir-se
groups-ask_message = Un missatge per a l’equip de moderació (opcional)
groups-withdraw = Retira la meva sol·licitud
groups-open_group = Obre el grup
groups-joined = Ara formeu part de «{ $title }».
groups-asked = La vostra sol·licitud per unir-vos a «{ $title }» s’ha enviat a l’equip de moderació.
groups-withdrawn = La vostra sol·licitud per unir-vos a «{ $title }» s’ha retirat.
groups-waiting = L’equip de moderació respondrà la vostra sol·licitud. Aquesta pàgina mostra la resposta tan aviat com arriba.
groups-accepted = La vostra sol·licitud s’ha acceptat: us donem la benvinguda a «{ $title }».
groups-not_accepted = La vostra sol·licitud no s’ha acceptat. Podeu tornar a demanar-ho.
groups-back = Torna als grups
groups-create = Crea un grup
groups-group_title = Títol
groups-description = Descripció (opcional)
groups-access = Qui s’hi pot unir
groups-access-open = Obert: qualsevol eTwinner s’hi uneix de seguida
groups-access-closed = Tancat: l’equip de moderació accepta cada sol·licitud
groups-create_submit = Crea el grup
groups-created = S’ha creat el grup «{ $title }».
groups-members_search = Cercar un membre
groups-members_more = Mostra més membres
groups-leave = Surt d’aquest grup
groups-leave_consequence = Perdeu de seguida l’accés al fòrum, als fitxers, al xat i al vídeo del grup.
groups-leave_kept = El que heu escrit i pujat es queda al grup. Hi podeu tornar des del directori de grups.
groups-leave_confirm = Surt del grup
groups-requests = Sol·licituds d’unió
groups-requests_empty = No hi ha ningú esperant.
groups-accept = Accepta
groups-decline = Rebutja
groups-accepted_member = { $name } ja forma part del grup.
groups-declined = S’ha rebutjat la sol·licitud de { $name }.
groups-ban = Veta
groups-ban_question = Vetar { $name } en aquest grup?
groups-ban_consequence = { $name } surt del grup de seguida i no s’hi pot tornar a unir ni demanar-ho.
groups-ban_kept = Les publicacions i els fitxers es queden al grup. Podeu aixecar el veto més endavant.
groups-ban_reason = Motiu (opcional, queda al registre)
groups-ban_confirm = Veta
groups-banned = S’ha vetat { $name }.
groups-bans = eTwinners vetats
groups-bans_empty = No hi ha cap veto.
groups-lift = Aixeca el veto
groups-lifted = { $name } s’hi pot tornar a unir.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Trieu una contrasenya nova per a TwinSpace Live
mail-reset_body =
    Hola, { $name }:

    Algú, probablement vós, ha demanat triar una contrasenya nova per al vostre compte de TwinSpace Live.
    Obriu aquest enllaç per triar-la (funciona una sola vegada, durant { $minutes } minuts):

    { $link }

    Si trieu una contrasenya nova, es tancarà la sessió a tots els altres llocs.
    Si no ho heu demanat, no feu cas d’aquest missatge: la vostra contrasenya continua igual.

    TwinSpace Live

## events (issue 22)
events-nav = Esdeveniments
events-title = Propers esdeveniments
events-empty = Encara no hi ha propers esdeveniments per a vosaltres.
events-more = Mostra més esdeveniments
events-schedule = Programa un esdeveniment
events-zone = Les hores es mostren a la vostra zona horària: { $zone }
events-audience-etwinners = Tots els eTwinners
events-audience-country = Els eTwinners d’aquest país: { $country }
events-audience-group = Els membres d’un grup
events-audience-twinspace = Els membres d’un TwinSpace
events-organising = Organitzeu aquest esdeveniment.
events-registered = La vostra inscripció està registrada.
events-waiting = Sou a la llista d’espera (posició { $position }).
events-state-live = En directe
events-state-ended = Aquest esdeveniment s’ha acabat.
events-state-cancelled = Aquest esdeveniment s’ha cancel·lat.
events-places = Places ocupades: { $taken } de { $capacity }
event_form-new_title = Programa un esdeveniment
event_form-edit_title = Modifica l’esdeveniment
event_form-title = Títol
event_form-description = Descripció
event_form-date = Data
event_form-time = Hora d’inici
event_form-duration = Durada en minuts
event_form-space = Grup o TwinSpace
event_form-speakers_hint = Trieu entre el professorat dels vostres grups i TwinSpaces.
event_form-no_speakers = Encara no hi ha ningú per triar.
event_form-create = Programa l’esdeveniment
event_form-save = Desa els canvis
event_form-created = «{ $title }» està programat.
event_form-saved = Els canvis de «{ $title }» estan desats.
event_form-start_past = Trieu un inici en el futur.
event-title = Esdeveniment
event-back = Tots els esdeveniments
event-when = Quan
event-language = Llengua
event-audience = Qui s’hi pot inscriure
event-organiser = Organització
event-speakers = Ponents
event-places = Places
event-no_speakers = Encara no hi ha ponents.
event-waiting_count = En espera: { $waiting }
event-registration = La vostra plaça
event-speaking = Intervenis en aquest esdeveniment.
event-full = Totes les places estan ocupades: si us hi inscriviu, entrareu a la llista d’espera.
event-register = Inscriu-me
event-unregister = Deixa la meva plaça
event-leave_waiting = Surt de la llista d’espera
event-unregister_confirm_title = Voleu deixar «{ $title }»?
event-unregister_confirm = La persona següent de la llista d’espera ocuparà el vostre torn. Si us hi torneu a inscriure, potser haureu d’esperar.
event-unregistered = La vostra inscripció està anul·lada.
event-calendar = Afegeix al meu calendari (.ics)
event-organiser_tools = Per a l’organització
event-edit = Modifica l’esdeveniment
event-cancel = Cancel·la l’esdeveniment
event-keep = Mantén l’esdeveniment
event-cancel_confirm_title = Voleu cancel·lar «{ $title }»?
event-cancel_confirm_lost = Ningú no s’hi podrà inscriure i tothom veurà que està cancel·lat. No es pot desfer. Les inscripcions i les preguntes es conserven.
event-cancelled = L’esdeveniment està cancel·lat.
event-registrants = Inscripcions
event-waiting_list = Llista d’espera
event-nobody = Ningú de moment.
event-attendance = Assistència
event-attendance_hint = Qui va seguir la pàgina de l’esdeveniment mentre era en directe, i durant quant de temps.
event-attendance_none = Ningú no va seguir l’esdeveniment en directe.
event-minutes = { $minutes } min
qa-title = Preguntes i respostes
qa-empty = Encara no hi ha preguntes.
qa-closed = Les preguntes estan tancades: l’esdeveniment s’ha acabat.
qa-need_place = Inscriviu-vos per fer una pregunta o donar suport a una pregunta.
qa-your_question = La vostra pregunta
qa-ask = Pregunta
qa-asked = La vostra pregunta s’ha enviat.
qa-upvote = Dona suport
qa-upvoted = Amb suport
qa-votes = Vots: { $votes }
qa-by = Pregunta de { $name }
qa-by_gone = Pregunta d’un compte eliminat
qa-answer = Resposta: { $answer }
qa-state-picked = Responent ara
qa-state-answered = Resposta donada
qa-state-hidden = Amagada
qa-pick = Tria
qa-unpick = Torna a la llista
qa-hide = Amaga
qa-restore = Restableix
qa-answer_label = Resposta escrita (opcional)
qa-mark_answered = Marca com a resposta
qa-gone = Ja no podeu seguir aquestes preguntes.
audit-event-created = Ha programat l’esdeveniment «{ $title }»
audit-event-updated = Ha modificat l’esdeveniment «{ $title }»
audit-event-cancelled = Ha cancel·lat l’esdeveniment «{ $title }»
audit-event-question_moderated = Ha moderat una pregunta de l’esdeveniment «{ $title }»

## the live webinar (issue 22)
live-title = Vídeo en directe
live-not_started = El vídeo en directe encara no ha començat.
live-ended = El vídeo en directe ha acabat.
live-connecting = S’està connectant al vídeo en directe…
live-need_place = Només qui té plaça pot veure el vídeo en directe.
live-watching_you = Esteu veient el vídeo en directe.
live-on_air = Esteu en directe: tothom us veu i us sent.
live-recording = Aquest esdeveniment s’està enregistrant.
live-speaking = Parla: { $names }
live-nobody_speaking = Encara no parla ningú.
live-watching = Espectadors: { $watching }
live-start = Inicia el vídeo en directe
live-end = Acaba el vídeo en directe
live-end_confirm_title = Voleu acabar el vídeo en directe de «{ $title }»?
live-end_confirm_lost = El vídeo s’atura per a tothom, ponents i públic. El podeu tornar a iniciar mentre duri l’esdeveniment; les preguntes es conserven.
live-go_live = Surt en directe
live-stop = Atura el meu vídeo
live-hand_raised = Teniu la mà aixecada: un moderador us pot convidar a parlar.
live-invited = Us conviden a parlar: sortiu en directe quan estigueu a punt.
live-returned = Torneu a ser entre el públic.
live-hands = Mans aixecades
live-no_hands = No hi ha cap mà aixecada.
live-promote = Convida { $name } a parlar
live-return = Torna { $name } al públic
live-record_start = Inicia l’enregistrament
live-record_stop = Atura l’enregistrament

## the event's recordings and seat (issue 22)
event-moved_up = Ara tens plaça: has passat de la llista d’espera als inscrits.
live-off_stage_returned = Un moderador t’ha retornat al públic.
live-off_stage_muted = T’han silenciat en aquest espai: tornes a ser al públic.
live-off_stage_removed = Ja no ets membre d’aquest espai: tornes a ser al públic.
live-off_stage_unnamed = Ja no ets un dels ponents d’aquest esdeveniment: tornes a ser al públic.
recordings-title = Enregistraments
recordings-processing = S’està processant un enregistrament: apareixerà aquí quan estigui a punt.
recordings-take = Enregistrat el { $when } · { $length }
recordings-video = Vídeo: { $speaker }
recordings-audio = So: { $speaker }
recordings-former_speaker = un antic ponent
