"""A dated table whose every length is longer than a day (`| Phase | Weeks | Hours | Completion
Date |` over `| Basics | 1-4 | 60h | Mar 29, 2026 |`): the phases of a plan summed up, each
dated by when it ends, never days of 60 hours."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.outline import unwrap
from planexport.reader.words import TOTAL_PART_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["phase_lengths", "phase_summary"]

_DAY = 24 * 60


def phase_lengths(node: Node, length_col: int | None) -> list[int] | None:
    """The hours of each row of a dated table's length column when every length in it is
    longer than a day (two rows or more; a total row aside), so the rows are phases, not days;
    None otherwise."""
    if length_col is None:
        return None
    hours: list[int] = []
    for row in node.rows[1:]:
        if length_col >= len(row) or not row[length_col].strip(" *_-"):
            continue
        if set(re.findall(r"[a-z]+", fold(unwrap(row[0])))).intersection(TOTAL_PART_WORDS):
            continue  # "| **TOTAL** | | **3,448 hours** |": the phases' sum
        found = find_duration(unwrap(row[length_col]))
        if found is None or found.at is not None or found.lo <= _DAY:
            return None
        hours.append(found.lo // 60)
    return hours if len(hours) >= 2 else None


def phase_summary(node: Node) -> bool:
    """Whether a table has a column whose every length is longer than a day: phases summed up,
    warned of once where they are read, never again as a table in no day."""
    width = max((len(row) for row in node.rows), default=0)
    return any(phase_lengths(node, col) is not None for col in range(1, width))
