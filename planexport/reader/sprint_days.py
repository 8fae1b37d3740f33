"""Days numbered again in each sprint, module or phase (`## Sprint 1 · Day 1`, `## Sprint 1 ·
Day 2`, then `## Sprint 2 · Day 1`): the days follow on from one another, counted through the
plan, as a person works through them; a plan that numbers its days once keeps its numbers."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import SPRINT_WORDS

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["sprint_order"]

# "Sprint 2 · Day 1", "**Module 3 – Day 2**": the part's number before the day.
_LEAD = lazy(rf"^[\W_]*{SPRINT_WORDS}\s*(?P<num>\d+)\b", re.IGNORECASE)


def sprint_order(nodes: list[Node], heads: list[DaySpan]) -> list[DaySpan]:
    """`heads`, counted on through the plan when their day numbers start again in a later
    sprint (two or more sprints named, a day number taken twice)."""
    if len(heads) < 2:
        return heads
    parts = [_LEAD.match(unwrap(nodes[h.start].text)) if h.start >= 0 else None for h in heads]
    if any(p is None for p in parts) or len({p["num"] for p in parts if p}) < 2:
        return heads
    numbers = [n for h in heads for n in h.numbers]
    if len(set(numbers)) == len(numbers):
        return heads  # "Sprint 1 · Day 1" … "Sprint 2 · Day 8": counted through already
    count = 1
    for head in heads:
        head.numbers = list(range(count, count + len(head.numbers)))
        count += len(head.numbers)
    return heads
