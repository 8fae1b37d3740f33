"""A weekday heading with its length over one untimed point (`### Sábado (2 horas)` over
`- Proyecto personal`, `## Monday – 2h` over `- Past papers`): the point is what the day's one
block is spent on, so it titles the block, and its own points are the block's items. Two or more
points stay items of a block titled by the weekday."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.blocks import tidy, tidy_emphasis
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.words import WEEKDAYS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock

__all__ = ["lone_point"]

# "[ ] Chapter 3", "[Notes](notes.md)", "https://…": a task or a link, not the activity;
# "Resources:" labels the points under it.
_NOT_ACTIVITY = lazy(r"^\[|https?://|:\s*$")


def lone_point(raw: RawBlock) -> RawBlock:
    """`raw` titled by its one untimed point when its title is a weekday alone; else as it is."""
    if len(raw.items) != 1 or fold(raw.title).strip(" .:") not in WEEKDAYS:
        return raw
    point = raw.items[0]
    text = tidy(tidy_emphasis(point.text))
    if point.more or not any(c.isalpha() for c in text) or _NOT_ACTIVITY.search(text):
        return raw
    if find_duration(text) is not None:
        return raw  # "- 2 Stunden Mathe" is a length, not only a title
    raw.title, raw.items = text, list(point.children)
    return raw
