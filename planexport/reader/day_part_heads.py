"""Weekday headings that name a part of the day (`### Saturday morning`, `## Domenica sera —
Prep`): inside a heading of the same weekday (`## Monday` over `### Monday morning`) a part of
that day, and right after a heading of the same weekday's other part (`## Saturday morning`,
then `## Saturday afternoon`) the same day going on; elsewhere a day of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.bold_date_leads import unbold_date_lead
from planexport.reader.outline import section_end, unwrap
from planexport.reader.today_heads import named_weekday

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["joined_parts"]


def joined_parts(nodes: list[Node], heads: list[DaySpan]) -> list[DaySpan]:
    """The day headings, those naming a part of a day they go on with taken into it."""
    out: list[DaySpan] = []
    for span in heads:
        prev = out[-1] if out else None
        name = _part_of(nodes, span)
        if name is None or prev is None or not _same_day(nodes, prev, span):
            out.append(span)
            continue
        if span.level > prev.level and span.start < section_end(nodes, prev.start):
            prev.end = max(prev.end, span.end)
            continue  # "## Monday" over "### Monday morning": a part of Monday
        if span.level == prev.level and prev.end == span.start and _part_of(nodes, prev):
            prev.end = span.end  # "## Saturday morning", "## Saturday afternoon": one Saturday
            if prev.title == " ".join(filter(None, _parts(nodes, prev))):
                prev.title = name
            continue
        out.append(span)
    return out


def _same_day(nodes: list[Node], prev: DaySpan, span: DaySpan) -> bool:
    return (
        len(prev.weekdays) == 1
        and prev.weekdays == span.weekdays
        and prev.start >= 0
        and nodes[prev.start].kind == "heading"
        and nodes[span.start].kind == "heading"
    )


def _parts(nodes: list[Node], span: DaySpan) -> tuple[str | None, str | None]:
    from planexport.reader.day_headings import weekday_heading

    if span.start < 0 or nodes[span.start].kind != "heading":
        return None, None
    match = weekday_heading(named_weekday(unbold_date_lead(unwrap(nodes[span.start].text))))
    return (match["name"], match["part"]) if match is not None else (None, None)


def _part_of(nodes: list[Node], span: DaySpan) -> str | None:
    """The weekday's name of a heading that names a part of that day, else None."""
    name, part = _parts(nodes, span)
    return name if part else None
