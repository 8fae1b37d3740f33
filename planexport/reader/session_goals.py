"""Sessions whose length is a label line (`### Morning` / `- **Duration**: 3 h`): a block each."""

from __future__ import annotations

from planexport.reader.blocks import RawBlock, is_total, session_name, tidy, tidy_emphasis
from planexport.reader.durations import find_duration
from planexport.reader.outline import Item, Node, unwrap

__all__ = ["session_goals", "without_goals"]


def session_goals(nodes: list[Node]) -> list[RawBlock] | None:
    """One block per session heading that states its length in a label line, its other
    bullets as items; None unless at least two sessions do (one length is the day's)."""
    blocks: list[RawBlock] = []
    current: RawBlock | None = None
    level = 0
    for node in nodes:
        if node.kind == "heading":
            name = session_name(node.text)
            if name is not None and find_duration(node.text) is None:
                current = RawBlock(name, None, 0, 0, None, [], node.line, session=name)
                level = node.level
                blocks.append(current)
            elif current is not None and node.level <= level:
                current = None
            continue
        if node.kind != "list" or current is None:
            continue
        for item in node.items:
            found = find_duration(item.text)
            if found is not None and found.at is None and is_total(item.text) and not current.hi:
                current.lo, current.hi = found.lo, found.hi
            else:
                current.items.append(item)
    timed = [raw for raw in blocks if raw.hi]
    if len(timed) < 2 or len(timed) != len(blocks):
        return None
    for raw in timed:
        raw.title = tidy(tidy_emphasis(unwrap(raw.title))) or raw.title
    return timed


def without_goals(items: list[Item]) -> list[Item]:
    """The items without the label lines that gave a length (`- **Time target**: 3 hours`)."""
    return [i for i in items if not (is_total(i.text) and not i.children)]
