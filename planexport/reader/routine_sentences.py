"""A sentence under a heading that names the weekdays its routine is for (`This routine is for
Monday to Friday.`, `Von Montag bis Freitag gilt:`, `Du lundi au vendredi :`): each of those
days is titled by its weekday in the sentence's language, and the sentence, read, is no note."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.dates import ORDER
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.range_words import worded_range
from planexport.reader.words import WEEKDAY_TITLES, fold

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan

__all__ = ["sentence_days", "sentence_range"]

# Where a word starts: a range in words may begin at any of them.
_WORD = lazy(r"(?<![^\W\d_])[^\W\d_]")
# "**Monday to Friday:**" leads with its label in bold: a day line of its own, read as such.
_BOLD = lazy(r"^[^\w*_]*(\*\*|__)")


def sentence_range(nodes: list[Node]) -> list[str]:
    """The weekdays the paragraph opening a heading's section names as a range in words, when
    the section is one routine (no heading inside it), else []."""
    if not nodes or nodes[0].kind != "paragraph" or any(n.kind == "heading" for n in nodes):
        return []
    found = _range(nodes[0])
    return found[0] if found is not None else []


def _range(node: Node) -> tuple[list[str], str] | None:
    """The weekdays a sentence names as a range in words, and the range as written."""
    text = unwrap(node.text)
    if len(text) > 200 or _BOLD.match(node.text):
        return None
    for word in _WORD.finditer(text):
        found = worded_range(text[word.start() :])
        if found is not None:
            return found[0], text[word.start() : word.start() + found[1]]
    return None


def _titles(written: str) -> tuple[str, ...]:
    """The weekdays' titles in the language of the first weekday a range writes in full
    (`lunes a viernes`: Spanish); in English when it writes them short (`Mon to Fri`)."""
    for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", written):
        folded = fold(word)
        for titles in WEEKDAY_TITLES.values():
            if any(folded in (fold(t), fold(t).split("-")[0]) for t in titles):
                return titles
    return WEEKDAY_TITLES["en"]


def sentence_days(nodes: list[Node], days: list[DaySpan], heads: set[int]) -> None:
    """Title each day of a heading in `heads` (whose weekdays the sentence opening its section
    names) by its weekday (`Monday`, … `Friday`, not `## Common` five times), and take the
    sentence out of its lines: it said which days, and is no note of each."""
    used: set[int] = set()
    for day in days:
        if day.start not in heads or day.weekday is None or day.start + 1 >= len(nodes):
            continue
        found = _range(nodes[day.start + 1])
        if found is None:
            continue
        day.title = _titles(found[1])[ORDER.index(day.weekday)]
        used.add(day.start + 1)
    for idx in used:
        nodes[idx] = Node("hr", nodes[idx].line)  # said by the days' weekdays
