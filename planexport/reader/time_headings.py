"""Headings that are only a clock time (`### **06h00**`, `### 07:30 - 10:00`): a list of starts."""

from __future__ import annotations

import re

from planexport.reader.durations import DASH
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node
from planexport.reader.part_sentences import part_title
from planexport.reader.prose_titles import prose_title

__all__ = ["time_headings", "under_time_heading"]

# "06h00", "6h30", "06:00", "06.30", "7am", "7:30 pm": a time of day standing alone. A bare "6h"
# is a length as often as a time, so an hour in the `h` form needs its minutes or a leading zero;
# "1.10" is a section's number, so a dot needs a two-digit hour or am/pm.
_CLOCK = (
    r"(?:[01]?\d|2[0-3])(?:[:h][0-5]\d(?:\s*[ap]\.?m\.?)?|\.[0-5]\d\s*[ap]\.?m\.?|\s*[ap]\.?m\.?)"
    r"|(?:[01]\d|2[0-3])\.[0-5]\d|0\dh"
)
_ONLY = lazy(
    rf"^[*_\s]*(?P<t1>{_CLOCK})(?:\s*(?:[{DASH}]|to|bis|às|a|à|al|tot)\s*(?P<t2>{_CLOCK}))?"
    r"[*_\s:.]*$",
    re.IGNORECASE,
)
# "- 09:00 Reading", "- 9-10am Talk": a list line that opens with a time of its own.
_LINE_TIME = lazy(r"^[^\w]{0,4}\d{1,2}(?:[:.h][0-5]\d|\s*[ap]\.?m)", re.IGNORECASE)
# What may follow such a heading as its text: its first line is the title, the others its notes.
_TEXT = ("quote", "paragraph")


def time_headings(nodes: list[Node]) -> list[Node]:
    """The nodes with each run of time-only headings read as one list of timed lines.

    `### **06h00**` / `> Acordar;` / `### **07h30 - 10h00**` / `> Estudo foco 1;`: the heading
    is the block's clock time (never six hours), the line below it its title, the lines after
    that its notes; a start alone runs until the next start. A time-only bold line among such
    headings (`**18h00**` / `> Oração`) is one more of them. Headings with words of their own
    (`## Manhã`) end a run and stay what they are: sessions, days. A sentence whose length is
    said of a part of it (`Some reading and then a short power nap for 25 minutes.`) under a
    start that is not the run's last is titled by its words before the length, the sentence
    its note: the start still lasts until the next one. A paragraph of several sentences is
    titled by its first sentence or first short clause, the paragraph its note; a length said
    later in the prose (`After half an hour of news I start work.`) is not the block's.
    """
    if sum(1 for node in nodes if _timed_heading(node)) < 2:
        return nodes  # most plans, cheaply
    out: list[Node] = []
    items: list[Item] = []
    parts: dict[int, tuple[str, str]] = {}  # items whose sentence gives a part's length
    start = 0
    idx = 0
    while idx < len(nodes):
        node = nodes[idx]
        below = nodes[idx + 1] if idx + 1 < len(nodes) else None
        opens = _timed_heading(node) or (node.kind == "paragraph" and _clock_of(node.text))
        if opens and below is not None and below.kind in _TEXT:
            if not items:
                start = node.line
            prose = prose_title(below.text) if below.kind == "paragraph" else None
            short = part_title(below.text) if below.kind == "paragraph" and not prose else None
            if short is not None:
                parts[len(items)] = (f"{_clock_of(node.text)} {short}", below.text.strip())
            if prose is not None:
                note = [" ".join(below.text.split())]
                items.append(
                    Item(f"{_clock_of(node.text)} {prose}", node.line, more=note, heading=True)
                )
            else:
                items.append(
                    Item(f"{_clock_of(node.text)} {_title(below.text)}", node.line, heading=True)
                )
            idx += 2
            continue
        if opens and "-" not in _clock_of(node.text) and below is not None and _titles(below):
            # "## 6:00 AM" over "1. Wake up" / "2. Brush teeth": the first item is its title (a
            # span's heading over its items is read as before, its label and title there)
            if not items:
                start = node.line
            first, *others = below.items
            title = f"{_clock_of(node.text)} {_title(first.text)}"
            items.append(
                Item(title, node.line, more=first.more, children=first.children, heading=True)
            )
            items[-1].children.extend(others)
            idx += 2
            continue
        if items and node.kind in (*_TEXT, "list"):
            children = node.items if node.kind == "list" else [Item(node.text, node.line)]
            items[-1].children.extend(children)
            idx += 1
            continue
        if items:
            out.append(Node("list", start, items=_parts_cut(items, parts)))
            items, parts = [], {}
        out.append(node)
        idx += 1
    if items:
        out.append(Node("list", start, items=_parts_cut(items, parts)))
    return out


def _titles(node: Node) -> bool:
    """Whether a list under a time-only heading gives its title in its first item: a list of
    steps with no time of its own (`1. Wake up`), not an agenda of its own."""
    if node.kind != "list" or not node.items:
        return False
    return not any(_LINE_TIME.match(item.text) for item in node.items)


def _parts_cut(items: list[Item], parts: dict[int, tuple[str, str]]) -> list[Item]:
    """The run's items, each sentence that gives a part's length (but the last, which has no
    next start to end it) cut to its short title, the sentence kept as its note."""
    for pos, (short, sentence) in parts.items():
        if pos < len(items) - 1:
            items[pos].text, items[pos].more = short, [sentence, *items[pos].more]
    return items


def under_time_heading(nodes: list[Node], pos: int) -> bool:
    """Whether the node at `pos` is the text right under a time-only heading of a run of them
    (`### 14:00` over `Übungsblatt rechnen (90 Min.)`): the block that starts then, whose title
    this reader takes, even when the text gives a length of its own."""
    if pos == 0 or nodes[pos].kind not in _TEXT or not _timed_heading(nodes[pos - 1]):
        return False
    return sum(1 for node in nodes if _timed_heading(node)) >= 2


def _timed_heading(node: Node) -> bool:
    return node.kind == "heading" and bool(_clock_of(node.text))


def _clock_of(text: str) -> str:
    """`07:30-10:00` for `**07h30 - 10h00**`, or "" when the text is more than a time."""
    match = _ONLY.match(text)
    if match is None:
        return ""
    clock = _clock(match.group("t1"))
    if match.group("t2") is not None:
        clock = f"{clock}-{_clock(match.group('t2'))}"
    return clock


def _clock(text: str) -> str:
    """`06:00` for `06h00`; times with am/pm keep their half of the day for the span reader."""
    if re.search(r"[ap]\.?m", text, re.IGNORECASE):
        return text.replace(".", ":", 1) if re.match(r"\d+\.\d", text) else text
    digits = re.findall(r"\d+", text)
    minutes = int(digits[1]) if len(digits) > 1 else 0
    return f"{int(digits[0]):02d}:{minutes:02d}"


def _title(text: str) -> str:
    """`Acordar` for `Acordar;`: the line's closing punctuation is not part of the title."""
    return text.strip().rstrip(";.,:").strip() or text.strip()
