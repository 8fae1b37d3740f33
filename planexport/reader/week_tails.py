"""A week's hours stated after its last day (`**Estimated Hours:** 18-22 hours` below `**Day
7:** Review`, before `## Week 5`): the week's length, not the last day's.

The line ends the last day's lines, so it would be read as that day's total (a day of 22
hours). When no other day of the run states a total at its end, and the line names a week
(`Weekly hours: 12`) or more hours than a day of study holds, it is left out of the last day.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import is_total
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.words import WEEK_WORDS

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["trim_week_tails"]

_WEEK = lazy(rf"(?<!\w)(?:{WEEK_WORDS}|weekly|wöchentlich|semanal|hebdomadaire)(?!\w)", re.I)
_DAY_HOLDS = 12 * 60  # more than this is no day of study: the week's hours


def trim_week_tails(nodes: list[Node], heads: list[DaySpan]) -> None:
    """End each run of days one after another before a week's total after its last day."""
    runs: list[list[DaySpan]] = []
    for span in heads:
        if runs and runs[-1][-1].end == span.start:
            runs[-1].append(span)
        else:
            runs.append([span])
    for run in runs:
        tails = [_total_at_end(nodes, span) for span in run]
        last = tails[-1]
        if len(run) > 1 and last is not None and not any(t is not None for t in tails[:-1]):
            text = nodes[last].text
            found = find_duration(text)
            if _WEEK.search(text) or (found is not None and found.hi > _DAY_HOLDS):
                run[-1].end = last


def _total_at_end(nodes: list[Node], span: DaySpan) -> int | None:
    """Where a total line ends the span's lines (before a rule), if one does."""
    idx = span.end - 1
    while idx > span.start and nodes[idx].kind == "hr":
        idx -= 1
    node = nodes[idx]
    if idx <= span.start or node.kind != "paragraph" or not is_total(node.text):
        return None
    found = find_duration(node.text)
    return idx if found is not None and found.at is None else None
