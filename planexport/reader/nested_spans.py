"""A nested line with a clock span of its own after its parent's is a block, not its part."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock
    from planexport.reader.outline import Item

__all__ = ["own_span_children"]


def own_span_children(raw: RawBlock, children: list[Item]) -> list[Item]:
    """The nested lines of a timed block that happen outside its span, in their order.

    `- Wakeup, 4:00am - 4:10am` over `  - Workout, 4:10am - 5:50am` (over its own steps): the
    workout has a span of its own that does not fit in the ten minutes of waking up, so it is
    the next block and its steps are its parts. A nested line whose span lies inside its
    parent's (`- 9:00-11:00 Maths` over `  - 9:00-9:30 Revision`) stays a part of it.
    """
    if raw.at is None:
        return []
    out: list[Item] = []
    for child in children:
        found = find_duration(child.text)
        if found is None or found.at is None:
            continue
        # "4:10 - 5:50" with no am or pm: the half of the day nearest its parent's
        start = (found.at - raw.at) % (24 * 60 if found.sure else 12 * 60)
        if start + found.lo > raw.hi:
            out.append(child)
    return out
