"""Clock times marked `a` or `p` alone (`8:30a - 9:00a`, `1:15p–2:45p`), as US syllabi and
calendars write them: read as the `8:30am` the reader knows.

Only a time with its minutes and the letter right after them is read so (`10:30a`, `12:00p`);
a digit and a letter elsewhere (`Exercise 3a`, `Room 2p`) stays as written. Text without such a
time is given back as it is (the text stage loads this module only for a text with one).
"""

from __future__ import annotations

from planexport.reader.lazy import lazy

__all__ = ["letter_meridiems"]

# "8:30a", "12:00p", "1:15P": an hour of a twelve-hour clock, its minutes, the letter.
_TIME = lazy(r"(?<![\w.:/])(?P<t>(?:1[0-2]|0?[1-9]):[0-5]\d)(?P<m>[apAP])(?![A-Za-z0-9])")


def letter_meridiems(body: str) -> str:
    """`body` with each clock time marked by `a` or `p` alone written with `am` or `pm`."""
    return _TIME.sub(lambda m: f"{m['t']}{m['m'].lower()}m", body)
