"""A weekday column that is not a table's first (`| Course | Time | Day |` over `| Algebra |
09:00-11:00 | Monday |`): a day per weekday named, Monday first, each row a block on its days."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import tidy
from planexport.reader.dates import ORDER
from planexport.reader.lazy import lazy
from planexport.reader.no_day_cells import plural_day_column, says_no_day
from planexport.reader.noted_day_cells import noted_weekday
from planexport.reader.outline import Node, unwrap
from planexport.reader.range_words import worded_range
from planexport.reader.table_columns import cell_at, date_column
from planexport.reader.table_weekly import TableDay, weekday_of
from planexport.reader.words import FULL_WEEKDAYS, fold

if TYPE_CHECKING:
    from collections.abc import Callable

    from planexport.reader.blocks import Ctx, RawBlock

__all__ = ["cell_weekdays", "weekday_column_days"]

# "Lun, Mer", "Mo/Do", "Tue & Thu", "lundi et jeudi": weekdays listed in one cell.
_JOINS = lazy(r"\s*(?:[,;/&+]|\s(?:and|und|y|e|et|en)\s)\s*", re.IGNORECASE)
# "Mon–Fri", "Lu-Ve", "Mo ~ Fr": a range of weekdays between two short names.
_DASHED = lazy(r"^(?P<a>[^\W\d_]{2,12})\.?\s*[-\u2010-\u2015~]\s*(?P<b>[^\W\d_]{2,12})\.?$")
_ENGLISH = dict(zip(ORDER, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                            "Sunday"), strict=True))  # fmt: skip


def cell_weekdays(cell: str) -> list[tuple[str, str]] | None:
    """The weekdays a Day cell names (`Lunedì`; `Lun, Mer`; `Mon to Fri`, `Mo–Fr`), each with
    its name: as written when in full, else in English; None when any part is no weekday."""
    text = tidy(unwrap(cell)).strip(" .")
    if not text:
        return None
    if "(" in text and (noted := noted_weekday(text)) is not None:
        text = noted[0]  # "| Lunes (tarde) |", "| Viernes (extra opcional) |": that weekday
    ranged = worded_range(text)
    if ranged is not None and not text[ranged[1] :].strip(" ."):
        return [(day, _ENGLISH[day]) for day in ranged[0]]
    dashed = _DASHED.match(text)
    if dashed is not None:
        first, last = weekday_of(dashed["a"], short=True), weekday_of(dashed["b"], short=True)
        if first is None or last is None or ORDER.index(first) >= ORDER.index(last):
            return None
        return [(day, _ENGLISH[day]) for day in ORDER[ORDER.index(first) : ORDER.index(last) + 1]]
    found: list[tuple[str, str]] = []
    for part in _JOINS.split(text):
        weekday = weekday_of(part, short=True)
        if weekday is None:
            return None
        name = part.strip(" .*_")
        found.append((weekday, name if fold(name) in FULL_WEEKDAYS else _ENGLISH[weekday]))
    return found


def weekday_column_days(
    node: Node,
    cols: dict[str, int | None],
    ctx: Ctx,
    *,
    read: Callable[[Node], list[RawBlock]],
) -> list[TableDay] | None:
    """Days of a timed table whose Day column comes later (`| Corso | Orario | Giorno |`), or None.

    Every filled Day cell names weekdays (one or several); a row with the cell empty belongs to
    the weekdays of the row above. The rows of each weekday are read as a table of their own
    (`read`), so a day's times stand in its own order, not after another day's.
    """
    col = cols["day"] if cols["day"] is not None else plural_day_column(node, cols)
    if col in (None, 0) or all(cols[key] is None for key in ("span", "dur", "start")):
        return None
    if date_column(node, cols) is not None:
        return None  # "| 05.01. | Mo | … |": the rows are dated, the weekday checks the date
    rows: dict[str, list[tuple[list[str], int]]] = {}
    names: dict[str, str] = {}
    current: list[tuple[str, str]] | None = None
    skipped: list[tuple[int, str]] = []
    said = ""
    for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
        if not any(cell.strip() for cell in row):
            continue
        cell = cell_at(row, col)
        if cell.strip(" *_-—–"):
            current = cell_weekdays(cell)
            if current is None and says_no_day(cell):
                current = []  # "| Calls | n/a | n/a |": on no weekday, nor the rows it heads
            if current is None:
                return None  # "| Algebra | 09:00-11:00 | tbd |": no column of weekdays
        elif current is None and cell.strip():
            current = []  # "| Calls | - | - |" first: no day yet, nor for the rows it heads
        if not current:
            if current is None:
                return None  # a row before any weekday: the column does not order the rows
            said = unwrap(cell).strip(" *_") or said  # an empty cell: the day of the row above
            skipped.append((line, _skip_message(row, col, said)))
            continue
        for weekday, written in current:
            rows.setdefault(weekday, []).append((row, line))
            if len(current) == 1 or weekday not in names:
                names[weekday] = written  # "Lunedì" alone names the day better than "Lun, Mer"
    if not rows:
        return None
    before = len(ctx.warnings)
    for line, message in skipped:
        ctx.warn(line, message)
    days: list[TableDay] = []
    for weekday in (day for day in ORDER if day in rows):
        part = rows[weekday]
        sub = Node(
            "table",
            part[0][1],
            rows=[node.rows[0], *(row for row, _ in part)],
            row_lines=[node.row_lines[0], *(line for _, line in part)],
        )
        day = TableDay(part[0][1], names[weekday], weekday=weekday)
        day.blocks = read(sub)
        if day.blocks:
            days.append(day)  # "| Run | later | Thu |": a row with nothing read is no day
    if not days:
        del ctx.warnings[before:]  # nothing read on any weekday: the table is read as before
        return None
    # A row on two weekdays is read twice: its warnings are said once.
    seen: set[tuple[int, str]] = set()
    kept = ctx.warnings[:before]
    for warning in ctx.warnings[before:]:
        if (warning.line, warning.message) not in seen:
            seen.add((warning.line, warning.message))
            kept.append(warning)
    ctx.warnings[:] = kept
    return days


def _skip_message(row: list[str], col: int, said: str) -> str:
    """`row "Calls" skipped: its day is "n/a"`, named by the row's first cell besides the day's."""
    named = next((tidy(unwrap(c)) for i, c in enumerate(row) if i != col and c.strip()), "")
    return f'row "{named}" skipped: its day is "{said}", no weekday'
