"""A session label with a length of its own over a list where most lines give none
(`**Evening (2 hours)**` over `- Solve Word Ladder`, `- Mock phone screen (45 minutes)`,
`- Write up notes`): the label is one block of its length with the lines as its items, the odd
line's length a detail of that line. Only lines that mostly give lengths are parts of a session
(`**Morning (1 hour)**` over `- Read (20 min)`, `- Practice (40 min)`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.blocks import is_break
from planexport.reader.durations import parse_duration

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock
    from planexport.reader.outline import Node

__all__ = ["lengths_aside"]


def lengths_aside(raw: RawBlock, following: list[Node]) -> bool:
    """Whether the timed lines under the label `raw` are details of its block, not its parts.

    `raw` has a length and no clock time; `following` is the node under it. Its list's lines
    are the block's items when at least as many of them give no length as give one.
    """
    if raw.at is not None or not following or following[0].kind != "list":
        return False
    items = following[0].items
    timed = sum(1 for i in items if parse_duration(i.text) and not is_break(i.text))
    return 0 < timed <= len(items) - timed
