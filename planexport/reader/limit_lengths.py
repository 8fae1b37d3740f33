"""A length that is a setting's limit inside a point, not something to do for that long: after
its word (`Lambda timeout 15 min`, `max runtime: 2 h`), or written last after a point's other
facts (`serverless, pay per invocation, 15-min max`). A cap on what a line does (`Email (30 min
max)`, `Reading (max. 2 h)`, `Social media, 30 min max`), a mock exam's `time limit of 45
minutes` and `warm-up = 10 min` stay that line's length."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.durations import Found

__all__ = ["limit_length"]

# The cheap literal test: a plan's line must hold one of these for the patterns to run.
_STEMS = ("max", "limit", "timeout")
# "timeout 30 min", "max runtime: 2 h": a setting's limit (a mock exam's "time limit of 45
# minutes" is how long it lasts, a child's "time-out (5 min)" a break: no limit here)
_LIMIT_BEFORE = lazy(
    r"(?:\btimeouts?|\bmax(?:imum)?\s+(?:runtime|execution\s+time|run\s+time))"
    r"\s*(?:of|is|:|=)?\s*[~≈]?\s*$",
    re.IGNORECASE,
)
# ", 15-min max", ", 30 minutes maximum": the last of a point's facts after a comma
_LIMIT_AFTER = lazy(r"^\s*(?:max(?:imum)?|limit)\b\.?\s*[,;.]?\s*$", re.IGNORECASE)


def limit_length(text: str, found: Found) -> bool:
    """Whether the length `found` in `text` is a limit or a fact, not the line's length."""
    low = text.lower()
    if not any(stem in low for stem in _STEMS):
        return False
    before, after = text[: found.start], text[found.end :]
    if _LIMIT_BEFORE.search(before):
        return True
    # "serverless, pay per invocation, 15-min max": the last of a list of facts, the word alone
    # after it ("Social media, 30 min max" is a line's cap: its length)
    return (
        bool(_LIMIT_AFTER.match(after))
        and before.rstrip().endswith(",")
        and (before.count(",") >= 2)
    )
