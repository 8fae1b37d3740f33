"""Sections inside a weekday's day whose heading holds a word for a group of days (`## Saturday`
over `### Afternoon & Weekend Errands`, `## Freitag` over `### Wochenende vorbereiten`,
`## Domingo` over `### Preparar los días laborables`): a part of that day, not a day of its own.

A heading that is only the group's word (`### Weekend`) or names weekdays itself (`### Sat & Sun`)
is read as before.
"""

from __future__ import annotations

import re

from planexport.reader.day_headings import WEEKDAY_NAMES, WEEKDAY_RANGE, weekdays_of
from planexport.reader.either_days import either_day
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.words import WEEKEND_WORDS, WORKWEEK_WORDS, fold

__all__ = ["heading_days"]

_GROUP = lazy(rf"(?<![\w-])(?:{'|'.join(map(re.escape, WEEKEND_WORDS + WORKWEEK_WORDS))})(?![\w-])")
_NAMED = lazy(rf"(?<!\w)(?:{WEEKDAY_NAMES})(?!\w)", re.IGNORECASE)


def heading_days(nodes: list[Node]) -> list[list[str]]:
    """The weekdays each heading is the day of ([] for other nodes): those it names, the workdays
    for a daily routine beside weekend days, and none for a section of a weekday's day that only
    names a group of days."""
    from planexport.reader.daily_routines import WORKDAYS, routine_heads
    from planexport.reader.group_subsets import listed_subset

    routines = routine_heads(nodes, weekdays_of)  # "## Rutina diaria" beside "### Sábado"
    out: list[list[str]] = []
    for idx, node in enumerate(nodes):
        names = [] if node.kind != "heading" else weekdays_of(node)
        # "# Weekday Template" over "Used on Mon / Wed / Fri": those of the weekdays only
        names = listed_subset(nodes, idx, names) or names
        names = names or (list(WORKDAYS) if idx in routines else [])
        names = either_day(nodes, idx, names)  # "### Sábado/Domingo - Revisão": one day
        out.append([] if len(names) > 1 and _day_section(nodes, idx) else names)
    return out


def _day_section(nodes: list[Node], idx: int) -> bool:
    """Whether heading `idx` is a titled section (`Afternoon & Weekend Errands`) under a heading
    of one weekday whose section holds it, naming days only by a group's word."""
    text = unwrap(nodes[idx].text)
    words = " ".join(re.findall(r"[a-z-]+", fold(text)))
    group = _GROUP.search(words)
    if group is None or _NAMED.search(text) or WEEKDAY_RANGE.search(text):
        return False
    if not re.search(r"[a-z]", words[: group.start()] + words[group.end() :]):
        return False  # "### Weekend" alone: the weekend's day, as before
    level = nodes[idx].level
    for node in reversed(nodes[:idx]):
        if node.kind != "heading" or node.level >= level:
            continue
        if len(weekdays_of(node)) == 1:
            return True
        level = node.level
    return False
