### TwinSpace Live: as palavras da página em português europeu.
### review-status: draft (machine-drafted on 2026-12-06 by the TwinSpace Live team; awaiting review by a national support organisation)

## lang
lang-name = Português

## app
app-name = TwinSpace Live
app-skip = Ir para o conteúdo
app-nav = Principal
app-language = Idioma
app-sign_out = Terminar sessão
app-signed_in_as = Sessão iniciada: { $name }
app-loading = A carregar…

## conn
conn-lost = A ligação perdeu-se. A restabelecer…
conn-back = A ligação voltou.
conn-failed = A ligação em direto foi fechada. Recarregue a página para tentar de novo.
conn-session_ended = A sua sessão terminou. Inicie sessão novamente.
conn-account_locked = Esta conta já não pode ser utilizada. Inicie sessão novamente para saber porquê.
# Why the server closed the live connection: `conn-closed-<reason>`, one per reason code it sends
# (protocol/close_codes.py, CloseReason).
conn-closed-auth_missing = A ligação em direto não recebeu o seu início de sessão a tempo. Recarregue a página.
conn-closed-session_invalid = A sua sessão já não é válida. Inicie sessão novamente.
conn-closed-session_expired = A sua sessão expirou. Inicie sessão novamente.
conn-closed-signed_out = A sua sessão foi terminada. Inicie sessão novamente.
conn-closed-account_locked = Esta conta já não pode ser utilizada. Inicie sessão novamente para saber porquê.
conn-closed-too_many_connections = Esta conta tem demasiadas páginas abertas ao mesmo tempo. Feche alguns separadores e depois recarregue esta página.
conn-closed-too_many_messages = Esta página enviou demasiadas coisas depressa demais. Aguarde um momento e depois recarregue-a.
conn-closed-frame_too_large = Esta página enviou algo demasiado grande. Recarregue a página e tente novamente.
conn-closed-idle_timeout = A ligação em direto esteve inativa demasiado tempo e foi fechada. A restabelecer…
conn-closed-slow_consumer = A ligação em direto ficou atrasada. A restabelecer…
conn-closed-server_restarting = O servidor está a reiniciar. A restabelecer dentro de momentos…
conn-closed-server_shutting_down = O servidor da sua ligação está a parar. A restabelecer…
conn-closed-unavailable = O servidor está ocupado. A restabelecer dentro de momentos…
conn-closed-internal = Algo correu mal no servidor. A restabelecer dentro de momentos…

## login
login-title = Iniciar sessão
login-intro = Os docentes e os convidados iniciam sessão com o seu endereço de e-mail. Os estudantes usam o nome de utilizador e o código que o seu docente lhes deu.
login-teacher = Docentes e convidados
login-pupil = Estudantes
login-email = Endereço de e-mail
login-password = Palavra-passe
login-username = Nome de utilizador
login-code = Código
login-submit = Iniciar sessão
login-pupil_submit = Entrar como estudante
login-forgot = Esqueceu-se da palavra-passe?
login-register = Ainda não tem conta? Crie uma conta de eTwinner
login-pupil_forgot = Esqueceu-se do código? Peça um novo ao seu docente.

## invite
invite-title = Entrar num TwinSpace com um convite
invite-intro = Recebeu um convite para um TwinSpace. Escolha o nome que os outros vão ver e defina uma palavra-passe.
invite-display_name = O seu nome
invite-submit = Aceitar o convite
invite-checking = A verificar o seu convite…
invite-for_space = Tem um convite para «{ $title }».
invite-unknown = Esta ligação de convite não é conhecida. Verifique se a copiou toda ou peça uma nova ao docente que a enviou.
invite-expired = Esta ligação de convite expirou. Peça uma nova ao docente que a enviou.
invite-used_up = Esta ligação de convite já foi usada todas as vezes que permite. Peça uma nova ao docente que a enviou.
invite-revoked = Esta ligação de convite foi retirada por um docente.
invite-closed = O espaço deste convite está fechado.

## spaces
spaces-title = Os meus espaços
spaces-empty = Ainda não é membro de nenhum espaço.
spaces-create = Criar um espaço
spaces-kind = Tipo
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Sala
spaces-kind-group = Grupo
spaces-space_title = Título
spaces-description = Descrição (opcional)
spaces-create_submit = Criar
spaces-created = O espaço «{ $title }» foi criado.
spaces-my_role = A sua função: { $role }
spaces-archived = arquivado

## space
space-back = Voltar aos meus espaços
space-sections = Secções deste espaço
space-members = Membros
space-online_count =
    { $count ->
        [one] { $count } online
        [many] { $count } online
       *[other] { $count } online
    }
space-online = online
space-offline = offline
space-you = (você)
space-refreshed = A lista foi atualizada.
space-gone = Já não tem acesso a este espaço.

## chat
chat-title = Chat
chat-empty = Ainda não há mensagens.
chat-message = Mensagem
chat-send = Enviar
chat-pending = (à espera de um docente)
chat-typing = { $name } está a escrever…
chat-teachers_tab = Boletim dos docentes
chat-teachers_title = Boletim dos docentes
chat-session_title = Chat da sessão
chat-older = Mostrar mensagens anteriores
chat-new_messages = Mensagens novas
chat-mention_list = Membros que pode mencionar
chat-mention_hint = Escreva @ e um nome para mencionar um membro.
chat-hidden = (ocultada por um docente)
chat-deleted = (eliminada)
chat-rejected = (não publicada por um docente)
chat-edited = (editada)
chat-mentions_you = menciona o seu nome
chat-edit = Editar
chat-edit_label = Editar a sua mensagem
chat-save = Guardar
chat-cancel = Cancelar
chat-delete = Eliminar
chat-delete_confirm = Sim, eliminar
chat-hide = Ocultar
chat-restore = Repor
chat-approve = Aprovar
chat-reject = Rejeitar
chat-report = Denunciar
chat-reported = Obrigado. Os docentes vão ver esta mensagem.
chat-mute = Silenciar
chat-mute_question = Silenciar { $name }?
chat-mute_for = Silenciar { $name } durante
chat-minutes =
    { $count ->
        [one] { $count } minuto
        [many] { $count } de minutos
       *[other] { $count } minutos
    }
chat-mute_confirm = Silenciar agora
chat-muted_other = { $name } não pode escrever até às { $time }.
chat-muted_you = Um docente pôs a sua escrita em pausa até às { $time }. Continua a poder ler o chat.
chat-unmuted_you = Já pode voltar a escrever no chat.
chat-gone = Já não tem acesso a este chat.

## role
role-founder = Fundador
role-admin = Administrador
role-teacher = Docente
role-pupil_admin = Estudante administrador
role-pupil = Estudante
role-guest = Convidado

## error
error-bad_credentials = Os dados de início de sessão não estão corretos. Verifique-os e tente novamente.
error-rate_limited = Demasiadas tentativas. Aguarde um momento e tente novamente.
error-invalid = Alguns campos não estão bem preenchidos.
error-not_found = Esta página não existe ou não tem acesso a ela.
error-forbidden = Não tem permissão para fazer isto.
error-gone = Isto já não existe ou já não funciona.
error-conflict = Isto entra em conflito com algo que já existe.
error-gone-revoked = Esta ligação de convite já não funciona: os docentes do espaço retiraram-na.
error-gone-expired = Esta ligação de convite já não funciona: expirou.
error-gone-used_up = Esta ligação de convite já não funciona: já foi usada todas as vezes que permite.
error-conflict-name_taken = «{ $name }» já existe aqui. Escolha outro nome.
error-conflict-in_trash = «{ $name }» está no lixo: reponha-o primeiro.
error-conflict-not_in_trash = «{ $name }» não está no lixo.
error-conflict-parent_in_trash = «{ $name }» estava numa pasta que agora está no lixo: reponha primeiro essa pasta.
error-conflict-folder_not_empty = A pasta «{ $name }» não está vazia: mova primeiro o que tem dentro para o lixo.
error-conflict-wrong_status = O estado desta conta ({ $status }) não permite isto.
error-unauthenticated = Inicie sessão.
error-network = Não foi possível contactar o servidor. Verifique a sua ligação e tente novamente.
error-generic = Algo correu mal. Tente novamente.
error-too_large = Isto é demasiado grande.
error-quota_exceeded = Já não há espaço livre suficiente neste espaço.
error-unsupported = O servidor não aceita este tipo de pedido.
error-aborted = O carregamento foi interrompido.
error-rate_limited_wait = Demasiadas tentativas. Tente novamente { $wait }.
error-fields = Alguns campos precisam da sua atenção: veja a mensagem por baixo de cada um.
error-account_rejected = O administrador nacional do seu país não aceitou este registo, por isso esta conta não pode iniciar sessão. Se acha que se trata de um erro, contacte o Serviço Nacional de Apoio eTwinning do seu país.
error-account_suspended = O administrador nacional do seu país suspendeu esta conta: por agora, não pode iniciar sessão. Para saber porquê, ou para pedir a reativação, contacte o Serviço Nacional de Apoio eTwinning do seu país.
error-malformed = A página enviou algo que o servidor não conseguiu ler. Recarregue a página e tente novamente.
error-csrf = A verificação de segurança da página falhou. Recarregue a página e tente novamente.
error-limit_exceeded = Isto ultrapassa um limite definido para este espaço.
error-unavailable = O servidor está ocupado ou uma parte dele não responde. Tente novamente dentro de momentos.
error-internal = Algo correu mal no servidor. Tente novamente mais tarde.
error-insufficient_storage = O servidor já não tem espaço para ficheiros. Nada foi guardado; avise o contacto eTwinning da sua escola.
error-request_timeout = O envio demorou demasiado e foi interrompido. Verifique a sua ligação e tente novamente.
error-conflict-not_a_guest = Este endereço de e-mail pertence a uma conta eTwinning. Os docentes são convidados pela administração do espaço, não por uma ligação de convidado.

## notice
# What a pupil (or any member) is told about their own post or account. The server sends only the
# event's name (protocol/events.py, notice channel): `notice-<event>`, its dots as dashes.
notice-post-pending = Obrigado! Um docente vai ler a sua mensagem antes de todos a poderem ver.
notice-post-approved = Um docente leu a sua mensagem. Agora todos no projeto a podem ver.
notice-post-rejected = Um docente decidiu não mostrar a sua mensagem. Pode perguntar porquê ao seu docente.
notice-post-hidden = Um docente ocultou a sua mensagem por agora. Pode perguntar porquê ao seu docente.
notice-post-restored = Um docente voltou a mostrar a sua mensagem. Agora todos a podem ver.
notice-post-purged = Um docente eliminou a sua mensagem.
notice-member-muted = Pode ler o projeto, mas não pode escrever durante algum tempo.
notice-member-unmuted = Já pode voltar a escrever no projeto.
notice-chat-mention = { $name } mencionou o seu nome no chat.

## video
video-section = Vídeo
video-open_sessions = Sessões de vídeo abertas
video-none = Não há nenhuma sessão de vídeo aberta.
video-start_title = Iniciar uma sessão de vídeo
video-title = Título (opcional)
video-lobby = Os estudantes esperam na sala de espera até um docente os deixar entrar
video-start = Iniciar
video-join_named = Entrar em «{ $title }»
video-nobody_in_call = Ainda não está ninguém na chamada
video-people_in_call =
    { $count ->
        [one] { $count } pessoa na chamada
        [many] { $count } de pessoas na chamada
       *[other] { $count } pessoas na chamada
    }
video-locked = (trancada)
video-back = Voltar ao espaço
video-participants = Participantes
video-my_controls = O seu microfone e a sua câmara
video-chat = Chat da sessão
video-starting_media = A ligar a sua câmara e o seu microfone…
video-in_call = Está na chamada.
video-waiting_in_lobby = Está na sala de espera. Um docente vai dar-lhe entrada em breve.
video-no_media = Não foi possível usar nenhuma câmara nem nenhum microfone: mesmo assim, pode ver e ouvir os outros.
video-partial_media = Só foi possível usar uma parte da sua câmara e do seu microfone.
video-enable_sound = Ligar o som
video-mic_on = Microfone ligado
video-mic_off = Microfone desligado
video-mic_forced = Microfone silenciado por um docente
video-camera_on = Câmara ligada
video-camera_off = Câmara desligada
video-hand_raised = Mão levantada
video-mute_me = Desligar o meu microfone
video-unmute_me = Ligar o meu microfone
video-camera_stop = Desligar a minha câmara
video-camera_start = Ligar a minha câmara
video-hand_raise = Levantar a mão
video-hand_lower = Baixar a mão
video-leave = Sair
video-you_are_muted = Um docente silenciou o seu microfone. Pode voltar a ligá-lo quando um docente o permitir.
video-muted_by_teacher = Um docente desligou o seu microfone.
video-unmute_allowed = Um docente permite-lhe voltar a ligar o microfone.
video-mute_other = Silenciar
video-mute_named = Silenciar { $name }
video-allow_unmute = Permitir ligar o microfone
video-allow_unmute_named = Permitir ligar o microfone: { $name }
video-remove = Retirar
video-remove_named = Retirar { $name } da sessão
video-lobby_title = Sala de espera
video-lobby_empty = Não está ninguém à espera.
video-admit = Deixar entrar
video-admit_named = Deixar entrar { $name }
video-deny = Não deixar entrar
video-deny_named = Não deixar entrar { $name }
video-manage = Esta sessão
video-is_open = Aberta: os membros podem entrar.
video-is_locked = Trancada: só os docentes podem entrar.
video-lock = Trancar a sessão
video-end = Terminar a sessão para todos
video-ended = A sessão terminou.
video-ended_space_archived = A sessão terminou: o espaço dela foi arquivado.
video-ended_space_deleted = A sessão terminou: o espaço dela foi eliminado.
video-ended_empty = A sessão terminou: esteve vazia durante algum tempo.
video-no_teacher_yet = Ainda não está nenhum docente nesta sessão, por isso ninguém lhe pode dar entrada. Pode esperar aqui ou sair.
video-leave_lobby = Sair da sala de espera
video-removed = Um docente terminou a sua participação na sessão.
video-denied = Um docente não lhe deu entrada nesta sessão.
video-left = Saiu da sessão.
video-full = Esta sessão está cheia.
video-refused = Não pode entrar nesta sessão.
video-signal_refused = O servidor recusou o que o seu navegador enviou. Experimente sair e voltar a entrar.
video-sfu_moving = A sessão cresceu: a chamada está a passar para o servidor multimédia da turma…
video-sfu_unreachable = Não é possível contactar o servidor multimédia da turma. A tentar novamente…
video-sfu_no_seat = Todos os lugares de câmara desta sessão estão ocupados: vê e ouve os outros, mas a sua imagem e a sua voz não lhes chegam.
video-sfu_not_sent = Não foi possível enviar a sua câmara e o seu microfone. Continua a ver e a ouvir os outros.

## forum
forum-title = Fórum
forum-threads = Tópicos
forum-posts = Mensagens
forum-areas = Áreas do fórum
forum-area-open = Fórum aberto
forum-area-teachers = Boletim dos docentes
forum-empty = Ainda não há tópicos.
forum-thread_meta =
    { $count ->
        [one] de { $author } · { $count } mensagem · { $when }
        [many] de { $author } · { $count } de mensagens · { $when }
       *[other] de { $author } · { $count } mensagens · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } nova
        [many] { $count } de novas
       *[other] { $count } novas
    }
forum-pinned = afixado
forum-locked = fechado
forum-new_thread = Abrir um tópico
forum-new_bulletin = Abrir um tópico no Boletim dos docentes
forum-thread_title = Título do tópico
forum-first_post = Primeira mensagem
forum-start = Abrir o tópico
forum-thread_started = O tópico foi aberto.
forum-thread_held = Obrigado! Um docente vai ler o seu tópico antes de todos o poderem ver.
forum-back = Voltar aos tópicos
forum-reply_label = A sua resposta
forum-send = Publicar a resposta
forum-no_reply = Não pode responder neste tópico.
forum-held = Obrigado! Um docente vai ler a sua mensagem antes de todos a poderem ver.
forum-edited = (editada)
forum-edit = Editar
forum-edit_label = Editar a sua mensagem
forum-save = Guardar
forum-saved = A sua mensagem foi alterada.
forum-cancel = Cancelar
forum-delete = Eliminar
forum-deleted = A mensagem foi eliminada.
forum-report = Denunciar
forum-report_reason = O que está mal nesta mensagem? (opcional)
forum-report_send = Enviar a denúncia
forum-reported = Obrigado. Os docentes foram avisados.
forum-hide = Ocultar
forum-restore = Repor
forum-approve = Aprovar
forum-reject = Rejeitar
forum-done-hide = A mensagem está oculta para a turma.
forum-done-restore = A mensagem voltou a estar visível.
forum-done-approve = A mensagem foi aprovada: todos a podem ver.
forum-done-reject = A mensagem foi rejeitada: só quem a escreveu a vê.
forum-state-pending = à espera de um docente
forum-state-hidden = oculta
forum-state-rejected = não publicada
forum-state-deleted = eliminada
forum-pin = Afixar
forum-unpin = Desafixar
forum-lock = Fechar
forum-unlock = Reabrir
forum-thread_changed = O tópico foi alterado.
forum-thread_gone = Já não tem acesso a este tópico.
forum-moderation = Moderação
forum-queue = À espera de aprovação
forum-queue_empty = Nenhuma mensagem está à espera.
forum-reports = Denúncias
forum-reports_empty = Não há denúncias abertas.
forum-reported_by = denunciada por { $name }
forum-report_said = Motivo: { $reason }
forum-resolve = Fechar a denúncia
forum-resolved = A denúncia foi fechada.

## reactions
reaction-bar = Reações
reaction-add = Adicionar uma reação
reaction-picker = Escolher uma reação
reaction-count =
    { $count ->
        [one] { $name }: { $count } pessoa
        [many] { $name }: { $count } pessoas
       *[other] { $name }: { $count } pessoas
    }
reaction-thumbs_up = Polegar para cima
reaction-heart = Coração
reaction-clap = Bravo
reaction-laugh = Engraçado
reaction-idea = Boa ideia
reaction-question = Tenho uma pergunta

## archive
archive-title = Ficheiros
archive-usage = { $used } usados de { $quota }
archive-where = Pasta
archive-top = Todos os ficheiros
archive-empty = Esta pasta está vazia.
archive-contents = Pastas e ficheiros
archive-name = Nome
archive-size = Tamanho
archive-by = Adicionado por
archive-when = Alterado
archive-actions = Ações
archive-former_member = antigo membro
archive-choose = Escolher um ficheiro
archive-upload = Carregar
archive-progress = Progresso do carregamento
archive-uploading = A carregar { $name }: { $percent }
archive-uploaded = «{ $name }» foi carregado.
archive-too_large = Este ficheiro é demasiado grande: cada ficheiro pode ter no máximo { $max }.
archive-quota = Já não há espaço suficiente nos ficheiros deste espaço ({ $free } livres). Peça a um docente que retire ficheiros antigos.
archive-new_folder = Nova pasta
archive-create_folder = Criar a pasta
archive-folder_created = A pasta «{ $name }» foi criada.
archive-download = Transferir
archive-download_named = Transferir { $name }
archive-rename = Mudar o nome
archive-rename_named = Mudar o nome de { $name }
archive-new_name = Novo nome
archive-save = Guardar
archive-cancel = Cancelar
archive-renamed = O nome foi mudado para «{ $name }».
archive-trash = Mover para o lixo
archive-trash_named = Mover para o lixo: { $name }
archive-trashed = «{ $name }» está no lixo.
archive-show_trash = Lixo
archive-trash_empty = O lixo está vazio.
archive-restore = Repor
archive-restore_named = Repor { $name }
archive-restored = «{ $name }» voltou ao seu lugar.
archive-purge = Eliminar de vez
archive-purge_named = Eliminar de vez { $name }
archive-purged = «{ $name }» foi eliminado de vez.
archive-choose_first = Escolha um ficheiro para carregar.
archive-no_file = Ainda não escolheu nenhum ficheiro.
archive-name_taken = Já existe aqui algo com este nome. Escolha outro nome.

## unit
unit-b = B
unit-kb = KB
unit-mb = MB
unit-gb = GB
unit-tb = TB

## field
field-required = Preencha este campo.
field-unknown = Este campo não é esperado aqui.
field-type = Este valor não é do tipo certo.
field-blank = Escreva alguma coisa aqui: só espaços não contam.
field-too_short =
    { $count ->
        [one] Escreva pelo menos { $min } carácter.
        [many] Escreva pelo menos { $min } de caracteres.
       *[other] Escreva pelo menos { $min } caracteres.
    }
field-too_long =
    { $count ->
        [one] Escreva no máximo { $max } carácter.
        [many] Escreva no máximo { $max } de caracteres.
       *[other] Escreva no máximo { $max } caracteres.
    }
field-too_small = Indique pelo menos { $min }.
field-too_large = Indique no máximo { $max }.
field-format = Isto não está no formato esperado.
field-choice = Escolha uma das opções apresentadas.
field-invalid = Este valor não é aceite.

## confirm
confirm-cancel = Cancelar
confirm-trash_file = Mover «{ $name }» para o lixo?
confirm-trash_file_lost = Os membros deixam de ver este ficheiro. Um docente pode recuperá-lo do lixo.
confirm-trash_folder = Mover a pasta «{ $name }» para o lixo?
confirm-trash_folder_lost = Os membros deixam de ver esta pasta e tudo o que ela contém. Um docente pode recuperá-la do lixo.
confirm-purge = Eliminar «{ $name }» de vez?
confirm-purge_lost = Desaparece para todos e não pode ser recuperado.
confirm-delete_post = Eliminar esta mensagem?
confirm-delete_post_lost = O texto desaparece para todos. Não é possível anular.
confirm-delete_message = Eliminar esta mensagem?
confirm-delete_message_lost = O texto desaparece para todos. Não é possível anular.
confirm-end_session = Terminar a sessão para todos?
confirm-end_session_lost = Todos saem da chamada de imediato e a sessão não pode voltar a ser aberta.
confirm-remove_participant = Retirar { $name } da sessão?
confirm-remove_participant_lost = { $name } sai da chamada de imediato e não pode voltar a esta sessão.
confirm-deny = Não deixar entrar { $name }?
confirm-deny_lost = { $name } não vai entrar nesta sessão.

## page
page-not_found = Página não encontrada
page-not_found_text = Não existe nenhuma página neste endereço.
page-go_spaces = Ir para os meus espaços
page-go_sign_in = Ir para a página de início de sessão

## form
form-required = Preencha este campo.
form-email_format = Escreva um endereço de e-mail como nome@escola.eu.
form-password_short = Use pelo menos 10 caracteres.
form-password_long = Use no máximo 200 caracteres.
form-password_mismatch = As duas palavras-passe não são iguais.
form-password_hint = Pelo menos 10 caracteres. Algumas palavras de que se lembre funcionam bem.
form-check_fields = Verifique os campos assinalados acima.
form-field_invalid = Este valor não é aceite.

## register
register-title = Criar uma conta de eTwinner
register-intro = Para docentes. O administrador nacional do seu país verifica que é docente e depois valida a sua conta. Os estudantes não se registam: é o seu docente que lhes cria a conta.
register-name = O seu nome
register-school = Escola
register-country = País
register-country_choose = Escolha o seu país
register-submit = Criar a minha conta
register-email_taken = Já existe uma conta com este endereço de e-mail. Inicie sessão ou peça uma nova palavra-passe.
register-have_account = Já tem conta? Inicie sessão

## pending
pending-title = A sua conta está à espera de validação
pending-who_heading = Quem a valida
pending-who = O administrador nacional do seu país ({ $country }) verifica que é docente na escola que indicou e depois valida a sua conta.
pending-next_heading = O que acontece a seguir
pending-next_validate = Quando a sua conta for validada, passa a ser eTwinner: pode criar espaços, receber convites para projetos e criar as contas dos seus estudantes. Inicie sessão novamente, ou carregue em «Verificar novamente», para o ver.
pending-next_reject = Se o administrador nacional não aceitar o seu registo, isso ser-lhe-á indicado ao iniciar sessão.
pending-next_meanwhile = Até lá, pode mudar o seu nome e a sua palavra-passe em «A minha conta».
pending-check = Verificar novamente
pending-still = A sua conta continua à espera de validação.
pending-count =
    { $count ->
        [one] { $count } à espera de moderação
        [many] { $count } à espera de moderação
       *[other] { $count } à espera de moderação
    }

## forgot
forgot-title = Esqueceu-se da palavra-passe?
forgot-intro = Escreva o endereço de e-mail da sua conta. Vamos enviar uma ligação para escolher uma nova palavra-passe.
forgot-submit = Enviar-me uma ligação
forgot-sent = Se existir uma conta com este endereço, foi-lhe enviada uma ligação. A ligação funciona uma só vez, durante um tempo limitado. Veja também a pasta de spam.
forgot-pupils = Estudantes: aqui não tem endereço de e-mail. Peça um novo código ao seu docente.
forgot-back = Voltar ao início de sessão

## reset
reset-title = Escolher uma nova palavra-passe
reset-intro = Ao escolher uma nova palavra-passe, a sessão termina em todos os outros dispositivos.
reset-password = Nova palavra-passe
reset-confirm = Repita a nova palavra-passe
reset-submit = Guardar a nova palavra-passe
reset-gone = Esta ligação expirou ou já foi usada. Peça uma nova.
reset-done = A sua palavra-passe foi alterada. Inicie sessão com a nova.
reset-ask_again = Pedir uma nova ligação

## account
account-title = A minha conta
account-signed_in_with = Inicia sessão com { $email }.
account-name_heading = O seu nome
account-name = Nome que os outros veem
account-save_name = Guardar o nome
account-name_saved = O seu nome foi guardado.
account-pupil_note = Foi o seu docente que escolheu este nome e é quem o gere. Pergunte ao seu docente se for preciso mudá-lo.
account-password_heading = A sua palavra-passe
account-password_intro = Ao mudá-la, a sessão termina nos seus outros dispositivos; aqui, a sessão continua iniciada.
account-current_password = Palavra-passe atual
account-new_password = Nova palavra-passe
account-confirm_password = Repita a nova palavra-passe
account-save_password = Mudar a palavra-passe
account-password_saved = A sua palavra-passe foi alterada.
account-current_wrong = Esta não é a sua palavra-passe atual.
account-everywhere_heading = Terminar sessão em todo o lado
account-everywhere_intro = Termina a sua sessão em todos os dispositivos e navegadores, incluindo este: um telemóvel perdido ou um computador partilhado deixam de abrir a sua conta.
account-everywhere = Terminar sessão em todo o lado…
account-everywhere_question = Terminar sessão em todos os dispositivos, incluindo este? As páginas abertas fecham-se de imediato e perde-se o que ainda não tiver sido enviado nelas.
account-everywhere_confirm = Sim, terminar sessão em todo o lado
account-everywhere_done = A sessão foi terminada em todos os dispositivos.
account-cancel = Cancelar

## admin
admin-nav = Consola de validação
admin-title = Consola de administração nacional
admin-country = País: { $country }
admin-only_national_admins = Esta página destina-se aos administradores nacionais.
admin-pending_heading = Docentes à espera de validação
admin-pending_count =
    { $count ->
        [one] { $count } docente está à espera.
        [many] { $count } de docentes estão à espera.
       *[other] { $count } docentes estão à espera.
    }
admin-pending_none = Nenhum docente está à espera de validação.
admin-select_all = Selecionar tudo
admin-select_first = Selecione primeiro pelo menos um docente.
admin-validate_selected = Validar a seleção
admin-reject_selected = Rejeitar a seleção…
admin-validated =
    { $count ->
        [one] { $count } conta de docente validada.
        [many] { $count } de contas de docente validadas.
       *[other] { $count } contas de docente validadas.
    }
admin-rejected =
    { $count ->
        [one] { $count } registo rejeitado.
        [many] { $count } de registos rejeitados.
       *[other] { $count } registos rejeitados.
    }
admin-reject_question =
    { $count ->
        [one] Rejeitar o registo de { $names }? Esta pessoa não vai poder iniciar sessão, e não é possível anular.
        [many] Rejeitar estes { $count } de registos ({ $names })? Estas pessoas não vão poder iniciar sessão, e não é possível anular.
       *[other] Rejeitar estes { $count } registos ({ $names })? Estas pessoas não vão poder iniciar sessão, e não é possível anular.
    }
admin-reject_reason = Motivo da rejeição
admin-reject_heading = Rejeitar registos
admin-suspend_heading = Suspender uma conta
admin-reinstate_heading = Reativar uma conta
admin-reject_reason_hint = Fica guardado no registo de auditoria com o seu nome.
admin-reject_confirm =
    { $count ->
        [one] Rejeitar { $count } registo
        [many] Rejeitar { $count } de registos
       *[other] Rejeitar { $count } registos
    }
admin-failed_one = { $name }: { $why }
admin-school = Escola: { $school }
admin-registered = Registo: { $date }
admin-search_heading = Procurar uma conta
admin-search_label = Nome, endereço de e-mail ou escola
admin-search_hint = Só contas do seu país. Deixe vazio para ver todas, das mais recentes para as mais antigas.
admin-search = Procurar
admin-showing = { $from }–{ $to } de { $total }
admin-no_match = Nenhuma conta corresponde.
admin-previous = Página anterior
admin-next = Página seguinte
admin-suspend = Suspender…
admin-suspend_named = Suspender { $name }…
admin-suspend_question = Suspender a conta de { $name }? A sessão termina de imediato em todo o lado, as páginas abertas fecham-se e não será possível iniciar sessão até que reative a conta.
admin-suspend_reason = Motivo da suspensão
admin-suspend_confirm = Sim, suspender
admin-suspend_done = A conta de { $name } está suspensa.
admin-reinstate = Reativar…
admin-reinstate_named = Reativar { $name }…
admin-reinstate_question = Reativar a conta de { $name }? Será possível voltar a iniciar sessão.
admin-reinstate_reason = Motivo (opcional)
admin-reinstate_confirm = Reativar
admin-reinstate_done = A conta de { $name } foi reativada.
admin-action_for = { $action }: { $name }
admin-type_to_confirm = Para confirmar, escreva o título do espaço: { $text }

## status
status-active = ativa
status-pending = à espera de validação
status-suspended = suspensa
status-rejected = rejeitada
status-erased = apagada

## names
names-marked = { $name } ({ $mark })

## members
members-username = utilizador: { $username }
members-role_of = Função de { $name }
members-change_role = Mudar a função
members-role_question = Mudar a função de { $name } de { $from } para { $to }?
members-role_consequence = A partir de agora, { $name } pode fazer o que a função { $to } permite, em todos os dispositivos ao mesmo tempo.
members-role_confirm = Mudar a função
members-role_changed = A função de { $name } é agora { $role }.
members-reset_code = Novo código
members-reset_question = Dar um novo código de acesso a { $name }?
members-reset_consequence = O código antigo deixa de funcionar de imediato e a sessão do estudante termina em todo o lado. Depois, entregue o novo cartão.
members-reset_done = { $name } tem um novo código: entregue o novo cartão que aparece abaixo.
members-reset_confirm = Criar um novo código
members-export = Exportar os dados
members-remove = Retirar
members-remove_question = Retirar { $name } deste espaço?
members-remove_consequence = { $name } perde o acesso a este espaço de imediato, em todos os dispositivos.
members-remove_pupil_kept = A conta, as mensagens e os ficheiros do estudante mantêm-se; pode voltar a adicionar a conta mais tarde.
members-remove_kept = As mensagens e os ficheiros desta pessoa ficam no espaço.
members-remove_confirm = Retirar
members-removed = { $name } já não faz parte do espaço.
members-erase = Apagar a conta
members-leave = Sair deste espaço
members-leave_question = Sair de «{ $title }»?
members-leave_consequence = Perde de imediato o acesso aos fóruns, ficheiros, chat e vídeo deste espaço. Só um docente administrador lhe pode voltar a dar acesso.
members-leave_kept = O que escreveu e carregou fica no espaço.
members-leave_confirm = Sair do espaço
members-left = Saiu de «{ $title }».

## erase
erase-question = Apagar a conta de { $name }?
erase-account_gone = O nome, o nome de utilizador e o código do estudante são eliminados de vez.
erase-signed_out = A sessão do estudante termina de imediato e nunca mais será possível iniciar sessão com esta conta.
erase-no_undo = Não é possível anular.
erase-export_first = Se o estudante ou a família puderem querer uma cópia, exporte primeiro os dados.
erase-posts = As mensagens do estudante no fórum e no chat
erase-posts_keep = Mantê-las, assinadas por «antigo estudante»
erase-posts_remove = Eliminá-las de vez
erase-files = Os ficheiros do estudante
erase-files_keep = Mantê-los, em nome de «antigo estudante»
erase-files_remove = Eliminá-los de vez
erase-confirm = Apagar a conta
erase-done = A conta de { $name } foi apagada.

## invite_teacher
invite_teacher-title = Convidar um docente parceiro
invite_teacher-by_email = Por endereço de e-mail
invite_teacher-role = Função
invite_teacher-submit = Convidar
invite_teacher-done = { $name } entrou com a função { $role }.
invite_teacher-not_etwinner = Nenhum eTwinner validado tem este endereço, ou não pode atribuir esta função.
invite_teacher-find = Procurar um eTwinner
invite_teacher-query = Nome, escola ou país
invite_teacher-search = Procurar
invite_teacher-results = eTwinners encontrados
invite_teacher-none = Nenhum eTwinner encontrado.
invite_teacher-more = Mais resultados
invite_teacher-member = Membro deste espaço
invite_teacher-invite = Convidar
invite_teacher-role_for = Função de { $name }

## pupils
pupils-title = Adicionar estudantes
pupils-one_title = Um estudante
pupils-name = Nome do estudante
pupils-add_one = Adicionar o estudante
pupils-class_title = Uma turma inteira
pupils-class_names = Nomes dos estudantes
pupils-class_help = Um nome por linha, tal como os outros vão ver cada estudante.
pupils-add_class = Adicionar a turma
pupils-class_empty = Escreva pelo menos um nome.
pupils-language = Idioma da página para estes estudantes
pupils-language_help = Depois de iniciarem sessão, vão ver o TwinSpace Live neste idioma. Cada estudante pode mudá-lo mais tarde.
pupils-line_errors = Linhas a corrigir
pupils-line_error = Linha { $line }: { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } linha precisa de correção; não foi criado nada.
        [many] { $count } de linhas precisam de correção; não foi criado nada.
       *[other] { $count } linhas precisam de correção; não foi criado nada.
    }
pupils-created =
    { $count ->
        [one] Foi adicionada { $count } conta de estudante.
        [many] Foram adicionadas { $count } de contas de estudante.
       *[other] Foram adicionadas { $count } contas de estudante.
    }

## cards
cards-title = Cartões de acesso
cards-once = Estes códigos só são mostrados agora. Imprima os cartões ou aponte os códigos antes de sair desta página.
cards-site = Inicie sessão em
cards-print = Imprimir os cartões
cards-done = Concluído: ocultar os códigos

## links
links-tab = Ligações de convidado
links-intro = Uma ligação de convidado permite que um especialista ou um observador entre neste TwinSpace como convidado. Qualquer pessoa que tenha a ligação pode usá-la, até expirar ou se esgotar.
links-create_title = Nova ligação de convidado
links-valid_for = Válida durante
links-days =
    { $count ->
        [one] { $count } dia
        [many] { $count } de dias
       *[other] { $count } dias
    }
links-uses = Número de utilizações
links-note = Nota (para quem é)
links-create = Criar a ligação
links-new = A nova ligação
links-once = Copie-a agora: só é mostrada uma vez.
links-copy = Copiar
links-copied = A ligação foi copiada.
links-select_copy = A ligação está selecionada: carregue em Ctrl+C (⌘+C) para a copiar.
links-live = Ligações em uso
links-empty = Nenhuma ligação de convidado está em uso.
links-untitled = Ligação de convidado
links-used =
    { $count ->
        [one] usada { $used } de { $count } vez
        [many] usada { $used } de { $count } de vezes
       *[other] usada { $used } de { $count } vezes
    }
links-until = até { $time }
links-revoke = Revogar
links-revoke_question = Revogar esta ligação de convidado?
links-revoke_consequence = Ninguém mais pode entrar com ela.
links-revoke_kept = Os convidados que entraram com ela continuam a ser membros.
links-revoked = A ligação foi revogada.

## settings
settings-tab = Definições
settings-space = O espaço
settings-pupils = Estudantes
settings-premoderate_pupils = Reter as mensagens dos estudantes até um docente as aprovar
settings-pupils_may_create_threads = Os estudantes podem abrir tópicos
settings-pupils_may_upload = Os estudantes podem carregar ficheiros
settings-save = Guardar
settings-saved = As definições foram guardadas.
settings-archive_title = Arquivar
settings-archive_text = Os membros continuam a poder ler um espaço arquivado, mas ninguém pode publicar, carregar ficheiros ou iniciar uma sessão de vídeo.
settings-archive = Arquivar este espaço
settings-archive_question = Arquivar «{ $title }»?
settings-archive_read_only = Ninguém mais pode publicar, carregar ficheiros ou alterar nada.
settings-archive_video = As sessões de vídeo a decorrer terminam de imediato.
settings-archive_undo = Um fundador pode voltar a abrir o espaço mais tarde.
settings-archive_confirm = Arquivar
settings-archived_title = Este espaço está arquivado
settings-archived_text = É só de leitura. Volte a abri-lo para que os membros possam publicar e carregar ficheiros.
settings-unarchive = Voltar a abrir
settings-unarchive_question = Voltar a abrir «{ $title }»?
settings-unarchive_consequence = Os membros podem voltar a publicar, carregar ficheiros e iniciar sessões de vídeo.
settings-delete_title = Eliminar o espaço
settings-delete_text = Eliminar o espaço apaga-o de vez, com tudo o que tem dentro.
settings-delete = Eliminar este espaço
settings-delete_question = Eliminar «{ $title }» de vez?
settings-delete_content = Todos os tópicos do fórum, mensagens do chat e ficheiros, com todas as suas versões, são eliminados.
settings-delete_members = Todos os membros perdem o espaço; as contas dos estudantes só ficam nos seus outros espaços.
settings-delete_video = As sessões de vídeo a decorrer terminam de imediato.
settings-delete_no_undo = O registo de auditoria também é eliminado. Não é possível anular.
settings-delete_confirm = Eliminar de vez
settings-deleted = «{ $title }» foi eliminado.

## audit
audit-tab = Registo de auditoria
audit-caption = O que foi feito neste espaço, do mais recente para o mais antigo
audit-when = Quando
audit-who = Quem
audit-what = O quê
audit-empty = Ainda não há nada registado.
audit-older = Mostrar entradas anteriores
audit-system = O servidor
audit-former_member = Um antigo membro
audit-former_member_target = um antigo membro
audit-reason = Motivo: { $reason }
audit-other = Fez «{ $action }» { $target }
audit-space-created = Criou o espaço
audit-space-settings_changed = Alterou as definições do espaço
audit-space-archived = Arquivou o espaço
audit-space-unarchived = Voltou a abrir o espaço
audit-member-invited = Convidou { $target } com a função { $role }
audit-member-role_changed = Mudou a função de { $target } de { $from } para { $role }
audit-member-removed = Retirou { $target }
audit-member-left = Saiu do espaço
audit-member-muted = Silenciou { $target }
audit-member-unmuted = Terminou o silêncio de { $target }
audit-pupil-created = Criou a conta de estudante de { $target }
audit-pupil-added = Adicionou { $target } como estudante
audit-pupil-code_reset = Deu a { $target } um novo código de acesso
audit-pupil-exported = Exportou os dados de { $target }
audit-pupil-erased = Apagou a conta de um estudante
audit-invitation-created = Criou uma ligação de convidado
audit-invitation-revoked = Revogou uma ligação de convidado
audit-invitation-accepted = Entrou com uma ligação de convidado
audit-video-started = Iniciou uma sessão de vídeo
audit-video-ended = Terminou uma sessão de vídeo
audit-video-locked = Trancou uma sessão de vídeo
audit-video-unlocked = Destrancou uma sessão de vídeo
audit-video-admitted = Deixou { $target } entrar numa sessão de vídeo
audit-video-denied = Não deixou { $target } entrar numa sessão de vídeo
audit-video-muted = Silenciou { $target } numa sessão de vídeo
audit-video-unmuted = Deixou { $target } voltar a falar numa sessão de vídeo
audit-video-removed = Retirou { $target } de uma sessão de vídeo
audit-video-spotlight = Mudou o destaque de uma sessão de vídeo
audit-post-hidden = Ocultou uma mensagem
audit-post-restored = Repôs uma mensagem
audit-post-approved = Aprovou uma mensagem
audit-post-rejected = Rejeitou uma mensagem
audit-post-purged = Eliminou uma mensagem de vez
audit-post-reported = Denunciou uma mensagem
audit-report-resolved = Fechou uma denúncia
audit-thread-pinned = Afixou um tópico
audit-thread-unpinned = Desafixou um tópico
audit-thread-locked = Fechou um tópico
audit-thread-unlocked = Reabriu um tópico
audit-archive-folder_created = Criou uma pasta
audit-archive-folder_renamed = Mudou o nome de uma pasta
audit-archive-folder_moved = Moveu uma pasta
audit-archive-folder_trashed = Pôs uma pasta no lixo
audit-archive-folder_restored = Tirou uma pasta do lixo
audit-archive-folder_purged = Eliminou uma pasta de vez
audit-archive-file_added = Adicionou um ficheiro
audit-archive-file_version_added = Adicionou uma versão de um ficheiro
audit-archive-file_renamed = Mudou o nome de um ficheiro
audit-archive-file_moved = Moveu um ficheiro
audit-archive-file_trashed = Pôs um ficheiro no lixo
audit-archive-file_restored = Tirou um ficheiro do lixo
audit-archive-file_purged = Eliminou um ficheiro de vez
audit-chat-expired = Eliminou mensagens do chat que tinham passado do prazo
audit-audit-retention_changed = Mudou durante quanto tempo o registo de auditoria guarda as entradas
audit-group-joined = Aderiu ao grupo
audit-group-requested = Pediu para aderir ao grupo
audit-group-request_accepted = Aceitou o pedido de { $target }
audit-group-request_declined = Recusou o pedido de { $target }
audit-group-request_withdrawn = Retirou um pedido de adesão
audit-member-banned = Baniu { $target }
audit-member-unbanned = Levantou o banimento de { $target }
audit-group-featured = Destacou o grupo
audit-group-unfeatured = Deixou de destacar o grupo
audit-group-moderator_appointed = Nomeou { $target } para a moderação

## group_role
group_role-founder = Responsável
group_role-admin = Moderação
group_role-teacher = Membro

## readers
readers-title = A ler agora
readers-more =
    { $count ->
        [one] e mais { $count } pessoa
        [many] e mais { $count } pessoas
       *[other] e mais { $count } pessoas
    }

## groups
groups-nav = Grupos
groups-title = Grupos eTwinning
groups-intro = Comunidades de eTwinners em torno de uma disciplina, um tema ou uma área de interesse. Só participam eTwinners validados.
groups-search = Encontrar um grupo
groups-words = Palavras do título
groups-topic = Tema
groups-language = Língua
groups-language_any = Todas as línguas
groups-language_choose = Escolha uma língua
groups-country = País de um membro
groups-country_any = Todos os países
groups-search_submit = Pesquisar
groups-found = Grupos
groups-empty = Nenhum grupo corresponde a esta pesquisa.
groups-more = Mostrar mais grupos
groups-featured = Em destaque
groups-topic_is = Tema: { $topic }
groups-members =
    { $count ->
        [one] { $count } membro
        [many] { $count } de membros
       *[other] { $count } membros
    }
groups-access_short-open = Aberto
groups-access_short-closed = Fechado
groups-standing-member = É membro. A sua função: { $role }
groups-standing-requested = Pediu para aderir a este grupo.
groups-standing-banned = A equipa de moderação deste grupo não lhe permite aderir.
groups-join = Aderir
groups-ask = Pedir para aderir
groups-ask_message = Uma mensagem para a equipa de moderação (opcional)
groups-withdraw = Retirar o meu pedido
groups-open_group = Abrir o grupo
groups-joined = Aderiu a «{ $title }».
groups-asked = O seu pedido para aderir a «{ $title }» foi enviado à equipa de moderação.
groups-withdrawn = O seu pedido para aderir a «{ $title }» foi retirado.
groups-waiting = A equipa de moderação responderá ao seu pedido. Esta página mostra a resposta assim que chegar.
groups-accepted = O seu pedido foi aceite: boas-vindas a «{ $title }».
groups-not_accepted = O seu pedido não foi aceite. Pode pedir de novo.
groups-back = Voltar aos grupos
groups-create = Criar um grupo
groups-group_title = Título
groups-description = Descrição (opcional)
groups-access = Quem pode aderir
groups-access-open = Aberto: qualquer eTwinner adere de imediato
groups-access-closed = Fechado: a equipa de moderação aceita cada pedido
groups-create_submit = Criar o grupo
groups-created = Grupo «{ $title }» criado.
groups-members_search = Encontrar um membro
groups-members_more = Mostrar mais membros
groups-leave = Sair deste grupo
groups-leave_consequence = Perde de imediato o acesso ao fórum, aos ficheiros, ao chat e aos vídeos do grupo.
groups-leave_kept = O que escreveu e carregou fica no grupo. Pode voltar através do diretório de grupos.
groups-leave_confirm = Sair do grupo
groups-requests = Pedidos de adesão
groups-requests_empty = Ninguém está à espera.
groups-accept = Aceitar
groups-decline = Recusar
groups-accepted_member = { $name } é agora membro.
groups-declined = O pedido de { $name } foi recusado.
groups-ban = Banir
groups-ban_question = Banir { $name } deste grupo?
groups-ban_consequence = { $name } sai do grupo de imediato e não pode voltar a aderir nem pedi-lo.
groups-ban_kept = As suas mensagens e ficheiros ficam no grupo. Pode levantar o banimento mais tarde.
groups-ban_reason = Motivo (opcional, fica no registo)
groups-ban_confirm = Banir
groups-banned = Foi aplicado um banimento a { $name }.
groups-bans = eTwinners banidos
groups-bans_empty = Não há banimentos.
groups-lift = Levantar o banimento
groups-lifted = { $name } pode voltar a aderir.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Escolha uma nova palavra-passe do TwinSpace Live
mail-reset_body =
    Olá, { $name }:

    Recebemos um pedido, provavelmente seu, para escolher uma nova palavra-passe para a sua conta TwinSpace Live.
    Abra esta ligação para a escolher (funciona uma só vez, durante { $minutes } minutos):

    { $link }

    Ao escolher uma nova palavra-passe, a sessão termina em todos os outros locais.
    Se não pediu isto, ignore esta mensagem: a sua palavra-passe continua igual.

    TwinSpace Live

## events (issue 22)
events-nav = Eventos
events-title = Próximos eventos
events-empty = Ainda não há próximos eventos para você.
events-more = Mostrar mais eventos
events-schedule = Agendar um evento
events-zone = Os horários são mostrados no seu fuso horário: { $zone }
events-audience-etwinners = Todos os eTwinners
events-audience-country = Os eTwinners deste país: { $country }
events-audience-group = Os membros de um grupo
events-audience-twinspace = Os membros de um TwinSpace
events-organising = Você organiza este evento.
events-registered = A sua inscrição está registada.
events-waiting = Está na lista de espera (posição { $position }).
events-state-live = Em direto
events-state-ended = Este evento terminou.
events-state-cancelled = Este evento foi cancelado.
events-places = Lugares ocupados: { $taken } de { $capacity }
event_form-new_title = Agendar um evento
event_form-edit_title = Alterar o evento
event_form-title = Título
event_form-description = Descrição
event_form-date = Data
event_form-time = Hora de início
event_form-duration = Duração em minutos
event_form-space = Grupo ou TwinSpace
event_form-speakers_hint = Escolha entre os docentes dos seus grupos e TwinSpaces.
event_form-no_speakers = Ainda não há ninguém para escolher.
event_form-create = Agendar o evento
event_form-save = Guardar as alterações
event_form-created = «{ $title }» está agendado.
event_form-saved = As alterações a «{ $title }» estão guardadas.
event_form-start_past = Escolha um início no futuro.
event-title = Evento
event-back = Todos os eventos
event-when = Quando
event-language = Língua
event-audience = Quem se pode inscrever
event-organiser = Organização
event-speakers = Quem intervém
event-places = Lugares
event-no_speakers = Ainda sem intervenções anunciadas.
event-waiting_count = Em espera: { $waiting }
event-registration = O seu lugar
event-speaking = Você intervém neste evento.
event-full = Todos os lugares estão ocupados: se se inscrever, entra na lista de espera.
event-register = Inscrever-me
event-unregister = Deixar o meu lugar
event-leave_waiting = Sair da lista de espera
event-unregister_confirm_title = Deixar «{ $title }»?
event-unregister_confirm = A pessoa seguinte na lista de espera fica com a sua vez. Se se inscrever de novo, talvez tenha de esperar.
event-unregistered = A sua inscrição foi anulada.
event-calendar = Adicionar ao meu calendário (.ics)
event-organiser_tools = Para a organização
event-edit = Alterar o evento
event-cancel = Cancelar o evento
event-keep = Manter o evento
event-cancel_confirm_title = Cancelar «{ $title }»?
event-cancel_confirm_lost = Ninguém se poderá inscrever e toda a gente verá que está cancelado. Não pode ser desfeito. As inscrições e as perguntas são mantidas.
event-cancelled = O evento está cancelado.
event-registrants = Inscrições
event-waiting_list = Lista de espera
event-nobody = Ninguém por enquanto.
event-attendance = Presenças
event-attendance_hint = Quem acompanhou a página do evento durante o direto, e durante quanto tempo.
event-attendance_none = Ninguém acompanhou o evento em direto.
event-minutes = { $minutes } min
qa-title = Perguntas e respostas
qa-empty = Ainda não há perguntas.
qa-closed = As perguntas estão fechadas: o evento terminou.
qa-need_place = Inscreva-se para fazer uma pergunta ou apoiar uma.
qa-your_question = A sua pergunta
qa-ask = Perguntar
qa-asked = A sua pergunta foi enviada.
qa-upvote = Apoiar
qa-upvoted = Apoiada
qa-votes = Votos: { $votes }
qa-by = Pergunta de { $name }
qa-by_gone = Pergunta de uma conta eliminada
qa-answer = Resposta: { $answer }
qa-state-picked = A ser respondida agora
qa-state-answered = Respondida
qa-state-hidden = Oculta
qa-pick = Escolher
qa-unpick = Devolver à lista
qa-hide = Ocultar
qa-restore = Repor
qa-answer_label = Resposta escrita (opcional)
qa-mark_answered = Marcar como respondida
qa-gone = Já não pode acompanhar estas perguntas.
audit-event-created = Agendou o evento «{ $title }»
audit-event-updated = Alterou o evento «{ $title }»
audit-event-cancelled = Cancelou o evento «{ $title }»
audit-event-question_moderated = Moderou uma pergunta do evento «{ $title }»

## the live webinar (issue 22)
live-title = Vídeo em direto
live-not_started = O vídeo em direto ainda não começou.
live-ended = O vídeo em direto terminou.
live-connecting = A ligar ao vídeo em direto…
live-need_place = Só quem tem lugar pode ver o vídeo em direto.
live-watching_you = Está a ver o vídeo em direto.
live-on_air = Está em direto: todos o veem e ouvem.
live-recording = Este evento está a ser gravado.
live-speaking = A falar: { $names }
live-nobody_speaking = Ainda ninguém está a falar.
live-watching = A ver: { $watching }
live-start = Iniciar o vídeo em direto
live-end = Terminar o vídeo em direto
live-end_confirm_title = Terminar o vídeo em direto de «{ $title }»?
live-end_confirm_lost = O vídeo para para todos, oradores e público. Pode voltar a iniciá-lo enquanto o evento decorrer; as perguntas são guardadas.
live-go_live = Entrar em direto
live-stop = Parar o meu vídeo
live-hand_raised = Tem a mão levantada: um moderador pode convidá-lo a falar.
live-invited = Foi convidado a falar: entre em direto quando estiver pronto.
live-returned = Voltou ao público.
live-hands = Mãos levantadas
live-no_hands = Nenhuma mão levantada.
live-promote = Convidar { $name } a falar
live-return = Devolver { $name } ao público
live-record_start = Iniciar a gravação
live-record_stop = Parar a gravação

## the event's recordings and seat (issue 22)
event-moved_up = Agora tem um lugar: passou da lista de espera para os inscritos.
live-off_stage_returned = Um moderador devolveu-o ao público.
live-off_stage_muted = Foi silenciado neste espaço: está de volta ao público.
live-off_stage_removed = Já não é membro deste espaço: está de volta ao público.
live-off_stage_unnamed = Já não é orador deste evento: está de volta ao público.
recordings-title = Gravações
recordings-processing = Uma gravação está a ser processada: aparecerá aqui quando estiver pronta.
recordings-take = Gravado em { $when } · { $length }
recordings-video = Vídeo: { $speaker }
recordings-audio = Som: { $speaker }
recordings-former_speaker = um antigo orador
