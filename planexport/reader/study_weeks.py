"""Plans of weeks that say a day's length once (`2 hours/day, 5 days/week` over `## Week 1 —
Basics` and its untimed topics): each week is its study days.

A person reads such a roadmap as so many days a week of that length, each on the week's
topics; before, each week was one day of the plan (or, with no week timed, the plan was
refused). Here each week's section stands for its study days: with `5 days/week` days 1-5 of
each week (the week's other days its rest days), with no number of days said every day of the
week, with a warning that says so. The daily length itself is then read as for untimed days
(see `stated_daily`): one block a day, titled by the week, its points the items.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.word_gates import lines_of
from planexport.reader.words import NUMBER_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["days_per_week", "study_weeks"]

_WEEK_DAYS = 7
# "5 days/week", "6 days a week", "five days per week", "5x/week", "5 Tage pro Woche",
# "5 días por semana", "5 jours par semaine", "5 giorni a settimana", "5 dagen per week".
_PER_WEEK = lazy(
    r"(?<![\w.,])(?P<n>\d{1,2}|[^\W\d_]{3,7})\s*(?:days?|d|x|times|d[ií]as?|jours?|tage?n?|giorni"
    r"|dagen|mal|veces|fois|volte|keer|vezes)\s*(?:/\s*|(?:per|a|an|each|every|por|pro|par|die"
    r"|a la|à la|alla|na|in de|op|em|la)\s+)(?:week|wk|semana|woche|semaine|settimana)(?!\w)",
    re.IGNORECASE,
)


def days_per_week(text: str) -> int | None:
    """How many days a week the text says are studied (`5 days/week`: 5), or None."""
    for match in _PER_WEEK.finditer(text):
        written = fold(match["n"])
        number = int(written) if written.isdecimal() else NUMBER_WORDS.get(written)
        if number is not None and 1 <= number <= _WEEK_DAYS:
            return number
    return None


def study_weeks(nodes: list[Node], spans: list[DaySpan], ctx: Ctx) -> None:
    """Number each week's study days (`spans`, a span per week or range of weeks, each given
    the plan's stated daily length), with the days a week said before the weeks, else all."""
    first = spans[0].start
    count = days_per_week(lines_of(nodes[:first]))
    if count is None:
        count = _WEEK_DAYS
        ctx.warn(
            nodes[first].line,
            "the plan says no number of days a week (such as '5 days/week'): "
            "each week is 7 days of study",
        )
    heads = {span.line for span in spans}
    # "2 of 3 weeks have nothing timed": they have now
    ctx.warnings = [
        w for w in ctx.warnings if w.line not in heads or "nothing timed" not in w.message
    ]
    week = 0
    for span in spans:
        weeks = len(span.numbers) or 1
        span.numbers = [
            (week + n) * _WEEK_DAYS + day for n in range(weeks) for day in range(1, count + 1)
        ]
        week += weeks
