// The chat panel's pure parts: mentions (what is being typed, suggestions, drawing names) and
// which buttons each role sees (a mirror of server/policy/rules.py; the server decides again).

import assert from "node:assert/strict";
import { test } from "node:test";

import { insertMention, mentionQuery, segments, suggestions } from "../../../web/js/chat-mentions.js";
import { permissions } from "../../../web/js/chat-panel.js";

const people = [
  { account_id: 1, display_name: "Léa Martin" },
  { account_id: 2, display_name: "Léa" },
  { account_id: 3, display_name: "Max Weber" },
  { account_id: 4, display_name: "Claire Dupont" },
];

test("the mention being typed starts at an @ that opens a word", () => {
  assert.deepEqual(mentionQuery("hi @Lé", 6), { start: 3, query: "Lé" });
  assert.deepEqual(mentionQuery("@", 1), { start: 0, query: "" });
  assert.deepEqual(mentionQuery("hi @Léa M", 9), { start: 3, query: "Léa M" });
  assert.equal(mentionQuery("mail me@school", 14), null); // inside a word: not a mention
  assert.equal(mentionQuery("no at sign", 10), null);
  assert.equal(mentionQuery("@Léa\nnext", 9), null);
});

test("suggestions: names that begin with the query first, then a later word", () => {
  const names = (query) => suggestions(people, query).map((m) => m.display_name);
  assert.deepEqual(names("lé"), ["Léa", "Léa Martin"]);
  assert.deepEqual(names("web"), ["Max Weber"]);
  assert.deepEqual(names("zz"), []);
  assert.equal(suggestions(people, "", 2).length, 2);
});

test("choosing a suggestion writes @Name and a space, the caret after it", () => {
  assert.deepEqual(insertMention("hi @Lé and", 3, 6, "Léa Martin"), { text: "hi @Léa Martin  and", caret: 15 });
});

test("a body is cut at mentions, longest names first, any case, at a word's end", () => {
  const cut = segments("Hi @léa martin and @Léa, not @Léane or a@Léa", ["Léa", "Léa Martin"]);
  assert.deepEqual(cut, [
    { text: "Hi ", name: null },
    { text: "@léa martin", name: "Léa Martin" },
    { text: " and ", name: null },
    { text: "@Léa", name: "Léa" },
    { text: ", not @Léane or a@Léa", name: null },
  ]);
  assert.deepEqual(segments("<b>@Max</b>", ["Max"]), [
    { text: "<b>", name: null },
    { text: "@Max", name: "Max" },
    { text: "</b>", name: null },
  ]);
  assert.deepEqual(segments("", ["Max"]), []);
});

const message = (author, state = "visible") => ({ author: { account_id: author }, state });

test("authors edit and delete their own messages; others report them", () => {
  const own = permissions("pupil", 7, message(7), "pupil");
  assert.equal(own.edit && own.remove, true);
  assert.equal(own.report || own.hide || own.mute, false);
  const other = permissions("pupil", 7, message(8), "pupil");
  assert.deepEqual(other, { edit: false, remove: false, hide: false, restore: false, approve: false, mute: false, report: true });
  assert.equal(permissions("pupil", 7, message(7, "deleted"), "pupil").remove, false);
});

test("teachers moderate and mute pupils and guests; admins everyone but a founder's mute", () => {
  for (const role of ["pupil", "pupil_admin", "guest"]) {
    const may = permissions("teacher", 1, message(2), role);
    assert.equal(may.hide && may.mute, true, role);
  }
  const peer = permissions("teacher", 1, message(2), "teacher");
  assert.equal(peer.hide || peer.mute, false);
  const admin = permissions("admin", 1, message(2), "teacher");
  assert.equal(admin.hide && admin.mute, true);
  const founder = permissions("admin", 1, message(2), "founder");
  assert.equal(founder.hide, true);
  assert.equal(founder.mute, false);
  assert.equal(permissions("teacher", 1, message(2, "hidden"), "pupil").restore, true);
  assert.equal(permissions("teacher", 1, message(2, "pending"), "pupil").approve, true);
});

test("pupils and guests never get moderation buttons, whoever wrote", () => {
  for (const role of ["pupil", "pupil_admin", "guest"]) {
    for (const author of ["founder", "teacher", "pupil", "guest"]) {
      const may = permissions(role, 1, message(2, "visible"), author);
      assert.equal(may.hide || may.restore || may.approve || may.mute, false, `${role} over ${author}`);
    }
  }
});
