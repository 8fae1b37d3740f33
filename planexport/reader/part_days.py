"""One day written in parts of the day (`## Morning` / `## Afternoon` / `## Evening`, each over
timed headings such as `### 05:45 - 06:45: Fitness focus`): the parts are that day's, not the
first part a day of its own with the others left in no day."""

from __future__ import annotations

from planexport.reader.blocks import session_name
from planexport.reader.outline import Node

__all__ = ["parts_day"]


def _heading_above(nodes: list[Node], idx: int, level: int) -> int | None:
    """The nearest heading before `idx` above `level`."""
    return next(
        (
            j
            for j in range(idx - 1, -1, -1)
            if nodes[j].kind == "heading" and nodes[j].level < level
        ),
        None,
    )


def parts_day(nodes: list[Node], idx: int) -> tuple[int, int, int] | None:
    """For the section of the timed heading at `idx` whose parent is a part of the day among
    sibling parts (two at least, every heading at their level between the first and the last
    one a part): the first part, where the day starts (titled by the heading above the parts,
    which stays the plan's title), the parts' level and where the day ends (with the last
    part's section); else None, and the day is the timed heading's section as before."""
    parent = _heading_above(nodes, idx, nodes[idx].level)
    if parent is None or session_name(nodes[parent].text) is None:
        return None
    level = nodes[parent].level
    top = _heading_above(nodes, parent, level)
    start = 0 if top is None else top + 1
    end = next(
        (
            j
            for j in range(parent + 1, len(nodes))
            if nodes[j].kind == "heading" and nodes[j].level < level
        ),
        len(nodes),
    )
    siblings = [
        j for j in range(start, end) if nodes[j].kind == "heading" and nodes[j].level == level
    ]
    parts = [j for j in siblings if session_name(nodes[j].text) is not None]
    if (
        len(parts) < 2
        or siblings[siblings.index(parts[0]) : siblings.index(parts[-1]) + 1] != parts
    ):
        return None
    if any(nodes[j].kind == "heading" for j in range(start, parts[0])):
        return None  # "## Overview" before "## Morning": the parts are not all the section holds
    last = next(
        (
            j
            for j in range(parts[-1] + 1, len(nodes))
            if nodes[j].kind == "heading" and nodes[j].level <= level
        ),
        len(nodes),
    )
    return parts[0], level, last  # "## Tips" after "## Evening": no part of the day
