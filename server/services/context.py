"""The request context: who acts, in which transaction, at what time.

Almost every service call of a person's request shares the same three values; before this type
they travelled as three parameters (``session``/``db``, ``actor``, ``now``) on about a hundred
signatures. An edge builds one :class:`RequestContext` per request (the HTTP routing's
``begin_call``, the command line where an account acts) and passes it down. It carries no
settings: each service takes the few it needs (its limits, the video settings), so a service
still shows what it depends on.

Services unpack it at their top (``session, actor, now = req.db, req.actor, req.now``) and
pass ``req`` on to the services they call.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Account


@dataclass(frozen=True, slots=True)
class RequestContext:
    """One request of a signed-in account, inside one transaction."""

    #: The transaction's session: services never commit it, the edge does (or rolls back).
    db: AsyncSession
    #: The signed-in account acting (the policy sees it through ``access.actor_of``).
    actor: Account
    #: The request's one clock reading: every timestamp and expiry check of the request.
    now: dt.datetime
