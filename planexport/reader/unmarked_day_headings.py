"""A day heading written without its marks among the plan's day headings: a day of its own.

Plans written as day headings sometimes lose the marks of one of them, most often the last:

    ## Friday
    2.5 hrs Backend
    1.5 hrs Practice

    Saturday
    3 hrs Capstone

A person reads `Saturday` as the next day, not as more of Friday. A paragraph that is only a
weekday's name (perhaps with a colon or a note in brackets: `Saturday (Bootcamp day)`) or only
a numbered day (`Day 5`, `Day 5: Review`) is read as a heading at the level of the day heading
above it, when it names the day right after that one (the next weekday, the next number), that
day's section holds something before it, and something of its own follows it. A weekday in any
other place (`Wednesday` under `## Monday`) stays a line of its day.
"""

from __future__ import annotations

import dataclasses
import re

from planexport.reader.dates import ORDER
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.words import DAY_WORDS, WEEKDAYS, fold

__all__ = ["unmarked_day_headings"]

# A label is one short line, not a sentence.
_LONGEST = 60
# "Saturday", "Saturday:", "Saturday (Bootcamp day)": the name, then perhaps a note.
_WEEKDAY_LABEL = lazy(r"^(?P<name>[^\W\d_][\w-]*)\s*(?:\([^()]*\))?\s*:?$")
# "Day 5", "Day 5:", "Day 5 – Review": the day's word and number, then perhaps a short title.
_NUMBERED = lazy(rf"^{DAY_WORDS}\s*(?P<num>\d{{1,3}})(?:\s*(?:[:.\-–—]\s*\S.*)?)?$", re.I)


def _day_of(text: str) -> str | int | None:
    """The weekday (`"sat"`) or day number a label names, or None when it is no label."""
    plain = unwrap(text).strip()
    if len(plain) > _LONGEST or "\n" in plain:
        return None
    if (match := _WEEKDAY_LABEL.match(plain)) is not None:
        name = fold(match["name"])
        day = WEEKDAYS.get(name)
        return day if day is not None and len(name) >= 3 else None
    if (numbered := _NUMBERED.match(plain)) is not None:
        return int(numbered["num"])
    return None


def _heading_day(text: str) -> str | int | None:
    """The weekday or day number a day heading names (`## Friday`, `### Day 4: Graphs`)."""
    from planexport.reader.day_headings import day_match, weekday_heading

    plain = unwrap(text).strip()
    if (match := weekday_heading(plain)) is not None:
        return WEEKDAYS.get(fold(match["name"]))
    if (numbered := day_match(plain)) is not None and numbered.start() == 0:
        number = re.search(r"\d+", numbered.group(0))
        return int(number.group(0)) if number is not None else None
    return None


def _follows(day: str | int, before: str | int) -> bool:
    """Whether `day` is the day right after `before`: the next weekday, or the next number."""
    if isinstance(day, int) and isinstance(before, int):
        return day == before + 1
    if isinstance(day, str) and isinstance(before, str):
        return ORDER.index(day) == (ORDER.index(before) + 1) % len(ORDER)
    return False


def unmarked_day_headings(nodes: list[Node]) -> list[Node]:
    """The nodes, each unmarked day label right after a day heading's section made a heading."""
    # cheap first: a short paragraph that names a day, and two headings at least
    if not any(
        n.kind == "paragraph" and len(n.text) <= _LONGEST and _day_of(n.text) is not None
        for n in nodes
    ):
        return nodes
    if sum(1 for n in nodes if n.kind == "heading") < 2:  # two day headings at least
        return nodes
    out = list(nodes)
    last: tuple[int, str | int] | None = None  # the last day heading's level and day
    content = False  # whether that day's section holds something yet
    for idx, node in enumerate(nodes):
        if node.kind == "heading":
            day = _heading_day(node.text)
            if day is not None:
                last, content = (node.level, day), False
            elif last is not None and node.level <= last[0]:
                last = None  # a section of another kind: its lines are not the days'
            continue
        if node.kind == "paragraph" and last is not None and content:
            day = _day_of(node.text)
            after = nodes[idx + 1] if idx + 1 < len(nodes) else None
            followed = after is not None and (after.kind != "heading" or after.level > last[0])
            if day is not None and followed and _follows(day, last[1]):
                out[idx] = dataclasses.replace(node, kind="heading", level=last[0])
                last, content = (last[0], day), False
                continue
        content = content or node.kind not in ("hr",)
    return out
