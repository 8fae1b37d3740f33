"""Lines that start with bare hours (`- 9-11 Maths`, `- 9 to 11: Biology`, `von 9 bis 11 Mathe`),
alone in a list or among clock spans in a list or a paragraph: a timetable, its hours spans."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.line_memo import per_line
from planexport.reader.noon_words import may_name_noon
from planexport.reader.time_starts import starts_timed, starts_with_hour
from planexport.reader.worded_spans import worded_hours, worded_span

if TYPE_CHECKING:
    from planexport.reader.outline import Item

__all__ = [
    "bare_hour_items",
    "clock_line",
    "hour_lines",
    "meant_hours",
    "timed_line",
    "unread_hours",
    "worded_line",
]

# "9-11 Maths", "11:30-1 Physics", "9 to 11: Biology", "14–15.30 Chemie", "from 9 to 11 Maths",
# "von 9 bis 11 Uhr Mathe", "de 9 a 11 Álgebra", "dalle 9 alle 11 Storia", "de 9 à 11 Histoire",
# "das 9 às 11 Redação" ("das 9 as 11": "as" only after "das"), "van 9 tot 11 uur Biologie":
# hours, at least one end without its minutes (with both, the line is a clock span already),
# then a word.
_LEAD = lazy(
    r"^(?P<pre>[^\w]{0,4})(?:(?P<from>from|von|vom|van|de|desde|dalle|dalla|dal|das)\s+)?"
    r"(?P<a>\d{1,2})(?:[:.](?P<am>[0-5]\d))?"
    r"\s*(?:[-\u2013\u2014]|\s(?P<to>to|till|until|bis|tot|a|à|às|até|alle|hasta|(?(from)as|(?!)))\s)"
    r"\s*(?P<b>\d{1,2})(?:[:.](?P<bm>[0-5]\d))?(?P<uhr>\s*(?:uhr|uur)\b)?"
    r"(?P<sep>\s*[:|\u2013\u2014-]?)\s+(?P<rest>[^\W\d_].*)$",
    re.IGNORECASE,
)
# "13:00 Uhr – 14:30 Uhr": the clock word after a span's first time, which the span reader
# takes only after its last
_FIRST_WORD = lazy(r"(\d{1,2}[:.][0-5]\d)\s*(?:uhr|uur)\b(?=\s*[-\u2013\u2014]|\s+bis\b)", re.I)
_DAY = 24 * 60
_HALF = 12 * 60

Spans = list[tuple[int, int] | None]


def bare_hour_items(items: list[Item]) -> None:
    """Write `9-11` as `9:00-11:00` in the items of a list that is a timetable of bare hours.

    Every item (two or more) starts with such hours, the first between 6 and 12 o'clock (or on a
    24-hour clock), and each starts where or after the one before ends (reading the hours on a
    12-hour clock, the afternoon once they go back): so `- 3-5 problems`, `- 2-3 mock interviews`
    stay counts, and so do lines with a length of their own (`- 8-10 pages (1h)`). The hours are
    written on a 24-hour clock, as the order reads them. Among clock spans, see `_among_spans`.
    """
    texts = _read(tuple(item.text for item in items))
    if texts is not None:
        for item, text in zip(items, texts, strict=True):
            item.text = text


def hour_lines(lines: list[str]) -> list[str]:
    """The lines of one paragraph with their bare hours written as clock spans, when they are a
    timetable as a list's items would be (blank lines are left as they are)."""
    kept = [line for line in lines if line]
    texts = _timetable(kept) if len(kept) > 1 else None
    if texts is None:
        return lines
    new = iter(texts)
    return [next(new) if line else line for line in lines]


def worded_line(text: str) -> str:
    """A paragraph's line with the hours a word joins written as the clock span they are
    (`De 16:00 hasta las 17:30: lectura` as `16:00 - 17:30: lectura`), else as it is: a
    paragraph's line is read as a block only when its span comes first."""
    return worded_span(text) or text


def clock_line(text: str) -> bool:
    """Whether a line starts with a time of day, or with hours a word joins that say they are
    hours (`De 10 a 12: programación`): a line of a timetable, where `3-5 problems` is not."""
    return starts_timed(text) or worded_span(text) is not None


def timed_line(text: str) -> bool:
    """Whether a line starts with a time of day or with bare hours (`9 to 11: Maths`, `De
    16:00 hasta las 17:30`)."""
    return starts_timed(text) or _LEAD.match(text) is not None or worded_hours(text)


def meant_hours(text: str) -> bool:
    """Whether a line starts with bare hours joined by a word (`9 to 11: Maths`, `von 9 bis
    11`, `9 to 11am`) or marked as hours (`9-11: Maths`, `9-11 Uhr`): a span meant, where
    `3-5 problems` is a count."""
    match = _LEAD.match(text)
    return (match is not None and bool(match["to"] or _marked(match))) or worded_hours(text)


def unread_hours(text: str) -> str | None:
    """The warning for a line left as a note that looks meant as a time: it starts with a time
    of day or with bare hours joined by a word (`9 to 11: Maths`, `von 9 bis 11`) or marked as
    hours (`9-11: Maths`, `9-11 Uhr`); None for a count (`3-5 problems`). A line that starts
    with a time (`9 Uhr: Mathe`) is never a note unsaid, nor is one that opens with a word for
    "at" and starts alone or with a line of spans (`ore 19 Evento`, see `unread_time_line`)."""
    clock = starts_with_hour(text)
    if not clock and not meant_hours(text):
        from planexport.reader.unread_time_lines import unread_time_line

        return unread_time_line(text)
    shown = text if len(text) <= 60 else text[:57] + "…"
    if clock and not meant_hours(text):
        return f'"{shown}" starts with a time of day but gives no end or length: kept as a note'
    return f'"{shown}" starts with hours that are not read as a time: kept as a note'


@per_line  # a long plan writes the same lists week after week
def _read(texts: tuple[str, ...]) -> tuple[str, ...] | None:
    """The texts of a list with their hours as clock spans: as a timetable places them, then
    each line whose hours a word joins and that says they are hours (`De 10 a 12:
    programación`) on its own; None when no line changes. A span the length reader reads
    (`De 8:00 a 9:30`) is left as written."""
    table = _timetable(list(texts))
    out = list(texts) if table is None else table
    for pos, text in enumerate(out):
        if text == texts[pos] and worded_hours(text) and not _opens_with_span(text):
            out[pos] = worded_span(text) or text
    return None if out == list(texts) else tuple(out)


def _opens_with_span(text: str) -> bool:
    """Whether a line starts with a clock span the length reader reads (`De 8:00 a 9:30: inglés`,
    `from 1pm to 2:30pm Corrections`), the word before it included."""
    from planexport.reader.durations import find_duration  # imports the outline

    found = find_duration(text)
    return found is not None and found.at is not None and found.start <= 4


def _noon_span(text: str) -> bool:
    """Whether a line opens with a span that ends at noon written out (`9:00 tot 12 uur 's
    middags`, `9:00 bis 12 Uhr mittags`): a clock span, its `12` no bare hour."""
    return may_name_noon(text) and _opens_with_span(text)


def _timetable(texts: list[str]) -> list[str] | None:
    """The texts with their bare hours as clock spans, or None when they are no timetable.
    Every list of the plan comes here: the walk stops at its first other line."""
    if len(texts) < 2:
        return _single(texts)
    matches: list[re.Match[str] | None] = []
    others: set[int] = set()  # "- Lunch" between timed lines: no time, and no bound
    for pos, text in enumerate(texts):
        match = _LEAD.match(text)
        if match is not None and not (match["am"] and match["bm"]) and not _noon_span(text):
            matches.append(match)
        elif (
            starts_timed(text)
            or (worded_hours(text) and _opens_with_span(text))
            or _noon_span(text)
        ):
            matches.append(None)  # "08:00-09:00 Physics": a clock span, checked below
        elif pos == 0:
            return None  # a list of notes, as most lists are: left at its first line
        else:
            matches.append(None)
            others.add(pos)
    bare = [m for m in matches if m is not None]
    spanned = len(matches) - len(bare) - len(others)
    if not bare or (others and not spanned):
        return None  # no clock span to place bare hours by, nor bare hours alone
    from planexport.reader.durations import find_duration  # imports the outline

    if any(find_duration(m["rest"]) for m in bare):
        return None  # "- 8-10 pages (1h)": a count, the line's length its own
    spans = _among_spans(texts, matches, others=others) if spanned else _alone(bare)
    if spans is None:
        return None
    out: list[str] = []
    for text, m, span in zip(texts, matches, spans, strict=True):
        if m is None or span is None:
            out.append(text)
            continue
        out.append(_written(m, span))
    return out


def _single(texts: list[str]) -> list[str] | None:
    """A list of one line of bare hours that say they are hours by a mark after them
    (`- dalle 15 alle 18: Statistica`, `- von 9 bis 11 Uhr Mathe`), read as written or in the
    afternoon; None otherwise (`- 8-10 pages`, `- de 8 a 10 páginas` stay as written)."""
    if len(texts) != 1:
        return None
    m = _LEAD.match(texts[0])
    if m is None or (m["am"] and m["bm"]) or not (m["uhr"] or m["sep"].strip()):
        return None
    if _noon_span(texts[0]):
        return None
    from planexport.reader.durations import find_duration

    span = _placed(m, after=None, before=None)
    if span is None or find_duration(m["rest"]):
        return None
    return [_written(m, span)]


def _written(m: re.Match[str], span: tuple[int, int]) -> str:
    """The line with its bare hours written as the clock span they are (`09:00 - 11:00`)."""
    a, b = span
    clock = f"{a // 60:02d}:{a % 60:02d} - {b // 60 % 24:02d}:{b % 60:02d}"
    return f"{m['pre']}{clock}{m['sep']} {m['rest']}"


def _hours(m: re.Match[str]) -> tuple[int, int]:
    return int(m["a"]) * 60 + int(m["am"] or 0), int(m["b"]) * 60 + int(m["bm"] or 0)


def _alone(matches: list[re.Match[str]]) -> Spans | None:
    """The spans of a list of bare hours only, or None when they are no day's hours."""
    spans: Spans = []
    afternoon = False
    last: tuple[int, int] | None = None
    for m in matches:
        a, b = _hours(m)
        if a >= 25 * 60 or b >= 25 * 60:
            return None
        if last and not afternoon and a < last[0] and a < _HALF:
            afternoon = True  # "11:30-1", then "2-4": the hours went round noon
        if afternoon and a < _HALF:
            a, b = a + _HALF, b + _HALF if b < _HALF else b
        if b <= a:
            b += _HALF  # "11:30-1": ends after noon
        if last and a < last[1]:
            return None  # overlapping or going back: not a day's hours
        last = (a, b)
        spans.append(last)
    first = spans[0]
    if first is None or first[0] < 6 * 60:
        return None  # "3-5 problems": no day's timetable starts before six
    return spans


def _among_spans(
    texts: list[str], matches: list[re.Match[str] | None], *, others: set[int]
) -> Spans | None:
    """Bare hours among clock spans (`08:00-09:00 Physics`, `9 to 11: Maths`, `11:30-12:30
    Chemistry`): each read where it fits, after the line above ends and by the start of the next
    clock span, as written or else in the afternoon, when its hours are plainly hours: after
    `from`, before `:` or `Uhr`, fitted before a clock span or right after the line above, or
    joined by a word and read as written (`13 bis 14`, where `3 bis 5` would be the night). The
    others stay as written (`- 2-3 mock interviews` after the day's last span), as do the lines
    `others` that give no time (`- Lunch`); None when the clock spans themselves are out of
    order."""
    from planexport.reader.durations import find_duration

    fixed: Spans = []
    for pos, (text, m) in enumerate(zip(texts, matches, strict=True)):
        if m is not None or pos in others:
            fixed.append(None)
            continue
        found = find_duration(_FIRST_WORD.sub(r"\1", text))
        if found is None or found.at is None or found.start > 4:
            return None  # "9:30 Coffee", "8am: Wake": no span to place the hours by
        fixed.append((found.at, found.at + found.hi))
    spans: Spans = []
    end: int | None = None
    for pos, m in enumerate(matches):
        span = fixed[pos]
        if pos in others:
            spans.append(None)
            continue
        if m is None:
            if span is None or (end is not None and span[0] < end):
                return None  # spans out of order: not a day's timetable
        else:
            following = next((f[0] for f in fixed[pos + 1 :] if f is not None), None)
            span = _placed(m, after=end, before=following)
            written = span is not None and span[0] == _hours(m)[0]
            if span is not None and not (
                _marked(m)
                or following is not None
                or span[0] == end
                or (m["to"] and written)  # "13 bis 14 Englisch" after "11:30-12:30 Chemie"
            ):
                span = None  # "- 10-15 burpees", "- 3 to 5 problems" after the last span
        spans.append(span)
        end = span[1] if span is not None else end
    return spans


def _marked(m: re.Match[str]) -> bool:
    """Whether bare hours say they are hours (`from 9 to 11`, `9-11: Maths`, `9-11 Uhr`), which
    `3 to 5 problems` does not."""
    return bool(m["from"] or m["uhr"] or m["sep"].strip())


def _placed(m: re.Match[str], *, after: int | None, before: int | None) -> tuple[int, int] | None:
    """Bare hours as a span on the clock: the first reading (as written, else 12 hours on) that
    starts when the line above ends or later and ends by the start of the next clock span."""
    a, b = _hours(m)
    if a >= 25 * 60 or b >= 25 * 60 or (after is None and a < 6 * 60):
        return None
    for shift in (0, _HALF) if a < 13 * 60 else (0,):
        start, stop = a + shift, b + shift
        while stop <= start:
            stop += _HALF  # "11:30-1": ends after noon
        if stop - start > _HALF or stop > _DAY:
            continue
        if (after is None or start >= after) and (before is None or stop <= before):
            return start, stop
    return None
