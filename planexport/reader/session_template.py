"""Weekly templates counted in sessions: `Monday: Concepts (2 sessions)`, `Session length: 50m`."""

from __future__ import annotations

import re

from planexport.reader.blocks import tidy
from planexport.reader.durations import Found, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node

__all__ = ["SESSIONS", "SESSION_LENGTH", "counts_sessions", "in_sessions", "session_length"]

# "Session length: 50 min", "Sitzungsdauer: 45 Minuten": how long one session of the plan is.
SESSION_LENGTH = lazy(
    r"^[\W_]*(?:session\s+(?:length|duration)|length\s+of\s+(?:a|one|each)\s+session|"
    r"sitzungsdauer|dur[ée]e\s+(?:d'une\s+|des\s+)?s[ée]ances?|duraci[oó]n\s+de\s+(?:la\s+|cada\s+)?"
    r"sesi[oó]n|durata\s+(?:della\s+)?sessione|dura[çc][ãa]o\s+da\s+sess[ãa]o|sessieduur)"
    r"[*_\s]*:",
    re.IGNORECASE,
)
SESSIONS = lazy(
    r"\(\s*(?P<n>\d+)\s*(?:sessions?|sesi[oó]n(?:es)?|sitzungen|sitzung|s[ée]ances?|"
    r"session[ei]|sess[õo](?:es)?|sess[ãa]o|sessies?)\s*\)",
    re.IGNORECASE,
)


def counts_sessions(nodes: list[Node]) -> bool:
    """Whether the plan counts in sessions (`Concepts (2 sessions)`) somewhere."""
    return any(
        SESSIONS.search(item.text) for node in nodes if node.kind == "list" for item in node.items
    )


def session_length(nodes: list[Node]) -> Found | None:
    """The length of one session, where the plan states it."""
    for node in nodes:
        texts = [item.text for item in node.items] if node.kind == "list" else [node.text]
        for text in texts:
            if SESSION_LENGTH.match(text):
                found = find_duration(text[SESSION_LENGTH.match(text).end() :])  # type: ignore[union-attr]
                if found is not None and found.at is None:
                    return found
    return None


def in_sessions(text: str, length: Found | None, line: int) -> list[Item]:
    """`Concept study (1 session) + flashcards (1 session)` as one item per session, each as
    long as a session; the text as it is when it counts none or no length is known."""
    if length is None or not SESSIONS.search(text):
        return [Item(text, line)]
    minutes = length.text.strip()
    out: list[Item] = []
    for part in re.split(r"\s+\+\s+|\s*;\s*", text):
        match = SESSIONS.search(part)
        if match is None:
            out.append(Item(part, line))
            continue
        title = tidy(part[: match.start()] + part[match.end() :])
        out.extend(Item(f"{title} ({minutes})", line) for _ in range(int(match.group("n"))))
    return out
