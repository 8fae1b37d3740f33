"""A group of weekdays over untimed lines beside a week written day by day (`## Saturday &
Sunday` over `- All day: free`, `**SAMSTAG & SONNTAG**` over `Ganztags frei`): those days, each
an untimed day with the lines as its notes, as `## Saturday` over the same line is.

Before, such a group was taken for a template of the days and left out without a word. Only a
group whose weekdays have no day of their own, beside days that have one, and whose lines are a
few short ones (no table, heading or code): a section of tips under `## Weekdays` beside `###
Monday` … `### Friday` stays out, as before. A bold label with its words on its own line
(`**SAMSTAG & SONNTAG** Ganztags frei`) gives untimed days titled by those words, as a single
`**SAMSTAG**` label does, on the same terms.
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


def label_group(nodes: list[Node], idx: int, inner: str, rest: str, parent: int) -> DaySpan | None:
    """The days of a bold label listing weekdays with untimed words after it on its own line
    (`**SAMSTAG & SONNTAG** Ganztags frei`, `**Sat & Sun:** rest`), when no list follows (that
    is `range_topic_day`'s): untimed days titled by the words; checked by `label_groups`."""
    from planexport.reader.blocks import tidy
    from planexport.reader.days import DaySpan
    from planexport.reader.durations import find_duration
    from planexport.reader.weekday_lists import weekday_list

    words = tidy(rest.strip(" :–—-/"))
    if not words or len(words) > 60 or find_duration(words) is not None:
        return None
    if idx + 1 < len(nodes) and nodes[idx + 1].kind == "list":
        return None
    names = weekday_list(inner.strip(" :*_"))
    if len(names) < 2:
        return None
    span = DaySpan(idx, len(nodes), nodes[idx].line, [], words, parent, weekdays=names)
    span.topic = True
    return span


def label_groups(heads: list[DaySpan], found: list[DaySpan]) -> list[DaySpan]:
    """The days `heads` holds, less the label groups (`found`) that are no days of their own:
    those whose weekdays another day names, or that no single weekday's day stands beside."""
    keep = [
        span
        for span in heads
        if span not in found
        or (
            any(o.weekdays for o in heads if o not in found)
            and not any(set(span.weekdays) & set(o.weekdays) for o in heads if o is not span)
        )
    ]
    return keep if len(keep) < len(heads) else heads
