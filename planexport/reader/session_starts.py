"""A session heading's span over lines with lengths only (`### Morning Session (6:00 AM - 11:00
AM)` over `#### Pomodoro 1-2 (50 min)`, `**Evening (5-8 PM)**` over `- Physics (1.5 hrs)`): its
blocks run one after another from its start."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from planexport.reader.blocks import is_break, session_name, tidy
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import section_end

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock
    from planexport.reader.outline import Node

__all__ = ["session_starts"]

# "15-20h", "15–20 h": hours with no minutes, the mark only after the second
_BARE_HOURS = lazy(r"(?P<lo>\d{1,2})\s*[-–]\s*(?P<hi>\d{1,2})\s*h")


def session_starts(nodes: list[Node], blocks: list[RawBlock], ctx: Ctx) -> None:
    """Pin the blocks of each session whose heading gives a clock span and whose lines give
    only lengths: the first at the session's start, each next where the one before ends.

    A person reads `### Afternoon Session (11:30 AM - 4:00 PM)` over blocks of 50 minutes as
    the afternoon's work, from 11:30 on, not as work at any hour of the day. Only when no
    block of the session has a time of its own and every length is exact; blocks that run past
    the span's end are still read from its start, the writer's time, and said.
    """
    if not blocks or all(b.at is not None for b in blocks):
        return  # every block has its time: nothing to place
    for idx, node in enumerate(nodes):
        if node.kind not in ("heading", "paragraph") or "(" not in node.text:
            continue
        if node.kind == "paragraph" and len(node.text) > 80:
            continue  # a sentence, not a bold label naming a part of the day
        found = find_duration(node.text)
        if found is None or found.at is None or session_name(node.text) is None:
            continue
        end = _section_end(nodes, idx)
        inside = [b for b in blocks if node.line < b.line < end and b.session is not None]
        if not inside or any(b.at is not None or b.lo != b.hi for b in inside):
            continue
        pauses = _pauses(nodes[idx + 1 :], end)
        gaps = [
            sum(m for line, m in pauses if before.line < line < after.line)
            for before, after in pairwise(inside)
        ]
        need = sum(b.lo for b in inside) + sum(gaps)
        if need > found.hi and _hours_total(found.text, need):
            continue  # "Phase 1: Basics (15-20h)" over 15 h of rows: its length, no span
        if need > found.hi:
            # more work than the span holds: still the writer's start, and said
            ctx.warn(
                node.line,
                f'"{tidy(node.text)}" holds {need} min of blocks, more than its span '
                f'"{found.text}": read one after the other from its start',
            )
        at = found.at
        for raw, gap in zip(inside, [0, *gaps], strict=True):
            at += gap  # "**Break (15 min):** Walk, refresh" between two blocks: a gap
            raw.at, raw.sure, raw.guessed = at, True, False
            at += raw.lo


def _hours_total(shown: str, need: int) -> bool:
    """Whether a span of bare hours (`15-20h`) holds as many hours as the work below it: a
    person reads the section's length (15 to 20 hours of work), not 15:00 to 20:00."""
    whole = _BARE_HOURS.fullmatch(shown.strip())
    return whole is not None and int(whole["lo"]) * 60 <= need <= int(whole["hi"]) * 60


def _pauses(nodes: list[Node], end: int) -> list[tuple[int, int]]:
    """The breaks with a length written as lines of their own before line `end`
    (`**Long Break (15 min):** Lunch, rest`, `- Intervalo - 30min`): their lines and minutes."""
    out: list[tuple[int, int]] = []
    for node in nodes:
        if node.line >= end:
            break
        texts = [(node.line, node.text)] if node.kind == "paragraph" else []
        texts += [(i.line, i.text) for i in node.items] if node.kind == "list" else []
        for line, text in texts:
            found = find_duration(text)
            if found is None or found.at is not None or found.lo != found.hi:
                continue
            # "Intervalo - 30min", "Almoço - 1h": the break's name, its length cut out of it
            if is_break(text) or is_break(text[: found.start] + text[found.end :]):
                out.append((line, found.lo))
    return out


def _section_end(nodes: list[Node], idx: int) -> int:
    """The line where the section of the heading or bold label `nodes[idx]` ends: a heading's
    at its next heading of that level or above, a bold label's at the next heading or bold part
    of the day; past the last line when none follows."""
    head = nodes[idx]
    if head.kind == "heading":
        end = section_end(nodes, idx)
        return nodes[end].line if end < len(nodes) else nodes[-1].line + 10**6
    for node in nodes[idx + 1 :]:
        if node.kind == "heading" or (node.kind == "paragraph" and session_name(node.text)):
            return node.line
    return nodes[-1].line + 10**6
