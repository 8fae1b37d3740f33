"""A weekday heading written again over a table whose header names another weekday
(`<h2>Samstag</h2>` over `<th>Sonntag</th>`): the table's own weekday is the day's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.day_headings import weekday_in
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["table_weekday"]


def table_weekday(nodes: list[Node], span: DaySpan) -> tuple[str, str] | None:
    """The weekday and its cell's text that the header of the day's first table names alone
    (`| Sonntag | |`), when it is not the heading's; None for no table, no weekday or several."""
    table = next((n for n in nodes[span.start + 1 : span.end] if n.kind == "table"), None)
    if table is None or not table.rows:
        return None
    named = []
    for cell in table.rows[0]:
        text = unwrap(cell).strip(" *_:")
        weekday, rest = weekday_in(text)
        if weekday is not None and not rest.strip(" ,.:()-–—"):
            named.append((weekday, text))
    if len(named) != 1 or named[0][0] in span.weekdays:
        return None
    return named[0]
