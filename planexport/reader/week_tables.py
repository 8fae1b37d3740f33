"""Weeks of weekday tables timed by their column headers (`**Week 1: 2 August - 8 August**` over
`| Day | Study Session 1 (3:30 PM - 5:00 PM) |`): the plan's days, a weekday routine their frame."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from planexport.reader.dates import ORDER, month_day, plan_year
from planexport.reader.days import DaySpan
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.table_weekly import TableDay, grid_by_weekday, header_spans
from planexport.reader.words import WEEK_WORDS, WEEKDAYS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx

__all__ = ["week_tables"]

# "Week 1: 2 August - 8 August", "Weeks 7-13: 13 September - 30 October", "Semana 2 (9-15 mayo)"
_WEEK_LINE = lazy(
    rf"^[\W_]*{WEEK_WORDS}\s*(?P<a>\d{{1,2}})(?:\s*[-–—]\s*(?P<b>\d{{1,2}}))?(?!\d)(?P<rest>.*)$",
    re.IGNORECASE,
)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def week_tables(
    nodes: list[Node], spans: list[DaySpan], ctx: Ctx
) -> tuple[list[DaySpan], list[int | None], set[int]] | None:
    """The days of the week tables, each day's week, and the nodes of the routine they replace;
    None when the plan has no such tables, or they sit inside a day, or its other days are not
    a weekday routine (numbered or dated days stay the plan)."""
    found = [(idx, line) for idx in range(len(nodes)) if (line := _week_of(nodes, idx))[0]]
    if not found:
        return None
    tables = {idx for idx, _ in found}
    others = [s for s in spans if not (s.table is not None and s.start in tables)]
    if any(s.start <= idx < s.end for s in others for idx in tables):
        return None  # "## Monday" over a table: the table is that day's
    if any(s.date is not None or s.start < 0 or not _weekday_title(s.title) for s in others):
        return None  # "## Day 1 (Monday)", "## 2 August": days of their own
    out: list[DaySpan] = []
    weeks: list[int | None] = []
    for idx, (first, last, start) in found:
        rows = grid_by_weekday(nodes[idx], ctx, short=True)
        for week in range(first, last + 1):
            for row in rows:
                date, title = None, row.title
                when = _day_of(start, 7 * (week - first) + _offset(start, rows, row.weekday))
                if start is not None and when is not None:
                    if start[0] is not None and ORDER[when.weekday()] == row.weekday:
                        date = when
                    elif start[0] is None:
                        title = f"{row.title} {when.day} {_MONTHS[when.month - 1]}"
                span = DaySpan(idx, idx + 1, row.line, [len(out) + 1], title, 7, table=row)
                span.weekday, span.date = row.weekday, date
                out.append(span)
                weeks.append(week)
    frame = {i for s in others for i in range(s.start, s.end)}
    if others:
        names = ", ".join(dict.fromkeys(f'"{s.title}"' for s in others))
        ctx.warn(
            others[0].line,
            f"the weekday routine ({names}) is read as the frame of the weeks below, "
            f"not as days: its rows are not blocks",
        )
    return out, weeks, frame


def _weekday_title(title: str) -> bool:
    """Whether a day's title starts with a weekday (`Monday to Friday`, `Sábado y Domingo`)."""
    words = re.findall(r"\w+", fold(title))
    return bool(words) and words[0] in WEEKDAYS


def _offset(
    start: tuple[int | None, int, int] | None, rows: list[TableDay], day: str | None
) -> int:
    """Days from the week's first day to the row's weekday: from the date's own weekday when
    the year is known, else from the first row's (`Monday` is `2 August`)."""
    first = _day_of(start, 0) if start is not None and start[0] is not None else None
    lead = ORDER[first.weekday()] if first is not None else rows[0].weekday
    if day is None or lead is None:
        return 0
    return (ORDER.index(day) - ORDER.index(lead)) % 7


def _day_of(start: tuple[int | None, int, int] | None, days: int) -> dt.date | None:
    """The date `days` after the week line's first day (in a leap year when it has none)."""
    if start is None:
        return None
    try:
        return dt.date(start[0] or 2000, start[1], start[2]) + dt.timedelta(days=days)
    except ValueError:
        return None


def _week_of(nodes: list[Node], idx: int) -> tuple[int, int, tuple[int | None, int, int] | None]:
    """For a header-timed weekday table: the weeks its line above names and the first day's
    (year, month, day) when the line dates the week; else (0, 0, None)."""
    if not header_spans(nodes[idx]):
        return 0, 0, None
    for back in range(idx - 1, max(idx - 4, -1), -1):
        node = nodes[back]
        if node.kind not in ("heading", "paragraph"):
            continue
        match = _WEEK_LINE.match(unwrap(node.text))
        if match is None:
            if node.kind == "heading":
                break
            continue
        first = int(match["a"])
        last = int(match["b"] or first)
        if not 0 < first <= last <= first + 52:
            break
        start = None
        found, _ = month_day(match["rest"])
        if found is not None:
            years = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", match["rest"])
            year = int(years[0]) if years else plan_year(nodes)
            start = (year, found[0], found[1])
        return first, last, start
    return 0, 0, None
