"""A timetable in a code block: `08:00 - 09:30 | Reading` spans or `06:00 Wake up` starts."""

from __future__ import annotations

from planexport.reader.beside_spans import code_beside
from planexport.reader.blocks import Ctx, RawBlock, is_break, tidy, try_block
from planexport.reader.durations import find_duration, find_point_time, start_time
from planexport.reader.last_starts import regular_step
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node

__all__ = ["code_agenda", "first_start", "in_code", "is_timetable", "sum_of", "timetable_lines"]

_RULE = lazy(r"^[\s\-=|+_*~#.]*$")  # "-----", "|===|": drawing, not text
# "- Flash cards", "* Labs", "• Quiz", "2. Review", "└── Teoría": a point under the line above
_POINT = lazy(r"^(?:[-*+•]\s+|\d{1,2}[.)]\s+|[└├│][─-]*\s*)(?=\S)")


def _spans(node: Node) -> list[Item]:
    found = [(item, find_duration(item.text)) for item in node.items]
    return [item for item, span in found if span is not None and span.at is not None]


def _starts(node: Node) -> list[Item]:
    """The lines of a code block that give a start time (`06:00 Wake up`), not a span."""
    return [item for item in node.items if _start(item.text) is not None]


def timetable_lines(node: Node) -> int:
    """How many lines of a code block written in start times (`06:00 Wake up`) give a time of
    day; 0 for any other code (a block of clock spans counts where its day is)."""
    starts = len(_starts(node))
    return starts + len(_spans(node)) if starts >= 2 and is_timetable(node) else 0


def _start(text: str) -> tuple[int, str] | None:
    """`06:00 Wake up`, `21:00 Review (30 min)`: a start time and a title, no clock span."""
    start = start_time(text.strip())
    if start is None or not tidy(start[1]):
        return None
    found = find_duration(start[1])
    return start if found is None or found.at is None else None


def _starts_at_midnight(text: str) -> bool:
    span = find_duration(text)
    return span is not None and span.at == 0


def first_start(nodes: list[Node], idx: int) -> int | None:
    """The time the next code timetable after `nodes[idx]` opens with, across headings and rules
    (`### Work` over `07:20 Arrive` after a block ending `06:00 Bus`); None when other lines
    come first."""
    for node in nodes[idx + 1 :]:
        if node.kind in ("heading", "hr"):
            continue
        if node.kind != "code" or not is_timetable(node):
            return None
        for item in node.items:
            start = _start(item.text)
            span = find_duration(item.text)
            if start is not None:
                return start[0]
            if span is not None and span.at is not None:
                return span.at
        return None
    return None


def code_agenda(node: Node, ctx: Ctx, until: int | None = None) -> list[RawBlock]:
    """The blocks of a code block whose lines are clock spans (`08:00 - 09:30 | Reading`),
    breaks as gaps; a line with no time below a block is one of its items. Start times
    (`06:00 Wake up`) last until the next line's time, the last until `until` (the next code
    timetable's first start) or its own length, else it is warned. [] when the code is
    something else (a template, a script, a log)."""
    if not is_timetable(node):
        return []
    lines = [item for item in node.items if not _RULE.match(item.text)]
    timed = _spans(node)
    if len(_starts(node)) >= 2:
        return _start_blocks(lines, ctx, until)
    blocks: list[RawBlock] = []
    last: RawBlock | None = None
    beside = code_beside(lines, timed)  # "Lecture (90 min)" between span lines: a block
    for pos, item in enumerate(lines):
        if pos in beside:
            last = try_block(item.text, [], item.line, ctx)
            if last is not None and not is_break(last.title):
                blocks.append(last)
            last = None
            continue
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


def _start_blocks(lines: list[Item], ctx: Ctx, until: int | None) -> list[RawBlock]:
    """`06:00 Wake up`, `06:30 Gym`, …: each line a block until the next line's time."""
    times: list[int | None] = []
    for item in lines:
        start = start_time(item.text.strip())
        span = find_duration(item.text)
        times.append(start[0] if start else span.at if span is not None else None)
    blocks: list[RawBlock] = []
    last: RawBlock | None = None
    for pos, item in enumerate(lines):
        start = start_time(item.text.strip())
        if times[pos] is None:
            if last is not None:
                last.items.append(Item(_POINT.sub("", item.text.strip("|- "), count=1), item.line))
            continue
        if start is None:
            last = try_block(item.text, [], item.line, ctx)  # "12:00 - 13:00 Lunch" among them
        elif find_duration(start[1]) is not None:
            last = try_block(start[1], [], item.line, ctx)  # "21:00 Review (30 min)"
            if last is not None:
                last.at = start[0]
        else:
            after = next((t for t in times[pos + 1 :] if t is not None), until)
            title = tidy(start[1])
            earlier = [i.text for i, t in zip(lines[:pos], times, strict=False) if t is not None]
            alone = all(find_duration(text) is None for text in earlier)  # starts, no spans
            step = regular_step([t for t in times[: pos + 1] if t is not None]) if alone else None
            if after is None and step is not None and not is_break(title):
                # "14:00", "14:20", "14:40 Team C": the last lasts a step, as the others
                why = f"read as {step} min like the ones before"
                ctx.warn(item.line, f'"{title}" has a start time but no length: {why}')
                after = start[0] + step
            if after is None or after <= start[0]:
                ctx.warn(item.line, f'"{title}" has a start time but no length')
                last = None
                continue
            last = RawBlock(title, None, after - start[0], after - start[0], None, [], item.line)
            last.at, last.guessed = start[0], True
        if last is None or is_break(last.title):
            last = None  # "12:00 Almoço": a gap until the next start
            continue
        blocks.append(last)
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
    if len(_starts(node)) >= 2:
        # "06:00 Wake up", "06:30 Gym": start times, with spans among them
        timed = [*timed, *_starts(node)]
        first = _start(lines[0].text)
        if first is not None and first[0] == 0:
            return False  # "0:00 intro", "0:45 setup": minutes into a video, not times of day
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
