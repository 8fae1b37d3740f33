"""A paragraph of prose under a timed block that only mentions a break is the block's note."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["prose_note"]

# Fewer words than this, a line may be the break itself: "Take a 15-minute break."
_FEWEST_WORDS = 8
_NEXT_SENTENCE = lazy(r"[.!?]\s+[*_\"“]*[A-ZÀ-Ý]")
_MARKUP = lazy(r"[*_`]+")


def prose_note(text: str) -> bool:
    """Whether a paragraph is prose about the block above (`As you approach the midday break,
    try to reach a logical stopping point.`), not a break line (`**Short break**`, `Pausa 5
    min`): many words ending with a full stop, or one sentence running on into another."""
    plain = _MARKUP.sub("", text).strip()
    if _NEXT_SENTENCE.search(plain):
        return True
    words = re.findall(r"[^\W\d_]+", plain)
    return len(words) >= _FEWEST_WORDS and plain.endswith((".", "!", "?"))
