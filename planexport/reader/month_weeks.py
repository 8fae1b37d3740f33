"""Weeks numbered again in each month: `### Month 2` over `**Week 1-2: React**` after a
`### Month 1` that ran to `Week 7-8`.

Long roadmaps group their weeks by month and start each month's weeks from 1 again. Read as
written, the second month's `Week 1` is the first month's, and its `Day 1` the same day twice.
When a month's first week is not past the weeks already read, the month's weeks follow them:
`Week 1-2` of month 2 after weeks up to 8 is weeks 9-10. A month that goes on counting
(`### Month 2` over `### Week 5`) keeps its numbers.
"""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.words import MONTH_WORDS, WEEK_WORDS

__all__ = ["month_weeks"]

# "### Month 2: Frontend", "**Month 3 – Backend**", "## Monat 2", "## Mes 2"
_MONTH = lazy(rf"^[\W_]*{MONTH_WORDS}\s*\d+\b", re.IGNORECASE)
# "Week 7-8: Deep Learning": a week label that runs to week 8
_RANGE = lazy(rf"^[\W_]*{WEEK_WORDS}\s*(?P<num>\d+)\s*[-–—]\s*(?P<end>\d+)\b", re.IGNORECASE)
# A month label is a line of a few words, not a sentence about a month.
_LONGEST = 80


def _is_month(node: Node) -> bool:
    if node.kind not in ("heading", "paragraph"):
        return False
    plain = unwrap(node.text).strip()
    return len(plain) <= _LONGEST and "\n" not in plain and _MONTH.match(plain) is not None


def _last_week(node: Node, week: int) -> int:
    """The last week a week's label names: 8 for `Week 7-8`, the week itself otherwise."""
    match = _RANGE.match(unwrap(node.text).strip())
    if match is not None and int(match.group("num")) == week:
        return max(week, int(match.group("end")))
    return week


def month_weeks(nodes: list[Node], weeks: list[int | None]) -> list[int | None]:
    """Each node's week, counted on through the months when each month numbers its weeks from 1
    again; `weeks` unchanged when no month does."""
    if not any(_is_month(node) for node in nodes):
        return weeks
    out: list[int | None] = []
    offset = 0
    top = 0  # the last week read so far, as counted on
    month_top: int | None = None  # the weeks read before the month just started
    previous: int | None = None
    for node, week in zip(nodes, weeks, strict=True):
        if _is_month(node):
            month_top = top
        if week is not None and week != previous and month_top is not None:
            offset = month_top if week <= month_top else 0
            month_top = None
        if week is not None:
            top = max(top, _last_week(node, week) + offset)
        previous = week
        out.append(None if week is None else week + offset)
    return out
