"""Exercise headings after a day's timetable (`### Ejercicio 1: Primer agente (45 min)` below
`| 11:45-14:00 | Taller práctico |`): the parts of its practice row, not blocks after it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["exercise_heading", "practice_rows"]

# Exercises, folded: "Exercise 2", "Übung 3", "Ejercicios del día", "Esercizio", "Oefening".
_EXERCISE = lazy(r"\b(?:exercises?|exercices?|ejercicios?|esercizi[oi]?|exercicios?|ubung(?:en)?"
                 r"|oefening(?:en)?)\b")  # fmt: skip
# A row of practice, folded: a workshop, a lab, hands-on work, the exercises themselves.
_PRACTICE = lazy(
    r"\b(?:workshop|hands[- ]on|lab|labs|labor|laboratori[oa]?|taller|practi[a-z]*|prati[a-z]*"
    r"|prakti[a-z]*|atelier|oficina|esercitazion[ei]|werkcollege|tp)\b"
    rf"|{_EXERCISE.pattern}"
)


def practice_rows(node: Node) -> list[tuple[str, int]]:
    """The practice rows of a timetable (a table or list with two or more rows at a time of
    day): each one's cell or line that names the practice, and its minutes."""
    texts = (
        [[cell for cell in row if cell.strip()] for row in node.rows[1:]]
        if node.kind == "table"
        else [[item.text] for item in node.items]
    )
    timed = 0
    found: list[tuple[str, int]] = []
    for cells in texts:
        span = find_duration(" ".join(cells))
        if span is None or span.at is None or span.hi <= 0:
            continue
        timed += 1
        # The row's name is its first cell of words: "| 09:15-11:15 | Intro | Teórico-Práctico |"
        # is a lecture whatever its kind says.
        named = next((c for c in cells if _wordy(c)), None) if node.kind == "table" else cells[0]
        if named is not None and _PRACTICE.search(fold(unwrap(named))):
            found.append((named, span.hi))
    return found if timed >= 2 else []


def _wordy(cell: str) -> bool:
    """Whether a cell is words, not a time or a length (`09:00-09:15`, `15min`)."""
    text = unwrap(cell)
    found = find_duration(text)
    rest = text[: found.start] + text[found.end :] if found is not None else text
    return len(re.findall(r"[^\W\d_]{2,}", rest)) >= 1 and found is None


def exercise_heading(node: Node, section: str) -> bool:
    """Whether a heading is one exercise with a length and no time of day, named as one by its
    own words or by the section it is in (`## Ejercicios del Día`)."""
    text = unwrap(node.text)
    found = find_duration(text)
    if node.kind != "heading" or found is None or found.at is not None:
        return False
    return any(_EXERCISE.search(fold(part)) for part in (text, unwrap(section)))
