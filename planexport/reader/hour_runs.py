"""A weekday-by-hour grid (`| 9:00 | | Física |` over `| 10:00 | Química | Física |`, a row an
hour): the same entry in a weekday's column in hours one right after the other is one class,
Física 09:00-11:00, not one per hour."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock

__all__ = ["hour_grid"]

_HOUR = 60


def hour_grid(cells: dict[int, list[RawBlock]]) -> bool:
    """Whether every entry of a grid's day columns is one hour from the full hour, and some
    column has the same entry in two hours one right after the other: a grid of hours, where
    an entry written again in the next hour goes on (a grid of 45-minute periods writes a
    double lesson out in each period, and each is a lesson)."""
    blocks = [block for column in cells.values() for block in column]
    if not blocks or any(
        b.at is None or b.at % _HOUR or b.lo != _HOUR or b.hi != _HOUR for b in blocks
    ):
        return False
    return any(
        one.title == two.title and one.at is not None and one.at + _HOUR == two.at
        for column in cells.values()
        for one, two in itertools.pairwise(column)
    )
