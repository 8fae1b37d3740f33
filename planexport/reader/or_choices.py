"""A block titled with a choice after a bar (`**Statistics** | **Or Economics**`, `Mathe | oder
Physik`): the first is the block's title, the choice its note."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["or_choice"]

# "or", "oder", "o"/"u", "ou", "o"/"oppure", "ou", "of" open the second choice.
_OR = r"(?:or|oder|o|u|ou|oppure|of)"
_CHOICE = lazy(
    rf"^(?P<first>.*?[^\s|*_])(?:\*\*|__)?\s*\|\s*(?:\*\*|__)?(?P<other>{_OR}\s+[^|]*?[^\s|*_])"
    r"(?:\*\*|__)?$",
    re.IGNORECASE,
)


def or_choice(title: str, note: str) -> tuple[str, str]:
    """`title` and `note` with a second choice after a bar moved from the title to the note."""
    if "|" not in title or (match := _CHOICE.match(title.strip())) is None:
        return title, note
    other = match["other"]
    return match["first"], f"{other}; {note}" if note else other
