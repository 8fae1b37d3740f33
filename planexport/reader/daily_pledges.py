"""A challenge's pledge of a least time a day, said once before its days (`I will code for at
least an hour every day for the next 100 days.`, `Code a minimum of one hour every day`,
`Practise at least 30 minutes each day`).

The rule of a #100DaysOfCode-style challenge is its days' length: each day that gives no time
of its own is one block that long, as a labelled `Daily time: 1 hour` would give it. Only a
floor pledged for every day counts (`at least`, `a minimum of`, `no less than` before the
length, `every day`, `each day`, `a day`, `per day` right after it); `spend 2 hours on it` or
`an hour on Sundays` is no pledge.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.durations import Found

__all__ = ["pledged_daily"]

# Right before the length: the floor it is.
_FLOOR = lazy(r"(?:\bat\s+least|\ba\s+minimum\s+of|\bminimum\s+of|\bno\s+less\s+than)\s*$", re.I)
# Right after it: for every day.
_EVERY_DAY = lazy(r"\s*(?:every\s*day|each\s+day|a\s+day|per\s+day|daily)\b", re.I)


def pledged_daily(text: str) -> Found | None:
    """The length a line pledges for every day (`for at least an hour every day`), or None."""
    if "day" not in text and "Day" not in text and "daily" not in text:
        return None  # cheap: every pledge says its day
    if "least" not in text and "inimum" not in text and "less than" not in text:
        return None  # nor a floor
    plain = unwrap(text)
    found = find_duration(plain)
    while found is not None:
        if (
            found.at is None
            and _FLOOR.search(plain[: found.start]) is not None
            and _EVERY_DAY.match(plain, found.end) is not None
        ):
            return found
        found = find_duration(plain, found.end)
    return None
