"""A numbered problem whose name starts with `Min` (`155 Min Stack`, `LC 746 Min Cost Climbing
Stairs`, `[1584 Min Cost to Connect All Points](…)`): the problem's number and its name, not a
length of 155 minutes. Only a number of three or four digits (or one after `LC`, `#`,
`LeetCode`) before `Min` in capitals and a capitalized word: `30 Min Quiz` stays a length."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.durations import Found

__all__ = ["named_problem"]

_NAMED = lazy(r"^(?P<num>\d{1,4})\s+Min$")
_NEXT = lazy(r"^\s+[A-Z]")
_SITE = lazy(r"(?:\bLC|\bleetcode|#)\s*$", re.IGNORECASE)


def named_problem(text: str, found: Found) -> bool:
    """Whether the length `found` in `text` is a problem's number and the first word of its
    name (`155 Min Stack`)."""
    match = _NAMED.match(found.text.strip())
    if match is None or _NEXT.match(text[found.end :]) is None:
        return False
    return len(match["num"]) >= 3 or _SITE.search(text[: found.start]) is not None
