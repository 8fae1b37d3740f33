"""Entries of a start-time grid that say how long they last (`| **09:00** | Standup (15m) |
Planning (90m) |`): each from its row's start for its own length, not until the next row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.durations import Found

__all__ = ["longest", "own_length", "own_lengths"]

_EMPTY = " -—–"


def own_length(cell: str) -> Found | None:
    """The length an entry says (`Standup (15m)`), not a clock span; else None."""
    found = find_duration(unwrap(cell))
    return found if found is not None and found.at is None and found.hi > 0 else None


def own_lengths(rows: list[list[str]]) -> bool:
    """Whether every filled entry of the grid's rows (after the time column) says its length,
    two entries at least."""
    cells = [cell for row in rows for cell in row[1:] if cell.strip(_EMPTY)]
    return len(cells) >= 2 and all(own_length(cell) is not None for cell in cells)


def longest(row: list[str]) -> int:
    """The longest length the row's entries say, in minutes."""
    return max((found.hi for cell in row[1:] if (found := own_length(cell))), default=0)
