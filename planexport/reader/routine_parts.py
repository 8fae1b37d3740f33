"""A daily template's timed sub-headings: one over its steps, or kinds of day to choose from."""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.words import DAY_WORDS

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock
    from planexport.reader.outline import Node

__all__ = ["routine_parts"]

# "Standard Day", "Practice Day Schedule", "Mock Interview Day", "Lerntag", "Día de repaso": a
# kind of day (`midday` and `daytime` are no such word).
_KIND = lazy(rf"(?<![\w-]){DAY_WORDS}(?![\w-])|tag\b", re.IGNORECASE)


def routine_parts(
    parts: list[RawBlock], lists: dict[int, list[Node]], start: int, quiet: Ctx
) -> tuple[list[RawBlock], set[int]] | None:
    """Each day's steps from the timed sub-headings (`parts`) of a daily template whose heading
    is on line `start`, with the lines they were read from; `lists` holds the lists under each
    part, by its place. None when the parts are simply the parts of each day.

    One part whose list gives steps that add up to its length (`### For Each Pattern (2-3 hours):`
    over `1. **Understand (30 min)**`, `2. **Implement (45 min)**` …) is their sum: the steps
    are the day's blocks, their nested points their items. Parts that each name a kind of day
    (`### Standard Day (45-90 minutes)`, `### Practice Day Schedule (2-3 hours)`, `### Mock
    Interview Day`) are days to choose among, not parts of every day: each day takes the
    first, as the usual one; the others stay warned about as not read."""
    if not parts or (len(parts) > 1 and not all(_KIND.search(p.title) for p in parts)):
        return None
    first = parts[0]
    below = lists.get(0, [])
    steps = _steps(below[0], quiet) if len(below) == 1 else None
    if steps is not None and _fits(steps, first):
        return steps, {start, first.line, *(item.line for item in below[0].items)}
    if len(parts) == 1:
        return None  # one timed sub-heading over points: left to the caller, as before
    lines = {item.line for node in below for item in node.items}
    return [copy.copy(first)], {start, first.line, *lines}


def _fits(steps: list[RawBlock], part: RawBlock) -> bool:
    """Whether the steps add up to the part's length: as short as it at the least, as long at
    the most (`(45-90 minutes)` over steps of 50-65)."""
    return sum(step.lo for step in steps) <= part.hi and sum(step.hi for step in steps) >= part.lo


def _steps(node: Node, quiet: Ctx) -> list[RawBlock] | None:
    """The list's items as steps (see `list_steps`), each keeping its nested points."""
    from planexport.reader.daily_template import list_steps

    steps = list_steps(node, quiet)
    if steps is None or len(steps) != len(node.items):
        return None
    for step, item in zip(steps, node.items, strict=True):
        step.items = list(item.children)
    return steps
