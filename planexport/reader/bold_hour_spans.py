"""Spans of bold hour numbers (`ore **10**–**12**`, `**19**–**20:30**`), and two spans joined by a
word (`ore 10–12 e 16–18`) on the line over their title: read as the same spans without `**`,
two blocks of one title."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["bold_hour_spans"]

_HOUR = r"(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d|h)?"
# "**10**–**12**", "__9__ - __11:30__": each hour bold on its own, a dash between them.
_BOLD = lazy(
    rf"(?P<m>\*\*|__)(?P<a>{_HOUR})(?P=m)(?P<dash>\s*[-\u2013\u2014]\s*)(?P=m)(?P<b>{_HOUR})(?P=m)"
)
_SPAN = rf"(?P<{{a}}>{_HOUR})\s*[-\u2013\u2014]\s*(?P<{{b}}>{_HOUR})"
# "ore 10–12 e 16–18", "from 9-11 and 14-16", "von 9–11 und 14–16 Uhr": a line of two spans alone,
# a word of the hours before it ("ore", "dalle", "from", "de", "von", "van") allowed.
_JOINED = lazy(
    r"^\s*(?:(?:ore|orario|dalle|h|from|von|de|das|van|horas?|heures?|uhr)\s+)?"
    + _SPAN.format(a="a", b="b")
    + r"\s+(?:e|and|und|y|et|en|&)\s+"
    + _SPAN.format(a="c", b="d")
    + r"\s*(?:h|uhr|uur|u)?[*_\s]*$",
    re.IGNORECASE,
)
_TITLE = lazy(r"^\s*[*_]*[^\W\d_]")
_HEADING = lazy(r"^\s{0,3}#{1,6}(?:\s|$)")
_FENCE = lazy(r"^\s{0,3}(```|~~~)")


def _clock(text: str) -> str:
    hour, _, minute = re.sub(r"[.h]", ":", text.lower()).partition(":")
    return f"{int(hour):02d}:{int(minute or 0):02d}"


def _unbold(match: re.Match[str]) -> str:
    return f"{match['a']}{match['dash']}{match['b']}"


def _forward(match: re.Match[str]) -> bool:
    """Whether each span ends after it starts, and the second starts after the first."""
    a, b, c, d = (_clock(match[key]) for key in "abcd")
    return a < b <= c < d


def _blank(lines: list[str], at: int) -> bool:
    return (
        not 0 <= at < len(lines) or not lines[at].strip() or _HEADING.match(lines[at]) is not None
    )


def bold_hour_spans(text: str) -> str:
    """`text` with bold hours around a dash written plain (`**10**–**12**`: `10–12`), and each
    paragraph of two lines, two spans joined by `e`, `and`, `und`, `y`, `et` or `en` over a
    title, written as two list lines of that title (`- 10:00-12:00 Laboratorio`,
    `- 16:00-18:00 Laboratorio`), one block each: no line is added or taken away."""
    if any(f"{mark}{digit}" in text for mark in ("**", "__") for digit in "0123456789"):
        text = _BOLD.sub(_unbold, text)
    if not any(f" {word} " in text for word in ("e", "and", "und", "y", "et", "en", "&")):
        return text
    lines = text.split("\n")
    fenced = False
    for n, line in enumerate(lines[:-1]):
        if _FENCE.match(line):
            fenced = not fenced
        if fenced or (match := _JOINED.match(line)) is None:
            continue
        if not _blank(lines, n - 1) or not _blank(lines, n + 2) or not _forward(match):
            continue
        title = lines[n + 1]
        if _TITLE.match(title) is None:
            continue
        title = title.strip()
        lines[n] = f"- {_clock(match['a'])}-{_clock(match['b'])} {title}"
        lines[n + 1] = f"- {_clock(match['c'])}-{_clock(match['d'])} {title}"
    return "\n".join(lines)
