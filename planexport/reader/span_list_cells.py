"""A table cell that lists several clock spans of one row (`| Segunda | 08:30 às 11:30, 12:30 às
15:30 |`, `| Tue | 9:00-10:30; 14:00-15:30 | Lab |`, `| Lunes | 8:00 a 10:00 y 16:00 a 18:00 |`):
the row once for each span, in the cell's order, its other cells as written, so each span is a
block of its own at its own time. Before, the first span was the row's time and the others its
title (`13:00 às 17:30`)."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["span_list_rows"]

# One clock span, all of the part: "08:30 às 11:30", "9:00-10:30", "2 PM - 4 PM", "16h a 18h".
_CLOCK = r"\d{1,2}(?:[:.h][0-5]\d)?\s*(?:[ap]\.?m\.?)?"
_SPAN = lazy(
    rf"(?:{_CLOCK})\s*(?:[-\u2010-\u2015~]|\b(?:to|bis|a|à|às|as|al|alle|tot)\b)\s*(?:{_CLOCK})",
    re.IGNORECASE,
)
# What parts a list of spans: a comma, a semicolon, a slash, or "and" in the plan's languages.
_JOINS = lazy(r"\s*(?:[,;/]|\s(?:and|und|y|e|et|en)\s)\s*", re.IGNORECASE)
# Every span needs a clock time with minutes or am/pm somewhere in the cell, so that "1-2, 3-4"
# (chapters, pages) is no list of spans.
_CLOCKED = lazy(r"\d[:.h][0-5]\d|\d\s*[ap]\.?m\b", re.IGNORECASE)


def span_list_rows(node: Node) -> Node:
    """`node` (a table) with each body row whose one cell lists two spans or more written once
    for each span, in order, at the row's line; the table as it is when no row does."""
    rows = node.rows
    if len(rows) < 2 or not any(_may_list(cell) for row in rows[1:] for cell in row):
        return node  # the cheap question first: no cell has a digit beside a comma or "and"
    out: list[list[str]] = [rows[0]]
    lines: list[int] = [node.row_lines[0]]
    changed = False
    for row, line in zip(rows[1:], node.row_lines[1:], strict=False):
        found = next(
            ((at, spans) for at, cell in enumerate(row) if (spans := _spans(cell)) is not None),
            None,
        )
        if found is None:
            out.append(row)
            lines.append(line)
            continue
        at, spans = found
        for span in spans:
            out.append([*row[:at], span, *row[at + 1 :]])
            lines.append(line)
        changed = True
    return dataclasses.replace(node, rows=out, row_lines=lines) if changed else node


def _may_list(cell: str) -> bool:
    return any(ch.isdigit() for ch in cell) and ("," in cell or ";" in cell or " " in cell)


def _spans(cell: str) -> list[str] | None:
    """The spans a cell lists, each as written (`08:30 às 11:30`), when the cell is two spans or
    more and nothing else; else None."""
    text = cell.strip().strip("*_").strip()
    if not _may_list(text) or _CLOCKED.search(text) is None:
        return None
    parts = [part for part in _JOINS.split(text) if part]
    if len(parts) < 2 or not all(_SPAN.fullmatch(part) for part in parts):
        return None
    return parts
