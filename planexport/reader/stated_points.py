"""A day that states its length over a checklist whose points are mostly untimed: `#### Day 1:
Introduction` over `- [ ] Read the README`, `- [ ] Install Docker`, `- [ ] Complete: 1-hour quick
start`, then `**Time:** 2 hours`. The day is one block of its stated length with the points as
items, as the same day with no timed point is; the one point that gives a length is a part of
it, not the day's only block (a 60-minute plan of a 2-hour day)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.blocks import is_break, is_total

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock
    from planexport.reader.durations import Found
    from planexport.reader.outline import Item

__all__ = ["stated_over_points"]


def stated_over_points(blocks: list[RawBlock], items: list[Item], stated: Found) -> bool:
    """Whether the day's `blocks`, read from its list `items`, are points of the day's stated
    length instead: each a point of the list with no time of day, fewer than the points that
    give no length, and shorter together than the day says it lasts."""
    lines = {raw.line for raw in blocks}
    listed = {item.line for item in items}
    if not blocks or not lines <= listed or any(raw.at is not None for raw in blocks):
        return False
    untimed = [
        i for i in items if i.line not in lines and not is_break(i.text) and not is_total(i.text)
    ]
    return len(untimed) > len(blocks) and sum(raw.hi for raw in blocks) < stated.lo
