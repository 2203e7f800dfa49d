// Helpers the forum and archive sections share: API paths, client ids, following a channel
// without losing what happened while its state loaded over HTTP, and batching refetches.

import { call } from "../api.js";
import { formatLocale, t } from "../i18n.js";

export const enc = encodeURIComponent;

/** The forum API of one space (docs/api.md). */
export function forumApi(spaceId) {
  const base = `/api/spaces/${enc(spaceId)}/forum`;
  return {
    threads: (area) => call("GET", `${base}/threads?area=${enc(area)}`),
    thread: (id) => call("GET", `${base}/threads/${enc(id)}`),
    posts: (id, after) =>
      call("GET", `${base}/threads/${enc(id)}/posts?limit=200${after ? `&after=${enc(after)}` : ""}`),
    startThread: (area, title, body, clientId) =>
      call("POST", `${base}/threads`, { area, title, body, client_id: clientId }),
    reply: (id, body, clientId) => call("POST", `${base}/threads/${enc(id)}/posts`, { body, client_id: clientId }),
    markRead: (id, postId) => call("POST", `${base}/threads/${enc(id)}/read`, { last_read_post_id: postId }),
    changeThread: (id, changes) => call("PATCH", `${base}/threads/${enc(id)}`, changes),
    post: (id) => call("GET", `${base}/posts/${enc(id)}`),
    edit: (id, body) => call("PATCH", `${base}/posts/${enc(id)}`, { body }),
    remove: (id) => call("DELETE", `${base}/posts/${enc(id)}`),
    moderate: (id, action) => call("POST", `${base}/posts/${enc(id)}/moderate`, { action }),
    report: (id, reason) => call("POST", `${base}/posts/${enc(id)}/report`, { reason }),
    react: (id, kind) => call("PUT", `${base}/posts/${enc(id)}/reactions/${enc(kind)}`),
    unreact: (id, kind) => call("DELETE", `${base}/posts/${enc(id)}/reactions/${enc(kind)}`),
    queue: () => call("GET", `${base}/queue`),
    reports: () => call("GET", `${base}/reports`),
    resolve: (id, resolution) => call("POST", `${base}/reports/${enc(id)}/resolve`, { resolution }),
  };
}

/** A fresh client id (8-64 of A-Za-z0-9_-): the server stores a post once per id. */
export function newClientId() {
  if (globalThis.crypto?.randomUUID) return globalThis.crypto.randomUUID();
  return `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
}

/**
 * The client id of one compose box: the same id until a post is stored, so a retry after a
 * lost answer (network error, 5xx) never posts twice; a new one after a definite refusal.
 */
export function composeId() {
  let id = null;
  return {
    get: () => (id ??= newClientId()),
    done: () => (id = null),
    failed(error) {
      if (!(error?.status === 0 || error?.status >= 500)) id = null;
    },
  };
}

export function canDo(object, verb) {
  return Array.isArray(object?.allowed) && object.allowed.includes(verb);
}

export function when(iso) {
  try {
    return new Intl.DateTimeFormat(formatLocale(), { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
  } catch {
    return iso;
  }
}

export function bytes(n) {
  const units = ["b", "kb", "mb", "gb", "tb"];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(formatLocale(), { maximumFractionDigits: digits }).format(value)} ${t(`unit.${units[unit]}`)}`;
}

/**
 * Follow a channel whose state is loaded over HTTP, losing nothing in between:
 * subscribe first (the library resubscribes with `since` after a reconnect), load, then
 * apply what arrived meanwhile. `reset` loads again. Returns {stop()}.
 */
export function follow(live, channel, { load, apply, gone }) {
  let loading = true;
  let stopped = false;
  let loadedBeforeAck = false;
  let acked = false;
  const held = [];
  async function reload() {
    loading = true;
    try {
      await load();
    } finally {
      loading = false;
      const waiting = held.splice(0);
      if (!stopped) for (const message of waiting) handle(message);
    }
  }
  function handle(message) {
    if (stopped) return;
    if (message.type === "reset") return void reload().catch(() => {});
    if (message.type === "unsubscribed" || message.type === "error") return gone?.(message);
    if (message.type !== "event") return;
    if (loading) held.push(message);
    else apply(message);
  }
  const subscribed = live.subscribe(channel, handle).then(
    () => {
      acked = true;
      // Subscribed only after the first load (the socket was still connecting): what
      // happened in between is fetched again.
      if (loadedBeforeAck && !stopped) reload().catch(() => {});
    },
    () => {},
  );
  // Not connected yet: load anyway after a while, and again once subscribed (above).
  let timer = null;
  const soon = new Promise((resolve) => (timer = setTimeout(resolve, 2000)));
  Promise.race([subscribed, soon]).then(() => {
    clearTimeout(timer);
    if (stopped) return;
    loadedBeforeAck = !acked;
    reload().catch(() => {});
  });
  return {
    reload,
    stop() {
      stopped = true;
      live.unsubscribe(channel, handle).catch(() => {});
    },
  };
}

/** Call fn(keys) once per burst with every key asked for within `ms`. */
export function batcher(fn, ms = 120) {
  const keys = new Set();
  let timer = null;
  return {
    add(key) {
      keys.add(key);
      if (timer === null) {
        timer = setTimeout(() => {
          timer = null;
          const taken = [...keys];
          keys.clear();
          fn(taken);
        }, ms);
      }
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      keys.clear();
    },
  };
}
