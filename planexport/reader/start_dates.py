"""A plan's start date written before its numbered days (`**Start Date:** 2025-08-26`, `| **Start
Date** | March 1, 2027 |`, `Startdatum: 01.03.2027`): Day N falls N - 1 days after it."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import TYPE_CHECKING

from planexport.reader.dates import ORDER, date_in
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.words import START_DATE_WORDS

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan

__all__ = ["start_dated"]


_LABEL = lazy(rf"\b{START_DATE_WORDS}\s*[:|]\s*", re.IGNORECASE)
_YEAR = lazy(r"\d{4}")


def _texts(node: Node) -> list[str]:
    if node.kind == "list":
        return [item.text for item in node.items]
    if node.kind == "table":
        return [" | ".join(row) for row in node.rows]
    # "> **Time commitment:** 1 hour/day | **Start date:** 2026-07-20": a summary in a quote
    return [node.text] if node.kind in ("paragraph", "quote") else []


def _start(nodes: list[Node]) -> dt.date | None:
    """The date a line before the days labels as the plan's start, with its year."""
    for node in nodes:
        for text in _texts(node):
            plain = unwrap(text).replace("*", "").replace("_", " ")
            label = _LABEL.search(plain)
            if label is None:
                continue
            date, match = date_in(plain[label.end() :], None)
            if date is not None and match is not None and _YEAR.search(match[0]):
                return date
    return None


def start_dated(nodes: list[Node], spans: list[DaySpan]) -> None:
    """Date numbered days, one number each and counting up from Day 1 with no date or weekday
    of their own, or days named by their weekday alone, from the start date a line before them
    gives."""
    if spans and all(s.weekday is not None and s.date is None for s in spans):
        _weekdays_dated(nodes, spans)
        return
    if not spans or any(
        s.date is not None or s.weekday is not None or len(s.numbers) != 1 for s in spans
    ):
        return
    numbers = [s.numbers[0] for s in spans]
    if numbers[0] != 1 or any(b <= a for a, b in itertools.pairwise(numbers)):
        return
    start = _start(nodes[: min(s.start for s in spans)])
    if start is None:
        return
    for span in spans:
        span.date = start + dt.timedelta(days=span.numbers[0] - 1)
        span.weekday = ORDER[span.date.weekday()]


def _weekdays_dated(nodes: list[Node], spans: list[DaySpan]) -> None:
    """Date weekday days from the start date a line before them gives, as `--start` with that
    date would: the first on the first date from then on with its weekday, each later one on
    the next date with its own."""
    start = _start(nodes[: min(s.start for s in spans)])
    if start is None:
        return
    cursor = start
    for span in spans:
        assert span.weekday is not None
        span.date = cursor + dt.timedelta(days=(ORDER.index(span.weekday) - cursor.weekday()) % 7)
        cursor = span.date + dt.timedelta(days=1)
