// The forum section of a space (issue 8, docs/web-client.md): the thread list of the open
// area and, for teachers, of the Teachers' Bulletin; a thread with its posts, live on
// thread:<id>:<thread>; writing, editing, reporting; and, for those the server allows, the
// moderation controls and the queue. Which controls show is the server's answer (`allowed`),
// never a rule of the page's own.

import { confirmAction } from "../confirm.js";
import { h } from "../dom.js";
import { POST_CREATED, POST_MY_REACTIONS, POST_REACTIONS, THREAD_EVENTS } from "../events.js";
import { formFeedback, messageArea } from "../forms.js";
import { t } from "../i18n.js";
import { listen } from "../live-channels.js";
import { pendingBadge } from "../pending.js";
import { batcher, canDo, composeId, follow, forumApi, when } from "./forum-live.js";
import { readingNow } from "./thread-readers.js";
import { reactionBar } from "./reactions.js";

const MODERATION = ["approve", "reject", "hide", "restore"];
const STATE_NOTE = {
  pending: "forum.state.pending",
  hidden: "forum.state.hidden",
  rejected: "forum.state.rejected",
  deleted: "forum.state.deleted",
};

function textarea(id, label, attrs = {}) {
  return [
    h("label", { for: id, text: label }),
    h("textarea", { id, name: "body", rows: "3", maxlength: "10000", required: true, ...attrs }),
  ];
}

export default {
  id: "forum",
  label: "forum.title",
  available: () => true,
  render(panel, view) {
    const { space, account, ctx } = view;
    const api = forumApi(space.id);
    // The section's one message area (what the buttons did); each form has its own.
    const messages = messageArea();
    const body = h("div", { class: "forum-body" });
    panel.append(h("h2", { text: t("forum.title") }), messages.element, body);

    // Issue 17: the count of what waits for a moderator, on the Moderation button, live.
    const pending = (space.allowed ?? []).includes("moderate")
      ? pendingBadge(ctx, space.id, space.pending ?? undefined)
      : null;
    let alive = true;
    let area = "open";
    let stopView = () => {};
    let areaAllowed = [];

    // The forms' own areas (new thread, reply): a message of the section replaces theirs too,
    // so the section never shows two messages at once.
    const formAreas = new Set();
    const ownArea = (feedback) => {
      formAreas.add(feedback);
      return feedback;
    };
    const quietForms = () => {
      for (const feedback of formAreas) {
        if (feedback.area.isConnected) feedback.clear();
        else formAreas.delete(feedback);
      }
    };
    const fail = (failure) => {
      if (!alive) return;
      quietForms();
      messages.error(ctx.describe(failure));
    };
    const tell = (text) => {
      quietForms();
      messages.success(text);
    };

    // -- the thread list ------------------------------------------------------------------

    function showList(focusThread = null) {
      stopView();
      messages.clear();
      const list = h("ul", { class: "thread-list", "aria-label": t("forum.threads") });
      const empty = h("p", { class: "empty", text: t("forum.empty"), hidden: true });
      const tools = h("div", { class: "forum-tools" });
      const composer = h("div", { class: "forum-compose" });
      body.replaceChildren(tools, composer, empty, list);
      let channelOff = () => {};

      function areaSwitch() {
        if (!areaAllowed.includes("teachers_area")) return null;
        const choice = (value, key) =>
          h("button", {
            type: "button",
            class: "toggle",
            "aria-pressed": area === value ? "true" : "false",
            text: t(key),
            onclick: () => {
              if (area === value) return;
              area = value;
              showList();
            },
          });
        return h(
          "div",
          { role: "group", class: "area-switch", "aria-label": t("forum.areas") },
          choice("open", "forum.area.open"),
          choice("teachers", "forum.area.teachers"),
        );
      }

      function threadItem(thread) {
        const link = h("button", {
          type: "button",
          class: "thread-link linklike",
          "data-thread-id": thread.id,
          text: thread.title,
          onclick: () => showThread(thread.id),
        });
        const badges = [];
        if (thread.pinned) badges.push(h("span", { class: "badge", text: t("forum.pinned") }));
        if (thread.locked) badges.push(h("span", { class: "badge", text: t("forum.locked") }));
        if (thread.state !== "visible")
          badges.push(h("span", { class: "badge", text: t(STATE_NOTE[thread.state] ?? "forum.state.pending") }));
        return h(
          "li",
          { class: "thread-item", "data-thread-id": thread.id },
          link,
          ...badges,
          h("span", {
            class: "meta",
            text: t("forum.thread_meta", {
              author: thread.author.display_name,
              count: thread.posts,
              when: when(thread.last_post_at ?? thread.created_at),
            }),
          }),
          thread.unread > 0
            ? h("span", { class: "unread", text: t("forum.unread", { count: thread.unread }) })
            : null,
        );
      }

      async function load() {
        let page;
        try {
          page = await api.threads(area);
        } catch (failure) {
          return fail(failure);
        }
        if (!alive) return;
        areaAllowed = page.allowed ?? [];
        const threads = [...page.pinned, ...page.threads];
        list.replaceChildren(...threads.map(threadItem));
        empty.hidden = threads.length > 0;
        const switcher = areaSwitch();
        const moderate = areaAllowed.includes("moderate")
          ? h("button", { type: "button", class: "secondary", text: t("forum.moderation"), onclick: showModeration })
          : null;
        if (moderate && pending) moderate.append(" ", pending.element);
        tools.replaceChildren(...[switcher, moderate].filter(Boolean));
        // The form is kept across reloads (every live change refetches the list): rebuilding
        // it would drop what someone is typing and the "thread started" message.
        if (!areaAllowed.includes("create_thread")) composer.replaceChildren();
        else if (!composer.querySelector("form")) composer.replaceChildren(newThreadForm());
        if (focusThread !== null) list.querySelector(`[data-thread-id="${focusThread}"] button`)?.focus();
        focusThread = null;
      }

      function newThreadForm() {
        const cid = composeId();
        const title = h("input", { id: "thread-title", name: "title", type: "text", maxlength: "200", required: true });
        const form = h(
          "form",
          { class: "card compose" },
          h("h3", { text: t(area === "teachers" ? "forum.new_bulletin" : "forum.new_thread") }),
          h("div", { class: "field" }, h("label", { for: "thread-title", text: t("forum.thread_title") }), title),
          h("div", { class: "field" }, ...textarea("thread-body", t("forum.first_post"))),
          h("button", { type: "submit", text: t("forum.start") }),
        );
        const feedback = ownArea(formFeedback(form));
        form.addEventListener("submit", async (event) => {
          event.preventDefault();
          messages.clear();
          if (!feedback.check()) return;
          const text = form.querySelector("textarea").value;
          const button = form.querySelector("button[type=submit]");
          button.disabled = true;
          try {
            const created = await api.startThread(area, title.value, text, cid.get());
            cid.done();
            form.reset();
            feedback.success(created.thread.state === "pending" ? t("forum.thread_held") : t("forum.thread_started"));
            await load();
          } catch (failure) {
            cid.failed(failure);
            feedback.fail(failure, ctx.describe);
          } finally {
            button.disabled = false;
          }
        });
        return form;
      }

      // New, changed, pinned threads arrive on space:<id> (fed by the space view) or on
      // teachers:<id>; the list is fetched again, since events carry no `allowed`.
      const refetch = batcher(() => alive && load(), 150);
      const onList = (message) => {
        if (message.type === "reset" || (message.type === "event" && THREAD_EVENTS.has(message.event))) {
          refetch.add("list");
        }
      };
      if (area === "teachers") {
        const channel = `teachers:${space.id}`;
        ctx.live.subscribe(channel, onList).catch(() => {});
        channelOff = () => ctx.live.unsubscribe(channel, onList).catch(() => {});
      } else {
        channelOff = view.spaceEvents.on(onList);
      }
      stopView = () => {
        refetch.cancel();
        channelOff();
        stopView = () => {};
      };
      load();
    }

    // -- one thread -----------------------------------------------------------------------

    function showThread(threadId) {
      stopView();
      messages.clear();
      const heading = h("h3", { class: "thread-title", tabindex: "-1", text: t("app.loading") });
      const badges = h("p", { class: "thread-badges" });
      const tools = h("div", { class: "forum-tools thread-tools" });
      const list = h("ol", { class: "post-list", "aria-label": t("forum.posts") });
      const log = h("div", { role: "log", "aria-live": "polite", "aria-label": t("forum.posts") }, list);
      const composer = h("div", { class: "forum-compose" });
      const back = h("button", {
        type: "button",
        class: "secondary",
        text: t("forum.back"),
        onclick: () => showList(threadId),
      });
      const readers = readingNow(view, threadId, composer); // "Reading now" (thread-readers.js)
      body.replaceChildren(h("p", {}, back), heading, badges, readers.element, tools, log, composer);

      let thread = null;
      const posts = new Map(); // id -> PostOut
      const editing = new Map(); // post id -> the draft being written
      const reporting = new Map(); // post id -> the reason being written
      let picking = null; // the post whose reaction picker is open
      let lastRead = 0;
      let first = true;

      function render() {
        if (thread === null) return;
        heading.textContent = thread.title;
        badges.replaceChildren(
          ...[
            thread.pinned ? h("span", { class: "badge", text: t("forum.pinned") }) : null,
            thread.locked ? h("span", { class: "badge", text: t("forum.locked") }) : null,
          ].filter(Boolean),
        );
        const toggles = [
          ["pin", "forum.pin", { pinned: true }],
          ["unpin", "forum.unpin", { pinned: false }],
          ["lock", "forum.lock", { locked: true }],
          ["unlock", "forum.unlock", { locked: false }],
        ].filter(([verb]) => canDo(thread, verb));
        tools.replaceChildren(
          ...toggles.map(([verb, key, changes]) =>
            h("button", {
              type: "button",
              class: "secondary",
              "data-action": verb,
              text: t(key),
              onclick: () => changeThread(changes),
            }),
          ),
        );
        const sorted = [...posts.values()].sort((a, b) => a.id - b.id);
        // A live event re-renders the list: keep the focus (and the drafts) where they were.
        const focused = list.contains(document.activeElement) ? document.activeElement : null;
        const focusKey = focused?.id || focused?.dataset.focusKey;
        list.replaceChildren(...sorted.map(postItem));
        if (focusKey) {
          const again = list.querySelector(`[id="${focusKey}"], [data-focus-key="${focusKey}"]`);
          again?.focus();
        }
        if (!composer.firstChild || canDo(thread, "reply") !== Boolean(composer.querySelector("form"))) {
          composer.replaceChildren(canDo(thread, "reply") ? replyForm() : h("p", { class: "meta", text: t("forum.no_reply") }));
        }
      }

      function postItem(post) {
        const mine = post.author.account_id === account.id;
        const item = h("li", { class: `post state-${post.state}`, "data-post-id": post.id });
        const head = h(
          "p",
          { class: "post-head" },
          h("span", { class: "post-author", "data-author-id": post.author.account_id, text: post.author.display_name }),
          " ",
          h("span", { class: "meta", text: when(post.created_at) }),
          post.edited_at ? h("span", { class: "meta", text: ` ${t("forum.edited")}` }) : null,
          STATE_NOTE[post.state] ? h("span", { class: "badge state-note", text: t(STATE_NOTE[post.state]) }) : null,
        );
        item.append(head);
        if (editing.has(post.id)) {
          item.append(editForm(post));
          return item;
        }
        item.append(h("p", { class: "post-body", dir: "auto", text: post.body }));
        const actions = [];
        const act = (verb, key, fn) => {
          if (canDo(post, verb)) {
            const focusKey = `${verb}-${post.id}`;
            actions.push(
              h("button", { type: "button", class: "small", "data-action": verb, "data-focus-key": focusKey, text: t(key), onclick: fn }),
            );
          }
        };
        act("edit", "forum.edit", () => {
          editing.set(post.id, post.body);
          render();
          list.querySelector(`[data-post-id="${post.id}"] textarea`)?.focus();
        });
        act("delete", "forum.delete", async () => {
          const sure = await confirmAction({
            title: t("confirm.delete_post"),
            lost: t("confirm.delete_post_lost"),
            confirm: t("forum.delete"),
          });
          if (sure) run(() => api.remove(post.id), t("forum.deleted"), post.id);
        });
        for (const verb of MODERATION) {
          act(verb, `forum.${verb}`, () => run(() => api.moderate(post.id, verb), t(`forum.done.${verb}`), post.id));
        }
        if (!mine && !reporting.has(post.id)) {
          act("report", "forum.report", () => {
            reporting.set(post.id, "");
            render();
            list.querySelector(`[data-post-id="${post.id}"] .report-form input`)?.focus();
          });
        }
        if (post.state === "visible") {
          const bar = reactionBar(post, {
            open: picking === post.id,
            toggle: (kind, on) => react(post.id, kind, on),
            setOpen: (open) => {
              picking = open ? post.id : null;
              render();
              const key = open ? `pick-${post.id}-0` : `react-${post.id}`;
              list.querySelector(`[data-focus-key="${key}"]`)?.focus();
            },
          });
          if (bar) item.append(bar);
        }
        if (actions.length) item.append(h("div", { class: "post-actions" }, ...actions));
        if (reporting.has(post.id)) item.append(reportForm(post));
        return item;
      }

      function editForm(post) {
        const id = `edit-${post.id}`;
        const form = h(
          "form",
          { class: "edit-form" },
          ...textarea(id, t("forum.edit_label")),
          h("button", { type: "submit", text: t("forum.save") }),
          h("button", {
            type: "button",
            class: "secondary",
            text: t("forum.cancel"),
            onclick: () => {
              editing.delete(post.id);
              render();
            },
          }),
        );
        const box = form.querySelector("textarea");
        box.value = editing.get(post.id) ?? post.body;
        box.addEventListener("input", () => editing.set(post.id, box.value));
        const feedback = formFeedback(form, { area: messages, place: false });
        form.addEventListener("submit", async (event) => {
          event.preventDefault();
          if (!feedback.check()) return;
          try {
            const saved = await api.edit(post.id, box.value);
            editing.delete(post.id);
            posts.set(saved.id, saved);
            tell(t("forum.saved"));
            render();
          } catch (failure) {
            quietForms();
            feedback.fail(failure, ctx.describe);
          }
        });
        return form;
      }

      function reportForm(post) {
        const id = `report-${post.id}`;
        const reason = h("input", { id, name: "reason", type: "text", maxlength: "1000" });
        reason.value = reporting.get(post.id) ?? "";
        reason.addEventListener("input", () => reporting.set(post.id, reason.value));
        const form = h(
          "form",
          { class: "report-form" },
          h("label", { for: id, text: t("forum.report_reason") }),
          reason,
          h("button", { type: "submit", text: t("forum.report_send") }),
        );
        const feedback = formFeedback(form, { area: messages, place: false });
        form.addEventListener("submit", async (event) => {
          event.preventDefault();
          try {
            await api.report(post.id, reason.value);
            reporting.delete(post.id);
            tell(t("forum.reported"));
            render();
          } catch (failure) {
            quietForms();
            feedback.fail(failure, ctx.describe);
          }
        });
        return form;
      }

      function replyForm() {
        const cid = composeId();
        const form = h(
          "form",
          { class: "compose reply-form" },
          ...textarea("reply-body", t("forum.reply_label")),
          h("button", { type: "submit", text: t("forum.send") }),
        );
        const feedback = ownArea(formFeedback(form));
        form.addEventListener("submit", async (event) => {
          event.preventDefault();
          messages.clear();
          const box = form.querySelector("textarea");
          if (!feedback.check()) return;
          const button = form.querySelector("button[type=submit]");
          button.disabled = true;
          try {
            const post = await api.reply(threadId, box.value, cid.get());
            cid.done();
            box.value = "";
            posts.set(post.id, post);
            if (post.state === "pending") feedback.success(t("forum.held"));
            render();
            box.focus();
          } catch (failure) {
            cid.failed(failure);
            feedback.fail(failure, ctx.describe);
          } finally {
            button.disabled = false;
          }
        });
        return form;
      }

      async function run(action, done, postId) {
        try {
          const answer = await action();
          if (answer && answer.id === postId) posts.set(answer.id, answer);
          else if (postId !== undefined) await refreshPosts([postId]);
          tell(done);
          render();
          // The button pressed is gone (Hide became Restore): keep the keyboard in the post.
          if (document.activeElement === document.body || !document.activeElement) {
            const still = list.querySelector(`[data-post-id="${postId}"] .post-actions button`);
            (still ?? heading).focus();
          }
        } catch (failure) {
          fail(failure);
        }
      }

      // One's reaction added or taken back: the answer carries the post's counts and one's
      // own; the other readers get the counts from the thread's channel (post.reactions).
      async function react(postId, kind, on) {
        try {
          const answer = on ? await api.react(postId, kind) : await api.unreact(postId, kind);
          const known = posts.get(postId);
          if (known) posts.set(postId, { ...known, reactions: answer.reactions, my_reactions: answer.mine });
          if (picking === postId) picking = null;
          render();
          const key = `reaction-${postId}-${kind}`;
          (list.querySelector(`[data-focus-key="${key}"]`) ?? list.querySelector(`[data-focus-key="react-${postId}"]`))?.focus();
        } catch (failure) {
          fail(failure);
        }
      }

      async function changeThread(changes) {
        try {
          thread = await api.changeThread(threadId, changes);
          tell(t("forum.thread_changed"));
          render();
          tools.querySelector("button")?.focus();
        } catch (failure) {
          fail(failure);
        }
      }

      // What a live event brought comes without `allowed`: ask for each post as the
      // server shows it to us (a post we may not see any more answers 404: it goes).
      async function refreshPosts(ids) {
        await Promise.all(
          ids.map(async (id) => {
            try {
              const fresh = await api.post(id);
              if (fresh.thread_id === threadId) posts.set(id, fresh);
            } catch (failure) {
              if (failure.status === 404) posts.delete(id);
            }
          }),
        );
        if (alive) render();
      }
      const refresh = batcher((ids) => refreshPosts(ids));
      const refreshThread = batcher(async () => {
        try {
          thread = await api.thread(threadId);
          if (alive) render();
        } catch (failure) {
          fail(failure);
        }
      });

      function markRead() {
        const newest = Math.max(0, ...[...posts.values()].filter((p) => p.state === "visible").map((p) => p.id));
        if (newest > lastRead) {
          lastRead = newest;
          api.markRead(threadId, newest).catch(() => {});
        }
      }

      async function load() {
        try {
          const [fresh, page] = await Promise.all([api.thread(threadId), api.posts(threadId)]);
          let all = page.posts;
          let after = page.next_after;
          while (after) {
            const more = await api.posts(threadId, after);
            all = all.concat(more.posts);
            after = more.next_after;
          }
          if (!alive) return;
          thread = fresh;
          posts.clear();
          for (const post of all) posts.set(post.id, post);
          render();
          markRead();
          if (first) heading.focus();
          first = false;
        } catch (failure) {
          fail(failure);
        }
      }

      function apply(message) {
        const data = message.data ?? {};
        if (message.event === POST_REACTIONS) {
          // The new counts, the same for every reader: nothing to ask the server (one's own
          // reactions stay as this tab knows them).
          const known = posts.get(data.post_id);
          if (known) posts.set(data.post_id, { ...known, reactions: data.reactions });
          render();
          return;
        }
        if (data.post) {
          // Shown at once as it came; its controls follow from the server. Events carry no
          // reaction counts: keep the ones known.
          const known = posts.get(data.post.id);
          posts.set(data.post.id, {
            ...data.post,
            allowed: known?.allowed ?? [],
            reactions: known?.reactions ?? {},
            my_reactions: known?.my_reactions ?? [],
          });
          refresh.add(data.post.id);
        } else if (data.post_id) {
          refresh.add(data.post_id);
        }
        if (data.thread || THREAD_EVENTS.has(message.event)) refreshThread.add("thread");
        render();
        if (message.event === POST_CREATED) markRead();
      }

      const followed = follow(ctx.live, `thread:${space.id}:${threadId}`, {
        load,
        apply,
        gone: () => alive && messages.error(t("forum.thread_gone")),
      });
      // One's own reactions changed in another tab: the counts come on the thread's channel
      // (they say nothing of who), one's own on one's own channel. A missed one is right
      // again at the next load.
      const noticeChannel = `notice:${space.id}:${ctx.account.id}`;
      const onMine = (message) => {
        const data = message.data ?? {};
        if (message.type !== "event" || message.event !== POST_MY_REACTIONS) return;
        const known = posts.get(data.post_id);
        if (!known || data.thread_id !== threadId) return;
        posts.set(data.post_id, { ...known, my_reactions: data.mine });
        render();
      };
      const stopMine = listen(ctx.live, noticeChannel, onMine);
      stopView = () => {
        refresh.cancel();
        refreshThread.cancel();
        followed.stop();
        stopMine();
        readers.stop();
        stopView = () => {};
      };
    }

    // -- moderation: the held posts and the reports (for who the server allows) -----------

    function showModeration() {
      stopView();
      messages.clear();
      const heading = h("h3", { tabindex: "-1", text: t("forum.moderation") });
      const queue = h("ul", { class: "queue-list", "aria-label": t("forum.queue") });
      const reports = h("ul", { class: "report-list", "aria-label": t("forum.reports") });
      const queueEmpty = h("p", { class: "empty", text: t("forum.queue_empty") });
      const reportsEmpty = h("p", { class: "empty", text: t("forum.reports_empty") });
      body.replaceChildren(
        h("p", {}, h("button", { type: "button", class: "secondary", text: t("forum.back"), onclick: () => showList() })),
        heading,
        h("h4", { text: t("forum.queue") }),
        queueEmpty,
        queue,
        h("h4", { text: t("forum.reports") }),
        reportsEmpty,
        reports,
      );

      const heldItem = (post) => {
        const actions = ["approve", "reject"]
          .filter((verb) => canDo(post, verb))
          .map((verb) =>
            h("button", {
              type: "button",
              class: "small",
              "data-action": verb,
              text: t(`forum.${verb}`),
              onclick: () => act(() => api.moderate(post.id, verb), t(`forum.done.${verb}`)),
            }),
          );
        return h(
          "li",
          { class: "post state-pending", "data-post-id": post.id },
          h("p", { class: "post-head" }, h("span", { class: "post-author", "data-author-id": post.author.account_id, text: post.author.display_name }), " ", h("span", { class: "meta", text: when(post.created_at) })),
          h("p", { class: "post-body", dir: "auto", text: post.body }),
          h("div", { class: "post-actions" }, ...actions),
        );
      };

      const reportItem = (report) => {
        const post = report.post;
        const actions = ["hide"]
          .filter((verb) => canDo(post, verb))
          .map((verb) =>
            h("button", {
              type: "button",
              class: "small",
              "data-action": verb,
              text: t(`forum.${verb}`),
              onclick: () => act(() => api.moderate(post.id, verb), t(`forum.done.${verb}`)),
            }),
          );
        actions.push(
          h("button", {
            type: "button",
            class: "small secondary",
            "data-action": "resolve",
            text: t("forum.resolve"),
            onclick: () => act(() => api.resolve(report.id, ""), t("forum.resolved")),
          }),
        );
        return h(
          "li",
          { class: `post state-${post.state}`, "data-report-id": report.id },
          h("p", { class: "post-head" }, h("span", { class: "post-author", "data-author-id": post.author.account_id, text: post.author.display_name }), " ", h("span", { class: "meta", text: t("forum.reported_by", { name: report.reporter.display_name }) })),
          h("p", { class: "post-body", dir: "auto", text: post.body }),
          report.reason ? h("p", { class: "meta", text: t("forum.report_said", { reason: report.reason }) }) : null,
          h("div", { class: "post-actions" }, ...actions),
        );
      };

      async function load() {
        try {
          const [held, open] = await Promise.all([api.queue(), api.reports()]);
          if (!alive) return;
          queue.replaceChildren(...held.map(heldItem));
          reports.replaceChildren(...open.map(reportItem));
          queueEmpty.hidden = held.length > 0;
          reportsEmpty.hidden = open.length > 0;
        } catch (failure) {
          fail(failure);
        }
      }

      async function act(action, done) {
        try {
          await action();
          tell(done);
          await load();
        } catch (failure) {
          fail(failure);
        }
      }

      const refetch = batcher(() => alive && load(), 150);
      const followed = follow(ctx.live, `moderation:${space.id}`, {
        load,
        apply: () => refetch.add("all"),
      });
      stopView = () => {
        refetch.cancel();
        followed.stop();
        stopView = () => {};
      };
      heading.focus();
    }

    showList();
    return () => {
      alive = false;
      pending?.stop();
      stopView();
    };
  },
};
