"""A column of start times in a table of dated rows: `| Data | Horário | Tema |` over
`| 12/02 | 09:00 | Post sobre X (30 min) |` (or `09h`, read as `09:00` before). Each row's start
is the time of day of the block its other cells give, as in a one-day table of starts; a row
with a start and no length lasts until the next row's start when the rows of its day follow one
another in time order (an agenda), and otherwise it is warned by its words (`Post sobre X`) and
kept as a note of its day. A table of exams (`| Subject | Date | Time | Venue |` under `## Exam
timetable`, dates in any order) is no agenda: an exam never lasts until the next row's start,
even on its own day."""

from __future__ import annotations

import dataclasses
import itertools
from typing import TYPE_CHECKING

from planexport.reader.blocks import RawBlock, tidy
from planexport.reader.durations import point_time_at
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.table_cells import LONGEST_GUESS, cell_blocks
from planexport.reader.table_logs import row_title
from planexport.reader.words import EXAM_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Node
    from planexport.reader.table_weekly import TableDay

__all__ = ["RowStarts", "exam_table", "names_exams", "start_column"]

# What may stand beside a lone time in its cell: emphasis, "~" (about), "Uhr", "uur", "h" and
# the time zone it is told in ("18:00 (BRT)").
_AROUND = lazy(r"^[\W_]*(?:(?:uhr|uur|h)\.?)?[\W_]*(?:\(?[A-Z]{2,5}\)?)?[\W_]*$", 0)
_EXAM = lazy(rf"\b(?:{'|'.join(EXAM_WORDS)})\b", 0)


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
    order: int  # its place among the rows with a start


@dataclasses.dataclass
class RowStarts:
    """The start column of a table of dated rows and the rows whose length is their start's."""

    col: int
    ctx: Ctx
    exams: bool = False  # a table of exams: no row lasts until the next start
    rows: list[tuple[int, int]] = dataclasses.field(default_factory=list)  # (day's id, start)
    open: list[_Open] = dataclasses.field(default_factory=list)

    @classmethod
    def of(cls, node: Node, skip: set[int], ctx: Ctx, about: str = "") -> RowStarts | None:
        """The table's start column: every filled cell of it a lone time, one at least;
        `about` is what the table is about (the heading above it)."""
        col = start_column(node, skip)
        if col is None:
            return None
        return cls(col, ctx, exams=names_exams(node, about))

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
        self.rows.append((id(day), at))
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
        self.open.append(_Open(day, block, title, len(self.rows) - 1))

    def close(self) -> None:
        """Each open row of an agenda lasts until the next row's start, at most a few hours;
        the others are warned by their words and kept as notes of their day."""
        agendas = set() if self.exams else _agenda_days(self.rows)
        for row in self.open:
            at = row.block.at or 0
            following = row.order + 1
            minutes = 0
            if id(row.day) in agendas and following < len(self.rows):
                day, then = self.rows[following]
                minutes = then - at if day == id(row.day) else 0
            if 0 < minutes <= LONGEST_GUESS:
                row.block.lo = row.block.hi = minutes
                continue
            row.day.blocks.remove(row.block)
            row.day.notes.append(row.title)
            hhmm = f"{at // 60 % 24:02d}:{at % 60:02d}"
            why = (
                f'exam "{row.block.title}" starts at {hhmm} with no length written: kept as a '
                "note of its day (write its end, or a Duration column)"
                if self.exams
                else f'row "{row.block.title}" has a start time but no length: kept as a note'
            )
            self.ctx.warn(row.block.line, why)


def exam_table(nodes: list[Node], at: int) -> bool:
    """Whether the table `nodes[at]` lists exams: an exam word in its header or in what its
    section is about (the caption or heading above it)."""
    from planexport.reader.room_columns import section_title

    about = section_title((nodes, at)) or ""
    return names_exams(nodes[at], about)


def names_exams(node: Node, about: str = "") -> bool:
    """Whether the table's header, or `about` (what it is about), names exams."""
    said = fold(" ".join([about, *(unwrap(cell) for cell in node.rows[0])]))
    return _EXAM.search(said) is not None


def start_column(node: Node, skip: set[int] | None = None) -> int | None:
    """The first column of `node` (a table) whose filled cells are each a lone time, one at
    least; columns in `skip` left out."""
    for col in range(len(node.rows[0]) if node.rows else 0):
        if skip and col in skip:
            continue
        cells = [unwrap(row[col]) for row in node.rows[1:] if col < len(row)]
        filled = [cell for cell in cells if cell.strip(" -—–")]
        if filled and all(_start(cell) is not None for cell in filled):
            return col
    return None


def _agenda_days(rows: list[tuple[int, int]]) -> set[int]:
    """The days (by id) whose rows follow one another in the table, in time order: an agenda,
    where a row lasts until the next one starts."""
    places: dict[int, list[int]] = {}
    for place, (day, _) in enumerate(rows):
        places.setdefault(day, []).append(place)
    agendas: set[int] = set()
    for day, found in places.items():
        together = found[-1] - found[0] == len(found) - 1
        starts = [rows[place][1] for place in found]
        if together and all(a < b for a, b in itertools.pairwise(starts)):
            agendas.add(day)
    return agendas
