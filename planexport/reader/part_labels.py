"""A part of the day as the label of a timed line (`Morning: 3 hrs sectional tests`)."""

from __future__ import annotations

from planexport.reader.lazy import lazy
from planexport.reader.length_words import word_length
from planexport.reader.words import SESSION_WORDS, fold

__all__ = ["part_label"]

# "Morning: 3 hrs …", "Après-midi : 1 h 30 …", "Vormittag: ca. 2 Std. …", "Tarde: dos horas …":
# a label, a colon, then the length at once.
_LABEL = lazy(
    r"^[^\w]{0,4}(?P<label>[^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+)?)\s*:\s*(?:~|ca\.?\s*)?(?=\w)"
)
_PARTS = frozenset(SESSION_WORDS)


def part_label(text: str) -> str | None:
    """The part of the day that labels a line before its length (`Morning` of `Morning: 3 hrs
    sectional tests`), or None: the session of the block, whose title is the text after the
    length."""
    match = _LABEL.match(text)
    if match is None or fold(match.group("label")) not in _PARTS:
        return None
    if not text[match.end()].isdigit():
        words = word_length(text, match.end())
        if words is None or words[0] != match.end():
            return None
    return match.group("label")
