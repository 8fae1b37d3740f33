"""A weekday of a slot grid with its own time column: `|  | Maandag | | Zaterdag |` over
`|  |  | 09.00u - 09.50u | Klassiek ballet B |` and `| 17.00u - 17.50u | Modern/Jazz A |
10.40u - 11.30u | Kleuterballet |`. An unnamed column of times after the first days is the clock
of the days to its right, so their classes run at its times, also in rows whose first time
is empty."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.blocks import is_break
from planexport.reader.table_cells import one_line
from planexport.reader.table_grids import grid_cells, slot

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from planexport.reader.blocks import Ctx, RawBlock
    from planexport.reader.durations import Found
    from planexport.reader.outline import Node

__all__ = ["cell_slot", "day_cells", "own_time_columns", "warn_untimed"]

Columns = list[tuple[str | None, "dt.date | None"] | None]


def own_time_columns(node: Node, columns: Sequence[object | None]) -> dict[int, int]:
    """Each day column that follows a time column of its own, mapped to it: a column after a
    day's, with no day over it, whose cells are only times (two or more) or empty. The
    grid's first times (`| 09:00 | 10:30 | Maths |`, start and end) come before any day."""
    own: dict[int, int] = {}
    clock: int | None = None
    days = [col for col, key in enumerate(columns) if key is not None]
    for col in range(days[0] + 1 if days else len(columns), len(columns)):
        if columns[col] is None and _times_only(node, col):
            clock = col
        elif columns[col] is not None and clock is not None:
            own[col] = clock
    return own


def _times_only(node: Node, col: int) -> bool:
    """Whether a column is a clock: no name over it ("Notes", "Room" are none), and only times
    (two or more) or empty cells below."""
    header = node.rows[0][col] if col < len(node.rows[0]) else ""
    if header.strip():
        return False
    cells = [row[col].strip() for row in node.rows[1:] if col < len(row) and row[col].strip()]
    return len(cells) >= 2 and all(slot([cell])[0] is not None for cell in cells)


def cell_slot(
    row: list[str], col: int, first: tuple[Found | None, int], own: dict[int, int]
) -> tuple[Found | None, int]:
    """The slot of the cell of `row` in `col`: its own time column's when it has one, else the
    row's (`first`, as `slot(row)` gives it)."""
    clock = own.get(col)
    if clock is None:
        return first
    found = slot([row[clock]])[0] if clock < len(row) else None
    return found, clock + 1


def day_cells(node: Node, columns: Columns, ctx: Ctx) -> dict[int, list[RawBlock]]:
    """The blocks of each day column (as `grid_cells` reads them), each day at its own
    column's times where it has one; a row with entries under days but no time for them is
    warned of, not read."""
    own = own_time_columns(node, columns)
    cells = grid_cells(node, columns, own, ctx)
    warn_untimed(node, columns, own, ctx)
    return cells


def warn_untimed(node: Node, columns: Columns, own: dict[int, int], ctx: Ctx) -> None:
    """Warn once per row of the entries under days that have no time in their row nor in
    their day's own time column."""
    for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
        first = slot(row)
        entries = [
            f"{row[col].strip()} ({node.rows[0][col].strip()})"
            for col, key in enumerate(columns)
            if key is not None
            and col < len(row)
            and row[col].strip(" -—–")
            and not is_break(one_line(row[col].strip()))
            and cell_slot(row, col, first, own)[0] is None
        ]
        if entries:
            names = " / ".join(entries)
            names = names if len(names) <= 60 else names[:57] + "…"
            ctx.warn(line, f"{names}: no time in its row or its day's time column, not read")
