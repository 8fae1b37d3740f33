"""A bold label over timed lines names their session: `**Ochtendsessies:**`, `**Evening:**`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import session_name, tidy
from planexport.reader.durations import DASH
from planexport.reader.outline import unwrap
from planexport.reader.words import SESSION_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["among_parts_of_day", "heading_session", "label_session", "lead_session"]

_PARTS = frozenset(w for w in SESSION_WORDS if " " not in w)
# Words for "sessions" and their compounds' tails: "Ochtendsessies", "Nachmittagseinheiten".
_SESSION_NOUNS = frozenset(
    (
        "session", "sessions", "sesion", "sesiones", "sessie", "sessies", "sitzung", "sitzungen",
        "einheit", "einheiten", "seance", "seances", "sessione", "sessioni", "sessao", "sessoes",
        "block", "blocks", "bloque", "bloques", "bloc", "blocs", "blocco", "blocchi", "blok",
        "blokken", "slots", "classes", "clases", "lessons", "lektionen", "lezioni", "aulas",
    )
)  # fmt: skip


def _session_word(word: str) -> bool:
    if word in _PARTS or word in _SESSION_NOUNS:
        return True
    # "ochtendsessies", "abendeinheiten": a part of the day joined to a word for sessions.
    for part in _PARTS:
        tail = word[len(part) :] if len(part) >= 4 and word.startswith(part) else ""
        if tail in _SESSION_NOUNS or (tail[:1] == "s" and tail[1:] in _SESSION_NOUNS):
            return True
    return False


def label_session(text: str) -> str | None:
    """The session a short bold label ending in a colon names (`**Sesiones de tarde:**`),
    else None. Only a label naming sessions or a part of the day counts: `**Notes:**` is none."""
    plain = unwrap(text.strip())
    if not re.fullmatch(r"(\*\*|__)[^*_]{1,40}?:?(\*\*|__):?", text.strip()):
        return None
    if not plain.rstrip("*_ ").endswith(":"):
        return None
    name = tidy(plain.rstrip("*_ ").removesuffix(":"))
    words = re.findall(r"[a-z]+(?:-[a-z]+)*", fold(name))
    if not words or len(words) > 4 or not any(_session_word(w) for w in words):
        return None
    return name


def lead_session(title: str) -> str | None:
    """The part of the day a bold block line starts with (`**Avond - TEDx** (16:00 - 20:00)`):
    its own session, not the one of the lines above it."""
    lead = re.split(rf"\s[{DASH}]\s|:", title, maxsplit=1)
    name = session_name(lead[0]) if len(lead) == 2 else None
    return name if name is not None and not re.search(r"\d", name) else None


def _sibling_headings(nodes: list[Node], idx: int) -> list[int]:
    """The headings at the level of heading `idx` under the same heading above it."""
    level = nodes[idx].level

    def above(j: int) -> bool:
        return nodes[j].kind == "heading" and nodes[j].level < level

    start = next((j + 1 for j in range(idx - 1, -1, -1) if above(j)), 0)
    end = next((j for j in range(idx + 1, len(nodes)) if above(j)), len(nodes))
    return [j for j in range(start, end) if nodes[j].kind == "heading" and nodes[j].level == level]


def among_parts_of_day(nodes: list[Node], idx: int) -> bool:
    """Whether heading `idx` or one beside it names a part of the day (`### Mañana`)."""
    for j in _sibling_headings(nodes, idx):
        name = session_name(nodes[j].text)
        if name is not None and not re.search(r"\d", name):
            return True
    return False


def heading_session(nodes: list[Node], idx: int) -> str | None:
    """The session a heading with no time of its own names for the timed lines below it, beside
    headings of parts of the day: `### Bloque Matutino de Trabajo` between `### Mañana` and
    `### Tarde/Noche` is a part of the day too."""
    if not among_parts_of_day(nodes, idx):
        from planexport.reader.course_groups import course_group_session

        return course_group_session(nodes, idx)  # "### Niveau Débutant" of a course
    return tidy(re.sub(r"\([^)]*\)", " ", unwrap(nodes[idx].text))) or None
