"""Day ranges whose lengths the week's stated time shows to be totals (`**Time Allocation:** 12-15
hours` over `#### Day 1-2: Basics (4-5 hours)`, `#### Day 3-4 …`, `#### Day 5-7 …`): each range's
length is shared by its days, as `(4-5 hours total)` is, since read per day the week would hold
twice its time or more; and each day's, as `(3h/day)` is, when only that reading fits it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan
    from planexport.reader.durations import Found
    from planexport.reader.outline import Node

__all__ = ["range_totals"]

# "**Time Allocation:** 12-15 hours", "Total time: 10 hours", "Weekly time - 8h": the week's time
_STATED = lazy(
    r"(?:time\s+allocation|total\s+time|time\s+budget|weekly\s+time|time\s+commitment|"
    r"estimated\s+time)[*_\s]*[:\-–][*_\s:]*(?P<rest>[^\n]*)",
    re.IGNORECASE,
)
# "(2h/day)", "(90 min per day)", "(täglich)": a day's length, not the week's
_PER_DAY_MARK = lazy(r"/\s*d|\bper\b|\ba day\b|t[aä]glich|diari|par jour|al giorno|pro tag", re.I)
_BRACKET_END = lazy(r"\s*[(\[](?P<inner>[^()\[\]]*)[)\]][*_\s:]*$")


def range_totals(nodes: list[Node], spans: list[DaySpan]) -> None:
    """Share each range's length over its days where the week's stated time shows it a total."""
    if not any(len(s.numbers) > 1 and s.length is None for s in spans):
        return  # the usual case: no range of days without its length per day
    from planexport.reader.days import week_numbers

    weeks = week_numbers(nodes)
    groups: dict[int, list[DaySpan]] = {}
    for span in spans:
        week = weeks[span.start] if 0 <= span.start < len(nodes) else None
        if week is not None:
            groups.setdefault(week, []).append(span)
    for week, group in groups.items():
        if not any(len(s.numbers) > 1 and s.length is None for s in group):
            continue
        stated = _stated(nodes, weeks, week, group[0].start)
        if stated is not None:
            _share(nodes, group, stated)


def _stated(nodes: list[Node], weeks: list[int | None], week: int, first: int) -> Found | None:
    """The time the week's lines before its first day state, if one says so."""
    from planexport.reader.durations import find_duration
    from planexport.reader.outline import unwrap

    for idx in range(first):
        if weeks[idx] != week:
            continue
        if nodes[idx].kind == "heading":
            # "## WEEK 1: FOUNDATIONS (10 hours)": the week's time in its heading's bracket
            end = _BRACKET_END.search(unwrap(nodes[idx].text))
            inner = end["inner"] if end is not None else ""
            found = find_duration(inner) if inner else None
            if found is not None and found.at is None and not _PER_DAY_MARK.search(inner):
                return found
            continue
        if nodes[idx].kind != "paragraph":
            continue
        match = _STATED.search(nodes[idx].text)
        if match is not None:
            found = find_duration(match["rest"])
            return found if found is not None and found.at is None else None
    return None


def _share(nodes: list[Node], group: list[DaySpan], stated: Found) -> None:
    """Set each range's length per day: its share when the ranges read as totals fit the week's
    time and read per day do not, the length itself when only the reading per day fits."""
    from planexport.reader.durations import find_duration
    from planexport.reader.outline import unwrap

    found: list[Found] = []
    for span in group:
        if span.length is not None and len(span.numbers) == 1:
            found.append(span.length)
            continue
        shown = span.title if find_duration(span.title) else unwrap(nodes[span.start].text)
        length = find_duration(shown) if span.length is None else None
        if length is None or length.at is not None:
            return  # a day of the week with no length of its own: nothing to weigh
        found.append(length)
    total = (sum(f.lo for f in found), sum(f.hi for f in found))
    each = (
        sum(f.lo * len(s.numbers) for f, s in zip(found, group, strict=True)),
        sum(f.hi * len(s.numbers) for f, s in zip(found, group, strict=True)),
    )
    totals = _overlap(total, (stated.lo, stated.hi))
    if totals == _overlap(each, (stated.lo, stated.hi)):
        return  # both readings fit the week's time, or neither: too unsure to choose
    for span, length in zip(group, found, strict=True):
        days = len(span.numbers)
        if days < 2 or span.length is not None:
            continue
        share = (
            (round(length.lo / days), round(length.hi / days)) if totals else (length.lo, length.hi)
        )
        span.length = length._replace(lo=share[0], hi=share[1])
        end = _BRACKET_END.search(span.title)
        if end is not None and find_duration(end["inner"]) is not None:
            span.title = span.title[: end.start()]  # "ML Fundamentals (4-5 hours)": its length


def _overlap(one: tuple[int, int], other: tuple[int, int]) -> bool:
    return one[0] <= other[1] and other[0] <= one[1]
