"""Who gives a session, after a dash at the end of its title (`2:00 – 2:10 PM Welcome and
Introductions – Tom Scogland, Principal Computer Scientist, LLNL`): the block's note, not its
title."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock

__all__ = ["credit_speakers"]

# A person's name: two or three capitalised words ("Tom Scogland", "Mary Ann Lee", "Jan de Vries"
# with its particle), no digits.
_WORD = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_NAME = rf"{_WORD}(?:\s+(?:de|van|von|da|di|del|der|le|la))?(?:\s+{_WORD}){{1,2}}"
# "Title – Name", "Title - Name and Name", "Title– Name, Role, Place": a dash with a space after
# it, names, then maybe a comma and what the people are.
_CREDIT = lazy(
    rf"^(?P<title>.*?[^\s\-–—])\s*[-–—]\s+(?P<who>(?P<names>{_NAME}(?:\s+(?:and|&)\s+{_NAME})*)"
    rf"(?P<role>,\s+\S.*)?)$"
)
_SPLIT = lazy(r"\s+(?:and|&)\s+")
_LETTERS = lazy(r"[a-z]+")
# What follows a name when it says who the person is: a job or a place of work.
_ROLES = frozenset(
    ("scientist", "engineer", "professor", "prof", "developer", "director", "lead", "researcher",
     "lecturer", "student", "fellow", "manager", "founder", "ceo", "cto", "architect", "analyst",
     "postdoc", "phd", "university", "laboratory", "lab", "institute", "inc", "ltd", "gmbh",
     "college", "school", "center", "centre", "division", "department", "team", "maintainer",
     "instructor", "consultant", "advocate", "chair", "head")
)  # fmt: skip


def credit_speakers(blocks: list[RawBlock]) -> None:
    """Move who gives each pinned session from its title to its note: `Title – Name, Role` (a
    job or a place of work after the names), and `Title – Name` or `Title - Name and Name` when
    the day names those people so elsewhere. `Keynote – Building Reliable Systems` and
    `Session 2 – Data Cleaning and Feature Engineering` keep their titles."""
    found: list[tuple[RawBlock, re.Match[str], list[str]]] = []
    for raw in blocks:
        if raw.at is None or not any(dash in raw.title for dash in "-–—"):
            continue  # the cheap test: only a timed title with a dash can credit anyone
        match = _CREDIT.match(raw.title)
        if match is not None:
            found.append((raw, match, [n for n in _SPLIT.split(match["names"]) if n]))
    if not found:
        return
    known: set[str] = set()
    credited: set[int] = set()
    for raw, match, names in found:
        role = match["role"]
        if role and not _ROLES.isdisjoint(_LETTERS.findall(fold(role))):
            known.update(names)
            credited.add(id(raw))
    for raw, match, names in found:
        if id(raw) in credited or (known and all(name in known for name in names)):
            title, who = match["title"].strip(), match["who"].strip()
            raw.title = title
            raw.note = f"{who}; {raw.note}" if raw.note else who
