"""Several programmes in one file (`# Beginner` / `# Advanced`, each with its own Week 1…)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["first_programme"]


def _chains(nodes: list[Node]) -> list[tuple[int, ...]]:
    """For each node, the headings it sits under (outermost first), itself not included."""
    chains: list[tuple[int, ...]] = []
    open_: list[int] = []
    for idx, node in enumerate(nodes):
        if node.kind == "heading":
            while open_ and nodes[open_[-1]].level >= node.level:
                open_.pop()
        chains.append(tuple(open_))
        if node.kind == "heading":
            open_.append(idx)
    return chains


def _restart(
    spans: list[DaySpan], weeks: list[int | None], chains: list[tuple[int, ...]]
) -> tuple[int, int] | None:
    """The first day where the plan starts again (its week, or its Day 1 when it has no weeks,
    comes again) under another heading: (its index in `spans`, that heading's depth)."""
    most_week: int | None = None
    most_day = 0
    for pos, span in enumerate(spans):
        if span.start < 0 or not span.numbers:
            continue
        week, day = weeks[span.start], min(span.numbers)
        if most_week is not None and week is not None:
            again = week <= most_week
        else:
            again = week is None and most_week is None and day == 1 and most_day >= 1
        if again and pos:
            before, here = chains[spans[pos - 1].start], chains[span.start]
            depth = next(
                (d for d, (a, b) in enumerate(zip(before, here, strict=False)) if a != b), None
            )
            # The week heading ("## Erste Woche") sits under the heading where the two days
            # part; a heading that is itself a week ("Detailed Week 1 Breakdown") is no
            # programme.
            week_at = next((d for d, idx in enumerate(here) if weeks[idx] is not None), None)
            if depth is not None and (week is None or (week_at is not None and depth < week_at)):
                return pos, depth
        if week is not None:
            most_week = week if most_week is None else max(most_week, week)
        most_day = max(most_day, *span.numbers)
    return None


def first_programme(
    nodes: list[Node], spans: list[DaySpan], weeks: list[int | None], ctx: Ctx
) -> tuple[list[DaySpan], set[int]]:
    """The days of the file's first programme when its headings each hold their own weeks
    (or their own Day 1…), with one warning naming the others; and the nodes of the others,
    which are neither read nor warned about line by line. A plan of one programme is kept.
    `weeks` is each node's week (`days.week_numbers`)."""
    chains = _chains(nodes)
    found = _restart(spans, weeks, chains)
    if found is None:
        return spans, set()
    pos, depth = found
    first_chain = chains[next(s.start for s in spans if s.start >= 0)]
    if len(first_chain) <= depth or first_chain[:depth] != chains[spans[pos].start][:depth]:
        return spans, set()  # the first days sit elsewhere: not programmes side by side
    first_head = first_chain[depth]
    level = nodes[first_head].level
    parent = chains[first_head]
    heads = [
        idx
        for idx, node in enumerate(nodes)
        if node.kind == "heading" and node.level == level and chains[idx] == parent
    ]
    start = heads.index(first_head)
    # Each later sibling heading that holds days is a programme of its own.
    others = [
        idx
        for idx in heads[start + 1 :]
        if any(len(chains[s.start]) > depth and chains[s.start][depth] == idx for s in spans)
    ]
    if not others:
        return spans, set()
    cut = others[0]
    end = next(
        (
            j
            for j in range(cut + 1, len(nodes))
            if nodes[j].kind == "heading" and nodes[j].level < level
        ),
        len(nodes),
    )
    kept = [span for span in spans if not cut <= span.start < end]
    # What was said about the other programmes' lines while finding days is said by the one
    # warning below.
    last = nodes[end].line if end < len(nodes) else None
    ctx.warnings = [
        w for w in ctx.warnings if w.line < nodes[cut].line or (last is not None and w.line >= last)
    ]
    named = ", ".join(f'"{_short(nodes[idx].text)}" (line {nodes[idx].line})' for idx in others)
    ctx.warn(
        nodes[cut].line,
        f"the file holds {len(others) + 1} programmes, each with its own "
        f"{'weeks' if weeks[spans[pos].start] is not None else 'days'}: only the first, "
        f'"{_short(nodes[first_head].text)}" (line {nodes[first_head].line}), is read; '
        f"{named} {'is' if len(others) == 1 else 'are'} not read: put each in a file of its own "
        "to read it",
    )
    return kept, set(range(cut, end))


def _short(text: str) -> str:
    text = " ".join(unwrap(text).split())
    return text if len(text) <= 50 else text[:47] + "…"
