"""A line with only a start time among a list's clock spans (`- 8:30am: Breakfast` between
`- 7:00-8:00am: Run` and `- 9:00-12:00: Study`): a moment (`Wake up`) or a meal is the day's
note, an activity lasts until the next start within three hours, and anything else is kept as a
note with a warning; never dropped unsaid."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.clock_order import is_moment
from planexport.reader.durations import find_duration, start_time
from planexport.reader.open_ends import open_end, without_open_end
from planexport.reader.table_cells import LONGEST_GUESS

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Item

__all__ = ["has_spans", "span_point"]

_LEAD = " *_`[]()|:-~"


def _opens_span(text: str) -> bool:
    """Whether a line opens with a clock span (`7:00-8:00am: Run`, `**09:00-12:00** Talks`)."""
    if start_time(text) is not None:
        return False
    found = find_duration(text)
    return found is not None and found.at is not None and not text[: found.start].strip(_LEAD)


def _open(text: str, words: str) -> bool:
    """Whether a start's words leave it open (`from 14:00`, `ab 18 Uhr`, `18:00 onwards`)."""
    digit = re.search(r"\d", text)
    if digit is None or without_open_end(words) != words:
        return digit is not None
    return open_end(text, digit.start(), digit.end())[0] < digit.start()


def _start_only(text: str) -> bool:
    start = start_time(text)
    return start is not None and find_duration(start[1]) is None


def has_spans(items: list[Item]) -> bool:
    """Whether a list holds a line that opens with a clock span."""
    return any(_opens_span(item.text) for item in items)


def span_point(
    items: list[Item],
    pos: int,
    *,
    start: tuple[int, str],
    after: int | None,
    meal: bool,
    notes: list[str],
    ctx: Ctx,
) -> bool:
    """Read the start-only line `items[pos]` (its minutes and the words after its time in
    `start`, the next start `after`) of a list that holds clock spans, when it is kept as a
    note: a moment (`6:30am: Wake up`, `22:30 Lights out`) is the day's note; a meal or break
    (`meal`) is a gap, as a meal with a span is, and its line the day's note, unless it ends a
    start-only line above it; an activity whose next start is more than three hours later (as
    for a start in a table cell) is kept as a note with a warning. False when the line reads
    as before: in a list with no clock span, with steps under a moment (`05:30 Despertar` over
    `- Estiramientos`), and for an activity that lasts until the next start or has none."""
    item = items[pos]
    if not has_spans(items):
        return False
    at, words = start
    if is_moment(words):
        if item.children:
            return False  # "05:30 Despertar" over what is done on waking: until the next line
        notes.append(item.text)  # "6:30am: Wake up": when the day starts, no block
        return True
    if meal:
        above = [i.text for i in items[:pos] if _opens_span(i.text) or start_time(i.text)]
        if after is not None and above and _start_only(above[-1]):
            return False  # "12:00 Lunch" ends "09:00 Welcome" above it: a gap, as before
        notes.append(item.text)  # "8:30am: Breakfast" after "7:00-8:00am: Run": a gap, kept
        return True
    if item.heading:
        return False  # "#### 12:00 – Snack" among span headings: until the next one, as written
    gap = (after - at) % (24 * 60) if after is not None else 0
    if gap <= LONGEST_GUESS or _open(item.text, words):
        return False  # "ab 14:00 Uhr Workshops", "14:00 onwards": it runs until what comes next
    ctx.warn(
        item.line,
        f'"{_short(item.text)}" has only a start time and the next one is '
        f"{gap // 60}h{gap % 60:02d} later: kept as a note",
    )
    notes.append(item.text)
    return True


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"
