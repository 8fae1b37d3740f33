"""A heading with a clock span over sub-headings with no time of their own (`## 🕗 8:00 PM – 8:15
PM (15 min): Warm-up` over `### Ladder 11` and `#### Problem 1: Strings`, each over points such
as `- **Time Limit:** 7 minutes`): one block of its span, the sub-headings its parts."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import is_aside, is_break, session_name
from planexport.reader.durations import find_duration, start_time
from planexport.reader.outline import Item, every_item

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock
    from planexport.reader.durations import Found
    from planexport.reader.outline import Node

__all__ = ["drop_frame", "span_part", "sub_headed_span"]


def _clocked(text: str) -> bool:
    found = find_duration(text)
    return (found is not None and found.at is not None) or start_time(text) is not None


def _lengths(node: Node) -> list[Found] | None:
    """The lengths the points of a list mention, or None when one of them has a clock time."""
    out: list[Found] = []
    for item in every_item(node.items):
        if _clocked(item.text):
            return None
        found = find_duration(item.text)
        if found is not None and not is_break(item.text):
            out.append(found)
    return out


def sub_headed_span(text: str, found: Found | None, below: list[Node]) -> bool:
    """Whether a heading with a clock span and a title of its own is one block whose sections
    are its parts: right below it a heading, no line under it with a time of day or a heading
    with a length, and the lengths its points mention (`Time Limit: 7 minutes`) together no
    longer than its span. A part of the day (`## Morning (9:00 - 12:00)` over `### Maths`)
    groups what its sections hold instead."""
    if found is None or found.at is None or not below or below[0].kind != "heading":
        return False
    name = session_name(text)
    if name is not None and not re.search(r"\d", name):
        return False
    total = 0
    for node in below:
        if node.kind in ("table", "code", "session"):
            return False
        if node.kind == "heading" and find_duration(node.text) is not None:
            return False  # "### Part 1 (30 min)": a block of its own
        if node.kind == "paragraph" and _clocked(node.text):
            return False
        if node.kind == "list":
            lengths = _lengths(node)
            if lengths is None:
                return False
            total += sum(f.lo for f in lengths)
    return total <= found.hi


def span_part(node: Node, level: int | None) -> Item | None:
    """The part a heading below a sub-headed span block (at `level`) makes of it, else None."""
    if level is None or node.kind != "heading" or node.level <= level or is_aside(node.text):
        return None  # "## Notes" under it: the day's notes, as before
    return Item(node.text, node.line)


def drop_frame(blocks: list[RawBlock]) -> list[RawBlock]:
    """The blocks without a first one that only frames the others: `## Date: Today | Time: 8:00
    PM - 11:00 PM` over nothing of its own, then at least two blocks with clock times that fill
    its span, the first starting when it starts and the last ending when it ends. A block that
    another happens inside (`Exposición` from 10:00 to 15:00, `Votación` at 12:00) stays."""
    first = blocks[0] if blocks else None
    if first is None or first.at is None or first.items or first.note:
        return blocks
    spans = [(b.at, b.at + b.hi) for b in blocks[1:] if b.at is not None]
    end = first.at + first.hi
    if len(spans) < 2 or any(lo < first.at or hi > end for lo, hi in spans):
        return blocks
    if spans[0][0] != first.at or max(hi for _, hi in spans) != end:
        return blocks
    return blocks[1:]
