"""What a push says it did: the words for its kinds of change, shared by every service."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

__all__ = ["summary"]

_WORDS = {
    "create": "created",
    "update": "updated",
    "move": "moved",
    "delete": "deleted",
    "unchanged": "unchanged",
    "completed": "completed (left alone)",
    "kept": "kept (not in the plan; --prune deletes)",
}


def summary(actions: Iterable[str]) -> str:
    """`created 3, updated 1, unchanged 20` for the actions given, in a fixed order."""
    counts = Counter(actions)
    parts = [f"{word} {counts[action]}" for action, word in _WORDS.items() if counts[action]]
    return ", ".join(parts) or "nothing to do"
