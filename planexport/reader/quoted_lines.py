"""Blockquotes whose lines give times of day or labelled lengths, read as the text they quote."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.fenced import unfenced
from planexport.reader.lazy import lazy
from planexport.reader.time_starts import starts_timed

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["own_blocks", "unquote_timed"]

_QUOTE = lazy(r"^ {0,3}>")
_MARKS = lazy(r"^ {0,3}(?:> ?)+")
_CALLOUT = lazy(r"^\s*\[![\w-]+\][-+]?")


def unquote_timed(text: str) -> str:
    """`text` with the `>` marks taken off each top-level blockquote that has a line starting
    with a time of day (`> 8:45 - 9:00 : Check In`) or a length its label follows (`> 15 min:
    Listening`): a person reads those lines as the day's lines, like any paragraph; a quote
    with no time stays a quote. The header line of an Obsidian callout (`> [!note] Title`) over
    timed lines is left blank: its label is no line of the plan. Line numbers do not change."""
    if ">" not in text:
        return text
    lines = text.split("\n")
    outside = set(unfenced(lines))  # a quote mark's line is never a fence's
    run: list[int] = []
    for at, line in enumerate([*lines, ""]):
        if at in outside and _QUOTE.match(line):
            run.append(at)
            continue
        if run:
            _unquote(lines, run)
            run = []
    return "\n".join(lines)


def _unquote(lines: list[str], run: list[int]) -> None:
    """The lines of one blockquote (indexes `run`) without their marks, when one gives a time."""
    bare = [_MARKS.sub("", lines[at], count=1) for at in run]
    if not any(starts_timed(text) or _length_label(text) for text in bare):
        return
    for at, text in zip(run, bare, strict=True):
        lines[at] = "" if _CALLOUT.match(text) else text


def _length_label(text: str) -> bool:
    """Whether a quoted line starts with a length its label follows (`15 min: Listening`,
    `**30 min** – Drills`): a block set off as a quote, read as the same line unquoted."""
    if not any(ch.isdigit() for ch in text[:6]):
        return False
    from planexport.reader.durations import find_duration

    found = find_duration(text)
    if found is None or found.at is not None or found.start > 4:
        return False
    rest = text[found.end :].lstrip("*_ )")
    return rest[:1] in (":", "-", "\u2013", "\u2014") and bool(rest[1:].strip())


def own_blocks(node: Node, *, end: int) -> bool:
    """Whether a list under a span line holds blocks of its own rather than the span's parts:
    each item starts with a clock span that begins at or after `end`, where the line above ends
    (`08:00 - 09:30 Exercícios` over `- 14:00 - 15:00 Revisão`), or the list is plain length
    lines written beside the span line (`Lecture (90 min)` after `09:00-10:00 Algebra`)."""
    from planexport.reader.durations import find_duration

    items = node.items
    if node.beside:
        return True
    if not items:
        return False
    for item in items:
        found = find_duration(item.text)
        if found is None or found.at is None or found.start > 4 or found.at < end:
            return False
    return True
