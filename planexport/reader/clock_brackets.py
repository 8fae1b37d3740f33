"""A weekday heading whose bracket holds only a clock time or span (`## Monday (18:00–20:00)`,
`## Montag (18:00)`, `### Lunes (9h - 11h)`): the bracket says when, and the day is titled by its
weekday, not by the time."""

from __future__ import annotations

from planexport.reader.durations import find_duration, point_time_at

__all__ = ["clock_only"]

_REST = " \t*_-–—:,.;"


def clock_only(text: str | None) -> bool:
    """Whether `text` is only a time of day or a clock span, with marks around it at most."""
    plain = (text or "").strip(_REST)
    if not plain:
        return False
    found = find_duration(plain)
    if found is not None and found.at is not None:
        return not (plain[: found.start] + plain[found.end :]).strip(_REST)
    point = point_time_at(plain)
    return point is not None and not (plain[: point[1]] + plain[point[2] :]).strip(_REST)
