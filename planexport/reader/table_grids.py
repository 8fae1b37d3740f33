"""Grids of time slots: a row per slot (in one column or as start and end), a day per column."""

from __future__ import annotations

import datetime as dt

from planexport.reader.blocks import Ctx, RawBlock, is_break, tidy
from planexport.reader.closing_words import ends_column
from planexport.reader.durations import Found, find_duration, find_point_time
from planexport.reader.grid_marks import empty_mark, struck_text
from planexport.reader.group_lines import group_line
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.table_cells import cell_items, link_text_joined, one_line
from planexport.reader.table_dates import ORDER, YearHint, cell_date
from planexport.reader.words import WEEKDAYS, fold

__all__ = ["date_columns", "grid_cells", "parallel", "slot"]


def slot(row: list[str]) -> tuple[Found | None, int]:
    """The time a grid row is for (`09:00 - 10:30`, or `| 09:00 | 10:30 |` in two columns) and
    the number of cells it takes; a period number before it (`| 2 | 9:15 - 10:00 |`) is the
    row's label and is taken with it."""
    if len(row) > 2 and _PERIOD.match(row[0]):
        found, used = slot(row[1:])
        return found, used + 1
    found = find_duration(row[0]) if row else None
    if found is None and row and dutch_hours(row[0]) != row[0]:
        found = find_duration(dutch_hours(row[0]))
        found = found if found is not None and found.at is not None else None
    if found is not None:
        return found, 1
    hours = _BARE_HOURS.match(row[0]) if row else None
    if hours is not None:
        # "| 9-11 |", "| 14-16 |": a row of a timetable is labelled by its hours
        first, last = int(hours["a"]), int(hours["b"])
        if first < last <= 24:
            return find_duration(f"{first:02d}:00-{last:02d}:00"), 1
    if len(row) > 2 and len(row[0]) <= 12 and len(row[1]) <= 12:
        start, end = find_point_time(row[0]), find_point_time(row[1])
        if start is not None and end is not None and end > start:
            return find_duration(f"{row[0].strip()} - {row[1].strip()}"), 2
    return None, 1


def dutch_hours(text: str) -> str:
    """`09.00u - 10.00u`, `9u - 10u`, `13u30`: Dutch hours (`uur`) as `09:00 - 10:00`."""
    return _DUTCH_HOUR.sub(lambda m: f"{int(m['h']):02d}:{m['m'] or m['m2'] or '00'}", text)


# "09.00u", "9 u", "13u30", "9 uur": an hour with the Dutch word for it.
_DUTCH_HOUR = lazy(
    r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])"
    r"(?:[.:](?P<m>[0-5]\d)\s*u(?:ur)?|\s*u(?:ur)?(?P<m2>[0-5]\d)?)(?!\w)"
)


def parallel(parts: list[str]) -> bool:
    """Whether a cell's `<br>` lines are entries alike (`Ana (Room 1)`, `Luis (Teams)`), not
    a subject and where it is (`Chemistry`, `Lab B`)."""
    return len(parts) > 1 and all(_WITH_PLACE.match(part) for part in parts)


# "Catalina Estrada (2421)": an entry with its room or medium in brackets.
_WITH_PLACE = lazy(r"^[^()]*[^\W\d_][^()]*\([^()]+\)\W*$")
# "| 2 |", "| 10. |", "| #3 |": a timetable's period number, not a time or a subject.
_PERIOD = lazy(r"^\W*#?\s*(?:[1-9]|1\d)\.?\W*$")
_BARE_HOURS = lazy(r"^\W*(?P<a>[01]?\d|2[0-3])\s*[-–—]\s*(?P<b>[01]?\d|2[0-4])\W*$")
_SLASHED = lazy(
    r"^\W*(?:(?P<wd>[^\W\d_]{2,})\W+)?(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}))?\W*$"
)


def date_columns(
    header: list[str], year: YearHint | None
) -> list[tuple[str | None, dt.date | None] | None]:
    """Weekday and date of each column headed by a date (`08/07/2024`, `Mo 8.7.`); day first,
    unless a number over 12 shows the month comes first (`07/08/2024` … `07/15/2024`)."""
    found: list[tuple[str | None, dt.date | None] | None] = []
    slashed = [_SLASHED.match(fold(unwrap(cell))) for cell in header]
    month_first = any(m and int(m["b"]) > 12 for m in slashed) and not any(
        m and int(m["a"]) > 12 for m in slashed
    )
    for cell, match in zip(header, slashed, strict=True):
        date = cell_date(cell, year)
        if date is not None:
            when = date.date()
            found.append((date.weekday or (ORDER[when.weekday()] if when else None), when))
            continue
        if match is None or (match["wd"] and WEEKDAYS.get(match["wd"]) is None):
            found.append(None)
            continue
        day, month = (
            (int(match["b"]), int(match["a"]))
            if month_first
            else (int(match["a"]), int(match["b"]))
        )
        number = int(match["y"]) if match["y"] else (year.of(month) if year else None)
        try:
            when = dt.date(number, month, day) if number else None
        except ValueError:
            found.append(None)
            continue
        weekday = WEEKDAYS.get(match["wd"]) if match["wd"] else None
        if when is not None and weekday is not None and ORDER[when.weekday()] != weekday:
            when = None  # the weekday as written wins over a date that disagrees
        found.append((weekday or (ORDER[when.weekday()] if when else None), when))
    return found


def grid_cells(
    node: Node,
    columns: list[tuple[str | None, dt.date | None] | None],
    own: dict[int, int] | None = None,
    ctx: Ctx | None = None,
) -> dict[int, list[RawBlock]]:
    """The blocks of each day column: one per filled cell, at its row's slot, or at the slot
    of the day's own time column (`own`: day column -> its time column). A cell that only
    marks the slot empty (`#`) is none, nor is one struck out (`~~Course B~~`, warned of in
    `ctx`)."""
    from planexport.reader.grid_halves import row_slots

    found: dict[int, list[RawBlock]] = {c: [] for c, key in enumerate(columns) if key is not None}
    rows = list(zip(node.rows[1:], node.row_lines[1:], strict=False))
    slots = row_slots([slot(row) for row, _ in rows], [line for _, line in rows], ctx)
    for (row, line), row_slot in zip(rows, slots, strict=True):
        for col, blocks in found.items():
            clock = (own or {}).get(col)
            time, used = row_slot if clock is None else (slot(row[clock : clock + 1])[0], clock + 1)
            if time is None:
                continue
            if col < used or col >= len(row):
                continue
            cell = one_line(row[col].strip())
            if (
                "(" in cell
                and time.at is not None
                and time.lo == time.hi
                and struck_text(row[col]) is None
            ):
                from planexport.reader.cell_spans import cell_spans

                if (spans := cell_spans(cell, time.at, time.lo)) is not None:
                    # "Gym (9:00 - 10:15), Shower": the slot shared out by the cell's own times
                    blocks.extend(
                        RawBlock(
                            tidy(name) or name, None, n, n, None, [], line, at=start, sure=time.sure
                        )
                        for name, start, n in spans
                        if not is_break(name)
                    )
                    continue
            if not cell or cell.strip("-—– ") == "" or is_break(cell) or empty_mark(cell):
                continue
            if (struck := struck_text(row[col])) is not None:
                if ctx is not None:
                    ctx.warn(line, f'"{one_line(struck)}" is struck out: not read')
                continue
            # "Geometry <br> Room 1": the subject, then where it is
            first, *rest = parts = cell_items(link_text_joined(row[col])) or [cell]
            if parallel(parts):
                # "Ana (Room 1)<br>Luis (Teams)": two tutors in one slot, both the block's.
                first, rest = " / ".join(parts), []
            elif rest and group_line(rest[0]):
                # "Klassiek ballet<br/>Volwassenen": who the class is for is part of its name
                first, rest = f"{first} {rest[0]}", rest[1:]
            title = tidy(first) or first
            note = " / ".join(rest) or None
            if node.own_lengths and ctx is not None:
                # "| 09:00 | Planning (90m) |": from the row's start, as long as it says
                from planexport.reader.blocks import try_block

                if (stated := try_block(first, [], line, ctx)) is not None:
                    stated.at, stated.sure = time.at, time.sure
                    stated.note = "\n".join(n for n in (stated.note, note) if n) or None
                    blocks.append(stated)
                    continue
            blocks.append(
                RawBlock(title, None, time.lo, time.hi, note, [], line, at=time.at, sure=time.sure)
            )
    for blocks in found.values():
        if blocks and blocks[-1].note is None and ends_column(blocks[-1].title):
            blocks.pop()  # "| 17:00-18:00 | Biology | End |": the day ends, no block
    return found
