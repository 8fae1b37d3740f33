"""Timetables counted from the start (`00:00 - 00:30`, `00:30 - 01:30`): lengths, not clock time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.durations import Found, find_duration
from planexport.reader.hour_ends import sixty_ends
from planexport.reader.noon_words import may_name_noon

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Item, Node

__all__ = ["relative_times"]

_LONGEST = 6 * 60  # a chain from 00:00 that ends later than this is a day from midnight
_GAP = 60  # the longest pause between two parts of one session


def _span(text: str) -> Found | None:
    found = find_duration(text)
    return found if found is not None and found.at is not None else None


def _chain(spans: list[Found]) -> bool:
    """Whether clock spans start at 00:00 and follow one another (pauses allowed), ending soon
    after: minutes into a session, not times of day."""
    if len(spans) < 2 or spans[0].at != 0 or may_name_noon(spans[0].text):
        return False  # "midnight - 2:00": the clock's midnight, said in words
    end = 0
    for found in spans:
        assert found.at is not None
        if not end <= found.at <= end + _GAP:
            return False
        end = found.at + found.hi
    return end <= _LONGEST


def _as_length(text: str, found: Found) -> str:
    return f"{text[: found.start]}{found.hi} min{text[found.end :]}"


def _table(node: Node) -> bool:
    cells: list[tuple[list[str], int, Found, str]] = []
    for row in node.rows[1:]:
        for col, cell in enumerate(row):
            ended = sixty_ends(cell)  # "0:45-0:60": the hour's end, counted from zero
            span = _span(ended)
            if span is not None:
                cells.append((row, col, span, ended))
                break
    if not _chain([found for _, _, found, _ in cells]):
        return False
    for row, col, found, ended in cells:
        row[col] = _as_length(ended, found)
    return True


def _list(items: list[Item]) -> bool:
    ended = [(item, sixty_ends(item.text)) for item in items]
    timed = [(item, text, span) for item, text in ended if (span := _span(text)) is not None]
    if not _chain([found for _, _, found in timed]) or timed[0][2].start > 4:
        return False
    for item, text, found in timed:
        item.text = _as_length(text, found)
    return True


def _sections(nodes: list[Node]) -> list[list[tuple[Node, int, Found]]]:
    """The clock spans of headings and paragraph lines, grouped by the section they are in:
    `#### Bloque 1 (0:00 - 0:45)` and `#### Bloque 2 (0:55 - 1:40)` under one `### Día 1`."""
    groups: dict[tuple[int, int], list[tuple[Node, int, Found]]] = {}
    above: list[tuple[int, int]] = []  # the headings over the node: (level, index)
    for idx, node in enumerate(nodes):
        if node.kind == "heading":
            while above and above[-1][0] >= node.level:
                above.pop()
        parent = above[-1][1] if above else -1
        if node.kind == "heading":
            if (span := _span(node.text)) is not None:
                groups.setdefault((node.level, parent), []).append((node, -1, span))
            above.append((node.level, idx))
        elif node.kind == "paragraph":
            for pos, text in enumerate(node.text.split("\n")):
                # "**0:00 - 0:45** Intro", "00:00–00:30 Intro": a line led by its span
                span = _span(text)
                if span is not None and span.start <= 4:
                    groups.setdefault((0, parent), []).append((node, pos, span))
    return list(groups.values())


def _heads(nodes: list[Node], ctx: Ctx) -> None:
    groups = _sections(nodes)
    chains = [group for group in groups if _chain([found for _, _, found in group])]
    # "### Part 1 (0:00 - 1:00)" alone in day 2, after days counted from 0:00: the same count.
    levels = {group[0][0].level for group in chains}
    chains += [
        group
        for group in groups
        if len(group) == 1
        and group[0][0].level in levels
        and group[0][2].at == 0
        and group[0][2].hi <= _LONGEST
    ]
    for group in chains:
        for node, pos, found in group:
            if pos < 0:
                node.text = _as_length(node.text, found)
            else:
                lines = node.text.split("\n")
                lines[pos] = _as_length(lines[pos], found)
                node.text = "\n".join(lines)
        ctx.warn(
            group[0][0].line,
            "times counted from 0:00 are read as lengths from the session's start, "
            "not pinned at midnight",
        )


def relative_times(nodes: list[Node], ctx: Ctx) -> list[Node]:
    """The nodes, with each table or list of clock spans that counts from 00:00 rewritten as
    the lengths of its rows.

    `| Orientation | 00:00 - 00:30 |`, `| Challenge 1 | 00:30 - 01:30 |` in "Day One" of a virtual
    event say how long each part takes from whenever the day starts, not that it starts at
    midnight: the rows become unpinned blocks of 30 and 60 minutes, in order, and a warning says
    so. A chain must start at 00:00, go forward with pauses of an hour at most, and end within
    six hours; a routine from midnight (`00:00 - 07:00 Sleep`) stays pinned. Headings of one
    section (`#### Bloque 1 (0:00 - 0:45)`, `#### Bloque 2 (0:55 - 1:40)`) and lines led by a
    span are such a chain too.
    """
    _heads(nodes, ctx)
    for node in nodes:
        if (node.kind == "table" and (_table(node) or _run_sheet(node))) or (
            node.kind == "list" and _list(node.items)
        ):
            ctx.warn(
                node.line,
                "times counted from 00:00 are read as lengths from the session's start, "
                "not pinned at midnight",
            )
    return nodes


def _run_sheet(node: Node) -> bool:
    """`| 0:00 | Intro |`, `| 0:15 | Exercise |`: start times counted from the session's start."""
    if not any(row and "0" in "".join(row) for row in node.rows[1:2]):
        return False  # no "0:00" in the first row: no run sheet
    from planexport.reader.offset_starts import start_offsets

    return start_offsets(node)
