// What a video call does with the server whichever way its media goes (webrtc/mesh.js,
// webrtc/sfu.js): join the session's signalling (again after every resubscription: a rejoin in
// place), tell the server our microphone, camera and hand, honour a teacher's forced mute.
// No DOM. A subclass says what a microphone change means for its connections (`audioChanged`)
// and closes them in `close`.

/** Events every call dispatches: "welcome" {detail: data}, "problem" {detail: {what, error}}. */
export class Call extends EventTarget {
  /**
   * @param {object} options
   * @param {import("../twinspace-client.js").TwinspaceClient} options.live
   * @param {string} options.channel  the session's channel, `video:<space>:<session>`
   * @param {RTCIceServer[]} options.iceServers  from the join answer (`ice_servers`)
   * @param {MediaStream|null} options.stream  the local camera and microphone, or null
   * @param {boolean} [options.forceMuted]  muted by a teacher when joining
   */
  constructor({ live, channel, iceServers, stream, forceMuted = false }) {
    super();
    this.live = live;
    this.channel = channel;
    this.iceServers = iceServers ?? [];
    this.stream = stream;
    this.forceMuted = forceMuted;
    this.micOn = !forceMuted && Boolean(stream?.getAudioTracks().length);
    this.cameraOn = Boolean(stream?.getVideoTracks().length);
    this.me = null; // our participant id, from the welcome
    this.closed = false;
    this.onSubscribed = ({ detail }) => {
      if (detail.channel === this.channel && !this.closed) this.sendJoin();
    };
    for (const track of stream?.getAudioTracks() ?? []) track.enabled = this.micOn;
  }

  /** Start: call once the channel is subscribed (the page subscribes, and hands us `signal`s). */
  start() {
    this.live.addEventListener("subscribed", this.onSubscribed);
    return this.sendJoin();
  }

  async sendJoin() {
    try {
      await this.live.publish(this.channel, "join", {});
    } catch (error) {
      this.problem("join", error);
    }
  }

  /** Muted by a teacher (server state): no audio leaves us until a teacher allows it. */
  setForcedMute(muted) {
    this.forceMuted = muted;
    if (muted) this.setMic(false);
  }

  /** Our microphone on or off. Refused (false) while a teacher keeps us muted. */
  setMic(on) {
    if (on && (this.forceMuted || !this.stream?.getAudioTracks().length)) return false;
    this.micOn = on;
    for (const track of this.stream?.getAudioTracks() ?? []) track.enabled = on;
    this.audioChanged();
    this.sendMedia();
    return true;
  }

  /** What our connections do when the microphone (or a forced mute) changes. */
  audioChanged() {}

  setCamera(on) {
    if (on && !this.stream?.getVideoTracks().length) return false;
    this.cameraOn = on;
    for (const track of this.stream?.getVideoTracks() ?? []) track.enabled = on;
    this.sendMedia();
    return true;
  }

  async raiseHand(raised) {
    try {
      await this.live.publish(this.channel, "hand", { raised });
      return true;
    } catch (error) {
      this.problem("hand", error);
      return false;
    }
  }

  async sendMedia() {
    if (this.me === null) return;
    try {
      await this.live.publish(this.channel, "media", { mic: this.micOn, camera: this.cameraOn });
    } catch (error) {
      this.problem("media", error);
    }
  }

  problem(what, error) {
    this.dispatchEvent(new CustomEvent("problem", { detail: { what, error } }));
  }

  /** Stop listening to the server. Publishing `leave` is the caller's. */
  close() {
    this.closed = true;
    this.live.removeEventListener("subscribed", this.onSubscribed);
  }
}
