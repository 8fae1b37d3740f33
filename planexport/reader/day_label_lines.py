"""A numbered day named on a line of its own over its clock times, in one paragraph.

`Day 1` (`Tag 1`, `Día 1`, `Jour 1`, `Giorno 1`, `Dia 1`, `Dag 1`, `Week 1 Day 2`) with the
day's `09:00-10:30 Arrays` lines right below it, joined by soft line breaks: the outline has
cut the paragraph into its lines, and the label is that day as a `**Day 1**` line would be.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.time_starts import starts_timed

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["labels_times"]


def labels_times(nodes: list[Node], idx: int) -> bool:
    """Whether paragraph `idx` is a short line right above a line of the same paragraph that
    starts with a time of day (`Day 1` over `09:00-10:30 Arrays`): a day's label, when its
    words name a day."""
    node = nodes[idx]
    if node.kind != "paragraph" or len(node.text) > 40 or starts_timed(node.text):
        return False
    after = nodes[idx + 1] if idx + 1 < len(nodes) else None
    return (
        after is not None
        and after.kind == "paragraph"
        and after.line == node.line + 1
        and starts_timed(after.text)
    )
