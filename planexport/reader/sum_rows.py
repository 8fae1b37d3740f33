"""A table's `Total` row (`| **Total** | **1.25 hours** |`, `Summe`, `Gesamt`, `Totaal`): the sum
of the rows above it, no block; a length that is not their sum is said."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import tidy
from planexport.reader.durations import find_duration
from planexport.reader.outline import unwrap
from planexport.reader.total_tables import day_total_row, total_row

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock

__all__ = ["sum_row"]


def _minutes(lo: int, hi: int) -> str:
    return f"{lo} min" if lo == hi else f"{lo}-{hi} min"


def sum_row(row: list[str], line: int, above: list[RawBlock], ctx: Ctx) -> bool:
    """Whether a row led by a total (`| **Total** | **1.25 hours** |`, `| Totaal | 1 uur |`)
    sums up the blocks `above` it (those since the table's start or its last total row): then
    it is no block. A length that is not their sum is warned about; a row so named that is
    neither bold nor the word alone (`| Total recall drill | 20 min |`) is then a block, unless
    its other words name the day it sums (`| Totais do dia | 7h |`). A
    total row with no block above it is a block too."""
    cells = [cell for cell in row if cell.strip(" *_-—–")]
    if not above or not cells or not total_row(cells[0]):
        return False
    lengths = (find_duration(cell) for cell in cells[1:])
    found = next((f for f in lengths if f is not None and f.at is None), None)
    lo, hi = sum(b.lo for b in above), sum(b.hi for b in above)
    if found is not None and lo <= found.hi and found.lo <= hi:
        return True  # "| **Total** | **1.25 hours** |" over 30 and 45 minutes
    name = tidy(unwrap(cells[0]))
    if not re.search(r"\*\*|__", cells[0]) and len(name.split()) > 1 and not day_total_row(name):
        return False  # "| Total recall drill | 20 min |": a block named so, not a sum
    if found is not None:
        ctx.warn(
            line,
            f'row "{name}" says {_minutes(found.lo, found.hi)}, but the rows above it sum to '
            f"{_minutes(lo, hi)}: read as their sum, not as a block",
        )
    return True
