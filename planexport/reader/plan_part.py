"""Which part of a file with no days is the plan: the timetable, not a side list of lengths."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.code_agenda import timetable_lines
from planexport.reader.days import DaySpan
from planexport.reader.detail_days import table_over_details
from planexport.reader.durations import find_duration, start_time
from planexport.reader.outline import unwrap
from planexport.reader.section_day import remark_only
from planexport.reader.session_labels import among_parts_of_day
from planexport.reader.span_paragraphs import spanned
from planexport.reader.weekday_notes import weekday_note

if TYPE_CHECKING:
    from planexport.reader.outline import Item, Node

# A section needs this many lines with a time of day to be a day's timetable; fewer ("wake at
# 7:00, sleep at 23:00") are a remark, and a section of lengths keeps the plan.
_TIMETABLE = 3


def timetable_day(nodes: list[Node], chosen: list[DaySpan]) -> list[DaySpan]:
    """The one day of a plan without day headings: `chosen`, unless it holds no time of day and
    another part of the file is a timetable (clock spans or start times, line after line).

    A person reading `## Stretching` (`- Warm-up jog, 15 minutes`) then `## Timetable`
    (`- **07:00 - 08:00** - Breakfast`, …) takes the timetable as the day: a workout checklist or
    a drill with a few lengths must not make 13 timed lines "in no day". `## Regular Day` then
    `## Review Day`, each over its timetable: a day each (`day_word_days`).
    """
    from planexport.reader.course_groups import course_groups
    from planexport.reader.day_word_headings import day_word_days

    # "### Niveau Débutant" then "### Niveau Intermédiaire", each over timed blocks: one course.
    return course_groups(nodes, day_word_days(nodes, _timetable_day(nodes, chosen)))


def _timetable_day(nodes: list[Node], chosen: list[DaySpan]) -> list[DaySpan]:
    chosen = table_over_details(nodes, chosen)  # "### Block 1 – Mathe (07:30 – 09:00)"
    if len(chosen) != 1:
        return chosen
    span = chosen[0]
    # "07:00 - 08:00 Breakfast" lines with no bullets count as the same lines bulleted.
    counts = [_clock_lines(node) + spanned(node) for node in nodes]
    if sum(counts[max(span.start, 0) : span.end]) and not remark_only(nodes, span):
        head = span.start + 1
        if 0 < head < len(nodes) and among_parts_of_day(nodes, head):
            # "### Morning" then "### Evening", both timed: the day holds both parts (not the
            # days of weekday headings in a language the reader does not know).
            span.end = _timed_siblings(nodes, counts, head, span.end)
        return chosen
    # The section (with its subsections) that holds the most times of day; a part that holds
    # the chosen one (the file's H1 over everything) is no other part.
    parts = [part for part in _sections(nodes) if not _overlap(part, span)]
    best = max(parts, key=lambda part: sum(counts[part[0] : part[1]]), default=None)
    if best is None or sum(counts[best[0] : best[1]]) < _TIMETABLE:
        return chosen
    head, end = best
    if nodes[head].kind == "heading":
        end = _timed_siblings(nodes, counts, head, end)
        if _overlap((head, end), span):
            return chosen
    level = nodes[head].level if nodes[head].kind == "heading" else 0
    parent = next(
        (
            j
            for j in range(head - 1, -1, -1)
            if nodes[j].kind == "heading" and nodes[j].level < max(level, 1)
        ),
        None,
    )
    if nodes[head].kind != "heading":
        return [DaySpan(-1, end, nodes[0].line, [1], "", 0)]
    # The timetable's heading is the day's line; the day takes the name of what the timetable
    # is under ("# My day" over "## Timetable"), else its own ("# Zeitplan").
    title = unwrap(nodes[parent].text) if parent is not None else unwrap(nodes[head].text)
    return [DaySpan(head, end, nodes[head].line, [1], title, level, parent=parent)]


def _clock_lines(node: Node) -> int:
    """How many lines of `node` start a block at a time of day: a clock span or a start time."""
    if node.kind == "list":
        # "- Terças-feiras: Terapia 10:00-11:00": a note on one weekday, not a part of the day.
        items = [item for item in node.items if not weekday_note(item.text)]
        return sum(_clocked(text) for item in items for text in _texts(item))
    if node.kind == "table" and node.offsets:
        return len(node.rows) - 1  # "| 0:00 | Intro |", "| 0:15 | Pairs |": a session's starts
    if node.kind == "table":
        return sum(any(_clocked(cell) for cell in row) for row in node.rows[1:])
    if node.kind == "heading":
        return int(_clocked(node.text))
    if node.kind == "code":
        return timetable_lines(node)  # "### Tarde" over "15:00 Lectura" in a code block
    return 0


def _texts(item: Item) -> list[str]:
    # Nested lines are a block's parts (a drill's `0:00-2:00 - Pedaleo suave`), not the day's.
    return [item.text, *(text for _, text in item.after)]


def _clocked(text: str) -> bool:
    found = find_duration(text)
    if found is not None and found.at is not None:
        return True
    return start_time(unwrap(text)) is not None


def _sections(nodes: list[Node]) -> list[tuple[int, int]]:
    """Each heading's section with its subsections as (heading index, end); the lines before
    the first heading are a section of their own."""
    parts = [(0, next((j for j, n in enumerate(nodes) if n.kind == "heading"), len(nodes)))]
    for idx, node in enumerate(nodes):
        if node.kind == "heading":
            end = next(
                (
                    j
                    for j in range(idx + 1, len(nodes))
                    if nodes[j].kind == "heading" and nodes[j].level <= node.level
                ),
                len(nodes),
            )
            parts.append((idx, end))
    return parts


def _timed_siblings(nodes: list[Node], counts: list[int], head: int, end: int) -> int:
    """Where the timetable ends: after the sibling sections that follow it and hold times of day
    too (`## Morning`, `## Afternoon`, …)."""
    level = nodes[head].level
    while end < len(nodes) and nodes[end].level == level:
        after = next(
            (
                j
                for j in range(end + 1, len(nodes))
                if nodes[j].kind == "heading" and nodes[j].level <= level
            ),
            len(nodes),
        )
        if not sum(counts[end:after]):
            break
        end = after
    return end


def _overlap(part: tuple[int, int], span: DaySpan) -> bool:
    return max(span.start, 0) < part[1] and part[0] < span.end
