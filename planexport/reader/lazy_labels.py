"""A bold line naming a part of the day written right under a list item (`- 10h às 12h:
Física` then `**Tarde**` then `- 14h às 16h: Química`): to CommonMark a lazy line of that item,
to a person the label of the lines below it, as it is when a blank line comes before it."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.words import SESSION_WORDS, fold

__all__ = ["part_label_line"]

# "**Tarde**", "**Tarde:**", "**Noite**:", "__Afternoon__", "**🌆 Tarde (14h às 17h)**".
_BOLD_LABEL = lazy(r"^\s*(\*\*|__)(?P<inner>[^*_\n]{2,48}?)\s*:?\s*\1\s*:?\s*$")
_PARTS = frozenset(SESSION_WORDS)


def part_label_line(text: str) -> bool:
    """Whether `text` is a bold line that names a part of the day and nothing else, with its
    hours in brackets or not (`**Tarde**`, `**Mañana (9:00 - 13:00):**`)."""
    if "**" not in text and "__" not in text:
        return False  # cheap: no bold, no label
    label = _BOLD_LABEL.match(text)
    if label is None:
        return False
    name = re.sub(r"\([^()]*\)\s*$", "", label["inner"])  # "(14h às 17h)": its hours
    words = re.findall(r"[a-z]+(?:-[a-z]+)*", fold(name))
    return " ".join(words) in _PARTS
