"""Obsidian Tasks fields after a task's title (`Thesis chapter ⏳ 2027-01-11 🔼`): its note."""

from __future__ import annotations

from planexport.reader.lazy import lazy

__all__ = ["TASK_MARKS", "task_fields"]

# The emoji the Tasks plugin writes its fields with: dates (scheduled, due, start, created, done,
# cancelled), priorities, a recurrence, an id and what the task waits on.
TASK_MARKS = "⏳📅🛫➕✅❌🔺⏫🔼🔽⏬🔁🆔⛔"
_DATE = r"\d{4}-\d{2}-\d{2}"
_FIELD = (
    rf"(?:[⏳📅🛫➕✅❌]\ufe0f?\s*{_DATE}|[🔺⏫🔼🔽⏬]\ufe0f?|🔁\ufe0f?\s*every\b[^⏳📅🛫➕✅❌🔺⏫🔼🔽⏬🆔⛔]*"
    r"|🆔\s*[\w-]+|⛔\s*[\w,-]+)"
)
# One field or more at the end of a title, after the title's words.
_TAIL = lazy(rf"(?<=\S)\s+(?P<fields>{_FIELD}(?:\s*{_FIELD})*)\s*$")


def task_fields(title: str) -> tuple[str, str | None]:
    """The title without the Tasks fields that end it, and those fields as written (None when
    it has none): `Thesis chapter ⏳ 2027-01-11 🔼` is `Thesis chapter`, with `⏳ 2027-01-11 🔼`
    kept for its note; a title that is only fields stays as it is."""
    match = _TAIL.search(title)
    if match is None:
        return title, None
    return title[: match.start()].rstrip(), match.group("fields").strip()
