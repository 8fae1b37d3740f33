"""Weeks written as list items over their days (`- **Week 1**` over `  - Day 1: Tour of Go
(1.5h)`, `  - Day 2: …`): each week a heading of its own over its days, as `## Week 1` over the
same lines reads."""

from __future__ import annotations

import re
from dataclasses import replace

from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.words import WEEK_WORDS

__all__ = ["week_items"]

# "Week 1", "**Week 2 – Interfaces**", "Semana 3:", "Weeks 3-4": a week by its number, first.
_WEEK = lazy(rf"^[*_\s]*{WEEK_WORDS}\s*\d{{1,2}}(?:\s*[-–—]\s*\d{{1,2}})?(?!\d)", re.IGNORECASE)


def week_items(nodes: list[Node]) -> list[Node]:
    """`nodes` with each list whose every item is a week with nested lines, at least one of
    them a day (`Day 1: …`, `Monday: …`), written as a heading per week over its lines."""
    if not any(node.kind == "list" and _weeks(node) for node in nodes):
        return nodes
    out: list[Node] = []
    level = 1
    for node in nodes:
        if node.kind == "heading":
            level = node.level
        if node.kind != "list" or not _weeks(node):
            out.append(node)
            continue
        for item in node.items:
            out.append(Node("heading", item.line, level=min(level + 1, 6), text=item.text))
            out.append(replace(node, line=item.children[0].line, items=item.children))
    return out


def _weeks(node: Node) -> bool:
    return all(
        item.children and _WEEK.match(unwrap(item.text)) is not None for item in node.items
    ) and any(_day(child.text) for item in node.items for child in item.children)


def _day(text: str) -> bool:
    """Whether a line names a day: `Day 1: …`, `Monday: …`, `Tue: …` (`Tue (1h): …` is written
    `Tue: … (1h)` by then, see `weekday_length_labels`)."""
    from planexport.reader.day_headings import day_match, weekday_item
    from planexport.reader.weekday_abbrevs import _LEAD, weekdays_named

    plain = unwrap(text)
    if day_match(plain) is not None or weekday_item(plain) is not None:
        return True
    lead = _LEAD.match(plain)
    return lead is not None and bool(weekdays_named(lead["names"]))
