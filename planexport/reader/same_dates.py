"""A weekday and date written over two sections (`## Friday 23 Oct — Dive trip`, then
`## Friday 23 Oct — Welcome party`): one day of two parts, not the same weekday a week later."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.model import Variant
from planexport.reader.dates import month_day, month_first
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    import datetime as dt

    from planexport.model import Block, Day
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["joined_dates"]

Lines = dict[tuple[int, int, int], int]


def _key(block: Block) -> tuple[str, str | None, int, int]:
    return block.title, block.at, block.min_minutes, block.max_minutes


def _joined(first: Day, again: Day, lines: tuple[list[int], list[int]]) -> tuple[Day, list[int]]:
    """`first` with the blocks and notes of `again` it does not hold yet (a block of the same
    title, time and length once), in the order of the day when every block has a time; the
    two titles as one (`Dive trip / Welcome party`); the blocks' source lines too."""
    own = list(first.variants[0].blocks) if first.variants else []
    kept = {_key(block) for block in own}
    pairs = list(zip(own, lines[0], strict=False))
    more = list(again.variants[0].blocks) if again.variants else []
    added = [(b, line) for b, line in zip(more, lines[1], strict=False) if _key(b) not in kept]
    pairs += added
    if all(block.at is not None for block, _ in pairs):
        pairs.sort(key=lambda pair: pair[0].at or "")
    if first.variants:
        hours = round(first.variants[0].hours + sum(b.max_minutes for b, _ in added) / 60, 2)
    else:
        hours = again.variants[0].hours if again.variants else 0
    variants = (Variant(hours=hours, blocks=tuple(b for b, _ in pairs)),) if pairs else ()
    notes = (*first.notes, *(note for note in again.notes if note not in first.notes))
    title = first.title
    if again.title and again.title.casefold() != first.title.casefold():
        title = f"{first.title} / {again.title}" if first.title else again.title
    update = {
        "variants": variants,
        "notes": notes,
        "title": title,
        "date": first.date or again.date,
    }
    return first.model_copy(update=update), [line for _, line in pairs]


def _date_of(span: DaySpan, nodes: list[Node], *, us: bool) -> tuple[int, int] | None:
    """The month and day a day's heading writes (`Friday 23 Oct`), with or without a year."""
    if span.date is not None:
        return span.date.month, span.date.day
    if span.month_day is not None:
        return span.month_day
    return month_day(nodes[span.start].text, month_first=us)[0]


def joined_dates(
    nodes: list[Node],
    spans: list[DaySpan],
    days: list[Day],
    lines: Lines,
    *,
    weeks: list[int | None],
    ctx: Ctx,
) -> tuple[list[Day], Lines]:
    """The days with each heading that names the weekday and date of a day above joined to it:
    its blocks added once, its notes too, the titles as one; one warning names both lines.
    Only days of one heading each, with one length of plan (or none) each."""
    heads: dict[tuple[int | None, int], DaySpan] = {}
    for head, week in zip(spans, weeks, strict=False):
        if len(head.numbers) == 1 and head.start >= 0 and nodes[head.start].kind == "heading":
            heads[(week, head.numbers[0])] = head
    named = [head.weekday for head in heads.values() if head.weekday is not None]
    if len(set(named)) == len(named):
        return days, lines  # no weekday written twice: nothing to join
    us = month_first(nodes)
    block_lines = [
        [lines.get((i, 0, b), 0) for b in range(len(day.variants[0].blocks) if day.variants else 0)]
        for i, day in enumerate(days)
    ]
    out: list[tuple[Day, int]] = []  # each day kept, with its index in `days`
    seen: dict[tuple[str, tuple[int, int]], tuple[int, DaySpan]] = {}
    for index, day in enumerate(days):
        span = heads.get((day.week, day.number))
        found = _date_of(span, nodes, us=us) if span is not None else None
        if span is None or day.weekday is None or span.weekday != day.weekday or found is None:
            out.append((day, index))
            continue
        key = (day.weekday, found)
        if key in seen:
            at, first_span = seen[key]
            first: Day = out[at][0]
            dates: set[dt.date] = {d for d in (first.date, day.date) if d is not None}
            if len(dates) < 2 and len(first.variants) <= 1 and len(day.variants) <= 1:
                pair = (block_lines[out[at][1]], block_lines[index])
                joined, joined_lines = _joined(first, day, pair)
                block_lines[out[at][1]] = joined_lines
                out[at] = (joined, out[at][1])
                ctx.warn(
                    span.line,
                    f'"{unwrap(nodes[span.start].text)}" names the weekday and date of '
                    f'"{unwrap(nodes[first_span.start].text)}" (line {first_span.line}): '
                    "read as one day, its blocks joined",
                )
                continue
        seen.setdefault(key, (len(out), span))
        out.append((day, index))
    if len(out) == len(days):
        return days, lines
    kept = [day for day, _ in out]
    if [day.number for day in days] == list(range(1, len(days) + 1)):
        kept = [day.model_copy(update={"number": n}) for n, day in enumerate(kept, start=1)]
    moved: Lines = {}
    for new, (_, old) in enumerate(out):
        for (i, v, b), line in lines.items():
            if i == old and v > 0:
                moved[(new, v, b)] = line
        for b, line in enumerate(block_lines[old]):
            moved[(new, 0, b)] = line
    return kept, moved
