"""The SFU adapter for Janus's VideoRoom plugin over Janus's HTTP transport (loopback).

Each operation opens a short Janus session (create, attach the plugin, one or two requests,
destroy): the server keeps no long-lived Janus state, so any server process can moderate any
room, and a Janus restart loses nothing the database does not hold.
"""

from __future__ import annotations

import secrets
from typing import Any

import aiohttp

from protocol.errors import Unavailable

from .sfu import room_secret

PLUGIN = "janus.plugin.videoroom"
#: Seconds a Janus request may take before the operation fails as unavailable.
REQUEST_TIMEOUT_S = 5.0
#: VideoRoom error codes that mean "already done" for idempotent operations.
NO_SUCH_ROOM, NO_SUCH_FEED = 426, 428


class JanusError(Unavailable):
    """Janus refused or could not be reached; the action is not done."""


class JanusSfu:
    def __init__(self, admin_url: str, admin_key: str, client_url: str | None = None) -> None:
        self.admin_url = admin_url.rstrip("/")
        self.admin_key = admin_key
        self.client_url = client_url or self.admin_url

    # -- the Janus HTTP API ----------------------------------------------------------------

    async def post(
        self, http: aiohttp.ClientSession, path: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        body = {**body, "transaction": secrets.token_hex(6)}
        try:
            async with http.post(f"{self.admin_url}{path}", json=body) as response:
                answer: dict[str, Any] = await response.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise JanusError(f"Janus is unreachable: {exc}") from exc
        if answer.get("janus") == "error":
            raise JanusError(f"Janus refused: {answer.get('error')}")
        return answer

    async def request(self, body: dict[str, Any], *, ok_codes: tuple[int, ...] = ()) -> Any:
        """One synchronous VideoRoom request in a session of its own."""
        timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S)
        async with aiohttp.ClientSession(timeout=timeout) as http:
            session = (await self.post(http, "", {"janus": "create"}))["data"]["id"]
            try:
                attach = {"janus": "attach", "plugin": PLUGIN}
                handle = (await self.post(http, f"/{session}", attach))["data"]["id"]
                message = {"janus": "message", "body": body}
                answer = await self.post(http, f"/{session}/{handle}", message)
            finally:
                await self.post(http, f"/{session}", {"janus": "destroy"})
        data = answer.get("plugindata", {}).get("data", {})
        code = data.get("error_code")
        if code is not None and code not in ok_codes:
            raise JanusError(f"Janus VideoRoom refused {body['request']}: {data.get('error')}")
        return data

    async def check(self) -> dict[str, Any]:
        """Janus answers, with its VideoRoom plugin loaded (the readiness probe)."""
        timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S)
        try:
            async with (
                aiohttp.ClientSession(timeout=timeout) as http,
                http.get(f"{self.admin_url}/info") as response,
            ):
                info: dict[str, Any] = await response.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise JanusError(f"Janus is unreachable: {exc}") from exc
        if PLUGIN not in info.get("plugins", {}):
            raise JanusError("Janus answers but has no VideoRoom plugin")
        return {"version": info.get("version_string")}

    def secret(self, room: int) -> str:
        return room_secret(self.admin_key, room)

    # -- the Sfu protocol ------------------------------------------------------------------

    async def create_room(self, room: int, tokens: list[str], publishers: int) -> None:
        await self.request(
            {
                "request": "create",
                "room": room,
                "admin_key": self.admin_key,
                "secret": self.secret(room),
                "is_private": True,
                "allowed": [*tokens, self.admin_token(room)],
                "publishers": publishers,
                "audiocodec": "opus",
                "videocodec": "vp8",
                "notify_joining": True,
                # Subscriptions must carry the private_id Janus gave the participant's own
                # join: then a kick ends the participant's subscriptions too, not only what
                # it publishes (a removed pupil stops receiving at Janus, whatever its client).
                "require_pvtid": True,
            }
        )

    async def create_webinar_room(
        self, room: int, tokens: list[str], publishers: int, rec_dir: str | None
    ) -> None:
        body: dict[str, Any] = {
            "request": "create",
            "room": room,
            "admin_key": self.admin_key,
            "secret": self.secret(room),
            "is_private": True,
            "allowed": [*tokens, self.admin_token(room)],
            "publishers": publishers,
            "audiocodec": "opus",
            "videocodec": "vp8",
            # The audience holds no publisher handle (no camera asked, nothing to publish
            # with), so its subscriptions carry no private id: Janus checks tokens only on
            # publisher joins. The room's random number is what the audience is given.
            "require_pvtid": False,
            # No "joining" events: hundreds of viewers join, nobody needs to hear each one.
            "notify_joining": False,
        }
        if rec_dir is not None:
            body["rec_dir"] = rec_dir
        await self.request(body)

    async def record(self, room: int, recording: bool) -> None:
        body = {
            "request": "enable_recording",
            "room": room,
            "secret": self.secret(room),
            "record": recording,
        }
        await self.request(body)

    async def destroy_room(self, room: int) -> None:
        body = {"request": "destroy", "room": room, "secret": self.secret(room)}
        await self.request(body, ok_codes=(NO_SUCH_ROOM,))

    async def allow(self, room: int, tokens: list[str]) -> None:
        body = {
            "request": "allowed",
            "room": room,
            "secret": self.secret(room),
            "action": "add",
            "allowed": tokens,
        }
        await self.request(body)

    async def kick(self, room: int, participant_id: int, token: str) -> None:
        secret = self.secret(room)
        revoke = {
            "request": "allowed",
            "room": room,
            "secret": secret,
            "action": "remove",
            "allowed": [token],
        }
        await self.request(revoke, ok_codes=(NO_SUCH_ROOM,))
        kick = {"request": "kick", "room": room, "secret": secret, "id": participant_id}
        await self.request(kick, ok_codes=(NO_SUCH_ROOM, NO_SUCH_FEED))

    async def mute(self, room: int, participant_id: int, muted: bool) -> None:
        """Moderate every audio stream the participant publishes; Janus addresses streams by
        mid, which only the publisher's own SDP fixes, so the server asks Janus for them."""
        for mid in await self.audio_mids(room, participant_id):
            body = {
                "request": "moderate",
                "room": room,
                "secret": self.secret(room),
                "id": participant_id,
                "mid": mid,
                "mute": muted,
            }
            await self.request(body, ok_codes=(NO_SUCH_FEED,))

    async def audio_mids(self, room: int, participant_id: int) -> list[str]:
        """The mids of the participant's published audio, from the room's publisher list
        (seen by joining the room for a moment as a silent attendee)."""
        timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S)
        async with aiohttp.ClientSession(timeout=timeout) as http:
            session = (await self.post(http, "", {"janus": "create"}))["data"]["id"]
            try:
                attach = {"janus": "attach", "plugin": PLUGIN}
                handle = (await self.post(http, f"/{session}", attach))["data"]["id"]
                join = {
                    "request": "join",
                    "ptype": "publisher",
                    "room": room,
                    "display": "server",
                    "token": self.admin_token(room),
                }
                await self.post(http, f"/{session}/{handle}", {"janus": "message", "body": join})
                joined = await self.next_event(http, session)
            finally:
                await self.post(http, f"/{session}", {"janus": "destroy"})
        for publisher in joined.get("publishers", []):
            if publisher.get("id") == participant_id:
                return [
                    str(s["mid"]) for s in publisher.get("streams", []) if s.get("type") == "audio"
                ]
        return []

    def admin_token(self, room: int) -> str:
        """The server's own token for a room (added when the room is created)."""
        return self.secret(room)

    async def next_event(self, http: aiohttp.ClientSession, session: int) -> dict[str, Any]:
        try:
            async with http.get(f"{self.admin_url}/{session}?maxev=1") as response:
                event: dict[str, Any] = await response.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise JanusError(f"Janus is unreachable: {exc}") from exc
        data: dict[str, Any] = event.get("plugindata", {}).get("data", {})
        if "error_code" in data:
            raise JanusError(f"Janus VideoRoom refused: {data.get('error')}")
        return data
