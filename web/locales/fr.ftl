### TwinSpace Live : les mots de la page en français.
### review-status: reviewed (written by the team; native review by a national support organisation welcome)

## lang
lang-name = Français

## app
app-name = TwinSpace Live
app-skip = Aller au contenu
app-nav = Principal
app-language = Langue
app-sign_out = Se déconnecter
app-signed_in_as = Session de { $name }
app-loading = Chargement…

## conn
conn-lost = Connexion perdue. Reconnexion en cours…
conn-back = La connexion est rétablie.
conn-failed = La connexion en direct a été fermée. Rechargez la page pour réessayer.
conn-session_ended = Votre session a pris fin. Veuillez vous reconnecter.
conn-account_locked = Ce compte ne peut plus être utilisé. Reconnectez-vous pour savoir pourquoi.
# Pourquoi le serveur a fermé la connexion en direct : `conn-closed-<raison>`, une par code qu’il envoie.
conn-closed-auth_missing = La connexion en direct n’a pas reçu votre identification à temps. Rechargez la page.
conn-closed-session_invalid = Votre session n’est plus valide. Veuillez vous reconnecter.
conn-closed-session_expired = Votre session a expiré. Veuillez vous reconnecter.
conn-closed-signed_out = Votre session a été fermée. Veuillez vous reconnecter.
conn-closed-account_locked = Ce compte ne peut plus être utilisé. Reconnectez-vous pour savoir pourquoi.
conn-closed-too_many_connections = Ce compte a trop de pages ouvertes en même temps. Fermez quelques onglets, puis rechargez cette page.
conn-closed-too_many_messages = Cette page a envoyé trop de choses trop vite. Attendez un instant, puis rechargez-la.
conn-closed-frame_too_large = Cette page a envoyé quelque chose de trop volumineux. Rechargez la page et réessayez.
conn-closed-idle_timeout = La connexion en direct est restée inactive trop longtemps et a été fermée. Reconnexion en cours…
conn-closed-slow_consumer = La connexion en direct a pris du retard. Reconnexion en cours…
conn-closed-server_restarting = Le serveur redémarre. Reconnexion dans un instant…
conn-closed-server_shutting_down = Le serveur de votre connexion s’arrête. Reconnexion en cours…
conn-closed-unavailable = Le serveur est occupé. Reconnexion dans un instant…
conn-closed-internal = Un problème est survenu sur le serveur. Reconnexion dans un instant…

## login
login-title = Connexion
login-intro = Les enseignants et les invités se connectent avec leur adresse e-mail. Les élèves utilisent l’identifiant et le code donnés par leur enseignant.
login-teacher = Enseignants et invités
login-pupil = Élèves
login-email = Adresse e-mail
login-password = Mot de passe
login-username = Identifiant
login-code = Code
login-submit = Se connecter
login-pupil_submit = Se connecter comme élève
login-forgot = Mot de passe oublié ?
login-register = Pas encore de compte ? Créer un compte eTwinner
login-pupil_forgot = Code oublié ? Demandez-en un nouveau à votre enseignant.

## invite
invite-title = Rejoindre un TwinSpace comme invité
invite-intro = Une invitation vous ouvre un TwinSpace. Choisissez le nom que les autres verront et un mot de passe.
invite-display_name = Votre nom
invite-submit = Accepter l’invitation
invite-checking = Vérification de votre invitation…
invite-for_space = Invitation à rejoindre « { $title } ».
invite-unknown = Ce lien d’invitation est inconnu. Vérifiez que vous l’avez copié en entier, ou demandez-en un nouveau à l’enseignant qui l’a envoyé.
invite-expired = Ce lien d’invitation a expiré. Demandez-en un nouveau à l’enseignant qui l’a envoyé.
invite-used_up = Ce lien d’invitation a déjà servi autant de fois qu’il le permet. Demandez-en un nouveau à l’enseignant qui l’a envoyé.
invite-revoked = Ce lien d’invitation a été retiré par un enseignant.
invite-closed = L’espace de cette invitation est fermé.

## spaces
spaces-title = Mes espaces
spaces-empty = Vous n’êtes encore membre d’aucun espace.
spaces-create = Créer un espace
spaces-kind = Type
spaces-kind-twinspace = TwinSpace
spaces-kind-room = Salle
spaces-kind-group = Groupe
spaces-space_title = Titre
spaces-description = Description (facultative)
spaces-create_submit = Créer
spaces-created = Espace « { $title } » créé.
spaces-my_role = Votre rôle : { $role }
spaces-archived = archivé

## space
space-back = Retour à mes espaces
space-sections = Rubriques de cet espace
space-members = Membres
space-online_count =
    { $count ->
        [one] { $count } en ligne
        [many] { $count } en ligne
       *[other] { $count } en ligne
    }
space-online = en ligne
space-offline = hors ligne
space-you = (vous)
space-refreshed = La liste a été mise à jour.
space-gone = Cet espace ne vous est plus accessible.

## chat
chat-title = Discussion
chat-empty = Pas encore de message.
chat-message = Message
chat-send = Envoyer
chat-pending = (en attente d'un enseignant)
chat-typing = { $name } écrit…
chat-teachers_tab = Bulletin des enseignants
chat-teachers_title = Bulletin des enseignants
chat-session_title = Discussion de la session
chat-older = Afficher les messages plus anciens
chat-new_messages = Nouveaux messages
chat-mention_list = Membres à mentionner
chat-mention_hint = Tapez @ et un nom pour mentionner un membre.
chat-hidden = (masqué par un enseignant)
chat-deleted = (supprimé)
chat-rejected = (non publié par un enseignant)
chat-edited = (modifié)
chat-mentions_you = vous mentionne
chat-edit = Modifier
chat-edit_label = Modifier votre message
chat-save = Enregistrer
chat-cancel = Annuler
chat-delete = Supprimer
chat-delete_confirm = Oui, supprimer
chat-hide = Masquer
chat-restore = Rétablir
chat-approve = Approuver
chat-reject = Refuser
chat-report = Signaler
chat-reported = Merci. Les enseignants vont regarder ce message.
chat-mute = Rendre muet
chat-mute_question = Rendre { $name } muet ?
chat-mute_for = Rendre { $name } muet pendant
chat-minutes =
    { $count ->
        [one] { $count } minute
        [many] { $count } de minutes
       *[other] { $count } minutes
    }
chat-mute_confirm = Confirmer
chat-muted_other = { $name } ne peut plus écrire jusqu’à { $time }.
chat-muted_you = Un enseignant a suspendu votre écriture jusqu’à { $time }. Vous pouvez toujours lire la discussion.
chat-unmuted_you = Vous pouvez de nouveau écrire dans la discussion.
chat-gone = Cette discussion ne vous est plus accessible.

## role
role-founder = Fondateur
role-admin = Administrateur
role-teacher = Enseignant
role-pupil_admin = Élève administrateur
role-pupil = Élève
role-guest = Invité

## error
error-bad_credentials = Les informations de connexion ne sont pas correctes. Vérifiez-les et réessayez.
error-rate_limited = Trop de tentatives. Patientez un instant puis réessayez.
error-invalid = Certains champs ne sont pas remplis correctement.
error-not_found = Cette page n’existe pas ou ne vous est pas accessible.
error-forbidden = Vous n’avez pas le droit de faire cela.
error-gone = Cela n’existe plus ou ne fonctionne plus.
error-conflict = Cela entre en conflit avec quelque chose qui existe déjà.
error-gone-revoked = Ce lien d’invitation ne fonctionne plus : les enseignants de l’espace l’ont retiré.
error-gone-expired = Ce lien d’invitation ne fonctionne plus : il a expiré.
error-gone-used_up = Ce lien d’invitation ne fonctionne plus : il a été utilisé autant de fois qu’il le permet.
error-conflict-name_taken = « { $name } » existe déjà ici. Choisissez un autre nom.
error-conflict-in_trash = « { $name } » est dans la corbeille : restaurez-le d’abord.
error-conflict-not_in_trash = « { $name } » n’est pas dans la corbeille.
error-conflict-parent_in_trash = « { $name } » était dans un dossier qui est maintenant dans la corbeille : restaurez d’abord ce dossier.
error-conflict-folder_not_empty = Le dossier « { $name } » n’est pas vide : mettez d’abord son contenu à la corbeille.
error-conflict-wrong_status = Le statut de ce compte ({ $status }) ne le permet pas.
error-unauthenticated = Veuillez vous connecter.
error-network = Le serveur est injoignable. Vérifiez votre connexion et réessayez.
error-generic = Une erreur s’est produite. Veuillez réessayer.
error-too_large = C’est trop gros.
error-quota_exceeded = Il ne reste pas assez de place dans cet espace.
error-unsupported = Le serveur ne peut pas traiter ce type de demande.
error-aborted = L’envoi a été interrompu.
error-rate_limited_wait = Trop de tentatives. Réessayez { $wait }.
error-fields = Certains champs demandent votre attention : voyez le message sous chacun.
error-account_rejected = L’administrateur national de votre pays n’a pas accepté cette inscription : ce compte ne peut pas se connecter. Si vous pensez que c’est une erreur, contactez le Bureau national d’assistance eTwinning de votre pays.
error-account_suspended = L’administrateur national de votre pays a suspendu ce compte : il ne peut pas se connecter pour l’instant. Pour savoir pourquoi, ou pour le retrouver, contactez le Bureau national d’assistance eTwinning de votre pays.
error-malformed = La page a envoyé quelque chose que le serveur n’a pas pu lire. Rechargez la page et réessayez.
error-csrf = La vérification de sécurité de la page a échoué. Rechargez la page et réessayez.
error-limit_exceeded = Cela dépasse une limite fixée pour cet espace.
error-unavailable = Le serveur est occupé ou une de ses parties ne répond pas. Réessayez dans un instant.
error-internal = Un problème est survenu sur le serveur. Réessayez plus tard.
error-insufficient_storage = Le serveur n’a plus de place pour les fichiers. Rien n’a été enregistré ; prévenez le contact eTwinning de votre établissement.
error-request_timeout = L’envoi a pris trop de temps et a été arrêté. Vérifiez votre connexion et réessayez.
error-conflict-not_a_guest = Cette adresse e-mail appartient à un compte eTwinning. Les enseignants sont invités par les administrateurs de l’espace, pas par un lien d’invité.

## notice
# Ce qu’on dit à un élève (ou à tout membre) de son propre message ou de son compte.
notice-post-pending = Merci ! Un enseignant va lire votre message avant que tout le monde puisse le voir.
notice-post-approved = Un enseignant a lu votre message. Maintenant, tout le monde dans le projet peut le voir.
notice-post-rejected = Un enseignant a décidé de ne pas montrer votre message. Vous pouvez demander pourquoi à votre enseignant.
notice-post-hidden = Un enseignant a caché votre message pour le moment. Vous pouvez demander pourquoi à votre enseignant.
notice-post-restored = Un enseignant a de nouveau affiché votre message. Tout le monde peut le voir maintenant.
notice-post-purged = Un enseignant a supprimé votre message.
notice-member-muted = Vous pouvez lire le projet, mais pas écrire pendant un moment.
notice-member-unmuted = Vous pouvez de nouveau écrire dans le projet.
notice-chat-mention = { $name } a écrit votre nom dans la discussion.

## video
video-section = Vidéo
video-open_sessions = Sessions vidéo ouvertes
video-none = Aucune session vidéo n’est ouverte.
video-start_title = Démarrer une session vidéo
video-title = Titre (facultatif)
video-lobby = Les élèves attendent dans la salle d’attente qu’un enseignant les fasse entrer
video-start = Démarrer
video-join_named = Rejoindre « { $title } »
video-nobody_in_call = Personne dans l’appel pour l’instant
video-people_in_call =
    { $count ->
        [one] { $count } personne dans l’appel
        [many] { $count } de personnes dans l’appel
       *[other] { $count } personnes dans l’appel
    }
video-locked = (verrouillée)
video-back = Retour à l’espace
video-participants = Participants
video-my_controls = Votre micro et votre caméra
video-chat = Discussion de la session
video-starting_media = Démarrage de votre caméra et de votre micro…
video-in_call = Vous êtes dans l’appel.
video-waiting_in_lobby = Vous êtes dans la salle d’attente. Un enseignant va bientôt vous faire entrer.
video-no_media = Aucune caméra ni aucun micro n’a pu être utilisé : vous pouvez quand même voir et entendre les autres.
video-partial_media = Votre caméra et votre micro n’ont pu être utilisés qu’en partie.
video-enable_sound = Activer le son
video-mic_on = Micro activé
video-mic_off = Micro coupé
video-mic_forced = Rendu muet par un enseignant
video-camera_on = Caméra activée
video-camera_off = Caméra coupée
video-hand_raised = Main levée
video-mute_me = Couper mon micro
video-unmute_me = Activer mon micro
video-camera_stop = Couper ma caméra
video-camera_start = Activer ma caméra
video-hand_raise = Lever la main
video-hand_lower = Baisser la main
video-leave = Quitter
video-you_are_muted = Un enseignant vous a rendu muet. Vous pourrez réactiver votre micro quand un enseignant le permettra.
video-muted_by_teacher = Un enseignant a coupé votre micro.
video-unmute_allowed = Un enseignant vous permet de réactiver votre micro.
video-mute_other = Rendre muet
video-mute_named = Rendre muet : { $name }
video-allow_unmute = Autoriser le micro
video-allow_unmute_named = Autoriser le micro de { $name }
video-remove = Retirer
video-remove_named = Retirer { $name } de la session
video-lobby_title = Salle d’attente
video-lobby_empty = Personne n’attend.
video-admit = Faire entrer
video-admit_named = Faire entrer { $name }
video-deny = Refuser
video-deny_named = Refuser { $name }
video-manage = Cette session
video-is_open = Ouverte : les membres peuvent la rejoindre.
video-is_locked = Verrouillée : seuls les enseignants peuvent entrer.
video-lock = Verrouiller la session
video-end = Terminer la session pour tous
video-ended = La session est terminée.
video-ended_space_archived = La session est terminée : son espace a été archivé.
video-ended_space_deleted = La session est terminée : son espace a été supprimé.
video-ended_empty = La session est terminée : personne n’y était depuis un moment.
video-no_teacher_yet = Aucun enseignant n’est encore dans cette session : personne ne peut vous faire entrer. Vous pouvez attendre ici ou partir.
video-leave_lobby = Quitter la salle d’attente
video-removed = Un enseignant vous a retiré de la session.
video-denied = Un enseignant ne vous a pas fait entrer dans cette session.
video-left = Vous avez quitté la session.
video-full = Cette session est complète.
video-refused = Vous ne pouvez pas rejoindre cette session.
video-signal_refused = Le serveur a refusé ce que votre navigateur a envoyé. Essayez de quitter puis de rejoindre la session.
video-sfu_moving = La session s’agrandit : l’appel passe par le serveur média de la classe…
video-sfu_unreachable = Le serveur média de la classe est injoignable. Nouvel essai en cours…
video-sfu_no_seat = Toutes les places de caméra de cette session sont prises : vous voyez et entendez les autres, mais eux ne vous voient ni ne vous entendent.
video-sfu_not_sent = Votre caméra et votre micro n’ont pas pu être transmis. Vous voyez et entendez toujours les autres.

## forum
forum-title = Forum
forum-threads = Discussions
forum-posts = Messages
forum-areas = Espaces du forum
forum-area-open = Forum ouvert
forum-area-teachers = Bulletin des enseignants
forum-empty = Pas encore de discussion.
forum-thread_meta =
    { $count ->
        [one] par { $author } · { $count } message · { $when }
        [many] par { $author } · { $count } de messages · { $when }
       *[other] par { $author } · { $count } messages · { $when }
    }
forum-unread =
    { $count ->
        [one] { $count } nouveau
        [many] { $count } de nouveaux
       *[other] { $count } nouveaux
    }
forum-pinned = épinglée
forum-locked = verrouillée
forum-new_thread = Lancer une discussion
forum-new_bulletin = Lancer une discussion dans le Bulletin des enseignants
forum-thread_title = Titre de la discussion
forum-first_post = Premier message
forum-start = Lancer la discussion
forum-thread_started = La discussion est lancée.
forum-thread_held = Merci ! Un enseignant lira ta discussion avant que tout le monde puisse la voir.
forum-back = Retour aux discussions
forum-reply_label = Votre réponse
forum-send = Publier la réponse
forum-no_reply = Vous ne pouvez pas répondre dans cette discussion.
forum-held = Merci ! Un enseignant lira ton message avant que tout le monde puisse le voir.
forum-edited = (modifié)
forum-edit = Modifier
forum-edit_label = Modifier votre message
forum-save = Enregistrer
forum-saved = Votre message a été modifié.
forum-cancel = Annuler
forum-delete = Supprimer
forum-deleted = Le message a été supprimé.
forum-report = Signaler
forum-report_reason = Quel est le problème avec ce message ? (facultatif)
forum-report_send = Envoyer le signalement
forum-reported = Merci. Les enseignants ont été prévenus.
forum-hide = Masquer
forum-restore = Rétablir
forum-approve = Approuver
forum-reject = Refuser
forum-done-hide = Le message est masqué pour la classe.
forum-done-restore = Le message est de nouveau visible.
forum-done-approve = Le message est approuvé : tout le monde le voit.
forum-done-reject = Le message est refusé : seul son auteur le voit.
forum-state-pending = en attente d'un enseignant
forum-state-hidden = masqué
forum-state-rejected = non publié
forum-state-deleted = supprimé
forum-pin = Épingler
forum-unpin = Désépingler
forum-lock = Verrouiller
forum-unlock = Déverrouiller
forum-thread_changed = La discussion a été modifiée.
forum-thread_gone = Cette discussion ne vous est plus accessible.
forum-moderation = Modération
forum-queue = En attente d'approbation
forum-queue_empty = Aucun message en attente.
forum-reports = Signalements
forum-reports_empty = Aucun signalement ouvert.
forum-reported_by = signalé par { $name }
forum-report_said = Motif : { $reason }
forum-resolve = Clore le signalement
forum-resolved = Le signalement est clos.

## reactions
reaction-bar = Réactions
reaction-add = Ajouter une réaction
reaction-picker = Choisir une réaction
reaction-count =
    { $count ->
        [one] { $name } : { $count } personne
        [many] { $name } : { $count } personnes
       *[other] { $name } : { $count } personnes
    }
reaction-thumbs_up = Pouce levé
reaction-heart = Cœur
reaction-clap = Bravo
reaction-laugh = Drôle
reaction-idea = Bonne idée
reaction-question = J'ai une question

## archive
archive-title = Fichiers
archive-usage = { $used } utilisés sur { $quota }
archive-where = Dossier
archive-top = Tous les fichiers
archive-empty = Ce dossier est vide.
archive-contents = Dossiers et fichiers
archive-name = Nom
archive-size = Taille
archive-by = Ajouté par
archive-when = Modifié
archive-actions = Actions
archive-former_member = ancien membre
archive-choose = Choisir un fichier
archive-upload = Envoyer
archive-progress = Progression de l’envoi
archive-uploading = Envoi de { $name } : { $percent }
archive-uploaded = « { $name } » a été envoyé.
archive-too_large = Ce fichier est trop gros : un fichier fait au plus { $max }.
archive-quota = Il ne reste pas assez de place dans les fichiers de cet espace ({ $free } libres). Demandez à un enseignant de retirer d’anciens fichiers.
archive-new_folder = Nouveau dossier
archive-create_folder = Créer le dossier
archive-folder_created = Le dossier « { $name } » a été créé.
archive-download = Télécharger
archive-download_named = Télécharger { $name }
archive-rename = Renommer
archive-rename_named = Renommer { $name }
archive-new_name = Nouveau nom
archive-save = Enregistrer
archive-cancel = Annuler
archive-renamed = Renommé en « { $name } ».
archive-trash = Mettre à la corbeille
archive-trash_named = Mettre à la corbeille : { $name }
archive-trashed = « { $name } » est dans la corbeille.
archive-show_trash = Corbeille
archive-trash_empty = La corbeille est vide.
archive-restore = Restaurer
archive-restore_named = Restaurer { $name }
archive-restored = « { $name } » est de retour.
archive-purge = Supprimer définitivement
archive-purge_named = Supprimer définitivement { $name }
archive-purged = « { $name } » a été supprimé définitivement.
archive-choose_first = Choisissez un fichier à envoyer.
archive-no_file = Aucun fichier choisi pour l’instant.
archive-name_taken = Il y a déjà quelque chose de ce nom ici. Choisissez un autre nom.

## unit
unit-b = o
unit-kb = Ko
unit-mb = Mo
unit-gb = Go
unit-tb = To

## field
field-required = Remplissez ce champ.
field-unknown = Ce champ n’est pas attendu ici.
field-type = Cette valeur n’est pas du bon type.
field-blank = Écrivez quelque chose ici : des espaces seuls ne comptent pas.
field-too_short =
    { $count ->
        [one] Écrivez au moins { $min } caractère.
        [many] Écrivez au moins { $min } de caractères.
       *[other] Écrivez au moins { $min } caractères.
    }
field-too_long =
    { $count ->
        [one] Écrivez au plus { $max } caractère.
        [many] Écrivez au plus { $max } de caractères.
       *[other] Écrivez au plus { $max } caractères.
    }
field-too_small = Donnez au moins { $min }.
field-too_large = Donnez au plus { $max }.
field-format = Ce n’est pas sous la forme attendue.
field-choice = Choisissez l’une des options proposées.
field-invalid = Cette valeur n’est pas acceptée.

## confirm
confirm-cancel = Annuler
confirm-trash_file = Mettre « { $name } » à la corbeille ?
confirm-trash_file_lost = Les membres ne verront plus ce fichier. Un enseignant peut le récupérer dans la corbeille.
confirm-trash_folder = Mettre le dossier « { $name } » à la corbeille ?
confirm-trash_folder_lost = Les membres ne verront plus ce dossier ni rien de ce qu’il contient. Un enseignant peut le récupérer dans la corbeille.
confirm-purge = Supprimer « { $name } » définitivement ?
confirm-purge_lost = Il disparaîtra pour tout le monde et ne pourra pas être récupéré.
confirm-delete_post = Supprimer ce message ?
confirm-delete_post_lost = Son texte disparaîtra pour tout le monde. C’est irréversible.
confirm-delete_message = Supprimer ce message ?
confirm-delete_message_lost = Son texte disparaîtra pour tout le monde. C’est irréversible.
confirm-end_session = Terminer la session pour tous ?
confirm-end_session_lost = Tout le monde quitte l’appel aussitôt, et la session ne pourra pas être rouverte.
confirm-remove_participant = Retirer { $name } de la session ?
confirm-remove_participant_lost = { $name } quitte l’appel aussitôt et ne pourra pas revenir dans cette session.
confirm-deny = Refuser { $name } ?
confirm-deny_lost = { $name } n’entrera pas dans cette session.

## page
page-not_found = Page introuvable
page-not_found_text = Il n’y a pas de page à cette adresse.
page-go_spaces = Aller à mes espaces
page-go_sign_in = Aller à la page de connexion

## form
form-required = Remplissez ce champ.
form-email_format = Écrivez une adresse e-mail comme nom@ecole.eu.
form-password_short = Utilisez au moins 10 caractères.
form-password_long = Utilisez au plus 200 caractères.
form-password_mismatch = Les deux mots de passe ne sont pas identiques.
form-password_hint = Au moins 10 caractères. Quelques mots dont vous vous souviendrez conviennent bien.
form-check_fields = Vérifiez les champs signalés plus haut.
form-field_invalid = Cette valeur n’est pas acceptée.

## register
register-title = Créer un compte eTwinner
register-intro = Pour les enseignants. L’administrateur national de votre pays vérifie que vous êtes enseignant, puis valide votre compte. Les élèves ne s’inscrivent pas : leur enseignant crée leur compte.
register-name = Votre nom
register-school = Établissement
register-country = Pays
register-country_choose = Choisissez votre pays
register-submit = Créer mon compte
register-email_taken = Un compte existe déjà avec cette adresse e-mail. Connectez-vous, ou demandez un nouveau mot de passe.
register-have_account = Vous avez déjà un compte ? Connectez-vous

## pending
pending-title = Votre compte attend d’être validé
pending-who_heading = Qui le valide
pending-who = L’administrateur national de votre pays ({ $country }) vérifie que vous enseignez dans l’établissement indiqué, puis valide votre compte.
pending-next_heading = Et ensuite
pending-next_validate = Une fois votre compte validé, vous êtes eTwinner : vous pouvez créer des espaces, recevoir des invitations à des projets et créer les comptes de vos élèves. Reconnectez-vous, ou appuyez sur « Vérifier à nouveau », pour le voir.
pending-next_reject = Si l’administrateur national n’accepte pas votre inscription, la connexion vous le dira.
pending-next_meanwhile = En attendant, vous pouvez changer votre nom et votre mot de passe dans « Mon compte ».
pending-check = Vérifier à nouveau
pending-still = Votre compte attend toujours d’être validé.
pending-count =
    { $count ->
        [one] { $count } en attente de modération
        [many] { $count } en attente de modération
       *[other] { $count } en attente de modération
    }

## forgot
forgot-title = Mot de passe oublié ?
forgot-intro = Écrivez l’adresse e-mail de votre compte. Nous y enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = M’envoyer un lien
forgot-sent = Si un compte a cette adresse, un lien lui a été envoyé. Il sert une seule fois, pendant un temps limité. Regardez aussi dans vos courriers indésirables.
forgot-pupils = Élèves : vous n’avez pas d’adresse e-mail ici. Demandez un nouveau code à votre enseignant.
forgot-back = Retour à la connexion

## reset
reset-title = Choisir un nouveau mot de passe
reset-intro = Choisir un nouveau mot de passe vous déconnecte sur tous vos autres appareils.
reset-password = Nouveau mot de passe
reset-confirm = Nouveau mot de passe, à nouveau
reset-submit = Enregistrer le nouveau mot de passe
reset-gone = Ce lien a expiré ou a déjà servi. Demandez-en un nouveau.
reset-done = Votre mot de passe a été changé. Connectez-vous avec le nouveau.
reset-ask_again = Demander un nouveau lien

## account
account-title = Mon compte
account-signed_in_with = Vous vous connectez avec { $email }.
account-name_heading = Votre nom
account-name = Nom visible par les autres
account-save_name = Enregistrer le nom
account-name_saved = Votre nom a été enregistré.
account-pupil_note = Votre enseignant a choisi ce nom et s’en occupe. Demandez-lui s’il faut le changer.
account-password_heading = Votre mot de passe
account-password_intro = Le changer vous déconnecte sur vos autres appareils ; votre session reste ouverte ici.
account-current_password = Mot de passe actuel
account-new_password = Nouveau mot de passe
account-confirm_password = Nouveau mot de passe, à nouveau
account-save_password = Changer le mot de passe
account-password_saved = Votre mot de passe a été changé.
account-current_wrong = Ce n’est pas votre mot de passe actuel.
account-everywhere_heading = Se déconnecter partout
account-everywhere_intro = Met fin à votre connexion sur tous les appareils et navigateurs, celui-ci compris : un téléphone perdu ou un ordinateur partagé n’ouvre plus votre compte.
account-everywhere = Se déconnecter partout…
account-everywhere_question = Vous déconnecter sur tous les appareils, celui-ci compris ? Les pages ouvertes se ferment aussitôt, et ce qui n’y a pas encore été envoyé est perdu.
account-everywhere_confirm = Oui, me déconnecter partout
account-everywhere_done = Vos sessions sont fermées sur tous les appareils.
account-cancel = Annuler

## admin
admin-nav = Console de validation
admin-title = Console de l’administrateur national
admin-country = Pays : { $country }
admin-only_national_admins = Cette page est réservée aux administrateurs nationaux.
admin-pending_heading = Enseignants en attente de validation
admin-pending_count =
    { $count ->
        [one] { $count } enseignant attend.
        [many] { $count } enseignants attendent.
       *[other] { $count } enseignants attendent.
    }
admin-pending_none = Aucun enseignant n’attend de validation.
admin-select_all = Tout sélectionner
admin-select_first = Sélectionnez d’abord au moins un enseignant.
admin-validate_selected = Valider la sélection
admin-reject_selected = Refuser la sélection…
admin-validated =
    { $count ->
        [one] { $count } enseignant validé.
        [many] { $count } enseignants validés.
       *[other] { $count } enseignants validés.
    }
admin-rejected =
    { $count ->
        [one] { $count } inscription refusée.
        [many] { $count } inscriptions refusées.
       *[other] { $count } inscriptions refusées.
    }
admin-reject_question =
    { $count ->
        [one] Refuser l’inscription de { $names } ? Cette personne ne pourra pas se connecter, et ce refus est définitif.
        [many] Refuser ces { $count } inscriptions ({ $names }) ? Ces personnes ne pourront pas se connecter, et ce refus est définitif.
       *[other] Refuser ces { $count } inscriptions ({ $names }) ? Ces personnes ne pourront pas se connecter, et ce refus est définitif.
    }
admin-reject_reason = Motif du refus
admin-reject_heading = Refuser des inscriptions
admin-suspend_heading = Suspendre un compte
admin-reinstate_heading = Rétablir un compte
admin-reject_reason_hint = Conservé dans le journal d’audit avec votre nom.
admin-reject_confirm =
    { $count ->
        [one] Refuser { $count } inscription
        [many] Refuser { $count } inscriptions
       *[other] Refuser { $count } inscriptions
    }
admin-failed_one = { $name } : { $why }
admin-school = Établissement : { $school }
admin-registered = Inscrit le { $date }
admin-search_heading = Trouver un compte
admin-search_label = Nom, adresse e-mail ou établissement
admin-search_hint = Comptes de votre pays uniquement. Laissez vide pour tous les lister, du plus récent au plus ancien.
admin-search = Rechercher
admin-showing = { $from }–{ $to } sur { $total }
admin-no_match = Aucun compte ne correspond.
admin-previous = Page précédente
admin-next = Page suivante
admin-suspend = Suspendre…
admin-suspend_named = Suspendre { $name }…
admin-suspend_question = Suspendre { $name } ? Cette personne est aussitôt déconnectée partout, ses pages ouvertes se ferment, et elle ne peut plus se connecter jusqu’à ce que vous la rétablissiez.
admin-suspend_reason = Motif de la suspension
admin-suspend_confirm = Oui, suspendre
admin-suspend_done = Le compte de { $name } est suspendu.
admin-reinstate = Rétablir…
admin-reinstate_named = Rétablir { $name }…
admin-reinstate_question = Rétablir { $name } ? Cette personne pourra de nouveau se connecter.
admin-reinstate_reason = Motif (facultatif)
admin-reinstate_confirm = Rétablir
admin-reinstate_done = Le compte de { $name } est rétabli.
admin-action_for = { $action } : { $name }
admin-type_to_confirm = Pour confirmer, tapez le titre de l’espace : { $text }

## status
status-active = actif
status-pending = en attente de validation
status-suspended = suspendu
status-rejected = refusé
status-erased = effacé

## names
names-marked = { $name } ({ $mark })

## members
members-username = identifiant { $username }
members-role_of = Rôle de { $name }
members-change_role = Changer le rôle
members-role_question = Faire passer { $name } de { $from } à { $to } ?
members-role_consequence = { $name } peut faire dès maintenant ce que permet le rôle { $to }, sur tous ses appareils.
members-role_confirm = Changer le rôle
members-role_changed = { $name } a maintenant le rôle { $role }.
members-reset_code = Nouveau code
members-reset_question = Donner un nouveau code de connexion à { $name } ?
members-reset_consequence = L’ancien code cesse de fonctionner tout de suite et les sessions de l’élève se ferment partout. Vous remettez la nouvelle carte.
members-reset_confirm = Créer un nouveau code
members-reset_done = { $name } a un nouveau code : remettez la nouvelle carte ci-dessous.
members-export = Exporter les données
members-remove = Retirer
members-remove_question = Retirer { $name } de cet espace ?
members-remove_consequence = { $name } perd l’accès à cet espace tout de suite, sur tous ses appareils.
members-remove_pupil_kept = Le compte, les messages et les fichiers de l’élève restent ; vous pourrez l’ajouter de nouveau.
members-remove_kept = Ses messages et ses fichiers restent dans l’espace.
members-remove_confirm = Retirer
members-removed = { $name } a été retiré.
members-erase = Effacer le compte
members-leave = Quitter cet espace
members-leave_question = Quitter « { $title } » ?
members-leave_consequence = Vous perdez tout de suite l’accès à ses forums, fichiers, discussions et vidéos. Seul un administrateur enseignant peut vous y faire revenir.
members-leave_kept = Ce que vous avez écrit et déposé reste dans l’espace.
members-leave_confirm = Quitter l’espace
members-left = Vous avez quitté « { $title } ».

## erase
erase-question = Effacer le compte de { $name } ?
erase-account_gone = Le nom, l’identifiant et le code de l’élève sont supprimés définitivement.
erase-signed_out = Les sessions de l’élève se ferment tout de suite, et son compte ne pourra plus jamais servir.
erase-no_undo = Cette action est irréversible.
erase-export_first = Si l’élève ou sa famille peut en vouloir une copie, exportez d’abord les données.
erase-posts = Les messages de l’élève (forum et discussion)
erase-posts_keep = Les garder, signés « ancien élève »
erase-posts_remove = Les supprimer définitivement
erase-files = Les fichiers de l’élève
erase-files_keep = Les garder, au nom d’« ancien élève »
erase-files_remove = Les supprimer définitivement
erase-confirm = Effacer le compte
erase-done = Le compte de { $name } a été effacé.

## invite_teacher
invite_teacher-title = Inviter un enseignant partenaire
invite_teacher-by_email = Par adresse e-mail
invite_teacher-role = Rôle
invite_teacher-submit = Inviter
invite_teacher-done = { $name } a rejoint l’espace avec le rôle { $role }.
invite_teacher-not_etwinner = Aucun eTwinner validé n’a cette adresse, ou vous ne pouvez pas donner ce rôle.
invite_teacher-find = Trouver un eTwinner
invite_teacher-query = Nom, établissement ou pays
invite_teacher-search = Rechercher
invite_teacher-results = eTwinners trouvés
invite_teacher-none = Aucun eTwinner trouvé.
invite_teacher-more = Plus de résultats
invite_teacher-member = Membre de cet espace
invite_teacher-invite = Inviter
invite_teacher-role_for = Rôle pour { $name }

## pupils
pupils-title = Ajouter des élèves
pupils-one_title = Un élève
pupils-name = Nom de l’élève
pupils-add_one = Ajouter l’élève
pupils-class_title = Une classe entière
pupils-class_names = Noms des élèves
pupils-class_help = Un nom par ligne, tel que les autres verront l’élève.
pupils-add_class = Ajouter la classe
pupils-class_empty = Écrivez au moins un nom.
pupils-language = Langue de la page pour ces élèves
pupils-language_help = TwinSpace Live leur parlera dans cette langue dès la connexion. Chaque élève pourra la changer ensuite.
pupils-line_errors = Lignes à corriger
pupils-line_error = Ligne { $line } : { $error }
pupils-lines_refused =
    { $count ->
        [one] { $count } ligne est à corriger ; rien n’a été créé.
        [many] { $count } lignes sont à corriger ; rien n’a été créé.
       *[other] { $count } lignes sont à corriger ; rien n’a été créé.
    }
pupils-created =
    { $count ->
        [one] { $count } élève a été ajouté.
        [many] { $count } élèves ont été ajoutés.
       *[other] { $count } élèves ont été ajoutés.
    }

## cards
cards-title = Cartes de connexion
cards-once = Ces codes ne s’affichent que maintenant. Imprimez les cartes ou notez les codes avant de quitter cette page.
cards-site = Se connecter sur
cards-print = Imprimer les cartes
cards-done = Terminé : masquer les codes

## links
links-tab = Liens invités
links-intro = Un lien invité permet à un expert ou un observateur de rejoindre ce TwinSpace comme invité. Toute personne qui a le lien peut s’en servir, jusqu’à son expiration ou son épuisement.
links-create_title = Nouveau lien invité
links-valid_for = Valable
links-days =
    { $count ->
        [one] { $count } jour
        [many] { $count } jours
       *[other] { $count } jours
    }
links-uses = Nombre d’utilisations
links-note = Note (pour qui)
links-create = Créer le lien
links-new = Le nouveau lien
links-once = Copiez-le maintenant : il ne s’affiche qu’une fois.
links-copy = Copier
links-copied = Le lien a été copié.
links-select_copy = Le lien est sélectionné : appuyez sur Ctrl+C (⌘+C) pour le copier.
links-live = Liens en service
links-empty = Aucun lien invité en service.
links-untitled = Lien invité
links-used =
    { $count ->
        [one] utilisé { $used } fois sur { $count }
        [many] utilisé { $used } fois sur { $count }
       *[other] utilisé { $used } fois sur { $count }
    }
links-until = jusqu’au { $time }
links-revoke = Révoquer
links-revoke_question = Révoquer ce lien invité ?
links-revoke_consequence = Plus personne ne pourra rejoindre l’espace avec lui.
links-revoke_kept = Les invités entrés avec ce lien restent membres.
links-revoked = Le lien a été révoqué.

## settings
settings-tab = Paramètres
settings-space = L’espace
settings-pupils = Élèves
settings-premoderate_pupils = Retenir les messages des élèves jusqu’à l’approbation d’un enseignant
settings-pupils_may_create_threads = Les élèves peuvent ouvrir des sujets
settings-pupils_may_upload = Les élèves peuvent déposer des fichiers
settings-save = Enregistrer
settings-saved = Les paramètres ont été enregistrés.
settings-archive_title = Archiver
settings-archive_text = Un espace archivé reste lisible par ses membres, mais personne ne peut y écrire, y déposer un fichier ou y lancer une vidéo.
settings-archive = Archiver cet espace
settings-archive_question = Archiver « { $title } » ?
settings-archive_read_only = Plus personne ne peut écrire, déposer ni rien modifier.
settings-archive_video = Les sessions vidéo en cours s’arrêtent tout de suite.
settings-archive_undo = Un fondateur pourra rouvrir l’espace plus tard.
settings-archive_confirm = Archiver
settings-archived_title = Cet espace est archivé
settings-archived_text = Il est en lecture seule. Rouvrez-le pour permettre aux membres d’écrire et de déposer.
settings-unarchive = Rouvrir
settings-unarchive_question = Rouvrir « { $title } » ?
settings-unarchive_consequence = Les membres peuvent de nouveau écrire, déposer et lancer des vidéos.
settings-delete_title = Supprimer l’espace
settings-delete_text = La suppression efface définitivement l’espace et tout son contenu.
settings-delete = Supprimer cet espace
settings-delete_question = Supprimer définitivement « { $title } » ?
settings-delete_content = Tous les sujets du forum, messages de discussion et fichiers, avec toutes leurs versions, sont supprimés.
settings-delete_members = Tous les membres perdent l’espace ; les comptes élèves ne restent que dans leurs autres espaces.
settings-delete_video = Les sessions vidéo en cours s’arrêtent tout de suite.
settings-delete_no_undo = Le journal d’audit disparaît aussi. Cette action est irréversible.
settings-delete_confirm = Supprimer définitivement
settings-deleted = « { $title } » a été supprimé.

## audit
audit-tab = Journal d’audit
audit-caption = Ce qui a été fait dans cet espace, du plus récent au plus ancien
audit-when = Quand
audit-who = Qui
audit-what = Quoi
audit-empty = Rien n’a encore été enregistré.
audit-older = Afficher les entrées plus anciennes
audit-system = Le serveur
audit-former_member = Un ancien membre
audit-former_member_target = un ancien membre
audit-reason = Motif : { $reason }
audit-other = A fait « { $action } » { $target }
audit-space-created = A créé l’espace
audit-space-settings_changed = A modifié les paramètres de l’espace
audit-space-archived = A archivé l’espace
audit-space-unarchived = A rouvert l’espace
audit-member-invited = A invité { $target } avec le rôle { $role }
audit-member-role_changed = A changé le rôle de { $target } de { $from } à { $role }
audit-member-removed = A retiré { $target }
audit-member-left = A quitté l’espace
audit-member-muted = A rendu { $target } muet
audit-member-unmuted = A rendu la parole à { $target }
audit-pupil-created = A créé l’élève { $target }
audit-pupil-added = A ajouté l’élève { $target }
audit-pupil-code_reset = A donné un nouveau code de connexion à { $target }
audit-pupil-exported = A exporté les données de { $target }
audit-pupil-erased = A effacé le compte d’un élève
audit-invitation-created = A créé un lien invité
audit-invitation-revoked = A révoqué un lien invité
audit-invitation-accepted = A rejoint l’espace avec un lien invité
audit-video-started = A lancé une session vidéo
audit-video-ended = A terminé une session vidéo
audit-video-locked = A verrouillé une session vidéo
audit-video-unlocked = A déverrouillé une session vidéo
audit-video-admitted = A admis { $target } dans une session vidéo
audit-video-denied = A refusé { $target } dans une session vidéo
audit-video-muted = A coupé le micro de { $target } dans une session vidéo
audit-video-unmuted = A rendu la parole à { $target } dans une session vidéo
audit-video-removed = A retiré { $target } d’une session vidéo
audit-video-spotlight = A changé la mise en avant d’une session vidéo
audit-post-hidden = A masqué un message
audit-post-restored = A rétabli un message
audit-post-approved = A approuvé un message
audit-post-rejected = A refusé un message
audit-post-purged = A supprimé définitivement un message
audit-post-reported = A signalé un message
audit-report-resolved = A clos un signalement
audit-thread-pinned = A épinglé un sujet
audit-thread-unpinned = A désépinglé un sujet
audit-thread-locked = A verrouillé un sujet
audit-thread-unlocked = A déverrouillé un sujet
audit-archive-folder_created = A créé un dossier
audit-archive-folder_renamed = A renommé un dossier
audit-archive-folder_moved = A déplacé un dossier
audit-archive-folder_trashed = A mis un dossier à la corbeille
audit-archive-folder_restored = A sorti un dossier de la corbeille
audit-archive-folder_purged = A supprimé définitivement un dossier
audit-archive-file_added = A ajouté un fichier
audit-archive-file_version_added = A ajouté une version d’un fichier
audit-archive-file_renamed = A renommé un fichier
audit-archive-file_moved = A déplacé un fichier
audit-archive-file_trashed = A mis un fichier à la corbeille
audit-archive-file_restored = A sorti un fichier de la corbeille
audit-archive-file_purged = A supprimé définitivement un fichier
audit-chat-expired = A supprimé les messages de discussion arrivés à échéance
audit-audit-retention_changed = A changé la durée de conservation du journal d’audit
audit-group-joined = A rejoint le groupe
audit-group-requested = A demandé à rejoindre le groupe
audit-group-request_accepted = A accepté la demande de { $target }
audit-group-request_declined = A refusé la demande de { $target }
audit-group-request_withdrawn = A retiré une demande d’adhésion
audit-member-banned = A exclu { $target }
audit-member-unbanned = A levé l’exclusion de { $target }
audit-group-featured = A mis le groupe à la une
audit-group-unfeatured = A retiré le groupe de la une
audit-group-moderator_appointed = A nommé { $target } à la modération

## group_role
group_role-founder = Propriétaire
group_role-admin = Modération
group_role-teacher = Membre

## readers
readers-title = En train de lire
readers-more =
    { $count ->
        [one] et { $count } autre personne
        [many] et { $count } autres personnes
       *[other] et { $count } autres personnes
    }

## groups
groups-nav = Groupes
groups-title = Groupes eTwinning
groups-intro = Des communautés d’eTwinners autour d’une matière, d’un thème ou d’un centre d’intérêt. Seuls les eTwinners validés y participent.
groups-search = Trouver un groupe
groups-words = Mots du titre
groups-topic = Thème
groups-language = Langue
groups-language_any = Toutes les langues
groups-language_choose = Choisir une langue
groups-country = Pays d’un membre
groups-country_any = Tous les pays
groups-search_submit = Rechercher
groups-found = Groupes
groups-empty = Aucun groupe ne correspond à cette recherche.
groups-more = Afficher plus de groupes
groups-featured = À la une
groups-topic_is = Thème : { $topic }
groups-members =
    { $count ->
        [one] { $count } membre
        [many] { $count } de membres
       *[other] { $count } membres
    }
groups-access_short-open = Ouvert
groups-access_short-closed = Fermé
groups-standing-member = Vous êtes membre. Votre rôle : { $role }
groups-standing-requested = Vous avez demandé à rejoindre ce groupe.
groups-standing-banned = L’équipe de modération de ce groupe ne vous permet pas de le rejoindre.
groups-join = Rejoindre
groups-ask = Demander à rejoindre
groups-ask_message = Un message pour l’équipe de modération (facultatif)
groups-withdraw = Retirer ma demande
groups-open_group = Ouvrir le groupe
groups-joined = Vous avez rejoint « { $title } ».
groups-asked = Votre demande pour rejoindre « { $title } » a été envoyée à son équipe de modération.
groups-withdrawn = Votre demande pour rejoindre « { $title } » a été retirée.
groups-waiting = L’équipe de modération répondra à votre demande. Cette page affiche la réponse dès qu’elle arrive.
groups-accepted = Votre demande a été acceptée : bienvenue dans « { $title } ».
groups-not_accepted = Votre demande n’a pas été acceptée. Vous pouvez la renouveler.
groups-back = Retour aux groupes
groups-create = Créer un groupe
groups-group_title = Titre
groups-description = Description (facultative)
groups-access = Qui peut rejoindre
groups-access-open = Ouvert : tout eTwinner le rejoint aussitôt
groups-access-closed = Fermé : l’équipe de modération accepte chaque demande
groups-create_submit = Créer le groupe
groups-created = Groupe « { $title } » créé.
groups-members_search = Trouver un membre
groups-members_more = Afficher plus de membres
groups-leave = Quitter ce groupe
groups-leave_consequence = Vous perdez aussitôt l’accès à son forum, ses fichiers, son chat et ses vidéos.
groups-leave_kept = Ce que vous avez écrit et déposé reste dans le groupe. Vous pourrez revenir par l’annuaire des groupes.
groups-leave_confirm = Quitter le groupe
groups-requests = Demandes d’adhésion
groups-requests_empty = Personne n’attend.
groups-accept = Accepter
groups-decline = Refuser
groups-accepted_member = { $name } est désormais membre.
groups-declined = La demande de { $name } a été refusée.
groups-ban = Exclure
groups-ban_question = Exclure { $name } de ce groupe ?
groups-ban_consequence = { $name } quitte le groupe aussitôt et ne peut plus ni le rejoindre ni le demander.
groups-ban_kept = Ses messages et fichiers restent dans le groupe. Vous pourrez lever l’exclusion plus tard.
groups-ban_reason = Motif (facultatif, conservé dans le journal)
groups-ban_confirm = Exclure
groups-banned = { $name } ne fait plus partie du groupe et ne peut plus y revenir.
groups-bans = eTwinners exclus
groups-bans_empty = Aucune exclusion en cours.
groups-lift = Lever l’exclusion
groups-lifted = { $name } peut de nouveau rejoindre le groupe.

## mail (sent by the server, not shown on the page; plain text)
mail-reset_subject = Choisissez un nouveau mot de passe TwinSpace Live
mail-reset_body =
    Bonjour { $name },

    Quelqu'un, sans doute vous, a demandé à choisir un nouveau mot de passe pour votre compte
    TwinSpace Live. Ouvrez ce lien pour le choisir (il sert une fois, pendant { $minutes } minutes) :

    { $link }

    Choisir un nouveau mot de passe vous déconnecte partout ailleurs.
    Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.

    TwinSpace Live

## events (issue 22)
events-nav = Événements
events-title = Événements à venir
events-empty = Aucun événement à venir pour vous pour l’instant.
events-more = Afficher plus d’événements
events-schedule = Programmer un événement
events-zone = Les heures sont indiquées dans votre fuseau horaire : { $zone }
events-audience-etwinners = Tous les eTwinners
events-audience-country = Les eTwinners de ce pays : { $country }
events-audience-group = Les membres d’un groupe
events-audience-twinspace = Les membres d’un TwinSpace
events-organising = Vous organisez cet événement.
events-registered = Votre inscription est enregistrée.
events-waiting = Vous êtes sur la liste d’attente (position { $position }).
events-state-live = En direct
events-state-ended = Cet événement est terminé.
events-state-cancelled = Cet événement a été annulé.
events-places = Places prises : { $taken } sur { $capacity }
event_form-new_title = Programmer un événement
event_form-edit_title = Modifier l’événement
event_form-title = Titre
event_form-description = Description
event_form-date = Date
event_form-time = Heure de début
event_form-duration = Durée en minutes
event_form-space = Groupe ou TwinSpace
event_form-speakers_hint = Choisissez parmi le personnel enseignant de vos groupes et TwinSpaces.
event_form-no_speakers = Personne à choisir pour l’instant.
event_form-create = Programmer l’événement
event_form-save = Enregistrer les modifications
event_form-created = « { $title } » est programmé.
event_form-saved = Les modifications de « { $title } » sont enregistrées.
event_form-start_past = Choisissez un début dans le futur.
event-title = Événement
event-back = Tous les événements
event-when = Quand
event-language = Langue
event-audience = Qui peut s’inscrire
event-organiser = Organisation
event-speakers = Intervenants et intervenantes
event-places = Places
event-no_speakers = Aucune intervention annoncée pour l’instant.
event-waiting_count = En attente : { $waiting }
event-registration = Votre place
event-speaking = Vous intervenez à cet événement.
event-full = Toutes les places sont prises : si vous vous inscrivez, vous rejoignez la liste d’attente.
event-register = S’inscrire
event-unregister = Rendre ma place
event-leave_waiting = Quitter la liste d’attente
event-unregister_confirm_title = Quitter « { $title } » ?
event-unregister_confirm = La personne suivante sur la liste d’attente prend votre tour. Si vous vous inscrivez à nouveau, vous devrez peut-être attendre.
event-unregistered = Votre inscription est annulée.
event-calendar = Ajouter à mon agenda (.ics)
event-organiser_tools = Pour l’organisation
event-edit = Modifier l’événement
event-cancel = Annuler l’événement
event-keep = Garder l’événement
event-cancel_confirm_title = Annuler « { $title } » ?
event-cancel_confirm_lost = Plus personne ne pourra s’inscrire et tout le monde verra qu’il est annulé. Cette action est définitive. Les inscriptions et les questions sont conservées.
event-cancelled = L’événement est annulé.
event-registrants = Inscriptions
event-waiting_list = Liste d’attente
event-nobody = Personne pour l’instant.
event-attendance = Présence
event-attendance_hint = Qui a suivi la page de l’événement pendant le direct, et combien de temps.
event-attendance_none = Personne n’a suivi l’événement en direct.
event-minutes = { $minutes } min
qa-title = Questions et réponses
qa-empty = Pas encore de question.
qa-closed = Les questions sont closes : l’événement est terminé.
qa-need_place = Inscrivez-vous pour poser une question ou en soutenir une.
qa-your_question = Votre question
qa-ask = Poser la question
qa-asked = Votre question a été envoyée.
qa-upvote = Soutenir
qa-upvoted = Soutenue
qa-votes = Votes : { $votes }
qa-by = Posée par { $name }
qa-by_gone = Posée par un ancien compte
qa-answer = Réponse : { $answer }
qa-state-picked = En cours de réponse
qa-state-answered = Répondue
qa-state-hidden = Masquée
qa-pick = Choisir
qa-unpick = Remettre dans la liste
qa-hide = Masquer
qa-restore = Rétablir
qa-answer_label = Réponse écrite (facultative)
qa-mark_answered = Marquer comme répondue
qa-gone = Vous ne pouvez plus suivre ces questions.
audit-event-created = A programmé l’événement « { $title } »
audit-event-updated = A modifié l’événement « { $title } »
audit-event-cancelled = A annulé l’événement « { $title } »
audit-event-question_moderated = A modéré une question de l’événement « { $title } »

## the live webinar (issue 22)
live-title = Vidéo en direct
live-not_started = La vidéo en direct n’a pas encore commencé.
live-ended = La vidéo en direct est terminée.
live-connecting = Connexion à la vidéo en direct…
live-need_place = Seules les personnes inscrites peuvent regarder la vidéo en direct.
live-watching_you = Vous regardez la vidéo en direct.
live-on_air = Vous êtes en direct : tout le monde vous voit et vous entend.
live-recording = Cet événement est enregistré.
live-speaking = Prend la parole : { $names }
live-nobody_speaking = Personne ne parle encore.
live-watching = Spectateurs : { $watching }
live-start = Lancer la vidéo en direct
live-end = Terminer la vidéo en direct
live-end_confirm_title = Terminer la vidéo en direct de « { $title } » ?
live-end_confirm_lost = La vidéo s’arrête pour tout le monde, intervenants et public. Vous pouvez la relancer tant que l’événement dure ; les questions sont conservées.
live-go_live = Passer à l’antenne
live-stop = Arrêter ma vidéo
live-hand_raised = Votre main est levée : un modérateur peut vous inviter à parler.
live-invited = Vous êtes invité à parler : passez à l’antenne quand vous êtes prêt.
live-returned = Vous êtes de retour dans le public.
live-hands = Mains levées
live-no_hands = Aucune main n’est levée.
live-promote = Inviter { $name } à parler
live-return = Renvoyer { $name } dans le public
live-record_start = Lancer l’enregistrement
live-record_stop = Arrêter l’enregistrement

## the event's recordings and seat (issue 22)
event-moved_up = Vous avez maintenant une place : vous êtes passé de la liste d’attente aux inscrits.
live-off_stage_returned = Un modérateur vous a renvoyé dans le public.
live-off_stage_muted = Vous avez été rendu muet dans cet espace : vous êtes de retour dans le public.
live-off_stage_removed = Vous n’êtes plus membre de cet espace : vous êtes de retour dans le public.
live-off_stage_unnamed = Vous ne faites plus partie des intervenants de cet événement : vous êtes de retour dans le public.
recordings-title = Enregistrements
recordings-processing = Un enregistrement est en cours de traitement : il apparaîtra ici lorsqu’il sera prêt.
recordings-take = Enregistré le { $when } · { $length }
recordings-video = Vidéo : { $speaker }
recordings-audio = Son : { $speaker }
recordings-former_speaker = un ancien intervenant
