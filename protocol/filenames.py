"""Safe names for the file archive's files and folders: one check, used by every path in.

A name is one path segment, never a path: it is normalized to Unicode NFC (so "é" typed two
ways is one name) and refused with a clear ``invalid`` error when it could trick a file system,
a shell or a reader: separators, ``.`` and ``..``, control and bidirectional-override
characters, leading or trailing spaces and trailing dots, and the names Windows reserves.
Names are compared case-insensitively (``name_key``) so that an archive copied to a
case-insensitive disk keeps every item apart.
"""

from __future__ import annotations

import re
import unicodedata

from .errors import ErrorCode, ProtocolError

#: Longest name, in characters after normalization (255 is what most file systems hold).
MAX_NAME_LENGTH = 255

#: Windows device names, refused with or without an extension ("con.txt" too).
RESERVED_STEMS = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"com{i}" for i in "123456789¹²³"}
    | {f"lpt{i}" for i in "123456789¹²³"}
)
#: Separators and characters Windows refuses in names.
FORBIDDEN_CHARACTERS = frozenset('/\\:*?"<>|')
_SPACES = re.compile(r"^\s|\s$")


def refuse(why: str) -> ProtocolError:
    return ProtocolError(f"file name refused: {why}", code=ErrorCode.INVALID)


def check_name(raw: str) -> str:
    """The normalized name, or ProtocolError (``invalid``) saying what is wrong with it."""
    name = unicodedata.normalize("NFC", raw)
    if not name:
        raise refuse("it is empty")
    if len(name) > MAX_NAME_LENGTH:
        raise refuse(f"longer than {MAX_NAME_LENGTH} characters")
    if name in (".", ".."):
        raise refuse("'.' and '..' are not names")
    for character in name:
        if character in FORBIDDEN_CHARACTERS:
            raise refuse(f"{character!r} is not allowed in a name")
        # Cc: control characters (NUL, newline, ...); Cf: invisible format characters,
        # among them the bidirectional overrides that make "exe.pdf" read as "fdp.exe".
        # Cs, Co, Cn: surrogates, private use and unassigned code points.
        if unicodedata.category(character) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            raise refuse(f"it holds an invisible or control character U+{ord(character):04X}")
    if _SPACES.search(name):
        raise refuse("it starts or ends with a space")
    if name.endswith("."):
        raise refuse("it ends with a dot")
    if name.split(".")[0].casefold() in RESERVED_STEMS:
        raise refuse(f"{name.split('.')[0]!r} is a reserved device name")
    return name


def name_key(name: str) -> str:
    """What two names must differ in to live side by side: case-folded NFC."""
    return unicodedata.normalize("NFC", name.casefold())
