"""A table whose header row is a time line (`| 00:00 | 01:00 | 01:10 |`) over a row of tasks."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration, find_point_time

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["time_headers"]


def _clock(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def _starts(header: list[str]) -> list[int] | None:
    """The header's times, when every cell is one time of day and they go forward."""
    found: list[int] = []
    for cell in header:
        text = cell.strip(" *_`")
        at = find_point_time(text)
        span = find_duration(text)
        if at is None or len(text) > 8 or (span is not None and span.at is not None):
            return None
        if found and at <= found[-1]:
            return None
        found.append(at)
    return found if len(found) >= 3 else None


def _turned(node: Node) -> Node | None:
    starts = _starts(node.rows[0])
    body = [row for row in node.rows[1:] if any(cell.strip() for cell in row)]
    if starts is None or len(body) != 1:
        return None
    row = body[0]
    line = node.row_lines[node.rows.index(row)] if node.row_lines else node.line
    rows = [["Activity", "Time"]]
    for col, at in enumerate(starts):
        cell = row[col].strip() if col < len(row) else ""
        if not cell:
            continue
        own = find_duration(cell)
        end = starts[col + 1] if col + 1 < len(starts) else None
        if own is not None and own.at is None:
            # "Lesson 60'": the length is the time line's to say; the rest is the title
            end = end if end is not None else at + own.hi
            cell = f"{cell[: own.start]} {cell[own.end :]}".strip(" *_") or cell
        rows.append([cell, f"{_clock(at)} - {_clock(end)}" if end is not None else _clock(at)])
    return dataclasses.replace(node, rows=rows, row_lines=[node.line] + [line] * (len(rows) - 1))


def time_headers(nodes: list[Node]) -> list[Node]:
    """The nodes, with each time-line table turned into an `Activity | Time` table.

    `| 00:00 | 01:00 | 01:10 |` over `| Lesson 60' | **Break 10'** | Lesson 50' |` puts each
    activity under the time it starts: it runs until the next column's time, and the last one
    has only its start (its own length, if it writes one, gives its end).
    """
    return [
        (turned if node.kind == "table" and (turned := _turned(node)) is not None else node)
        for node in nodes
    ]
