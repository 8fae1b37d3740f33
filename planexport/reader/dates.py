"""Dates as plans write them: `2026-03-02`, `5 mars`, `Nov 22, 2025`, `02/03/2026`, `24-03-2025`,
`3/2`."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy, may_start_word
from planexport.reader.short_years import short_year
from planexport.reader.words import HOUR_WORDS, MINUTE_WORDS, MONTHS, fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = [
    "MONTH_NAMES",
    "ORDER",
    "date_in",
    "may_be_date",
    "month_day",
    "month_first",
    "plan_year",
    "readings",
    "starts_with_date",
    "tolerant",
    "without_zone",
]

ORDER = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

_ACCENTS = {
    "a": "[aáàâãä]",
    "e": "[eéèêë]",
    "i": "[iíìîï]",
    "o": "[oóòôõö]",
    "u": "[uúùûü]",
    "c": "[cç]",
}


# What `re.escape` writes for each character it escapes (it leaves every other one as it is),
# then the accents: one table, so a word is one `translate`, not a call a character. The
# weekdays' and months' patterns are built from a few hundred words on every start.
_TOLERANT = str.maketrans({ch: re.escape(ch) for ch in "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"} | _ACCENTS)


def tolerant(word: str) -> str:
    """A pattern for `word` that also matches it with accents (`Marz` and `März`)."""
    return word.translate(_TOLERANT)


MONTH_NAMES = "|".join(
    tolerant(name) for name in sorted(MONTHS, key=len, reverse=True) if len(name) >= 3
)
# "2020-10-05", "Feb 9", "Nov 22, 2025", "29-Dec-2025", "15-July", "5 de octubre", "9. März",
# "14.Okt.2013", "6th of May 2024"
_DATE = lazy(
    rf"(?<!\d)(?P<iso>(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}}))(?!\d)"
    rf"|(?<!\w)(?P<mon>{MONTH_NAMES})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?<!\d)(?P<d3>\d{{1,2}})(?:st|nd|rd|th|\.)?(?:\s*[-/ ]\s*|\s+de\s+"
    # "15th of November 2024": an English ordinal day, "of", then the month
    rf"|(?<=st|nd|rd|th)\s+of\s+"
    # "14.Okt.2013", "14.févr.2013": dots alone between day, month and year, with the year only
    rf"|(?<=\d\.)(?=(?:{MONTH_NAMES})\.?\.\d{{4}}(?!\d)))(?P<mon3>{MONTH_NAMES})"
    rf"\.?(?:(?:\s*[-/ ,]\s*|\s+de\s+|(?<=[^\W\d_]\.))(?P<y3>\d{{4}}))?(?!\w)"
    # "02/03/2026", "3/2", "02.03.2026", "24-03-2025" (a dash only with the year: "9-11" is a
    # range): which number is the month depends on the plan's language
    r"|(?<![\d/.:])(?P<n1>\d{1,2})(?:(?P<sep>/|-(?=\d{1,2}-\d{4}(?!\d)))(?P<n2>\d{1,2})"
    r"(?:(?P=sep)(?P<ny>\d{4}|\d{2}))?"
    # "24.2.2022", "24.2.": a day and month with dots, as in German or Dutch
    r"|\.(?P<n3>\d{1,2})\.(?P<ny3>\d{4})?)(?![\d/.:])",
    re.IGNORECASE,
)
_YEAR = lazy(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# A unit after numbers in slashes: amounts ("6/24/72 ore", "3/6/12 h", "10/20/30 min").
_UNIT_AFTER = lazy(
    rf"\s*(?:{HOUR_WORDS}|{MINUTE_WORDS}|days?|giorni|d[ií]as|jours|tage?n?|dagen|weeks?"
    r"|settimane|semanas|semaines|wochen|weken|months?|mesi|meses|mois|monate?n?|maanden)(?!\w)",
    re.IGNORECASE,
)
_MONTH_WORDS = tuple(name for name in MONTHS if len(name) >= 3)  # the names in MONTH_NAMES


@functools.lru_cache(maxsize=4096)
def may_be_date(text: str) -> bool:
    """False only where `_DATE` cannot match `text`: most lines, which then never compile it.

    Every form of a date has a digit, and a `-`, `/` or `.` just after one, or a month's name (its
    accent-free spelling, where the text's letters are all ASCII; other text goes to the pattern).
    Kept per text: the stages ask about one line in turn, and the answer depends on it alone.
    """
    if not any(map(str.isdigit, text)):  # isdigit accepts every character `\d` does
        return False
    for mark in "-/.":  # "2020-10-05", "3/2", "24.2.": a digit, then one of these
        at = text.find(mark, 1)
        while at != -1:
            if text[at - 1].isdigit():
                return True
            at = text.find(mark, at + 1)
    # A month's name starts a word: the pattern wants no word character (`\w`) just before it.
    return may_start_word(text, _MONTH_WORDS)


def month_day(text: str, *, month_first: bool = False) -> tuple[tuple[int, int] | None, bool]:
    """The month and day `text` writes, and whether it writes the year too."""
    match = _DATE.search(text) if may_be_date(text) else None
    if match is None:
        return None, False
    if match.group("iso"):
        return (int(match.group("m")), int(match.group("d"))), True
    if match.group("n1"):
        m, d = _numeric(match, None, month_first=month_first, weekday=None)
        return ((m, d) if m else None), bool(match.group("ny") or match.group("ny3"))
    name = match.group("mon") or match.group("mon3")
    day = int(match.group("d2") or match.group("d3"))
    return (MONTHS[fold(name).rstrip(".")], day), bool(match.group("y2") or match.group("y3"))


def _numeric(
    match: re.Match[str], year: int | None, *, month_first: bool, weekday: str | None
) -> tuple[int, int]:
    """Month and day of `3/2` or `02.03.2026`: the plan's order, unless only the other one is
    a date or matches the weekday the heading names."""
    orders = _orders(match, month_first=month_first)
    written = match.group("ny") or match.group("ny3")
    known = _full_year(written) if written else year
    if weekday is not None and known is not None:
        for m, d in orders:
            try:
                if ORDER[dt.date(known, m, d).weekday()] == weekday:
                    return m, d
            except ValueError:
                continue
    return orders[0] if orders else (0, 0)


def _orders(match: re.Match[str], *, month_first: bool) -> list[tuple[int, int]]:
    """The month and day `3/2` or `24.2.` can be, the plan's order first."""
    first, second = int(match.group("n1")), int(match.group("n2") or match.group("n3"))
    orders = (
        [(first, second), (second, first)] if month_first else [(second, first), (first, second)]
    )
    if match.group("n3") is not None:
        orders = [(second, first)]  # "24.2.2022": with dots the day always comes first
    return list(dict.fromkeys((m, d) for m, d in orders if 1 <= m <= 12 and 1 <= d <= 31))


def readings(match: re.Match[str], *, month_first: bool) -> list[tuple[int, int]]:
    """Each month and day a date found can be, the plan's order first: two for `7/12`."""
    if match.group("iso"):
        return [(int(match.group("m")), int(match.group("d")))]
    if match.group("n1"):
        return _orders(match, month_first=month_first)
    name = match.group("mon") or match.group("mon3")
    return [(MONTHS[fold(name).rstrip(".")], int(match.group("d2") or match.group("d3")))]


def date_in(
    text: str, year: int | None, *, month_first: bool = False, weekday: str | None = None
) -> tuple[dt.date | None, re.Match[str] | None]:
    """The date `text` writes (the year from the plan's context when it has none), else None."""
    match = _DATE.search(text) if may_be_date(text) else None
    if match is None:
        return None, None
    if match.group("iso"):
        y, m, d = int(match.group("y")), int(match.group("m")), int(match.group("d"))
    elif match.group("n1"):
        if _UNIT_AFTER.match(text, match.end()):
            return None, None  # "(6/24/72 ore)", "3/6/12 h": a list of amounts, not a date
        found_year = match.group("ny") or match.group("ny3")
        m, d = _numeric(match, year, month_first=month_first, weekday=weekday)
        if found_year is None and year is None:
            return None, match
        y = _full_year(found_year) if found_year else year or 0
    else:
        name = match.group("mon") or match.group("mon3")
        m = MONTHS[fold(name).rstrip(".")]
        d = int(match.group("d2") or match.group("d3"))
        found_year = match.group("y2") or match.group("y3")
        if found_year is None and year is None:
            return None, match
        y = int(found_year) if found_year else year or 0
    try:
        return dt.date(y, m, d), match
    except ValueError:
        return None, match


def _full_year(text: str) -> int:
    """The year of `2025` or `25` (`04/09/25`: this century)."""
    return int(text) + (2000 if len(text) == 2 else 0)


def starts_with_date(text: str) -> bool:
    """Whether `text` starts with a date (`24.2.2022`, `25 sep 2015`, `Nov 22`)."""
    return may_be_date(text) and _DATE.match(text) is not None


def plan_year(nodes: list[Node]) -> int | None:
    """The year a plan names in its headings (`# Exam plan 2025`), for dates written without one."""
    for node in nodes:
        if node.kind == "heading" and (match := _YEAR.search(node.text)):
            return int(match.group())
    for node in nodes:
        # "**Período:** 22/11/2025 a 13/12/2025": the plan's dates, stated once
        if node.kind == "paragraph" and _PERIOD.match(fold(node.text)):
            match = _YEAR.search(node.text)
            if match is not None:
                return int(match.group())
    # "# Bootcamp'23 schedule": a year written short, when no full one is
    return next((y for n in nodes if n.kind == "heading" and (y := short_year(n.text))), None)


_PERIOD = lazy(
    r"^[\W_]*(?:period[eo]?|zeitraum|dates|fechas|datas|date range|plan period)\b[*_\s]*:"
)
_ENGLISH = frozenset(("the", "and", "of", "to", "for", "with", "day", "week", "review", "study"))
_OTHER = frozenset(
    ("de", "la", "le", "les", "et", "und", "der", "die", "das", "el", "los", "y", "del", "des",
     "du", "il", "di", "e", "van", "het", "een", "da", "do", "mit", "avec", "con", "semaine",
     "woche", "semana", "tag", "jour", "dia")
)  # fmt: skip


def month_first(nodes: list[Node]) -> bool:
    """Whether the plan writes `3/2` for March 2: where a date of the plan shows it
    (`10/13/2023`), else in US English (English with AM/PM or `Nov 22`), not elsewhere."""
    text = " ".join(n.text for n in nodes if n.text)
    pairs = [(int(a), int(b)) for a, b in _SLASHED.findall(text)]
    day_first, month_first_ = any(a > 12 for a, _ in pairs), any(b > 12 for _, b in pairs)
    if day_first != month_first_:
        return month_first_
    # US English needs both a cue and more English words than others: the cue is the cheaper
    # of the two to find, so it is looked for first (most plans have neither AM/PM nor `Nov 22`).
    items = " ".join(item.text for n in nodes for item in n.items)
    cells = " ".join(cell for n in nodes for row in n.rows for cell in row)
    if not any(cue.search(part) for part in (text, items, cells) for cue in (_AM_PM, _NAME_DAY)):
        return False
    words = re.findall(r"[a-z]+", fold(text))
    english = sum(map(_ENGLISH.__contains__, words))  # each word looked up in C
    return english > sum(map(_OTHER.__contains__, words))


# "10/13/2023": a date with its year, whose numbers can show which comes first
_SLASHED = lazy(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")
# "3:30 PM", "9am": the clock of the United States
_AM_PM = lazy(r"\d\s*[ap]\.?m\.?(?!\w)", re.IGNORECASE)
# "Nov 22", "October 3rd": a month's name before its day, as the US writes it (the lookahead,
# the first letters of the names, only lets the search skip other places quicker)
_NAME_DAY = lazy(
    r"(?=[adfjmnos])\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)


# "#### Freitag, 25. April CEST", "Nov 8 (UTC+1)": a time zone after a date, never a title.
_ZONE = lazy(
    r"(?<!\S)\s*[(\[]?(?:CET|CEST|MEZ|MESZ|UTC|GMT|BST|IST|WET|WEST|EET|EEST|EST|EDT|CST|CDT"
    r"|MST|MDT|PST|PDT|AEST|AEDT|JST|KST|SGT|HKT|NZST|NZDT)(?:\s*[+-]\d{1,2}(?::?\d\d)?)?"
    r"[)\]]?\s*$"
)


def without_zone(text: str) -> str:
    """`text` without the time zone that ends it (`Freitag, 25. April CEST`)."""
    return _ZONE.sub("", text)
