"""A week's times by weekday above weekday days that give none: `| Day | Activity | Time |`,
`- **Monday 10:30–11:30** — Coding`, or a typical day's timetable that every weekday holds."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import try_block
from planexport.reader.lazy import lazy
from planexport.reader.table_weekly import header_spans
from planexport.reader.tables import table_days
from planexport.reader.words import WEEKDAYS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["weekly_structure"]

_WEEKDAY_WORD = lazy(
    r"(\b(?:"
    + "|".join(sorted((n for n in WEEKDAYS if len(n) > 3), key=len, reverse=True))
    + r"))\b",
    re.IGNORECASE,
)


def weekly_structure(
    nodes: list[Node], spans: list[DaySpan], inside: set[int], ctx: Ctx
) -> tuple[dict[str, list[RawBlock]], set[int]]:
    """A week's times by weekday (`Day | Activity | Time`, `**Monday 10:30–11:30** — Coding`)
    for the days below that name the weekday but give no time; the nodes it was read from.
    With none, a typical day's timetable above them (`## A Typical Day`) is each weekday's."""
    if not any(span.weekday and span.table is None for span in spans):
        return {}, set()
    from planexport.reader.typical_days import typical_day

    found: dict[str, list[RawBlock]] = {}
    used: set[int] = set()
    for idx, node in enumerate(nodes):
        if idx in inside:
            continue
        if node.kind == "table" and not header_spans(node):
            for day in table_days(node, ctx):
                if day.weekday and day.blocks:
                    found.setdefault(day.weekday, []).extend(day.blocks)
                    used.add(idx)
        elif node.kind == "list":
            for item in node.items:
                weekday = _weekday_lead(item.text)
                if weekday is None:
                    continue
                raw = try_block(_WEEKDAY_WORD.sub("", item.text, count=1), [], item.line, ctx)
                if raw is not None and raw.at is not None:
                    found.setdefault(weekday, []).append(raw)
                    used.add(idx)
    if not found:
        blocks, used = typical_day(nodes, spans, inside, ctx)
        found = {span.weekday: blocks for span in spans if span.weekday and blocks}
    return found, used


def _weekday_lead(text: str) -> str | None:
    match = _WEEKDAY_WORD.search(text)
    if match is None or text[: match.start()].strip("*_ ") != "":
        return None
    return WEEKDAYS.get(fold(match.group(1)))
