"""Labelled lines whose bold part is a date with a clock span and no weekday (`Meeting: **November
3, 15:15–17:00**`, `- Lecture: **Nov 4, 9:00-10:30**`, `Workshop — **3 November, 14:00–16:00**`,
`Treffen: **3. November, 15:15–17:00**`): read as `label_dated_lines` reads a labelled line with
a weekday before its date, a dated day per date and a block pinned to the span, titled by the
label. The bold is what makes a date without its weekday a day's date: a person reads
`Deadline: 3 November, 17:00-18:00` as the same, but a plain line says it less surely.

Paragraphs of such lines, one line each, are read as the list they would be with bullets.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from planexport.reader.dates import date_in
from planexport.reader.durations import DASH, find_duration
from planexport.reader.lazy import Lazy, lazy
from planexport.reader.outline import Item, Node

__all__ = ["BoldDated", "bold_dated", "bold_dated_paragraphs", "dated_span"]

# "[ ] 📌 Meeting: **November 3, 15:15–17:00**, Room 4": a task box, marks, a short label that
# starts with a letter, a colon or a spaced dash, then the bold part and what follows it.
_LINE = lazy(
    rf"^(?P<box>\[[ xX]\]\s+)?(?:[^\w\s:*_\[]\s*)*"
    rf"(?P<label>[^\W\d_][^:|*_]{{0,38}}?)\s*(?::|\s[{DASH}])\s*"
    r"(?P<mark>\*\*|__)(?P<bold>[^*_]+?)(?P=mark)(?P<after>.*)$",
)
# What may stand between the date and its span: ", ", " (", " | ", " – ", " at ".
_BETWEEN = lazy(rf"^[\s,;(|{DASH}]*(?:(?:at|um|à|a las|alle|às|om)\s*)?$", re.IGNORECASE)


class BoldDated(NamedTuple):
    """One line: its label, its date as written, its span (minutes) and what follows it."""

    label: str
    date: str  # "November 3"
    start: int
    end: int
    note: str
    box: str


def bold_dated(text: str) -> BoldDated | None:
    """The line `text` writes (`Meeting: **November 3, 15:15–17:00**, Room 4`), or None: a
    label, then a date in bold first thing, then a clock span in the bold part or after it."""
    match = _LINE.match(text.strip())
    if match is None or len(match["label"].split()) > 6:
        return None
    found = dated_span(match["bold"].strip(), match["after"], _BETWEEN)
    if found is None:
        return None
    date, start, end, note = found
    return BoldDated(match["label"].strip(), date, start, end, note, match["box"] or "")


def dated_span(text: str, after: str, between: Lazy) -> tuple[str, int, int, str] | None:
    """A date first thing in `text`, then only what `between` allows, then one clock span in
    `text` or in `after` (`November 3, 15:15–17:00`, `, Room 4`): the date as written, the
    span's start and end in minutes and what follows the span, or None."""
    _, hit = date_in(text, None)
    if hit is None or hit.start() != 0:
        return None
    tail = f"{text[hit.end() :]}{after}"
    found = find_duration(tail)
    if found is None or found.at is None or found.lo != found.hi or found.hi <= 0:
        return None
    if not between.match(tail[: found.start]):
        return None
    note = tail[found.end :].strip().lstrip(f".,;:)|{DASH} ").rstrip(" .;,")
    return hit.group(0), found.at, found.at + found.hi, note


def bold_dated_paragraphs(nodes: list[Node], source: list[str]) -> list[Node]:
    """`nodes`, with each paragraph whose every line is a labelled bold date with a span (see
    `bold_dated`) as the list of those lines it would be with bullets (`source`: the text's
    lines, as a paragraph's text joins them); paragraphs of them one after another, a blank
    line between each, are one list."""
    out: list[Node] = []
    made: set[int] = set()  # the lists made here, which a next paragraph of such lines joins
    for node in nodes:
        if node.kind != "paragraph" or ("**" not in node.text and "__" not in node.text):
            out.append(node)
            continue
        lines: list[str] = []
        for text in source[node.line - 1 :]:
            if not text.strip():
                break
            lines.append(text.strip())
        if " ".join(lines).split() != node.text.split():
            out.append(node)  # a paragraph that ends at a heading or list: left as it is
            continue
        if not all(bold_dated(line) is not None for line in lines):
            out.append(node)
            continue
        items = [Item(line, node.line + n) for n, line in enumerate(lines)]
        if out and id(out[-1]) in made:
            out[-1].items += items  # the paragraph before was such lines too: one list
        else:
            out.append(Node("list", node.line, items=items))
            made.add(id(out[-1]))
    return out
