"""A day's routine written once after the last day, as a labelled paragraph over its steps
(`Day 14: Testing` … then `Daily Learning Structure (1.5 hours):` over `- 20 min: Theory`):
every day's steps, not the last day's own blocks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan

__all__ = ["daily_label", "trailing_daily"]

# "Daily Learning Structure (1.5 hours):", "**Daily routine:**": a short label over a list.
_LABEL = lazy(r"^[^\w]{0,4}[^\W\d_][^:]{0,70}:$")


def daily_label(node: Node) -> bool:
    """Whether a paragraph is a short label saying that the list below it is for every day
    (`Daily Learning Structure (1.5 hours):`)."""
    from planexport.reader.daily_template import says_daily

    text = unwrap(node.text).strip().strip("*_").strip()
    return node.kind == "paragraph" and _LABEL.match(text) is not None and says_daily(text)


def trailing_daily(nodes: list[Node], spans: list[DaySpan]) -> None:
    """End the last day before a daily routine's label when the days above say nothing timed:
    the routine is each day's (read as the daily steps), not the last day's own blocks."""
    if len(spans) < 2 or any(s.table is not None or s.start < 0 for s in spans):
        return
    last = max(spans, key=lambda s: s.start)
    for idx in range(last.start + 1, last.end - 1):
        if daily_label(nodes[idx]) and _steps(nodes[idx + 1]):
            above = (j for s in spans for j in range(s.start + 1, min(s.end, idx)))
            if not any(_timed(nodes[j]) for j in above):
                last.end = idx
            return


def _steps(node: Node) -> bool:
    from planexport.reader.durations import find_duration

    return (
        node.kind == "list"
        and len(node.items) >= 2
        and all(
            (found := find_duration(item.text)) is not None and found.at is None
            for item in node.items
        )
    )


def _timed(node: Node) -> bool:
    """Whether a node of a day says a length or a time: a line the day's own blocks come from."""
    from planexport.reader.durations import find_duration

    if node.kind in ("paragraph", "heading"):
        return find_duration(node.text) is not None
    if node.kind == "list":
        return any(find_duration(item.text) is not None for item in node.items)
    return node.kind == "table"
