"""A day's timetable written in a code block: `08:00 - 09:30  | Reading` lines as its blocks."""

from __future__ import annotations

from planexport.reader.blocks import Ctx, RawBlock, is_break, try_block
from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node

__all__ = ["code_agenda", "in_code", "is_timetable", "sum_of"]

_RULE = lazy(r"^[\s\-=|+_*~#.]*$")  # "-----", "|===|": drawing, not text
# "- Flash cards", "* Labs", "• Quiz", "2. Review", "└── Teoría": a point under the line above
_POINT = lazy(r"^(?:[-*+•]\s+|\d{1,2}[.)]\s+|[└├│][─-]*\s*)(?=\S)")


def _spans(node: Node) -> list[Item]:
    found = [(item, find_duration(item.text)) for item in node.items]
    return [item for item, span in found if span is not None and span.at is not None]


def _starts_at_midnight(text: str) -> bool:
    span = find_duration(text)
    return span is not None and span.at == 0


def code_agenda(node: Node, ctx: Ctx) -> list[RawBlock]:
    """The blocks of a code block whose lines are clock spans (`08:00 - 09:30 | Reading`),
    breaks as gaps; a line with no time below a block is one of its items. [] when the code
    is something else (a template, a script, a log)."""
    if not is_timetable(node):
        return []
    lines = [item for item in node.items if not _RULE.match(item.text)]
    timed = _spans(node)
    blocks: list[RawBlock] = []
    last: RawBlock | None = None
    for item in lines:
        if item not in timed:
            if last is not None:
                text = _POINT.sub("", item.text.strip("|- "), count=1)
                last.items.append(Item(text, item.line))
            continue
        raw = try_block(item.text, [], item.line, ctx)
        if raw is None or is_break(raw.title):
            last = None  # "09:30 - 10:00 | BREAKFAST BREAK": a gap
            continue
        blocks.append(raw)
        last = raw
    return blocks


def _points(lines: list[Item], timed: list[Item]) -> int:
    """How many of `lines` are points (`- Flash cards`) under a clock span, or under a point
    that is under one: items of its block, not text of their own."""
    count, under = 0, False
    for item in lines:
        if item in timed:
            under = True
        elif under and _POINT.match(item.text):
            count += 1
        else:
            under = False
    return count


def is_timetable(node: Node, *, points: bool = True) -> bool:
    """Whether a code block is a timetable: two or more clock spans, at least half its lines,
    none starting at `0:00` (`0:00-1:00  Solve Two Sum` is minutes into a session). With
    `points`, bulleted lines under a span (`- Flash cards`) are its items and not counted."""
    if node.kind != "code":
        return False
    lines = [item for item in node.items if not _RULE.match(item.text)]
    timed = _spans(node)
    text = len(lines) - (_points(lines, timed) if points else 0)
    if len(timed) < 2 or 2 * len(timed) < text:
        return False
    return not any(_starts_at_midnight(item.text) for item in timed)


def in_code(nodes: list[Node]) -> bool:
    """Whether times of day stand in a code block among `nodes` (for the message that says so)."""
    return any(
        node.kind == "code" and any(find_point_time(item.text) is not None for item in node.items)
        for node in nodes
    )


def sum_of(heading: RawBlock, blocks: list[RawBlock]) -> bool:
    """Whether a heading block (`## Timetable (5 hours)`, no items, no time of day) stands over
    a timetable as its sum: then it is taken out of `blocks`, as no block of its own."""
    if heading.items or heading.at is not None or not any(b is heading for b in blocks):
        return False
    blocks[:] = [b for b in blocks if b is not heading]
    return True
