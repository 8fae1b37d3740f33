"""HTML timetables of parallel tracks with `colspan` rows (check-in, lunch): one column of slots."""

from __future__ import annotations

import itertools

from planexport.reader.blocks import is_break
from planexport.reader.durations import find_duration

__all__ = ["joined_tracks", "start_end_first"]

_EMPTY = " -—–"
_LABEL = 30  # the most a session's label takes (`Lecture 01`, `Flashlight talks`)


def joined_tracks(rows: list[list[str]]) -> tuple[list[list[str]], bool] | None:
    """The rows as `time | what`, and whether a row joined parallel sessions; None when the
    first column is not the slots' times in order (two days in one table, a grid of rooms).

    `<td>09:00 - 10:00</td><td colspan="5">Check-in</td>` is one slot for every track; a row of
    parallel sessions (`Talk A`, `Talk B`) is one slot titled by all of them (`Talk A / Talk B`),
    and a row of tracks still to fill (`--` in every cell) is a slot titled `Sessions`. A break
    beside a session (`Coffee Break`, `Workshop 1`) leaves the session: it runs through the break.
    A list beside a session's name (`Flashlight talks` | `- A. Lee<br>- B. Roy`) is its items.
    """
    timed = [row for row in rows[1:] if row and _slot(row[0])]
    if len(timed) < 2 or 2 * len(timed) < len(rows) - 1:
        return None
    starts = [_slot(row[0]) for row in timed]
    if any(b < a for a, b in itertools.pairwise(starts)):
        return None  # the times start again: another day's rows, not one day's slots
    if any(b == a and x[0].strip() != y[0].strip() for (a, x), (b, y) in _pairs(starts, timed)):
        return None  # "09:00-10:00" then "09:00-09:30": slots that are no one slot
    out: list[list[str]] = []
    parallel = False
    labelled = _labelled(rows)
    for n, row in enumerate(rows):
        if not row:
            continue
        cells = [cell for cell in row[1:] if cell.strip(_EMPTY)]
        if n == 0 and not _slot(row[0]):
            out.append([row[0], " / ".join(cells)])  # the header: the tracks' names, if any
            continue
        if len(cells) == 2 and cells[1].startswith("- "):
            # "<td><strong>Flashlight talks</strong></td><td><ul><li>A. Lee</li>…": the talks of
            # the session, its items, not a parallel session
            out.append([row[0], f"{cells[0]}<br>{cells[1]}"])
            continue
        going_on = [cell for cell in cells if not is_break(cell)]
        if len(cells) > 1 and going_on:
            # "Coffee Break" beside "Workshop 1": the talks pause, the workshop goes on; the
            # break is a gap in its own track only.
            cells = going_on
        joined = " / ".join(cells) if cells else "Sessions"
        if labelled and len(cells) == 2:
            joined, cells = f"{cells[0]}: {cells[1]}", [joined]  # "Lecture 01: Statistical tests"
        if out and n > 0 and _slot(row[0]) and out[-1][0].strip() == row[0].strip():
            # "14:00–17:00 | Lab 3" over "14:00–17:00 | Lab 4": parallel sessions of one slot,
            # written a row each, are one slot titled by both, as in one row
            out[-1][1] = f"{out[-1][1]} / {joined}"
            parallel = True
            continue
        parallel = parallel or len(cells) > 1
        out.append([row[0], joined])
    return out, parallel


def _labelled(rows: list[list[str]]) -> bool:
    """Whether a table with no header row gives each session a short label and then its title
    (`08:30–09:15 | Lecture 01 | Introduction to Bioconductor`, the breaks one cell across both):
    two columns of one session, not two tracks. Only when no row has three sessions, two rows
    at least have both, and the titles are much longer than the labels."""
    if not rows or not rows[0] or not _slot(rows[0][0]):
        return False  # "| Time | Room A | Room B |": tracks named by a header
    pairs = []
    for row in rows:
        cells = [cell for cell in row[1:] if cell.strip(_EMPTY)]
        if len(cells) > 2:
            return False
        if len(cells) == 2:
            pairs.append(cells)
    if len(pairs) < 2 or any(len(label) > _LABEL or len(label.split()) > 4 for label, _ in pairs):
        return False
    return sum(len(title) for _, title in pairs) > 2 * sum(len(label) for label, _ in pairs)


def _pairs(
    starts: list[int], rows: list[list[str]]
) -> list[tuple[tuple[int, list[str]], tuple[int, list[str]]]]:
    """Each timed row with its start, paired with the next."""
    return list(itertools.pairwise(zip(starts, rows, strict=True)))


def start_end_first(rows: list[list[str]]) -> list[list[str]]:
    """`<th>Start</th><th>End</th><th>Talks</th>` over `<td>09:00</td><td>09:15</td>…`: the rows
    with one span in the first cell (`09:00 - 09:15`), as `joined_tracks` reads a slot; the
    rows as they are when any row has no start and end."""
    from planexport.reader.durations import find_point_time

    def times(row: list[str]) -> bool:
        return len(row) > 2 and all(
            len(cell) <= 12 and find_point_time(cell) is not None for cell in row[:2]
        )

    body = [row for row in rows[1:] if row]
    if len(body) < 2 or not all(times(row) for row in body) or times(rows[0]):
        return rows
    return [rows[0][:1] + rows[0][2:], *([f"{row[0]} - {row[1]}", *row[2:]] for row in body)]


def _slot(cell: str) -> int:
    """The minute of the day a slot starts at (0 for none: no slot starts at midnight)."""
    found = find_duration(cell)
    return found.at or 0 if found is not None else 0
