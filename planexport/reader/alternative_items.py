"""Alternatives in a day's list: a session whose line ends with a word for "or" (`- Caminhada
leve 20-30min OU` over `- Alongamento 30min`; `or`, `oder`, `o`, `of`, `oppure`) and the one on
the next line, or lines labelled as options (`- Option 1: Bike 45 min` over `- Option 2: Swim 30
min`, `- **Opção A:** …`). One of them is done, so the first is read and the others are kept as
notes of the day, with a warning; never both scheduled. (Two joined in one line, `Walk 30 min or
yoga 20 min`, are one block already: the first length, the other in its title or note.)"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.option_labels import OPTION_WORDS

if TYPE_CHECKING:
    from planexport.reader.outline import Item

__all__ = ["Choices", "choices"]

# A word for "or" that ends a line: the next line is the other choice (`Caminhada leve 20-30min
# OU`, `Walk 30 min or`, `Spaziergang 30 Min. oder`, `Paseo 30 min o`, `Wandelen 30 min of`).
_OR_END = lazy(r"[\s,;]+(?:\*\*|__)?(?:or|ou|oder|o|of|oppure|ovvero)(?:\*\*|__)?[\s:…-]*$", re.I)
# A cheap first look at a line's end, its marks taken off: a word for "or" may end it.
_OR_WORDS = ("or", "ou", "oder", "o", "of", "oppure", "ovvero")
# "Option 1: Bike 45 min", "**Opção A:** Caminhada 40 min", "Variante B – Rad 60 Min"
_LABEL = lazy(
    rf"^[^\w*_]{{0,4}}(?:\*\*|__)?\s*(?:{OPTION_WORDS})\s+(?:[a-d]|[1-4])\b", re.IGNORECASE
)


@dataclass
class Choices:
    """What a list's alternatives make of its lines, by their place in the list."""

    first: dict[int, str] = field(default_factory=dict)  # the text read of the first choice
    others: dict[int, str] = field(default_factory=dict)  # the warning of each other choice


def _short(text: str) -> str:
    said = " ".join(re.sub(r"\*\*|__", "", text).split())
    return said if len(said) <= 50 else said[:47] + "…"


def _timed(text: str) -> bool:
    found = find_duration(text)
    return found is not None and found.at is None


def _warning(other: str, first: Item) -> str:
    return (
        f'"{_short(other)}" is an alternative to line {first.line} ("{_short(first.text)}"): '
        "only the first is scheduled, this one kept as a note"
    )


def choices(items: list[Item]) -> Choices:
    """The alternatives among `items`, the lines of one list."""
    found = Choices()
    pos = 0
    while pos < len(items):
        item = items[pos]
        tail = item.text.rstrip(" \t:…-*_")[-7:].lower()
        end = _OR_END.search(item.text) if tail.endswith(_OR_WORDS) else None
        if end is not None and pos + 1 < len(items):
            head = item.text[: end.start()]
            if _timed(head) and _timed(items[pos + 1].text):
                found.first[pos] = head
                found.others[pos + 1] = _warning(items[pos + 1].text, item)
                pos += 2
                continue
        if _LABEL.match(item.text) and _timed(item.text):
            run = pos + 1
            while run < len(items) and _LABEL.match(items[run].text) and _timed(items[run].text):
                found.others[run] = _warning(items[run].text, item)
                run += 1
            pos = run
            continue
        pos += 1
    return found
