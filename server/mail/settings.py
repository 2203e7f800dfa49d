"""Mail settings, each from a TWINSPACE_SMTP_* / TWINSPACE_MAIL_* variable (docs/deployment.md)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

#: How the server talks to its SMTP relay: "starttls" upgrades the connection before it
#: sends a password or a message (the default, port 587); "none" sends in clear (a relay on
#: the same host or private network only).
SmtpSecurity = Literal["starttls", "none"]
SMTP_SECURITY: tuple[SmtpSecurity, ...] = ("starttls", "none")


@dataclass(frozen=True, slots=True)
class MailSettings:
    #: The SMTP relay's host (TWINSPACE_SMTP_HOST). None, the embedded default, puts every mail
    #: in the Maildir `<data dir>/mail` instead, for the operator to read and pass on.
    smtp_host: str | None = None
    #: TWINSPACE_SMTP_PORT (default 587, submission with STARTTLS).
    smtp_port: int = 587
    #: TWINSPACE_SMTP_SECURITY: "starttls" (default) or "none".
    smtp_security: SmtpSecurity = "starttls"
    #: TWINSPACE_SMTP_USER and TWINSPACE_SMTP_PASSWORD: sign in to the relay when both are set.
    smtp_user: str | None = None
    smtp_password: str | None = None
    #: A PEM file of the CA that signed the relay's certificate, when it is not one the system
    #: trusts (TWINSPACE_SMTP_CA_FILE); STARTTLS always verifies the relay.
    smtp_ca_file: str | None = None
    #: The From of every mail (TWINSPACE_MAIL_FROM).
    mail_from: str = "TwinSpace Live <no-reply@localhost>"
    #: Longest wait for the relay to answer one step (default 30 s); a mail not sent by then is
    #: logged as lost (the person can ask for another link).
    smtp_timeout_s: float = 30.0
    #: The site's address as people reach it, for links in mail (TWINSPACE_PUBLIC_URL, e.g.
    #: https://twinspace.example.org). Needed with SMTP; without it (embedded default) links
    #: use the address the request came to.
    public_url: str | None = None
    #: How long a password-reset link works (default 60 minutes;
    #: TWINSPACE_PASSWORD_RESET_MINUTES). Past it the link answers 410 `gone` and the person
    #: asks for a new one; a used link is gone at once.
    reset_lifetime: dt.timedelta = dt.timedelta(minutes=60)


def mail_settings_from(env: Mapping[str, str]) -> MailSettings:
    defaults = MailSettings()
    security = env.get("TWINSPACE_SMTP_SECURITY") or defaults.smtp_security
    if security not in SMTP_SECURITY:
        raise ValueError(f"TWINSPACE_SMTP_SECURITY must be one of {', '.join(SMTP_SECURITY)}")
    minutes = env.get("TWINSPACE_PASSWORD_RESET_MINUTES")
    return MailSettings(
        smtp_host=env.get("TWINSPACE_SMTP_HOST") or None,
        smtp_port=int(env.get("TWINSPACE_SMTP_PORT") or defaults.smtp_port),
        smtp_security="none" if security == "none" else "starttls",
        smtp_user=env.get("TWINSPACE_SMTP_USER") or None,
        smtp_password=env.get("TWINSPACE_SMTP_PASSWORD") or None,
        smtp_ca_file=env.get("TWINSPACE_SMTP_CA_FILE") or None,
        mail_from=env.get("TWINSPACE_MAIL_FROM") or defaults.mail_from,
        public_url=(env.get("TWINSPACE_PUBLIC_URL") or "").rstrip("/") or None,
        reset_lifetime=(
            dt.timedelta(minutes=float(minutes)) if minutes else defaults.reset_lifetime
        ),
    )


def check_mail(mail: MailSettings) -> str | None:
    """What is wrong with these settings, as a sentence for the operator, or None."""
    if mail.reset_lifetime <= dt.timedelta(0):
        return "TWINSPACE_PASSWORD_RESET_MINUTES must be above 0"
    if mail.smtp_host is None:
        return None
    if not 0 < mail.smtp_port < 65536:
        return f"TWINSPACE_SMTP_PORT {mail.smtp_port} is out of range 1-65535"
    if (mail.smtp_user is None) != (mail.smtp_password is None):
        return "TWINSPACE_SMTP_USER and TWINSPACE_SMTP_PASSWORD go together: set both or neither"
    if mail.public_url is None:
        return (
            "TWINSPACE_SMTP_HOST needs TWINSPACE_PUBLIC_URL (the site's https:// address), so "
            "links in mail cannot be pointed elsewhere by a forged Host header"
        )
    if not mail.public_url.startswith(("https://", "http://")):
        return "TWINSPACE_PUBLIC_URL must start with https:// (or http://)"
    return None
