"""What follows the weekday in a day heading: the day of the month (`Martedì 11 - Introduzione`,
`Tuesday 11 August - Lexer`), which is no title, and a length said with a word for it or a hedge
(`Mercredi 8 mai 2024 : durée 1h environ`, `Mittwoch, 8. Mai 2024: Dauer ca. 1 Std.`,
`Wednesday 8 May 2024: about 1h`), which is the day's length; and hours in brackets right after
the date (`Mercredi 24 décembre (9h - stop 19h) 🎄`, `Samstag (23. November 2024) (9h)`), which are
the day's length or its note, as is what follows them, and never its title. A date with a month's
name and nothing after it (`Lunes 18 Nov`) titles the day with its weekday, as a heading with a
year does (`Monday 2020-10-05`), never the date alone."""

from __future__ import annotations

import re

from planexport.reader.dates import MONTH_NAMES
from planexport.reader.durations import DASH, DASHES, Found, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.words import WEEKDAYS, fold

__all__ = ["day_of_month", "length_off", "weekday_rest"]

# "11 - Introduzione", "12 August - Lexer", "8 mai 2024 :", "8. Mai 2024:", "13" alone; not
# "10:30 – Arrays" (a time), "24-03-2025" (a date) nor "3 problems" (a count).
_DAY_OF_MONTH = lazy(
    rf"^\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|º|ª|\.)?(?![.:h]?\d|-\d{{1,2}}-\d{{4}})"
    rf"(?:\s+(?:de\s+)?(?:{MONTH_NAMES})\.?(?:,?\s+(?:de\s+)?\d{{4}})?)?"
    rf"(?:\s*[,:;|{DASH}]+\s*|\s*$|\s+(?=\())(?P<rest>.*)$",
    re.IGNORECASE,
)
# "November 20", "Nov. 20th, 2025 – Lexer": the month first, as in English.
_MONTH_FIRST = lazy(
    rf"^\s*(?:{MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?![.:h]?\d)"
    rf"(?:,?\s+\d{{4}})?(?:\s*[,:;|{DASH}]+\s*|\s*$|\s+(?=\())(?P<rest>.*)$",
    re.IGNORECASE,
)
# What may stand around a length that is the whole rest of a heading: a word for length, a
# hedge, and the marks between them.
_AROUND = lazy(
    r"^(?:[\s:,.;~≈()*_\-–—]|duration|dur[eé]e|dauer|duraci[oó]n|durata|duur|dura[cç][aã]o"
    r"|length|l[aä]nge|about|around|approx(?:imately)?|roughly|circa|ca|etwa|ungef[aä]hr|rund"
    r"|environ|env|aprox(?:imadamente)?|unos|unas|cerca de|cerca|ongeveer|zo'n|por volta de"
    r"|en tout|total|insgesamt|in totale|totaal)*$",
    re.IGNORECASE,
)

# "(9h - stop 19h) 🎄", "(11h) - DERNIER JOUR": hours in brackets first, then anything.
_HOURS_FIRST = lazy(r"^\s*\((?P<inner>[^()]*\d[^()]*)\)(?P<rest>.*)$")
_HOURS_AFTER = lazy(r"(?<=[\w)])[*_]*\s*\((?P<inner>[^()]*\d[^()]*)\)[^()]*$")
_WEEKDAY_FIRST = lazy(r"^[\W_]*(?P<name>[^\W\d_]+(?:-feira)?)\.?,?(?=\s+\d)")
_SEPARATOR = lazy(rf"\s*[:|{DASH}]\s*")


def weekday_rest(
    title: str, paren: str | None = None, *, name: str = ""
) -> tuple[str, Found | None, str]:
    """The title a weekday heading gives after its weekday, without a day of the month that
    leads it; the length the rest gives when it is only a length with its words around, or
    that hours in brackets after the date give; and what else follows those hours, a note.
    `paren` is what brackets right after the weekday hold (`Samstag (23. November 2024)`);
    `name` the weekday as written, which leads a title that is a date (`Lunes 18 Nov`).

    >>> weekday_rest("11 - Introduzione")[0]
    'Introduzione'
    >>> weekday_rest("8 mai 2024 : durée 1h environ")[1] is not None
    True
    >>> weekday_rest("24 décembre (9h - stop 19h) 🎄")[::2]
    ('24 décembre', '(9h - stop 19h) 🎄')
    >>> weekday_rest("18 Nov", name="Lunes")[0]
    'Lunes 18 Nov'
    """
    match = _DAY_OF_MONTH.match(title) or _MONTH_FIRST.match(title)
    head = ""
    if match is not None and 1 <= int(match.group("day")) <= 31:
        head, title = title[: match.start("rest")], match.group("rest")
        # "8 mai 2024": a date the day's heading reads later, as when nothing follows it
        head = head.strip(f" ,:;|{DASHES}") if re.search(r"[^\W\d_]", head) else ""
    hours = _HOURS_FIRST.match(title)
    if hours is not None and find_duration(hours.group("inner")) is not None:
        # "(11h) - DERNIER JOUR": the day's length, then a note; "(9h - stop 19h) 🎄" a note
        rest = re.sub(r"^[\W_]+", "", hours.group("rest")).strip()
        found = _said_length(hours.group("inner"), bare=True)
        if not head and paren and find_duration(paren) is None:
            head = paren  # "Samstag (23. November 2024) (9h - stop 19h)": the date, no title
        return _named(name, head), found, rest if found is not None else title.strip()
    found = _said_length(title)
    head = _named(name, head)
    return (head, found, "") if found is not None else (title or head, None, "")


def _named(name: str, date: str) -> str:
    """A date that titles a day, led by its weekday as written: `Lunes 18 Nov`, not `18 Nov`."""
    return f"{name} {date}" if name and date else date


def day_of_month(heading: str) -> int | None:
    """The day of the month a weekday heading gives after its weekday (`Lunedì 15 (1h)`,
    `Tuesday 11 - Introduction`), or None."""
    match = _WEEKDAY_FIRST.match(heading)
    if match is None or fold(match.group("name")) not in WEEKDAYS:
        return None
    day = _DAY_OF_MONTH.match(heading[match.end() :])
    return int(day.group("day")) if day is not None and 1 <= int(day.group("day")) <= 31 else None


def length_off(heading: str) -> str:
    """`heading` without the length that ends it after a colon or a dash (`Mercredi 8 mai 2024 :
    durée 1h environ` is `Mercredi 8 mai 2024`), or the hours in brackets and what follows them
    (`Mercredi 24 décembre 2025 (9h - stop 19h) 🎄`, `Martedì 1 settembre (1.5h)`); as it was
    when no such length ends it."""
    hours = _HOURS_AFTER.search(heading)
    if hours is not None and find_duration(hours.group("inner")) is not None:
        return heading[: hours.start()]
    for match in _SEPARATOR.finditer(heading):
        if _said_length(heading[match.end() :]) is not None:
            return heading[: match.start()]
    return heading


def _said_length(text: str, *, bare: bool = False) -> Found | None:
    """The length `text` gives when it is only that length, with a word for it or a hedge
    (or, when `bare`, without one: `11h` in brackets)."""
    found = find_duration(text) if text else None
    if (
        found is not None
        and found.at is None
        and _AROUND.match(text[: found.start])
        and _AROUND.match(text[found.end :])
        # "(2h)" alone is said only in brackets after a date (`bare`)
        and (bare or re.search(r"[^\W\d_]", text[: found.start] + text[found.end :]))
    ):
        return found
    return None
