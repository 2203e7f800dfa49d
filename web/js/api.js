// The HTTP API (docs/api.md) from the page: same-origin cookie sessions, the CSRF header on
// every write, and errors as ApiError {status, code, message}.

const CSRF_COOKIE = "twinspace_csrf";
const WRITES = new Set(["POST", "PATCH", "PUT", "DELETE"]);

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
  }
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
    const error = data?.error ?? {};
    if (response.status === 401 && !path.startsWith("/api/auth/") && path !== "/api/me") {
      // The session ended while the page was open (expired, signed out elsewhere).
      window.dispatchEvent(new CustomEvent("twinspace:unauthenticated"));
    }
    throw new ApiError(response.status, error.code ?? "generic", error.message ?? "");
  }
  return data;
}

export const api = {
  me: () => call("GET", "/api/me"),
  login: (email, password) => call("POST", "/api/auth/login", { email, password, mode: "cookie" }),
  pupilLogin: (username, code) =>
    call("POST", "/api/auth/pupil-login", { username, code, mode: "cookie" }),
  acceptInvitation: (token, displayName, email, password) =>
    call("POST", "/api/invitations/accept", {
      token,
      display_name: displayName,
      email,
      password,
      mode: "cookie",
    }),
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
