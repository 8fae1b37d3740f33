"""Routines of a day under titles that name no day (`# Weekend Routine` over `## 6:00 AM` /
`1. Wake up` …, then `# Workday Routine` over its own clock headings): a day template each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.days import DaySpan
from planexport.reader.durations import find_duration, start_time
from planexport.reader.outline import unwrap
from planexport.reader.unread_headings import unread_sections

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["routine_days"]

# What may stand in a routine besides its clock headings: a rule, a line of prose.
_ASIDE = frozenset(("hr", "paragraph", "quote", "html"))


def routine_days(nodes: list[Node], spans: list[DaySpan], lines: list[str]) -> list[DaySpan] | None:
    """A day for each sibling heading that a plan read as one day would leave unread, when each
    of them holds an agenda written in clock headings (`## 6:00 AM`, `### 17h00 — Cérémonie`)
    and nothing else timed: routines of a day (`# Weekend Routine`, `# Workday Routine`), each
    a day titled by its heading, as a weekday's plan is. None when the plan is not so written:
    the headings are days the reader cannot name, and the refusal says so."""
    sections = unread_sections(nodes, spans)
    if sections is None:
        return None
    days: list[DaySpan] = []
    for number, (head, end) in enumerate(sections, start=1):
        node = nodes[head]
        inside = nodes[head + 1 : end]
        if any(not _aside(n, node.level) and not _from_headings(n, lines) for n in inside):
            return None
        if not any(_from_headings(n, lines) and len(n.items) >= 2 for n in inside):
            return None
        days.append(DaySpan(head, end, node.line, [number], unwrap(node.text), node.level))
    return days


def _aside(node: Node, level: int) -> bool:
    """Whether a node may stand in a routine besides its agenda: a rule, prose, a list or a
    heading under the routine's; no timed line (`## Notes`, `- drink water`)."""
    if node.kind == "heading":
        return node.level > level  # "## 24:00 PM" among the clock headings: the day warns it
    if node.kind not in (*_ASIDE, "heading", "list"):
        return False
    return not any(_timed(text) for text in (node.text, *(item.text for item in node.items)))


def _from_headings(node: Node, lines: list[str]) -> bool:
    """Whether a list is an agenda read from clock headings: each of its lines a start or span
    written as a heading of the plan (`## 6:00 AM` over `1. Wake up`)."""
    if node.kind != "list" or not node.items:
        return False
    return all(
        _timed(item.text) and 0 < item.line <= len(lines) and _heading_line(lines[item.line - 1])
        for item in node.items
    )


def _heading_line(text: str) -> bool:
    return text.lstrip().startswith("#")


def _timed(text: str) -> bool:
    if start_time(text) is not None:
        return True
    found = find_duration(text)
    return found is not None and found.at is not None
