// An event's recordings on its page (issue 22, docs/events.md): each take (from "Start
// recording" to "Stop recording") with its time in the reader's zone, its length, and a
// download link for each of its files (one video and one sound file per speaker), and a line
// while a take is still being processed. Only what the API returns is shown: a refusal, or no
// recording and nothing being processed, shows nothing at all.
//
// Read when the page opens, when the live video's recording stops (the take, being
// processed), and whenever `recording.processed` on `qa:EVENT` says a take is ready (and
// after a reconnection): no polling, and no take missed whenever it is processed.

import { h } from "../dom.js";
import { eventApi } from "../event-api.js";
import { RECORDING_PROCESSED } from "../events.js";
import { formatLocale, t } from "../i18n.js";
import { bytes, follow, when } from "./forum-live.js";

function length(seconds) {
  return t("event.minutes", { minutes: new Intl.NumberFormat(formatLocale()).format(Math.max(1, Math.round(seconds / 60))) });
}

/** The recordings section of one event: {element, update(event), stop()}. */
export function recordingsSection(ctx, eventId) {
  const element = h("div", { class: "event-recordings-holder" });
  let alive = true;
  let loading = null;
  let again = false;
  let following = null; // qa:EVENT, once the event is no longer only scheduled

  function draw(recordings, processing) {
    if (!recordings.length && !processing) return void element.replaceChildren();
    const takes = new Map(); // take id -> its files, in the API's order
    for (const recording of recordings) {
      if (!takes.has(recording.take_id)) takes.set(recording.take_id, []);
      takes.get(recording.take_id).push(recording);
    }
    const items = [...takes.values()].map((files) =>
      h(
        "li",
        { class: "recording-take" },
        h("p", { class: "recording-when", text: t("recordings.take", { when: when(files[0].started_at), length: length(files[0].seconds) }) }),
        h(
          "ul",
          { class: "recording-files" },
          files.map((file) =>
            h(
              "li",
              {},
              h("a", {
                href: eventApi.recordingUrl(eventId, file.id),
                download: "",
                class: "recording-download",
                text: t(file.kind === "audio" ? "recordings.audio" : "recordings.video", { speaker: file.speaker ?? t("recordings.former_speaker") }),
              }),
              h("span", { class: "meta", text: ` ${bytes(file.size)}` }),
            ),
          ),
        ),
      ),
    );
    element.replaceChildren(
      h(
        "section",
        { class: "card event-recordings", "aria-labelledby": "recordings-heading" },
        h("h2", { id: "recordings-heading", text: t("recordings.title") }),
        processing ? h("p", { class: "hint recordings-processing", role: "status", text: t("recordings.processing") }) : null,
        items.length ? h("ol", { class: "recording-list" }, items) : null,
      ),
    );
  }

  async function load() {
    let recordings;
    let processing;
    try {
      [recordings, { takes: processing }] = await Promise.all([eventApi.recordings(eventId), eventApi.recordingsProcessing(eventId)]);
    } catch {
      // Refused (the event is not, or no longer, the reader's) or unreachable: nothing shown.
      if (alive) element.replaceChildren();
      return;
    }
    if (alive) draw(recordings, processing);
  }

  function refresh() {
    // A read already under way may have started before the change that asked for this one
    // (a recording that just stopped): read once more after it, never two at a time.
    if (loading) {
      again = true;
      return loading;
    }
    loading = load().finally(() => {
      loading = null;
      if (again && alive) {
        again = false;
        refresh();
      }
    });
    return loading;
  }

  return {
    element,
    /** The event as last read: its recordings are read again (a take may have ended). */
    update(event) {
      if (event.state === "scheduled") return void element.replaceChildren();
      if (following) return void refresh();
      // The first read is the subscription's (and again after a reconnection).
      following = follow(ctx.live, `qa:${eventId}`, {
        load: refresh,
        apply(message) {
          if (message.event === RECORDING_PROCESSED) refresh();
        },
      });
    },
    stop() {
      alive = false;
      following?.stop();
    },
  };
}
