// The camera and microphone of whoever publishes (a meeting's participant, a webinar's speaker):
// asked for only there, never of a webinar's audience.

/** The fake camera of the tests and most webcams manage this; the browser may pick less. */
const CAMERA = { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 20 } };

/** {stream, problem}: both if possible, else the microphone or the camera alone; `problem` is
 * a message key ("" when all went well). */
export async function localMedia() {
  const media = navigator.mediaDevices;
  if (!media?.getUserMedia) return { stream: null, problem: "video.no_media" };
  for (const wanted of [{ audio: true, video: CAMERA }, { audio: true }, { video: CAMERA }]) {
    try {
      return { stream: await media.getUserMedia(wanted), problem: wanted.audio && wanted.video ? "" : "video.partial_media" };
    } catch {
      // Refused or missing: try with less.
    }
  }
  return { stream: null, problem: "video.no_media" };
}
