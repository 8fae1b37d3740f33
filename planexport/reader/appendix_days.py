"""Appendices that name a day, after the days: `## Day 7 Quiz Answers`, `## Day 3 Solutions`.

A plan of `## Day 1` … `## Day 6` may end with the answers to a day's quiz under a heading that
names the day:

    ## Day 6
    - 09:00-10:00 Review

    ## Day 2 Quiz Answers
    - Covalent bonds share pairs.

Such a heading is no day of its own (not an empty day 7, not day 2 a second time): it is read as
no day, and a warning on its line says so. A heading that holds anything timed stays a day.
"""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, section_end
from planexport.reader.sections import timed

# The whole title after a day's number: "Quiz Answers", "Solutions", "Exercise Answer Key".
_APPENDIX = lazy(
    r"^[\W_]*(?:(?:quiz|exercises?|practice|test|homework|worksheet)\s+)?"
    r"(?:answers?|answer\s+key|solutions?|lösungen?|antworten|soluciones|respuestas|réponses"
    r"|corrigés?|soluzioni|risposte|respostas|soluções|oplossingen|antwoorden)[\W_]*$",
    re.IGNORECASE,
)


def appendix_day(nodes: list[Node], idx: int, title: str, after_days: bool) -> bool:
    """Whether the day heading at `idx`, titled `title` after its number, is an appendix of a
    day: it comes after a day, its title names answers or solutions, and nothing under it is
    timed."""
    if not after_days or _APPENDIX.match(title or "") is None:
        return False
    return not timed(nodes[idx + 1 : section_end(nodes, idx)])
