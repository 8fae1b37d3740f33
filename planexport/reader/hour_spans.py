"""Spans in a time column written with bare hours (`9-10`, `10  -10:20`, `9 to 11`): clock spans."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["hour_span", "worded_hour_cell"]

# "9-10", "10 -10:20", "14 – 15.30", "9 to 11", "von 9 bis 11", "dalle 9 alle 11": at least one
# end a bare hour, any spaces around the dash.
_HOURS = lazy(
    r"^\s*(?:(?P<from>from|von|vom|van|de|desde|dalle|dalla|dal|das)\s+(?:(?:ore|las?)\s+)?)?"
    r"(?P<a>\d{1,2})(?:[:.](?P<am>[0-5]\d))?"
    r"\s*(?:[-\u2013\u2014]|\s(?:to|till|until|bis|tot|a|à|às|as|até|alle|hasta)\s)\s*"
    r"(?P<b>\d{1,2})(?:[:.](?P<bm>[0-5]\d))?\s*(?:h|hrs?|uhr|uur)?\s*$",
    re.IGNORECASE,
)


def hour_span(cell: str) -> str | None:
    """`9-10` and `9 to 10` as `9:00 - 10:00`, `10 -10:20` as `10:00 - 10:20`, for a cell of a
    time column (a column where other rows hold clock spans); None when the cell is no such span."""
    match = _HOURS.match(cell.replace("*", ""))
    if match is None or (match["am"] and match["bm"]):
        return None  # "10:20  -10:30" reads as a span already
    first, last = int(match["a"]), int(match["b"])
    if first > 24 or last > 24:
        return None
    return f"{first}:{match['am'] or '00'} - {last}:{match['bm'] or '00'}"


def worded_hour_cell(cell: str) -> str | None:
    """A cell of only bare hours that words join (`dalle ore 9 alle 11`, `de 9 a 11`, `von 9 bis
    11`) as the span it is (`9:00 - 11:00`), in any table: the word before them says they are
    hours, where `9-11` alone may be a count. None for any other cell, and for hours before 6
    or that go back (`dalle 3 alle 5` may be the afternoon)."""
    match = _HOURS.match(cell.replace("*", ""))
    if match is None or match["from"] is None:
        return None
    if not 6 <= int(match["a"]) < int(match["b"]) <= 24:
        return None
    return hour_span(cell)
