"""Minutes and seconds with a word for minutes (`2:00 Minuten`, `1:30 min`, `0:45 minutos`,
`(1:30-2:00 min)`): a length of minutes, never a time of day, and never the seconds alone as
minutes (`00 Minuten` is no zero-minute length).

The model counts whole minutes: `1:30 min` is 1.5 minutes, rounded as other parts of a minute
are (`part_minutes`), with their warning. A bare `m` or `'` after minutes and seconds is no word
for minutes here (`12:00 m` is noon in Spanish)."""

from __future__ import annotations

import math

__all__ = ["MSS_LENGTH", "NOT_MINUTES", "mss_minutes", "mss_value"]

# The words for minutes that make minutes and seconds a length; not a bare `m` or `'`.
_WORDS = r"(?:minut(?:es?|en|os?|i|y)?|mins?|mn|minuut)"
# Minutes and seconds, or a range of them, then a word for minutes: one alternative of the
# pattern of lengths (`durations`).
MSS_LENGTH = (
    r"(?<![\d:.])(?:(?P<ms1>\d{1,2}):(?P<ss1>[0-5]\d)\s*(?:[-\u2013]|to)\s*)?"
    rf"(?P<ms2>\d{{1,2}}):(?P<ss2>[0-5]\d)\s*{_WORDS}\.?(?!\w)"
)

# After a time of day: no word for minutes follows (`2:00 Minuten` is no 02:00).
NOT_MINUTES = rf"(?!\s*{_WORDS}\.?(?!\w))"


def mss_value(minutes: str, seconds: str) -> float:
    """Minutes and seconds as minutes: `1`, `30` is 1.5."""
    return int(minutes) + int(seconds) / 60


def mss_minutes(minutes: str, seconds: str) -> int:
    """Minutes and seconds as whole minutes, a part of one counted up (`0:45` is 1); the
    sum of a day's lengths is kept by `part_minutes`."""
    return max(1, math.ceil(mss_value(minutes, seconds) - 1e-9))
