"""The words of the mail the server sends, in English and French.

The language is the account's (chosen on the page); anything else gets English.
"""

from __future__ import annotations

import email.utils
from email.message import EmailMessage
from string import Template

#: subject, body; $name, $link and $minutes are filled in.
RESET_TEXTS: dict[str, tuple[str, str]] = {
    "en": (
        "Choose a new TwinSpace Live password",
        """Hello $name,

Someone, probably you, asked to choose a new password for your TwinSpace Live account.
Open this link to choose it (it works once, for $minutes minutes):

$link

Choosing a new password signs you out everywhere else.
If you did not ask for this, ignore this message: your password stays as it is.

TwinSpace Live
""",
    ),
    "fr": (
        "Choisissez un nouveau mot de passe TwinSpace Live",
        """Bonjour $name,

Quelqu'un, sans doute vous, a demandé à choisir un nouveau mot de passe pour votre compte
TwinSpace Live. Ouvrez ce lien pour le choisir (il sert une fois, pendant $minutes minutes) :

$link

Choisir un nouveau mot de passe vous déconnecte partout ailleurs.
Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.

TwinSpace Live
""",
    ),
}
DEFAULT_LANGUAGE = "en"


def language_of(preference: str | None) -> str:
    """The texts' language for an account's preference ("fr-BE" -> "fr"; unknown -> "en")."""
    primary = (preference or "").split("-", 1)[0].lower()
    return primary if primary in RESET_TEXTS else DEFAULT_LANGUAGE


def reset_message(
    *, to: str, sender: str, name: str, link: str, minutes: int, language: str | None
) -> EmailMessage:
    lang = language_of(language)
    subject, body = RESET_TEXTS[lang]
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = to
    message["Date"] = email.utils.formatdate(usegmt=True)
    message["Message-ID"] = email.utils.make_msgid(domain="twinspace.invalid")
    message["Content-Language"] = lang
    message.set_content(Template(body).substitute(name=name, link=link, minutes=minutes))
    return message
