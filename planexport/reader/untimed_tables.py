"""A table of weekday rows with no time or length anywhere (`| Monday | Education words |`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration, find_point_time

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["untimed_table"]


def untimed_table(node: Node) -> bool:
    """Whether no cell of a table (its header included) says a time or a length: a weekday's
    topics (`Day | Vocabulary focus`), no days to schedule."""
    return not any(
        find_duration(cell) is not None or find_point_time(cell) is not None
        for row in node.rows
        for cell in row
    )
