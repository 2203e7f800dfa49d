// A video session: the lobby, camera and microphone, the grid of participants with their
// names, roles and media state, one's own controls, and for teachers the lobby, muting,
// removal, lock and end. Media flows in a mesh (webrtc/mesh.js) while the session is small and
// through the SFU (webrtc/sfu.js, Janus) once the server switches it (`mode: "sfu"`): the call
// moves over with the same camera and microphone. The session's events come on its channel
// `video:<space>:<session>`, which also carries the mesh's WebRTC `signal`s.
//
// What a teacher may do is decided by the server on every request; the page only hides the
// buttons from the others (TEACHER_ROLES, from the role the server reports for us).

import { mountChatPanel } from "../chat-panel.js";
import { confirmAction } from "../confirm.js";
import { h, messageBox, say } from "../dom.js";
import { PARTICIPANT, SESSION } from "../events.js";
import { t } from "../i18n.js";
import { markHomonyms } from "../names.js";
import { TEACHER_ROLES, videoApi } from "../video-api.js";
import { MeshCall } from "../webrtc/mesh.js";
import { localMedia } from "../webrtc/local-media.js";
import { PUBLISHERS_FULL, SfuCall } from "../webrtc/sfu.js";
import { leaveLobbyButton, lobbyStatus } from "./video-lobby.js";

/** Where the session chat (the chat helper's panel) is mounted: an element with this id. */
export const CHAT_MOUNT_ID = "video-session-chat";

function micText(p) {
  if (p.force_muted) return t("video.mic_forced");
  return t(p.mic ? "video.mic_on" : "video.mic_off");
}

export default {
  id: "video-session",
  path: "/spaces/:space_id/video/:session_id",
  title: "video.section",
  session: "required",
  render(main, params, ctx) {
    const spaceId = Number(params.space_id);
    const sessionId = Number(params.session_id);
    const heading = h("h1", { tabindex: "-1", text: t("video.section") });
    const status = h("p", { class: "video-status", role: "status", text: t("app.loading") });
    const error = messageBox("error");
    const notice = messageBox("status");
    const grid = h("ul", { class: "video-grid", "aria-label": t("video.participants") });
    const controls = h("div", { class: "video-controls", role: "group", "aria-label": t("video.my_controls") });
    const stage = h(
      "section",
      { class: "video-stage", "aria-labelledby": "video-participants-title" },
      h("h2", { id: "video-participants-title", text: t("video.participants") }),
      grid,
      controls,
    );
    const side = h("div", { class: "video-side" });
    // The session's chat (chat-panel.js), mounted once we are admitted: participants and the
    // space's teachers read it from the session's start.
    const chatMount = h("section", {
      id: CHAT_MOUNT_ID,
      class: "video-chat",
      "data-chat-kind": "session",
      "aria-label": t("video.chat"),
    });
    const layout = h("div", { class: "video-layout" }, stage, h("div", { class: "video-aside" }, side, chatMount));
    const back = h("p", {}, h("a", { href: `#/spaces/${spaceId}/video`, text: t("video.back") }));
    main.append(back, heading, status, error, notice, layout);

    let alive = true;
    let phase = "joining"; // joining, lobby, media, live, and the final: ended, removed, denied, left
    let session = null;
    let me = null;
    let iceServers = [];
    let sfuAccess = null; // JoinedVideo.sfu: our way into the SFU room, once the session has one
    let switching = false;
    let channel = null;
    let call = null;
    let stream = null;
    let handUp = false;
    const participants = new Map(); // id -> participant, as the server announced it last
    const tiles = new Map(); // id -> {item, video, audio, caption...}
    const remoteStreams = new Map(); // id -> MediaStream

    const final = () => ["ended", "removed", "denied", "left"].includes(phase);
    const isTeacher = () => me !== null && TEACHER_ROLES.has(me.role);

    // -- the grid ---------------------------------------------------------------------------

    function tileFor(p) {
      let tile = tiles.get(p.id);
      if (tile) return tile;
      const mine = me !== null && p.id === me.id;
      const video = h("video", { autoplay: true, playsinline: true, class: "video-feed" });
      video.muted = true; // sound goes through the audio element (autoplay rules differ)
      const audio = mine ? null : h("audio", { autoplay: true, class: "video-audio" });
      const name = h("span", { class: "tile-name" });
      const role = h("span", { class: "role" });
      const media = h("span", { class: "tile-media" });
      const hand = h("span", { class: "tile-hand" });
      const actions = h("div", { class: "tile-actions" });
      const item = h(
        "li",
        { class: `video-tile${mine ? " is-me" : ""}`, "data-participant-id": p.id },
        h("div", { class: "video-frame" }, video, audio),
        h("div", { class: "tile-caption" }, name, " ", role, h("br"), media, hand),
        actions,
      );
      tile = { item, video, audio, name, role, media, hand, actions, actionsKey: "" };
      tiles.set(p.id, tile);
      if (mine && stream) video.srcObject = stream;
      const remote = remoteStreams.get(p.id);
      if (remote) attach(tile, remote);
      return tile;
    }

    function attach(tile, remote) {
      if (tile.video.srcObject !== remote) tile.video.srcObject = remote;
      if (tile.audio && tile.audio.srcObject !== remote) {
        tile.audio.srcObject = remote;
        tile.audio.play().catch(() => soundButton());
      }
      tile.video.play().catch(() => {});
    }

    let sound = null;
    function soundButton() {
      // The browser kept the sound off until the user acts (autoplay policy): one button for all.
      if (sound || !alive) return;
      sound = h("button", { type: "button", class: "secondary", text: t("video.enable_sound") });
      sound.addEventListener("click", () => {
        for (const tile of tiles.values()) tile.audio?.play().catch(() => {});
        sound.remove();
        sound = null;
      });
      controls.append(sound);
    }

    function teacherActions(tile, p) {
      const key = `${p.force_muted}`;
      if (tile.actionsKey === key) return;
      tile.actionsKey = key;
      const mute = h("button", {
        type: "button",
        class: "secondary",
        "aria-label": t(p.force_muted ? "video.allow_unmute_named" : "video.mute_named", { name: p.display_name }),
        text: t(p.force_muted ? "video.allow_unmute" : "video.mute_other"),
      });
      mute.addEventListener("click", () =>
        act(mute, () => videoApi.mute(spaceId, sessionId, p.id, !p.force_muted)),
      );
      const remove = h("button", {
        type: "button",
        class: "danger",
        "aria-label": t("video.remove_named", { name: p.display_name }),
        text: t("video.remove"),
      });
      remove.addEventListener("click", async () => {
        const name = p.display_name;
        const sure = await confirmAction({
          title: t("confirm.remove_participant", { name }),
          lost: t("confirm.remove_participant_lost", { name }),
          confirm: t("video.remove"),
        });
        if (sure) act(remove, () => videoApi.moderate(spaceId, sessionId, p.id, "remove"));
      });
      tile.actions.replaceChildren(mute, remove);
    }

    function renderGrid() {
      const shown = [...participants.values()]
        .filter(() => !final())
        .filter((p) => p.state === "joined" || (me !== null && p.id === me.id && phase === "live"))
        .sort((a, b) => a.id - b.id);
      const keep = new Set(shown.map((p) => p.id));
      for (const [id, tile] of tiles) {
        if (!keep.has(id)) {
          tile.item.remove();
          tiles.delete(id);
        }
      }
      grid.replaceChildren(
        ...shown.map((p) => {
          const tile = tileFor(p);
          const mine = p.id === me?.id;
          tile.name.textContent = mine ? `${p.display_name} ${t("space.you")}` : p.display_name;
          if (!mine) tile.name.dataset.authorId = p.account_id; // issue 17: homonyms' marks
          tile.role.textContent = t(`role.${p.role}`);
          tile.media.textContent = `${micText(p)} · ${t(p.camera ? "video.camera_on" : "video.camera_off")}`;
          tile.hand.textContent = p.hand_raised ? ` · ${t("video.hand_raised")}` : "";
          tile.item.classList.toggle("hand-up", p.hand_raised);
          tile.item.classList.toggle("is-spotlit", session?.spotlight_id === p.id);
          if (isTeacher() && !mine && !final()) teacherActions(tile, p);
          else if (tile.actions.firstChild) tile.actions.replaceChildren();
          return tile.item;
        }),
      );
    }

    // -- the side panel: lobby and session controls (teachers) -----------------------------

    function renderSide() {
      if (!isTeacher() || final() || phase === "joining") {
        side.replaceChildren();
        return;
      }
      const waiting = [...participants.values()].filter((p) => p.state === "lobby");
      const lobby = h(
        "section",
        { class: "video-lobby", "aria-labelledby": "video-lobby-title" },
        h("h2", { id: "video-lobby-title", text: t("video.lobby_title") }),
        waiting.length
          ? h(
              "ul",
              { class: "lobby-list" },
              ...waiting.map((p) => {
                const admit = h("button", {
                  type: "button",
                  "aria-label": t("video.admit_named", { name: p.display_name }),
                  text: t("video.admit"),
                });
                admit.addEventListener("click", () =>
                  act(admit, () => videoApi.moderate(spaceId, sessionId, p.id, "admit")),
                );
                const deny = h("button", {
                  type: "button",
                  class: "secondary",
                  "aria-label": t("video.deny_named", { name: p.display_name }),
                  text: t("video.deny"),
                });
                deny.addEventListener("click", async () => {
                  const name = p.display_name;
                  const sure = await confirmAction({
                    title: t("confirm.deny", { name }),
                    lost: t("confirm.deny_lost", { name }),
                    confirm: t("video.deny"),
                  });
                  if (sure) act(deny, () => videoApi.moderate(spaceId, sessionId, p.id, "deny"));
                });
                return h(
                  "li",
                  { class: "lobby-item", "data-participant-id": p.id },
                  h("span", { class: "tile-name", "data-author-id": p.account_id, text: p.display_name }),
                  " ",
                  h("span", { class: "role", text: t(`role.${p.role}`) }),
                  h("span", { class: "lobby-actions" }, admit, deny),
                );
              }),
            )
          : h("p", { class: "empty", text: t("video.lobby_empty") }),
      );
      const locked = session?.state === "locked";
      const lock = h("button", {
        type: "button",
        class: "secondary",
        "aria-pressed": locked ? "true" : "false",
        text: t("video.lock"),
      });
      lock.addEventListener("click", () =>
        act(lock, () => videoApi.change(spaceId, sessionId, locked ? "unlock" : "lock").then(applySession)),
      );
      const end = h("button", { type: "button", class: "danger", text: t("video.end") });
      end.addEventListener("click", async () => {
        const sure = await confirmAction({
          title: t("confirm.end_session"),
          lost: t("confirm.end_session_lost"),
          confirm: t("video.end"),
        });
        if (sure) act(end, () => videoApi.change(spaceId, sessionId, "end").then(applySession));
      });
      const manage = h(
        "section",
        { class: "video-manage", "aria-labelledby": "video-manage-title" },
        h("h2", { id: "video-manage-title", text: t("video.manage") }),
        h("p", { class: "meta", text: t(locked ? "video.is_locked" : "video.is_open") }),
        h("div", { class: "button-row" }, lock, end),
      );
      side.replaceChildren(lobby, manage);
    }

    async function act(button, action) {
      button.disabled = true;
      try {
        await action();
        say(error, "");
      } catch (failure) {
        if (alive) say(error, ctx.describe(failure));
      } finally {
        button.disabled = false;
      }
    }

    // -- one's own controls ------------------------------------------------------------------

    function renderControls() {
      if (phase === "lobby") {
        // Said again only when it changes (a teacher came or went): a status line is read out.
        const words = lobbyStatus(participants.values());
        if (status.textContent !== words) say(status, words);
        if (!controls.querySelector(".lobby-leave")) {
          const leave = leaveLobbyButton((button) => act(button, () => leaveSession()));
          leave.classList.add("lobby-leave");
          controls.replaceChildren(leave);
        }
        return;
      }
      if (phase !== "live") {
        controls.replaceChildren();
        return;
      }
      const forced = me?.force_muted === true;
      const micOn = call?.micOn === true;
      const mic = h("button", {
        type: "button",
        disabled: forced || !stream?.getAudioTracks().length,
        text: t(micOn ? "video.mute_me" : "video.unmute_me"),
      });
      mic.addEventListener("click", () => {
        call?.setMic(!call.micOn);
        renderControls();
        controls.querySelector("button")?.focus();
      });
      const cameraOn = call?.cameraOn === true;
      const camera = h("button", {
        type: "button",
        disabled: !stream?.getVideoTracks().length,
        text: t(cameraOn ? "video.camera_stop" : "video.camera_start"),
      });
      camera.addEventListener("click", () => {
        call?.setCamera(!call.cameraOn);
        renderControls();
        controls.querySelectorAll("button")[1]?.focus();
      });
      const hand = h("button", {
        type: "button",
        class: "secondary",
        text: t(handUp ? "video.hand_lower" : "video.hand_raise"),
      });
      hand.addEventListener("click", async () => {
        if (await call?.raiseHand(!handUp)) handUp = !handUp;
        renderControls();
        controls.querySelectorAll("button")[2]?.focus();
      });
      const leave = h("button", { type: "button", class: "danger", text: t("video.leave") });
      leave.addEventListener("click", () => act(leave, () => leaveSession()));
      controls.replaceChildren(mic, camera, hand, leave, ...(sound ? [sound] : []));
      if (forced) controls.prepend(h("p", { class: "video-forced", text: t("video.you_are_muted") }));
    }

    function render() {
      if (!alive) return;
      renderGrid();
      renderSide();
      renderControls();
    }

    // -- the session's life ------------------------------------------------------------------

    function applySession(data) {
      if (!data || !alive) return;
      session = { ...session, ...data };
      heading.textContent = session.title;
      if (session.state === "ended") return finish("ended", data.reason);
      if (session.mode === "sfu" && call instanceof MeshCall) moveToSfu();
      render();
    }

    function applyParticipant(p) {
      participants.set(p.id, p);
      call?.onParticipant(p);
      if (me !== null && p.id === me.id) {
        const wasMuted = me.force_muted;
        me = p;
        if (p.force_muted && !wasMuted) say(notice, t("video.muted_by_teacher"));
        if (!p.force_muted && wasMuted) say(notice, t("video.unmute_allowed"));
        if (p.state === "admitted" && phase === "lobby") goLive();
        else if (p.state === "removed") return finish(phase === "lobby" ? "denied" : "removed");
      }
      render();
    }

    function onChannel(message) {
      if (!alive) return;
      if (message.type === "signal") return call?.onSignal(message);
      if (message.type === "event") {
        if (message.event === PARTICIPANT) applyParticipant(message.data);
        else if (message.event === SESSION) applySession(message.data);
      } else if (message.type === "reset") {
        refresh();
      } else if ((message.type === "unsubscribed" || message.type === "error") && !final()) {
        // Cut off by the server (removed, session ended): find out which and say so.
        channel = null;
        refresh(true);
      }
    }

    async function refresh(cutOff = false) {
      try {
        const fresh = await videoApi.show(spaceId, sessionId);
        if (!alive) return;
        for (const p of fresh.participants) applyParticipant(p);
        applySession(fresh);
        if (cutOff && !final()) finish("removed");
      } catch (failure) {
        if (!alive) return;
        if (cutOff) finish("ended");
        else say(error, ctx.describe(failure));
      }
    }

    let unmountChat = null;
    function mountChat() {
      if (unmountChat || !alive) return;
      unmountChat = mountChatPanel(chatMount, { ctx, spaceId, kind: "session", sessionId, heading: "h2" });
    }
    function unmountChatPanel() {
      if (unmountChat) unmountChat();
      unmountChat = null;
      chatMount.replaceChildren();
    }

    async function goLive() {
      mountChat(); // admitted (or a teacher): the session's chat, beside the call
      phase = "media";
      say(status, t("video.starting_media"));
      const local = await localMedia();
      if (!alive || phase !== "media") {
        for (const track of local.stream?.getTracks() ?? []) track.stop();
        return;
      }
      stream = local.stream;
      if (local.problem) say(notice, t(local.problem));
      if (session.mode === "sfu" && !sfuAccess && !(await askSfuAccess())) return;
      startCall();
    }

    /** JoinedVideo.sfu, asked again (join is idempotent): true once we have it. */
    async function askSfuAccess() {
      try {
        const joined = await videoApi.join(spaceId, sessionId);
        sfuAccess = joined.sfu ?? null;
        iceServers = joined.ice_servers;
        return alive && !final() && sfuAccess !== null;
      } catch (failure) {
        if (alive && !final()) say(error, ctx.describe(failure));
        return false;
      }
    }

    /** The server switched the session to the SFU while we were in its mesh: same camera and
     * microphone, new connections through Janus. */
    async function moveToSfu() {
      if (switching) return;
      switching = true;
      say(status, t("video.sfu_moving"));
      const ready = await askSfuAccess();
      switching = false;
      if (!ready || !(call instanceof MeshCall)) return;
      closeCall();
      startCall();
    }

    function startCall() {
      const common = { live: ctx.live, channel, iceServers, stream, forceMuted: me.force_muted };
      call =
        session.mode === "sfu" && sfuAccess
          ? new SfuCall({ ...common, sfu: sfuAccess, display: me.display_name })
          : new MeshCall(common);
      call.addEventListener("peer", ({ detail }) => {
        remoteStreams.set(detail.id, detail.stream);
        const tile = tiles.get(detail.id);
        if (tile) attach(tile, detail.stream);
      });
      call.addEventListener("peer-gone", ({ detail }) => remoteStreams.delete(detail.id));
      call.addEventListener("welcome", () => {
        phase = "live";
        say(status, t("video.in_call"));
        render();
      });
      call.addEventListener("problem", ({ detail }) => {
        if (!alive || final()) return;
        // forbidden: muted, or a data channel with a pupil; invalid: not SDP as the server
        // relays it (docs/video.md, "What the signalling relays"). Either way nothing was sent.
        if (["forbidden", "invalid"].includes(detail.error?.code)) say(error, t("video.signal_refused"));
        else if (detail.what === "publish") say(notice, t(detail.error?.code === PUBLISHERS_FULL ? "video.sfu_no_seat" : "video.sfu_not_sent"));
        else if (detail.what === "sfu") say(error, t("video.sfu_unreachable"));
      });
      call.addEventListener("sfu", ({ detail }) => {
        if (alive && !final() && detail.state === "connected") say(error, "");
      });
      call.start();
    }

    /** The call's connections closed; the camera and microphone stay ours. */
    function closeCall() {
      call?.close();
      call = null;
      remoteStreams.clear();
      for (const tile of tiles.values()) {
        if (tile.item.classList.contains("is-me")) continue;
        tile.video.srcObject = null;
        if (tile.audio) tile.audio.srcObject = null;
      }
    }

    function stopMedia() {
      closeCall();
      for (const track of stream?.getTracks() ?? []) track.stop();
      stream = null;
      for (const tile of tiles.values()) tile.video.srcObject = null;
    }

    const FINAL_TEXT = {
      ended: "video.ended",
      removed: "video.removed",
      denied: "video.denied",
      left: "video.left",
    };

    /** Why a session ended (EndReason, the `reason` of its last `session` event). */
    const ENDED_BECAUSE = {
      space_archived: "video.ended_space_archived",
      space_deleted: "video.ended_space_deleted",
      empty: "video.ended_empty",
    };

    function finish(kind, reason = null) {
      if (final()) return;
      phase = kind;
      stopMedia();
      unmountChatPanel();
      if (channel) ctx.live.unsubscribe(channel, onChannel).catch(() => {});
      channel = null;
      say(status, t((kind === "ended" && ENDED_BECAUSE[reason]) || FINAL_TEXT[kind]));
      say(notice, "");
      for (const tile of tiles.values()) tile.item.remove();
      tiles.clear();
      grid.replaceChildren();
      render();
      main.querySelector("h1")?.focus();
    }

    async function leaveSession() {
      await videoApi.leave(spaceId, sessionId);
      finish("left");
      ctx.navigate(`/spaces/${spaceId}/video`);
    }

    (async () => {
      let joined;
      try {
        joined = await videoApi.join(spaceId, sessionId);
      } catch (failure) {
        if (!alive) return;
        phase = "left";
        say(status, "");
        const special = { gone: "video.ended", limit_exceeded: "video.full", forbidden: "video.refused" };
        say(error, special[failure.code] ? t(special[failure.code]) : ctx.describe(failure));
        return;
      }
      if (!alive) return;
      session = joined.session;
      me = joined.me;
      iceServers = joined.ice_servers;
      sfuAccess = joined.sfu ?? null;
      channel = session.channel;
      heading.textContent = session.title;
      document.title = `${session.title} – ${t("app.name")}`;
      for (const p of session.participants) participants.set(p.id, p);
      participants.set(me.id, me);
      try {
        await ctx.live.subscribe(channel, onChannel);
      } catch (failure) {
        if (alive) say(error, ctx.describe(failure));
        return;
      }
      if (!alive) return;
      if (me.state === "lobby") {
        phase = "lobby";
        render(); // says whether a teacher is here to let us in
      } else {
        goLive();
      }
      // What the channel said between the join's answer and our subscription never reaches
      // us (a fresh subscription replays nothing): a teacher letting us in at once, the
      // session moving to the SFU. The session as it is now fills that gap.
      refresh();
    })();

    const stopNames = markHomonyms(main, ctx, spaceId); // issue 17: homonyms' marks
    return () => {
      const present = !final() && me !== null;
      alive = false;
      stopNames();
      stopMedia();
      unmountChatPanel();
      if (channel) ctx.live.unsubscribe(channel, onChannel).catch(() => {});
      // Leaving the screen leaves the session (or the lobby).
      if (present) videoApi.leave(spaceId, sessionId).catch(() => {});
    };
  },
};
