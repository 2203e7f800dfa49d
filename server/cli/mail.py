"""`twinspace mail list|read`: the mail the server left in its data folder (issue 17).

With no SMTP relay configured (the embedded default), password-reset links and other mail go
into the Maildir `<data dir>/mail`; the operator reads them here, or with any Maildir reader
(mutt -f DATA/mail), and passes the link on.
"""

from __future__ import annotations

import email
import mailbox
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import click

from ..config import DEFAULT_DATA_DIR
from ..mail.sending import mail_folder


def open_folder(data_dir: str) -> mailbox.Maildir:
    folder = mail_folder(Path(data_dir))
    if not folder.is_dir():
        raise click.ClickException(f"no mail folder at {folder}: no mail has been sent yet")
    return mailbox.Maildir(folder, factory=None, create=False)


def messages_by_date(box: mailbox.Maildir) -> list[tuple[str, mailbox.MaildirMessage]]:
    """The folder's messages, oldest first; each one's key is what `read` takes."""
    return sorted(box.items(), key=lambda item: (item[1].get_date(), item[0]))


@click.group()
def mail() -> None:
    """Mail kept in the data folder when no SMTP relay is configured."""


@mail.command("list")
@click.option("--data-dir", envvar="TWINSPACE_DATA_DIR", default=str(DEFAULT_DATA_DIR))
def list_mail(data_dir: str) -> None:
    """One line per message, oldest first: its key, date, recipient and subject."""
    for key, message in messages_by_date(open_folder(data_dir)):
        click.echo(f"{key}\t{message['Date']}\t{message['To']}\t{message['Subject']}")


@mail.command("read")
@click.argument("key")
@click.option("--data-dir", envvar="TWINSPACE_DATA_DIR", default=str(DEFAULT_DATA_DIR))
def read_mail(key: str, data_dir: str) -> None:
    """Print one message (its key from `twinspace mail list`; `last` for the newest)."""
    box = open_folder(data_dir)
    found = messages_by_date(box)
    if key == "last":
        if not found:
            raise click.ClickException("the mail folder is empty")
        key = found[-1][0]
    try:
        raw = box.get_bytes(key)
    except KeyError:
        raise click.ClickException(f"no message {key!r}; see `twinspace mail list`") from None
    message = email.message_from_bytes(raw, EmailMessage, policy=default)
    for header in ("Date", "From", "To", "Subject"):
        click.echo(f"{header}: {message[header]}")
    body = message.get_body(preferencelist=("plain",))
    click.echo("")
    click.echo(body.get_content() if body is not None else "")
