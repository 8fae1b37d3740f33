"""Timetables on their side: a row per subject, a column per weekday, its hours (`9-11`) or its
length (`1h`) in the cells."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import RawBlock, is_break, tidy
from planexport.reader.durations import find_duration
from planexport.reader.group_rows import other_groups
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.range_subjects import range_weekdays, spread_ranges
from planexport.reader.table_cells import one_line
from planexport.reader.table_weekly import TableDay, weekday_of

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Node

__all__ = ["subject_grid"]

# "9-11", "7 – 15", "13:30-15": whole hours of a day, or hours and minutes.
_HOURS = lazy(
    r"^\W*(?P<a>[01]?\d|2[0-3])(?:[:.](?P<am>[0-5]\d))?\s*(?:[-–—]|to|a|bis)\s*"
    r"(?P<b>[01]?\d|2[0-4])(?:[:.](?P<bm>[0-5]\d))?\s*(?:h|hrs?|uhr)?\W*$",
    re.I,
)
# "9-10, 14-15", "9-10<br>14-15": two sittings on one day.
_APART = lazy(r"\s*(?:<br\s*/?>|[,;/+&]|\s(?:and|y|e|und|en)\s)\s*", re.I)


def subject_grid(node: Node, ctx: Ctx) -> list[TableDay]:
    """`| Subject | Monday | Tuesday | Hours |` over `| Algebra | 9-10 | - | 3 |`: a block of the
    row's subject on each weekday whose cell gives its hours; [] when the table is not one."""
    header = node.rows[0]
    days = {c: weekday_of(cell) for c, cell in enumerate(header) if c and weekday_of(cell)}
    days = {**range_weekdays(header), **days}  # "| Mon-Fri |": read once, then each weekday's
    body = list(zip(node.rows[1:], node.row_lines[1:], strict=False))
    if len(days) < 2 or not body:
        return []
    cells = [one_line(row[c]) for row, _ in body for c in days if c < len(row)]
    filled = [cell for cell in cells if cell.strip(" -—–")]
    timed = [cell for cell in filled if _sittings(cell) is not None or _length(cell) is not None]
    if len(timed) < 2 or 2 * len(timed) < len(filled):
        return []
    title_col = next(
        (c for c in range(len(header)) if c not in days and _texts(body, c) * 2 > len(body)), None
    )
    if title_col is None:
        return []
    found = {
        c: TableDay(node.line, tidy(unwrap(header[c])) or header[c], weekday=w)
        for c, w in days.items()
    }
    subjects = [
        (tidy(one_line(row[title_col])) if title_col < len(row) else "", line) for row, line in body
    ]
    others = other_groups(subjects)
    for idx, (row, line) in enumerate(body):
        subject = subjects[idx][0]
        if not subject or is_break(subject):
            continue
        if idx in others:
            _other_group(subject, (row, line), others[idx], found, ctx)
            continue
        for col, day in found.items():
            cell = one_line(row[col]) if col < len(row) else ""
            if not cell.strip(" -—–"):
                continue
            sittings = _sittings(cell)
            if sittings is None and (amount := _length(cell)) is not None:
                # "| DSA | 1h | 45m |": that long on each of those days, at no set time
                day.blocks.append(RawBlock(subject, None, amount[0], amount[1], None, [], line))
                continue
            if sittings is None:
                what = f'"{cell}" under "{day.title}" for {subject}'
                ctx.warn(line, f"{what} skipped: no hours in it")
                continue
            for start, end, moved in sittings:
                # "11-1": past noon
                length = end - start if end > start else end + 12 * 60 - start
                if moved:
                    until = _clock(start + length)
                    ctx.warn(line, f'"{cell}" under "{day.title}" read as {_clock(start)}-{until}')
                day.blocks.append(RawBlock(subject, None, length, length, None, [], line, at=start))
    for day in found.values():
        day.blocks.sort(key=lambda raw: raw.at or 0)
    return [day for day in spread_ranges(header, found) if day.blocks]


def _other_group(
    subject: str,
    at: tuple[list[str], int],
    first: tuple[str, int],
    found: dict[int, TableDay],
    ctx: Ctx,
) -> None:
    """Another group of a subject an earlier row gives: a note of each of its days, not blocks."""
    row, line = at
    for col, day in found.items():
        cell = one_line(row[col]) if col < len(row) else ""
        sittings = _sittings(cell) if cell.strip(" -—–") else None
        if sittings:
            spans = ", ".join(f"{_clock(a)}–{_clock(b)}" for a, b, _ in sittings)
            day.notes.append(f"{subject} (instead of {first[0]}): {spans}")
    ctx.warn(
        line,
        f'"{subject}" is another group of "{first[0]}" (line {first[1]}): '
        "only the first group is read, this one is a note of its days",
    )


def _length(cell: str) -> tuple[int, int] | None:
    """The minutes of a cell that gives only a length (`1h`, `45 min`, `1-1.5 h`), else None."""
    text = unwrap(cell).strip()
    found = find_duration(text)
    if found is None or found.at is not None or found.start > 1 or found.end < len(text) - 1:
        return None
    return found.lo, found.hi


def _texts(body: list[tuple[list[str], int]], col: int) -> int:
    """How many rows have words in column `col` (a subject, not a number or a dash)."""
    return sum(1 for row, _ in body if col < len(row) and re.search(r"[^\W\d_]{2}", row[col]))


def _clock(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def _sittings(cell: str) -> list[tuple[int, int, bool]] | None:
    """The spans of clock time a cell gives, as minutes after midnight, and whether each was
    moved to the afternoon; None when any part of it is not one. Whole hours are of a 24-hour
    day (`13-15`); both ends at 7 or before are the afternoon (`1-3`: no class in the night)."""
    spans: list[tuple[int, int, bool]] = []
    for part in _APART.split(unwrap(cell).strip()):
        match = _HOURS.match(part)
        if match is not None:
            start = int(match["a"]) * 60 + int(match["am"] or 0)
            end = int(match["b"]) * 60 + int(match["bm"] or 0)
            moved = end <= 7 * 60 and start < end
            if moved:
                start, end = start + 12 * 60, end + 12 * 60
            spans.append((start, end, moved))
            continue
        found = find_duration(part)
        if (
            found is None
            or found.at is None
            or found.hi <= 0
            or found.end - found.start < len(part.strip()) - 2
        ):
            return None
        spans.append((found.at, found.at + found.hi, False))
    return spans or None
