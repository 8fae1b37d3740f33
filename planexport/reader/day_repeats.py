"""A day number written twice: a summary list after the plan, or a second subject's track."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node
    from planexport.reader.sections import DayBody

__all__ = ["Summaries", "is_summary", "is_track", "merged"]


def _heading_above(nodes: list[Node], idx: int) -> int | None:
    return next((j for j in range(idx - 1, -1, -1) if nodes[j].kind == "heading"), None)


def is_summary(nodes: list[Node], first: DaySpan, span: DaySpan, *, has_blocks: bool) -> bool:
    """Whether `span` restates a day read above, in a list under another heading, with
    nothing timed: `## Checkpoints` over `- Day 2: Exercise quality.` after the plan."""
    if has_blocks or span.start < 0 or nodes[span.start].kind != "paragraph":
        return False
    return _heading_above(nodes, span.start) != _heading_above(nodes, max(first.start, 0))


def is_track(
    first: DaySpan, span: DaySpan, *, adjacent: bool, first_blocks: bool, has_blocks: bool
) -> bool:
    """Whether `span` is a second subject on the same day: `#### Dia 1: Português` right after
    `#### Dia 1: Matemática`, both timed, at the same level, with different titles."""
    return (
        adjacent
        and first_blocks
        and has_blocks
        and len(span.numbers) == 1
        and len(first.numbers) == 1  # "Days 3–4" then "Day 4": day 4 written twice
        and first.level == span.level
        and first.parent == span.parent
        and fold(first.title.strip(" *_")) != fold(span.title.strip(" *_"))
    )


def merged(first: DayBody, second: DayBody) -> DayBody | None:
    """One day's body from two tracks' bodies: the blocks of each in turn; None when either has
    plans of several lengths (which length goes with which is not said)."""
    from planexport.reader.sections import DayBody

    if len(first.variants) != 1 or len(second.variants) != 1:
        return None
    (hours_a, blocks_a), (hours_b, blocks_b) = first.variants[0], second.variants[0]
    return DayBody(
        [(round(hours_a + hours_b, 2), [*blocks_a, *blocks_b])],
        [*first.notes, *second.notes],
        [*first.items, *second.items],
        busy=[*first.busy, *second.busy],
    )


class Summaries:
    """Summary lines skipped, said in one warning per list."""

    def __init__(self) -> None:
        self._lines: list[tuple[int, int]] = []  # (line, day number)

    def add(self, line: int, number: int) -> None:
        self._lines.append((line, number))

    def warn(self, ctx: Ctx) -> None:
        if not self._lines:
            return
        numbers = ", ".join(str(n) for _, n in self._lines)
        lines = sorted({line for line, _ in self._lines})
        where = f"line {lines[0]}" if len(lines) == 1 else f"lines {lines[0]}–{lines[-1]}"
        ctx.warn(
            lines[0],
            f"day{'s' * (len(self._lines) > 1)} {numbers} ({where}) "
            f"{'restate days' if len(self._lines) > 1 else 'restates a day'} read above with "
            "nothing timed (a summary): not read as days",
        )
