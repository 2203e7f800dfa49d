"""A teacher validated while their page is open follows their new spaces on the same socket.

The page of a teacher waiting for validation is connected already; once the national admin
validates them (the first school day: "Check again", create a space, invite pupils), that
connection must speak for an active account, else every subscription is refused until they
sign in again.
"""

from __future__ import annotations

from sqlalchemy import update

from protocol.messages import Ack, Subscribe
from protocol.vocabulary import AccountStatus
from server.context import AppContext
from storage.models import Account
from tests.http.conftest import ok
from tests.support import eventually

from .conftest import LiveServer


def ctx_of(live: LiveServer) -> AppContext:
    ctx: AppContext = live.world.ctx  # type: ignore[assignment]
    return ctx


def speaks_for_an_active_account(live: LiveServer, account_id: int) -> bool:
    connections = ctx_of(live).hub.connections_of[account_id]
    return bool(connections) and all(
        c.actor is not None and c.actor.status is AccountStatus.ACTIVE for c in connections
    )


async def test_a_connection_opened_while_pending_follows_spaces_once_validated(
    live: LiveServer,
) -> None:
    world = live.world
    registered = await world.register("Claire Dupont")
    claire = await world.sign_in(registered["email"])
    client = await live.connect(claire)
    admin = await world.national_admin("FR")
    ok(await admin.post(f"/api/admin/accounts/{claire.id}/validate", {}))

    await eventually(
        "the open connection speaks for an active account",
        lambda: speaks_for_an_active_account(live, claire.id),
    )
    space_id = await world.space(claire)
    await client.send(Subscribe(ref=client.ref(), channel=f"space:{space_id}"))
    ack = await client.expect(Ack)
    assert ack.channel == f"space:{space_id}"


async def test_a_validation_no_command_brought_is_picked_up_by_the_session_sweep(
    live: LiveServer,
) -> None:
    world = live.world
    registered = await world.register("Claire Dupont")
    claire = await world.sign_in(registered["email"])
    await live.connect(claire)
    ctx = ctx_of(live)
    async with ctx.sessionmaker() as db, db.begin():
        await db.execute(
            update(Account).where(Account.id == claire.id).values(status=AccountStatus.ACTIVE)
        )
    assert not speaks_for_an_active_account(live, claire.id)
    assert await ctx.hub.sweep_sessions() == 0
    assert speaks_for_an_active_account(live, claire.id)
