"""How often a length is meant, written beside it: `30 min per day of reading`, `Lesen täglich
30 Min.`, `1 hora al día de lectura`, `30 min par jour`, `1 uur per dag lezen`. The rate goes
with the length, so the title is `reading`, `Lesen`, `lectura`."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.line_memo import per_line
from planexport.reader.words import DAY_WORDS, PER_DAY_WORDS

__all__ = ["without_rate"]

_MARKS = r"[\s:,;.~*_()\[\]–—-]*"
# A rate at the start of the words after a length, or at the end of those before it.
# "30 min/day: flashcard reviews": the rate written with a slash, right after the length.
_LEADING = lazy(rf"^{_MARKS}(?:/\s*{DAY_WORDS}|{PER_DAY_WORDS})(?![\w'’-]){_MARKS}", re.IGNORECASE)
_TRAILING = lazy(rf"(?<![\w'’-]){PER_DAY_WORDS}{_MARKS}$", re.IGNORECASE)


@per_line
def without_rate(before: str, after: str) -> tuple[str, str]:
    """The words before and after a length without the daily rate at their edges: the end of
    `before` and the start of `after`, which touch the length, and the end of the title.

    >>> without_rate("", " per day of reading")
    ('', ' of reading')
    >>> without_rate("Lesen täglich ", "")
    ('Lesen ', '')

    As they were when the rate is all the title there is (`30 min per day`)."""
    new_before, new_after = before, after
    if (hit := _LEADING.match(new_after)) is not None:
        new_after = " " + new_after[hit.end() :]
    if (hit := _TRAILING.search(new_after)) is not None and re.search(
        r"\w", new_after[: hit.start()]
    ):
        new_after = new_after[: hit.start()]
    if (hit := _TRAILING.search(new_before)) is not None:
        new_before = new_before[: hit.start()]
    if not re.search(r"[^\W\d_]", new_before + new_after):
        return before, after
    return new_before, new_after
