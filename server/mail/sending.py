"""Sending mail without holding up a request: SMTP (stdlib smtplib in a thread) or a Maildir.

A request that mails hands the message to :class:`Mailer`, which sends it in a task of its
own once the transaction has committed: the answer does not wait for the relay, so how long
it takes does not tell whether an address has an account.
"""

from __future__ import annotations

import asyncio
import logging
import mailbox
import os
import shutil
import smtplib
import ssl
import tempfile
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

from protocol.errors import present

from .settings import MailSettings

logger = logging.getLogger("twinspace.mail")

#: At shutdown, mail still being sent gets this long (default 10 s) before it is given up.
DRAIN_TIMEOUT_S = 10.0


class MailSender(Protocol):
    """Where mail goes: one message at a time, raising OSError or smtplib.SMTPException."""

    async def send(self, message: EmailMessage) -> None: ...


class SmtpSender:
    """An SMTP relay: STARTTLS (verified against the system's CAs) or plain, with or without
    a login."""

    def __init__(self, settings: MailSettings) -> None:
        # Chosen only when a host is set (mailer_for); without one there is no relay to use.
        self.host = present(settings.smtp_host, "the SMTP relay's host")
        self.settings = settings

    async def send(self, message: EmailMessage) -> None:
        await asyncio.to_thread(self._send, message)

    def _send(self, message: EmailMessage) -> None:
        settings = self.settings
        with smtplib.SMTP(self.host, settings.smtp_port, timeout=settings.smtp_timeout_s) as smtp:
            if settings.smtp_security == "starttls":
                smtp.starttls(context=ssl.create_default_context(cafile=settings.smtp_ca_file))
            if settings.smtp_user is not None and settings.smtp_password is not None:
                smtp.login(settings.smtp_user, settings.smtp_password)
            smtp.send_message(message)


class MaildirSender:
    """The embedded default: each message a file in a Maildir the operator reads."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    async def send(self, message: EmailMessage) -> None:
        await asyncio.to_thread(self._add, message)

    def _add(self, message: EmailMessage) -> None:
        if not (self.folder / "cur").is_dir():
            self._create()
        mailbox.Maildir(self.folder, create=False).add(message)

    def _create(self) -> None:
        # mailbox makes the folder, then tmp/, new/ and cur/ one by one: a reader (the
        # operator's `twinspace mail`, a test) that came in between failed on the missing
        # cur/. The box is built under a temporary name and renamed into place whole.
        staging = Path(tempfile.mkdtemp(prefix=".mail-", dir=self.folder.parent))
        try:
            mailbox.Maildir(staging / "box", create=True)
            try:
                os.rename(staging / "box", self.folder)
            except OSError:
                if not (self.folder / "cur").is_dir():  # not another sender's, made first
                    raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)


class Mailer:
    """Sends each message in a background task; failures are logged, never raised."""

    def __init__(self, sender: MailSender, settings: MailSettings) -> None:
        self.sender = sender
        self.settings = settings
        self._tasks: set[asyncio.Task[None]] = set()

    def dispatch(self, message: EmailMessage) -> None:
        task = asyncio.create_task(self._send(message))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _send(self, message: EmailMessage) -> None:
        try:
            await self.sender.send(message)
        except (OSError, smtplib.SMTPException) as exc:
            # The address stays out of the log; the person can ask for another link.
            logger.warning("a mail could not be sent: %s", type(exc).__name__)

    async def close(self) -> None:
        """Let mail under way finish (for up to DRAIN_TIMEOUT_S)."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=DRAIN_TIMEOUT_S)


def mail_folder(data_dir: Path) -> Path:
    """The embedded default's Maildir."""
    return data_dir / "mail"


def mailer_for(settings: MailSettings, data_dir: Path) -> Mailer:
    sender: MailSender = (
        SmtpSender(settings)
        if settings.smtp_host is not None
        else MaildirSender(mail_folder(data_dir))
    )
    return Mailer(sender, settings)
