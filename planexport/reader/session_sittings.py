"""Numbered sessions with a length and no date (`### **SESSION 1: Basics (2 hours)**`, `##
Sitzung 2 – Praxis (90 Min.)`) over blocks with lengths: a sitting each, read as a day."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import tidy
from planexport.reader.dates import date_in, month_first, plan_year
from planexport.reader.days import DaySpan
from planexport.reader.durations import find_duration, start_time
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.sections import timed

if TYPE_CHECKING:
    from collections.abc import Iterator

    from planexport.reader.outline import Item, Node

__all__ = ["session_sittings"]

_SITTING = lazy(
    r"^[\W_]*(?P<name>(?:session|s[eé]ance|sesi[oó]n|sitzung|sessione|sess[aã]o|sessie)\s*#?\s*\d+)"
    r"\b(?P<rest>.*)$",
    re.IGNORECASE,
)


def session_sittings(nodes: list[Node]) -> list[DaySpan]:
    """A day per heading that numbers a session and gives its length (`(2 hours)`), when two or
    more such headings at one level each hold blocks with lengths and no clock time.

    Each day is titled by the session's name (`Basics`), else by its number (`SESSION 1`); the
    session's length is the day's length (its blocks are what it holds, not one more block).
    Sessions with clock times in them, or with no length of their own, stay parts of one day.
    """
    heads: list[tuple[int, re.Match[str]]] = []
    for idx, node in enumerate(nodes):
        match = _SITTING.match(unwrap(node.text)) if node.kind == "heading" else None
        if match is not None:
            heads.append((idx, match))
    if len(heads) < 2 or len({nodes[idx].level for idx, _ in heads}) > 1:
        return []
    year, us = plan_year(nodes), month_first(nodes)
    spans: list[DaySpan] = []
    for pos, (idx, match) in enumerate(heads):
        node, rest = nodes[idx], match.group("rest")
        found = find_duration(rest)
        if found is None or found.at is not None or date_in(rest, year, month_first=us)[1]:
            return []
        end = next(
            (
                j
                for j in range(idx + 1, len(nodes))
                if nodes[j].kind == "heading" and nodes[j].level <= node.level
            ),
            len(nodes),
        )
        body = nodes[idx + 1 : end]
        if not timed(body) or any(_clocked(text) for text in _texts(body)):
            return []
        name = tidy(unwrap(rest[: found.start] + rest[found.end :]))
        span = DaySpan(idx, end, node.line, [pos + 1], name or tidy(match.group("name")), 0)
        span.level, span.length = node.level, found
        spans.append(span)
    return spans


def _clocked(text: str) -> bool:
    """Whether a line gives a time of day: a start (`09:30 Welcome`) or a span."""
    found = find_duration(text)
    return start_time(text) is not None or (found is not None and found.at is not None)


def _texts(nodes: list[Node]) -> Iterator[str]:
    for node in nodes:
        if node.kind in ("heading", "paragraph"):
            yield node.text
        for row in node.rows:
            yield from row
        stack: list[Item] = list(node.items)
        while stack:
            item = stack.pop()
            yield item.text
            stack.extend(item.children)
