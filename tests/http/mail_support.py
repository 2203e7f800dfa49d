"""Reading the mail the server left in its data folder's Maildir (issue 17)."""

from __future__ import annotations

import email
import mailbox
import re
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

from server.mail.sending import mail_folder
from tests.support import eventually

RESET_LINK = re.compile(r"(https?://\S+/#/reset/([A-Za-z0-9_-]+))")


def messages(data_dir: Path) -> list[EmailMessage]:
    folder = mail_folder(data_dir)
    if not folder.is_dir():
        return []
    box = mailbox.Maildir(folder, factory=None, create=False)
    found = []
    for key, stored in box.iteritems():
        message = email.message_from_bytes(box.get_bytes(key), policy=default)
        assert isinstance(message, EmailMessage)
        found.append((stored.get_date(), key, message))
    return [message for _, _, message in sorted(found, key=lambda f: (f[0], f[1]))]


def text_of(message: EmailMessage) -> str:
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    content = body.get_content()
    assert isinstance(content, str)
    return content


async def mail_to(data_dir: Path, address: str, count: int = 1) -> list[EmailMessage]:
    """The messages to ``address``, once there are ``count`` of them."""

    def arrived() -> bool:
        return len([m for m in messages(data_dir) if m["To"] == address]) >= count

    await eventually(f"{count} mail(s) to {address}", arrived)
    return [m for m in messages(data_dir) if m["To"] == address]


def reset_link(message: EmailMessage) -> tuple[str, str]:
    """The link of a reset mail and its secret."""
    found = RESET_LINK.search(text_of(message))
    assert found is not None, text_of(message)
    return found.group(1), found.group(2)
