// The Video section of a space: its open sessions with a link to join each and how many are in
// the call, and for teachers a form to start one. New and ended sessions come live from the
// space channel (`video.started`, `video.ended`), the counts from `video.count`.

import { h, messageBox, say } from "../dom.js";
import { VIDEO_COUNT, VIDEO_EVENTS } from "../events.js";
import { formFeedback } from "../forms.js";
import { t } from "../i18n.js";
import { TEACHER_ROLES, videoApi } from "../video-api.js";

/** How many are in a call, in words: its own words for nobody, else by plural rules. */
function inCall(joined) {
  return joined ? t("video.people_in_call", { count: joined }) : t("video.nobody_in_call");
}

export function sessionPath(spaceId, sessionId) {
  return `/spaces/${encodeURIComponent(spaceId)}/video/${encodeURIComponent(sessionId)}`;
}

export default {
  id: "video",
  label: "video.section",
  available: () => true,
  render(panel, view) {
    const { space, ctx } = view;
    const error = messageBox("error");
    const list = h("ul", { class: "video-session-list", "aria-label": t("video.open_sessions") });
    const empty = h("p", { class: "empty", text: t("video.none") });
    panel.append(h("h2", { text: t("video.section") }), error, empty, list);
    let alive = true;

    if (TEACHER_ROLES.has(space.my_role)) {
      const title = h("input", { id: "video-title", name: "title", type: "text", maxlength: "200", autocomplete: "off" });
      const lobby = h("input", { id: "video-lobby", type: "checkbox" });
      const start = h("button", { type: "submit", text: t("video.start") });
      const form = h(
        "form",
        { class: "video-start" },
        h("h3", { text: t("video.start_title") }),
        h("div", { class: "field" }, h("label", { for: "video-title", text: t("video.title") }), title),
        h("div", { class: "check" }, lobby, h("label", { for: "video-lobby", text: t("video.lobby") })),
        start,
      );
      const feedback = formFeedback(form);
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        if (!feedback.check()) return;
        start.disabled = true;
        try {
          const joined = await videoApi.start(space.id, title.value.trim(), lobby.checked);
          ctx.navigate(sessionPath(space.id, joined.session.id));
        } catch (failure) {
          feedback.fail(failure, ctx.describe);
          start.disabled = false;
        }
      });
      panel.append(form);
    }

    async function load() {
      try {
        const sessions = await videoApi.list(space.id);
        if (!alive) return;
        say(error, "");
        empty.hidden = sessions.length > 0;
        list.replaceChildren(
          ...sessions.map((s) => {
            const joined = s.participants.filter((p) => p.state === "joined").length;
            return h(
              "li",
              { class: "video-session-item", "data-session-id": s.id },
              h("a", { href: `#${sessionPath(space.id, s.id)}`, text: t("video.join_named", { title: s.title }) }),
              " ",
              h("span", { class: "meta video-count", text: inCall(joined) }),
              s.state === "locked" ? h("span", { class: "meta", text: ` ${t("video.locked")}` }) : null,
            );
          }),
        );
      } catch (failure) {
        if (alive) say(error, ctx.describe(failure));
      }
    }

    /** How many are in one session's call now (`video.count`): that line only, no reload. */
    function showCount({ session_id: sessionId, joined }) {
      const count = list.querySelector(`[data-session-id="${Number(sessionId)}"] .video-count`);
      if (count) count.textContent = inCall(joined);
      else load(); // a session we have not listed yet
    }

    const off = view.spaceEvents.on((message) => {
      if (message.type === "event" && message.event === VIDEO_COUNT) showCount(message.data);
      else if (message.type === "reset" || (message.type === "event" && VIDEO_EVENTS.has(message.event))) {
        load();
      }
    });
    load();
    return () => {
      alive = false;
      off();
    };
  },
};
