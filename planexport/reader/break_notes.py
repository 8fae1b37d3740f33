"""A break written after a block's length, in the seven languages: `45 min + 15 min break:
Reading`, `Reading (45 min + 15 min break)`, `Lesen: 45 Min. + 15 Min. Pause`, `45 min + 15 min
pausa: Lectura`, `Reading: 45 min, then 15 min break`, `10 minutos de descanso`.

The block lasts its own length; the break is said in its note (`15 min break`), and the words
after it (`: Reading`) title the block, as after a length alone.
"""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.line_memo import per_line
from planexport.reader.plus_lengths import break_after

__all__ = ["break_first"]

# What may join the break to the length before it: "+", "and", "then", "und", "y", "et", …
_JOIN = lazy(
    r"^[\s,;(]*(?:(?:\+|&|and(?:\s+then)?|then|plus|und(?:\s+dann)?|dann|y|et|puis|e|poi|en"
    r"|depois|luego|ensuite|danach|dopo|daarna|despu[eé]s)\s*)?",
    re.IGNORECASE,
)
_AFTER = " \t:;,|)]→-\u2013\u2014"


@per_line  # asked of each block's rest of line, twice, and a long plan repeats its lines
def break_first(note: str) -> tuple[str, str] | None:
    """The break that opens what follows a length (`+ 15 min break: Reading`) and the rest
    after it (`Reading`); None when `note` opens with no length that a break word follows.

    >>> break_first("+ 15 min break: Reading")
    ('15 min break', 'Reading')
    """
    join = _JOIN.match(note)
    if join is None:
        return None
    found = find_duration(note, join.end())
    if found is None or found.start != join.end() or found.at is not None:
        return None
    end = break_after(note, found.end)
    if end is None:
        return None
    return " ".join(note[found.start : end].split()), note[end:].lstrip(_AFTER).strip()
