// An event's live Q&A (issue 22): questions asked by those with a place and by its
// moderators, upvoted once each, picked, answered (and marked answered), hidden and restored
// by its moderators, live on the channel qa:EVENT. It follows the channel as forum-live.js's
// `follow` does: subscribe first, load, then apply what came meanwhile, so that nothing said
// while the list loaded is lost.

import { h } from "../dom.js";
import { eventApi } from "../event-api.js";
import { QUESTION_ASKED, QUESTION_HIDDEN, QUESTION_MODERATED, QUESTION_VOTED } from "../events.js";
import { formFeedback, messageArea } from "../forms.js";
import { t } from "../i18n.js";
import { follow } from "./forum-live.js";

const OPEN_STATES = new Set(["scheduled", "live"]);
/** The list's order: what the speakers take now, then the open ones, then the answered ones
 * (and, for moderators, the hidden ones); within each the most upvoted, then the oldest. */
const RANK = { picked: 0, open: 1, answered: 2, hidden: 3 };

function ordered(questions) {
  return [...questions].sort(
    (a, b) => RANK[a.state] - RANK[b.state] || b.votes - a.votes || String(a.at).localeCompare(String(b.at)) || a.id - b.id,
  );
}

/** The Q&A section of `event`: {element, update(event), stop()}. */
export function questionsSection(ctx, initial) {
  let event = initial;
  const eventId = event.id;
  const questions = new Map(); // id -> question (with `voted` as this reader knows it)
  const list = h("ol", { class: "qa-list", "aria-labelledby": "qa-heading" });
  const empty = h("p", { class: "empty", text: t("qa.empty"), hidden: true });
  const rowMessages = messageArea();
  const askHolder = h("div", { class: "qa-ask-holder" });
  const element = h(
    "section",
    { class: "card event-qa", "aria-labelledby": "qa-heading" },
    h("h2", { id: "qa-heading", text: t("qa.title") }),
    askHolder,
    rowMessages.element,
    list,
    empty,
  );

  // The organiser, the speakers, and whoever else the policy lets pick and answer (a group's
  // owner and moderators, for the group's events: EventOut.allowed).
  const moderating = () =>
    event.organising ||
    event.speakers.some((person) => person.id === ctx.account.id) ||
    (event.allowed ?? []).includes("moderate_questions");
  const mayAsk = () => OPEN_STATES.has(event.state) && (moderating() || event.my_registration === "registered");

  function askForm() {
    if (!OPEN_STATES.has(event.state)) return h("p", { class: "hint", text: t("qa.closed") });
    if (!mayAsk()) return h("p", { class: "hint", text: t("qa.need_place") });
    const input = h("textarea", { id: `qa-ask-${eventId}`, name: "body", rows: "2", maxlength: "500", required: true });
    const submit = h("button", { type: "submit", text: t("qa.ask") });
    const form = h("form", { class: "compose qa-ask" }, h("label", { for: input.id, text: t("qa.your_question") }), input, submit);
    const feedback = formFeedback(form);
    form.addEventListener("submit", async (submitted) => {
      submitted.preventDefault();
      if (!feedback.check()) return;
      submit.disabled = true;
      try {
        const asked = await eventApi.ask(eventId, input.value);
        upsert(asked);
        input.value = "";
        feedback.success(t("qa.asked"));
      } catch (failure) {
        feedback.fail(failure, ctx.describe);
      } finally {
        submit.disabled = false;
      }
    });
    return form;
  }

  function upsert(question) {
    const known = questions.get(question.id);
    // Events leave out `voted` (a per-reader field): what this reader knew stays.
    questions.set(question.id, { ...known, ...question, voted: question.voted ?? known?.voted ?? false });
    draw();
  }

  /** A moderator's or voter's action; its refusal in `feedback` (the answer's form) or in the
   * list's one message area. */
  async function run(work, feedback = null) {
    rowMessages.clear();
    try {
      upsert(await work());
    } catch (failure) {
      if (feedback) feedback.fail(failure, ctx.describe);
      else rowMessages.error(ctx.describe(failure));
    }
  }

  function moderation(question) {
    const verbs = [];
    const button = (verb, label, extra = {}) =>
      h("button", {
        type: "button",
        class: "secondary small",
        "data-verb": verb,
        text: label,
        onclick: () => run(() => eventApi.moderate(eventId, question.id, verb)),
        ...extra,
      });
    if (question.state === "open") verbs.push(button("pick", t("qa.pick")));
    if (question.state === "picked") verbs.push(button("unpick", t("qa.unpick")));
    if (question.state !== "hidden") verbs.push(button("hide", t("qa.hide")));
    if (question.state === "hidden") verbs.push(button("restore", t("qa.restore")));
    const tools = h("div", { class: "post-actions" }, verbs);
    if (question.state === "hidden") return tools;
    const answerId = `qa-answer-${question.id}`;
    const answer = h("textarea", { id: answerId, name: "answer", rows: "2", maxlength: "5000" });
    answer.value = question.answer ?? "";
    const form = h(
      "form",
      { class: "qa-answer-form" },
      h("label", { for: answerId, text: t("qa.answer_label") }),
      answer,
      h("button", { type: "submit", class: "small", text: t("qa.mark_answered") }),
    );
    const feedback = formFeedback(form);
    form.addEventListener("submit", (submitted) => {
      submitted.preventDefault();
      run(() => eventApi.moderate(eventId, question.id, "answer", answer.value), feedback);
    });
    return h("div", { class: "qa-moderation" }, tools, form);
  }

  function item(question) {
    const canVote = mayAsk() && question.state !== "hidden" && question.state !== "answered";
    const vote = h("button", {
      type: "button",
      class: "toggle small qa-upvote",
      "aria-pressed": question.voted ? "true" : "false",
      disabled: !canVote || question.voted,
      text: t(question.voted ? "qa.upvoted" : "qa.upvote"),
      onclick: () => run(() => eventApi.upvote(eventId, question.id)),
    });
    const state = question.state === "open" ? null : h("span", { class: `badge qa-state-${question.state}`, text: t(`qa.state.${question.state}`) });
    return h(
      "li",
      { class: `qa-question state-${question.state}`, "data-question": String(question.id) },
      h("p", { class: "post-body qa-body", dir: "auto", text: question.body }),
      h(
        "p",
        { class: "post-head meta" },
        question.author === null ? t("qa.by_gone") : t("qa.by", { name: question.author }),
        " · ",
        h("span", { class: "qa-votes", text: t("qa.votes", { votes: question.votes }) }),
        state,
      ),
      question.answer ? h("p", { class: "qa-answer", text: t("qa.answer", { answer: question.answer }) }) : null,
      h("div", { class: "post-actions" }, mayAsk() || question.voted ? vote : null),
      moderating() ? moderation(question) : null,
    );
  }

  function draw() {
    // A live change must not take the focus away from a moderator typing an answer: the row
    // being edited is kept as it is.
    const focused = document.activeElement;
    const keep = focused && list.contains(focused) && focused.matches("textarea") ? focused.closest("li") : null;
    const all = ordered([...questions.values()]).filter((question) => question.state !== "hidden" || moderating());
    // A button pressed in a row that is drawn again: the focus goes to its new self (or the
    // row's first button, when the move changed the buttons), not to the page's start.
    const row = focused && list.contains(focused) && !keep ? focused.closest("li")?.dataset.question : null;
    const verb = row ? (focused.dataset.verb ?? (focused.classList.contains("qa-upvote") ? "upvote" : null)) : null;
    list.replaceChildren(...all.map((question) => (keep && keep.dataset.question === String(question.id) ? keep : item(question))));
    empty.hidden = all.length > 0;
    if (row) {
      const again = list.querySelector(`li[data-question="${CSS.escape(row)}"]`);
      const same = verb === "upvote" ? again?.querySelector(".qa-upvote:not(:disabled)") : again?.querySelector(`[data-verb="${CSS.escape(verb ?? "")}"]`);
      (same ?? again?.querySelector("button:not(:disabled), textarea"))?.focus();
    }
  }

  function apply(message) {
    const data = message.data ?? {};
    switch (message.event) {
      case QUESTION_ASKED:
      case QUESTION_MODERATED:
        upsert(data);
        break;
      case QUESTION_VOTED:
        if (questions.has(data.id)) upsert({ ...questions.get(data.id), votes: data.votes });
        break;
      case QUESTION_HIDDEN:
        if (questions.has(data.id)) upsert({ ...questions.get(data.id), state: "hidden" });
        break;
      default:
    }
  }

  const following = follow(ctx.live, `qa:${eventId}`, {
    async load() {
      const loaded = await eventApi.questions(eventId);
      questions.clear();
      for (const question of loaded) questions.set(question.id, question);
      draw();
    },
    apply,
    gone() {
      rowMessages.error(t("qa.gone"));
    },
  });
  askHolder.replaceChildren(askForm());

  return {
    element,
    /** The event changed (a registration, its state): who may ask may have changed. */
    update(changed) {
      const before = mayAsk();
      event = changed;
      if (before !== mayAsk() || !OPEN_STATES.has(event.state)) askHolder.replaceChildren(askForm());
      draw();
    },
    stop() {
      following.stop();
    },
  };
}
