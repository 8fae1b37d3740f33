"""A list item's dash written against the bold title after it (`-**Práctica (1h)**: ejercicios`,
`+__Drill (20 min)__`): Markdown reads no list item there, a person reads one. Such a line is
written with the space (`- **Práctica (1h)**: …`), so it is an item among the others."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["tight_marks"]

# "-**", "+__" at a line's start, after an indent or a quote's marks, before a word's start: a
# star after the dash would make `***Title***` bold italics, so only a dash or a plus counts.
_TIGHT = lazy(r"^(?P<lead>[ \t]*(?:>[ \t]*)*[-+])(?=(?:\*\*|__)[^\s*_])", re.MULTILINE)


def tight_marks(body: str) -> str:
    """The body with a space written between each such dash and its bold title."""
    if "-**" not in body and "+**" not in body and "-__" not in body and "+__" not in body:
        return body  # the usual case: one quick look for the marks
    return _TIGHT.sub(r"\g<lead> ", body)
