// What someone waiting in a session's lobby is told: whether anyone who can let them in is in
// the call, as participants come and go, and how to leave. Who can let people in is the
// server's word (`moderator` on each participant: the policy's MODERATE_VIDEO for their role),
// not a copy of the roles here.

import { h } from "../dom.js";
import { t } from "../i18n.js";

/** Whether a participant who can admit is in the call (joined) now. */
export function moderatorPresent(participants) {
  for (const p of participants) if (p.moderator && p.state === "joined") return true;
  return false;
}

/** The lobby's status line: a teacher will let you in soon, or no teacher is here yet. */
export function lobbyStatus(participants) {
  return t(moderatorPresent(participants) ? "video.waiting_in_lobby" : "video.no_teacher_yet");
}

/** The lobby's one control: leave it (and the session page). */
export function leaveLobbyButton(onLeave) {
  const leave = h("button", { type: "button", class: "secondary", text: t("video.leave_lobby") });
  leave.addEventListener("click", () => onLeave(leave));
  return leave;
}
