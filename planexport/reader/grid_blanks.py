"""Blank cells below an entry in a grid of time slots: the entry goes on (a rowspan in Markdown)."""

from __future__ import annotations

import dataclasses
import itertools
from typing import TYPE_CHECKING

from planexport.reader.grid_halves import row_slots
from planexport.reader.grid_own_times import cell_slot, own_time_columns
from planexport.reader.hour_runs import hour_grid
from planexport.reader.table_grids import slot

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock
    from planexport.reader.outline import Node

__all__ = ["continue_blanks", "join_spans", "span_breaks"]


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
    slots = row_slots([slot(row) for row, _ in rows], [line for _, line in rows])
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


def span_breaks(node: Node) -> tuple[Node, frozenset[tuple[int, int]]]:
    """In an HTML grid whose cells span rows, written out in each row they span: a cell spanning
    a row that is no slot (`<td rowspan="3">Sport</td>` over a `<td>Pause</td>` row) is no entry
    of that row, which is a break. The grid with those cells blank, and where they were (row
    and column) when the span goes on below the break, for `join_spans` to join across it."""
    if not node.spans_rows:
        return node, frozenset()
    rows = [list(row) for row in node.rows]
    bridged: set[tuple[int, int]] = set()
    for pos in range(2, len(rows) - 1):
        above, row, below = node.rows[pos - 1], rows[pos], node.rows[pos + 1]
        found = slot(row)[0]
        if found is not None and found.at is not None:
            continue
        for col in range(1, min(len(row), len(above))):
            if row[col].strip() and row[col] == above[col]:
                row[col] = ""
                if col < len(below) and below[col] == above[col]:
                    bridged.add((pos, col))
    if rows == node.rows:
        return node, frozenset()
    return dataclasses.replace(node, rows=rows), frozenset(bridged)


def join_spans(
    node: Node,
    cells: dict[int, list[RawBlock]],
    bridged: frozenset[tuple[int, int]] = frozenset(),
) -> None:
    """In an HTML grid whose cells span rows (`<td rowspan="2">Session A</td>`), written out in
    each row they span: a day column's same entry in slots one right after the other is one
    block over those slots (Session A 14:00–15:00, not twice 30 minutes), and so is a span over
    a break row inside it (`bridged`, from `span_breaks`): Sport 08:00–09:35 over the break at
    08:45, not twice 45 minutes. So too in a grid of hours (`hour_grid`): Física at 9:00 and
    at 10:00 is one class, 09:00–11:00."""
    if not (node.spans_rows or hour_grid(cells)):
        return
    where = {line: pos for pos, line in enumerate(node.row_lines)}
    for col, blocks in cells.items():
        kept: list[RawBlock] = []
        for block in blocks:
            last = kept[-1] if kept else None
            if (
                last is not None
                and last.title == block.title
                and last.at is not None
                and block.at is not None
                and last.lo == last.hi
                and block.lo == block.hi
                and (
                    last.at + last.hi == block.at
                    or _across(where.get(last.line), where.get(block.line), col, bridged)
                )
            ):
                last.lo = last.hi = block.at + block.hi - last.at
                continue
            kept.append(block)
        blocks[:] = kept


def _across(
    first: int | None, then: int | None, col: int, bridged: frozenset[tuple[int, int]]
) -> bool:
    """Whether every row between two rows is a break row that a span in column `col` covers."""
    if first is None or then is None or then - first < 2:
        return False
    return all((pos, col) in bridged for pos in range(first + 1, then))
