"""A span heading whose title names a meal over the work of its span (`### Ochtend
(9:00-12:00): Diner & Snacks` over `- [ ] Diner recepten schrijven`): a block of that work, not
a meal break."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.blocks import is_break
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.durations import Found
    from planexport.reader.outline import Node

__all__ = ["meal_gap"]

# No meal break runs longer: a span of more hours over lines of work is that work's block.
_MEAL_MINUTES = 90


def meal_gap(title: str, found: Found | None, below: list[Node]) -> bool:
    """Whether a heading's block is a meal break: its title names one (`Lunch`, `Diner &
    Snacks`), unless its clock span runs longer than a meal (over 90 minutes) over a list of
    what is done in it: three hours of "Diner & Snacks" over `- [ ] Diner recepten schrijven`
    are hours of writing recipes, no meal."""
    if not is_break(title):
        return False
    if found is None or found.at is None or found.hi <= _MEAL_MINUTES:
        return True
    items = below[0].items if below and below[0].kind == "list" else []
    # "- Coffee break" under "Pausen (10:00-12:00)": the breaks it holds, a gap all the same
    return all(is_break(unwrap(item.text)) for item in items)
