"""Lengths that are quantities compared or cut, not the length of an activity: `List films
longer than 120 minutes`, `Videos under 10 minutes`, `mehr als 2 Stunden`, `más de 3 horas`,
`plus de 2 heures`, `più di 2 ore`, `mais de 2 horas`, `langer dan 2 uur`; `reduce a 2-hour job
to 30 minutes`; `Quick Start (5 Minutes to Begin)`.

Such a length is no length of the line: with no other length on it the line is a note, and a
plan whose only lengths are such is refused as one with nothing timed. A cap on a task stays
its length (`up to 45 min`, `at least 30 min`, `no more than 20 minutes`), and so does a
speed target's own rule (`in under 3 minutes`, `speed_targets`). A length that says how late
or early one is (`5 minutes late`, offset_lengths) is no length either.
"""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.offset_lengths import is_offset

__all__ = ["is_compared"]

# A comparison just before the length (a bold mark, "~" or an article between): "longer than",
# "more than", "under", "mehr als", "über", "más de", "plus de", "più di", "oltre", "mais de",
# "langer dan", "meer dan" …
_BEFORE = lazy(
    r"(?<![\w-])(?P<neg>(?:no|not|nicht|pas|non|niet|n[aã]o|nie)\s+)?"
    r"(?:(?:longer|shorter|more|less|fewer|greater)\s+than|over|under"
    r"|(?:mehr|l[aä]nger|weniger|k[uü]rzer)\s+als|[uü]ber|unter"
    r"|(?:m[aá]s|menos)\s+(?:de|que)|(?:plus|moins)\s+(?:de|que)|(?:pi[uù]|meno)\s+di|oltre"
    r"|(?:mais|menos)\s+(?:de|que)|(?:langer|korter|meer|minder)\s+dan)"
    r"[\s*_~≈]*(?:(?:a|an|the)\s+)?$",
    re.IGNORECASE,
)
# Words any of them holds, lowercased: most lines hold none near a length.
_SAYS = lazy("than|over|under|als|ber|unter|de|que|di|oltre|dan")
# "reduce a 2-hour job to 30 minutes", "reduzieren … auf 20 Minuten", "reducir … a 20 minutos",
# "réduire … à 20 minutes", "ridurre … a 20 minuti", "reduzir … para 20 minutos",
# "terugbrengen … naar 20 minuten": both lengths are quantities of the cut.
_CUT = lazy(
    r"(?<!\w)(?:reduc|reduz|r[eé]dui|ridu|cut\s+(?:down\s+)?|shorten|bring\s+down|verk[uü]rz"
    r"|verkort|terugbreng|breng\w*\s+terug)\w*\b",
    re.IGNORECASE,
)
_CUT_STEMS = lazy("redu|rédu|ridu|cut|short|bring|verk|terug")
_CUT_TO = lazy(r"\s(?:to|auf|a|à|para|naar|tot)\s+[*_~≈\s]*$", re.IGNORECASE)
_CUT_FROM = lazy(r"[^.;:]*?\s(?:to|auf|a|à|para|naar|tot)\s+[*_~≈\s]*\d", re.IGNORECASE)
# "(5 Minutes to Begin)", a bracket of its own: how soon one starts, not how long anything
# lasts ("- Settle in: 5 minutes to get started" stays a block of 5 minutes).
_TO_BEGIN = lazy(
    r"\s*(?:to|until\s+you)\s+(?:begin|start|get\s+(?:started|going))[*_\s]*\)", re.IGNORECASE
)
_OPENS = lazy(r"\([*_\s~≈]*$")


def is_compared(text: str, start: int, end: int) -> bool:
    """Whether the length at `start`..`end` in `text` is a quantity: compared (`longer than`),
    cut (`reduce a 2-hour job to 30 minutes`), how soon one begins (`5 Minutes to Begin`) or
    how late one is (`5 minutes late`)."""
    head = text[max(0, start - 24) : start].lower()
    if _SAYS.search(head) is not None:
        match = _BEFORE.search(text, max(0, start - 24), start)
        if match is not None and match.group("neg") is None:
            return True
    if _TO_BEGIN.match(text, end) is not None and _OPENS.search(text, 0, start) is not None:
        return True
    return _cut(text, start, end) or is_offset(text, end)


def _cut(text: str, start: int, end: int) -> bool:
    """Whether the length is one end of a cut: after `to` following `reduce`, or after
    `reduce` with `to` and a number to come."""
    lower = text.lower()
    if _CUT_STEMS.search(lower) is None:
        return False  # no "reduce", "cut", "verkürzen" …: most lines
    verbs = list(_CUT.finditer(text, 0, start))
    verb = verbs[-1] if verbs else None  # the last before the length
    if verb is None or re.search(r"[.;:!?]", text[verb.end() : start]):
        return False
    if _CUT_TO.search(text, verb.end(), start) is not None:
        return True  # "… to 30 minutes"
    return _CUT_FROM.match(text, end) is not None  # "a 2-hour job to 30 minutes"
