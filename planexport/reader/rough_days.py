"""A club's or a group's week told in prose: a section per session whose title names its weekday
among other words (`## Sorties du Dimanche`, `## Sunday runs`, `## Sonntagsläufe`, `## Salidas
del domingo`) over a paragraph that gives a rough start and a length (`They start around 10am
and last between 1h15 and 3h.`, `Elles partent vers 10h et durent entre 1h15 et 3h.`): that
weekday's day, with one block at that time, titled by the section (or by the paragraph before,
under a heading that is the weekday alone)."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from planexport.model import Block, Variant
from planexport.reader.blocks import is_total, tidy
from planexport.reader.day_headings import weekdays_of
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, section_end, unwrap
from planexport.reader.rough_starts import rough_start
from planexport.reader.words import WEEKDAYS, fold

if TYPE_CHECKING:
    from planexport.model import Day
    from planexport.reader.days import DaySpan

__all__ = ["rough_blocks", "weekday_titled_sections"]

_FULL = {name: key for name, key in WEEKDAYS.items() if len(name) > 3 and "-" not in name}
_SENTENCE = lazy(r"(?<=[.!?])\s+(?=[^\s.])")


def _weekday_word(title: str) -> str | None:
    """The one weekday a title names among other words: `Sorties du Dimanche`, `Sunday runs`,
    `Sonntagsläufe` (a German compound), `Domingos`, `Zaterdagen`; None for none, two, or the
    weekday alone (a day's heading as it is)."""
    found: set[str] = set()
    words = re.findall(r"[^\W\d_]+", fold(title))
    for word in words:
        found |= {key for name, key in _FULL.items() if _names(word, name)}
    alone = len(words) == 1 and words[0] in _FULL
    return next(iter(found)) if len(found) == 1 and not alone else None


def _names(word: str, name: str) -> bool:
    """Whether a folded word is a weekday, its plural (`domingos`, `zaterdagen`) or a German
    compound that starts with it (`sonntagslaufe`, `mittwochstraining`)."""
    if word in (name, name + "s") or (name.endswith("dag") and word == name + "en"):
        return True
    return name.endswith(("tag", "woch")) and word.startswith(name) and len(word) > len(name) + 2


def _timed(text: str) -> tuple[int, int, int] | None:
    """The rough start and the one length of a paragraph: (at, lo, hi), else None."""
    text = re.sub(r"\*+|(?<!\w)_+|_+(?!\w)", "", text)  # "entre **1h15 et 3h**"
    at = rough_start(text)
    if at is None or is_total(text):
        return None
    found = find_duration(text)
    if found is None or found.at is not None or found.hi <= 0:
        return None
    if find_duration(text, found.end) is not None:
        return None  # two lengths: which one is the session's is not said
    return at, found.lo, found.hi


def _any_timed(nodes: list[Node]) -> bool:
    """Whether any paragraph has a rough start and a length (most plans have none)."""
    return any(node.kind == "paragraph" and _timed(node.text) is not None for node in nodes)


def _section(nodes: list[Node], index: int) -> list[Node]:
    return nodes[index + 1 : section_end(nodes, index)]


def weekday_titled_sections(nodes: list[Node]) -> list[Node]:
    """`nodes` with each heading that names one weekday among other words, over one paragraph
    with a rough start and a length, written with that weekday first (`Dimanche — Sorties du
    Dimanche`), as a day's heading reads."""
    out = list(nodes)
    if not _any_timed(nodes):
        return out  # no paragraph with a rough start and a length: nothing to look for
    for index, node in enumerate(nodes):
        if node.kind != "heading" or node.level < 2 or weekdays_of(node):
            continue
        text = unwrap(node.text)
        weekday = _weekday_word(text)
        if weekday is None:
            continue
        below = _section(nodes, index)
        if any(n.kind == "heading" for n in below):
            continue
        timed = [n for n in below if n.kind == "paragraph" and _timed(n.text) is not None]
        if len(timed) != 1:
            continue
        out[index] = dataclasses.replace(node, text=f"{_written(text, weekday)} — {text}")
    return out


def _written(title: str, weekday: str) -> str:
    """The weekday as the title writes it (`Dimanche`, `Sonntag` of `Sonntagsläufe`)."""
    for word in re.findall(r"[^\W\d_]+", title):
        folded = fold(word)
        for name, key in _FULL.items():
            if key == weekday and _names(folded, name):
                return str(word[0].upper() + word[1 : len(name)])
    return weekday


def rough_blocks(
    nodes: list[Node],
    spans: list[DaySpan],
    days: list[Day],
    lines: dict[tuple[int, int, int], int],
    *,
    weeks: list[int | None],
) -> list[Day]:
    """The days, each heading's day with no blocks whose section has one paragraph with a rough
    start and a length given that block at that time. `lines` gets the block's line."""
    if not _any_timed(nodes):
        return days
    heads: dict[tuple[int | None, int], DaySpan] = {}
    for head, week in zip(spans, weeks, strict=False):
        if len(head.numbers) == 1 and head.start >= 0 and nodes[head.start].kind == "heading":
            heads[(week, head.numbers[0])] = head
    out = list(days)
    for index, day in enumerate(days):
        span = heads.get((day.week, day.number))
        if span is None or day.variants or day.weekday is None:
            continue
        below = nodes[span.start + 1 : span.end]
        paragraphs = [n for n in below if n.kind == "paragraph"]
        timed = [(n, t) for n in paragraphs if (t := _timed(n.text)) is not None]
        if len(timed) != 1 or any(n.kind in ("table", "code", "heading") for n in below):
            continue
        node, (at, lo, hi) = timed[0]
        title = _title(nodes[span.start], paragraphs, node)
        if not title:
            continue
        lines[(index, 0, 0)] = node.line
        block = Block(
            title=title, min_minutes=lo, max_minutes=hi, at=f"{at // 60:02d}:{at % 60:02d}"
        )
        variant = Variant(hours=round(hi / 60, 2), blocks=(block,))
        out[index] = day.model_copy(update={"variants": (variant,)})
    return out


def _title(head: Node, paragraphs: list[Node], timed: Node) -> str:
    """The session's name: the heading's words besides its weekday (`Sorties du Dimanche`), else
    the short first sentence of the paragraph before (`Long runs on trails.`)."""
    text = unwrap(head.text)
    parts = re.split(r"\s+[\u2013\u2014-]\s+|:\s+", text, maxsplit=1)
    if len(parts) == 2 and _weekday_word(parts[1]) is not None:
        return tidy(parts[1])  # "Dimanche — Sorties du Dimanche": the section's own title
    rest = parts[1] if len(parts) == 2 else ""
    if re.search(r"[^\W\d_]{3}", rest):
        return tidy(rest)
    before = [p for p in paragraphs if p.line < timed.line]
    if before:
        first = _SENTENCE.split(unwrap(before[0].text))[0].strip(" .")
        if 0 < len(first) <= 60:
            return tidy(first)
    return tidy(text)
