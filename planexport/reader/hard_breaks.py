"""A start-time line with hard-broken detail lines under it (`📍 address`, `⏱️ 2h`): lines apart."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.outline import clean

__all__ = ["broken_lines"]

# "**09:00** - Museo del Prado", "09:00 Museo", "_9:30_ Talk": a line that starts at a clock time.
_STARTS = lazy(r"^[^\w]{0,4}\d{1,2}[:.h][0-5]\d(?!\d)", re.IGNORECASE)


def broken_lines(content: str) -> list[str] | None:
    """The lines of a paragraph that starts at its own clock time and breaks its lines hard.

    `**09:00** - Museo del Prado␣␣` / `📍 Paseo del Prado, s/n␣␣` / `⏱️ 2h - Obras clave`: the
    writer ended each line on purpose; the address, the price and the visit's length are notes
    of the 09:00 line, not words of its title. None unless the first line starts with a clock
    time and ends in a hard break (two spaces or a backslash).
    """
    lines = content.split("\n")
    if len(lines) < 2 or not _STARTS.match(lines[0]):
        return None
    if not (lines[0].endswith("  ") or lines[0].endswith("\\")):
        return None
    return [clean(part.rstrip("\\ ")) for part in lines if part.strip()]
