"""Table cells dated with a month's abbreviation between slashes, dashes or dots (`14/Oct/2013`,
`14-Okt-2013`, `14.févr.2013`, `Lun 14/Ott/2013`): dates, written `2013-10-14` like numeric ones."""

from __future__ import annotations

import datetime as dt

from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.words import MONTHS, WEEKDAYS, fold

__all__ = ["month_cells"]

# "14/oct/2013", "mo, 14-okt-2013", "14/fevr./2013" once folded: the day, the month's name (or its
# abbreviation, with or without its dot), the year, one separator throughout.
_CELL = lazy(
    r"^(?:(?P<wd>[^\W\d_]{2,})\.?,?\s+)?(?P<d>\d{1,2})(?P<sep>[/.-])(?P<mon>[a-z]{3,9})\.?"
    r"(?P=sep)(?P<y>\d{4})$"
)


def month_cells(nodes: list[Node]) -> list[Node]:
    """The nodes with each table cell that is such a date written `2013-10-14` (its weekday
    kept in front); a cell whose month or weekday is no known word stays as written."""
    for node in nodes:
        if node.kind != "table":
            continue
        for row in node.rows[1:]:
            for col, text in enumerate(row):
                if text and any(c.isdigit() for c in text):
                    row[col] = _iso(text) or text
    return nodes


def _iso(text: str) -> str | None:
    plain = unwrap(text.strip())
    match = _CELL.match(fold(plain))
    if match is None or match["mon"] not in MONTHS:
        return None
    if match["wd"] and WEEKDAYS.get(match["wd"]) is None:
        return None
    try:
        date = dt.date(int(match["y"]), MONTHS[match["mon"]], int(match["d"]))
    except ValueError:
        return None
    weekday = plain[: match.start("d")]  # "Lun " as written
    return f"{weekday}{date.isoformat()}"
