"""The words of the mail the server sends, from the page's own catalogues (issue 20).

Each language's messages live in ``web/locales/<code>.ftl`` (Fluent), beside the page's: one
file per language for translators, whether the words are read in the page or in a mail. The
account's language picks the file; a language with no file, or a file missing one of the mail's
messages or unable to format it, gives the whole mail in English, so that a subject and its
body never mix two languages.
"""

from __future__ import annotations

import email.utils
import logging
import threading
from collections.abc import Mapping
from email.message import EmailMessage
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource

import web
from protocol.languages import DEFAULT_LANGUAGE, page_language

logger = logging.getLogger(__name__)

#: The catalogues the page loads (served under /web/locales/, installed with the package).
LOCALES = web.ROOT / "locales"
#: The password-reset mail's messages; ``$name``, ``$link`` and ``$minutes`` are filled in.
RESET_SUBJECT = "mail-reset_subject"
RESET_BODY = "mail-reset_body"


class MailTexts:
    """The mail's messages in each language, read from one folder of catalogues.

    A catalogue is parsed on first use and kept: the files change only with a new release.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._bundles: dict[str, FluentBundle | None] = {}
        self._lock = threading.Lock()

    def bundle(self, language: str) -> FluentBundle | None:
        """The catalogue of ``language`` (a page language code), or None without a file."""
        with self._lock:
            if language not in self._bundles:
                self._bundles[language] = self._load(language)
            return self._bundles[language]

    def _load(self, language: str) -> FluentBundle | None:
        path = self.folder / f"{language}.ftl"
        try:
            source = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        # No Unicode isolation marks around the placeables: a plain-text mail's reader (and its
        # mail client) would see them as stray characters next to the name and the link.
        bundle = FluentBundle([language], use_isolating=False)
        bundle.add_resource(FluentResource(source))
        return bundle

    def render(
        self, preference: str | None, ids: tuple[str, ...], args: Mapping[str, str | int]
    ) -> tuple[str, list[str]]:
        """The language used and each message of ``ids`` in it: the account's ``preference``
        when its catalogue can say them all, else English."""
        wanted = page_language(preference)
        candidates = [wanted.value] if wanted not in (None, DEFAULT_LANGUAGE) else []
        for language in [*candidates, DEFAULT_LANGUAGE.value]:
            texts = self._format(language, ids, args)
            if texts is not None:
                return language, texts
        raise LookupError(f"the English catalogue in {self.folder} cannot say {ids}")

    def _format(
        self, language: str, ids: tuple[str, ...], args: Mapping[str, str | int]
    ) -> list[str] | None:
        bundle = self.bundle(language)
        if bundle is None:
            return None
        texts: list[str] = []
        for message_id in ids:
            if not bundle.has_message(message_id):
                logger.warning("catalogue %s.ftl has no %s: mail in English", language, message_id)
                return None
            message = bundle.get_message(message_id)
            if message.value is None:
                logger.warning("catalogue %s.ftl: %s has no value", language, message_id)
                return None
            text, errors = bundle.format_pattern(message.value, dict(args))
            if errors or not isinstance(text, str):
                logger.warning(
                    "catalogue %s.ftl cannot format %s (%s): mail in English",
                    language,
                    message_id,
                    "; ".join(str(error) for error in errors),
                )
                return None
            texts.append(text)
        return texts


#: The shipped catalogues.
MAIL_TEXTS = MailTexts(LOCALES)


def reset_message(
    *,
    to: str,
    sender: str,
    name: str,
    link: str,
    minutes: int,
    language: str | None,
    texts: MailTexts = MAIL_TEXTS,
) -> EmailMessage:
    """The password-reset mail, in the account's ``language`` where its catalogue has it."""
    used, (subject, body) = texts.render(
        language, (RESET_SUBJECT, RESET_BODY), {"name": name, "link": link, "minutes": minutes}
    )
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = to
    message["Date"] = email.utils.formatdate(usegmt=True)
    message["Message-ID"] = email.utils.make_msgid(domain="twinspace.invalid")
    message.set_content(body if body.endswith("\n") else body + "\n")
    # After set_content, which drops every Content-* header set before it.
    message["Content-Language"] = used
    return message
