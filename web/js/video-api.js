// The video sessions' HTTP API (docs/api.md, tag `video`) from the page. Signalling itself is
// on the WebSocket (webrtc/mesh.js).

import { call } from "./api.js";

const sessions = (spaceId) => `/api/spaces/${encodeURIComponent(spaceId)}/video-sessions`;
const session = (spaceId, sessionId) => `${sessions(spaceId)}/${encodeURIComponent(sessionId)}`;
const participant = (spaceId, sessionId, pid) =>
  `${session(spaceId, sessionId)}/participants/${encodeURIComponent(pid)}`;

export const videoApi = {
  list: (spaceId) => call("GET", sessions(spaceId)),
  start: (spaceId, title, lobby) => call("POST", sessions(spaceId), { title, lobby }),
  show: (spaceId, sessionId) => call("GET", session(spaceId, sessionId)),
  join: (spaceId, sessionId) => call("POST", `${session(spaceId, sessionId)}/join`),
  leave: (spaceId, sessionId) => call("POST", `${session(spaceId, sessionId)}/leave`),
  /** lock, unlock or end (teachers). */
  change: (spaceId, sessionId, action) => call("POST", `${session(spaceId, sessionId)}/${action}`),
  /** admit, deny or remove a participant (teachers). */
  moderate: (spaceId, sessionId, pid, action) =>
    call("POST", `${participant(spaceId, sessionId, pid)}/${action}`, { reason: "" }),
  mute: (spaceId, sessionId, pid, muted) =>
    call("POST", `${participant(spaceId, sessionId, pid)}/mute`, { muted, reason: "" }),
};

// Who sees the teachers' buttons. Display only: every action is decided again by the server's
// policy (START_VIDEO and MODERATE_VIDEO: protocol/vocabulary.py TEACHER_ROLES), and a refusal
// is shown as an error. The API has no allowed-actions field for video sessions yet; a table
// test (tests/web/test_video_tables.py) keeps this copy equal to the server's.
export const TEACHER_ROLES = new Set(["founder", "admin", "teacher"]);
