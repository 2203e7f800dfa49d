// The chat section of a space: the space's live chat, for every member (docs/chat.md). The
// panel itself is chat-panel.js, which the video screen mounts for a session's chat too.

import { lazyChatSection } from "../chat-panel.js";

export default {
  id: "chat",
  label: "chat.title",
  available: () => true,
  render(panel, view) {
    return lazyChatSection(panel, view, "space");
  },
};
