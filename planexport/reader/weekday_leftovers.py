"""Weekday lines after the days that no day takes: `- **Jueves**: Permanencia completa
08:00-17:50` under `## Estrategia de Permanencia`, below `### Jueves` over timed lines of its own.

Such a line (a weekday, then a clock span) is a week's time for a day of that weekday that gives
none of its own; when every day of the weekday has times of its own, or the plan has no day of
that weekday, nothing reads it, and the user is told so, one warning a line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.outline import every_item

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["warn_leftover_weekdays"]


def warn_leftover_weekdays(
    nodes: list[Node], spans: list[DaySpan], structure: dict[str, list[RawBlock]], ctx: Ctx
) -> None:
    """A warning for each weekday line of `structure` that no day of the plan takes."""
    if not structure:
        return
    texts = {item.line: item.text for node in nodes for item in every_item(node.items)}
    for weekday, raws in structure.items():
        days = [s for s in spans if s.weekday == weekday or weekday in s.weekdays]
        if days and not all(_timed(nodes, span) for span in days):
            continue  # a day of that weekday with no time of its own takes the lines
        why = "whose day has times of its own" if days else "that is no day of the plan"
        # A table row is no item: its own title, not the first of the weekday's lines.
        titles = {raw.line: raw.title for raw in reversed(raws)}
        for line in sorted(titles):
            text = _short(texts.get(line, titles[line]))
            ctx.warn(line, f'"{text}" is for a weekday {why}: not read')


def _timed(nodes: list[Node], span: DaySpan) -> bool:
    """Whether a day's own lines (or its table) give a time of day."""
    if span.table is not None:
        return any(raw.at is not None for raw in span.table.blocks)
    texts: list[str] = [nodes[span.start].text] if span.start >= 0 else []
    for node in nodes[span.start + 1 : span.end]:
        texts.append(node.text)
        texts += [item.text for item in every_item(node.items)]
        texts += [cell for row in node.rows for cell in row]
    return any(_clock(text) for text in texts)


def _clock(text: str) -> bool:
    found = find_duration(text)
    return (found is not None and found.at is not None) or find_point_time(text) is not None


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "…"
