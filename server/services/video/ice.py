"""STUN/TURN servers for clients, with time-limited TURN credentials.

The TURN REST API form that coturn's ``use-auth-secret`` accepts: the username is
``<expiry unix time>:<user id>`` and the password is base64(HMAC-SHA1(static-auth-secret,
username)). coturn recomputes the HMAC and refuses the credential once the expiry has passed,
so the secret never leaves the server and a leaked credential dies by itself.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac

from protocol.api import IceServerOut

from ...config import VideoSettings


def turn_credential(secret: str, user: str, expires_at: dt.datetime) -> tuple[str, str]:
    """(username, password) for coturn's use-auth-secret, valid until ``expires_at``."""
    username = f"{int(expires_at.timestamp())}:{user}"
    digest = hmac.new(secret.encode(), username.encode(), hashlib.sha1).digest()
    return username, base64.b64encode(digest).decode("ascii")


def ice_servers(settings: VideoSettings, account_id: int, now: dt.datetime) -> list[IceServerOut]:
    """What one client may use to gather candidates; TURN only with a secret configured."""
    servers = [IceServerOut(urls=list(settings.stun_urls))] if settings.stun_urls else []
    if settings.turn_urls and settings.turn_secret:
        username, password = turn_credential(
            settings.turn_secret, str(account_id), now + settings.turn_ttl
        )
        servers.append(
            IceServerOut(urls=list(settings.turn_urls), username=username, credential=password)
        )
    return servers
