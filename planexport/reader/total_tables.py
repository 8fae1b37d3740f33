"""Tables of hours per day (`Day | Total hours`): their `Total` row, and when they only sum up."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.outline import unwrap
from planexport.reader.table_weekly import weekday_of
from planexport.reader.words import DAY_TOTAL_TAILS, TOTAL_PART_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["day_total_row", "drop_summaries", "empty_row", "total_row", "totals_table"]

_SUMS = frozenset((*TOTAL_PART_WORDS, "overall", "sum", "summe", "suma", "somma", "soma", "σ", "∑"))


def total_row(cell: str) -> bool:
    """Whether a row's first cell says it sums up the rows above (`**Total**`, `Gesamt`, `Σ`)."""
    words = re.sub(r"[^\w\sσ∑]", " ", fold(unwrap(cell.strip()))).split()
    return bool(words) and words[0] in _SUMS and len(words) <= 3


def day_total_row(cell: str) -> bool:
    """Whether a row's first cell is a total and what it sums, the day (`Totais do dia`, `Total
    del día`, `Summe des Tages`): a sum written plainly, never the title of a block."""
    words = re.sub(r"[^\w\s]", " ", fold(unwrap(cell.strip()))).split()
    return len(words) > 1 and words[0] in _SUMS and " ".join(words[1:]) in DAY_TOTAL_TAILS


def empty_row(cells: list[str]) -> bool:
    """Whether a day's row holds nothing (`| **Saturday** | - |`): a day off, not a skipped row."""
    return all(not cell.strip(" -—–*_") for cell in cells)


def drop_summaries(nodes: list[Node], spans: list[DaySpan], ctx: Ctx) -> None:
    """Days of a table of totals per day (`| **Lunes** | 3 horas |` under `Día | Horas
    Totales`), when another table of the plan times those days by the clock: a summary of the
    timetable, not more days. Each such table is named in a warning."""
    timed = {s.start for s in spans if s.table and any(b.at is not None for b in s.table.blocks)}
    if not timed:
        return
    drop = {
        s.start
        for s in spans
        if s.start not in timed and totals_table(nodes[s.start]) and s.table is not None
    }
    for idx in sorted(drop):
        ctx.warn(
            nodes[idx].line,
            "a table of hours per day: read as a summary of the timetable, not as more days",
        )
    spans[:] = [s for s in spans if s.start not in drop]


def totals_table(node: Node) -> bool:
    """`| Día | Horas Totales |`, `| Day | Total hours |`: a column of each day's total (its
    rows, outside the days, sum them up: no row of it is a line left unread)."""
    if node.kind != "table" or not node.rows or any(len(row) > 3 for row in node.rows):
        return False
    days = sum(1 for row in node.rows[1:] if row and weekday_of(row[0], short=True))
    heads = (set(re.findall(r"\w+", fold(unwrap(cell)))) for cell in node.rows[0][1:])
    return days >= 2 and any(words & _SUMS for words in heads)
