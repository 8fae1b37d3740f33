"""Dutch lengths written first on a list line with a dot and `uur` (`- 1.30 uur Lezen`,
`- 0.45 uur Schrijven`): 1 h 30 min and 45 min, as `- Lezen 1.30 uur` is, not start times of
01:30 and 00:45. Only an hour before six, where no day's agenda starts, and only in a list
whose other lines are not start times rising from the morning on (`- 5.30 uur Opstaan` over
`- 7.00 uur Ontbijt` keeps its start)."""

from __future__ import annotations

import itertools
import re

from planexport.reader.dotted_agendas import list_items
from planexport.reader.lazy import lazy

__all__ = ["dotted_first_lengths"]

# "- 1.30 uur Lezen", "- **0.45 uur** Schrijven", "2. 1.00 uur: Oefenen": hours before six with
# their minutes and `uur`, then words.
_LENGTH_FIRST = lazy(
    r"^(?P<head>\s*(?:[-*+]|\d{1,2}[.)])\s+[*_]*)(?P<h>0?[0-5])\.(?P<m>[0-5]\d)\s*uur\.?"
    r"(?=[*_]*\s*(?:[:\-–—|]\s*)?[*_]*[^\W\d_])",
    re.IGNORECASE,
)
# "- 7.00 uur Ontbijt", "- 9:00 Lezen", "1. **8.30** Koffie": any start first on a list line.
_START_FIRST = lazy(
    r"^\s*(?:[-*+]|\d{1,2}[.)])\s+[*_]*(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)(?![\d.,])"
)
_FENCE = lazy(r"^\s{0,3}(```|~~~)")
_MORNING = 6 * 60


def dotted_first_lengths(text: str) -> str:
    """The text with each such length written `1 uur 30 min`, `45 min`; every other line
    stays as written, code blocks too."""
    if "uur" not in text.lower():
        return text
    lines = text.split("\n")
    fenced: list[bool] = []
    inside = False
    for line in lines:
        fence = _FENCE.match(line) is not None
        inside = inside != fence
        fenced.append(inside or fence)
    for items in list_items(lines, fenced):
        lengths = {n: m for n in items if (m := _LENGTH_FIRST.match(lines[n])) is not None}
        if not lengths or _agenda([n for n in items if n not in lengths], lines):
            continue
        for n, m in lengths.items():
            lines[n] = f"{m['head']}{_written(int(m['h']), int(m['m']))}{lines[n][m.end() :]}"
    return "\n".join(lines)


def _agenda(others: list[int], lines: list[str]) -> bool:
    """Whether the other lines of the list open with start times, all from the morning on
    and rising: then the one before six is the day's early start."""
    found = [m for n in others if (m := _START_FIRST.match(lines[n])) is not None]
    times = [int(m["h"]) * 60 + int(m["m"]) for m in found]
    return (
        bool(times) and times[0] >= _MORNING and all(a <= b for a, b in itertools.pairwise(times))
    )


def _written(hours: int, minutes: int) -> str:
    if not hours:
        return f"{minutes} min"
    return f"{hours} uur {minutes} min" if minutes else f"{hours} uur"
