"""Headings over timed lines that the reader cannot name as days: a refusal, never a part read."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from planexport.reader.length_words import may_hold_word_length
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["day_parents", "unread_day_headings", "unread_sections"]


def unread_day_headings(nodes: list[Node], spans: list[DaySpan]) -> str | None:
    """Why a plan read as one day must be refused, or None.

    `### Pondělí` / `### Úterý` over timed lines in a language the reader does not know: with
    no day found, the first section would be read as the plan's one day and the others lost.
    When the headings of that section's level after it hold timed lines of their own, they are
    days the reader cannot name, and the message names them.
    """
    sections = unread_sections(nodes, spans)
    if sections is None:
        return None
    names = [unwrap(nodes[head].text) for head, _ in sections]
    shown = ", ".join(f'"{name}"' for name in names[:7]) + (", …" if len(names) > 7 else "")
    return (
        f"no timed blocks found ({len(names)} headings over timed lines are not read as days: "
        f"{shown}; name each day in a language the reader knows, such as '### Monday' or "
        "'### Day 1')"
    )


def unread_sections(nodes: list[Node], spans: list[DaySpan]) -> list[tuple[int, int]] | None:
    """The sibling headings over timed lines (each heading's place and end) that a plan read as
    one day leaves unread, or None when the one day is the plan's (see `unread_day_headings`)."""
    if len(spans) != 1:
        return None
    head = spans[0].start + 1
    if not 0 <= head < len(nodes) or nodes[head].kind != "heading":
        return None
    from planexport.reader.plan_part import _clock_lines
    from planexport.reader.section_day import lone_agenda

    level = nodes[head].level
    sections = [(head, spans[0].end)]
    idx = spans[0].end
    while idx < len(nodes):
        node = nodes[idx]
        if node.kind == "heading" and node.level < level:
            break
        end = next(
            (
                j
                for j in range(idx + 1, len(nodes))
                if nodes[j].kind == "heading" and nodes[j].level <= level
            ),
            len(nodes),
        )
        # A clock span or start time, as a day's agenda has: a length alone ("6h" in a link's
        # address, a video's "(90 Min.)") does not make a section a day.
        if (
            node.kind == "heading"
            and node.level == level
            and any(_clock_lines(n) for n in nodes[idx + 1 : end])
        ):
            sections.append((idx, end))
        idx = end if node.kind == "heading" and node.level == level else idx + 1
    if len(sections) < 2 or lone_agenda(nodes, sections):
        return None  # "## 1. Requirements" (a time in a sentence) over "## 2. Daily schedule"
    from planexport.reader.event_pages import one_day_parts

    if one_day_parts(nodes, sections):
        return None  # "## Timetable" / "## Crew sheet" under "* Date: …": the first is the day
    return sections


def day_parents(nodes: list[Node], spans: list[DaySpan]) -> set[int]:
    """The headings with days under them (`## Ayşe Kaya - Maths (18 hours)` over `### Monday`
    …): a length there is their total, not a line left out of every day."""
    starts = sorted(span.start for span in spans)
    parents: set[int] = set()
    for idx, node in enumerate(nodes):
        if node.kind != "heading" or not starts:
            continue
        if not any(ch.isdigit() for ch in node.text) and not may_hold_word_length(node.text):
            continue  # only a heading with a number or a unit in it may state a length
        # A parent when the first day after it starts before a heading of its level or above
        # closes it: only the nodes up to that day are looked at, not the rest of the plan.
        first = bisect.bisect_right(starts, idx)
        if first < len(starts) and not any(
            nodes[j].kind == "heading" and nodes[j].level <= node.level
            for j in range(idx + 1, starts[first] + 1)
        ):
            parents.add(idx)
    return parents
