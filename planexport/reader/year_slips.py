"""A day whose written year is not its neighbours' (`Thursday 23/09/2023` between days of
September 2024): a slip of the year, read in the year of the days around it, with a warning."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from planexport.reader.dates import ORDER, date_in
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["years_in_step"]

# How far past its one neighbour a first or last day may fall, in the neighbour's year.
_NEAR = dt.timedelta(days=62)


def _written(nodes: list[Node], span: DaySpan, year: int | None, *, us: bool) -> dt.date | None:
    """The date a day's heading writes with its year (`23/09/2023`, `2023-09-23`), else None."""
    if not 0 <= span.start < len(nodes) or nodes[span.start].kind == "table":
        return None
    if span.date is None and span.month_day is not None:
        return None  # a day dated by its weekday's year, not by what it writes
    date, hit = date_in(unwrap(nodes[span.start].text), year, month_first=us, weekday=span.weekday)
    if date is None or hit is None:
        return None
    groups = hit.groupdict()
    if not any(groups.get(name) for name in ("iso", "y2", "y3", "ny", "ny3")):
        return None  # "Monday 9/9": its year is the plan's, no slip of the pen
    return date


def _moved(date: dt.date, year: int) -> dt.date | None:
    try:
        return date.replace(year=year)
    except ValueError:
        return None  # "29/02" in a year without it


def years_in_step(
    nodes: list[Node], spans: list[DaySpan], year: int | None, ctx: Ctx, *, month_first: bool
) -> dict[int, dt.date]:
    """The date to read for each day (by its start) whose written year breaks the order of the
    days around it, in a plan whose other days run forward in time.

    `Thursday 23/09/2023` between `Monday 16/09/2024` and `Thursday 26/09/2024` is 2024-09-23,
    and warned, naming the line: its neighbours share a year that is not its own, and in that
    year it falls between them. The first or last day is moved only when its two nearest days
    share a year and it falls less than two months from its neighbour in that year. A day dated
    already is dated anew. A date that fits in no year around it, or a plan whose days run
    backwards, is left as written.
    """
    dated = [
        (span, date)
        for span in sorted(spans, key=lambda s: s.start)
        if (date := _written(nodes, span, year, us=month_first)) is not None
    ]
    if len(dated) < 3:
        return {}
    out: dict[int, dt.date] = {}
    for pos, (span, date) in enumerate(dated):
        around = [d for _, d in dated[max(pos - 2, 0) : pos] + dated[pos + 1 : pos + 3]]
        before = dated[pos - 1][1] if pos > 0 else None
        after = dated[pos + 1][1] if pos + 1 < len(dated) else None
        near = [d for d in (before, after) if d is not None]
        if len(near) == 1:  # the first or last day: its two nearest days agree on their year
            near = around
        if around != sorted(around) or len({d.year for d in near}) != 1:
            continue  # the days around it do not run forward in one year: no order to keep
        if (before is None or before <= date) and (after is None or date <= after):
            continue
        mended = _mended(date, before, after)
        if mended is None:
            continue
        out[span.start] = mended
        if span.date is not None:  # "### 2023-09-23 – Lab 2", dated before: read in step now
            span.date, span.weekday = mended, ORDER[mended.weekday()]
        ctx.warn(
            span.line,
            f'"{unwrap(nodes[span.start].text)}": the year {date.year} is out of step with the '
            f"days around it: read as {mended.isoformat()}",
        )
    return out


def _mended(date: dt.date, before: dt.date | None, after: dt.date | None) -> dt.date | None:
    """`date` in the year of its neighbours, when it falls between them there (or near its one
    neighbour, for the first or last day); None when no such year fits."""
    for near in (before, after):
        if near is None or near.year == date.year:
            continue
        moved = _moved(date, near.year)
        if moved is None:
            continue
        if before is not None:
            fits = before <= moved <= (after if after is not None else before + _NEAR)
        else:
            fits = after is not None and after - _NEAR <= moved <= after
        if fits:
            return moved
    return None
