"""A weekly template in a plan that says how many weeks it lasts (`8-week plan`, `for 6 weeks`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import WEEK_WORDS

if TYPE_CHECKING:
    from planexport.model import Day
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Node

__all__ = ["template_weeks"]

# "8-week plan", "for 6 weeks", "Duration: 12 weeks", "12 Wochen", "6 semanas": not "Week 3".
_WEEKS = lazy(rf"(?<![\w.,])(?P<n>\d{{1,2}})\s*[-‑]?\s*{WEEK_WORDS}(?!\w)", re.IGNORECASE)


def template_weeks(nodes: list[Node], days: list[Day], ctx: Ctx) -> None:
    """Warn that a plan of one week of weekdays that says it lasts N weeks is read as one week.

    The plan writes one week; it is read once, as written (its keys stay those of one week).
    The warning names the weeks the plan states and how to schedule them all: give the file
    once per week (`planexport ics plan.md plan.md …`), each later copy a week after the one before.
    """
    if len(days) < 2 or any(d.weekday is None or d.week is not None or d.date for d in days):
        return
    if len({d.weekday for d in days}) < len(days):
        return  # the same weekday twice: not one week
    for node in nodes:
        if node.kind not in ("heading", "paragraph"):
            continue
        match = _WEEKS.search(unwrap(node.text))
        if match is None or int(match.group("n")) < 2:
            continue
        weeks = int(match.group("n"))
        ctx.warn(
            node.line,
            f'the plan lasts {weeks} weeks ("{match.group(0)}") and writes one week of '
            f"{len(days)} days: read as that one week (give the file {weeks} times to "
            "schedule every week)",
        )
        return
