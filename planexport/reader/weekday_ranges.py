"""A bold line naming a range of weekdays over timed lines: a day template for each of them."""

from __future__ import annotations

import re

from planexport.reader.blocks import is_total, session_name
from planexport.reader.outline import Node

__all__ = ["range_days", "span_paragraphs"]


def range_days(nodes: list[Node], idx: int, inner: str) -> list[str]:
    """The weekdays `**School Days (Mon-Fri)**` or `**Mon–Thu**` (at `idx`) stands for, when the
    lines below it up to the next bold line or heading are timed and are not weekday lines of
    their own; else []."""
    from planexport.reader.day_headings import weekday_heading, weekdays_of
    from planexport.reader.days import _BOLD_DAY
    from planexport.reader.sections import timed

    names = weekdays_of(Node("heading", nodes[idx].line, text=inner))
    if len(names) < 2:
        return []
    below: list[Node] = []
    for node in nodes[idx + 1 :]:
        if node.kind == "heading" or (node.kind == "paragraph" and _BOLD_DAY.match(node.text)):
            if not below and weekday_heading(node.text.strip("*_ ")):
                return []  # "**Thursday**" right below: the range sums up the days that follow
            if node.kind == "heading" or not _session_label(node.text):
                break
        below.append(node)
    if any(n.kind == "list" and any(_leads_weekday(i.text) for i in n.items) for n in below):
        return []  # "**Monday-Friday:**" over "- Tue: Study 1-1.5 hrs": each day said below
    if any(_weekday_columns(n) for n in below):
        return []  # "**Monday to Friday:**" over "| Time | Monday | Tuesday |": a column a day
    # "- Subtotal: 2-3 hours": a total of the days, not a line of each
    kept = [
        Node("list", n.line, items=[i for i in n.items if not _total(i.text)])
        if n.kind == "list"
        else n
        for n in below
    ]
    return names if kept and (timed(kept) or span_paragraphs(kept)) else []


def _session_label(text: str) -> bool:
    """Whether a bold line names a part of the day (`**Morning (Before Work):**`), which holds
    lines of the days of the range above it, not a day of its own."""
    from planexport.reader.day_headings import weekday_heading

    return session_name(text) is not None and weekday_heading(text.strip("*_ ")) is None


def span_paragraphs(nodes: list[Node]) -> bool:
    """Whether every paragraph below opens with a clock span and there is one at least
    (`9am - 12pm will be lecture time.`, `1pm - 5pm will be lab time.`): the day's hours as
    sentences, each line read as the block it opens, as under `**Monday**`."""
    from planexport.reader.durations import find_duration

    lines = [n.text for n in nodes if n.kind == "paragraph"]
    if not lines or len(lines) != len(nodes):
        return False
    for text in lines:
        if not any(ch.isdigit() for ch in text[:12]):
            return False
        found = find_duration(text)
        if found is None or found.at is None or text[: found.start].strip(" *_`"):
            return False
    return True


def _weekday_columns(node: Node) -> bool:
    """Whether a table's header names two weekdays or more (`| Time | Monday | Tuesday |`)."""
    from planexport.reader.table_weekly import weekday_of

    if node.kind != "table" or not node.rows:
        return False
    return sum(1 for cell in node.rows[0] if weekday_of(cell, short=True)) >= 2


def _leads_weekday(text: str) -> bool:
    from planexport.reader.weekday_abbrevs import weekdays_named

    lead = re.match(r"^[*_]*(?P<names>[^:]{2,30}?)[*_]*\s*:", text)
    return lead is not None and bool(weekdays_named(lead["names"]))


def _total(text: str) -> bool:
    return (
        is_total(text)
        or re.match(r"^[\W_]*(?:sub-?totals?|zwischensumme)\b", text, re.I) is not None
    )
