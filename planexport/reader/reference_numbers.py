"""Dotted numbers that refer to exercises, pages or chapters (`exercices 2.15 à 2.19`,
`Aufgaben 3.1 - 3.4`, `pp. 4.10–4.12`): references, never a clock span."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["after_reference_word"]

# The words that number what to do or read, in the seven languages, and their abbreviations;
# a verb of doing (`Exercices : finir 2.15 à 2.19`) and other numbers of the list may stand
# between the word and the span (`ex. 2.12, 2.15 à 2.19`).
_REFERENCE = lazy(
    r"(?<![^\W\d_])(?:exercises?|exercices?|exerc[ií]cios?|ejercicios?|esercizi[o]?|aufgaben?"
    r"|[uü]bungen?|opgaven?|oefening(?:en)?|problems?|probl[eè]mes?|problem[ia]s?|questions?"
    r"|pages?|p[aá]ginas?|pagine|seiten?|blz|pp?|pag|p[aá]g|s|ex|chapters?|chapitres?|chap|ch"
    r"|cap[ií]tulos?|capitol[oi]|cap|kapitel|hoofdstuk(?:ken)?|sections?|secci[oó]n(?:es)?"
    r"|sezion[ei]|se[cç][cç]?[aã]o|se[cç][cç]?[oõ]es|abschnitte?|paragra(?:af|fen)|§|nos?|nr|n°)"
    r"\s*[.:]?\s*(?:(?:to\s+)?(?:finish|do|redo|solve|finir|faire|refaire|terminer|r[eé]soudre"
    r"|hacer|terminar|resolver|fare|finire|svolgere|risolvere|fazer|machen|rechnen|l[oö]sen"
    r"|maken|afmaken)\s+)?(?:\d+(?:\.\d+)*\s*(?:,|;|&|and|et|und|y|e|en|ou|or|oder|o|of)\s*)*$",
    re.IGNORECASE,
)


def after_reference_word(text: str, start: int, *, at: int | None, minutes: int) -> bool:
    """Whether the dotted span at `start` (from minute `at` of the day, `minutes` long) follows
    a word that numbers exercises, pages or chapters: `finir les exercices 2.15 à 2.19` names
    exercises, not 02:15 to 02:19. A span that reads as a stretch of the day (from 6:00, on the
    quarter hours, half an hour or more: `Opgaven 13.30 - 15.00`) stays a clock span."""
    if "." not in text[start : start + 6]:
        return False
    if at is not None and at >= 6 * 60 and at % 15 == 0 and minutes >= 30 and minutes % 15 == 0:
        return False
    return _REFERENCE.search(text, max(0, start - 80), start) is not None
