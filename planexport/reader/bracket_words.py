"""A span whose only words are a bracket restating its length (`😴 (7 hours sleep)`): the
bracket's other words are the title (`😴 sleep`), never `(sleep)` or `of sleep`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.durations import Found

__all__ = ["bracket_title"]

# "8 hours of sleep", "8 horas de sueño": the word that joins the length to what it is
_LINK = lazy(r"^(?:of|de|del|di|du|des|van|von)\s+", re.IGNORECASE)


def bracket_title(text: str, open_at: int, close_at: int, found: Found) -> str | None:
    """`text` with the bracket at `open_at`..`close_at` (which holds the length `found`) replaced
    by its other words, when nothing outside it is a word; else None."""
    outside = text[:open_at] + text[close_at + 1 :]
    if re.search(r"[^\W_]", outside):
        return None  # "Study (2 hours deep work)": the title is outside, the bracket an aside
    words = " ".join((text[open_at + 1 : found.start] + " " + text[found.end : close_at]).split())
    words = _LINK.sub("", words.strip(" ,;:"))
    if not re.search(r"[^\W\d_]", words):
        return None
    return f"{text[:open_at].strip()} {words}".strip()
