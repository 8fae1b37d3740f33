"""A table whose time cells write an hour from 13 on (`| 12:30 | 13:00 |`) counts hours to 24."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["writes_24_hours"]

# "13:00", "16.30", "14h15" as a time of its own: not "113:00", "2:13:00" or a date "13.05.2024".
_AFTERNOON = lazy(r"(?<![\d:.])(?:1[3-9]|2[0-3])[:.h][0-5]\d(?![\d.:])")
_TIME_COLUMNS = ("span", "start", "end", "at")


def writes_24_hours(node: Node, cols: dict[str, int | None]) -> bool:
    """Whether a time column of the table writes an hour from 13 to 23 anywhere, an end cell
    too (`| 12:30 | 16:00 |`): then no row without am/pm is the afternoon of a morning time
    (`| 11:30 | 12:30 |` after `| 12:30 | 13:00 |` is 11:30, written out of order)."""
    picked = {cols.get(key) for key in _TIME_COLUMNS} - {None}
    if not picked:
        return False
    for row in node.rows[1:]:
        for col in picked:
            assert col is not None
            if col < len(row) and _AFTERNOON.search(row[col]):
                return True
    return False
