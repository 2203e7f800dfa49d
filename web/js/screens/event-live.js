// An event's live webinar on its page (issue 22, docs/events.md): the speakers' video through
// the SFU (webrtc/webinar.js on the meeting's Janus code), "Go live" with microphone and camera
// controls for who may publish, a player that asks the audience for no camera or microphone,
// who is speaking, the recording notice, raised hands, and for the moderators the count
// watching, the hands and promoting a viewer to speak (and returning them).
//
// The server is the one source of who speaks: `live.session` on `qa:EVENT` (everyone following
// the page) and, for the moderators, `live.hand` and `live.watching` on `stage:EVENT`. Each
// change goes through one queue (`sync`), so that a promotion arriving while a join is under
// way is applied after it, not beside it.

import { confirmAction } from "../confirm.js";
import { h } from "../dom.js";
import { eventApi } from "../event-api.js";
import { LIVE_HAND, LIVE_SESSION, LIVE_WATCHING } from "../events.js";
import { messageArea } from "../forms.js";
import { formatLocale, language, t } from "../i18n.js";
import { localMedia } from "../webrtc/local-media.js";
import { WebinarMedia } from "../webrtc/webinar.js";
import { follow } from "./forum-live.js";

/** The live section of `event` (its state "live"): {element, update(event), offStage(why),
 * stop()}. `recordingStopped` is called when a recording stops (a take to list soon);
 * `sessionChanged` when the session starts or ends (the event's `allowed` changes with it:
 * the page reads the event again and calls `update`). */
export function liveSection(ctx, initial, { recordingStopped = null, sessionChanged = null } = {}) {
  let event = initial;
  const eventId = event.id;
  const me = ctx.account.id;
  const status = h("p", { class: "live-status", role: "status", text: t("app.loading") });
  const recordingNotice = h("p", { class: "message live-recording-notice", role: "status", hidden: true });
  const speaking = h("p", { class: "live-speaking" });
  const watchingLine = h("p", { class: "live-watching", hidden: true });
  const grid = h("ul", { class: "video-grid live-grid", "aria-label": t("event.speakers") });
  const controls = h("div", { class: "actions live-controls", role: "group", "aria-label": t("live.title") });
  const messages = messageArea();
  const stage = h("div", { class: "live-stage-tools" });
  const element = h(
    "section",
    { class: "card event-live", "aria-labelledby": "live-heading" },
    h("h2", { id: "live-heading", text: t("live.title") }),
    status,
    recordingNotice,
    speaking,
    watchingLine,
    grid,
    controls,
    messages.element,
    stage,
  );

  let alive = true;
  let live = null; // LiveOut as last heard (watching and hands: the moderators')
  let joined = null; // LiveJoined: our way into the room
  let media = null; // WebinarMedia
  let stream = null; // our camera and microphone, while we publish
  let publishing = false; // our stream is up at Janus and the server was told
  let handUp = false;
  let offWhy = null; // why the server took us off the stage (live.stage on our seat), once
  let sfuState = "";
  let stageFollow = null;
  const tiles = new Map(); // feed (account id) -> {item, video, audio, name}
  const remote = new Map(); // feed -> MediaStream

  const hosting = () => event.organising || event.speakers.some((person) => person.id === me);
  // The event's moderators (the organiser, the speakers, a group's owners and moderators):
  // the policy's answer in EventOut.allowed, as the Q&A reads it. `see_stage` rather than
  // `moderate_live`, which also asks that the session run: the page hears that live, while
  // the event's `allowed` is as of its last read.
  const moderating = () => may("see_stage");
  // Start and End as the server's policy answers (EventOut.allowed), never guessed here: a
  // speaker removed from the space or taken off the list loses them with the next read.
  const may = (verb) => (event.allowed ?? []).includes(verb);
  const isLive = () => live?.state === "live";
  const mayWatch = () => hosting() || moderating() || event.my_registration === "registered";
  const speakerOf = (id) => live?.speakers.find((speaker) => speaker.account_id === id) ?? null;
  const feeds = () => (live?.speakers ?? []).filter((s) => s.publishing && s.account_id !== me).map((s) => s.account_id);

  // -- what the server says ----------------------------------------------------------------

  function setLive(next) {
    const wasRecording = Boolean(live?.recording);
    const wasState = live?.state;
    live = {
      ...live,
      ...next,
      // `live.session` carries neither: what the moderators knew stays.
      watching: next.watching ?? live?.watching ?? null,
      hands: next.hands ?? live?.hands ?? null,
    };
    if (wasRecording && !live.recording) recordingStopped?.();
    if (wasState && wasState !== live.state) sessionChanged?.();
    sync();
  }

  /** Follow the moderators' stage channel while `allowed` says we moderate. */
  function followStageIfModerating() {
    if (moderating() && !stageFollow) followStage();
    else if (!moderating() && stageFollow) {
      stageFollow.stop();
      stageFollow = null;
      if (live) live = { ...live, hands: null, watching: null };
    }
  }

  let queue = Promise.resolve();
  function sync() {
    queue = queue.then(reconcile).catch((failure) => {
      if (alive) messages.error(ctx.describe(failure));
    });
    return queue;
  }

  /** Bring the media in line with the session: join, rejoin when promoted or returned, leave
   * when it ends, and subscribe to who publishes. */
  async function reconcile() {
    if (!alive || !live) return;
    if (!isLive()) {
      leave();
      joined = null;
      draw();
      return;
    }
    if (!mayWatch()) {
      // No longer one who watches (taken off the speakers, a place given back): what we
      // joined with is stale, its token too; the controls go with it.
      leave();
      joined = null;
      return draw();
    }
    const mine = speakerOf(me);
    if (!joined) {
      joined = await eventApi.joinLive(eventId);
      handUp = joined.hand_raised;
      if (mine?.publishing && !stream) {
        // Said by an earlier page of ours (reloaded, closed): its feed is gone from Janus.
        // Saying so lets the audience subscribe again when we go live again.
        setLive(await eventApi.publishing(eventId, false));
      }
    } else if (Boolean(mine) !== joined.may_publish) {
      // Promoted (a token waits at Janus) or returned (ours was revoked): join again.
      leave();
      joined = await eventApi.joinLive(eventId);
      handUp = joined.hand_raised;
      messages.success(mine ? t("live.invited") : offStageWords());
      offWhy = null;
    }
    if (!alive) return;
    if (!media) startMedia(null);
    media.watch(feeds());
    draw();
  }

  /** Why we are back in the audience, in the reader's words (just that we are, when the
   * seat's `live.stage` has not said why yet). */
  function offStageWords() {
    return ["returned", "muted", "removed", "unnamed"].includes(offWhy) ? t(`live.off_stage_${offWhy}`) : t("live.returned");
  }

  // -- the media ---------------------------------------------------------------------------

  function startMedia(local) {
    // Only who publishes joins as a publisher; before going live everyone just watches.
    const sfu = local ? joined.sfu : { ...joined.sfu, token: null, publisher_id: null };
    const started = new WebinarMedia({ sfu, iceServers: joined.ice_servers, stream: local, display: ctx.account.display_name });
    media = started;
    started.addEventListener("peer", ({ detail }) => {
      remote.set(detail.id, detail.stream);
      draw();
    });
    started.addEventListener("peer-gone", ({ detail }) => {
      remote.delete(detail.id);
      draw();
    });
    started.addEventListener("published", async () => {
      if (media !== started) return;
      try {
        const answer = await eventApi.publishing(eventId, true);
        if (media !== started) return;
        publishing = true;
        setLive(answer);
        messages.clear("error");
      } catch (failure) {
        messages.error(ctx.describe(failure));
      }
      draw();
    });
    started.addEventListener("sfu", ({ detail }) => {
      if (media !== started) return;
      sfuState = detail.state;
      if (detail.state === "connected") messages.clear("error"); // back after an outage
      if (detail.state === "kicked") {
        // Returned to the audience: Janus dropped what we sent. Watch again.
        leave();
        sync();
      }
      drawStatus();
    });
    started.addEventListener("problem", ({ detail }) => {
      if (media !== started) return;
      if (detail.what === "sfu") messages.error(t("video.sfu_unreachable"));
      if (detail.what === "publish") messages.error(t("video.sfu_not_sent"));
    });
    started.start();
  }

  function stopStream() {
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = null;
  }

  function leave() {
    media?.close();
    media = null;
    sfuState = "";
    publishing = false;
    stopStream();
    remote.clear();
  }

  let asking = false; // the browser is asking for the camera: a second press waits
  async function goLive() {
    if (asking) return;
    asking = true;
    messages.clear();
    status.textContent = t("video.starting_media");
    let local;
    try {
      local = await localMedia();
    } finally {
      asking = false;
    }
    if (!alive || !joined?.may_publish) return void stopStreamOf(local.stream);
    if (!local.stream) {
      messages.error(t(local.problem));
      return drawStatus();
    }
    if (local.problem) messages.success(t(local.problem));
    media?.close();
    media = null;
    remote.clear();
    stream = local.stream;
    startMedia(stream);
    media.watch(feeds());
    draw();
  }

  function stopStreamOf(local) {
    for (const track of local?.getTracks() ?? []) track.stop();
  }

  async function stopPublishing() {
    messages.clear();
    leave();
    try {
      setLive(await eventApi.publishing(eventId, false));
    } catch (failure) {
      messages.error(ctx.describe(failure));
      sync();
    }
  }

  // -- drawing -----------------------------------------------------------------------------

  function tileFor(id) {
    let tile = tiles.get(id);
    if (tile) return tile;
    const mine = id === me;
    const video = h("video", { autoplay: true, playsinline: true, class: "video-feed live-feed" });
    video.muted = true; // the sound goes through the audio element (autoplay rules differ)
    const audio = mine ? null : h("audio", { autoplay: true, class: "video-audio" });
    const name = h("span", { class: "tile-name" });
    const item = h("li", { class: `video-tile live-tile${mine ? " is-me" : ""}`, "data-feed": String(id) }, h("div", { class: "video-frame" }, video, audio), h("p", { class: "tile-caption" }, name));
    tile = { item, video, audio, name };
    tiles.set(id, tile);
    return tile;
  }

  let sound = null;
  function soundButton() {
    // The browser kept the sound off until the reader acts (autoplay policy): one button.
    if (sound || !alive) return;
    sound = h("button", { type: "button", class: "secondary", text: t("video.enable_sound") });
    sound.addEventListener("click", () => {
      for (const tile of tiles.values()) tile.audio?.play().catch(() => {});
      sound.remove();
      sound = null;
    });
    controls.prepend(sound);
  }

  function drawGrid() {
    const shown = new Map();
    if (stream) shown.set(me, stream);
    for (const [id, feed] of remote) shown.set(id, feed);
    for (const [id, tile] of tiles) {
      if (shown.has(id)) continue;
      tile.item.remove();
      tiles.delete(id);
    }
    for (const [id, feed] of shown) {
      const tile = tileFor(id);
      tile.name.textContent = speakerOf(id)?.display_name ?? "";
      if (tile.video.srcObject !== feed) {
        tile.video.srcObject = feed;
        tile.video.play().catch(() => {});
      }
      if (tile.audio && tile.audio.srcObject !== feed) {
        tile.audio.srcObject = feed;
        tile.audio.play().catch(() => soundButton());
      }
      if (tile.item.parentNode !== grid) grid.append(tile.item);
    }
    grid.hidden = shown.size === 0;
  }

  function drawStatus() {
    let key = "live.not_started";
    if (live?.state === "ended") key = "live.ended";
    else if (isLive() && !mayWatch()) key = "live.need_place";
    else if (isLive() && sfuState === "connected") key = publishing ? "live.on_air" : "live.watching_you";
    else if (isLive()) key = "live.connecting";
    status.textContent = t(key);
  }

  function button(action, text, onclick, extra = {}) {
    return h("button", { type: "button", "data-action": action, text, onclick, ...extra });
  }

  /** Run a request; its answer (a LiveOut or LiveJoined) becomes the session as we know it. */
  async function run(work, done = null) {
    messages.clear();
    try {
      const answer = await work();
      if (answer?.live) {
        joined = answer;
        handUp = answer.hand_raised;
        setLive(answer.live);
      } else if (answer) setLive(answer);
      if (done) messages.success(done);
    } catch (failure) {
      if (alive) messages.error(ctx.describe(failure));
    }
    draw();
  }

  function drawControls() {
    const parts = [];
    const mine = speakerOf(me);
    if (!isLive() && may("start_live")) {
      parts.push(button("start", t("live.start"), () => run(() => eventApi.startLive(eventId))));
    }
    if (isLive() && joined) {
      if (joined.may_publish && !stream) parts.push(button("go-live", t("live.go_live"), goLive));
      if (stream) {
        const micOn = media?.micOn ?? false;
        const cameraOn = media?.cameraOn ?? false;
        parts.push(
          button("mic", t(micOn ? "video.mute_me" : "video.unmute_me"), () => media?.setMic(!micOn) && draw(), { class: "secondary" }),
          button("camera", t(cameraOn ? "video.camera_stop" : "video.camera_start"), () => media?.setCamera(!cameraOn) && draw(), { class: "secondary" }),
          button("stop", t("live.stop"), stopPublishing, { class: "secondary" }),
        );
      }
      if (!joined.may_publish && event.my_registration === "registered") {
        parts.push(
          button(
            "hand",
            t(handUp ? "video.hand_lower" : "video.hand_raise"),
            () =>
              run(async () => {
                const out = await eventApi.hand(eventId, !handUp);
                handUp = !handUp;
                return out;
              }),
            { class: "secondary" },
          ),
        );
      }
      if (event.organising && event.audience !== "twinspace") {
        parts.push(
          live.recording
            ? button("record", t("live.record_stop"), () => run(() => eventApi.recording(eventId, false)), { class: "secondary" })
            : button("record", t("live.record_start"), () => run(() => eventApi.recording(eventId, true)), { class: "secondary" }),
        );
      }
      if (may("end_live")) {
        parts.push(
          button(
            "end",
            t("live.end"),
            async () => {
              const sure = await confirmAction({ title: t("live.end_confirm_title", { title: event.title }), lost: t("live.end_confirm_lost"), confirm: t("live.end") });
              if (sure) await run(() => eventApi.endLive(eventId));
            },
            { class: "danger" },
          ),
        );
      }
    }
    const hints = [];
    if (isLive() && joined?.may_publish && mine?.promoted && !stream) hints.push(h("p", { class: "hint live-invited", text: t("live.invited") }));
    if (isLive() && handUp && !joined?.may_publish) hints.push(h("p", { class: "hint live-hand", text: t("live.hand_raised") }));
    if (sound) parts.unshift(sound);
    controls.replaceChildren(...parts);
    controls.hidden = parts.length === 0;
    return hints;
  }

  function drawStage() {
    if (!moderating() || !isLive()) return void stage.replaceChildren();
    const hands = live.hands ?? [];
    const promoted = live.speakers.filter((speaker) => speaker.promoted);
    const person = (name, action, label, onclick) => h("li", {}, h("span", { class: "person-name", text: name }), " ", button(action, label, onclick, { class: "secondary small" }));
    const parts = [
      h("h3", { text: t("live.hands") }),
      hands.length
        ? h(
            "ul",
            { class: "people-list live-hands" },
            hands.map((hand) => person(hand.display_name, `promote-${hand.account_id}`, t("live.promote", { name: hand.display_name }), () => run(() => eventApi.stage(eventId, hand.account_id, true)))),
          )
        : h("p", { class: "empty live-hands", text: t("live.no_hands") }),
      promoted.length
        ? h(
            "ul",
            { class: "people-list live-promoted" },
            promoted.map((speaker) => person(speaker.display_name, `return-${speaker.account_id}`, t("live.return", { name: speaker.display_name }), () => run(() => eventApi.stage(eventId, speaker.account_id, false)))),
          )
        : null,
    ];
    stage.replaceChildren(...parts.filter(Boolean));
  }

  function draw() {
    if (!alive) return;
    // A redraw must not take the keyboard away: the control pressed is found again.
    const focused = document.activeElement;
    const action = element.contains(focused) ? focused.dataset?.action : null;
    drawStatus();
    const recording = isLive() && Boolean(live?.recording);
    recordingNotice.hidden = !recording;
    recordingNotice.textContent = recording ? t("live.recording") : "";
    const names = (live?.speakers ?? []).filter((speaker) => speaker.publishing).map((speaker) => speaker.display_name);
    speaking.hidden = !isLive();
    speaking.textContent = names.length ? t("live.speaking", { names: new Intl.ListFormat(language(), { type: "conjunction" }).format(names) }) : t("live.nobody_speaking");
    const count = live?.watching;
    watchingLine.hidden = !isLive() || typeof count !== "number";
    watchingLine.textContent = typeof count === "number" ? t("live.watching", { watching: new Intl.NumberFormat(formatLocale()).format(count) }) : "";
    drawGrid();
    const hints = drawControls();
    for (const old of element.querySelectorAll(".live-invited, .live-hand")) old.remove();
    controls.after(...hints);
    drawStage();
    if (action && !element.contains(focused)) {
      (element.querySelector(`[data-action="${CSS.escape(action)}"]`) ?? element.querySelector("button"))?.focus();
    }
  }

  function followStage() {
    stageFollow = follow(ctx.live, `stage:${eventId}`, {
      async load() {
        if (alive) setLive(await eventApi.live(eventId));
      },
      apply(message) {
        const data = message.data ?? {};
        if (message.event === LIVE_WATCHING) {
          live = { ...live, watching: data.watching };
          draw();
        } else if (message.event === LIVE_HAND) {
          const others = (live.hands ?? []).filter((hand) => hand.account_id !== data.account_id);
          live = { ...live, hands: data.raised ? [...others, { account_id: data.account_id, display_name: data.display_name }] : others };
          draw();
        }
        // live.session comes on qa:EVENT too: applied there.
      },
    });
  }

  followStageIfModerating();
  const following = follow(ctx.live, `qa:${eventId}`, {
    async load() {
      const loaded = await eventApi.live(eventId);
      if (alive) setLive(loaded);
    },
    apply(message) {
      if (message.event === LIVE_SESSION) setLive(message.data ?? {});
    },
    gone() {
      leave();
    },
  });
  draw();

  return {
    element,
    update(changed) {
      event = changed;
      followStageIfModerating();
      sync();
    },
    /** The server took us off the stage (`live.stage` on our seat): Janus has kicked our
     * publisher already; stop sending, say why, and watch again. */
    offStage(why) {
      if (!alive) return;
      offWhy = why;
      if (stream || publishing) leave();
      messages.success(offStageWords());
      sync();
    },
    stop() {
      alive = false;
      following.stop();
      stageFollow?.stop();
      leave();
    },
  };
}
