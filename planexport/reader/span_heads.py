"""A heading with its own clock span (`## W-2 (11:15AM – 01:15PM) → Mock test`) is one block."""

from __future__ import annotations

import re

from planexport.reader.blocks import Ctx, RawBlock, is_break, is_total, session_name
from planexport.reader.durations import Found, find_duration, parse_duration, start_time
from planexport.reader.outline import Item, Node

__all__ = ["fits_span", "span_block"]


def _clocked(text: str) -> bool:
    """Whether a line gives a time of day of its own (`09:00–10:00 Math`, `` `09:30` Welcome ``)."""
    found = find_duration(text)
    return (found is not None and found.at is not None) or start_time(text) is not None


def _items_clocked(items: list[Item]) -> bool:
    return any(_clocked(i.text) or _items_clocked(i.children) for i in items)


def span_block(text: str, found: Found | None, below: list[Node]) -> bool:
    """Whether a heading with a clock span is one block of its span, its lines its items.

    `### Bloc 1 | 08:00-10:00 | STATS` over `- [ ] Exercise sheet (~1h30-2h)`, `- 1 HR live
    test`: the lengths its bullets mention are parts of it, not blocks of their own. A part of
    the day (`### Mañana (9:00 - 12:00)`) over timed lines and a heading whose first lines have
    clock times of their own (`- 9:00–10:00 Math`) group those lines instead. A timed line after
    its list (`**21:30-23:00 - Catch-up**`) is the next block, not one of its lines.
    """
    if found is None or found.at is None or not below:
        return False
    name = session_name(text)
    if name is not None and not re.search(r"\d", name):
        # "### Afternoon (14:00-18:00)": a part of the day, unless its points are mostly untimed
        return _mostly_untimed(found, below)
    if _inner_spans(found, below) >= 2:
        return False  # "### Bloco 2 (14:30-16:00)" over "**14:30-15:00 — Ler (30 min):**", …
    first = below[0]
    if first.kind == "list":
        return not _items_clocked(first.items)
    if first.kind == "paragraph":
        return not _clocked(first.text) and not (is_total(first.text) and len(below) == 1)
    return False


def fits_span(raw: RawBlock, below: list[Node], ctx: Ctx) -> None:
    """Warn when the lengths its first lines mention add up to more than a span block's span."""
    total = 0
    for node in below:
        if node.kind != "list":
            break
        for item in node.items:
            found = parse_duration(item.text)
            if found is not None and not is_break(item.text):
                total += found[0]
    if total > raw.hi:
        ctx.warn(
            raw.line,
            f'the lines under "{raw.title}" add up to {total} min, more than its span of '
            f"{raw.hi} min: read as one block of its span",
        )


def _mostly_untimed(found: Found, below: list[Node]) -> bool:
    """Whether a part of the day's span holds points at least half of which give no length, the
    timed ones shorter than the span together: `### Morning (6:00-8:30 AM)` over `- [ ] CS50
    Lecture 0 (90 min)` and `- [ ] Take notes` is one block of the morning, the lecture one of
    its points; over `- Math (90 min)`, `- Physics (60 min)` and `- Tidy up` it groups the two."""
    if any(n.kind != "list" for n in below):
        return False
    items = [i for n in below for i in n.items if not is_break(i.text)]
    lengths = [find_duration(i.text) for i in items]
    timed = [f for f in lengths if f is not None]
    if any(f.at is not None for f in timed) or _items_clocked(items):
        return False
    return 2 * len(timed) <= len(items) and sum(f.lo for f in timed) < found.hi


def _inner_spans(found: Found, below: list[Node]) -> int:
    """How many lines under a span heading have clock spans of their own inside its span: its
    steps, each a block of the heading's part of the day."""
    assert found.at is not None
    end = found.at + found.hi
    texts = [n.text for n in below if n.kind == "paragraph"]
    texts += [item.text for n in below if n.kind == "list" for item in n.items]
    count = 0
    for text in texts:
        inner = find_duration(text)
        if inner is not None and inner.at is not None and found.at <= inner.at < end:
            count += inner.at + inner.hi <= end
    return count
