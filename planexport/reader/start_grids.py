"""Grids of start times (`| 09:00 | Anna | | Marco |`): a slot lasts until the next row's start."""

from __future__ import annotations

import dataclasses
import itertools
from typing import TYPE_CHECKING

from planexport.reader.closing_words import ends_column
from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.outline import unwrap
from planexport.reader.slot_steps import long_slot, unended_slot
from planexport.reader.start_grid_lengths import longest, own_lengths

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Node

__all__ = ["start_slots"]


def _clock(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def _closes_only(row: list[str]) -> bool:
    """Whether a row's filled cells all only say that the day ends (`Ende`, `End`, `Fin`)."""
    filled = [unwrap(cell).strip() for cell in row[1:] if cell.strip(" -—–")]
    return bool(filled) and all(ends_column(cell) for cell in filled)


def start_slots(node: Node, ctx: Ctx) -> Node | None:
    """The grid with each row's start time written as the slot it opens, or None when the
    first column is not a column of start times in order.

    `| 09:00 | Anna | | Marco |` over `| 10:00 | | Luca | |`: Anna and Marco have 09:00-10:00. A
    last row with nothing in it (`| 12:00 | | | |`) only closes the row above; a last row with
    entries lasts as long as the grid's step when every step is the same, and a warning says
    so; when the steps differ it is, as the last line of a list of starts, a start with no
    length: warned and not read. A slot over 4 hours is read to the next start, and warned.
    """
    body = list(zip(node.rows[1:], node.row_lines[1:], strict=False))
    starts: list[tuple[int, list[str], int]] = []
    for row, line in body:
        first = row[0].strip() if row else ""
        if not first:
            continue
        at = find_point_time(first)
        found = find_duration(first)
        if at is None or (found is not None and found.at is not None) or len(first) > 12:
            return None  # a span, a length or a label: not a grid of start times
        if starts and at <= starts[-1][0]:
            return None  # the times must go forward
        starts.append((at, row, line))
    # "| 09:00 | Standup (15m) | Planning (90m) |": each entry lasts as long as it says, so two
    # rows are a grid already; without lengths the steps of three rows must say how long
    own = own_lengths([row for _, row, _ in starts])
    if len(starts) < (2 if own else 3):
        return None
    steps = [b[0] - a[0] for a, b in itertools.pairwise(starts)]
    usual = steps[0]
    rows = [node.rows[0]]
    lines = [node.row_lines[0]] if node.row_lines else []
    for k, (at, row, line) in enumerate(starts):
        if k + 1 < len(starts):
            end = starts[k + 1][0]
            if not own:
                long_slot(row, line, end - at, ctx)  # "| 08:00 | Statistics |" over "| 13:00 |"
        elif _closes_only(row):
            continue  # "| 18:00 | Ende | | Ende |": when the days end, as an empty row is
        elif own and any(cell.strip(" -—–") for cell in row[1:]):
            end = at + longest(row)  # the last row's entries end as they say, not at a step
        elif any(cell.strip(" -—–") for cell in row[1:]) and len(set(steps)) > 1:
            unended_slot(row, line, steps, ctx)  # "| 16:00 | Review |" after steps of 5h, 1h
            continue
        elif any(cell.strip(" -—–") for cell in row[1:]):
            end = at + usual
            ctx.warn(
                line,
                f'the last slot "{row[0].strip()}" has no end: read as {usual} min, the '
                "grid's usual step",
            )
        else:
            continue  # "| 12:00 | | | |": the end of the slot above
        rows.append([f"{_clock(at)} - {_clock(end)}", *row[1:]])
        lines.append(line)
    return dataclasses.replace(node, rows=rows, row_lines=lines, own_lengths=own)
