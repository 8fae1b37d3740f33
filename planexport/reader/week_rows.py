"""A row that names a week inside a table of days (`| **Week 2** | | |` over `| Mon | Easy |
35 mins |`, `| **Semana 2** | | |`): it starts that week, as a `## Week 2` heading does, so the
rows under it are that week's days and not more blocks on the days above."""

from __future__ import annotations

import dataclasses
import re

from planexport.reader.lazy import lazy
from planexport.reader.outline import Node
from planexport.reader.week_columns import week_column_tables
from planexport.reader.week_grids import week_grid
from planexport.reader.words import WEEK_WORDS

__all__ = ["week_row_headings"]

# "Week 2", "**Woche 3**", "__Semaine 1 : reprise__", "Settimana 4 - scarico".
_WEEK = lazy(rf"^{WEEK_WORDS}\s*\d{{1,2}}(?:\s*[:.\-\u2013\u2014(]\s*\S.*)?$", re.IGNORECASE)
_MARKS = "*_ \t"
# A header cell that names the week ("Week", "Woche", "Semana nº"): the rows are weeks already.
_WEEK_COLUMN = lazy(rf"^{WEEK_WORDS}\b", re.IGNORECASE)


def _week(row: list[str]) -> str | None:
    """The week a row names when it holds nothing else (`| **Week 1** | | |`)."""
    filled = [cell.strip().strip(_MARKS) for cell in row if cell.strip().strip(_MARKS)]
    if len(filled) != 1 or len(row) < 2:
        return None
    return filled[0] if _WEEK.match(filled[0]) else None


def week_row_headings(nodes: list[Node]) -> list[Node]:
    """`nodes` with each table that holds week rows split at them: a heading per week (one level
    below the heading above the table) over a table of its rows under the table's header."""
    out: list[Node] = []
    level = 1
    for node in nodes:
        if node.kind == "heading":
            level = node.level
        if (grid := week_grid(node, min(level + 1, 6))) is not None:
            out += grid  # "| Week | Sunday | Monday |": a row per week, a column per weekday
            continue
        if (weeks := week_column_tables(node, min(level + 1, 6))) is not None:
            out += weeks  # "| Week | Day | Topic | Duration |" over "| 1 | Mon | … |"
            continue
        if node.kind != "table" or len(node.rows) < 3 or not _has_week_rows(node):
            out.append(node)
            continue
        out += _split(node, min(level + 1, 6))
    return out


def _has_week_rows(node: Node) -> bool:
    header = [cell.strip().strip(_MARKS) for cell in node.rows[0]]
    if any(_WEEK_COLUMN.match(cell) for cell in header):
        return False
    return any(map(_week, node.rows[1:]))


def _split(node: Node, level: int) -> list[Node]:
    header, header_line = node.rows[0], node.row_lines[0]
    parts: list[Node] = []
    rows: list[list[str]] = []
    lines: list[int] = []

    def close() -> None:
        if rows:
            parts.append(
                dataclasses.replace(
                    node,
                    line=lines[0] if parts else node.line,
                    rows=[header, *rows],
                    row_lines=[header_line, *lines],
                )
            )

    for row, line in zip(node.rows[1:], node.row_lines[1:], strict=True):
        week = _week(row)
        if week is None:
            rows.append(row)
            lines.append(line)
            continue
        close()
        rows, lines = [], []
        parts.append(Node("heading", line, level=level, text=week))
    close()
    return parts
