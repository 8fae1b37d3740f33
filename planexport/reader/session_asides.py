"""A session label with a length of its own over a list where most lines give none
(`**Evening (2 hours)**` over `- Solve Word Ladder`, `- Mock phone screen (45 minutes)`,
`- Write up notes`): the label is one block of its length with the lines as its items, the odd
line's length a detail of that line. Only lines that mostly give lengths are parts of a session
(`**Morning (1 hour)**` over `- Read (20 min)`, `- Practice (40 min)`). A label that also names
its topic (`**Mañana (3h): Terminal Básico**`) over clock spans is their session, see
`titled_session`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import is_break, tidy
from planexport.reader.durations import find_duration, parse_duration, start_time
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock
    from planexport.reader.durations import Found
    from planexport.reader.outline import Node

__all__ = ["heading_asides", "lengths_aside", "take_below", "titled_session"]


def lengths_aside(raw: RawBlock, following: list[Node]) -> bool:
    """Whether the timed lines under the label `raw` are details of its block, not its parts.

    `raw` has a length and no clock time; `following` is the node under it. Its list's lines
    are the block's items when at least as many of them give no length as give one.
    """
    if raw.at is not None or not following or following[0].kind != "list":
        return False
    items = following[0].items
    timed = sum(1 for i in items if parse_duration(i.text) and not is_break(i.text))
    return 0 < timed <= len(items) - timed


def titled_session(text: str, raw: RawBlock, following: list[Node]) -> str | None:
    """The session a bold label of a part of the day with a length and a topic names over a
    list whose every line starts at a clock time (`**Mañana (3h): Terminal Básico**` over
    `- 09:00-10:30 → Setup`): `Mañana: Terminal Básico`, its lines the blocks; else None."""
    from planexport.reader.session_labels import lead_session

    if raw.at is not None or not following or following[0].kind != "list":
        return None
    for item in following[0].items:
        found = find_duration(item.text)
        if start_time(item.text) is None and (found is None or found.at is None or found.start):
            return None  # a line that does not start at a clock time: not the session's agenda
    plain = unwrap(text).strip()
    if lead_session(plain) is None:
        return None
    return tidy(re.sub(r"\s+(?=:)", "", re.sub(r"\([^)]*\)", " ", plain))) or None


def heading_asides(length: int, below: list[Node]) -> bool:
    """Whether a heading's own length (`### Block 1: Java Core (2h)`) is one block over the lines
    under it, though some of them name a length: only points and paragraphs lie below, at least
    as many points give no length as give one, no line names a clock time, the points' lengths
    fall short of the heading's together, and no paragraph is a part of its own (`**Hour 1:
    …**`, `**Module 1 (1h30)**`) nor a point says the length (`- Tijd: 30 minuten`).
    `- [ ] "Tell me about yourself" (2 min pitch)` among untimed points, or `**Resource:** …
    (first 2h of the course)`, is a detail of its line, not a block; `### Morning (3h)` over
    `- Read (1h)`, `- Notes`, `- Exercises (2h)` holds its parts."""
    from planexport.reader.blocks import hour_block

    if not below or any(node.kind not in ("list", "paragraph") for node in below):
        return False  # sub-headings, tables and code hold parts of their own
    points = [item.text for node in below if node.kind == "list" for item in node.items]
    paragraphs = [node.text for node in below if node.kind == "paragraph"]
    found = {text: find_duration(text) for text in [*points, *paragraphs] if not is_break(text)}
    if not any(found.values()) or any(f.at is not None for f in found.values() if f):
        return False
    if any(_labelled(text) for text in points if found.get(text)):
        return False  # "- Tijd: 30 minuten": the block's length, said on a line of its own
    if any(_own_part(text, hit) for text in paragraphs if (hit := found.get(text)) is not None):
        return False
    if any(hour_block(text, [], 0) is not None for text in paragraphs):
        return False  # "**Hour 1: Object Storage**": an hour of the heading's
    timed = [hit for text in points if (hit := found.get(text)) is not None]
    if len(timed) > len(points) - len(timed):
        return False  # mostly timed points: the heading's parts
    return sum(hit.lo for hit in timed) < length


# "Tijd:", "**Duration:**", "Dauer:": a label that says how long, before its colon.
_LABEL = lazy(r"^[*_\s]*(?P<label>[^\W\d_]+(?: [^\W\d_]+)?)[*_\s]*:")
# Before a length that stands apart at a line's end: a bracket, a dash or a colon.
_APART = lazy(r"(?:[(\[]|\s[-\u2013\u2014]|:)\s*$")


def _labelled(text: str) -> bool:
    from planexport.reader.labelled_lengths import length_label

    match = _LABEL.match(text)
    return match is not None and length_label(fold(match["label"]))


def _own_part(text: str, hit: Found) -> bool:
    """Whether a paragraph's length ends it, set apart (`**Module 1 : AI Act (1h30)**`): a part
    with a length of its own, where `**Resource:** … (Java course, first 2h)` says it in passing."""
    return not text[hit.end :].strip(" )]*_:.") and _APART.search(text[: hit.start]) is not None


def take_below(raw: RawBlock, below: list[Node], idx: int) -> int:
    """Give the block `raw` of the heading at `idx` the lines `below` it: the points its items,
    the paragraphs its note; where its section ends."""
    for node in below:
        if node.kind == "list":
            raw.items.extend(node.items)
        elif node.kind == "paragraph":
            raw.note = f"{raw.note}\n{node.text}" if raw.note else node.text
    return idx + 1 + len(below)
