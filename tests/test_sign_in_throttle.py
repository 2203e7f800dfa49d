"""Sign-in throttling: the three budgets, the lockout, and what lifts them (fake clock)."""

from __future__ import annotations

import datetime as dt

import pytest

from protocol.errors import RateLimited, Unauthenticated
from server.brokers.attempts import MemoryAttemptCounter
from server.clock import FakeClock
from server.services.sign_in_throttle import (
    EMAIL,
    USERNAME,
    SignInKeys,
    SignInLimits,
    SignInThrottle,
)

LIMITS = SignInLimits(per_address_account=3, per_account=5, per_address=8)
SCHOOL = "192.0.2.10"
HOME = "198.51.100.7"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def throttle(clock: FakeClock) -> SignInThrottle:
    return SignInThrottle(MemoryAttemptCounter(clock.now), LIMITS)


async def wrong(throttle: SignInThrottle, name: str, address: str, kind: str = EMAIL) -> None:
    """One attempt with bad credentials: it must be counted and refused as such."""

    async def bad_credentials() -> int:
        raise Unauthenticated("wrong")

    keys = await throttle.keys(kind, name, address)
    with pytest.raises(Unauthenticated):
        await throttle.guard(keys, bad_credentials)


async def right(throttle: SignInThrottle, name: str, address: str, kind: str = EMAIL) -> int:
    async def good_credentials() -> int:
        return 42

    keys = await throttle.keys(kind, name, address)
    return await throttle.guard(keys, good_credentials)


async def test_one_address_gets_a_few_tries_per_account(throttle: SignInThrottle) -> None:
    for _ in range(LIMITS.per_address_account):
        await wrong(throttle, "ana@school.example", SCHOOL)
    with pytest.raises(RateLimited) as refused:
        await right(throttle, "ana@school.example", SCHOOL)
    assert refused.value.retry_after_s == 15 * 60
    assert "15 minutes" in refused.value.message
    # The same person from home, and other accounts from school, are not held back.
    assert await right(throttle, "ana@school.example", HOME) == 42
    assert await right(throttle, "ben@school.example", SCHOOL) == 42


async def test_the_right_password_during_a_lockout_is_refused_too(
    throttle: SignInThrottle,
) -> None:
    for _ in range(LIMITS.per_address_account):
        await wrong(throttle, "ana@school.example", SCHOOL)
    calls = []

    async def counted() -> int:
        calls.append(1)
        return 42

    keys = await throttle.keys(EMAIL, "ana@school.example", SCHOOL)
    with pytest.raises(RateLimited):
        await throttle.guard(keys, counted)
    assert calls == [], "the credentials check (argon2) must not run while locked"


async def test_many_addresses_guessing_one_account_lock_it_out(throttle: SignInThrottle) -> None:
    for n in range(LIMITS.per_account):
        await wrong(throttle, "ana@school.example", f"203.0.113.{n}")
    with pytest.raises(RateLimited):
        await right(throttle, "ana@school.example", "203.0.113.200")


async def test_one_address_spraying_many_accounts_is_held_back(throttle: SignInThrottle) -> None:
    for n in range(LIMITS.per_address):
        await wrong(throttle, f"pupil{n}", SCHOOL, USERNAME)
    with pytest.raises(RateLimited):
        await right(throttle, "pupil-not-tried", SCHOOL, USERNAME)
    assert await right(throttle, "pupil-not-tried", HOME, USERNAME) == 42


async def test_the_lockout_ends_with_its_window(throttle: SignInThrottle, clock: FakeClock) -> None:
    for _ in range(LIMITS.per_address_account):
        await wrong(throttle, "ana@school.example", SCHOOL)
    clock.advance(dt.timedelta(minutes=14, seconds=30))
    with pytest.raises(RateLimited) as refused:
        await right(throttle, "ana@school.example", SCHOOL)
    assert refused.value.retry_after_s == 30
    assert refused.value.message.endswith("try again in 1 minute")
    clock.advance(dt.timedelta(seconds=30))
    assert await right(throttle, "ana@school.example", SCHOOL) == 42


async def test_success_forgives_that_address_but_not_the_account_budget(
    throttle: SignInThrottle,
) -> None:
    for _ in range(LIMITS.per_address_account - 1):
        await wrong(throttle, "ana@school.example", SCHOOL)
    await right(throttle, "ana@school.example", SCHOOL)
    for _ in range(LIMITS.per_address_account - 1):
        await wrong(throttle, "ana@school.example", SCHOOL)
    assert await right(throttle, "ana@school.example", SCHOOL) == 42
    # Four failures stay on the account's budget of five: one more, from anywhere, locks it.
    await wrong(throttle, "ana@school.example", HOME)
    with pytest.raises(RateLimited):
        await right(throttle, "ana@school.example", "203.0.113.9")


async def test_names_are_throttled_as_the_lookup_sees_them(throttle: SignInThrottle) -> None:
    for name in ("Ana@School.example", " ana@school.example", "ANA@SCHOOL.EXAMPLE"):
        await wrong(throttle, name, SCHOOL)
    with pytest.raises(RateLimited):
        await right(throttle, "ana@school.example", SCHOOL)


async def test_emails_and_usernames_never_share_a_budget(throttle: SignInThrottle) -> None:
    for _ in range(LIMITS.per_address_account):
        await wrong(throttle, "ana", SCHOOL, USERNAME)
    assert await right(throttle, "ana", SCHOOL, EMAIL) == 42


async def test_lifting_an_account_clears_its_lockout_from_every_address(
    throttle: SignInThrottle,
) -> None:
    for _ in range(LIMITS.per_address_account):
        await wrong(throttle, "lea-x7k2", SCHOOL, USERNAME)
    for n in range(LIMITS.per_account - LIMITS.per_address_account):
        await wrong(throttle, "lea-x7k2", f"203.0.113.{n}", USERNAME)
    await throttle.lift_account(USERNAME, "lea-x7k2")
    assert await right(throttle, "lea-x7k2", SCHOOL, USERNAME) == 42
    assert await right(throttle, "lea-x7k2", "203.0.113.0", USERNAME) == 42


def test_keys_name_the_address_the_account_and_both() -> None:
    keys = SignInKeys.of(EMAIL, "Ana@School.example", SCHOOL, 2)
    assert keys.all() == (
        f"pair:{SCHOOL}:email:ana@school.example:2",
        "account:email:ana@school.example:2",
        f"address:{SCHOOL}",
    )
    # A lifted lockout (a new generation) does not make a known pair unknown.
    assert keys.known == f"known:{SCHOOL}:email:ana@school.example"


def test_default_budgets_are_those_documented() -> None:
    limits = SignInLimits()
    assert (limits.per_address_account, limits.per_account, limits.per_address) == (5, 10, 300)
    assert limits.window == dt.timedelta(minutes=15)
    assert limits.known_for == dt.timedelta(days=30)


async def test_accounts_known_at_an_address_are_not_held_back_by_its_budget(
    throttle: SignInThrottle, clock: FakeClock
) -> None:
    # Léa signed in from school last week; today the school's address spends its budget.
    await right(throttle, "lea-x7k2", SCHOOL, USERNAME)
    clock.advance(dt.timedelta(days=7))
    for n in range(LIMITS.per_address):
        await wrong(throttle, f"pupil{n}", SCHOOL, USERNAME)
    assert await right(throttle, "lea-x7k2", SCHOOL, USERNAME) == 42
    # A name never signed in from there waits; Léa's own budgets still hold her mistakes.
    with pytest.raises(RateLimited):
        await right(throttle, "tom-q3p9", SCHOOL, USERNAME)
    for _ in range(LIMITS.per_address_account):
        await wrong(throttle, "lea-x7k2", SCHOOL, USERNAME)
    with pytest.raises(RateLimited):
        await right(throttle, "lea-x7k2", SCHOOL, USERNAME)


async def test_a_known_pair_is_forgotten_after_known_for(
    throttle: SignInThrottle, clock: FakeClock
) -> None:
    await right(throttle, "lea-x7k2", SCHOOL, USERNAME)
    clock.advance(LIMITS.known_for)
    for n in range(LIMITS.per_address):
        await wrong(throttle, f"pupil{n}", SCHOOL, USERNAME)
    with pytest.raises(RateLimited):
        await right(throttle, "lea-x7k2", SCHOOL, USERNAME)


async def test_two_classes_mistyping_behind_one_address_are_not_shut_out(clock: FakeClock) -> None:
    throttle = SignInThrottle(MemoryAttemptCounter(clock.now))  # the default budgets
    classes = [[f"class{c}-pupil{p}" for p in range(30)] for c in range(2)]
    # First lesson: a third of each class mistypes its code four times before getting it.
    for pupils in classes:
        for name in pupils[:10]:
            for _ in range(4):
                await wrong(throttle, name, SCHOOL, USERNAME)
    for pupils in classes:
        for name in pupils:
            assert await right(throttle, name, SCHOOL, USERNAME) == 42
