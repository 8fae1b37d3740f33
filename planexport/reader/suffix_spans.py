"""Clock spans whose hour word comes only after the end (`8-8:30h Recepção`, `**8:30-10h**
Introdução`, `9-10.30h`, `18-19.30u`, `9–11 Uhr Mathe`, `13-14h Palestra` among them): written
`08:00-08:30` where a line starts with one, so that `8` is no length of 8 h 30 min."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["SPAN_HINT", "suffix_spans"]

# "8-8:30h", "8:30-10h", "9-10.30h", "14-16 h", "9–11 Uhr", "14-16 uur", "18-19.30u" first on a
# line, past a bullet, a number and emphasis; the word after the end, never between the two.
_HOUR = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?"
_LEAD = lazy(
    rf"^(?P<lead>\s*(?:[-*+]\s+|\d{{1,2}}[.)]\s+)?[*_`]*)(?P<a>{_HOUR})\s*[-\u2013\u2014]\s*"
    rf"(?P<b>{_HOUR}|24(?:[:.]00)?)\s*(?P<unit>h|uhr|uur|u)(?![\w:]|\.\d)(?P<rest>.*)$",
    re.IGNORECASE,
)
# A quick look for the form before any line is matched: a digit, a dash, a digit, then the word.
# `trailing_spans` asks the same of the same text next: `search_on` answers it once.
SPAN_HINT = lazy(r"\d\s*[-\u2013\u2014]\s*\d{1,2}(?:[:.][0-5]\d)?\s*(?:h|uhr|uur|u)(?!\w)", re.I)
# A line that starts with a clock time of its own: `08:00-08:30`, `- 10:00 Café`, `**9h30**`.
_CLOCK_LINE = lazy(r"^\s*(?:[-*+]\s+|\d{1,2}[.)]\s+)?[*_`]*(?:[01]?\d|2[0-3])[:h][0-5]\d")
_HEADING = lazy(r"^\s{0,3}#{1,6}(?:\s|$)")
_FENCE = lazy(r"^\s{0,3}(```|~~~)")
# A span from 6 in the morning on (or from midnight), as a French `9h - 11h` is: `1-1:30h` and
# `2-3h` of a plan start before then, and are lengths.
_EARLIEST = 6 * 60
_LONGEST = 12 * 60  # a longer span is no sitting of a day's agenda

Spans = list[tuple[int, "re.Match[str]", tuple[int, int]]]  # line, its match, start and end


def _minutes(text: str) -> int:
    hour, _, minute = text.replace(".", ":").partition(":")
    return int(hour) * 60 + int(minute or 0)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _span(match: re.Match[str]) -> tuple[int, int] | None:
    """The span's start and end, or None when it cannot be a sitting of a day."""
    start, end = _minutes(match["a"]), _minutes(match["b"])
    if not (start >= _EARLIEST or start == 0) or not 0 < end - start <= _LONGEST:
        return None
    return start, end


def _sure(match: re.Match[str]) -> bool:
    """Whether the form alone says it is a span: minutes on either side (`8-8:30h`, `8:30-10h`),
    or `Uhr`, which names an hour of the day and never a length."""
    return match["unit"].lower() == "uhr" or any(
        ":" in side or "." in side for side in (match["a"], match["b"])
    )


def _titled(match: re.Match[str]) -> bool:
    return re.search(r"[^\W\d_]", match["rest"]) is not None


def suffix_spans(text: str) -> str:
    """The text with each clock span written with its hour word after the end alone, at a line's
    start, as `08:00-08:30`. Minutes on either side or `Uhr` make the span (`8-8:30h Recepção`,
    `9–11 Uhr Mathe`); bare hours (`13-14h Palestra`) are one when a title follows them and
    their section holds another line that starts with a clock time. From 6 in the morning on
    only: `2-3h Study` and `1-2 uur lezen` stay lengths. Code blocks stay as written."""
    if SPAN_HINT.search_on(text) is None:
        return text  # most plans: no such span anywhere
    lines = text.split("\n")
    fenced = False
    found: Spans = []
    for n, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced or (match := _LEAD.match(line)) is None:
            continue
        span = _span(match)
        both = all(":" in side or "." in side for side in (match["a"], match["b"]))
        if both and match["unit"].lower() != "h":
            continue  # "9.00 - 10.30 uur", "11:15-12:30 Uhr": read as written already
        if span is not None and (_sure(match) or _titled(match)):
            found.append((n, match, span))
    sure = {n for n, match, _ in found if _sure(match)}
    for n, match, (start, end) in found:
        if n not in sure and not _in_clocked_section(lines, n, sure, found):
            continue  # "- 8-10h Sleep" alone: a length, as before
        lines[n] = f"{match['lead']}{_clock(start)}-{_clock(end)}{match['rest']}"
    return "\n".join(lines)


def _in_clocked_section(lines: list[str], n: int, sure: set[int], found: Spans) -> bool:
    """Whether another line of line `n`'s section (between headings) starts with a clock time,
    one of the sure spans or a span of bare hours that does not overlap line `n`'s."""
    spans = {at: span for at, _, span in found}
    start, end = spans[n]
    for step in (-1, 1):
        at = n + step
        while 0 <= at < len(lines) and not _HEADING.match(lines[at]):
            if at in sure or _CLOCK_LINE.match(lines[at]):
                return True
            if at in spans and (spans[at][1] <= start or spans[at][0] >= end):
                return True  # "- 13-14h Palestra" after "- 10-12h Oficina": a day's agenda
            at += step
    return False
