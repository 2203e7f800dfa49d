// ApiError carries the server's error shape: code, reason, params and every refused field.

import assert from "node:assert/strict";
import { test } from "node:test";

import { ApiError } from "../../../web/js/api.js";
import { PRESENT, messages } from "./catalogues.mjs";

test("a 422 keeps every refused field with its code and limits", () => {
  const fields = [
    { field: "title", code: "blank", min: 1, max: 200 },
    { field: "pupils.0.display_name", code: "too_long", min: 1, max: 100 },
  ];
  const error = ApiError.fromBody(422, { error: { code: "invalid", message: "x", fields } });
  assert.equal(error.status, 422);
  assert.equal(error.code, "invalid");
  assert.deepEqual(error.fields, fields);
  assert.equal(error.reason, null);
  assert.deepEqual(error.params, {});
});

test("a conflict keeps its reason and params for the page's own sentence", () => {
  const body = {
    error: { code: "conflict", message: "'Photos' is already there", reason: "name_taken", params: { name: "Photos" } },
  };
  const error = ApiError.fromBody(409, body);
  assert.equal(error.reason, "name_taken");
  assert.deepEqual(error.params, { name: "Photos" });
  assert.deepEqual(error.fields, []);
});

test("a body without the error shape still gives an ApiError with empty fields", () => {
  for (const data of [null, "text", {}, { error: { fields: "nope" } }]) {
    const error = ApiError.fromBody(502, data);
    assert.equal(error.code, "generic");
    assert.deepEqual(error.fields, []);
    assert.deepEqual(error.params, {});
  }
});

test("every reason the server sends has a sentence in every language", () => {
  // protocol/errors.py ErrorReason, with the code each is sent under.
  const reasons = {
    conflict: ["name_taken", "in_trash", "not_in_trash", "parent_in_trash", "folder_not_empty", "wrong_status"],
    gone: ["revoked", "expired", "used_up"],
  };
  for (const lang of PRESENT) {
    const ids = new Set(messages(lang).map((m) => m.id));
    for (const [code, names] of Object.entries(reasons)) {
      for (const reason of names) assert.ok(ids.has(`error-${code}-${reason}`), `${lang} error-${code}-${reason}`);
    }
  }
});
