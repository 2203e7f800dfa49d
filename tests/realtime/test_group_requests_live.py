"""A group's join requests announced live to its moderators (issue 21), on the moderation
channel their page follows already, after the commit (the outbox), over a real WebSocket:
a request comes in, and goes when it is accepted, declined, withdrawn or its asker banned.
A plain member may not follow that channel."""

from __future__ import annotations

from protocol.messages import Ack, Error, Event, Subscribe

from ..http.conftest import ok
from .conftest import LiveServer
from .test_mute_expiry_live import follow, next_event


async def test_moderators_see_requests_come_and_go(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    group = await world.group(ana, "closed")
    mod = await world.etwinner("Mod")
    ok(await mod.post(f"/api/groups/{group}/requests", {}), 201)
    ok(await ana.post(f"/api/groups/{group}/requests/{mod.id}/accept", {}))
    ok(await ana.patch(f"/api/spaces/{group}/members/{mod.id}", {"role": "admin"}))
    owner = await follow(live, ana, f"moderation:{group}")
    moderator = await follow(live, mod, f"moderation:{group}")

    bob = await world.etwinner("Bob", country="PL")
    ok(await bob.post(f"/api/groups/{group}/requests", {"message": "Physics, please"}), 201)
    for client in (owner, moderator):
        came = await next_event(client, "join_request.created")
        request = came.data["request"]
        assert (request["account_id"], request["display_name"], request["message"]) == (
            bob.id,
            "Bob",
            "Physics, please",
        )
        assert request["country"] == "PL"
    # Asking again while it waits changes nothing, and announces nothing: the next event
    # anyone sees is the acceptance.
    ok(await bob.post(f"/api/groups/{group}/requests", {}), 201)
    ok(await mod.post(f"/api/groups/{group}/requests/{bob.id}/accept", {}))
    gone = await owner.expect(Event)
    assert (gone.event, gone.data) == (
        "join_request.closed",
        {"account_id": bob.id, "outcome": "accepted", "by": mod.id},
    )

    cat = await world.etwinner("Cat")
    ok(await cat.post(f"/api/groups/{group}/requests", {}), 201)
    asked = await next_event(owner, "join_request.created")
    assert asked.data["request"]["account_id"] == cat.id
    ok(await mod.post(f"/api/groups/{group}/requests/{cat.id}/decline", {}), 204)
    declined = await next_event(owner, "join_request.closed", account_id=cat.id)
    assert (declined.data["outcome"], declined.data["by"]) == ("declined", mod.id)

    ok(await cat.post(f"/api/groups/{group}/requests", {}), 201)
    ok(await cat.delete(f"/api/groups/{group}/requests/mine"), 204)
    withdrawn = await next_event(owner, "join_request.closed", account_id=cat.id)
    assert (withdrawn.data["outcome"], withdrawn.data["by"]) == ("withdrawn", None)

    ok(await cat.post(f"/api/groups/{group}/requests", {}), 201)
    ok(await mod.post(f"/api/groups/{group}/bans", {"account_id": cat.id}), 201)
    banned = await next_event(owner, "join_request.closed", account_id=cat.id)
    assert (banned.data["outcome"], banned.data["by"]) == ("banned", mod.id)


async def test_a_member_does_not_follow_the_requests(live: LiveServer) -> None:
    world = live.world
    ana = await world.etwinner("Ana")
    group = await world.group(ana, "closed")
    bob = await world.etwinner("Bob")
    ok(await bob.post(f"/api/groups/{group}/requests", {}), 201)
    ok(await ana.post(f"/api/groups/{group}/requests/{bob.id}/accept", {}))
    client = await live.connect(bob)
    await client.send(Subscribe(ref=client.ref(), channel=f"moderation:{group}"))
    refused = await client.expect(Error)
    assert refused.code == "forbidden"
    owner = await live.connect(ana)
    await owner.send(Subscribe(ref=owner.ref(), channel=f"moderation:{group}"))
    await owner.expect(Ack)
