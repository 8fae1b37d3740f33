"""The year of a table's dates written without one when its rows name their weekday.

`**December 1-7, 2025**` over `| Mon | Dec 1 | IAM basics | 1.5h |` rows, or a plan whose only
year is in a `| Start Date | December 1, 2025 |` row: a person dates each row in the year the
plan gives, the nearest written above the table first, and checks it against the weekday each
row writes. A year is taken when most rows fall on their weekday in it (a row that does not is
warned by the table's reader, its weekday kept); rows that run on past December go on into the
next year (`| Mon | Dec 29 |` … `| Sat | Jan 3 |` under `December 29, 2025 - January 4, 2026`).
With no such year the rows keep their weekdays and one warning says why their dates are not read.
Rows of dates alone (`| Mar 3 | Wedge the clay | 30 min |` under `**Spring term 2026**`) take
the year of the nearest line above that writes one, else the plan's only year (`written_year`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, NamedTuple

from planexport.reader.blocks import tidy
from planexport.reader.document_years import opening_year, without_document_years
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.table_columns import cell_at
from planexport.reader.table_dates import ORDER, YearHint, cell_date, year_hint
from planexport.reader.table_weekly import weekday_of

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Node

__all__ = ["weekday_rows_year", "written_year"]

_YEAR = lazy(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_LATELY = dt.timedelta(days=14)
"""How far back the first row may be from today when the plan writes no year: a plan under way."""
_ABOVE = 200
"""The longest line above a table whose year is the table's (a date line, not a story)."""


class _Row(NamedTuple):
    line: int
    label: str  # the weekday and date as written: "Mon Dec 1"
    text: str
    day: int
    month: int
    weekday: str


def weekday_rows_year(
    nodes: list[Node], idx: int, col: int, day_col: int | None, ctx: Ctx | None
) -> YearHint | None:
    """The year of the table at `idx` whose date column `col` writes no year and whose rows
    name their weekday (in `day_col` or beside the date): the nearest year written above it,
    else a year the plan writes, else (the plan writing none) the year from two weeks ago on,
    whichever makes most rows fall on their weekday; None, warned once, when none does."""
    node = nodes[idx]
    rows = _rows(node, col, day_col)
    if not rows:
        return None
    near, plan = _above(nodes, idx), _plan_years(nodes)
    for year in dict.fromkeys([*near, *(y - 1 for y in near[:1]), *plan]):
        if _fits(rows, year):
            return YearHint(year)
    if not plan:
        start = _today() - _LATELY
        for year in (start.year, start.year + 1):
            first = _date(year, rows[0])
            if first is not None and first >= start and _fits(rows, year):
                return YearHint(year)
    if ctx is not None:
        _warn(rows[0], plan, ctx)
    return None


def written_year(nodes: list[Node], idx: int) -> YearHint | None:
    """The year of the table at `idx` whose rows write dates alone: the nearest year written
    on a short line above it (`**Week of March 2, 2026**`), else the plan's only year."""
    hint = _above_hint(nodes, idx)
    if hint is not None:
        return hint
    years = _plan_years(nodes)
    if len(years) > 1 and (opening := opening_year(nodes, _plan_years)) is not None:
        return YearHint(opening)  # "* TCC II - T01 (2025.2)" above a bibliography's years
    return YearHint(years[0]) if len(years) == 1 else None


def _above_hint(nodes: list[Node], idx: int) -> YearHint | None:
    """The year the nearest short line above `idx` that writes one gives: its only year (with
    `(28.12. - 03.01.2026)` starting in the year before), else the first of its years."""
    text = _year_line(nodes, idx)
    years = _above(nodes, idx) if text else []
    if text is None or not years:
        return None
    return year_hint(text) if len(years) == 1 else YearHint(years[0])


def _rows(node: Node, col: int, day_col: int | None) -> list[_Row]:
    """The rows that write a date without its year and the weekday they name, in order."""
    out = []
    for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
        found = cell_date(cell_at(row, col), None)
        if found is None or found.year is not None:
            continue
        label = cell_at(row, day_col) if day_col not in (None, col) else ""
        weekday = (weekday_of(label, short=True) if label else None) or found.weekday
        if weekday is not None:
            said = f"{tidy(unwrap(label))} {found.text}".strip()
            out.append(_Row(line, said, found.text, found.day, found.month, weekday))
    return out


def _above(nodes: list[Node], idx: int) -> list[int]:
    """The years of the nearest short line above the table that writes one
    (`**December 29, 2025 - January 4, 2026**`), in order."""
    text = _year_line(nodes, idx)
    return list(dict.fromkeys(map(int, _YEAR.findall(text)))) if text else []


def _year_line(nodes: list[Node], idx: int) -> str | None:
    """The nearest short heading, line or quote above `nodes[idx]` that writes a year."""
    for back in range(idx - 1, -1, -1):
        node = nodes[back]
        short = node.kind in ("heading", "paragraph", "quote") and len(node.text) <= _ABOVE
        text = without_document_years(node.text) if short else ""  # no "Nº 038/2022"
        if short and _YEAR.search(text):
            return text
    return None


def _plan_years(nodes: list[Node]) -> list[int]:
    """Every year the plan writes, in its lines or its tables' cells, in order, once each."""
    years: list[int] = []
    for node in nodes:
        texts = [cell for row in node.rows for cell in row] if node.kind == "table" else []
        texts += [node.text] if node.text else []
        texts += [item.text for item in node.items] if node.kind == "list" else []
        for text in map(without_document_years, texts):  # "Resolução Nº 030/2012": no date
            years += [y for y in map(int, _YEAR.findall(text)) if y not in years]
    return years


def _fits(rows: list[_Row], year: int) -> bool:
    """Whether most rows fall on their weekday when dated from `year` on (a row earlier in
    the year than the one before it by half a year or more goes on into the next year)."""
    later, last, agree = 0, None, 0
    for row in rows:
        date = _date(year + later, row)
        if date is not None and last is not None and (last - date).days > 180:
            later += 1
            date = _date(year + later, row)
        if date is None:
            continue
        last = date
        agree += ORDER[date.weekday()] == row.weekday
    return 2 * agree > len(rows)


def _date(year: int, row: _Row) -> dt.date | None:
    try:
        return dt.date(year, row.month, row.day)
    except ValueError:
        return None


def _today() -> dt.date:
    from planexport.reader.weekday_years import today

    return today()


def _warn(row: _Row, plan: list[int], ctx: Ctx) -> None:
    from planexport.reader.date_heads import NAMES

    name = NAMES.get(row.weekday, row.weekday)
    if plan:
        said = ", ".join(map(str, plan[:3])) + (" …" if len(plan) > 3 else "")
        why = f"{row.text} is no {name} in a year the plan writes ({said})"
        fix = ""
    else:
        why = f"the plan writes no year and {row.text} is no {name} from two weeks ago on"
        fix = " (write the year to date them)"
    ctx.warn(row.line, f'"{row.label}": {why}: the rows\' weekdays are read, not their dates{fix}')
