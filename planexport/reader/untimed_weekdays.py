"""Weekday headings with nothing timed under them, after a timed agenda: notes, not the days."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.sections import timed

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["untimed_weekday_days"]


def untimed_weekday_days(nodes: list[Node], spans: list[DaySpan]) -> bool:
    """Whether every day found is a weekday heading with nothing timed below it while timed
    lines come before the first of them.

    `## Weekly Special Activities` / `### Saturday` / `- Observation night` after a one-day
    agenda of `### 01:15 - 02:45 | Deep work` headings: the weekday sections are remarks about
    the week, and the agenda above them is the plan's one day. Asked only when the days read
    hold no block, so a plan whose weekday days are read is never read otherwise.
    """
    if not spans or any(span.weekday is None or span.table is not None for span in spans):
        return False
    if any(timed(nodes[max(span.start, 0) : span.end]) for span in spans):
        return False
    first = min(span.start for span in spans)
    return first > 0 and timed(nodes[:first])
