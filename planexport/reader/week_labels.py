"""Weeks named by a paragraph of their own instead of a heading: `**Week 1**`, `Week 2 – Storage`,
`**Semana 3: Repaso**` over the week's day lines (`- Day 1: S3 deep dive (2 hrs)`).

Such a line starts with the week's word and number, and says no more than a title after a
colon, a dash, a bar or a bracket; a sentence about a week (`Week 1 is mostly reading.`) is no
label. The week runs to the next heading or label, as a heading's would.
"""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import WEEK_WORDS

__all__ = ["week_label"]

_LABEL = lazy(
    rf"^[\W_]*{WEEK_WORDS}\s*(?P<num>\d{{1,2}})(?![\d.,/]|:\d)[*_]*"
    r"\s*(?:$|[:.|(\[\u2013\u2014-])",  # then the end, or a colon, a dash, a bar, a bracket
    re.IGNORECASE,
)
# A label is a line, not a paragraph of prose: a title of a few words at most.
_LONGEST = 80


def week_label(text: str) -> int | None:
    """The number of the week a paragraph names on its own, or None when it is no week label."""
    plain = unwrap(text).strip()
    if len(plain) > _LONGEST or "\n" in plain:
        return None
    match = _LABEL.match(plain)
    return int(match.group("num")) if match is not None else None
