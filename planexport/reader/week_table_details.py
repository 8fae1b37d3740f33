"""A week table of weekdays with lengths, then sections that detail some of its weekdays:
`| Lunes | Partido | 60 min |`, `| Miércoles | Carrera continua | 30-40 min |` …, then
`### Miércoles - Carrera continua` over `- Trote suave`.

Every weekday row of the table is a day of the plan; a section headed by one of its weekdays
that gives no time of day, nor lengths beyond its row's, says more about that day: its list
items are the items of the day's block (the day's notes when the day has several blocks), its
paragraphs notes of the day, and what its heading says beyond the weekday a note too when it
is not the row's title.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.blocks import Ctx, tidy
from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.outline import unwrap
from planexport.reader.tables import table_days
from planexport.reader.training_amounts import without_training_amounts
from planexport.reader.words import WEEKDAYS, fold

if TYPE_CHECKING:
    from collections.abc import Iterator

    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Item, Node

__all__ = ["given_details", "given_to", "weekday_details"]


def weekday_details(nodes: list[Node], spans: list[DaySpan], ctx: Ctx) -> list[DaySpan] | None:
    """The weekday headings found as days when they only detail rows of a week table above
    them: each names one weekday of the table, none gives a clock time or a length of its own
    beyond its row's (`- 6 x 400 m`, `- 2 min walking between` are parts of the row), and the
    table has a weekday row that no heading names (read as they are, those rows would be
    lost); else None."""
    starts = sorted({span.start for span in spans})
    if not starts or any(
        span.start < 0
        or nodes[span.start].kind != "heading"
        or span.weekday is None
        or len(span.weekdays) > 1
        or span.table is not None
        or span.length is not None
        or find_duration(nodes[span.start].text) is not None
        or _numbered(nodes[span.start].text)  # "### Day 1 (Monday): Joins": a day of the plan
        for span in spans
    ):
        return None
    said = Ctx(ctx.source)  # the table is read again as the plan's days, warned then
    named = {span.weekday for span in spans}
    for node in nodes[: starts[0]]:
        if node.kind != "table":
            continue
        days = [day for day in table_days(node, said) if day.weekday is not None and day.blocks]
        rows = {day.weekday: sum(raw.hi for raw in day.blocks) for day in days}
        if len(days) < 2 or not named < set(rows):
            continue
        slots = {day.weekday: [(r.at, r.at + r.hi) for r in day.blocks if r.at] for day in days}
        if any(_clocked(nodes[s.start + 1 : s.end], slots[s.weekday or ""]) for s in spans):
            continue
        if all(_lengths(nodes[s.start + 1 : s.end]) <= rows[s.weekday or ""] for s in spans):
            return spans
    return None


def _numbered(heading: str) -> bool:
    """Whether a heading numbers its day (`Day 1 (Monday)`, `Tag 3 – Mittwoch`): a day the plan
    counts, not a note on a weekday of the table."""
    from planexport.reader.day_headings import day_match

    match = day_match(unwrap(heading))
    return match is not None and "num" in match.re.groupindex and match.group("num") is not None


def _texts(nodes: list[Node]) -> Iterator[str]:
    for node in nodes:
        if node.kind in ("heading", "paragraph"):
            yield node.text
        yield from (text for item in node.items for text in _item_texts(item))
        yield from (cell for row in node.rows for cell in row)


def _item_texts(item: Item) -> Iterator[str]:
    yield item.text
    for child in item.children:
        yield from _item_texts(child)


def _clocked(nodes: list[Node], slots: list[tuple[int, int]]) -> bool:
    """Whether a section gives a time of day (`09:00`, `18:00-19:00`): a day's own timetable;
    a time inside one of the day's slots in the table (`we switch around 16:15` in its
    15:15–17:00 slot) says when within it, not a time of its own."""
    for text in _texts(nodes):
        found = find_duration(text)
        point = found.at if found is not None else None
        point = find_point_time(text) if point is None else point
        if point is not None and not any(lo <= point < hi for lo, hi in slots):
            return True
    return False


def _lengths(nodes: list[Node]) -> int:
    """The longest the lengths of a section's lines add up to."""
    texts = (without_training_amounts(text) for text in _texts(nodes))  # "10 x 200 m" swum
    return sum(found.hi for text in texts if (found := find_duration(text)) is not None)


def given_details(details: list[DaySpan]) -> list[DaySpan]:
    """The detail sections as guides: their lines are read into the table's days, not warned
    of as lines in no day."""
    for detail in details:
        detail.guide, detail.numbers = True, []
    return details


def given_to(nodes: list[Node], found: list[DaySpan], details: list[DaySpan]) -> None:
    """Each detail section's items and paragraphs to the table's day of its weekday."""
    for detail in details:
        day = next(
            (
                span
                for span in found
                if span.table is not None
                and span.weekday == detail.weekday
                and span.start < detail.start
            ),
            None,
        )
        if day is None or day.table is None:
            continue
        blocks = day.table.blocks
        said = tidy(detail.title)
        if fold(said) not in WEEKDAYS and fold(said) not in {fold(raw.title) for raw in blocks}:
            day.table.notes.append(said)  # "### Miércoles - Cuestas" over a "Carrera" row
        for node in nodes[detail.start + 1 : detail.end]:
            if node.kind == "list" and len(blocks) == 1:
                blocks[0].items = [*blocks[0].items, *node.items]
            elif node.kind == "list":
                day.table.notes += [unwrap(item.text) for item in node.items]
            elif node.kind == "paragraph" and node.text.strip():
                day.table.notes.append(unwrap(node.text))
