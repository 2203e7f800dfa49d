"""Password and login-code hashing, tokens."""

from __future__ import annotations

import asyncio

import pytest

from server.security import (
    LOGIN_CODE_ALPHABET,
    LOGIN_CODE_LENGTH,
    Secrets,
    new_login_code,
    new_token,
    token_hash,
    tokens_match,
)


@pytest.fixture(scope="module")
def real_secrets() -> Secrets:
    return Secrets()


async def test_passwords_use_argon2id_with_the_memory_hard_profile(real_secrets: Secrets) -> None:
    stored = await real_secrets.hash_password("correct horse battery")
    assert stored.startswith("$argon2id$")
    assert "m=65536" in stored
    assert await real_secrets.verify_password(stored, "correct horse battery")
    assert not await real_secrets.verify_password(stored, "wrong horse battery")


async def test_login_codes_use_the_lighter_code_profile(real_secrets: Secrets) -> None:
    code = new_login_code()
    stored = await real_secrets.hash_login_code(code)
    assert stored.startswith("$argon2id$")
    assert "m=8192,t=2" in stored
    assert await real_secrets.verify_login_code(stored, code)
    assert not await real_secrets.verify_login_code(stored, new_login_code())


async def test_a_missing_hash_never_verifies(real_secrets: Secrets) -> None:
    assert not await real_secrets.verify_password(None, "anything at all")
    assert not await real_secrets.verify_login_code(None, "anything")
    assert not await real_secrets.verify_password("not a hash", "anything")


def test_login_codes_avoid_misreadable_characters() -> None:
    codes = {new_login_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert len(code) == LOGIN_CODE_LENGTH
        assert set(code) <= set(LOGIN_CODE_ALPHABET)
    assert not set("0o1lI") & set(LOGIN_CODE_ALPHABET)


def test_tokens_are_stored_only_as_hashes() -> None:
    token = new_token()
    stored = token_hash(token)
    assert token not in stored
    assert len(stored) == 64
    assert tokens_match(token, stored)
    assert not tokens_match(new_token(), stored)


async def test_hashing_does_not_block_the_event_loop(real_secrets: Secrets) -> None:
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.005)
            ticks += 1

    running = asyncio.create_task(ticker())
    await real_secrets.hash_password("correct horse battery")  # about 130 ms of argon2
    running.cancel()
    # A hash on the loop itself would have allowed no tick at all.
    assert ticks >= 3
