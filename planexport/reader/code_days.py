"""A day heading whose only content is a timetable in a code block (`### Monday` over a fenced
block of `06:00 - 07:00: Morning study` lines): the block is that day's timetable, not a
template of one. `### Weekday Schedule` over spans with bulleted points under them
(`- Flash cards`) is one too, when no day of the plan is read outside code blocks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeVar

from planexport.reader.code_agenda import is_timetable
from planexport.reader.outline import Node, unwrap

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx

__all__ = ["code_only", "code_timetable", "pointed_days", "template_warning"]


class _Span(Protocol):
    start: int
    end: int
    line: int


_S = TypeVar("_S", bound=_Span)


def code_only(below: list[Node]) -> bool:
    """Whether the nodes under a day heading hold a code block and nothing else but headings;
    a heading of a time span (`### 8:30-9:30 — Weekly planning`) is a block of the day, its
    code block under it the block's text."""
    return (
        bool(below)
        and all(n.kind in ("code", "heading", "hr") for n in below)
        and any(n.kind == "code" for n in below)
        and not any(n.kind == "heading" and _span_heading(n.text) for n in below)
    )


def _span_heading(text: str) -> bool:
    from planexport.reader.durations import find_duration

    found = find_duration(text) if any(c.isdigit() for c in text) else None
    return found is not None and found.at is not None


def code_timetable(below: list[Node], *, points: bool = False) -> bool:
    """Whether the nodes under a day heading start with a code block of clock spans, the only
    code block there (a block of other text, or a single line, stays a template). With
    `points`, bulleted lines under its spans count as their items."""
    codes = [node for node in below if node.kind == "code"]
    if len(codes) > 1 or (codes and below[0] is not codes[0]):
        # "### Morning" over "05:00 Alarm", "### Evening" over "19:30 Dinner": a timetable
        # in parts, when every code block is one; a note before the first part ("> Applies
        # to: …") or a checklist after the last is no part of it
        parts = below[below.index(codes[0]) : below.index(codes[-1]) + 1] if codes[1:] else below
        return code_only(parts) and all(is_timetable(code, points=points) for code in codes)
    return bool(below) and bool(codes) and is_timetable(codes[0], points=points)


def template_warning(nodes: list[Node], span: _Span, ctx: Ctx) -> None:
    """Say that a day written only in a code block is a template and not read."""
    ctx.warn(
        span.line,
        f'"{unwrap(nodes[span.start].text)}": a day written only in a code block is a template, '
        "not read",
    )


def pointed_days(nodes: list[Node], days: list[_S], pointed: list[_S], ctx: Ctx) -> list[_S]:
    """The days with those whose code timetable has points under its spans (`pointed`), when
    every day is written in code blocks; beside a day written outside them, they stay
    templates, warned as before."""
    outside = any(
        any(n.kind not in ("code", "heading", "hr") for n in nodes[d.start + 1 : d.end])
        for d in days
    )
    if not outside:
        return sorted([*days, *pointed], key=lambda d: d.start)
    for span in pointed:
        template_warning(nodes, span, ctx)
    return days
