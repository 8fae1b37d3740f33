"""The number a timed heading counts its blocks with, left out of the block's title.

Course outlines number the headings of their parts: `### 01 Python basics (45 min)`,
`### 2) Loops (30 min)`, `### 3 - Functions (1h)`, `### 4. Warm-up (10 min)`. A calendar event
is titled by what is done (`Python basics`, `Loops`), as a numbered list's `1. Warm-up` already
is: the number only orders the parts. A number that is the whole title (`### 6 (20 min)`) stays,
and so does one that counts something (`### 3 Eggs benedict`, `### 2 - 3 sets`), a step's
(`### Step 5 Review`), a date's (`### 9. Mai`) and one that names a part by its count alone
(`### 1. Stunde: Einführung`, `### 2) Session`).
"""

from __future__ import annotations

import re

from planexport.reader.dates import MONTH_NAMES
from planexport.reader.lazy import lazy
from planexport.reader.words import COUNTED_PART_WORDS, fold

__all__ = ["unnumbered_title"]

# "01 ", "2) ", "3 - ", "4. ", "5: " before a word; a zero-padded number needs no mark.
# A name in code or quotes counts as a word: "2. `einzahlen()` implementieren".
_NUMBER = lazy(
    r"^(?:0\d{1,2}[.):]?\s+|\d{1,2}(?:[.):]\s+|\s+[-\u2013\u2014:]\s+))(?=[`'\"\u201c]?[^\W\d_])"
)
_WORD = lazy(r"[^\W\d_]+")
_MONTH = lazy(rf"^(?:{MONTH_NAMES})\b", re.IGNORECASE)


def unnumbered_title(title: str) -> str:
    """`title` without the number a heading counts its parts with.

    >>> unnumbered_title("01 Python basics")
    'Python basics'
    >>> unnumbered_title("3 - Functions")
    'Functions'
    >>> unnumbered_title("6")
    '6'
    """
    match = _NUMBER.match(title)
    if match is None:
        return title
    rest = title[match.end() :]
    if _MONTH.match(rest):
        return title  # "9. Mai", "12 - March": a date, not a count
    first = _WORD.match(rest)
    if first is not None and fold(first.group()) in COUNTED_PART_WORDS:
        return title  # "1. Stunde: Einführung": the first lesson, not a lesson
    return rest
