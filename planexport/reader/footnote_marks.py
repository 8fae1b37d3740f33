"""Markdown footnotes: marks in a line or a cell (`9:00[^1] - 11:00`, `Lezione[^note]`) are never
part of a time or a title, so they go before the plan is read; a footnote's definition
(`[^1]: Only in even weeks`) is a note of each day where its mark is used, shown as its text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    import re

    from planexport.model import Day
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["Footnotes", "drop_footnote_marks", "footnoted"]

# "[^1]", "[^note]" with the blanks before it; not escaped ("\[^1]"), not in a code span.
_MARK = lazy(r"`+[^`\n]*`+|[ \t]*(?<!\\)\[\^[^\]\s]+\]")
# "[^1]: l'orario può cambiare": a footnote's own text starts its line with its mark.
_DEFINITION = lazy(r"^ {0,3}\[\^(?P<label>[^\]\s]+)\]:")
_FENCE = lazy(r"^\s{0,3}(```|~~~)")
# A line that starts a block of its own, not more of a footnote's text: "## Day 2", "- item".
_OWN_BLOCK = lazy(r"^ {0,3}(?:#|[-*+>|<]|\d+[.)]\s|```|~~~|\[\^)")


@dataclass
class Footnotes:
    """A plan's footnotes: each one's text by its label, and the lines where marks are used."""

    texts: dict[str, tuple[int, str]] = field(default_factory=dict)  # label: line, text
    uses: dict[str, list[int]] = field(default_factory=dict)  # label: the lines of its marks


def drop_footnote_marks(text: str, found: Footnotes | None = None) -> str:
    """`text` with each footnote mark left out (`9:00[^1] - 11:00` is `9:00 - 11:00`); code
    blocks and code spans stay as written. A footnote's definition keeps its mark, or, given
    `found`, is taken out of the text (its lines left blank) and kept there with the marks'
    lines, for `footnoted`."""
    if "[^" not in text:
        return text  # the usual case, at no cost
    lines = text.split("\n")
    fenced = False
    for n, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and "[^" in line:
            m = _DEFINITION.match(line)
            head = m.end() if m else 0
            if found is not None:
                for mark in _MARK.finditer(line, head):
                    label = mark.group().strip()[2:-1]
                    if not mark.group().lstrip().startswith("`"):
                        found.uses.setdefault(label, []).append(n + 1)
            lines[n] = line[:head] + _MARK.sub(_kept_code, line[head:])
    if found is not None:
        _take_definitions(lines, found)
    return "\n".join(lines)


def _take_definitions(lines: list[str], found: Footnotes) -> None:
    fenced = False
    for n, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
        m = None if fenced else _DEFINITION.match(line)
        if m is None:
            continue
        words, end = [line[m.end() :].strip()], n + 1
        # "[^1]: Only in even weeks" over "    and never in May": one footnote
        while end < len(lines) and lines[end].strip() and not _OWN_BLOCK.match(lines[end]):
            words.append(lines[end].strip())
            end += 1
        note = " ".join(word for word in words if word)
        if note:
            found.texts.setdefault(m.group("label"), (n + 1, note))
        lines[n:end] = [""] * (end - n)


def footnoted(
    days: list[Day],
    lines: dict[tuple[int, int, int], int],
    nodes: list[Node],
    spans: list[DaySpan],
    ctx: Ctx,
) -> list[Day]:
    """`days` with each footnote a note of the days where its mark is used (of the day where it
    is written when its mark is in none); a footnote in no day is not kept."""
    found = ctx.footnotes
    if not found.texts:
        return days
    by_line: dict[int, set[int]] = {}  # a block's line: its days ("Days 6–7" share theirs)
    for (day, _, _), line in lines.items():
        if day < len(days):
            by_line.setdefault(line, set()).add(day)
    # Each day's lines: from its heading (or its table) to the node after its last one.
    ranges: list[tuple[int, int, list[int]]] = []
    for span in spans:
        first = nodes[span.start].line if 0 <= span.start < len(nodes) else 0
        last = nodes[span.end].line - 1 if span.end < len(nodes) else 1 << 30
        held = sorted({d for line, held in by_line.items() if first <= line <= last for d in held})
        if not held:  # "## Tuesday" over "Rest day.": no block says which day it is, its number
            held = [n for n, day in enumerate(days) if day.number in span.numbers]
            held = held if len(held) == len(span.numbers) else []
        ranges.append((first, last, held))

    def days_at(line: int) -> list[int]:
        if line in by_line:
            return sorted(by_line[line])
        inside = [r for r in ranges if r[0] <= line <= r[1] and r[2]]
        return min(inside, key=lambda r: r[1] - r[0])[2] if inside else []

    notes: dict[int, list[str]] = {}
    for label, (line, text) in found.texts.items():
        where = sorted({d for use in found.uses.get(label, []) for d in days_at(use)})
        for day in where or days_at(line):
            if text not in days[day].notes and text not in notes.setdefault(day, []):
                notes[day].append(text)
    return [
        day.model_copy(update={"notes": (*day.notes, *notes[n])}) if notes.get(n) else day
        for n, day in enumerate(days)
    ]


def _kept_code(match: re.Match[str]) -> str:
    return match.group() if match.group().startswith("`") else ""
