"""Weeks named by a plain line over their timed list (`Week 1 Introduction 12.hrs` over
`- [x] Module 1 Overview (5 min)`, no heading marks): each line a week's heading."""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node
from planexport.reader.words import WEEK_WORDS

__all__ = ["week_lines"]

# "Week 1 Introduction 12.hrs", "**Week 3** Cloud Applications | 10 hours", "Semana 2": a line
# that starts with one week's number ("Weeks 1-2" is a range, not one week).
_WEEK_LINE = lazy(
    rf"^[*_]*{WEEK_WORDS}\s*\d{{1,2}}\b(?!\s*[-–—]\s*\d)(?:[^\n]{{0,100}})$", re.IGNORECASE
)


def week_lines(nodes: list[Node]) -> list[Node]:
    """The nodes, with each line that names a week right over a list with a length in it made
    a heading one level below the section it is in, when two lines or more are such weeks; the
    nodes as they are otherwise (a plan of week headings is read by those headings)."""
    found = [
        idx
        for idx, node in enumerate(nodes)
        if node.kind == "paragraph"
        and "\n" not in node.text
        and idx + 1 < len(nodes)
        and nodes[idx + 1].kind == "list"
        and _WEEK_LINE.match(node.text)
        and any(find_duration(item.text) for item in nodes[idx + 1].items)
    ]
    if len(found) < 2:
        return nodes
    out: list[Node] = []
    level = 1
    for idx, node in enumerate(nodes):
        if node.kind == "heading":
            level = node.level
        if idx in found:
            out.append(Node("heading", node.line, level=min(level + 1, 6), text=node.text))
        else:
            out.append(node)
    return out
