"""A weekday section that comes back later with its date (`### Saturday`, then under `## Talks`
`#### Saturday, 26 April`): the same day, written in two places, read as one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.model import Variant
from planexport.reader.dates import ORDER
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import DAY_WORDS, WEEK_WORDS

if TYPE_CHECKING:
    from planexport.model import Block, Day
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["joined_weekdays"]

Lines = dict[tuple[int, int, int], int]

# "## Day 3 (Monday)", "### Week 2": days counted or weeks named, which tell two Mondays apart.
_NUMBERED = lazy(rf"(?<!\w)(?:{DAY_WORDS}|{WEEK_WORDS})\s*\d", re.IGNORECASE)


def _weekless(nodes: list[Node], spans: list[DaySpan], weeks: list[int | None]) -> bool:
    """Whether the plan has no week structure: no week named, no day counted."""
    if any(week is not None for week in weeks):
        return False
    return not any(
        node.kind == "heading" and _NUMBERED.search(unwrap(node.text)) for node in nodes
    ) and not any(span.start >= 0 and _NUMBERED.search(span.title) for span in spans)


def _key(block: Block) -> tuple[str, str | None, int, int]:
    return block.title, block.at, block.min_minutes, block.max_minutes


def _joined(first: Day, again: Day, lines: tuple[list[int], list[int]]) -> tuple[Day, list[int]]:
    """`first` with the blocks and notes of `again` it does not hold yet, in the order of the
    day when every block has a time, and the date of `again`; the blocks' source lines too."""
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
    day = first.model_copy(update={"variants": variants, "notes": notes, "date": again.date})
    return day, [line for _, line in pairs]


def joined_weekdays(
    nodes: list[Node],
    spans: list[DaySpan],
    days: list[Day],
    lines: Lines,
    *,
    weeks: list[int | None],
    ctx: Ctx,
) -> tuple[list[Day], Lines]:
    """The days with each weekday section that comes back later in the same week with its date
    joined to the first: its blocks added once (a block of the same title and time is one),
    its notes too, and the day dated; one warning names both lines. Only in a plan with no week
    structure (no week headings, no `Day N`), where a weekday goes on the week (`## Sunday`,
    then `## Monday` starts the next), and when the two are one variant each with no other date.
    """
    if not _weekless(nodes, spans, weeks):
        return days, lines
    by_number = {
        span.numbers[0]: span
        for span in spans
        if len(span.numbers) == 1 and span.start >= 0 and nodes[span.start].kind == "heading"
    }
    block_lines = [
        [lines.get((i, 0, b), 0) for b in range(len(day.variants[0].blocks) if day.variants else 0)]
        for i, day in enumerate(days)
    ]
    out: list[tuple[Day, int]] = []  # each day kept, with its index in `days`
    seen: dict[tuple[int, str], tuple[int, DaySpan]] = {}
    cycle, before = 0, None
    for index, day in enumerate(days):
        span = by_number.get(day.number)
        if span is None or day.weekday is None or span.weekday != day.weekday:
            out.append((day, index))
            continue
        if before is not None and ORDER.index(day.weekday) < ORDER.index(before):
            cycle += 1  # "## Sunday", then "## Monday": the next week
        before = day.weekday
        key = (cycle, day.weekday)
        if key in seen:
            at, first_span = seen[key]
            first = out[at][0]
            if (
                day.date is not None
                and first.date in (None, day.date)
                and len(first.variants) <= 1
                and len(day.variants) <= 1
                and (first.variants or day.variants)
            ):
                pair = (block_lines[out[at][1]], block_lines[index])
                joined, joined_lines = _joined(first, day, pair)
                block_lines[out[at][1]] = joined_lines
                out[at] = (joined, out[at][1])
                ctx.warn(
                    span.line,
                    f'"{unwrap(nodes[span.start].text)}" is the day of '
                    f'"{unwrap(nodes[first_span.start].text)}" (line {first_span.line}) again: '
                    f"read as one day, {day.date.isoformat()}, its blocks joined",
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
