"""Sessions written as a sum of parts where some parts give a distance: `10min calentamiento +
5x1km (4:45 min/km) + 5min vuelta calma`, `15 min warm-up + 6x400m + 10 min cool-down`,
`10 Min. Einlaufen + 5 x 1 km + 5 Min. Auslaufen`. The session lasts the sum of the parts'
lengths (15 min); a distance part has no length and is not counted, which a warning says."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planexport.reader.durations import Found, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.plus_lengths import break_after

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx

__all__ = ["DistanceSum", "distance_sum", "warned_distance_sum"]

# The `+` between parts, with a space on each side (`65+60 min` is a sum of plain lengths).
_PLUS = lazy(r"\s+\+\s+")
# How far a part goes: `5x1km`, `6 x 400 m`, `3km`, `2,5 km`, `1500m`, `800 yd`, `3 mi`. A bare
# `m` is metres only from a hundred on (`45m` is a length in minutes).
_DISTANCE = lazy(
    r"(?:\d{1,2}\s*[x×]\s*)?"
    r"(?:\d{1,3}(?:[.,]\d{1,2})?\s*(?:km|kms|mi|miles?|millas?|meilen?|miglia|mijl|yd|yds)"
    r"|[1-9]\d{2,4}\s*m)(?![\w'’])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DistanceSum:
    """The minutes the later parts add to the first length, and the distance parts."""

    lo: int
    hi: int
    lengths: tuple[str, ...]  # every length summed, the first one too, as written
    distances: tuple[str, ...]


def distance_sum(text: str, first: Found) -> DistanceSum | None:
    """The sum of a line whose parts are joined by `+`, when `first` (a length, not a clock
    span) is in its first part with only words after it, every later part starts with a
    length or a distance, and there are both: at least one distance and one more length.
    None otherwise, so `20 min + 10 min` and `Read chapter 3 + 30 min notes` read as before."""
    if first.at is not None or "+" not in text:
        return None
    parts = _PLUS.split(text)
    if len(parts) < 3:
        return None
    head = find_duration(parts[0])
    if head is None or head.at is not None or (head.lo, head.hi) != (first.lo, first.hi):
        return None
    if re.search(r"\d", parts[0][head.end :]):
        return None  # more numbers after the length: not one part of a session
    lo = hi = 0
    lengths, distances = [head.text.strip()], []
    for written in parts[1:]:
        part = written.lstrip(" *_([")  # emphasis or a bracket before the part's first word
        far = _DISTANCE.match(part)
        if far is not None:
            distances.append(" ".join(far.group().split()))
            continue
        found = find_duration(part)
        if found is None or found.start != 0 or found.at is not None:
            return None
        if break_after(part, found.end) is not None:
            return None  # "+ 15 min break": a gap, read as before
        lo, hi = lo + found.lo, hi + found.hi
        lengths.append(found.text.strip())
    if not distances or hi == 0:
        return None
    return DistanceSum(lo, hi, tuple(lengths), tuple(distances))


def warned_distance_sum(text: str, match: Found, line: int, ctx: Ctx) -> tuple[int, int] | None:
    """The minutes the later `+` parts of a session add to its first length, when some parts
    are distances (`10min calentamiento + 5x1km + 5min vuelta calma`), with a warning that
    the distances are not counted; None when the line is no such sum."""
    found = distance_sum(text, match)
    if found is None:
        return None
    said = " ".join(text.split())
    said = said if len(said) <= 60 else said[:57] + "\u2026"
    lo, hi = match.lo + found.lo, match.hi + found.hi
    total = f"{lo} min" if lo == hi else f"{lo}-{hi} min"
    gives = (
        "gives a distance, not a length"
        if len(found.distances) == 1
        else "give distances, not lengths"
    )
    ctx.warn(
        line,
        f'"{said}" is read as {total}, the sum of its lengths ({" + ".join(found.lengths)}); '
        f"{', '.join(found.distances)} {gives}: not counted",
    )
    return found.lo, found.hi
