"""A note written with HTML line breaks (`Sorting<br>• Binary search` in a table's notes
column): each `<br>` is a line of the note, as a calendar or a task list shows it."""

from __future__ import annotations

import re

from planexport.reader.emphasis import plain
from planexport.reader.lazy import lazy

__all__ = ["note_text"]

_BREAK = lazy(r"[ \t]*<br\s*/?>[ \t]*", re.IGNORECASE)


def note_text(note: str) -> str:
    """A note as the reader keeps it: emphasis that wrapped it dropped, its `<br>` line breaks."""
    if "<" in note and "<br" in note.lower():
        lines = _BREAK.sub("\n", note).split("\n")
        note = "\n".join(line for line in (part.strip() for part in lines) if line)
    return plain(note)
