"""A table of timed rows under a bold label with its own length (`**Morning (2.5 hrs) - New
Problems:**` over `| 1 | 3Sum Closest | Medium | 30 min |`): the rows are inside the label's
block, as a list under it is, not more time beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import Item

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock
    from planexport.reader.outline import Node

__all__ = ["drop_table_label", "rows_inside"]


def rows_inside(current: RawBlock | None, rows: list[RawBlock]) -> bool:
    """Whether the table's rows fit in the block above them, which then takes them as items
    (`3Sum Closest (30 min)`); rows with a time of day, or longer than it, are blocks of their
    own."""
    if current is None or current.at is not None or not rows:
        return False
    if any(raw.at is not None for raw in rows) or sum(raw.hi for raw in rows) > current.hi:
        return False
    for raw in rows:
        length = f"{raw.hi} min" if raw.lo == raw.hi else f"{raw.lo}–{raw.hi} min"
        current.items.append(Item(f"{raw.title} ({length})", raw.line))
    return True


# "**Problems:**", "__Exercises:__": a bold label that only names the table below it.
_LABEL_ONLY = lazy(r"^(\*\*|__)[^*_]{1,40}:\1$|^(\*\*|__)[^*_]{1,40}\2:$")


def drop_table_label(nodes: list[Node], idx: int, notes: list[str]) -> None:
    """Leave out of the day's notes a bold label (`**Problems:**`) whose table, just below it,
    was read as the day's blocks: it named them, and says nothing of its own."""
    above = nodes[idx - 1] if idx > 0 else None
    if above is None or above.kind != "paragraph" or not notes or notes[-1] != above.text:
        return
    if _LABEL_ONLY.match(above.text.strip()):
        notes.pop()
