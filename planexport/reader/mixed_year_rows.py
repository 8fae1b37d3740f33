"""Rows of one table that write no year beside rows that write one (`| 9/23 | Code review |`
above an older `| 1/14/15 | Code review |`): no year settles theirs, so they are read in order,
undated; one warning on the first of them says so, instead of nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.table_dates import cell_date

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Node

__all__ = ["warn_mixed_years"]


def warn_mixed_years(node: Node, col: int, ctx: Ctx | None) -> None:
    """Warn once when some dated rows of the table write their year and others do not."""
    if ctx is None:
        return
    rows = [
        (line, found)
        for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False)
        if col < len(row) and (found := cell_date(row[col], None)) is not None
    ]
    yearless = [(line, found) for line, found in rows if found.year is None]
    if not yearless or len(yearless) == len(rows):
        return
    line, first = yearless[0]
    ctx.warn(
        line,
        f'{len(yearless)} row(s) write a date with no year ("{first.text}") beside rows '
        "that write one: read in order, undated (write the year to date them)",
    )
