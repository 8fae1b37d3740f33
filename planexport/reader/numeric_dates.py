"""Numeric dates in a table's date column (`02/10/2023`, `2/10/23`, `10.02.2023`) in one order."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from planexport.reader.blocks import Ctx
from planexport.reader.dates import ORDER, month_first
from planexport.reader.lazy import lazy
from planexport.reader.month_cells import month_cells
from planexport.reader.outline import Node, unwrap
from planexport.reader.table_logs import results_log
from planexport.reader.words import WEEKDAYS, fold

__all__ = ["numeric_dates"]

# "02/10/2023", "Mon 2/10/23", "10.02.2023", "06.01.": a cell that is a date and at most its weekday
_CELL = lazy(
    r"^(?:(?P<wd>[^\W\d_]{2,})\.?,?\s+)?(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})"
    r"(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?P<dot>\.)?$"
)
# "02/10/2023", "2/10/23" in a heading, and one that shows the order ("13/10/2023")
_HEADING_DATE = lazy(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])")
_SETTLED = lazy(r"(?<![\d/])(?:1[3-9]|2\d|3[01])/\d{1,2}/|(?<![\d/])\d{1,2}/(?:1[3-9]|2\d|3[01])/")
_NUMBER = lazy(r"\d{1,2}[/.]\d{1,2}(?:[/.](?:\d{4}|\d{2}))?\.?")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DATE_HEADERS = frozenset(
    ("date", "dates", "datum", "fecha", "data", "when", "wann", "cuando", "quand", "quando", "dag",
     "day", "giorno", "dia", "jour", "tag")
)  # fmt: skip


class _Cell(NamedTuple):
    row: int  # index in the table's rows
    first: int
    second: int
    year: int | None
    dotted: bool
    text: str
    weekday: str | None = None


def numeric_dates(nodes: list[Node], ctx: Ctx) -> list[Node]:
    """The nodes with each numeric date column written `2023-10-02` (or `9 Sep` without a year),
    day or month first as the plan shows: a number over 12 decides for the whole plan; else dots
    are day first, and slashes month first only in a US-English plan, with one warning (also
    for a day heading whose date no weekday settles)."""
    nodes = month_cells(nodes)  # "14/Oct/2013": the month named, so no order to decide
    columns = [
        (node, col, cells)
        for node in nodes
        if node.kind == "table" and len(node.rows) > 1 and not results_log(node)
        for col, cells in _date_columns(node)
    ]
    if not columns:
        _day_lines(nodes, ctx)
        return nodes
    every = [cell for _, _, cells in columns for cell in cells]
    day_first = any(c.first > 12 for c in every)
    month_first_ = any(c.second > 12 for c in every)
    decided: bool | None = None  # month first?
    if day_first != month_first_:
        decided = month_first_
    us: bool | None = None
    warned = False
    for node, col, cells in columns:
        order = decided
        if order is None:
            own_day, own_month = any(c.first > 12 for c in cells), any(c.second > 12 for c in cells)
            order = own_month if own_day != own_month else None
        if all(c.dotted for c in cells):
            # "10.02.2023": with dots the day comes first (as read already) unless the column
            # itself shows otherwise ("10.13.2023")
            if any(c.second > 12 for c in cells) and not any(c.first > 12 for c in cells):
                for cell in cells:
                    node.rows[cell.row][col] = _written(cell, month_first=True) or cell.text
            continue
        if order is None:
            order = _weekday_order(cells)  # "Mon 12/7/2026": only December 7 is a Monday
        if order is None:
            us = month_first(nodes) if us is None else us
            order = us
            unsure = next((c for c in cells if c.first != c.second and not c.dotted), None)
            if unsure is not None and not warned:
                warned = True
                line = node.row_lines[unsure.row] if unsure.row < len(node.row_lines) else node.line
                way = "month first, as in US English" if us else "day first"
                ctx.warn(
                    line,
                    f'dates such as "{unsure.text}" can be day or month first: read {way}; '
                    "write 2023-10-02 to be sure",
                )
        for cell in cells:
            written = _written(cell, month_first=order)
            if written is not None:
                node.rows[cell.row][col] = written
    if not warned:
        _day_lines(nodes, ctx)
    return nodes


def _day_lines(nodes: list[Node], ctx: Ctx) -> None:
    """One warning for the first day heading (`## 02/10/2023`) whose numeric date reads either
    way, when neither the plan's other dates nor the heading's weekday settle which."""
    for node in nodes:
        if node.kind != "heading" or "/" not in node.text:
            continue
        match = _HEADING_DATE.search(node.text)
        if match is None:
            continue
        a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
        year += 2000 if year < 100 else 0
        if a == b or a > 12 or b > 12:
            continue
        words = re.findall(r"[^\W\d_]+", fold(node.text))
        named = {WEEKDAYS[w] for w in words if w in WEEKDAYS and len(w) >= 3}
        try:
            either = {ORDER[dt.date(year, b, a).weekday()], ORDER[dt.date(year, a, b).weekday()]}
        except ValueError:
            continue
        if len(named & either) == 1:
            continue  # "## Monday 02/10/2023": only one of the two dates is a Monday
        if _SETTLED.search(" ".join(n.text for n in nodes if n.text)):
            return
        way = "month first, as in US English" if month_first(nodes) else "day first"
        ctx.warn(
            node.line,
            f'dates such as "{match.group()}" can be day or month first: read {way}; '
            "write 2023-10-02 to be sure",
        )
        return


def _date_columns(node: Node) -> list[tuple[int, list[_Cell]]]:
    """The columns most of whose filled cells are numeric dates, with those cells."""
    header, body = node.rows[0], node.rows[1:]
    out = []
    for col in range(len(header)):
        named = fold(unwrap(header[col])).strip(" :*_") in _DATE_HEADERS
        filled = [(r, row[col]) for r, row in enumerate(body, 1) if col < len(row) and row[col]]
        cells = [c for r, text in filled if (c := _cell(r, text, named=named)) is not None]
        if cells and 2 * len(cells) >= len(filled):
            out.append((col, cells))
    return out


def _cell(row: int, text: str, *, named: bool) -> _Cell | None:
    if "/" not in text and "." not in text:
        return None
    match = _CELL.match(fold(unwrap(text.strip())))
    if match is None:
        return None
    if match["wd"] and WEEKDAYS.get(match["wd"]) is None:
        return None
    dotted = match["sep"] == "."
    if match["y"] is None and not (named or (dotted and match["dot"])):
        return None  # "1/2", "3.5": a fraction or a number unless the column is of dates
    if match["dot"] and not dotted:
        return None
    year = match["y"]
    return _Cell(
        row,
        int(match["a"]),
        int(match["b"]),
        (2000 + int(year) if len(year) == 2 else int(year)) if year else None,
        dotted,
        unwrap(text.strip()),
        WEEKDAYS.get(match["wd"]) if match["wd"] else None,
    )


def _written(cell: _Cell, *, month_first: bool) -> str | None:
    """The cell's date written one way only, its weekday kept; None when it is no date."""
    month, day = (cell.first, cell.second) if month_first else (cell.second, cell.first)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if cell.year is None:
        text = f"{day} {_MONTHS[month - 1]}"  # the year is the table's, as for "9 Sep"
    else:
        try:
            text = dt.date(cell.year, month, day).isoformat()
        except ValueError:
            return None
    # "Mié 4/9/24": the weekday as written, the date one way only
    return _NUMBER.sub(text, cell.text, count=1)


def _weekday_order(cells: list[_Cell]) -> bool | None:
    """Month first (True) or day first (False) when the weekdays the cells write agree with one
    order only, in every cell that writes a weekday and a year; else None."""
    fits = {True: 0, False: 0}
    named = [cell for cell in cells if cell.weekday is not None and cell.year is not None]
    for cell in named:
        for first in (True, False):
            month, day = (cell.first, cell.second) if first else (cell.second, cell.first)
            try:
                fits[first] += ORDER[dt.date(cell.year or 0, month, day).weekday()] == cell.weekday
            except ValueError:
                continue
    if not named or fits[True] == fits[False]:
        return None
    best = fits[True] > fits[False]
    return best if fits[best] == len(named) else None
