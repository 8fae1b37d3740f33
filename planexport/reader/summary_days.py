"""Days a plan sums up instead of writing them out, in a plan that gives each day's length.

`# 6-Week Planner (2-4 Hours/Day)` over `### Day 1` … `### Day 10`, then `### Day 11-14` over
`**Day 11:** Linked lists` lines, `## Week 3` over `### Week 3 Focus:` bullets and `**Day 36-38:**
2D DP` lines: each of those days is one block of the plan's daily length, titled by its line.
"""

from __future__ import annotations

import re

from planexport.reader.blocks import tidy
from planexport.reader.days import DaySpan
from planexport.reader.durations import NUM, Found, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.sections import timed
from planexport.reader.words import DAY_WORDS, HOUR_WORDS, WEEK_WORDS

__all__ = ["daily_lines", "summed_up_days"]

# "(2-4 Hours/Day)", "2h per day", "2-4 hours daily", "3 Stunden pro Tag": each day's length.
_PER_DAY = rf"(?:(?:/|per|a|an|pro|por|par|al)\s*{DAY_WORDS}\b|daily\b|t[aä]glich\b|al d[ií]a\b)"
_DAILY = lazy(rf"(?P<len>{NUM}(?:\s*[-–]\s*{NUM})?\s*{HOUR_WORDS})\s*{_PER_DAY}", re.IGNORECASE)
_AFTER_LENGTH = lazy(rf"\s*{_PER_DAY}", re.IGNORECASE)  # "one to two hours daily"
# "**Day 11:** Linked lists", "**Day 36-38:** 2D DP": a line that sums up one or more days.
_DAY_LINE = lazy(
    rf"^[*_]{{2}}{DAY_WORDS}\s*(?P<a>\d+)(?:\s*[-–]\s*(?P<b>\d+))?\s*:?[*_]{{2}}\s*:?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_WEEK = lazy(rf"(?<!\w){WEEK_WORDS}\s*(?P<num>\d+)\b(?!\s*[-–]\s*\d)\s*[:.–—-]?\s*", re.I)


def summed_up_days(nodes: list[Node], spans: list[DaySpan]) -> list[DaySpan]:
    """`spans` with the days the plan only sums up, when it states a daily length; else as is."""
    daily = _daily_length(nodes)
    if daily is None or not spans or any(len(s.numbers) == 0 for s in spans):
        return spans
    out: list[DaySpan] = []
    for span in spans:
        lines = _day_lines(nodes, span.start + 1, span.end, daily) if len(span.numbers) > 1 else []
        if sorted(n for line in lines for n in line.numbers) == span.numbers:
            out.extend(lines)  # "### Day 11-14" over "**Day 11:** …" … "**Day 14:** …"
        else:
            out.append(span)
    last = max(n for span in out for n in span.numbers)
    taken = {idx for span in out for idx in range(span.start, span.end)}
    for idx, node in enumerate(nodes):
        week = _WEEK.match(_plain(node.text)) if node.kind == "heading" else None
        if week is None or idx in taken:
            continue
        end = next(
            (j for j in range(idx + 1, len(nodes)) if _ends(nodes[j], node.level)), len(nodes)
        )
        if any(idx < s.start < end for s in out):
            continue  # a week with its own days, or a summary of days read already
        number = int(week.group("num"))
        lines = _day_lines(nodes, idx + 1, end, daily)
        if lines and min(n for line in lines for n in line.numbers) == last + 1:
            days = lines  # "**Day 36-38:** 2D DP", "**Day 39-40:** Mocks"
        elif not lines and last == 7 * (number - 1) and _topics(nodes, idx + 1, end):
            # "## Week 3: Intermediate Patterns" right after day 14: days 15 to 21.
            title = tidy(_plain(node.text)[week.end() :]) or _plain(node.text)
            days = [
                DaySpan(idx, end, node.line, [n], title, node.level, length=daily)
                for n in range(last + 1, last + 8)
            ]
        else:
            continue
        out.extend(days)
        taken.update(range(idx, end))
        last = max(n for span in days for n in span.numbers)
    return sorted(out, key=lambda s: (s.start, s.numbers))


def daily_lines(nodes: list[Node]) -> set[int]:
    """The lines that state the plan's daily length (`**Based on:** 2-4 hours daily`): facts
    about the plan, read as such, not lines left out of every day."""
    return {
        idx
        for idx, node in enumerate(nodes)
        if node.kind in ("heading", "paragraph") and _daily(node.text)
    }


def _daily(text: str) -> Found | None:
    """The hours `text` gives each day (`2-4 hours daily`, `two hours a day`), else None."""
    match = _DAILY.search(text)
    if match is not None:
        return find_duration(match.group("len"))
    found = find_duration(text)  # hours in words
    if found is None or found.at is not None or found.lo < 60 or re.search(r"\d", found.text):
        return None
    return found if _AFTER_LENGTH.match(text, found.end) else None


def _daily_length(nodes: list[Node]) -> Found | None:
    """The length the plan gives every day, in its title or a line before its first day."""
    for node in nodes[:12]:
        found = _daily(node.text) if node.kind in ("heading", "paragraph") else None
        if found is not None:
            return found
    return None


def _day_lines(nodes: list[Node], start: int, end: int, daily: Found) -> list[DaySpan]:
    """A day per `**Day N:** topic` line between `start` and `end` (each of `**Day 36-38:**`)."""
    days: list[DaySpan] = []
    for idx in range(start, end):
        node = nodes[idx]
        if node.kind != "paragraph":
            continue
        for offset, text in enumerate(node.text.splitlines()):
            match = _DAY_LINE.match(text.strip())
            if match is None:
                continue
            first = int(match.group("a"))
            numbers = list(range(first, int(match.group("b") or first) + 1))
            title = tidy(match.group("rest"))
            days += [
                DaySpan(idx, idx + 1, node.line + offset, [n], title, 0, length=daily)
                for n in numbers
            ]
    return days


def _topics(nodes: list[Node], start: int, end: int) -> bool:
    """Whether a week's section says what it covers: a list, and no time of its own."""
    below = nodes[start:end]
    return any(n.kind == "list" for n in below) and not timed(below)


def _ends(node: Node, level: int) -> bool:
    return node.kind == "heading" and node.level <= level


def _plain(text: str) -> str:
    """A heading's words without emphasis or the emoji before them (`🎯 Week 3: …`)."""
    return re.sub(r"^[^\w*_]+", "", unwrap(text)).strip()
