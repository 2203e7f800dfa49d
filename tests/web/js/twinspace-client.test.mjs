// Unit tests of web/js/twinspace-client.js with node's built-in runner (`node --test`).
// A scripted fake WebSocket and a manual clock stand in for the network and time, so every
// test is exact: no real sockets, no sleeping. pytest runs this file (tests/web/test_js_units.py).

import assert from "node:assert/strict";
import { test } from "node:test";

import {
  ClientError,
  Retry,
  State,
  SUBPROTOCOL,
  TwinspaceClient,
  reconnectDelay,
  retryPolicy,
} from "../../../web/js/twinspace-client.js";

class ManualTimers {
  constructor() {
    this.now = 0;
    this.next = 1;
    this.jobs = new Map(); // id -> {at, fn, every}
  }
  setTimeout(fn, ms) {
    const id = this.next++;
    this.jobs.set(id, { at: this.now + ms, fn, every: null });
    return id;
  }
  setInterval(fn, ms) {
    const id = this.next++;
    this.jobs.set(id, { at: this.now + ms, fn, every: ms });
    return id;
  }
  clearTimeout(id) {
    this.jobs.delete(id);
  }
  clearInterval(id) {
    this.jobs.delete(id);
  }
  /** Run every job due within `ms`, in time order. */
  advance(ms) {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.jobs.entries()]
        .filter(([, job]) => job.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      const [id, job] = due;
      this.now = job.at;
      if (job.every === null) this.jobs.delete(id);
      else job.at += job.every;
      job.fn();
    }
    this.now = end;
  }
  pending() {
    return [...this.jobs.values()].filter((job) => job.every === null).map((j) => j.at - this.now);
  }
}

function fakeSocketClass() {
  const sockets = [];
  class FakeSocket {
    constructor(url, protocols) {
      this.url = url;
      this.protocols = protocols;
      this.sent = [];
      this.closedWith = null;
      sockets.push(this);
    }
    send(text) {
      this.sent.push(JSON.parse(text));
    }
    close(code, reason) {
      this.closedWith = code;
      this.onclose?.({ code, reason });
    }
    // What the fake server does:
    open() {
      this.onopen?.();
    }
    push(message) {
      this.onmessage?.({ data: JSON.stringify(message) });
    }
    drop(code, reason = "") {
      this.onclose?.({ code, reason });
    }
    last(type) {
      return this.sent.filter((m) => m.type === type).at(-1);
    }
  }
  return { FakeSocket, sockets };
}

const WELCOME = {
  type: "welcome",
  account_id: 7,
  server_time: "2026-12-01T00:00:00Z",
  limits: { heartbeat_interval_ms: 20000 },
  protocol: SUBPROTOCOL,
};

function setup(options = {}) {
  const { FakeSocket, sockets } = fakeSocketClass();
  const timers = new ManualTimers();
  const states = [];
  const client = new TwinspaceClient("ws://127.0.0.1/ws", {
    WebSocket: FakeSocket,
    timers,
    random: () => 0.5,
    ...options,
  });
  client.addEventListener("state", (e) => states.push(e.detail.state));
  return { client, sockets, timers, states };
}

function welcomed(socket) {
  socket.open();
  socket.push(WELCOME);
}

async function flush() {
  await new Promise((resolve) => setImmediate(resolve));
}

test("offers the twinspace.v1 subprotocol and becomes open on welcome", () => {
  const { client, sockets, states } = setup();
  client.connect();
  assert.deepEqual(sockets[0].protocols, [SUBPROTOCOL]);
  welcomed(sockets[0]);
  assert.equal(client.state, State.OPEN);
  assert.deepEqual(states, [State.CONNECTING, State.OPEN]);
});

test("the welcome tells the server's clock: its offset from ours, null before any welcome", () => {
  const { client, sockets } = setup();
  assert.equal(client.serverClockOffsetMs, null);
  client.connect();
  const before = Date.now();
  welcomed(sockets[0]);
  const after = Date.now();
  const server = Date.parse(WELCOME.server_time);
  assert.ok(client.serverClockOffsetMs <= server - before);
  assert.ok(client.serverClockOffsetMs >= server - after);
});

test("a bearer token is sent as the first message, never in the URL", () => {
  const { client, sockets } = setup({ token: "secret-token" });
  client.connect();
  sockets[0].open();
  assert.deepEqual(sockets[0].sent[0], { type: "auth", token: "secret-token" });
  assert.ok(!sockets[0].url.includes("secret"));
});

test("requests are correlated with their ack by ref", async () => {
  const { client, sockets } = setup();
  client.connect();
  welcomed(sockets[0]);
  const first = client.publish("video:1:2", "signal.offer", { sdp: "x" });
  const second = client.publish("video:1:2", "signal.ice", {});
  const [a, b] = sockets[0].sent.slice(-2);
  assert.notEqual(a.ref, b.ref);
  sockets[0].push({ type: "ack", ref: b.ref, seq: 9 });
  sockets[0].push({ type: "ack", ref: a.ref, seq: 8 });
  assert.equal((await first).seq, 8);
  assert.equal((await second).seq, 9);
});

test("an error answer rejects the request with the server's code and retry hint", async () => {
  const { client, sockets } = setup();
  client.connect();
  welcomed(sockets[0]);
  const answer = client.publish("video:1:2", "signal.offer");
  const { ref } = sockets[0].last("publish");
  sockets[0].push({
    type: "error",
    ref,
    code: "rate_limited",
    message: "slow down",
    retry_after_ms: 300,
  });
  await assert.rejects(answer, (error) => {
    assert.ok(error instanceof ClientError);
    assert.equal(error.code, "rate_limited");
    assert.equal(error.retryAfterMs, 300);
    assert.deepEqual(error.fields, []);
    return true;
  });
});

test("an error answer's refused fields reach the request's error, as the API's do", async () => {
  const { client, sockets } = setup();
  client.connect();
  welcomed(sockets[0]);
  const answer = client.publish("chat:1", "chat.send");
  const { ref } = sockets[0].last("publish");
  const fields = [{ field: "body", code: "too_long", max: 4000 }];
  sockets[0].push({ type: "error", ref, code: "invalid", message: "Body too long", fields });
  await assert.rejects(answer, (error) => {
    assert.equal(error.code, "invalid");
    assert.deepEqual(error.fields, fields);
    return true;
  });
});

test("a request without an answer fails with timeout", async () => {
  const { client, sockets, timers } = setup({ requestTimeoutMs: 1000 });
  client.connect();
  welcomed(sockets[0]);
  const answer = client.publish("video:1:2", "signal.offer");
  timers.advance(999);
  assert.equal(client.pending.size, 1);
  timers.advance(1);
  await assert.rejects(answer, { code: "timeout" });
  assert.equal(client.pending.size, 0);
});

test("pending requests fail with disconnected when the socket drops", async () => {
  const { client, sockets } = setup();
  client.connect();
  welcomed(sockets[0]);
  const answer = client.publish("video:1:2", "signal.offer");
  sockets[0].drop(1006);
  await assert.rejects(answer, { code: "disconnected" });
});

test("subscribes after welcome and resubscribes with since after a reconnect", async () => {
  const { client, sockets, timers } = setup();
  const seen = [];
  client.connect();
  const subscribed = client.subscribe("space:3", (m) => seen.push(m));
  welcomed(sockets[0]);
  const first = sockets[0].last("subscribe");
  assert.deepEqual(first, { type: "subscribe", channel: "space:3", ref: first.ref });
  sockets[0].push({ type: "ack", ref: first.ref, channel: "space:3", seq: 4 });
  assert.equal((await subscribed).seq, 4);
  sockets[0].push({ type: "event", channel: "space:3", seq: 5, event: "space.updated", data: {} });
  assert.equal(client.lastSeq("space:3"), 5);

  sockets[0].drop(1006);
  timers.advance(60000);
  assert.equal(sockets.length, 2);
  welcomed(sockets[1]);
  const again = sockets[1].last("subscribe");
  assert.equal(again.since, 5);
  assert.equal(again.channel, "space:3");
  assert.deepEqual(
    seen.map((m) => m.seq),
    [5],
  );
});

test("a subscribe whose socket drops before its ack resolves with the next welcome's ack", async () => {
  // The chat panel catches up over HTTP once its subscription is acked: had the promise
  // failed with `disconnected`, a message sent during the reconnect was shown nowhere.
  const { client, sockets, timers } = setup();
  client.connect();
  welcomed(sockets[0]);
  let settled = null;
  client.subscribe("thread:1:1", () => {}).then(
    (ack) => (settled = { ack }),
    (error) => (settled = { error }),
  );
  assert.equal(sockets[0].last("subscribe").channel, "thread:1:1");
  sockets[0].drop(1006);
  await flush();
  assert.equal(settled, null, "the caller keeps waiting across the reconnect");
  timers.advance(60000);
  welcomed(sockets[1]);
  const again = sockets[1].last("subscribe");
  assert.equal(again.channel, "thread:1:1");
  sockets[1].push({ type: "ack", ref: again.ref, channel: "thread:1:1", seq: 2 });
  await flush();
  assert.equal(settled?.ack?.seq, 2);
});

test("presence is resubscribed without since (the server sends a fresh snapshot)", () => {
  const { client, sockets, timers } = setup();
  client.connect();
  client.subscribe("presence:3", () => {});
  welcomed(sockets[0]);
  const { ref } = sockets[0].last("subscribe");
  sockets[0].push({ type: "ack", ref, channel: "presence:3", seq: 2 });
  sockets[0].push({ type: "presence", channel: "presence:3", seq: 2, members: [] });
  sockets[0].drop(1006);
  timers.advance(60000);
  welcomed(sockets[1]);
  assert.equal(sockets[1].last("subscribe").since, undefined);
});

test("events already seen (replay overlap) are dropped", () => {
  const { client, sockets } = setup();
  const seen = [];
  client.connect();
  client.subscribe("space:3", (m) => seen.push(m.seq), 10);
  welcomed(sockets[0]);
  assert.equal(sockets[0].last("subscribe").since, 10);
  for (const seq of [9, 10, 11, 11, 12]) {
    sockets[0].push({ type: "event", channel: "space:3", seq, event: "x", data: {} });
  }
  assert.deepEqual(seen, [11, 12]);
});

test("a reset reaches the handler and moves the position to the reset's seq", () => {
  const { client, sockets } = setup();
  const seen = [];
  client.connect();
  client.subscribe("space:3", (m) => seen.push(m.type), 10);
  welcomed(sockets[0]);
  sockets[0].push({ type: "reset", channel: "space:3", seq: 40, reason: "too_old" });
  assert.deepEqual(seen, ["reset"]);
  assert.equal(client.lastSeq("space:3"), 40);
});

test("unsubscribed ends the subscription: it is not resubscribed", async () => {
  const { client, sockets, timers } = setup();
  const seen = [];
  client.connect();
  client.subscribe("space:3", (m) => seen.push(m));
  welcomed(sockets[0]);
  sockets[0].push({ type: "unsubscribed", channel: "space:3", code: "forbidden" });
  assert.equal(seen[0].code, "forbidden");
  sockets[0].drop(1006);
  timers.advance(60000);
  welcomed(sockets[1]);
  assert.equal(sockets[1].last("subscribe"), undefined);
});

test("a refused subscribe tells the handler and is not retried", async () => {
  const { client, sockets } = setup();
  const seen = [];
  client.connect();
  welcomed(sockets[0]);
  const answer = client.subscribe("space:99", (m) => seen.push(m));
  const { ref } = sockets[0].last("subscribe");
  sockets[0].push({ type: "error", ref, code: "not_found", message: "no such channel" });
  await assert.rejects(answer, { code: "not_found" });
  assert.equal(seen[0].type, "error");
  assert.equal(client.subscriptions.has("space:99"), false);
});

test("a subscribe answered unavailable is asked again after a back-off, the caller waiting", async () => {
  // A Redis shard failing over answers `unavailable` for a few seconds: the channel must not
  // end on the page (the space screen said "this space is gone") until the next reconnect.
  const { client, sockets, timers } = setup();
  const seen = [];
  client.connect();
  welcomed(sockets[0]);
  let settled = null;
  client.subscribe("space:7", (m) => seen.push(m)).then(
    (ack) => (settled = { ack }),
    (error) => (settled = { error }),
  );
  const unavailable = (ref) => ({ type: "error", ref, code: "unavailable", message: "Redis" });
  sockets[0].push(unavailable(sockets[0].last("subscribe").ref));
  await flush();
  assert.deepEqual([settled, seen], [null, []], "nothing said, the caller waiting");
  const subscribes = () => sockets[0].sent.filter((m) => m.type === "subscribe").length;
  assert.equal(subscribes(), 1);
  timers.advance(timers.pending()[0]);
  assert.equal(subscribes(), 2, "asked again");
  sockets[0].push(unavailable(sockets[0].last("subscribe").ref));
  await flush();
  const [second] = timers.pending();
  assert.ok(second > 0);
  timers.advance(second);
  const { ref } = sockets[0].last("subscribe");
  sockets[0].push({ type: "ack", ref, channel: "space:7", seq: 4 });
  await flush();
  assert.equal(settled?.ack?.seq, 4);
  assert.equal(subscribes(), 3);
  assert.deepEqual(seen, []);
  assert.ok(client.subscriptions.get("space:7").acked);
});

test("a subscribe waiting to be asked again is not, once unsubscribed or sent by a reconnect", async () => {
  const { client, sockets, timers } = setup();
  client.connect();
  welcomed(sockets[0]);
  client.subscribe("space:7", () => {}).catch(() => {});
  client.subscribe("space:8", () => {}).catch(() => {});
  for (const channel of ["space:7", "space:8"]) {
    const { ref } = sockets[0].sent.find((m) => m.type === "subscribe" && m.channel === channel);
    sockets[0].push({ type: "error", ref, code: "unavailable", message: "Redis" });
  }
  await flush();
  client.unsubscribe("space:7").catch(() => {}); // its answer never comes: dropped below
  sockets[0].drop(1006); // space:8 is sent again by the next welcome, not by its timer too
  await flush();
  timers.advance(60000); // space:8's timer fires while the socket is down: nothing sent
  welcomed(sockets[1]);
  timers.advance(60000);
  const sent = sockets[1].sent.filter((m) => m.type === "subscribe").map((m) => m.channel);
  assert.deepEqual(sent, ["space:8"]);
});

test("back-off grows exponentially, is capped and has jitter", () => {
  const options = { initialDelayMs: 500, maxDelayMs: 30000 };
  const low = (attempt) => reconnectDelay(Retry.BACKOFF, attempt, null, options, () => 0);
  const high = (attempt) => reconnectDelay(Retry.BACKOFF, attempt, null, options, () => 0.999);
  assert.deepEqual([0, 1, 2, 3].map(low), [250, 500, 1000, 2000]);
  assert.ok(high(0) > low(0));
  assert.equal(high(20), 29985);
  assert.ok(high(100) <= 30000);
});

test("the server's retry_after_ms is honoured as a floor, with jitter", () => {
  const at = (r) => reconnectDelay(Retry.BACKOFF, 0, 2000, {}, () => r);
  assert.equal(at(0), 2000);
  assert.equal(at(0.999), 2999);
});

test("reconnect attempts back off until a welcome resets the count", () => {
  const { client, sockets, timers } = setup();
  client.connect();
  sockets[0].drop(1006);
  assert.deepEqual(timers.pending(), [375]); // 500 * (0.5 + 0.5 * 0.5)
  timers.advance(375);
  sockets[1].drop(1006);
  assert.deepEqual(timers.pending(), [750]);
  timers.advance(750);
  welcomed(sockets[2]);
  sockets[2].drop(1006);
  assert.deepEqual(timers.pending(), [375]);
});

test("closing with 1012 waits for the server's retry hint before reconnecting", () => {
  const { client, sockets, timers, states } = setup();
  client.connect();
  welcomed(sockets[0]);
  sockets[0].push({ type: "closing", code: 1012, reason: "restart", retry_after_ms: 3000 });
  sockets[0].drop(1012);
  assert.equal(client.state, State.RECONNECTING);
  timers.advance(3749);
  assert.equal(sockets.length, 1);
  timers.advance(1);
  assert.equal(sockets.length, 2);
  assert.equal(states.at(-1), State.RECONNECTING);
});

test("4001 asks the page to sign in again and does not reconnect", () => {
  const { client, sockets, timers } = setup();
  client.connect();
  welcomed(sockets[0]);
  sockets[0].push({ type: "closing", code: 4001, reason: "session ended" });
  sockets[0].drop(4001);
  assert.equal(client.state, State.UNAUTHENTICATED);
  timers.advance(600000);
  assert.equal(sockets.length, 1);
});

test("4003 and 1008 are final", () => {
  for (const code of [4003, 1008, 1009]) {
    const { client, sockets, timers } = setup();
    client.connect();
    welcomed(sockets[0]);
    sockets[0].drop(code);
    assert.equal(client.state, State.FAILED, `code ${code}`);
    timers.advance(600000);
    assert.equal(sockets.length, 1);
  }
});

test("the close policy table matches the protocol's close codes", () => {
  assert.equal(retryPolicy(1001), Retry.NOW);
  assert.equal(retryPolicy(4008), Retry.NOW);
  assert.equal(retryPolicy(4029), Retry.BACKOFF);
  assert.equal(retryPolicy(1006), Retry.BACKOFF);
  assert.equal(retryPolicy(4001), Retry.REAUTHENTICATE);
});

test("a heartbeat ping without pong drops the socket and reconnects", async () => {
  const { client, sockets, timers } = setup({ requestTimeoutMs: 5000 });
  client.connect();
  welcomed(sockets[0]);
  timers.advance(20000);
  const ping = sockets[0].last("ping");
  assert.ok(ping.ref);
  sockets[0].push({ type: "pong", ref: ping.ref, server_time: "2026-12-01T00:00:20Z" });
  timers.advance(20000);
  assert.equal(sockets[0].closedWith, null);
  timers.advance(5000); // the second ping is not answered
  await flush();
  assert.equal(sockets[0].closedWith, 4000);
  assert.equal(client.state, State.RECONNECTING);
});

test("close() stops reconnecting", () => {
  const { client, sockets, timers } = setup();
  client.connect();
  welcomed(sockets[0]);
  client.close();
  assert.equal(client.state, State.CLOSED);
  assert.equal(sockets[0].closedWith, 1000);
  timers.advance(600000);
  assert.equal(sockets.length, 1);
});

test("unknown message types and fields are ignored (v1 may add them)", () => {
  const { client, sockets } = setup();
  client.connect();
  welcomed(sockets[0]);
  sockets[0].push({ type: "future_thing", x: 1 });
  sockets[0].onmessage({ data: "not json" });
  assert.equal(client.state, State.OPEN);
});

test("connect() again replaces the open socket instead of leaking it", () => {
  const { client, sockets } = setup();
  client.connect();
  welcomed(sockets[0]);
  client.connect();
  assert.equal(sockets[0].closedWith, 1000);
  assert.equal(sockets.length, 2);
  welcomed(sockets[1]);
  assert.equal(client.state, State.OPEN);
});

test("two handlers on one channel share one subscription, and each is told", async () => {
  const { client, sockets } = setup();
  const first = [];
  const second = [];
  const one = (m) => first.push(m.seq);
  const two = (m) => second.push(m.seq);
  client.connect();
  welcomed(sockets[0]);
  const subscribed = client.subscribe("moderation:3", one);
  const { ref } = sockets[0].last("subscribe");
  const joined = client.subscribe("moderation:3", two);
  assert.equal(sockets[0].sent.filter((m) => m.type === "subscribe").length, 1);
  sockets[0].push({ type: "ack", ref, channel: "moderation:3", seq: 7 });
  assert.equal((await subscribed).seq, 7);
  assert.equal((await joined).seq, 7);
  sockets[0].push({ type: "event", channel: "moderation:3", seq: 8, event: "x", data: {} });
  assert.deepEqual([first, second], [[8], [8]]);

  // The first one leaving keeps the channel for the second; the last one unsubscribes.
  await client.unsubscribe("moderation:3", one);
  assert.equal(sockets[0].last("unsubscribe"), undefined);
  sockets[0].push({ type: "event", channel: "moderation:3", seq: 9, event: "x", data: {} });
  assert.deepEqual([first, second], [[8], [8, 9]]);
  const leaving = client.unsubscribe("moderation:3", two);
  const bye = sockets[0].last("unsubscribe");
  assert.equal(bye.channel, "moderation:3");
  sockets[0].push({ type: "ack", ref: bye.ref, channel: "moderation:3", seq: 9 });
  await leaving;
  assert.equal(client.subscriptions.has("moderation:3"), false);
});
