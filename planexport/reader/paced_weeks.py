"""Paces of one week offered side by side (`### Light pace (1-2 hours/week)` over `- **Monday**:
30 min - chords`, then `### Heavy pace (5-6 hours/week)` over the week again): choices, not weeks.

Each such section names an amount a week and starts the week again (a weekday already read, or
one before the last read). After the plan's own week (`### Monday` … `### Friday`, then `## Other
paces`) a person follows that week: every pace is a choice beside it, said in one warning each
and not read; before, their days ran on after the week as more days, without a word. Paces with
no week before them read as the weeks after one another, as two weekly templates in code blocks
do (`code_weekdays`), now said as those are. Sections whose weekdays do not come again (`###
Weekdays (10 hours/week)`, then `### Weekend (4 hours/week)`) are parts of one week, as before.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from planexport.reader.dates import ORDER
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import HOUR_WORDS, SPRINT_WORDS, WEEK_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["paced_weeks"]

# The words a weekly amount needs, asked before the pattern: most headings have none of them.
_WEEK_STEMS = ("week", "wk", "woche", "semana", "semaine", "settimana")
# "(1-2 hours/week)", "5 hrs per week", "4 Std./Woche", "3 horas por semana", "2 h/semaine",
# "6 ore a settimana", "3 uur per week", "90 min/week": an amount a week, said of a section.
_A_WEEK = lazy(
    rf"\d\s*(?:{HOUR_WORDS}|min(?:utes?|utos|uten)?)\.?\s*"
    r"(?:/|per\b|pro\b|por\b|par\b|a\s+la\b|alla\b|a\b)\s*"
    r"(?:weeks?|wk|woche|semanas?|semaines?|settimana)\b"
)

# "Month 2", "Phase 1", "Semana 3", "Teil 2": a numbered part of a longer plan, in order.
_NUMBERED = lazy(
    rf"\b(?:{WEEK_WORDS}|{SPRINT_WORDS}|months?|monat|mes(?:es)?|mois|mesi?|maand|part|teil"
    r"|parte|level|nivel|niveau|livello|block|bloque|round|ronda|tier)\s*#?\d"
)


def _paced(text: str) -> bool:
    """Whether a heading names an amount a week (`Busy Professional (5-7 hours/week)`), and
    no numbered part of a course (`Month 2 (10 hours/week)`: a part after the first, no pace)."""
    low = fold(text)
    return (
        any(stem in low for stem in _WEEK_STEMS)
        and _A_WEEK.search(low) is not None
        and _NUMBERED.search(low) is None
    )


def _goes_back(weeks: list[int | None], days: list[DaySpan]) -> bool:
    """Whether a day's weekday comes again, or before the one above, in one week: the cheap
    question asked before any heading is."""
    for before, span in pairwise(days):
        if (
            before.weekdays
            and span.weekdays
            and weeks[before.start] == weeks[span.start]
            and ORDER.index(span.weekdays[0]) <= ORDER.index(before.weekdays[-1])
        ):
            return True
    return False


def _again(keys: set[tuple[int | None, str]], read: set[tuple[int | None, str]]) -> bool:
    """Whether days start the week again: a weekday already read, or one before the last read."""
    if keys & read:
        return True
    weeks = {week for week, _ in keys}
    last = max((ORDER.index(name) for week, name in read if week in weeks), default=-1)
    return any(ORDER.index(name) <= last for _, name in keys)


def _paces(nodes: list[Node], days: list[DaySpan]) -> list[int | None]:
    """For each day, its nearest enclosing heading that names an amount a week, or None."""
    stack: list[tuple[int, int]] = []  # (level, index) of the headings above
    found: list[int | None] = []
    pos = 0
    for span in days:
        while pos < span.start:
            if nodes[pos].kind == "heading":
                while stack and stack[-1][0] >= nodes[pos].level:
                    stack.pop()
                stack.append((nodes[pos].level, pos))
            pos += 1
        # A day heading sits under headings above its level; a bold day line under its own.
        deep = span.level + (0 if nodes[span.start].kind == "heading" else 1)
        found.append(
            next((at for lvl, at in reversed(stack) if lvl < deep and _paced(nodes[at].text)), None)
        )
    return found


def paced_weeks(
    nodes: list[Node], weeks: list[int | None], days: list[DaySpan], ctx: Ctx
) -> list[DaySpan]:
    """The days, every pace after the plan's own week marked as a guide; each pace said once."""
    live = sorted((span for span in days if not span.guide), key=lambda span: span.start)
    if len(live) < 2 or not _goes_back(weeks, live):
        return days
    groups: dict[int, list[DaySpan]] = {}
    own: list[DaySpan] = []  # days before any pace: the plan's own week
    for span, pace in zip(live, _paces(nodes, live), strict=True):
        if pace is not None:
            groups.setdefault(pace, []).append(span)
        elif not groups:
            own.append(span)
    read = {(weeks[span.start], name) for span in own for name in span.weekdays}
    last: int | None = None  # the pace read last, when no week of its own came first
    for pace, spans in groups.items():
        keys = {(weeks[span.start], name) for span in spans for name in span.weekdays}
        if not _again(keys, read):
            read |= keys
            last = pace if not own else last
            continue
        name = unwrap(nodes[pace].text)
        if own:
            for span in spans:
                span.guide = True
            ctx.warn(
                nodes[pace].line,
                f'"{name}" gives the week again at another pace, beside the week read above '
                f"(from line {own[0].line}): a choice, not more days; its days are not read",
            )
            continue
        if last is not None and not _said(ctx, spans[0].line):
            # As two weekly templates in code blocks read (`code_weekdays`): the week after.
            ctx.warn(
                nodes[pace].line,
                f'"{name}" starts the week again: read as the week after "'
                f'{unwrap(nodes[last].text)}" (line {nodes[last].line}), not as a choice '
                "between them",
            )
        read, last = keys, pace
    return days


def _said(ctx: Ctx, line: int) -> bool:
    """Whether the week's restart at this line was said already (a template in a code block)."""
    return any(w.line == line and "starts the week again" in w.message for w in ctx.warnings)
