"""A part of the day with its clock span over lines of lengths alone (`### Morning Session (6:00 AM
– 9:00 AM)` over `- Physics (1.5 hrs)`, `- Maths (1.5 hrs)`): the lines one after the other from
the session's start, as its writer meant them to fill it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock
    from planexport.reader.durations import Found
    from planexport.reader.outline import Node

__all__ = ["start_sessions"]


def start_sessions(nodes: list[Node], blocks: list[RawBlock], ctx: Ctx) -> None:
    """Pin each run of unpinned blocks of one session to the session's start, in order, when
    the heading or line that names the session gives its clock span; blocks that run past its
    end are warned."""
    if not any(raw.session and raw.at is None for raw in blocks):
        return  # cheap: most days have no session of lengths alone
    from planexport.reader.blocks import tidy

    heads = [
        (node.line, tidy(re.sub(r"\([^)]*\)", "", unwrap(node.text))), found)
        for node in nodes
        if node.kind in ("heading", "paragraph")
        and len(node.text) <= 80
        and (found := find_duration(node.text)) is not None
        and found.at is not None
    ]
    if not heads:
        return
    run: list[RawBlock] = []
    for raw in [*blocks, None]:
        if run and (raw is None or raw.session != run[0].session):
            _pin(run, heads, ctx)
            run = []
        if raw is not None and raw.session:
            run.append(raw)


def _pin(run: list[RawBlock], heads: list[tuple[int, str, Found]], ctx: Ctx) -> None:
    """Pin one run of a session's blocks from the start of the span its heading gives."""
    if any(raw.at is not None for raw in run) or any(raw.lo != raw.hi for raw in run):
        return  # timed lines of their own, or a range of lengths: no one start for each
    above = [head for head in heads if head[0] < run[0].line and head[1] == run[0].session]
    if not above:
        return
    line, name, found = above[-1]
    start = found.at
    if start is None:
        return
    total = sum(raw.lo for raw in run)
    if total > found.hi:
        ctx.warn(
            line,
            f'the lines under "{name}" add up to {total} min, more than the {found.hi} min of '
            f"{found.text}: read one after the other from its start",
        )
    for raw in run:
        raw.at, raw.sure = start, found.sure
        start += raw.lo
