"""Minute offsets in a list (`0-10 min`, `10-30 min`): the length of each part, not a range."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.durations import Found, find_duration

if TYPE_CHECKING:
    from planexport.reader.outline import Item, Node

__all__ = ["read_offsets"]


def read_offsets(nodes: list[Node]) -> list[Node]:
    """The nodes, with each chain of offsets in a list rewritten as the lengths of its parts.

    `- **0-10 min**: Welcome`, `- **10-30 min**: Theory` inside `### Lesson 1 (50 min)` say when
    each part starts and ends: they take 10 and 20 minutes. A chain starts at 0 and each range
    starts where the one above it ends; a lone `0-10 min` is still a zero-length range.
    """
    for node in nodes:
        if node.kind == "list":
            _rewrite(node.items)
    return nodes


def _rewrite(items: list[Item]) -> None:
    chain: list[tuple[Item, Found]] = []
    for item in items:
        found = find_duration(item.text)
        ranged = found is not None and found.at is None and found.lo < found.hi
        if ranged and found is not None and found.lo == (chain[-1][1].hi if chain else 0):
            chain.append((item, found))
            _rewrite(item.children)
            continue
        _close(chain)
        chain = []
        if found is not None and found.at is None and found.lo == 0 < found.hi:
            chain.append((item, found))
        _rewrite(item.children)
    _close(chain)


def _close(chain: list[tuple[Item, Found]]) -> None:
    if len(chain) < 2:
        return  # one range from 0 is no chain: "0-10 min" stays what it says
    for item, found in chain:
        item.text = f"{item.text[: found.start]}{found.hi - found.lo} min{item.text[found.end :]}"
