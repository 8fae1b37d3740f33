"""Grid columns headed by a range of weekdays (`Segunda a Sexta-feira`, `Mo–Fr`): each of them."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt

from planexport.reader.blocks import Ctx, tidy
from planexport.reader.dates import ORDER
from planexport.reader.grid_blanks import continue_blanks
from planexport.reader.grid_own_times import own_time_columns, warn_untimed
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.start_grids import start_slots
from planexport.reader.table_grids import grid_cells, slot
from planexport.reader.table_weekly import TableDay, weekday_of
from planexport.reader.words import (
    FULL_WEEKDAYS,
    TITLE_COLUMN_WORDS,
    WEEKDAYS,
    WEEKEND_WORDS,
    WORKWEEK_WORDS,
    fold,
)

__all__ = ["range_columns", "range_grid"]

# The words a range is written with besides the weekdays: "du lundi au vendredi", "ma t/m vr".
_JOINS = frozenset(("a", "to", "bis", "au", "al", "tot", "t", "m", "du", "von", "from", "de", "da",
                    "dal", "van", "through", "thru", "till", "until", "y", "and", "und", "et",
                    "e", "en", "ed", "feira"))  # fmt: skip
_GROUP_WORDS = frozenset(w for words in (WORKWEEK_WORDS, WEEKEND_WORDS) for w in words)
# "Segunda-feira" and "Freitags" are one weekday each; "Dias úteis" is one group.
_WORD = lazy(r"[a-z]+(?:-[a-z]+)?")


def range_columns(header: list[str]) -> dict[int, list[str]]:
    """The columns after the first headed by two weekdays or more, with the weekdays each
    names: a range (`Segunda a Sexta-feira`, `Mo–Fr`, `du lundi au vendredi`, `ma t/m vr`), a
    group (`Weekdays`, `Wochenende`) or a list (`Tue/Thu`)."""
    from planexport.reader.day_headings import weekdays_of

    found: dict[int, list[str]] = {}
    for col, cell in enumerate(header):
        if col == 0:
            continue
        text = fold(unwrap(cell))
        names = weekdays_of(Node("heading", 0, text=text))
        if len(names) < 2:
            continue
        if text.strip(" *_:.()") in _GROUP_WORDS or all(
            w in WEEKDAYS
            or w in _JOINS
            or w in _GROUP_WORDS
            or w.removesuffix("-feira") in WEEKDAYS
            or all(part in WEEKDAYS for part in w.split("-"))  # "Mon-Fri", "lunes-viernes"
            for w in _WORD.findall(text)
        ):
            found[col] = names
    return found


def range_grid(node: Node, ctx: Ctx) -> list[TableDay] | None:
    """The days of a grid of time slots whose columns are headed by weekdays, one of them by a
    range (`| Horário | Segunda a Sexta-feira | Sábado |`): the range's cells are each of its
    days', at the times of its own time column when one stands before it
    (`| Zeit | Mo–Fr | | Sa–So |`). A column of activities beside the time (`Atividade`) is
    the range's entry where its own cell is empty. None when the table is no such grid."""
    if len(node.rows) < 3 and (len(node.rows) < 2 or slot(node.rows[1])[0] is None):
        return None  # one row is a grid only with its slot drawn (`| 19:00 - 19:30 | nap |`)
    header = node.rows[0]
    spread = range_columns(header)
    if not spread:
        return None
    keys: list[tuple[str | None, dt.date | None] | None] = [
        (spread[col][0], None)
        if col in spread
        else ((name, None) if col and (name := weekday_of(cell, short=True)) else None)
        for col, cell in enumerate(header)
    ]
    node = _defaults(node, spread, keys)
    subjects = _weekday_subjects(node)
    drawn = any(slot(row)[0] is not None for row in node.rows[1:])
    if not drawn:
        started = start_slots(node, ctx)  # "| **06:00** | Inglês | Treino |": start times
        if started is None:
            return None
        node = started
    # "| Zeit | Mo–Fr | | Sa |": a day after a time column of its own is at its times
    clocks = own_time_columns(node, keys) if drawn else {}
    cells = grid_cells(node, keys, clocks, ctx)
    if clocks:  # beside a day's own clock, a row with no time of its own is no slot
        warn_untimed(node, keys, clocks, ctx)
    if drawn:
        continue_blanks(node, cells)  # "| 09:30–10:00 | |" below "Training": it goes on
    days: list[TableDay] = []
    for col, key in enumerate(keys):
        if key is None:
            continue
        title = tidy(unwrap(header[col]))
        for weekday in spread.get(col, [key[0] or ""]):
            blocks = [copy.deepcopy(raw) for raw in cells[col]]
            if col in spread:
                for raw in blocks:
                    own = subjects.get(raw.line, {}).get(weekday)
                    if own is not None:
                        # "Estudos:" over "- Segunda-feira: .Net": Monday's is the .Net study
                        raw.title = f"{raw.title.rstrip(' :')}: {own}"
            days.append(TableDay(node.line, title, weekday=weekday, blocks=blocks))
    days.sort(key=lambda day: ORDER.index(day.weekday) if day.weekday in ORDER else len(ORDER))
    return [day for day in days if day.blocks] or None


def _weekday_subjects(node: Node) -> dict[int, dict[str, str]]:
    """What each weekday does in the slot above, from rows with no time that lead with a
    weekday (`|  | - Segunda-feira: .Net (Introdução) |  |`), by the line of that slot's row."""
    found: dict[int, dict[str, str]] = {}
    above: int | None = None
    for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
        if row and row[0].strip():
            above = line
            continue
        for cell in row:
            lead = _SUBJECT.match(unwrap(cell).strip())
            name = WEEKDAYS.get(fold(lead["name"])) if lead else None
            if lead is not None and name is not None and above is not None:
                found.setdefault(above, {})[name] = lead["what"].strip().rstrip(".;")
    return found


# "- Segunda-feira: .Net (Introdução)", "* Tuesday – Python": a weekday and what it does.
_SUBJECT = lazy(r"^[-*•]?\s*(?P<name>[^\W\d_]+(?:-[^\W\d_]+)?)\s*[:–—-]\s*(?P<what>\S.*)$")


def _defaults(
    node: Node, spread: dict[int, list[str]], keys: list[tuple[str | None, dt.date | None] | None]
) -> Node:
    """The grid with each empty cell of a range column filled from the column of activities
    beside the time (`| **12:00** | Almoço | | Almoço com a família |`), when there is one."""
    header = [fold(unwrap(cell)) for cell in node.rows[0]]
    words = [set(_WORD.findall(name)) for name in header]
    activity = next(
        (
            col
            for col in range(1, len(header))
            if keys[col] is None and words[col] & set(TITLE_COLUMN_WORDS)
        ),
        None,
    )
    if activity is None:
        return node
    rows = [node.rows[0]]
    for row in node.rows[1:]:
        filled = list(row)
        for col in spread:
            if col < len(filled) and activity < len(filled) and not filled[col].strip():
                filled[col] = filled[activity]
        rows.append(filled)
    return dataclasses.replace(node, rows=rows)


def unread_weekday_columns(node: Node, cols: dict[str, int | None], ctx: Ctx) -> None:
    """Warn of each column headed by weekdays (`Sábado`, `Mo–Fr`) that a table read a block
    a row leaves out: its cells are a day's, and no day has them."""
    header = node.rows[0] if node.rows else []
    used = {col for col in cols.values() if col is not None}
    spread = range_columns(header)
    for col, cell in enumerate(header):
        name = fold(unwrap(cell)).strip(" *_:.")
        if col in used or not (col in spread or (weekday_of(cell) and name in FULL_WEEKDAYS)):
            continue  # "Seg" over "01", "02" is a segment number, not Segunda
        if not any(col < len(row) and row[col].strip(" -—–") for row in node.rows[1:]):
            continue
        ctx.warn(
            node.line,
            f'column "{tidy(unwrap(cell))}" names a weekday, but the table is read a block a row '
            "and its cells are not read: write the days as columns of a grid of times, or as "
            "headings",
        )
