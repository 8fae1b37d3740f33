"""A dated session's own length on a line of its own (`_2h_`) with more lines after it, and
sessions named on a bold line (`**Chapitre 11 - Séance 3**`) with their date on it or on the line
under it (`*jeudi 04/04/2025*`, `Date : 04/04/2025`): each read as `### Séance 3 — 04/04/2025`
over `_2h_` is, the lines after the length a note of the session."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.dates import date_in
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node
from planexport.reader.words import WEEKDAYS, fold

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["bold_session_heads", "length_parts", "other_words", "split_length_lines"]

# "**Chapitre 7 - Séance 3** *mardi 1/10/2024* _2h_": the bold name, then what follows it.
_BOLD = lazy(r"^\s*(?P<mark>\*\*|__)(?P<name>(?:(?!(?P=mark)).)+?)(?P=mark)(?P<rest>.*)$")
# An emphasised span among the paragraph's words: "_2h_", "*2 h*".
_EMPHASIS = lazy(r"(?:^|(?<=\s))([*_])(?![*_\s])(?P<inner>[^*_\n]{1,20}?)(?<=\S)\1(?=\s|$)")
# The label a date line may have besides its date: "Date : mardi 1/10/2024".
_DATE_WORDS = lazy(r"\b(?:date|datum|fecha|data)\b", re.IGNORECASE)


def split_length_lines(nodes: list[Node], heads: list[int]) -> bool:
    """Cut the length that opens the paragraph under each session heading (`_2h_` then
    `Objectif : …` on the next line) into a line of its own, in place; True when one was cut."""
    cut = False
    for idx in reversed(heads):
        if idx + 1 >= len(nodes) or nodes[idx + 1].kind != "paragraph":
            continue
        parts = length_parts(nodes[idx + 1].text.strip())
        if parts is not None and not parts[0] and parts[2]:
            line = nodes[idx + 1].line
            nodes[idx + 1 : idx + 2] = [
                Node("paragraph", line, text=parts[1]),
                Node("paragraph", line + 1, text=parts[2]),
            ]
            cut = True
    return cut


def bold_session_heads(
    nodes: list[Node],
    session: Callable[[str], re.Match[str] | None],
    *,
    year: int | None,
    us: bool,
) -> bool:
    """Turn each dated session's bold paragraph into a heading (deeper than the plan's own), its
    length into a line of its own under it and the lines after into a note, in place; only when
    two or more sessions are so written. True when they were.

    `session` matches a session's name (`Séance 3`, `Chapitre 7 - Sitzung 2`) and its rest.
    """
    found: list[tuple[int, int, list[Node]]] = []  # place, nodes taken, nodes in their stead
    for idx in range(len(nodes)):
        head = _session_head(nodes, idx, session, year=year, us=us)
        if head is not None:
            found.append((idx, *head))
    if len(found) < 2:
        return False
    level = min(6, max((n.level for n in nodes if n.kind == "heading"), default=0) + 1)
    for idx, taken, new in reversed(found):
        new[0].level = level
        nodes[idx : idx + taken] = new
    return True


def _session_head(
    nodes: list[Node],
    idx: int,
    session: Callable[[str], re.Match[str] | None],
    *,
    year: int | None,
    us: bool,
) -> tuple[int, list[Node]] | None:
    """How many nodes a bold session line and its date take, and the heading, length and note
    that stand in for them."""
    node = nodes[idx]
    bold = _BOLD.match(node.text) if node.kind == "paragraph" else None
    named = session(bold.group("name").strip()) if bold is not None else None
    if bold is None or named is None:
        return None
    taken, text, line = 1, bold.group("rest").strip(), node.line
    if not text and idx + 1 < len(nodes) and nodes[idx + 1].kind == "paragraph":
        # "**Chapitre 7 - Séance 3**", a blank line, then "*mardi 1/10/2024*".
        taken, text, line = 2, nodes[idx + 1].text.strip(), nodes[idx + 1].line
    before, length, after = length_parts(text) or (text, "", "")
    dated = f"{named.group('rest')} {before}".strip()
    _, hit = date_in(dated, year, month_first=us)
    if hit is None or other_words(dated, hit):
        return None  # no date, or a sentence beside it: not a session's own line
    new = [Node("heading", node.line, text=f"{named.group('name')} {dated}")]
    if length:
        # Under the date's line, or under the bold line when the date is on it.
        line += 1 if taken == 2 and not before else 2 if before and not named.group("rest") else 1
        new.append(Node("paragraph", line, text=length))
    if after:
        new.append(Node("paragraph", line + 1, text=after))
    return taken, new


def length_parts(text: str) -> tuple[str, str, str] | None:
    """The words before the first emphasised length (`_2h_`), that length, and the words after."""
    for match in _EMPHASIS.finditer(text):
        inner = match.group("inner")
        found = find_duration(inner)
        if found is not None and found.at is None and not re.search(r"[^\W\d_]{4,}", inner):
            return text[: match.start()].strip(), match.group(), text[match.end() :].strip()
    return None


def other_words(text: str, hit: re.Match[str]) -> bool:
    """Whether words besides the date, a weekday and a `Date :` label are there (a sentence)."""
    words = _DATE_WORDS.sub(" ", text[: hit.start()] + " " + text[hit.end() :])
    return any(len(w) >= 4 and fold(w) not in WEEKDAYS for w in re.findall(r"[^\W\d_]+", words))
