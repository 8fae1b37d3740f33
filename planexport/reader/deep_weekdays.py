"""Weekday headings written at the fifth or sixth level (`##### Monday`, `##### **Wednesday
14th**`) in a course's or workshop's schedule whose shallower headings name no day: its days."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.day_heads import day_heading
from planexport.reader.outline import unwrap
from planexport.reader.weekday_lists import dated_weekday

if TYPE_CHECKING:
    from planexport.reader.outline import Node


def deep_weekdays(nodes: list[Node], named: list[list[str]]) -> set[int]:
    """The indexes of the level-5 and level-6 headings that are days: each names weekdays
    (`named`, the weekdays each node names), at least two of them, and no heading of level 1 to 4
    names a weekday or a numbered day (`### Day 1` over `##### Monday` keeps its own days)."""
    deep = {
        idx
        for idx, node in enumerate(nodes)
        if node.kind == "heading" and node.level > 4 and named[idx]
    }
    if len(deep) < 2:
        return set()
    for node in nodes:
        if node.kind == "heading" and node.level <= 4 and day_heading(unwrap(node.text)):
            return set()
    return deep


def deep_days(nodes: list[Node], named: list[list[str]]) -> set[int]:
    """The indexes of the headings past level 4 that may be days: a dated weekday at any depth
    (`##### Vrij 25 sep 2015`), or the deep weekday headings of `deep_weekdays`."""
    dated = {
        idx
        for idx, node in enumerate(nodes)
        if node.kind == "heading" and node.level > 4 and dated_weekday(node.text) is not None
    }
    return dated | deep_weekdays(nodes, named)
