"""A weekday-by-slot timetable drawn in a code block (```` ``` ```` over `09:00-11:00  11:00-13:00`
and `Lunedì  -  Reti (E)`, or `Time  Mon  Tue` over `09:00  Math  Bio`): when its columns line up
under its header (each cell begun in its column, or centred under it) it is read as the table it
draws; when they do not, code blocks are not read, and a plan refused for it is told so."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.lazy import lazy
from planexport.reader.words import FULL_WEEKDAYS, WEEKDAYS, fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["code_grid", "code_table"]

# Columns of a fixed-width grid: two spaces or more, a tab or a bar between them.
_COLUMNS = lazy(r"\s{2,}|\t|\s*[|│]\s*")
# "09-11", "9–11h", "9-11 Uhr": a slot of whole hours.
_BARE_HOURS = lazy(
    r"^(?:[01]?\d|2[0-3])\s*(?:h|uhr|uur)?\s*[-–—]\s*(?:[01]?\d|2[0-4])\s*(?:h|uhr|uur)?$",
    re.IGNORECASE,
)


# A line that only draws: `-----`, `+------+------+`, `|:---|---|`, `═════`.
_RULE = lazy(r"^[\s|│+\-=:─━═┼┬┴├┤╪╫╬]+$")
# What parts one cell of a drawn row from the next, as for `_COLUMNS`, with the spaces at its ends.
_GAP = lazy(r"\s{2,}|\s*[|│]\s*")


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


def _placed(text: str) -> list[tuple[int, int, str]]:
    """The cells of a drawn line with where each starts and ends: `(0, 5, "09:00")`."""
    found: list[tuple[int, int, str]] = []
    start = 0
    for gap in [*_GAP.finditer(text), None]:
        end = gap.start() if gap else len(text)
        if text[start:end].strip():
            found.append((start, end, text[start:end]))
        start = gap.end() if gap else end
    return found


def _row(cells: list[tuple[int, int, str]], heads: list[tuple[int, int, str]]) -> list[str] | None:
    """A drawn row as the header's columns: its first cell, left of every column, is the row's
    label; every other cell is under one column's header and no other's, and starts in that
    column or is centred under it. None when a cell is not (the columns do not line up)."""
    if not cells or any(cells[0][1] > start for start, _, _ in heads):
        return None
    row = [cells[0][2].strip()] + [""] * len(heads)
    for start, end, text in cells[1:]:
        under = [
            n for n, (h_start, h_end, _) in enumerate(heads) if h_start < end and start < h_end
        ]
        # It starts in the column it stands under: `Chemistry and lab` begun under Mon and
        # reaching into Tue is under neither plainly.
        after = [n for n, (h_start, _, _) in enumerate(heads) if h_start <= start]
        if not under or (under != after[-1:] and not _centred(start, under, heads)):
            return None
        if row[under[0] + 1]:
            return None
        row[under[0] + 1] = text.strip()
    return row


def _centred(start: int, under: list[int], heads: list[tuple[int, int, str]]) -> bool:
    """Whether a cell under one header only, begun a little left of it (`Reti (E)` centred under
    `11-13`), begins past the middle of the gap between that header and the one before."""
    if len(under) != 1:
        return False
    col = under[0]
    return not col or start > (heads[col - 1][1] + heads[col][0]) / 2


def code_table(content: str, line: int) -> Node | None:
    """A code block whose first line is a header of weekdays or time slots, two at least (after
    a label such as `Time` or none), over two rows or more whose cells line up under it, each
    row led by a time slot (under weekdays) or a weekday (under slots): the table it draws, at
    the lines it is drawn on. None for any other code block, and for a grid any of whose cells
    is not plainly under one column."""
    drawn = [
        (line + n, text.expandtabs(8).rstrip())
        for n, text in enumerate(content.split("\n"))
        if text.strip() and not _RULE.match(text)
    ]
    if len(drawn) < 3:
        return None
    heads = _placed(drawn[0][1])
    label = ""
    if heads and not _slot(heads[0][2]) and not _weekday(heads[0][2]):
        label = heads.pop(0)[2].strip()
    if len(heads) < 2:
        return None
    if all(_weekday(text) for _, _, text in heads):
        leads = _slot
    elif all(_slot(text) for _, _, text in heads):
        leads = _weekday
    else:
        return None
    rows = [[label] + [text.strip() for _, _, text in heads]]
    for _, text in drawn[1:]:
        row = _row(_placed(text), heads)
        if row is None or not leads(row[0]):
            return None
        rows.append(row)
    from planexport.reader.outline import Node

    return Node("table", drawn[0][0], rows=rows, row_lines=[n for n, _ in drawn])
