"""Minute offsets in a list or in headings (`0-10 min`, `[10-30 min]`): the length of each part."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.durations import Found, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["may_offset", "read_offsets"]

# A zero that starts a number ("0-10 min", "[00-05]"), the digit searched first so that `re`
# skips to each "0" of a long plan; any digit outside ASCII ("０–１０分"), looked for the same way.
_ZERO = lazy(r"0(?<!\d0)")
_OTHER_DIGIT = lazy(r"[^\x00-\x7f](?<=\d)")


def may_offset(text: str) -> bool:
    """False only where no chain of offsets can start in `text`: every chain starts at zero
    minutes (`0-10 min`, see `read_offsets` and `offset_tables`), and a plan with no zero that
    starts a number (`10` and `20` hold none) has none."""
    return _ZERO.search(text) is not None or _OTHER_DIGIT.search(text) is not None


def read_offsets(nodes: list[Node]) -> list[Node]:
    """The nodes, with each chain of offsets rewritten as the lengths of its parts.

    `- **0-10 min**: Welcome`, `- **10-30 min**: Theory` inside `### Lesson 1 (50 min)` say when
    each part starts and ends: they take 10 and 20 minutes. A chain starts at 0 and each range
    starts where the one above it ends; a lone `0-10 min` is still a zero-length range. Under a
    block pinned to a span (`**7:00-8:00 AM Morning**` over `- 0-15 min: Review`) the offsets are
    the block's parts and stay as written; `### [0-10 min] Opening`, `### [10-30 min] Talks` are
    a chain of headings, and the offsets listed under one of them are its parts.
    """
    nodes, folded = _heading_chains(nodes)
    for idx, node in enumerate(nodes):
        parent = nodes[idx - 1].text if idx and nodes[idx - 1].kind != "list" else ""
        if node.kind == "list" and id(node) in folded:
            continue  # "[10 min] Opening" over its parts "[0-3 min] Welcome", kept as written
        if node.kind == "list" and not _parts_of(find_duration(parent), node.items):
            _rewrite(node.items)
    return nodes


def _range(text: str) -> Found | None:
    found = find_duration(text)
    if found is None or found.at is not None or not found.lo < found.hi:
        return None
    return found


def _leading_range(text: str) -> Found | None:
    """`[10-30 min] Sector stories`, `**0-15 min**: Review`: a range that starts the line."""
    found = _range(text)
    if found is None or text[: found.start].strip(" #*_[(`"):
        return None
    return found


def _parts_of(parent: Found | None, items: Sequence[Item]) -> bool:
    """Whether `items` are a chain of offsets that divides the parent's length into parts."""
    if parent is None or not items:
        return False
    found = [_leading_range(item.text) for item in items]
    ends = [f.hi for f in found if f is not None]
    first = found[0]
    if first is None:
        return False
    if parent.at is not None:
        return first.lo == 0 and max(ends) == parent.hi  # "7:00-8:00 AM" over "0-15 min", …
    # "[10-30 min] Talks" over "[0-5 min] …" or "[10-15 min] …": counted from 0 or from 10
    return (first.lo, max(ends)) in ((0, parent.hi - parent.lo), (parent.lo, parent.hi))


def _heading_chains(nodes: list[Node]) -> tuple[list[Node], set[int]]:
    """Headings that chain offsets (`### [0-10 min] Opening`, `### [10-30 min] Talks`) as the
    lengths of their parts; when one has its own offsets listed under it, every heading of the
    chain becomes a list item so that those offsets are its parts (kept as written)."""
    chains: dict[int, list[tuple[int, Found]]] = {}
    done: list[list[tuple[int, Found]]] = []
    for idx, node in enumerate(nodes):
        found = _leading_range(node.text) if node.kind == "heading" else None
        if found is None:
            continue
        chain = chains.get(node.level, [])
        if chain and chain[-1][1].hi == found.lo:
            chain.append((idx, found))
        elif found.lo == 0:
            done.append(chain)
            chains[node.level] = [(idx, found)]
    done.extend(chains.values())
    folded: dict[int, tuple[list[Node], int]] = {}
    for chain in (c for c in done if len(c) >= 2):
        parts = any(_parts_of(found, _lists_under(nodes, idx)) for idx, found in chain)
        for idx, found in chain:
            heading = nodes[idx]
            length = found.hi - found.lo
            heading.text = f"{heading.text[: found.start]}{length} min{heading.text[found.end :]}"
            if parts:
                folded[idx] = _folded(nodes, idx)
    out: list[Node] = []
    idx = 0
    while idx < len(nodes):
        if idx in folded:
            taken, idx = folded[idx]
            out.extend(taken)
            continue
        out.append(nodes[idx])
        idx += 1
    return out, {id(taken[0]) for taken, _ in folded.values()}


def _section(nodes: list[Node], idx: int) -> list[Node]:
    end = next((j for j in range(idx + 1, len(nodes)) if nodes[j].kind == "heading"), len(nodes))
    return nodes[idx + 1 : end]


def _lists_under(nodes: list[Node], idx: int) -> list[Item]:
    """The first list under a heading whose offsets could be the heading's parts."""
    return next((n.items for n in _section(nodes, idx) if n.kind == "list"), [])


def _folded(nodes: list[Node], idx: int) -> tuple[list[Node], int]:
    """A heading of a chain as a list item whose children are the lines under it (its parts
    and prose, kept as written), then the tables, quotes and code under it; and where they end."""
    heading = nodes[idx]
    item = Item(heading.text, heading.line)
    rest: list[Node] = []
    section = _section(nodes, idx)
    for node in section:
        if node.kind == "paragraph":
            item.children.append(Item(node.text, node.line))
        elif node.kind == "list":
            item.children.extend(node.items)
        else:
            rest.append(node)
    return [Node("list", heading.line, items=[item]), *rest], idx + 1 + len(section)


def _rewrite(items: list[Item]) -> None:
    chain: list[tuple[Item, Found]] = []
    for item in items:
        found = find_duration(item.text)
        ranged = found is not None and found.at is None and found.lo < found.hi
        if ranged and found is not None and found.lo == (chain[-1][1].hi if chain else 0):
            chain.append((item, found))
            _children(item, found)
            continue
        _close(chain)
        chain = []
        if found is not None and found.at is None and found.lo == 0 < found.hi:
            chain.append((item, found))
        _children(item, found)
    _close(chain)


def _children(item: Item, found: Found | None) -> None:
    if not _parts_of(found, item.children):
        _rewrite(item.children)


def _close(chain: list[tuple[Item, Found]]) -> None:
    if len(chain) < 2:
        return  # one range from 0 is no chain: "0-10 min" stays what it says
    for item, found in chain:
        item.text = f"{item.text[: found.start]}{found.hi - found.lo} min{item.text[found.end :]}"
