"""Secrets: password hashing (argon2), session tokens and pupils' login codes."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError

#: Pupils' codes avoid characters a child could misread on a printed slip (0/O, 1/l/I).
LOGIN_CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
LOGIN_CODE_LENGTH = 10  # about 50 bits: unguessable online, short enough to type


class Secrets:
    """Hashing and token making, with the argon2 cost chosen once at start-up."""

    def __init__(self, *, cheap_hashing: bool = False) -> None:
        # The cheapest profile exists for tests only; it is never reachable from the CLI.
        profile = profiles.CHEAPEST if cheap_hashing else profiles.RFC_9106_LOW_MEMORY
        self._hasher = PasswordHasher.from_parameters(profile)
        # Verifying against this keeps unknown-account logins as slow as wrong-password ones.
        self._dummy_hash = self._hasher.hash(secrets.token_urlsafe(16))

    def hash_password(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify_password(self, stored_hash: str | None, password: str) -> bool:
        try:
            return self._hasher.verify(stored_hash or self._dummy_hash, password) and bool(
                stored_hash
            )
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
