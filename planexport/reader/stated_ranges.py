"""The dates of a plan's days stated once before them (`The wedding week: Wed 21 – Sun 25 Oct
2026`, `21–25 October 2026`, `du 21 au 25 octobre 2026`, `Oct 21–25, 2026`) over weekday
headings without a date (`## Wednesday`, `## Thursday`): each day takes the date of its weekday
in the range, when the days fall in it in the order written, each on a date of its own. The
year is the range's, else the plan's; without one the days keep no date, and one warning says
so."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import re
from typing import TYPE_CHECKING

from planexport.reader.dates import MONTH_NAMES, ORDER, tolerant
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import MONTHS, WEEK_WORDS, WEEKDAYS, fold

if TYPE_CHECKING:
    from collections.abc import Iterator

    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["stated_range_days"]

# "Week 1:", "Weeks 1-2:", "Semana 3 –": a numbered week, whose dates are its own (not
# "Semana 02 Feb - 08 Feb", whose number is the date's).
_WEEK = lazy(rf"(?<!\w){WEEK_WORDS}\s*\d+(?:\s*[-–]\s*\d+)?\s*[:.)–—-]", re.IGNORECASE)
_LONGEST = dt.timedelta(days=13)
"""A range of two weeks at most: the days of one event or course, not a term."""

_WEEKDAY = "|".join(
    tolerant(name) for name in sorted((n for n in WEEKDAYS if len(n) >= 3), key=len, reverse=True)
)
_TO = r"\s*(?:[-–—]|\s(?:to|till|until|au|bis|al|a|tot(?:\s+en\s+met)?|t/m)\s)\s*"
_ORD = r"(?:st|nd|rd|th|er|\.)?"
# "Wed 21 – Sun 25 Oct 2026", "21–25 October", "du 21 au 25 octobre 2026", "vom 21. bis 25.
# Oktober 2026", "del 21 al 25 de octubre de 2026", "21 Oct – 2 Nov 2026"
_DAY_FIRST = lazy(
    rf"(?<![\w/.])(?:(?P<w1>{_WEEKDAY})\.?,?\s+)?(?P<d1>\d{{1,2}}){_ORD}"
    rf"(?:\s+(?:de\s+)?(?P<m1>{MONTH_NAMES})\.?)?{_TO}"
    rf"(?:(?P<w2>{_WEEKDAY})\.?,?\s+)?(?P<d2>\d{{1,2}}){_ORD}\s+(?:de\s+)?(?P<m2>{MONTH_NAMES})\.?"
    r"(?:,?\s+(?:de\s+)?(?P<y>\d{4}))?(?![\w/])",
    re.IGNORECASE,
)
# "Oct 21–25, 2026", "Wed, Oct 21 – Sun, Oct 25 2026"
_MONTH_FIRST = lazy(
    rf"(?<![\w/.])(?:(?P<w1>{_WEEKDAY})\.?,?\s+)?(?P<m1>{MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?{_TO}(?:(?P<w2>{_WEEKDAY})\.?,?\s+)?(?:(?P<m2>{MONTH_NAMES})\.?\s+)?"
    r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4}))?(?![\w/:])",
    re.IGNORECASE,
)


def stated_range_days(nodes: list[Node], spans: list[DaySpan], year: int | None, ctx: Ctx) -> None:
    """Date the weekday days from the one range of dates a line before them states."""
    if not spans or any(s.date is not None or s.weekday is None or s.start < 0 for s in spans):
        return
    first = min(s.start for s in spans)
    found = {
        (pos, line, text, match.group())
        for pos, node in enumerate(nodes)
        for line, text in _texts(node)
        if not _WEEK.search(text)  # "Week 1: 6 January - 12 January": one week's dates
        for match in _ranges(text)
    }
    if len({hit for *_, hit in found}) != 1 or min(found)[0] >= first:
        return  # "Week 1: Jul 22 - 28" and "Week 2: …": weeks, not the days' one range
    _, line, text, hit = min(found)
    match = next(_ranges(hit))
    bounds = _bounds(match, year)
    if bounds is None:
        return
    start, end = bounds
    if start is None or end is None:
        if _fits(spans, *_offsets(match)):
            ctx.warn(
                line,
                f'"{text}": the days\' dates ({hit}) write no year and the plan names none: '
                "their weekdays are read, not their dates (write the year to date them)",
            )
        return
    dates = [
        start + dt.timedelta(days=(ORDER.index(s.weekday or "") - start.weekday()) % 7)
        for s in spans
    ]
    if all(d <= end for d in dates) and all(a < b for a, b in itertools.pairwise(dates)):
        for span, date in zip(spans, dates, strict=True):
            span.date = date


def _texts(node: Node) -> list[tuple[int, str]]:
    """The lines of a paragraph, heading or list before the days, with their line numbers."""
    if node.kind in ("paragraph", "heading"):
        return [(node.line + n, unwrap(text)) for n, text in enumerate(node.text.split("\n"))]
    if node.kind == "list":
        return [(item.line, unwrap(item.text)) for item in node.items]
    return []


def _ranges(text: str) -> Iterator[re.Match[str]]:
    yield from _DAY_FIRST.finditer(text)
    if not _DAY_FIRST.search(text):
        yield from _MONTH_FIRST.finditer(text)


def _bounds(match: re.Match[str], year: int | None) -> tuple[dt.date | None, dt.date | None] | None:
    """The range's first and last date (None, None without a year); None when it is no range
    of a few days whose weekdays, where written, are its dates'."""
    day1, day2 = int(match["d1"]), int(match["d2"])
    month2 = MONTHS[fold(match["m2"] or match["m1"]).rstrip(".")]
    month1 = MONTHS[fold(match["m1"]).rstrip(".")] if match["m1"] else month2
    year = int(match["y"]) if match["y"] else year
    if year is None:
        return None, None
    try:
        end = dt.date(year, month2, day2)
        start = dt.date(year, month1, day1)
    except ValueError:
        return None
    if start > end:
        with contextlib.suppress(ValueError):
            start = start.replace(year=year - 1)  # "30 Dec – 3 Jan 2027"
    if not dt.timedelta(days=1) <= end - start <= _LONGEST:
        return None
    for name, date in (("w1", start), ("w2", end)):
        if match[name] and WEEKDAYS.get(fold(match[name]).rstrip(".")) != ORDER[date.weekday()]:
            return None
    return start, end


def _offsets(match: re.Match[str]) -> tuple[str | None, str | None]:
    """The weekdays the range writes for its first and last day, where it writes them."""
    return tuple(  # type: ignore[return-value]
        WEEKDAYS.get(fold(match[name]).rstrip(".")) if match[name] else None
        for name in ("w1", "w2")
    )


def _fits(spans: list[DaySpan], first: str | None, last: str | None) -> bool:
    """Whether days without a year still read as the range's (they name its weekdays)."""
    names = [s.weekday for s in spans]
    return (first is None or names[0] == first) and (last is None or names[-1] == last)
