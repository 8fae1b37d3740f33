"""Work, school and shifts in hours that look like the morning but are the afternoon: a shift
named for the afternoon or evening (`Late shift 2-10`, `Spätschicht 2-10`, `Evening shift 6-10`,
`Turno de tarde 2-10`) runs 14:00-22:00 or 18:00-22:00, and work or school with no am or pm
in hours below 7 (`School 1-4`, `1:00-4:00 School`, `Schule 1:00-5:00`) is in the afternoon. A
shift named for the evening or late that ends in smaller bare hours than it starts (`Late shift
11-7`, `Evening shift 6-2`, `Spätdienst 10-6`) runs from the evening past midnight."""

from __future__ import annotations

from planexport.reader.lazy import lazy
from planexport.reader.shift_words import NAMED, SHIFTS
from planexport.reader.words import fold

__all__ = ["afternoon_work", "evening_shift"]

# When a shift runs late in the day, in the seven languages (accent-free, lower case); a word
# of the shift may begin with one (`spatschicht`, `avonddienst`, `laatdienst`).
_LATE = frozenset((
    "late", "afternoon", "evening", "swing",
    "spat", "spate", "spater", "abend", "abends", "nachmittag", "nachmittags",
    "tarde", "vespertino", "vespertina",
    "apres-midi", "soir", "soiree",
    "pomeriggio", "pomeridiano", "pomeridiana", "sera", "serale",
    "avond", "middag", "laat",
))  # fmt: skip
_LATE_STEMS = ("spat", "abend", "nachmittag", "avond", "laat", "middag")
# Of those, the words of the evening, not the afternoon: a shift named so whose end is smaller
# than its start runs past midnight (`Late shift 11-7`: 23:00-07:00), where an afternoon shift
# (`Turno de tarde 11-7`) keeps to the day (11:00-19:00).
_EVENING = frozenset((
    "late", "evening", "swing", "spat", "spate", "spater", "abend", "abends",
    "soir", "soiree", "sera", "serale", "avond", "laat",
))  # fmt: skip
_EVENING_STEMS = ("spat", "abend", "avond", "laat")
# When a shift runs at night or early: its small hours are what they say (`Night shift 1-6`).
_EARLY = (
    "night", "overnight", "graveyard", "early", "morning", "nacht", "fruh", "noche", "nocturn",
    "manana", "madrugada", "nuit", "matin", "nott", "mattin", "noite", "notur", "manha",
    "ochtend", "vroeg",
)  # fmt: skip
_WORDS = lazy(r"[a-z]+(?:-[a-z]+)*")
_HALF_DAY = 12 * 60


def afternoon_work(title: str, start: int, minutes: int, *, work: bool = False) -> int:
    """Where a span of work (`title`) written without am or pm starts: `start` (minutes after
    midnight) moved to the afternoon for a shift named late in the day that would end by noon,
    or for work or school that would end before 7 in the morning; else `start` as it is.
    `work`: the title is work though `is_work` says not (`Late work 2-10`)."""
    from planexport.reader.work_spans import is_work

    end = start + minutes
    if start >= _HALF_DAY or not (work or is_work(title)):
        return start
    words = _WORDS.findall(fold(title))
    if any(word.startswith(_EARLY) for word in words):
        return start  # "Night shift 1-6", "Frühschicht 5-13": as written
    late = any(word in _LATE or (word in SHIFTS and word.startswith(_LATE_STEMS)) for word in words)
    if late and end <= _HALF_DAY:
        return start + _HALF_DAY  # "Late shift 2-10": 14:00-22:00
    if start >= 60 and end < 7 * 60:
        return start + _HALF_DAY  # "School 1-4": 13:00-16:00
    return start


def evening_shift(title: str) -> bool:
    """Whether a title is a shift named for the evening or late in the day (`Late shift`,
    `Evening shift`, `Spätschicht`, `Avonddienst`, `Turno serale`), not for the afternoon,
    the night or the morning."""
    words = _WORDS.findall(fold(title))
    if any(word.startswith(_EARLY) for word in words):
        return False
    if not any(word in SHIFTS or word in NAMED for word in words):
        return False
    return any(
        word in _EVENING or (word in SHIFTS and word.startswith(_EVENING_STEMS)) for word in words
    )
