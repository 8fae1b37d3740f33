"""A table whose first column numbers the weeks and whose second names the weekday (`| Week | Day
| Topic | Duration |` over `| 1 | Mon | Cluster setup | 2 hrs |`): each week's rows are that
week's days, as a `## Week 1` heading over a table of them would be, not more blocks on the
weekdays of week 1."""

from __future__ import annotations

import dataclasses
import re

from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.table_weekly import weekday_of
from planexport.reader.words import WEEK_WORDS

__all__ = ["week_column_tables"]

# A header cell that names the weeks: "Week", "Wk", "**Woche**", "Semana", "Week #".
_WEEK_HEADER = lazy(rf"^(?:{WEEK_WORDS}|wk)\.?\s*(?:#|no\.?|nº|n°)?$", re.IGNORECASE)
# A week cell: "1", "Week 2", "Wk 3", "**2**".
_WEEK_CELL = lazy(rf"^(?:(?:{WEEK_WORDS}|wk)\.?\s*)?(?P<n>\d{{1,2}})$", re.IGNORECASE)
_MARKS = "*_ \t"


def week_column_tables(node: Node, level: int) -> list[Node] | None:
    """A `Week N` heading at `level` over the table of its rows, without the week column, for
    each week of such a table; None when the table is not one. Only when the second column is
    all weekdays and the first names two weeks or more (a cell left empty is the week above)."""
    if node.kind != "table" or len(node.rows) < 3 or len(node.rows[0]) < 3:
        return None
    header = [unwrap(cell).strip(_MARKS) for cell in node.rows[0]]
    if not _WEEK_HEADER.match(header[0]):
        return None
    groups: list[tuple[str, list[tuple[list[str], int]]]] = []
    for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
        if len(row) < 2 or weekday_of(row[1], short=True) is None:
            return None  # "| 1 | Arrays | 10 |": hours of a week, no day in it
        week = unwrap(row[0]).strip(_MARKS)
        if week:
            match = _WEEK_CELL.match(week)
            if match is None:
                return None
            groups.append((match["n"], []))
        elif not groups:
            return None  # a first row with no week
        groups[-1][1].append((row[1:], line))
    if len({number for number, _ in groups}) < 2:
        return None
    out: list[Node] = []
    word = header[0].rstrip(" .#").split()[0] if header[0].strip(" .#") else "Week"
    word = "Week" if word.lower() in ("wk", "week") else word
    for number, rows in groups:
        first = rows[0][1]
        out.append(Node("heading", first, level=level, text=f"{word} {number}"))
        out.append(
            dataclasses.replace(
                node,
                line=first,
                rows=[node.rows[0][1:], *(cells for cells, _ in rows)],
                row_lines=[node.row_lines[0], *(line for _, line in rows)],
            )
        )
    return out
