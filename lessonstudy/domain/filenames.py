"""File names made from what teachers type: safe on Windows, macOS and Linux, still readable.

Forms are saved one per group or observer, named after them ("Group B 乙組",
"Ms O'Brien / visitor"). Chinese is kept (every current file system stores
it), but characters Windows refuses, control characters, trailing dots and
reserved device names are replaced, and names are kept short enough for
deep folders and zip files.
"""

from __future__ import annotations

import re
import unicodedata

MAX_STEM_CHARS = 60

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_SPACES = re.compile(r"[\s_]+")
_DASHES = re.compile(r"-{2,}")
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{n}" for n in range(1, 10)}
    | {f"lpt{n}" for n in range(1, 10)}
)


def safe_stem(text: str, fallback: str = "form") -> str:
    """A file name stem (no extension) from user text; never empty, never a path."""
    cleaned = unicodedata.normalize("NFC", text)
    cleaned = _UNSAFE.sub("-", cleaned)
    cleaned = _SPACES.sub("-", cleaned.strip())
    cleaned = _DASHES.sub("-", cleaned).strip("-. ")
    cleaned = cleaned[:MAX_STEM_CHARS].rstrip("-. ")
    if not cleaned or cleaned.casefold() in _WINDOWS_RESERVED:
        return fallback
    return cleaned


def numbered_name(number: int, *parts: str, suffix: str = ".pdf") -> str:
    """``"02-Group-B-乙組.pdf"``: a sort order and a readable, safe, unique-by-number name."""
    stems = [safe_stem(part, "") for part in parts]
    stem = "-".join(s for s in stems if s)
    return f"{number:02d}-{stem}{suffix}" if stem else f"{number:02d}{suffix}"
