"""A timed line over timed lines in its span (`**Evening** (~19:00-21:30):`) is their session."""

from __future__ import annotations

import re

from planexport.reader.blocks import RawBlock, session_name, tidy
from planexport.reader.durations import find_duration
from planexport.reader.outline import Item, unwrap

__all__ = ["parent_session"]

# An approximate span ("~19:00-21:30") may be a little shorter than the lines it holds.
_SLACK = 30


def parent_session(raw: RawBlock, item: Item) -> str | None:
    """The session a timed list line names when its nested lines are the blocks, else None.

    `- **Evening** (After commute, ~19:00-21:30):` over `- 19:00-20:00: Calculus` and
    `- 20:00-21:30: Linear algebra`: the nested lines have clock times of their own inside its
    span, so they are the blocks and it is only when they happen (session `Evening`).
    """
    if raw.at is None or not item.children:
        return None
    inside = 0
    for child in item.children:
        found = find_duration(child.text)
        if found is None:
            continue
        if found.at is None:
            return None  # "- Reading (30 min)": a part of the block, not a block of its own
        start = (found.at - raw.at) % (24 * 60)
        if start + found.lo > raw.hi + _SLACK:
            return None  # outside the span: not what the line groups
        inside += 1
    if inside < 2 and inside < len(item.children):
        return None  # one timed line among untimed ones: the block's part
    name = session_name(item.text)
    if name is not None:
        return name
    # "14:00 - 18:00: [Plenary](…)<br/>Presentations from each group": the line's title, without
    # its time, the link's brackets or the sentence on the line after it.
    title = tidy(raw.title)
    head, _, rest = title.partition(" / ")
    if head and len(rest.split()) >= 3:
        title = head
    return title or tidy(re.sub(r"\([^)]*\)", " ", unwrap(item.text))) or None
