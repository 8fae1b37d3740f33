"""A bold kind of session before the real title: `- 10:10 **Discussion**: Why test first?
(10 min)`, `**Demo**: Building a parser`, `**Übung**: Listen to the dialogue`.

The label says what kind of session it is and the words after the colon say what it is about;
a person reads both as the title, `Discussion: Why test first?`, as the line writes it. Only a
kind named in `KIND_WORDS` is joined so: `**Standup**: quick sync` keeps its label as the title
and the words as its note, and a kind followed by a short place (`**Keynote**: Main Hall`,
`**Taller**: Aula 4`, `**Lab**: Room 2.14`, `**Talk**: Zoom`) keeps the place as its note.
"""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.place_titles import is_place
from planexport.reader.words import KIND_WORDS, PLACE_WORDS, fold

__all__ = ["is_kind", "kind_title"]

# "Room 2.14", "B-204", "H1": a room number alone.
_ROOM_NUMBER = lazy(r"^[A-Za-z]{0,3}[-\s]?\d{1,4}(?:[.-]\d{1,4})?[A-Za-z]?$")


def is_kind(label: str) -> bool:
    """Whether a label names a kind of session (`Demo`, `Discussion`, `Atelier`)."""
    return fold(re.sub(r"\s+", " ", label.strip(" *_:"))) in KIND_WORDS


# Small words a place's name may hold in lower case ("Hall of Fame", "Sala de Juntas").
_JOINERS = frozenset(("of", "the", "at", "on", "de", "del", "la", "le", "du", "des", "di", "da",
                      "der", "am", "im", "van", "het"))  # fmt: skip


def _is_where(words: str) -> bool:
    """Whether the words after a kind only say where: short, a room word among names
    (`Main Hall`, `Room 4`, `Aula Magna`, `online`), a room number (`B-204`) or a place."""
    text = words.strip(" *_.,;")
    parts = re.findall(r"[^\W_]+", text)
    if not parts or len(parts) > 5 or "?" in text:
        return False
    rooms = [part for part in parts if fold(part) in PLACE_WORDS]
    named = all(
        part[0].isupper() or part[0].isdigit() or fold(part) in PLACE_WORDS or part in _JOINERS
        for part in parts
    )
    return (bool(rooms) and named) or _ROOM_NUMBER.match(text) is not None or is_place(text)


def kind_title(label: str, words: str, line: str) -> str | None:
    """`Kind: words` when the label is a kind of session emphasised on its own in `line` and the
    words after it are what the session is about, not where it is; None otherwise (the label
    stays the title). A bold that holds the time too (`**09:00 Lecture**: statistics`) is a
    routine's label, not a kind set apart."""
    said, name = words.strip(), label.strip(" *_:")
    if not said or not is_kind(name) or _is_where(said):
        return None
    alone = rf"(?:\*\*|__|\*|_)\s*{re.escape(name)}\s*:?\s*(?:\*\*|__|\*|_)"
    if re.search(alone, line) is None:
        return None
    return f"{name}: {said}"
