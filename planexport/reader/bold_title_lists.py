"""Bold title paragraphs with a length, each over its bullets (`**1. First steps** (20-30 min)`
over `- Moving around the file system`): read as the same lines bulleted are, a block per title
with its bullets as its items."""

from __future__ import annotations

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node

__all__ = ["bold_title_lists"]

# "**1. Premiers pas** (20 min)", "__Warm-up__ — 10 min": the bold title, then what follows it.
_TITLE = lazy(r"^(?P<mark>\*\*|__)(?P<title>(?:(?!(?P=mark)).)+?)(?P=mark)(?P<rest>[^*_]*)$")
# What may stand around the length after the title: "(20 min)", "– 20 min", ": 1h".
_AROUND = " \t()[]:-–—,."
# Fewer titles than this are a remark in the text, not a run of blocks.
_RUN = 2


def _titled(node: Node) -> bool:
    """Whether a paragraph is one bold title followed by its length and nothing else, the title
    itself naming no length and no day (`**Monday** (2h)` is a day's heading)."""
    if node.kind != "paragraph" or "\n" in node.text:
        return False
    match = _TITLE.match(node.text.strip())
    if match is None:
        return False
    rest = match["rest"]
    found = find_duration(rest)
    if found is None or found.at is not None:
        return False
    if (rest[: found.start] + rest[found.end :]).strip(_AROUND):
        return False
    title = match["title"].strip()
    if not any(c.isalpha() for c in title) or find_duration(title) is not None:
        return False
    from planexport.reader.day_headings import day_match, weekday_heading

    return not (day_match(title) or weekday_heading(title))


def _untimed(node: Node) -> bool:
    """Whether a list's items, nested ones too, give no length of their own."""
    return node.kind == "list" and bool(node.items) and _untimed_items(node.items)


def _untimed_items(items: list[Item]) -> bool:
    return all(find_duration(i.text) is None and _untimed_items(i.children) for i in items)


def bold_title_lists(nodes: list[Node]) -> list[Node]:
    """The nodes, with each run of two or more bold title paragraphs with a length, each right
    over a list of untimed bullets, read as one list: an item per title, its bullets nested."""
    out: list[Node] = []
    pos = 0
    while pos < len(nodes):
        end = pos
        while end + 1 < len(nodes) and _titled(nodes[end]) and _untimed(nodes[end + 1]):
            end += 2
        if (end - pos) // 2 < _RUN:
            out.append(nodes[pos])
            pos += 1
            continue
        items = [
            Item(nodes[j].text.strip(), nodes[j].line, children=list(nodes[j + 1].items))
            for j in range(pos, end, 2)
        ]
        out.append(Node("list", nodes[pos].line, items=items))
        pos = end
    return out
