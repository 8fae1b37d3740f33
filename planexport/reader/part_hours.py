"""A part of the day with bare hours in brackets (`**Morning (9–12)**: Graphs`, `### Evening
(7-8:30)`, `- Nachmittag (2 - 5): Projekt`): the hours are a span of the clock, in the half of
the day the label names, written as such (`Morning (09:00-12:00)`) for the stages that read
spans after a part of the day (see `part_spans`)."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["part_hours"]

# Bare hours in brackets, with minutes or not: "(9–12)", "(1–3:30)", "(7 - 8:30)". What every
# line rewritten here holds; one search of the body, and a body without it is given back.
_BARE = (
    r"\((?P<a>\d{1,2})(?::(?P<am>[0-5]\d))?\s*[-\u2013\u2014]\s*"
    r"(?P<b>\d{1,2})(?::(?P<bm>[0-5]\d))?\)"
)
_MAY = lazy(_BARE)
# A line led by a short label, then the bare hours: a list item's mark, a heading's, emphasis
# and emoji before the label; nothing but spaces and emphasis between the label and the bracket.
_LINE = lazy(
    r"^(?P<lead>[ \t]*(?:[-*+][ \t]+|\d{1,2}[.)][ \t]+|#{1,6}[ \t]+)?[^\w(\n]{0,8})"
    rf"(?P<label>[^\W\d_][^()\n:|*_]{{0,40}}?)[ \t]*{_BARE}",
    re.MULTILINE,
)
# The longest span read so: a part of the day, not a day.
_LONGEST = 8 * 60


def part_hours(body: str) -> str:
    """`body` with the bare hours after each label that names a part of the day written as a
    24-hour span in that half (`Afternoon (1–3:30)` -> `Afternoon (13:00-15:30)`); hours that
    cannot be that part of the day (`Morning (7-19)`) or a label that names none (`Chapters
    (1-3)`) are left as written."""
    if _MAY.search(body) is None:
        return body  # most plans: no bare hours in brackets
    return _LINE.sub(_written, body)


def _written(match: re.Match[str]) -> str:
    """The matched line start with its bare hours as a span, or as written."""
    from planexport.reader.part_spans import day_part_label
    from planexport.reader.words import AFTERNOON_WORDS, EVENING_WORDS, MORNING_WORDS, fold

    if match["am"] is not None and match["bm"] is not None:
        return str(match[0])  # "Evening (7:00-8:30)": a clock span, read as one elsewhere
    label = match["label"].strip()
    if not day_part_label(label):
        return str(match[0])
    words = fold(label).replace("-", " ").split()
    named = {" ".join(words[i : i + n]) for n in (1, 2) for i in range(len(words))}
    if named & MORNING_WORDS:
        half = "morning"
    elif named & AFTERNOON_WORDS:
        half = "afternoon"
    elif named & EVENING_WORDS:
        half = "evening"
    else:
        return str(match[0])  # "Midday (12-2)": no half to say
    span = _span(
        half, int(match["a"]), int(match["am"] or 0), int(match["b"]), int(match["bm"] or 0)
    )
    if span is None:
        return str(match[0])
    start, end = span
    bracket = f"({start // 60:02d}:{start % 60:02d}-{end // 60 % 24:02d}:{end % 60:02d})"
    before = match[0][: match.start("a") - match.start() - 1]  # up to the bracket
    return f"{before}{bracket}"


def _span(half: str, a: int, am: int, b: int, bm: int) -> tuple[int, int] | None:
    """The minutes after midnight of a span of bare hours in `half` of the day, or None."""
    if a > 12 or b > 12:
        return None  # "(14-17)" is already the 24-hour clock, read as written elsewhere
    if half == "morning":
        hour = a if 4 <= a <= 11 else None
    elif half == "afternoon":
        hour = 12 if a == 12 else a + 12 if 1 <= a <= 7 else None
    else:
        hour = a + 12 if 4 <= a <= 11 else None
    if hour is None:
        return None
    start = hour * 60 + am
    end = next((h * 60 + bm for h in (b, b + 12, b + 24) if h * 60 + bm > start), start)
    if end <= start or end - start > _LONGEST:
        return None
    return start, end
