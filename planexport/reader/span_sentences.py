"""A clock span's line that goes on in sentences (`9am - 12pm will be lecture time. We will
have a break halfway through.`): the first sentence names the block, the others are its note.

A copula left between the span and what it is for (`is`, `are`, `will be`) is no part of the
title (`lecture time`). A dot after an abbreviation (`Dr. Lee`, `ch. 3`, `approx. Two`), a
number (`v2.0`), inside brackets (`Arbeit (inkl. Mittagspause)`) or before a word in lower case
ends no sentence.
"""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["sentence_title"]

# A dot, then a space and a capital letter, after a word of three letters or more.
_END = lazy(r"(?<=[^\W\d_]{3})[.!?](?=\s+[A-Z])")
# Words that a dot shortens ("Prof. Okafor", "Sept. 19", "approx. Two hours"): no sentence end.
_SHORT_WORDS = (
    "etc approx incl inkl excl usw bzw min mins hrs max resp vol fig no prof dept univ assoc "
    "corp inc ltd mrs jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu "
    "thur thurs fri sat sun ave blvd"
)
_ABBREVIATIONS = frozenset(_SHORT_WORDS.split())
_OPENINGS = frozenset(("wi", "is", "ar", "wa"))
_COPULA = lazy(r"^(?:will\s+be|is|are|was)\s+(?=\S)", re.IGNORECASE)


def sentence_title(title: str) -> tuple[str, str] | None:
    """The title and the note of a span's `title` written as sentences, or None when it is
    one sentence with no copula before it."""
    if not any(mark in title for mark in ".!?") and title[:2].lower() not in _OPENINGS:
        return None  # no sentence ends in it and no copula opens it: most titles
    copula = _COPULA.match(title)
    rest = title[copula.end() :] if copula else title
    note = ""
    for end in _END.finditer(rest):
        word = re.findall(r"\w+", rest[: end.start()])[-1].lower()
        before = rest[: end.start()]
        if word in _ABBREVIATIONS or before.count("(") > before.count(")"):
            continue  # "Arbeit (inkl. Mittagspause)": inside brackets, no sentence ends
        rest, note = rest[: end.start()], rest[end.end() :].strip()
        break
    if copula is None and not note:
        return None
    return rest.strip(), note
