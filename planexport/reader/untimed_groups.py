"""A group of weekdays over untimed lines beside a week written day by day (`## Saturday &
Sunday` over `- All day: free`, `**SAMSTAG & SONNTAG**` over `Ganztags frei`): those days, each
an untimed day with the lines as its notes, as `## Saturday` over the same line is.

Before, such a group was taken for a template of the days and left out without a word. Only a
group whose weekdays have no day of their own, beside days that have one, and whose lines are a
few short ones (no table, heading or code): a section of tips under `## Weekdays` beside `###
Monday` … `### Friday` stays out, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["untimed_group"]

_KINDS = frozenset(("list", "paragraph", "hr"))


def untimed_group(heads: Sequence[DaySpan], span: DaySpan, below: Sequence[Node]) -> bool:
    """Whether a group of weekdays over nothing timed is those days, untimed (see above)."""
    lines = [node for node in below if node.kind != "hr"]
    if not lines or any(node.kind not in _KINDS for node in below):
        return False
    said = sum(len(node.items) if node.kind == "list" else 1 for node in lines)
    if said > 4 or sum(len(node.text) for node in lines) > 240:
        return False
    names = set(span.weekdays)
    others = [head for head in heads if head is not span and head.weekdays]
    return bool(others) and not any(names & set(head.weekdays) for head in others)
