"""A weekday's session whose length grows week by week, as a table of weeks under its heading:
`### Miércoles - Trote continuo` over `| Semana | Actividad |`, `| 1 | Trote suave 20 min |`,
`| 2 | Trote suave 25 min |` ….

The rows are no blocks of one day (four sessions back to back) but the same session in
successive weeks: the plan is read in weeks, week N's day holding week N's row (between the
day's own timed lines, `- Aquecimento 10 min`, when it has some), and the plan's other weekday
days are each week's too; under phases of weeks (`## Fase 2 (Semanas 5-8)`), each phase's days
are its own weeks' only (`week_phases`).
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import RawBlock, try_block
from planexport.reader.days import DaySpan, week_numbers
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.sections import timed
from planexport.reader.table_weekly import TableDay
from planexport.reader.week_phases import phase_weeks
from planexport.reader.words import WEEK_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Item, Node

__all__ = ["week_row_days"]

# A header of weeks: "Semana", "Week", "Woche", "Semaine", "Settimana", "Wk", "#"-free.
_WEEK_HEAD = lazy(rf"^\s*(?:{WEEK_WORDS}|wk)\s*(?:n[or]?\.?|#)?\s*$", re.IGNORECASE)
# A row's weeks: "1", "Week 2", "Semana 3", "1-2", "Semanas 5–6".
_WEEK_CELL = lazy(
    rf"^\s*(?:(?:{WEEK_WORDS}|wk)\s*)?(?P<a>\d{{1,2}})(?:\s*[-–—]\s*(?P<b>\d{{1,2}}))?\s*\.?\s*$",
    re.IGNORECASE,
)

# A day's session by week: week -> the row's block.
_ByWeek = dict[int, RawBlock]


def week_row_days(
    nodes: list[Node], spans: list[DaySpan], ctx: Ctx
) -> tuple[list[DaySpan], list[int | None], set[int]] | None:
    """Each week's days, their weeks, and no frame, when a weekday day holds a table of its
    session's weeks; None otherwise (or when the plan has weeks)."""
    if not spans or any(
        s.start < 0 or s.weekday is None or s.table is not None or s.date is not None for s in spans
    ):
        return None
    numbers = week_numbers(nodes)
    if any(numbers[s.start] is not None for s in spans):
        return None  # "## Week 1" over the days: the plan has its weeks
    sessions = {i: found for i, s in enumerate(spans) if (found := _by_week(nodes, s, ctx))}
    around = {i: lines for i in sessions if (lines := _around(nodes, spans[i], ctx)) is not None}
    sessions = {i: found for i, found in sessions.items() if i in around}
    if not sessions:
        return None
    # "## Fase 2 (Semanas 5-8)" over its own days: each phase's days in its weeks only.
    phased = phase_weeks(nodes, spans, sessions)
    owned: list[set[int] | None] = [None] * len(spans)
    if phased is not None:
        owned, sessions = phased
    weeks = sorted(
        {week for found in sessions.values() for week in found}.union(*filter(None, owned))
    )
    out: list[DaySpan] = []
    each: list[int | None] = []
    for week in weeks:
        for i, span in enumerate(spans):
            if i in sessions and week not in sessions[i]:
                continue  # no row for that week: no session that week
            if (phase := owned[i]) is not None and week not in phase:
                continue  # a day of another phase's weeks
            day = copy.copy(span)
            day.numbers = [len(out) + 1]
            if i in sessions:
                day.table = _week_day(around[i], span, copy.copy(sessions[i][week]))
            out.append(day)
            each.append(week)
    return out, each, set()


def _by_week(nodes: list[Node], span: DaySpan, ctx: Ctx) -> _ByWeek | None:
    """The day's one table of weeks read as a block a week; None when the day has no such
    table, or another."""
    body = nodes[span.start + 1 : span.end]
    tables = [node for node in body if node.kind == "table"]
    if len(tables) != 1 or span.length is not None or find_duration(nodes[span.start].text):
        return None
    table = tables[0]
    header = table.rows[0]
    if len(header) < 2 or not _WEEK_HEAD.match(fold(unwrap(header[0]))):
        return None
    found: _ByWeek = {}
    for row, line in zip(table.rows[1:], table.row_lines[1:], strict=False):
        if not any(cell.strip() for cell in row):
            continue
        match = _WEEK_CELL.match(fold(unwrap(row[0])))
        if match is None:
            return None
        text = " ".join(unwrap(cell) for cell in row[1:] if cell.strip())
        raw = try_block(text, [], line, ctx)
        if raw is None or raw.at is not None:
            return None
        first = int(match["a"])
        for week in range(first, int(match["b"] or first) + 1):
            if week in found:
                return None
            found[week] = raw
    return found if len(found) >= 2 else None


class _Around:
    """What a day holds beside its table of weeks: its timed lines before and after the table
    (`- Aquecimento 10 min`), else its list items; its notes."""

    def __init__(self, before: list[RawBlock], after: list[RawBlock], items: list[Item]) -> None:
        self.before, self.after, self.items = before, after, items
        self.notes: list[str] = []


def _around(nodes: list[Node], span: DaySpan, ctx: Ctx) -> _Around | None:
    """The day's lines beside its table, read as a day's lines are; None when they give more
    than one plan (`### Short version` / `### Full version`)."""
    from planexport.reader.sections import variants

    body = nodes[span.start + 1 : span.end]
    at = next(j for j, node in enumerate(body) if node.kind == "table")
    if not timed(body[:at] + body[at + 1 :]):
        items = [item for node in body if node.kind == "list" for item in node.items]
        found = _Around([], [], items)
        found.notes = [unwrap(n.text) for n in body if n.kind == "paragraph" and n.text.strip()]
        return found
    parts = [variants(body[:at], ctx), variants(body[at + 1 :], ctx)]
    if any(len(part.variants) > 1 for part in parts):
        return None
    before, after = ([raw for _, blocks in part.variants for raw in blocks] for part in parts)
    found = _Around(before, after, [])
    found.notes = [note for part in parts for note in part.notes]
    return found


def _week_day(around: _Around, span: DaySpan, raw: RawBlock) -> TableDay:
    """The day of one week: the row's block, titled by the day when the row names no more
    than its length, between the day's timed lines, or with the day's list items its items;
    the day's other lines its notes."""
    if not raw.title.strip() or raw.title == "Block":
        raw.title = span.title
    raw.items = [*raw.items, *around.items]
    blocks = [*map(copy.copy, around.before), raw, *map(copy.copy, around.after)]
    return TableDay(raw.line, span.title, weekday=span.weekday, blocks=blocks, notes=around.notes)
