"""Timetables counted from the start (`00:00 - 00:30`, `00:30 - 01:30`): lengths, not clock time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.durations import Found, find_duration

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Item, Node

__all__ = ["relative_times"]

_LONGEST = 6 * 60  # a chain from 00:00 that ends later than this is a day from midnight
_GAP = 60  # the longest pause between two parts of one session


def _span(text: str) -> Found | None:
    found = find_duration(text)
    return found if found is not None and found.at is not None else None


def _chain(spans: list[Found]) -> bool:
    """Whether clock spans start at 00:00 and follow one another (pauses allowed), ending soon
    after: minutes into a session, not times of day."""
    if len(spans) < 2 or spans[0].at != 0:
        return False
    end = 0
    for found in spans:
        assert found.at is not None
        if not end <= found.at <= end + _GAP:
            return False
        end = found.at + found.hi
    return end <= _LONGEST


def _as_length(text: str, found: Found) -> str:
    return f"{text[: found.start]}{found.hi} min{text[found.end :]}"


def _table(node: Node) -> bool:
    cells: list[tuple[list[str], int, Found]] = []
    for row in node.rows[1:]:
        for col, cell in enumerate(row):
            span = _span(cell)
            if span is not None:
                cells.append((row, col, span))
                break
    if not _chain([found for _, _, found in cells]):
        return False
    for row, col, found in cells:
        row[col] = _as_length(row[col], found)
    return True


def _list(items: list[Item]) -> bool:
    timed = [(item, span) for item in items if (span := _span(item.text)) is not None]
    if not _chain([found for _, found in timed]) or timed[0][1].start > 4:
        return False
    for item, found in timed:
        item.text = _as_length(item.text, found)
    return True


def relative_times(nodes: list[Node], ctx: Ctx) -> list[Node]:
    """The nodes, with each table or list of clock spans that counts from 00:00 rewritten as
    the lengths of its rows.

    `| Orientation | 00:00 - 00:30 |`, `| Challenge 1 | 00:30 - 01:30 |` in "Day One" of a virtual
    event say how long each part takes from whenever the day starts, not that it starts at
    midnight: the rows become unpinned blocks of 30 and 60 minutes, in order, and a warning says
    so. A chain must start at 00:00, go forward with pauses of an hour at most, and end within
    six hours; a routine from midnight (`00:00 - 07:00 Sleep`) stays pinned.
    """
    for node in nodes:
        if (node.kind == "table" and _table(node)) or (node.kind == "list" and _list(node.items)):
            ctx.warn(
                node.line,
                "times counted from 00:00 are read as lengths from the session's start, "
                "not pinned at midnight",
            )
    return nodes
