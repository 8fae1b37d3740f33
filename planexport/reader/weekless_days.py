"""A day plan without a weekday beside weekday headings (`### Dia de trabalho`): a day too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.days import DaySpan, week_numbers
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["weekless_days"]

# A section needs this many lines that start at a time of day to be a day's timetable.
_TIMETABLE = 2


def weekless_days(nodes: list[Node], spans: list[DaySpan]) -> list[DaySpan]:
    """The weekday days, and after them a day for each timetable beside them with no weekday.

    `### Dia de Folga segunda e quarta`, `### Dia de trabalho`, `### Sábado`, each over a list of
    clock spans: the work day is a plan of a day as much as the others, only its weekdays vary.
    It is kept as a day of its own after the weekday days (never lost "in no day"), titled by
    its heading. Only a heading at the weekday headings' level, under the same parent, between
    or right after them, whose section holds a timetable (two or more timed lines) counts, and
    only while the weekday days leave a weekday free: beside a full week, `Template D — Phase 5`
    is for another time of the plan, not an eighth day.
    """
    if not spans or any(s.weekday is None or s.date is not None for s in spans):
        return spans
    if len({s.weekday for s in spans}) == 7:
        return spans  # a full week: a plan with no weekday is for another time (a later phase)
    if any(week is not None for week in week_numbers(nodes)):
        return spans  # weeks of weekdays: a section without one is the week's, not a day
    from planexport.reader.plan_part import _clock_lines

    heads = {s.start for s in spans}
    if any(nodes[start].kind != "heading" for start in heads if start >= 0):
        return spans
    levels = {nodes[start].level for start in heads if start >= 0}
    parents = {s.parent for s in spans}
    if len(levels) != 1 or len(parents) != 1:
        return spans
    (level,) = levels
    first, last = min(heads), max(heads)
    last_end = _section_end(nodes, last, level)
    added: list[DaySpan] = []
    number = max(n for s in spans for n in s.numbers)
    for idx in range(first + 1, len(nodes)):
        node = nodes[idx]
        if node.kind != "heading" or node.level > level:
            continue
        if node.level < level or idx > last_end:
            break
        if idx in heads:
            continue
        end = _section_end(nodes, idx, level)
        if sum(_clock_lines(n) for n in nodes[idx + 1 : end]) < _TIMETABLE:
            continue
        number += 1
        day = DaySpan(idx, end, node.line, [number], unwrap(node.text), level)
        day.parent = spans[0].parent
        added.append(day)
    return [*spans, *added]


def _section_end(nodes: list[Node], idx: int, level: int) -> int:
    return next(
        (
            j
            for j in range(idx + 1, len(nodes))
            if nodes[j].kind == "heading" and nodes[j].level <= level
        ),
        len(nodes),
    )
