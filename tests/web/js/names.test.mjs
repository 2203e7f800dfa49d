// Two members of one name are told apart (names.js): teachers by the pupil's username, others
// by an order mark by account age; a unique name stays as it is.

import assert from "node:assert/strict";
import { before, test } from "node:test";

import { distinctNames } from "../../../web/js/names.js";
import { useDiskCatalogues } from "./catalogues.mjs";

before(() => useDiskCatalogues());

test("a unique name stays as it is", () => {
  const labels = distinctNames([{ account_id: 1, display_name: "Tom" }]);
  assert.equal(labels.get(1), "Tom");
});

test("two pupils of one name carry their usernames when the viewer has them", () => {
  const labels = distinctNames([
    { account_id: 7, display_name: "Léa Martin", username: "lea.k3xz" },
    { account_id: 4, display_name: "Léa Martin", username: "lea.ab2c" },
  ]);
  assert.equal(labels.get(7), "Léa Martin (lea.k3xz)");
  assert.equal(labels.get(4), "Léa Martin (lea.ab2c)");
});

test("without usernames the mark is the order by account age, case and spaces ignored", () => {
  const labels = distinctNames([
    { account_id: 9, display_name: "léa martin " },
    { account_id: 3, display_name: "Léa Martin" },
    { account_id: 5, display_name: "Tom" },
  ]);
  assert.equal(labels.get(3), "Léa Martin (#1)");
  assert.equal(labels.get(9), "léa martin  (#2)");
  assert.equal(labels.get(5), "Tom");
});
