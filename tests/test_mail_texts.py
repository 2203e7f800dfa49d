"""The mail's words from the page's catalogues (web/locales/*.ftl, Fluent): the account's
language where its catalogue can say the whole mail, else English."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from server.mail.texts import LOCALES, MAIL_TEXTS, MailTexts, reset_message

LINK = "https://twinspace.example/#/reset/0123456789abcdef"

#: The English mail as it was written before the catalogues (server/mail/texts.py until issue
#: 20): moving the words to en.ftl must not change one character of it.
ENGLISH_BODY = f"""Hello Ana,

Someone, probably you, asked to choose a new password for your TwinSpace Live account.
Open this link to choose it (it works once, for 30 minutes):

{LINK}

Choosing a new password signs you out everywhere else.
If you did not ask for this, ignore this message: your password stays as it is.

TwinSpace Live
"""
FRENCH_BODY = f"""Bonjour Ana,

Quelqu'un, sans doute vous, a demandé à choisir un nouveau mot de passe pour votre compte
TwinSpace Live. Ouvrez ce lien pour le choisir (il sert une fois, pendant 30 minutes) :

{LINK}

Choisir un nouveau mot de passe vous déconnecte partout ailleurs.
Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.

TwinSpace Live
"""


def mail(language: str | None, texts: MailTexts = MAIL_TEXTS) -> tuple[str, str, str]:
    message = reset_message(
        to="ana@school.example",
        sender="TwinSpace Live <no-reply@twinspace.example>",
        name="Ana",
        link=LINK,
        minutes=30,
        language=language,
        texts=texts,
    )
    return message["Subject"], message.get_content(), message["Content-Language"]


def test_the_catalogues_are_the_ones_the_page_is_served_from() -> None:
    # The same folder as server/http/web.py serves under /web/, found from the installed
    # package (web.ROOT), not from the working directory.
    assert (LOCALES / "en.ftl").is_file()
    assert (LOCALES.parent / "index.html").is_file()


@pytest.mark.parametrize("preference", [None, "en", "en-GB", "", "klingon"])
def test_the_english_mail_is_word_for_word_what_it_was(preference: str | None) -> None:
    assert mail(preference) == ("Choose a new TwinSpace Live password", ENGLISH_BODY, "en")


@pytest.mark.parametrize("preference", ["fr", "fr-BE", "FR"])
def test_a_french_account_gets_the_french_catalogue(preference: str) -> None:
    assert mail(preference) == (
        "Choisissez un nouveau mot de passe TwinSpace Live",
        FRENCH_BODY,
        "fr",
    )


def test_the_mail_carries_no_unicode_isolation_marks() -> None:
    # Fluent wraps placeables in FSI/PDI by default; a plain-text mail shows them as junk.
    _, body, _ = mail("fr")
    assert not {"\u2068", "\u2069"} & set(body)


def test_a_page_language_without_a_catalogue_falls_back_to_english(tmp_path: Path) -> None:
    shutil.copy(LOCALES / "en.ftl", tmp_path / "en.ftl")
    texts = MailTexts(tmp_path)
    assert mail("sq", texts) == ("Choose a new TwinSpace Live password", ENGLISH_BODY, "en")


def test_a_catalogue_missing_a_mail_message_gives_the_whole_mail_in_english(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    shutil.copy(LOCALES / "en.ftl", tmp_path / "en.ftl")
    # Subject translated, body not yet: the subject must not be French above an English body.
    (tmp_path / "de.ftl").write_text(
        "mail-reset_subject = Wähle ein neues Passwort für TwinSpace Live\n", encoding="utf-8"
    )
    with caplog.at_level(logging.WARNING, logger="server.mail.texts"):
        assert mail("de", MailTexts(tmp_path))[2] == "en"
    assert "de.ftl has no mail-reset_body" in caplog.text


def test_a_translation_naming_an_unknown_placeable_falls_back_to_english(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    shutil.copy(LOCALES / "en.ftl", tmp_path / "en.ftl")
    (tmp_path / "nl.ftl").write_text(
        "mail-reset_subject = Kies een nieuw wachtwoord\n"
        "mail-reset_body = Hallo { $naam }, open { $link }.\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="server.mail.texts"):
        subject, body, language = mail("nl", MailTexts(tmp_path))
    assert (subject, body, language) == (
        "Choose a new TwinSpace Live password",
        ENGLISH_BODY,
        "en",
    )
    assert "cannot format mail-reset_body" in caplog.text


def test_a_translated_catalogue_is_used_when_it_is_complete(tmp_path: Path) -> None:
    shutil.copy(LOCALES / "en.ftl", tmp_path / "en.ftl")
    (tmp_path / "nl.ftl").write_text(
        "mail-reset_subject = Kies een nieuw wachtwoord\n"
        "mail-reset_body =\n    Hallo { $name },\n\n    { $link } ({ $minutes } minuten)\n",
        encoding="utf-8",
    )
    assert mail("nl", MailTexts(tmp_path)) == (
        "Kies een nieuw wachtwoord",
        f"Hallo Ana,\n\n{LINK} (30 minuten)\n",
        "nl",
    )


def test_without_an_english_catalogue_the_mail_is_refused_loudly(tmp_path: Path) -> None:
    with pytest.raises(LookupError, match="English catalogue"):
        mail("fr", MailTexts(tmp_path))
