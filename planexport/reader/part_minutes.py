"""Lengths in parts of a minute (`Plannen (1.5 min)`, `Ronde (3,5 Min.)`, `Plank 1:30 min`):
whole minutes that keep the sum.

The model counts whole minutes. Each such length is rounded so that the lengths up to it add
up to their written sum, rounded: `2 min`, `1.5 min`, `3.5 min`, `3 min` are 2, 2, 3 and 3,
ten minutes in all as written, not 2, 2, 4, 3. A length is one minute at least, so a half
minute may add one (`2,5 Min.`, `0,5 Min.`: 3 and 1). One warning names the lines and both
sums.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.minute_seconds import mss_value
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock

__all__ = ["part_minutes", "whole_minutes"]

# "1.5 min", "(3,5 Min.)", "2.5 minutes", "1,5 minuten", "0.5 minutos": a decimal of minutes;
# "1:30 min", "0:45 minutos": minutes and seconds (`minute_seconds`);
# "1.80 m" is a height, not a length of time: a bare "m" is no unit here
_PART = lazy(
    r"\(?\s*(?:~|ca\.?\s*)?(?P<whole>\d{1,3})(?P<sep>[.,:])(?P<part>\d{1,2})\s*(?P<unit>[^\W\d_]+)\.?\s*\)?"
)
_MINUTES = frozenset(("mn", "min", "mins", "minute", "minutes", "minuten", "minuto",
                      "minutos", "minuti", "minut"))  # fmt: skip


def part_minutes(text: str, lo: int, hi: int) -> float | None:
    """The minutes a length written as `text` says, when they are a part of a minute that was
    rounded to `lo` (= `hi`); None for whole minutes, hours or a range."""
    match = _PART.fullmatch(text.strip())
    if match is None or lo != hi or fold(match.group("unit")) not in _MINUTES:
        return None
    if match.group("sep") == ":":
        minutes = mss_value(match.group("whole"), match.group("part"))
    else:
        minutes = float(f"{match.group('whole')}.{match.group('part')}")
    if minutes == int(minutes) or abs(minutes - lo) >= 1:
        return None
    return minutes


def whole_minutes(blocks: list[RawBlock], ctx: Ctx) -> list[RawBlock]:
    """`blocks` with each length in parts of a minute made whole so the sum stays as written."""
    if not any(raw.exact is not None for raw in blocks):
        return blocks
    written = 0.0
    made = 0
    changed: list[str] = []
    for raw in blocks:
        written += raw.exact if raw.exact is not None else raw.lo
        if raw.exact is not None:
            minutes = max(1, math.floor(written + 0.5) - made)
            changed.append(f'"{raw.title}" {raw.exact:g} as {minutes} (line {raw.line})')
            raw.lo = raw.hi = minutes
        made += raw.lo
    first = next(raw.line for raw in blocks if raw.exact is not None)
    ctx.warn(
        first,
        f"lengths in parts of a minute read as whole minutes, {made} min in all "
        f"({written:g} as written): {', '.join(changed)}",
    )
    return blocks
