"""A day with timed lines of which none became a block: said, never a silent rest day."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["warn_empty_day"]

_CLOCK = lazy(r"(?<![\d:.])\d{1,2}[:.h][0-5]\d(?![\d:.])")


def _timed(node: Node) -> bool:
    """Whether a node holds a time of day anywhere (`ab 10:00` in a cell, a span in a line)."""
    texts = [node.text, *(i.text for i in node.items), *(c for row in node.rows[1:] for c in row)]
    return any(_CLOCK.search(text) for text in texts)


def warn_empty_day(nodes: list[Node], span: DaySpan, notes: list[str], ctx: Ctx) -> None:
    """Warn when the day `span` has no block although it holds timed lines and one of them was
    warned (`ab 10:00 | Frühstück`, a gap, and `ab 14:00 | Abbau`, a start with no end): the
    calendar shows a rest day, and the user should know why. Days of timed breaks alone (a
    `Descanso` column) are rest days as written and say nothing. The warning says what the
    calendar shows: a day with lines of its own that names no day off (`notes`, its untimed and
    warned lines) is shown as a day with no timed blocks, not as a rest day."""
    if span.table is not None or not 0 <= span.start < len(nodes):
        return
    inside = nodes[span.start + 1 : span.end]
    if not any(_timed(node) for node in inside):
        return
    first = nodes[span.start].line
    last = nodes[span.end].line if span.end < len(nodes) else None
    if any(w.line > first and (last is None or w.line < last) for w in ctx.warnings):
        from planexport.day_kinds import names_rest

        title = span.title or nodes[span.start].text
        shown = (
            "a rest day"
            if not notes or names_rest(title, "", notes)
            else "a day with no timed blocks"
        )
        ctx.warn(
            span.line,
            f'"{title}" has no block: its breaks and meals are gaps and its other timed lines '
            f"are warned, so it is shown as {shown}",
        )


def warn_unsplit(nodes: list[Node], span: DaySpan, ctx: Ctx) -> None:
    """Warn when a heading of several days (`## Days 6-7: Deploy (6h)`) gives a length it does
    not say is each day's or their total, and its days have no block of their own: the length
    is not split over them, and the calendar shows them untimed."""
    from planexport.reader.durations import find_duration

    if len(span.numbers) < 2 or span.length is not None or not 0 <= span.start < len(nodes):
        return
    if nodes[span.start].kind not in ("heading", "paragraph"):
        return
    from planexport.reader.outline import unwrap

    # "## Days 6-7: Deploy (6h)" keeps its length in the title; "## Day 1-2 (2 hours)" has none
    # but the heading's bracket
    shown = span.title if find_duration(span.title) else unwrap(nodes[span.start].text).strip()
    found = find_duration(shown)
    if found is None or found.at is not None:
        return
    numbers = f"{span.numbers[0]}–{span.numbers[-1]}"
    ctx.warn(
        span.line,
        f'days {numbers} "{shown}": {found.text.strip()} is not split over the '
        f"{len(span.numbers)} days (write it per day, such as '(2h/day)', or as '(6h total)')",
    )
