"""A night's sleep said as a length under a day of clock times or after its totals
(`**Sleep:** 7 hours`, `Schlaf: 8 Stunden`, `Sueño: 8 horas`, `Sommeil : 7 h`, `Sonno: 8 ore`,
`Sono: 8 horas`, `Slaap: 8 uur`): the day's note, not a block of that many hours to place.

Sleep with a clock span (`23:00–07:00 Sleep`) stays a block, as a night does; a plan whose day
holds only lengths keeps its sleep line as before unless a totals line (`**Daily Totals:**`) is
above it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.word_gates import lines_of, may_hold

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Item, Node

__all__ = ["sleep_lines"]

# "Sleep:", "Schlaf:", "Sueño:", "Sommeil :", "Sonno:", "Sono:", "Slaap:", up to one more word.
_SLEEP = lazy(
    r"^[\W_]*(?:sleep|schlaf|schlafen|sue[ñn]o|dormir|sommeil|sonno|dormire|sono|slaap|slapen)"
    r"(?:\s+[^\W\d_]+)?\s*:\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_CLOCK = lazy(r"\d[:.h]\d\d|\d\s*(?:am|pm)\b", re.IGNORECASE)
_TOTAL = lazy(
    r"^[\W_]*(?:[^\W\d_]+\s+)?(?:totals?|gesamt|summe|totales?|totaal|totali|totais)\b",
    re.IGNORECASE,
)


def sleep_lines(nodes: list[Node], spans: list[DaySpan]) -> frozenset[int]:
    """The lines of days that say how long to sleep, below the day's clock times or totals."""
    found: set[int] = set()
    if not _may_sleep(nodes):
        return frozenset(found)  # most plans: no word for sleep on any line
    for span in spans:
        lines = _lines(nodes[span.start + 1 : span.end])
        timed = any(
            (f := find_duration(text)) is not None and f.at is not None for _, text in lines
        )
        totals = False
        for line, text in lines:
            if _TOTAL.match(text):
                totals = True
            elif (timed or totals) and _is_sleep(text):
                found.add(line)
    return frozenset(found)


# A part of each word `_SLEEP` reads, in lower case.
_STEMS = ("sleep", "schlaf", "sue", "dormi", "sommeil", "sonno", "sono", "slaap", "slapen")


def _may_sleep(nodes: list[Node]) -> bool:
    """False only where no line can be a sleep line: none holds a part of a word for sleep, read
    as `_is_sleep` reads it (without `*` and `_`, which may split a word)."""
    return may_hold(lines_of(nodes).replace("*", "").replace("_", ""), _STEMS)


def _is_sleep(text: str) -> bool:
    """Whether a line is only a sleep label and a length: `**Sleep:** 7 hours`."""
    match = _SLEEP.match(re.sub(r"[*_]", "", text).strip())
    if match is None or _CLOCK.search(match["rest"]):
        return False
    found = find_duration(match["rest"])
    if found is None or found.at is not None:
        return False
    left = match["rest"][: found.start] + match["rest"][found.end :]
    return len(re.findall(r"[^\W\d_]+", left)) <= 2  # "7 hours (at least)"


def _lines(nodes: list[Node]) -> list[tuple[int, str]]:
    """The lines of paragraphs and list items, in order."""
    found: list[tuple[int, str]] = []
    for node in nodes:
        if node.kind == "paragraph":
            found += [(node.line + n, text) for n, text in enumerate(node.text.split("\n"))]
        found += _items(node.items)
    return found


def _items(items: list[Item]) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for item in items:
        found.append((item.line, item.text))
        found += _items(item.children)
    return found
