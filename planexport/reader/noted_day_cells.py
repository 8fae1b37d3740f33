"""A week table whose Day column writes a weekday and a note (`| Sunday (long) | Run 90 min |`,
`| Mon (rest) | — |`, `| Sat – long |`, `| Dienstag (Büro) |`, `| Miércoles (opcional) |`): the
row is that weekday's, and the note is the day's title, as `## Monday (rest)` gives its day."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import tidy
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.table_weekly import weekday_of
from planexport.reader.words import WEEKDAY_TITLES, WEEKDAYS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Node

__all__ = ["noted_day_cells", "noted_weekday"]

# "Sunday (long)", "Mon. (rest)", "Sat – long", "Dienstag: Büro": a weekday, then its note.
_NOTED = lazy(
    r"^(?P<day>[^\W\d_]{2,12})\.?\s*(?:\((?P<said>[^()]+)\)|[-\u2010-\u2015:]\s*(?P<after>.+))$"
)
_MARKS = " .:*_"


def noted_day_cells(node: Node, ctx: Ctx) -> Node:
    """`node`, a table headed as days, with each Day cell of a weekday and a note written as
    the weekday alone; the note is kept in `ctx.day_notes` by the row's line, the title of the
    day that row starts."""
    rows = list(node.rows)
    for idx in range(1, len(rows)):
        row = rows[idx]
        found = noted_weekday(row[0]) if row else None
        if found is None:
            continue
        day, said = found
        rows[idx] = [day, *row[1:]]
        ctx.day_notes[node.row_lines[idx]] = said
    return node if rows == node.rows else dataclasses.replace(node, rows=rows)


def noted_weekday(cell: str) -> tuple[str, str] | None:
    """The weekday as written and the note of a Day cell such as `Sunday (long)`; None when the
    cell is a weekday alone, or the note holds a number (`Mon (2h)`, `Tue (12.3.)`) or names a
    weekday too (`Mon – Thurs`): those are read, or warned, as before."""
    text = tidy(unwrap(cell)).strip(_MARKS)
    match = _NOTED.match(text)
    if match is None or weekday_of(text, short=True) is not None:
        return None
    day = match["day"]
    said = (match["said"] or match["after"] or "").strip(_MARKS)
    if weekday_of(day, short=True) is None or not said or re.search(r"\d", said):
        return None
    words = re.findall(r"[a-z]+", fold(said))
    if any(word in WEEKDAYS or _starts_weekday(word) for word in words):
        return None
    return day, said


def _starts_weekday(word: str) -> bool:
    """Whether `word` begins a weekday's name in a language the reader reads (`Thurs`, `Mier`)."""
    return len(word) >= 3 and any(
        fold(title).startswith(word) for titles in WEEKDAY_TITLES.values() for title in titles
    )
