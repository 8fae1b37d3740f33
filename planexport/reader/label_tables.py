"""A table of timed rows under a bold label with its own length (`**Morning (2.5 hrs) - New
Problems:**` over `| 1 | 3Sum Closest | Medium | 30 min |`): the rows are inside the label's
block, as a list under it is, not more time beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.outline import Item

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock

__all__ = ["rows_inside"]


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
