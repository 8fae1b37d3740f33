"""A weekday column beside a table's day numbers (`| Day | Date | Topic | Hours |` over `| 92 |
Monday | Linear maps | 7 |`): each numbered day falls on the weekday its row names."""

from __future__ import annotations

from planexport.reader.outline import Node
from planexport.reader.table_weekly import weekday_of

__all__ = ["numbered_weekday_column"]


def numbered_weekday_column(node: Node, numbers: list[int | None], skip: set[int]) -> int | None:
    """The column (none of `skip`) whose cell in every numbered row is a weekday alone, two rows
    at least; None when there is none."""
    rows = [row for row, number in zip(node.rows[1:], numbers, strict=False) if number is not None]
    if len(rows) < 2:
        return None
    width = len(node.rows[0])
    for col in range(width):
        if col in skip:
            continue
        if all(col < len(row) and weekday_of(row[col]) is not None for row in rows):
            return col
    return None
