// A chat panel, reusable: the space's chat, the teachers' chat, or a video session's chat
// (docs/chat.md). The space view mounts the first two as tabs (screens/chat.js,
// screens/teachers-chat.js); the video screen mounts a session's beside the video:
//
//   import { mountChatPanel } from "../chat-panel.js";
//   const stop = mountChatPanel(element, { ctx, spaceId, kind: "session", sessionId });
//   ...
//   stop(); // unsubscribes and stops the timers
//
// It shows the newest messages on opening (older ones on demand), new ones live
// (thread:<space>:<chat>, recovered with `since` after a reconnect, or caught up over HTTP
// after a reset), who is typing, the member's read mark, mentions (autocomplete, highlighted
// for the person named), edit within the window and delete for the author, and the
// moderation buttons (hide, restore, approve, reject, mute, report) to those the policy
// allows. The server decides every one of these again; the buttons only spare a refusal.
// Every text a member wrote goes into the page as text (dom.js), never as markup.

import { call } from "./api.js";
import { confirmAction } from "./confirm.js";
import { h } from "./dom.js";
import { MEMBER_MUTED, MEMBER_UNMUTED, POST_APPROVED, POST_CREATED, POST_DELETED, POST_EDITED, POST_HIDDEN, POST_PENDING, POST_RESTORED, TYPING } from "./events.js";
import { formFeedback, messageArea } from "./forms.js";
import { formatLocale, t } from "./i18n.js";
import { listen } from "./live-channels.js";
import { insertMention, mentionQuery, segments, suggestions } from "./chat-mentions.js";

//: How long "X is typing…" stays after the last typing event, and how often we send ours.
const TYPING_SHOWN_MS = 4000;
const TYPING_EVERY_MS = 3000;
//: The author may edit for this long after sending (CHAT_EDIT_WINDOW, server/forum_limits.py).
export const EDIT_WINDOW_MS = 5 * 60 * 1000;
//: How often the edit buttons are checked against the window.
const WINDOW_CHECK_MS = 15000;
//: Durations a teacher picks from when muting, in minutes.
export const MUTE_MINUTES = [5, 15, 60];
const TEACHERS = ["founder", "admin", "teacher"];
const ADMINS = ["founder", "admin"];
const PUPILS_AND_GUESTS = ["pupil_admin", "pupil", "guest"];
const KINDS = ["space", "teachers", "session"];

let serial = 0;

function clientId() {
  if (globalThis.crypto?.randomUUID) return globalThis.crypto.randomUUID();
  return `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
}

const enc = encodeURIComponent;

/** What the client shows to whom: the policy's rules (server/policy/rules.py), mirrored. */
export function permissions(myRole, myId, message, authorRole) {
  const mine = message.author.account_id === myId;
  const teacherOver = myRole === "teacher" && PUPILS_AND_GUESTS.includes(authorRole);
  const moderates = ADMINS.includes(myRole) || teacherOver;
  const mutes =
    !mine &&
    message.author.account_id !== null &&
    authorRole !== undefined &&
    ((ADMINS.includes(myRole) && authorRole !== "founder") || teacherOver);
  return {
    edit: mine && ["visible", "pending"].includes(message.state),
    remove: mine && message.state !== "deleted",
    hide: moderates && message.state === "visible",
    restore: moderates && message.state === "hidden",
    approve: moderates && message.state === "pending",
    mute: mutes,
    report: !mine && message.state === "visible",
  };
}

/**
 * Mount a chat in `element`. Options: {ctx, spaceId (or space), kind: "space" | "teachers" |
 * "session", sessionId (for "session"), heading: "h2" | "h3" | null}. Returns a cleanup.
 */
export function mountChatPanel(element, options) {
  const { ctx } = options;
  const kind = options.kind ?? "space";
  if (!KINDS.includes(kind)) throw new Error(`unknown chat kind ${kind}`);
  const spaceId = options.space?.id ?? options.spaceId;
  const account = ctx.account;
  const uid = `chat${++serial}`;
  const base = `/api/spaces/${enc(spaceId)}`;
  const title = t(kind === "teachers" ? "chat.teachers_title" : kind === "session" ? "chat.session_title" : "chat.title");

  // -- the page ---------------------------------------------------------------------------
  // The panel's one message area: each message replaces the last (say()).
  const messages = messageArea();
  const error = "error";
  const status = "status";
  const say = (kind, text) => {
    const which = kind === "error" ? "error" : "success";
    if (text) messages[which](text);
    else messages.clear(which);
  };
  const older = h("button", { type: "button", class: "chat-older", hidden: true, text: t("chat.older") });
  const list = h("ol", { class: "chat-messages" });
  const log = h("div", { class: "chat-log", role: "log", "aria-label": title, tabindex: "0" }, list);
  const empty = h("p", { class: "chat-empty", text: t("chat.empty") });
  const typing = h("p", { class: "chat-typing", role: "status" });
  const mutedNote = h("p", { class: "chat-muted message message-warning", role: "status", hidden: true });
  const listboxId = `${uid}-people`;
  const inputId = `${uid}-input`;
  const input = h("input", {
    id: inputId,
    name: "body",
    class: "chat-input",
    type: "text",
    maxlength: "2000",
    autocomplete: "off",
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listboxId,
    "aria-describedby": `${uid}-hint`,
  });
  const people = h("ul", { id: listboxId, class: "chat-suggestions", role: "listbox", "aria-label": t("chat.mention_list"), hidden: true });
  const hint = h("span", { id: `${uid}-hint`, class: "visually-hidden", text: t("chat.mention_hint") });
  const send = h("button", { type: "submit", text: t("chat.send"), disabled: true });
  const form = h(
    "form",
    { class: "chat-form" },
    h("label", { for: inputId, text: t("chat.message") }),
    h("div", { class: "chat-compose" }, input, people),
    hint,
    send,
  );
  const heading = options.heading === null ? null : h(options.heading ?? "h2", { text: title });
  const root = h("div", { class: `chat-panel chat-kind-${kind}` }, heading, messages.element, older, empty, log, typing, mutedNote, form);
  element.append(root);

  // -- state ------------------------------------------------------------------------------
  let alive = true;
  let chat = null;
  let myRole = options.space?.my_role ?? null;
  let members = new Map(); // account id -> member
  let mutedUntil = null;
  let lastRead = null;
  let divider = null; // the first unread message id when the chat was opened
  let visible = false;
  let skewMs = null; // the server's clock minus ours, from messages it has just stamped
  let lastTyping = 0;
  const shown = new Map(); // message id -> message
  const items = new Map(); // message id -> li
  const editableNow = new Map(); // message id -> whether its li shows Edit
  const ui = { editing: null, muting: null };
  const typers = new Map(); // account id -> {name, timer}
  const stops = [];
  let readTimer = null;
  let active = -1; // the highlighted suggestion
  let offered = [];

  // Until a message it has just stamped says better, the offset the socket's welcome gave:
  // a chat whose messages all came from its history (none live yet) still knows which are
  // within their edit window (a French test showed no "Modifier" under load without it).
  const serverNow = () => Date.now() + (skewMs ?? ctx.live?.serverClockOffsetMs ?? 0);
  const stamp = (message) => {
    const at = Date.parse(message.created_at);
    if (Number.isNaN(at)) return;
    skewMs = at - Date.now();
    for (const m of shown.values()) if (!beingEdited(m.id) && editableNow.get(m.id) !== editable(m)) update(m.id);
  };
  const moderator = () => TEACHERS.includes(myRole);
  const roleOf = (id) => members.get(id)?.role;
  const clock = (iso) =>
    new Intl.DateTimeFormat(formatLocale(), { hour: "2-digit", minute: "2-digit" }).format(new Date(iso));

  // -- messages ---------------------------------------------------------------------------
  function keeps(message, state) {
    // A hidden message stays, marked, for its author and the moderators; a deleted one for
    // the moderators only (docs/chat.md).
    return moderator() || (state === "hidden" && message.author.account_id === account.id);
  }

  function body(message) {
    const names = message.mentions.map((id) => members.get(id)?.display_name).filter(Boolean);
    const mine = members.get(account.id)?.display_name ?? account.display_name;
    return segments(message.body, names).map((piece) =>
      piece.name === null
        ? piece.text
        : h("mark", {
            class: `chat-mention${piece.name === mine && message.mentions.includes(account.id) ? " chat-mention-me" : ""}`,
            text: piece.text,
          }),
    );
  }

  function actionButton(label, onclick, extra = "") {
    return h("button", { type: "button", class: `chat-action ${extra}`.trim(), text: t(label), onclick });
  }

  function editable(m) {
    const may = permissions(myRole, account.id, m, roleOf(m.author.account_id));
    const withinWindow = serverNow() - Date.parse(m.created_at) < EDIT_WINDOW_MS;
    return may.edit && withinWindow && mutedUntil === null;
  }

  function renderItem(m) {
    const may = permissions(myRole, account.id, m, roleOf(m.author.account_id));
    const canEdit = editable(m);
    editableNow.set(m.id, canEdit);
    const mentionsMe = m.mentions.includes(account.id) && m.author.account_id !== account.id;
    const classes = ["chat-message", `state-${m.state}`];
    if (mentionsMe) classes.push("chat-mentions-me");
    if (m.author.account_id === account.id) classes.push("chat-mine");
    const stateNote = { pending: "chat.pending", hidden: "chat.hidden", deleted: "chat.deleted", rejected: "chat.rejected" }[m.state];
    const li = h(
      "li",
      { class: classes.join(" "), "data-id": m.id },
      h("span", { class: "chat-author", "data-author-id": m.author.account_id, text: m.author.display_name }),
      " ",
      h("time", { class: "chat-time meta", datetime: m.created_at, text: clock(m.created_at) }),
      " ",
      ui.editing === m.id ? null : h("span", { class: "chat-body", dir: "auto" }, body(m)),
      m.edited_at ? h("span", { class: "chat-edited meta", text: ` ${t("chat.edited")}` }) : null,
      stateNote ? h("span", { class: "chat-state meta", text: ` ${t(stateNote)}` }) : null,
      mentionsMe ? h("span", { class: "chat-mention-badge", text: t("chat.mentions_you") }) : null,
    );
    if (ui.editing === m.id) li.append(editForm(m));
    const actions = h("span", { class: "chat-actions" });
    if (canEdit && ui.editing !== m.id) actions.append(actionButton("chat.edit", () => startEdit(m.id)));
    if (may.remove) actions.append(actionButton("chat.delete", () => confirmDelete(m)));
    if (may.hide) actions.append(actionButton("chat.hide", () => moderate(m, "hide")));
    if (may.restore) actions.append(actionButton("chat.restore", () => moderate(m, "restore")));
    if (may.approve) {
      actions.append(actionButton("chat.approve", () => moderate(m, "approve")));
      actions.append(actionButton("chat.reject", () => moderate(m, "reject")));
    }
    if (may.mute) actions.append(actionButton("chat.mute", () => toggle("muting", m.id)));
    if (may.report) actions.append(actionButton("chat.report", () => report(m)));
    if (actions.childElementCount) li.append(" ", actions);
    if (ui.muting === m.id) li.append(muteForm(m));
    return li;
  }

  function editForm(m) {
    const id = `${uid}-edit-${m.id}`;
    const box = h("input", { id, name: "body", class: "chat-edit-input", type: "text", maxlength: "2000", value: m.body });
    const form = h(
      "form",
      { class: "chat-edit" },
      h("label", { for: id, text: t("chat.edit_label") }),
      box,
      h("button", { type: "submit", text: t("chat.save") }),
      actionButton("chat.cancel", () => {
        ui.editing = null;
        update(m.id);
      }),
    );
    const feedback = formFeedback(form, { area: messages, place: false });
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (!feedback.require(box)) return box.focus();
      try {
        const edited = await call("PATCH", `${base}/forum/posts/${enc(m.id)}`, { body: box.value });
        ui.editing = null;
        put(edited);
        feedback.clear();
      } catch (failure) {
        feedback.fail(failure, ctx.describe);
      }
    });
    box.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        ui.editing = null;
        update(m.id);
      }
    });
    return form;
  }

  async function confirmDelete(m) {
    const sure = await confirmAction({
      title: t("confirm.delete_message"),
      lost: t("confirm.delete_message_lost"),
      confirm: t("chat.delete_confirm"),
    });
    if (!sure || !alive) return;
    try {
      await call("DELETE", `${base}/forum/posts/${enc(m.id)}`);
      gone(m.id, "deleted");
      say(error, "");
    } catch (failure) {
      say(error, ctx.describe(failure));
    }
  }

  function muteForm(m) {
    const id = `${uid}-mute-${m.id}`;
    const select = h(
      "select",
      { id },
      MUTE_MINUTES.map((n) => h("option", { value: String(n), text: t("chat.minutes", { count: n }) })),
    );
    const name = m.author.display_name;
    return h(
      "span",
      { class: "chat-confirm", role: "group", "aria-label": t("chat.mute_question", { name }) },
      h("label", { for: id, text: t("chat.mute_for", { name }) }),
      " ",
      select,
      " ",
      actionButton("chat.mute_confirm", async () => {
        try {
          const out = await call("POST", `${base}/members/${enc(m.author.account_id)}/mute`, {
            minutes: Number(select.value),
            reason: "",
          });
          ui.muting = null;
          update(m.id);
          const member = members.get(m.author.account_id);
          if (member) member.muted_until = out.muted_until;
          say(status, t("chat.muted_other", { name, time: clock(out.muted_until) }));
          say(error, "");
        } catch (failure) {
          say(error, ctx.describe(failure));
        }
      }),
      actionButton("chat.cancel", () => toggle("muting", m.id)),
    );
  }

  function toggle(what, id) {
    const before = ui[what];
    ui[what] = before === id ? null : id;
    if (before !== null) update(before);
    update(id);
  }

  function startEdit(id) {
    const before = ui.editing;
    ui.editing = id;
    if (before !== null) update(before);
    update(id);
    items.get(id)?.querySelector(".chat-edit-input")?.focus();
  }

  async function moderate(m, action) {
    try {
      put(await call("POST", `${base}/forum/posts/${enc(m.id)}/moderate`, { action, reason: "" }));
      say(error, "");
    } catch (failure) {
      say(error, ctx.describe(failure));
    }
  }

  async function report(m) {
    try {
      await call("POST", `${base}/forum/posts/${enc(m.id)}/report`, { reason: "" });
      say(status, t("chat.reported"));
      say(error, "");
    } catch (failure) {
      say(error, ctx.describe(failure));
    }
  }

  // Keyed rendering: one li per message, rebuilt only when that message changes, so an open
  // edit box keeps its text and focus while others talk.
  function update(id) {
    const m = shown.get(id);
    const old = items.get(id);
    if (!m) {
      old?.remove();
      items.delete(id);
      editableNow.delete(id);
    } else {
      const li = renderItem(m);
      if (old) old.replaceWith(li);
      else {
        const after = [...items.keys()].filter((other) => other > id).sort((a, b) => a - b)[0];
        list.insertBefore(li, after === undefined ? null : items.get(after));
      }
      items.set(id, li);
    }
    placeDivider();
    empty.hidden = shown.size > 0;
  }

  function placeDivider() {
    list.querySelector(".chat-divider")?.remove();
    if (divider === null) return;
    const first = [...items.keys()].filter((id) => id >= divider).sort((a, b) => a - b)[0];
    if (first !== undefined) list.insertBefore(h("li", { class: "chat-divider", text: t("chat.new_messages") }), items.get(first));
  }

  /** Whether the message's edit box is open: news of that message (often its own live event,
   * coming after we opened the box) waits for the edit to end, which rebuilds it; rebuilding
   * it at once reset the text being typed and took the focus. */
  function beingEdited(id) {
    return ui.editing === id && Boolean(items.get(id)?.querySelector(".chat-edit-input"));
  }

  function put(m) {
    shown.set(m.id, m);
    if (!beingEdited(m.id)) update(m.id);
    markReadSoon();
  }

  function gone(id, state) {
    const m = shown.get(id);
    if (!m) return;
    if (keeps(m, state)) shown.set(id, { ...m, state });
    else shown.delete(id);
    update(id);
  }

  function rebuildAll() {
    for (const id of [...items.keys()]) if (!shown.has(id)) update(id);
    for (const id of [...shown.keys()].sort((a, b) => a - b)) if (!beingEdited(id)) update(id);
  }

  // -- read marks -------------------------------------------------------------------------
  function newestByOthers() {
    let newest = null;
    for (const m of shown.values()) {
      if (m.state === "visible" && m.author.account_id !== account.id && (newest === null || m.id > newest)) newest = m.id;
    }
    return newest;
  }

  function markReadSoon() {
    if (!visible || chat === null || readTimer !== null) return;
    readTimer = setTimeout(async () => {
      readTimer = null;
      const newest = newestByOthers();
      if (!alive || newest === null || (lastRead !== null && newest <= lastRead)) return;
      try {
        const read = await call("POST", `${base}/chats/${enc(chat.id)}/read`, { last_read_post_id: newest });
        lastRead = read.last_read_id;
      } catch {
        // the next message tries again
      }
    }, 300);
  }

  const seen = new IntersectionObserver((entries) => {
    visible = entries.some((entry) => entry.isIntersecting);
    markReadSoon();
  });
  seen.observe(log);

  // -- mutes ------------------------------------------------------------------------------
  function showMute() {
    const muted = mutedUntil !== null;
    mutedNote.hidden = !muted;
    mutedNote.textContent = muted ? t("chat.muted_you", { time: clock(mutedUntil) }) : "";
    input.disabled = muted;
    send.disabled = muted || chat === null;
    if (muted) closeSuggestions();
    for (const m of shown.values()) if (editableNow.get(m.id) !== editable(m)) update(m.id);
  }

  function onNotice(message) {
    if (!alive || message.type !== "event") return;
    if (message.event === MEMBER_MUTED) {
      mutedUntil = message.data.muted_until ?? null;
      showMute();
    } else if (message.event === MEMBER_UNMUTED) {
      const was = mutedUntil !== null;
      mutedUntil = null;
      showMute();
      if (was) say(status, t("chat.unmuted_you"));
    }
  }

  // -- live -------------------------------------------------------------------------------
  function onThread(message) {
    if (!alive) return;
    if (message.type === "reset") return recover();
    if (message.type === "unsubscribed") {
      say(error, t("chat.gone"));
      input.disabled = send.disabled = true;
      return;
    }
    if (message.type !== "event") return;
    const post = message.data.post;
    if (post && [POST_CREATED, POST_APPROVED, POST_RESTORED, POST_EDITED].includes(message.event)) {
      if (message.event === POST_CREATED) stamp(post);
      put(post);
      const typer = typers.get(post.author.account_id);
      if (typer) {
        clearTimeout(typer.timer);
        typers.delete(post.author.account_id);
        showTyping();
      }
    } else if (message.event === POST_HIDDEN) {
      gone(message.data.post_id, "hidden");
    } else if (message.event === POST_DELETED) {
      gone(message.data.post_id, "deleted");
    }
  }

  function onModeration(message) {
    // Held messages reach the moderators here, not on the chat's channel.
    if (!alive || message.type !== "event" || chat === null) return;
    const post = message.data.post;
    if (post && post.thread_id === chat.id && [POST_PENDING, POST_DELETED].includes(message.event)) put(post);
  }

  function showTyping() {
    const names = [...typers.values()].map((x) => x.name);
    typing.textContent = names.length ? t("chat.typing", { name: names.join(", ") }) : "";
  }

  function onTyping(message) {
    if (!alive || message.type !== "event" || message.event !== TYPING) return;
    const who = message.data;
    if (who.account_id === account.id) return;
    const before = typers.get(who.account_id);
    if (before) clearTimeout(before.timer);
    const timer = setTimeout(() => {
      typers.delete(who.account_id);
      showTyping();
    }, TYPING_SHOWN_MS);
    typers.set(who.account_id, { name: who.display_name, timer });
    showTyping();
  }

  // -- loading ----------------------------------------------------------------------------
  function chatPath() {
    if (kind === "teachers") return `${base}/chat/teachers`;
    if (kind === "session") return `${base}/video-sessions/${enc(options.sessionId)}/chat`;
    return `${base}/chat`;
  }

  async function loadMembers() {
    const list = await call("GET", `${base}/members`);
    members = new Map(list.map((m) => [m.account_id, m]));
    mutedUntil = members.get(account.id)?.muted_until ?? null;
  }

  async function load() {
    try {
      if (myRole === null) myRole = (await call("GET", base)).my_role;
      await loadMembers();
      const fresh = await call("GET", chatPath());
      if (!alive) return;
      const first = chat === null;
      chat = fresh;
      if (first) {
        lastRead = fresh.last_read_id;
        const unread = fresh.messages.find(
          (m) => m.author.account_id !== account.id && (lastRead === null || m.id > lastRead),
        );
        divider = fresh.unread > 0 && unread ? unread.id : null;
      }
      shown.clear();
      for (const m of fresh.messages) shown.set(m.id, m);
      older.hidden = fresh.next_before === null;
      older.dataset.before = fresh.next_before ?? "";
      rebuildAll();
      say(error, "");
      showMute();
      markReadSoon();
      if (first) {
        const me = `notice:${spaceId}:${account.id}`;
        // A message sent between the read above and this subscription's ack is in neither:
        // once the channel is followed, ask for whatever came after the newest shown.
        ctx.live
          .subscribe(fresh.channel, onThread)
          .then(() => alive && catchUp())
          .catch(() => {});
        stops.push(() => {
          ctx.live.unsubscribe(fresh.channel, onThread).catch(() => {});
        });
        stops.push(listen(ctx.live, fresh.typing_channel, onTyping));
        stops.push(listen(ctx.live, me, onNotice));
        if (moderator()) stops.push(listen(ctx.live, `moderation:${spaceId}`, onModeration));
      }
    } catch (failure) {
      if (alive) say(error, ctx.describe(failure));
    }
  }

  /** Show every message after the newest one shown, page by page. */
  async function catchUp() {
    let after = Math.max(0, ...shown.keys());
    for (;;) {
      const page = await call("GET", `${base}/chats/${enc(chat.id)}/messages?after=${enc(after)}`);
      if (!alive) return;
      for (const m of page.messages) put(m);
      if (page.next_after === null || page.next_after === undefined) break;
      after = page.next_after;
    }
  }

  /** After a reset: catch up on what came after the newest message shown, then refresh. */
  async function recover() {
    if (chat === null) return load();
    try {
      await catchUp();
      await load(); // the newest page again: edits and hides of shown messages
    } catch (failure) {
      if (alive) say(error, ctx.describe(failure));
    }
  }

  older.addEventListener("click", async () => {
    if (chat === null || !older.dataset.before) return;
    try {
      const page = await call("GET", `${base}/chats/${enc(chat.id)}/messages?before=${enc(older.dataset.before)}`);
      for (const m of page.messages) {
        shown.set(m.id, m);
        update(m.id);
      }
      older.hidden = page.next_before === null || page.next_before === undefined;
      older.dataset.before = page.next_before ?? "";
    } catch (failure) {
      say(error, ctx.describe(failure));
    }
  });

  // -- the composer: mentions, typing, sending ---------------------------------------------
  function closeSuggestions() {
    offered = [];
    active = -1;
    people.hidden = true;
    people.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function mentionable() {
    const all = [...members.values()].filter((m) => m.account_id !== account.id);
    return kind === "teachers" ? all.filter((m) => TEACHERS.includes(m.role)) : all;
  }

  function offer() {
    const found = mentionQuery(input.value, input.selectionStart ?? input.value.length);
    offered = found ? suggestions(mentionable(), found.query) : [];
    if (!offered.length) return closeSuggestions();
    active = Math.min(Math.max(active, 0), offered.length - 1);
    people.replaceChildren(
      ...offered.map((m, i) =>
        h("li", {
          id: `${listboxId}-${i}`,
          role: "option",
          class: "chat-suggestion",
          "aria-selected": i === active ? "true" : "false",
          text: m.display_name,
          onmousedown: (event) => {
            event.preventDefault(); // keep the focus in the box
            choose(i);
          },
        }),
      ),
    );
    people.hidden = false;
    input.setAttribute("aria-expanded", "true");
    input.setAttribute("aria-activedescendant", `${listboxId}-${active}`);
  }

  function choose(index) {
    const member = offered[index];
    const caret = input.selectionStart ?? input.value.length;
    const found = mentionQuery(input.value, caret);
    if (!member || !found) return closeSuggestions();
    const next = insertMention(input.value, found.start, caret, member.display_name);
    input.value = next.text;
    input.setSelectionRange(next.caret, next.caret);
    closeSuggestions();
    input.focus();
  }

  input.addEventListener("keydown", (event) => {
    if (people.hidden) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : -1) + offered.length) % offered.length;
      offer();
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      choose(active);
    } else if (event.key === "Escape") {
      event.preventDefault();
      closeSuggestions();
    }
  });
  input.addEventListener("blur", () => closeSuggestions());
  input.addEventListener("input", () => {
    offer();
    const now = Date.now();
    if (chat === null || mutedUntil !== null || now - lastTyping < TYPING_EVERY_MS || !input.value.trim()) return;
    lastTyping = now;
    call("POST", `${base}/chats/${enc(chat.id)}/typing`).catch(() => {});
  });
  const sendFeedback = formFeedback(form, { area: messages, place: false });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = input.value;
    if (chat === null || mutedUntil !== null) return;
    sendFeedback.clear();
    if (!sendFeedback.require(input)) return input.focus();
    send.disabled = true;
    try {
      const sent = await call("POST", `${base}/chats/${enc(chat.id)}/messages`, { body: text, client_id: clientId() });
      stamp(sent);
      put(sent);
      input.value = "";
    } catch (failure) {
      sendFeedback.fail(failure, ctx.describe);
    } finally {
      send.disabled = mutedUntil !== null;
      if (!input.disabled) input.focus();
    }
  });

  // The edit buttons go when the window closes (only those lis are rebuilt: focus stays).
  const windowTimer = setInterval(() => {
    for (const m of shown.values()) {
      if (ui.editing !== m.id && editableNow.get(m.id) && !editable(m)) update(m.id);
    }
  }, WINDOW_CHECK_MS);

  load();
  return () => {
    alive = false;
    seen.disconnect();
    clearInterval(windowTimer);
    if (readTimer !== null) clearTimeout(readTimer);
    for (const typer of typers.values()) clearTimeout(typer.timer);
    for (const stop of stops) stop();
  };
}

/**
 * A space section that mounts its chat the first time its tab is shown (a hidden panel
 * costs no request and no subscription).
 */
export function lazyChatSection(panel, view, kind) {
  let stop = null;
  const watch = new IntersectionObserver((entries) => {
    if (stop === null && entries.some((entry) => entry.isIntersecting)) {
      watch.disconnect();
      stop = mountChatPanel(panel, { ctx: view.ctx, space: view.space, kind });
    }
  });
  watch.observe(panel);
  return () => {
    watch.disconnect();
    stop?.();
  };
}
