"""A heading that opens with a start time and holds a length (`### 09:00 - Warm up (15 min)`,
`#### **4:15 AM - Pre-Session (15 min)**`): a block pinned at that time and titled by what
follows it, as the same line in a list is, never `09:00 - Warm up` at no time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.blocks import try_block
from planexport.reader.durations import start_time
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock

__all__ = ["started_heading"]


def started_heading(text: str, raw: RawBlock, ctx: Ctx) -> RawBlock:
    """The block of heading `text` pinned at the start time it opens with, or `raw` as read."""
    if raw.at is not None:
        return raw
    start = start_time(unwrap(text))
    if start is None:
        return raw
    pinned = try_block(start[1], [], raw.line, ctx)
    if pinned is None or pinned.at is not None:
        return raw
    pinned.at = start[0]
    return pinned
