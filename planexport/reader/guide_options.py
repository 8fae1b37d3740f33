"""Guides that each fill the whole length of the heading above them (`## Cardio (30 minutos)`
over `### Guía para andar (30 minutos)` and `### Guía para bicicleta (30 minutos)`, each over a
table of `0–10 min` rows that add up to 30): ways to spend that time, one of which is done."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import tidy_emphasis
from planexport.reader.durations import find_duration
from planexport.reader.outline import Item, unwrap

if TYPE_CHECKING:
    from planexport.reader.durations import Found
    from planexport.reader.outline import Node

__all__ = ["full_guides", "guide_name", "table_items"]


def full_guides(nodes: list[Node], idx: int, heads: list[int], end: int) -> list[int]:
    """The headings among `heads` (the ones under the heading at `idx`, whose section ends at
    `end`) that are guides filling its whole length, when two or more are; else []."""
    parent = find_duration(unwrap(nodes[idx].text))
    if parent is None or parent.at is not None or not heads:
        return []
    level = min(nodes[j].level for j in heads)
    top = [j for j in heads if nodes[j].level == level]
    if len(top) < 2 or len(top) != len(heads):
        return []  # "#### Paso 1" under a guide: a guide of parts, no choice between guides
    bounds = [*top[1:], end]
    for j, stop in zip(top, bounds, strict=True):
        stated = find_duration(unwrap(nodes[j].text))
        if not _same(stated, parent) or not _fills(nodes[j + 1 : stop], parent.hi):
            return []
    return top


def guide_name(text: str) -> str:
    """A guide's heading without its length: `Guía para andar (30 minutos)` -> `Guía para andar`."""
    plain = tidy_emphasis(text)
    found = find_duration(plain)
    if found is not None:
        plain = plain[: found.start] + plain[found.end :]
    return " ".join(re.sub(r"\(\s*\)|[^\w)]+$|^[^\w(]+", "", plain).split())


def table_items(node: Node) -> list[Item]:
    """A table's rows as items, their filled cells joined (`10 min · Paso cómodo · …`)."""
    return [
        Item(" · ".join(cell.strip() for cell in row if cell.strip()), line)
        for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False)
        if any(cell.strip() for cell in row)
    ]


def _same(stated: Found | None, parent: Found) -> bool:
    if stated is None or stated.at is not None:
        return False
    return (stated.lo, stated.hi) == (parent.lo, parent.hi)


def _fills(section: list[Node], minutes: int) -> bool:
    """Whether a guide's one table has a length on every row, adding up to `minutes`."""
    tables = [node for node in section if node.kind == "table"]
    if len(tables) != 1 or any(node.kind in ("list", "code") for node in section):
        return False
    total = 0
    for row in tables[0].rows[1:]:
        found = next((f for cell in row if (f := find_duration(cell)) is not None), None)
        if found is None or found.at is not None:
            return False
        total += found.hi
    return total == minutes
