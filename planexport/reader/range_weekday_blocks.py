"""A heading of a range of days (`### Day 6-7 (Weekend)`) whose blocks each lead with one weekday
(`**Saturday Morning (3 hours)**`, `**Saturday Afternoon (2 hours)**`, `**Sunday Morning (2
hours)**`): as many weekdays as days, in the week's order; each day of the range takes its own
weekday's blocks, the first day the first weekday's, not every block on every day."""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import TYPE_CHECKING

from planexport.model import WEEKDAYS as ORDER
from planexport.reader.words import WEEKDAYS, fold

if TYPE_CHECKING:
    from planexport.reader.sections import DayBody

__all__ = ["weekday_share"]

_SHORTEST = 5  # "Saturday", "Lunes", "Sonntag": names only, never "Mar" or "So"


def _lead(text: str | None) -> str | None:
    """The weekday a block's title or session leads with, spelled out, else None."""
    first = re.match(r"[\W_]*([^\W\d_]+)", text or "")
    if first is None or len(first.group(1)) < _SHORTEST:
        return None
    return WEEKDAYS.get(fold(first.group(1)))


def weekday_share(body: DayBody, number: int, numbers: list[int]) -> DayBody | None:
    """Day `number`'s part of its range's body when every block leads with a weekday, one
    weekday per day of the range in the week's order; else None."""
    if len(numbers) < 2 or len(body.variants) != 1:
        return None
    raws = body.variants[0][1]
    leads = [_lead(raw.title) or _lead(raw.session) for raw in raws]
    order = list(dict.fromkeys(leads))
    if None in order or len(order) != len(numbers):
        return None
    days = [ORDER.index(day) for day in order if day is not None]
    if days != sorted(days):
        return None  # "Sunday", then "Saturday": no reading of the range's order
    mine = order[numbers.index(number)]
    kept = [copy.copy(raw) for raw, lead in zip(raws, leads, strict=True) if lead == mine]
    hours = round(sum(raw.hi for raw in kept) / 60, 2)
    return dataclasses.replace(body, variants=[(hours, kept)])
