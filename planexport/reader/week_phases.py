"""Phases of a plan read in weeks, each over its own weekday days: `## Fase 2 (Semanas 5-8)`
over `### Miércoles` with its table of weeks (`| 5 | 35 min … |`) and `### Jueves` without one.

A phase's days are the days of its weeks only: the weeks its heading names, else the weeks of
its days' tables (a section of days with neither is every week's). Without phase headings, days
that start again at a weekday already given (`### Miércoles` with weeks 1-4, `### Jueves`, then
`### Miércoles` with weeks 5-8, `### Jueves`) are phases the same way, each with its table.

The phases then follow one another, each week once; a day of a phase does not come back in the
other phases' weeks. A phase whose tables count its weeks from 1 (`| 1 |` under `Weeks 5-8`)
has them moved to the weeks its heading names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TypeVar

from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import WEEK_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["phase_weeks"]

_T = TypeVar("_T")

# "(Semanas 1-4)", "Weeks 5 to 8", "Wochen 9 bis 12", "semaines 1 à 4", "weken 1 t/m 4", "Week 9"
_PHASE_WEEKS = lazy(
    rf"(?<!\w){WEEK_WORDS}\s*(?P<a>\d{{1,2}})"
    r"(?:\s*(?:[-–—]|to|through|until|bis|a|al|au|ao|tot|t/m)\s*(?P<b>\d{1,2}))?(?!\d)",
    re.IGNORECASE,
)


def phase_weeks(
    nodes: list[Node], spans: list[DaySpan], sessions: dict[int, dict[int, _T]]
) -> tuple[list[set[int] | None], dict[int, dict[int, _T]]] | None:
    """Each day's weeks (None: every week of the plan) and its sessions, moved to the weeks
    its phase's heading names when they count from 1; None when the days make no phases, or
    two phases share a week."""
    groups = _by_heading(spans) or _by_repeat(spans, sessions)
    if groups is None:
        return None
    moved = dict(sessions)
    each: list[set[int] | None] = [None] * len(spans)
    taken: set[int] = set()
    for heading, own in groups:
        named = _named(nodes[heading]) if heading is not None else set()
        found = {week for i in own if i in moved for week in moved[i]}
        if named and found and not found <= named and max(found) <= len(named):
            shift = min(named) - 1  # "| 1 |" under "Weeks 5-8": week 5
            for i in own:
                if i in moved:
                    moved[i] = {week + shift: row for week, row in moved[i].items()}
            found = {week + shift for week in found}
        phase = named | found
        if phase & taken:
            return None
        taken |= phase
        for i in own:
            each[i] = phase or None  # "## Rest days" over "### Sunday": every week
    return each, moved


def _by_heading(spans: list[DaySpan]) -> list[tuple[int | None, list[int]]] | None:
    """The days under each heading above them (`## Fase 2 (Semanas 5-8)`), when there are
    two headings or more."""
    if any(span.parent is None for span in spans):
        return None
    parents = list(dict.fromkeys(span.parent for span in spans))
    if len(parents) < 2:
        return None
    return [(parent, [i for i, s in enumerate(spans) if s.parent == parent]) for parent in parents]


def _by_repeat(
    spans: list[DaySpan], sessions: dict[int, dict[int, _T]]
) -> list[tuple[int | None, list[int]]] | None:
    """Runs of days that start again at a weekday already given (`### Miércoles`, `### Jueves`,
    then `### Miércoles` with the next weeks' table), when each run has a table of weeks."""
    runs: list[list[int]] = [[]]
    for i, span in enumerate(spans):
        if any(spans[j].weekday == span.weekday for j in runs[-1]):
            runs.append([])
        runs[-1].append(i)
    if len(runs) < 2 or not all(any(i in sessions for i in run) for run in runs):
        return None
    return [(None, run) for run in runs]


def _named(node: Node) -> set[int]:
    """The weeks a phase heading names: `Fase 1: Base (Semanas 1-4)` is weeks 1 to 4."""
    if node.kind != "heading":
        return set()
    match = _PHASE_WEEKS.search(fold(unwrap(node.text)))
    if match is None:
        return set()
    first, last = int(match["a"]), int(match["b"] or match["a"])
    return set(range(first, last + 1)) if 0 < first <= last <= first + 52 else set()
