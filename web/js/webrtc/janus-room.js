// A Janus VideoRoom from the page (no DOM): join it as oneself and publish a stream, subscribe
// to the others' feeds, follow them as they come and go, and come back after Janus loses the
// session. Shared by the meeting's SFU call (webrtc/sfu.js, which adds the server's session
// signalling) and the webinar (webrtc/webinar.js, where the audience holds no publisher handle).
//
// A mixin, `JanusRoom(Base)`: `Base` brings `closed`, `stream`, `iceServers`, `forceMuted`
// and `problem(what, error)` (webrtc/call.js's `Call` does; webinar.js has a small base).
//
// - With a publisher token (`sfu.token`) we join the room as ourselves (`ptype: publisher`,
//   `publisher_id`), Janus answers a `private_id`, and we publish our stream on that handle (one
//   RTCPeerConnection, max-bundle as Janus does). Without one (a webinar's viewer) there is no
//   publisher handle: we only subscribe.
// - Every other feed is subscribed on a handle and a connection of its own, with our
//   `private_id` when we have one (a classroom room requires it, so a kick ends our
//   subscriptions too). Feeds come from Janus's events to our publisher handle and from
//   `watch(ids)` (the server's list of who publishes: the audience's only source).
// - A room with every publisher seat taken still lets us watch: the `problem` "publish" says
//   so and we stay receive-only.

import { JanusSession } from "./janus.js";

/** Back-off between attempts to reach the SFU again: 1 s, 2 s, 4 s … at most 15 s. */
const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 15_000;
/** Wait before publishing again, or subscribing again to a feed, after Janus hung up on it. */
const AGAIN_MS = 1_000;
/** Subscriptions to a watched feed tried again after a failure, a second apart. */
const SUBSCRIBE_TRIES = 5;
/** Janus's VideoRoom: "Maximum number of publishers already reached". */
export const PUBLISHERS_FULL = 432;

/** Events: "peer" {detail: {id, stream}}, "peer-gone" {detail: {id}}, "published" (our
 * connection to Janus is up: others may subscribe to us), "sfu" {detail: {state}} ("connecting", "connected", "reconnecting", "kicked",
 * "destroyed", "closed"), "problem" {detail: {what, error}} (a refused publish or subscription,
 * the SFU out of reach). */
export const JanusRoom = (Base) =>
  class extends Base {
    /**
     * @param {object} options  `Base`'s, and:
     * @param {{url: string, room: number, token?: string|null, publisher_id?: number|null}} options.sfu
     *   the way into the room the server gave (`JoinedVideo.sfu`, `LiveJoined.sfu`)
     * @param {string} [options.display]  our name, as Janus shows it to the room
     * @param {object} [options.io]  `RTCPeerConnection`, `fetch`, `WebSocket`, `timers`,
     *   `sendBeacon`, `window` (tests)
     */
    constructor({ sfu, display = "", io = {}, ...options }) {
      super(options);
      this.sfu = sfu;
      this.display = display;
      this.io = io;
      this.PeerConnection = io.RTCPeerConnection ?? globalThis.RTCPeerConnection;
      this.timers = io.timers ?? globalThis;
      this.janus = null; // the JanusSession
      this.publisher = null; // {handle, pc}: our join, and what we send
      this.privateId = null;
      this.feeds = new Map(); // publisher id -> Subscription
      this.wanted = new Set(); // feeds we were told publish (watch)
      this.attempt = 0;
      this.retry = null;
      this.later = new Set(); // timers of a publish or subscription to do again
      this.departed = new Set(); // feeds announced gone: not subscribed to again
      this.inRoom = false; // our Janus session is made (and joined, with a token)
      this.retries = new Map(); // feed -> failed subscriptions since it was last watched
      // A reload or a closed tab: leave Janus at once (webrtc/janus.js, farewell).
      this.page = io.window ?? globalThis.window ?? null;
      this.onPageHide = () => this.janus?.farewell();
    }

    /** Join the room (and publish, with a token and a stream). */
    openRoom() {
      this.page?.addEventListener("pagehide", this.onPageHide);
      return this.connect();
    }

    /** The feeds that publish now, as the server lists them: subscribe to the new ones, close
     * those no longer listed. */
    watch(ids) {
      const now = new Set(ids);
      for (const feed of this.wanted) {
        if (now.has(feed)) continue;
        this.departed.add(feed);
        this.unsubscribe(feed);
      }
      for (const feed of now) if (!this.wanted.has(feed)) this.retries.delete(feed);
      this.wanted = now;
      for (const feed of now) {
        this.departed.delete(feed);
        // Not in the room yet: connect() subscribes to what is wanted once it is.
        if (this.inRoom) this.subscribe(feed);
      }
    }

    // -- Janus: the room ----------------------------------------------------------------------

    state(state) {
      this.dispatchEvent(new CustomEvent("sfu", { detail: { state } }));
    }

    async connect() {
      if (this.closed) return;
      this.state(this.attempt ? "reconnecting" : "connecting");
      const janus = new JanusSession(this.sfu.url, this.io);
      this.janus = janus;
      janus.onLost = (error) => this.lost(janus, error);
      try {
        await janus.create();
        if (this.closed || this.janus !== janus) return janus.destroy();
        if (!this.sfu.token) {
          // The audience of a webinar: no publisher handle (its room asks no private id of
          // subscribers), only the feeds it was told of.
          this.attempt = 0;
          this.inRoom = true;
          this.state("connected");
          for (const feed of this.wanted) this.subscribe(feed);
          return;
        }
        const handle = await janus.attach();
        handle.onEvent = (event) => this.onPublisherEvent(event);
        const { data } = await handle.ask({
          request: "join",
          ptype: "publisher",
          room: this.sfu.room,
          id: this.sfu.publisher_id,
          token: this.sfu.token,
          display: this.display,
        });
        if (this.closed || this.janus !== janus) return;
        this.publisher = { handle, pc: null };
        this.privateId = data.private_id;
        this.attempt = 0;
        this.inRoom = true;
        this.state("connected");
        for (const feed of data.publishers ?? []) {
          this.departed.delete(feed.id);
          this.subscribe(feed.id);
        }
        for (const feed of this.wanted) this.subscribe(feed);
        await this.publish();
      } catch (error) {
        this.lost(janus, error);
      }
    }

    /** The Janus session went away (or could not be made): start again after a while. */
    lost(janus, error) {
      if (this.closed || this.janus !== janus) return;
      this.teardown();
      if (this.attempt === 0) this.problem("sfu", error); // once an outage, not every retry
      const wait = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** this.attempt);
      this.attempt += 1;
      this.state("reconnecting");
      this.retry = this.timers.setTimeout(() => {
        this.retry = null;
        this.connect();
      }, wait);
    }

    /** Our camera and microphone into the room, on the publisher handle. */
    async publish() {
      if (!this.stream?.getTracks().length || !this.publisher) return;
      const { handle } = this.publisher;
      const pc = this.connection(handle);
      this.publisher.pc = pc;
      for (const track of this.stream.getTracks()) {
        pc.addTransceiver(track, { direction: "sendonly", streams: [this.stream] });
      }
      this.audioChanged();
      try {
        await pc.setLocalDescription(await pc.createOffer());
        const { jsep } = await handle.ask({ request: "publish", display: this.display }, {
          type: "offer",
          sdp: pc.localDescription.sdp,
        });
        if (jsep) await pc.setRemoteDescription(jsep);
      } catch (error) {
        // Every seat taken (PUBLISHERS_FULL), or refused: we still see and hear the others.
        pc.close();
        if (this.publisher) this.publisher.pc = null;
        this.problem("publish", error);
      }
    }

    /** One RTCPeerConnection to Janus for a handle, trickling our candidates to it. */
    connection(handle) {
      const pc = new this.PeerConnection({ iceServers: this.iceServers, bundlePolicy: "max-bundle" });
      pc.onicecandidate = ({ candidate }) => {
        handle.trickle(candidate && candidate.candidate ? candidate : null);
      };
      return pc;
    }

    onPublisherEvent(event) {
      if (event.janus === "hangup") {
        // Janus closed what we publish (ICE failed, a network change): we are still in the
        // room, so publish again on the same handle. A kick hangs up too, then says so.
        this.closeConnection(this.publisher?.pc);
        if (this.publisher) this.publisher.pc = null;
        return this.again(() => this.publish());
      }
      if (event.janus === "trickle") return this.remoteCandidate(this.publisher?.pc, event.candidate);
      // Our connection to Janus is up: only now may others subscribe to us (Janus answers "No
      // such feed" to a subscription of a publisher whose connection is not up yet).
      if (event.janus === "webrtcup") return this.dispatchEvent(new CustomEvent("published"));
      if (event.janus !== "event") return;
      const data = event.plugindata?.data ?? {};
      if (data.videoroom === "destroyed") return this.ended("destroyed");
      if (data.videoroom !== "event") return;
      for (const feed of data.publishers ?? []) {
        this.departed.delete(feed.id);
        this.subscribe(feed.id);
      }
      const gone = data.unpublished ?? data.leaving;
      if (gone === "ok") {
        if (data.reason === "kicked") this.ended("kicked");
      } else if (gone !== undefined) {
        this.departed.add(Number(gone));
        this.unsubscribe(Number(gone));
      }
    }

    /** ``action`` a moment from now, unless the call is torn down first. */
    again(action) {
      const timer = this.timers.setTimeout(() => {
        this.later.delete(timer);
        if (!this.closed && this.janus) action();
      }, AGAIN_MS);
      this.later.add(timer);
    }

    ended(why) {
      // Kicked (removed by a teacher) or the room destroyed (the session ended): the server's
      // events tell the page what happened; here the media stops.
      this.teardown();
      this.state(why);
    }

    // -- Janus: the feeds of the others -------------------------------------------------------

    async subscribe(feed) {
      if (this.closed || feed === this.sfu.publisher_id || this.feeds.has(feed) || !this.janus) return;
      const subscription = { feed, handle: null, pc: null, stream: new MediaStream() };
      this.feeds.set(feed, subscription);
      const janus = this.janus;
      try {
        const handle = await janus.attach();
        subscription.handle = handle;
        if (this.feeds.get(feed) !== subscription) return handle.detach();
        handle.onEvent = (event) => this.onSubscriberEvent(subscription, event);
        const join = { request: "join", ptype: "subscriber", room: this.sfu.room, streams: [{ feed }] };
        // Janus checks the types of what is there: a webinar's audience has neither to give.
        if (this.privateId !== null) join.private_id = this.privateId;
        if (this.sfu.token) join.token = this.sfu.token;
        const { jsep } = await handle.ask(join);
        if (jsep) await this.answer(subscription, jsep);
      } catch (error) {
        if (this.feeds.get(feed) === subscription) this.unsubscribe(feed);
        if (this.closed || this.janus !== janus) return;
        this.problem("subscribe", error);
        // A feed the server still lists (`watch`) may not be up at Janus yet: try again a few
        // times, a second apart.
        const tries = (this.retries.get(feed) ?? 0) + 1;
        this.retries.set(feed, tries);
        if (this.wanted.has(feed) && tries <= SUBSCRIBE_TRIES) {
          this.again(() => this.wanted.has(feed) && !this.departed.has(feed) && this.subscribe(feed));
        }
      }
    }

    /** Janus offers a feed's streams (first, and again when they change): answer, then start. */
    async answer(subscription, offer) {
      let pc = subscription.pc;
      if (!pc) {
        pc = this.connection(subscription.handle);
        subscription.pc = pc;
        pc.ontrack = ({ track }) => {
          for (const old of subscription.stream.getTracks()) {
            if (old.kind === track.kind) subscription.stream.removeTrack(old);
          }
          subscription.stream.addTrack(track);
          this.dispatchEvent(new CustomEvent("peer", { detail: { id: subscription.feed, stream: subscription.stream } }));
        };
      }
      await pc.setRemoteDescription(offer);
      await pc.setLocalDescription(await pc.createAnswer());
      await subscription.handle.ask({ request: "start" }, { type: "answer", sdp: pc.localDescription.sdp });
    }

    onSubscriberEvent(subscription, event) {
      if (this.feeds.get(subscription.feed) !== subscription) return;
      if (event.janus === "detached") return this.unsubscribe(subscription.feed);
      if (event.janus === "hangup") {
        // Janus closed this feed's connection (ICE failed, say) but the publisher may still
        // be there: subscribe again. One who left is announced (`unpublished`) and then gone.
        const { feed } = subscription;
        this.unsubscribe(feed);
        return this.again(() => this.departed.has(feed) || this.subscribe(feed));
      }
      if (event.janus === "trickle") return this.remoteCandidate(subscription.pc, event.candidate);
      if (event.janus === "event" && event.jsep?.type === "offer") {
        this.answer(subscription, event.jsep).catch((error) => this.problem("subscribe", error));
      }
    }

    remoteCandidate(pc, candidate) {
      if (!pc || !candidate || candidate.completed) return;
      pc.addIceCandidate(candidate).catch(() => {}); // a late candidate of a closed connection
    }

    unsubscribe(feed) {
      const subscription = this.feeds.get(feed);
      if (!subscription) return;
      this.feeds.delete(feed);
      subscription.handle?.detach();
      this.closeConnection(subscription.pc);
      for (const track of subscription.stream.getTracks()) track.stop();
      this.dispatchEvent(new CustomEvent("peer-gone", { detail: { id: feed } }));
    }

    closeConnection(pc) {
      if (!pc) return;
      pc.onicecandidate = pc.ontrack = null;
      pc.close();
    }

    // -- our own media ------------------------------------------------------------------------

    /** A forced mute sends no audio at all (not silence): the sender carries no track. The
     * server mutes us at Janus too. */
    audioChanged() {
      const pc = this.publisher?.pc;
      if (!pc) return;
      const track = this.stream?.getAudioTracks()[0] ?? null;
      for (const transceiver of pc.getTransceivers()) {
        const kind = transceiver.sender.track?.kind ?? transceiver.receiver?.track?.kind;
        if (kind !== "audio") continue;
        transceiver.sender.replaceTrack(this.forceMuted ? null : track).catch(() => {});
      }
    }

    /** Everything Janus-side: every connection closed, the Janus session destroyed. */
    teardown() {
      this.inRoom = false;
      for (const timer of this.later) this.timers.clearTimeout(timer);
      this.later.clear();
      for (const feed of [...this.feeds.keys()]) this.unsubscribe(feed);
      this.closeConnection(this.publisher?.pc);
      this.publisher = null;
      this.privateId = null;
      const janus = this.janus;
      this.janus = null;
      janus?.destroy();
    }

    /** Leave the room: every connection closed, the Janus session destroyed. */
    closeRoom() {
      if (this.retry !== null) this.timers.clearTimeout(this.retry);
      this.retry = null;
      this.page?.removeEventListener("pagehide", this.onPageHide);
      this.teardown();
      this.state("closed");
    }
  };
