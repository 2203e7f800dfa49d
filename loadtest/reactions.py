"""Reactions played by the group scenario (:mod:`loadtest.group`): members add and take back
reactions to the thread's recent posts at a fixed rate, each request a change.

The play is the only one reacting, so it knows every (member, post, kind) it touched: a
request adds the reaction where the member has none of that kind and takes it back where
they have, and no two requests about the same reaction are in flight at once. Each answered
request (200) therefore changed something, and the server published exactly one
``post.reactions`` on the thread's channel for it: the run adds :attr:`made` to the
channel's expected head, so the tabs' lost and duplicated counts cover reactions too.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import deque

import httpx

from protocol.vocabulary import ReactionKind

#: How many of the latest posts the reactions go to (the ones a reader still sees).
RECENT_POSTS = 20
#: Tries to find a reaction not already in flight before one tick is skipped.
PICK_TRIES = 10
KINDS = list(ReactionKind)


class ReactionPlay:
    def __init__(
        self, client: httpx.AsyncClient, posts_path: str, tokens: list[str], rng: random.Random
    ) -> None:
        self.client, self.posts_path, self.tokens, self.rng = client, posts_path, tokens, rng
        self.recent: deque[int] = deque(maxlen=RECENT_POSTS)
        self.held: set[tuple[int, int, ReactionKind]] = set()  # (member, post, kind) on
        self.busy: set[tuple[int, int, ReactionKind]] = set()
        #: A reaction whose answer never came: left alone for the rest of the run.
        self.unsure: set[tuple[int, int, ReactionKind]] = set()
        self.made = self.added = self.taken_back = self.refused = self.skipped = 0

    def posted(self, post_id: int) -> None:
        self.recent.append(post_id)

    def pick(self) -> tuple[int, int, ReactionKind] | None:
        if not self.recent:
            return None
        for _ in range(PICK_TRIES):
            key = (
                self.rng.randrange(len(self.tokens)),
                self.rng.choice(self.recent),
                self.rng.choice(KINDS),
            )
            if key not in self.busy and key not in self.unsure:
                return key
        return None

    async def one(self, key: tuple[int, int, ReactionKind]) -> None:
        member, post_id, kind = key
        on = key not in self.held
        path = f"{self.posts_path}/{post_id}/reactions/{kind.value}"
        headers = {"authorization": f"Bearer {self.tokens[member]}"}
        try:
            answer = await self.client.request("PUT" if on else "DELETE", path, headers=headers)
        except httpx.HTTPError:
            self.unsure.add(key)
            self.refused += 1
            return
        finally:
            self.busy.discard(key)
        if answer.status_code != 200:
            if answer.status_code >= 500:
                self.unsure.add(key)  # it may have changed: touch it no more
            self.refused += 1
            return
        self.made += 1
        if on:
            self.held.add(key)
            self.added += 1
        else:
            self.held.discard(key)
            self.taken_back += 1

    async def run(self, rate: float, duration_s: float) -> None:
        """``rate`` reactions a second for ``duration_s`` (a fixed schedule); a tick with no
        post yet, or no reaction free, is skipped (counted in :attr:`skipped`)."""
        if rate <= 0:
            return
        pending: set[asyncio.Task[None]] = set()
        started = time.monotonic()
        for number in range(int(rate * duration_s)):
            await asyncio.sleep(max(0.0, started + number / rate - time.monotonic()))
            key = self.pick()
            if key is None:
                self.skipped += 1
                continue
            self.busy.add(key)
            task = asyncio.create_task(self.one(key))
            pending.add(task)
            task.add_done_callback(pending.discard)
        await asyncio.gather(*pending)
