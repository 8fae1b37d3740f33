"""Lines of a heading of several days that each name their own (`#### Days 3-5: Practice` over
`- **Days 3-4**: Continue practising` and `- **Day 5**: Finish the project`): each day keeps the
lines that name it, and the lines that name no day."""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.words import DAY_WORDS

if TYPE_CHECKING:
    from planexport.reader.outline import Item
    from planexport.reader.sections import DayBody

__all__ = ["for_day"]

# "**Days 3-4**:", "Day 5 –", "Tag 3 und 4:": a line's lead naming the days it is for.
_LABEL = lazy(
    rf"^[*_\s]*{DAY_WORDS}\s*(\d{{1,3}})"
    r"(?:\s*(?:[-–—&]|and|to|und|bis|y|a|et|au|e|al|en|tot)\s*(\d{1,3}))?[*_\s]*[:–—.-]",
    re.IGNORECASE,
)


def _days(text: str) -> set[int] | None:
    match = _LABEL.match(text)
    if match is None:
        return None
    first = int(match.group(1))
    last = int(match.group(2)) if match.group(2) else first
    return set(range(first, last + 1)) if first <= last else None


def for_day(body: DayBody, number: int, numbers: list[int]) -> DayBody:
    """The body of one of a heading's days: its lines that name other days of the heading
    left out; the body as it is when its lines name none, or name days outside the heading."""
    if len(numbers) < 2:
        return body
    from planexport.reader.range_weekday_blocks import weekday_share

    if (share := weekday_share(body, number, numbers)) is not None:
        return share  # "### Day 6-7 (Weekend)" over "**Saturday Morning (3 hours)**", …
    texts = [*body.notes, *(i.text for _, raws in body.variants for r in raws for i in r.items)]
    named = [found for text in texts if (found := _days(text)) is not None]
    if len(named) < 2 or not all(found <= set(numbers) for found in named):
        return body

    def kept(text: str) -> bool:
        found = _days(text)
        return found is None or number in found

    def items(raw_items: list[Item]) -> list[Item]:
        return [item for item in raw_items if kept(item.text)]

    variants = []
    for hours, raws in body.variants:
        copies = [copy.copy(raw) for raw in raws]
        for raw in copies:
            raw.items = items(raw.items)
        variants.append((hours, copies))
    notes = [note for note in body.notes if kept(note)]
    return dataclasses.replace(body, notes=notes, variants=variants, items=items(body.items))
