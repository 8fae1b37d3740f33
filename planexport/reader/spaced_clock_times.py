"""Clock times written with a space on each side of the `h` (`18 h 30`, `9 h 00 - 10 h 15`), as
French typography, in France and in Québec, sets them: read as the `18h30` the reader knows.

A time of day is told by where it stands: first in a table row or a line
(`| 18 h 30 | Accueil |`, `- 9 h 00 : Accueil`), or at either end of a span
(`18 h 30 - 19 h 15`, `de 19 h 15 à 20 h`). Anywhere else it is left as written, so a length in
a sentence (`prévoir 1 h 30 de lecture`) or a total (`| Total | 12 h 40 |`, not first in its row)
reads as before. Text without `" h "` is returned at once.
"""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["spaced_clock_times"]

# "18 h 30", "9 h 00": an hour of the day (0-23), a spaced "h", two digits of minutes.
_TIME = r"(?<![\w.,:/])(?:[01]?\d|2[0-3]) h [0-5]\d(?!\w)"
# "20 h": a whole hour, only ever read as the other end of a span.
_HOUR = r"(?<![\w.,:/])(?:[01]?\d|2[0-3]) h(?![\w])"
_SEP = r"\s*(?:[-–—]|à|au|jusqu'à)\s*"
_SPAN = lazy(rf"{_TIME}{_SEP}(?:{_TIME}|{_HOUR})|{_HOUR}{_SEP}{_TIME}")
# First in a line (after a bullet, a list number, emphasis) or in a table row's first cell.
_LEAD = lazy(rf"^[ \t]*(?:[-*+][ \t]+|\d{{1,2}}[.)][ \t]+|\|[ \t]*)?[*_`]*(?P<t>{_TIME})", re.M)
_GAP = lazy(r"(\d) h(?: (\d\d))?")


def spaced_clock_times(body: str) -> str:
    """`body` with each spaced clock time that stands as a time of day written `18h30`."""
    if " h " not in body and " h\n" not in body:
        return body
    body = _SPAN.sub(lambda m: _close(m.group(0)), body)
    return _LEAD.sub(_close_lead, body)


def _close(text: str) -> str:
    """`text` with its spaced times closed up: `18 h 30 - 20 h` → `18h30 - 20h`."""
    return _GAP.sub(lambda m: f"{m.group(1)}h{m.group(2) or ''}", text)


def _close_lead(found: re.Match[str]) -> str:
    """The leading time of a line or cell closed up, what comes before it kept."""
    start = found.start("t") - found.start()
    whole = found.group(0)
    return whole[:start] + _close(found.group("t"))
