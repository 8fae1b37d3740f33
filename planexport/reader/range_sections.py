"""Grids of the same weekdays in several sections (`## Common` / `## Evening`, each headed
`| Time | Mon–Fri |`): one week, each weekday's blocks taken from all of them, in time order.
A later section named for the same part of the day that starts at a time an earlier one
already fills (`## Hurt heavily evening` from 19:00 beside `## General evening` from 19:00) is
an alternative to it: its rows are a note of those days, not blocks. Any other row at a time
already taken is kept, and said once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.alternative_sessions import same_part
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["join_sections"]

_WEEK = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def join_sections(
    spans: list[DaySpan], nodes: list[Node], weeks: list[int | None], ctx: Ctx
) -> None:
    """A grid whose weekday columns all name weekdays an earlier grid of the same week
    already gives, without dates or day numbers, adds its blocks to those days; its own spans
    become guides (their lines read, no days of their own). `weeks` is the week each node
    sits in. Tables of a row per weekday (`| Monday | Algebra | 1 h |`) are left as they are."""
    first: dict[tuple[str, int | None], DaySpan] = {}
    by_table: dict[int, list[DaySpan]] = {}
    for span in spans:
        by_table.setdefault(span.start, []).append(span)
    joined = False
    for start, group in by_table.items():
        week = weeks[start] if start < len(weeks) else None
        plain = all(
            s.weekday is not None
            and s.date is None
            and s.table is not None
            and s.table.line == nodes[start].line  # the weekdays head its columns
            and not s.guide
            for s in group
        )
        keys = [(s.weekday or "", week) for s in group]
        if plain and len(set(keys)) == len(keys) and all(key in first for key in keys):
            _join(group, [first[key] for key in keys], nodes, ctx)
            for span in group:
                span.guide = joined = True
            continue
        if plain:
            for key, span in zip(keys, group, strict=True):
                first.setdefault(key, span)
    if joined:
        kept = [s for s in spans if not s.guide]
        for number, span in enumerate(kept, 1):
            span.numbers = [number]


def _join(group: list[DaySpan], into: list[DaySpan], nodes: list[Node], ctx: Ctx) -> None:
    """Add a later section's days to the earlier ones of the same weekdays, or note them as an
    alternative when the section starts where an earlier one already has a block."""
    tables = [(s.table, d.table) for s, d in zip(group, into, strict=True)]
    pairs = [(new, old) for new, old in tables if new is not None and old is not None]
    if not pairs:
        return
    new, old = pairs[0]  # the same rows on each weekday: decided and said once
    timed = [b for b in new.blocks if b.at is not None]
    opening = min(timed, key=_start, default=None)
    held = _covering(opening, old.blocks) if opening is not None else None
    head = _heading(nodes, new.line)
    other = _heading(nodes, held.line) if held is not None else ""
    if opening is not None and held is not None and same_part(head, other):
        rows = "; ".join(_row(b) for b in new.blocks)
        ctx.warn(
            opening.line,
            f'"{head}" gives {_days(group)} from {_clock(opening.at)} again, as "{other}" does '
            f"(line {held.line}): read as an alternative to it, a note of those days, "
            "not blocks",
        )
        for _, into_table in pairs:
            into_table.notes.append(f"{head} (instead of {other}): {rows}")
        return
    _clashes(new.blocks, old.blocks, _days(group), ctx)
    for table, into_table in pairs:
        into_table.blocks.extend(table.blocks)
        into_table.notes.extend(table.notes)
        if all(b.at is not None for b in into_table.blocks):
            into_table.blocks.sort(key=_start)  # "## Evening" written before "## Morning"


def _clashes(new: list[RawBlock], old: list[RawBlock], days: str, ctx: Ctx) -> None:
    """Warn once about each row of a later section at the time of an earlier section's row;
    a row that starts inside the one before it and ends after it is said when the day's
    blocks are checked for overlaps, so not here."""
    for raw in new:
        for prev in old:
            if raw.at is None or prev.at is None:
                continue
            if prev.at <= raw.at:  # the order the day's blocks take, the earlier section first
                first_end, second_start, second_end = prev.at + prev.hi, raw.at, raw.at + raw.hi
            else:
                first_end, second_start, second_end = raw.at + raw.hi, prev.at, prev.at + prev.hi
            if second_start >= first_end or first_end < second_end:
                continue  # apart, or the overlap the day's check reports
            ctx.warn(
                raw.line,
                f'"{raw.title}" at {_span(raw)} clashes with "{prev.title}" at {_span(prev)} '
                f"(line {prev.line}) on {days}: both kept",
            )


def _start(block: RawBlock) -> int:
    return block.at if block.at is not None else 0


def _covering(block: RawBlock | None, blocks: list[RawBlock]) -> RawBlock | None:
    """The first of `blocks` whose time holds the start of `block`, or None."""
    if block is None or block.at is None:
        return None
    start = block.at
    for other in blocks:
        if other.at is not None and other.at <= start < other.at + max(other.hi, 1):
            return other
    return None


def _heading(nodes: list[Node], line: int) -> str:
    """The text of the last heading above `line`, or `the table` when there is none."""
    text = "the table"
    for node in nodes:
        if node.line >= line:
            break
        if node.kind == "heading":
            text = " ".join(unwrap(node.text).split())
    return text


def _days(group: list[DaySpan]) -> str:
    """The weekdays of a section: `Mon–Fri` when they follow each other, else `Mon, Wed`."""
    names = [s.weekday or "" for s in group]
    shown = [name[:1].upper() + name[1:] for name in names]
    order = [_WEEK.index(name) if name in _WEEK else -9 for name in names]
    if len(shown) > 2 and order == list(range(order[0], order[0] + len(order))):
        return f"{shown[0]}–{shown[-1]}"
    return ", ".join(shown)


def _clock(minutes: int | None) -> str:
    minutes = minutes or 0
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def _span(block: RawBlock) -> str:
    return f"{_clock(block.at)}–{_clock((block.at or 0) + block.hi)}"


def _row(block: RawBlock) -> str:
    return f"{_span(block) if block.at is not None else f'{block.hi} min'} {block.title}"
