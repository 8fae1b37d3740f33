"""One table of dated rows cut into pages: an exam plan exported page by page repeats its header
(`| Studiengang | Modul | Prüfungstermin | Uhrzeit |`) over each page's rows, and a date may be on
several pages. The pages are one table: a day per date, in date order, with the rows of every
page on that date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.table_columns import header_names

if TYPE_CHECKING:
    import datetime as dt

    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["join_table_pages"]


def _pages(nodes: list[Node], spans: list[DaySpan]) -> bool:
    """Whether the days come from two or more tables under one header, each day dated, with
    no heading between them (`## Track A`, `## Track B`: tracks on the same dates, not pages)."""
    tables = {span.start for span in spans}
    if len(tables) < 2 or any(span.date is None or span.table is None for span in spans):
        return False
    if any(node.kind == "heading" for node in nodes[min(tables) : max(tables)]):
        return False
    return len({tuple(header_names(nodes[idx])) for idx in tables}) == 1


def join_table_pages(nodes: list[Node], spans: list[DaySpan]) -> list[DaySpan]:
    """`spans` with the days of a table's pages joined by date and put in date order, numbered
    on from 1; unchanged unless the pages repeat a date or leave the dates out of order."""
    if not spans or not _pages(nodes, spans):
        return spans
    dates = [span.date for span in spans]
    if len(set(dates)) == len(dates) and dates == sorted(d for d in dates if d is not None):
        return spans
    by_date: dict[dt.date, DaySpan] = {}
    for span in spans:
        if span.date is None or span.table is None:
            continue  # none such: `_pages` asks for a table and a date of every day
        first = by_date.setdefault(span.date, span)
        if first is not span and first.table is not None:
            first.table.blocks.extend(span.table.blocks)
            first.table.notes.extend(span.table.notes)
    out = [by_date[date] for date in sorted(by_date)]
    for span in out:
        blocks = span.table.blocks if span.table is not None else []
        if all(block.at is not None for block in blocks):
            blocks.sort(key=lambda block: block.at or 0)  # a date's rows from several pages
    for number, span in enumerate(out, start=1):
        span.numbers = [number]
    return out
