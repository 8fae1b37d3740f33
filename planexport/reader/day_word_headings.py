"""Sibling headings that each name a day in words (`## Regular Day`, `## Review Day`), each over
its own timetable: the plan's days, titled by their headings.

A plan with no weekday and no day number may still say in each heading that it is a day:
`## Exam Day`, `## Lerntag`, `## Día de repaso`, `## Journée type`, `## Giornata di ripasso`,
`## Dia de revisão`, `## Studiedag`. Read as one day, the first would be the plan and the others
refused; each is a day of its own, in the order written. Only when every such heading says
"day" (in one word, not a weekday, not "Nachmittag" or "middag", parts of a day) and none
names a weekday: `## Morning` beside `## Exam Day` is still refused as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.day_headings import listed_weekdays
from planexport.reader.days import DaySpan
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.unread_headings import unread_sections
from planexport.reader.words import ABBREVIATED_WEEKDAYS, WEEKDAYS, fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["day_word_days", "says_day"]

# One day, in one word of its own or at the end of a German or Dutch compound ("Lerntag",
# "Studiedag"); "Mittag", "Nachmittag", "middag", "namiddag" are parts of a day, not days.
_DAY_WORD = lazy(
    r"(?<!\w)(?:day|tag|d[ií]a|jornada|jour|journ[ée]e|giorno|giornata|dag)(?!\w)"
    r"|(?<!\w)\w{2,}(?<!mit)(?<!mid)(?:tag|dag)(?!\w)",
    re.IGNORECASE,
)


def says_day(text: str) -> bool:
    """Whether a heading names one day in words (`Exam Day`, `Lerntag`, `Día de repaso`), not a
    weekday and not a part of a day (`Nachmittag`)."""
    plain = unwrap(text).strip()
    # "## Lecture day (Mon, Wed)", "## Zondag": days of the week, not one day ("di", "do" are
    # Italian and Portuguese words, not weekdays, in "Giornata di ripasso", "Dia do exame").
    words = [fold(word) for word in re.findall(r"\w+", plain)]
    if listed_weekdays(plain) or any(
        len(word) > 2 and (word in WEEKDAYS or word in ABBREVIATED_WEEKDAYS) for word in words
    ):
        return False
    return _DAY_WORD.search(plain) is not None


def day_word_days(nodes: list[Node], spans: list[DaySpan]) -> list[DaySpan]:
    """`spans`, or a day for each sibling heading that names a day, when `spans` is the one day
    of a plan whose other headings over timed lines would otherwise be refused as unread days."""
    sections = unread_sections(nodes, spans)
    if sections is None:
        return spans
    # "## Special Days Routine" over "### Mini-project Day" and "### Hackathon – Day 1", each
    # over its timetable: a group of days, its headings the days
    expanded = [part for head, end in sections for part in _day_group(nodes, head, end)]
    if not all(says_day(nodes[head].text) for head, _ in expanded):
        return spans
    sections = expanded
    level = nodes[sections[0][0]].level
    parent = next(
        (
            j
            for j in range(sections[0][0] - 1, -1, -1)
            if nodes[j].kind == "heading" and nodes[j].level < level
        ),
        None,
    )
    days: list[DaySpan] = []
    for number, (head, end) in enumerate(sections, start=1):
        node = nodes[head]
        day = DaySpan(head, end, node.line, [number], unwrap(node.text).strip(), node.level)
        day.parent = parent if node.level == level else _parent(nodes, head)
        days.append(day)
    return days


def _parent(nodes: list[Node], head: int) -> int | None:
    """The heading above `head` at a higher level, or None."""
    level = nodes[head].level
    return next(
        (
            j
            for j in range(head - 1, -1, -1)
            if nodes[j].kind == "heading" and nodes[j].level < level
        ),
        None,
    )


def _day_group(nodes: list[Node], head: int, end: int) -> list[tuple[int, int]]:
    """The section at `head` (up to `end`) as days: itself when its heading says day, else the
    headings one level below it that say day and hold clock lines, when nothing timed stands
    above the first of them and every one of them with clock lines says day; else itself."""
    from planexport.reader.plan_part import _clock_lines

    if says_day(nodes[head].text):
        return [(head, end)]
    subs = [j for j in range(head + 1, end) if nodes[j].kind == "heading"]
    if not subs:
        return [(head, end)]
    level = min(nodes[j].level for j in subs)
    children = [j for j in subs if nodes[j].level == level]
    if any(_clock_lines(n) for n in nodes[head + 1 : children[0]]):
        return [(head, end)]  # "## Special days" over its own timetable: no group
    parts: list[tuple[int, int]] = []
    for pos, child in enumerate(children):
        stop = children[pos + 1] if pos + 1 < len(children) else end
        if any(_clock_lines(n) for n in nodes[child + 1 : stop]):
            if not says_day(nodes[child].text):
                return [(head, end)]  # "### Morning" among them: not days, refused as before
            parts.append((child, stop))
    return parts or [(head, end)]
