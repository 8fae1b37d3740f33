"""A start-only block's own length on a detail line under it (`⏱️ 2h - Obras clave`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.outline import Item

__all__ = ["stated_length"]

# "⏱️ 2h - …", "⌛ 45 min", "Duración: 1h30", "Dauer: 90 Minuten": a line that opens with a length.
_LEAD = lazy(
    r"^[^\w]*(?:(?:duraci[oó]n|dura[cç][aã]o|durata|dur[eé]e|dauer|duur|duration|length|tempo"
    r"|tiempo|time)\s*:?\s*)?(?=\d)",
    re.IGNORECASE,
)


def stated_length(items: list[Item]) -> tuple[int, int] | None:
    """The length a block's first detail lines give it, as (min, max) minutes, or None.

    `**09:00** - Museo del Prado` / `📍 Paseo del Prado` / `⏱️ 2h - Obras clave`: the visit
    lasts two hours, though the next start is at 12:00. Only a line that opens with the length
    (after an emoji or a `Duración:` label) says it; a length inside prose is a detail.
    """
    for item in items[:4]:
        match = _LEAD.match(item.text)
        if match is None:
            continue
        found = find_duration(item.text, match.end())
        if found is None or found.start != match.end() or found.at is not None:
            continue
        return found.lo, found.hi
    return None
