"""Start times of an agenda table on a 12-hour clock with no am/pm (`| 12:00 |` then `| 1:00 |`).

The rows go on in time order, so a start before one from 10 o'clock on is in the afternoon; a
first start before 6 o'clock stays in the morning, with a warning: nothing says which half it is.
"""

from __future__ import annotations

import re

from planexport.reader.blocks import Ctx
from planexport.reader.lazy import lazy

__all__ = ["twelve_hour_starts"]

_HALF_DAY = 12 * 60
_DAY = 24 * 60
_LATE = 10 * 60  # the clock turns at noon: only a row from 10 o'clock on is followed by 1 o'clock
_HOUR = lazy(r"(?<![\d:.])(\d{1,2})[:.][0-5]\d(?!\d)")
_AMPM = lazy(r"\d\s*[ap]\.?\s?m\b|\buhr\b|\d\s*h\b", re.IGNORECASE)


def _twelve_hour(cells: list[str]) -> bool:
    """Whether every time is written on a 12-hour clock with no am/pm: `5:00`, never `05:00`,
    `17:00` or `5:00 pm`."""
    for cell in cells:
        if _AMPM.search(cell):
            return False
        hour = _HOUR.search(cell)
        if hour is not None and (
            hour.group(1).startswith("0") or not 1 <= int(hour.group(1)) <= 12
        ):
            return False
    return True


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def twelve_hour_starts(
    starts: list[int | None], cells: list[str], lines: list[int], ctx: Ctx
) -> list[int | None]:
    """`starts` (minutes after midnight, one per row) read in the afternoon from the first start
    written before the one above it, when the table writes 12-hour times with no am/pm."""
    if not _twelve_hour([c for c, s in zip(cells, starts, strict=True) if s is not None]):
        return starts
    out: list[int | None] = []
    above: int | None = None
    for start in starts:
        if start is None:
            out.append(None)
            continue
        turned = start
        # "| 12:30 |" then "| 1:00 |": 13:00; "| 4:30 |" then "| 4:00 |" is out of order, no turn
        if above is not None and above >= _LATE and start < above and start + _HALF_DAY < _DAY:
            turned = start + _HALF_DAY
        out.append(turned)
        above = turned
    first = next(
        ((s, c, n) for s, c, n in zip(out, cells, lines, strict=True) if s is not None), None
    )
    if first is not None and first[0] < 6 * 60:
        time = _HOUR.search(first[1])
        said = time.group() if time is not None else first[1].strip()
        at, later = _hhmm(first[0]), _hhmm(first[0] + _HALF_DAY)
        ctx.warn(
            first[2],
            f'"{said}" has no am/pm: read as {at}, in the morning; write {later} for the afternoon',
        )
    return out
