// The client library's side of video signalling: `signal` messages reach the channel's
// handler, and every (re)subscription's ack is announced so a video page can rejoin in place.

import assert from "node:assert/strict";
import { test } from "node:test";

import { SUBPROTOCOL, TwinspaceClient } from "../../../web/js/twinspace-client.js";

class FakeSocket {
  static made = [];
  constructor() {
    this.sent = [];
    FakeSocket.made.push(this);
  }
  send(text) {
    this.sent.push(JSON.parse(text));
  }
  close(code, reason) {
    this.onclose?.({ code, reason });
  }
  push(message) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  last(type) {
    return this.sent.filter((m) => m.type === type).at(-1);
  }
}

// Reconnect waits run at once; request timeouts (1e9 ms) never do.
const timers = {
  setTimeout: (fn, ms) => {
    if (ms < 1e6) queueMicrotask(fn);
    return 1;
  },
  clearTimeout: () => {},
  setInterval: () => 2,
  clearInterval: () => {},
};

const WELCOME = { type: "welcome", account_id: 7, limits: {}, protocol: SUBPROTOCOL };

function connected() {
  FakeSocket.made = [];
  const client = new TwinspaceClient("ws://127.0.0.1/ws", {
    WebSocket: FakeSocket,
    timers,
    random: () => 0,
    requestTimeoutMs: 1e9,
  });
  client.connect();
  FakeSocket.made[0].push(WELCOME);
  return client;
}

test("a signal reaches the handler of its channel only, and moves no position", async () => {
  const client = connected();
  const socket = FakeSocket.made[0];
  const video = [];
  const space = [];
  const done = client.subscribe("video:1:2", (m) => video.push(m));
  client.subscribe("space:1", (m) => space.push(m)).catch(() => {});
  socket.push({ type: "ack", ref: socket.sent[0].ref, channel: "video:1:2", seq: 3 });
  await done;
  const signal = { type: "signal", channel: "video:1:2", event: "offer", sender: 5, data: { sdp: "v=0" } };
  socket.push(signal);
  socket.push({ ...signal, channel: "video:9:9" }); // not subscribed: dropped
  assert.deepEqual(video, [signal]);
  assert.deepEqual(space, []);
  assert.equal(client.lastSeq("video:1:2"), 3);
});

test("every subscription's ack is announced, after a reconnect too", async () => {
  const client = connected();
  const seen = [];
  client.addEventListener("subscribed", ({ detail }) => seen.push([detail.channel, detail.ack.seq]));
  const done = client.subscribe("video:1:2", () => {});
  const first = FakeSocket.made[0];
  first.push({ type: "ack", ref: first.last("subscribe").ref, channel: "video:1:2", seq: 3 });
  await done;
  first.close(1012, "restart");
  await new Promise((resolve) => setImmediate(resolve));
  const second = FakeSocket.made[1];
  second.push(WELCOME);
  const again = second.last("subscribe");
  assert.equal(again.since, 3);
  second.push({ type: "ack", ref: again.ref, channel: "video:1:2", seq: 4 });
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(seen, [
    ["video:1:2", 3],
    ["video:1:2", 4],
  ]);
});

test("a group's presence count reaches its channel's handler and moves no position", async () => {
  const client = connected();
  const socket = FakeSocket.made[0];
  const presence = [];
  const done = client.subscribe("presence:4", (m) => presence.push(m));
  socket.push({ type: "ack", ref: socket.sent[0].ref, channel: "presence:4", seq: 0 });
  await done;
  const count = { type: "presence.count", channel: "presence:4", online: 431 };
  socket.push(count);
  socket.push({ ...count, channel: "presence:9" }); // not subscribed: dropped
  assert.deepEqual(presence, [count]);
  assert.equal(client.lastSeq("presence:4"), 0);
});
