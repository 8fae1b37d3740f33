"""Weeks of weekday tables timed by their column headers (`**Week 1: 2 August - 8 August**` over
`| Day | Study Session 1 (3:30 PM - 5:00 PM) |`): the plan's days, a weekday routine their frame."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, NamedTuple

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
# "13 September - 30 October", "2 août – 14 août", "2. August bis 14. August": the range's end
_UNTIL = lazy(
    r"\s+[-–—]\s+|\s*[–—]\s*|\s(?:to|until|till|through|bis|hasta|al|au|a|tot|t/m|até|ao)\s",
    re.IGNORECASE,
)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def week_tables(
    nodes: list[Node], spans: list[DaySpan], ctx: Ctx
) -> tuple[list[DaySpan], list[int | None], set[int]] | None:
    """The days of the week tables, each day's week, and the nodes of the routine they replace;
    None when the plan has no such tables, or they sit inside a day, or its other days are not
    a weekday routine (numbered or dated days stay the plan). Without them, a weekday's table
    of its session's weeks makes the plan's weeks the same way (`week_row_days`)."""
    found = [(idx, said) for idx in range(len(nodes)) if (said := _week_of(nodes, idx)).first]
    if not found:
        if any(s.weekday is None or s.table is not None for s in spans) or not any(
            node.kind == "table" for node in nodes
        ):
            return None
        from planexport.reader.week_row_days import week_row_days

        return week_row_days(nodes, spans, ctx)  # "| Semana | Actividad |" under "### Miércoles"
    tables = {idx for idx, _ in found}
    others = [s for s in spans if not (s.table is not None and s.start in tables)]
    if any(s.start <= idx < s.end for s in others for idx in tables):
        return None  # "## Monday" over a table: the table is that day's
    if any(s.date is not None or s.start < 0 or not _weekday_title(s.title) for s in others):
        return None  # "## Day 1 (Monday)", "## 2 August": days of their own
    out: list[DaySpan] = []
    weeks: list[int | None] = []
    for idx, line in found:
        first, start = line.first, line.start
        rows = grid_by_weekday(nodes[idx], ctx, short=True)
        past: list[str] = []
        for week in range(first, line.last + 1):
            for row in rows:
                date, title = None, row.title
                when = _day_of(start, 7 * (week - first) + _offset(start, rows, row.weekday))
                if line.end is not None and when is not None and when > line.end:
                    past.append(row.title)  # "Weeks 1-2: 2 August - 14 August": no Sunday 15th
                    continue
                if start is not None and when is not None:
                    if start[0] is not None and ORDER[when.weekday()] == row.weekday:
                        date = when
                    elif start[0] is None:
                        title = f"{row.title} {when.day} {_MONTHS[when.month - 1]}"
                span = DaySpan(idx, idx + 1, row.line, [len(out) + 1], title, 7, table=row)
                span.weekday, span.date = row.weekday, date
                out.append(span)
                weeks.append(week)
        if past and line.end is not None:
            ctx.warn(
                line.line,
                f'"{line.text}" ends on {line.end.day} {_MONTHS[line.end.month - 1]}: '
                f"read up to it, {_listed(past)} after it not read",
            )
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


class _WeekLine(NamedTuple):
    """The weeks a line over a week table names: first and last, the first day's (year, month,
    day) and the range's last date when it dates them, its line and text."""

    first: int
    last: int = 0
    start: tuple[int | None, int, int] | None = None
    end: dt.date | None = None
    line: int = 0
    text: str = ""


def _week_of(nodes: list[Node], idx: int) -> _WeekLine:
    """For a header-timed weekday table: the weeks its line above names (first 0 when none)."""
    if not header_spans(nodes[idx]):
        return _WeekLine(0)
    for back in range(idx - 1, max(idx - 4, -1), -1):
        node = nodes[back]
        if node.kind not in ("heading", "paragraph"):
            continue
        text = unwrap(node.text)
        match = _WEEK_LINE.match(text)
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
        end = _range_end(match["rest"], start)
        return _WeekLine(first, last, start, end, node.line, " ".join(text.strip(" *_").split()))
    return _WeekLine(0)


def _range_end(rest: str, start: tuple[int | None, int, int] | None) -> dt.date | None:
    """The last date of the week line's range (`30 October` of `13 September - 30 October`),
    in the year of its first day (or the next, past New Year); None when it writes none."""
    parts = _UNTIL.split(rest)
    first = _day_of(start, 0)
    if len(parts) < 2 or first is None:
        return None
    found, _ = month_day(parts[-1])
    if found is None:
        return None
    try:
        end = dt.date(first.year, found[0], found[1])
    except ValueError:
        return None
    if end < first:
        end = end.replace(year=end.year + 1) if (found[0], found[1]) != (2, 29) else end
    return end if end > first else None  # "(a partir del 2 de agosto)" ends nothing


def _listed(titles: list[str]) -> str:
    """`the Sunday`, `the Saturday and Sunday`: the rows left out, each once, in order."""
    names = list(dict.fromkeys(titles))
    return "the " + (" and ".join(names) if len(names) <= 2 else ", ".join(names))
