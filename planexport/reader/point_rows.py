"""Rows with a start time only among a table's clock spans (`| 12.30 | Wrap-up day 1 |` over
`| ca. 12.45 | End of day 1 |`): each lasts until the next row starts; a closing row ends it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import RawBlock, is_break, tidy
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.table_cells import one_line
from planexport.reader.table_columns import cell_at

if TYPE_CHECKING:
    from collections.abc import Callable

    from planexport.reader.blocks import Ctx

__all__ = ["PointRows"]

# "12.30", "12:30", "ca. 12.45", "~12:45", "12h30": a start alone in its cell, the dot read as a
# colon because the table's spans are written so.
_POINT = lazy(
    r"^[*_\s]*(?:(?:ca|approx|circa|etwa|env|aprox|ong)\.?\s*|~\s*)?(?P<h>[01]?\d|2[0-3])[:.h]"
    r"(?P<m>[0-5]\d)[*_\s]*$",
    re.IGNORECASE,
)


class PointRows:
    """The point rows of one table, each waiting for the next start to end it."""

    def __init__(self, cols: dict[str, int | None], closing: Callable[[str], bool]) -> None:
        self.cols = cols
        self.closing = closing
        self.open: RawBlock | None = None
        self.made: list[RawBlock] = []

    def take(self, row: list[str], line: int, blocks: list[RawBlock]) -> bool:
        """Whether `row` is a point row, read here: a block added to `blocks`, or the end."""
        cell = cell_at(row, self.cols["span"])
        match = _POINT.match(cell) if cell and find_duration(cell) is None else None
        if match is None:
            return False
        at = int(match.group("h")) * 60 + int(match.group("m"))
        self.starts(at)
        title = tidy(one_line(cell_at(row, self.cols["title"])))
        if not title or self.closing(title) or is_break(title):
            self.open = None  # "| ca. 12.45 | End of day 1 |": the row above ends here
            return True
        self.open = RawBlock(title, None, 0, 0, None, [], line, at=at)
        self.made.append(self.open)
        blocks.append(self.open)
        return True

    def starts(self, at: int | None) -> None:
        """A row starts at `at`: the open point row lasts until then."""
        if self.open is not None and at is not None and self.open.at is not None:
            if at > self.open.at:
                self.open.lo = self.open.hi = at - self.open.at
            self.open = None  # a start before it leaves it with no end: dropped at the finish

    def finish(self, blocks: list[RawBlock], ctx: Ctx) -> None:
        """Point rows with no later start to end them (the last row): no block, with a warning."""
        for raw in self.made:
            if raw.hi == 0:
                blocks.remove(raw)
                ctx.warn(raw.line, f'row "{raw.title}" skipped: a time of day with no length')
        self.open, self.made = None, []
