"""A timed line whose words open with an emphasised title (`9:00-12:30 - *Registration* - Hall`)."""

from __future__ import annotations

from planexport.reader.durations import DASH
from planexport.reader.kind_titles import kind_title
from planexport.reader.lazy import lazy

__all__ = ["emphasised_lead"]

# "*Registration* - Blue Hall", "**Keynote**: Main Hall", "_Accrediti_ – Sala Blu": the
# emphasised run is the title; what follows the separator is where, or a note.
_LEAD = lazy(
    r"^\s*(?P<mark>\*\*|__|\*|_)(?P<title>[^*_\s](?:[^*_]*[^*_\s])?)(?P=mark)"
    rf"(?:\s*[:|,]|\s+[{DASH}]+)\s*(?P<rest>[^\s*_].*)$"
)


def emphasised_lead(words: str) -> tuple[str, str] | None:
    """The emphasised title that opens the words after a clock span and the note after it,
    or None when the words do not open with one."""
    match = _LEAD.match(words)
    if match is None or kind_title(match.group("title"), match.group("rest"), words) is not None:
        return None  # "10:00-11:00 **Lab**: Writing tests": the kind and what, one title
    return match.group("title"), match.group("rest")
