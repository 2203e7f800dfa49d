"""A real SMTP server on loopback (aiosmtpd), for the mail tests: plain, with a login, or
with STARTTLS under a certificate made for the test."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.realtime.conftest import free_socket

USER = "twinspace"
PASSWORD = "relay secret"


@dataclass
class Received:
    """What the relay accepted: each message, its envelope, and who signed in."""

    messages: list[EmailMessage] = field(default_factory=list)
    recipients: list[list[str]] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        message = message_from_bytes(envelope.original_content, policy=default)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 OK"

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        if (
            isinstance(data, LoginPassword)
            and data.login == USER.encode()
            and data.password == PASSWORD.encode()
        ):
            self.logins.append(USER)
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)


@dataclass(frozen=True)
class Relay:
    host: str
    port: int
    received: Received
    #: Trusts the relay's certificate (STARTTLS relays only).
    client_tls: ssl.SSLContext | None = None


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key, as PEM files."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "relay.crt", folder / "relay.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@contextmanager
def smtp_relay(*, login: bool = False, starttls_in: Path | None = None) -> Iterator[Relay]:
    """A running relay on 127.0.0.1; ``login`` requires AUTH, ``starttls_in`` (a folder for
    the certificate) requires STARTTLS before anything is sent."""
    received = Received()
    with free_socket() as probe:
        port = probe.getsockname()[1]
    kwargs: dict[str, Any] = {}
    client_tls = None
    if starttls_in is not None:
        cert, key = self_signed(starttls_in)
        server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        server_tls.load_cert_chain(cert, key)
        kwargs.update(tls_context=server_tls, require_starttls=True)
        client_tls = ssl.create_default_context(cafile=str(cert))
    if login:
        kwargs.update(
            authenticator=received.authenticate,
            auth_required=True,
            auth_require_tls=starttls_in is not None,
        )
    controller = Controller(received, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    try:
        yield Relay("127.0.0.1", port, received, client_tls)
    finally:
        controller.stop()
