"""Labels over a list under a day's block: a bold label of points under a step heading with
its length is a part of the step, a label of notes (`**Notas logísticas:**`) is not.

In a curriculum's day, `### 1. Learn (40–60 minutes)` over `**Concepts:**` over its points, then
`**Read/Watch:**` over its own: each label is a part of the step's block, its points the part's
items, as the parts of a block with a clock time are; without it they were the day's notes and
the step had no items."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import is_aside
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.phase_subtitles import phase_subtitle
from planexport.reader.prose_lengths import is_advice

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock
    from planexport.reader.outline import Node

__all__ = ["aside_label", "within"]

# "**Concepts:**", "**Read/Watch:**", "__Practice__:": a short bold label that opens points.
_LABEL = lazy(r"^\s*(?:\*\*|__)[^*_\n]{1,40}?:?(?:\*\*|__)\s*:?\s*$")


def within(nodes: list[Node], idx: int, current: RawBlock) -> bool:
    """Whether the paragraph at `idx` may be a part of the block `current` above it: any when
    the block has a clock time; a bold label over a list when the block is a heading's."""
    if current.at is not None:
        return True
    if phase_subtitle(nodes, idx, current):
        return True  # "### 2. Pair work (15 min)" over "**Practice phase**" over its steps
    text = nodes[idx].text
    if ":" not in text or _LABEL.match(text) is None or find_duration(text) is not None:
        return False
    if idx + 1 >= len(nodes) or nodes[idx + 1].kind != "list":
        return False
    heads = [n for n in nodes[:idx] if n.kind == "heading"]
    return bool(heads) and heads[-1].line == current.line and bool(re.search(r"\w", text))


def aside_label(nodes: list[Node], idx: int) -> bool:
    """Whether a paragraph is a short label of notes over a list (`**Notas logísticas:**`)."""
    text = nodes[idx].text
    following = nodes[idx + 1 : idx + 2]
    # "**Note**: … (120 min) door:" over its reasons: a remark, the list below it too.
    return (
        (is_advice(text) and text.rstrip(" *_").endswith(":"))
        or (len(text) <= 40 and is_aside(text) and find_duration(text) is None)
    ) and (bool(following) and following[0].kind == "list")
