"""A day's row whose one cell lists its agenda (`<ul><li>09:00 - 09:15 Welcome</li>…`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.br_starts import start_cell
from planexport.reader.durations import find_duration
from planexport.reader.table_cells import cell_blocks, cell_items

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock

__all__ = ["listed_blocks"]


def listed_blocks(cells: list[str], line: int, ctx: Ctx) -> tuple[list[RawBlock], list[str]] | None:
    """The blocks and notes of the only filled cell of a day's row when it lists timed items, one
    a line (`- 09:00 - 09:30 Welcome<br>- 09:30 - 10:30 Keynote`, or one `- 10:00 - 11:00
    Workshop`, or starts `09:00 Welcome<br>09:30 Keynote`); else None. Lines without bullets
    need two timed lines to be a list."""
    filled = [cell for cell in cells if cell.strip(" -—–")]
    if len(filled) != 1:
        return None
    if (agenda := start_cell(filled[0])) is not None:
        return cell_blocks(agenda, line, ctx)  # "09:00 Welcome<br>09:30 Talk": starts
    listed = filled[0].lstrip().startswith(("- ", "* ", "• "))
    timed = [item for item in cell_items(filled[0]) if (found := find_duration(item)) and found.at]
    if len(timed) < (1 if listed else 2) or ("<br>" not in filled[0] and not listed):
        return None
    return cell_blocks(filled[0], line, ctx)
