"""Noon and midnight as ends of a clock span, in the seven languages: `9 am till noon`,
`12 noon - 1 pm`, `10 pm - midnight`, `9:00 bis Mittag`, `22:00 - Mitternacht`, `10:00 -
mediodía`, `medianoche`, `9h à midi`, `22h à minuit`, `mezzogiorno`, `mezzanotte`, `meio-dia`,
`meia-noite`, `middernacht`; `12 Uhr mittags`, `12 uur 's middags`.

Each word is written over with its time, each character kept in its place, so the spans of
`durations` read it as they read `12pm` or `0:00`: noon as `12pm`, midnight as `0:00` where a
span starts and `24:00` where one ends (`9:00 bis Mitternacht` lasts to the end of the day).
Dutch `middag` is the afternoon, no noon; German `Mittag` alone is also lunch, so it is noon
only after `von`, `ab` or `bis`. Spanish and Portuguese plans write noon `12 m.` or `12:00 m`
(meridiem, beside `a.m.` and `p.m.`): noon where it ends or starts a span of clock times.
"""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["in_noon_word", "may_name_noon", "noon_after", "noon_word_end", "with_noon_words"]

_NOON = r"noon|midday|mittags?|mediod[ií]a|midi|mezzogiorno|meio[- ]dia"
_MIDNIGHT = r"midnight|mitternacht|medianoche|minuit|mezzanotte|meia[- ]noite|middernacht"
# "12 noon", "12:00 noon", "12 midnight", "12 Uhr mittags", "12 uur 's middags", "12 del
# mediodía", "12 de la medianoche", "12 do meio-dia": the hour is written too. A number before
# any other word is a time of its own ("2 Uhr mittags"), left as it is.
# "do meio-dia às 14:00", "da mezzogiorno alle 14:00": the word that says "from" is the span's.
# "midi et demi", "medianoche y media", "mezzogiorno e mezza", "meio-dia e meia": half past.
# A hyphen joins the word to a time (`9am-noon`, `22h-minuit`, `noon-2pm`), never to a word
# (`après-midi`, `noon-time`).
_WORD = lazy(
    rf"(?<![\w'\u2019])(?:(?<!-)|(?<=\d-)|(?<=\d[ap]m-)|(?<=\d\s[ap]m-)|(?<=\dh-))"
    rf"(?:(?:do|da|desde\s+[oa])\s+(?=mezzo|mezza|meio|meia))?(?:(?P<twelve>12(?::00)?\s?(?:(?:uhr|uur|del|de\s+la|do|da)\s+)?)"
    rf"(?={_NOON}|{_MIDNIGHT}|['\u2019]s\s+middags))?"
    rf"(?:(?P<noon>{_NOON}|(?<=uur\s)['\u2019]s\s+middags)|(?P<midnight>{_MIDNIGHT}))"
    r"(?P<half>\s+(?:et\s+demie?|y\s+media|e\s+mezz[ao]|e\s+meia))?(?![\w]|-(?!\s*\d))",
    re.IGNORECASE,
)
# The words that join a span's two times, in every language the reader knows (`9:00 bis`,
# `10 a.m. hasta las`, `22h jusqu'à`, `21:00 fino a`).
_TO_WORDS = (
    r"to|till|til|until|bis|hasta(?:\s+las?)?|a\s+las?|las?|el|a|à|às|as|ao|o|até(?:\s+[àa]s)?"
    r"|ate|al|alle|fino|tot|au|jusqu['\u2019]\s?à"
)
# `12 m.`, `12:00 m`, `12m`: noon as the meridiem; `m` alone is also minutes or metres, so it is
# noon only beside another clock time of a span (`_MERIDIEM_BEFORE`, `_MERIDIEM_AFTER`): `10-12 m`
# is a range of minutes, `10:00 - 12 m` a span to noon.
_MERIDIEM = lazy(r"(?<![\d:.,])12(?::00)?\s?m\b\.?(?!\w)", re.IGNORECASE)
_MERIDIEM_BEFORE = lazy(
    r"(?:\d[:.h][0-5]\d|\d\s*[ap]\.?\s?m\.?)\s*"
    rf"(?:[-\u2010-\u2015\u2212]|(?<![^\W\d_])(?:{_TO_WORDS}))\s*$",
    re.IGNORECASE,
)
_MERIDIEM_AFTER = lazy(
    rf"\s*(?:[-\u2010-\u2015\u2212]|(?:{_TO_WORDS})\s)"
    r"\s*\d{1,2}(?:[:.h][0-5]\d|\s*[ap]\.?\s?m\b)",
    re.IGNORECASE,
)
_ROOM_AFTER = lazy(r" (?!\w)")
_NUMBER_BEFORE = lazy(r"\d\s*(?:uhr|h|uur)?\s*$", re.IGNORECASE)
# The words that end a span before its last time (`9:00 bis`, `22h jusqu'à`, `21:00 fino a`):
# midnight after one is the day's end.
_TO_BEFORE = lazy(
    rf"(?:[-\u2010-\u2015\u2212]|(?<![^\W\d_])(?:{_TO_WORDS}))\s*$",
    re.IGNORECASE,
)
# German `Mittag` is noon only where it is plainly a time: `von Mittag`, `ab Mittag`, `bis Mittag`,
# `Mittag bis 14:00`; `12:30 - Mittag` is lunch at 12:30.
_MITTAG_BEFORE = lazy(r"(?<![^\W\d_])(?:von|ab|bis)\s+$", re.IGNORECASE)
_MITTAG_AFTER = lazy(r"\s*bis\s", re.IGNORECASE)
# French clock times (`9h`, `14h30`): a word among them is written the same way.
_FRENCH = lazy(r"\d\s?h(?:[0-5]\d)?(?![^\W\d_])", re.IGNORECASE)
# What every word holds, in lower case: most lines hold none and the pattern never runs.
_STEMS = ("noon", "midday", "mittag", "mediod", "midi", "mezzo", "meio", "midnight",
          "mitternacht", "medianoche", "minuit", "mezzanotte", "meia", "middernacht",
          "middags")  # fmt: skip
_STEM = lazy("|".join(map(re.escape, _STEMS)))  # one scan of the line for all of them


def may_name_noon(text: str) -> bool:
    """False where `text` names neither noon nor midnight: a cheap check."""
    lower = text.lower()
    return _STEM.search(lower) is not None or ("12" in text and _meridiem_noons(text) != [])


def _meridiem_noons(text: str) -> list[tuple[int, int]]:
    """Where `text` writes noon as the meridiem (`10:00 a.m. - 12:00 m.`, `12 m - 2:00 p.m.`):
    a `12 m` that ends or starts a span of clock times."""
    if "12" not in text:
        return []
    return [
        match.span()
        for match in _MERIDIEM.finditer(text)
        if _MERIDIEM_BEFORE.search(text, 0, match.start())
        or _MERIDIEM_AFTER.match(text, match.end())
    ]


def with_noon_words(text: str) -> str:
    """`text` with noon and midnight written as times (`12pm`, `0:00`, `24:00`), each character
    in its place; the caller asks only of a line with no span of clock time of its own, so
    `Mittag – 13:00 bis 14:00` keeps its span.

    >>> with_noon_words("9 am till noon: Algebra")
    '9 am till 12pm: Algebra'
    >>> with_noon_words("9:00 bis Mitternacht")
    '9:00 bis 24:00      '
    """
    french = _FRENCH.search(text) is not None

    def time(match: re.Match[str]) -> str:
        word = match.group()
        if match.group("twelve") is None:
            if _NUMBER_BEFORE.search(text, 0, match.start()):
                return word  # "2 Uhr mittags", "9 uur middernacht": the number says the time
            if word.lower().startswith("mittag") and not (
                _MITTAG_BEFORE.search(text, 0, match.start())
                or _MITTAG_AFTER.match(text, match.end())
            ):
                return word  # "12:30 - Mittag": lunch, at a time of its own
        half = match.group("half") is not None
        if match.group("noon") is not None:
            hour = 12
        elif _TO_BEFORE.search(text, 0, match.start()):
            hour = 24  # "22:00 - minuit": to the end of the day
        else:
            hour = 0  # "minuit - 2h": from the start of the day
        if french:
            said = f"{hour:02d}h30" if half else f"{hour:02d}h"
        else:
            said = f"{hour}:30" if half else "12pm" if hour == 12 else f"{hour}:00"
            said += "pm" if half and hour == 12 else ""
        return said.ljust(len(word))

    text = _WORD.sub(time, text)
    for found, stop in _meridiem_noons(text):
        said = "12h" if french else "12pm"
        start, end = found, stop
        short = end - start < len(said)
        if short and start and text[start - 1] == " ":
            start -= 1  # "10:00 - 12m": the space before `12m` holds the `p` of `12pm`
        elif short and (text[end : end + 1] == "." or _ROOM_AFTER.match(text, end)):
            end += 1  # "12m - 13:30", "12m.": so does the dot or a space before no word
        elif short and end < len(text):
            continue  # "10:00-12m Revisão" has no room for `12pm`: left as written
        text = text[:start] + said.ljust(end - start) + text[end:]
    return text


def noon_word_end(text: str, end: int) -> int:
    """Where the noon or midnight word that a span ending at `end` read ends (`noon` of `9 am
    till noon`, written over as `12pm`, `Mitternacht` as `24:00`), so the whole word is the
    span's; `end` when none goes on past it."""
    for match in _WORD.finditer(text):
        if match.start() < end < match.end():
            return match.end()
    for start, stop in _meridiem_noons(text):
        if start < end < stop:
            return stop
    return end


def in_noon_word(text: str, at: int) -> bool:
    """Whether `at` is inside a noon or midnight word of `text` (`Mittag` of `Ab Mittag: 3h`,
    written over as `12h`): a time there is the word's, never a length of 12 hours."""
    return may_name_noon(text) and (
        any(match.start() <= at < match.end() for match in _WORD.finditer(text))
        or any(start <= at < end for start, end in _meridiem_noons(text))
    )


# "10:00 a.m. - 12:00 noon": the word after a span's last time of 12:00 says which twelve it is.
_NOON_AFTER = lazy(r"\s+(?:noon|midday)(?![\w-])", re.IGNORECASE)


def noon_after(text: str, end: int) -> int:
    """Where `noon` (or `midday`) right after a span ending in `12:00` at `end` ends, so the
    word is the span's and no part of the title; `end` when none follows."""
    if not text.endswith("12:00", 0, end) or text[end - 6 : end - 5].isdigit():
        return end
    match = _NOON_AFTER.match(text, end)
    return end if match is None else match.end()
