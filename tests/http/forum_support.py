"""A class in a twinspace, and short ways to use its forum, for the forum tests."""

from __future__ import annotations

import dataclasses
import itertools
from typing import Any

import httpx

from .conftest import ApiUser, World, ok

_client_ids = itertools.count(1)


def client_id() -> str:
    return f"client-{next(_client_ids):08d}"


@dataclasses.dataclass
class Classroom:
    world: World
    space_id: int
    ana: ApiUser  # founder
    bea: ApiUser  # plain teacher
    max: ApiUser  # pupil
    lea: ApiUser  # pupil
    guest: ApiUser

    @property
    def forum(self) -> str:
        return f"/api/spaces/{self.space_id}/forum"

    async def thread(
        self, user: ApiUser, title: str = "Our river", body: str = "Hello", area: str = "open"
    ) -> dict[str, Any]:
        created: dict[str, Any] = ok(await self.start(user, title, body, area), 201)
        return created

    async def start(
        self, user: ApiUser, title: str, body: str, area: str = "open", cid: str | None = None
    ) -> httpx.Response:
        payload = {"title": title, "body": body, "area": area, "client_id": cid or client_id()}
        return await user.post(f"{self.forum}/threads", payload)

    async def reply(self, user: ApiUser, thread_id: int, body: str) -> dict[str, Any]:
        post: dict[str, Any] = ok(await self.send(user, thread_id, body), 201)
        return post

    async def send(
        self, user: ApiUser, thread_id: int, body: str, cid: str | None = None
    ) -> httpx.Response:
        payload = {"body": body, "client_id": cid or client_id()}
        return await user.post(f"{self.forum}/threads/{thread_id}/posts", payload)

    async def posts(self, user: ApiUser, thread_id: int) -> list[dict[str, Any]]:
        page = ok(await user.get(f"{self.forum}/threads/{thread_id}/posts"))
        return list(page["posts"])

    async def bodies(self, user: ApiUser, thread_id: int) -> list[str]:
        return [p["body"] for p in await self.posts(user, thread_id)]

    async def moderate(
        self, user: ApiUser, post_id: int, action: str, reason: str = "checked"
    ) -> httpx.Response:
        body = {"action": action, "reason": reason}
        return await user.post(f"{self.forum}/posts/{post_id}/moderate", body)

    async def premoderate(self) -> None:
        body = {"premoderate_pupils": True, "pupils_may_create_threads": True}
        ok(await self.ana.patch(f"/api/spaces/{self.space_id}", body))


async def classroom(world: World) -> Classroom:
    ana = await world.etwinner("Ana")
    bea = await world.etwinner("Bea")
    space_id = await world.space(ana)
    await world.add_teacher(ana, space_id, bea)
    max_, lea = await world.pupils(ana, space_id, ["Max", "Lea"])
    guest = await world.guest(ana, space_id)
    return Classroom(world, space_id, ana, bea, max_, lea, guest)
