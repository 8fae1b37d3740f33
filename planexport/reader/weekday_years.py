"""The year of `### Monday, Mar 2` headings: from a full date the plan states that agrees."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.dates import ORDER, date_in
from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["weekday_year"]

_YEAR = lazy(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def weekday_year(nodes: list[Node], spans: list[DaySpan], *, month_first: bool) -> int | None:
    """The year for dated weekday headings without one, else None.

    `**Start Date:** March 2, 2026 (Monday)` over `### Monday, Mar 2` and `### Tuesday, Mar 3`:
    a year a full date of the plan writes is theirs when every such heading's date falls on
    the weekday it names in that year (a page's `Last updated: 2024-05-01` then never dates it).
    """
    dated = []
    for span in spans:
        if span.weekday is None or span.date is not None or span.start < 0:
            continue
        node = nodes[span.start]
        if node.kind == "table" or _YEAR.search(node.text):
            continue
        _, match = date_in(node.text, None, month_first=month_first, weekday=span.weekday)
        if match is not None:
            dated.append((node.text, span.weekday))
    if not dated:
        return None
    for year in _years(nodes, month_first=month_first):
        if all(_agrees(text, year, weekday, month_first=month_first) for text, weekday in dated):
            return year
    return None


def _years(nodes: list[Node], *, month_first: bool) -> list[int]:
    """The years of the full dates the plan's lines write, in order, once each."""
    years: list[int] = []
    texts = [n.text for n in nodes if n.kind in ("heading", "paragraph")]
    texts += [i.text for n in nodes if n.kind == "list" for i in n.items]
    for text in texts:
        if not _YEAR.search(text):
            continue
        for line in re.split(r"\n", text):
            date, _ = date_in(line, None, month_first=month_first)
            if date is not None and date.year not in years:
                years.append(date.year)
    return years


def _agrees(text: str, year: int, weekday: str, *, month_first: bool) -> bool:
    date, _ = date_in(text, year, month_first=month_first, weekday=weekday)
    return date is not None and ORDER[date.weekday()] == weekday
