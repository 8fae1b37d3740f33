"""A start after the day's spans with no later start to end it (`## 10:30 — Writing` after
`## 09:00–10:00 — Reading`, the last heading): a note of the day, said in a warning."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from planexport.reader.blocks import Ctx, RawBlock

__all__ = ["after_a_span", "late_start_note"]


def after_a_span(blocks: Sequence[RawBlock], at: int) -> bool:
    """Whether the day already holds a span (not a start read up to the next) by `at`."""
    return any(raw.at is not None and not raw.guessed and raw.at <= at for raw in blocks)


def late_start_note(
    line: int, *, title: str, at: int, texts: Sequence[str], notes: list[str], ctx: Ctx
) -> None:
    """Keep a start with no end (and the lines under it) as the day's notes, with a warning
    naming its line: what it says is read, its length is not guessed."""
    hhmm = f"{at // 60 % 24:02d}:{at % 60:02d}"
    ctx.warn(
        line, f'"{title}" starts at {hhmm}, after the day\'s spans, with no end: kept as a note'
    )
    notes.extend(texts)
