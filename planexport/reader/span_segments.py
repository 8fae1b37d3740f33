"""A line of several clock spans, each with its own title (`- Monday: 9:00-11:00 Calculus,
14:00-16:00 Physics`) or all with the title after the last (`- 10:00-12:00, 19:00-22:00 CSS
course`): one line a span, as if each were written on a line of its own."""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node

__all__ = ["split_span_items"]

# "9:00-11:00", "2-4pm", "10am - 12pm", "14.00–16.00": a span of clock time as a line starts.
_SPAN = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*[-\u2013\u2014]\s*\d{1,2}(?:[:.]\d{2})?"
# A comma or semicolon with the next span right after it: where one entry ends.
_CUT = lazy(rf"\s*[,;]\s+(?=[*_]*{_SPAN})", re.IGNORECASE)
_WORD = lazy(r"[^\W\d_]{2,}")


def split_span_items(nodes: list[Node]) -> list[Node]:
    """The nodes, with each list item (or paragraph of one line) that starts with a span and
    gives two or more spans each with a title (after a weekday's label or none) cut into one
    item a span, each with that label: `Monday: 14:00-16:00 Physics` is then its own line. An
    item with nested lines, or with a part that is no span and title (`9:00-10:00 Lecture,
    room 3`), stays as written."""
    out: list[Node] = []
    for node in nodes:
        if node.kind == "paragraph" and "\n" not in node.text and _cuts(node.text):
            # "9:00-11:00 Calculus, 14:00-16:00 Physics" on a line of its own, unbulleted
            parts = _parts(node.text)
            lone = [Item(part, node.line) for part in parts or []]
            out.append(Node("list", node.line, items=lone) if lone else node)
            continue
        if node.kind != "list" or not any(_cuts(item.text) for item in node.items):
            out.append(node)  # the usual list: no comma before a second span
            continue
        items: list[Item] = []
        for item in node.items:
            parts = None if item.children or item.more or item.after else _parts(item.text)
            items += [item] if parts is None else [Item(part, item.line) for part in parts]
        out.append(Node("list", node.line, items=items) if len(items) != len(node.items) else node)
    return out


def _cuts(text: str) -> bool:
    """Whether a comma or semicolon in `text` has a span right after it (a substring first)."""
    return ("," in text or ";" in text) and _CUT.search(text) is not None


def _parts(text: str) -> list[str] | None:
    from planexport.reader.day_headings import weekday_item

    match = weekday_item(text)
    lead, rest = (text[: match.start("rest")], match["rest"]) if match else ("", text)
    pieces = _CUT.split(rest)
    if len(pieces) < 2 or not _entry(pieces[-1]):
        return None
    if not all(_entry(piece) for piece in pieces[:-1]):
        # "10:00-12:00, 19:00-22:00 CSS course": bare spans before the last share its title
        found = find_duration(pieces[-1])
        if found is None or not all(_bare(piece) for piece in pieces[:-1]):
            return None
        title = pieces[-1][found.end :].rstrip()
        return [f"{lead}{piece.strip()}{title}" for piece in pieces[:-1]] + [lead + pieces[-1]]
    return [f"{lead}{piece.strip()}" for piece in pieces]


def _bare(piece: str) -> bool:
    """Whether a piece is a span and nothing else (`10:00-12:00`, `**9-11 AM**`)."""
    found = find_duration(piece)
    return (
        found is not None
        and found.at is not None
        and not (piece[: found.start].strip(" *_`") or piece[found.end :].strip(" *_`"))
    )


def _entry(piece: str) -> bool:
    """Whether a piece is a span first and a title after it (`14:00-16:00 Physics`)."""
    found = find_duration(piece)
    if found is None or found.at is None or piece[: found.start].strip(" *_`"):
        return False
    return _WORD.search(piece[found.end :]) is not None
