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
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock
    from planexport.reader.outline import Node

__all__ = ["lengths_aside", "titled_session"]


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
