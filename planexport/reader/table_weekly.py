"""Weekly day tables: a row per weekday, a column per part of the day (`Day | Morning`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from planexport.reader.blocks import Ctx, RawBlock, is_break, session_name, tidy, try_block
from planexport.reader.durations import Found, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.training_amounts import amount_warning
from planexport.reader.training_tables import done_log
from planexport.reader.words import SESSION_WORDS, TIME_COLUMN_WORDS, WEEKDAYS, fold

__all__ = ["TableDay", "grid_by_weekday", "header_spans", "part_columns", "weekday_of"]

_PARTS = frozenset(SESSION_WORDS)
# "1 · Lun", "2. Mittwoch", "3 - Fri": a day's number, a mark, then the weekday alone
_NUMBERED = lazy(r"^\s*\d{1,2}\s*[·.:)\-–—]\s*([^\W\d_][\w.]*)\s*$")
_NOT_WORD = lazy(r"[^\w\s-]")
# "Monday 12/29", "Tue 3/2": a column's weekday over its month and day (no year: the date is
# not read, the weekday is).
_SLASHED_DATE = lazy(r"^\s*([^\W\d_]{3,})\s+\d{1,2}/\d{1,2}\s*$")
_TIMES = frozenset(TIME_COLUMN_WORDS)


@dataclass
class TableDay:
    """A day that a table gives: by weekday or by number, with its blocks and untimed notes."""

    line: int
    title: str
    weekday: str | None = None
    number: int | None = None
    date: dt.date | None = None
    blocks: list[RawBlock] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def weekday_of(text: str, *, short: bool = False) -> str | None:
    """The weekday a cell or heading names on its own (`**Lunes**`, `Mon`), else None; `Mo`,
    `Di` only when `short` (a column headed as days: elsewhere "Do" or "So" are words)."""
    plain = fold(unwrap(text))
    if (numbered := _NUMBERED.match(plain)) is not None:
        plain = numbered.group(1)  # "**1 · Lun**", "2. Mittwoch": the day's number, its weekday
    elif (dated := _SLASHED_DATE.match(plain)) is not None:
        plain = dated.group(1)  # "Monday 12/29": a column of that weekday, its date a note
    words = _NOT_WORD.sub(" ", plain).split()
    if len(words) == 2 and WEEKDAYS.get(words[0]) == WEEKDAYS.get(words[1]):
        words = words[:1]  # "LUNEDI' (Monday)": a name and its translation
    if len(words) != 1:
        return None
    return WEEKDAYS.get(words[0]) if len(words[0]) >= (2 if short else 3) else None


def _part_of_day(header: str) -> bool:
    """Whether a column is headed by a part of the day (`Morning Study Time`, `Tarde`)."""
    words = re.findall(r"[a-z]+(?:-[a-z]+)?", fold(unwrap(re.sub(r"\([^)]*\)", " ", header))))
    return bool(words) and (words[0] in _PARTS or " ".join(words[:2]) in _PARTS)


def part_columns(header: list[str]) -> list[int]:
    """The columns after the first that are parts of the day."""
    return [col for col in range(1, len(header)) if _part_of_day(header[col])]


def _time_columns(header: list[str]) -> set[int]:
    """The columns that hold times: parts of the day, or headed so (`Study Block Time`)."""
    timed = {c for c, h in enumerate(header) if set(re.findall(r"[a-z]+", fold(h))) & _TIMES}
    return set(part_columns(header)) | (timed - {0})


def grid_by_weekday(
    node: Node,
    ctx: Ctx,
    *,
    short: bool,
    title_col: int | None = None,
    numbers: list[int | None] | None = None,
) -> list[TableDay]:
    """`Día | Mañana (6:00 - 8:30) | Tarde | Noche`: a block per timed cell. With a topic column
    (`| Focus |`) the row's topic titles its blocks; a part-of-day cell with no time in it
    (`Specify time here`) is skipped with a warning. With `numbers` the rows are numbered days
    (`| 1 | Algebra | Geometry |`), each titled by its first block."""
    from planexport.reader.br_starts import start_cell
    from planexport.reader.cell_parts import cell_parts
    from planexport.reader.slot_runs import joined_slots
    from planexport.reader.table_cells import cell_blocks, one_line
    from planexport.reader.untimed_rows import is_session_column, warn_untimed_days

    header = node.rows[0]
    parts = _time_columns(header) if title_col is not None else set()
    days: list[TableDay] = []
    untimed: dict[int, list[str]] = {}  # by line: session cells with no length, unwarned
    rows = zip(node.rows[1:], node.row_lines[1:], strict=False)
    for index, (row, line) in enumerate(rows):
        number = numbers[index] if numbers is not None and index < len(numbers) else None
        name = weekday_of(row[0], short=short) if row and numbers is None else None
        if name is None and number is None:
            continue
        day = TableDay(line, "" if number else tidy(unwrap(row[0])), weekday=name, number=number)
        topic = (
            tidy(one_line(row[title_col])) if title_col is not None and title_col < len(row) else ""
        )
        for col in range(1, min(len(row), len(header))):
            cell = row[col].strip()
            if col == title_col or not cell or cell.strip("-—– ") == "":
                continue
            if done_log(cell):
                day.notes.append(cell)  # "| Hecho: Pull A (42m). |": what was done, no block
                continue
            head_span = find_duration(header[col])
            session = session_name(header[col]) or tidy(
                re.sub(r"\([^)]*\)", "", unwrap(header[col]))
            )
            if (agenda := start_cell(cell)) is not None:  # "| Sat | 09:00 Welcome<br>… |"
                blocks, notes = cell_blocks(agenda, line, ctx)
                day.blocks.extend(blocks)
                day.notes.extend(notes)
                continue
            if parted := cell_parts(cell, line, ctx):
                # "| Terça | Aquecimento 10 min<br>Principal 30 min |": a block per part
                for part in parted:
                    part.session = session or None
                day.blocks.extend(parted)
                continue
            raw = try_block(one_line(cell), [], line, ctx)
            if raw is None and head_span is not None:
                # "| Algebra |" under "Morning (2h)" or "Mañana (9:00 - 11:00)": that length
                raw = _under_span(one_line(cell), head_span, line)
            if raw is None or is_break(raw.title):
                if raw is None and col in parts and not is_break(cell):
                    ctx.warn(line, f'"{one_line(cell)}" under "{session}" skipped: no time in it')
                elif raw is None:
                    day.notes.append(cell)
                    if (amount := amount_warning(one_line(cell))) is not None:
                        ctx.warn(line, amount)  # "| Natación: 1000m |": how far, not how long
                    elif is_session_column(header[col]):
                        untimed.setdefault(line, []).append(tidy(unwrap(one_line(cell))))
                continue
            raw.session = session or None
            if raw.title == "Block" and "block" not in fold(cell) and (topic or session):
                # "| Monday | 09:00 - 12:00 |" under "Morning": the morning, or the row's topic
                raw.title = topic or session
            if raw.at is None and head_span is not None and head_span.at is not None:
                raw.at, raw.sure = head_span.at, head_span.sure
            day.blocks.append(raw)
        day.blocks = joined_slots(day.blocks)  # "| ALT | ALT |" in 13-14, 14-15: one class
        if number is not None and day.blocks:
            day.title = day.blocks[0].title
        days.append(day)
    warn_untimed_days(days, untimed, ctx)  # "| Lunes | GYM: PULL |": not a free day
    return days


def _under_span(cell: str, span: Found, line: int) -> RawBlock | None:
    """`| Book 1, Chapter 1 (T) |` under `Study Session 1 (3:30 PM - 5:00 PM)`: the cell is
    what that session holds on the row's day."""
    if span.hi <= 0 or is_break(cell):
        return None
    title = tidy(cell) or cell
    return RawBlock(title, None, span.lo, span.hi, None, [], line, at=span.at, sure=span.sure)


def header_spans(node: Node) -> bool:
    """Whether a weekday table's columns are timed by their headers, its cells not at all."""
    if node.kind != "table" or len(node.rows) < 2 or len(node.rows[0]) < 2:
        return False
    heads = [find_duration(cell) for cell in node.rows[0][1:]]
    return (
        any(h is not None and h.at is not None for h in heads)
        and sum(1 for row in node.rows[1:] if row and weekday_of(row[0], short=True)) >= 1
        and not any(find_duration(cell) for row in node.rows[1:] for cell in row)
    )
