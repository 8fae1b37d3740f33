"""Plain length lines beside a day's clock span lines (`09:00-10:00 Algebra`, `Lecture (90 min)`,
`14:00-15:00 Physics`, a paragraph each): blocks of their own, unpinned, as bullets would be."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection

    from planexport.reader.blocks import Ctx, RawBlock
    from planexport.reader.outline import Item, Node

__all__ = ["beside_lines", "code_beside", "longer_children", "mark_beside"]


def mark_beside(nodes: list[Node], made: set[int]) -> None:
    """Mark the lists read from plain paragraphs (their positions in `made`) that come right after
    a paragraph with a clock span (`09:00-10:00 Algebra`, `**Deep work (09:00-10:30)**`), one
    after another, as lines beside that span: blocks of their own, unless their lengths together
    sum to the span's (`09:15-10:45 Session` over `Warm-up (10 min)` and `Drill (80 min)`: its
    parts, as before)."""
    from planexport.reader.durations import find_duration

    for pos, node in enumerate(nodes):
        if pos + 1 not in made or pos in made or node.kind != "paragraph":
            continue
        span = find_duration(node.text)
        if span is None or span.at is None:
            continue
        end = pos + 1
        while end in made:
            end += 1
        run = nodes[pos + 1 : end]
        lengths = [find_duration(item.text) for below in run for item in below.items]
        if any(found is None or found.at is not None for found in lengths):
            continue  # a clock time among them: read as it is today
        low = sum(found.lo for found in lengths if found)
        high = sum(found.hi for found in lengths if found)
        if not span.lo <= low <= high <= span.hi:
            for below in run:
                below.beside = True


def beside_lines(parts: list[str], timed: list[bool]) -> bool:
    """Whether a paragraph's lines that start with no time (`timed` False) are all length lines
    after the first, which starts with a clock span: `09:00-10:00 Algebra` / `Lecture (90 min)` /
    `14:00-15:00 Physics` is three lines, as their bullets would be, not one title."""
    from planexport.reader.durations import find_duration
    from planexport.reader.line_segments import block_line

    first = find_duration(parts[0])
    if first is None or first.at is None or first.start > 4:
        return False
    return all(on or block_line(part) for part, on in zip(parts, timed, strict=True))


def code_beside(lines: list[Item], timed: Collection[Item]) -> set[int]:
    """The positions of the lines of a code timetable that are length lines beside its clock
    span lines (`09:00 - 10:00 Algebra` / `Lecture (90 min)`): blocks of their own, unless the
    lengths right under a span sum to its length (its parts, kept as its items)."""
    from planexport.reader.durations import find_duration
    from planexport.reader.line_segments import block_line

    out: set[int] = set()
    pos = 0
    while pos < len(lines):
        span = find_duration(lines[pos].text) if lines[pos] in timed else None
        pos += 1
        if span is None or span.at is None:
            continue
        run: list[int] = []
        while pos < len(lines) and lines[pos] not in timed:
            run.append(pos)
            pos += 1
        lengths = [find_duration(lines[at].text) for at in run]
        if not run or not all(block_line(lines[at].text) for at in run):
            continue
        low = sum(found.lo for found in lengths if found)
        high = sum(found.hi for found in lengths if found)
        if not span.lo <= low <= high <= span.hi:
            out.update(run)
    return out


def longer_children(raw: RawBlock, ctx: Ctx) -> None:
    """Warn about each item under a clock span line that gives only a length longer than the
    span (`- 09:00-10:00 Algebra` over `  - Lecture (90 min)`): it cannot be a part of it, and
    is kept as its item, not read as a block of its own."""
    from planexport.reader.durations import find_duration

    if raw.at is None:
        return
    start, end = raw.at, raw.at + raw.hi
    span = f"{start // 60 % 24:02d}:{start % 60:02d}-{end // 60 % 24:02d}:{end % 60:02d}"
    for item in raw.items:
        found = find_duration(item.text)
        if found is not None and found.at is None and found.lo > raw.hi:
            what = f'"{item.text.strip()}" under "{raw.title}" ({span})'
            ctx.warn(item.line, f"{what} is longer than its span: kept as its item, not a block")
