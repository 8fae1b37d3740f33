"""A column of start times in a table of dated rows: `| Data | Horário | Tema |` over
`| 12/02 | 09:00 | Post sobre X (30 min) |` (or `09h`, read as `09:00` before). Each row's start
is the time of day of the block its other cells give, as in a one-day table of starts; a row
with a start and no length lasts until the next start of its day, and with none after it, it is
warned by its words (`Post sobre X`) and kept as a note of its day."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from planexport.reader.blocks import RawBlock, tidy
from planexport.reader.durations import point_time_at
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.table_cells import LONGEST_GUESS, cell_blocks
from planexport.reader.table_logs import row_title

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Node
    from planexport.reader.table_weekly import TableDay

__all__ = ["RowStarts"]

# What may stand beside a lone time in its cell: emphasis, "~" (about), "Uhr", "uur", "h" and
# the time zone it is told in ("18:00 (BRT)").
_AROUND = lazy(r"^[\W_]*(?:(?:uhr|uur|h)\.?)?[\W_]*(?:\(?[A-Z]{2,5}\)?)?[\W_]*$", 0)


def _start(cell: str) -> int | None:
    """The time of day of a cell that holds a lone time and nothing else of note."""
    point = point_time_at(cell)
    if point is None:
        return None
    at, start, end = point
    return at if _AROUND.match(cell[:start] + " " + cell[end:]) else None


@dataclasses.dataclass
class _Open:
    day: TableDay
    block: RawBlock
    title: str


@dataclasses.dataclass
class RowStarts:
    """The start column of a table of dated rows and the rows whose length is their start's."""

    col: int
    ctx: Ctx
    starts: dict[int, list[int]] = dataclasses.field(default_factory=dict)  # by day's id
    open: list[_Open] = dataclasses.field(default_factory=list)

    @classmethod
    def of(cls, node: Node, skip: set[int], ctx: Ctx) -> RowStarts | None:
        """The table's start column: every filled cell of it a lone time, one at least."""
        for col in range(len(node.rows[0])):
            if col in skip:
                continue
            cells = [unwrap(row[col]) for row in node.rows[1:] if col < len(row)]
            filled = [cell for cell in cells if cell.strip(" -—–")]
            if filled and all(_start(cell) is not None for cell in filled):
                return cls(col, ctx)
        return None

    def take(self, rest: list[str]) -> tuple[int | None, str]:
        """The row's start and its cell, the cell left out of `rest`."""
        if self.col >= len(rest):
            return None, ""
        cell, rest[self.col] = rest[self.col], ""
        return _start(unwrap(cell)), cell

    def place(
        self,
        day: TableDay,
        found: tuple[int | None, str],
        blocks: list[RawBlock],
        notes: list[str],
        line: int,
    ) -> None:
        """Give the row's one block its start, or make its words a block that lasts until the
        next start of the day; a row of several blocks reads its start cell as before."""
        at, cell = found
        if at is None:
            return
        untimed = [block for block in blocks if block.at is None]
        if len(untimed) > 1:
            more, said = cell_blocks(cell, line, self.ctx)
            blocks.extend(more)
            notes.extend(said)
            return
        self.starts.setdefault(id(day), []).append(at)
        if untimed:
            untimed[0].at = at
            return
        if blocks:
            return  # "| 12/02 | 09:00 | Live (10:00-11:00) |": the row's own time
        title = row_title(notes)
        if title is None:
            return
        notes.remove(title)
        name = tidy(unwrap(title))
        block = RawBlock(name, None, 0, 0, None, [], line, at=at, guessed=True)
        blocks.append(block)
        self.open.append(_Open(day, block, title))

    def close(self) -> None:
        """Each open row lasts until the next start of its day, at most a few hours; the
        others are warned by their words and kept as notes of their day."""
        for row in self.open:
            at = row.block.at or 0
            after = [t for t in self.starts.get(id(row.day), []) if t > at]
            minutes = min(after) - at if after else 0
            if 0 < minutes <= LONGEST_GUESS:
                row.block.lo = row.block.hi = minutes
                continue
            row.day.blocks.remove(row.block)
            row.day.notes.append(row.title)
            self.ctx.warn(
                row.block.line,
                f'row "{row.block.title}" has a start time but no length: kept as a note',
            )
