"""A weekday's row in a grid of slot columns (`| Day/Time | 13:00 - 14:00 | 14:00 - 15:00 | … |`
over `| Monday | | ALT 78-618 | ALT 78-618 | ALT 78-618 |`): a class written in each slot it fills
is one class from its first slot's start to its last slot's end, as a person reads the row, not a
block per slot. Its session is the span of the slots it fills (`13:00 - 17:00`), as a slot's
block has its column's span."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock

__all__ = ["joined_slots"]

# A slot column's header, read as the session of its blocks: a clock span and nothing else
# ("13:00 - 14:00", "08-10", "9-10 am", "8h-9h", "14.00–15.30"), its start, dash and end.
_SPAN_ONLY = lazy(
    r"^(?P<start>[\s*_`]*\d{1,2}(?:[:.h][0-5]\d)?\s*(?:[ap]\.?m\.?|h|uhr|uur)?)"
    r"(?P<dash>\s*[-\u2010-\u2015~]\s*)"
    r"(?P<end>\d{1,2}(?:[:.h][0-5]\d)?\s*(?:[ap]\.?m\.?|h|uhr|uur)?[\s*_`]*)$",
    re.IGNORECASE,
)


def joined_slots(blocks: list[RawBlock]) -> list[RawBlock]:
    """`blocks` (one row's, in column order) with each run of the same class in slot columns
    that follow on one another (the next starts where the one before ends, each under a header
    that is its span alone) made one block of their summed length, at the first one's start,
    under the span from the first slot's start to the last one's end."""
    if len(blocks) < 2:
        return blocks
    out: list[RawBlock] = [blocks[0]]
    for raw in blocks[1:]:
        last = out[-1]
        joined = _joined_session(last, raw)
        if joined is not None:
            last.lo += raw.lo
            last.hi += raw.hi
            last.session = joined
            continue
        out.append(raw)
    return out


def _joined_session(last: RawBlock, raw: RawBlock) -> str | None:
    """The session of `last` and `raw` made one block, or None when they are not one class in
    two slots that follow on one another."""
    if (
        raw.title != last.title
        or raw.line != last.line
        or raw.at is None
        or last.at is None
        or raw.lo != raw.hi
        or last.lo != last.hi
        or last.at + last.hi != raw.at
        or raw.items
        or last.items
        or not raw.session
        or not last.session
    ):
        return None
    first, then = _SPAN_ONLY.match(last.session), _SPAN_ONLY.match(raw.session)
    if first is None or then is None:
        return None  # "Morning", "Afternoon": parts of the day, each a block of its own
    return first["start"] + first["dash"] + then["end"]
