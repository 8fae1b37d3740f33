"""Weekday lines in a section after the plan's day headings sum the plan up; they are no days."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["after_the_days"]


def after_the_days(nodes: list[Node], heads: list[DaySpan], line: DaySpan) -> bool:
    """Whether a weekday line (`- Saturday: +40 min (Quiz)`) only sums up the days above.

    It does when it comes after every day heading, in a section whose heading is above their
    level and names no week or day of its own (`## Time Breakdown (30 min/day)`, not `## Week 2`).
    """
    if not heads or line.start < max(h.start for h in heads):
        return False
    if line.level >= min(h.level for h in heads):
        return False  # "### Días de Estudio" beside "### Lunes": a day among them
    heading = next(
        (n for n in reversed(nodes[: line.start]) if n.kind == "heading"),
        None,
    )
    if heading is None:
        return False
    # "## Week 2" over "**Monday:**" lines: the next week's days, written another way.
    return re.search(r"\d+\s*(?:$|[:.)\-–—])|^\W*\w+\s+\d+\b", heading.text.strip()) is None
