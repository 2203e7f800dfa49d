// The chat section of a space: its live chat, newest messages on opening, new ones as they
// come (thread:<id>:<chat>), who is typing (typing:<id>:<chat>), a box to send. A message is
// sent once per click even if the answer is lost: the client id goes with it (docs/chat.md).

import { h, messageBox, say } from "../dom.js";
import { t } from "../i18n.js";

//: How long "X is typing…" stays after the last typing event, and how often we send ours.
const TYPING_SHOWN_MS = 4000;
const TYPING_EVERY_MS = 3000;

function clientId() {
  if (globalThis.crypto?.randomUUID) return globalThis.crypto.randomUUID();
  return `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
}

export default {
  id: "chat",
  label: "chat.title",
  available: () => true,
  render(panel, view) {
    const { space, account, ctx } = view;
    const error = messageBox("error");
    const list = h("ol", { class: "chat-messages" });
    const log = h("div", { role: "log", "aria-label": t("chat.title") }, list);
    const empty = h("p", { class: "chat-empty", text: t("chat.empty") });
    const typing = h("p", { class: "chat-typing", role: "status" });
    const input = h("input", { id: "chat-input", type: "text", maxlength: "2000", autocomplete: "off" });
    const send = h("button", { type: "submit", text: t("chat.send"), disabled: true });
    const form = h(
      "form",
      { class: "chat-form" },
      h("label", { for: "chat-input", text: t("chat.message") }),
      input,
      send,
    );
    panel.append(h("h2", { text: t("chat.title") }), error, empty, log, typing, form);

    let alive = true;
    let chat = null;
    const shown = new Map(); // message id -> message
    const typers = new Map(); // account id -> {name, timer}
    let lastTyping = 0;

    function render() {
      const messages = [...shown.values()].sort((a, b) => a.id - b.id);
      empty.hidden = messages.length > 0;
      list.replaceChildren(
        ...messages.map((m) =>
          h(
            "li",
            { class: `chat-message state-${m.state}`, "data-id": m.id },
            h("span", { class: "chat-author", text: m.author.display_name }),
            " ",
            h("span", { class: "chat-body", text: m.body }),
            m.state === "pending" ? h("span", { class: "meta", text: ` ${t("chat.pending")}` }) : null,
          ),
        ),
      );
    }

    function showTyping() {
      const names = [...typers.values()].map((x) => x.name);
      typing.textContent = names.length ? t("chat.typing", { name: names.join(", ") }) : "";
    }

    function onMessage(message) {
      if (!alive) return;
      if (message.type === "reset") return load();
      if (message.type !== "event") return;
      const post = message.data.post;
      if (post && ["post.created", "post.approved", "post.restored", "post.edited"].includes(message.event)) {
        shown.set(post.id, post);
        const typer = typers.get(post.author.account_id);
        if (typer) {
          clearTimeout(typer.timer);
          typers.delete(post.author.account_id);
          showTyping();
        }
      } else if (["post.hidden", "post.deleted"].includes(message.event)) {
        shown.delete(message.data.post_id);
      }
      render();
    }

    function onTyping(message) {
      if (!alive || message.type !== "event" || message.event !== "typing") return;
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

    async function load() {
      try {
        const fresh = await ctx.api.chat(space.id);
        if (!alive) return;
        const first = chat === null;
        chat = fresh;
        shown.clear();
        for (const m of fresh.messages) shown.set(m.id, m);
        say(error, "");
        render();
        send.disabled = false; // ready once the chat is known
        if (first) {
          ctx.live.subscribe(fresh.channel, onMessage).catch(() => {});
          ctx.live.subscribe(fresh.typing_channel, onTyping).catch(() => {});
        }
      } catch (failure) {
        if (alive) say(error, ctx.describe(failure));
      }
    }

    input.addEventListener("input", () => {
      const now = Date.now();
      if (chat === null || now - lastTyping < TYPING_EVERY_MS || !input.value.trim()) return;
      lastTyping = now;
      ctx.api.chatTyping(space.id, chat.id).catch(() => {});
    });
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const body = input.value;
      if (chat === null || !body.trim()) return;
      send.disabled = true;
      try {
        const sent = await ctx.api.sendChat(space.id, chat.id, body, clientId());
        shown.set(sent.id, sent);
        input.value = "";
        say(error, "");
        render();
      } catch (failure) {
        say(error, ctx.describe(failure));
      } finally {
        send.disabled = false;
        input.focus();
      }
    });

    load();
    return () => {
      alive = false;
      for (const typer of typers.values()) clearTimeout(typer.timer);
      if (chat !== null) {
        ctx.live.unsubscribe(chat.channel).catch(() => {});
        ctx.live.unsubscribe(chat.typing_channel).catch(() => {});
      }
    };
  },
};
