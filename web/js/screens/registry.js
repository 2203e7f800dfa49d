// Where screens plug in. The app shell (app.js) routes to SCREENS by URL fragment; the space
// view (space.js) shows SPACE_SECTIONS as tabs. Each entry is its own module.
//
// PLUG-IN POINT for the later issues (docs/web-client.md, "Adding a screen"):
//   - forum (#5):   a SPACE_SECTIONS entry "forum" (thread list), and a screen
//                   "/spaces/:space_id/threads/:thread_id" (live posts on thread:<id>:<thread>)
//   - archive (#6): a SPACE_SECTIONS entry "archive" (files, upload with progress; archive:<id>)
//   - video (#7):   a SPACE_SECTIONS entry "video" (sessions), and a screen
//                   "/spaces/:space_id/video/:session_id" (video:<id>:<session>)

import chat from "./chat.js";
import invite from "./invite.js";
import login from "./login.js";
import members from "./members.js";
import space, { spaceSection } from "./space.js";
import spaces from "./spaces.js";
import videoSession from "./video.js"; // video (webvideo)
import videoSessions from "./video-sessions.js"; // video (webvideo)
import teachersChat from "./teachers-chat.js"; // issue 10: teachers only

/** Routed screens: {id, path, title (catalogue key), session: "required"|"none", render}. */
export const SCREENS = [login, invite, spaces, space, spaceSection];
SCREENS.push(videoSession); // video (webvideo)

/**
 * Sections of a space, shown as tabs in the space view, in this order:
 * {id, label (catalogue key), available(space, account) -> bool, render(container, view)}.
 * `view` has {space, account, ctx, spaceEvents, presence}; render returns a cleanup function.
 */
export const SPACE_SECTIONS = [members, chat, teachersChat];
SPACE_SECTIONS.push(videoSessions); // video (webvideo)

// -- forum and archive sections (issue 8) ---------------------------------------------------
// Kept in this block (imports are hoisted) so the other sections' changes merge cleanly.
import archive from "./archive.js";
import forum from "./forum.js";

SPACE_SECTIONS.push(forum, archive);

// -- the space's administration (issue 17): guest links, settings, audit log ----------------
// Each shows only when the server's `space.allowed` says the signed-in member may use it.
import audit from "./audit.js";
import invitations from "./invitations.js";
import settings from "./settings.js";

SPACE_SECTIONS.push(invitations, settings, audit);

// -- accounts (issue 17): registration, pending, forgot/reset, my account, national admin --
import account from "./account.js";
import admin from "./admin.js";
import forgot from "./forgot.js";
import pending from "./pending.js";
import register from "./register.js";
import reset from "./reset.js";

SCREENS.push(register, pending, forgot, reset, account, admin);

// -- eTwinning Groups (issue 21): the directory and a group's page for who is not a member;
// inside, a group is a space (space.js and its sections, in the group's words).
import group from "./group.js";
import groups from "./groups.js";

SCREENS.push(groups, group);
