"""A length said of one part of a sentence under a start heading (`### 3:00 PM` over `Some
reading and then a short power nap for 25 minutes.`): the nap's 25 minutes are inside the time
until the next start, not the block's length; the block is titled by the sentence cut at the
length, and the sentence is its note."""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.words import fold

__all__ = ["part_title"]

# Words that put one thing after another in a sentence, folded: "and then", "puis", "danach".
_THEN = frozenset(
    ("then", "afterwards", "afterward", "later", "dann", "danach", "anschliessend", "luego",
     "despues", "puis", "ensuite", "apres", "poi", "dopo", "depois", "seguida", "daarna",
     "vervolgens")
)  # fmt: skip
# "for 25 minutes", "für 25 Minuten", "of 25 minutes", "de 25 minutos": the word before the length.
_FOR = lazy(
    r"[\s,]+(?:for|of|during|f[üu]r|von|w[äa]hrend|pendant|durant|de|durante|por|per|di|da"
    r"|gedurende|voor|van)[\s*_]*$",
    re.IGNORECASE,
)
_CUT = " ,;:-\u2013\u2014*_"


def part_title(text: str) -> str | None:
    """The short title of a sentence whose one length is said of a part of it (`Some reading
    and then a short power nap`), or None when the length is the line's own (`Review (30 min)`,
    `Reading for 30 minutes.`) or the line is no such sentence."""
    plain = text.strip()
    if not plain.endswith((".", "!")) or plain.endswith(".."):
        return None
    found = find_duration(plain)
    if found is None or found.at is not None or find_duration(plain, found.end) is not None:
        return None
    before = plain[: found.start]
    if before.count("(") > before.count(")") or ":" in before:
        return None  # "Review (30 min).", "Nap: 25 minutes, then emails."
    words = re.findall(r"[^\W\d_]+", fold(plain))
    if not any(w in _THEN for w in words):
        return None  # "Reading for 30 minutes.": the length is the line's
    title = _FOR.sub("", before).strip(_CUT)
    if len(re.findall(r"[^\W\d_]+", title)) < 2:
        return None  # "25 minutes of reading, then a nap.": no title before the length
    return title
