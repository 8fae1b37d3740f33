"""A grid's time rows written on a 12-hour clock without am/pm (`| 10:00–12:00 |`, then `|
1:00–3:00 |`): read in the order of the rows, as the lines of a list are."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.durations import Found

__all__ = ["row_slots"]

_HALF = 12 * 60


def row_slots(
    slots: list[tuple[Found | None, int]], lines: list[int], ctx: Ctx | None = None
) -> list[tuple[Found | None, int]]:
    """`slots` (each row's, as `slot` gives it), a row whose start is before the row above's
    turned to the afternoon when that puts it after the rows above, and no row of the grid
    says which half of the day it is in nor counts to 24 before it: `1:00–3:00` after
    `10:00–12:00` is 13:00–15:00, warned of in `ctx` once per row (`lines` are the rows')."""
    if all(found is None or found.sure for found, _ in slots):
        return slots  # the usual grid: 24-hour times or am/pm, nothing to turn
    out: list[tuple[Found | None, int]] = []
    start, end, clock24 = -1, None, False
    for (found, used), line in zip(slots, lines, strict=True):
        if found is None or found.at is None:
            out.append((found, used))
            continue
        at = found.at
        turn = not found.sure and not clock24 and end is not None and at < start
        clock24 = clock24 or at >= 13 * 60
        if turn and end is not None and at + _HALF >= end - 60:
            at += _HALF
            if ctx is not None:
                ctx.warn(
                    line,
                    f'row "{found.text}" read as starting at {at // 60 % 24:02d}:{at % 60:02d}, '
                    "after the row before",
                )
        start, end = at, at + found.hi
        out.append((found if at == found.at else found._replace(at=at, sure=True), used))
    return out
