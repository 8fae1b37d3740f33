"""Dated class lists under a class time stated once (`Lectures are held Tuesday and Friday,
2:00pm - 3:50pm.` over `- **Jan 13:** Course introduction`, `- **(03) Jan 20:**`): each item is
a dated class row, as in a `| Date | Topic |` table, so the class time times it."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["dated_class_lists"]

# "**Jan 13:** Topic", "**(03) Jan 20:**", "**Feb 6** – Topic": a bold month and day leading the
# item, maybe after the class's number in brackets, then the topic.
_DATED = lazy(
    r"^(?:\*\*|__)\s*(?:\(\d{1,3}\)\s*)?(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*:?\s*(?:\*\*|__)"
    r"\s*[:–—-]?\s*(?P<rest>.*)$"
)


def dated_class_lists(nodes: list[Node]) -> list[Node]:
    """The lists of dated classes as tables of dates and topics, when one sentence of the plan
    states the class time and no table is there already."""
    if not any(
        node.kind == "list" and "**" in node.items[0].text[:3] for node in nodes if node.items
    ):
        return nodes
    if any(node.kind == "table" for node in nodes) or not any(_dated(n) for n in nodes):
        return nodes
    from planexport.reader.class_times import class_sentence

    stated = class_sentence(nodes)
    if stated is None or not stated[3]:
        return nodes  # a class time names the weekdays it is on ("on Tuesdays and Fridays")
    return [_table(node) if _dated(node) else node for node in nodes]


def _dated(node: Node) -> bool:
    return (
        node.kind == "list"
        and bool(node.items)
        and all(not i.children and _month_day(i.text) for i in node.items)
    )


def _month_day(text: str) -> bool:
    """Whether an item leads with a bold month and day (`**Jan 13:**`), not a label and number
    (`**Talk 1**`)."""
    from planexport.reader.dates import month_day

    match = _DATED.match(text)
    return match is not None and month_day(match["date"])[0] is not None


def _table(node: Node) -> Node:
    rows = [["Date", "Topic"]]
    for item in node.items:
        match = _DATED.match(item.text)
        assert match is not None
        rows.append([match["date"], match["rest"].strip()])
    return dataclasses.replace(
        node,
        kind="table",
        items=[],
        rows=rows,
        row_lines=[node.line, *(i.line for i in node.items)],
    )
