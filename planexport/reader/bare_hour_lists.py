"""A list whose every line starts with bare hours (`- 9-11 Maths`, `- 2-4 Chemistry`,
`- 9 to 11: Biology`): a timetable, its hours clock spans."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.outline import Item

__all__ = ["bare_hour_items"]

# "9-11 Maths", "11:30-1 Physics", "9 to 11: Biology", "14–15.30 Chemie": hours, at least one
# end without its minutes (with both, the line is a clock span already), then a word.
_LEAD = lazy(
    r"^(?P<pre>[^\w]{0,4})(?P<a>\d{1,2})(?:[:.](?P<am>[0-5]\d))?"
    r"\s*(?:[-\u2013\u2014]|\s(?:to|till|until|bis|tot|a|à|às|alle)\s)\s*"
    r"(?P<b>\d{1,2})(?:[:.](?P<bm>[0-5]\d))?(?P<sep>\s*[:|\u2013\u2014-]?)\s+(?P<rest>[^\W\d_].*)$",
    re.IGNORECASE,
)


def bare_hour_items(items: list[Item]) -> None:
    """Write `9-11` as `9:00-11:00` in the items of a list that is a timetable of bare hours.

    Every item (two or more) starts with such hours, the first between 6 and 12 o'clock (or on a
    24-hour clock), and each starts where or after the one before ends (reading the hours on a
    12-hour clock, the afternoon once they go back): so `- 3-5 problems`, `- 2-3 mock interviews`
    stay counts, and so do lines with a length of their own (`- 8-10 pages (1h)`). The hours are
    written on a 24-hour clock, as the order reads them.
    """
    if len(items) < 2:
        return
    matches: list[re.Match[str]] = []
    for item in items:  # every list of the plan comes here: stop at its first other line
        match = _LEAD.match(item.text)
        if match is None or (match["am"] and match["bm"]):
            return
        matches.append(match)
    spans: list[tuple[int, int]] = []
    afternoon = False
    for m in matches:
        a, b = int(m["a"]) * 60 + int(m["am"] or 0), int(m["b"]) * 60 + int(m["bm"] or 0)
        if a >= 25 * 60 or b >= 25 * 60:
            return
        if spans and not afternoon and a < spans[-1][0] and a < 12 * 60:
            afternoon = True  # "11:30-1", then "2-4": the hours went round noon
        if afternoon and a < 12 * 60:
            a, b = a + 12 * 60, b + 12 * 60 if b < 12 * 60 else b
        if b <= a:
            b += 12 * 60  # "11:30-1": ends after noon
        if spans and a < spans[-1][1]:
            return  # overlapping or going back: not a day's hours
        spans.append((a, b))
    if spans[0][0] < 6 * 60:
        return  # "3-5 problems": no day's timetable starts before six
    from planexport.reader.durations import find_duration  # imports the outline

    if any(find_duration(m["rest"]) for m in matches):
        return  # "- 8-10 pages (1h)": a count, the line's length its own
    for item, m, (a, b) in zip(items, matches, spans, strict=True):
        span = f"{a // 60:02d}:{a % 60:02d} - {b // 60 % 24:02d}:{b % 60:02d}"
        item.text = f"{m['pre']}{span}{m['sep']} {m['rest']}"
