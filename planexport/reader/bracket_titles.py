"""A length in brackets before a line (`- [40 min.] Auftrag: Präsentation`): the rest names it.

`60 min – Concepts: read the chapter` is the block `Concepts` with the words after the colon as
its note; a length written first in square brackets is a label set before the whole line, so
`[40 min.] Auftrag: [Präsentation](…)` is the block `Auftrag: Präsentation`, as
`[15 Min.] Aufgabe: Tabelle`, `[20 min] Lectura: capítulo 2`, `[10 min] Débat : les règles`
are, links read as their text. `Reading: 30 min` keeps its reading: its length is after the
colon, not first in brackets.
"""

from __future__ import annotations

from planexport.reader.lazy import lazy

__all__ = ["bracket_first"]

# "[40 min.]", "[~15 Min]", "[1 h]", "[ca. 20 min]": a length alone in square brackets, first.
_FIRST = lazy(r"\s*(?:[-*+]\s+|\d{1,2}[.)]\s+)?\[\s*(?:~|ca\.?\s*)?\d[^\[\]]{0,20}\]\s*\S")


def bracket_first(text: str, note: str) -> bool:
    """Whether line `text` starts with its length in square brackets and the rest (`note`) is
    one name with a colon in it, not a title and its note."""
    return ":" in note and _FIRST.match(text) is not None
