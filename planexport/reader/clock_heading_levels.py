"""A day's clock-time headings written at mixed levels (`## 08:20–09:05 — Workout`, then
`# 15:00–16:00 — Stairs`): all at the level of the ones before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.day_heads import day_heading
from planexport.reader.durations import find_duration, start_time
from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["clock_heading", "even_clock_headings"]

_WORD = lazy(r"[^\W_]")  # a letter or a digit: what an emoji, a mark or markup is not


def clock_heading(node: Node) -> tuple[int, int | None] | None:
    """When a heading opens with a clock time or span (`## 🕖 07:00 — Tea`, `# 15:00–16:00 —
    Stairs`, an emoji or markup before it changing nothing) and names no day: its start and its
    end (None for a start alone)."""
    if node.kind != "heading" or day_heading(node.text):
        return None
    start = start_time(node.text)
    if start is not None:
        return start[0], None
    found = find_duration(node.text)
    if found is None or found.at is None or _WORD.search(node.text, 0, found.start):
        return None
    return found.at, found.at + found.hi


def even_clock_headings(nodes: list[Node]) -> list[Node]:
    """The nodes with each clock heading that rises above the clock headings just before it
    (`# 15:00–16:00 — Stairs` after `## 08:20–09:05 — Workout`) set to their level, as one more
    block of their day; untimed headings under it (`## Notes`) go down with it.

    A timed heading stays as written when the clock headings above it are the parts of a timed
    heading (`## 09:00–12:00 Morning` over `### 09:00–10:00 Talk`), or when it is a span over
    the clock headings that follow it (`# 09:00–12:00 Morning` over `## 09:00–10:00 Talk`).
    """
    heads = [idx for idx, node in enumerate(nodes) if node.kind == "heading"]
    if sum(1 for idx in heads if clock_heading(nodes[idx]) is not None) < 2:
        return nodes  # most plans, cheaply
    for pos in range(1, len(heads)):
        node, before = nodes[heads[pos]], nodes[heads[pos - 1]]
        here = clock_heading(node)
        if here is None or node.level >= before.level or clock_heading(before) is None:
            continue
        parent = next(
            (nodes[j] for j in reversed(heads[: pos - 1]) if nodes[j].level < before.level), None
        )
        if parent is not None and clock_heading(parent) is not None:
            continue  # "### 10:00–12:00 Lab" under "## 09:00–12:00 Morning": a part of it
        below = [nodes[j] for j in heads[pos + 1 :]]
        if below and below[0].level > node.level and _inside(below[0], here):
            continue
        step = before.level - node.level
        node.level = before.level
        for sub in below:
            if sub.level <= node.level - step or clock_heading(sub) is not None:
                break
            sub.level += step  # "## Notes" under "# 15:00–16:00 — Stairs"
    return nodes


def _inside(after: Node, here: tuple[int, int | None]) -> bool:
    """Whether the heading `after` is a clock heading inside the span `here` opens with."""
    later = clock_heading(after)
    start, end = here
    return later is not None and end is not None and start <= later[0] < end
