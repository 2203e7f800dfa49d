"""Secrets: password hashing (argon2), session tokens and pupils' login codes."""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import hmac
import secrets

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError

#: Pupils' codes avoid characters a child could misread on a printed slip (0/O, 1/l/I).
LOGIN_CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
LOGIN_CODE_LENGTH = 10  # about 50 bits: unguessable online, short enough to type


#: Pupils' login codes are random (about 50 bits), not chosen by people, so they need far less
#: stretching than passwords: argon2id with 2 passes over 8 MiB, about 8 ms here against 130 ms
#: for a password. That keeps creating a class of 30 under a second, and still makes an offline
#: search of one code's space take thousands of CPU-years.
CODE_PROFILE = dataclasses.replace(
    profiles.RFC_9106_LOW_MEMORY, time_cost=2, memory_cost=8 * 1024, parallelism=1
)


class Secrets:
    """Hashing and token making, with the argon2 costs chosen once at start-up."""

    def __init__(self, *, cheap_hashing: bool = False) -> None:
        # The cheapest profile exists for tests only; it is never reachable from the CLI.
        if cheap_hashing:
            self._hasher = PasswordHasher.from_parameters(profiles.CHEAPEST)
            self._code_hasher = self._hasher
        else:
            self._hasher = PasswordHasher.from_parameters(profiles.RFC_9106_LOW_MEMORY)
            self._code_hasher = PasswordHasher.from_parameters(CODE_PROFILE)
        # Verifying against this keeps unknown-account logins as slow as wrong-password ones.
        self._dummy_hash = self._hasher.hash(secrets.token_urlsafe(16))
        self._dummy_code_hash = self._code_hasher.hash(secrets.token_urlsafe(16))

    # argon2 releases the GIL: in a worker thread it uses the other core and never stalls the
    # event loop (130 ms of a stalled loop would delay every live delivery). Callers run these
    # outside any database transaction, so no lock is held while they work.

    async def hash_password(self, password: str) -> str:
        return await asyncio.to_thread(self._hasher.hash, password)

    async def verify_password(self, stored_hash: str | None, password: str) -> bool:
        return await asyncio.to_thread(
            verify, self._hasher, stored_hash, self._dummy_hash, password
        )

    async def hash_login_code(self, code: str) -> str:
        return await asyncio.to_thread(self._code_hasher.hash, code)

    async def verify_login_code(self, stored_hash: str | None, code: str) -> bool:
        return await asyncio.to_thread(
            verify, self._code_hasher, stored_hash, self._dummy_code_hash, code
        )


def verify(hasher: PasswordHasher, stored_hash: str | None, dummy: str, secret: str) -> bool:
    """Check ``secret`` against ``stored_hash``; with no hash, burn the same time and fail."""
    try:
        # argon2 reads its parameters from the stored hash, so any profile verifies.
        return hasher.verify(stored_hash or dummy, secret) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    """A session token, CSRF token or invitation token: 256 bits, URL-safe."""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """What the database keeps of a token: a leaked table opens no session."""
    return hashlib.sha256(token.encode()).hexdigest()


def tokens_match(token: str, stored_hash: str) -> bool:
    return hmac.compare_digest(token_hash(token), stored_hash)


def new_login_code() -> str:
    return "".join(secrets.choice(LOGIN_CODE_ALPHABET) for _ in range(LOGIN_CODE_LENGTH))
