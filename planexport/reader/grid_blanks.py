"""Blank cells below an entry in a grid of time slots: the entry goes on (a rowspan in Markdown)."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from planexport.reader.grid_own_times import cell_slot, own_time_columns
from planexport.reader.table_grids import slot

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock
    from planexport.reader.outline import Node

__all__ = ["continue_blanks", "join_spans"]


def continue_blanks(node: Node, cells: dict[int, list[RawBlock]]) -> None:
    """Lengthen each block of a day column over the empty rows right below it, while each
    row's slot starts where the one above ends: `| 09:00–09:30 | Training | Training |` over
    `| 09:30–10:00 | | |` is training from 09:00 to 10:00. A row with an entry in any day is
    no rowspan (`| 10:00–11:00 | Chemistry | |`: Tuesday is free then), nor are the empty rows
    after the grid's last entries; a filled cell (an entry, a break, a `—`) or a row that is
    no slot ends it.

    Not so in an HTML table, where a class that goes on spans its rows (`rowspan`), nor in a
    grid that writes a class out again in the row below (`Klassiek ballet E` at 19.30u and at
    20.20u): there an empty row is free time, and each class ends with its own slot."""
    if node.html or _written_out(cells):
        return
    rows = list(zip(node.rows[1:], node.row_lines[1:], strict=False))
    slots = [slot(row) for row, _ in rows]
    days = [(None, None) if col in cells else None for col in range(len(node.rows[0]))]
    own = own_time_columns(node, days)  # "| | Monday | | Saturday |": Saturday's own times
    blank = [all(not row[col].strip() for col in cells if col < len(row)) for row, _ in rows]
    # "| 6-7 PM | | |" after the last entries: where the grid ends, nothing goes on
    last = max((pos for pos, empty in enumerate(blank) if not empty), default=-1)
    blank = [empty and pos < last for pos, empty in enumerate(blank)]
    for col, blocks in cells.items():
        by_line = {raw.line: raw for raw in blocks}
        open_block: RawBlock | None = None
        end: int | None = None
        for (row, line), first, empty in zip(rows, slots, blank, strict=True):
            found = cell_slot(row, col, first, own)[0]
            if found is None or found.at is None:
                open_block, end = None, None
                continue
            cell = row[col].strip() if col < len(row) else ""
            if cell:
                open_block = by_line.get(line)
                end = found.at + found.hi
                continue
            if open_block is not None and end is not None and found.at == end and empty:
                open_block.lo += found.hi
                open_block.hi += found.hi
                end = found.at + found.hi
                continue
            open_block, end = None, None


def _written_out(cells: dict[int, list[RawBlock]]) -> bool:
    """Whether a day column has the same entry in two slots one right after the other."""
    for blocks in cells.values():
        for one, two in itertools.pairwise(blocks):
            if one.title == two.title and one.at is not None and one.at + one.hi == two.at:
                return True
    return False


def join_spans(node: Node, cells: dict[int, list[RawBlock]]) -> None:
    """In an HTML grid whose cells span rows (`<td rowspan="2">Session A</td>`), written out in
    each row they span: a day column's same entry in slots one right after the other is one
    block over those slots (Session A 14:00–15:00, not twice 30 minutes)."""
    if not node.spans_rows:
        return
    for blocks in cells.values():
        kept: list[RawBlock] = []
        for block in blocks:
            last = kept[-1] if kept else None
            if (
                last is not None
                and last.title == block.title
                and last.at is not None
                and block.at is not None
                and last.at + last.hi == block.at
                and last.lo == last.hi
                and block.lo == block.hi
            ):
                last.lo += block.hi
                last.hi += block.hi
                continue
            kept.append(block)
        blocks[:] = kept
