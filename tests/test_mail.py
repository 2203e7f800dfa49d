"""Mail out (issue 17): a real SMTP relay on loopback (aiosmtpd) with STARTTLS and a login, or
plain; the embedded default's Maildir and the operator's `twinspace mail` commands."""

from __future__ import annotations

import dataclasses
import email.utils
import os
import ssl
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from protocol.errors import InvariantBroken
from server.cli import main
from server.clock import FakeClock
from server.config import ConfigError, Settings, validate
from server.mail import MaildirSender, Mailer, MailSettings, SmtpSender, mail_settings_from
from tests.http.conftest import open_world
from tests.http.mail_support import messages, reset_link, text_of
from tests.smtp_support import PASSWORD, USER, Relay, smtp_relay
from tests.support import eventually


def a_message(to: str = "ana@school.example") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "TwinSpace Live <no-reply@twinspace.example>"
    message["To"] = to
    message["Subject"] = "Hello"
    message["Date"] = email.utils.formatdate(usegmt=True)
    message.set_content("A word.\n")
    return message


def relay_settings(relay: Relay, ca: Path | None = None, login: bool = False) -> MailSettings:
    return MailSettings(
        smtp_host=relay.host,
        smtp_port=relay.port,
        smtp_security="starttls" if ca else "none",
        smtp_user=USER if login else None,
        smtp_password=PASSWORD if login else None,
        smtp_ca_file=str(ca) if ca else None,
        public_url="https://twinspace.example",
    )


async def test_smtp_sender_delivers_over_starttls_after_signing_in(tmp_path: Path) -> None:
    with smtp_relay(login=True, starttls_in=tmp_path) as relay:
        sender = SmtpSender(relay_settings(relay, tmp_path / "relay.crt", login=True))
        await sender.send(a_message())
    assert relay.received.logins == [USER]
    assert relay.received.recipients == [["ana@school.example"]]
    assert text_of(relay.received.messages[0]).strip() == "A word."


async def test_smtp_sender_refuses_a_relay_whose_certificate_it_cannot_verify(
    tmp_path: Path,
) -> None:
    with smtp_relay(starttls_in=tmp_path) as relay:
        untrusting = dataclasses.replace(
            relay_settings(relay, tmp_path / "relay.crt"), smtp_ca_file=None
        )
        with pytest.raises(ssl.SSLError):
            await SmtpSender(untrusting).send(a_message())
    assert relay.received.messages == []


async def test_smtp_sender_sends_in_clear_when_told_none() -> None:
    with smtp_relay() as relay:
        await SmtpSender(relay_settings(relay)).send(a_message())
    assert relay.received.recipients == [["ana@school.example"]]


async def test_mailer_logs_a_relay_that_is_down_and_raises_nothing(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with smtp_relay() as relay:
        settings = relay_settings(relay)
    mailer = Mailer(SmtpSender(settings), settings)  # the relay has stopped: refused
    mailer.dispatch(a_message())
    await mailer.close()
    assert "a mail could not be sent: ConnectionRefusedError" in caplog.text
    assert "ana@school.example" not in caplog.text


async def test_reset_mail_goes_through_the_configured_relay_with_the_public_url(
    database_url: str, tmp_path: Path
) -> None:
    with smtp_relay(login=True, starttls_in=tmp_path) as relay:
        mail = relay_settings(relay, tmp_path / "relay.crt", login=True)
        settings = Settings(
            database_url=database_url, data_dir=tmp_path, cheap_hashing=True, mail=mail
        )
        async with open_world(settings, FakeClock()) as world:
            ana = await world.etwinner("Ana")
            answer = await world.client.post(
                "/api/auth/password-reset", json={"email": ana.account["email"]}
            )
            assert answer.status_code == 202
            await eventually("the relay got the mail", lambda: bool(relay.received.messages))
    [message] = relay.received.messages
    assert relay.received.recipients == [[ana.account["email"]]]
    link, _ = reset_link(message)
    assert link.startswith("https://twinspace.example/#/reset/")  # not the request's Host
    assert messages(tmp_path) == []  # nothing in the local folder when a relay is configured


async def test_the_mail_folder_never_shows_without_its_subfolders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A reader polling the folder (the operator's CLI, a test) failed on a missing cur/ when it
    # came between mailbox's mkdirs: every mkdir here checks what a reader would see then.
    folder = tmp_path / "mail"
    seen_partial = []
    real_mkdir = os.mkdir

    def watched_mkdir(path: Any, *args: Any, **kwargs: Any) -> None:
        if folder.is_dir() and not (folder / "cur").is_dir():
            seen_partial.append(str(path))
        real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "mkdir", watched_mkdir)
    await MaildirSender(folder).send(a_message("ana@school.example"))
    monkeypatch.undo()
    assert seen_partial == []
    assert os.listdir(tmp_path) == ["mail"]  # no staging folder left behind
    assert [m["To"] for m in messages(tmp_path)] == ["ana@school.example"]


async def test_maildir_keeps_each_message_and_the_cli_lists_and_reads_them(
    tmp_path: Path,
) -> None:
    sender = MaildirSender(tmp_path / "mail")
    await sender.send(a_message("ana@school.example"))
    await sender.send(a_message("bob@school.example"))
    assert [m["To"] for m in messages(tmp_path)] == ["ana@school.example", "bob@school.example"]
    runner = CliRunner()
    listed = runner.invoke(main, ["mail", "list", "--data-dir", str(tmp_path)])
    assert listed.exit_code == 0, listed.output
    lines = listed.output.splitlines()
    assert [line.split("\t")[2] for line in lines] == ["ana@school.example", "bob@school.example"]
    key = lines[0].split("\t")[0]
    read = runner.invoke(main, ["mail", "read", key, "--data-dir", str(tmp_path)])
    assert read.exit_code == 0, read.output
    assert "To: ana@school.example" in read.output
    assert "A word." in read.output
    missing = runner.invoke(main, ["mail", "read", "nope", "--data-dir", str(tmp_path)])
    assert missing.exit_code != 0
    assert "no message 'nope'" in missing.output


def test_cli_says_so_when_no_mail_was_ever_sent(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["mail", "list", "--data-dir", str(tmp_path)])
    assert result.exit_code != 0
    assert "no mail has been sent yet" in result.output


def test_mail_settings_come_from_the_environment() -> None:
    mail = mail_settings_from(
        {
            "TWINSPACE_SMTP_HOST": "smtp.example.org",
            "TWINSPACE_SMTP_PORT": "2525",
            "TWINSPACE_SMTP_SECURITY": "none",
            "TWINSPACE_SMTP_USER": "u",
            "TWINSPACE_SMTP_PASSWORD": "p",
            "TWINSPACE_MAIL_FROM": "NSO <nso@example.org>",
            "TWINSPACE_PUBLIC_URL": "https://twinspace.example/",
            "TWINSPACE_PASSWORD_RESET_MINUTES": "30",
        }
    )
    assert (mail.smtp_host, mail.smtp_port, mail.smtp_security) == (
        "smtp.example.org",
        2525,
        "none",
    )
    assert mail.public_url == "https://twinspace.example"
    assert mail.reset_lifetime.total_seconds() == 30 * 60
    assert mail_settings_from({}) == MailSettings()
    with pytest.raises(ValueError, match="TWINSPACE_SMTP_SECURITY"):
        mail_settings_from({"TWINSPACE_SMTP_SECURITY": "ssl"})


@pytest.mark.parametrize(
    ("mail", "problem"),
    [
        (MailSettings(smtp_host="smtp.example.org"), "needs TWINSPACE_PUBLIC_URL"),
        (
            MailSettings(smtp_host="smtp.example.org", public_url="https://x", smtp_user="u"),
            "go together",
        ),
        (MailSettings(smtp_host="s", public_url="https://x", smtp_port=0), "out of range"),
        (MailSettings(smtp_host="s", public_url="ftp://x"), "must start with https://"),
        (MailSettings(reset_lifetime=MailSettings().reset_lifetime * 0), "above 0"),
    ],
)
def test_mail_settings_that_cannot_work_are_refused(
    tmp_path: Path, mail: MailSettings, problem: str
) -> None:
    with pytest.raises(ConfigError, match=problem):
        validate(Settings(data_dir=tmp_path, mail=mail), check_port=False)


def test_an_smtp_sender_needs_a_host() -> None:
    # mailer_for picks the relay only when a host is set; anything else is our bug.
    with pytest.raises(InvariantBroken, match="SMTP relay's host"):
        SmtpSender(MailSettings())
