"""Headings that give the parts of one day their hours (`#### Theory (5 hours):` over its
blocks, then `#### Hands-on (5 hours):`): parts of the day's one plan, not plans to choose from.

Two such parts as long as each other, or parts whose hours add up to the length the day states
(`**Hours**: 10 total (4 theory + 6 hands-on)`), are read as the sections of one plan: nobody
writes two plans of one length to choose between, nor states a day's length as their sum.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import is_total
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import HOUR_WORDS

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["one_plan_parts"]

# "**Hours**: 10 total (4 theory + 6 hands-on)", "Stunden: 8": hours the label names, a number.
_HOURS_LABEL = lazy(
    rf"^[\W_]*{HOUR_WORDS}[\s*_]*:[\s*_]*[~≈]?\s*(?P<n>\d{{1,2}}(?:[.,]\d{{1,2}})?)(?![\d.,:])",
    re.IGNORECASE,
)


def one_plan_parts(sections: list[tuple[float, Node, list[Node]]], nodes: list[Node]) -> bool:
    """Whether the day's headed sections of N hours are parts of one plan: with the headings
    beside them that give a length (`#### Review (2 hours)` over untimed points), two as long,
    or all of them summing to the total a line of the day states."""
    if not sections or any(head.kind != "heading" for _, head, _ in sections):
        return False
    level = sections[0][1].level
    hours = []
    for node in nodes:
        found = find_duration(unwrap(node.text)) if node.kind == "heading" else None
        if node.level == level and found is not None and found.at is None:
            hours.append(found.hi / 60)
    if len(hours) < 2:
        return False
    if len(set(hours)) < len(hours):
        return True
    lines = [n.text for n in nodes if n.kind == "paragraph"]
    lines += [i.text for n in nodes if n.kind == "list" for i in n.items]
    stated = next((h for t in lines if (h := _stated_hours(t)) is not None), None)
    return stated is not None and abs(stated - sum(hours)) < 0.02


def _stated_hours(text: str) -> float | None:
    """The day's length a line states, in hours: a total (`Total: 6h`) or an hours label over
    a bare number (`**Hours**: 10 total`)."""
    if (match := _HOURS_LABEL.match(text)) is not None:
        return float(match.group("n").replace(",", "."))
    if is_total(text) and (found := find_duration(text)) is not None and found.at is None:
        return found.hi / 60
    return None
