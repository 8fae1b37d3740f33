"""Hours and minutes written with a dot after a line's words (`Lezen 1.30 uur`, `Lesen 1.30
Std.`, `Reading 1.30 h`, `Samenvatten 0.45 uur`): 1 h 30 min and 45 min, as `1:30 h` is, not
1.3 or 0.45 of an hour: decimal hours are written with one digit (`1.3 uur`) or as a quarter or
a half.

Decimal hours keep their reading: one digit after the dot (`1.5 uur`), a comma (`1,30 Std.`),
a quarter or a half (`1.25 h`, `1.50 h`), 60 or more (`1.75 h`), and a number with no word
before it on the line (`1.30 h Lesen`), where it may as well be a time of day.
"""

from __future__ import annotations

from planexport.reader.lazy import lazy

__all__ = ["dotted_minutes"]

_DOTTED = lazy(r"\d{1,2}\.[0-5]\d")
_WORD = lazy(r"[^\W\d_]")
# Two digits that are more often a fraction of an hour than its minutes.
_FRACTIONS = ("25", "50")


def dotted_minutes(line: str, start: int, number: str) -> int | None:
    """The minutes of the hours `number` (`1.30`) at `start` in `line` says with a dot between
    its hours and minutes, or None where it is decimal hours; the caller has read an hour unit
    after it."""
    if _DOTTED.fullmatch(number) is None:
        return None
    hours, minutes = number.split(".")
    if minutes in _FRACTIONS or _WORD.search(line, 0, start) is None:
        return None
    return int(hours) * 60 + int(minutes)
