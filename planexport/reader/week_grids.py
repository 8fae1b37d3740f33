"""A grid of a row per week and a column per weekday (`| Week | Sunday | Monday |` over
`| Jul 22 - 28 | X | Class 18:00 - 21:00 |`, `| 1 | Rest | DS 2h |`): each filled cell is that
week's weekday, as a
`## Week 1: Jul 22 - 28` heading over `### Monday` and its line would be."""

from __future__ import annotations

import re

from planexport.reader.date_heads import NAMES
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node, unwrap
from planexport.reader.table_weekly import weekday_of
from planexport.reader.words import FULL_WEEKDAYS, WEEK_WORDS, fold

__all__ = ["week_grid"]

# A header cell that names the rows as weeks: "Week", "**Woche**", "Semana nº", "Semaine".
_WEEK_COLUMN = lazy(rf"^{WEEK_WORDS}\b", re.IGNORECASE)
# A row label that is a week already: "Week 3", "Woche 3 (Prüfungen)".
_NUMBERED = lazy(rf"^{WEEK_WORDS}\s*\d{{1,2}}\b", re.IGNORECASE)
_MARKS = "*_ \t"
# "X", "-", "—", "/": nothing on that weekday in that week.
_NOTHING = frozenset(("", "x", "-", "—", "–", "/", "·"))


def _cell(text: str) -> str:
    from planexport.reader.table_cells import one_line

    return " ".join(unwrap(one_line(text)).split()).strip(_MARKS)


def _timed(text: str) -> bool:
    """A clock span (`Class 18:00 - 21:00`) or a length (`Mock 3h`): a day's time."""
    found = find_duration(text)
    return found is not None and found.hi > 0


def week_grid(node: Node, level: int) -> list[Node] | None:
    """The nodes a week-by-weekday grid stands for: a `Week N: label` heading at `level` per
    row (its label as written when it names the week itself), a weekday heading below it per
    filled cell, and the cell as that day's one line; None when the table is not such a grid.

    Only a table whose first column is headed as weeks (or not headed, over `Week 1`, `Week 2`
    labels), whose other columns all name a weekday
    (two or more) and whose cells give two or more clock spans or lengths is one: the rows are
    weeks, so
    a cell is neither a block of one shared day nor a column left unread."""
    if node.kind != "table" or len(node.rows) < 3 or len(node.rows[0]) < 3:
        return None
    header = [_cell(cell) for cell in node.rows[0]]
    named = _WEEK_COLUMN.match(header[0])
    labels = [_cell(row[0]) for row in node.rows[1:] if row]
    if not header[0] and labels and all(_NUMBERED.match(label) for label in labels):
        named = _NUMBERED.match(labels[0])  # "|  | Monday |" over "| Week 1 | … |"
    if named is None or weekday_of(header[0]) is not None:
        return None
    days = [weekday_of(cell, short=True) for cell in header[1:]]
    if any(day is None for day in days) or len(set(days)) < len(days):
        return None
    body = list(zip(node.rows[1:], node.row_lines[1:], strict=False))
    cells = [_cell(cell) for row, _ in body for cell in row[1 : len(header)]]
    if sum(1 for cell in cells if _timed(cell)) < 2:
        return None
    word = named.group().split()[0].capitalize()
    out: list[Node] = []
    for number, (row, line) in enumerate(body, start=1):
        label = _cell(row[0]) if row else ""
        title = label if _NUMBERED.match(label) else f"{word} {number}: {label}".rstrip(": ")
        title = f"{word} {label}" if label.isdigit() else title  # "| 2 |": the week's number
        out.append(Node("heading", line, level=level, text=title))
        for col, name in enumerate(header[1:], start=1):
            cell = _cell(row[col]) if col < len(row) else ""
            if cell.lower() in _NOTHING:
                continue
            # "Mo", "Di", "Mon": written out, as a heading of its own needs the whole name
            day = name if fold(name) in FULL_WEEKDAYS else NAMES[days[col - 1] or ""]
            out.append(Node("heading", line, level=min(level + 1, 6), text=day))
            out.append(Node("list", line, items=[Item(cell, line)]))
    return out
