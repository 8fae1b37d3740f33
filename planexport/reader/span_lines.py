"""A heading over a line that holds only a clock span (`# Wake up` / `06:30 - 07:00`): one block."""

from __future__ import annotations

import dataclasses
import re

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node
from planexport.reader.words import DAY_WORDS, WEEK_WORDS, WEEKDAYS, fold

__all__ = ["h1_blocks", "span_lines"]

_EDGES = " \t*_`~()[]"
_WORDS = lazy(r"[^\W\d_]+")
_NUMBERED = lazy(rf"(?<!\w)(?:{DAY_WORDS}|{WEEK_WORDS})\s*\d", re.IGNORECASE)


def _bare_span(line: str) -> bool:
    """Whether a line is a clock span and nothing else (`06:30 - 07:00`, `**23:00 - 00:00**`)."""
    found = find_duration(line)
    if found is None or found.at is None:
        return False
    return not (line[: found.start].strip(_EDGES) or line[found.end :].strip(_EDGES))


def _plain(text: str) -> bool:
    """Whether a heading names a part of the day, not a day, a week or a time of its own."""
    if _NUMBERED.search(text) or find_duration(text) is not None:
        return False  # "Day 1", "Week 2", "Wake up (06:30 - 07:00)", "Reading (30 min)"
    return not any(len(word) > 3 and word in WEEKDAYS for word in _WORDS.findall(fold(text)))


def span_lines(nodes: list[Node], lines: list[str]) -> list[Node]:
    """The nodes, with a span alone on the first line under a heading moved into the heading.

    A day routine written as sections, `# Wake up` / `06:30 - 07:00` / prose / bullets, gives
    each section's time on the line below its heading: the heading is the block's title, the
    prose its note and the bullets its items, as `# Wake up (06:30 - 07:00)` would say. Two such
    sections or more make the style; a lone one may be something else and is left as written.
    `lines` are the source's lines: a paragraph's text has its line breaks joined.
    """

    def first_line(node: Node) -> str:
        return lines[node.line - 1].strip() if 0 < node.line <= len(lines) else ""

    found = [
        idx
        for idx, node in enumerate(nodes[:-1])
        if node.kind == "heading"
        and _plain(node.text)
        and nodes[idx + 1].kind == "paragraph"
        and nodes[idx + 1].line == node.line + 1
        and _bare_span(span := first_line(nodes[idx + 1]))
        and nodes[idx + 1].text.startswith(span)
    ]
    if len(found) < 2:
        return nodes
    out = list(nodes)
    for idx in reversed(found):
        heading, below = nodes[idx], nodes[idx + 1]
        span = first_line(below)
        rest = below.text[len(span) :]
        out[idx] = dataclasses.replace(heading, text=f"{heading.text} ({span.strip(_EDGES)})")
        if rest.strip():
            out[idx + 1] = dataclasses.replace(below, text=rest.strip(), line=below.line + 1)
        else:
            del out[idx + 1]
    return out


def h1_blocks(nodes: list[Node]) -> bool:
    """Whether the top headings are the blocks of a day (`# Wake up (06:30 - 07:00)`, twice or
    more), so that none of them is the plan's title."""
    spans = (find_duration(n.text) for n in nodes if n.kind == "heading" and n.level == 1)
    return sum(1 for found in spans if found is not None and found.at is not None) >= 2
