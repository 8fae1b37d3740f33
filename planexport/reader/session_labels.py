"""A bold label over timed lines names their session: `**Ochtendsessies:**`, `**Evening:**`."""

from __future__ import annotations

import re

from planexport.reader.blocks import session_name, tidy
from planexport.reader.durations import DASH
from planexport.reader.outline import unwrap
from planexport.reader.words import SESSION_WORDS, fold

__all__ = ["label_session", "lead_session"]

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
