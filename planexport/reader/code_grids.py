"""A weekday-by-slot timetable drawn in a code block (```` ``` ```` over `09:00-11:00  11:00-13:00`
and `Lunedì  -  Reti (E)`): code blocks are not read, and a plan refused for it is told so."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.lazy import lazy
from planexport.reader.words import FULL_WEEKDAYS, WEEKDAYS, fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["code_grid"]

# Columns of a fixed-width grid: two spaces or more, a tab or a bar between them.
_COLUMNS = lazy(r"\s{2,}|\t|\s*[|│]\s*")
# "09-11", "9–11h", "9-11 Uhr": a slot of whole hours.
_BARE_HOURS = lazy(
    r"^(?:[01]?\d|2[0-3])\s*(?:h|uhr|uur)?\s*[-–—]\s*(?:[01]?\d|2[0-4])\s*(?:h|uhr|uur)?$",
    re.IGNORECASE,
)


def _cells(text: str) -> list[str]:
    return [cell for cell in _COLUMNS.split(text.strip(" |│")) if cell.strip()]


def _slot(cell: str) -> bool:
    """Whether a cell is a time slot: `09:00-11:00`, `9–11h`, `14:00`."""
    if _BARE_HOURS.match(cell.strip()):
        return True
    found = find_duration(cell)
    return (found is not None and found.at is not None) or find_point_time(cell) is not None


def _weekday(cell: str) -> bool:
    word = re.sub(r"[^\w-]", "", fold(cell.split(maxsplit=1)[0])) if cell.strip() else ""
    return word in FULL_WEEKDAYS or (len(word) >= 2 and word in WEEKDAYS)


def code_grid(nodes: list[Node]) -> tuple[int, str] | None:
    """The first code block drawn as a timetable of weekdays by time slots: the line of its
    header and the header as written. Slots across (a header of two slots or more over lines
    that start with a weekday) or weekdays across (two weekdays or more over lines that start
    with a slot), two of those lines at least."""
    for node in nodes:
        if node.kind != "code" or len(node.items) < 3:
            continue
        rows = [(item.line, item.text, _cells(item.text)) for item in node.items]
        for pos, (line, text, head) in enumerate(rows[:-2]):
            below = [cells for _, _, cells in rows[pos + 1 :] if cells]
            if sum(map(_slot, head)) >= 2 and sum(_weekday(c[0]) for c in below) >= 2:
                return line, " ".join(text.split())
            if sum(map(_weekday, head)) >= 2 and sum(_slot(c[0]) for c in below) >= 2:
                return line, " ".join(text.split())
    return None
