"""A day heading's length in brackets before a colon and what the day covers:
`### Day 3 – S3 (2h): buckets, storage classes` is a 2-hour day titled `S3: buckets, storage
classes`, as the same words on a day line (`- Day 3 – S3 (2h): …`) read."""

from __future__ import annotations

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy

__all__ = ["length_before_colon"]

# "S3 (2h): buckets", "IAM (90 min): users": a bracket, a colon, then words.
_BRACKET_COLON = lazy(r"\((?P<len>[^()]*\d[^()]*)\)[*_]*\s*:\s*(?P<rest>\S.*)$")


def length_before_colon(title: str) -> tuple[str, str] | None:
    """The bracket's length text and the title without it, when the bracket holds nothing but
    a length (no clock time); else None (`Lab (Part 2): …` keeps its bracket)."""
    if "):" not in title and ") :" not in title and ")*" not in title:
        return None  # the cheap test
    match = _BRACKET_COLON.search(title)
    if match is None:
        return None
    found = find_duration(match["len"])
    if found is None or found.at is not None or found.text.strip() != match["len"].strip():
        return None
    head = title[: match.start()].rstrip(" *_")
    return match["len"].strip(), f"{head}: {match['rest']}" if head else match["rest"]
