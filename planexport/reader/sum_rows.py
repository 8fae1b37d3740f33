"""A table's `Total` row (`| **Total** | **1.25 hours** |`, `Summe`, `Gesamt`, `Totaal`): the sum
of the rows above it, no block; a length that is not their sum is said."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import tidy
from planexport.reader.outline import unwrap
from planexport.reader.total_tables import total_row

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock

__all__ = ["restated_sum"]


def restated_sum(raw: RawBlock, first: str, above: list[RawBlock], ctx: Ctx) -> bool:
    """Whether `raw`, read from a row titled as a total (in its title or its `first` cell),
    sums up the blocks `above` it (those since the table's start or its last total row): then
    it is no block, and a length that does not match their sum is warned about when the row
    is bold or only the word (`**Total**`, `Summe`). A total row with no block above is a
    block."""
    if not above or not (total_row(raw.title) or total_row(first)):
        return False
    lo, hi = sum(b.lo for b in above), sum(b.hi for b in above)
    if raw.hi < lo or raw.lo > hi:
        if not re.search(r"\*\*|__", first) and len(tidy(unwrap(first)).split()) > 1:
            return False  # "| Total recall drill | 20 min |": a block named so, not a sum
        summed = f"{lo} min" if lo == hi else f"{lo}-{hi} min"
        stated = f"{raw.lo} min" if raw.lo == raw.hi else f"{raw.lo}-{raw.hi} min"
        name = tidy(unwrap(first)) if total_row(first) else raw.title
        ctx.warn(
            raw.line,
            f'row "{name}" says {stated}, but the rows above it sum to {summed}: read as '
            "their sum, not as a block",
        )
    return True
