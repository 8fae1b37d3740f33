"""A timed heading of an N-hour plan over timed sub-headings that add up to it: a session."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import tidy
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock
    from planexport.reader.outline import Node

__all__ = ["summed_parents"]

_BRACKET = lazy(r"\([^)]*\)")


def summed_parents(blocks: list[RawBlock], nodes: list[Node]) -> list[RawBlock]:
    """`blocks` of a plan's section `nodes` without the headings whose sub-headings are blocks
    that add up to their length (`## Phase 1 – Warm-Up (35 minutes)` over `### 1.1 Internals
    (15 minutes)`, `### 1.2 Patterns (10 minutes)` and `### 1.3 Lifecycle (10 minutes)`): such
    a heading names the session its steps belong to, as it does under a day, and its minutes
    are theirs, not more. Its note goes to its first step; a heading with points of its own, or
    whose steps add up to more or less than it says, stays a block as before."""
    heads = [node for node in nodes if node.kind == "heading"]
    if len(heads) < 3 or len(blocks) < 3:
        return blocks  # a parent and two steps at the least
    by_line = {raw.line: raw for raw in blocks}
    dropped: set[int] = set()
    for idx, head in enumerate(heads):
        parent = by_line.get(head.line)
        if parent is None or parent.at is not None or parent.items:
            continue
        under: list[Node] = []
        for other in heads[idx + 1 :]:
            if other.level <= head.level:
                break
            under.append(other)
        if not under:
            continue
        level = min(other.level for other in under)
        steps = [by_line.get(other.line) for other in under if other.level == level]
        found = [raw for raw in steps if raw is not None and raw.at is None]
        if len(found) < 2 or len(found) != len(steps):
            continue
        if sum(raw.lo for raw in found) > parent.hi or sum(raw.hi for raw in found) < parent.lo:
            continue
        dropped.add(id(parent))
        # "Phase 1 – Fundamentals Warm-Up": the heading without its length, as under a day
        name = tidy(re.sub(r"\s+(?=[:;,])", "", _BRACKET.sub("", unwrap(head.text))))
        for raw in found:
            raw.session = raw.session or name or parent.title
        if parent.note:
            first = found[0]
            first.note = f"{parent.note}\n{first.note}" if first.note else parent.note
    return [raw for raw in blocks if id(raw) not in dropped]
