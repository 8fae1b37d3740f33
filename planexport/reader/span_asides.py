"""Words in brackets beside a clock span in a table's time cell (`5:45 – 6:30 PM *(Optional)*`,
`09:00-10:00 (TBC)`): what the writer says of the slot, kept as the block's note."""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap

__all__ = ["span_aside"]

# "(Optional)", "*(TBC)*", "[tentative]": a bracket of words, emphasis around it or not.
_ASIDE = lazy(r"^[*_\s]*[(\[](?P<words>[^()\[\]\d]*[^\W\d_][^()\[\]\d]*)[)\]][*_\s]*$")


def span_aside(cell: str) -> str | None:
    """The bracketed words a time cell writes after or before its span, else None; a length
    (`(2h)`), a time or noon (`12:00 pm (Noon)`) is part of the span, never an aside."""
    if "(" not in cell and "[" not in cell:
        return None
    found = find_duration(cell)
    if found is None or found.at is None:
        return None
    rest = f"{cell[: found.start]} {cell[found.end :]}".strip()
    match = _ASIDE.match(rest)
    if match is None:
        return None
    words = " ".join(unwrap(match["words"]).split())
    if find_duration(words) or find_point_time(words) is not None or _clock_word(words):
        return None
    return words


def _clock_word(words: str) -> bool:
    return re.fullmatch(r"(?i)noon|midnight|midday|approx\.?|ca\.?|about", words) is not None
