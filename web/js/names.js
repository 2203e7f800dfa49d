// Two members may share a display name (two pupils called Léa Martin). Wherever names are
// listed, each then carries a mark that tells them apart: the pupil's username for the
// space's teachers (who hand usernames out), else an ordinal by account age ("#1", "#2"),
// stable for everyone in the space. Decided in issue 17; see docs/web-client.md.

import { t } from "./i18n.js";

const key = (name) => name.trim().toLocaleLowerCase();

/** account id -> the label to show; members: [{account_id, display_name, username?}]. */
export function distinctNames(members) {
  const groups = new Map();
  for (const member of members) {
    const group = groups.get(key(member.display_name)) ?? [];
    group.push(member);
    groups.set(key(member.display_name), group);
  }
  const labels = new Map();
  for (const group of groups.values()) {
    group.sort((a, b) => a.account_id - b.account_id);
    group.forEach((member, index) => {
      const mark = member.username ?? `#${index + 1}`;
      labels.set(
        member.account_id,
        group.length > 1 ? t("names.marked", { name: member.display_name, mark }) : member.display_name,
      );
    });
  }
  return labels;
}
