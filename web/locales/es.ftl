### TwinSpace Live: las palabras de la página en español.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Español

## app
app-name = TwinSpace Live
app-skip = Ir al contenido
app-nav = Principal
app-language = Idioma
app-sign_out = Cerrar sesión
app-signed_in_as = Sesión iniciada: { $name }
app-loading = Cargando…

## conn
conn-lost = Se ha perdido la conexión. Reconectando…
conn-back = La conexión ha vuelto.
conn-failed = La conexión en directo se ha cerrado. Vuelva a cargar la página para intentarlo de nuevo.
conn-session_ended = Su sesión ha terminado. Vuelva a iniciar sesión.
conn-account_locked = Esta cuenta ya no se puede usar. Vuelva a iniciar sesión para saber por qué.
# Why the server closed the live connection: `conn-closed-<reason>`, one per reason code it sends
# (protocol/close_codes.py, CloseReason).
conn-closed-auth_missing = La conexión en directo no ha recibido su inicio de sesión a tiempo. Vuelva a cargar la página.
conn-closed-session_invalid = Su sesión ya no es válida. Vuelva a iniciar sesión.
conn-closed-session_expired = Su sesión ha caducado. Vuelva a iniciar sesión.
conn-closed-signed_out = Se ha cerrado su sesión. Vuelva a iniciar sesión.
conn-closed-account_locked = Esta cuenta ya no se puede usar. Vuelva a iniciar sesión para saber por qué.
conn-closed-too_many_connections = Esta cuenta tiene demasiadas páginas abiertas a la vez. Cierre algunas pestañas y vuelva a cargar esta página.
conn-closed-too_many_messages = Esta página ha enviado demasiadas cosas demasiado rápido. Espere un momento y vuelva a cargarla.
conn-closed-frame_too_large = Esta página ha enviado algo demasiado grande. Vuelva a cargar la página e inténtelo de nuevo.
conn-closed-idle_timeout = La conexión en directo ha estado inactiva demasiado tiempo y se ha cerrado. Reconectando…
conn-closed-slow_consumer = La conexión en directo se ha quedado atrás. Reconectando…
conn-closed-server_restarting = El servidor se está reiniciando. Reconectando en un momento…
conn-closed-server_shutting_down = El servidor de su conexión se está deteniendo. Reconectando…
conn-closed-unavailable = El servidor está ocupado. Reconectando en un momento…
conn-closed-internal = Algo ha fallado en el servidor. Reconectando en un momento…

## login
login-title = Iniciar sesión
login-intro = Los docentes y los invitados inician sesión con su dirección de correo electrónico. El alumnado usa el nombre de usuario y el código que le ha dado su docente.
login-teacher = Docentes e invitados
login-pupil = Estudiantes
login-email = Dirección de correo electrónico
login-password = Contraseña
login-username = Nombre de usuario
login-code = Código
login-submit = Iniciar sesión
login-pupil_submit = Entrar como estudiante
login-forgot = ¿Ha olvidado su contraseña?
login-register = ¿Todavía no tiene cuenta? Cree una cuenta de eTwinner
login-pupil_forgot = ¿Ha olvidado su código? Pida uno nuevo a su docente.

## invite
invite-title = Unirse a un TwinSpace con una invitación
invite-intro = Ha recibido una invitación a un TwinSpace. Elija cómo le verán los demás y cree una contraseña.
invite-display_name = Su nombre
invite-submit = Aceptar la invitación
invite-checking = Comprobando su invitación…
invite-for_space = Tiene una invitación a «{ $title }».
invite-unknown = Este enlace de invitación no se reconoce. Compruebe que lo ha copiado entero o pida uno nuevo al docente que se lo envió.
invite-expired = Este enlace de invitación ha caducado. Pida uno nuevo al docente que se lo envió.
invite-used_up = Este enlace de invitación ya se ha usado todas las veces que permite. Pida uno nuevo al docente que se lo envió.
invite-revoked = Un docente ha retirado este enlace de invitación.
invite-closed = El espacio de esta invitación está cerrado.

## spaces
spaces-title = Mis espacios
spaces-empty = Todavía no es miembro de ningún espacio.
spaces-create = Crear un espacio
spaces-kind = Tipo
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Sala
spaces-kind-group = Grupo
spaces-space_title = Título
spaces-description = Descripción (opcional)
spaces-create_submit = Crear
spaces-created = Se ha creado el espacio «{ $title }».
spaces-my_role = Su rol: { $role }
spaces-archived = archivado

## space
space-back = Volver a mis espacios
space-sections = Secciones de este espacio
space-members = Miembros
space-online_count =
    { $count ->
        [one] { $count } en línea
        [many] { $count } en línea
       *[other] { $count } en línea
    }
space-online = en línea
space-offline = sin conexión
space-you = (usted)
space-refreshed = La lista se ha actualizado.
space-gone = Ya no tiene acceso a este espacio.

## chat
chat-title = Chat
chat-empty = Todavía no hay mensajes.
chat-message = Mensaje
chat-send = Enviar
chat-pending = (esperando a un docente)
chat-typing = { $name } está escribiendo…
chat-teachers_tab = Tablón del profesorado
chat-teachers_title = Tablón del profesorado
chat-session_title = Chat de la sesión
chat-older = Ver mensajes anteriores
chat-new_messages = Mensajes nuevos
chat-mention_list = Miembros que se pueden mencionar
chat-mention_hint = Escriba @ y un nombre para mencionar a un miembro.
chat-hidden = (ocultado por un docente)
chat-deleted = (borrado)
chat-rejected = (un docente no lo ha publicado)
chat-edited = (editado)
chat-mentions_you = le menciona
chat-edit = Editar
chat-edit_label = Editar su mensaje
chat-save = Guardar
chat-cancel = Cancelar
chat-delete = Borrar
chat-delete_confirm = Sí, borrar
chat-hide = Ocultar
chat-restore = Restaurar
chat-approve = Aprobar
chat-reject = Rechazar
chat-report = Denunciar
chat-reported = Gracias. El profesorado revisará este mensaje.
chat-mute = Silenciar
chat-mute_question = ¿Silenciar a { $name }?
chat-mute_for = Silenciar a { $name } durante
chat-minutes =
    { $count ->
        [one] { $count } minuto
        [many] { $count } de minutos
       *[other] { $count } minutos
    }
chat-mute_confirm = Silenciar ahora
chat-muted_other = { $name } no puede escribir hasta las { $time }.
chat-muted_you = Un docente ha pausado su escritura hasta las { $time }. Aún puede leer el chat.
chat-unmuted_you = Ya puede volver a escribir en el chat.
chat-gone = Ya no tiene acceso a este chat.

## role
role-founder = Fundador
role-admin = Administrador
role-teacher = Docente
role-pupil_admin = Estudiante administrador
role-pupil = Estudiante
role-guest = Invitado

## error
error-bad_credentials = Los datos de acceso no son correctos. Compruébelos e inténtelo de nuevo.
error-rate_limited = Demasiados intentos. Espere un momento e inténtelo de nuevo.
error-invalid = Algunos campos no están bien rellenados.
error-not_found = Esta página no existe o no tiene acceso a ella.
error-forbidden = No tiene permiso para hacer esto.
error-gone = Esto ya no existe o ya no funciona.
error-conflict = Esto choca con algo que ya existe.
error-gone-revoked = Este enlace de invitación ya no funciona: los docentes del espacio lo han retirado.
error-gone-expired = Este enlace de invitación ya no funciona: ha caducado.
error-gone-used_up = Este enlace de invitación ya no funciona: se ha usado todas las veces que permite.
error-conflict-name_taken = «{ $name }» ya existe aquí. Elija otro nombre.
error-conflict-in_trash = «{ $name }» está en la papelera: restáurelo primero.
error-conflict-not_in_trash = «{ $name }» no está en la papelera.
error-conflict-parent_in_trash = «{ $name }» estaba en una carpeta que ahora está en la papelera: restaure primero esa carpeta.
error-conflict-folder_not_empty = La carpeta «{ $name }» no está vacía: mueva primero su contenido a la papelera.
error-conflict-wrong_status = El estado de esta cuenta ({ $status }) no lo permite.
error-unauthenticated = Inicie sesión.
error-network = No se ha podido conectar con el servidor. Compruebe su conexión e inténtelo de nuevo.
error-generic = Algo ha fallado. Inténtelo de nuevo.
error-too_large = Es demasiado grande.
error-quota_exceeded = No queda suficiente espacio libre en este espacio.
error-unsupported = El servidor no puede atender este tipo de petición.
error-aborted = La subida se ha detenido.
error-rate_limited_wait = Demasiados intentos. Inténtelo de nuevo { $wait }.
error-fields = Algunos campos necesitan su atención: lea el mensaje que aparece debajo de cada uno.
error-account_rejected = El administrador nacional de su país no ha aceptado este registro, así que esta cuenta no puede iniciar sesión. Si cree que es un error, póngase en contacto con el Servicio Nacional de Apoyo eTwinning de su país.
error-account_suspended = El administrador nacional de su país ha suspendido esta cuenta: por ahora no puede iniciar sesión. Para saber por qué o para pedir que se reactive, póngase en contacto con el Servicio Nacional de Apoyo eTwinning de su país.
error-malformed = La página ha enviado algo que el servidor no ha podido leer. Vuelva a cargar la página e inténtelo de nuevo.
error-csrf = Ha fallado la comprobación de seguridad de la página. Vuelva a cargar la página e inténtelo de nuevo.
error-limit_exceeded = Esto supera un límite establecido para este espacio.
error-unavailable = El servidor está ocupado o una parte de él no responde. Inténtelo de nuevo en un momento.
error-internal = Algo ha fallado en el servidor. Inténtelo de nuevo más tarde.
error-insufficient_storage = El servidor no tiene más espacio para archivos. No se ha guardado nada; avise a la persona de contacto de eTwinning de su centro.
error-request_timeout = El envío ha tardado demasiado y se ha detenido. Compruebe su conexión e inténtelo de nuevo.
error-conflict-not_a_guest = Esta dirección de correo electrónico pertenece a una cuenta de eTwinning. A los docentes los invita la administración del espacio, no un enlace de invitado.

## notice
# What a pupil (or any member) is told about their own post or account. The server sends only the
# event's name (protocol/events.py, notice channel): `notice-<event>`, its dots as dashes.
notice-post-pending = ¡Gracias! Un docente leerá su mensaje antes de que todos puedan verlo.
notice-post-approved = Un docente ha leído su mensaje. Ahora todos en el proyecto pueden verlo.
notice-post-rejected = Un docente ha decidido no mostrar su mensaje. Puede preguntarle el motivo a su docente.
notice-post-hidden = Un docente ha ocultado su mensaje por ahora. Puede preguntarle el motivo a su docente.
notice-post-restored = Un docente ha vuelto a mostrar su mensaje. Ahora todos pueden verlo.
notice-post-purged = Un docente ha eliminado su mensaje.
notice-member-muted = Puede leer el proyecto, pero no escribir durante un rato.
notice-member-unmuted = Ya puede volver a escribir en el proyecto.
notice-chat-mention = { $name } le ha mencionado en el chat.

## video
video-section = Vídeo
video-open_sessions = Sesiones de vídeo abiertas
video-none = No hay ninguna sesión de vídeo abierta.
video-start_title = Iniciar una sesión de vídeo
video-title = Título (opcional)
video-lobby = Los estudiantes esperan en la sala de espera hasta que un docente les deja entrar
video-start = Iniciar
video-join_named = Unirse a «{ $title }»
video-nobody_in_call = Todavía no hay nadie en la llamada
video-people_in_call =
    { $count ->
        [one] { $count } persona en la llamada
        [many] { $count } de personas en la llamada
       *[other] { $count } personas en la llamada
    }
video-locked = (bloqueada)
video-back = Volver al espacio
video-participants = Participantes
video-my_controls = Su micrófono y su cámara
video-chat = Chat de la sesión
video-starting_media = Encendiendo su cámara y su micrófono…
video-in_call = Está en la llamada.
video-waiting_in_lobby = Está en la sala de espera. Un docente le dejará entrar pronto.
video-no_media = No se ha podido usar ninguna cámara ni ningún micrófono: aun así, puede ver y oír a los demás.
video-partial_media = Solo se ha podido usar una parte de su cámara y su micrófono.
video-enable_sound = Activar el sonido
video-mic_on = Micrófono encendido
video-mic_off = Micrófono apagado
video-mic_forced = Micrófono silenciado por un docente
video-camera_on = Cámara encendida
video-camera_off = Cámara apagada
video-hand_raised = Mano levantada
video-mute_me = Silenciar mi micrófono
video-unmute_me = Activar mi micrófono
video-camera_stop = Apagar mi cámara
video-camera_start = Encender mi cámara
video-hand_raise = Levantar la mano
video-hand_lower = Bajar la mano
video-leave = Salir
video-you_are_muted = Un docente ha silenciado su micrófono. Podrá volver a activarlo cuando un docente lo permita.
video-muted_by_teacher = Un docente ha silenciado su micrófono.
video-unmute_allowed = Un docente le permite volver a activar el micrófono.
video-mute_other = Silenciar
video-mute_named = Silenciar a { $name }
video-allow_unmute = Permitir activar el micrófono
video-allow_unmute_named = Permitir activar el micrófono: { $name }
video-remove = Sacar de la sesión
video-remove_named = Sacar a { $name } de la sesión
video-lobby_title = Sala de espera
video-lobby_empty = No hay nadie esperando.
video-admit = Dejar entrar
video-admit_named = Dejar entrar a { $name }
video-deny = No dejar entrar
video-deny_named = No dejar entrar a { $name }
video-manage = Esta sesión
video-is_open = Abierta: los miembros pueden unirse.
video-is_locked = Bloqueada: solo los docentes pueden unirse.
video-lock = Bloquear la sesión
video-end = Terminar la sesión para todos
video-ended = La sesión ha terminado.
video-ended_space_archived = La sesión ha terminado: su espacio se ha archivado.
video-ended_space_deleted = La sesión ha terminado: su espacio se ha eliminado.
video-ended_empty = La sesión ha terminado: llevaba un rato sin nadie.
video-no_teacher_yet = Todavía no hay ningún docente en esta sesión, así que nadie puede dejarle entrar. Puede esperar aquí o salir.
video-leave_lobby = Salir de la sala de espera
video-removed = Un docente le ha sacado de la sesión.
video-denied = Un docente no le ha dejado entrar en esta sesión.
video-left = Ha salido de la sesión.
video-full = Esta sesión está llena.
video-refused = No puede unirse a esta sesión.
video-signal_refused = El servidor ha rechazado lo que ha enviado su navegador. Salga de la sesión y vuelva a unirse.
video-sfu_moving = La sesión ha crecido: la llamada se está pasando al servidor multimedia de la clase…
video-sfu_unreachable = No se puede conectar con el servidor multimedia de la clase. Volviendo a intentarlo…
video-sfu_no_seat = Todos los puestos de cámara de esta sesión están ocupados: usted ve y oye a los demás, pero ellos no le ven ni le oyen.
video-sfu_not_sent = No se han podido enviar su cámara y su micrófono. Aún ve y oye a los demás.

## forum
forum-title = Foro
forum-threads = Temas
forum-posts = Mensajes
forum-areas = Zonas del foro
forum-area-open = Foro abierto
forum-area-teachers = Tablón del profesorado
forum-empty = Todavía no hay temas.
forum-thread_meta =
    { $count ->
        [one] de { $author } · { $count } mensaje · { $when }
        [many] de { $author } · { $count } de mensajes · { $when }
       *[other] de { $author } · { $count } mensajes · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } nuevo
        [many] { $count } de nuevos
       *[other] { $count } nuevos
    }
forum-pinned = fijado
forum-locked = cerrado
forum-new_thread = Abrir un tema
forum-new_bulletin = Abrir un tema en el Tablón del profesorado
forum-thread_title = Título del tema
forum-first_post = Primer mensaje
forum-start = Abrir el tema
forum-thread_started = Se ha abierto el tema.
forum-thread_held = ¡Gracias! Un docente leerá su tema antes de que todos puedan verlo.
forum-back = Volver a los temas
forum-reply_label = Su respuesta
forum-send = Publicar la respuesta
forum-no_reply = No puede responder en este tema.
forum-held = ¡Gracias! Un docente leerá su mensaje antes de que todos puedan verlo.
forum-edited = (editado)
forum-edit = Editar
forum-edit_label = Editar su mensaje
forum-save = Guardar
forum-saved = Se ha modificado su mensaje.
forum-cancel = Cancelar
forum-delete = Borrar
forum-deleted = Se ha borrado el mensaje.
forum-report = Denunciar
forum-report_reason = ¿Qué problema tiene este mensaje? (opcional)
forum-report_send = Enviar la denuncia
forum-reported = Gracias. Se ha avisado al profesorado.
forum-hide = Ocultar
forum-restore = Restaurar
forum-approve = Aprobar
forum-reject = Rechazar
forum-done-hide = El mensaje está oculto para la clase.
forum-done-restore = El mensaje vuelve a estar visible.
forum-done-approve = El mensaje está aprobado: todos pueden verlo.
forum-done-reject = El mensaje está rechazado: solo lo ve quien lo escribió.
forum-state-pending = esperando a un docente
forum-state-hidden = oculto
forum-state-rejected = no publicado
forum-state-deleted = borrado
forum-pin = Fijar
forum-unpin = Dejar de fijar
forum-lock = Cerrar
forum-unlock = Reabrir
forum-thread_changed = Se ha modificado el tema.
forum-thread_gone = Ya no tiene acceso a este tema.
forum-moderation = Moderación
forum-queue = Pendiente de aprobación
forum-queue_empty = No hay ningún mensaje pendiente.
forum-reports = Denuncias
forum-reports_empty = No hay denuncias abiertas.
forum-reported_by = denunciado por { $name }
forum-report_said = Motivo: { $reason }
forum-resolve = Cerrar la denuncia
forum-resolved = La denuncia está cerrada.

## reactions
reaction-bar = Reacciones
reaction-add = Añadir una reacción
reaction-picker = Elige una reacción
reaction-count =
    { $count ->
        [one] { $name }: { $count } persona
        [many] { $name }: { $count } personas
       *[other] { $name }: { $count } personas
    }
reaction-thumbs_up = Me gusta
reaction-heart = Corazón
reaction-clap = Bravo
reaction-laugh = Divertido
reaction-idea = Buena idea
reaction-question = Tengo una pregunta

## archive
archive-title = Archivos
archive-usage = { $used } usados de { $quota }
archive-where = Carpeta
archive-top = Todos los archivos
archive-empty = Esta carpeta está vacía.
archive-contents = Carpetas y archivos
archive-name = Nombre
archive-size = Tamaño
archive-by = Añadido por
archive-when = Modificado
archive-actions = Acciones
archive-former_member = antiguo miembro
archive-choose = Elegir un archivo
archive-upload = Subir
archive-progress = Progreso de la subida
archive-uploading = Subiendo { $name }: { $percent }
archive-uploaded = Se ha subido «{ $name }».
archive-too_large = Este archivo es demasiado grande: los archivos pueden ocupar como máximo { $max }.
archive-quota = No queda suficiente espacio en los archivos de este espacio ({ $free } libres). Pida a un docente que elimine archivos antiguos.
archive-new_folder = Nueva carpeta
archive-create_folder = Crear la carpeta
archive-folder_created = Se ha creado la carpeta «{ $name }».
archive-download = Descargar
archive-download_named = Descargar { $name }
archive-rename = Cambiar el nombre
archive-rename_named = Cambiar el nombre de { $name }
archive-new_name = Nombre nuevo
archive-save = Guardar
archive-cancel = Cancelar
archive-renamed = Nombre cambiado a «{ $name }».
archive-trash = Mover a la papelera
archive-trash_named = Mover a la papelera: { $name }
archive-trashed = «{ $name }» está en la papelera.
archive-show_trash = Papelera
archive-trash_empty = La papelera está vacía.
archive-restore = Restaurar
archive-restore_named = Restaurar { $name }
archive-restored = «{ $name }» ha vuelto a su sitio.
archive-purge = Eliminar definitivamente
archive-purge_named = Eliminar definitivamente { $name }
archive-purged = «{ $name }» se ha eliminado definitivamente.
archive-choose_first = Elija un archivo para subir.
archive-no_file = Todavía no ha elegido ningún archivo.
archive-name_taken = Aquí ya hay algo con este nombre. Elija otro nombre.

## unit
unit-b = B
unit-kb = KB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Rellene este campo.
field-unknown = Este campo no se espera aquí.
field-type = Este valor no es del tipo correcto.
field-blank = Escriba algo aquí: los espacios solos no cuentan.
field-too_short =
    { $count ->
        [one] Escriba al menos { $min } carácter.
        [many] Escriba al menos { $min } de caracteres.
       *[other] Escriba al menos { $min } caracteres.
    }
field-too_long =
    { $count ->
        [one] Escriba como máximo { $max } carácter.
        [many] Escriba como máximo { $max } de caracteres.
       *[other] Escriba como máximo { $max } caracteres.
    }
field-too_small = Indique al menos { $min }.
field-too_large = Indique como máximo { $max }.
field-format = No tiene el formato esperado.
field-choice = Elija una de las opciones que se ofrecen.
field-invalid = Este valor no se acepta.

## confirm
confirm-cancel = Cancelar
confirm-trash_file = ¿Mover «{ $name }» a la papelera?
confirm-trash_file_lost = Los miembros dejarán de ver este archivo. Un docente puede recuperarlo de la papelera.
confirm-trash_folder = ¿Mover la carpeta «{ $name }» a la papelera?
confirm-trash_folder_lost = Los miembros dejarán de ver esta carpeta y todo lo que contiene. Un docente puede recuperarla de la papelera.
confirm-purge = ¿Eliminar «{ $name }» definitivamente?
confirm-purge_lost = Desaparecerá para todos y no se podrá recuperar.
confirm-delete_post = ¿Borrar este mensaje?
confirm-delete_post_lost = Su texto desaparecerá para todos. No se puede deshacer.
confirm-delete_message = ¿Borrar este mensaje?
confirm-delete_message_lost = Su texto desaparecerá para todos. No se puede deshacer.
confirm-end_session = ¿Terminar la sesión para todos?
confirm-end_session_lost = Todos salen de la llamada enseguida y la sesión no se podrá volver a abrir.
confirm-remove_participant = ¿Sacar a { $name } de la sesión?
confirm-remove_participant_lost = { $name } sale de la llamada enseguida y no podrá volver a esta sesión.
confirm-deny = ¿No dejar entrar a { $name }?
confirm-deny_lost = { $name } no entrará en esta sesión.

## page
page-not_found = Página no encontrada
page-not_found_text = No hay ninguna página en esta dirección.
page-go_spaces = Ir a mis espacios
page-go_sign_in = Ir a la página de inicio de sesión

## form
form-required = Rellene este campo.
form-email_format = Escriba una dirección de correo electrónico como nombre@escuela.eu.
form-password_short = Use al menos 10 caracteres.
form-password_long = Use como máximo 200 caracteres.
form-password_mismatch = Las dos contraseñas no coinciden.
form-password_hint = Al menos 10 caracteres. Unas cuantas palabras que pueda recordar funcionan bien.
form-check_fields = Revise los campos marcados arriba.
form-field_invalid = Este valor no se acepta.

## register
register-title = Crear una cuenta de eTwinner
register-intro = Para docentes. El administrador nacional de su país comprueba que usted es docente y después valida su cuenta. El alumnado no se registra: su docente le crea la cuenta.
register-name = Su nombre
register-school = Centro educativo
register-country = País
register-country_choose = Elija su país
register-submit = Crear mi cuenta
register-email_taken = Ya existe una cuenta con esta dirección de correo electrónico. Inicie sesión o pida una contraseña nueva.
register-have_account = ¿Ya tiene una cuenta? Inicie sesión

## pending
pending-title = Su cuenta está pendiente de validación
pending-who_heading = Quién la valida
pending-who = El administrador nacional de su país ({ $country }) comprueba que usted es docente en el centro que ha indicado y después valida su cuenta.
pending-next_heading = Qué pasa después
pending-next_validate = Cuando se valide su cuenta, será eTwinner: podrá crear espacios, recibir invitaciones a proyectos y crear las cuentas de su alumnado. Vuelva a iniciar sesión o pulse «Comprobar de nuevo» para verlo.
pending-next_reject = Si el administrador nacional no acepta su registro, se lo indicaremos al iniciar sesión.
pending-next_meanwhile = Mientras tanto, puede cambiar su nombre y su contraseña en «Mi cuenta».
pending-check = Comprobar de nuevo
pending-still = Su cuenta sigue pendiente de validación.
pending-count =
    { $count ->
        [one] { $count } pendiente de moderación
        [many] { $count } pendientes de moderación
       *[other] { $count } pendientes de moderación
    }

## forgot
forgot-title = ¿Ha olvidado su contraseña?
forgot-intro = Escriba la dirección de correo electrónico de su cuenta. Le enviaremos un enlace para elegir una contraseña nueva.
forgot-submit = Enviarme un enlace
forgot-sent = Si hay una cuenta con esta dirección, le hemos enviado un enlace. El enlace funciona una sola vez y durante un tiempo limitado. Mire también en la carpeta de correo no deseado.
forgot-pupils = Estudiantes: aquí no tiene dirección de correo electrónico. Pida un código nuevo a su docente.
forgot-back = Volver a iniciar sesión

## reset
reset-title = Elegir una contraseña nueva
reset-intro = Al elegir una contraseña nueva, se cerrará su sesión en todos los demás dispositivos.
reset-password = Contraseña nueva
reset-confirm = Repita la contraseña nueva
reset-submit = Guardar la contraseña nueva
reset-gone = Este enlace ha caducado o ya se ha usado. Pida uno nuevo.
reset-done = Se ha cambiado su contraseña. Inicie sesión con la nueva.
reset-ask_again = Pedir un enlace nuevo

## account
account-title = Mi cuenta
account-signed_in_with = Usted inicia sesión con { $email }.
account-name_heading = Su nombre
account-name = Nombre que ven los demás
account-save_name = Guardar el nombre
account-name_saved = Se ha guardado su nombre.
account-pupil_note = Su docente ha elegido este nombre y se encarga de él. Pregúntele si hay que cambiarlo.
account-password_heading = Su contraseña
account-password_intro = Si la cambia, se cerrará su sesión en sus otros dispositivos; en este seguirá con la sesión iniciada.
account-current_password = Contraseña actual
account-new_password = Contraseña nueva
account-confirm_password = Repita la contraseña nueva
account-save_password = Cambiar la contraseña
account-password_saved = Se ha cambiado su contraseña.
account-current_wrong = Esta no es su contraseña actual.
account-everywhere_heading = Cerrar sesión en todas partes
account-everywhere_intro = Cierra su sesión en todos los dispositivos y navegadores, incluido este: así, un móvil perdido o un ordenador compartido ya no abrirán su cuenta.
account-everywhere = Cerrar sesión en todas partes…
account-everywhere_question = ¿Cerrar sesión en todos los dispositivos, incluido este? Las páginas abiertas se cierran enseguida y se pierde lo que aún no se haya enviado en ellas.
account-everywhere_confirm = Sí, cerrar sesión en todas partes
account-everywhere_done = Se ha cerrado su sesión en todos los dispositivos.
account-cancel = Cancelar

## admin
admin-nav = Consola de validación
admin-title = Consola de administración nacional
admin-country = País: { $country }
admin-only_national_admins = Esta página es para los administradores nacionales.
admin-pending_heading = Docentes pendientes de validación
admin-pending_count =
    { $count ->
        [one] { $count } docente está esperando.
        [many] { $count } de docentes están esperando.
       *[other] { $count } docentes están esperando.
    }
admin-pending_none = No hay ningún docente pendiente de validación.
admin-select_all = Seleccionar todo
admin-select_first = Seleccione primero al menos un docente.
admin-validate_selected = Validar la selección
admin-reject_selected = Rechazar la selección…
admin-validated =
    { $count ->
        [one] Se ha validado { $count } docente.
        [many] Se han validado { $count } de docentes.
       *[other] Se han validado { $count } docentes.
    }
admin-rejected =
    { $count ->
        [one] Se ha rechazado { $count } registro.
        [many] Se han rechazado { $count } de registros.
       *[other] Se han rechazado { $count } registros.
    }
admin-reject_question =
    { $count ->
        [one] ¿Rechazar el registro de { $names }? Esta persona no podrá iniciar sesión, y no se puede deshacer.
        [many] ¿Rechazar estos { $count } de registros ({ $names })? Estas personas no podrán iniciar sesión, y no se puede deshacer.
       *[other] ¿Rechazar estos { $count } registros ({ $names })? Estas personas no podrán iniciar sesión, y no se puede deshacer.
    }
admin-reject_reason = Motivo del rechazo
admin-reject_heading = Rechazar registros
admin-suspend_heading = Suspender una cuenta
admin-reinstate_heading = Reactivar una cuenta
admin-reject_reason_hint = Se guarda en el registro de auditoría junto con su nombre.
admin-reject_confirm =
    { $count ->
        [one] Rechazar { $count } registro
        [many] Rechazar { $count } de registros
       *[other] Rechazar { $count } registros
    }
admin-failed_one = { $name }: { $why }
admin-school = Centro: { $school }
admin-registered = Registro: { $date }
admin-search_heading = Buscar una cuenta
admin-search_label = Nombre, dirección de correo electrónico o centro
admin-search_hint = Solo cuentas de su país. Déjelo vacío para verlas todas, de la más reciente a la más antigua.
admin-search = Buscar
admin-showing = { $from }–{ $to } de { $total }
admin-no_match = Ninguna cuenta coincide.
admin-previous = Página anterior
admin-next = Página siguiente
admin-suspend = Suspender…
admin-suspend_named = Suspender a { $name }…
admin-suspend_question = ¿Suspender la cuenta de { $name }? Su sesión se cierra enseguida en todas partes, sus páginas abiertas se cierran y no podrá iniciar sesión hasta que usted reactive la cuenta.
admin-suspend_reason = Motivo de la suspensión
admin-suspend_confirm = Sí, suspender
admin-suspend_done = La cuenta de { $name } está suspendida.
admin-reinstate = Reactivar…
admin-reinstate_named = Reactivar a { $name }…
admin-reinstate_question = ¿Reactivar la cuenta de { $name }? Podrá volver a iniciar sesión.
admin-reinstate_reason = Motivo (opcional)
admin-reinstate_confirm = Reactivar
admin-reinstate_done = La cuenta de { $name } está reactivada.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Para confirmar, escriba el título del espacio: { $text }

## status
status-active = activa
status-pending = pendiente de validación
status-suspended = suspendida
status-rejected = rechazada
status-erased = borrada

## names
names-marked = { $name } ({ $mark })

## members
members-username = usuario: { $username }
members-role_of = Rol de { $name }
members-change_role = Cambiar el rol
members-role_question = ¿Cambiar el rol de { $name } de { $from } a { $to }?
members-role_consequence = A partir de ahora, { $name } puede hacer lo que permite el rol { $to }, en todos sus dispositivos a la vez.
members-role_confirm = Cambiar el rol
members-role_changed = { $name } tiene ahora el rol { $role }.
members-reset_code = Código nuevo
members-reset_question = ¿Dar a { $name } un código de acceso nuevo?
members-reset_consequence = El código anterior deja de funcionar enseguida y se cierra la sesión del estudiante en todas partes. Usted le entrega la tarjeta nueva.
members-reset_confirm = Crear un código nuevo
members-reset_done = { $name } tiene un código nuevo: entréguele la tarjeta nueva que aparece abajo.
members-export = Exportar los datos
members-remove = Quitar
members-remove_question = ¿Quitar a { $name } de este espacio?
members-remove_consequence = { $name } pierde el acceso a este espacio enseguida, en todos sus dispositivos.
members-remove_pupil_kept = La cuenta, los mensajes y los archivos del estudiante se conservan; puede volver a añadirle más adelante.
members-remove_kept = Sus mensajes y archivos se quedan en el espacio.
members-remove_confirm = Quitar
members-removed = Se ha quitado a { $name }.
members-erase = Borrar la cuenta
members-leave = Salir de este espacio
members-leave_question = ¿Salir de «{ $title }»?
members-leave_consequence = Perderá enseguida el acceso a sus foros, archivos, chat y vídeo. Solo un docente con rol de administrador puede volver a admitirle.
members-leave_kept = Lo que haya escrito y subido se queda en el espacio.
members-leave_confirm = Salir del espacio
members-left = Ha salido de «{ $title }».

## erase
erase-question = ¿Borrar la cuenta de { $name }?
erase-account_gone = El nombre, el nombre de usuario y el código del estudiante se eliminan definitivamente.
erase-signed_out = La sesión del estudiante se cierra enseguida y nunca más podrá volver a iniciarla.
erase-no_undo = No se puede deshacer.
erase-export_first = Si el estudiante o su familia pueden querer una copia, exporte primero los datos.
erase-posts = Los mensajes del estudiante en el foro y en el chat
erase-posts_keep = Conservarlos, firmados por «antiguo estudiante»
erase-posts_remove = Eliminarlos definitivamente
erase-files = Los archivos del estudiante
erase-files_keep = Conservarlos, a nombre de «antiguo estudiante»
erase-files_remove = Eliminarlos definitivamente
erase-confirm = Borrar la cuenta
erase-done = Se ha borrado la cuenta de { $name }.

## invite_teacher
invite_teacher-title = Invitar a un docente socio
invite_teacher-by_email = Por dirección de correo electrónico
invite_teacher-role = Rol
invite_teacher-submit = Invitar
invite_teacher-done = { $name } se ha unido con el rol { $role }.
invite_teacher-not_etwinner = Ningún eTwinner validado tiene esta dirección, o usted no puede dar este rol.
invite_teacher-find = Buscar un eTwinner
invite_teacher-query = Nombre, centro o país
invite_teacher-search = Buscar
invite_teacher-results = eTwinners encontrados
invite_teacher-none = No se ha encontrado ningún eTwinner.
invite_teacher-more = Más resultados
invite_teacher-member = Miembro de este espacio
invite_teacher-invite = Invitar
invite_teacher-role_for = Rol de { $name }

## pupils
pupils-title = Añadir estudiantes
pupils-one_title = Un estudiante
pupils-name = Nombre del estudiante
pupils-add_one = Añadir al estudiante
pupils-class_title = Una clase entera
pupils-class_names = Nombres de los estudiantes
pupils-class_help = Un nombre por línea, tal como los demás verán a cada estudiante.
pupils-add_class = Añadir la clase
pupils-class_empty = Escriba al menos un nombre.
pupils-language = Idioma de la página para estos estudiantes
pupils-language_help = Verán TwinSpace Live en este idioma al iniciar sesión. Cada estudiante podrá cambiarlo después.
pupils-line_errors = Líneas que hay que corregir
pupils-line_error = Línea { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] Hay que corregir { $count } línea; no se ha creado nada.
        [many] Hay que corregir { $count } de líneas; no se ha creado nada.
       *[other] Hay que corregir { $count } líneas; no se ha creado nada.
    }
pupils-created =
    { $count ->
        [one] Se ha añadido { $count } estudiante.
        [many] Se han añadido { $count } de estudiantes.
       *[other] Se han añadido { $count } estudiantes.
    }

## cards
cards-title = Tarjetas de acceso
cards-once = Estos códigos solo se muestran ahora. Imprima las tarjetas o apunte los códigos antes de salir de esta página.
cards-site = Inicie sesión en
cards-print = Imprimir las tarjetas
cards-done = Listo: ocultar los códigos

## links
links-tab = Enlaces de invitado
links-intro = Un enlace de invitado permite que una persona experta u observadora se una a este TwinSpace como invitado. Cualquiera que tenga el enlace puede usarlo, hasta que caduque o se agote.
links-create_title = Nuevo enlace de invitado
links-valid_for = Válido durante
links-days =
    { $count ->
        [one] { $count } día
        [many] { $count } de días
       *[other] { $count } días
    }
links-uses = Número de usos
links-note = Nota (para quién es)
links-create = Crear el enlace
links-new = El enlace nuevo
links-once = Cópielo ahora: solo se muestra una vez.
links-copy = Copiar
links-copied = Se ha copiado el enlace.
links-select_copy = El enlace está seleccionado: pulse Ctrl+C (⌘+C) para copiarlo.
links-live = Enlaces activos
links-empty = No hay ningún enlace de invitado activo.
links-untitled = Enlace de invitado
links-used =
    { $count ->
        [one] usado { $used } de { $count } vez
        [many] usado { $used } de { $count } de veces
       *[other] usado { $used } de { $count } veces
    }
links-until = hasta el { $time }
links-revoke = Revocar
links-revoke_question = ¿Revocar este enlace de invitado?
links-revoke_consequence = Ya nadie podrá unirse con él.
links-revoke_kept = Los invitados que se unieron con él siguen siendo miembros.
links-revoked = Se ha revocado el enlace.

## settings
settings-tab = Ajustes
settings-space = El espacio
settings-pupils = Estudiantes
settings-premoderate_pupils = Retener los mensajes del alumnado hasta que un docente los apruebe
settings-pupils_may_create_threads = El alumnado puede abrir temas
settings-pupils_may_upload = El alumnado puede subir archivos
settings-save = Guardar
settings-saved = Se han guardado los ajustes.
settings-archive_title = Archivar
settings-archive_text = Los miembros pueden seguir leyendo un espacio archivado, pero nadie puede publicar, subir archivos ni iniciar una sesión de vídeo.
settings-archive = Archivar este espacio
settings-archive_question = ¿Archivar «{ $title }»?
settings-archive_read_only = Ya nadie podrá publicar, subir archivos ni cambiar nada.
settings-archive_video = Las sesiones de vídeo en curso terminan enseguida.
settings-archive_undo = Un fundador puede volver a abrir el espacio más adelante.
settings-archive_confirm = Archivar
settings-archived_title = Este espacio está archivado
settings-archived_text = Es de solo lectura. Vuelva a abrirlo para que los miembros puedan publicar y subir archivos.
settings-unarchive = Volver a abrir
settings-unarchive_question = ¿Volver a abrir «{ $title }»?
settings-unarchive_consequence = Los miembros podrán volver a publicar, subir archivos e iniciar sesiones de vídeo.
settings-delete_title = Eliminar el espacio
settings-delete_text = Al eliminar el espacio, se borra definitivamente con todo su contenido.
settings-delete = Eliminar este espacio
settings-delete_question = ¿Eliminar «{ $title }» definitivamente?
settings-delete_content = Se eliminan todos los temas del foro, los mensajes del chat y los archivos, con todas sus versiones.
settings-delete_members = Todos los miembros pierden el espacio; las cuentas de estudiante solo se conservan en sus otros espacios.
settings-delete_video = Las sesiones de vídeo en curso terminan enseguida.
settings-delete_no_undo = El registro de auditoría también se elimina. No se puede deshacer.
settings-delete_confirm = Eliminar definitivamente
settings-deleted = Se ha eliminado «{ $title }».

## audit
audit-tab = Registro de auditoría
audit-caption = Lo que se ha hecho en este espacio, de lo más reciente a lo más antiguo
audit-when = Cuándo
audit-who = Quién
audit-what = Qué
audit-empty = Todavía no hay nada registrado.
audit-older = Ver entradas anteriores
audit-system = El servidor
audit-former_member = Un antiguo miembro
audit-former_member_target = un antiguo miembro
audit-reason = Motivo: { $reason }
audit-other = Hizo «{ $action }» { $target }
audit-space-created = Creó el espacio
audit-space-settings_changed = Cambió los ajustes del espacio
audit-space-archived = Archivó el espacio
audit-space-unarchived = Volvió a abrir el espacio
audit-member-invited = Invitó a { $target } con el rol { $role }
audit-member-role_changed = Cambió el rol de { $target } de { $from } a { $role }
audit-member-removed = Quitó a { $target }
audit-member-left = Salió del espacio
audit-member-muted = Silenció a { $target }
audit-member-unmuted = Quitó el silencio a { $target }
audit-pupil-created = Creó la cuenta de estudiante de { $target }
audit-pupil-added = Añadió a { $target } como estudiante
audit-pupil-code_reset = Dio a { $target } un código de acceso nuevo
audit-pupil-exported = Exportó los datos de { $target }
audit-pupil-erased = Borró la cuenta de un estudiante
audit-invitation-created = Creó un enlace de invitado
audit-invitation-revoked = Revocó un enlace de invitado
audit-invitation-accepted = Se unió con un enlace de invitado
audit-video-started = Inició una sesión de vídeo
audit-video-ended = Terminó una sesión de vídeo
audit-video-locked = Bloqueó una sesión de vídeo
audit-video-unlocked = Desbloqueó una sesión de vídeo
audit-video-admitted = Dejó entrar a { $target } en una sesión de vídeo
audit-video-denied = No dejó entrar a { $target } en una sesión de vídeo
audit-video-muted = Silenció a { $target } en una sesión de vídeo
audit-video-unmuted = Volvió a dejar hablar a { $target } en una sesión de vídeo
audit-video-removed = Sacó a { $target } de una sesión de vídeo
audit-video-spotlight = Cambió la persona destacada de una sesión de vídeo
audit-post-hidden = Ocultó un mensaje
audit-post-restored = Restauró un mensaje
audit-post-approved = Aprobó un mensaje
audit-post-rejected = Rechazó un mensaje
audit-post-purged = Eliminó un mensaje definitivamente
audit-post-reported = Denunció un mensaje
audit-report-resolved = Cerró una denuncia
audit-thread-pinned = Fijó un tema
audit-thread-unpinned = Dejó de fijar un tema
audit-thread-locked = Cerró un tema
audit-thread-unlocked = Reabrió un tema
audit-archive-folder_created = Creó una carpeta
audit-archive-folder_renamed = Cambió el nombre de una carpeta
audit-archive-folder_moved = Movió una carpeta
audit-archive-folder_trashed = Movió una carpeta a la papelera
audit-archive-folder_restored = Sacó una carpeta de la papelera
audit-archive-folder_purged = Eliminó una carpeta definitivamente
audit-archive-file_added = Añadió un archivo
audit-archive-file_version_added = Añadió una versión de un archivo
audit-archive-file_renamed = Cambió el nombre de un archivo
audit-archive-file_moved = Movió un archivo
audit-archive-file_trashed = Movió un archivo a la papelera
audit-archive-file_restored = Sacó un archivo de la papelera
audit-archive-file_purged = Eliminó un archivo definitivamente
audit-chat-expired = Eliminó mensajes del chat que habían caducado
audit-audit-retention_changed = Cambió cuánto tiempo guarda las entradas el registro de auditoría
audit-group-joined = Se unió al grupo
audit-group-requested = Solicitó unirse al grupo
audit-group-request_accepted = Aceptó la solicitud de { $target }
audit-group-request_declined = Rechazó la solicitud de { $target }
audit-group-request_withdrawn = Retiró una solicitud de unión
audit-member-banned = Vetó a { $target }
audit-member-unbanned = Levantó el veto a { $target }
audit-group-featured = Destacó el grupo
audit-group-unfeatured = Dejó de destacar el grupo
audit-group-moderator_appointed = Nombró a { $target } para la moderación

## group_role
group_role-founder = Responsable
group_role-admin = Moderación
group_role-teacher = Miembro

## readers
readers-title = Leyendo ahora
readers-more =
    { $count ->
        [one] y { $count } persona más
        [many] y { $count } personas más
       *[other] y { $count } personas más
    }

## groups
groups-nav = Grupos
groups-title = Grupos eTwinning
groups-intro = Comunidades de eTwinners en torno a una materia, un tema o un área de interés. Solo participan eTwinners validados.
groups-search = Buscar un grupo
groups-words = Palabras del título
groups-topic = Tema
groups-language = Idioma
groups-language_any = Todos los idiomas
groups-language_choose = Elija un idioma
groups-country = País de un miembro
groups-country_any = Todos los países
groups-search_submit = Buscar
groups-found = Grupos
groups-empty = Ningún grupo coincide con esta búsqueda.
groups-more = Mostrar más grupos
groups-featured = Destacado
groups-topic_is = Tema: { $topic }
groups-members =
    { $count ->
        [one] { $count } miembro
        [many] { $count } de miembros
       *[other] { $count } miembros
    }
groups-access_short-open = Abierto
groups-access_short-closed = Cerrado
groups-standing-member = Es miembro. Su rol: { $role }
groups-standing-requested = Ha solicitado unirse a este grupo.
groups-standing-banned = El equipo de moderación de este grupo no le permite unirse.
groups-join = Unirse
groups-ask = Solicitar unirse
groups-ask_message = Un mensaje para el equipo de moderación (opcional)
groups-withdraw = Retirar mi solicitud
groups-open_group = Abrir el grupo
groups-joined = Se ha unido a «{ $title }».
groups-asked = Su solicitud para unirse a «{ $title }» se ha enviado al equipo de moderación.
groups-withdrawn = Su solicitud para unirse a «{ $title }» se ha retirado.
groups-waiting = El equipo de moderación responderá a su solicitud. Esta página muestra la respuesta en cuanto llega.
groups-accepted = Su solicitud ha sido aceptada: le damos la bienvenida a «{ $title }».
groups-not_accepted = Su solicitud no ha sido aceptada. Puede volver a solicitarlo.
groups-back = Volver a los grupos
groups-create = Crear un grupo
groups-group_title = Título
groups-description = Descripción (opcional)
groups-access = Quién puede unirse
groups-access-open = Abierto: cualquier eTwinner se une al momento
groups-access-closed = Cerrado: el equipo de moderación acepta cada solicitud
groups-create_submit = Crear el grupo
groups-created = Grupo «{ $title }» creado.
groups-members_search = Buscar un miembro
groups-members_more = Mostrar más miembros
groups-leave = Salir de este grupo
groups-leave_consequence = Pierde al momento el acceso a su foro, sus archivos, su chat y sus vídeos.
groups-leave_kept = Lo que ha escrito y subido permanece en el grupo. Puede volver a través del directorio de grupos.
groups-leave_confirm = Salir del grupo
groups-requests = Solicitudes de unión
groups-requests_empty = Nadie está esperando.
groups-accept = Aceptar
groups-decline = Rechazar
groups-accepted_member = { $name } ya es miembro.
groups-declined = Se ha rechazado la solicitud de { $name }.
groups-ban = Vetar
groups-ban_question = ¿Vetar a { $name } en este grupo?
groups-ban_consequence = { $name } sale del grupo al momento y no puede volver a unirse ni solicitarlo.
groups-ban_kept = Sus mensajes y archivos permanecen en el grupo. Puede levantar el veto más adelante.
groups-ban_reason = Motivo (opcional, queda en el registro)
groups-ban_confirm = Vetar
groups-banned = Se ha vetado a { $name }.
groups-bans = eTwinners vetados
groups-bans_empty = No hay ningún veto.
groups-lift = Levantar el veto
groups-lifted = { $name } puede volver a unirse.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Elija una contraseña nueva para TwinSpace Live
mail-reset_body =
    Hola, { $name }:

    Alguien, probablemente usted, ha pedido elegir una contraseña nueva para su cuenta de TwinSpace Live.
    Abra este enlace para elegirla (funciona una sola vez, durante { $minutes } minutos):

    { $link }

    Al elegir una contraseña nueva, se cerrará su sesión en todos los demás sitios.
    Si no lo ha pedido usted, ignore este mensaje: su contraseña seguirá siendo la misma.

    TwinSpace Live

## events (issue 22)
events-nav = Eventos
events-title = Próximos eventos
events-empty = Todavía no hay próximos eventos para usted.
events-more = Mostrar más eventos
events-schedule = Programar un evento
events-zone = Las horas se muestran en su zona horaria: { $zone }
events-audience-etwinners = Todos los eTwinners
events-audience-country = Los eTwinners de este país: { $country }
events-audience-group = Los miembros de un grupo
events-audience-twinspace = Los miembros de un TwinSpace
events-organising = Usted organiza este evento.
events-registered = Su inscripción está registrada.
events-waiting = Está en la lista de espera (puesto { $position }).
events-state-live = En directo
events-state-ended = Este evento ha terminado.
events-state-cancelled = Este evento se ha cancelado.
events-places = Plazas ocupadas: { $taken } de { $capacity }
event_form-new_title = Programar un evento
event_form-edit_title = Modificar el evento
event_form-title = Título
event_form-description = Descripción
event_form-date = Fecha
event_form-time = Hora de inicio
event_form-duration = Duración en minutos
event_form-space = Grupo o TwinSpace
event_form-speakers_hint = Elija entre el profesorado de sus grupos y TwinSpaces.
event_form-no_speakers = Todavía no hay nadie para elegir.
event_form-create = Programar el evento
event_form-save = Guardar los cambios
event_form-created = «{ $title }» está programado.
event_form-saved = Los cambios de «{ $title }» están guardados.
event_form-start_past = Elija un inicio en el futuro.
event-title = Evento
event-back = Todos los eventos
event-when = Cuándo
event-language = Idioma
event-audience = Quién puede inscribirse
event-organiser = Organización
event-speakers = Ponentes
event-places = Plazas
event-no_speakers = Todavía no hay ponentes.
event-waiting_count = En espera: { $waiting }
event-registration = Su plaza
event-speaking = Usted interviene en este evento.
event-full = Todas las plazas están ocupadas: si se inscribe, pasará a la lista de espera.
event-register = Inscribirse
event-unregister = Dejar mi plaza
event-leave_waiting = Salir de la lista de espera
event-unregister_confirm_title = ¿Dejar «{ $title }»?
event-unregister_confirm = La siguiente persona de la lista de espera ocupará su turno. Si vuelve a inscribirse, quizá tenga que esperar.
event-unregistered = Su inscripción está anulada.
event-calendar = Añadir a mi calendario (.ics)
event-organiser_tools = Para la organización
event-edit = Modificar el evento
event-cancel = Cancelar el evento
event-keep = Mantener el evento
event-cancel_confirm_title = ¿Cancelar «{ $title }»?
event-cancel_confirm_lost = Nadie podrá inscribirse y todo el mundo verá que está cancelado. No se puede deshacer. Las inscripciones y las preguntas se conservan.
event-cancelled = El evento está cancelado.
event-registrants = Inscripciones
event-waiting_list = Lista de espera
event-nobody = Nadie por ahora.
event-attendance = Asistencia
event-attendance_hint = Quién siguió la página del evento mientras estaba en directo, y durante cuánto tiempo.
event-attendance_none = Nadie siguió el evento en directo.
event-minutes = { $minutes } min
qa-title = Preguntas y respuestas
qa-empty = Todavía no hay preguntas.
qa-closed = Las preguntas están cerradas: el evento ha terminado.
qa-need_place = Inscríbase para hacer una pregunta o apoyar una.
qa-your_question = Su pregunta
qa-ask = Preguntar
qa-asked = Su pregunta se ha enviado.
qa-upvote = Apoyar
qa-upvoted = Apoyada
qa-votes = Votos: { $votes }
qa-by = Pregunta de { $name }
qa-by_gone = Pregunta de una cuenta eliminada
qa-answer = Respuesta: { $answer }
qa-state-picked = Respondiendo ahora
qa-state-answered = Respondida
qa-state-hidden = Oculta
qa-pick = Elegir
qa-unpick = Devolver a la lista
qa-hide = Ocultar
qa-restore = Restablecer
qa-answer_label = Respuesta escrita (opcional)
qa-mark_answered = Marcar como respondida
qa-gone = Ya no puede seguir estas preguntas.
audit-event-created = Programó el evento «{ $title }»
audit-event-updated = Modificó el evento «{ $title }»
audit-event-cancelled = Canceló el evento «{ $title }»
audit-event-question_moderated = Moderó una pregunta del evento «{ $title }»

## the live webinar (issue 22)
live-title = Vídeo en directo
live-not_started = El vídeo en directo aún no ha empezado.
live-ended = El vídeo en directo ha terminado.
live-connecting = Conectando con el vídeo en directo…
live-need_place = Solo quienes tienen plaza pueden ver el vídeo en directo.
live-watching_you = Estás viendo el vídeo en directo.
live-on_air = Estás en directo: todos te ven y te oyen.
live-recording = Este evento se está grabando.
live-speaking = Habla: { $names }
live-nobody_speaking = Todavía no habla nadie.
live-watching = Espectadores: { $watching }
live-start = Iniciar el vídeo en directo
live-end = Terminar el vídeo en directo
live-end_confirm_title = ¿Terminar el vídeo en directo de «{ $title }»?
live-end_confirm_lost = El vídeo se detiene para todos, ponentes y público. Puedes volver a iniciarlo mientras dure el evento; las preguntas se conservan.
live-go_live = Salir en directo
live-stop = Detener mi vídeo
live-hand_raised = Tienes la mano levantada: un moderador puede invitarte a hablar.
live-invited = Te invitan a hablar: sal en directo cuando estés listo.
live-returned = Vuelves a estar en el público.
live-hands = Manos levantadas
live-no_hands = No hay ninguna mano levantada.
live-promote = Invitar a { $name } a hablar
live-return = Devolver a { $name } al público
live-record_start = Iniciar la grabación
live-record_stop = Detener la grabación

## the event's recordings and seat (issue 22)
event-moved_up = Ahora tienes plaza: has pasado de la lista de espera a los inscritos.
live-off_stage_returned = Un moderador te ha devuelto al público.
live-off_stage_muted = Te han silenciado en este espacio: vuelves a estar en el público.
live-off_stage_removed = Ya no eres miembro de este espacio: vuelves a estar en el público.
live-off_stage_unnamed = Ya no eres ponente de este evento: vuelves a estar en el público.
recordings-title = Grabaciones
recordings-processing = Se está procesando una grabación: aparecerá aquí cuando esté lista.
recordings-take = Grabado el { $when } · { $length }
recordings-video = Vídeo: { $speaker }
recordings-audio = Sonido: { $speaker }
recordings-former_speaker = un antiguo ponente
