"""A paragraph that ends on a weekday written alone in capitals (`⭐ 3. WEEKEND PLAN (8–10
HOURS)` over `SATURDAY`): the weekday is a label of its own, the day's start, not the last word
of the line above it."""

from __future__ import annotations

__all__ = ["weekday_tail"]


def weekday_tail(lines: list[str]) -> bool:
    """Whether a paragraph's last line is a weekday's full name alone in capitals (`SATURDAY`,
    `SUNDAY:`) under one or more lines of its own: the lines are then read apart. A weekday in
    lower case (`We meet every` over `Monday`) may end a wrapped sentence and stays in it."""
    parts = [part for part in lines if part]
    if len(parts) < 2:
        return False
    last = parts[-1].strip("*_ :")
    if not last.isupper() or not 5 <= len(last) <= 12:
        return False  # cheap: no weekday's full name in capitals ("SAT" may be the exam)
    from planexport.reader.words import WEEKDAYS, fold

    return fold(last) in WEEKDAYS
