"""Bold weekday labels under a heading that names their group of weekdays (`# Weekend deep work`
over `**Saturday**` and `**Sunday**`): the labels are the days."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.outline import section_end

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["labels_in_groups"]


def labels_in_groups(
    nodes: list[Node], heads: list[DaySpan], labels: list[DaySpan]
) -> list[DaySpan]:
    """Bold weekday labels inside the section of a heading that names a group of weekdays
    (`# Weekend deep work` over `**Saturday**` and `**Sunday**`), one for each of them and none
    with a length: the days, and the heading their group, as `### Saturday` under `## Weekend`
    are."""
    groups = [
        (h.start, section_end(nodes, h.start), set(h.weekdays))
        for h in heads
        if len(h.weekdays) > 1 and nodes[h.start].kind == "heading"
    ]
    found: list[DaySpan] = []
    for a, e, days in groups:
        inside = [b for b in labels if a < b.start < e and len(b.weekdays) == 1]
        named = {day for b in inside for day in b.weekdays}
        # every day of the group labelled, no label with a length: "**Saturday (1 hour)**" in
        # "## Weekend" is one part of the weekend's template, see `weekday_parts`
        if named == days and all(b.length is None for b in inside):
            found += inside
    return found
