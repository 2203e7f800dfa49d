// The one catalogue of every user-facing string, in English and French.
// Screens ask t("key", {param}) and never write text of their own. A unit test
// (tests/web/js/i18n.test.mjs) checks that every language has every key and that every key a
// module uses exists. Later screens (forum, archive, video) add their keys here, in each language.

export const CATALOGUE = {
  en: {
    "lang.name": "English",
    "app.name": "TwinSpace Live",
    "app.skip": "Skip to content",
    "app.nav": "Main",
    "app.language": "Language",
    "app.sign_out": "Sign out",
    "app.signed_in_as": "Signed in as {name}",
    "app.loading": "Loading…",
    "conn.lost": "Connection lost. Reconnecting…",
    "conn.back": "Connected again.",
    "conn.failed": "The live connection was closed. Reload the page to try again.",
    "conn.session_ended": "Your session has ended. Please sign in again.",
    "login.title": "Sign in",
    "login.intro": "Teachers and guests sign in with their e-mail address. Pupils use the username and code their teacher gave them.",
    "login.teacher": "Teachers and guests",
    "login.pupil": "Pupils",
    "login.email": "E-mail address",
    "login.password": "Password",
    "login.username": "Username",
    "login.code": "Code",
    "login.submit": "Sign in",
    "login.pupil_submit": "Sign in as a pupil",
    "invite.title": "Join a TwinSpace as a guest",
    "invite.intro": "You were invited to a TwinSpace. Choose how others will see you and set a password.",
    "invite.display_name": "Your name",
    "invite.submit": "Accept the invitation",
    "spaces.title": "My spaces",
    "spaces.empty": "You are not a member of any space yet.",
    "spaces.create": "Create a space",
    "spaces.kind": "Kind",
    "spaces.kind.twinspace": "TwinSpace",
    "spaces.kind.room": "Room",
    "spaces.space_title": "Title",
    "spaces.description": "Description (optional)",
    "spaces.create_submit": "Create",
    "spaces.created": "Space “{title}” created.",
    "spaces.my_role": "Your role: {role}",
    "spaces.archived": "archived",
    "space.back": "Back to my spaces",
    "space.sections": "Sections of this space",
    "space.members": "Members",
    "space.online_count": "{count} online",
    "space.online": "online",
    "space.offline": "offline",
    "space.you": "(you)",
    "space.refreshed": "The list was brought up to date.",
    "space.gone": "This space is no longer available to you.",
    "chat.title": "Chat",
    "chat.empty": "No messages yet.",
    "chat.message": "Message",
    "chat.send": "Send",
    "chat.pending": "(waiting for a teacher)",
    "chat.typing": "{name} is typing…",
    "role.founder": "Founder",
    "role.admin": "Administrator",
    "role.teacher": "Teacher",
    "role.pupil_admin": "Pupil administrator",
    "role.pupil": "Pupil",
    "role.guest": "Guest",
    "error.bad_credentials": "The sign-in details are not right. Check them and try again.",
    "error.rate_limited": "Too many attempts. Please wait a moment and try again.",
    "error.invalid": "Some fields are not filled in correctly: {detail}",
    "error.not_found": "This page does not exist or you cannot see it.",
    "error.forbidden": "You are not allowed to do this.",
    "error.gone": "This invitation link no longer works: {detail}",
    "error.conflict": "This conflicts with something that already exists: {detail}",
    "error.unauthenticated": "Please sign in.",
    "error.network": "The server could not be reached. Check your connection and try again.",
    "error.generic": "Something went wrong. Please try again.",
    // -- chat (issue 10): chat-panel.js, screens/teachers-chat.js --
    "chat.teachers_tab": "Staff room",
    "chat.teachers_title": "Teachers' chat",
    "chat.session_title": "Session chat",
    "chat.older": "Show older messages",
    "chat.new_messages": "New messages",
    "chat.mention_list": "Members to mention",
    "chat.mention_hint": "Type @ and a name to mention a member.",
    "chat.hidden": "(hidden by a teacher)",
    "chat.deleted": "(deleted)",
    "chat.rejected": "(not shown by a teacher)",
    "chat.edited": "(edited)",
    "chat.mentions_you": "mentions you",
    "chat.edit": "Edit",
    "chat.edit_label": "Edit your message",
    "chat.save": "Save",
    "chat.cancel": "Cancel",
    "chat.delete": "Delete",
    "chat.delete_question": "Delete this message?",
    "chat.delete_confirm": "Yes, delete",
    "chat.hide": "Hide",
    "chat.restore": "Restore",
    "chat.approve": "Approve",
    "chat.reject": "Reject",
    "chat.report": "Report",
    "chat.reported": "Thank you. The teachers will look at this message.",
    "chat.mute": "Mute",
    "chat.mute_question": "Mute {name}?",
    "chat.mute_for": "Mute {name} for",
    "chat.minutes": "{count} minutes",
    "chat.mute_confirm": "Mute now",
    "chat.muted_other": "{name} cannot write until {time}.",
    "chat.muted_you": "A teacher has paused your writing until {time}. You can still read the chat.",
    "chat.unmuted_you": "You can write in the chat again.",
    "chat.gone": "This chat is no longer available to you.",
    // -- end of chat --
  },
  fr: {
    "lang.name": "Français",
    "app.name": "TwinSpace Live",
    "app.skip": "Aller au contenu",
    "app.nav": "Principal",
    "app.language": "Langue",
    "app.sign_out": "Se déconnecter",
    "app.signed_in_as": "Connecté·e : {name}",
    "app.loading": "Chargement…",
    "conn.lost": "Connexion perdue. Reconnexion en cours…",
    "conn.back": "De nouveau connecté·e.",
    "conn.failed": "La connexion en direct a été fermée. Rechargez la page pour réessayer.",
    "conn.session_ended": "Votre session a pris fin. Veuillez vous reconnecter.",
    "login.title": "Connexion",
    "login.intro": "Les enseignants et les invités se connectent avec leur adresse e-mail. Les élèves utilisent l’identifiant et le code donnés par leur enseignant.",
    "login.teacher": "Enseignants et invités",
    "login.pupil": "Élèves",
    "login.email": "Adresse e-mail",
    "login.password": "Mot de passe",
    "login.username": "Identifiant",
    "login.code": "Code",
    "login.submit": "Se connecter",
    "login.pupil_submit": "Se connecter comme élève",
    "invite.title": "Rejoindre un TwinSpace comme invité",
    "invite.intro": "Vous êtes invité·e dans un TwinSpace. Choisissez le nom que les autres verront et un mot de passe.",
    "invite.display_name": "Votre nom",
    "invite.submit": "Accepter l’invitation",
    "spaces.title": "Mes espaces",
    "spaces.empty": "Vous n’êtes encore membre d’aucun espace.",
    "spaces.create": "Créer un espace",
    "spaces.kind": "Type",
    "spaces.kind.twinspace": "TwinSpace",
    "spaces.kind.room": "Salle",
    "spaces.space_title": "Titre",
    "spaces.description": "Description (facultative)",
    "spaces.create_submit": "Créer",
    "spaces.created": "Espace « {title} » créé.",
    "spaces.my_role": "Votre rôle : {role}",
    "spaces.archived": "archivé",
    "space.back": "Retour à mes espaces",
    "space.sections": "Rubriques de cet espace",
    "space.members": "Membres",
    "space.online_count": "{count} en ligne",
    "space.online": "en ligne",
    "space.offline": "hors ligne",
    "space.you": "(vous)",
    "space.refreshed": "La liste a été mise à jour.",
    "space.gone": "Cet espace ne vous est plus accessible.",
    "chat.title": "Discussion",
    "chat.empty": "Pas encore de message.",
    "chat.message": "Message",
    "chat.send": "Envoyer",
    "chat.pending": "(en attente d'un enseignant)",
    "chat.typing": "{name} écrit…",
    "role.founder": "Fondateur",
    "role.admin": "Administrateur",
    "role.teacher": "Enseignant",
    "role.pupil_admin": "Élève administrateur",
    "role.pupil": "Élève",
    "role.guest": "Invité",
    "error.bad_credentials": "Les informations de connexion ne sont pas correctes. Vérifiez-les et réessayez.",
    "error.rate_limited": "Trop de tentatives. Patientez un instant puis réessayez.",
    "error.invalid": "Certains champs ne sont pas remplis correctement : {detail}",
    "error.not_found": "Cette page n’existe pas ou ne vous est pas accessible.",
    "error.forbidden": "Vous n’avez pas le droit de faire cela.",
    "error.gone": "Ce lien d’invitation ne fonctionne plus : {detail}",
    "error.conflict": "Cela entre en conflit avec quelque chose qui existe déjà : {detail}",
    "error.unauthenticated": "Veuillez vous connecter.",
    "error.network": "Le serveur est injoignable. Vérifiez votre connexion et réessayez.",
    "error.generic": "Une erreur s’est produite. Veuillez réessayer.",
    // -- chat (issue 10): chat-panel.js, screens/teachers-chat.js --
    "chat.teachers_tab": "Salle des profs",
    "chat.teachers_title": "Discussion des enseignants",
    "chat.session_title": "Discussion de la séance",
    "chat.older": "Afficher les messages plus anciens",
    "chat.new_messages": "Nouveaux messages",
    "chat.mention_list": "Membres à mentionner",
    "chat.mention_hint": "Tapez @ et un nom pour mentionner un membre.",
    "chat.hidden": "(masqué par un enseignant)",
    "chat.deleted": "(supprimé)",
    "chat.rejected": "(non publié par un enseignant)",
    "chat.edited": "(modifié)",
    "chat.mentions_you": "vous mentionne",
    "chat.edit": "Modifier",
    "chat.edit_label": "Modifier votre message",
    "chat.save": "Enregistrer",
    "chat.cancel": "Annuler",
    "chat.delete": "Supprimer",
    "chat.delete_question": "Supprimer ce message ?",
    "chat.delete_confirm": "Oui, supprimer",
    "chat.hide": "Masquer",
    "chat.restore": "Rétablir",
    "chat.approve": "Approuver",
    "chat.reject": "Refuser",
    "chat.report": "Signaler",
    "chat.reported": "Merci. Les enseignants vont regarder ce message.",
    "chat.mute": "Rendre muet",
    "chat.mute_question": "Rendre {name} muet ?",
    "chat.mute_for": "Rendre {name} muet pendant",
    "chat.minutes": "{count} minutes",
    "chat.mute_confirm": "Confirmer",
    "chat.muted_other": "{name} ne peut plus écrire jusqu’à {time}.",
    "chat.muted_you": "Un enseignant a suspendu votre écriture jusqu’à {time}. Vous pouvez toujours lire la discussion.",
    "chat.unmuted_you": "Vous pouvez de nouveau écrire dans la discussion.",
    "chat.gone": "Cette discussion ne vous est plus accessible.",
    // -- end of chat --
  },
};

export const LANGUAGES = Object.keys(CATALOGUE);
const STORAGE_KEY = "twinspace.lang";
let current = "en";

/** The first of the browser's preferred languages we have (by primary tag), else English. */
export function pickLanguage(preferred, available = LANGUAGES) {
  for (const tag of preferred ?? []) {
    const primary = String(tag).toLowerCase().split("-")[0];
    if (available.includes(primary)) return primary;
  }
  return "en";
}

/** Choose the language: the user's earlier choice, else the browser's. */
export function initLanguage(storage, navigatorLike) {
  const saved = storage?.getItem(STORAGE_KEY);
  current = LANGUAGES.includes(saved) ? saved : pickLanguage(navigatorLike?.languages);
  return current;
}

export function setLanguage(lang, storage) {
  if (!LANGUAGES.includes(lang)) return;
  current = lang;
  storage?.setItem(STORAGE_KEY, lang);
}

export function language() {
  return current;
}

/** The string for `key` in the current language, with {name} parameters filled in. */
export function t(key, params = {}) {
  const text = CATALOGUE[current][key] ?? CATALOGUE.en[key];
  if (text === undefined) throw new Error(`missing catalogue key ${key}`);
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ""));
}

/** The catalogue key for an API error code (see docs/api.md), with a generic fallback. */
export function errorKey(code) {
  const key = `error.${code}`;
  return key in CATALOGUE.en ? key : "error.generic";
}
