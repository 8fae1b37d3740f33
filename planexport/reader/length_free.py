"""A heading's words without its length: the title of a day that has no other."""

from __future__ import annotations

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy

__all__ = ["without_length"]

_TIMES_BEFORE = lazy(r"(?<=\()\s*\d+\s*[×xX*]\s*$")
_EMPTY_BRACKETS = lazy(r"\s*\(\s*\)")


def without_length(text: str) -> str:
    """`Day 1 — 3 hours` without its length: `Day 1`; `Jour 1-2 (2×1h30)`: `Jour 1-2`."""
    found = find_duration(text)
    if found is None:
        return text
    before = _TIMES_BEFORE.sub("", text[: found.start])  # the "2×" of "(2×1h30)"
    return _EMPTY_BRACKETS.sub("", before + text[found.end :])
