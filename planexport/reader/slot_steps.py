"""A grid of start times read as a list of starts is: a slot over 4 hours is said, and a last
slot after steps that differ has no length (`| 08:00 |`, `| 13:00 |`, `| 16:00 | Review |`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.blocks import is_break
from planexport.reader.clock_order import GUESS_CAP
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx

__all__ = ["long_slot", "unended_slot"]


def _entries(row: list[str]) -> list[str]:
    """The row's filled cells that are no break (`Lunch` is the gap, not a slot's entry)."""
    cells = (unwrap(cell).strip() for cell in row[1:])
    return list(dict.fromkeys(c for c in cells if c.strip(" -—–") and not is_break(c)))


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "…"


def long_slot(row: list[str], line: int, minutes: int, ctx: Ctx) -> None:
    """A row whose entries last until a next start more than 4 hours later: read so, and said
    once for the row as it is said for a line of a list of starts."""
    entries = _entries(row)
    if minutes > GUESS_CAP and entries:
        ctx.warn(
            line,
            f'"{_short(" / ".join(entries))}" at {unwrap(row[0]).strip()} has only a start time '
            f"and the next one is {minutes // 60}h{minutes % 60:02d} later: read as lasting "
            f"until then (over {GUESS_CAP // 60} hours)",
        )


def unended_slot(row: list[str], line: int, steps: list[int], ctx: Ctx) -> None:
    """The last row of a grid whose steps differ: no step is its length, so, as the last
    start of a list, it has a start time but no length and is not read."""
    entries = _entries(row)
    if entries:
        ctx.warn(
            line,
            f'"{_short(" / ".join(entries))}" at {unwrap(row[0]).strip()} has a start time but '
            f"no length: the grid's steps differ ({min(steps)} to {max(steps)} min), so the "
            "last slot is not read",
        )
