"""The page's languages: the one list of the codes a person or a pupil's teacher may choose.

Issue 20: every official language of the countries taking part in eTwinning and eTwinning Plus,
each one catalogue ``web/locales/<code>.ftl``. The order is the page's menu order (English and
French first, then roughly by region); only added to, never renamed.
"""

from __future__ import annotations

import enum
from typing import Final


class PageLanguage(enum.StrEnum):
    """A language the page speaks (a BCP 47 primary tag); a body field of this type refuses any
    other value with 422 ``choice``."""

    EN = "en"  # English
    FR = "fr"  # French
    DE = "de"  # German
    NL = "nl"  # Dutch
    DA = "da"  # Danish
    SV = "sv"  # Swedish
    NB = "nb"  # Norwegian (Bokmål)
    IS = "is"  # Icelandic
    ES = "es"  # Spanish
    PT = "pt"  # Portuguese
    IT = "it"  # Italian
    CA = "ca"  # Catalan
    RO = "ro"  # Romanian
    MT = "mt"  # Maltese
    PL = "pl"  # Polish
    CS = "cs"  # Czech
    SK = "sk"  # Slovak
    SL = "sl"  # Slovenian
    HR = "hr"  # Croatian
    HU = "hu"  # Hungarian
    BG = "bg"  # Bulgarian
    MK = "mk"  # Macedonian
    SR = "sr"  # Serbian
    UK = "uk"  # Ukrainian
    EL = "el"  # Greek
    SQ = "sq"  # Albanian
    FI = "fi"  # Finnish
    ET = "et"  # Estonian
    LV = "lv"  # Latvian
    LT = "lt"  # Lithuanian
    GA = "ga"  # Irish
    TR = "tr"  # Turkish
    AR = "ar"  # Arabic (right to left)
    AZ = "az"  # Azerbaijani
    HY = "hy"  # Armenian
    KA = "ka"  # Georgian


#: Every code, in menu order.
LANGUAGE_CODES: Final[tuple[str, ...]] = tuple(language.value for language in PageLanguage)
#: What the page and the mail fall back to: the catalogues' source language.
DEFAULT_LANGUAGE: Final = PageLanguage.EN


def page_language(preference: str | None) -> PageLanguage | None:
    """The page language an account's saved preference names (``"fr-BE"`` -> ``fr``; a code
    the page does not speak, or none, -> None)."""
    primary = (preference or "").split("-", 1)[0].lower()
    try:
        return PageLanguage(primary)
    except ValueError:
        return None
