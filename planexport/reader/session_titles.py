"""The name of a part of the day from its heading, without the length written after it
(`# Warm-up **15 min**`, `### Technique – 30 min` over timed lines: `Warm-up`, `Technique`)."""

from __future__ import annotations

import re

from planexport.reader.blocks import tidy
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap

__all__ = ["section_name"]

_BRACKET = lazy(r"\([^)]*\)")
_WORDS = 3  # "Warm-up", "Morning session": a part's short name, not a topic with its length
_SEPARATOR = " -\u2013\u2014:|\u00b7,"  # what joins a name to its length: "Technique – 30 min"


def _without_length(plain: str) -> str:
    """`plain` without a length (not a time of day) that ends it, when a name stands before it."""
    if not plain[-1:].isalpha() or not any(char.isdecimal() for char in plain):
        return plain  # most names: no length at their end ("Morning", "Session 2")
    found = find_duration(plain)
    if found is None or found.at is not None or plain[found.end :].strip(" .*_"):
        return plain  # "Mañana 9:00 - 12:00": a span of the day, kept; or words after it
    head = plain[: found.start].rstrip(_SEPARATOR)
    if not head or ":" in head or len(head.split()) > _WORDS:
        return plain  # "45 min" alone; "BLOCK 2: Caching deep dive — 2h": a titled part, kept
    return head


def section_name(text: str, name: str | None) -> str | None:
    """A heading's text as the session of the timed lines below it: without its brackets
    (`Morning Session (2.5 hours): Arrays`, no space left before the colon) and without a
    length that ends it (`WARMUP **15 min**`); `name` when nothing is left."""
    plain = tidy(re.sub(r"\s+(?=[:;,])", "", _BRACKET.sub("", unwrap(text))))
    return _without_length(plain) or name
