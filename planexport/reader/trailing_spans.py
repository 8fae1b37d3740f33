"""Clock spans after a line's title with the hour word only after the end (`Recepção 8-8:30h`,
`- Café 10-10:25h`, `Lezione 8.30-10h`, `- Physik 10:45-12 Uhr`, `- Lezen: 18-19.30u`): written
`08:00-08:30 Recepção`, the span first, so that it is the line's span of the day and no length
of 8 h 30 min. Only with minutes written on either side, the form that says a time of day; bare
hours after a title (`- Reading 2-3h`) stay lengths, as spans first on a line are read in
`suffix_spans`. A paragraph line with a colon before the span (`Alle Termine: 17–18:30 Uhr`)
says the time of other lines and stays as written."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.suffix_spans import SPAN_HINT

__all__ = ["trailing_spans"]

_HOUR = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?"
# "- Recepção 8-8:30h", "Café: 10-10:25h", "- **Abertura** – **8:30-10h**", "- Physik 10:45-12
# Uhr (Raum 2)": a bullet or none, the title, then the span with its word last on the line,
# a bracket after it at most.
_TRAIL = lazy(
    rf"^(?P<lead>\s*(?:[-*+]\s+|\d{{1,2}}[.)]\s+)?)(?P<title>(?![#>|<\s])[\W\d_]*?[^\W\d_].*?)"
    rf"(?P<sep>[\s:\-\u2013\u2014,]*\s)[*_`]*(?<![\w.:])(?P<a>{_HOUR})\s*[-\u2013\u2014]\s*"
    rf"(?P<b>{_HOUR}|24(?:[:.]00)?)\s*(?P<unit>h|uhr|uur|u)(?![\w:]|\.\d)[*_`]*\.?"
    rf"(?P<tail>\s*\([^()]*\))?\s*$",
    re.IGNORECASE,
)
# A title with a time of its own, or one that leads to the span ("Kurs von", "Lezen van"):
# the line is read as written.
_OWN_TIME = lazy(
    r"\d(?:[:.h]\d|h\b)|(?<!\w)(?:from|von|ab|de|desde|dès|des|dalle|das|van|vanaf|between|"
    r"zwischen|entre|tra|fra|tussen)\W*$",
    re.IGNORECASE,
)
_FENCE = lazy(r"^\s{0,3}(```|~~~)")
_EARLIEST = 6 * 60  # from 6 in the morning on, as in `suffix_spans`
_LONGEST = 12 * 60


def _minutes(text: str) -> int:
    hour, _, minute = text.replace(".", ":").partition(":")
    return int(hour) * 60 + int(minute or 0)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _rewritten(match: re.Match[str]) -> str | None:
    """The line with its span first, or None when it is no such span."""
    sides = (match["a"], match["b"])
    if not any(":" in side or "." in side for side in sides):
        return None  # "- Reading 2-3h": a length, as before
    if all(":" in side or "." in side for side in sides) and match["unit"].lower() != "h":
        return None  # "- Mathe 9.00-10.30 Uhr": read as written already
    start, end = _minutes(match["a"]), _minutes(match["b"])
    if start < _EARLIEST or not 0 < end - start <= _LONGEST:
        return None
    if not match["lead"].strip() and ":" in match["sep"]:
        return None  # "Alle Termine: 17–18:30 Uhr" under dated lines: the time of all of them
    title = match["title"].rstrip(" :-\u2013\u2014,")
    if _OWN_TIME.search(title):
        return None
    return f"{match['lead']}{_clock(start)}-{_clock(end)} {title}{match['tail'] or ''}"


def trailing_spans(text: str) -> str:
    """The text with each such span moved before its title and written `08:00-08:30`; every
    other line stays as written, code blocks and headings too."""
    if SPAN_HINT.search_on(text) is None:  # as `suffix_spans` found it
        return text  # most plans: no such span anywhere
    lines = text.split("\n")
    fenced = False
    for n, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced or (match := _TRAIL.match(line)) is None:
            continue
        if (new := _rewritten(match)) is not None:
            lines[n] = new
    return "\n".join(lines)
