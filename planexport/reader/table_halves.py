"""A 12-hour table read in order of all its rows, the skipped ones too (`| 9:30–7:00 | — | — |`)."""

from __future__ import annotations

from planexport.reader.blocks import Ctx, RawBlock
from planexport.reader.durations import Found

__all__ = ["order_rows"]

_HALF = 12 * 60


def order_rows(
    rows: list[tuple[RawBlock | None, Found | None]], ctx: Ctx, *, clock24: bool = False
) -> None:
    """Turn the clock of rows written without am/pm from the order of every row's span.

    `| 9:30–7:00 | — | — |` (09:30 to 19:00: an end before its start is the evening) is no
    block, yet says where the day is: `| ~7:00–8:10 | commute |` below it is 19:00. The rule
    is the one lines follow: a start before the row above's start, with no 24-hour time above,
    is the afternoon when that puts it after the rows above. A table that writes an hour from
    13 on anywhere in its time cells (`clock24`) turns no row: `| 11:30 | 12:30 |` after
    `| 12:30 | 13:00 |` is 11:30, written out of order.
    """
    start, end = -1, None
    for raw, found in rows:
        if raw is not None and raw.at is not None:
            at, length, sure = raw.at, raw.hi, raw.sure
        elif found is not None and found.at is not None:
            at, length, sure = found.at, found.hi, found.sure
        else:
            continue
        turn = not sure and not clock24 and end is not None and at < start
        clock24 = clock24 or at >= 13 * 60
        if turn and end is not None and at + _HALF >= end - 60:
            at += _HALF
            if raw is not None:
                raw.at, raw.sure = at, True
                hhmm = f"{at // 60 % 24:02d}:{at % 60:02d}"
                if at != end:  # "1:00 - 1:30" where "12:00 - 1:00" ends: no doubt, no warning
                    ctx.warn(
                        raw.line,
                        f'"{raw.title}" read as starting at {hhmm}, after the line before',
                    )
        start, end = at, at + length
