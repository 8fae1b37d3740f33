"""HTML agendas of nested elements (`<p class="day">Quarta-feira (25/10)</p>` over `<div
class="item"><div class="time">08:00 - 09:00</div><div class="what">Credenciamento</div></div>`):
a day's name as its heading, each element holding a time and a title as a line of the day."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from planexport.reader.day_heads import day_heading
from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.outline import Item, Node

__all__ = ["html_agenda"]

# Elements that hold a line of text of their own; any other (`<b>`, `<span>`) is inside a line.
_BLOCKS = frozenset(
    ("div", "p", "section", "article", "header", "footer", "li", "ul", "ol", "main", "aside",
     "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "dl", "time")
)  # fmt: skip
_IGNORED = frozenset(("style", "script", "template"))
_FEWEST = 2  # entries with a time and a title that make the block an agenda


@dataclass
class _Leaf:
    """A line of text and the element it is a line of."""

    parent: int
    line: int
    lines: list[str] = field(default_factory=list)


class _Lines(HTMLParser):
    """The lines of text of an HTML block, each with the element it stands in."""

    def __init__(self, first: int) -> None:
        super().__init__(convert_charrefs=True)
        self.first = first
        self.stack: list[int] = [0]  # the open block elements, by number
        self.count = 0
        self.ignored = 0
        self.text: list[str] = []
        self.start = first
        self.leaves: list[_Leaf] = []

    def _line(self) -> int:
        return self.first + self.getpos()[0] - 1

    def _flush(self) -> None:
        parts = [" ".join(part.split()) for part in "".join(self.text).split("\n")]
        lines = [part for part in parts if part]
        if lines:
            # the element the text stands in is the last open one; its parent groups it
            parent = self.stack[-2] if len(self.stack) > 1 else 0
            self.leaves.append(_Leaf(parent, self.start, lines))
        self.text = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _IGNORED:
            self.ignored += 1
        elif tag == "br":
            self.text.append("\n")
        elif tag in _BLOCKS:
            self._flush()
            self.count += 1
            self.stack.append(self.count)
            self.start = self._line()

    def handle_endtag(self, tag: str) -> None:
        if tag in _IGNORED:
            self.ignored = max(0, self.ignored - 1)
        elif tag in _BLOCKS and len(self.stack) > 1:
            self._flush()
            self.stack.pop()
            self.start = self._line()

    def handle_data(self, data: str) -> None:
        if not self.ignored:
            if not "".join(self.text).strip():
                self.start = self._line()
            self.text.append(data.replace("\n", " "))


def html_agenda(content: str, first: int) -> list[Node] | None:
    """The days and timed lines of an HTML block that starts at line `first`, or None unless
    two or more of its elements each hold a time alone and a title beside it."""
    reader = _Lines(first)
    reader.feed(content)
    reader.close()
    leaves = reader.leaves
    nodes: list[Node] = []
    entries = 0
    idx = 0
    while idx < len(leaves):
        leaf = leaves[idx]
        after = leaves[idx + 1] if idx + 1 < len(leaves) else None
        text = html.unescape(leaf.lines[0])
        if after is not None and after.parent == leaf.parent and _time_alone(leaf.lines):
            # "<div>08:00 - 09:00</div><div>Palestra 1<br>Auditório principal</div>"
            item = Item(f"{text} {html.unescape(after.lines[0])}", leaf.line)
            item.children = [Item(html.unescape(more), after.line) for more in after.lines[1:]]
            _add_item(nodes, item)
            entries += 1
            idx += 2
            continue
        if len(leaf.lines) == 1 and len(text) <= 60 and day_heading(text):
            nodes.append(Node("heading", leaf.line, level=3, text=text))
        else:
            nodes.extend(Node("paragraph", leaf.line, text=html.unescape(t)) for t in leaf.lines)
        idx += 1
    return nodes if entries >= _FEWEST else None


def _time_alone(lines: list[str]) -> bool:
    """Whether an element holds a time or span of the day and nothing else (`08:00 - 09:00`)."""
    if len(lines) != 1:
        return False
    text = lines[0]
    found = find_duration(text)
    if found is not None and found.at is not None:
        rest = text[: found.start] + text[found.end :]
    elif find_point_time(text) is not None and len(text) <= 12:
        rest = re.sub(r"\d", "", text)
    else:
        return False
    return not re.search(r"[^\W\d_]{3,}", rest)


def _add_item(nodes: list[Node], item: Item) -> None:
    if nodes and nodes[-1].kind == "list":
        nodes[-1].items.append(item)
    else:
        nodes.append(Node("list", item.line, items=[item]))
