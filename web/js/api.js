// The HTTP API (docs/api.md) from the page: same-origin cookie sessions, the CSRF header on
// every write, and errors as ApiError {status, code, message, reason, params, fields, retryAfter}.

const CSRF_COOKIE = "twinspace_csrf";
const WRITES = new Set(["POST", "PATCH", "PUT", "DELETE"]);

/**
 * A refused call. `code` is the server's stable error code; `message` is its English summary
 * for developers, never shown to a person. `reason` and `params` refine the code
 * (`conflict` / `name_taken` / {name: "Photos"}); `fields` lists every refused body field of a
 * 422 as {field, code, min?, max?} (empty when there are none): show
 * `t("field.<code>", {min, max})` next to the input named `field`.
 */
export class ApiError extends Error {
  constructor(
    status,
    code,
    message,
    { reason = null, params = {}, fields = [], retryAfter = null } = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.reason = reason;
    this.params = params;
    this.fields = fields;
    // Seconds from the Retry-After header of a 429 or 503, or null.
    this.retryAfter = retryAfter;
  }

  /**
   * An ApiError from a response's status, parsed JSON body (any shape, even none) and
   * Retry-After header (seconds or an HTTP date; null when absent).
   */
  static fromBody(status, data, retryAfterHeader = null) {
    const error = data && typeof data === "object" && data.error ? data.error : {};
    return new ApiError(status, error.code ?? "generic", error.message ?? "", {
      reason: typeof error.reason === "string" ? error.reason : null,
      params: error.params && typeof error.params === "object" ? error.params : {},
      fields: Array.isArray(error.fields) ? error.fields : [],
      retryAfter: retryAfterSeconds(retryAfterHeader),
    });
  }
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), or null. */
export function retryAfterSeconds(header, now = Date.now()) {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/** The CSRF token the server set in its readable cookie at sign-in. */
export function csrfToken(cookieString = document.cookie) {
  for (const part of cookieString.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join("="));
  }
  return "";
}

/** One API call; resolves with the parsed JSON body (null for 204), rejects with ApiError. */
export async function call(method, path, body = undefined) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (WRITES.has(method)) headers["X-CSRF-Token"] = csrfToken();
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network", "the server could not be reached");
  }
  if (response.status === 204) return null;
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith("/api/auth/") && path !== "/api/me") {
      // The session ended while the page was open (expired, signed out elsewhere).
      window.dispatchEvent(new CustomEvent("twinspace:unauthenticated"));
    }
    throw ApiError.fromBody(response.status, data, response.headers.get("Retry-After"));
  }
  return data;
}

export const api = {
  me: () => call("GET", "/api/me"),
  login: (email, password) => call("POST", "/api/auth/login", { email, password, mode: "cookie" }),
  pupilLogin: (username, code) =>
    call("POST", "/api/auth/pupil-login", { username, code, mode: "cookie" }),
  // `language`: the page's language now; a new guest account keeps it (docs/api.md).
  acceptInvitation: (token, displayName, email, password, language = undefined) =>
    call("POST", "/api/invitations/accept", {
      token,
      display_name: displayName,
      email,
      password,
      mode: "cookie",
      ...(language ? { language } : {}),
    }),
  // Whether an invitation link works, before the guest fills in the form (docs/api.md).
  invitationStatus: (token) => call("POST", "/api/invitations/status", { token }),
  logout: () => call("POST", "/api/auth/logout"),
  spaces: () => call("GET", "/api/spaces"),
  createSpace: (kind, title, description) =>
    call("POST", "/api/spaces", { kind, title, description }),
  space: (id) => call("GET", `/api/spaces/${encodeURIComponent(id)}`),
  members: (id) => call("GET", `/api/spaces/${encodeURIComponent(id)}/members`),
  // Accounts (issue 17): registration, forgot my password, my account, national admins.
  register: (body) => call("POST", "/api/accounts/teachers", body),
  requestReset: (email) => call("POST", "/api/auth/password-reset", { email }),
  completeReset: (token, password) =>
    call("POST", "/api/auth/password-reset/complete", { token, password }),
  editMe: (changes) => call("PATCH", "/api/me", changes),
  changePassword: (currentPassword, newPassword) =>
    call("POST", "/api/auth/password", {
      current_password: currentPassword,
      new_password: newPassword,
    }),
  logoutEverywhere: () => call("POST", "/api/auth/logout-everywhere"),
  pendingTeachers: () => call("GET", "/api/admin/pending-teachers"),
  searchAccounts: (q, offset, limit) =>
    call("GET", `/api/admin/accounts?${new URLSearchParams({ q, offset, limit })}`),
  changeStatus: (id, change, reason) =>
    call("POST", `/api/admin/accounts/${encodeURIComponent(id)}/${change}`, { reason }),
  // Chat (issue 10, docs/chat.md).
  chat: (id) => call("GET", `/api/spaces/${encodeURIComponent(id)}/chat`),
  sendChat: (id, chatId, body, clientId) =>
    call("POST", `/api/spaces/${encodeURIComponent(id)}/chats/${encodeURIComponent(chatId)}/messages`, {
      body,
      client_id: clientId,
    }),
  chatTyping: (id, chatId) =>
    call("POST", `/api/spaces/${encodeURIComponent(id)}/chats/${encodeURIComponent(chatId)}/typing`),
};
