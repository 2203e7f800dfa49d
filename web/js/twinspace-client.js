// TwinSpace Live real-time client (WebSocket subprotocol "twinspace.v1"), for browsers and node.
//
// One connection, many channel subscriptions. It reconnects on its own (capped exponential
// back-off with jitter, or the server's `closing.retry_after_ms`), resubscribes every channel
// with `since` = the last sequence it saw, tells the page when a channel was reset (refetch over
// HTTP), and correlates requests with their `ack`/`error` by `ref`, with a timeout.
// No DOM access and no globals besides the injected ones: see docs/web-client.md.

export const SUBPROTOCOL = "twinspace.v1";

// What a client does after each close code (protocol/close_codes.py, CLOSE_CODE_INFO).
export const Retry = Object.freeze({
  NO: "no",
  REAUTHENTICATE: "reauthenticate",
  BACKOFF: "backoff",
  NOW: "now",
});

const CLOSE_RETRY = new Map([
  [1000, Retry.NO],
  [1001, Retry.NOW],
  [1008, Retry.NO],
  [1009, Retry.NO],
  [1011, Retry.BACKOFF],
  [1012, Retry.BACKOFF],
  [1013, Retry.BACKOFF],
  [4001, Retry.REAUTHENTICATE],
  [4002, Retry.NOW],
  [4003, Retry.NO],
  [4008, Retry.NOW],
  [4029, Retry.BACKOFF],
]);

/** The retry policy of a close code; unknown codes and 1006 (the wire broke) back off. */
export function retryPolicy(code) {
  return CLOSE_RETRY.get(code) ?? Retry.BACKOFF;
}

/** Connection states; "state" events carry one of these. */
export const State = Object.freeze({
  IDLE: "idle", // not started
  CONNECTING: "connecting", // first attempt
  OPEN: "open", // welcomed by the server
  RECONNECTING: "reconnecting", // lost; a new attempt is scheduled or running
  UNAUTHENTICATED: "unauthenticated", // 4001: sign in again, then call connect()
  FAILED: "failed", // closed for good (4003, 1008, 1009): tell the user
  CLOSED: "closed", // close() was called
});

// Kinds whose `since` the server honours (protocol/channels.py KIND_RULES: presence, typing
// and readers are not).
const REPLAYABLE = new Set(["space", "thread", "archive", "video", "teachers", "moderation", "notice", "qa", "stage", "seat"]);

export const DEFAULTS = Object.freeze({
  initialDelayMs: 500, // first back-off step
  maxDelayMs: 30000, // back-off cap
  nowJitterMs: 250, // spread of "reconnect now" (1001, 4002, 4008)
  requestTimeoutMs: 10000, // an operation without ack/error by then fails with "timeout"
  heartbeatMs: 20000, // until the server's welcome says otherwise
});

/**
 * A failed operation: `code` is the server's error code, or "timeout" / "disconnected";
 * `fields` the refused fields ({field, code, min, max}, as ApiError's), empty when none.
 */
export class ClientError extends Error {
  constructor(code, message, retryAfterMs = null, fields = []) {
    super(message);
    this.name = "ClientError";
    this.code = code;
    this.retryAfterMs = retryAfterMs;
    this.fields = fields;
  }
}

/**
 * The delay before reconnect attempt number `attempt` (0 for the first).
 * Capped exponential back-off with "equal jitter": half the step is fixed, half random, so
 * clients that lost the same server spread out. A server hint (`retry_after_ms`) is a floor,
 * plus up to half of it again as jitter.
 */
export function reconnectDelay(policy, attempt, hintMs, options, random) {
  const o = { ...DEFAULTS, ...options };
  if (policy === Retry.NOW && hintMs == null) return Math.floor(random() * o.nowJitterMs);
  const step = Math.min(o.maxDelayMs, o.initialDelayMs * 2 ** Math.min(attempt, 30));
  const backoff = step / 2 + random() * (step / 2);
  if (hintMs == null) return Math.floor(backoff);
  const hinted = hintMs + random() * (hintMs / 2);
  return Math.floor(Math.min(o.maxDelayMs, Math.max(hinted, policy === Retry.NOW ? 0 : backoff)));
}

function isTransient(error) {
  return error.code === "disconnected" || error.code === "timeout";
}

function channelKind(name) {
  return name.slice(0, name.indexOf(":"));
}

/**
 * A live connection to one TwinSpace Live server.
 *
 * Events (EventTarget): "state" {detail: {state, code, reason}}, "welcome" {detail: welcome},
 * "subscribed" {detail: {channel, ack}} after every (re)subscription's ack (a video page
 * publishes `join` again from there to rejoin its session in place after a reconnect).
 * Channel messages go to the handler given to subscribe(), WebRTC `signal`s included.
 */
export class TwinspaceClient extends EventTarget {
  constructor(url, options = {}) {
    super();
    this.url = url;
    this.options = { ...DEFAULTS, ...options };
    this.WebSocket = options.WebSocket ?? globalThis.WebSocket;
    this.timers = options.timers ?? globalThis;
    this.random = options.random ?? Math.random;
    this.token = options.token ?? null; // bearer token for programs; browsers use the cookie
    this.state = State.IDLE;
    this.socket = null;
    this.subscriptions = new Map(); // channel -> {handlers, handler (tells each), seq, acked}
    this.pending = new Map(); // ref -> {resolve, reject, timer}
    this.refs = 0;
    this.attempt = 0;
    this.closingHint = null;
    this.retryTimer = null;
    this.heartbeatTimer = null;
    this.welcome = null;
    this.serverClockOffsetMs = null;
  }

  /** Open the connection (again, after "unauthenticated" or "failed"). */
  connect() {
    this.cancelRetry();
    this.attempt = 0;
    const old = this.socket;
    this.socket = null; // its close event is ignored from now on
    if (old) old.close(1000, "reconnecting");
    this.stopHeartbeat();
    this.failPending("disconnected", "the connection was replaced");
    this.open(State.CONNECTING);
  }

  /** Close for good; pending operations fail with "disconnected". */
  close() {
    this.cancelRetry();
    this.setState(State.CLOSED);
    const socket = this.socket;
    this.socket = null;
    this.stopHeartbeat();
    this.failPending("disconnected", "the connection was closed");
    if (socket) socket.close(1000, "bye");
  }

  /**
   * Receive a channel's messages: handler({type: "event"|"presence"|"presence.count"|"reset"|"unsubscribed"
   * |"error"|"signal", ...}). Resolves with the ack once subscribed. Kept across reconnects (with
   * `since`) until unsubscribe() or the server's `unsubscribed`.
   */
  subscribe(channel, handler, since = null) {
    const existing = this.subscriptions.get(channel);
    if (existing) {
      // Another part of the page follows a channel already subscribed (a chat and the forum
      // both on `moderation:S`): one subscription, each handler told from now on.
      existing.handlers.add(handler);
      if (existing.acked) return Promise.resolve({ type: "ack", channel, seq: existing.seq });
      return existing.ready;
    }
    const handlers = new Set([handler]);
    const sub = {
      handlers,
      handler: (message) => {
        for (const each of [...handlers]) each(message);
      },
      seq: since,
      acked: false,
      sending: false, // a subscribe of it is waiting for its answer
      tries: 0, // `unavailable` answers in a row
      again: null, // the timer that will ask again
    };
    this.subscriptions.set(channel, sub);
    sub.ready = new Promise((resolve, reject) => {
      sub.waiting = { resolve, reject };
    });
    if (this.state === State.OPEN) this.sendWaiting(channel, sub);
    return sub.ready;
  }

  /** Send a subscription; its caller's promise settles with the ack, or, when the socket drops
   * before the ack, with the ack of the resubscription after the next welcome. (A caller that
   * catches up over HTTP once subscribed must not be told "failed" for a dropped socket: the
   * message sent while it was away would then be in neither its history nor its live feed.) */
  sendWaiting(channel, sub) {
    const waiting = sub.waiting;
    sub.waiting = null;
    this.timers.clearTimeout(sub.again);
    sub.again = null;
    this.sendSubscribe(channel, sub).then(waiting?.resolve, (error) => {
      // Lost before the ack: the subscription stays and is sent again after the next welcome,
      // so the caller keeps waiting; so it does while an `unavailable` is asked again. A
      // refusal was told to the handler.
      const kept = isTransient(error) || (error.code === "unavailable" && this.subscriptions.get(channel) === sub);
      if (waiting && kept) sub.waiting ??= waiting;
      else waiting?.reject(error);
    });
  }

  /** Ask for a subscription again after a back-off: the server could not serve the channel
   * for a moment (`unavailable`: its Redis shard failing over, its database restarting). */
  subscribeLater(channel, sub, hintMs) {
    const delay = reconnectDelay(Retry.BACKOFF, sub.tries, hintMs, this.options, this.random);
    sub.tries += 1;
    this.timers.clearTimeout(sub.again);
    sub.again = this.timers.setTimeout(() => {
      sub.again = null;
      // Not if it went meanwhile, or a reconnect's welcome already sent it again.
      if (this.state !== State.OPEN || this.subscriptions.get(channel) !== sub || sub.acked || sub.sending) return;
      this.sendWaiting(channel, sub);
    }, delay);
  }

  /**
   * Stop receiving a channel: `handler`'s part only when given (the channel stays subscribed
   * while another handler follows it), else every handler's.
   */
  async unsubscribe(channel, handler = null) {
    const sub = this.subscriptions.get(channel);
    if (!sub) return;
    if (handler !== null) {
      sub.handlers.delete(handler);
      if (sub.handlers.size > 0) return;
    }
    this.subscriptions.delete(channel);
    this.timers.clearTimeout(sub.again);
    if (this.state === State.OPEN) {
      await this.request({ type: "unsubscribe", channel });
    }
  }

  /** Send an event on a channel that accepts client publishes (video signalling). */
  publish(channel, event, data = {}) {
    return this.request({ type: "publish", channel, event, data });
  }

  /** The last sequence seen on a channel, or null. */
  lastSeq(channel) {
    return this.subscriptions.get(channel)?.seq ?? null;
  }

  /** Send a client message with a fresh `ref`; resolves with its ack, rejects with ClientError. */
  request(message) {
    if (this.state !== State.OPEN || !this.socket) {
      return Promise.reject(new ClientError("disconnected", "not connected"));
    }
    const ref = `c${++this.refs}`;
    return new Promise((resolve, reject) => {
      const timer = this.timers.setTimeout(() => {
        this.pending.delete(ref);
        reject(new ClientError("timeout", `no answer to ${message.type} in time`));
      }, this.options.requestTimeoutMs);
      this.pending.set(ref, { resolve, reject, timer });
      this.socket.send(JSON.stringify({ ...message, ref }));
    });
  }

  // -- the connection's life ----------------------------------------------------------------

  open(state) {
    this.setState(state);
    this.closingHint = null;
    let socket;
    try {
      socket = new this.WebSocket(this.url, [SUBPROTOCOL]);
    } catch (error) {
      this.scheduleRetry(Retry.BACKOFF, null);
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      if (this.token) socket.send(JSON.stringify({ type: "auth", token: this.token }));
    };
    socket.onmessage = (message) => {
      if (socket === this.socket) this.receive(message.data);
    };
    socket.onclose = (close) => {
      if (socket === this.socket) this.lost(close.code, close.reason);
    };
    socket.onerror = () => {}; // a close event always follows
  }

  lost(code, reason) {
    this.socket = null;
    this.stopHeartbeat();
    this.failPending("disconnected", "the connection was lost");
    for (const sub of this.subscriptions.values()) sub.acked = false;
    const hint = this.closingHint;
    const policy = retryPolicy(hint?.code ?? code);
    if (policy === Retry.REAUTHENTICATE) {
      this.setState(State.UNAUTHENTICATED, code, reason);
    } else if (policy === Retry.NO) {
      this.setState(State.FAILED, code, reason);
    } else {
      this.setState(State.RECONNECTING, code, reason);
      this.scheduleRetry(policy, hint?.retry_after_ms ?? null);
    }
  }

  scheduleRetry(policy, hintMs) {
    const delay = reconnectDelay(policy, this.attempt, hintMs, this.options, this.random);
    this.attempt += 1;
    this.state = State.RECONNECTING;
    this.retryTimer = this.timers.setTimeout(() => {
      this.retryTimer = null;
      this.open(State.RECONNECTING);
    }, delay);
  }

  cancelRetry() {
    if (this.retryTimer !== null) this.timers.clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  receive(text) {
    let message;
    try {
      message = JSON.parse(text);
    } catch {
      return; // the server only sends JSON; ignore anything else rather than crash
    }
    switch (message.type) {
      case "welcome":
        return this.welcomed(message);
      case "ack":
        return this.settle(message.ref, (p) => p.resolve(message));
      case "error":
        return this.failed(message);
      case "pong":
        return this.settle(message.ref, (p) => p.resolve(message));
      case "closing":
        this.closingHint = message;
        return;
      case "event":
        return this.onEvent(message);
      case "presence":
      case "reset":
        return this.onPosition(message);
      case "signal":
      // Video signalling addressed to this connection: not sequenced, never replayed.
      case "presence.count":
        // A group's live count of who is online (issue 21): not sequenced either.
      case "presence.readers":
        // Who is reading a thread (issue 21): a coalesced snapshot, not sequenced.
        return this.subscriptions.get(message.channel)?.handler(message);
      case "unsubscribed": {
        const sub = this.subscriptions.get(message.channel);
        this.subscriptions.delete(message.channel);
        return sub?.handler(message);
      }
      default:
        return; // v1 servers may add messages: ignore unknown ones
    }
  }

  welcomed(welcome) {
    this.welcome = welcome;
    // The server's clock minus ours, as the welcome said it (its latency included): what a
    // screen compares server timestamps with before anything newer tells it (chat-panel.js).
    const serverTime = Date.parse(welcome.server_time);
    this.serverClockOffsetMs = Number.isNaN(serverTime) ? null : serverTime - Date.now();
    this.attempt = 0;
    const limits = welcome.limits ?? {};
    this.setState(State.OPEN);
    this.dispatchEvent(new CustomEvent("welcome", { detail: welcome }));
    this.startHeartbeat(limits.heartbeat_interval_ms ?? this.options.heartbeatMs);
    for (const [channel, sub] of this.subscriptions) this.sendWaiting(channel, sub);
  }

  sendSubscribe(channel, sub) {
    const message = { type: "subscribe", channel };
    if (sub.seq !== null && REPLAYABLE.has(channelKind(channel))) message.since = sub.seq;
    sub.sending = true;
    return this.request(message).then(
      (ack) => {
        sub.sending = false;
        sub.tries = 0;
        sub.acked = true;
        if (sub.seq === null && ack.seq != null) sub.seq = ack.seq;
        if (this.subscriptions.get(channel) === sub) {
          this.dispatchEvent(new CustomEvent("subscribed", { detail: { channel, ack } }));
        }
        return ack;
      },
      (error) => {
        sub.sending = false;
        if (error.code === "unavailable" && this.subscriptions.get(channel) === sub) {
          // For a moment only: asked again after a back-off, the handler told nothing (a
          // refusal would have ended the channel on the page until the next reconnect).
          this.subscribeLater(channel, sub, error.retryAfterMs);
        } else if (!isTransient(error)) {
          if (this.subscriptions.get(channel) === sub) this.subscriptions.delete(channel);
          sub.handler({ type: "error", channel, code: error.code, message: error.message });
        }
        throw error;
      },
    );
  }

  onEvent(message) {
    const sub = this.subscriptions.get(message.channel);
    if (!sub) return;
    if (sub.seq !== null && message.seq <= sub.seq) return; // already seen (replay overlap)
    sub.seq = message.seq;
    sub.handler(message);
  }

  onPosition(message) {
    // A presence snapshot or a reset: the channel's state starts again at `seq`.
    const sub = this.subscriptions.get(message.channel);
    if (!sub) return;
    sub.seq = message.seq;
    sub.handler(message);
  }

  failed(message) {
    if (message.ref == null) return;
    const fields = Array.isArray(message.fields) ? message.fields : [];
    const error = new ClientError(message.code, message.message, message.retry_after_ms ?? null, fields);
    this.settle(message.ref, (p) => p.reject(error));
  }

  settle(ref, how) {
    const pending = this.pending.get(ref);
    if (!pending) return;
    this.pending.delete(ref);
    this.timers.clearTimeout(pending.timer);
    how(pending);
  }

  failPending(code, text) {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) {
      this.timers.clearTimeout(p.timer);
      p.reject(new ClientError(code, text));
    }
  }

  startHeartbeat(intervalMs) {
    this.stopHeartbeat();
    this.heartbeatTimer = this.timers.setInterval(() => {
      this.request({ type: "ping" }).catch((error) => {
        // No pong in time: the socket is half-open. Drop it and reconnect.
        if (error.code === "timeout" && this.socket) this.socket.close(4000, "no pong");
      });
    }, intervalMs);
  }

  stopHeartbeat() {
    if (this.heartbeatTimer !== null) this.timers.clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = null;
  }

  setState(state, code = null, reason = "") {
    this.state = state;
    this.dispatchEvent(new CustomEvent("state", { detail: { state, code, reason } }));
  }
}
