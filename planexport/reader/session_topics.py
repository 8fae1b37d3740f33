"""A session heading with a length and a topic (`#### Matin (3h) — Get & Clean Data`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import hour_block, is_break, session_name, tidy, tidy_emphasis
from planexport.reader.durations import DASH, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.durations import Found
    from planexport.reader.outline import Node

__all__ = ["session_topic", "timed_parts"]

_EMPTY = lazy(r"\(\s*\)|\[\s*\]")
# "1. ", "2) ", "Step 3: ": the number of a step before its name.
_NUMBERED = lazy(r"^(?:step\s*)?\d+\s*[.):]\s*", re.IGNORECASE)
_WORD = lazy(r"[^\W\d_]{2}")


def session_topic(text: str) -> tuple[str, str] | None:
    """The session and the topic of `Morning (2 h) - Graphs`, `Tarde: Proyecto (3 h)`, else
    None: the part of the day is the session, what follows its separator the block's title."""
    plain = unwrap(text)
    found = find_duration(plain)
    if found is None or found.at is not None:
        return None
    plain = _EMPTY.sub(" ", plain[: found.start] + " " + plain[found.end :])
    parts = re.split(rf"\s+[{DASH}]\s+|\s*:\s+|\s*\|\s*", plain.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    lead, topic = tidy(tidy_emphasis(parts[0])), tidy(tidy_emphasis(parts[1]))
    name = session_name(lead) if lead else None
    if name is None or re.search(r"\d", name) or not topic:
        return None
    return name, topic


def timed_parts(
    found: Found | None, name: str | None, below: list[Node], heading: str | None = None
) -> bool:
    """Whether a session heading's length holds the lines below it as parts: some of its
    bullets untimed, the timed ones (`Présentation (5–10 min)`) shorter than the session.

    Given the `heading`'s text, a heading that names no session holds them too when it names
    a step (`### 1. Learn (40–60 minutes)` over its points and `- Optional: a short video
    (10–15 min)`): the step is the block, its one timed point an item of it."""
    step = name is None and heading is not None and found is not None and found.at is None
    if step and heading is not None:
        name = _step_name(heading)
    if found is None or found.at is not None or name is None or re.search(r"\d", name):
        return False
    if any(
        n.kind in ("table", "code")
        or (n.kind != "list" and (find_duration(n.text) or hour_block(n.text, [], n.line)))
        for n in below
    ):
        # "**9:00 – 10:30** → DSA Practice", "**Hour 5: Mock Interview**" below: the
        # session's own blocks
        return False
    items = [i for n in below if n.kind == "list" for i in n.items]
    lengths = [find_duration(i.text) for i in items]
    timed = [f for f in lengths if f is not None]
    if not timed or any(f.at is not None for f in timed):
        return False
    if step and any(_said_length(i.text, f) for i, f in zip(items, lengths, strict=True) if f):
        return False  # "### Lezen (45 min)" over "- Tijd: 30 minuten": the step's length said
    untimed = [i for i, f in zip(items, lengths, strict=True) if f is None and not is_break(i.text)]
    return bool(untimed) and sum(f.lo for f in timed) < found.lo


def _step_name(heading: str) -> str | None:
    """The words of a heading with its length and its number taken away (`Learn` for `1. Learn
    (40–60 minutes)`), or None when no word is left."""
    plain = unwrap(heading)
    found = find_duration(plain)
    if found is None:
        return None
    plain = _EMPTY.sub(" ", plain[: found.start] + " " + plain[found.end :])
    name = tidy(tidy_emphasis(_NUMBERED.sub("", plain.strip())))
    return name if _WORD.search(name) and not re.search(r"\d", name) else None


def _said_length(text: str, found: Found) -> bool:
    """Whether a timed point only says a length (`Tijd: 30 minuten`, `45 min`), naming nothing."""
    from planexport.reader.labelled_lengths import length_label
    from planexport.reader.words import fold

    lead = text[: found.start].strip(" :*_-–—`(")
    return not _WORD.search(lead) or length_label(fold(lead))
