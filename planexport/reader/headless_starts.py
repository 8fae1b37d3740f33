"""A start-time table with its title column first and no header to name its columns: an empty
header row (`| | |` over `| Ontbijt | 8.00 uur |`), a header row of alignments alone
(`|:--|--:|` first), or none, its first row a start of its own (`| Ontvangst | 8.30 uur |`).
A column of starts rising from the morning on, written `8.00 uur`, `9:00` or `9h00`, beside a
first column of titles with no time in them, is read as the same table headed `| | Time |`:
a day's agenda, a start each, lasting until the next."""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["headless_starts"]

# "8.00 uur", "13.30 Uhr", "9:00", "**9h00**", "10.15 h": a start alone in its cell.
_START = lazy(
    r"^[*_`\s]*(?P<h>[01]?\d|2[0-3])(?:[.:](?P<m>[0-5]\d)(?:\s*(?:uur|uhr|h)\.?)?"
    r"|h(?P<hm>[0-5]\d))[*_`\s]*$",
    re.IGNORECASE,
)
# A header cell that says nothing: empty, or the alignment of its column (`:--`, `--:`).
_BLANK = lazy(r"^[\s:\-–—*_]*$", 0)
# Three starts at least: two might be a start and an end.
_ROWS = 3
_MORNING = 6 * 60


def headless_starts(nodes: list[Node]) -> list[Node]:
    """The nodes with the plan's one headless table of starts, if it has exactly one, given
    the header `| | Time |` and its starts written `08:00`; every other node as it was."""
    found = [idx for idx, node in enumerate(nodes) if node.kind == "table" and _read(node)]
    if len(found) != 1:
        return nodes  # two such tables are two days or two rooms: not one agenda
    nodes = list(nodes)
    table = _read(nodes[found[0]])
    assert table is not None
    nodes[found[0]] = table
    return nodes


def _minutes(cell: str) -> int | None:
    match = _START.match(cell)
    if match is None:
        return None
    return int(match["h"]) * 60 + int(match["m"] or match["hm"])


def _read(node: Node) -> Node | None:
    """The table headed and its starts written as a clock's, or None when it is not one."""
    if node.html or not node.rows or len(node.rows[0]) < 2:
        return None
    blank = all(_BLANK.match(unwrap(cell)) for cell in node.rows[0])
    body = node.rows[1:] if blank else node.rows
    if len(body) < _ROWS:
        return None
    col = next((c for c in range(1, len(node.rows[0])) if _starts(body, c)), None)
    if col is None or (not blank and _minutes(node.rows[0][col]) is None):
        return None  # "| Session | Time |": a header of its own, read as ever
    if any(find_point_time(row[0]) or find_duration(row[0]) for row in body if row):
        return None
    if not all(row and unwrap(row[0]).strip() for row in body):
        return None  # a title on every row
    others = [c for c in range(1, len(node.rows[0])) if c != col]
    if any(c < len(row) and find_point_time(row[c]) for row in body for c in others):
        return None  # a second column of times: spans, or two rooms
    header = ["Time" if c == col else "" for c in range(len(node.rows[0]))]
    rows = [header]
    for row in body:
        cells = list(row)
        minutes = _minutes(cells[col]) if col < len(cells) else None
        if minutes is not None:
            cells[col] = f"{minutes // 60:02d}:{minutes % 60:02d}"
        rows.append(cells)
    lines = node.row_lines if blank or not node.row_lines else [node.row_lines[0], *node.row_lines]
    return dataclasses.replace(node, rows=rows, row_lines=lines)


def _starts(body: list[list[str]], col: int) -> bool:
    """Whether column `col` holds a start on every row but empty ones, three or more, from the
    morning on, in time order (two rows may start together), ending later than it begins."""
    cells = [row[col] for row in body if col < len(row) and row[col].strip(" -—–")]
    if len(cells) < _ROWS or len(cells) * 4 < len(body) * 3:
        return False
    times = [_minutes(cell) for cell in cells]
    found = [t for t in times if t is not None]
    return (
        len(found) == len(cells)
        and found[0] >= _MORNING
        and found[-1] > found[0]
        and all(a <= b for a, b in itertools.pairwise(found))
    )
