// The HTTP API calls of eTwinning Groups (issue 21, docs/groups.md, docs/api.md): the
// directory, a group's card, joining and asking, a group's members page, the moderators'
// requests and bans. Inside a group the spaces' calls serve it (api.js, admin-api.js).

import { call } from "./api.js";

const G = (groupId) => `/api/groups/${encodeURIComponent(groupId)}`;

/** A query string of the filled-in values only. */
function query(values) {
  const found = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && String(value) !== "") found.set(name, String(value));
  }
  const text = found.toString();
  return text ? `?${text}` : "";
}

export const groupsApi = {
  /** `search`: {q, topic, language, country}; `cursor`: the last page's next_cursor. */
  directory: (search, cursor = null) => call("GET", `/api/groups${query({ ...search, cursor })}`),
  create: (body) => call("POST", "/api/groups", body),
  group: (groupId) => call("GET", G(groupId)),
  join: (groupId) => call("POST", `${G(groupId)}/join`),
  ask: (groupId, message = "") => call("POST", `${G(groupId)}/requests`, { message }),
  withdraw: (groupId) => call("DELETE", `${G(groupId)}/requests/mine`),
  /** One page of members: {members, next}; `after`: the last page's `next`. */
  members: (groupId, { after = null, q = "", limit = null } = {}) =>
    call("GET", `${G(groupId)}/members${query({ after, q, limit })}`),
  requests: (groupId, after = null) => call("GET", `${G(groupId)}/requests${query({ after, limit: 100 })}`),
  accept: (groupId, accountId) => call("POST", `${G(groupId)}/requests/${encodeURIComponent(accountId)}/accept`, {}),
  decline: (groupId, accountId) => call("POST", `${G(groupId)}/requests/${encodeURIComponent(accountId)}/decline`, {}),
  bans: (groupId, after = null) => call("GET", `${G(groupId)}/bans${query({ after, limit: 100 })}`),
  ban: (groupId, accountId, reason = "") => call("POST", `${G(groupId)}/bans`, { account_id: accountId, reason }),
  liftBan: (groupId, accountId) => call("DELETE", `${G(groupId)}/bans/${encodeURIComponent(accountId)}`),
};
