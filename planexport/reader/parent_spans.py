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
    # "14:00 - 18:00: [Plenary](…)<br/>Presentations from each group": a linked line's title,
    # without its time, the link's brackets and address, or the sentence after its line break.
    title = tidy(raw.title) if "](" in item.text else ""
    head, _, rest = title.partition(" / ")
    if head and len(rest.split()) >= 3:
        title = head
    return title or tidy(_without_span(item.text)) or tidy(raw.title) or None


def _without_span(text: str) -> str:
    """A line without its brackets and the clock span it starts with (`13:00 - 15:00: Maths`)."""
    label = re.sub(r"\([^)]*\)", " ", unwrap(text))
    found = find_duration(label)
    if found is not None and found.at is not None and not label[: found.start].strip(" *_`"):
        label = label[found.end :].lstrip(" :|*_`-\u2013\u2014")
    return label
