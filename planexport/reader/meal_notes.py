"""A meal or break with only a start time in a day's paragraph lines, list items or table rows
(`12:30 Lunch` among `09:00 Keynote`, `10:30 Workshop`; `| 12:30 | Lunch |`, `| Lunch | 12:30 |`):
a gap in the day, as before, and the day's note, as among a list's clock spans; never dropped
unsaid."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import is_break, tidy
from planexport.reader.durations import find_duration, start_time
from planexport.reader.outline import unwrap
from planexport.reader.table_cells import one_line

if TYPE_CHECKING:
    from planexport.model import Day
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["meal_notes"]

Lines = dict[tuple[int, int, int], int]


def meal_notes(
    nodes: list[Node],
    spans: list[DaySpan],
    days: list[Day],
    lines: Lines,
    *,
    weeks: list[int | None],
) -> list[Day]:
    """The days, each given as notes the start-only meal lines and rows of its own that no
    block was read from and no note holds."""
    heads: dict[tuple[int | None, int], DaySpan] = {}
    for head, week in zip(spans, weeks, strict=False):
        if len(head.numbers) == 1 and head.table is None and head.start >= -1:
            heads[(week, head.numbers[0])] = head
    out = list(days)
    used_by: dict[int, set[int]] = {}  # each day's lines that a block was read from
    for (at, _, _), line in lines.items():
        used_by.setdefault(at, set()).add(line)
    for index, day in enumerate(days):
        span = heads.get((day.week, day.number))
        if span is None:
            continue
        # "### À partir de 11h00 — Brunch" alone under a day: the day's note, though no block
        kinds = ("heading",) if not day.variants else ("heading", "paragraph", "list", "table")
        used = used_by.get(index, set())
        found = [
            (line, text)
            for node in nodes[span.start + 1 : span.end]
            if node.kind in kinds
            for line, text in _starts(node)
            if line not in used
        ]
        if found:
            # "**7:15 AM** – Breakfast" is the note "7:15 AM – Breakfast" a list already gave
            held = {_plain(note) for note in day.notes}
            found = [(line, text) for line, text in found if _plain(text) not in held]
        if found:
            notes = tuple(dict.fromkeys((*day.notes, *(text for _, text in found))))
            out[index] = day.model_copy(update={"notes": notes})
    return out


def _starts(node: Node) -> list[tuple[int, str]]:
    """The lines, items or rows of a heading, paragraph, list or table that start a meal or
    break and give no end."""
    found: list[tuple[int, str]] = []
    if node.kind == "heading":
        said = unwrap(node.text).strip()
        start = start_time(said)
        if start is not None and _meal(start[1]):
            found.append((node.line, said))
    elif node.kind == "paragraph":
        for offset, text in enumerate(node.text.split("\n")):
            said = unwrap(text).strip()
            start = start_time(said)
            if start is not None and _meal(start[1]):
                found.append((node.line + offset, said))
    elif node.kind == "list":
        for item in node.items:
            start = start_time(item.text)
            if start is not None and _meal(start[1]):
                found.append((item.line, item.text))
    elif node.kind == "table":
        for row, at in zip(node.rows[1:], node.row_lines[1:], strict=False):
            cells = [tidy(unwrap(one_line(cell))) for cell in row]
            cells = [cell for cell in cells if cell.strip(" -—–")]
            if len(cells) < 2 or any(find_duration(cell) is not None for cell in cells[1:]):
                continue
            start = start_time(cells[0])
            if start is not None and not start[1].strip() and _meal(" ".join(cells[1:2])):
                found.append((at, " ".join(cells)))
            elif len(cells) == 2 and _meal(cells[0]):
                late = start_time(cells[1])  # "| Lunch | 12:15 |": the title first, its start after
                if late is not None and not late[1].strip():
                    found.append((at, f"{cells[1]} {cells[0]}"))
    return found


def _plain(text: str) -> str:
    """A line as a note compares: without its emphasis (`**7:15 AM** – Breakfast`)."""
    return " ".join(re.sub(r"[*_`]+", "", unwrap(text)).split())


def _meal(words: str) -> bool:
    """Whether a start's words name a meal or break with no length of its own (`Lunch`)."""
    words = words.strip(" :-–—*_")
    return bool(words) and find_duration(words) is None and is_break(words)
