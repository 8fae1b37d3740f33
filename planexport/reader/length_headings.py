"""A heading that holds only a length, right under the heading it times (`### Welcome` over
`#### 5 minutes`, then the step's text): a lesson plan's way of saying how long a step lasts.
The length joins the heading above (`### Welcome (5 minutes)`), which is then read as a block of
that length like any heading with its length, and the length heading is gone."""

from __future__ import annotations

import re
from dataclasses import replace

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.words import TOTAL_WORDS, fold

__all__ = ["length_headings"]

# "[back](#Overview)", "[↑ top](#top)": a paragraph that only links back up the page.
_BACK_LINK = lazy(r"^\s*\[[^\]]{1,30}\]\(#[^)]*\)\s*$")
# "07h00", "9:30", "14.15": a time of day written on the heading.
_CLOCK = lazy(r"\d\s*[:h.]\s*[0-5]\d(?!\d)")
# What may stand around a heading's length: "5 minutes", "(20 min)", "~ 15 min", "Duration: 1h".
_AROUND = lazy(r"^[\s(\[~≈:.\-–—]*$")


def _length_only(node: Node) -> str | None:
    """The length a heading holds and nothing else (`5 minutes`, `(20 min)`, `Duration: 1 h`)."""
    if node.kind != "heading":
        return None
    text = unwrap(node.text.strip()).strip()
    found = find_duration(text)
    if found is None or found.at is not None or _CLOCK.search(text):
        return None  # "### **07h00**", "### 09:00 – 10:30": a time of day, not a length
    lead, tail = text[: found.start], text[found.end :]
    lead = re.sub(r"^\s*([\w ]{1,20}):", lambda m: "" if fold(m[1]) in TOTAL_WORDS else m[0], lead)
    if not _AROUND.match(lead) or not re.fullmatch(r"[\s)\].]*", tail):
        return None
    return text[found.start : found.end]


def _timed_title(node: Node) -> bool:
    return (
        node.kind == "heading"
        and bool(re.search(r"\w", node.text))
        and not find_duration(node.text)
    )


def length_headings(nodes: list[Node]) -> list[Node]:
    """The nodes with each length-only heading joined to the titled heading right above it, one
    level up or more, with only a link back up the page between them; two such pairs or more,
    so that the lengths are the plan's way of timing its steps, not a stray heading."""
    pairs: dict[int, int] = {}  # the length heading's index -> its title heading's index
    for i, node in enumerate(nodes):
        if _length_only(node) is None:
            continue
        j = i - 1
        while j >= 0 and nodes[j].kind == "paragraph" and _BACK_LINK.match(nodes[j].text):
            j -= 1
        if j >= 0 and _timed_title(nodes[j]) and nodes[j].level < node.level:
            pairs[i] = j
    if len(pairs) < 2:
        return nodes
    out = list(nodes)
    for i, j in pairs.items():
        out[j] = replace(nodes[j], text=f"{nodes[j].text.rstrip()} ({_length_only(nodes[i])})")
    return [node for i, node in enumerate(out) if i not in pairs]
