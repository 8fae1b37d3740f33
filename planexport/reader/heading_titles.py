"""A line with only a clock span (`- 9:00-10:00`) under a heading that names an activity (`### Deep
work`), not a part of the day nor a day: a block titled by that heading, not `Block`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import is_aside, is_break, session_name, tidy
from planexport.reader.durations import find_duration
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock
    from planexport.reader.outline import Item, Node

__all__ = ["heading_titles"]


def heading_titles(blocks: list[RawBlock], nodes: list[Node]) -> None:
    """Title the blocks of span-only lines in `nodes` (titled `Block`, with no session to take a
    title from) by the heading right above them, when every timed line under that heading is
    such a line and the heading has no time or length of its own and names no part of the day,
    no day, no break and no section of notes: `## Schedule` over `- 9:00-10:00` and `- 10:00-11:00
    Math` keeps its `Block`."""
    headings = [n for n in nodes if n.kind == "heading"]
    under: dict[int, list[RawBlock]] = {}
    for raw in blocks:
        above = [n.line for n in headings if n.line < raw.line]
        if above:
            under.setdefault(above[-1], []).append(raw)
    for heading in headings:
        group = under.get(heading.line, [])
        if not group or not all(_span_only(raw, nodes) for raw in group):
            continue
        title = tidy(re.sub(r"[*_]{2}", "", unwrap(heading.text)))
        if title and _names_activity(title):
            for raw in group:
                raw.title = title


def _span_only(raw: RawBlock, nodes: list[Node]) -> bool:
    """Whether a block is a line that gave only its span (`- 9:00-10:00`, not `- 9:00-10:00
    Block`), with no session to take its title from."""
    if raw.title != "Block" or raw.at is None or raw.session is not None:
        return False
    text = _line_text(nodes, raw.line)
    return text is not None and "block" not in text.lower()


def _names_activity(title: str) -> bool:
    from planexport.reader.day_headings import day_match, weekday_heading

    return not (
        find_duration(title) is not None
        or session_name(title) is not None
        or is_aside(title)
        or is_break(title)
        or day_match(title)
        or weekday_heading(title)
    )


def _line_text(nodes: list[Node], line: int) -> str | None:
    """The text of the paragraph or list item on `line`, nested items included."""
    for node in nodes:
        if node.kind == "paragraph" and node.line == line:
            return node.text
        stack: list[Item] = list(node.items) if node.kind == "list" else []
        while stack:
            item = stack.pop()
            if item.line == line:
                return item.text
            stack.extend(item.children)
    return None
