"""Bare hours of a 12-hour timetable grid (`| 8-10 |`, `| 10-12 |`, `| 12-1 |`, `| 1-3 |`): once
the hours go back, the afternoon, as the rows run through the day in order."""

from __future__ import annotations

from dataclasses import replace

from planexport.reader.lazy import lazy
from planexport.reader.outline import Node

__all__ = ["afternoon_slots"]

# "8-10", "**12-1**", "1 – 3": two bare hours, the row's slot
_HOURS = lazy(r"^(?P<lead>\W*)(?P<a>1[0-2]|0?[1-9])\s*[-–—]\s*(?P<b>1[0-2]|0?[1-9])(?P<tail>\W*)$")
_EARLIEST = 6  # "1-3" in a timetable is the afternoon, never the night


def afternoon_slots(node: Node) -> Node:
    """The grid with its 12-hour slot cells written on the 24-hour clock (`| 13:00-15:00 |`), when
    two rows or more hold bare hours and they turn past noon (`12-1`, or a start before the row
    above's); else the grid as it is."""
    rows = node.rows[1:]
    matches = [_HOURS.match(row[0].strip()) if row else None for row in rows]
    if sum(1 for m in matches if m) < 2:
        return node
    written: list[list[str]] = []
    turned = False
    last = 0
    for row, match in zip(rows, matches, strict=True):
        if match is None:
            written.append(row)
            continue
        first, end = int(match["a"]), int(match["b"])
        if turned or first < last or first < _EARLIEST:
            turned = True
            first += 12 if first < 12 else 0
        if end < first or (turned and end < 12):
            end += 12  # "12-1", "11-1": one o'clock after noon; "1-3" past noon: 15:00
            turned = True
        if end <= first:
            return node  # hours that do not run forward: no timetable to turn
        last = first
        cell = f"{match['lead']}{first:02d}:00-{end:02d}:00{match['tail']}"
        written.append([cell, *row[1:]])
    if not turned:
        return node
    return replace(node, rows=[node.rows[0], *written])
