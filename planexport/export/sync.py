"""The shared vocabulary of a push: actions, one Change type, and the words that report them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

__all__ = ["WORDS", "WOULD", "Action", "Change", "ChangeSet", "Kind", "summary", "would"]

Action = Literal["create", "update", "move", "delete", "unchanged", "completed", "kept"]
"""What a push does to one thing, or why it leaves it alone."""
Kind = Literal["project", "section", "task", "subtask", "label", "event"]
"""What the thing is: Todoist's objects, or a calendar's event resource."""

WORDS: dict[Action, str] = {
    "create": "created",
    "update": "updated",
    "move": "moved",
    "delete": "deleted",
    "unchanged": "unchanged",
    "completed": "completed (left alone)",
    "kept": "kept (not in the plan; --prune deletes)",
}
"""How a push that ran reports each action, in the order reports list them."""

WOULD: dict[Action, str] = {
    "create": "create {}",
    "update": "update {}",
    "move": "move {}",
    "delete": "delete {}",
    "unchanged": "leave {} unchanged",
    "completed": "leave {} completed alone",
    "kept": "keep {} not in the plan (--prune deletes them)",
}
"""How a dry run reports each action."""


@dataclass(frozen=True)
class Change:
    """One thing a push does (or leaves alone), by name."""

    action: Action
    kind: Kind
    name: str
    fields: tuple[str, ...] = ()
    """The fields an update changes."""

    def __str__(self) -> str:
        detail = f" ({', '.join(self.fields)})" if self.fields else ""
        return f"{self.action:<9} {self.kind:<7} {self.name}{detail}"


class ChangeSet:
    """What a set of changes counts and says; mixed into each service's result of planning."""

    changes: tuple[Change, ...]

    def count(self, action: Action) -> int:
        """How many changes have `action`."""
        return sum(1 for c in self.changes if c.action == action)

    def summary(self) -> str:
        """`created 3, updated 1, ...` for the actions that happened."""
        return summary(c.action for c in self.changes)


def summary(actions: Iterable[str]) -> str:
    """`created 3, updated 1, unchanged 20` for the actions given, in a fixed order."""
    counts = Counter(actions)
    parts = [f"{word} {counts[action]}" for action, word in WORDS.items() if counts[action]]
    return ", ".join(parts) or "nothing to do"


def would(actions: Iterable[str]) -> str:
    """What a dry run would do, as a sentence: `would create 3, leave 20 unchanged`."""
    counts = Counter(actions)
    parts = [word.format(counts[a]) for a, word in WOULD.items() if counts[a]]
    parts += [f"{a} {n}" for a, n in counts.items() if a not in WOULD]
    return "would " + ", ".join(parts) if parts else "nothing to do"
