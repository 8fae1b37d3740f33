"""A bold weekday label inside the section of a heading that names a range of weekdays, for a
weekday outside that range (`## Weekdays` over its spans, then `**Saturday**` over its own):
a day of its own, closing the range's section, not more lines of every weekday of the range.

`**Tuesday**` under `## Monday - Friday` names a day of the range (a group of days, read as
before), and so does a label with a bracket of its own under `## Weekend`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.outline import section_end

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["beside_range", "outside_range"]


def outside_range(nodes: list[Node], span: DaySpan, label: DaySpan) -> bool:
    """Whether `label` is a bold weekday line for a weekday outside `span`'s range of them."""
    return (
        len(span.weekdays) > 1
        and nodes[label.start].kind == "paragraph"
        and bool(label.weekdays)
        and not set(label.weekdays) & set(span.weekdays)
    )


def beside_range(nodes: list[Node], heads: list[DaySpan], label: DaySpan) -> bool:
    """Whether `label` lies in the section of a range heading among `heads` and names a weekday
    outside that range (see `outside_range`)."""
    for head in reversed(heads):  # the innermost section that holds the label
        if head.start < label.start < section_end(nodes, head.start):
            return nodes[head.start].kind == "heading" and outside_range(nodes, head, label)
    return False
