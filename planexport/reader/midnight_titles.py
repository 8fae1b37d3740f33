"""A title that opens with a midnight word after a start time, in an agenda of start times or
short spans: `- 11:30 - midnight snack` between `- 10:00 - Algebra` and `- 12:00 - Reading`
starts at 11:30 and lasts until 12:00, as `- 11:30 - Mitternachtsimbiss` would; it is no span
of twelve and a half hours to the day's end.

Alone, `11:30 - midnight snack` cannot be told from `9:00 - midnight Hackathon` (a span to the
end of the day), so only the agenda around it decides: the line starts before noon with no
am/pm, the midnight word follows its dash with a word after it (not `9:00 - midnight:
Hackathon`), at least two other lines of the list are start times or spans shorter than twelve
hours, and the next of them starts inside what would be the span. The same holds for
`Mitternacht`, `medianoche`, `minuit`, `mezzanotte`, `meia-noite` and `middernacht`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration, start_time
from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.outline import Item

__all__ = ["midnight_title_starts"]

_DAY = 24 * 60
_NOON = 12 * 60
# What the span read: a time with no am/pm, a dash, a midnight word, and nothing else
# (`11:30 - midnight`, `11h30 – minuit`); `9:00 bis Mitternacht` says `to` in words.
_DASH_MIDNIGHT = lazy(
    r"^\d{1,2}(?:[:.h][0-5]\d|h)?\s*[-\u2010-\u2015\u2212]\s*"
    r"(?P<word>midnight|mitternacht|medianoche|minuit|mezzanotte|meia[- ]noite|middernacht)$",
    re.IGNORECASE,
)
# A word goes on after the midnight word: `midnight snack`, not `midnight: Hackathon`.
_WORD_AFTER = lazy(r"[ \t]+[^\W\d_]")


def _title_start(text: str) -> tuple[int, int] | None:
    """Where the midnight word of a `11:30 - midnight snack` line starts, with the line's start
    time, when the line reads as a span from before noon to the day's end; else None."""
    found = find_duration(text)
    if found is None or found.at is None or not found.at < _NOON:
        return None
    if found.lo != _DAY - found.at or re.search(r"[^\W\d_]", text[: found.start]):
        return None
    match = _DASH_MIDNIGHT.match(found.text)
    if match is None or not _WORD_AFTER.match(text, found.end):
        return None
    return found.at, found.start + match.start("word")


def _starts(text: str) -> tuple[int, int] | None:
    """A line's start and how long it lasts (0: until the next start) for the agenda check."""
    start = start_time(text)
    if start is not None:
        return start[0], 0
    found = find_duration(text)
    if found is None or found.at is None:
        return None
    return found.at, found.lo


def midnight_title_starts(items: list[Item], agenda: list[tuple[int, str] | None]) -> None:
    """Read each `11:30 - midnight snack` line of an agenda as a start time and its title in
    `agenda` (the lines' starts and the words after them, None where a line has none)."""
    timed = [_starts(item.text) for item in items]
    for pos, item in enumerate(items):
        if agenda[pos] is not None:
            continue
        said = _title_start(item.text)
        if said is None:
            continue
        at, title = said
        others = [t for k, t in enumerate(timed) if k != pos and t is not None]
        if len(others) < 2 or any(length >= _NOON for _, length in others):
            continue  # "9:00 - midnight Hackathon" alone, or among other long spans: a span
        following = next((t for t in timed[pos + 1 :] if t is not None), None)
        if following is not None and at < following[0] < _DAY:
            agenda[pos] = (at, item.text[title:].strip())
