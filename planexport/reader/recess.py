"""A French school day's break written out (`Récréation`, `Grande récréation (10:00-10:20)`).

English `Recreation` (leisure: `Recreation (1h)`) folds to the same letters, so only the
accented spelling is read as a gap between blocks; `Récré` is in BREAK_WORDS.
"""

from __future__ import annotations

import re
import unicodedata

from planexport.reader.words import fold

__all__ = ["french_recess"]

_SIZES = ("grande", "petite")


def french_recess(title: str) -> bool:
    """Whether `title` is `Récréation` (or `Grande`/`Petite récréation`) with its accents."""
    text = unicodedata.normalize("NFC", re.sub(r"[(\[].*$", " ", title)).lower()
    words = re.findall(r"[^\W\d_]+", text)
    if not words or len(words) > 2 or (len(words) == 2 and words[0] not in _SIZES):
        return False
    return "é" in words[-1] and fold(words[-1]) == "recreation"
