"""A week of weekdays written once for a range of weeks: `**Week 1-4: Basics**` over `- Monday:
Theory (1 hour)`, `- Tuesday: …`, then `**Week 5-8: Projects**` over its own weekdays.

The range's week is read as written, once, with the first week's number. Each later week of the
range holds the same weekdays, so they are given again for weeks 2, 3 and 4, in order, and the
days after them are numbered on. A range already given its own weeks elsewhere in the plan, a
range too long to be weeks that share their days (a phase), and dated days keep their reading.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from planexport.reader.days import week_numbers
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import WEEK_WORDS

if TYPE_CHECKING:
    from planexport.model import Day
    from planexport.reader.outline import Node
    from planexport.reader.result import BlockKey

__all__ = ["repeated_weeks"]

# "Week 1-4: Module 1", "**Weeks 5–8:**": a label whose week runs to a later one.
_RANGE = lazy(rf"^[\W_]*{WEEK_WORDS}\s*(?P<num>\d+)\s*[-–—]\s*(?P<end>\d+)\b", re.IGNORECASE)
_MOST = 12  # a longer range is a phase of the plan, not weeks that share their days
_LONGEST = 120  # a label is a line of a few words, not a sentence about weeks


def _range_ends(nodes: list[Node]) -> dict[int, int]:
    """The last week of each week the plan reads from a range's label: {1: 4} for `Week 1-4`."""
    weeks = week_numbers(nodes)
    ends: dict[int, int] = {}
    for node, week in zip(nodes, weeks, strict=True):
        if week is None or node.kind not in ("heading", "paragraph"):
            continue
        plain = unwrap(node.text).strip()
        match = _RANGE.match(plain) if len(plain) <= _LONGEST else None
        if match is not None and 1 <= int(match["end"]) - int(match["num"]) <= _MOST:
            ends.setdefault(week, week + int(match["end"]) - int(match["num"]))
    return ends


def _groups(days: list[Day]) -> list[list[int]]:
    """The days' indexes in runs of the same week, in order."""
    runs: list[list[int]] = []
    for idx, day in enumerate(days):
        if runs and days[runs[-1][0]].week == day.week:
            runs[-1].append(idx)
        else:
            runs.append([idx])
    return runs


def repeated_weekdays(days: list[Day], nodes: list[Node]) -> list[tuple[int, int]]:
    """(index of a day, its week) for each day the plan holds once its ranges of weeks are
    repeated; each day once in its own week when the plan has no such range."""
    plain = [(idx, day.week or 0) for idx, day in enumerate(days)]
    if len(days) < 2 or any(d.date or d.weekday is None or d.week is None for d in days):
        return plain
    if [d.number for d in days] != list(range(1, len(days) + 1)):
        return plain
    ends = _range_ends(nodes)
    written = {d.week for d in days}
    order: list[tuple[int, int]] = []
    for run in _groups(days):
        first = days[run[0]].week or 0
        last = ends.get(first, first)
        if any(week in written for week in range(first + 1, last + 1)):
            last = first  # its later weeks are written for themselves
        order += [(idx, week) for week in range(first, last + 1) for idx in run]
    return order


def repeated_weeks(
    nodes: list[Node], days: list[Day], lines: Mapping[BlockKey, int]
) -> tuple[list[Day], dict[BlockKey, int]]:
    """The days with each range of weeks' weekdays given again for its later weeks (`Week 1-4`
    over Monday to Sunday: 28 days), numbered on; the source lines follow their blocks."""
    order = repeated_weekdays(days, nodes)
    if len(order) == len(days):
        return days, dict(lines)
    out = [
        days[idx].model_copy(update={"week": week, "number": new + 1})
        for new, (idx, week) in enumerate(order)
    ]
    by_day: dict[int, list[tuple[int, int, int]]] = {}
    for (day, variant, block), line in lines.items():
        by_day.setdefault(day, []).append((variant, block, line))
    moved = {
        (new, variant, block): line
        for new, (idx, _) in enumerate(order)
        for variant, block, line in by_day.get(idx, [])
    }
    return out, moved
