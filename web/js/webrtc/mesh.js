// A mesh video call over TwinSpace Live's signalling (docs/video.md, docs/web-client.md).
// No DOM: it takes a TwinspaceClient, the session's channel, the ICE servers the join gave and
// the local stream, and tells the page about remote streams through events.
//
// - `join` is published once the channel is subscribed, and again after every resubscription
//   (a reconnected socket rejoins the session in place: same participant id).
// - One RTCPeerConnection per peer, with perfect negotiation: the server says in the welcome
//   and in every relayed signal whether we are the polite side of that pair.
// - The newcomer offers to every peer of the welcome; the others answer.
// - ICE restart when a connection fails, and on every rejoin.
// - Signals relayed while a peer is between two sockets are lost (the server sends them to the
//   connection it last knew, which is gone). So the impolite side of a collision sends its
//   pending offer again (it may never have arrived), a copy of an offer already answered gets
//   the same answer again, and an answer we already applied is ignored. An offer from a new
//   peer connection (another SDP session id: the peer reloaded its page) starts a fresh link
//   at once, whatever the old link was waiting for.
// - A teacher's forced mute is honoured: the audio sender carries no track and its
//   transceiver is recvonly, so every offer we make is one the server accepts.

import { Call } from "./call.js";

/** Events: "peer" {detail: {id, stream}}, "peer-gone" {detail: {id}}, "welcome" {detail: data},
 * "problem" {detail: {what, error}} (a refused publish, a failed negotiation). */
export class MeshCall extends Call {
  /**
   * @param {object} options
   * @param {import("../twinspace-client.js").TwinspaceClient} options.live
   * @param {string} options.channel  the session's channel, `video:<space>:<session>`
   * @param {RTCIceServer[]} options.iceServers  from the join answer (`ice_servers`)
   * @param {MediaStream|null} options.stream  the local camera and microphone, or null
   * @param {boolean} [options.forceMuted]  muted by a teacher when joining
   * @param {typeof RTCPeerConnection} [options.RTCPeerConnection]
   */
  constructor({ RTCPeerConnection, ...options }) {
    super(options);
    this.PeerConnection = RTCPeerConnection ?? globalThis.RTCPeerConnection;
    this.peers = new Map(); // participant id -> PeerLink
  }

  /** Give every `signal` of the channel to the call. */
  onSignal(message) {
    if (this.closed) return;
    const { event, sender, data } = message;
    if (event === "welcome") return this.welcomed(data);
    if (!["offer", "answer", "candidate"].includes(event)) return;
    let link = this.peers.get(sender);
    if (!link) {
      if (event !== "offer") return; // a stray candidate or answer from a link we closed
      link = this.link(sender, Boolean(data.polite), false);
    }
    if (event === "offer" && !link.fresh && link.fromAnotherConnection(data.sdp)) {
      // The peer's page was reloaded: its new connection cannot continue our old one, and
      // what the old link waits for (an answer to an offer the peer never got) never comes.
      this.drop(sender);
      link = this.link(sender, Boolean(data.polite), false);
      link.fresh = true;
    }
    if (typeof data.polite === "boolean") link.polite = data.polite;
    const done = event === "candidate" ? link.onCandidate(data) : link.onDescription(event, data.sdp);
    done.catch((error) => {
      if (event === "offer" && this.peers.get(sender) === link && !link.fresh) {
        // The peer came back with a new connection (a reloaded page rejoins in place): our
        // old one cannot take its offer. Start afresh with it.
        this.drop(sender);
        const again = this.link(sender, link.polite, false);
        again.fresh = true;
        again.onDescription(event, data.sdp).catch((e) => this.problem(event, e));
      } else {
        this.problem(event, error);
      }
    });
  }

  welcomed(data) {
    this.me = data.participant_id;
    const present = new Set(data.peers.map((p) => p.id));
    for (const id of [...this.peers.keys()]) if (!present.has(id)) this.drop(id);
    for (const peer of data.peers) {
      const link = this.peers.get(peer.id);
      if (link) {
        // Back after a lost socket (ours or theirs): new ICE credentials on the same link.
        link.polite = peer.polite;
        link.pc.restartIce();
      } else {
        this.link(peer.id, peer.polite, true);
      }
    }
    if (data.force_muted) this.setForcedMute(true);
    this.dispatchEvent(new CustomEvent("welcome", { detail: data }));
    this.sendMedia();
  }

  link(id, polite, offerer) {
    const link = new PeerLink(this, id, polite);
    this.peers.set(id, link);
    if (offerer) link.attachTracks(); // adding the transceivers makes the first offer
    return link;
  }

  /** A peer left, was removed, or the session moved on without them: close our side. */
  drop(id) {
    const link = this.peers.get(id);
    if (!link) return;
    this.peers.delete(id);
    link.close();
    this.dispatchEvent(new CustomEvent("peer-gone", { detail: { id } }));
  }

  /** Participant updates from the channel's events: close links to those no longer joined. */
  onParticipant(p) {
    if (p.id === this.me) {
      if (p.force_muted !== this.forceMuted) this.setForcedMute(p.force_muted);
      return;
    }
    if (p.state !== "joined") this.drop(p.id);
  }

  /** A forced mute turns every link's audio transceiver recvonly (renegotiated). */
  audioChanged() {
    for (const link of this.peers.values()) link.updateAudio();
  }

  send(event, data) {
    return this.live.publish(this.channel, event, data).catch((error) => {
      // A peer that just left (not_found) or our socket between reconnects: the rejoin's
      // ICE restart sends fresh offers, so nothing to retry here.
      this.problem(event, error);
    });
  }

  /** Leave the call: close every link, stop listening. Publishing `leave` is the caller's. */
  close() {
    super.close();
    for (const id of [...this.peers.keys()]) this.drop(id);
  }
}

/** The session id of an SDP's origin line (`o=- <id> <version> ...`), or null: each
 * RTCPeerConnection has its own, kept across its renegotiations. */
export function sdpSession(sdp) {
  const origin = /^o=\S+ (\d+) /m.exec(sdp ?? "");
  return origin ? origin[1] : null;
}

/** One RTCPeerConnection to one peer, negotiated the "perfect negotiation" way. */
class PeerLink {
  constructor(call, id, polite) {
    this.call = call;
    this.id = id;
    this.polite = polite;
    this.makingOffer = false;
    this.ignoreOffer = false;
    this.attached = false;
    this.remote = new MediaStream();
    this.pc = new call.PeerConnection({ iceServers: call.iceServers });
    const pc = this.pc;
    pc.onnegotiationneeded = async () => {
      try {
        this.makingOffer = true;
        await pc.setLocalDescription();
        const restart = this.restarting === true;
        this.restarting = false;
        this.offerRestarts = restart;
        await call.send("offer", { to: id, sdp: pc.localDescription.sdp, ice_restart: restart });
      } catch (error) {
        call.problem("offer", error);
      } finally {
        this.makingOffer = false;
      }
    };
    pc.onicecandidate = ({ candidate }) => {
      if (!candidate || !candidate.candidate) return; // end of candidates: nothing to send
      call.send("candidate", {
        to: id,
        candidate: candidate.candidate,
        sdp_mid: candidate.sdpMid,
        sdp_mline_index: candidate.sdpMLineIndex,
      });
    };
    pc.ontrack = ({ track }) => {
      for (const old of this.remote.getTracks()) {
        if (old.kind === track.kind) this.remote.removeTrack(old);
      }
      this.remote.addTrack(track);
      call.dispatchEvent(new CustomEvent("peer", { detail: { id, stream: this.remote } }));
    };
    pc.oniceconnectionstatechange = () => {
      if (pc.iceConnectionState === "failed") {
        this.restarting = true;
        pc.restartIce(); // a new offer with fresh ICE credentials (negotiationneeded)
      }
    };
    const restartIce = pc.restartIce.bind(pc);
    pc.restartIce = () => {
      this.restarting = true;
      restartIce();
    };
  }

  /** Our camera and microphone on this link: one audio and one video transceiver. */
  attachTracks() {
    if (this.attached) return;
    this.attached = true;
    const stream = this.call.stream;
    const byKind = {};
    for (const t of this.pc.getTransceivers()) {
      const kind = t.receiver.track?.kind;
      if (kind && !byKind[kind] && !t.stopped) byKind[kind] = t;
    }
    for (const kind of ["audio", "video"]) {
      const track = stream?.getTracks().find((x) => x.kind === kind) ?? null;
      let transceiver = byKind[kind];
      if (!transceiver) {
        transceiver = this.pc.addTransceiver(track ?? kind, {
          direction: "recvonly",
          streams: stream ? [stream] : [],
        });
      } else if (stream && transceiver.sender.setStreams) {
        transceiver.sender.setStreams(stream);
      }
      this[kind] = transceiver;
      this.send(kind, track);
    }
  }

  send(kind, track) {
    const transceiver = this[kind];
    const sending = track !== null && (kind === "video" || this.call.micOn);
    transceiver.sender.replaceTrack(sending ? track : null).catch(() => {});
    transceiver.direction = sending ? "sendrecv" : "recvonly";
  }

  /** Microphone changed: a forced mute turns the audio transceiver recvonly (renegotiated). */
  updateAudio() {
    if (!this.attached) return;
    const track = this.call.stream?.getAudioTracks()[0] ?? null;
    this.send("audio", track);
  }

  /** Whether a peer's description comes from another RTCPeerConnection than the last one. */
  fromAnotherConnection(sdp) {
    const known = this.peerSession ?? null;
    const now = sdpSession(sdp);
    return known !== null && now !== null && known !== now;
  }

  async onDescription(type, sdp) {
    const pc = this.pc;
    this.peerSession = sdpSession(sdp) ?? this.peerSession ?? null;
    if (type === "answer" && pc.signalingState === "stable") return; // a copy, already applied
    if (type === "offer" && sdp === this.lastOffer) {
      // A copy of an offer we took (sent again by its impolite side, which may have missed
      // our answer): answer it again once answered; an answer in the making goes out anyway.
      if (pc.signalingState === "stable" && pc.localDescription?.type === "answer") {
        await this.call.send("answer", { to: this.id, sdp: pc.localDescription.sdp });
      }
      return;
    }
    const collision = type === "offer" && (this.makingOffer || pc.signalingState !== "stable");
    this.ignoreOffer = !this.polite && collision;
    if (this.ignoreOffer) {
      // Impolite: our offer wins, theirs is dropped. Ours may never have reached them (sent
      // while they were between sockets): send it again, with the candidates gathered since.
      if (!this.makingOffer && pc.signalingState === "have-local-offer" && pc.localDescription) {
        await this.call.send("offer", {
          to: this.id,
          sdp: pc.localDescription.sdp,
          ice_restart: this.offerRestarts === true,
        });
      }
      return;
    }
    if (type === "offer") this.lastOffer = sdp;
    await pc.setRemoteDescription({ type, sdp }); // polite: rolls our offer back if needed
    if (type === "offer") {
      this.attachTracks(); // answerer: reuse the offered transceivers for our media
      await pc.setLocalDescription();
      await this.call.send("answer", { to: this.id, sdp: pc.localDescription.sdp });
    }
  }

  async onCandidate(data) {
    try {
      await this.pc.addIceCandidate({
        candidate: data.candidate,
        sdpMid: data.sdp_mid ?? null,
        sdpMLineIndex: data.sdp_mline_index ?? null,
      });
    } catch (error) {
      if (!this.ignoreOffer) throw error; // candidates of an offer we ignored may not fit
    }
  }

  close() {
    this.pc.onnegotiationneeded = this.pc.onicecandidate = this.pc.ontrack = null;
    this.pc.oniceconnectionstatechange = null;
    this.pc.close();
    for (const track of this.remote.getTracks()) track.stop();
  }
}
