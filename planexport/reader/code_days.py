"""A day heading whose only content is a timetable in a code block (`### Monday` over a fenced
block of `06:00 - 07:00: Morning study` lines): the block is that day's timetable, not a
template of one."""

from __future__ import annotations

from planexport.reader.code_agenda import is_timetable
from planexport.reader.outline import Node

__all__ = ["code_timetable"]


def code_timetable(below: list[Node]) -> bool:
    """Whether the nodes under a day heading start with a code block of clock spans, the only
    code block there (a block of other text, or a single line, stays a template)."""
    codes = [node for node in below if node.kind == "code"]
    return bool(below) and len(codes) == 1 and below[0] is codes[0] and is_timetable(codes[0])
