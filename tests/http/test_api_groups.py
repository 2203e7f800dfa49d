"""Groups (issue 21) over HTTP: the directory, joining and requests, bans, the existence rule
for everyone who is no validated eTwinner, and a group's forum, archive, chat and video
through the spaces' routes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
from sqlalchemy import update

from storage.models import Group

from .archive_support import uploaded
from .conftest import ApiUser, World, error_code, ok

MISSING = 987654


async def feature(world: World, group_id: int) -> None:
    async with world.ctx.sessionmaker() as db, db.begin():
        await db.execute(update(Group).where(Group.space_id == group_id).values(featured=True))


def titles(page: dict[str, Any]) -> list[str]:
    return [group["title"] for group in page["groups"]]


async def titled(world: World, owner: ApiUser, title: str, **fields: str) -> int:
    body = {"title": title, "topic": "Science", "language": "en", **fields}
    group_id: int = ok(await owner.post("/api/groups", body), 201)["id"]
    return group_id


async def test_creator_owns_the_group_and_finds_it_in_the_directory(world: World) -> None:
    ana = await world.etwinner("Ana")
    created = ok(
        await ana.post(
            "/api/groups",
            {"title": "Climate", "topic": "Science", "language": "en", "access": "closed"},
        ),
        201,
    )
    assert (created["standing"], created["my_role"], created["members"]) == (
        "member",
        "founder",
        1,
    )
    assert created["access"] == "closed"
    shown = ok(await ana.get(f"/api/spaces/{created['id']}"))
    assert (shown["kind"], shown["my_role"]) == ("group", "founder")
    bob = await world.etwinner("Bob")
    [card] = ok(await bob.get("/api/groups"))["groups"]
    assert (card["id"], card["standing"], card["my_role"]) == (created["id"], "none", None)


async def test_a_group_is_not_made_through_the_spaces_route(world: World) -> None:
    ana = await world.etwinner("Ana")
    refused = await ana.post("/api/spaces", {"kind": "group", "title": "Sneaky"})
    assert error_code(refused, 422) == "invalid"
    assert refused.json()["error"]["fields"] == [{"field": "kind", "code": "choice"}]


async def test_directory_searches_title_topic_language_and_members_country(world: World) -> None:
    ana = await world.etwinner("Ana", country="FR")
    ola = await world.etwinner("Ola", country="PL")
    await titled(world, ana, "Climate and oceans", topic="Science", language="en")
    maths = await titled(world, ana, "Maths games", topic="Mathematics", language="fr")
    await titled(world, ana, "100% _literal_ words", topic="Languages", language="en")
    ok(await ola.post(f"/api/groups/{maths}/join"))
    bob = await world.etwinner("Bob")

    async def find(query: str) -> list[str]:
        return titles(ok(await bob.get(f"/api/groups?{query}")))

    assert await find("q=OCEAN") == ["Climate and oceans"]
    assert await find("topic=mathematics") == ["Maths games"]
    assert sorted(await find("language=en")) == ["100% _literal_ words", "Climate and oceans"]
    assert await find("country=PL") == ["Maths games"]
    assert await find("q=%25") == ["100% _literal_ words"]  # % is a character, not a wildcard
    assert await find("q=_l") == ["100% _literal_ words"]
    assert await find("q=nothing+like+it") == []
    # Any script, any case, on SQLite too (whose own lower() folds ASCII only).
    await titled(world, ana, "Écoles en Europe", topic="Éducation", language="fr")
    assert await find("q=ÉCOLES") == ["Écoles en Europe"]
    assert await find("topic=éducation") == ["Écoles en Europe"]
    for bad in ("country=pl", "language=EN!", "limit=0", "limit=101", "cursor=not-a-cursor"):
        assert error_code(await bob.get(f"/api/groups?{bad}"), 422) == "invalid", bad


async def test_directory_puts_featured_first_then_the_most_active_and_pages(world: World) -> None:
    ana = await world.etwinner("Ana")
    ids = {}
    for name in ("A", "B", "C", "D", "E"):
        ids[name] = await titled(world, ana, name)
        world.clock.advance(dt.timedelta(minutes=2))
    await feature(world, ids["B"])
    # A post makes A the most active of the others (activity is kept to the minute).
    thread = {"title": "Hi", "body": "Hello", "client_id": "client-groups-1"}
    ok(await ana.post(f"/api/spaces/{ids['A']}/forum/threads", thread), 201)
    bob = await world.etwinner("Bob")
    first = ok(await bob.get("/api/groups?limit=2"))
    assert titles(first) == ["B", "A"]
    assert first["groups"][0]["featured"] is True
    second = ok(await bob.get(f"/api/groups?limit=2&cursor={first['next_cursor']}"))
    assert titles(second) == ["E", "D"]
    third = ok(await bob.get(f"/api/groups?limit=2&cursor={second['next_cursor']}"))
    assert (titles(third), third["next_cursor"]) == (["C"], None)


async def test_an_open_group_is_joined_in_one_call_and_left(world: World) -> None:
    ana = await world.etwinner("Ana")
    group = await world.group(ana)
    bob = await world.etwinner("Bob")
    joined = ok(await bob.post(f"/api/groups/{group}/join"))
    assert (joined["standing"], joined["my_role"], joined["members"]) == ("member", "teacher", 2)
    assert ok(await bob.post(f"/api/groups/{group}/join"))["members"] == 2  # once is enough
    assert error_code(await bob.post(f"/api/groups/{group}/requests", {}), 403) == "forbidden"
    ok(await bob.post(f"/api/spaces/{group}/leave"), 204)
    assert ok(await bob.get(f"/api/groups/{group}"))["standing"] == "none"
    log = ok(await ana.get(f"/api/spaces/{group}/audit"))
    assert [entry["action"] for entry in log][:2] == ["member.left", "group.joined"]


async def test_a_closed_group_takes_a_request_a_moderator_decides(world: World) -> None:
    ana = await world.etwinner("Ana")
    group = await world.group(ana, "closed")
    mod = await world.etwinner("Mod")
    bob = await world.etwinner("Bob")
    cat = await world.etwinner("Cat")
    # The owner appoints a moderator from the members.
    ok(await mod.post(f"/api/groups/{group}/requests", {"message": "me"}), 201)
    ok(await ana.post(f"/api/groups/{group}/requests/{mod.id}/accept", {}))
    ok(await ana.patch(f"/api/spaces/{group}/members/{mod.id}", {"role": "admin"}))

    assert error_code(await bob.post(f"/api/groups/{group}/join"), 403) == "forbidden"
    asked = ok(await bob.post(f"/api/groups/{group}/requests", {"message": "Physics"}), 201)
    assert asked["standing"] == "requested"
    ok(await cat.post(f"/api/groups/{group}/requests", {}), 201)
    # A plain member does not see or decide requests.
    ok(await ana.post(f"/api/groups/{group}/requests/{cat.id}/accept", {}))
    assert error_code(await cat.get(f"/api/groups/{group}/requests"), 403) == "forbidden"
    waiting = ok(await mod.get(f"/api/groups/{group}/requests"))
    assert [(r["account_id"], r["message"]) for r in waiting] == [(bob.id, "Physics")]
    member = ok(await mod.post(f"/api/groups/{group}/requests/{bob.id}/accept", {}))
    assert (member["account_id"], member["role"]) == (bob.id, "teacher")
    assert ok(await bob.get(f"/api/groups/{group}"))["standing"] == "member"
    missing = await mod.post(f"/api/groups/{group}/requests/{bob.id}/accept", {})
    assert error_code(missing, 404) == "not_found"

    dan = await world.etwinner("Dan")
    ok(await dan.post(f"/api/groups/{group}/requests", {}), 201)
    ok(await mod.post(f"/api/groups/{group}/requests/{dan.id}/decline", {"reason": "spam"}), 204)
    assert ok(await dan.get(f"/api/groups/{group}"))["standing"] == "none"
    ok(await dan.post(f"/api/groups/{group}/requests", {}), 201)
    ok(await dan.delete(f"/api/groups/{group}/requests/mine"), 204)
    assert error_code(await dan.delete(f"/api/groups/{group}/requests/mine"), 404) == "not_found"
    actions = [entry["action"] for entry in ok(await ana.get(f"/api/spaces/{group}/audit"))]
    for action in ("group.requested", "group.request_accepted", "group.request_declined"):
        assert action in actions
    assert "group.request_withdrawn" in actions


async def test_moderators_ban_members_who_then_neither_rejoin_nor_ask(world: World) -> None:
    ana = await world.etwinner("Ana")
    group = await world.group(ana)
    mod = await world.etwinner("Mod")
    bob = await world.etwinner("Bob")
    for user in (mod, bob):
        ok(await user.post(f"/api/groups/{group}/join"))
    ok(await ana.patch(f"/api/spaces/{group}/members/{mod.id}", {"role": "admin"}))
    # A member neither bans nor sees the bans; a moderator does not ban a moderator.
    assert error_code(await bob.post(f"/api/groups/{group}/bans", {"account_id": mod.id}), 403)
    assert error_code(await bob.get(f"/api/groups/{group}/bans"), 403) == "forbidden"
    ok(await ana.post(f"/api/groups/{group}/join"))  # the owner is a member: nothing changes
    assert error_code(await mod.post(f"/api/groups/{group}/bans", {"account_id": ana.id}), 403)

    banned = ok(
        await mod.post(f"/api/groups/{group}/bans", {"account_id": bob.id, "reason": "spam"}), 201
    )
    assert (banned["account_id"], banned["reason"]) == (bob.id, "spam")
    assert error_code(await bob.get(f"/api/spaces/{group}"), 404) == "not_found"
    card = ok(await bob.get(f"/api/groups/{group}"))
    assert card["standing"] == "banned"
    assert error_code(await bob.post(f"/api/groups/{group}/join"), 403) == "forbidden"
    assert error_code(await mod.post(f"/api/groups/{group}/bans", {"account_id": bob.id}), 409)
    assert [b["account_id"] for b in ok(await mod.get(f"/api/groups/{group}/bans"))] == [bob.id]
    entry = ok(await ana.get(f"/api/spaces/{group}/audit"))[0]
    assert (entry["action"], entry["target_account_id"], entry["reason"]) == (
        "member.banned",
        bob.id,
        "spam",
    )

    ok(await mod.delete(f"/api/groups/{group}/bans/{bob.id}"), 204)
    assert ok(await bob.post(f"/api/groups/{group}/join"))["standing"] == "member"
    assert ok(await ana.get(f"/api/spaces/{group}/audit"))[1]["action"] == "member.unbanned"
    # The owner bans a moderator, and an eTwinner who never joined.
    ok(await ana.post(f"/api/groups/{group}/bans", {"account_id": mod.id}), 201)
    cat = await world.etwinner("Cat")
    ok(await ana.post(f"/api/groups/{group}/bans", {"account_id": cat.id}), 201)
    assert error_code(await cat.post(f"/api/groups/{group}/join"), 403) == "forbidden"


async def test_a_closed_groups_banned_asker_cannot_ask_again(world: World) -> None:
    ana = await world.etwinner("Ana")
    group = await world.group(ana, "closed")
    bob = await world.etwinner("Bob")
    ok(await bob.post(f"/api/groups/{group}/requests", {}), 201)
    ok(await ana.post(f"/api/groups/{group}/bans", {"account_id": bob.id}), 201)
    assert ok(await ana.get(f"/api/groups/{group}/requests")) == []
    assert error_code(await bob.post(f"/api/groups/{group}/requests", {}), 403) == "forbidden"


async def test_moderators_remove_members_and_members_see_no_addresses(world: World) -> None:
    ana = await world.etwinner("Ana")
    group = await world.group(ana)
    mod = await world.etwinner("Mod")
    bob = await world.etwinner("Bob")
    for user in (mod, bob):
        ok(await user.post(f"/api/groups/{group}/join"))
    ok(await ana.patch(f"/api/spaces/{group}/members/{mod.id}", {"role": "admin"}))
    listed = ok(await bob.get(f"/api/spaces/{group}/members"))
    assert all(member.get("email") is None for member in listed)
    assert all(member.get("email") for member in ok(await mod.get(f"/api/spaces/{group}/members")))
    refused = await mod.patch(f"/api/spaces/{group}/members/{bob.id}", {"role": "admin"})
    assert error_code(refused, 403) == "forbidden"  # the owner appoints moderators
    assert error_code(await bob.post(f"/api/spaces/{group}/members/{mod.id}/remove", {}), 403)
    ok(await mod.post(f"/api/spaces/{group}/members/{bob.id}/remove", {}), 204)
    assert ok(await bob.get(f"/api/groups/{group}"))["standing"] == "none"


async def test_no_one_but_a_validated_etwinner_learns_a_group_exists(world: World) -> None:
    ana = await world.etwinner("Ana")
    group = await world.group(ana)
    closed = await world.group(ana, "closed")
    twin = await world.space(ana)
    [pupil] = await world.pupils(ana, twin, ["Léa"])
    guest = await world.guest(ana, twin)
    pending = await world.sign_in((await world.register("Pending"))["email"])
    admin = await world.national_admin("FR")
    requests: list[tuple[str, str, object]] = [
        ("GET", "/api/groups", None),
        ("POST", "/api/groups", {"title": "X", "topic": "Y", "language": "en"}),
        ("GET", "/api/groups/{id}", None),
        ("POST", "/api/groups/{id}/join", None),
        ("POST", "/api/groups/{closed}/requests", {}),
        ("DELETE", "/api/groups/{id}/requests/mine", None),
        ("GET", "/api/groups/{id}/requests", None),
        ("POST", "/api/groups/{id}/requests/1/accept", {}),
        ("POST", "/api/groups/{id}/bans", {"account_id": 1}),
        ("GET", "/api/groups/{id}/bans", None),
        ("DELETE", "/api/groups/{id}/bans/1", None),
        ("GET", "/api/spaces/{id}", None),
        ("GET", "/api/spaces/{id}/forum/threads", None),
        ("GET", "/api/spaces/{id}/files", None),
    ]
    # Each answer is the one the same person gets for a group that does not exist.
    for person in (pupil, guest, pending, admin):
        for method, path, body in requests:
            url = path.format(id=group, closed=closed)
            answer = await send(world.client, person, method, url, body)
            gone = await send(
                world.client, person, method, path.format(id=MISSING, closed=MISSING), body
            )
            assert answer.status_code == 404, (person.account, url)
            assert answer.content == gone.content, (person.account, url)
    # An eTwinner hears of a twinspace's id asked as a group what a missing group answers.
    bob = await world.etwinner("Bob")
    for suffix in ("", "/join"):
        method = "POST" if suffix else "GET"
        answer = await send(world.client, bob, method, f"/api/groups/{twin}{suffix}", None)
        gone = await send(world.client, bob, method, f"/api/groups/{MISSING}{suffix}", None)
        assert (answer.status_code, answer.content) == (404, gone.content)


async def send(
    client: httpx.AsyncClient, user: ApiUser, method: str, path: str, body: object
) -> httpx.Response:
    headers = {"Authorization": f"Bearer {user.token}"}
    if body is None:
        return await client.request(method, path, headers=headers)
    return await client.request(method, path, headers=headers, json=body)


# -- a group's forum, archive, chat and video, through the spaces' routes ------------------


async def members_of_a_group(world: World) -> tuple[int, ApiUser, ApiUser]:
    """A group with its owner and one member."""
    ana = await world.etwinner("Ana")
    group = await world.group(ana)
    bob = await world.etwinner("Bob")
    ok(await bob.post(f"/api/groups/{group}/join"))
    return group, ana, bob


async def test_a_groups_forum_takes_threads_and_replies_and_moderation(world: World) -> None:
    group, ana, bob = await members_of_a_group(world)
    base = f"/api/spaces/{group}/forum"
    body = {"title": "Hello", "body": "Who teaches physics?", "client_id": "client-g-1"}
    created = ok(await bob.post(f"{base}/threads", body), 201)
    thread = created["thread"]["id"]
    reply = {"body": "I do", "client_id": "client-g-2"}
    post = ok(await ana.post(f"{base}/threads/{thread}/posts", reply), 201)
    listed = ok(await bob.get(f"{base}/threads/{thread}/posts"))
    assert [p["body"] for p in listed["posts"]] == ["Who teaches physics?", "I do"]
    # The owner moderates a member's post; a member moderates no one's.
    first = created["post"]["id"]
    hide = {"action": "hide"}
    assert error_code(await bob.post(f"{base}/posts/{post['id']}/moderate", hide), 403)
    ok(await ana.post(f"{base}/posts/{first}/moderate", hide))
    assert ok(await ana.get(f"/api/spaces/{group}/audit"))[0]["action"] == "post.hidden"


async def test_a_groups_archive_keeps_files(world: World) -> None:
    group, ana, bob = await members_of_a_group(world)
    uploaded = await bob.client.post(
        f"/api/spaces/{group}/files",
        params={"name": "notes.txt"},
        content=b"group notes\n",
        headers={"Authorization": f"Bearer {bob.token}", "Content-Type": "text/plain"},
    )
    file_id = ok(uploaded, 201)["id"]
    listing = ok(await ana.get(f"/api/spaces/{group}/files"))
    assert [f["id"] for f in listing["files"]] == [file_id]
    download = await ana.client.get(
        f"/api/spaces/{group}/files/{file_id}/content",
        headers={"Authorization": f"Bearer {ana.token}"},
    )
    assert (download.status_code, download.content) == (200, b"group notes\n")


async def test_a_groups_chat_carries_messages(world: World) -> None:
    group, ana, bob = await members_of_a_group(world)
    chat = ok(await bob.get(f"/api/spaces/{group}/chat"))["id"]
    message = {"body": "Good morning", "client_id": "client-g-chat"}
    ok(await bob.post(f"/api/spaces/{group}/chats/{chat}/messages", message), 201)
    page = ok(await ana.get(f"/api/spaces/{group}/chats/{chat}/messages"))
    assert [m["body"] for m in page["messages"]] == ["Good morning"]


async def test_a_groups_moderators_start_video_and_members_join(world: World) -> None:
    group, ana, bob = await members_of_a_group(world)
    base = f"/api/spaces/{group}/video-sessions"
    assert error_code(await bob.post(base, {"title": "Meetup"}), 403) == "forbidden"
    started = ok(await ana.post(base, {"title": "Meetup"}), 201)
    session = started["session"]["id"]
    joined = ok(await bob.post(f"{base}/{session}/join"))
    assert joined["me"]["state"] != "lobby"
    # The lobby's flag: the owner moderates video, a member (a stored "teacher") does not.
    flags = {p["account_id"]: p["moderator"] for p in joined["session"]["participants"]}
    assert flags == {ana.id: True, bob.id: False}
    assert (started["me"]["moderator"], joined["me"]["moderator"]) == (True, False)
    me = joined["me"]["id"]
    refused = await bob.post(f"{base}/{session}/participants/{started['me']['id']}/remove", {})
    assert error_code(refused, 403) == "forbidden"
    ok(await ana.post(f"{base}/{session}/participants/{me}/remove", {}))


async def test_a_national_admin_hands_a_featured_group_to_an_etwinner_of_their_country(
    world: World,
) -> None:
    ana = await world.etwinner("Ana")
    featured = await world.group(ana)
    await feature(world, featured)
    ordinary = await world.group(ana)
    mia = await world.etwinner("Mia", country="FR")
    ola = await world.etwinner("Ola", country="PL")
    nso = await world.national_admin("FR")
    path = f"/api/admin/groups/{featured}/moderators"
    appointed = ok(await nso.post(path, {"account_id": mia.id, "reason": "NSO ambassador"}))
    assert (appointed["account_id"], appointed["role"]) == (mia.id, "admin")
    assert ok(await mia.get(f"/api/groups/{featured}"))["my_role"] == "admin"
    entry = ok(await ana.get(f"/api/spaces/{featured}/audit"))[0]
    assert (entry["action"], entry["actor_id"], entry["target_account_id"]) == (
        "group.moderator_appointed",
        nso.id,
        mia.id,
    )
    # Another country's eTwinner, no such account: the same 404; any group not featured,
    # a twinspace, no group: "no such space", as to anyone a group is hidden from.
    other = await nso.post(path, {"account_id": ola.id})
    nobody = await nso.post(path, {"account_id": MISSING})
    assert (other.status_code, other.content) == (nobody.status_code, nobody.content)
    assert other.status_code == 404
    hidden = await nso.post(f"/api/admin/groups/{ordinary}/moderators", {"account_id": mia.id})
    gone = await nso.post(f"/api/admin/groups/{MISSING}/moderators", {"account_id": mia.id})
    assert (hidden.status_code, hidden.content) == (404, gone.content)
    # Nobody but a national admin does this, the group's owner included.
    owner = await ana.post(path, {"account_id": mia.id})
    assert error_code(owner, 403) == "forbidden"
    pending = await world.register("Pat")
    assert error_code(await nso.post(path, {"account_id": pending["id"]}), 409) == "conflict"


async def test_a_groups_archive_pages_its_files_with_a_cursor(world: World) -> None:
    # A group's archive may be long (issue 21): ?after=&limit= pages the files by id; the
    # folders come with the first page only; without either, the whole listing as before.
    group, ana, bob = await members_of_a_group(world)
    base = f"/api/spaces/{group}"
    ok(await ana.post(f"{base}/folders", {"name": "Slides"}), 201)
    made = [(await uploaded(bob, group, f"note-{i}.txt", b"x"))["id"] for i in range(5)]
    first = ok(await ana.get(f"{base}/files?limit=2"))
    assert [f["id"] for f in first["files"]] == made[:2]
    assert [f["name"] for f in first["folders"]] == ["Slides"]
    second = ok(await ana.get(f"{base}/files?after={first['next_after']}&limit=2"))
    assert ([f["id"] for f in second["files"]], second["folders"]) == (made[2:4], [])
    last = ok(await bob.get(f"{base}/files?after={second['next_after']}&limit=2"))
    assert ([f["id"] for f in last["files"]], last["next_after"]) == (made[4:], None)
    whole = ok(await bob.get(f"{base}/files"))
    assert ([f["id"] for f in whole["files"]], whole["next_after"]) == (made, None)
    assert error_code(await bob.get(f"{base}/files?limit=0"), 422) == "invalid"
