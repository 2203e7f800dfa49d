// A member's role in words. A group stores the room's roles (docs/groups.md): its owner is a
// founder, its moderators admins, its members teachers; the page says owner, moderator and
// member when the space is a group.

import { t } from "./i18n.js";

const GROUP_ROLES = new Set(["founder", "admin", "teacher"]);

/** The role's name in the page's language, in the words of the space's kind. */
export function roleName(role, kind = null) {
  if (kind === "group" && GROUP_ROLES.has(role)) return t(`group_role.${role}`);
  return t(`role.${role}`);
}

/** Whether the signed-in account may see groups at all: a validated eTwinner. Pupils, guests,
 * national admins and teachers not (yet) validated are never shown a link to them. */
export function seesGroups(account) {
  return account?.kind === "teacher" && account?.status === "active";
}
