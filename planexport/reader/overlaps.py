"""Pinned blocks whose written span covers the one before it: the later block starts after it."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock

__all__ = ["after_covered"]


def after_covered(
    variants: list[tuple[float, list[RawBlock]]], ctx: Ctx
) -> list[tuple[float, list[RawBlock]]]:
    """Each plan of a day, a block that starts inside the block before it and ends after it
    (`9am - 10am Introduction`, `9am - 11am Phase 1`) moved to start where that one ends.

    A person reads such a row as going on after the one above it until its end: the plan then
    has no two blocks at once. Each move is a warning, since the plan writes another start.
    """
    out: list[tuple[float, list[RawBlock]]] = []
    for hours, blocks in variants:
        before = sum(b.hi for b in blocks)
        for prev, raw in itertools.pairwise(blocks):
            if prev.at is None or raw.at is None:
                continue
            prev_end, end = prev.at + prev.hi, raw.at + raw.hi
            if not prev.at <= raw.at < prev_end < end:
                continue
            ctx.warn(
                raw.line,
                f'"{raw.title}" starts at {_hhmm(raw.at)}, inside "{prev.title}" '
                f"({_hhmm(prev.at)}–{_hhmm(prev_end)}): read from {_hhmm(prev_end)} "
                f"to {_hhmm(end)}",
            )
            raw.at, raw.lo, raw.hi = prev_end, end - prev_end, end - prev_end
        after = sum(b.hi for b in blocks)
        # A day of pinned blocks is as long as they are; an "N-Hour Plan" keeps its hours.
        out.append((round(after / 60, 2) if hours == round(before / 60, 2) else hours, blocks))
    return out


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"
