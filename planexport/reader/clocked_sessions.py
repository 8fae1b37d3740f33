"""Session headings with a length over clock-timed lines, under a heading that gives the day's
hours (`## Schedule (4-5 hours)` over `### Session 1: Basics (90 minutes)` over `- **9:00 -
9:30** → Variables`): a schedule whose lines are the blocks, each at its time, not an N-hour
plan whose sessions are blocks."""

from __future__ import annotations

from planexport.reader.durations import find_duration, parse_duration, start_time
from planexport.reader.outline import Node

__all__ = ["clocked_sessions"]


def _clocked(text: str) -> bool:
    """Whether a line starts with a clock span or a start time (`**9:00 - 9:30** → …`)."""
    found = find_duration(text)
    if found is not None and found.at is not None:
        return not text[: found.start].strip(" *_`[]xX-")
    return start_time(text) is not None


def _clocked_below(nodes: list[Node], idx: int) -> bool:
    """Whether the lists under the heading at `idx`, up to the next heading, start with a
    clock time and give no length but with one (`- Must score 70%` may follow untimed)."""
    items = [item for node in _below(nodes, idx) if node.kind == "list" for item in node.items]
    if not items or not _clocked(items[0].text):
        return False
    return all(_clocked(item.text) or find_duration(item.text) is None for item in items)


def clocked_sessions(nodes: list[Node]) -> bool:
    """Whether the nodes hold two headings with a length at least, each over clock-timed
    lines (see `_clocked_below`), and no heading with a length over anything else timed."""
    sessions = 0
    for idx, node in enumerate(nodes):
        if node.kind != "heading" or parse_duration(node.text) is None:
            continue
        if _clocked_below(nodes, idx):
            sessions += 1
        elif any(n.kind == "list" for n in _below(nodes, idx)):
            return False  # "### Drills (30 min)" over "- Scales (10 min)": sessions of parts
    return sessions >= 2


def _below(nodes: list[Node], idx: int) -> list[Node]:
    out: list[Node] = []
    for node in nodes[idx + 1 :]:
        if node.kind == "heading":
            break
        out.append(node)
    return out
