"""A line led by an hour written the French or Portuguese way (`12h: Entrevista (60min)`,
`**10h: Nubank Architecture** (60min, Miro)`, `14h30 Revisão (45 min)`) that gives its length
later: the hour is when it starts, not a length of 12 hours. A lone `2h: Leitura` stays a length,
and so does an hour outside 06–23 or a line with no other length."""

from __future__ import annotations

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy

__all__ = ["hour_lead_start"]

# "12h:", "[ ] **10h ", "14h30 ": an hour and its minutes before a colon, a space or emphasis.
_LEAD = lazy(r"^(?:\[[ xX]\]\s*)?[*_]*(?P<h>\d{1,2})h(?P<m>[0-5]\d)?(?=[\s:*_])")


def hour_lead_start(text: str) -> tuple[int, str] | None:
    """The start (minutes after midnight) and the rest of a line led by `12h` or `14h30` when
    another length follows on the line, as `start_time` gives them; else None."""
    match = _LEAD.match(text)
    if match is None or not 6 <= int(match["h"]) <= 23:
        return None
    whole = find_duration(text)
    if whole is not None and whole.at is not None:
        return None  # "9h - 11h Analyse": a span
    if match.end() < len(text) and text[match.end() :].lstrip()[:1] in ("-", "–", "—", "à", "a"):
        return None  # "9h - 11h …" however the span is read: no start alone
    later = find_duration(text, match.end())
    if later is None or later.at is not None:
        return None
    return int(match["h"]) * 60 + int(match["m"] or 0), text[match.end() :].lstrip(" :")
