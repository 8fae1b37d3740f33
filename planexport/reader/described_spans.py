"""A clock span's line with its description on the lines right under it, in one paragraph or
one item (`07:30 - 08:00: Wake up` / `Stretch first, then a glass of water.`): the block is the
line, the sentences under it its note, not more words of its title."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.time_starts import starts_timed

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["described", "label_headings"]

# A line that goes on below it ("… and", "… with", "… (Course 1,"): a title wrapped, not done.
_GOES_ON = lazy(
    r"(?:[,;&/(+–—-]|\b(?:and|or|with|of|the|to|for|a|an|in|on|at|by|from|into|then))\s*$",
    re.IGNORECASE,
)
_BRACKETS = lazy(r"\([^()]*\)")
_WORD = lazy(r"[^\W\d_]{2,}")
_EDGE = " *_`:|–—-→>"


def described(raw: str) -> tuple[str, str] | None:
    """The span's line and the description under it, when `raw` (a paragraph's or an item's
    first paragraph, as written) starts with a line that holds a clock span and a title and goes
    on with sentences that start no time of day (the first with a capital letter, as a new
    sentence does); None when it is no such paragraph."""
    if "\n" not in raw:
        return None
    first, rest = raw.split("\n", 1)
    if not any(ch.isdigit() for ch in first[:8]):
        return None  # cheap: the span comes first, after a mark or two at most
    first, rest = first.strip(), " ".join(part.strip() for part in rest.split("\n")).strip()
    if not rest or _GOES_ON.search(first) is not None:
        return None
    if first.count("[") > first.count("]") or first.count("(") > first.count(")"):
        return None  # "9:45 - 10:15 - [Introduction to" / "Methods](…)": a link's text wrapped
    found = find_duration(first)
    if found is None or found.at is None or first[: found.start].strip(_EDGE):
        return None  # "Morning 09:00-12:00" or "Read ch. 3 (09:00–10:00)": no span line
    title = _BRACKETS.sub(" ", first[found.end :])
    if _WORD.search(title) is None:
        return None  # "07:30 - 08:00" alone over its title: the title is the next line
    if any(starts_timed(part.strip()) for part in raw.split("\n")[1:]):
        return None  # a line of its own time is a block of its own, read elsewhere
    lead = rest.lstrip(" *_\"'“‘(")
    if not lead or not lead[0].isupper():
        return None  # "… and\nthe rest of the title": one title wrapped
    return first, rest


def label_headings(nodes: list[Node]) -> list[Node]:
    """Plain lines right above a span's line and its description (`Daily Schedule`, `Weekend
    Schedule (Saturday & Sunday)`) as the section headings they are in a plan written with no
    headings under its title; in a plan with headings they stay lines."""
    from planexport.reader.outline import Node

    if any(node.kind == "heading" and node.level > 1 for node in nodes):
        return nodes
    return [
        Node("heading", node.line, level=2, text=node.text) if node.label else node
        for node in nodes
    ]
