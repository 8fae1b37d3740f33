"""A weekday-by-slot grid headed by bare hours (`| | 09-11 | 11-13 | 14-16 |` over
`| Lunedì | - | Reti (E) | - |`; `9–11h`, `9-11 Uhr`, `9-11 uur`): each column the span of
those hours, as `09:00-11:00` heads it."""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["hour_slot_headers"]

# "09-11", "9–11h", "9 - 11 Uhr", "9-11 uur", "**14-16**": whole hours of one day, the first
# before the second, with an hours' word after the second (or after each) or none.
_HOURS = lazy(
    r"^[\W_]*(?P<a>[01]?\d|2[0-3])\s*(?:h|uhr|uur)?\s*[-–—]\s*(?P<b>[01]?\d|2[0-4])"
    r"\s*(?:h|hrs?|uhr|uur|ore|horas?|heures?)?[\W_]*$",
    re.IGNORECASE,
)


# "Morning (8–12)", "Afternoon (1-5)", "**Evening (7–9)**": a part of the day, its bare hours.
_PART = lazy(
    r"^[\W_]*(?P<name>[^\W\d_][^()\d]{1,30}?)\s*\(\s*(?P<a>1[0-2]|0?\d)\s*[-–—]\s*"
    r"(?P<b>1[0-2]|0?\d)\s*\)[\W_]*$"
)
# Parts of the day whose bare hours up to 12 are after noon ("Afternoon (1-5)": 13:00-17:00).
_LATER = frozenset(("afternoon", "evening", "night", "nachmittag", "abend", "tarde", "noche",
                    "apres-midi", "soir", "soiree", "pomeriggio", "sera", "middag",
                    "avond"))  # fmt: skip


def _part_hours(heads: list[str]) -> list[str] | None:
    """Headers that each name a part of the day and its bare hours (`Morning (8–12)`,
    `Afternoon (1–5)`), written with clock spans (`Morning (08:00-12:00)`, the afternoon's
    after noon); None unless every one is such, two at least, in order."""
    from planexport.reader.blocks import session_name
    from planexport.reader.words import fold

    out: list[str] = []
    last = 0
    for cell in heads:
        match = _PART.match(unwrap(cell).strip())
        if match is None or session_name(match["name"]) is None:
            return None
        a, b = int(match["a"]), int(match["b"])
        if fold(match["name"]).split()[0] in _LATER and b <= 12 and a < 12:
            a, b = a + 12, b + 12 if b < 12 else b
        if not last <= a < b:
            return None  # "Morning (11-1)": hours that do not follow one another
        last = b
        out.append(f"{match['name'].strip()} ({a:02d}:00-{b:02d}:00)")
    return out if len(out) >= 2 else None


def hour_slot_headers(node: Node) -> Node:
    """The table with its bare-hour column headers written as clock spans (`09:00-11:00`)
    when every header after the first is one, two at least, in order and not overlapping,
    and two rows at least are weekdays by their first cell; else the table as it is."""
    header = node.rows[0] if node.rows else []
    if len(header) < 3 or len(node.rows) < 3:
        return node
    if (parts := _part_hours(header[1:])) is not None:
        return dataclasses.replace(node, rows=[[header[0], *parts], *node.rows[1:]])
    spans = [_HOURS.match(unwrap(cell).strip()) for cell in header[1:]]
    if not all(spans):
        return node
    hours = [(int(m["a"]), int(m["b"])) for m in spans if m is not None]
    if any(a >= b for a, b in hours) or any(b > c for (_, b), (c, _) in itertools.pairwise(hours)):
        return node  # "| 1-2 | 3-4 |" weeks, "| 11-1 |": no hours of one day in order
    from planexport.reader.table_weekly import weekday_of

    if sum(1 for row in node.rows[1:] if row and weekday_of(row[0], short=True)) < 2:
        return node
    head = [header[0], *(f"{a:02d}:00-{b:02d}:00" for a, b in hours)]
    return dataclasses.replace(node, rows=[head, *node.rows[1:]])
