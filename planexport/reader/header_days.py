"""A table whose header's first cell names its day (`| Day 1 | What |`, `Workshop dag 2 | Wat?`):
the table is that day's, as if a heading named the day above it."""

from __future__ import annotations

import re

from planexport.reader.day_headings import day_match, weekday_heading
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node
from planexport.reader.words import DAY_WORDS

__all__ = ["header_days"]

# "Workshop dag 1", "Bootcamp Day 2": words before the day's label, the label last in the cell.
_LAST_DAY = lazy(rf"(?P<label>\b{DAY_WORDS}\s*\d{{1,2}})[\s*_:.]*$", re.IGNORECASE)


def header_days(nodes: list[Node]) -> list[Node]:
    """`nodes` with a heading that names the day put before each table whose header opens with
    a numbered day and names no other (one table a day, the day in its corner cell), unless the
    heading the table stands under is a day already. The heading is one level below that one."""
    out: list[Node] = []
    level, under_day = 1, False
    for node in nodes:
        if node.kind == "heading":
            level = node.level
            under_day = day_match(node.text) is not None or weekday_heading(node.text) is not None
        elif node.kind == "table" and not under_day and (label := _corner_day(node)):
            out.append(Node("heading", node.line, level=min(level + 1, 6), text=label))
        out.append(node)
    return out


def _corner_day(node: Node) -> str | None:
    """The day a table's corner cell names (`Day 1`, `dag 1` of `Workshop dag 1`), when no
    other cell of its header names a day and a row under it is timed (a digit opens a cell)."""
    if len(node.rows) < 2 or len(node.rows[0]) < 2:
        return None
    corner, *rest = node.rows[0]
    if not corner or not any(c.isdigit() for c in corner):
        return None
    label = corner.strip() if day_match(corner) is not None else None
    if label is None and (last := _LAST_DAY.search(corner)) is not None:
        label = last.group("label")
    if label is None or any(day_match(cell) is not None for cell in rest):
        return None
    if not any(row and row[0][:1].isdigit() for row in node.rows[1:]):
        return None
    return label
