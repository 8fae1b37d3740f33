"""Plain lines in a day that read as blocks (`### Day 1` / `Arrays (2h)` / `Strings 1h`)."""

from __future__ import annotations

from planexport.reader.day_lines import raw_lines
from planexport.reader.lazy import lazy
from planexport.reader.line_segments import block_line, segments
from planexport.reader.outline import Item, Node, unwrap

__all__ = ["plain_lines"]

# A bold line (`**Break (10 minutes)**`, `**4-Hour Plan**`) is read as the bold line it is.
_BOLD = lazy(r"^[^\w*_]{0,4}(?:\*\*|__)")


def _is_day(text: str) -> bool:
    from planexport.reader.day_headings import day_match, weekday_heading

    text = unwrap(text)
    return bool(day_match(text) or weekday_heading(text))


def plain_lines(nodes: list[Node], lines: list[str]) -> list[Node]:
    """The nodes, with a paragraph in a day whose every line reads as a block (`Arrays (2h)`,
    `Hashing 90 min`, `45 min: warm-up`, `Arrays (2h), Strings (1h)`) read as a list, a line an
    item, as bullets would be; a paragraph with any other line (a sentence) stays a note. In a
    plan with no day and nothing else timed, such paragraphs are its one day's blocks."""
    from planexport.reader.durations import find_duration

    # A plan of nothing but plain lines (no day, no timed list or table) is one day of them,
    # as the same lines bulleted would be.
    alone = not any(
        (n.kind == "heading" and _is_day(n.text))
        or n.kind == "table"
        or (n.kind == "list" and any(find_duration(i.text) for i in n.items))
        for n in nodes
    )
    out: list[Node] = []
    heads: list[tuple[int, bool]] = []  # the headings above: (level, names a day)
    for node in nodes:
        if node.kind == "heading":
            while heads and heads[-1][0] >= node.level:
                heads.pop()
            heads.append((node.level, _is_day(node.text)))
        texts = (
            raw_lines(node, lines)
            if node.kind == "paragraph" and (alone or any(day for _, day in heads))
            else None
        )
        if texts and all(
            not _BOLD.match(text) and (block_line(text) or segments(text)) for text in texts
        ):
            items = [Item(text, node.line + n) for n, text in enumerate(texts)]
            out.append(Node("list", node.line, items=items))
            continue
        out.append(node)
    return out
