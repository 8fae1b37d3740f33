"""Pomodoros as a length: `4 pomodoros`, `3 pomodori`, `4 sessões pomodoro`, `2 pomodoro's`,
`Pomodoro x4`, `🍅 x4`, `🍅🍅🍅`: each 25 minutes of work, or the length the plan gives its
pomodoro (`1 pomodoro = 50 min`, `pomodoros of 30 minutes`, `50-minute pomodoros`, `50/10`).

The pauses between pomodoros are said, not counted, as with other repetitions (`6 x 3 min`).
"""

from __future__ import annotations

import contextvars
import math
import re
from typing import TYPE_CHECKING, NamedTuple

from planexport.reader.lazy import lazy
from planexport.reader.words import HOUR_WORDS, MINUTE_WORDS, NUMBER_WORDS, fold

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "DEFAULT_MINUTES",
    "Pomodoros",
    "find_pomodoros",
    "may_hold_pomodoros",
    "plan_minutes",
    "plan_pomodoros",
    "pomodoro_minutes",
]

DEFAULT_MINUTES = 25  # the technique's own length of one pomodoro
_MINUTES: contextvars.ContextVar[int] = contextvars.ContextVar(
    "pomodoro_minutes", default=DEFAULT_MINUTES
)
# The minutes of one pomodoro in the plan being read (25 unless it says otherwise). The context
# variable's own method: every length and cached line reading asks, tens of thousands of times
# in a long plan, and a function around it would double the cost of each question.
pomodoro_minutes: Callable[[], int] = _MINUTES.get

# "pomodoros", "Pomodori", "pomodoro's", "sessões pomodoro", "Pomodoro-Einheiten", "cycles de
# pomodoro": the unit, in the seven languages.
_UNIT = (
    r"(?:(?:sess(?:ions?|[õo]es|ioni|ies)|sesiones|einheiten|cycles?|ciclos?|cicli|zyklen"
    r"|rounds?|rondas?|rondes?)\s+(?:(?:de|di|of|van|do|du)\s+)?pomodoro(?:s|['’]s)?"
    r"|pomodoro-?(?:einheiten|sessions?|sessies|zyklen|sess[õo]es|sessioni|sesiones)"
    r"|pomodor(?:o['’]s|os|i|o))(?![\w'’])"
)
# "a Pomodoro timer", "Pomodoro-App", "pomodoro technique": the thing the word names, a
# project or a way to work, not a length of pomodoros.
_THING = (
    r"(?![\s-]*(?:timers?|apps?|applications?|clocks?|techniques?|methods?|extensions?"
    r"|trackers?|projects?|clones?|widgets?|websites?|technik|methode|m[ée]thode|metodo"
    r"|temporizador|minuteur|cron[oó]metro)\b)"
)
_LENGTH_UNIT = rf"(?P<lu>{MINUTE_WORDS}|{HOUR_WORDS})"
# "50-minute", "50 min", "50-Minuten-": the length of each pomodoro, written before the word.
_EACH_BEFORE = rf"(?:(?P<each>\d{{1,3}})\s?[-‐]?\s?(?:{MINUTE_WORDS})\.?[-‐\s]\s*)?"
_COUNT = r"(?P<n>\d{1,2}(?:\s*[-–]\s*\d{1,2})?(?!\d)|[^\W\d_]+)"
_POMODOROS = lazy(
    # "4 pomodoros", "4x pomodoro", "dos pomodoros", "3-4 pomodori", "4 50-min pomodoros" ("3 x
    # 25 min Pomodoro" is a repetition of 25 minutes, read as one)
    rf"(?<![\w.,])(?:{_COUNT}\s*(?:[x×]\s*(?!\d))?{_EACH_BEFORE}{_UNIT}{_THING}"
    # "Pomodoro x4", "50-min pomodoros × 3"
    rf"|(?P<each2>\d{{1,3}}\s?[-‐]?\s?(?:{MINUTE_WORDS})\.?[-‐\s]\s*)?{_UNIT}\s*[x×]\s*"
    rf"(?P<n2>\d{{1,2}})(?!\d|\s*(?:{MINUTE_WORDS}|{HOUR_WORDS})\b)"
    # "🍅 x4", "4 × 🍅", "🍅🍅🍅"
    r"|🍅\s*[x×]\s*(?P<n3>\d{1,2})(?!\d)|(?<!\d)(?P<n4>\d{1,2})\s*[x×]\s*🍅|(?P<run>🍅(?:\s*🍅)+))",
    re.IGNORECASE,
)
# "(100 min)", "= 2 h", "of 50 minutes", "de 30 minutos cada uno": a length right after the count.
_AFTER = lazy(
    r"\s*(?:(?P<open>\()\s*|(?P<eq>[=:])\s*|(?P<of>of|de|von|van|di|da|à|a)\s+)~?"
    rf"(?P<len>\d{{1,3}}(?:[.,]\d)?)\s*{_LENGTH_UNIT}\.?(?!\w)"
    r"(?P<each_w>\s*(?:each|cada(?:\s+un[oa])?|je|chacun|ciascuno|elk|per\s+pomodoro))?"
    r"(?(open)\s*\))",
    re.IGNORECASE,
)
_HOURS_ONLY = lazy(HOUR_WORDS, re.IGNORECASE)
# How long the plan's pomodoro is: "1 pomodoro = 50 min", "un pomodoro dura 30 minutos",
# "pomodoros of 30 minutes", "Pomodori da 50 minuti", "50-minute pomodoros", "Pomodoro (50/10)".
_DEFINED = lazy(
    r"(?<!\w)(?:(?:1|one|un|una|uno|ein|eine|een|um|a)\s+)?pomodor(?:os?|i|o['’]s)\s*"
    r"(?:\(\s*)?(?:=|:|is|equals|ist|sind|es|son|est|sont|è|sono|é|são|dura|duran|dauert|dauern"
    r"|dure|durent|durano|duram|duurt|duren|lasts?|of|de|von|van|da|di)\s*~?"
    rf"(?P<a>\d{{1,3}})\s*(?:{MINUTE_WORDS})\.?(?!\w)"
    rf"|(?<![\w.,])(?P<b>\d{{1,3}})\s?[-‐]?\s?(?:{MINUTE_WORDS})\.?[-‐\s]\s*pomodor"
    r"|(?<!\w)pomodor(?:os?|i|o['’]s)\s*\(?\s*(?P<c>\d{2})\s*/\s*\d{1,2}\s*\)?(?![\d/])",
    re.IGNORECASE,
)


class Pomodoros(NamedTuple):
    """Pomodoros found in a line: where they are, and their minutes of work."""

    start: int
    end: int
    lo: int
    hi: int


def may_hold_pomodoros(text: str) -> bool:
    """False where `text` cannot name pomodoros: a cheap check before any pattern runs."""
    return "🍅" in text or "pomodor" in text.lower()


def plan_pomodoros(text: str) -> str:
    """The plan's text, unchanged, its pomodoro's length (`plan_minutes`) made the one every
    length read after this uses, until the next plan is read."""
    minutes = plan_minutes(text)
    if _MINUTES.get() != minutes:
        _MINUTES.set(minutes)
        # Readings of whole lines cached under the last plan's pomodoro are not this plan's.
        from planexport.reader.durations import sum_of_parts
        from planexport.reader.stated_totals import stated_total

        sum_of_parts.cache_clear()
        stated_total.cache_clear()
    return text


def plan_minutes(text: str) -> int:
    """The length a plan gives its pomodoro, its first such statement, else 25 minutes."""
    if not may_hold_pomodoros(text):
        return DEFAULT_MINUTES
    for match in _DEFINED.finditer(text):
        minutes = int(match["a"] or match["b"] or match["c"])
        if 5 <= minutes <= 120:
            return minutes
    return DEFAULT_MINUTES


def find_pomodoros(text: str, pos: int = 0) -> Pomodoros | None:
    """The first count of pomodoros in `text` from `pos`, with the length said right after it
    (`4 pomodoros (100 min)` is 100 minutes, `4 pomodoros of 30 min` 120), or None."""
    if not may_hold_pomodoros(text):
        return None
    for match in _POMODOROS.finditer(text, pos):
        counted = _count(match)
        if counted is None:
            continue
        lo, hi = counted
        each = match["each"] or match["each2"]
        length = _digits(each) if each else pomodoro_minutes()
        if length <= 0:
            continue  # "0-min pomodoros": no length
        end = match.end()
        after = _AFTER.match(text, end)
        if after is not None and each is None:
            said = _minutes(after["len"], after["lu"])
            if after["of"] or after["each_w"] or (said == length and hi > 1):
                length = said  # "of 30 minutes", "(25 min each)": each pomodoro's length
            elif lo == hi and said > 0:
                return Pomodoros(match.start(), after.end(), said, said)  # "(100 min)": in all
            end = after.end()
        return Pomodoros(match.start(), end, lo * length, hi * length)
    return None


def _digits(text: str) -> int:
    found = re.match(r"\d+", text)
    return int(found.group()) if found else DEFAULT_MINUTES


def _count(match: re.Match[str]) -> tuple[int, int] | None:
    """How many pomodoros the match counts, as a range; None for a word that is no number."""
    if match["run"] is not None:
        return (match["run"].count("🍅"),) * 2
    number = match["n"] or match["n2"] or match["n3"] or match["n4"]
    if number[0].isdecimal():
        parts = [int(p) for p in re.split(r"\s*[-–]\s*", number)]
        lo, hi = parts[0], parts[-1]
        return (lo, hi) if 0 < lo <= hi else None
    value = NUMBER_WORDS.get(fold(number))
    return (value, value) if value else None


def _minutes(number: str, unit: str) -> int:
    value = float(number.replace(",", "."))
    if _HOURS_ONLY.fullmatch(unit):
        value *= 60
    return math.ceil(value - 1e-9)
