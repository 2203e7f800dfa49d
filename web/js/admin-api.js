// The HTTP API calls of the space's administration (issue 17, docs/api.md): members, pupils,
// guest links, settings, archive, deletion, the audit log and a pupil's data. Kept apart from
// api.js so the screens that manage a space bring their own calls.

import { call } from "./api.js";

const S = (spaceId) => `/api/spaces/${encodeURIComponent(spaceId)}`;
const M = (spaceId, accountId) => `${S(spaceId)}/members/${encodeURIComponent(accountId)}`;
const P = (spaceId, accountId) => `${S(spaceId)}/pupils/${encodeURIComponent(accountId)}`;

export const adminApi = {
  /** `who`: {email} or {account_id} of a validated eTwinner. */
  inviteTeacher: (spaceId, who, role) => call("POST", `${S(spaceId)}/members`, { ...who, role }),
  searchEtwinners: (spaceId, text, after = null) => {
    const query = new URLSearchParams({ q: text });
    if (after !== null) query.set("after", String(after));
    return call("GET", `${S(spaceId)}/etwinners?${query}`);
  },
  changeRole: (spaceId, accountId, role) => call("PATCH", M(spaceId, accountId), { role }),
  removeMember: (spaceId, accountId) => call("POST", `${M(spaceId, accountId)}/remove`, {}),
  leave: (spaceId) => call("POST", `${S(spaceId)}/leave`),
  // `language`: the page language of the new pupils (absent: the teacher's own, server-side).
  createPupils: (spaceId, names, language = undefined) =>
    call("POST", `${S(spaceId)}/pupils`, {
      pupils: names.map((name) => ({ display_name: name })),
      ...(language ? { language } : {}),
    }),
  resetCode: (spaceId, accountId) => call("POST", `${P(spaceId, accountId)}/reset-code`),
  exportUrl: (spaceId, accountId) => `${P(spaceId, accountId)}/export`,
  erasePupil: (spaceId, accountId, posts, files) =>
    call("POST", `${P(spaceId, accountId)}/erase`, { posts, files }),
  invitations: (spaceId) => call("GET", `${S(spaceId)}/invitations`),
  createInvitation: (spaceId, body) => call("POST", `${S(spaceId)}/invitations`, body),
  revokeInvitation: (spaceId, invitationId) =>
    call("POST", `${S(spaceId)}/invitations/${encodeURIComponent(invitationId)}/revoke`),
  updateSpace: (spaceId, changes) => call("PATCH", S(spaceId), changes),
  archive: (spaceId) => call("POST", `${S(spaceId)}/archive`),
  unarchive: (spaceId) => call("POST", `${S(spaceId)}/unarchive`),
  deleteSpace: (spaceId) => call("DELETE", S(spaceId)),
  audit: (spaceId, before = null, limit = 50) => {
    const query = new URLSearchParams({ limit: String(limit) });
    if (before !== null) query.set("before", String(before));
    return call("GET", `${S(spaceId)}/audit?${query}`);
  },
};
