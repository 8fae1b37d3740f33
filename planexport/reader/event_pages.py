"""A one-day event page: a `Date:` line, then `## Timetable` and `## Crew sheet`, each over times
of day. The sections are parts of that day, not days in a language the reader does not know."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.dates import date_in, month_first, plan_year
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["one_day_parts"]

# "* Date: Saturday 14 March 2026", "**Datum:** 11 oktober 2020": the page's one date.
_DATE_LABEL = lazy(
    r"^[\W_]*(?:date|datum|fecha|data|when|wann|quand|quando|cu[aá]ndo)[\W_]*?\s*:[*_\s]*(?P<text>.+)",
    re.IGNORECASE,
)

# Words that name a timetable of an event, or the people who run it, in the seven languages
# (folded: lower case, no accents). A heading of them is a part of the day, never a weekday.
_PART_LINES = (
    "timetable schedule agenda programme program itinerary rundown run sheet running order crew "
    "staff team helpers volunteers organisers organizers setup logistics timeline timings timing",
    "zeitplan ablauf ablaufplan programm tagesordnung regieplan helfer helferplan personal aufbau "
    "dienstplan zeitablauf",
    "horario programa cronograma escaleta itinerario equipo voluntarios montaje",
    "horaire horaires planning deroule deroulement conducteur equipe benevoles organisation",
    "orario programma scaletta squadra volontari allestimento cronoprogramma",
    "programacao pauta roteiro equipa montagem organizacao",
    "tijdschema tijdsschema schema draaiboek rooster dagindeling dagprogramma vrijwilligers "
    "opbouw organisatie begeleiders",
)  # English, German, Spanish, French, Italian, Portuguese, Dutch
_PART_WORDS = frozenset(word for line in _PART_LINES for word in line.split())


def one_day_parts(nodes: list[Node], sections: list[tuple[int, int]]) -> bool:
    """Whether headings over timed lines (`sections`: each heading's place and end) are parts
    of one day: the page gives one date on a `Date:` line before them, or each heading is
    written in words that name a timetable or a crew (`Timetable`, `Crew sheet`, `Draaiboek`)."""
    if all(_part_heading(nodes[head].text) for head, _ in sections):
        return True
    year, us = plan_year(nodes), month_first(nodes)
    dates = set()
    for node in nodes[: sections[0][0]]:
        lines = [node.text] if node.kind == "paragraph" else [i.text for i in node.items]
        for text in lines:
            label = _DATE_LABEL.match(unwrap(text))
            if label is not None and (date := date_in(label["text"], year, month_first=us)[0]):
                dates.add(date)
    return len(dates) == 1


def _part_heading(text: str) -> bool:
    """Whether the words of a heading name a timetable or a crew (`Crew sheet`)."""
    words = re.findall(r"[a-z]+", fold(unwrap(text)))
    known = [
        word in _PART_WORDS or any(word.endswith(part) for part in _PART_WORDS if len(part) >= 6)
        for word in words
    ]
    # "of", "de", "du": the small words between them, never a heading's only words ("Út")
    return any(known) and all(k or len(w) <= 3 for k, w in zip(known, words, strict=True))
