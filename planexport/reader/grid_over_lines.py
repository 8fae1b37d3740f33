"""A timed weekday grid above plain weekday lines (`| | Monday | Tuesday |` over `| 9:00 - 10:30
| Lecture | Lab |`, then under `## Contributed talks` the lines `Wednesday, September 20` over
their talks): the grid is the plan's week, the lines below it details of some of its slots, not
the plan's only days."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["grid_days", "lone_dated_grid"]

# A grid of this many weekdays with a time each at least is the plan's week.
_GRID_DAYS = 3


def grid_days(nodes: list[Node], found: list[DaySpan], ctx: Ctx) -> list[DaySpan] | None:
    """The days of a timed weekday grid that comes before the weekday lines `found`, when
    each of them is a plain line (no heading, no bold label that times a day of its own), or
    that one heading over several weekdays holds (`### Weekday Schedule` over the grid); else
    None."""
    from planexport.reader.blocks import Ctx
    from planexport.reader.table_day_spans import table_spans

    if not found or any(s.start < 0 for s in found):
        return None
    heads = [s for s in found if nodes[s.start].kind == "heading"]
    lines = [s for s in found if nodes[s.start].kind == "paragraph"]
    # "### Weekday Schedule" (Mon–Fri) over "| Time | Monday | … | Saturday |": the grid's days
    over = len(heads) >= 2 and len({s.start for s in heads}) == 1
    if len(heads) + len(lines) < len(found) or (heads and not over):
        return None
    labels = over or any(nodes[s.start].text.lstrip().startswith(("**", "__")) for s in lines)
    if labels and not all(_untimed(nodes[s.start : s.end]) for s in lines):
        return None  # "**Wednesday:**" over timed lines: a day's label, as it reads
    first = min(s.start for s in heads or lines)
    last = max(s.end for s in heads) if over else first
    if not any(node.kind == "table" for node in nodes[first if over else 0 : last]):
        return None
    grid = table_spans(nodes, Ctx(ctx.source))
    if (
        len(grid) < _GRID_DAYS
        or any(s.weekday is None or s.table is None or s.start > last for s in grid)
        or any(not any(raw.at is not None for raw in s.table.blocks) for s in grid if s.table)
    ):
        return None
    if over and (
        any(s.start < first for s in grid)
        or len({s.start for s in grid}) > 1
        or any(node.kind == "heading" for node in nodes[first + 1 : last])
    ):
        return None  # "## Lun–Ven" over "### Mañana" and "### Noche", a table each: sessions
    return table_spans(nodes, ctx)


def lone_dated_grid(nodes: list[Node], found: list[DaySpan], ctx: Ctx) -> list[DaySpan] | None:
    """The days of a timed weekday grid that the plan's one dated heading holds (`## 2026-05-18
    — Planning session` over `| Time | Mon | … | Fri |`): the week the session settled on,
    not one day of all its rows; else None."""
    from planexport.reader.blocks import Ctx
    from planexport.reader.table_day_spans import table_spans

    if len(found) != 1 or found[0].start < 0 or nodes[found[0].start].kind != "heading":
        return None
    span = found[0]
    if not any(node.kind == "table" for node in nodes[span.start + 1 : span.end]):
        return None
    grid = table_spans(nodes, Ctx(ctx.source))
    if (
        len(grid) < _GRID_DAYS
        or len({s.start for s in grid}) > 1
        or any(s.weekday is None or s.table is None for s in grid)
        or not span.start < grid[0].start < span.end
        or any(not any(raw.at is not None for raw in s.table.blocks) for s in grid if s.table)
    ):
        return None
    return table_spans(nodes, ctx)


def _untimed(part: list[Node]) -> bool:
    """Whether a day's nodes give no time or length (`**Sunday**: no classes`): a note on
    the week, not a day of its own."""
    from planexport.reader.durations import parse_duration
    from planexport.reader.sections import timed

    if timed(part):
        return False
    return not any(node.kind == "paragraph" and parse_duration(node.text) for node in part)
