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

__all__ = ["grid_days"]

# A grid of this many weekdays with a time each at least is the plan's week.
_GRID_DAYS = 3


def grid_days(nodes: list[Node], found: list[DaySpan], ctx: Ctx) -> list[DaySpan] | None:
    """The days of a timed weekday grid that comes before the weekday lines `found`, when
    each of them is a plain line (no heading, no bold label); else None."""
    from planexport.reader.blocks import Ctx
    from planexport.reader.table_day_spans import table_spans

    if not found or any(s.start < 0 or nodes[s.start].kind != "paragraph" for s in found):
        return None
    if any(nodes[s.start].text.lstrip().startswith(("**", "__")) for s in found):
        return None  # "**Wednesday:**" over timed lines: a day's label, as it reads
    first = min(s.start for s in found)
    if not any(node.kind == "table" for node in nodes[:first]):
        return None
    grid = table_spans(nodes, Ctx(ctx.source))
    if (
        len(grid) < _GRID_DAYS
        or any(s.weekday is None or s.table is None or s.start > first for s in grid)
        or any(not any(raw.at is not None for raw in s.table.blocks) for s in grid if s.table)
    ):
        return None
    return table_spans(nodes, ctx)
