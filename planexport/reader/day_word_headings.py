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

__all__ = ["day_word_days"]

# One day, in one word of its own or at the end of a German or Dutch compound ("Lerntag",
# "Studiedag"); "Mittag", "Nachmittag", "middag", "namiddag" are parts of a day, not days.
_DAY_WORD = lazy(
    r"(?<!\w)(?:day|tag|d[ií]a|jornada|jour|journ[ée]e|giorno|giornata|dag)(?!\w)"
    r"|(?<!\w)\w{2,}(?<!mit)(?<!mid)(?:tag|dag)(?!\w)",
    re.IGNORECASE,
)


def _says_day(text: str) -> bool:
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
    if sections is None or not all(_says_day(nodes[head].text) for head, _ in sections):
        return spans
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
        day = DaySpan(head, end, node.line, [number], unwrap(node.text).strip(), level)
        day.parent = parent
        days.append(day)
    return days
