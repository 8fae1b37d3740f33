"""Grid columns headed by a weekday and its day of the month (`| | Mon 30 | Tue 1 | Wed 2 |`):
each column is that weekday, as `| | Mon | Tue |` is. The number alone is no date (no month or
year is written with it), so the days are read by their weekdays."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.table_weekly import weekday_of

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["day_number_columns"]

# "Mon 30", "Tue, 1st", "Mié. 2", "Lundi 14": a weekday's name, then a day of the month.
_NAMED = lazy(r"^\s*(?P<name>[^\W\d_]+)\.?,?\s+(?P<num>\d{1,2})(?:st|nd|rd|th|\.)?\s*$")


def day_number_columns(header: list[str]) -> list[tuple[str | None, dt.date | None] | None]:
    """Each column's weekday where the header writes a weekday and a day number; None for the
    others (and for all when fewer than two columns do)."""
    columns: list[tuple[str | None, dt.date | None] | None] = []
    for cell in header:
        match = _NAMED.match(unwrap(cell))
        weekday = weekday_of(match["name"]) if match is not None else None
        ok = weekday is not None and match is not None and 1 <= int(match["num"]) <= 31
        columns.append((weekday, None) if ok else None)
    return columns if sum(1 for c in columns if c) >= 2 else [None] * len(header)
