// Unit tests of web/js/webrtc/mesh.js against a scripted fake RTCPeerConnection and a fake
// live client: who offers, perfect negotiation on a collision, forced mute, rejoin, leaving.

import assert from "node:assert/strict";
import { test } from "node:test";

import { MeshCall } from "../../../web/js/webrtc/mesh.js";

import "./fake-media.mjs";


const tick = () => new Promise((resolve) => setImmediate(resolve));

function transceiver(kindOrTrack, direction) {
  const kind = typeof kindOrTrack === "string" ? kindOrTrack : kindOrTrack.kind;
  return {
    direction,
    stopped: false,
    receiver: { track: { kind } },
    sender: {
      track: typeof kindOrTrack === "string" ? null : kindOrTrack,
      replaceTrack(t) {
        this.track = t;
        return Promise.resolve();
      },
      setStreams() {},
    },
  };
}

class FakePC {
  static made = [];
  constructor(config) {
    this.config = config;
    this.signalingState = "stable";
    this.iceConnectionState = "new";
    this.transceivers = [];
    this.candidates = [];
    this.restarts = 0;
    this.closed = false;
    this.serial = 0;
    FakePC.made.push(this);
  }
  needed() {
    queueMicrotask(() => this.signalingState === "stable" && this.onnegotiationneeded?.());
  }
  getTransceivers() {
    return this.transceivers;
  }
  addTransceiver(kindOrTrack, init) {
    const t = transceiver(kindOrTrack, init.direction);
    this.transceivers.push(t);
    this.needed();
    return t;
  }
  async setLocalDescription() {
    const type = this.signalingState === "have-remote-offer" ? "answer" : "offer";
    const audio = this.transceivers.find((t) => t.receiver.track.kind === "audio");
    this.localDescription = { type, sdp: `${type}-${++this.serial} audio:${audio?.direction}` };
    this.signalingState = type === "offer" ? "have-local-offer" : "stable";
  }
  async setRemoteDescription({ type }) {
    if (this.refuseOffers && type === "offer") throw new Error("cannot apply that offer");
    if (type === "offer") {
      if (!this.transceivers.length) {
        this.transceivers.push(transceiver("audio", "recvonly"), transceiver("video", "recvonly"));
      }
      this.signalingState = "have-remote-offer"; // after an implicit rollback, if any
    } else {
      this.signalingState = "stable";
    }
    this.remoteType = type;
  }
  async addIceCandidate(c) {
    this.candidates.push(c);
  }
  restartIce() {
    this.restarts += 1;
    this.needed();
  }
  close() {
    this.closed = true;
  }
}

class FakeLive extends EventTarget {
  constructor() {
    super();
    this.sent = [];
  }
  publish(channel, event, data) {
    this.sent.push({ channel, event, data });
    return Promise.resolve({ type: "ack" });
  }
  of(event) {
    return this.sent.filter((m) => m.event === event);
  }
}

function track(kind) {
  return { kind, enabled: true, stop() {} };
}

function setup({ forceMuted = false } = {}) {
  FakePC.made = [];
  const live = new FakeLive();
  const audio = track("audio");
  const video = track("video");
  const stream = {
    getTracks: () => [audio, video],
    getAudioTracks: () => [audio],
    getVideoTracks: () => [video],
  };
  const call = new MeshCall({
    live,
    channel: "video:1:2",
    iceServers: [{ urls: ["stun:127.0.0.1:3478"] }],
    stream,
    forceMuted,
    RTCPeerConnection: FakePC,
  });
  return { call, live, audio, video };
}

const signal = (event, sender, data) => ({ type: "signal", channel: "video:1:2", event, sender, data });
const welcome = (peers, extra = {}) =>
  signal("welcome", 5, { participant_id: 5, peers, force_muted: false, rejoined: false, ...extra });

test("start publishes join; the newcomer offers to every peer of the welcome", async () => {
  const { call, live } = setup();
  call.start();
  assert.deepEqual(live.of("join").map((m) => m.data), [{}]);
  call.onSignal(welcome([{ id: 3, polite: true }, { id: 4, polite: true }]));
  await tick();
  assert.equal(FakePC.made.length, 2);
  assert.deepEqual(FakePC.made[0].config, { iceServers: [{ urls: ["stun:127.0.0.1:3478"] }] });
  const offers = live.of("offer").map((m) => [m.data.to, m.data.ice_restart]);
  assert.deepEqual(offers, [
    [3, false],
    [4, false],
  ]);
  assert.ok(live.of("offer")[0].data.sdp.includes("audio:sendrecv"));
  assert.deepEqual(live.of("media").at(-1).data, { mic: true, camera: true });
});

test("an offer from a new peer is answered with our media on its transceivers", async () => {
  const { call, live, audio, video } = setup();
  call.start();
  call.onSignal(welcome([]));
  call.onSignal(signal("offer", 9, { sdp: "remote-offer", polite: false }));
  await tick();
  const [pc] = FakePC.made;
  assert.deepEqual(live.of("answer").map((m) => m.data.to), [9]);
  assert.deepEqual(
    pc.transceivers.map((t) => [t.sender.track, t.direction]),
    [
      [audio, "sendrecv"],
      [video, "sendrecv"],
    ],
  );
  call.onSignal(signal("candidate", 9, { candidate: "candidate:1 1 udp 1 127.0.0.1 5000 typ host", sdp_mid: "0", sdp_mline_index: 0 }));
  await tick();
  assert.equal(pc.candidates[0].sdpMid, "0");
});

test("on a collision the impolite side ignores the other's offer, the polite one answers", async () => {
  for (const polite of [false, true]) {
    const { call, live } = setup();
    call.start();
    call.onSignal(welcome([{ id: 3, polite }]));
    await tick(); // our offer is out: have-local-offer
    assert.equal(live.of("offer").length, 1);
    call.onSignal(signal("offer", 3, { sdp: "their-offer", polite }));
    await tick();
    assert.equal(live.of("answer").length, polite ? 1 : 0, `polite=${polite}`);
  }
});

test("a forced mute takes the microphone off every link and keeps it off", async () => {
  const { call, live, audio } = setup();
  call.start();
  call.onSignal(welcome([{ id: 3, polite: true }]));
  await tick();
  call.onParticipant({ id: 5, state: "joined", force_muted: true });
  const [pc] = FakePC.made;
  const tx = pc.transceivers.find((t) => t.receiver.track.kind === "audio");
  assert.equal(tx.sender.track, null);
  assert.equal(tx.direction, "recvonly");
  assert.equal(audio.enabled, false);
  assert.equal(call.setMic(true), false);
  assert.deepEqual(live.of("media").at(-1).data, { mic: false, camera: true });
  call.onParticipant({ id: 5, state: "joined", force_muted: false });
  assert.equal(call.setMic(true), true);
  assert.equal(tx.direction, "sendrecv");
  assert.equal(tx.sender.track, audio);
});

test("joining already muted offers audio recvonly", async () => {
  const { call, live } = setup({ forceMuted: true });
  call.start();
  call.onSignal(welcome([{ id: 3, polite: true }], { force_muted: true }));
  await tick();
  assert.ok(live.of("offer")[0].data.sdp.includes("audio:recvonly"));
  assert.deepEqual(live.of("media").at(-1).data, { mic: false, camera: true });
});

test("a rejoin restarts ICE on the links it keeps and closes the others", async () => {
  const { call, live } = setup();
  const gone = [];
  call.addEventListener("peer-gone", ({ detail }) => gone.push(detail.id));
  call.start();
  call.onSignal(welcome([{ id: 3, polite: true }, { id: 4, polite: true }]));
  await tick();
  const [three, four] = FakePC.made;
  for (const pc of FakePC.made) pc.signalingState = "stable"; // answered
  live.dispatchEvent(new CustomEvent("subscribed", { detail: { channel: "video:1:2" } }));
  assert.equal(live.of("join").length, 2);
  call.onSignal(welcome([{ id: 3, polite: true }], { rejoined: true }));
  await tick();
  assert.equal(three.restarts, 1);
  assert.equal(live.of("offer").at(-1).data.ice_restart, true);
  assert.equal(four.closed, true);
  assert.deepEqual(gone, [4]);
});

test("a peer announced left is dropped; close ends every link and the rejoins", async () => {
  const { call, live } = setup();
  call.start();
  call.onSignal(welcome([{ id: 3, polite: true }, { id: 4, polite: true }]));
  await tick();
  call.onParticipant({ id: 3, state: "left", force_muted: false });
  assert.equal(FakePC.made[0].closed, true);
  assert.equal(FakePC.made[1].closed, false);
  call.close();
  assert.equal(FakePC.made[1].closed, true);
  live.dispatchEvent(new CustomEvent("subscribed", { detail: { channel: "video:1:2" } }));
  assert.equal(live.of("join").length, 1);
});

test("a failed ICE connection is restarted with a new offer marked ice_restart", async () => {
  const { call, live } = setup();
  call.start();
  call.onSignal(welcome([{ id: 3, polite: true }]));
  await tick();
  const [pc] = FakePC.made;
  pc.signalingState = "stable"; // answered
  pc.iceConnectionState = "disconnected";
  pc.oniceconnectionstatechange();
  assert.equal(pc.restarts, 0); // disconnected may recover by itself
  pc.iceConnectionState = "failed";
  pc.oniceconnectionstatechange();
  await tick();
  assert.equal(pc.restarts, 1);
  assert.deepEqual(
    live.of("offer").map((m) => m.data.ice_restart),
    [false, true],
  );
});

test("an offer our old connection cannot take (a reloaded peer) gets a fresh connection", async () => {
  const { call, live } = setup();
  const gone = [];
  call.addEventListener("peer-gone", ({ detail }) => gone.push(detail.id));
  call.start();
  call.onSignal(welcome([{ id: 3, polite: true }]));
  await tick();
  const [old] = FakePC.made;
  old.signalingState = "stable";
  old.refuseOffers = true;
  call.onSignal(signal("offer", 3, { sdp: "offer-from-a-new-page", polite: true }));
  await tick();
  await tick();
  assert.equal(old.closed, true);
  assert.deepEqual(gone, [3]);
  assert.equal(FakePC.made.length, 2);
  assert.equal(FakePC.made[1].remoteType, "offer");
  assert.deepEqual(live.of("answer").map((m) => m.data.to), [3]);
});

const sdpOf = (session, version = 2) => `v=0\r\no=- ${session} ${version} IN IP4 127.0.0.1\r\ns=-\r\n`;

test("an impolite side that ignores a colliding offer sends its own offer again", async () => {
  // Our offer went out while the peer was between two sockets: the server relayed it to a
  // connection that was gone. The peer's own offer collides with it; we win, so we say ours again.
  const { call, live } = setup();
  call.start();
  call.onSignal(welcome([{ id: 3, polite: false }]));
  await tick();
  const ours = live.of("offer")[0].data.sdp;
  call.onSignal(signal("offer", 3, { sdp: sdpOf(111), polite: false }));
  await tick();
  assert.equal(live.of("answer").length, 0);
  assert.deepEqual(live.of("offer").map((m) => [m.data.to, m.data.sdp]), [
    [3, ours],
    [3, ours],
  ]);
  // Their answer to the first copy, then a second one to the copy: the second is ignored.
  call.onSignal(signal("answer", 3, { sdp: sdpOf(111, 3), polite: false }));
  call.onSignal(signal("answer", 3, { sdp: sdpOf(111, 3), polite: false }));
  await tick();
  assert.equal(FakePC.made[0].signalingState, "stable");
  assert.equal(live.of("problem").length, 0);
});

test("a copy of an offer already answered is answered again, not applied twice", async () => {
  const { call, live } = setup();
  const problems = [];
  call.addEventListener("problem", ({ detail }) => problems.push(detail.what));
  call.start();
  call.onSignal(welcome([]));
  call.onSignal(signal("offer", 9, { sdp: sdpOf(222), polite: true }));
  await tick();
  const [pc] = FakePC.made;
  let applied = 0;
  const apply = pc.setRemoteDescription.bind(pc);
  pc.setRemoteDescription = (d) => {
    applied += 1;
    return apply(d);
  };
  call.onSignal(signal("offer", 9, { sdp: sdpOf(222), polite: true }));
  await tick();
  assert.equal(applied, 0);
  const answers = live.of("answer").map((m) => m.data.sdp);
  assert.equal(answers.length, 2);
  assert.equal(answers[0], answers[1]);
  assert.deepEqual(problems, []);
});

test("an offer from the peer's new page replaces the link even while our offer is pending", async () => {
  // Impolite, with an offer of ours pending that the peer's old page never answered: the
  // reloaded page's offer (another SDP session) is taken on a fresh link, not ignored.
  const { call, live } = setup();
  const gone = [];
  call.addEventListener("peer-gone", ({ detail }) => gone.push(detail.id));
  call.start();
  call.onSignal(welcome([{ id: 3, polite: false }]));
  await tick();
  call.onSignal(signal("answer", 3, { sdp: sdpOf(111), polite: false }));
  await tick();
  const [old] = FakePC.made;
  old.restartIce(); // our rejoin's ICE restart, lost on the way
  await tick();
  assert.equal(old.signalingState, "have-local-offer");
  call.onSignal(signal("offer", 3, { sdp: sdpOf(333), polite: false }));
  await tick();
  await tick();
  assert.equal(old.closed, true);
  assert.deepEqual(gone, [3]);
  assert.equal(FakePC.made.length, 2);
  assert.equal(FakePC.made[1].remoteType, "offer");
  assert.deepEqual(live.of("answer").map((m) => m.data.to), [3]);
});
