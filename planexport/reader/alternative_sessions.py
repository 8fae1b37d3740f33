"""Two sessions of one day named for the same part of it, the later starting inside the earlier
(`## Sera` from 19:00 to 21:00, then `## Sera leggera` from 19:30; `## General evening` and
`## Hurt heavily evening`, both from 19:00): the later is an alternative to the earlier, as a
person reads it, so its timed lines become a note of the day instead of blocks."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.words import SESSION_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock

__all__ = ["drop_alternatives", "same_part"]


def _parts(name: str) -> set[str]:
    """The parts of the day a session's name holds (`Hurt heavily evening`: `evening`)."""
    text = f" {' '.join(re.findall(r'[a-z]+(?:-[a-z]+)?', fold(name)))} "
    return {word for word in SESSION_WORDS if f" {word} " in text}


def same_part(name: str, other: str) -> bool:
    """Whether two different names name the same part of the day (`Sera`, `Sera leggera`)."""
    return name != other and bool(_parts(name) & _parts(other))


def _runs(blocks: list[RawBlock]) -> list[list[RawBlock]]:
    """The blocks in runs of one session each, in the order written."""
    runs: list[list[RawBlock]] = []
    for raw in blocks:
        if runs and runs[-1][0].session == raw.session:
            runs[-1].append(raw)
        else:
            runs.append([raw])
    return runs


def _covering(start: int, run: list[RawBlock]) -> RawBlock | None:
    for raw in run:
        if raw.at is not None and raw.at <= start < raw.at + max(raw.hi, 1):
            return raw
    return None


def drop_alternatives(blocks: list[RawBlock], notes: list[str], ctx: Ctx) -> None:
    """Take out each named session whose blocks are all pinned and whose first start falls
    inside a block of an earlier session named for the same part of the day: a note of the
    day, and a warning that names both lines."""
    runs = _runs(blocks)
    dropped: set[int] = set()
    for k, run in enumerate(runs):
        session = run[0].session
        if k == 0 or session is None or any(raw.at is None for raw in run):
            continue
        first = min(run, key=lambda raw: raw.at or 0)
        start = first.at or 0
        for earlier in runs[:k]:
            other = earlier[0].session
            if other is None or not same_part(session, other) or id(earlier[0]) in dropped:
                continue  # "Day 2" from 09:00 beside "Day 1" from 09:00: no alternative
            held = _covering(start, earlier)
            if held is None:
                continue
            ctx.warn(
                first.line,
                f'"{session}" starts at {_clock(start)}, inside "{held.title}" of "{other}" '
                f"(line {held.line}): read as an alternative to it, a note of the day, not blocks",
            )
            rows = "; ".join(f"{_span(raw)} {raw.title}" for raw in run)
            notes.append(f"{session} (instead of {other}): {rows}")
            dropped.update(id(raw) for raw in run)
            break
    if dropped:
        blocks[:] = [raw for raw in blocks if id(raw) not in dropped]


def _clock(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def _span(raw: RawBlock) -> str:
    start = raw.at or 0
    return f"{_clock(start)}–{_clock(start + raw.hi)}"
