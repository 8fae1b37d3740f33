"""Weekday lines that open with a length (`Lundi : 2h de maths, 1h30 de physique`, `Jeudi : 3h de
révisions`): they name what is done only after it, so the day is titled by its weekday."""

from __future__ import annotations

from planexport.reader.durations import find_duration

__all__ = ["length_first"]


def length_first(text: str) -> bool:
    """Whether `text` (a day line after its weekday) starts with a length (`2h de maths`)."""
    found = find_duration(text)
    return found is not None and found.at is None and not text[: found.start].strip(" *_~≈")
