"""A checklist after a day's timetable (`**Daily Minimums:**` over `- [ ] 30 min GA practice`,
`**Month-End Checklist:**` over `- [ ] GA practice — 30 min daily maintained`): goals to tick
off, not blocks. When the day's blocks keep clock times, a ticked or open box below the last
of them that gives a length and no time is what the day should add up to, not one more block
after the timetable; it is said, not read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import every_item

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock
    from planexport.reader.outline import Node

__all__ = ["checklist_goals"]

_BOX = lazy(r"^\[[ xX]\]\s")
_TIMETABLE = 3  # clocked blocks that make the day a timetable


def checklist_goals(blocks: list[RawBlock], nodes: list[Node], ctx: Ctx) -> list[RawBlock]:
    """`blocks` without the boxed lines with no clock time below a timetable's last block."""
    clocked = [b.line for b in blocks if b.at is not None]
    if len(clocked) < _TIMETABLE or len(clocked) == len(blocks):
        return blocks
    last = max(clocked)
    boxed = {
        item.line
        for node in nodes
        if node.kind == "list"
        for item in every_item(node.items)
        if _BOX.match(item.text)
    }
    kept: list[RawBlock] = []
    for block in blocks:
        if block.at is None and block.line > last and block.line in boxed:
            ctx.warn(
                block.line, f'"{block.title}" is a checklist goal after the timetable: not read'
            )
            continue
        kept.append(block)
    return kept
