"""Posting limits of the forums, counted from stored posts with the injected clock.

Counting stored posts (an indexed count) holds across server processes and is exact under a
fake clock. A refused post is not stored, so a pupil's flood spends only that pupil's budget:
the rest of the class keeps the space's budget.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from protocol.vocabulary import CHAT_AREAS, FORUM_AREAS, ForumArea


@dataclass(frozen=True, slots=True)
class ForumLimits:
    #: Posts (threads' opening posts and replies) one member may write per window (default
    #: 10 a minute). One more is refused with 429 ``rate_limited``, and nothing is stored.
    posts_per_member: int = 10
    #: Posts all members of one space together may write per window (default 300 a minute:
    #: 30 pupils writing 10 each). One more is refused with 429 ``rate_limited``.
    posts_per_space: int = 300
    #: The window both limits count over (default one minute).
    window: dt.timedelta = dt.timedelta(minutes=1)
    #: The areas these limits count and guard: a route using them writes only there, so the
    #: forum and the chat each keep their own budget (default: the forum's two areas).
    areas: frozenset[ForumArea] = field(default=FORUM_AREAS)
    #: Reactions one member may add or take back per window, in any space (default 60 a
    #: minute: a click a second). Every change is announced to the thread's readers, so a
    #: pupil clicking on and off would otherwise flood a class's pages. One more is refused
    #: with 429 ``rate_limited`` and a ``Retry-After``; nothing changes. Counted in the sign-in
    #: throttle's counters (shared through Redis when configured), not in stored rows: a
    #: reaction taken back leaves no row to count.
    reaction_changes_per_member: int = 60


#: How long after sending a chat message its author may still edit it (5 minutes, on the
#: injected clock). Later edits are refused with 403; deleting stays possible.
CHAT_EDIT_WINDOW = dt.timedelta(minutes=5)


def chat_limits() -> ForumLimits:
    """The chat's limits: the same rule, livelier talk. A member may send 30 messages a minute
    and a space 600 (one more: 429 ``rate_limited``, nothing stored)."""
    return ForumLimits(posts_per_member=30, posts_per_space=600, areas=CHAT_AREAS)
