"""Lengths and clock times as plans write them: `60–75 min`, `1h30`, `09:00–10:30`, `9-11 AM`."""

from __future__ import annotations

import functools
import math
import re
from typing import NamedTuple

from planexport.reader.budgets import is_budget
from planexport.reader.clock_prepositions import after_clock_preposition
from planexport.reader.clock_unit_spans import clock_unit_span
from planexport.reader.compared_lengths import is_compared
from planexport.reader.four_digit_spans import four_digit_span
from planexport.reader.hyphen_lengths import HYPHEN_UNIT, qualifies_no_activity
from planexport.reader.lazy import lazy
from planexport.reader.length_words import may_hold_word_length, word_length
from planexport.reader.minute_seconds import MSS_LENGTH, NOT_MINUTES, mss_minutes
from planexport.reader.noon_words import (
    in_noon_word,
    may_name_noon,
    noon_after,
    noon_word_end,
    with_noon_words,
)
from planexport.reader.plus_lengths import break_after, has_plus, plus_sum
from planexport.reader.pomodoros import find_pomodoros, may_hold_pomodoros, pomodoro_minutes
from planexport.reader.range_lengths import between_lengths, range_after, range_before
from planexport.reader.reference_numbers import after_reference_word
from planexport.reader.span_end_hours import clock_span_before
from planexport.reader.speed_targets import is_speed_target
from planexport.reader.training_amounts import without_training_amounts
from planexport.reader.words import HOUR_WORDS, MINUTE_WORDS

__all__ = [
    "DASH",
    "DASHES",
    "HOUR_UNIT",
    "NUM",
    "Found",
    "blank_placeholders",
    "clock",
    "find_duration",
    "find_point_time",
    "parse_duration",
    "point_time_at",
    "start_time",
    "sum_of_parts",
]

# Separators people put between a title and a duration, and inside ranges.
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
DASH = "\\" + DASHES  # for use inside a regex character class
NUM = r"\d+(?:[.,]\d+)?"
HOUR_UNIT = HOUR_WORDS
_UNIT = rf"(?:{MINUTE_WORDS}|{HOUR_WORDS})"
_AMPM = r"[ap]\.?\s?m\b\.?"
# "09:30", "9am", "9:30 pm", "09.30", "05h20": a time of day.
_TIME = rf"\d{{1,2}}(?::[0-5]\d(?:\s*{_AMPM})?|\s*{_AMPM}|[.h][0-5]\d(?!\d)(?:\s*{_AMPM})?)"
# "09:00 to 10:30", "19h às 20h", "dalle 9:00 alle 11:00", "de 9:00 hasta 11:00": the word between
# the two times (then "~": "8:30–~9:30" is about 9:30); `_FROM` is the word before them, which
# belongs to the span, not the title.
# The words may take an article or a preposition ("hasta las", "a las", "até às", "jusqu'à",
# "fino alle", "alle ore").
_TO = (
    rf"\s*(?:->|=>|[→⟶⇒➔➝]|[{DASH}]|to|till|til|until|bis|hasta\s+(?:las?|el)|hasta|a\s+las?|a|à|às|as|ao"
    r"|at[ée]\s+(?:[àa]s?|ao|o)|at[ée]|al|(?:fino\s+)?alle(?:\s+ore)?|fino\s+al?|au|tot"
    r"|jusqu['\u2019]\s?à)\s*[~≈]?\s*"
)
_FROM = (
    r"(?:(?<!\w)(?:from|von|vom|van|de|del|des|das|dès|dalle|dalla|dal|du|desde)"
    r"(?:\s+(?:las?|el|ore))?\s+)?"  # "de las 9:00", "desde el mediodía", "dalle ore 9:00"
)
# "to", "bis", "a las", "jusqu'à": a word that joins a bare hour to an hour with am/pm
# ("9 to 11am"); spaces around it, as a word needs.
_TO_WORD = (
    r"\s+(?:to|till|til|until|bis|hasta(?:\s+las?)?|a(?:\s+las?)?|à|às|até(?:\s+[àa]s)?|alle|tot"
    r"|jusqu['\u2019]\s?à)\s+"
)
# Durations come in two patterns, each far cheaper to compile than one of both: spans of clock
# time, which need a digit just before ":", ".", "h" or "am"/"pm" (`_CLOCKISH`, a pre-check that
# spares most plans compiling them at all), and lengths. `_search` finds what one pattern of
# both would: the leftmost match, a span where both start at one place.
_CLOCK_SPAN = lazy(
    # "1:30–2:00 h": a range of hours and minutes
    rf"(?P<r1>\d+:[0-5]\d)\s*[{DASH}]\s*(?P<r2>\d+:[0-5]\d)\s*{HOUR_UNIT}(?!\w)"
    # "09:00–10:30", "9am - 11am", "09.10 - 10.10": a span of clock time counts as its length
    rf"|{_FROM}(?<![\d:.])(?P<t1>{_TIME}){_TO}(?P<t2>{_TIME})(?!\w|:\d)(?!\s*{_UNIT}\b)(?:\s*uhr\b)?"
    # "9h - 11h", "14h – 16h30", "9h30-10H:15": French clock times
    rf"|{_FROM}(?<![\d:.])(?P<f1>(?:00|[6-9]|1\d|2[0-3])h(?::?[0-5]\d)?){_TO}"
    rf"(?P<f2>\d{{1,2}}h(?::?[0-5]\d)?)(?!\w|:\d)"
    # "8-12:00 Uhr", "6 ~ 7:00 Uhr": the German hour form, the start's minutes left out
    rf"|(?<![\d:.])(?P<u1>\d{{1,2}})\s*[{DASH}~]\s*(?P<u2>\d{{1,2}}:[0-5]\d)\s*uhr\b"
    # "9-17h", "13-19 h": bare hours, the end 13 or later; no sitting lasts 13 hours or more
    rf"|(?<![\d:.,])(?P<a1>[6-9]|1\d|2[0-3])\s*[{DASH}]\s*(?P<a2>1[3-9]|2[0-4])\s*h(?!\w)"
    rf"(?!\s*(?:/|per\b|pro\b|por\b|par\b))"
    # "9-11 AM", "2-4 PM", "9 to 11am", "from 11 to 1pm": the start takes the end's half of the day
    rf"|{_FROM}(?<![\d:.])(?P<b1>\d{{1,2}})(?:\s*[{DASH}]\s*|{_TO_WORD})"
    rf"(?P<b2>\d{{1,2}}(?::[0-5]\d)?\s*{_AMPM})(?!\w)",
    re.IGNORECASE,
)
_CLOCKISH = lazy(r"\d(?:[:.hH]|\s*[aApP]\.?\s?[mM])")
# Each length starts where a number starts (`(?<!\d)`): the same matches, since every number is
# `\d+`, but a run of a thousand digits is tried once, not at each of its digits. Every form
# starts with a digit (`(?=\d)`, said once): elsewhere the search moves on without trying each.
_LENGTH = lazy(
    r"(?=\d)(?:"
    # "1 h 30 min", "1 hour 30 minutes", "1h30", "1:30 h"
    # "3 h et 56 minutes", "2 Std. 30 Min.", "1 hora y 20 minutos": one length in any language;
    # "2 hrs, 30 mins": a comma only before minutes that fit in an hour
    rf"(?<!\d)(?P<ch>\d+)\s*{HOUR_UNIT}\.?\s*(?:,\s*(?=[1-5]?\d\s*{MINUTE_WORDS}))?"
    rf"(?:(?:and|et|y|und|e|en)\s+)?"
    rf"(?P<cm>\d+)\s*{MINUTE_WORDS}\.?(?!\w)"
    rf"|(?<!\d)(?P<ch2>\d+)h(?P<cm2>[0-5]\d)(?!\w)"
    # "Tarde (1 h 30)", "1h 30": the spaced form, only where the length ends (a bracket, a comma)
    rf"|(?<![\d:.])(?P<ch4>\d)(?:\s+h\s*|h\s+)(?P<cm4>[0-5]\d)(?=\s*(?:$|[)\],;|]))"
    rf"|(?<!\d)(?P<ch3>\d+):(?P<cm3>[0-5]\d)\s*{HOUR_UNIT}(?!\w)"
    # "2:00 Minuten", "1:30 min", "0:45 minutos": minutes and seconds
    rf"|{MSS_LENGTH}"
    # "60–75 min", "1-1.5 h", "45 to 60 minutes"
    rf"|(?<!\d)(?P<lo>{NUM})\s*(?P<lounit>{_UNIT})?(?P<sep>\s*(?:[{DASH}~]|to)\s*)"
    rf"(?P<hi>{NUM})\s*(?P<unit>{_UNIT})(?!\w)"
    # "60 min", "1.5 h", "1h"
    # "10-min walk", "45‑minute mock": a hyphen may join the unit (see hyphen_lengths)
    rf"|(?<!\d)(?P<one>{NUM})(?:\s*|{HYPHEN_UNIT})(?P<oneunit>{_UNIT})(?!\w)"
    r")",
    re.IGNORECASE,
)
_POINT = lazy(
    # "9:30", "9 am", "12.30PM": a dot between hour and minutes only with its half of the day
    rf"(?<![\d:.\w])(?P<t>\d{{1,2}}(?::[0-5]\d(?:\s*{_AMPM})?|\.[0-5]\d\s*{_AMPM}|\s*{_AMPM}))"
    rf"(?!\w|:\d){NOT_MINUTES}"
    r"(?:\s*uhr\b)?",  # "9:40 Uhr": the German clock word belongs to the time
    re.IGNORECASE,
)
_HOURS_ONLY = lazy(HOUR_WORDS, re.IGNORECASE)
_SLASHED_BEFORE = lazy(r"\d\s*/\s*$")
_SLASH_LO = lazy(r"(?<![\d/.,:])(\d{1,3})\s*/\s*$")
_MINUTES_ONLY = lazy(r"minut(?:es?|en|os?|i)?|mins?|minuut", re.IGNORECASE)
_HHMM = lazy(r"(?:[01]\d|2[0-3])[0-5]\d|2400")  # "0930", "2359": a time of day in four digits
_DIGIT = lazy(r"\d")
# "e.g.", "z.B.", "p.ej.": what follows is an example, not the plan's own time.
_EXAMPLE = (
    r"(?:e\.\s?g\.?|z\.\s?b\.?|p\.\s?ej\.?|p\.\s?ex\.?|per es\.|bijv\.|por ex\.|for example"
    r"|zum beispiel|por ejemplo|par exemple|ad esempio|bijvoorbeeld)"
)
# "[Your preferred time, e.g. 7:00-9:00 PM]", "[TBD]": a placeholder to fill in, not a link text.
_PLACEHOLDER = lazy(
    rf"\[(?![ xX]\])(?P<inner>[^\[\]]*?(?:{_EXAMPLE}|\b(?:your|you|preferred|tbd|tba|choose"
    rf"|por definir|a definir|\u00e0 d\u00e9finir|da definire|nach wahl|ihre|deine?|tus?|votre"
    rf"|tuo|tua|seu|sua|jouw)\b)[^\[\]]*)\](?!\()"
    rf"|(?<!\w){_EXAMPLE}[^)\]]*",
    re.IGNORECASE,
)
# "20h00", "08h30", "20h": a French time of day (from 6 on, as in `_CLOCK_SPAN`: "1h30" lasts)
_HOUR_FORM = lazy(r"(?:0?[6-9]|1\d|2[0-3])h(?:[0-5]\d)?", re.IGNORECASE)
_TITLE_NUMBER = lazy(r"[^\W\d_]\.?\s+$")  # "Top 10 – 30 min": a number that ends a title
_RANGE_END = lazy(r"\d\s*[-\u2013\u2014]\s*$")  # "2.1–2.8 – 1 h": "2.8" ends a range of its own


class Found(NamedTuple):
    """A duration found in a line: where it is, its minutes, and the clock time it starts at."""

    start: int
    end: int
    lo: int
    hi: int
    text: str
    at: int | None = None  # minutes after midnight, for a span of clock time
    sure: bool = True  # False when the span's half of the day is a guess ("1:15 - 2:00")
    backward: bool = False  # "11:30PM-12:30PM": one half of the day twice, the end before the start


def parse_duration(text: str) -> tuple[int, int] | None:
    """The first duration in `text` as (min, max) minutes, or None when there is none.

    >>> parse_duration("Concepts – 60–75 min")
    (60, 75)
    >>> parse_duration("1.5 h")
    (90, 90)
    """
    found = find_duration(text)
    return (found.lo, found.hi) if found else None


def find_duration(text: str, pos: int = 0) -> Found | None:
    """The first duration in `text`, reading "Top 10 – 30 min" as 30 minutes, not 10 to 30;
    a length in words (`one hour`, `1 hora y media`) where it starts first or reads further;
    pomodoros (`4 pomodoros`) at the plan's length of one."""
    return _find_duration(text, pos, pomodoro_minutes())


@functools.lru_cache(maxsize=4096)
def _find_duration(text: str, pos: int, pomodoro: int) -> Found | None:
    """`find_duration` for a pomodoro of `pomodoro` minutes (a plan may set its own)."""
    found = _find_length(text, pos)
    if found is not None and found.at is None and has_plus(text):
        found = _with_plus(text, found)  # "65 + 60 min", "1h + 30 min": one length
    if not may_hold_pomodoros(text):
        return found
    counted = find_pomodoros(_readable(text), pos)
    if counted is None or (found is not None and found.start < counted.start):
        return found
    start, end = counted.start, counted.end
    return Found(start, end, counted.lo, counted.hi, text[start:end])


def _with_plus(text: str, found: Found) -> Found:
    """`found` and the lengths a `+` joins to it, as one length."""

    def after(pos: int) -> tuple[int, int, int, int] | None:
        more = _find_length(text, pos)
        if more is None or more.start != pos or more.at is not None:
            return None
        return more.start, more.end, more.lo, more.hi

    start, end, lo, hi = plus_sum(text, (found.start, found.end, found.lo, found.hi), after)
    if (start, end) == (found.start, found.end):
        return found
    return Found(start, end, lo, hi, text[start:end])


def _find_length(text: str, pos: int) -> Found | None:
    """The first clock span or length of digits or words in `text` from `pos`."""
    digit = _DIGIT.search_on(text, pos)  # a line is asked from one length after another
    # The stages ask about the same lines more than once; most lines hold no digit at all.
    if digit is None and not may_hold_word_length(text) and not may_name_noon(text):
        return None
    shown = text
    text = _readable(text)
    if digit is None and text is not shown:
        digit = _DIGIT.search(text, pos)  # "noon to midnight": the words written as times
    worded = _word_duration(text, shown, pos)
    if digit is None or (worded is not None and digit.start() > worded.start):
        return _ranged(text, shown, worded, pos)  # a length of digits starts at a digit
    found = _digit_duration(text, shown, pos)
    if found is None and not pos and (four := four_digit_span(shown)) is not None:
        found = Found(four[0], four[1], four[2], four[2], shown[four[0] : four[1]], four[3])
    if worded is not None and (
        found is None
        or worded.start < found.start
        or (worded.start == found.start and worded.end > found.end)
    ):
        return _ranged(text, shown, worded, pos)
    return _ranged(text, shown, found, pos)


def _ranged(text: str, shown: str, found: Found | None, pos: int) -> Found | None:
    """`found` with the words and number of the range it ends (`2 à 3 heures`, `entre 1 et 2
    heures`, `from 2 to 3 hours`): one range, its words no part of the title; a span that ends
    in noon or midnight (`9 am till noon`) with the whole word."""
    if found is None:
        return found
    if found.at is not None:
        if (end := noon_after(shown, found.end)) != found.end:
            return found._replace(end=end, text=shown[found.start : end])  # "- 12:00 noon Math"
        if text is shown or not may_name_noon(shown):
            return found
        end = noon_word_end(shown, found.end)
        return found if end == found.end else found._replace(end=end, text=shown[found.start : end])
    ranged = range_before(text, found.start, found.lo, found.hi, pos=pos)
    if ranged is None:
        return _between(text, shown, found, pos)
    start, lo, hi = ranged
    return Found(start, found.end, lo, hi, shown[start : found.end])


def _between(text: str, shown: str, found: Found, pos: int) -> Found:
    """`found` and the length after it as one range when words join them (`entre 15 minutes
    et 2 heures`: 15–120 min), else `found`."""

    def after(at: int) -> tuple[int, int, int, int] | None:
        more = _find_length(text, at)
        if more is None or more.at is not None:
            return None
        return more.start, more.end, more.lo, more.hi

    first = (found.start, found.end, found.lo, found.hi)
    joined = between_lengths(text, first, after, pos=pos) or range_after(text, first, after)
    if joined is None:
        return found
    start, end, lo, hi = joined
    return Found(start, end, lo, hi, shown[start:end])


@functools.lru_cache(maxsize=256)
def _readable(text: str) -> str:
    """`text` without placeholders, examples and link addresses, each character in its place.

    Cached: a line of many lengths is asked about once per length, each from the last one's end.
    """
    text = without_urls(blank_placeholders(text))  # "…/@43.78,10.92,527m/…" is no 527 minutes
    text = without_training_amounts(text)  # "(5:15 min/km)", "Swim: 1000m": how fast, how far
    if may_name_noon(text) and not (_CLOCKISH.search(text) and _CLOCK_SPAN.search(text)):
        return with_noon_words(text)  # "9 am till noon": a span to 12:00
    return text


def _word_duration(text: str, shown: str, pos: int) -> Found | None:
    """The first length in words from `pos` that is no budget (`two hours a week`)."""
    while (words := word_length(text, pos)) is not None:
        start, end, lo, hi = words
        if (
            not is_budget(text, end)
            and not _SLASHED_BEFORE.search(text, max(0, start - 8), start)
            and not is_speed_target(text, start)
            and not is_compared(text, start, end)
            and not _open_start(text, start, end)
            and (text is shown or not in_noon_word(shown, start))
        ):
            return Found(start, end, lo, hi, shown[start:end])
        pos = end
    return None


def _digit_duration(text: str, shown: str, pos: int) -> Found | None:
    """The first clock span or length of digits from `pos` (`text` with placeholders blank)."""
    while (match := _search(text, pos)) is not None:
        sep = match.group("sep") if match.re is _LENGTH.compiled() else None
        if (
            sep is not None
            and match.group("lounit") is None
            and sep != sep.strip()
            and sep.strip() not in ("~", "to")
            and (
                _TITLE_NUMBER.search(text, 0, match.start())
                or _spaced_dash_length(text, match)
                or _RANGE_END.search(text, 0, match.start())  # "Aufgaben 2.1–2.8 – 1 Stunde"
            )
        ):
            pos = match.start("hi")  # the number ends the title; the duration comes after it
            continue
        length = match.re is _LENGTH.compiled()
        if length and text is not shown and in_noon_word(shown, match.start()):
            pos = match.end()  # "Ab Mittag: 3h Mathe": noon written `12h` is no length
            continue
        if length and (match.group("oneunit") or match.group("unit")) == "M":
            # "6M subscribers", "1.2M views": an upper-case M alone is millions, never minutes
            pos = match.end()
            continue
        if (
            length
            and match.start() >= 2
            and text[match.start() - 1] == "."
            and text[match.start() - 2].isdecimal()
        ):
            pos = match.start() + 1  # "updated to 1.1.0h", "v2.1.5m": a version's last numbers
            continue
        if length and _SLASHED_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            if (ranged := _slash_range(text, shown, match)) is not None:
                return ranged  # "~5/10 minutes": five to ten minutes
            pos = match.end()  # "(6/24/72 ore)", "3/6/12 h": amounts in a list, not a length
            continue
        if length and qualifies_no_activity(text, match):
            pos = match.end()  # "the 4-hour plan", "12-hour time": no activity that long
            continue
        if length and _open_start(text, match.start(), match.end()):
            pos = match.end()  # "**20h00 - ...** Travail": from 20:00 with no end, not 20 hours
            continue
        if length and is_speed_target(text, match.start()):
            pos = match.end()  # "in unter 3 Minuten pro Aufgabe": how fast, not how long
            continue
        if length and is_compared(text, match.start(), match.end()):
            pos = match.end()  # "films longer than 120 minutes": a quantity, not how long
            continue
        if length and is_budget(text, match.end()):
            pos = match.end()  # "(15-18 hours/week)": a budget for the week, not a length
            continue
        if length and match.group("ch3") and (span := _span_end(text, shown, match)) is not None:
            return span  # "9:00 a 14:00 horas": a span of the day, not a length of 14 hours
        if length and _hour_of_day(text, match):
            pos = match.end()  # "om 9 uur", "à 14 heures": a time of day, not nine hours
            continue
        if length and (military := _military(match, shown)) is not None:
            return military  # "0900-1030 hrs": a span of the day on a 24-hour clock
        found = _found(match, shown)
        if not length and after_reference_word(text, match.start(), at=found.at, minutes=found.lo):
            pos = match.end()  # "exercices 2.15 à 2.19": exercise numbers, not 02:15–02:19
            continue
        return found
    return None


def _span_end(text: str, shown: str, match: re.Match[str]) -> Found | None:
    hours, minutes = int(match.group("ch3")), int(match.group("cm3"))
    span = clock_span_before(text, match.start(), hours, minutes)
    if span is None:
        return None
    start, length, at = span
    return Found(start, match.end(), length, length, shown[start : match.end()], at)


def _military(match: re.Match[str], shown: str) -> Found | None:
    """`0900-1030 hrs`, `1400hrs - 1530hrs` as the span of the day they are (military and
    railway time), never 900 to 1030 hours; None for any other range."""
    lo, hi, unit = match.group("lo"), match.group("hi"), (match.group("unit") or "").lower()
    if lo is None or hi is None or unit.rstrip(".") not in ("h", "hr", "hrs", "hour", "hours"):
        return None
    if not (_HHMM.fullmatch(lo) and _HHMM.fullmatch(hi)):
        return None
    start, end = int(lo[:2]) * 60 + int(lo[2:]), int(hi[:2]) * 60 + int(hi[2:])
    minutes = (end - start) % (24 * 60)
    if not 0 < minutes <= 16 * 60:
        return None
    return Found(
        match.start(), match.end(), minutes, minutes, shown[match.start() : match.end()], start
    )


def _spaced_dash_length(text: str, match: re.Match[str]) -> bool:
    """Whether a spaced em dash (`Exercises 1–10 — 45 min`, `LeetCode easy ×3 — 1 h`) sets the
    length that ends the line apart from the title: a range joins its numbers with `-`, `–` or
    `to`, never with a dash written between spaces as a separator (`10 — 45 min`). The
    length may go on in minutes (`Chapters 1–4 — 1 hr, 8 mins.`)."""
    sep = text[match.end("lo") : match.start("hi")]  # the spaces after the number too
    tail = _MINUTES_ON.sub("", text[match.end() :], count=1)
    return (
        sep.strip() in ("\u2014", "\u2015")
        and sep[0].isspace()
        and sep[-1].isspace()
        and not tail.strip(_LINE_END)
    )


# ", 8 mins.", " 30 min": the minutes that go on from a length of hours.
_MINUTES_ON = lazy(rf"^\s*,?\s*[1-5]?\d\s*{MINUTE_WORDS}\.?")


# What may close a line after its length: markup, a full stop, a closing bracket.
_LINE_END = " \t*_`.)]"


def _slash_range(text: str, shown: str, match: re.Match[str]) -> Found | None:
    """`5/10 minutes`, `20/30 Minuten`: two whole numbers of minutes, the first the smaller,
    joined by a slash are a range; a third number (`6/24/72`), a date or hours stay no length."""
    if match.group("one") is None or not match.group("one").isdigit():
        return None
    if _MINUTES_ONLY.fullmatch(match.group("oneunit")) is None:
        return None
    lo = _SLASH_LO.search(text, max(0, match.start() - 8), match.start())
    if lo is None or not 0 < int(lo.group(1)) < int(match.group("one")):
        return None
    start, end = lo.start(), match.end()
    return Found(start, end, int(lo.group(1)), int(match.group("one")), shown[start:end])


def _open_start(text: str, start: int, end: int) -> bool:
    """Whether the length at `text[start:end]` is a French time of day left open: `20h00` of
    `**20h00 - ...** Travail` starts at 20:00; it does not last 20 hours."""
    if _HOUR_FORM.fullmatch(text, start, end) is None:
        return False
    from planexport.reader.open_ends import opens_at

    return opens_at(text, end)


def _hour_of_day(text: str, match: re.Match[str]) -> bool:
    """Whether a length of hours (`9 uur`, `9h30`) follows a word that says "at" (`om`, `à`)."""
    unit = match.group("oneunit") or match.group("unit")
    hours = match.group("ch2") is not None or (
        unit is not None and _HOURS_ONLY.fullmatch(unit) is not None
    )
    return hours and after_clock_preposition(text, match.start())


# A link's address (`](https://…)`, `<https://…>`, a bare `https://…`): never a time or a length.
_URL = lazy(r"(?<=\])\([^()\s]*\)|\b[a-z][a-z0-9+.-]*://[^\s)>\]]+", re.IGNORECASE)


def _blank_url(match: re.Match[str]) -> str:
    return " " * len(match.group())


def without_urls(text: str) -> str:
    """`text` with every link address blanked, each character kept in its place."""
    if "](" not in text and "://" not in text:
        return text
    return _URL.sub(_blank_url, text)


def _search(text: str, pos: int = 0) -> re.Match[str] | None:
    """The first clock span or length from `pos`, as one pattern of both would find it."""
    # Callers search one line from one place after another: each search remembers its answer.
    length = _LENGTH.search_on(text, pos)
    if not _CLOCKISH.search_on(text, pos):
        return length
    span = _CLOCK_SPAN.search_on(text, pos)
    if span is None or (length is not None and length.start() < span.start()):
        return length
    return span


def blank_placeholders(text: str) -> str:
    """`text` with placeholders and examples blanked out, each character kept in its place.

    >>> blank_placeholders("Slot: [your time, e.g. 7-9 PM]").strip()
    'Slot:'
    """
    # A letter outside ASCII may match one of the marks' letters (`ſ` does `s`); dashes do not.
    if text.isascii() or _WIDE_LETTER.search(text) is None:
        lower = " ".join(text.lower().split())  # `\s?` in "e. g." is one space at most here
        if _EXAMPLE_MARK.search(lower) is None and (
            "[" not in text or _YOURS.search(lower) is None
        ):
            return text  # most lines: the pattern need not run, nor even be compiled
    return _PLACEHOLDER.sub(_blank, text)


# What `_PLACEHOLDER` needs, in lower case: an example ("e.g."), or a bracket holding one of
# the words that ask a reader to fill something in ("[your time]").
_EXAMPLE_MARKS = (
    "e.g",
    "e. g",
    "z.b",
    "z. b",
    "p.e",
    "p. e",
    "per es.",
    "bijv.",
    "por ex.",
    "for example",
    "zum beispiel",
    "por ejemplo",
    "par exemple",
    "ad esempio",
    "bijvoorbeeld",
)
_YOURS_MARKS = (
    "you",
    "preferred",
    "tbd",
    "tba",
    "choose",
    "definir",
    "nach wahl",
    "ihre",
    "dein",
    "tu",
    "votre",
    "seu",
    "sua",
    "jouw",
)
_EXAMPLE_MARK = lazy("|".join(map(re.escape, _EXAMPLE_MARKS)))  # one scan for all of them
_WIDE_LETTER = lazy(r"(?![\x00-\x7f])[^\W\d_]")  # a letter (or a numeral such as `½`) outside ASCII
_YOURS = lazy("|".join(map(re.escape, _YOURS_MARKS)))


def _blank(match: re.Match[str]) -> str:
    """Spaces for a placeholder or an example of a time of day; an example length is kept."""
    shown = match.group(0)
    if match.group("inner") is None and not _has_clock(shown):
        return shown  # "Practice: e.g. 45 min": the plan suggests a length, a person takes it
    return " " * len(shown)


def _has_clock(text: str) -> bool:
    """Whether `text` holds a time of day ("7:00", "9 PM") or a span of them ("9h - 11h")."""
    if _POINT.search(text):
        return True
    found = _search(text)
    return found is not None and found.re is not _LENGTH.compiled()


def find_point_time(text: str) -> int | None:
    """Minutes after midnight of a lone time of day in `text` ("10:00 PM", "`09:30`"), or None."""
    match = _POINT.search(without_training_amounts(text))  # "(4:30/km)" is a pace
    return clock(match.group("t")) if match else None


def point_time_at(text: str) -> tuple[int, int, int] | None:
    """A lone time of day in `text` as (minutes after midnight, start, end), else None."""
    match = _POINT.search(without_training_amounts(text))
    return (clock(match.group("t")), match.start(), match.end()) if match else None


# "12:00 m. Almuerzo": noon as the meridiem, its `m.` the time's, not the title's; so is the word
# of "12:00 noon Lunch".
_START = lazy(
    rf"^[^\w`*]*[`*_]*(?P<t>\d{{1,2}}(?::[0-5]\d(?:\s*{_AMPM})?|\s*{_AMPM}))"
    r"(?:(?<=(?<![\d:.])12:00)\s?m\.(?=\s)|(?<=(?<![\d:.])12:00)\s+(?:noon|midday)(?![\w-]))?"
    rf"(?:-ish\b)?(?!\w|:\d){NOT_MINUTES}[`*_]*\s*(?:[:.{DASH}|→]\s*)?[`*_]*\s*(?P<rest>.*)$",
    re.IGNORECASE,
)


def start_time(text: str) -> tuple[int, str] | None:
    """A line that starts with a time of day and no span (`` `09:30` Welcome ``): time, rest."""
    match = _START.match(text)
    if match is None:
        if "h" not in text[:12] or not text[:12].strip("[]xX*_ ")[:1].isdigit():
            return None  # most lines: no hour with `h` first
        from planexport.reader.hour_leads import hour_lead_start

        return hour_lead_start(text)  # "12h: Entrevista (60min)": at 12:00
    found = find_duration(text)
    if found is not None and found.at is not None:
        return None  # "09:00–10:30 Concepts": a span, not a start
    return clock(match.group("t")), match.group("rest")


@functools.lru_cache(maxsize=2048)
def sum_of_parts(text: str) -> Found | None:
    """Durations in one bracket that make one activity: `(20 min attempt, 10 min review)`."""
    for paren in re.finditer(r"\(([^()]*)\)", text):
        inner = paren.group(1)
        parts: list[Found] = []
        pos = 0
        while (found := find_duration(inner, pos)) is not None:
            if found.at is not None:
                return None
            if not parts or break_after(inner, found.end) is None:
                parts.append(found)  # "(45 min + 15 min break)": the break is no part
            pos = found.end
        if len(parts) >= 2 and re.search(r",|\+|\band\b|&|;|/", inner):
            lo, hi = sum(p.lo for p in parts), sum(p.hi for p in parts)
            return Found(paren.start(), paren.end(), lo, hi, paren.group(0))
    return None


def _found(match: re.Match[str], line: str) -> Found:
    start, end = match.start(), match.end()
    text = line[start:end]
    if match.re is _LENGTH.compiled():
        return _length(match, text, line)
    if match.group("r1") is not None:
        low, high = clock(match.group("r1")), clock(match.group("r2"))
        if (span := clock_unit_span(low, high)) is not None:  # "9:00 - 11:00 uur"
            return Found(start, end, span[1], span[1], text, at=span[0])
        return Found(start, end, low, high, text)
    if match.group("f1") is not None:
        at, until = clock(match.group("f1")), clock(match.group("f2"))
        if until > at:
            return Found(start, end, until - at, until - at, text, at=at)
        return Found(start, end, 0, 0, text, at=at)  # "14h – 9h": says it is zero or backwards
    if match.group("a1") is not None:
        at, until = int(match.group("a1")) * 60, int(match.group("a2")) * 60
        minutes = until - at if 0 < until - at <= 12 * 60 else 0  # "9-24h": no one sitting
        return Found(start, end, minutes, minutes, text, at=at)
    if match.group("u1") is not None:
        at, until, _ = _span(match.group("u1"), match.group("u2"))
        return Found(start, end, until - at, until - at, text, at=at % (24 * 60))  # 24-hour
    if match.group("t1") is not None:
        first, second = match.group("t1"), match.group("t2")
    else:  # "9-11 AM"
        first, second = match.group("b1"), match.group("b2")
    at, until, sure = _span(first, second)
    # A span within one half of the day is under 12 hours; "11:30PM-12:30PM" (13 hours) is not.
    backward = _half(first) == _half(second) != "" and until - at > 12 * 60
    minutes = until - at
    return Found(
        start, end, minutes, minutes, text, at=at % (24 * 60), sure=sure, backward=backward
    )


def _length(match: re.Match[str], text: str, line: str) -> Found:
    """The length `_LENGTH` matched (`text` as `line` shows it)."""
    start, end = match.start(), match.end()
    for hours, mins in (("ch", "cm"), ("ch2", "cm2"), ("ch3", "cm3"), ("ch4", "cm4")):
        if match.group(hours) is not None:
            minutes = int(match.group(hours)) * 60 + int(match.group(mins))
            return Found(start, end, minutes, minutes, text)
    if match.group("ms2") is not None:
        hi = mss_minutes(match.group("ms2"), match.group("ss2"))
        first = match.group("ms1")
        lo = hi if first is None else mss_minutes(first, match.group("ss1"))
        return Found(start, end, lo, hi, text)
    if match.group("lo") is not None:
        unit = match.group("unit")
        lo_unit = match.group("lounit") or unit
        lo, hi = _minutes(match.group("lo"), lo_unit), _minutes(match.group("hi"), unit)
        return Found(start, end, lo, hi, text)
    number, unit = match.group("one"), match.group("oneunit")
    minutes = _minutes(number, unit)
    if "." in number and _HOURS_ONLY.fullmatch(unit):
        from planexport.reader.dotted_lengths import dotted_minutes

        # "Lezen 1.30 uur", "Lesen 1.30 Std.": hours and minutes, not 1.3 hours
        minutes = dotted_minutes(line, start, number) or minutes
    return Found(start, end, minutes, minutes, text)


def _half(text: str) -> str:
    """ "a" or "p" for a time written with am/pm, else ""."""
    suffix = re.sub(r"^[\d:.h]+", "", text.strip().lower()).strip()
    return suffix[:1] if suffix[:1] in ("a", "p") else ""


def _span(first: str, second: str) -> tuple[int, int, bool]:
    """Start and end (minutes after midnight, end after start) of a span, and whether sure."""
    end = clock(second)
    first_half, second_half = _half(first), _half(second)
    if not first_half and second_half:
        # "9-11 AM", "11:00 – 1:00 PM": the start is in the end's half of the day, else the other.
        start = clock(f"{first} {second_half}m")
        if second_half == "a" and end == 0 and start < 12 * 60:
            end = 12 * 60  # "10-12 AM" means until noon
        if start > end:
            start = clock(f"{first} {'p' if second_half == 'a' else 'a'}m")
    else:
        start = clock(first)
    plain = not first_half and not second_half
    # "09:00" or "14:00" is a 24-hour clock; "1:15" could be either half of the day.
    sure = not plain or first.startswith("0") or start >= 13 * 60 or end >= 13 * 60
    while end <= start and end < start + 24 * 60:
        if start == end:
            break  # a zero span stays zero: the caller says so
        # "1:15 - 2:00", "noon - 2:00", "1 pm - 3:00": an end with no half of the day written is
        # the next one after the start, the afternoon's before the next day's.
        afternoon = start < 13 * 60 or (first_half != "" and end + 12 * 60 > start)
        end += 12 * 60 if not second_half and end < 12 * 60 and afternoon else 24 * 60
    return start, end, sure


def clock(text: str) -> int:
    """Minutes after midnight of "09:30", "9am", "9:30 pm", "09.30" or "05h20"."""
    digits = re.match(r"(\d+)(?:(?:[:.]|[hH]:?)(\d+))?", text.strip())  # "10H:15" too
    assert digits is not None
    hour, minute = int(digits.group(1)), int(digits.group(2) or 0)
    suffix = text.strip()[digits.end() :].strip().lower()
    if suffix.startswith("p") and hour < 12:
        hour += 12
    elif suffix.startswith("a") and hour == 12:
        hour = 0
    return hour * 60 + minute


def _minutes(number: str, unit: str) -> int:
    value = float(number.replace(",", "."))
    if _HOURS_ONLY.fullmatch(unit):
        value *= 60
    return math.ceil(value - 1e-9)
