"""Parallel groups of one timetable (`| Time | CG LAB 1 | Time | CG LAB 2 |`, `| Hora | Grupo A |
Grupo B |`): columns headed by one name numbered or lettered apart are tracks of the day, as
`Developer Track` and `IT Pro Track` are, and a time column written again before each group
holds the same times (read once). Before, only the first group was read and the others were
dropped unsaid."""

from __future__ import annotations

import re

from planexport.reader.outline import unwrap
from planexport.reader.words import fold

__all__ = ["numbered_groups", "repeated_times"]

# A header's name and its number or letter at the end: "CG LAB 1", "Group B", "Gruppe 2".
_NUMBERED = re.compile(r"^(?P<name>.*[a-z].*?)\s+(?:\d{1,2}|[a-h])$")


def numbered_groups(rows: list[list[str]]) -> list[list[str]] | None:
    """The rows as `time | what` when every column after the first is one name numbered or
    lettered apart (`CG LAB 1`, `CG LAB 2`), two of them or more: a row's sessions joined
    (`React Native / Next js`), once when every group holds the same (`Break`); else None."""
    header = rows[0]
    names = [_name(cell) for cell in header[1:]]
    if len(names) < 2 or None in names or len(set(names)) != 1:
        return None
    out = [[header[0], " / ".join(cell.strip() for cell in header[1:])]]
    for row in rows[1:]:
        cells = list(dict.fromkeys(cell.strip() for cell in row[1:] if cell.strip()))
        out.append([row[0] if row else "", " / ".join(cells)])
    return out


def _name(cell: str) -> str | None:
    text = " ".join(re.findall(r"[a-z0-9]+", fold(unwrap(cell))))
    match = _NUMBERED.match(text)
    return match["name"] if match is not None else None


def repeated_times(rows: list[list[str]]) -> list[list[str]]:
    """`rows` without each later column headed as the first (`Time`) whose every cell repeats
    the first column's on its row (or is empty); as they are when there is none."""
    if len(rows) < 2 or not rows[0]:
        return rows
    head = fold(unwrap(rows[0][0])).strip()
    if not head:
        return rows
    again = [
        col
        for col in range(1, len(rows[0]))
        if fold(unwrap(rows[0][col])).strip() == head
        and all(
            col >= len(row) or not row[col].strip() or row[col].strip() == row[0].strip()
            for row in rows[1:]
        )
    ]
    if not again:
        return rows
    return [[cell for col, cell in enumerate(row) if col not in again] for row in rows]
