"""Group rows of a table (`| **APERTURA** |`): a bold name alone in its row heads the rows below."""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.table_dates import cell_date
from planexport.reader.table_weekly import weekday_of

__all__ = ["group_row"]

_BOLD = lazy(r"(\*\*|__)(?P<name>[^*_|]+?)\1")
# "| Part 1: Socio-technical track |  |": a numbered part of the programme, bold or not.
_PART = lazy(
    r"(?P<name>(?:part|parte|partie|teil|deel|session|sesi[oó]n|sessione|sess[aã]o|s[eé]ance)"
    r"\s+(?:\d{1,2}|[ivx]{1,4}|[a-d])\b.*)",
    re.IGNORECASE,
)


def group_row(row: list[str]) -> str | None:
    """The name a group row gives the rows below it, or None for any other row.

    Only a row whose one filled cell is wholly bold, or a numbered part (`| Part 1: Theory |`),
    and holds no time counts: `| **Day 1** | 2h |` is a row of the plan, and `| **Monday** |` a
    day.
    """
    filled = [cell.strip() for cell in row if cell.strip()]
    if len(filled) != 1:
        return None
    match = _BOLD.fullmatch(filled[0]) or _PART.match(unwrap(filled[0]))
    if match is None:
        return None
    name = unwrap(match.group("name")).strip(" :")
    if not name or find_duration(name) or find_point_time(name) is not None:
        return None
    if weekday_of(name) or cell_date(name, None) is not None:
        return None  # "| **Monday** |", "| **12.05.** |": a day of the table, read as one
    return name
