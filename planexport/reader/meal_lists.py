"""A meal first in a list of what a long clock span holds (`- **13:00–15:00:** almoço, tarefas
domésticas e outras necessidades.`, `- 12:00–14:00 Lunch, errands and emails`,
`- 12:00–14:00 Mittagessen, Einkaufen und Wäsche`): a block of all of it, not a meal break.

A span of a meal's length (90 minutes at most, `12:30–13:30 Lunch, salad and fruit`) or a list
of pauses alone (`12:00–14:00 Almuerzo, siesta`) stays a gap, as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import is_break
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock
    from planexport.reader.durations import Found

__all__ = ["meal_gap_title", "said_gap", "span_gap"]

# No meal break runs longer: a span of more hours holds what its list says besides the meal.
_MEAL_MINUTES = 90


def span_gap(raw: RawBlock) -> bool:
    """Whether a timed line's block is a gap: its title names a break or a meal, unless a clock
    span longer than a meal lists other work after the meal and a comma."""
    if not is_break(raw.title):
        return False
    return not (raw.at is not None and raw.hi > _MEAL_MINUTES and _meal_then_work(raw.title))


def said_gap(raw: RawBlock) -> bool:
    """Whether a gap's line says more than its meal (`12:30–13:30 almoço, depois revisão
    rápida`, a meal's length): kept as the day's note, so the work after the meal is never lost
    without a word."""
    return _meal_then_work(raw.title)


def meal_gap_title(title: str, found: Found | None) -> bool:
    """`span_gap` for a title and the length `found` for it (a table row's cells)."""
    if not is_break(title):
        return False
    long = found is not None and found.at is not None and found.hi > _MEAL_MINUTES
    return not (long and _meal_then_work(title))


def _meal_then_work(title: str) -> bool:
    """`almoço, tarefas domésticas e outras necessidades`: a meal, a comma, then work."""
    from planexport.reader.meals import busy_parts

    plain = fold(re.sub(r"[(\[].*$", " ", title))
    head, comma, rest = plain.partition(",")
    return bool(comma) and is_break(head) and busy_parts(rest)
