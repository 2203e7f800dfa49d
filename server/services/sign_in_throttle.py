"""Sign-in throttling and lockout: how many wrong passwords or codes are tried before a wait.

Three budgets of failures, each in a fixed window (see :class:`SignInLimits` in
server/config.py for the numbers and why):

* per **address and account**: one person mistyping, or one attacker on one account;
* per **account**, from any address: a distributed guess at one teacher's password or one
  pupil's code is locked out (the lockout), however many addresses it uses;
* per **address**, over any accounts: one machine spraying guesses over a class list. A
  school's pupils share one address, so this budget is large, and it never holds back an
  account that has signed in from that address before (a *known* pair, remembered for
  ``known_for`` after each success): a spray from a school network, or a class's bad morning,
  does not shut out the pupils who signed in there before.

A spent budget refuses every further try with ``rate_limited`` and a ``Retry-After``, the right
password included (so a guess made during the lockout learns nothing), *before* argon2 runs, so
a flood costs no hashing. A success forgets that address's failures on that account. A teacher
resetting a pupil's code lifts the pupil's lockout: the pupil gets a fresh code and can sign in
at once. Lockouts are per account name as typed (normalized), so an unknown name is throttled
like a known one and throttling tells nobody which accounts exist.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from protocol.errors import RateLimited, Unauthenticated

from ..brokers.attempts import AttemptCounter
from ..config import SignInLimits

__all__ = ["EMAIL", "USERNAME", "SignInKeys", "SignInLimits", "SignInThrottle"]

logger = logging.getLogger("twinspace.security")
T = TypeVar("T")


#: What a name is, in the counters' keys: teachers, guests and admins sign in by e-mail,
#: pupils by username; the two never share a counter.
EMAIL = "email"
USERNAME = "username"

TOO_MANY = "too many failed sign-in attempts: try again in {minutes} minute{s}"


def normalize_name(name: str) -> str:
    """The account name as the lookup sees it: e-mails and usernames are case-insensitive."""
    return name.strip().casefold()


#: How long a lifted lockout's generation is remembered; far longer than any window.
GENERATION_TTL = dt.timedelta(days=30)


@dataclass(frozen=True, slots=True)
class SignInKeys:
    """The three counters one attempt touches. ``kind`` separates e-mails from usernames;
    ``generation`` moves on when a teacher lifts the account's lockout, which starts every
    counter of that account afresh (the old ones simply expire)."""

    address_account: str
    account: str
    address: str
    #: Set by a success from this address on this account: the pair is known, and the
    #: address's budget no longer holds it back (not a failure counter: not in ``all()``).
    known: str

    @classmethod
    def of(cls, kind: str, name: str, address: str, generation: int = 0) -> SignInKeys:
        account = f"{kind}:{normalize_name(name)}:{generation}"
        return cls(
            f"pair:{address}:{account}",
            f"account:{account}",
            f"address:{address}",
            f"known:{address}:{kind}:{normalize_name(name)}",
        )

    def all(self) -> tuple[str, str, str]:
        return (self.address_account, self.account, self.address)


def generation_key(kind: str, name: str) -> str:
    return f"generation:{kind}:{normalize_name(name)}"


class SignInThrottle:
    """Asks the counter before a sign-in check and tells it the outcome afterwards."""

    def __init__(self, counter: AttemptCounter, limits: SignInLimits | None = None) -> None:
        self.counter = counter
        self.limits = limits or SignInLimits()

    def _budgets(self) -> tuple[int, int, int]:
        limits = self.limits
        return (limits.per_address_account, limits.per_account, limits.per_address)

    async def keys(self, kind: str, name: str, address: str) -> SignInKeys:
        [generation] = await self.counter.counts([generation_key(kind, name)])
        return SignInKeys.of(kind, name, address, generation)

    async def check(self, keys: SignInKeys) -> None:
        """Raise :class:`RateLimited` when any budget of this attempt is spent."""
        *counts, known = await self.counter.counts([*keys.all(), keys.known])
        spent = [
            key
            for key, count, budget in zip(keys.all(), counts, self._budgets(), strict=True)
            if count >= budget and not (key == keys.address and known)
        ]
        if not spent:
            return
        wait = max([await self.counter.remaining(key) for key in spent])
        seconds = max(1, math.ceil(wait.total_seconds()))
        minutes = max(1, math.ceil(seconds / 60))
        raise RateLimited(
            TOO_MANY.format(minutes=minutes, s="" if minutes == 1 else "s"),
            retry_after_s=seconds,
        )

    async def guard(self, keys: SignInKeys, attempt: Callable[[], Awaitable[T]]) -> T:
        """Run a credentials check within the budgets: refused before it runs when one is
        spent, counted when it fails with bad credentials, forgiven when it succeeds."""
        await self.check(keys)
        try:
            result = await attempt()
        except Unauthenticated:
            await self.failed(keys)
            raise
        await self.succeeded(keys)
        return result

    async def failed(self, keys: SignInKeys) -> None:
        counts = await self.counter.add(keys.all(), self.limits.window)
        if counts[1] == self.limits.per_account:
            # The account name stays out of the log (it may be a pupil's username).
            logger.warning("sign-in locked for one account after %d failures", counts[1])

    async def succeeded(self, keys: SignInKeys) -> None:
        # Known from now on for `known_for` (the window restarts at each success).
        await self.counter.clear([keys.address_account, keys.known])
        await self.counter.add([keys.known], self.limits.known_for)

    async def lift_account(self, kind: str, name: str) -> None:
        """End an account's lockout from every address (a teacher reset the pupil's code)."""
        await self.counter.add([generation_key(kind, name)], GENERATION_TTL)
