"""Groups of one subject in a timetable: `English 4 (Grupo A)` and `English 4 (Grupo B)`.

A student attends one group of a course, so the rows of its other groups are alternatives:
the first is read, the others are notes of their days."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["other_groups"]

# "English 4 (Grupo A)", "Mathe – Gruppe 2", "Anglais groupe B", "Inglese [Gruppo 1]".
_GROUP = lazy(
    r"^(?P<base>.*?[^\W_].*?)\s*[(\[]?\s*(?:[-–—,:]\s*)?(?<!\w)"
    r"(?:group|grupo|gruppe|groupe|gruppo|groep|turma)\s*(?P<id>[a-z]|\d{1,2})\s*[)\]]?\s*$",
    re.I,
)


def other_groups(subjects: list[tuple[str, int]]) -> dict[int, tuple[str, int]]:
    """For each row (by index) that is another group of a subject an earlier row gives, that
    first row's subject and line. `subjects` are the rows' titles and lines, in order."""
    first: dict[str, tuple[str, str, int]] = {}
    out: dict[int, tuple[str, int]] = {}
    for idx, (subject, line) in enumerate(subjects):
        match = _GROUP.match(subject)
        if match is None:
            continue
        base = " ".join(match["base"].casefold().split())
        seen = first.setdefault(base, (match["id"].casefold(), subject, line))
        if seen[0] != match["id"].casefold():
            out[idx] = (seen[1], seen[2])
    return out
