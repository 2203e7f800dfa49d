// An event's live webinar from the page (issue 22, docs/events.md): the event's own Janus room
// through webrtc/janus-room.js, the meeting's SFU code. No DOM, and no server signalling: the
// server says who publishes (`live.session` on `qa:EVENT`) and the page passes it on (`watch`).
//
// - The audience joins with no token (`LiveJoined.sfu.token` is null): no publisher handle, no
//   camera or microphone, only a subscription per speaker's feed (their account id).
// - Who may publish (the organiser, the speakers, a promoted viewer) joins as themselves and,
//   given a stream, publishes it; "published" says it is up, so the page tells the server.
// - A speaker returned to the audience is kicked at Janus: "sfu" {state: "kicked"}.

import { JanusRoom } from "./janus-room.js";

/** What JanusRoom needs of its base: the stream, the ICE servers, problems as events. */
class WebinarBase extends EventTarget {
  constructor({ iceServers, stream = null }) {
    super();
    this.iceServers = iceServers ?? [];
    this.stream = stream;
    this.forceMuted = false; // no forced mute in a webinar: a moderator returns a speaker
    this.closed = false;
    this.micOn = Boolean(stream?.getAudioTracks().length);
    this.cameraOn = Boolean(stream?.getVideoTracks().length);
  }

  problem(what, error) {
    this.dispatchEvent(new CustomEvent("problem", { detail: { what, error } }));
  }
}

/** Events: JanusRoom's ("peer", "peer-gone", "published", "sfu", "problem"). */
export class WebinarMedia extends JanusRoom(WebinarBase) {
  /**
   * @param {object} options
   * @param {{url: string, room: number, token: string|null, publisher_id: number|null}} options.sfu
   *   `LiveJoined.sfu`
   * @param {RTCIceServer[]} options.iceServers  `LiveJoined.ice_servers`
   * @param {MediaStream|null} [options.stream]  the camera and microphone to publish (speakers)
   * @param {string} [options.display]  our name, as Janus shows it
   * @param {object} [options.io]  as JanusRoom's (tests)
   */
  start() {
    return this.openRoom();
  }

  /** Our microphone on or off (a disabled track sends silence). */
  setMic(on) {
    if (on && !this.stream?.getAudioTracks().length) return false;
    this.micOn = on;
    for (const track of this.stream?.getAudioTracks() ?? []) track.enabled = on;
    return true;
  }

  setCamera(on) {
    if (on && !this.stream?.getVideoTracks().length) return false;
    this.cameraOn = on;
    for (const track of this.stream?.getVideoTracks() ?? []) track.enabled = on;
    return true;
  }

  /** Leave the room. The stream is the caller's to stop. */
  close() {
    if (this.closed) return;
    this.closed = true;
    this.closeRoom();
  }
}
