"""Spans of bold hour numbers (`ore **10**–**12**`, `**19**–**20:30**`), and a line of clock spans
over its title (`ore 10–12 e 16–18`, `from 9-10, 11-12 and 14-15`, `dalle 19 alle 20:30`,
`de 21h à minuit`): read as the same spans without `**`, a block of that title per span."""

from __future__ import annotations

import re
from itertools import pairwise

from planexport.reader.lazy import lazy

__all__ = ["bold_hour_spans", "leading_spans"]

_HOUR = r"(?:2[0-3]|[01]?\d)(?:[:.h][0-5]\d|h)?(?!\d)"
# "**10**–**12**", "__9__ - __11:30__": each hour bold on its own, a dash between them.
_BOLD = lazy(
    rf"(?P<m>\*\*|__)(?P<a>{_HOUR})(?P=m)(?P<dash>\s*[-\u2013\u2014]\s*)(?P=m)(?P<b>{_HOUR})(?P=m)"
)
# The end of the day, as a span's end: "dalle 21 a mezzanotte", "de 22h à minuit".
_MIDNIGHT = r"mezzanotte|midnight|mitternacht|minuit|medianoche|meia[- ]noite|middernacht"
# "alle", "bis", "à", "a las", "às", "tot", "to": the word between a span's two hours.
_TO = r"(?:alle|all['\u2019]|a(?:\s+las?)?|bis|à|às|até|hasta(?:\s+las?)?|tot|to|till|until)"
_HALF = r"(?:\s*[ap]\.?m\.?(?!\w))"
# "10-11", "19 alle 20:30", "7 to 8:30 pm", "21 a mezzanotte": two hours, a dash or a word.
_SPAN = (
    rf"(?P<{{a}}>{_HOUR})(?P<{{ha}}>{_HALF})?(?:\s*[-\u2013\u2014]\s*|\s+(?P<{{to}}>{_TO})\s+)"
    rf"(?P<{{b}}>{_HOUR}|{_MIDNIGHT})(?P<{{hb}}>{_HALF})?"
)
_AND = r"(?:e|and|und|y|et|en|&)(?:\s+(?:poi|then|dann|luego|después|puis|depois|daarna))?"
# The words before a line's first span ("ore", "dalle", "from", "de las", "von", "van").
_LEAD = (
    r"(?:ore|orario|dalle|dalla|dal|h|from|von|vom|de(?:\s+las?)?|desde(?:\s+las?)?|das|van"
    r"|horas?|heures?|uhr)"
)
# "ore 10–12 e 16–18", "from 9-10, 11-12 and 14-15", "dalle 19 alle 20:30": clock spans, each
# after the first after a comma, a semicolon or a word for "and" (or both), and the hour word.
_SPANS = (
    rf"(?:(?P<lead>{_LEAD})\s+)?"
    + _SPAN.format(a="a", ha="ha", to="to", b="b", hb="hb")
    + rf"(?:(?:\s*[,;]\s*(?:{_AND}\s+)?|\s+{_AND}\s+)(?:{_LEAD}\s+)?"
    + _SPAN.format(a="c", ha="hc", to="tc", b="d", hb="hd")
    + r")*\s*(?:h|uhr|uur|u)?\.?"
)
# A line of them alone.
_JOINED = lazy(rf"^\s*{_SPANS}\s*$", re.IGNORECASE)
# The same spans opening a paragraph's text, words after them or not: a line of spans left as a
# note (over two lines or more, or over none).
_OPENING = lazy(rf"^[*_\s]*{_SPANS}(?:\s|$)", re.IGNORECASE)
_EACH = lazy(_SPAN.format(a="a", ha="ha", to="to", b="b", hb="hb"), re.IGNORECASE)
# What every line read here holds: a span's dash and end, then a comma, a semicolon or a word
# for "and"; or a word of the hours first. One search of the whole text, so that a plan with
# none is not tried line by line.
# Searched as three patterns, each quick on a long text: a span's end, a word of the hours at the
# start of the text, and one after a line break (its first letter looked at before the words).
_MAYBE_JOINED = lazy(
    rf"[-\u2013\u2014]\s*\d[\d:.h]*(?:\*\*|__)?(?:\s*[,;]|\s+{_AND}\s)", re.IGNORECASE
)
_LEAD_LINE = rf"[ \t]*[*_]*(?=[dfhouv]){_LEAD}\s+[*_]*\d"
_LEAD_FIRST = lazy(_LEAD_LINE, re.IGNORECASE)
_LEAD_AFTER = lazy(rf"\n{_LEAD_LINE}", re.IGNORECASE)
# A bold mark right before a digit: where `_BOLD` may match.
_BOLD_DIGIT = lazy(r"(?:\*\*|__)\d")
# A title: words first, or a link or a `<cite>` around them.
_TITLE = lazy(r"^\s*(?:<cite\b[^<>]*>|[*_\[])*[^\W\d_]", re.IGNORECASE)
_HEADING = lazy(r"^\s{0,3}#{1,6}(?:\s|$)")
_FENCE = lazy(r"^\s{0,3}(```|~~~)")
_MIDNIGHT_WORD = lazy(_MIDNIGHT, re.IGNORECASE)
# "<cite>[Il Teatro](/teatro)</cite>: spettacolo": the tags around a title's name, not its words.
_CITE = lazy(r"</?cite\b[^<>]*>", re.IGNORECASE)


def _minutes(text: str, half: str | None) -> int:
    if _MIDNIGHT_WORD.fullmatch(text) is not None:
        return 24 * 60
    hour, _, minute = re.sub(r"[.h]", ":", text.lower()).partition(":")
    hours = int(hour)
    if half and half.strip()[0].lower() == "p" and hours < 12:
        hours += 12
    return hours * 60 + int(minute or 0)


def _span(match: re.Match[str]) -> tuple[int, int]:
    """A span's start and end in minutes; `from 7 to 8:30 pm`: both in the evening."""
    end = _minutes(match["b"], match["hb"])
    start = _minutes(match["a"], match["ha"] or None)
    if match["hb"] and not match["ha"] and start < 12 * 60 and start + 12 * 60 < end:
        start += 12 * 60
    return start, end


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _unbold(match: re.Match[str]) -> str:
    return f"{match['a']}{match['dash']}{match['b']}"


def _spans(line: str) -> list[tuple[int, int]]:
    """The spans of a line of spans, in minutes (`10-11`: `(600, 660)`)."""
    return [_span(m) for m in _EACH.finditer(line)]


def _forward(spans: list[tuple[int, int]]) -> bool:
    """Whether each span ends after it starts, and each starts when the one before it ended or
    after."""
    return all(a < b for a, b in spans) and all(
        before[1] <= after[0] for before, after in pairwise(spans)
    )


def _blank(lines: list[str], at: int) -> bool:
    return (
        not 0 <= at < len(lines) or not lines[at].strip() or _HEADING.match(lines[at]) is not None
    )


def leading_spans(text: str) -> list[str] | None:
    """The spans a paragraph's text opens with, as `10:00-11:00`, when they are two or more or
    follow a word of the hours (`ore 10-11, 16-17 …`, `dalle 19 alle 20:30 …`); else None."""
    plain = text.replace("**", "").replace("__", "")
    match = _OPENING.match(plain)
    if match is None:
        return None
    spans = _spans(match.group())
    if len(spans) == 1 and not match["lead"] and not match["to"]:
        return None
    return [f"{_clock(a)}-{_clock(b)}" for a, b in spans]


def bold_hour_spans(text: str) -> str:
    """`text` with bold hours around a dash written plain (`**10**–**12**`: `10–12`), and each
    paragraph of two lines, clock spans over a title, written as list lines of that title, one
    block each: no line is added or taken away. The first span is written on the spans' line
    (`- 10:00-12:00 Laboratorio`), the others on the title's line, joined by `<br>` (`- 16:00-18:00
    Laboratorio<br>18:30-19:30 Laboratorio`), which the outline reads as an item per span on
    that line. One span is read so only after a word of the hours (`ore 18:30-20`, `dalle 19
    alle 20:30`) or with a word between its hours (`19 alle 20:30`)."""
    if _BOLD_DIGIT.search(text) is not None:
        text = _BOLD.sub(_unbold, text)
    if (
        _MAYBE_JOINED.search(text) is None
        and _LEAD_FIRST.match(text) is None
        and _LEAD_AFTER.search(text) is None
    ):
        return text
    lines = text.split("\n")
    fenced = False
    for n, line in enumerate(lines[:-1]):
        if _FENCE.match(line):
            fenced = not fenced
        plain = line.replace("**", "").replace("__", "")
        if fenced or (joined := _JOINED.match(plain)) is None:
            continue
        spans = _spans(plain)
        if len(spans) == 1 and not joined["lead"] and not joined["to"]:
            continue  # "9-10" over a title: read where lists of spans are read
        if not _blank(lines, n - 1) or not _blank(lines, n + 2) or not _forward(spans):
            continue
        title = lines[n + 1]
        if _TITLE.match(title) is None or "<br" in title.lower():
            continue
        title = _CITE.sub("", title).strip()
        items = [f"{_clock(a)}-{_clock(b)} {title}" for a, b in spans]
        lines[n] = f"- {items[0]}"
        lines[n + 1] = f"- {'<br>'.join(items[1:])}" if len(items) > 1 else ""
    return "\n".join(lines)
