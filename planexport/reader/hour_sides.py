"""A grid with its hour column on both sides (`<th></th><th>Mardi</th>…<th></th>` over
`<td>11:00</td><td>Accueil</td>…<td>11:00</td>`), as conference programmes draw them so the hour
is in sight at either edge: the right-hand column is the left-hand one again, a time column and
no day's text."""

from __future__ import annotations

from planexport.reader.durations import find_duration, find_point_time

__all__ = ["hour_sides"]


def _time(cell: str) -> bool:
    """Whether a cell is a time of day or a slot and nothing more: `11:00`, `9–10`, `14h30`."""
    text = cell.strip()
    if not text or len(text.split()) > 3:
        return False
    found = find_duration(text)
    return (found is not None and found.at is not None) or find_point_time(text) is not None


def _same(left: str, right: str) -> bool:
    return "".join(left.split()) == "".join(right.split())


def hour_sides(rows: list[list[str]]) -> list[list[str]]:
    """The rows with a right-hand hour column folded into the left-hand one: both columns headed
    alike (blank, or `Zeit` twice), every filled cell of the right one a time, the same time as
    the left one's in two rows or more and a different one in none. A row whose left cell is no
    time keeps its words and takes the right one's time (`Fin` and `11:00` are `Fin 11:00`).
    Other tables are returned as they are."""
    width = len(rows[0]) if rows else 0
    if width < 3 or len(rows) < 3 or any(len(row) != width for row in rows):
        return rows
    if rows[0][0].strip().lower() != rows[0][-1].strip().lower():
        return rows
    body = rows[1:]
    if any(row[-1].strip() and not _time(row[-1]) for row in body):
        return rows
    both = [row for row in body if _time(row[0]) and row[-1].strip()]
    if len(both) < 2 or any(not _same(row[0], row[-1]) for row in both):
        return rows
    folded = [rows[0][:-1]]
    for row in body:
        left, right = row[0], row[-1]
        if right.strip() and not _time(left):
            left = f"{left.strip()} {right.strip()}".strip()
        folded.append([left, *row[1:-1]])
    return folded
