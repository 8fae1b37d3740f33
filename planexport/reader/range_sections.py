"""Grids of the same weekdays in several sections (`## Common` / `## Evening`, each headed
`| Time | Mon–Fri |`): one week, each weekday's blocks taken from all of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["join_sections"]


def join_sections(spans: list[DaySpan], nodes: list[Node], weeks: list[int | None]) -> None:
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
            for span, key in zip(group, keys, strict=True):
                into, table = first[key].table, span.table
                if into is not None and table is not None:
                    into.blocks.extend(table.blocks)
                    into.notes.extend(table.notes)
                span.guide = joined = True
            continue
        if plain:
            for key, span in zip(keys, group, strict=True):
                first.setdefault(key, span)
    if joined:
        kept = [s for s in spans if not s.guide]
        for number, span in enumerate(kept, 1):
            span.numbers = [number]
