"""A length per thing counted (`Average 1 minute per question`, `2 min per problem`, `90 seconds
each MCQ`, `30 minutes per medium, 45 per hard`, `2 problems in 45 min each`): a pace to keep
while working, not a block of that length."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["is_pace"]

# What a pace is counted in: the questions, problems and cards of a test or a drill, or a
# problem by its difficulty ("Time limit: 30 minutes per medium, 45 minutes per hard").
_PER_THING = lazy(
    r"^\s*(?:per|a|an|each|every|/)\s*(?:questions?|q|qs|problems?|mcqs?|items?|cards?"
    r"|flashcards?|pages?|passages?|puzzles?|exercises?|sums?|marks?|words?)(?![\w-])"
    r"|^\s*(?:per|each|every|/)\s*(?:easy|mediums?|hards?)(?![\w-])",
)

# "… 45 min each" closing its phrase, after a count of things ("2 problems in", "3 mocks of"):
# the length of each of them. "30 min each day" is a daily block, not a pace.
_EACH = lazy(r"^\s*each\s*(?:[.,;:)!*_]|$)", re.IGNORECASE)
_COUNT = lazy(r"(?<![\w.,:])\d{1,2}\s+[^\W\d_]{3,}\b")


def is_pace(text: str, end: int, start: int | None = None) -> bool:
    """Whether the length that ends at `end` in `text` is per question, problem or card, or,
    given where it starts, per each of the things counted before it."""
    if _PER_THING.match(text[end : end + 40].lower()) is not None:
        return True
    return (
        start is not None
        and _EACH.match(text[end : end + 12]) is not None
        and _COUNT.search(text[:start]) is not None
    )
