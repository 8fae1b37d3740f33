"""Headings that give their start time in brackets after the title (`## Sveglia (6.07)`, `## Wake
up (6:30)`, `## ⏰ Réveil (6h30)`): an agenda of starts, each lasting until the next."""

from __future__ import annotations

import dataclasses
import re

from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.words import DAY_WORDS, WEEKDAYS, fold

__all__ = ["bracket_starts"]

# "(6.07)", "(06:30)", "(6h30)", "(7:45 am)": a time of day with its minutes, alone in the
# bracket that ends the heading. A dotted time needs its two digits of minutes, so "(1.5)" stays
# a number. "(8.25 8.40)", "(8:25 - 8:40)", "(8h25 à 8h40)": two times are the block's span;
# "(8.25 / 8.40)", "(8.25 o 8.40)": two starts to choose from, the first read.
_CLOCK = r"(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*[ap]\.?m\.?)?"
_TRAILING = lazy(
    rf"^(?P<title>.*?\S)\s*\(\s*(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)(?P<half>\s*[ap]\.?m\.?)?"
    r"(?:(?P<choice>\s*(?:/|or|o|oder|ou|of)\s*)"
    r"|\s*(?:[-\u2013\u2014]|to|till|until|bis|a|al|alle|à|às|até|tot)?\s*)"
    rf"(?P<end>{_CLOCK})?\s*\)[*_\s]*$",
    re.IGNORECASE,
)

_SPAN = lazy(r" \(\d+ min\)$")  # "08:25 Work (15 min)", as `_start` writes a span
_FIRST_WORD = lazy(r"^[\W_]*(?P<word>[^\W\d_]+(?:-feira)?)")
_DAY = lazy(rf"^[\W_]*{DAY_WORDS}\s*\d", re.IGNORECASE)


def bracket_starts(nodes: list[Node]) -> list[Node]:
    """The nodes with each heading that ends in its start time written with the time first
    (`## Sveglia (6.07)` as `## 06:07 Sveglia`), when at least two headings do so and their
    times go forward (under each heading above them); a single such heading may be anything
    (`## Release (1.10)`), and a day's heading (`## Monday (18:00)`) stays a day."""
    if sum(1 for node in nodes if node.kind == "heading" and "(" in node.text) < 2:
        return nodes  # most plans, cheaply
    found: dict[int, tuple[int, str]] = {}
    last: tuple[int, int] | None = None  # the level and time of the heading before
    for idx, node in enumerate(nodes):
        if node.kind != "heading":
            continue
        start = _start(node)
        if start is None:
            if last is not None and node.level < last[0]:
                last = None  # "## Day 2" over "### Lecture (9:00)" again: a new run
            continue
        if last is not None and start[0] <= last[1]:
            return nodes  # "## Exam (10:00)" after "## Review (14:00)": not one agenda
        found[idx], last = start, (node.level, start[0])
    if sum(1 for _, text in found.values() if not _SPAN.search(text)) < 2:
        return nodes  # "## Morning (09:00 - 12:00)": sessions with their span, read as such
    return [
        dataclasses.replace(node, text=found[idx][1]) if idx in found else node
        for idx, node in enumerate(nodes)
    ]


def _start(node: Node) -> tuple[int, str] | None:
    """The minutes and `06:07 Sveglia` for the heading `Sveglia (6.07)`, or None when it is not
    such a heading."""
    if "(" not in node.text:
        return None
    match = _TRAILING.match(node.text)
    if match is None or re.search(r"\d\s*[:.h]\s*\d", match.group("title")):
        return None  # "## 09:00 Talk (10:30)": a time of its own already
    title = match.group("title").strip()
    word = _FIRST_WORD.match(unwrap(title))
    if _DAY.match(title) or (word and len(word["word"]) > 3 and fold(word["word"]) in WEEKDAYS):
        return None  # "## Monday (18:00)", "## Day 2 (9:00)": a day and its hour
    hour, half = int(match.group("h")), (match.group("half") or "").strip()
    minutes = (hour % 12 + (12 if half.lower().startswith("p") else 0)) * 60 if half else hour * 60
    clock = f"{hour:02d}:{match.group('m')}{' ' + half if half else ''}"
    at = minutes + int(match.group("m"))
    end = match.group("end")
    if end is not None and match.group("choice") is None:
        # "(8.25 8.40)": from 08:25 to 08:40, a start with its length as the agenda reads it
        return at, f"{clock} {title} ({(_end_minutes(end, half) - at) % (24 * 60)} min)"
    return at, f"{clock} {title}"


def _end_minutes(text: str, half: str) -> int:
    """The minutes of the day of `8.40`, `8h40` or `8:40 pm` (with the start's am/pm)."""
    match = re.match(r"(\d+)[:.h](\d\d)\s*([ap])?", text.strip(), re.IGNORECASE)
    assert match is not None
    hour, mark = int(match.group(1)), (match.group(3) or half[:1]).lower()
    if mark:
        hour = hour % 12 + (12 if mark == "p" else 0)
    return hour * 60 + int(match.group(2))
