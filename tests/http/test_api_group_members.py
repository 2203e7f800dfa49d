"""A group's members list, paged (issue 21: a group of thousands is not listed whole):
``GET /api/groups/{id}/members?after=&limit=&q=``, on both databases."""

from __future__ import annotations

from typing import Any

from .conftest import ApiUser, World, error_code, ok

MISSING = 987654


def names(page: dict[str, Any]) -> list[str]:
    return [member["display_name"] for member in page["members"]]


async def group_of(world: World, owner: ApiUser, *names: str) -> tuple[int, list[ApiUser]]:
    group = await world.group(owner)
    joined = []
    for name in names:
        user = await world.etwinner(name)
        ok(await user.post(f"/api/groups/{group}/join"))
        joined.append(user)
    return group, joined


async def test_members_page_in_the_order_they_joined_with_a_cursor(world: World) -> None:
    ana = await world.etwinner("Ana")
    group, [bob, *_] = await group_of(world, ana, "Bob", "Cat", "Dan", "Eve")
    first = ok(await bob.get(f"/api/groups/{group}/members?limit=2"))
    assert names(first) == ["Ana", "Bob"]
    assert first["members"][0]["role"] == "founder"
    second = ok(await bob.get(f"/api/groups/{group}/members?limit=2&after={first['next']}"))
    assert names(second) == ["Cat", "Dan"]
    third = ok(await bob.get(f"/api/groups/{group}/members?limit=2&after={second['next']}"))
    assert (names(third), third["next"]) == (["Eve"], None)
    whole = ok(await bob.get(f"/api/groups/{group}/members"))  # 50 by default
    assert (len(whole["members"]), whole["next"]) == (5, None)


async def test_members_are_searched_by_words_of_the_name(world: World) -> None:
    ana = await world.etwinner("Ana Lopez")
    group, [bob, *_] = await group_of(world, ana, "Bob Lopez", "Cat Smith", "100%_Dan")
    assert names(ok(await bob.get(f"/api/groups/{group}/members?q=LOPEZ"))) == [
        "Ana Lopez",
        "Bob Lopez",
    ]
    assert names(ok(await bob.get(f"/api/groups/{group}/members?q=%25_"))) == ["100%_Dan"]
    # Any script, any case, on SQLite too (whose own lower() folds ASCII only).
    greek, [_] = await group_of(world, ana, "Ελένη Ζωγράφου")
    assert names(ok(await ana.get(f"/api/groups/{greek}/members?q=ΕΛΈΝΗ"))) == ["Ελένη Ζωγράφου"]
    paged = ok(await bob.get(f"/api/groups/{group}/members?q=lopez&limit=1"))
    assert names(paged) == ["Ana Lopez"]
    rest = ok(await bob.get(f"/api/groups/{group}/members?q=lopez&after={paged['next']}"))
    assert (names(rest), rest["next"]) == (["Bob Lopez"], None)


async def test_members_page_shows_what_the_spaces_list_shows(world: World) -> None:
    ana = await world.etwinner("Ana")
    group, [bob, mod] = await group_of(world, ana, "Bob", "Mod")
    ok(await ana.patch(f"/api/spaces/{group}/members/{mod.id}", {"role": "admin"}))
    for who in (ana, bob, mod):
        whole = ok(await who.get(f"/api/spaces/{group}/members"))
        paged = ok(await who.get(f"/api/groups/{group}/members?limit=1"))
        assert paged["members"][0] == whole[0]  # e-mails, allowed, roles: the same answer
    # Members see names only; moderators see addresses and may ban members.
    seen_by_bob = ok(await bob.get(f"/api/groups/{group}/members"))["members"]
    assert all(m["email"] is None for m in seen_by_bob)
    seen_by_mod = ok(await mod.get(f"/api/groups/{group}/members"))["members"]
    assert all(m["email"] for m in seen_by_mod)
    bob_row = next(m for m in seen_by_mod if m["account_id"] == bob.id)
    assert "ban" in bob_row["allowed"]
    assert "remove" in bob_row["allowed"]
    # On a page without the owner, the owner's rights over others are the whole list's (the
    # founders are counted in the group, not on the page).
    whole = ok(await ana.get(f"/api/spaces/{group}/members"))
    after = ok(await ana.get(f"/api/groups/{group}/members?limit=1"))["next"]
    paged = ok(await ana.get(f"/api/groups/{group}/members?limit=1&after={after}"))
    assert paged["members"][0] == whole[1]
    assert "change_role" in paged["members"][0]["allowed"]


async def test_only_members_list_and_no_one_else_learns_the_group_exists(world: World) -> None:
    ana = await world.etwinner("Ana")
    group = await world.group(ana)
    twinspace = await world.space(ana)
    stranger = await world.etwinner("Stranger")
    [pupil] = await world.pupils(ana, twinspace, ["Léa"])
    missing = await stranger.get(f"/api/groups/{MISSING}/members")
    assert error_code(missing, 404) == "not_found"
    # A non-member eTwinner: as the spaces' members list answers a non-member.
    spaces_answer = await stranger.get(f"/api/spaces/{group}/members")
    answer = await stranger.get(f"/api/groups/{group}/members")
    assert (answer.status_code, answer.content) == (
        spaces_answer.status_code,
        spaces_answer.content,
    )
    for who in (pupil, stranger):
        for space_id in (group, twinspace):
            if who is stranger and space_id == group:
                continue
            refused = await who.get(f"/api/groups/{space_id}/members")
            assert (refused.status_code, refused.content) == (404, missing.content)
    for bad in ("limit=0", "limit=101", "after=0", "after=x", "q=" + "x" * 101):
        assert error_code(await ana.get(f"/api/groups/{group}/members?{bad}"), 422) == "invalid"
