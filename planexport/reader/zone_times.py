"""A time zone written after a clock time (`10:00 CET Welcome`, `9am PT - 10am PT: Kickoff`,
`16:00 - 17:00 UTC`): the time is read without it, as the page says the times are there."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["zone_times"]

# The zones' abbreviations as agendas write them, in capitals only ("10h et 11h" is French).
_ZONES = (
    "CET|CEST|MEZ|MESZ|UTC|GMT|BST|IST|WET|WEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST"
    "|AKDT|HST|AEST|AEDT|ACST|AWST|JST|KST|SGT|HKT|NZST|NZDT|PT|ET|CT|MT|AoE"
)
# "PT", "MT", "ET", "CT" are subjects too in a Portuguese timetable (`14:00 PT` is Português):
# a zone only after a time with am/pm, as American agendas write it (`9am PT`, `2:00 pm ET`).
_SHORT = frozenset(("PT", "ET", "CT", "MT"))
_CLOCK = r"\d{1,2}(?:[:.h]\d{2})?(?:\s*[aApP]\.?[mM]\.?)?"
# "10:00 CET", "9am PT", "16:00 UTC+1", "2:00 pm (ET)": a clock time, then its zone, then no
# word character; an hour alone ("12 ET") only with am/pm or minutes, as `_CLOCK` asks of it.
_ZONED = lazy(
    rf"(?P<time>(?<![\w:.]){_CLOCK})\s*(?:\(\s*)?(?P<zone>{_ZONES})(?:\s*[-+−]\s*\d{{1,2}}(?::?\d{{2}})?)?"
    rf"(?:\s*\))?(?![\w+])"
)
# "9am PT / 12pm ET", "10:00 CET (04:00 EST)": the same time in another zone after the first.
_OTHER = lazy(
    rf"(?P<time>{_CLOCK}\s*(?:\b(?:{_ZONES})\b)?)\s*(?:/|\(|\bor\b)\s*{_CLOCK}\s*(?:{_ZONES})\b\)?"
)
_MINUTES_OR_HALF = lazy(r"[:.h]\d{2}|[aApP]\.?[mM]")
_HALF = lazy(r"[aApP]\.?[mM]")
_GATE = lazy(rf"\d(?:\s*[aApP]\.?[mM]\.?)?\s*\(?\s*(?:{_ZONES})(?![\w])")
# Where `_GATE` may match: every zone above is a capital, then one to three letters, then no
# word character. A search for this shape skips from digit to digit as quickly as `re` can,
# where the zones' alternatives are tried after every digit of a long plan; the few places it
# finds are then tried with `_GATE` itself. It consumes one digit alone, so every digit where
# `_GATE` matches is a place where this is found.
_MAY_ZONE = lazy(r"\d(?:\s*[aApP]\.?[mM]\.?)?\s*\(?\s*[A-Z][A-Za-z]{1,3}(?!\w)")


def _clock_time(match: re.Match[str]) -> bool:
    """Whether the matched time is a clock time, with minutes or am/pm (`9am PT` and `09:00 CET`
    are, `2 CT scans` is not), and with am/pm before a zone of two letters (`14:00 PT` is not)."""
    if match["zone"] in _SHORT:
        return _HALF.search(match["time"]) is not None
    return _MINUTES_OR_HALF.search(match["time"]) is not None


def zone_times(body: str) -> str:
    """`body` with each zone after a clock time taken off (`10:00 CET Welcome` -> `10:00
    Welcome`), and a second clock time in another zone after the first left out."""
    if not any(_GATE.match(body, found.start()) for found in _MAY_ZONE.finditer(body)):
        return body  # most plans write no zone after a time: one search, and back
    body = _OTHER.sub(lambda m: m["time"], body)
    return _ZONED.sub(lambda m: m["time"] if _clock_time(m) else m[0], body)
