"""A note written with HTML line breaks (`Sorting<br>• Binary search` in a table's notes
column): each `<br>` is a line of the note, as a calendar or a task list shows it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.emphasis import plain
from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.hour_phrases import Rewrite

__all__ = ["note_text"]

_BREAK = lazy(r"[ \t]*<br\s*/?>[ \t]*", re.IGNORECASE)


def note_text(note: str, written: list[Rewrite] | None = None) -> str:
    """A note as the reader keeps it: emphasis that wrapped it dropped, its `<br>` line breaks,
    and the phrases of hours read as spans (`von 14 bis 16 Uhr`) as its author wrote them."""
    if "<" in note and "<br" in note.lower():
        lines = _BREAK.sub("\n", note).split("\n")
        note = "\n".join(line for line in (part.strip() for part in lines) if line)
    note = plain(note)
    if written:
        from planexport.reader.hour_phrases import as_written

        note = as_written(note, written)
    return note
