"""A heading or bold line over a list that gives its length on a labelled line (`### Reading`
over `- Duration: 1 hour (after lunch)` and `- Chapter 3 and 4`): one block named by the heading,
its length from that line, what follows the length there its note, the other lines its items."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import RawBlock, session_name, tidy
from planexport.reader.day_heads import day_heading
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import WEEK_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.durations import Found
    from planexport.reader.outline import Item, Node

__all__ = ["labelled_length_block", "length_label"]

# "Duration: 1 hour", "**Dauer:** 45 Minuten": a length label, a colon, the length.
_LENGTH_LINE = lazy(
    r"^\s*(?:\*\*|__)?(?P<label>[^\W\d_]+(?: [^\W\d_]+)?)\s*"
    r"(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:|:)\s*(?P<value>\S.*)$"
)
# Folded labels that say how long something lasts, in the seven languages.
_LENGTH_LABELS = frozenset(
    (
        "duration", "time", "length", "dauer", "zeit", "duracion", "duracion total", "tiempo",
        "duree", "temps", "durata", "tempo", "duracao", "duur", "tijd", "time limit",
    )
)  # fmt: skip
# "**Lesen**" alone on its line: a bold line that names what follows.
_BOLD_LINE = lazy(r"^\s*(?:\*\*|__)(?P<title>[^*_]+?)(?:\*\*|__)\s*:?\s*$")
# Longer than this, a labelled length is a clock time (`Temps : 20h`), not one sitting.
_LONGEST = 12 * 60
_WEEK = lazy(rf"(?<!\w){WEEK_WORDS}\b", re.IGNORECASE)
# "(after lunch)", "- after lunch": the note after the length, without its brackets or dash.
_NOTE_EDGES = lazy(r"^[\s,;:–—-]+|[\s,;]+$")


def length_label(label: str) -> bool:
    """Whether a folded label says how long something lasts (`duration`, `dauer`, `tiempo`)."""
    return re.sub(r"\s+", " ", label) in _LENGTH_LABELS


def _title(node: Node) -> str | None:
    """The name a heading or a bold line gives, or None for any other node."""
    if node.kind == "heading":
        return node.text
    if node.kind == "paragraph" and (bold := _BOLD_LINE.match(node.text)) is not None:
        return bold["title"]
    return None


def _length(item: Item) -> Found | None:
    """The length on a `Duration: 1 hour` line, or None when the line is no labelled length."""
    match = _LENGTH_LINE.match(item.text)
    if match is None or not length_label(fold(match["label"])):
        return None
    found = find_duration(match["value"])
    if found is None or match["value"][: found.start].strip(" *_"):
        return None  # "Time: after the 1 hour walk": the length is not what the line says first
    return found._replace(text=match["value"][found.end :])


def _note(rest: str) -> str | None:
    """What follows the length on its line, without brackets: `(after lunch)` -> `after lunch`."""
    rest = _NOTE_EDGES.sub("", rest.replace("**", "").replace("__", ""))
    if rest.startswith("(") and rest.endswith(")") and rest.count("(") == 1:
        rest = rest[1:-1].strip()
    return rest or None


def labelled_length_block(nodes: list[Node], idx: int) -> RawBlock | None:
    """The block of the list at `idx` when the heading or bold line just above it has no length
    and names no day, week or part of the day, and exactly one line of the list is a labelled
    length (`Duración: 30 min`); else None."""
    node = nodes[idx]
    head = nodes[idx - 1] if idx else None
    text = _title(head) if head is not None else None
    if node.kind != "list" or head is None or text is None:
        return None
    title = tidy(unwrap(text))
    if (
        not title
        or find_duration(text) is not None
        or session_name(text) is not None
        or day_heading(title)
        or _WEEK.search(title)
    ):
        return None
    timed = [(item, found) for item in node.items if (found := _length(item)) is not None]
    if len(timed) != 1:
        return None  # several lengths under one heading: blocks of their own, as before
    item, found = timed[0]
    if found.at is not None or found.lo <= 0 or found.lo > found.hi or found.hi > _LONGEST:
        return None  # "Time: 9:00 - 10:00" is a clock span, "Temps : 20h" a clock time
    items = [other for other in node.items if other is not item] + list(item.children)
    return RawBlock(
        title, None, found.lo, found.hi, _note(found.text), items, head.line, sure=found.sure
    )
