// A video call through the SFU: the session's room in Janus's VideoRoom (docs/video.md,
// "Classroom scale"). Same surface as MeshCall (webrtc/mesh.js), so the page swaps one for the
// other when the server switches the session (`session.mode: "sfu"`).
//
// - The server still hears us on the session's channel: `join` (again after each resubscription,
//   which rejoins in place), `media`, `hand` and `leave`. Only the media moves to Janus.
// - In Janus we join the room as ourselves: `ptype: publisher` with the `publisher_id` (our
//   participant id) and the `token` the server gave (`JoinedVideo.sfu`); Janus answers with a
//   `private_id`. We publish our camera and microphone on that handle (one RTCPeerConnection,
//   max-bundle as Janus does), and subscribe to every other publisher on a handle and a
//   connection of its own, giving that `private_id` (the server's rooms require it, so a kick
//   ends our subscriptions too).
// - A feed's id is its participant id: the page's tiles need no mapping.
// - Teachers moderate at Janus through the server (forced mute, kick, end); we also honour a
//   forced mute locally, as in the mesh. A room with every publisher seat taken still lets us
//   watch: the `problem` "publish" says so and we stay receive-only.
// - The Janus session is ours alone: if Janus loses it (restarted, timed out), we connect again
//   with back-off, rejoin and resubscribe, until the call is closed.

import { Call } from "./call.js";
import { JanusRoom, PUBLISHERS_FULL } from "./janus-room.js";

export { PUBLISHERS_FULL };

/** The Janus part is webrtc/janus-room.js's (shared with the webinar); its events, and the
 * call's "welcome" {detail: data}.
 *
 * @param {object} options
 * @param {import("../twinspace-client.js").TwinspaceClient} options.live
 * @param {string} options.channel  the session's channel, `video:<space>:<session>`
 * @param {{url: string, room: number, token: string, publisher_id: number}} options.sfu
 *   `JoinedVideo.sfu` from the join answer
 * @param {RTCIceServer[]} options.iceServers  from the join answer (`ice_servers`)
 * @param {MediaStream|null} options.stream  the local camera and microphone, or null
 * @param {string} [options.display]  our name, as Janus shows it to the room
 * @param {boolean} [options.forceMuted]  muted by a teacher when joining
 * @param {object} [options.io]  `RTCPeerConnection`, `fetch`, `WebSocket`, `timers`,
 *   `sendBeacon`, `window` (tests)
 */
export class SfuCall extends JanusRoom(Call) {
  /** Start: call once the channel is subscribed. Joins the server's session and Janus's room. */
  start() {
    super.start();
    return this.openRoom();
  }

  /** The server's `signal`s: only its welcome matters here (no offers go through it). */
  onSignal(message) {
    if (this.closed || message.event !== "welcome") return;
    this.me = message.data.participant_id;
    if (message.data.force_muted) this.setForcedMute(true);
    this.dispatchEvent(new CustomEvent("welcome", { detail: message.data }));
    this.sendMedia();
  }

  /** Participant updates: our forced mute; feeds of those who left are closed (Janus says so
   * too, this is only sooner). */
  onParticipant(p) {
    if (p.id === this.me || p.id === this.sfu.publisher_id) {
      if (p.force_muted !== this.forceMuted) this.setForcedMute(p.force_muted);
      return;
    }
    if (p.state !== "joined") {
      this.departed.add(p.id);
      this.unsubscribe(p.id);
    }
  }

  /** Leave the call: close every connection, leave Janus. Publishing `leave` is the caller's. */
  close() {
    if (this.closed) return;
    super.close();
    this.closeRoom();
  }
}
