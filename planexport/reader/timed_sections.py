"""A day of a plan with no day headings, written in sections of one level that carry its clock
times on (`## Chemistry` over `- 09:00-10:30 Organic mechanisms`, then `## Papers` over
`- 13:00-15:00 2023 paper`): the sections are parts of the one day, not a day and then lines in
no day (and a lesson's phases, each a section of steps with lengths: `phase_sections`).
Sections whose times start again (`## Pondělí`, `## Úterý` each from 17:00) are days the
reader cannot name, and other sections of lengths alone stay as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["timed_siblings"]


def timed_siblings(nodes: list[Node], head: int, end: int) -> int:
    """Where the day that starts at heading `head` and ends at `end` (its next sibling heading)
    ends: after the sibling sections in a row that hold nothing but lines of clock spans, each
    starting no earlier than the one before ends; `end` when the day's own lines are not all
    such spans."""
    from planexport.reader.day_headings import day_match
    from planexport.reader.day_word_headings import says_day
    from planexport.reader.outline import unwrap

    level = nodes[head].level
    last = _spans(nodes[head + 1 : end])
    if not last and not says_day(nodes[head].text):
        from planexport.reader.phase_sections import phase_sections

        return phase_sections(nodes, head, end)  # "### Warm-up", then "### Activities"
    if not last or says_day(nodes[head].text):
        return end  # "## Exam Day" beside "## Wrap-up": days, one not named as one
    while end < len(nodes) and nodes[end].kind == "heading" and nodes[end].level == level:
        title = unwrap(nodes[end].text)
        if day_match(title) is not None or says_day(title):
            return end  # "## Day 2", "## Exam Day": a day of its own
        after = next(
            (j for j in range(end + 1, len(nodes)) if nodes[j].kind == "heading"), len(nodes)
        )
        spans = _spans(nodes[end + 1 : after])
        if not spans or spans[0][0] < last[-1][1]:
            return end  # "## Tips", or times that start the day again
        last, end = spans, after
    return end


def _spans(body: list[Node]) -> list[tuple[int, int]]:
    """The (start, end) minutes of every line of `body` when each is a clock span, in order;
    [] when any line is not one, or one starts before the one above it ends."""
    from planexport.reader.durations import find_duration

    texts = [
        text
        for node in body
        for text in ([item.text for item in node.items] if node.kind == "list" else [node.text])
    ]
    if not texts or any(node.kind not in ("list", "paragraph") for node in body):
        return []
    out: list[tuple[int, int]] = []
    for text in texts:
        for line in text.split("\n"):
            found = find_duration(line)
            if found is None or found.at is None:
                return []
            if out and found.at < out[-1][1]:
                return []
            out.append((found.at, found.at + found.hi))
    return out
