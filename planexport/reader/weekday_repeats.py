"""A weekday heading written again in the same week (`<h2>Samstag</h2>` twice): one warning."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.dates import ORDER
from planexport.reader.durations import find_duration
from planexport.reader.outline import unwrap
from planexport.reader.table_weekdays import table_weekday

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["warn_repeats"]

_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_FULL = dict(zip(ORDER, _NAMES, strict=True))


def _numbered(text: str) -> bool:
    """Whether a heading holds a number besides a length: a date or a day number
    (`Monday, Mar 2`, `Day 8 (Monday)`) tells its day apart from another Monday."""
    found = find_duration(text)
    if found is not None:
        text = text[: found.start] + text[found.end :]
    return re.search(r"\d", text) is not None


def warn_repeats(nodes: list[Node], weeks: list[int | None], days: list[DaySpan], ctx: Ctx) -> None:
    """Warn when a heading of one weekday starts a second day of that weekday in one week.

    The day is read as written (a second Saturday), but the author most likely copied the
    heading (`Samstag` for `Sonntag`). A weekday again under a new `## Week 2` is that week's;
    with no weeks named, a weekday earlier in the week than the one before it starts the next
    week (`## Monday` … `## Sunday`, `## Monday`), so only a repeat that does not go back in
    the week (`Saturday`, then `Saturday`) is one.
    """
    seen: dict[tuple[int | None, int, str], int] = {}
    cycle = 0
    before: tuple[int | None, str] | None = None
    for span in days:
        if span.guide or len(span.weekdays) != 1 or nodes[span.start].kind != "heading":
            continue
        heading = unwrap(nodes[span.start].text)
        if _numbered(heading):
            continue
        week, name = weeks[span.start], span.weekdays[0]
        if (
            week is None
            and before is not None
            and before[0] is None
            and ORDER.index(name) < ORDER.index(before[1])
        ):
            cycle += 1  # "## Sunday" then "## Monday": the next week, not a repeat
        before = (week, name)
        key = (week, cycle if week is None else 0, name)
        first = seen.setdefault(key, span.line)
        if first != span.line and (own := table_weekday(nodes, span)) is not None:
            # "<h2>Samstag</h2>" again over "<th>Sonntag</th>": the heading was copied
            span.weekday, span.weekdays, span.title = own[0], [own[0]], own[1]
            before = (week, own[0])
            seen.setdefault((week, key[1], own[0]), span.line)
            ctx.warn(
                span.line,
                f'"{heading}" again (first at line {first}) over a table headed "{own[1]}": '
                f"read as {_FULL[own[0]]}, the table's day",
            )
        elif first != span.line:
            ctx.warn(
                span.line,
                f'"{heading}" again (first at line {first}): read as a second {_FULL[name]}',
            )
