"""Plain lines in a day that read as blocks (`### Day 1` / `Arrays (2h)` / `Strings 1h`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.beside_spans import mark_beside
from planexport.reader.day_lines import raw_lines
from planexport.reader.h_starts import h_start
from planexport.reader.lazy import lazy
from planexport.reader.line_parts import with_parts
from planexport.reader.line_segments import block_line, segments
from planexport.reader.outline import Item, Node, unwrap
from planexport.reader.part_sentences import part_title
from planexport.reader.time_headings import under_time_heading

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx

__all__ = ["plain_lines"]

# A bold line (`**Break (10 minutes)**`, `**4-Hour Plan**`) is read as the bold line it is.
_BOLD = lazy(r"^[^\w*_]{0,4}(?:\*\*|__)")


def _is_day(text: str) -> bool:
    from planexport.reader.day_headings import day_match, weekday_heading

    text = unwrap(text)
    return bool(day_match(text) or weekday_heading(text))


def plain_lines(nodes: list[Node], lines: list[str], ctx: Ctx | None = None) -> list[Node]:
    """The nodes, with a paragraph in a day whose every line reads as a block (`Arrays (2h)`,
    `Hashing 90 min`, `45 min: warm-up`, `Arrays (2h), Strings (1h)`) read as a list, a line an
    item, as bullets would be; a paragraph with any other line (a sentence) stays a note. In a
    plan with no day and nothing else timed, such paragraphs are its one day's blocks. A block
    line's untimed lines under it in its paragraph are its items; a line that goes on after its
    length (`Cooldown 5 min easy stretching.`) is a block in a day where another plain line is
    one (else a note, said in `ctx`); bullets right under a block line that sum to its length
    are its parts. A sentence whose length is a part's (`Some reading and then a nap for 25
    minutes.`) is no block line."""
    from planexport.reader.durations import find_duration

    # A plan of nothing but plain lines (no day, no timed list or table) is one day of them,
    # as the same lines bulleted would be.
    alone = not any(
        (n.kind == "heading" and _is_day(n.text))
        or n.kind == "table"
        or (n.kind == "list" and any(find_duration(i.text) for i in n.items))
        for n in nodes
    )
    texts_of: dict[int, list[str]] = {}
    day_of: dict[int, int] = {}  # a paragraph's position: its day heading's
    heads: list[tuple[int, bool, int]] = []  # the headings above: (level, names a day, position)
    span_end: int | None = None  # where the day's last clock span line ends
    for pos, node in enumerate(nodes):
        if node.kind == "heading":
            while heads and heads[-1][0] >= node.level:
                heads.pop()
            heads.append((node.level, _is_day(node.text), pos))
            span_end = None if _is_day(node.text) else span_end
        days = [at for _, day, at in heads if day]
        texts = raw_lines(node, lines) if node.kind == "paragraph" and (alone or days) else None
        if texts and len(texts) == 1 and under_time_heading(nodes, pos):
            continue  # "### 14:00" over "Übungsblatt (90 Min.)": the heading's block, read there
        if (
            texts
            and len(texts) == 1
            and span_end is not None
            and h_start(texts[0], span_end) is not None
        ):
            continue  # "14h20 Équipe verte" after "09h00 - 10h30 Théorie": a start, read there
        if (
            node.kind == "paragraph"
            and (found := find_duration(node.text))
            and found.at is not None
        ):
            span_end = found.at + found.hi
        if texts and not _BOLD.match(texts[0]):
            texts_of[pos], day_of[pos] = texts, days[-1] if days else -1
    read = {pos: _items(texts, nodes[pos].line, led=False) for pos, texts in texts_of.items()}
    # "Cooldown 5 min easy stretching.": a line led by its block, in a day of block lines.
    sure = {day_of[pos] for pos, items in read.items() if items}
    for pos, texts in texts_of.items():
        if read[pos] is None and day_of[pos] in sure:
            read[pos] = _items(texts, nodes[pos].line, led=True)
        elif read[pos] is None and ctx is not None and day_of[pos] >= 0:
            from planexport.reader.run_on_lines import warn_lone

            warn_lone(texts, nodes[pos].line, ctx)
    out: list[Node] = []
    made: set[int] = set()
    for pos, node in enumerate(nodes):
        items = read.get(pos)
        if items:
            made.add(pos)
            out.append(Node("list", node.line, items=items))
            continue
        out.append(node)
    mark_beside(out, made)  # "Lecture (90 min)" after "09:00-10:00 Algebra": a block of its own
    return with_parts(out, made)


def _items(texts: list[str], line: int, *, led: bool) -> list[Item] | None:
    if any(_BOLD.match(text) for text in texts):
        return None
    if any(part_title(text) is not None for text in texts):
        return None  # "Some reading and then a short power nap for 25 minutes.": a sentence
    if all(block_line(text) or segments(text) for text in texts):
        return [Item(text, line + n) for n, text in enumerate(texts)]
    from planexport.reader.run_on_lines import paragraph_items

    return paragraph_items(texts, line, led=led)
