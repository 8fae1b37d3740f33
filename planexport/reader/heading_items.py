"""Untimed headings under a day that is one block of its own length: items of that block.

A day that says its length and then lists its work under headings of its own,

    ## Day 1: Arrays (30 min)
    ### Problem 1: Two Sum
    - Easy, uses a hash map
    ### Problem 2: Contains Duplicate
    - Easy

is one block of 30 minutes titled `Arrays`; each heading is one of its items (`Problem 1: Two
Sum`) with the bullets under it as that item's children, so no heading is lost. Bullets above
the first heading stay items of their own. A day with no such heading, or with a heading that
gives a length, keeps its items as they are. Asked for days whose length is the plan's stated
daily length (`stated_daily`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.outline import Item, unwrap

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["heading_items"]


def heading_items(lines: list[Node], items: list[Item]) -> list[Item]:
    """`items` grouped under the untimed headings of the day's lines they sit under."""
    from planexport.reader.durations import parse_duration

    heads = [node for node in lines if node.kind == "heading"]
    if not heads or any(parse_duration(node.text) for node in heads):
        return items  # "### Lezen (45 min)": a heading of its own length is read as before
    kept = {id(item) for item in items}
    out: list[Item] = []
    under: Item | None = None
    for node in lines:
        if node.kind == "heading":
            text = unwrap(node.text).strip()
            under = Item(text, node.line) if text else None
            if under is not None:
                out.append(under)
        elif node.kind in ("list", "code"):
            mine = [item for item in node.items if id(item) in kept]
            (under.children if under is not None else out).extend(mine)
    listed = {id(item) for item in out} | {id(c) for item in out for c in item.children}
    out += [item for item in items if id(item) not in listed]  # items read from other lines
    return out
