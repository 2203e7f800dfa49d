// Unit tests of web/js/webrtc/sfu.js and janus.js against a scripted fake Janus (its HTTP API
// with the long poll, and its WebSocket transport), a fake RTCPeerConnection and a fake live
// client: joining the room as oneself, publishing, subscribing with the private id, feeds coming
// and going, a kick, a lost Janus session, a full room, forced mute, closing; and the webinar's
// media (webrtc/webinar.js) on the same code: a viewer with no token, a speaker who publishes.

import assert from "node:assert/strict";
import { test } from "node:test";

import { JanusSession, KEEPALIVE_MS } from "../../../web/js/webrtc/janus.js";
import { PUBLISHERS_FULL, SfuCall } from "../../../web/js/webrtc/sfu.js";
import { WebinarMedia } from "../../../web/js/webrtc/webinar.js";

import "./fake-media.mjs";


const settle = async () => {
  for (let i = 0; i < 30; i += 1) await new Promise((resolve) => setImmediate(resolve));
};

/** Janus, as far as a VideoRoom participant sees it. */
class FakeJanus {
  constructor({ publishers = [], maxPublishers = 10 } = {}) {
    this.sessions = new Map(); // id -> {events: [], wake}
    this.handles = new Map(); // id -> {session, kind, feed}
    this.publishers = publishers; // [{id, display}] already publishing
    this.maxPublishers = maxPublishers;
    this.requests = [];
    this.nextId = 1000;
    this.notUpYet = new Set(); // feeds whose publisher's connection is not up: "No such feed"
  }

  queue(session, event) {
    const s = this.sessions.get(session);
    if (!s) return;
    s.events.push({ session_id: session, ...event });
    s.wake?.();
  }

  /** An event from the plugin on a handle (a notification, or the answer to a transaction). */
  plugin(handle, data, extra = {}) {
    const h = this.handles.get(handle);
    this.queue(h.session, {
      janus: "event",
      sender: handle,
      plugindata: { plugin: "janus.plugin.videoroom", data },
      ...extra,
    });
  }

  /** The handle that joined as a publisher with this id. */
  publisherHandle(id) {
    for (const [handle, h] of this.handles) if (h.kind === "publisher" && h.feed === id) return handle;
    return null;
  }

  /** What a POST does; `path` is /janus[/session[/handle]]. */
  answer(path, body) {
    this.requests.push({ path, body });
    const [session, handle] = path.split("/").filter(Boolean).slice(1).map(Number);
    const reply = (janus, more = {}) => ({ janus, transaction: body.transaction, ...more });
    if (session && !this.sessions.has(session)) return reply("error", { error: { code: 458, reason: "No such session" } });
    switch (body.janus) {
      case "create": {
        const id = this.nextId++;
        this.sessions.set(id, { events: [], wake: null });
        return reply("success", { data: { id } });
      }
      case "attach": {
        const id = this.nextId++;
        this.handles.set(id, { session, kind: null, feed: null });
        return reply("success", { data: { id } });
      }
      case "keepalive":
      case "trickle":
        return reply("ack");
      case "detach":
        this.handles.delete(handle);
        return reply("success");
      case "destroy":
        this.sessions.get(session).wake?.();
        this.sessions.delete(session);
        return reply("success");
      case "message":
        if (!this.handles.has(handle)) return reply("error", { error: { code: 459, reason: "No such handle" } });
        queueMicrotask(() => this.message(handle, body));
        return reply("ack");
      default:
        return reply("error", { error: { code: 453, reason: "unknown request" } });
    }
  }

  message(handle, { body, jsep, transaction }) {
    const h = this.handles.get(handle);
    if (!h) return; // detached meanwhile: Janus has nothing to answer on
    const answer = (data, more = {}) => this.plugin(handle, data, { transaction, ...more });
    if (body.request === "join" && body.ptype === "publisher") {
      h.kind = "publisher";
      h.feed = body.id;
      return answer({
        videoroom: "joined",
        room: body.room,
        id: body.id,
        private_id: 777,
        publishers: this.publishers.filter((p) => p.id !== body.id),
      });
    }
    if (body.request === "publish") {
      if (this.publishers.length >= this.maxPublishers) {
        return answer({ videoroom: "event", error_code: PUBLISHERS_FULL, error: "Maximum number of publishers reached" });
      }
      return answer({ videoroom: "event", configured: "ok" }, { jsep: { type: "answer", sdp: `answer to ${jsep.sdp}` } });
    }
    if (body.request === "join" && body.ptype === "subscriber") {
      if (this.notUpYet.has(body.streams[0].feed)) return answer({ videoroom: "event", error_code: 428, error: "No such feed" });
      h.kind = "subscriber";
      h.feed = body.streams[0].feed;
      h.privateId = body.private_id;
      h.token = body.token;
      return answer({ videoroom: "attached", room: body.room }, { jsep: { type: "offer", sdp: `feed ${h.feed}` } });
    }
    if (body.request === "start") return answer({ videoroom: "event", started: "ok" });
    return answer({ videoroom: "event", error_code: 499, error: "unexpected" });
  }

  /** The long poll: what is queued, or wait for something. */
  async poll(session, signal) {
    const s = this.sessions.get(session);
    if (!s) return [{ janus: "error", error: { code: 458, reason: "No such session" } }];
    if (!s.events.length) {
      await new Promise((resolve) => {
        s.wake = resolve;
        signal?.addEventListener("abort", resolve);
      });
      s.wake = null;
    }
    if (signal?.aborted) throw new Error("aborted");
    if (!this.sessions.has(session)) return [{ janus: "error", error: { code: 458, reason: "No such session" } }];
    return s.events.splice(0);
  }

  /** A `fetch` that is this Janus at http://janus.test/janus. */
  get fetch() {
    return async (url, init = {}) => {
      const path = new URL(url).pathname;
      const answer = init.method === "POST" ? this.answer(path, JSON.parse(init.body)) : await this.poll(Number(path.split("/")[2]), init.signal);
      return { json: async () => answer };
    };
  }

  sent(request) {
    return this.requests.filter((r) => r.body.janus === "message" && r.body.body.request === request);
  }
}

class FakePC {
  static made = [];
  constructor(config) {
    this.config = config;
    this.transceivers = [];
    this.closed = false;
    this.candidates = [];
    FakePC.made.push(this);
  }
  addTransceiver(track, init) {
    const t = {
      direction: init.direction,
      receiver: { track: { kind: track.kind } },
      sender: {
        track,
        async replaceTrack(next) {
          this.track = next;
        },
      },
    };
    this.transceivers.push(t);
    return t;
  }
  getTransceivers() {
    return this.transceivers;
  }
  async createOffer() {
    return { type: "offer", sdp: `offer of ${this.transceivers.map((t) => t.receiver.track.kind).join("+")}` };
  }
  async createAnswer() {
    return { type: "answer", sdp: `answer to ${this.remoteDescription.sdp}` };
  }
  async setLocalDescription(description) {
    this.localDescription = description;
    queueMicrotask(() => {
      this.onicecandidate?.({ candidate: { candidate: "candidate:1 1 udp 1 10.213.0.1 5000 typ host", sdpMid: "0", sdpMLineIndex: 0 } });
      this.onicecandidate?.({ candidate: null });
    });
  }
  async setRemoteDescription(description) {
    this.remoteDescription = description;
    if (description.type === "offer") {
      for (const kind of ["audio", "video"]) this.ontrack?.({ track: { kind, stop() {} } });
    }
  }
  async addIceCandidate(candidate) {
    this.candidates.push(candidate);
  }
  close() {
    this.closed = true;
  }
}

class FakeLive extends EventTarget {
  constructor() {
    super();
    this.published = [];
  }
  async publish(channel, event, data) {
    this.published.push({ channel, event, data });
    return { type: "ack" };
  }
}

/** Timers the test runs by hand. */
function manualTimers() {
  const pending = new Map();
  let next = 1;
  return {
    pending,
    setTimeout(fn, ms) {
      pending.set(next, { fn, ms, repeat: false });
      return next++;
    },
    clearTimeout(id) {
      pending.delete(id);
    },
    setInterval(fn, ms) {
      pending.set(next, { fn, ms, repeat: true });
      return next++;
    },
    clearInterval(id) {
      pending.delete(id);
    },
    run(ms) {
      for (const [id, timer] of [...pending]) {
        if (timer.ms !== ms) continue;
        if (!timer.repeat) pending.delete(id);
        timer.fn();
      }
    },
  };
}

function track(kind) {
  return { kind, enabled: true, stopped: false, stop() { this.stopped = true; } };
}

function localStream() {
  const stream = new MediaStream();
  stream.addTrack(track("audio"));
  stream.addTrack(track("video"));
  stream.getAudioTracks = () => stream.getTracks().filter((t) => t.kind === "audio");
  stream.getVideoTracks = () => stream.getTracks().filter((t) => t.kind === "video");
  return stream;
}

const SFU = { url: "http://janus.test/janus", room: 42, token: "tok-5", publisher_id: 5 };

function makeCall(janus, options = {}) {
  FakePC.made = [];
  const live = new FakeLive();
  const timers = manualTimers();
  const call = new SfuCall({
    live,
    channel: "video:1:42",
    sfu: SFU,
    iceServers: [{ urls: "turn:turn.test" }],
    stream: "stream" in options ? options.stream : localStream(),
    display: "Claire",
    forceMuted: options.forceMuted ?? false,
    io: { RTCPeerConnection: FakePC, fetch: janus.fetch, timers },
  });
  const seen = { peers: [], gone: [], problems: [], states: [], welcomes: [] };
  call.addEventListener("peer", ({ detail }) => seen.peers.push(detail));
  call.addEventListener("peer-gone", ({ detail }) => seen.gone.push(detail.id));
  call.addEventListener("problem", ({ detail }) => seen.problems.push(detail));
  call.addEventListener("sfu", ({ detail }) => seen.states.push(detail.state));
  call.addEventListener("welcome", ({ detail }) => seen.welcomes.push(detail));
  return { call, live, timers, seen };
}

test("joins the room as itself, publishes its media and subscribes to each publisher with its private id", async () => {
  const janus = new FakeJanus({ publishers: [{ id: 7, display: "Léa" }, { id: 9, display: "Tom" }] });
  const { call, live, seen } = makeCall(janus);
  await call.start();
  await settle();

  assert.deepEqual(live.published[0], { channel: "video:1:42", event: "join", data: {} });
  const [join] = janus.sent("join").filter((r) => r.body.body.ptype === "publisher");
  assert.deepEqual(join.body.body, { request: "join", ptype: "publisher", room: 42, id: 5, token: "tok-5", display: "Claire" });

  const publisher = FakePC.made[0];
  assert.deepEqual(publisher.transceivers.map((t) => [t.receiver.track.kind, t.direction]), [["audio", "sendonly"], ["video", "sendonly"]]);
  assert.equal(publisher.config.bundlePolicy, "max-bundle");
  assert.deepEqual(publisher.config.iceServers, [{ urls: "turn:turn.test" }]);
  const [publish] = janus.sent("publish");
  assert.equal(publish.body.jsep.type, "offer");
  assert.equal(publisher.remoteDescription.sdp, "answer to offer of audio+video");

  const subscribers = [...janus.handles.values()].filter((h) => h.kind === "subscriber");
  assert.deepEqual(subscribers.map((h) => [h.feed, h.privateId, h.token]).sort(), [[7, 777, "tok-5"], [9, 777, "tok-5"]]);
  assert.equal(janus.sent("start").length, 2);
  assert.deepEqual([...new Set(seen.peers.map((p) => p.id))].sort(), [7, 9]);
  // Our candidates went to Janus, then the end of them.
  const trickles = janus.requests.filter((r) => r.body.janus === "trickle");
  assert.ok(trickles.some((r) => r.body.candidate.candidate?.includes("10.213.0.1")));
  assert.ok(trickles.some((r) => r.body.candidate.completed === true));
  assert.deepEqual(seen.states, ["connecting", "connected"]);
  assert.deepEqual(seen.problems, []);
  call.close();
});

test("a publisher who arrives is subscribed to; one who unpublishes or leaves is let go", async () => {
  const janus = new FakeJanus();
  const { call, seen } = makeCall(janus);
  await call.start();
  await settle();
  const mine = janus.publisherHandle(5);

  janus.plugin(mine, { videoroom: "event", room: 42, publishers: [{ id: 8, display: "Zoé" }] });
  await settle();
  assert.deepEqual([...new Set(seen.peers.map((p) => p.id))], [8]);
  const feedPc = FakePC.made.at(-1);

  janus.plugin(mine, { videoroom: "event", room: 42, unpublished: 8 });
  await settle();
  assert.deepEqual(seen.gone, [8]);
  assert.equal(feedPc.closed, true);
  assert.equal([...janus.handles.values()].filter((h) => h.kind === "subscriber").length, 0); // detached

  janus.plugin(mine, { videoroom: "event", room: 42, publishers: [{ id: 8, display: "Zoé" }] });
  await settle();
  janus.plugin(mine, { videoroom: "event", room: 42, leaving: 8 });
  await settle();
  assert.deepEqual(seen.gone, [8, 8]);
  call.close();
});

test("a participant the server reports gone is let go at once; our own feed is never subscribed", async () => {
  const janus = new FakeJanus({ publishers: [{ id: 7 }] });
  const { call, seen } = makeCall(janus);
  await call.start();
  await settle();
  call.onParticipant({ id: 7, state: "left", force_muted: false });
  assert.deepEqual(seen.gone, [7]);
  janus.plugin(janus.publisherHandle(5), { videoroom: "event", publishers: [{ id: 5 }] });
  await settle();
  assert.equal([...janus.handles.values()].filter((h) => h.kind === "subscriber").length, 0);
  call.close();
});

test("kicked by Janus (a teacher removed us): every connection closes and it does not come back", async () => {
  const janus = new FakeJanus({ publishers: [{ id: 7 }] });
  const { call, timers, seen } = makeCall(janus);
  await call.start();
  await settle();
  janus.plugin(janus.publisherHandle(5), { videoroom: "event", leaving: "ok", reason: "kicked" });
  await settle();
  assert.ok(FakePC.made.every((pc) => pc.closed));
  assert.equal(seen.states.at(-1), "kicked");
  assert.equal(janus.sessions.size, 0); // our Janus session destroyed
  assert.equal([...timers.pending.values()].filter((t) => !t.repeat).length, 0); // no retry
  call.close();
});

test("the room destroyed (the session ended) stops the media", async () => {
  const janus = new FakeJanus({ publishers: [{ id: 7 }] });
  const { call, seen } = makeCall(janus);
  await call.start();
  await settle();
  janus.plugin(janus.publisherHandle(5), { videoroom: "destroyed", room: 42 });
  await settle();
  assert.ok(FakePC.made.every((pc) => pc.closed));
  assert.equal(seen.states.at(-1), "destroyed");
  call.close();
});

test("a lost Janus session is made again after a back-off: joined, published and subscribed anew", async () => {
  const janus = new FakeJanus({ publishers: [{ id: 7 }] });
  const { call, timers, seen } = makeCall(janus);
  await call.start();
  await settle();
  const before = FakePC.made.length;
  const [first] = janus.sessions.keys();
  janus.sessions.get(first).wake?.();
  janus.sessions.delete(first); // Janus restarted: the poll answers "No such session"
  await settle();
  assert.equal(seen.states.at(-1), "reconnecting");
  assert.equal(seen.problems.filter((p) => p.what === "sfu").length, 1);
  assert.ok(FakePC.made.slice(0, before).every((pc) => pc.closed));
  timers.run(1_000);
  await settle();
  assert.equal(seen.states.at(-1), "connected");
  assert.equal(janus.sessions.size, 1);
  assert.equal(janus.sent("join").filter((r) => r.body.body.ptype === "publisher").length, 2);
  assert.equal(janus.sent("publish").length, 2);
  assert.equal(FakePC.made.slice(before).filter((pc) => !pc.closed).length, 2); // publisher + feed 7
  call.close();
});

test("an unreachable Janus is tried again with a growing wait, and told once", async () => {
  const { call, timers, seen } = makeCall({
    fetch: async () => {
      throw new TypeError("Failed to fetch");
    },
  });
  await call.start();
  await settle();
  const waits = () => [...timers.pending.values()].filter((t) => !t.repeat).map((t) => t.ms);
  assert.deepEqual(waits(), [1_000]);
  timers.run(1_000);
  await settle();
  assert.deepEqual(waits(), [2_000]);
  timers.run(2_000);
  await settle();
  assert.deepEqual(waits(), [4_000]);
  assert.equal(seen.problems.length, 1);
  assert.match(seen.problems[0].error.message, /cannot be reached/);
  call.close();
  assert.deepEqual(waits(), []);
});

test("a room with every publisher seat taken still lets us watch", async () => {
  const janus = new FakeJanus({ publishers: [{ id: 7 }], maxPublishers: 1 });
  const { call, seen } = makeCall(janus);
  await call.start();
  await settle();
  const [problem] = seen.problems;
  assert.equal(problem.what, "publish");
  assert.equal(problem.error.code, PUBLISHERS_FULL);
  assert.equal(FakePC.made[0].closed, true); // the publishing connection
  assert.deepEqual([...new Set(seen.peers.map((p) => p.id))], [7]);
  call.close();
});

test("without a camera or microphone it joins and watches, publishing nothing", async () => {
  const janus = new FakeJanus({ publishers: [{ id: 7 }] });
  const { call, seen } = makeCall(janus, { stream: null });
  await call.start();
  await settle();
  assert.equal(janus.sent("publish").length, 0);
  assert.deepEqual([...new Set(seen.peers.map((p) => p.id))], [7]);
  call.close();
});

test("a forced mute sends no audio, refuses the microphone and tells the server", async () => {
  const janus = new FakeJanus();
  const { call, live } = makeCall(janus);
  await call.start();
  await settle();
  call.onSignal({ type: "signal", event: "welcome", data: { participant_id: 5, force_muted: false, peers: [] } });
  await settle();
  const audio = FakePC.made[0].transceivers.find((t) => t.receiver.track.kind === "audio");
  assert.equal(audio.sender.track.kind, "audio");

  call.onParticipant({ id: 5, state: "joined", force_muted: true });
  await settle();
  assert.equal(audio.sender.track, null);
  assert.equal(call.micOn, false);
  assert.equal(call.setMic(true), false);
  assert.deepEqual(live.published.at(-1), { channel: "video:1:42", event: "media", data: { mic: false, camera: true } });

  call.onParticipant({ id: 5, state: "joined", force_muted: false });
  assert.equal(call.setMic(true), true);
  await settle();
  assert.equal(audio.sender.track.kind, "audio");
  call.close();
});

test("the server's welcome is passed on, and a resubscription rejoins the server's session", async () => {
  const janus = new FakeJanus();
  const { call, live, seen } = makeCall(janus);
  await call.start();
  await settle();
  call.onSignal({ type: "signal", event: "offer", data: {} }); // not for the SFU: ignored
  call.onSignal({ type: "signal", event: "welcome", data: { participant_id: 5, peers: [] } });
  assert.equal(seen.welcomes.length, 1);
  live.dispatchEvent(new CustomEvent("subscribed", { detail: { channel: "video:1:42" } }));
  live.dispatchEvent(new CustomEvent("subscribed", { detail: { channel: "space:1" } }));
  await settle();
  assert.equal(live.published.filter((m) => m.event === "join").length, 2);
  call.close();
});

test("closing destroys the Janus session, closes every connection and stops the keepalive", async () => {
  const janus = new FakeJanus({ publishers: [{ id: 7 }] });
  const { call, timers, seen } = makeCall(janus);
  await call.start();
  await settle();
  timers.run(KEEPALIVE_MS);
  await settle();
  assert.equal(janus.requests.filter((r) => r.body.janus === "keepalive").length, 1);
  call.close();
  await settle();
  assert.ok(FakePC.made.every((pc) => pc.closed));
  assert.ok(janus.requests.some((r) => r.body.janus === "destroy"));
  assert.equal(janus.sessions.size, 0);
  assert.equal(timers.pending.size, 0);
  assert.equal(seen.states.at(-1), "closed");
  call.onSignal({ type: "signal", event: "welcome", data: { participant_id: 5 } });
  assert.equal(seen.welcomes.length, 0);
});

test("Janus's WebSocket transport: ids in the message, answers by transaction, events by sender", async () => {
  const janus = new FakeJanus();
  class FakeSocket {
    static made = [];
    constructor(url, protocol) {
      this.url = url;
      this.protocol = protocol;
      FakeSocket.made.push(this);
      queueMicrotask(() => this.onopen?.());
      this.sent = [];
    }
    send(text) {
      const message = JSON.parse(text);
      this.sent.push(message);
      const path = ["", "janus", message.session_id, message.handle_id].filter((x) => x !== undefined).join("/");
      const reply = janus.answer(path, message);
      queueMicrotask(() => this.onmessage?.({ data: JSON.stringify(reply) }));
      // Events of the session come on the socket too.
      const session = message.session_id ?? reply.data?.id;
      if (message.janus === "create") this.session = reply.data.id;
      queueMicrotask(async () => {
        const s = janus.sessions.get(this.session ?? session);
        if (s) for (const event of s.events.splice(0)) this.onmessage?.({ data: JSON.stringify(event) });
      });
    }
    close() {
      this.onclose?.();
    }
  }
  const session = new JanusSession("wss://janus.test/ws", { WebSocket: FakeSocket, timers: manualTimers() });
  await session.create();
  assert.equal(FakeSocket.made[0].protocol, "janus-protocol");
  const handle = await session.attach();
  const joined = handle.ask({ request: "join", ptype: "publisher", room: 42, id: 5, token: "t" });
  await settle();
  FakeSocket.made[0].send(JSON.stringify({ janus: "keepalive", session_id: session.id, transaction: "k" })); // flushes queued events
  const { data } = await joined;
  assert.equal(data.videoroom, "joined");
  assert.equal(data.private_id, 777);
  const sent = FakeSocket.made[0].sent.find((m) => m.janus === "message");
  assert.equal(sent.session_id, session.id);
  assert.equal(sent.handle_id, handle.id);
  await session.destroy();
  assert.equal(janus.sessions.size, 0);
});

test("a refusal from the plugin rejects the request with its code", async () => {
  const janus = new FakeJanus();
  const session = new JanusSession("http://janus.test/janus", { fetch: janus.fetch, timers: manualTimers() });
  await session.create();
  const handle = await session.attach();
  await assert.rejects(handle.ask({ request: "bogus" }), (error) => error.name === "JanusError" && error.code === 499);
  await session.destroy();
});

test("a page going away leaves Janus at once with a beacon, so a reload can join as the same publisher", async () => {
  const janus = new FakeJanus({ publishers: [{ id: 7 }] });
  const page = new EventTarget();
  const beacons = [];
  const sendBeacon = (url, body) => {
    beacons.push({ url, body: JSON.parse(body) });
    janus.answer(new URL(url).pathname, JSON.parse(body));
    return true;
  };
  FakePC.made = [];
  const call = new SfuCall({
    live: new FakeLive(),
    channel: "video:1:42",
    sfu: SFU,
    iceServers: [],
    stream: localStream(),
    io: { RTCPeerConnection: FakePC, fetch: janus.fetch, timers: manualTimers(), sendBeacon, window: page },
  });
  await call.start();
  await settle();
  const [session] = janus.sessions.keys();
  page.dispatchEvent(new Event("pagehide"));
  assert.deepEqual(beacons.map((b) => [new URL(b.url).pathname, b.body.janus]), [[`/janus/${session}`, "destroy"]]);
  assert.equal(janus.sessions.size, 0);
  call.close();
  await settle();
  assert.equal(janus.requests.filter((r) => r.body.janus === "destroy").length, 1); // not twice
  page.dispatchEvent(new Event("pagehide")); // closed: no longer listening
  assert.equal(beacons.length, 1);
});

test("a request cut short by a detach rejects its caller and leaves no unhandled rejection", async () => {
  const unhandled = [];
  const onUnhandled = (reason) => unhandled.push(reason);
  process.on("unhandledRejection", onUnhandled);
  try {
    const janus = new FakeJanus();
    let release;
    const slow = async (url, init = {}) => {
      if (init.method === "POST" && JSON.parse(init.body).janus === "message") {
        await new Promise((resolve) => (release = resolve)); // the ack is slow to come
      }
      return janus.fetch(url, init);
    };
    const session = new JanusSession("http://janus.test/janus", { fetch: slow, timers: manualTimers() });
    await session.create();
    const handle = await session.attach();
    const asked = handle.ask({ request: "join", ptype: "publisher", room: 42, id: 5, token: "t" });
    await settle();
    handle.detach(); // while the request is still on its way
    await settle();
    release();
    await assert.rejects(asked, (error) => error.name === "JanusError");
    await settle();
    assert.deepEqual(unhandled, []);
    await session.destroy();
  } finally {
    process.off("unhandledRejection", onUnhandled);
  }
});

test("Janus hanging up what we publish (ICE failed): we publish again on the same handle", async () => {
  const janus = new FakeJanus();
  const { call, timers } = makeCall(janus);
  await call.start();
  await settle();
  const first = FakePC.made[0];
  const mine = janus.publisherHandle(5);
  janus.queue(janus.handles.get(mine).session, { janus: "hangup", sender: mine, reason: "ICE failed" });
  await settle();
  assert.equal(first.closed, true);
  assert.equal(janus.sent("publish").length, 1);
  timers.run(1_000);
  await settle();
  assert.equal(janus.sent("publish").length, 2);
  const again = janus.sent("publish")[1];
  assert.equal(again.path, `/janus/${janus.handles.get(mine).session}/${mine}`); // same handle
  assert.equal(FakePC.made.at(-1).closed, false);
  call.close();
});

test("a feed Janus hung up on is subscribed to again, unless its publisher has gone", async () => {
  const janus = new FakeJanus({ publishers: [{ id: 7 }, { id: 9 }] });
  const { call, timers, seen } = makeCall(janus);
  await call.start();
  await settle();
  const subscriberOf = (feed) => [...janus.handles].find(([, h]) => h.kind === "subscriber" && h.feed === feed)[0];
  const session = janus.handles.get(subscriberOf(7)).session;
  janus.queue(session, { janus: "hangup", sender: subscriberOf(7), reason: "ICE failed" });
  janus.queue(session, { janus: "hangup", sender: subscriberOf(9), reason: "ICE failed" });
  janus.plugin(janus.publisherHandle(5), { videoroom: "event", unpublished: 9 }); // 9 left
  await settle();
  assert.deepEqual(seen.gone.sort(), [7, 9]);
  timers.run(1_000);
  await settle();
  const subscribed = [...janus.handles.values()].filter((h) => h.kind === "subscriber").map((h) => h.feed);
  assert.deepEqual(subscribed, [7]);
  call.close();
});

test("a kick after a hangup publishes nothing again", async () => {
  const janus = new FakeJanus();
  const { call, timers } = makeCall(janus);
  await call.start();
  await settle();
  const mine = janus.publisherHandle(5);
  janus.queue(janus.handles.get(mine).session, { janus: "hangup", sender: mine, reason: "kicked" });
  janus.plugin(mine, { videoroom: "event", leaving: "ok", reason: "kicked" });
  await settle();
  assert.equal(timers.pending.size, 0); // the publish again was called off
  assert.equal(janus.sent("publish").length, 1);
  call.close();
});

// -- the webinar (webrtc/webinar.js): the same room code, with no server signalling ----------

function makeWebinar(janus, { sfu, stream = null }) {
  FakePC.made = [];
  const timers = manualTimers();
  const media = new WebinarMedia({
    sfu,
    iceServers: [],
    stream,
    display: "Vera",
    io: { RTCPeerConnection: FakePC, fetch: janus.fetch, timers },
  });
  const seen = { peers: [], gone: [], problems: [], states: [], published: 0 };
  media.addEventListener("peer", ({ detail }) => seen.peers.push(detail.id));
  media.addEventListener("peer-gone", ({ detail }) => seen.gone.push(detail.id));
  media.addEventListener("problem", ({ detail }) => seen.problems.push(detail));
  media.addEventListener("sfu", ({ detail }) => seen.states.push(detail.state));
  media.addEventListener("published", () => (seen.published += 1));
  return { media, timers, seen };
}

test("a webinar viewer holds no publisher handle and subscribes with neither private id nor token", async () => {
  const janus = new FakeJanus({ publishers: [{ id: 7, display: "Sam" }] });
  const { media, seen } = makeWebinar(janus, { sfu: { url: SFU.url, room: 42, token: null, publisher_id: null } });
  // Told of a feed while its Janus session is still being made (a page opened on a running
  // webinar): the subscription waits for the session.
  const started = media.start();
  media.watch([7]);
  await started;
  await settle();
  assert.equal(janus.sent("join").filter((r) => r.body.body.ptype === "publisher").length, 0);
  assert.equal(janus.sent("join").length, 1);
  assert.equal(janus.sent("publish").length, 0);
  const [join] = janus.sent("join");
  assert.deepEqual(join.body.body, { request: "join", ptype: "subscriber", room: 42, streams: [{ feed: 7 }] });
  assert.deepEqual([...new Set(seen.peers)], [7]);
  assert.deepEqual(seen.states, ["connecting", "connected"]);
  // Every connection only receives: nothing of ours is sent.
  assert.ok(FakePC.made.every((pc) => pc.transceivers.length === 0));

  // The server's list changes: a new speaker is subscribed to, one who stopped is let go.
  media.watch([9]);
  await settle();
  assert.deepEqual(seen.gone, [7]);
  assert.deepEqual([...new Set(seen.peers)], [7, 9]);
  assert.deepEqual(seen.problems, []);
  media.close();
  assert.equal(seen.states.at(-1), "closed");
});

test("a webinar speaker joins as themself, publishes, says so, and mutes by disabling the track", async () => {
  const janus = new FakeJanus({ publishers: [{ id: 7, display: "Sam" }] });
  const stream = localStream();
  const { media, seen } = makeWebinar(janus, { sfu: { url: SFU.url, room: 42, token: "tok-3", publisher_id: 3 }, stream });
  media.watch([7]);
  await media.start();
  await settle();
  const [join] = janus.sent("join").filter((r) => r.body.body.ptype === "publisher");
  assert.deepEqual(join.body.body, { request: "join", ptype: "publisher", room: 42, id: 3, token: "tok-3", display: "Vera" });
  assert.equal(janus.sent("publish").length, 1);
  // "published" waits for Janus's webrtcup: before it nobody could subscribe to us.
  assert.equal(seen.published, 0);
  const mine = janus.publisherHandle(3);
  janus.queue(janus.handles.get(mine).session, { janus: "webrtcup", sender: mine });
  await settle();
  assert.equal(seen.published, 1);
  const subscriber = [...janus.handles.values()].find((h) => h.kind === "subscriber");
  assert.deepEqual([subscriber.feed, subscriber.privateId, subscriber.token], [7, 777, "tok-3"]);
  assert.equal(media.setMic(false), true);
  assert.equal(stream.getAudioTracks()[0].enabled, false);
  assert.equal(media.setCamera(false), true);
  assert.equal(stream.getVideoTracks()[0].enabled, false);

  // Returned to the audience: Janus kicks the publisher.
  janus.plugin(janus.publisherHandle(3), { videoroom: "event", room: 42, leaving: "ok", reason: "kicked" });
  await settle();
  assert.equal(seen.states.at(-1), "kicked");
  media.close();
});

test("a watched feed not up at Janus yet is subscribed to again a second later, a few times at most", async () => {
  const janus = new FakeJanus();
  janus.notUpYet.add(7);
  const { media, timers, seen } = makeWebinar(janus, { sfu: { url: SFU.url, room: 42, token: null, publisher_id: null } });
  await media.start();
  media.watch([7]);
  await settle();
  assert.equal(seen.problems.length, 1);
  assert.equal(seen.problems[0].error.code, 428);
  janus.notUpYet.delete(7);
  timers.run(1_000);
  await settle();
  assert.deepEqual([...new Set(seen.peers)], [7]);

  // A feed that never comes up: five more tries, then no more.
  janus.notUpYet.add(9);
  media.watch([7, 9]);
  await settle();
  for (let i = 0; i < 8; i += 1) {
    timers.run(1_000);
    await settle();
  }
  const tries = janus.requests.filter((r) => r.body.body?.request === "join" && r.body.body.streams?.[0].feed === 9);
  assert.equal(tries.length, 6);
  media.close();
});
