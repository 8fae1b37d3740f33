"""Pinned blocks whose written span runs past the end of the one before it: kept, and said."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock

__all__ = ["after_covered"]


def after_covered(
    variants: list[tuple[float, list[RawBlock]]], ctx: Ctx
) -> list[tuple[float, list[RawBlock]]]:
    """Each plan of a day as written; a block that starts inside the block before it and ends
    after it (`14:30 a 17:30 Electiva 2`, `16:00 a 19:00 Electiva 5`) is a warning.

    Issue #12: a pinned block that overlaps another pinned block is kept and reported. Two
    classes at once are the writer's to sort out: moving or shortening one would send a student
    to a class at a time the plan never wrote.
    """
    from planexport.reader.backward_spans import backward_spans

    variants = backward_spans(variants, ctx)  # "11:30PM-12:30PM": first, as the lines go
    for _, blocks in variants:
        for prev, raw in itertools.pairwise(blocks):
            if prev.at is None or raw.at is None:
                continue
            prev_end, end = prev.at + prev.hi, raw.at + raw.hi
            if not prev.at <= raw.at < prev_end < end:
                continue
            ctx.warn(
                raw.line,
                f'"{raw.title}" ({_hhmm(raw.at)}–{_hhmm(end)}) overlaps "{prev.title}" '
                f"({_hhmm(prev.at)}–{_hhmm(prev_end)}): both kept as written",
            )
    return variants


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"
