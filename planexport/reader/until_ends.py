"""A start time whose text names its end (`| 7:00 PM | Reception, carrying on until 1:00 AM |`,
`- 19:00 Feier bis 1 Uhr`): a span from the start to that end, past midnight when it is earlier."""

from __future__ import annotations

import re

from planexport.reader.durations import clock
from planexport.reader.lazy import lazy

__all__ = ["until_end"]

_DAY = 24 * 60
_LONGEST = 16 * 60  # an evening into the night, an overnight trip; more is no end of the start
_AMPM = r"[ap]\.?\s?m\b\.?"
_MIDNIGHT = r"midnight|mitternacht|minuit|medianoche|mezzanotte|meia-noite|middernacht"
# "until 1:00 AM", "till 1am", "bis 1 Uhr", "jusqu'à 1h", "hasta las 2:00", "fino alle 1:00",
# "até às 2h", "tot 1 uur", "until midnight": the word, then a time of day.
_UNTIL = lazy(
    r"(?<!\w)(?:until|till|bis|jusqu['\u2019]\s?(?:à|a)|hasta(?:\s+las?)?|fino\s+(?:alle|a)"
    r"|at[ée](?:\s+[àa]s?)?|tot)\s+"
    rf"(?P<t>\d{{1,2}}(?::[0-5]\d)?\s*{_AMPM}|\d{{1,2}}[:.h][0-5]\d(?!\d)|\d{{1,2}}h(?!\w)"
    rf"|\d{{1,2}}(?::[0-5]\d)?(?=\s*(?:uhr|uur)\b)|{_MIDNIGHT})(?:\s*(?:uhr|uur)\b)?",
    re.IGNORECASE,
)
# ", carrying on", " — open", "; y sigue": a few words that lead to the end, part of its clause.
_LEAD = lazy(r"(?P<mark>\s*[,;(\u2013\u2014]|\s+-)(?P<words>(?:\s*[^\W\d_][\w'-]*){0,3})\s*$")


def _minutes(text: str, start: int) -> int:
    """The end as minutes after midnight; an hour with no am/pm after an afternoon start is
    the evening (`7:00 PM … until 11:30` ends at 23:30)."""
    if re.fullmatch(_MIDNIGHT, text, re.IGNORECASE):
        return 0
    end = clock(text.replace("h", ":").replace("H", ":").rstrip(":"))
    evening = start >= 720 and end < 720 and end + 720 > start
    if evening and not re.search(r"[ap]\.?\s?m", text, re.IGNORECASE):
        end += 720
    return end


def until_end(text: str, start: int) -> tuple[int, str] | None:
    """The length from `start` to the end `text` names after `until` (or `bis`, `jusqu'à`,
    `hasta`, `fino alle`, `até`, `tot`), and `text` without that clause; None when it names
    none, or an end that would make the span longer than a long night."""
    match = _UNTIL.search(text)
    if match is None:
        return None
    minutes = (_minutes(match["t"], start) - start) % _DAY
    if not 0 < minutes <= _LONGEST:
        return None
    begin, end = match.start(), match.end()
    lead = _LEAD.search(text[:begin])
    if lead is not None:
        begin = lead.start()
        if lead["mark"].strip() == "(" and text[end:].lstrip().startswith(")"):
            end = text.index(")", end) + 1
    rest = (text[:begin].rstrip(" ,;:-\u2013\u2014") + " " + text[end:].lstrip(" ,;.")).strip()
    return minutes, rest
