"""A day heading over nothing but its length (`_2h_`, `**2 hours**`, `(90 min)`): one block."""

from __future__ import annotations

import re

from planexport.reader.days import DaySpan
from planexport.reader.durations import Found, find_duration
from planexport.reader.outline import Node, unwrap

__all__ = ["lone_lengths"]


def lone_lengths(nodes: list[Node], spans: list[DaySpan]) -> None:
    """Give each day whose heading stands over one line that is its length alone that length.

    The line is then no "2-hour plan" with no blocks under it, which would leave the day empty,
    but the day's length: the day is one block that long, titled by its heading.
    """
    for span in spans:
        if span.length is not None or span.table is not None or span.start < 0:
            continue
        if nodes[span.start].kind != "heading":
            continue
        body = [j for j in range(span.start + 1, span.end) if nodes[j].kind != "hr"]
        if len(body) != 1:
            continue
        found = length_alone(nodes[body[0]])
        if found is not None:
            span.length = found
            nodes[body[0]] = Node("other", nodes[body[0]].line)


def length_alone(node: Node) -> Found | None:
    """The length a paragraph gives with nothing else on it (`_2h_`, `**1,5 Stunden**`)."""
    if node.kind != "paragraph" or "\n" in node.text.strip():
        return None
    text = unwrap(node.text).strip()
    found = find_duration(text)
    if found is None or found.at is not None or found.lo <= 0:
        return None
    if re.search(r"\w", text[: found.start] + text[found.end :]):
        return None  # "2h of reading": a block, not the day's length
    return found
