"""The year of `### Monday, Mar 2` headings: from a full date the plan states that agrees (or a
year it writes after a month, `21–25 Oct 2026`), else the year near the plan's dates (or today)
in which each date falls on its weekday; when none is, one warning says the dates are not read."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import TYPE_CHECKING

from planexport.reader.date_heads import NAMES, date_head
from planexport.reader.dates import MONTH_NAMES, ORDER, date_in, readings
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.weekday_lists import dated_weekday

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["first_date", "nearest_years", "today", "weekday_date", "weekday_year"]

_YEAR = lazy(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# "October 2026", "21–25 Oct 2026", "Wed 21 – Sun 25 Oct. 2026", "octubre de 2026": a year
# written after a month's name, the days' year when their weekdays agree with it.
_MONTH_YEAR = lazy(
    rf"(?<!\w)(?:{MONTH_NAMES})\.?,?\s+(?:de\s+)?((?:19|20)\d{{2}})(?!\d)", re.IGNORECASE
)


def weekday_year(nodes: list[Node], spans: list[DaySpan], *, month_first: bool) -> int | None:
    """The year for dated weekday headings without one, else None.

    `**Start Date:** March 2, 2026 (Monday)` over `### Monday, Mar 2` and `### Tuesday, Mar 3`:
    a year a full date of the plan writes is theirs when every such heading's date falls on
    the weekday it names in that year (a page's `Last updated: 2024-05-01` then never dates it).
    """
    dated = []
    for span in spans:
        if span.weekday is None or span.date is not None or span.start < 0:
            continue
        node = nodes[span.start]
        if node.kind == "table" or _YEAR.search(node.text):
            continue
        _, match = date_in(node.text, None, month_first=month_first, weekday=span.weekday)
        if match is not None:
            dated.append((node.text, span.weekday))
    if not dated:
        return None
    for year in _years(nodes, month_first=month_first):
        if all(_agrees(text, year, weekday, month_first=month_first) for text, weekday in dated):
            return year
    return None


def _years(nodes: list[Node], *, month_first: bool) -> list[int]:
    """The years of the full dates the plan's lines write, and of the years they write after a
    month (`October 2026`), in order, once each."""
    years: list[int] = []
    texts = [n.text for n in nodes if n.kind in ("heading", "paragraph", "quote")]
    texts += [i.text for n in nodes if n.kind == "list" for i in n.items]
    for text in texts:
        if not _YEAR.search(text):
            continue
        for line in re.split(r"\n", text):
            date, _ = date_in(line, None, month_first=month_first)
            found = [date.year] if date is not None else []
            found += [int(match.group(1)) for match in _MONTH_YEAR.finditer(line)]
            years += [year for year in dict.fromkeys(found) if year not in years]
    return years


def _agrees(text: str, year: int, weekday: str, *, month_first: bool) -> bool:
    date, _ = date_in(text, year, month_first=month_first, weekday=weekday)
    return date is not None and ORDER[date.weekday()] == weekday


def today() -> dt.date:
    """Today's date: the year a plan's weekday dates are near when it writes no full date."""
    return dt.date.today()


def nearest_years(
    nodes: list[Node], spans: list[DaySpan], year: int | None, ctx: Ctx, *, month_first: bool
) -> bool:
    """Date the days whose weekday is written beside a date without its year (`Monday,
    December 7`, `07.12. Montag`, `Monday 7/12`) where each date falls on its weekday.

    In the plan's year when it states one and the date falls on the weekday in it, else within a
    year of the plan's nearest date: the day before's, else a later day's, else the first full
    date the plan writes, else today (then only a date from two weeks ago on); the nearest such
    date. The weekday also settles whether `7/12` is day or month first. When one of those days
    has no such date, none is dated (the plan is of another year); a heading that starts with
    its date says so. Returns whether any day was dated.
    """
    found: list[tuple[DaySpan, str, re.Match[str], int, dt.date | None]] = []
    last: dt.date | None = None
    anchor: dt.date | None = None  # the plan's first full date, else today
    from_today = False
    for pos, span in enumerate(spans):
        if span.date is not None:
            last = span.date
            continue
        written = _beside_weekday(nodes, span, month_first=month_first)
        if written is None or span.weekday is None:
            continue
        text, match = written
        near = last or next((s.date for s in spans[pos + 1 :] if s.date is not None), None)
        if near is None:
            if anchor is None:
                anchor = _first_date(nodes, month_first=month_first)
                from_today = anchor is None
                anchor = anchor or today()
            near = anchor
        best, last = weekday_date(match, span.weekday, near, year, month_first=month_first)
        if from_today and year is None and last is not None and last < today() - _LATELY:
            last = None  # near today, only a date to come: a past one is another year's plan
        found.append((span, text, match, best, last))
    if not all(date is not None for *_, date in found):
        warned = False
        for span, text, match, _, date in found:
            if date is None and _starts_with(nodes[span.start], match):
                name = NAMES.get(span.weekday or "")
                ctx.warn(
                    span.line,
                    f'"{text}": {match.group()} is no {name} within a year of the plan\'s dates '
                    "or today: its weekday is read, its date is not",
                )
                warned = True
        if not warned:
            _warn_once(found, ctx, year=year, ahead=from_today)
        return False
    said: set[int] = set()  # the orders a warning named: the plan's (0) or the other (1)
    for span, text, match, best, date in found:
        assert date is not None
        span.date = date
        options = readings(match, month_first=month_first)
        if len(options) < 2 or best in said:
            continue
        said.add(best)
        way = "month first" if month_first == (best == 0) else "day first"
        name = NAMES[ORDER[date.weekday()]]
        other = _on_weekday(*options[1 - best], ORDER[date.weekday()], date, date.year)
        why = (
            f", and both are a {name} in {date.year}: read {way}"
            if other is not None
            else f": read {way}, as {date.isoformat()} is a {name}"
        )
        ctx.warn(
            span.line,
            f'"{text}": {match.group()} can be day or month first{why}; '
            f"write {date.isoformat()} to be sure",
        )
    return bool(found)


def _warn_once(
    found: list[tuple[DaySpan, str, re.Match[str], int, dt.date | None]],
    ctx: Ctx,
    *,
    year: int | None,
    ahead: bool,
) -> None:
    """One warning on the first day whose date beside its weekday could not be dated
    (`## Wednesday 21 Oct — Welcome drinks` in a plan that writes no year)."""
    span, text, match, _, _ = next(entry for entry in found if entry[-1] is None)
    name = NAMES.get(span.weekday or "")
    if year is not None:
        why = f"{match.group()} is no {name} in the plan's year ({year}) or near its dates"
    elif ahead:
        why = f"the plan writes no year and {match.group()} is no {name} from two weeks ago on"
    else:
        why = (
            f"the plan writes no year and {match.group()} is no {name} within a year of "
            "the plan's dates"
        )
    fix = "" if year is not None else " (write the year to date them)"
    ctx.warn(span.line, f'"{text}": {why}: the days\' weekdays are read, not their dates{fix}')


_NUMBERED = lazy(r"^[^\w]*[^\W\d_]+\.?\s*\d{1,3}\s*[-\u2013\u2014:(|]*\s*")
_YEAR_LONG = dt.timedelta(days=366)
_LATELY = dt.timedelta(days=14)
"""How far back a date read near today may be: this week's Monday, not last February."""


def weekday_date(
    match: re.Match[str], weekday: str, near: dt.date, year: int | None, *, month_first: bool
) -> tuple[int, dt.date | None]:
    """The date a date without its year (`match`) is on `weekday`: in `year` if it is that
    weekday in it, else the nearest within a year of `near`; and which of its readings that is
    (0 the plan's order, 1 the other), else (0, None)."""
    hits = [
        _on_weekday(m, d, weekday, near, year) or _on_weekday(m, d, weekday, near)
        for m, d in readings(match, month_first=month_first)
    ]
    best = min(
        (i for i, hit in enumerate(hits) if hit is not None),
        key=lambda i: (abs(hits[i] - near), i),  # type: ignore[operator]
        default=0,
    )
    return best, hits[best] if hits else None


def first_date(nodes: list[Node], *, month_first: bool) -> dt.date:
    """The first full date the plan's lines write (`**Start:** 2026-12-07`), else today."""
    return _first_date(nodes, month_first=month_first) or today()


def _beside_weekday(
    nodes: list[Node], span: DaySpan, *, month_first: bool
) -> tuple[str, re.Match[str]] | None:
    """The heading and the date without a year written right beside its weekday: after it
    (`Monday, December 7`) or before it, starting the heading (`07.12. Montag`)."""
    if span.weekday is None or not 0 <= span.start < len(nodes):
        return None
    node = nodes[span.start]
    if node.kind not in ("heading", "paragraph"):
        return None
    date, match = date_in(node.text, None, month_first=month_first)
    if match is None or date is not None:
        return None
    text = unwrap(node.text)
    if dated_weekday(text) == span.weekday:
        return text, match
    after = _NUMBERED.sub("", text, count=1)  # "Day 1 (Mon, Jan 5)": the weekday after it
    if after != text and dated_weekday(after) == span.weekday:
        return text, match
    head = date_head(node, match)
    return (text, match) if head is not None and head.weekday == span.weekday else None


def _on_weekday(
    month: int, day: int, weekday: str, near: dt.date, year: int | None = None
) -> dt.date | None:
    """The date of `month` and `day` that is `weekday`: in `year`, else within a year of
    `near`, the nearest."""
    years = [year] if year is not None else [near.year - 1, near.year, near.year + 1]
    dates = []
    for each in years:
        with contextlib.suppress(ValueError):
            dates.append(dt.date(each, month, day))
    dates = [
        date
        for date in dates
        if ORDER[date.weekday()] == weekday and (year is not None or abs(date - near) <= _YEAR_LONG)
    ]
    return min(dates, key=lambda date: abs(date - near), default=None)


def _starts_with(node: Node, match: re.Match[str]) -> bool:
    """Whether the date found starts the heading or line (`07.12. Montag`)."""
    return not re.search(r"[^\W_]", node.text[: match.start()])


def _first_date(nodes: list[Node], *, month_first: bool) -> dt.date | None:
    """The first full date the plan's lines write (`**Start:** 2026-12-07`), else None."""
    texts = [n.text for n in nodes if n.kind in ("heading", "paragraph", "quote")]
    texts += [i.text for n in nodes if n.kind == "list" for i in n.items]
    for text in texts:
        if _YEAR.search(text):
            for line in text.split("\n"):
                date, _ = date_in(line, None, month_first=month_first)
                if date is not None:
                    return date
    return None
