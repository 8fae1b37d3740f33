"""Table rows merged into the row above by `^` in their time cells: items of that row's block.

Some editors write a cell merged with the one above as `^` (Obsidian's Sheets) or `^^`
(MultiMarkdown tables), so one time slot holds several lines:

    | Start | End   | Item            |
    | 07:00 | 07:10 | Get up          |
    |   ^   |   ^   | Brush teeth     |
    |   ^   |   ^   | Stretch         |

Such a row has no time of its own: it is an item of the block the row above it gave
(`Get up`, 07:00–07:10, with `Brush teeth` and `Stretch` its items), not a row skipped for
want of a time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.outline import Item, Node, unwrap
from planexport.reader.table_columns import cell_at

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock

__all__ = ["merged_item"]

_MERGED = ("^", "^^")
_TIME_ROLES = ("span", "dur", "start", "end", "at")


def merged_item(
    node: Node, row: list[str], line: int, cols: dict[str, int | None], above: RawBlock | None
) -> Item | None:
    """The item a row merged into the block `above` holds (its title cell), else None: the
    rows between that block's row and this one must be merged rows too."""
    if above is None or not _merged(row, cols):
        return None
    between = [
        other
        for other, at in zip(node.rows[1:], node.row_lines[1:], strict=False)
        if above.line < at < line
    ]
    if not all(_merged(other, cols) for other in between):
        return None  # "| 12:00 | Lunch |" between: the slot above is a gap, not that block
    title = unwrap(cell_at(row, cols["title"])).strip()
    return Item(title, line) if title and title not in _MERGED else None


def _merged(row: list[str], cols: dict[str, int | None]) -> bool:
    """Whether every time cell of a row says it is merged with the row above (`^`)."""
    times = [cols[role] for role in _TIME_ROLES if cols.get(role) is not None]
    return bool(times) and all(cell_at(row, col).strip() in _MERGED for col in times)
