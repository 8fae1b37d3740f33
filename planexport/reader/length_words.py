"""Lengths written in words, in the seven languages: `one hour`, `thirty minutes`, `media hora`,
`anderthalb Stunden`, `une heure et demie`, `mezz'ora`, `1 ora e 30`, `een kwartier`, and
fractions of an hour: `¾ h`, `3/4 de hora`, `1/2 Stunde`, `2 1/2 hours`.

A number (digits, a number word or an article), a unit, and what a plan adds to the hours: a half
or a quarter (`and a half`, `y media`, `et quart`), minutes (`und fünfzehn Minuten`) or a bare
number of minutes (`1 hour 30`, `2 Stunden 15`). Lengths of digits and units alone are read by
`durations`; this reads only a length with a word in it, so none of those readings changes.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from typing import NamedTuple

from planexport.reader.lazy import lazy
from planexport.reader.words import (
    DIGIT_UNIT_WORDS,
    HALF_WORDS,
    LENGTH_JOINS,
    LENGTH_NOUNS,
    LENGTH_OF,
    LENGTH_TO,
    LENGTH_UNIT_WORDS,
    NUMBER_WORDS,
    QUARTER_WORDS,
    QUARTERS_WORDS,
    fold,
)

__all__ = ["hours_in_words", "may_hold_word_length", "word_length"]

# Words, numbers, the fractions `½ ¼ ¾`, and any other character but a space, one token each.
_TOKEN = lazy(r"[^\W\d_]+|\d+(?:[.,]\d+)?|\S")
_DIGIT_UNIT = lazy(r"[\d½¼¾]\s*[½¼¾]?\s*[hHmM](?![^\W\d_])")  # "1 h 30", "1½ h", "¾ h"
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
# A fraction of an hour written with a slash, as its three tokens: "1/2", "1/4", "3/4".
_SLASHED = {("1", "2"): 0.5, ("1", "4"): 0.25, ("3", "4"): 0.75}
# Joining marks inside a length: "forty-five", "demi-heure", "un'ora", "quart d'heure".
_HYPHENS = frozenset("-\u2010\u2011")
_APOSTROPHES = frozenset("'\u2019\u2018\u00b4")
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212~")
# "om negen uur", "à deux heures", "às duas horas": at that hour of the day.
_AT = frozenset(("om", "à", "às"))
_ENGLISH = frozenset(("hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins"))
_THREE = frozenset(("three", "tres", "trois", "tre", "drei", "drie"))
# A word that may end a word length's number: "zweieinhalb", "eineinhalb", "tweeënhalf".
_HALF_ENDINGS = ("einhalb", "enhalf")
_ONE_AND_A_HALF = frozenset(("anderthalb", "anderhalf", "eineinhalb"))
# Spanish `once` is eleven only before a Spanish unit (`once horas`, `once minutos`): English
# `once` is never a number (`only once HR is back under 130`).
_ONCE_UNITS = frozenset(("horas", "hora", "minutos", "minuto", "min", "mins"))


# The words a length in words may start with: a number, an article, a half or a quarter, a unit.
_STARTS = frozenset(
    (*NUMBER_WORDS, *HALF_WORDS, *QUARTER_WORDS, *LENGTH_NOUNS, *_THREE, *_ONE_AND_A_HALF)
) | {word for word, minutes in LENGTH_UNIT_WORDS.items() if minutes == 60}


class _Token(NamedTuple):
    word: str  # folded; digits as written
    start: int
    end: int


class _Part(NamedTuple):
    """A piece of a length: its minutes (or count), the next token, whether a word is in it,
    and for a length the minutes of its unit."""

    value: float
    next: int
    worded: bool
    unit: float | None = None


@functools.lru_cache(maxsize=2048)
def _tokens(text: str) -> tuple[_Token, ...]:
    if text.isascii():  # most lines: folding is lower case, done once for the line
        lower = text.lower()
        return tuple(
            _Token(lower[m.start() : m.end()], m.start(), m.end()) for m in _TOKEN.finditer(text)
        )
    return tuple(
        _Token(fold(m.group()) if m.group()[0].isalpha() else m.group(), m.start(), m.end())
        for m in _TOKEN.finditer(text)
    )


def _anchored(tokens: tuple[_Token, ...]) -> bool:
    """Whether some token may end a length in words: a unit or a length noun (`kwartier`)."""
    return any(
        t.word in LENGTH_UNIT_WORDS or t.word in LENGTH_NOUNS or t.word in DIGIT_UNIT_WORDS
        for t in tokens
    )


# What every unit of a length in words holds, in lower case: a line without any of these has none.
_UNIT_STEMS = ("hour", "hr", "stund", "std", "hora", "heure", "ora", "ore", "uur", "uren", "min",
               "kwartier", "viertel")  # fmt: skip
_UNIT_STEM = lazy("|".join(_UNIT_STEMS))  # one scan of the line for all of them


@functools.lru_cache(maxsize=1024)
def may_hold_word_length(text: str) -> bool:
    """False where `text` cannot hold a length in words (no unit word in it, nor `¾ h`): a
    cheap check."""
    lower = text.lower()
    if _UNIT_STEM.search(lower) is not None:
        return True
    return any(glyph in text for glyph in _FRACTIONS) and _DIGIT_UNIT.search(text) is not None


def word_length(text: str, pos: int = 0) -> tuple[int, int, int, int] | None:
    """The first length with a word in it from `pos`: (start, end, low, high minutes), or None.

    >>> word_length("Review (half an hour)")
    (8, 20, 30, 30)
    >>> word_length("Lectura (1 hora y media)")
    (9, 23, 90, 90)
    """
    lengths = _lengths(text)
    at = bisect.bisect_left(lengths, (pos,))
    return lengths[at] if at < len(lengths) else None


@functools.lru_cache(maxsize=2048)
def _lengths(text: str) -> tuple[tuple[int, int, int, int], ...]:
    """Every length in words of `text`, by where it starts: read once for the line, as the
    stages ask from one place after another (a line of a thousand numbers stays linear)."""
    if not may_hold_word_length(text) and not _DIGIT_UNIT.search(text):
        return ()  # most lines: no unit at all, not even `1 h 30`
    tokens = _tokens(text)
    if not _anchored(tokens):
        return ()
    out: list[tuple[int, int, int, int]] = []
    for at, token in enumerate(tokens):
        word = token.word
        if not (word[0].isdecimal() or word in _STARTS or word in _FRACTIONS) and not (
            word.endswith(_HALF_ENDINGS)
        ):
            continue  # no length starts with this word
        if at and tokens[at - 1].end == token.start and tokens[at - 1].word[0].isalnum():
            continue  # "1.5": inside a number the tokens split
        if at and text[tokens[at - 1].start : tokens[at - 1].end].lower() in _AT:
            continue  # "om negen uur", "à deux heures": a time of day, no length
        found = _length(tokens, at)
        if found is not None and not _describes(text, tokens, at, found[2]):
            lo, hi, end = found
            out.append((token.start, tokens[end - 1].end, lo, hi))
    return tuple(out)


# "Two-hour study block" is the block's length; "Watch a ten-minute video" and "One-minute
# changes (25 min)" name a thing: after an article, or on a line with a length in digits in
# brackets ("Two-hour block; 30-minute review" has two lengths).
_THING_ARTICLES = frozenset(("a", "an", "the"))
_DIGIT_LENGTH = lazy(
    r"[(\[]\s*\d+(?:[.,]\d+)?\s*-?\s*(?:h|hrs?|hours?|min\w*|std\w*|stund\w*|horas?|heures?"
    r"|ore|ora|uur|uren)(?![^\W\d_])",
    re.IGNORECASE,
)


def _describes(text: str, tokens: tuple[_Token, ...], at: int, end: int) -> bool:
    """Whether a number word joined to its unit by a hyphen (`ten-minute`) describes a thing
    rather than giving the line's length."""
    if end < 2 or _word(tokens, end - 2) not in _HYPHENS or tokens[at].word[0].isdecimal():
        return False
    if at and tokens[at - 1].word in _THING_ARTICLES:
        return True
    return _DIGIT_LENGTH.search(text) is not None  # "(25 min)", "[1 h]"


def hours_in_words(text: str) -> tuple[int, int, float] | None:
    """A whole count of hours in words as a plan's version names it (`Plan de dos horas`,
    `Two-Hour Plan`, `(three hours)`): (start, end, hours), else None.

    >>> hours_in_words("### Plan de dos horas")
    (12, 21, 2.0)
    """
    tokens = _tokens(text)
    if not _anchored(tokens):
        return None
    for at, token in enumerate(tokens):
        count = _number(tokens, at) if token.word not in ("a", "an") else None
        if count is None or not count.worded:
            continue
        unit = _unit(tokens, _glued(tokens, count.next, _HYPHENS), digits=False)
        if unit is not None and unit.value == 60:
            return token.start, tokens[unit.next - 1].end, count.value
    return None


def _word(tokens: tuple[_Token, ...], at: int) -> str:
    return tokens[at].word if at < len(tokens) else ""


def _glued(tokens: tuple[_Token, ...], at: int, marks: frozenset[str]) -> int:
    """`at` past one joining mark of `marks` (`-` in `forty-five`), else `at`."""
    return at + 1 if _word(tokens, at) in marks else at


def _length(tokens: tuple[_Token, ...], at: int) -> tuple[int, int, int] | None:
    """(low, high, next token) of a length in words that starts at token `at`."""
    first = _amount(tokens, at)
    if first is not None:
        if _word(tokens, first.next) in LENGTH_TO or _word(tokens, first.next) in _DASHES:
            high = _amount(tokens, first.next + 1)  # "an hour to an hour and a half"
            if high is not None and high.value >= first.value:
                return _close(tokens, first.value, high, first.worded)
        return _close(tokens, first.value, first, first.worded)
    count = _number(tokens, at)  # "one to two hours", "ein bis zwei Stunden"
    if (
        count is None
        or not count.worded
        or not (_word(tokens, count.next) in LENGTH_TO or _word(tokens, count.next) in _DASHES)
    ):
        return None
    high = _amount(tokens, count.next + 1)
    if high is None or high.unit is None or high.value < count.value * high.unit:
        return None
    return _close(tokens, count.value * high.unit, high, count.worded)


def _close(
    tokens: tuple[_Token, ...], low: float, high: _Part, worded: bool
) -> tuple[int, int, int] | None:
    """The length that ends before token `high.next`, if it holds a word and a word ends there."""
    end = high.next
    if not (worded or high.worded) or not low:
        return None
    last, nxt = tokens[end - 1], tokens[end] if end < len(tokens) else None
    if nxt is not None and nxt.start == last.end and nxt.word in _HYPHENS:
        return None  # "a hour-long talk", "30 minutes-ish": a word goes on
    return _ceil(low), _ceil(high.value), end


def _ceil(value: float) -> int:
    return math.ceil(value - 1e-9)  # as lengths of digits round


def _amount(tokens: tuple[_Token, ...], at: int) -> _Part | None:
    """A length in minutes from token `at`, its unit included: `half an hour`, `dos horas`,
    `two hours and a half`, `1 ora e 30`, `kwartier`, `hora y media`."""
    alone = _fraction_alone(tokens, at)
    if alone is not None:
        return alone
    word = _word(tokens, at)
    if word in LENGTH_NOUNS:
        return _Part(LENGTH_NOUNS[word], at + 1, True, LENGTH_NOUNS[word])
    count = _number(tokens, at)
    if count is None:
        if LENGTH_UNIT_WORDS.get(word) == 60 and _word(tokens, at + 1) in LENGTH_JOINS:
            added = _fraction_after(tokens, at + 2)  # "hora y media", "ora e mezza": one hour
            return _Part(60 + added.value, added.next, True, 60) if added else None
        return None
    digits = word[:1].isdecimal() or word in _FRACTIONS
    if count.value < 1 and _word(tokens, count.next) in LENGTH_OF:
        end = _hour(tokens, count.next + 1)  # "3/4 de hora", "¾ of an hour", "½ d'heure"
        return _Part(count.value * 60, end, True, 60) if end is not None else None
    # "un'ora", "un’ora": the article's vowel left out before the unit; "two-hour block",
    # "one-hour review": a number word joined to its unit by a hyphen, as an adjective
    unit = _unit(tokens, count.next if digits else _joined_unit(tokens, count.next), digits=digits)
    if unit is None or (word in ("a", "an") and _word(tokens, unit.next - 1) not in _ENGLISH):
        return None  # "a hora" is Portuguese for "the hour"
    if count.value < 1 and _word(tokens, unit.next - 1) == "m":
        return None  # "¾ m", "1/2 m": metres, not minutes
    minutes = count.value * unit.value
    if unit.value == 60:
        added = _added(tokens, unit.next)
        if added is not None:
            worded = count.worded or added.worded
            return _Part(minutes + added.value, added.next, worded, 60)
    return _Part(minutes, unit.next, count.worded, unit.value)


def _joined_unit(tokens: tuple[_Token, ...], at: int) -> int:
    """`at` past an apostrophe, or past a hyphen glued to the words on both sides (`two-hour`,
    never `two - hours`), else `at`."""
    step = _glued(tokens, at, _APOSTROPHES)
    if step > at or _word(tokens, at) not in _HYPHENS or at + 1 >= len(tokens):
        return step
    mark = tokens[at]
    return at + 1 if tokens[at - 1].end == mark.start and mark.end == tokens[at + 1].start else at


def _number(tokens: tuple[_Token, ...], at: int) -> _Part | None:
    """A count of units: `2`, `1½`, `two`, `forty-five`, `treinta y cinco`, `one and a half`,
    `zweieinhalb`, `anderhalf`."""
    word = _word(tokens, at)
    if not word:
        return None
    if word[0].isdecimal():
        slashed = _slashed(tokens, at)
        if slashed is not None:
            return _Part(slashed, at + 3, True)  # "3/4 h", "1/2 Stunde"
        value, after, worded = float(word.replace(",", ".")), at + 1, False
        if _word(tokens, after) in _FRACTIONS:
            value, after, worded = value + _FRACTIONS[_word(tokens, after)], after + 1, True
        elif word.isdecimal() and _slashed(tokens, after) is not None:
            value, after, worded = value + (_slashed(tokens, after) or 0), after + 3, True
    elif word in _FRACTIONS:
        value, after, worded = _FRACTIONS[word], at + 1, True
    elif word in _ONE_AND_A_HALF:
        return _Part(1.5, at + 1, True)
    elif word.endswith(_HALF_ENDINGS) and _stem(word) in NUMBER_WORDS:
        return _Part(NUMBER_WORDS[_stem(word)] + 0.5, at + 1, True)
    elif word in NUMBER_WORDS:
        if word == "once" and _word(tokens, at + 1) not in _ONCE_UNITS:
            return None
        value, after, worded = NUMBER_WORDS[word], at + 1, True
        if value in (20, 30, 40, 50):  # "forty-five", "forty five", "quarenta e cinco"
            step = _glued(tokens, after, _HYPHENS)
            if step == after and _word(tokens, step) in ("y", "e"):
                step += 1
            ones = NUMBER_WORDS.get(_word(tokens, step), 0)
            if 0 < ones < 10 and len(_word(tokens, step)) > 2:  # not "a", "an", "un"
                value, after = value + ones, step + 1
    else:
        return None
    # "one and a half hours", "twee en een half uur": a half before the unit
    if _word(tokens, after) in ("and", "en", "und"):
        step = after + 1
        if _word(tokens, step) in ("a", "een", "eine"):
            step += 1
        if _word(tokens, step) in ("half", "halbe"):
            return _Part(value + 0.5, step + 1, True)
        if _word(tokens, step) == "quarter":
            return _Part(value + 0.25, step + 1, True)
    return _Part(value, after, worded)


def _slashed(tokens: tuple[_Token, ...], at: int) -> float | None:
    """A half or quarters written with a slash from token `at` (`1/2`, `1/4`, `3/4`), as a
    share of one; None inside a longer run of numbers and marks (`1/2/2025`, `21/3/4`, `3/4.5`)."""
    if at + 2 >= len(tokens):
        return None
    first, slash, second = tokens[at], tokens[at + 1], tokens[at + 2]
    share = _SLASHED.get((first.word, second.word))
    if share is None or slash.word != "/" or not first.end == slash.start == second.start - 1:
        return None
    if at and _in_number(tokens[at - 1]) and tokens[at - 1].end == first.start:
        return None
    if at + 3 < len(tokens) and _in_number(tokens[at + 3]) and tokens[at + 3].start == second.end:
        return None
    return share


def _in_number(token: _Token) -> bool:
    """Whether a token glued to a fraction makes it part of something longer: a date or a
    number (`2025`, `/`, `.`, `,`) or a word."""
    return token.word[0].isalnum() or token.word in ("/", ".", ",", "-")


def _stem(word: str) -> str:
    """`zwei` of `zweieinhalb`, `twee` of `tweeenhalf` (folded `tweeënhalf`)."""
    return word[: -len(next(e for e in _HALF_ENDINGS if word.endswith(e)))]


def _unit(tokens: tuple[_Token, ...], at: int, *, digits: bool) -> _Part | None:
    """A unit as minutes: `hours`, `Minuten`, `kwartier`; `h` and `m` only after digits."""
    word = _word(tokens, at)
    if word in LENGTH_UNIT_WORDS:
        return _Part(LENGTH_UNIT_WORDS[word], at + 1, False)
    if digits and word in DIGIT_UNIT_WORDS:
        return _Part(DIGIT_UNIT_WORDS[word], at + 1, False)
    return None


def _hour(tokens: tuple[_Token, ...], at: int) -> int | None:
    """The token after `an hour`, `a hora`, `d'heure`, `ora` (one hour, its article optional)."""
    step = _glued(tokens, at, _APOSTROPHES)
    if _word(tokens, step) in ("a", "an", "une", "un", "una", "uma", "um", "een", "eine"):
        step = _glued(tokens, step + 1, _APOSTROPHES)
    if _word(tokens, step) in ("hour", "hora", "heure", "ora", "uur", "stunde"):
        return step + 1
    return None


def _fraction_alone(tokens: tuple[_Token, ...], at: int) -> _Part | None:
    """A half or quarters of an hour: `half an hour`, `a quarter of an hour`, `media hora`,
    `eine halbe Stunde`, `une demi-heure`, `mezz'ora`, `três quartos de hora`, `drie kwartier`."""
    step = at
    if _word(tokens, step) in ("a", "an", "une", "un", "una", "uma", "um", "een", "eine", "einer"):
        step += 1
    three = _word(tokens, step) in _THREE
    if three:
        step = _glued(tokens, step + 1, _HYPHENS)
    word = _word(tokens, step)
    if three and word == "kwartier":
        return _Part(45, step + 1, True)
    if not three and word in HALF_WORDS:
        share = 30
    elif (not three and word in QUARTER_WORDS) or (three and word in QUARTERS_WORDS):
        share = 45 if three else 15
    else:
        return None
    step = _glued(tokens, step + 1, _HYPHENS)
    if _word(tokens, step) in LENGTH_OF:
        step += 1
    end = _hour(tokens, step)
    return _Part(share, end, True, share) if end is not None else None


def _added(tokens: tuple[_Token, ...], at: int) -> _Part | None:
    """What follows the hours: `and a half`, `y cuarto`, `e tre quarti`, `en een kwartier`,
    `und fünfzehn Minuten`, `und eine Viertelstunde`, `30 minutes`, or a bare `30` (`1 ora e
    30`, `2 Stunden 15`)."""
    step = at + 1 if _word(tokens, at) in LENGTH_JOINS else at
    if step > at:
        part = _fraction_after(tokens, step)
        if part is not None:
            return part
    count = _number(tokens, step)
    if count is None or count.value != int(count.value) or count.value >= 60:
        return None
    unit = _unit(tokens, count.next, digits=_word(tokens, step)[:1].isdecimal())
    if unit is not None:
        if count.value * unit.value >= 60:
            return None  # "1 h 2 h": two lengths, not one
        return _Part(count.value * unit.value, unit.next, count.worded)
    if count.value >= 10 and count.value % 5 == 0 and _bare_end(tokens, count.next):
        return _Part(count.value, count.next, True)
    return None


def _fraction_after(tokens: tuple[_Token, ...], at: int) -> _Part | None:
    """`a half`, `media`, `demie`, `un quarto`, `tres cuartos`, `een kwartier` after a join."""
    step = at
    if _word(tokens, step) in ("a", "un", "um", "een", "eine", "une"):
        step += 1
    word = _word(tokens, step)
    if word in HALF_WORDS and word not in ("mezz", "halben"):
        return _Part(30, step + 1, True)
    if word in QUARTER_WORDS:
        return _Part(15, step + 1, True)
    if word in _THREE and _word(tokens, step + 1) in QUARTERS_WORDS:
        return _Part(45, step + 2, True)
    return None


def _bare_end(tokens: tuple[_Token, ...], at: int) -> bool:
    """Whether a bare number of minutes ends here: nothing follows, or a mark that ends a
    length (`)`, `,`, `|`), never a word, a number, `%` or a range (`1 h 30-45`)."""
    word = _word(tokens, at)
    if not word:
        return True
    if word == ".":
        return not _word(tokens, at + 1)[:1].isdecimal()  # "1 hour 30.": no "30.5"
    if word[0].isalnum() or word in "%/×:" or word in _FRACTIONS:
        return False
    if word in _DASHES:
        following = _word(tokens, at + 1)
        return not following[:1].isdecimal() and following not in NUMBER_WORDS
    return True
