"""Spans whose hours a word joins (`De 10 a 12: programación`, `9 to 11am: maths`, `11 bis 12 Uhr:
Englisch`, `van 9 tot 11 uur: wiskunde`): a span of their own, wherever the line stands."""

from __future__ import annotations

import re

from planexport.reader.joining_words import after_length
from planexport.reader.lazy import lazy

__all__ = ["HOUR", "clock_span", "worded_hours", "worded_span"]

# An hour as such plans write it: `9`, `9:30`, `9.30`, `9h30`, then what marks it as a time of
# day, if anything: `am`/`pm`, `Uhr`, `uur` or the French `h`.
_HOUR = r"\d{1,2}(?:[:.h][0-5]\d(?!\d))?(?:\s*(?:[ap]\.?\s?m\b\.?|uhr\b|uur\b)|h\b)?"
HOUR = _HOUR
# "from 9 to 11", "von 9 bis 11 Uhr", "de 10 a 12", "De 16:00 hasta las 17:30", "de 9 à 11h",
# "de 9 jusqu'à 11h", "dalle 9 alle 11", "dalle 9 fino alle 11", "das 9 às 11", "das 9 até às 11",
# "van 9 tot 11 uur": the word before the first hour is optional, the word between is not.
_LEAD = lazy(
    r"^(?P<pre>[^\w]{0,4}?)"
    r"(?:(?P<from>from|von|vom|van|de|desde|dalle|dalla|dal|das|d[eè]s|du)\s+(?:(?P<art>las?|ore)\s+)?)?"
    rf"(?P<a>{_HOUR})"
    r"\s+(?P<to>to|till|until|bis|tot|au|à|jusqu['\u2019]\s?à|a(?:\s+las?)?|hasta(?:\s+las?)?"
    r"|(?:fino\s+)?alle(?:\s+ore)?|às|até(?:\s+[àa]s)?|ate(?:\s+[àa]s)?|(?(from)as|(?!)))\s+"
    rf"(?P<b>{_HOUR})"
    r"(?P<sep>[*_]*(?:\s*[:|\u2013\u2014-][*_]*)?)\s*(?P<rest>[^\W\d_].*)$",
    re.IGNORECASE,
)
# "9 à 11h", "9h jusqu'à 11h": the French words, whose `h` is the hour's ("de 9 a 11h" too).
_FRENCH_TO = lazy(r"à|jusqu['\u2019]\s?à", re.IGNORECASE)
_PARTS = lazy(r"(\d{1,2})(?:[:.h]([0-5]\d))?\s*(.*)", re.IGNORECASE)
_HALF = 12 * 60
_DAY = 24 * 60


def worded_hours(text: str) -> bool:
    """Whether a line starts with hours a word joins (`9 to 11am`, `De 10 a 12`), read or not."""
    return _LEAD.match(text) is not None


def worded_span(text: str) -> str | None:
    """The line with its hours written as a clock span (`10:00 - 12:00: programación`), when a
    word joins them and the line says they are a time of day; None otherwise.

    The line says so with a title after `:` (or `|`, a dash), or with `am`/`pm`, `Uhr` or `uur`
    on either hour, with the word for hours or its article after the first word (`dalle ore 9
    alle 11 Latino`, `de las 9 a las 11 Repaso`), or the French `h` after a word before the
    first hour or `à` between them (`de 9 à 11h`, `9 à 11h Histoire`; `6 to 8h: sleep` is a
    length). `am`/`pm` on one hour gives the other its half of the day where it fits (`9 to
    11am` is 09:00–11:00, `11 to 1pm` 11:00–13:00, `9pm to 1` 21:00–01:00); without them the
    hours are read on a 24-hour clock from 6 o'clock on (`3 to 5: problems` is left to the
    hours around it).
    """
    match = _LEAD.match(text)
    if match is None:
        return None
    first, last = _parts(match["a"]), _parts(match["b"])
    if first is None or last is None:
        return None
    marks = {first[2], last[2]} - {""}
    titled = bool(match["sep"].strip(" *_"))
    if "h" in marks and not (match["from"] or _FRENCH_TO.fullmatch(match["to"])):
        return None  # "6 to 8h: sleep": hours of it, a length
    if not titled and after_length(match["rest"]) != match["rest"]:
        return None  # "6 à 8h de sommeil": a length and what it is of
    if not (titled or marks or match["art"]):
        return None  # "3 to 5 problems": a count; "dalle ore 9 alle 11", "de las 9 a las 11": hours
    span = _span(first, last)
    if span is None:
        return None
    start, end = span
    clock = f"{start // 60:02d}:{start % 60:02d} - {end // 60 % 24:02d}:{end % 60:02d}"
    return f"{match['pre']}{clock}{match['sep']} {match['rest']}"


def clock_span(first: str, last: str) -> tuple[int, int] | None:
    """Start and end, in minutes after midnight, of two hours as written (`9h`, `12h30`), or
    None when they are no span of a day."""
    a, b = _parts(first), _parts(last)
    return None if a is None or b is None else _span(a, b)


def _parts(hour: str) -> tuple[int, int, str] | None:
    """Hours, minutes and the mark of one end (`a`, `p`, `uhr`, `uur`, `h` or ``)."""
    found = _PARTS.fullmatch(hour.strip())
    if found is None:
        return None
    mark = found[3].lower().replace(".", "").replace(" ", "")
    if mark in ("am", "pm"):
        mark = mark[0]
    if int(found[1]) > 24 or (mark in ("a", "p") and not 1 <= int(found[1]) <= 12):
        return None
    return int(found[1]), int(found[2] or 0), mark


def _at(hours: int, minutes: int, half: str) -> int:
    """Minutes after midnight of an hour in a half of the day (`a`, `p`) or on a 24-hour clock."""
    if half == "p" and hours < 12:
        hours += 12
    elif half == "a" and hours == 12:
        hours = 0
    return hours * 60 + minutes


def _span(first: tuple[int, int, str], last: tuple[int, int, str]) -> tuple[int, int] | None:
    """Start and end in minutes after midnight (the end after the start, maybe past midnight)."""
    marks = {first[2], last[2]}
    half_a = first[2] if first[2] in ("a", "p") else ""
    half_b = last[2] if last[2] in ("a", "p") else ""
    if half_b and not half_a:
        # "9 to 11am", "11 to 1pm": the start in the end's half of the day, else the other one
        end = _at(*last[:2], half_b)
        start = _at(*first[:2], half_b)
        if half_b == "a" and end == 0 and start < _HALF:
            end = _HALF  # "10 to 12am": until noon
        if start > end:
            start = _at(*first[:2], "a" if half_b == "p" else "p")
    else:
        start = _at(*first[:2], half_a)
        end = _at(*last[:2], half_b)
        if not marks & {"a", "p", "uhr", "uur"} and start < 6 * 60:
            return None  # "2 to 4: Chemie": the night, or the afternoon of the hours around it
    if end <= start:
        # "11am to 1", "11 bis 1", "9pm to 1": the end's hour after the start on a 12-hour
        # clock; "9pm to 1am", "22 to 6": the next day
        twelve = not half_b and last[0] < 12 and (bool(half_a) or start < 13 * 60)
        while end <= start:
            end += _HALF if twelve else _DAY
    if start >= _DAY or not 0 < end - start <= _HALF:
        return None
    return start, end
