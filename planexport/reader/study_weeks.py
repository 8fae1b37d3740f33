"""Plans of weeks that say a day once, before the weeks (`2 hours/day, 5 days/week`, `Each
day: Coding (45m) + Review (15m)`, a `## Daily Schedule` list) over `## Week 1 — Basics` and
its untimed topics: each week is its study days.

A person reads such a roadmap as so many days a week, each on the week's topics; before, each
week was one day of the plan (or, with no week timed, the plan was refused). Here each week's
section stands for its study days: with `5 days/week` days 1-5 of each week (the week's other
days its rest days, so the next week starts on day 8), with no number of days said every day of
the week, with a warning that says which. The day itself is then read as for untimed days: the
stated length one block titled by the week (`stated_daily`), or the stated steps
(`daily_template`), the week's points the day's notes or the block's items.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.word_gates import lines_of
from planexport.reader.words import NUMBER_WORDS, fold

if TYPE_CHECKING:
    from planexport.model import Day
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["days_per_week", "study_weeks", "take_the_day"]

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
    said = _per_week(text)
    return None if said is None else said[0]


def _per_week(text: str) -> tuple[int, str] | None:
    for match in _PER_WEEK.finditer(text):
        written = fold(match["n"])
        number = int(written) if written.isdecimal() else NUMBER_WORDS.get(written)
        if number is not None and 1 <= number <= _WEEK_DAYS:
            return number, match.group()
    return None


def study_weeks(
    nodes: list[Node], spans: list[DaySpan], ctx: Ctx, days: list[Day] | None = None
) -> None:
    """Number each week's study days when the plan is weeks of topics (`spans`, a span per
    week or range of weeks, none with a block of its own in `days`, each given the plan's daily
    length or steps), with the days a week said before the weeks, else every day."""
    if not spans or not all(span.week for span in spans):
        return
    if days is not None and any(day.variants for day in days):
        return  # "## Week 2" over "- Mock (35 min)": a week's own block, not each day's
    first = spans[0].start
    said = _per_week(lines_of(nodes[:first]))
    count = _WEEK_DAYS if said is None else said[0]
    ctx.warn(
        nodes[first].line,
        "the plan says no number of days a week (such as '5 days/week'): each week is 7 days "
        "of study"
        if said is None
        else f'each week is {count} days of study ("{said[1]}")'
        + (", its other days rest days" if count < _WEEK_DAYS else ""),
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


def take_the_day(nodes: list[Node], spans: list[DaySpan], ctx: Ctx) -> bool:
    """Whether weeks of untimed topics (`spans`) take a day the plan states before them: a
    length a day (`2 hours/day`) or each day's steps (`## Daily Schedule` over `- Coding (45
    min)`, `Each day: Coding (45m) + Review (15m)`)."""
    from planexport.reader.blocks import Ctx as Quiet
    from planexport.reader.daily_template import daily_steps
    from planexport.reader.stated_daily import states_daily

    if states_daily(nodes, spans[0].start) is not None:
        return True
    inside = {idx for span in spans for idx in range(span.start, span.end)}
    return bool(daily_steps(nodes, inside, Quiet(ctx.source))[0])
