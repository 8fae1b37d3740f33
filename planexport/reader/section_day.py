"""Section headings that are no days (`## 1. Requirements`, `## 2. Daily Schedule`) over one
agenda: a plan of one day, the agenda's section."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.code_agenda import timetable_lines
from planexport.reader.time_starts import starts_timed

if TYPE_CHECKING:
    from collections.abc import Sequence

    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["agenda_lines", "lone_agenda", "remark_only"]

# An agenda is this many lines that start with a time of day ("wake at 7:00" in a sentence is
# a remark, and so is a lone "**Duration:** 9:00 a.m. to 5:00 p.m.").
_AGENDA = 3


def agenda_lines(node: Node) -> int:
    """How many lines of `node` start with a time of day: list items, table rows, a heading."""
    if node.kind == "list":
        return sum(starts_timed(item.text) for item in node.items)
    if node.kind == "table":
        return sum(any(starts_timed(cell) for cell in row) for row in node.rows[1:])
    if node.kind in ("heading", "paragraph"):
        return int(starts_timed(node.text))
    if node.kind == "code":
        return timetable_lines(node)  # "```" over "06:00 Wake up", "06:30 Gym"
    return 0


def lone_agenda(nodes: Sequence[Node], sections: Sequence[tuple[int, int]]) -> bool:
    """Whether exactly one of the sections `(heading index, end)` is an agenda and the others
    only mention a time in a sentence (`Runs daily from 9:00 a.m. to 5:00 p.m.`): section
    headings over one day, not the days of headings the reader cannot name."""
    agendas = [sum(agenda_lines(n) for n in nodes[head + 1 : end]) for head, end in sections]
    return sum(1 for count in agendas if count) == 1 and max(agendas) >= _AGENDA


def remark_only(nodes: Sequence[Node], span: DaySpan) -> bool:
    """Whether the section chosen as a plan's one day holds times only inside sentences, so that
    an agenda elsewhere in the file is the day."""
    return not any(agenda_lines(n) for n in nodes[max(span.start, 0) : span.end])
