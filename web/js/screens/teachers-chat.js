// The teachers' chat of a twinspace: a tab only the space's teachers get. Pupils and guests
// never see it, not even that it exists (the server answers them "no such chat" anyway).

import { lazyChatSection } from "../chat-panel.js";

const TEACHERS = ["founder", "admin", "teacher"];

export default {
  id: "teachers-chat",
  label: "chat.teachers_tab",
  available: (space) => space.kind === "twinspace" && TEACHERS.includes(space.my_role),
  render(panel, view) {
    return lazyChatSection(panel, view, "teachers");
  },
};
