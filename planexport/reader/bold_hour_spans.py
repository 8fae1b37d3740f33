"""Spans of bold hour numbers (`ore **10**–**12**`, `**19**–**20:30**`), and two spans or more
joined by a comma, a semicolon or a word (`ore 10–12 e 16–18`, `from 9-10, 11-12 and 14-15`) on
the line over their title: read as the same spans without `**`, two blocks of one title; spans
after the second are told in a warning, not read."""

from __future__ import annotations

import re
from itertools import pairwise

from planexport.reader.lazy import lazy

__all__ = ["bold_hour_spans"]

_HOUR = r"(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d|h)?"
# "**10**–**12**", "__9__ - __11:30__": each hour bold on its own, a dash between them.
_BOLD = lazy(
    rf"(?P<m>\*\*|__)(?P<a>{_HOUR})(?P=m)(?P<dash>\s*[-\u2013\u2014]\s*)(?P=m)(?P<b>{_HOUR})(?P=m)"
)
_SPAN = rf"(?:\*\*|__)?(?P<{{a}}>{_HOUR})\s*[-\u2013\u2014]\s*(?P<{{b}}>{_HOUR})(?:\*\*|__)?"
_AND = r"(?:e|and|und|y|et|en|&)"
# "ore 10–12 e 16–18", "from 9-10, 11-12 and 14-15", "von 9–11 und 14–16 Uhr": a line of two
# spans or more alone, each after a comma, a semicolon or a word for "and" (or both), a word of
# the hours before the first ("ore", "dalle", "from", "de", "von", "van") allowed.
_JOINED = lazy(
    r"^\s*(?:(?:ore|orario|dalle|h|from|von|de|das|van|horas?|heures?|uhr)\s+)?"
    + _SPAN.format(a="a", b="b")
    + rf"(?:(?:\s*[,;]\s*(?:{_AND}\s+)?|\s+{_AND}\s+)"
    + _SPAN.format(a="c", b="d")
    + r")+\s*(?:h|uhr|uur|u)?[*_\s]*$",
    re.IGNORECASE,
)
_EACH = lazy(_SPAN.format(a="a", b="b"))
# What every joined line holds somewhere: a span's dash and end, then a comma, a semicolon or a
# word for "and". One search of the whole text (from each dash, which the matcher skips to), so
# that a plan with none is not tried line by line.
_MAYBE_JOINED = lazy(
    rf"[-\u2013\u2014]\s*\d[\d:.h]*(?:\*\*|__)?(?:\s*[,;]|\s+{_AND}\s)", re.IGNORECASE
)
# A bold mark right before a digit: where `_BOLD` may match.
_BOLD_DIGIT = lazy(r"(?:\*\*|__)\d")
_TITLE = lazy(r"^\s*[*_]*[^\W\d_]")
_HEADING = lazy(r"^\s{0,3}#{1,6}(?:\s|$)")
_FENCE = lazy(r"^\s{0,3}(```|~~~)")


def _clock(text: str) -> str:
    hour, _, minute = re.sub(r"[.h]", ":", text.lower()).partition(":")
    return f"{int(hour):02d}:{int(minute or 0):02d}"


def _unbold(match: re.Match[str]) -> str:
    return f"{match['a']}{match['dash']}{match['b']}"


def _spans(line: str) -> list[tuple[str, str]]:
    """The spans of a joined line, as clock times (`10-11`: `("10:00", "11:00")`)."""
    return [(_clock(m["a"]), _clock(m["b"])) for m in _EACH.finditer(line)]


def _forward(spans: list[tuple[str, str]]) -> bool:
    """Whether each span ends after it starts, and each starts when the one before it ended or
    after."""
    return all(a < b for a, b in spans) and all(
        before[1] <= after[0] for before, after in pairwise(spans)
    )


def _blank(lines: list[str], at: int) -> bool:
    return (
        not 0 <= at < len(lines) or not lines[at].strip() or _HEADING.match(lines[at]) is not None
    )


def bold_hour_spans(text: str, unread: list[tuple[int, str]] | None = None) -> str:
    """`text` with bold hours around a dash written plain (`**10**–**12**`: `10–12`), and each
    paragraph of two lines, two spans or more joined by `,`, `;`, `e`, `and`, `und`, `y`, `et`
    or `en` over a title, written as two list lines of that title (`- 10:00-12:00 Laboratorio`,
    `- 16:00-18:00 Laboratorio`), one block each: no line is added or taken away. Spans after the
    second have no line to be written on: each such line's index and what was read of it and
    what not go to `unread`."""
    if _BOLD_DIGIT.search(text) is not None:
        text = _BOLD.sub(_unbold, text)
    if _MAYBE_JOINED.search(text) is None:
        return text
    lines = text.split("\n")
    fenced = False
    for n, line in enumerate(lines[:-1]):
        if _FENCE.match(line):
            fenced = not fenced
        if fenced or _JOINED.match(line) is None:
            continue
        spans = _spans(line)
        if not _blank(lines, n - 1) or not _blank(lines, n + 2) or not _forward(spans):
            continue
        title = lines[n + 1]
        if _TITLE.match(title) is None:
            continue
        title = title.strip()
        lines[n], lines[n + 1] = (f"- {a}-{b} {title}" for a, b in spans[:2])
        if len(spans) > 2 and unread is not None:
            read = " and ".join(f"{a}-{b}" for a, b in spans[:2])
            rest = ", ".join(f"{a}-{b}" for a, b in spans[2:])
            unread.append((n, f'{read} read as "{title}"; spans after the second not read: {rest}'))
    return "\n".join(lines)
