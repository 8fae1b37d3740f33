"""A typical week written once under a template heading (`## Weekly Schedule Template` over
`### Monday-Friday`, `### Saturday (2 hours)`) after the plan's own weeks (`### Week 1-2:
Mathematics` over its daily schedule): the weeks are the plan, the template only a frame."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.outline import Node, unwrap
from planexport.reader.words import TEMPLATE_WORDS

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan

__all__ = ["weeks_over_template"]


def _section(nodes: list[Node], spans: list[DaySpan]) -> tuple[int, int] | None:
    """Where the template heading over every weekday day starts and its section ends."""
    first = min(s.start for s in spans)
    level = nodes[first].level if nodes[first].kind == "heading" else 7
    head = next(
        (
            j
            for j in range(first - 1, -1, -1)
            if nodes[j].kind == "heading" and nodes[j].level < level
        ),
        None,
    )
    if head is None or not re.search(TEMPLATE_WORDS, unwrap(nodes[head].text), re.IGNORECASE):
        return None
    end = next(
        (
            j
            for j in range(head + 1, len(nodes))
            if nodes[j].kind == "heading" and nodes[j].level <= nodes[head].level
        ),
        len(nodes),
    )
    return (head, end) if all(head < s.start and s.end <= end for s in spans) else None


def weeks_over_template(
    nodes: list[Node], spans: list[DaySpan], ctx: Ctx
) -> tuple[list[Node], list[DaySpan]] | None:
    """The plan's weeks as its days when its weekday days are only a template's week and two
    weeks or more outside that template hold lines of their own; else None."""
    from planexport.reader.blocks import Ctx as Quiet
    from planexport.reader.week_days import week_days

    if not spans or any(s.weekday is None or s.date is not None for s in spans):
        return None
    section = _section(nodes, spans)
    if section is None:
        return None
    head, end = section
    tried, weeks = week_days(nodes, Quiet(ctx.source))
    if len(weeks) < 2 or len(tried) != len(nodes):
        return None
    if any(head <= w.start < end for w in weeks):
        return None  # a week inside the template: no plan of weeks
    ctx.warn(
        nodes[head].line,
        f'"{unwrap(nodes[head].text)}" writes a typical week: the plan\'s weeks are read as its '
        "days, the template is not applied to them",
    )
    return week_days(nodes, ctx)
