"""A heading that names two weekdays as a choice (`### Saturday/Sunday - Review`, `### Sábado/
Domingo - Revisão`) over untimed lines: one day, the first of the two, not a group that holds
them on both. Over timed lines (`### Sat/Sun` over `- 09:00–11:00 Long run`) both days hold
them, as before."""

from __future__ import annotations

import re

from planexport.reader.day_headings import WEEKDAY_NAMES
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap

__all__ = ["either_day"]

# "Saturday/Sunday", "Sáb / Dom" at the start of the heading, after any emoji.
_CHOICE = lazy(rf"^[^\w]*(?:{WEEKDAY_NAMES})\.?\s*/\s*(?:{WEEKDAY_NAMES})\.?(?!\w)", re.IGNORECASE)


def either_day(nodes: list[Node], idx: int, names: list[str]) -> list[str]:
    """The weekdays heading `idx` is the day of: the first of `names` alone when the heading
    offers two weekdays as a choice over lines that give no time, else `names`."""
    from planexport.reader.sections import timed

    if len(names) != 2 or not _CHOICE.match(unwrap(nodes[idx].text)):
        return names
    level = nodes[idx].level
    end = next(
        (j for j in range(idx + 1, len(nodes)) if nodes[j].kind == "heading"),
        len(nodes),
    )
    if end < len(nodes) and nodes[end].level > level:
        return names  # "### Sat/Sun" over "#### Morning": sections of the days
    return names if timed(nodes[idx + 1 : end]) else names[:1]
