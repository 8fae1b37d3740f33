"""Two clock times and an hour word after them (`9:00 - 11:00 uur`, `19:00 - 22:00 hs`,
`13:00-14:30 h`): a span of the day with its clock word, not a range of lengths (9 to 11 hours)."""

from __future__ import annotations

__all__ = ["clock_unit_span"]

# A range of lengths written like a clock starts under this many hours ("1:30-2:00 h",
# "0:45 – 1:00 uur"); one that starts later is a time of day, as Dutch writes "9:00 - 11:00 uur"
# and Spanish "19:00 - 22:00 hs": nobody's block is "9 to 11 hours" in this form.
_LONGEST_LOW = 5 * 60
_DAY = 24 * 60


def clock_unit_span(first: int, second: int) -> tuple[int, int] | None:
    """The start and minutes of `first`–`second` (minutes the clocks say) when they are times
    of day with the hour word after them (`9:00 - 11:00 uur`: 09:00, 120), else None (`1:30-2:00
    h`: a range of lengths, 90 to 120 minutes)."""
    if first < _LONGEST_LOW:
        return None  # "1:30-2:00 h": from an hour and a half to two hours
    if first >= _DAY or second > _DAY or first == second:
        return None  # "30:00-40:00 h", "9:00 - 9:00 uur": no span of one day
    return first, (second - first) % _DAY  # "22:00 - 01:00 uur": past midnight
