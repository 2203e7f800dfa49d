// One space: its title and the sections registered in SPACE_SECTIONS (members, chat, the
// Teachers' Bulletin, video, forum, files), each a tab. Subscribes to the space's channels for
// as long as the screen is shown and hands their messages to the sections. The tab shown is in
// the address (#/spaces/12/forum), so a reload, a language change or a link keeps it.

import { h, messageBox, say } from "../dom.js";
import { MEMBER_ROLE_CHANGED, POST_PENDING, SPACE_ARCHIVED, SPACE_UNARCHIVED, SPACE_UPDATED } from "../events.js";
import { hasMessage, t } from "../i18n.js";
import { markHomonyms } from "../names.js";
import { SPACE_SECTIONS } from "./registry.js";

/** A tiny publish/subscribe for the sections: on(fn) returns an "off" function. */
function topic() {
  const listeners = new Set();
  return {
    on(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    emit(message) {
      for (const fn of listeners) fn(message);
    },
  };
}

/** The tab last shown in each space: a re-render without a tab in the address returns to it. */
const lastTab = new Map();

function tabs(sections, show, first = 0) {
  // The WAI-ARIA tabs pattern: arrow keys move between tabs, Tab goes into the panel.
  const list = h("div", { role: "tablist", "aria-label": t("space.sections"), class: "tabs" });
  const buttons = sections.map((section, index) =>
    h("button", {
      type: "button",
      role: "tab",
      id: `tab-${section.id}`,
      "aria-controls": `panel-${section.id}`,
      "aria-selected": index === first ? "true" : "false",
      tabindex: index === first ? "0" : "-1",
      text: t(section.label),
      onclick: () => select(index),
    }),
  );
  function select(index) {
    buttons.forEach((button, i) => {
      button.setAttribute("aria-selected", i === index ? "true" : "false");
      button.tabIndex = i === index ? 0 : -1;
    });
    buttons[index].focus();
    buttons[index].scrollIntoView({ block: "nearest", inline: "nearest" });
    show(index);
  }
  list.addEventListener("keydown", (event) => {
    const at = buttons.indexOf(document.activeElement);
    if (at < 0) return;
    // The arrow that points to the next tab: right in a left-to-right page, left in Arabic.
    const rtl = getComputedStyle(list).direction === "rtl";
    const moves = rtl ? { ArrowLeft: 1, ArrowRight: -1 } : { ArrowRight: 1, ArrowLeft: -1 };
    if (event.key in moves) {
      event.preventDefault();
      select((at + moves[event.key] + buttons.length) % buttons.length);
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      select(event.key === "Home" ? 0 : buttons.length - 1);
    }
  });
  list.append(...buttons);
  return list;
}

/** The address of a space's section: what the tabs write into the location bar. */
export function sectionPath(spaceId, sectionId) {
  return `/spaces/${encodeURIComponent(spaceId)}/${encodeURIComponent(sectionId)}`;
}

const space = {
  id: "space",
  path: "/spaces/:space_id",
  title: "space.members",
  session: "required",
  render(main, params, ctx) {
    const spaceId = params.space_id;
    const error = messageBox("error");
    // What a teacher did to one's own posts or voice (hidden, approved, muted...), said as it
    // happens: the server sends the event's name, the catalogue has its words.
    const notice = messageBox("status");
    const heading = h("h1", { tabindex: "-1", text: t("app.loading") });
    const description = h("p", { class: "description" });
    const body = h("div", { class: "space-body" });
    const back = h("a", { href: "#/spaces", text: t("space.back") });
    main.append(
      h("p", {}, back),
      heading,
      description,
      error,
      notice,
      body,
    );

    const showSpace = (changes) => {
      if (!alive) return;
      if (typeof changes.title === "string") {
        heading.textContent = changes.title;
        document.title = `${changes.title} – ${t("app.name")}`;
      }
      if (typeof changes.description === "string") description.textContent = changes.description;
    };
    const spaceEvents = topic();
    const presence = topic();
    const channels = [`space:${spaceId}`, `presence:${spaceId}`];
    let alive = true;
    let cleanups = [];

    const noticeChannel = `notice:${spaceId}:${ctx.account.id}`;
    const onNotice = (message) => {
      // A held post's author was told so by the form that sent it: not said twice.
      if (!alive || message.type !== "event" || message.event === POST_PENDING) return;
      const key = `notice.${message.event}`;
      if (hasMessage(key)) say(notice, t(key, { name: message.data?.post?.author?.display_name ?? "" }));
    };
    // Live changes counted, so that a refetch answering after a newer event is not shown.
    let updates = 0;
    // What the screen's tabs were built for: a refetch that finds another (one's role changed,
    // the space archived, before the subscription was followed, so no event said it) builds
    // the screen again, as the event would have.
    let builtFor = null;
    const standing = (space) => JSON.stringify([space.my_role, space.archived, space.allowed ?? null]);
    const refetch = () => {
      const before = updates;
      ctx.api.space(spaceId).then((space) => {
        if (!alive || updates !== before) return;
        if (builtFor !== null && standing(space) !== builtFor) {
          ctx.navigate(`/spaces/${spaceId}`);
          return;
        }
        showSpace(space);
      }, () => {});
    };
    const onChannel = (message) => {
      if (!alive) return;
      if (message.type === "event" && message.event === SPACE_UPDATED) {
        updates += 1;
        showSpace(message.data);
      } else if (message.type === "reset" && message.channel.startsWith("space:")) {
        refetch(); // missed events
      }
      if (message.type === "unsubscribed" || message.type === "error") {
        say(error, t("space.gone"));
      }
      // What the signed-in member may do changed (own role, the space archived or opened):
      // shown again with the server's new `allowed` lists, on the same tab (issue 17).
      const mine = message.data?.account_id === ctx.account?.id;
      if (
        message.type === "event" &&
        ((message.event === MEMBER_ROLE_CHANGED && mine) ||
          message.event === SPACE_ARCHIVED ||
          message.event === SPACE_UNARCHIVED)
      ) {
        ctx.navigate(`/spaces/${spaceId}`);
        return;
      }
      (message.channel.startsWith("presence:") ? presence : spaceEvents).emit(message);
    };

    (async () => {
      let space;
      try {
        space = await ctx.api.space(spaceId);
      } catch (failure) {
        if (!alive) return;
        // The heading says it once; the message only when it is something else.
        heading.textContent = t(failure?.code === "not_found" ? "page.not_found" : "error.generic");
        say(error, ctx.describe(failure));
        return;
      }
      if (!alive) return;
      builtFor = standing(space);
      showSpace(space);
      if (space.kind === "group") {
        // A group's way back is the directory, where it was found.
        back.href = "#/groups";
        back.textContent = t("groups.back");
      }
      const view = { space, account: ctx.account, ctx, spaceEvents, presence };
      const sections = SPACE_SECTIONS.filter((s) => s.available(space, ctx.account));
      const wanted = params.section ?? lastTab.get(spaceId);
      const first = Math.max(0, sections.findIndex((s) => s.id === wanted));
      const panels = sections.map((section, index) =>
        h("section", {
          role: "tabpanel",
          id: `panel-${section.id}`,
          "aria-labelledby": `tab-${section.id}`,
          tabindex: "0",
          hidden: index !== first,
        }),
      );
      const show = (index) => {
        lastTab.set(spaceId, sections[index].id);
        panels.forEach((panel, i) => (panel.hidden = i !== index));
        // Into the address without a hashchange: the screen is not built again.
        history.replaceState(history.state, "", `#${sectionPath(spaceId, sections[index].id)}`);
      };
      const strip = tabs(sections, show, first);
      body.append(strip, ...panels);
      // On a phone the strip scrolls: the tab opened from the address is brought into it.
      const selected = strip.querySelector("[aria-selected=true]");
      // (The distance from the strip's start edge: scrollLeft counts from the start, negative
      // to the left in a right-to-left page.)
      const rtl = getComputedStyle(strip).direction === "rtl";
      const fromStart = (tab) =>
        rtl ? strip.offsetLeft + strip.offsetWidth - (tab.offsetLeft + tab.offsetWidth) : tab.offsetLeft - strip.offsetLeft;
      strip.scrollLeft = selected ? (rtl ? -1 : 1) * fromStart(selected) : 0;
      cleanups = sections.map((section, i) => section.render(panels[i], view) ?? (() => {}));
      // Two members of one name are told apart in every section's lists (names.js).
      cleanups.push(markHomonyms(body, ctx, spaceId, spaceEvents));
      // A change saved between the reads above (the space's, and each section's first load)
      // and the subscription's ack is in neither: once the space's channel is followed, the
      // screen and its sections read again, as after a `reset` (a thread started then was
      // missing from the forum's list until the next change, under load).
      ctx.live.subscribe(channels[0], onChannel).then(
        // (`followed`: not events the server found missing, so nothing to announce.)
        () => alive && onChannel({ type: "reset", channel: channels[0], followed: true }),
        () => {},
      );
      ctx.live.subscribe(channels[1], onChannel).catch(() => {});
      ctx.live.subscribe(noticeChannel, onNotice).catch(() => {});
    })();

    return () => {
      alive = false;
      for (const done of cleanups) done();
      for (const channel of channels) ctx.live.unsubscribe(channel, onChannel).catch(() => {});
      ctx.live.unsubscribe(noticeChannel, onNotice).catch(() => {});
    };
  },
};

export default space;

/** The same screen, opened on one of its sections: #/spaces/12/forum. */
export const spaceSection = { ...space, id: "space-section", path: "/spaces/:space_id/:section" };
