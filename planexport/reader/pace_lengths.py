"""A length per thing counted (`Average 1 minute per question`, `2 min per problem`, `90 seconds
each MCQ`, `30 minutes per medium, 45 per hard`): a pace to keep while working, not a block of
that length."""

from __future__ import annotations

from planexport.reader.lazy import lazy

__all__ = ["is_pace"]

# What a pace is counted in: the questions, problems and cards of a test or a drill, or a
# problem by its difficulty ("Time limit: 30 minutes per medium, 45 minutes per hard").
_PER_THING = lazy(
    r"^\s*(?:per|a|an|each|every|/)\s*(?:questions?|q|qs|problems?|mcqs?|items?|cards?"
    r"|flashcards?|pages?|passages?|puzzles?|exercises?|sums?|marks?|words?)(?![\w-])"
    r"|^\s*(?:per|each|every|/)\s*(?:easy|mediums?|hards?)(?![\w-])",
)


def is_pace(text: str, end: int) -> bool:
    """Whether the length that ends at `end` in `text` is per question, problem or card."""
    return _PER_THING.match(text[end : end + 40].lower()) is not None
