"""Each week's own daily steps: `### Week 2: React` over `**Evening Schedule (2.5 hours):**` and
`- 7:00 PM - 8:00 PM: React concepts`, then `**Day 1-2: Components**` over untimed points.

A part-time plan may write, in every week, what each of the week's evenings holds, its titles
the week's topics. The days of a week take that week's steps, not the first week's; a week
without steps of its own takes the plan's daily steps as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.daily_template import list_steps
from planexport.reader.days import week_numbers
from planexport.reader.trailing_daily import daily_label

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock
    from planexport.reader.outline import Node

__all__ = ["week_steps"]


def week_steps(
    nodes: list[Node], inside: set[int], ctx: Ctx
) -> tuple[dict[int, list[RawBlock]], set[int]]:
    """The daily steps each week writes outside its days, by week, and the lines they were read
    from; nothing unless two weeks at least write their own."""
    from planexport.reader.blocks import Ctx as Quiet

    weeks = week_numbers(nodes)
    found: dict[int, list[RawBlock]] = {}
    used: set[int] = set()
    for idx, node in enumerate(nodes[:-1]):
        week = weeks[idx]
        if idx in inside or week is None or week in found or not daily_label(node):
            continue
        steps = list_steps(nodes[idx + 1], Quiet(ctx.source))
        if steps is not None:
            found[week] = steps
            used |= {node.line, *(item.line for item in nodes[idx + 1].items)}
    return (found, used) if len(found) >= 2 else ({}, set())
