"""The chat in real headless Chromium, a teacher's browser and a pupil's, against a real server:
edits and deletions live, a teacher hiding a message, a timed mute on the injected clock, the
teachers' chat kept from pupils, mentions, catch-up after a reconnect, a video session's chat
mounted as the video screen mounts it, French, and the accessibility audit."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from playwright.async_api import Locator, Page, Route, WebSocketRoute, expect

from protocol.close_codes import CloseCode, CloseReason
from tests.http.conftest import ApiUser, ok

from .conftest import Site, audit, screenshot, sign_in_pupil, sign_in_teacher

#: Page behaviour: SQLite only, as in test_e2e.py, to spare the shared CPU.
pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


class Classroom:
    """A twinspace with its teacher (founder) and one pupil, each in their own browser."""

    def __init__(self, site: Site, teacher: ApiUser, space_id: int, pupil: dict[str, Any]):
        self.site = site
        self.teacher = teacher
        self.space_id = space_id
        self.pupil = pupil
        self.tpage: Page
        self.ppage: Page

    async def chat_id(self, teachers: bool = False) -> int:
        path = f"/api/spaces/{self.space_id}/chat" + ("/teachers" if teachers else "")
        chat_id: int = ok(await self.teacher.get(path))["id"]
        return chat_id

    async def say(self, user: ApiUser, body: str, teachers: bool = False) -> dict[str, Any]:
        path = f"/api/spaces/{self.space_id}/chats/{await self.chat_id(teachers)}/messages"
        sent: dict[str, Any] = ok(
            await user.post(path, {"body": body, "client_id": str(uuid.uuid4())}), 201
        )
        return sent


async def classroom(site: Site) -> Classroom:
    world = site.live.world
    teacher = await world.etwinner("Claire Dupont")
    space_id = await world.space(teacher)
    pupil = await site.pupil_credentials(teacher, space_id, "Léa Martin")
    room = Classroom(site, teacher, space_id, pupil)
    room.tpage = await (await site.person()).page()
    await sign_in_teacher(room.tpage, teacher)
    room.ppage = await (await site.person()).page()
    await sign_in_pupil(room.ppage, pupil)
    return room


async def open_chat(page: Page, space_id: int, tab: str = "Chat") -> Locator:
    """Open the space and the chat tab; the panel, once its chat is loaded."""
    await page.goto(page.url.split("#")[0] + f"#/spaces/{space_id}")  # the same page
    await page.get_by_role("tab", name=tab, exact=True).click()
    panel = page.locator("[role=tabpanel]:not([hidden])")
    await expect(panel.get_by_role("button", name="Send", exact=True)).to_be_enabled()
    return panel


def message(panel: Locator, text: str) -> Locator:
    return panel.locator(".chat-message").filter(has_text=text)


async def write(panel: Locator, text: str) -> None:
    await panel.get_by_label("Message", exact=True).fill(text)
    await panel.get_by_role("button", name="Send", exact=True).click()


async def test_a_message_sent_while_the_chat_opens_is_shown_though_in_neither_history_nor_live(
    site: Site,
) -> None:
    # The panel reads the history, then subscribes. Here the history is read from the server,
    # a message is sent (as from another tab), and only then does the page get that history:
    # the message is in neither it nor the live channel, which the page follows afterwards.
    room = await classroom(site)
    sent: list[dict[str, Any]] = []

    async def history_then_a_message(route: Route) -> None:
        answer = await route.fetch()
        if not sent:
            sent.append(await room.say(room.teacher, "Sent while the chat was opening"))
        await route.fulfill(response=answer)

    await room.tpage.route(f"**/api/spaces/{room.space_id}/chat", history_then_a_message)
    panel = await open_chat(room.tpage, room.space_id)
    assert sent, "the chat's history was never read"
    await expect(message(panel, "Sent while the chat was opening")).to_have_count(1)


async def test_an_open_edit_box_keeps_its_text_when_its_messages_own_event_comes_late(
    site: Site,
) -> None:
    # The author sees their message from the POST's answer; its live `post.created` may come
    # after they opened its edit box. Rebuilding the message then reset the box to the old
    # text and took the focus, so the edit sent the old words. Here the pupil's socket holds
    # that event back (Playwright between the page and the server) until the box is open.
    room = await classroom(site)
    held: list[str | bytes] = []
    routes: list[WebSocketRoute] = []

    def route(ws: WebSocketRoute) -> None:
        server = ws.connect_to_server()
        ws.on_message(server.send)

        def from_server(frame: str | bytes) -> None:
            if isinstance(frame, str) and '"post.created"' in frame:
                held.append(frame)
            else:
                ws.send(frame)

        server.on_message(from_server)
        routes.append(ws)

    await room.ppage.route_web_socket("**/ws", route)
    await room.ppage.reload()  # a new socket, through the route
    teacher = await open_chat(room.tpage, room.space_id)
    pupil = await open_chat(room.ppage, room.space_id)
    await write(pupil, "I like rivres")
    await expect(message(teacher, "I like rivres")).to_have_count(1)
    await message(pupil, "rivres").get_by_role("button", name="Edit").click()
    box = pupil.get_by_label("Edit your message")
    await box.fill("I like rivers")
    assert held, "the message's own event was not held back"
    for frame in held:
        routes[-1].send(frame)
    await room.ppage.wait_for_timeout(300)  # the page takes the late event
    await expect(box).to_have_value("I like rivers")
    await expect(box).to_be_focused()
    await box.press("Enter")
    await expect(message(teacher, "I like rivers").locator(".chat-body")).to_have_text(
        "I like rivers"
    )


async def test_edits_and_deletions_by_the_author_show_live_for_the_other(site: Site) -> None:
    room = await classroom(site)
    teacher = await open_chat(room.tpage, room.space_id)
    pupil = await open_chat(room.ppage, room.space_id)
    await write(pupil, "I like rivres")
    await expect(message(teacher, "I like rivres")).to_have_count(1)
    # The teacher sees no Edit on the pupil's message; the pupil edits hers.
    await expect(message(teacher, "rivres").get_by_role("button", name="Edit")).to_have_count(0)
    await message(pupil, "rivres").get_by_role("button", name="Edit").click()
    box = pupil.get_by_label("Edit your message")
    await expect(box).to_be_focused()
    await box.fill("I like rivers")
    await box.press("Enter")
    edited = message(teacher, "I like rivers")
    await expect(edited.locator(".chat-body")).to_have_text("I like rivers")
    await expect(edited).to_contain_text("(edited)")
    await screenshot(room.tpage, "chat-edited")

    # The pupil deletes it: the teacher keeps it, marked; the teacher's own vanishes for her.
    await message(pupil, "I like rivers").get_by_role("button", name="Delete").click()
    await room.ppage.get_by_role("dialog").get_by_role("button", name="Yes, delete").click()
    await expect(message(pupil, "I like rivers")).to_have_count(0)
    await expect(message(teacher, "I like rivers")).to_contain_text("(deleted)")
    await write(teacher, "Rivers of Europe")
    await expect(message(pupil, "Rivers of Europe")).to_have_count(1)
    await message(teacher, "Rivers of Europe").get_by_role("button", name="Delete").click()
    await room.tpage.get_by_role("dialog").get_by_role("button", name="Yes, delete").click()
    await expect(message(pupil, "Rivers of Europe")).to_have_count(0)
    await expect(pupil.locator(".chat-empty")).to_be_visible()
    assert await audit(room.tpage) == []


async def test_a_teacher_hides_a_message_and_it_vanishes_for_the_pupil(site: Site) -> None:
    room = await classroom(site)
    [tom] = await site.live.world.pupils(room.teacher, room.space_id, ["Tom"])
    teacher = await open_chat(room.tpage, room.space_id)
    pupil = await open_chat(room.ppage, room.space_id)
    await room.say(tom, "something rude")
    await expect(message(pupil, "something rude")).to_have_count(1)
    await expect(message(pupil, "rude").get_by_role("button", name="Hide")).to_have_count(0)
    await message(teacher, "something rude").get_by_role("button", name="Hide").click()
    await expect(message(pupil, "something rude")).to_have_count(0)
    hidden = message(teacher, "something rude")
    await expect(hidden).to_contain_text("(hidden by a teacher)")
    await screenshot(room.tpage, "chat-hidden-for-teacher")
    assert await audit(room.tpage) == []
    await hidden.get_by_role("button", name="Restore").click()
    await expect(message(pupil, "something rude")).to_have_count(1)
    # Reporting: any member, for the teachers.
    await message(pupil, "something rude").get_by_role("button", name="Report").click()
    await expect(pupil.get_by_role("status").filter(has_text="Thank you")).to_be_visible()
    reports = ok(await room.teacher.get(f"/api/spaces/{room.space_id}/forum/reports"))
    assert [r["post"]["body"] for r in reports] == ["something rude"]


async def test_a_timed_mute_blocks_the_pupils_composer_and_lifts_when_it_ends(
    site: Site,
) -> None:
    room = await classroom(site)
    teacher = await open_chat(room.tpage, room.space_id)
    pupil = await open_chat(room.ppage, room.space_id)
    await write(pupil, "noise noise")
    said = message(teacher, "noise noise")
    await said.get_by_role("button", name="Mute").click()
    await said.get_by_label("Mute Léa Martin for").select_option(label="5 minutes")
    assert await audit(room.tpage) == []
    await said.get_by_role("button", name="Mute now").click()
    told = teacher.get_by_role("status").filter(has_text="cannot write until")
    await expect(told).to_be_visible()

    note = pupil.locator(".chat-muted")
    await expect(note).to_contain_text("A teacher has paused your writing until")
    await expect(pupil.get_by_label("Message", exact=True)).to_be_disabled()
    await expect(pupil.get_by_role("button", name="Send", exact=True)).to_be_disabled()
    await screenshot(room.ppage, "chat-muted-pupil")
    assert await audit(room.ppage) == []

    site.live.world.clock.advance(dt.timedelta(minutes=5))  # the server's clock: it ends
    await expect(note).to_be_hidden()
    again = pupil.get_by_role("status").filter(has_text="write in the chat again")
    await expect(again).to_be_visible()
    await write(pupil, "sorry")
    await expect(message(teacher, "sorry")).to_have_count(1)


async def test_the_teachers_chat_is_absent_for_the_pupil(site: Site) -> None:
    room = await classroom(site)
    staff = await open_chat(room.tpage, room.space_id, "Teachers' Bulletin")
    await expect(staff.get_by_role("heading", name="Teachers' Bulletin")).to_be_visible()
    await write(staff, "Léa is doing well")
    await expect(message(staff, "Léa is doing well")).to_have_count(1)
    await screenshot(room.tpage, "chat-staff-room")
    assert await audit(room.tpage) == []

    await open_chat(room.ppage, room.space_id)
    await expect(room.ppage.get_by_role("tab", name="Chat", exact=True)).to_be_visible()
    await expect(room.ppage.get_by_role("tab", name="Teachers' Bulletin")).to_have_count(0)
    await expect(room.ppage.get_by_text("Teachers' Bulletin")).to_have_count(0)
    await expect(room.ppage.get_by_text("doing well")).to_have_count(0)


async def test_a_mention_is_highlighted_for_the_mentioned_member(site: Site) -> None:
    room = await classroom(site)
    teacher = await open_chat(room.tpage, room.space_id)
    pupil = await open_chat(room.ppage, room.space_id)
    box = teacher.get_by_label("Message", exact=True)
    await box.press_sequentially("Well done @Lé")
    options = teacher.get_by_role("option")
    await expect(options).to_have_text(["Léa Martin"])
    await expect(box).to_have_attribute("aria-expanded", "true")
    assert await audit(room.tpage) == []
    await box.press("Enter")  # takes the suggestion, does not send
    await expect(box).to_have_value("Well done @Léa Martin ")
    await box.press_sequentially("for the map")
    await box.press("Enter")

    mine = message(pupil, "for the map")
    await expect(mine).to_have_class("chat-message state-visible chat-mentions-me")
    await expect(mine.locator("mark.chat-mention-me")).to_have_text("@Léa Martin")
    await expect(mine.locator(".chat-mention-badge")).to_have_text("mentions you")
    theirs = message(teacher, "for the map")
    await expect(theirs.locator("mark.chat-mention")).to_have_text("@Léa Martin")
    await expect(theirs.locator(".chat-mention-me")).to_have_count(0)
    await screenshot(room.ppage, "chat-mention")
    assert await audit(room.ppage) == []


async def test_history_on_opening_and_catch_up_after_a_reconnect(site: Site) -> None:
    room = await classroom(site)
    await room.say(room.teacher, "before you came")
    pupil = await open_chat(room.ppage, room.space_id)
    await expect(message(pupil, "before you came")).to_have_count(1)
    await expect(pupil.locator(".chat-divider")).to_have_text("New messages")
    hub = site.ctx.hub
    for connections in list(hub.connections_of.values()):
        for connection in list(connections):
            connection.close(
                CloseCode.SERVICE_RESTART, CloseReason.SERVER_RESTARTING, retry_after_ms=1500
            )
    await expect(room.ppage.locator("#banner")).to_be_visible()
    await room.say(room.teacher, "while you were away")
    await expect(room.ppage.locator("#banner")).to_be_hidden()
    await expect(pupil.locator(".chat-message .chat-body")).to_have_text(
        ["before you came", "while you were away"]
    )
    await room.say(room.teacher, "after you came back")
    await expect(message(pupil, "after you came back")).to_have_count(1)
    await expect(pupil.locator(".chat-message")).to_have_count(3)  # nothing twice


async def test_the_chat_speaks_french_and_passes_the_audit(site: Site) -> None:
    room = await classroom(site)
    await room.tpage.get_by_label("Language", exact=True).select_option("fr")
    await expect(room.tpage.locator("html")).to_have_attribute("lang", "fr")
    await room.tpage.goto(room.tpage.url.split("#")[0] + f"#/spaces/{room.space_id}")
    await room.tpage.get_by_role("tab", name="Discussion", exact=True).click()
    panel = room.tpage.locator("[role=tabpanel]:not([hidden])")
    await expect(panel.get_by_role("button", name="Envoyer")).to_be_enabled()
    await room.say(room.teacher, "Bonjour <script>alert(1)</script>")
    said = message(panel, "Bonjour")
    await expect(said.locator(".chat-body")).to_have_text("Bonjour <script>alert(1)</script>")
    await expect(said.get_by_role("button", name="Modifier")).to_be_visible()
    await room.tpage.get_by_role("tab", name="Bulletin des enseignants").click()
    staff = room.tpage.locator("[role=tabpanel]:not([hidden])")
    await expect(staff.get_by_role("heading", name="Bulletin des enseignants")).to_be_visible()
    assert await audit(room.tpage) == []


#: What the video screen does (docs/chat.md, "The web client"): mount a session's chat panel.
MOUNT_SESSION_CHAT = """async ([spaceId, sessionId]) => {
  const { mountChatPanel } = await import("/web/js/chat-panel.js");
  const { api, call } = await import("/web/js/api.js");
  const { TwinspaceClient } = await import("/web/js/twinspace-client.js");
  await call("POST", `/api/spaces/${spaceId}/video-sessions/${sessionId}/join`);
  const live = new TwinspaceClient(`ws://${location.host}/ws`);
  const ctx = { account: await api.me(), api, live, describe: (e) => String(e.message) };
  live.connect();
  const aside = document.createElement("aside");
  aside.className = "session-chat";
  document.getElementById("main").append(aside);
  mountChatPanel(aside, { ctx, spaceId, kind: "session", sessionId, heading: "h2" });
}"""


async def test_a_late_joiner_sees_the_session_chat_from_its_start(site: Site) -> None:
    room = await classroom(site)
    base = f"/api/spaces/{room.space_id}/video-sessions"
    session_id = ok(await room.teacher.post(base, {}), 201)["session"]["id"]
    chat_id = ok(await room.teacher.get(f"{base}/{session_id}/chat"))["id"]
    path = f"/api/spaces/{room.space_id}/chats/{chat_id}/messages"
    for text in ("first words", "second words"):
        ok(await room.teacher.post(path, {"body": text, "client_id": str(uuid.uuid4())}), 201)

    await room.ppage.evaluate(MOUNT_SESSION_CHAT, [room.space_id, session_id])
    panel = room.ppage.locator(".session-chat")
    await expect(panel.get_by_role("heading", name="Session chat")).to_be_visible()
    await expect(panel.locator(".chat-message .chat-body")).to_have_text(
        ["first words", "second words"]
    )
    ok(await room.teacher.post(path, {"body": "live words", "client_id": str(uuid.uuid4())}), 201)
    await expect(message(panel, "live words")).to_have_count(1)
    await write(panel, "I am here")
    await expect(message(panel, "I am here")).to_have_count(1)  # the server answered
    said = ok(await room.teacher.get(f"{path}?after=0"))["messages"]
    assert [m["body"] for m in said][-1] == "I am here"
    await screenshot(room.ppage, "chat-session-panel")
    assert await audit(room.ppage) == []


async def test_a_held_pupil_message_waits_and_a_teacher_approves_it_live(site: Site) -> None:
    room = await classroom(site)
    body = {"premoderate_pupils": True}
    ok(await room.teacher.patch(f"/api/spaces/{room.space_id}", body))
    teacher = await open_chat(room.tpage, room.space_id)
    pupil = await open_chat(room.ppage, room.space_id)
    await write(pupil, "may I say this?")
    await expect(message(pupil, "may I say this?")).to_contain_text("(waiting for a teacher)")
    held = message(teacher, "may I say this?")  # from the moderation channel, live
    await expect(held).to_contain_text("(waiting for a teacher)")
    await held.get_by_role("button", name="Approve").click()
    await expect(message(pupil, "may I say this?")).not_to_contain_text("waiting")
    await expect(held.get_by_role("button", name="Hide")).to_be_visible()
