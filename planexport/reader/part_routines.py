"""A part-of-day section before weekend ones (`## Evening Schedule (7:00 PM - 10:00 PM)` then
`## Weekend Schedule (Saturday/Sunday)`): the other days' routine, Monday to Friday, its part of
the day the session of its lines."""

from __future__ import annotations

import re

from planexport.reader.blocks import session_name, tidy
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.words import DAY_WORDS

__all__ = ["part_routine", "part_routines"]

_WEEKEND = frozenset(("sat", "sun"))


def part_routines(nodes: list[Node]) -> list[Node]:
    """The nodes, with the part-of-day sections that come before headings of weekend days
    only, at their level, made one routine of the weekdays (see `part_routine`): a `session`
    node naming each part stands before its lines, as when a section stands alone, and the
    first heading, titled by the parts (`Morning / Evening`), holds them all.

    A plan with a heading of a weekday from Monday to Friday is read as before.
    """
    parts = [i for i, n in enumerate(nodes) if n.kind == "heading" and session_name(n.text)]
    if not parts:
        return nodes
    from planexport.reader.day_headings import weekdays_of

    named = [(i, weekdays_of(n)) for i, n in enumerate(nodes) if n.kind == "heading"]
    days = [(i, names) for i, names in named if names]
    if not days or any(not set(names) <= _WEEKEND for _, names in days):
        return nodes
    if _numbered_days(nodes):
        return nodes  # "**Days 1-2: Videos**" … then "## Daily Study Routine": each day's parts
    first, _ = days[0]
    level = nodes[first].level
    before = [i for i in parts if i < first and nodes[i].level == level]
    if not before or any(
        n.kind == "heading" and n.level <= level and i not in before
        for i, n in enumerate(nodes[before[0] : first], start=before[0])
    ):
        return nodes  # "## Evening" then "## Notes" then "## Weekend": not one routine
    out = nodes[: before[0]]
    for i in before:
        head = nodes[i]
        name = tidy(re.sub(r"\([^)]*\)", "", unwrap(head.text))) or session_name(head.text) or ""
        if i == before[0]:
            text = head.text if len(before) == 1 else " / ".join(_names(nodes, before))
            out.append(Node("heading", head.line, level=head.level, text=text))
        out.append(Node("session", head.line, text=name))
        out.extend(nodes[i + 1 : next((j for j in before if j > i), first)])
    return [*out, *nodes[first:]]


# "**Days 1-2: Videos**", "### Day 3 – Review": a numbered day of the plan, not a weekday.
_NUMBERED_DAY = lazy(rf"^[*_]*{DAY_WORDS}\s*\d+\b", re.IGNORECASE)


def _numbered_days(nodes: list[Node]) -> bool:
    """Whether the plan has two numbered days or more, as headings or bold lines."""
    found = 0
    for node in nodes:
        if node.kind in ("heading", "paragraph") and _NUMBERED_DAY.match(node.text):
            found += 1
            if found == 2:
                return True
    return False


def _names(nodes: list[Node], heads: list[int]) -> list[str]:
    return [tidy(re.sub(r"\([^)]*\)", "", unwrap(nodes[i].text))) or nodes[i].text for i in heads]


def part_routine(nodes: list[Node], idx: int) -> bool:
    """Whether the heading at `idx` is a part-of-day routine `part_routines` marked."""
    return (
        idx + 1 < len(nodes)
        and nodes[idx + 1].kind == "session"
        and nodes[idx + 1].line == nodes[idx].line
    )
