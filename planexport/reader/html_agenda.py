"""HTML agendas of nested elements (`<p class="day">Quarta-feira (25/10)</p>` over `<div
class="item"><div class="time">08:00 - 09:00</div><div class="what">Credenciamento</div></div>`):
a day's name as its heading, each element holding a time and a title as a line of the day; a
`<time>` start then a heading (`<article><time>Ore 19.30 — Terrazzo</time><h3>Lettura</h3>`) is
a start titled by the heading, the words after the dash and the lines after the heading in the
same element, at any depth (`<p>Di Herman Melville</p>`), its items. Such HTML indented inside an
open HTML block after a blank line, which Markdown takes for code, is read as the HTML it is."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from planexport.reader.day_heads import day_heading
from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node

__all__ = ["html_agenda"]

# Elements that hold a line of text of their own; any other (`<b>`, `<span>`) is inside a line.
_BLOCKS = frozenset(
    ("div", "p", "section", "article", "header", "footer", "li", "ul", "ol", "main", "aside",
     "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "dl", "time")
)  # fmt: skip
_IGNORED = frozenset(("style", "script", "template"))
_FEWEST = 2  # entries with a time and a title that make the block an agenda
# "Ore 19.30 — Terrazzo", "19:30 – Aula Magna", "um 19 Uhr", "à 19h30 | Salle B": a start, a word
# for "at" before it, and after a dash or a bar its place or a word about it.
_START = lazy(
    r"^(?:(?:ore|ora|alle|at|um|ab|[àa]s?|a\s+las?|om|vanaf|dalle|desde|d[eè]s|from)\s+)?"
    r"(?P<h>\d{1,2})(?:[:.h](?P<m>[0-5]\d))?(?P<mark>\s*(?:[ap]\.?m\.?|uhr|uur|h)(?!\w))?"
    r"\s*(?:[|\u2013\u2014-]\s*(?P<note>\S.*))?$",
    re.IGNORECASE,
)
_HEADING = lazy(r"h[1-6]")


@dataclass
class _Leaf:
    """A line of text and the element it is a line of."""

    parent: int
    line: int
    lines: list[str] = field(default_factory=list)
    tag: str = ""
    within: tuple[int, ...] = ()  # every element open around it, by number


class _Lines(HTMLParser):
    """The lines of text of an HTML block, each with the element it stands in."""

    def __init__(self, first: int) -> None:
        super().__init__(convert_charrefs=True)
        self.first = first
        self.stack: list[int] = [0]  # the open block elements, by number
        self.tags: list[str] = [""]  # and their tags
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
            self.leaves.append(_Leaf(parent, self.start, lines, self.tags[-1], tuple(self.stack)))
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
            self.tags.append(tag)
            self.start = self._line()

    def handle_endtag(self, tag: str) -> None:
        if tag in _IGNORED:
            self.ignored = max(0, self.ignored - 1)
        elif tag in _BLOCKS and len(self.stack) > 1:
            self._flush()
            self.stack.pop()
            self.tags.pop()
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
        start = _start(leaf, after)
        if start is not None and after is not None:
            # "<time>Ore 19.30 — Terrazzo</time><h3>Lettura di Bartleby</h3>"
            item = Item(
                f"{start[0] // 60:02d}:{start[0] % 60:02d} {html.unescape(after.lines[0])}",
                leaf.line,
            )
            item.children = [Item(html.unescape(start[1]), leaf.line)] if start[1] else []
            idx += 2
            # "<p>" after the heading in the same "<article>": the entry's words, its items
            while idx < len(leaves) and _about(leaves[idx], leaf.parent):
                item.children += [
                    Item(html.unescape(t), leaves[idx].line) for t in leaves[idx].lines
                ]
                idx += 1
            _add_item(nodes, item)
            entries += 1
            continue
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


def _start(leaf: _Leaf, after: _Leaf | None) -> tuple[int, str] | None:
    """The start (minutes after midnight) and the note of a `<time>` element followed by a
    heading in the same element, as `Ore 19.30 — Terrazzo` writes them; else None."""
    if after is None or after.parent != leaf.parent or leaf.tag != "time":
        return None
    if not _HEADING.fullmatch(after.tag) or len(leaf.lines) != 1 or len(after.lines) != 1:
        return None
    match = _START.match(html.unescape(leaf.lines[0]))
    if match is None or (match["m"] is None and match["mark"] is None):
        return None  # "Ore 3": a count, not said to be a time of day
    at = find_point_time(f"{match['h']}:{match['m'] or '00'}{match['mark'] or ''}")
    if at is None and match["mark"] and match["mark"].strip().lower() in ("uhr", "uur", "h"):
        at = find_point_time(f"{match['h']}:{match['m'] or '00'}")
    return None if at is None else (at, (match["note"] or "").strip())


def _about(leaf: _Leaf, parent: int) -> bool:
    """Whether a line after a `<time>` start and its heading is about that entry: text in the
    element that holds both (an `<article>`, not the page), at any depth, and no heading or time
    of its own."""
    return (
        parent != 0
        and parent in leaf.within
        and leaf.tag != "time"
        and not _HEADING.fullmatch(leaf.tag)
        and not day_heading(leaf.lines[0])
    )


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
