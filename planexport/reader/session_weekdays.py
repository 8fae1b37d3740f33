"""A numbered session, class or lesson that names its weekday after it (`**Session 1** - Thursday
Week 1`, `### Class 3 (Monday)`, `Sesión 2 – Martes`, `Sitzung 4: Donnerstag`, `Séance 5 (mardi)`):
the weekday is the day's and the session its title, as `Thursday – Session 1` reads."""

from __future__ import annotations

import re

from planexport.reader.durations import DASH
from planexport.reader.lazy import lazy
from planexport.reader.words import FULL_WEEKDAYS, WEEK_WORDS, fold

__all__ = ["session_weekday"]

# What a course or a plan numbers its meetings by, in the reader's languages.
_MEETINGS = (
    "session", "class", "lesson", "lecture", "seminar", "tutorial", "meeting", "workshop",
    "sitzung", "stunde", "lektion", "einheit", "termin", "vorlesung", "treffen",
    "sesi[oó]n", "clase", "lecci[oó]n", "encuentro", "taller",
    "s[eé]ance", "cours", "le[cç]on", "atelier",
    "sessione", "lezione", "incontro",
    "sess[aã]o", "aula", "encontro",
    "sessie", "les", "bijeenkomst", "college",
)  # fmt: skip
# "**Session 1** - Thursday Week 1", "Class 3 (Monday)", "Lektion Nr. 2: Dienstag": a meeting's
# number, then a dash, colon, comma or bracket, then a weekday's full name standing alone (not
# "Monday's"); what follows the weekday stays after the session.
_SESSION_WEEKDAY = lazy(
    rf"^(?P<lead>[\W_]*?)(?P<label>(?:{'|'.join(_MEETINGS)})\s*(?:#|n[or]?[.º°]?\s*)?\d{{1,3}})"
    rf"[*_]*\s*(?:[{DASH}:,]\s*|(?P<open>\()\s*)[*_]*(?P<name>[^\W\d_]+(?:-feira)?)(?![\w'’-])"
    r"\.?[*_]*(?P<close>\s*\))?(?P<rest>.*)$",
    re.IGNORECASE,
)
_MARKS = lazy(r"[*_]+$")
# After the weekday, a number only in its week (`Week 1`): a date (`Monday 15/09/25`, `lundi 7
# octobre`) or a time leaves the line to the readers of dated and timed sessions.
_WEEK_ONLY = lazy(rf"^[\s,(]*{WEEK_WORDS}\s*\d{{1,2}}\s*\)?[*_\s]*$", re.IGNORECASE)
# What may follow the weekday: nothing, a separator before more (`Class 3 (Monday) – Intro`) or
# its week; a word right after it makes the weekday part of a title (`Lesson 5: Friday review`).
_AFTER = lazy(rf"^[*_\s]*(?:$|[{DASH}:|,;.]|{WEEK_WORDS}\s*\d)", re.IGNORECASE)


def session_weekday(text: str) -> str:
    """`**Session 1** - Thursday Week 1` as `**Thursday** – Session 1 Week 1`, `Class 3 (Monday)`
    as `Thursday – Class 3`: the weekday first, as a day's heading or bold line names it, its
    emphasis kept around it. `text` as it was otherwise (`Lesson 2: Monday's homework`)."""
    if not any(char.isdigit() for char in text):
        return text  # most lines: no number, no numbered session
    match = _SESSION_WEEKDAY.match(text)
    if match is None or fold(match.group("name")) not in FULL_WEEKDAYS:
        return text
    if match.group("open") and not match.group("close"):
        return text  # "Session 2 (Friday, week 3)": more in the brackets than the weekday
    rest = match.group("rest")
    if not _AFTER.match(rest) or (
        any(char.isdigit() for char in rest) and not _WEEK_ONLY.match(rest)
    ):
        return text
    lead = match.group("lead")
    marks = _MARKS.search(lead)
    bold = marks.group() if marks is not None else ""
    before = lead[: len(lead) - len(bold)]
    rest = rest.rstrip()
    rest = rest[: len(rest) - len(bold)] if bold and rest.endswith(bold) else rest
    return f"{before}{bold}{match.group('name')}{bold} – {match.group('label')}{rest}"
