"""A table of each day's length beside day headings that give none: `| Lesson | Time |` over
`| Day 1 | 45 minutes |` … `| **Total** | **4 Hours** |`, before or after `## Day 1 — Halves
and Quarters` over untimed bullets (`| Tag | Dauer |`, `| Día | Tiempo |`, `| Session 2 |`,
`| Monday |`).

Each row names one day heading of the plan, by its number or its weekday, and gives its
length: that day is one block of the length, titled by its heading's topic, its bullets the
block's items, as when the heading says the length itself (`## Day 1 — Halves (45 min)`). A
`Total` row sums the rows; a total that is not their sum is said. The table is then read, so
it is no table left in no day.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import Found, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.sections import timed
from planexport.reader.table_weekly import weekday_of
from planexport.reader.total_tables import total_row
from planexport.reader.words import DAY_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["day_length_tables"]

# "Day 1", "Tag 3", "Día 2", "Session 4", "Lesson 5", "Sesión 1", "Lektion 2", "Leçon 3", folded.
_KEY = lazy(
    rf"^(?:{DAY_WORDS}|sessions?|sesion|sitzung|seance|sessione|sessao|sessie|lessons?|lektion"
    r"|leccion|lecon|lezione|licao|les|clase|class|aula)\s*(?P<num>\d+)$",
    re.IGNORECASE,
)

# A row: the day it names (its number, or its weekday), its length and its line.
_Row = tuple[int | str, Found, int]


def day_length_tables(nodes: list[Node], spans: list[DaySpan], ctx: Ctx) -> list[DaySpan]:
    """Give each untimed day heading the length a table of day lengths gives its number or
    weekday, the table outside every day or ending the last one (`## Day 5` over its bullets,
    then `---` and the table: the days' table, no rows of day 5); the tables so read, as guide
    spans (neither read again nor warned of as lines in no day). [] when the days are timed
    by their own lines."""
    days = [span for span in spans if not span.guide]
    if len(days) < 2:
        return []
    inside = {idx for span in spans for idx in range(span.start, span.end)}
    last = max(days, key=lambda span: span.start)
    tables: list[tuple[int, int, Node, list[_Row]]] = []  # where each starts, its table, rows
    for idx, node in enumerate(nodes):
        if node.kind != "table" or not (rows := _rows(node)):
            continue
        if idx not in inside:
            tables.append((idx, idx, node, rows))
        elif last.start < idx < last.end and all(n.kind == "hr" for n in nodes[idx + 1 : last.end]):
            tables.append((_label_start(nodes, last.start, idx), idx, node, rows))
    ends = {id(span): span.end for span in days}
    ends[id(last)] = min((first for first, idx, _, _ in tables if idx in inside), default=last.end)
    if not tables or not all(_untimed_heading(nodes, span, ends[id(span)]) for span in days):
        return []
    guides: list[DaySpan] = []
    for first, idx, node, rows in tables:
        matched = _matched(days, rows)
        if matched is None:
            continue
        for span, (_, found, _) in zip(matched, rows, strict=True):
            span.length = found
        if idx in inside:
            last.end = first  # the table ends the plan, not the last day
        _check_total(node, rows, ctx)
        guides.append(_guide(first, idx, nodes))
    return guides


def _label_start(nodes: list[Node], start: int, idx: int) -> int:
    """Where a table that ends the last day begins, with the rule and the short label line
    above it (`---`, `**Time per day**`) that set it apart from the day's own lines."""
    first = idx
    if first - 1 > start and nodes[first - 1].kind == "paragraph" and _label(nodes[first - 1]):
        first -= 1
    while first - 1 > start and nodes[first - 1].kind == "hr":
        first -= 1
    return first


def _label(node: Node) -> bool:
    """Whether a paragraph is a short line with no length (`**Time per day**`)."""
    text = unwrap(node.text).strip()
    return "\n" not in text and len(text) <= 60 and find_duration(text) is None


def _untimed_heading(nodes: list[Node], span: DaySpan, end: int) -> bool:
    """Whether a day is a heading that gives no length, over lines (up to `end`) that give
    none."""
    return (
        span.start >= 0
        and nodes[span.start].kind == "heading"
        and span.table is None
        and span.length is None
        and len(span.numbers) == 1
        and not timed(nodes[span.start : end])
    )


def _rows(node: Node) -> list[_Row]:
    """The table's rows as days and lengths, its total rows left out; [] unless every other
    row names a day in its first cell and gives a length in one other cell, and nothing else."""
    rows: list[_Row] = []
    for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
        cells = [cell for cell in row if cell.strip(" *_-—–")]
        if cells and total_row(cells[0]):
            continue
        if len(cells) != 2 or (key := _key(cells[0])) is None:
            return []
        found = find_duration(unwrap(cells[1]))
        if found is None or found.at is not None or found.lo <= 0:
            return []
        if re.search(r"\w", unwrap(cells[1])[: found.start] + unwrap(cells[1])[found.end :]):
            return []  # "| Day 1 | Read 45 minutes |": a block, not the day's length
        rows.append((key, found, line))
    return rows if len(rows) >= 2 else []


def _key(cell: str) -> int | str | None:
    """The day a row's first cell names: its number (`Day 1`, `Tag 2`, `Lesson 3`) or its
    weekday (`Monday`)."""
    plain = fold(unwrap(cell)).strip()
    if (match := _KEY.match(plain)) is not None:
        return int(match.group("num"))
    return weekday_of(cell)


def _matched(days: list[DaySpan], rows: list[_Row]) -> list[DaySpan] | None:
    """The day each row names, in the rows' order; None unless each names exactly one day
    and no two name the same."""
    out: list[DaySpan] = []
    for key, _, _ in rows:
        named = [
            span
            for span in days
            if (span.numbers == [key] if isinstance(key, int) else span.weekday == key)
        ]
        if len(named) != 1 or named[0] in out:
            return None
        out.append(named[0])
    return out


def _minutes(lo: int, hi: int) -> str:
    return f"{lo} min" if lo == hi else f"{lo}-{hi} min"


def _check_total(node: Node, rows: list[_Row], ctx: Ctx) -> None:
    """Warn on a `Total` row whose length is not the sum of the days' rows."""
    lo, hi = sum(found.lo for _, found, _ in rows), sum(found.hi for _, found, _ in rows)
    for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
        cells = [cell for cell in row if cell.strip(" *_-—–")]
        if not cells or not total_row(cells[0]):
            continue
        said = next((f for c in cells[1:] if (f := find_duration(unwrap(c))) is not None), None)
        if said is not None and not (lo <= said.hi and said.lo <= hi):
            ctx.warn(
                line,
                f'row "{unwrap(cells[0]).strip()}" says {_minutes(said.lo, said.hi)}, but the '
                f"days above it sum to {_minutes(lo, hi)}: each day read at its own row's length",
            )


def _guide(first: int, idx: int, nodes: list[Node]) -> DaySpan:
    """The table (with the lines that set it apart) as a guide span: read into the days, not
    a day of its own."""
    from planexport.reader.days import DaySpan

    return DaySpan(first, idx + 1, nodes[first].line, [], "", 7, guide=True)
