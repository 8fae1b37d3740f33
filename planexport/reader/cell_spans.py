"""A grid cell that shares its slot out by times of its own: `Gym (9:00 - 10:15), Shower` in the
9:00–11:00 AM row, `Groceries (2:00 - 4:00), Guitar (4:00 - 6:00)`, `Photo (until 8:30), Guitar
(8:30 - 9:00)`, `Walk (6:30 - 7:00)` alone in the 6–7 PM row. Each part is a block at its own
time inside the slot; a part without a time of its own takes the part of the slot the timed ones
leave beside it (`Shower` from 10:15 to 11:00). Times without am/pm take the half of the day that
puts them inside the slot; a cell whose times do not fit its slot is left as written."""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.lazy import lazy

__all__ = ["cell_spans"]

# the part's own time, in brackets at its end: "(9:00 - 10:15)", "(until 8:30)"
_OWN = lazy(
    r"\(\s*(?P<until>(?:until|till|til|to|bis|hasta|jusqu'à|fino alle|até|tot)\s+)?"
    r"(?P<time>[^()]*\d[^()]*)\)\s*$",
    re.IGNORECASE,
)
_DAY = 24 * 60


def cell_spans(cell: str, at: int, minutes: int) -> list[tuple[str, int, int]] | None:
    """The cell's parts as (title, start, minutes) inside the slot from `at` for `minutes`,
    when at least one part gives its own time and every part fits; else None."""
    if "(" not in cell or not any(ch.isdigit() for ch in cell):
        return None
    parts = _parts(cell)
    if not parts:
        return None
    end = at + minutes
    read: list[tuple[str, int | None, int | None]] = []
    for part in parts:
        own = _OWN.search(part)
        if own is None:
            read.append((part, None, None))
            continue
        title = part[: own.start()].strip(" ,;:-–—")
        if not title:
            return None
        if own["until"]:
            point = find_point_time(own["time"])
            until = _inside(point, at, end, closed=True) if point is not None else None
            if until is None:
                return None
            read.append((title, None, until))
            continue
        found = find_duration(own["time"])
        if found is None or found.at is None:
            read.append((part, None, None))
            continue
        start = _inside(found.at, at, end, closed=False)
        if start is None or start + found.lo > end:
            return None
        read.append((title, start, start + found.lo))
    if all(start is None and stop is None for _, start, stop in read):
        return None
    return _placed(read, at, end)


def _parts(cell: str) -> list[str]:
    """The cell cut at commas and semicolons outside brackets."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for ch in cell:
        depth += (ch == "(") - (ch == ")")
        if ch in ",;" and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    parts.append("".join(current).strip())
    return [p for p in parts if p] if all(parts) else []


def _inside(time: int, lo: int, hi: int, *, closed: bool) -> int | None:
    """`time`, or the same time in the other half of the day, that lies in the slot."""
    for candidate in (time % _DAY, (time + _DAY // 2) % _DAY):
        if lo <= candidate < hi or (closed and lo < candidate <= hi):
            return candidate
    return None


def _placed(
    read: list[tuple[str, int | None, int | None]], at: int, end: int
) -> list[tuple[str, int, int]] | None:
    """Start and length of each part: the timed ones as written, the rest sharing what is left
    between their neighbours; None when parts overlap or one gets no time."""
    placed: list[tuple[str, int, int]] = []
    waiting: list[str] = []
    cursor = at
    for title, own, stop in [*read, ("", end, end)]:
        start = own
        if start is None and stop is None:
            waiting.append(title)
            continue
        if start is None:  # "(until 8:30)": from where the slot is up to
            if waiting:
                return None
            start = cursor
        if start < cursor or stop is None or (stop <= start and title):
            return None
        if waiting:
            share = (start - cursor) // len(waiting)
            if share <= 0:
                return None
            for i, name in enumerate(waiting):
                placed.append((name, cursor + i * share, share))
            waiting = []
        if title:
            placed.append((title, start, stop - start))
        cursor = stop
    return placed
