// The forum and archive sections' helpers: a compose box's client id, following a channel
// without losing what arrives while its state loads, and batching refetches.

import assert from "node:assert/strict";
import { test } from "node:test";

import { batcher, canDo, composeId, follow } from "../../../web/js/screens/forum-live.js";

test("a compose box keeps its client id across lost answers, not across refusals", () => {
  const box = composeId();
  const first = box.get();
  assert.match(first, /^[A-Za-z0-9_-]{8,64}$/);
  assert.equal(box.get(), first, "the same until something happens");
  box.failed({ status: 0 }); // the network: the post may have been stored
  assert.equal(box.get(), first);
  box.failed({ status: 503 });
  assert.equal(box.get(), first);
  box.failed({ status: 422 }); // refused: nothing was stored
  const second = box.get();
  assert.notEqual(second, first);
  box.done();
  assert.notEqual(box.get(), second, "a stored post: the next one is another");
});

test("allowed lists are read as they are, missing ones allow nothing", () => {
  assert.equal(canDo({ allowed: ["hide"] }, "hide"), true);
  assert.equal(canDo({ allowed: ["hide"] }, "pin"), false);
  assert.equal(canDo({ allowed: null }, "hide"), false);
  assert.equal(canDo({}, "hide"), false);
  assert.equal(canDo(undefined, "hide"), false);
});

/** A live client whose subscribe acks when the test says. */
function fakeLive() {
  const live = {
    handlers: new Map(),
    acks: [],
    unsubscribed: [],
    subscribe(channel, handler) {
      live.handlers.set(channel, handler);
      return new Promise((resolve) => live.acks.push(resolve));
    },
    unsubscribe(channel) {
      live.unsubscribed.push(channel);
      return Promise.resolve();
    },
  };
  return live;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

test("events that come while the state loads are applied after it, in order", async () => {
  const live = fakeLive();
  const applied = [];
  let finishLoad;
  let loads = 0;
  follow(live, "thread:1:2", {
    load: () => {
      loads += 1;
      return new Promise((resolve) => (finishLoad = resolve));
    },
    apply: (message) => applied.push(message.seq),
  });
  assert.equal(loads, 0, "subscribe first, then load");
  live.acks[0]({ type: "ack", seq: 5 });
  await tick();
  assert.equal(loads, 1);
  const handler = live.handlers.get("thread:1:2");
  handler({ type: "event", seq: 6, event: "post.created", data: {} });
  handler({ type: "event", seq: 7, event: "post.created", data: {} });
  assert.deepEqual(applied, [], "held until the load is done");
  finishLoad();
  await tick();
  assert.deepEqual(applied, [6, 7]);
  handler({ type: "event", seq: 8, event: "post.created", data: {} });
  assert.deepEqual(applied, [6, 7, 8]);
});

test("a reset loads again; unsubscribed is told; stop unsubscribes", async () => {
  const live = fakeLive();
  let loads = 0;
  const gone = [];
  const followed = follow(live, "archive:3", {
    load: async () => {
      loads += 1;
    },
    apply: () => {},
    gone: (message) => gone.push(message.type),
  });
  live.acks[0]({ type: "ack", seq: 1 });
  await tick();
  await tick();
  assert.equal(loads, 1);
  const handler = live.handlers.get("archive:3");
  handler({ type: "reset", channel: "archive:3", seq: 40 });
  await tick();
  assert.equal(loads, 2);
  handler({ type: "unsubscribed", channel: "archive:3" });
  assert.deepEqual(gone, ["unsubscribed"]);
  followed.stop();
  assert.deepEqual(live.unsubscribed, ["archive:3"]);
});

test("a burst of keys makes one call with each key once", async () => {
  const calls = [];
  const batch = batcher((keys) => calls.push(keys.sort()), 5);
  batch.add(3);
  batch.add(1);
  batch.add(3);
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.deepEqual(calls, [[1, 3]]);
  batch.add(9);
  batch.cancel();
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.deepEqual(calls, [[1, 3]]);
});
