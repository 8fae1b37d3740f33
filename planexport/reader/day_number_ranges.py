"""A range of day numbers in a table's Day column (`| 6–7 | 2h + 2h | Capstone |`): each day of
the range gets the row, and a length written as one part per day (`2h + 2h`) gives each its part."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.table_columns import cell_at
from planexport.reader.table_weekly import TableDay

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx

__all__ = ["day_range", "per_day_length", "range_days"]

# "6–7", "**Days 6-7**", "Día 6 - 7": two day numbers, the second after the first.
_RANGE = lazy(r"^[*_\s]*(?:[^\W\d_]+\s*)?(?P<a>\d{1,3})\s*[-–—]\s*(?P<b>\d{1,3})[*_\s.:]*$")
_MOST = 7  # a longer range is a stretch of the plan, not days that share a row


def day_range(cell: str) -> tuple[int, int] | None:
    """The first and last day of a Day cell that names a short range, else None."""
    match = _RANGE.match(cell)
    if match is None:
        return None
    first, last = int(match["a"]), int(match["b"])
    if not 0 < first < last or last - first >= _MOST:
        return None
    return first, last


def per_day_length(cell: str, days: int) -> str | None:
    """One day's part of `2h + 2h` over two days, when the cell writes one equal part per day."""
    parts = [part.strip() for part in re.split(r"\s*\+\s*", cell.strip())]
    if len(parts) != days or days < 2:
        return None
    found = [find_duration(part) for part in parts]
    if any(f is None or f.at is not None for f in found):
        return None
    lengths = {(f.lo, f.hi) for f in found if f is not None}
    return parts[0] if len(lengths) == 1 else None


def range_days(
    row: list[str],
    line: int,
    ranged: tuple[int, int],
    *,
    days: dict[int, TableDay],
    header: list[str],
    cols: dict[str, int | None],
    ctx: Ctx,
) -> None:
    """The row's block on each day of a range of day numbers (added to `days`), one part of the
    length each when the length is written a part per day."""
    from planexport.reader.block_tables import row_block

    first, last = ranged
    rest = ["" if c == cols["day"] else cell for c, cell in enumerate(row)]
    part = per_day_length(cell_at(row, cols["dur"]), last - first + 1)
    if part is not None and cols["dur"] is not None:
        rest[cols["dur"]] = part
    for number in range(first, last + 1):
        raw = row_block(rest, line, header, cols, ctx, lenient=True)
        if raw is None:
            return
        day = days.setdefault(number, TableDay(line, "", number=number))
        day.blocks.append(raw)
        day.title = day.title or raw.title
