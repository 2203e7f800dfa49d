// A client of Janus's API (https://janus.conf.meetecho.com/docs/rest.html): one Janus session,
// its plugin handles, and the events Janus sends them. No DOM, no WebRTC: webrtc/sfu.js puts the
// VideoRoom on top. Two transports, chosen by the URL the server gives (`JoinedVideo.sfu.url`):
//
// - `http(s)://…/janus`: requests are POSTs; events come by long poll (`GET /janus/<session>`).
//   This is Janus's HTTP transport, the one the tests run.
// - `ws(s)://…`: Janus's WebSocket transport (subprotocol `janus-protocol`): requests and events
//   on one socket, answers matched by `transaction`.
//
// Janus ends a session that hears nothing for 60 s, so a keepalive goes every 25 s (as janus.js
// does). Janus's session and handle ids are below 2^53, so JSON numbers hold them exactly.

export const VIDEOROOM = "janus.plugin.videoroom";
export const KEEPALIVE_MS = 25_000;
/** Events fetched by one long poll at most (Janus answers a list when this is above 1). */
const MAX_EVENTS = 10;
/** Wait before polling again after a failed poll (Janus restarting, a network blip). */
const POLL_RETRY_MS = 1_000;
/** Janus's "No such session": the session is gone (timed out, Janus restarted). */
export const NO_SUCH_SESSION = 458;

/** A refusal from Janus (`janus: "error"`, or a plugin's `error_code`), or an unreachable one. */
export class JanusError extends Error {
  constructor(message, code = 0) {
    super(message);
    this.name = "JanusError";
    this.code = code;
  }
}

let serial = 0;
function transaction() {
  serial += 1;
  return `t${Date.now().toString(36)}${serial}`;
}

function refusal(answer) {
  const error = answer?.error ?? {};
  return new JanusError(error.reason ?? "Janus refused the request", error.code ?? 0);
}

/** Janus's HTTP transport: POST for requests, one long poll at a time for events. */
class HttpTransport {
  constructor(url, { fetch, timers, sendBeacon }) {
    this.url = url.replace(/\/+$/, "");
    this.fetch = fetch;
    this.timers = timers;
    this.sendBeacon = sendBeacon;
    this.onEvent = () => {};
    this.onLost = () => {};
    this.session = 0;
    this.polling = null;
  }

  async open() {}

  /** One request; answers Janus's immediate reply (`success` or `ack`). */
  async request(path, body) {
    let response;
    try {
      response = await this.fetch(`${this.url}${path}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ ...body, transaction: body.transaction ?? transaction() }),
      });
    } catch (error) {
      throw new JanusError(`the media server cannot be reached: ${error.message ?? error}`);
    }
    const answer = await response.json();
    if (answer.janus === "error") throw refusal(answer);
    return answer;
  }

  startPolling(session) {
    this.session = session;
    this.abort = new AbortController();
    this.polling = this.poll();
  }

  async poll() {
    while (this.session) {
      try {
        const response = await this.fetch(`${this.url}/${this.session}?maxev=${MAX_EVENTS}`, {
          signal: this.abort.signal,
        });
        const answer = await response.json();
        const events = Array.isArray(answer) ? answer : [answer];
        for (const event of events) {
          if (event.janus === "error" && event.error?.code === NO_SUCH_SESSION) {
            this.session = 0;
            this.onLost(refusal(event));
            return;
          }
          this.onEvent(event);
        }
      } catch (error) {
        if (!this.session) return; // closed while waiting
        await new Promise((resolve) => this.timers.setTimeout(resolve, POLL_RETRY_MS));
      }
    }
  }

  /** A last request while the page goes away (no answer read): a beacon, which the browser
   * sends even as it unloads. Its body is text/plain, which needs no CORS preflight. */
  farewell(path, body) {
    return Boolean(this.sendBeacon?.(`${this.url}${path}`, JSON.stringify({ ...body, transaction: transaction() })));
  }

  close() {
    this.session = 0;
    this.abort?.abort();
  }
}

/** Janus's WebSocket transport: one socket, answers matched by transaction. */
class SocketTransport {
  constructor(url, { WebSocket }) {
    this.url = url;
    this.WebSocket = WebSocket;
    this.onEvent = () => {};
    this.onLost = () => {};
    this.pending = new Map(); // transaction -> {resolve, reject}
    this.socket = null;
  }

  open() {
    return new Promise((resolve, reject) => {
      const socket = new this.WebSocket(this.url, "janus-protocol");
      this.socket = socket;
      socket.onopen = () => resolve();
      socket.onerror = () => reject(new JanusError("the media server cannot be reached"));
      socket.onmessage = ({ data }) => this.received(JSON.parse(data));
      socket.onclose = () => {
        const lost = new JanusError("the connection to the media server was lost");
        for (const { reject: fail } of this.pending.values()) fail(lost);
        this.pending.clear();
        if (this.socket === socket) {
          this.socket = null;
          this.onLost(lost);
        }
      };
    });
  }

  received(message) {
    const waiting = this.pending.get(message.transaction);
    if (waiting && ["success", "ack", "error"].includes(message.janus)) {
      this.pending.delete(message.transaction);
      if (message.janus === "error") waiting.reject(refusal(message));
      else waiting.resolve(message);
      // A plugin's answer on the same transaction comes later, as an event.
      return;
    }
    this.onEvent(message);
  }

  request(path, body) {
    if (!this.socket) return Promise.reject(new JanusError("not connected to the media server"));
    const [session, handle] = path.split("/").filter(Boolean).map(Number);
    const message = { ...body, transaction: body.transaction ?? transaction() };
    if (session) message.session_id = session;
    if (handle) message.handle_id = handle;
    return new Promise((resolve, reject) => {
      this.pending.set(message.transaction, { resolve, reject });
      this.socket.send(JSON.stringify(message));
    });
  }

  startPolling() {}

  /** Janus destroys the sessions of a WebSocket that closes: nothing to send. */
  farewell() {
    return false;
  }

  close() {
    const socket = this.socket;
    this.socket = null;
    socket?.close();
  }
}

/** One Janus session: attach handles, route each event to its handle. */
export class JanusSession {
  /**
   * @param {string} url  `http(s)://…/janus` or `ws(s)://…`
   * @param {object} [options]  `fetch`, `WebSocket`, `timers` (for tests)
   */
  constructor(url, { fetch, WebSocket, timers, sendBeacon } = {}) {
    const io = {
      fetch: fetch ?? globalThis.fetch?.bind(globalThis),
      WebSocket: WebSocket ?? globalThis.WebSocket,
      timers: timers ?? globalThis,
      sendBeacon: sendBeacon ?? globalThis.navigator?.sendBeacon?.bind(globalThis.navigator),
    };
    this.timers = io.timers;
    this.transport = /^wss?:/i.test(url) ? new SocketTransport(url, io) : new HttpTransport(url, io);
    this.transport.onEvent = (event) => this.route(event);
    this.transport.onLost = (error) => this.lost(error);
    this.id = 0;
    this.handles = new Map(); // handle id -> JanusHandle
    this.onLost = () => {};
    this.keepalive = null;
  }

  async create() {
    await this.transport.open();
    const created = await this.transport.request("", { janus: "create" });
    this.id = created.data.id;
    this.transport.startPolling(this.id);
    this.keepalive = this.timers.setInterval(() => {
      this.transport.request(`/${this.id}`, { janus: "keepalive" }).catch(() => {});
    }, KEEPALIVE_MS);
    return this;
  }

  /** A handle on the VideoRoom plugin. */
  async attach(plugin = VIDEOROOM) {
    const attached = await this.transport.request(`/${this.id}`, { janus: "attach", plugin });
    const handle = new JanusHandle(this, attached.data.id);
    this.handles.set(handle.id, handle);
    return handle;
  }

  route(event) {
    if (event.janus === "keepalive" || event.janus === "ack") return;
    this.handles.get(event.sender)?.received(event);
  }

  lost(error) {
    this.stop();
    this.onLost(error);
  }

  stop() {
    if (this.keepalive !== null) this.timers.clearInterval(this.keepalive);
    this.keepalive = null;
    this.transport.close();
    for (const handle of this.handles.values()) handle.gone(new JanusError("the media server session ended"));
    this.handles.clear();
  }

  /** The page is going away (reload, tab closed): destroy the session without waiting, so a
   * reloaded page can join the room again as the same publisher at once (Janus refuses a
   * second publisher with our id while the old session lives: up to its 60 s timeout). */
  farewell() {
    if (!this.id) return;
    this.transport.farewell(`/${this.id}`, { janus: "destroy" });
    this.id = 0;
    this.stop();
  }

  /** Destroy the session at Janus (its handles with it), then stop listening. */
  async destroy() {
    if (!this.id) return;
    const id = this.id;
    this.id = 0;
    try {
      await this.transport.request(`/${id}`, { janus: "destroy" });
    } catch {
      // Gone already (Janus restarted, session timed out): nothing left to destroy.
    } finally {
      this.stop();
    }
  }
}

/** One plugin handle: send messages, wait for the plugin's answers, hear its other events. */
export class JanusHandle {
  constructor(session, id) {
    this.session = session;
    this.id = id;
    this.waiting = new Map(); // transaction -> {resolve, reject}
    this.onEvent = () => {}; // events that answer nothing we asked: notifications, hangups
    this.detached = false;
  }

  get path() {
    return `/${this.session.id}/${this.id}`;
  }

  /**
   * An asynchronous plugin request and the plugin's own answer (`plugindata.data`, with `jsep`
   * when Janus sends one): `{data, jsep}`. Rejects with the plugin's `error_code`.
   */
  async ask(body, jsep) {
    const message = { janus: "message", body, transaction: transaction() };
    if (jsep) message.jsep = jsep;
    const answered = new Promise((resolve, reject) => this.waiting.set(message.transaction, { resolve, reject }));
    // Rejected by a detach or the session's end maybe before we hand it out below: handled
    // here so that is no "uncaught" error; the caller still gets the rejection.
    answered.catch(() => {});
    try {
      const reply = await this.session.transport.request(this.path, message);
      if (reply.janus === "success") {
        // A synchronous request: the answer is the reply itself.
        this.waiting.delete(message.transaction);
        return this.unwrap(reply);
      }
    } catch (error) {
      this.waiting.delete(message.transaction);
      throw error;
    }
    return answered;
  }

  unwrap(event) {
    const data = event.plugindata?.data ?? {};
    if (data.error_code) throw new JanusError(data.error ?? "the media server refused", data.error_code);
    return { data, jsep: event.jsep ?? null };
  }

  received(event) {
    const waiting = event.janus === "event" ? this.waiting.get(event.transaction) : undefined;
    if (waiting) {
      this.waiting.delete(event.transaction);
      try {
        waiting.resolve(this.unwrap(event));
      } catch (error) {
        waiting.reject(error);
      }
      return;
    }
    if (event.janus === "detached") this.detached = true;
    this.onEvent(event);
  }

  /** One of our ICE candidates, or the end of them (`null`). */
  trickle(candidate) {
    const body = candidate
      ? { candidate: candidate.candidate, sdpMid: candidate.sdpMid, sdpMLineIndex: candidate.sdpMLineIndex }
      : { completed: true };
    return this.session.transport.request(this.path, { janus: "trickle", candidate: body }).catch(() => {});
  }

  gone(error) {
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }

  async detach() {
    if (this.detached) return;
    this.detached = true;
    this.session.handles.delete(this.id);
    this.gone(new JanusError("detached"));
    if (!this.session.id) return;
    await this.session.transport.request(this.path, { janus: "detach" }).catch(() => {});
  }
}
