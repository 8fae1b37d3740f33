"""HTML timetables of parallel tracks with `colspan` rows (check-in, lunch): one column of slots."""

from __future__ import annotations

import itertools

from planexport.reader.blocks import is_break
from planexport.reader.durations import find_duration

__all__ = ["joined_tracks", "start_end_first"]

_EMPTY = " -—–"


def joined_tracks(rows: list[list[str]]) -> tuple[list[list[str]], bool] | None:
    """The rows as `time | what`, and whether a row joined parallel sessions; None when the
    first column is not the slots' times in order (two days in one table, a grid of rooms).

    `<td>09:00 - 10:00</td><td colspan="5">Check-in</td>` is one slot for every track; a row of
    parallel sessions (`Talk A`, `Talk B`) is one slot titled by all of them (`Talk A / Talk B`),
    and a row of tracks still to fill (`--` in every cell) is a slot titled `Sessions`. A break
    beside a session (`Coffee Break`, `Workshop 1`) leaves the session: it runs through the break.
    Two rows of the same slot one under the other (`14:00–17:00 | Lab 3`, `14:00–17:00 | Lab 4`)
    are parallel sessions too, read as one slot; times that start again are another day.
    """
    rows = _same_slots(rows)  # "14:00–17:00 | Lab 3" then "14:00–17:00 | Lab 4": one slot
    timed = [row for row in rows[1:] if row and _slot(row[0])]
    if len(timed) < 2 or 2 * len(timed) < len(rows) - 1:
        return None
    starts = [_slot(row[0]) for row in timed]
    if any(b <= a for a, b in itertools.pairwise(starts)):
        return None  # the times start again: another day's rows, not one day's slots
    out: list[list[str]] = []
    parallel = False
    for n, row in enumerate(rows):
        if not row:
            continue
        cells = [cell for cell in row[1:] if cell.strip(_EMPTY)]
        if n == 0 and not _slot(row[0]):
            out.append([row[0], " / ".join(cells)])  # the header: the tracks' names, if any
            continue
        going_on = [cell for cell in cells if not is_break(cell)]
        if len(cells) > 1 and going_on:
            # "Coffee Break" beside "Workshop 1": the talks pause, the workshop goes on; the
            # break is a gap in its own track only.
            cells = going_on
        parallel = parallel or len(cells) > 1
        out.append([row[0], " / ".join(cells) if cells else "Sessions"])
    return out, parallel


def _same_slots(rows: list[list[str]]) -> list[list[str]]:
    """The rows with a row that repeats the time cell of the row just above it (the same slot,
    a parallel session written on a row of its own) joined to that row, its cells after it."""
    out: list[list[str]] = []
    for row in rows:
        last = out[-1] if out else None
        if last and row and last[0].strip() == row[0].strip() and _slot(row[0]):
            out[-1] = [*last, *row[1:]]
        else:
            out.append(row)
    return out


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
