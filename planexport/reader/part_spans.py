"""A part of the day with its span in brackets before a topic (`Morning (9:00–12:00): Graphs`)."""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.words import BREAK_WORDS, SESSION_WORDS, fold

__all__ = ["day_part_label", "part_span"]

# "Morning session (9:00–12:00): Graph algorithms", "Séance du matin (9h-12h) : Graphes",
# "**Nachmittag (14:00–17:00):** Mathe", "Evening (19:00-20:00) – Review": a short label, the
# span alone in brackets, a colon, a dash or a bar, then the topic.
_SHAPE = lazy(
    r"^[^\w]{0,4}(?P<label>[^\W\d_][^():|\d]{0,40}?)\s*\((?P<span>[^()]+)\)\s*"
    r"(?:[:|\u2013\u2014]|\s-)\s*(?P<topic>\S.*)$"
)
_WORD = lazy(r"[a-z]+(?:-[a-z]+)*")
_PARTS = frozenset(w for w in SESSION_WORDS if " " not in w) - frozenset(map(fold, BREAK_WORDS))
# Words for a part of the day that qualify a session: "Sesión matutina", "Sessione pomeridiana".
_ADJECTIVES = frozenset(
    ("matutina", "matutino", "vespertina", "vespertino", "nocturna", "nocturno", "pomeridiana",
     "pomeridiano", "mattutina", "mattutino", "serale", "notturna", "notturno", "matinal",
     "noturna", "noturno", "matinale")
)  # fmt: skip
# Words for a session: "Morning session", "Séance du matin", "Vormittagseinheit".
_NOUNS = frozenset(
    ("session", "sesion", "sessie", "sitzung", "einheit", "seance", "sessione", "sessao",
     "block", "bloque", "bloc", "blocco", "blok", "slot", "class", "clase", "lesson")
)  # fmt: skip
# Small words between them: "Séance du matin", "Sesión de la tarde", "Sessão da manhã".
_BETWEEN = frozenset(
    ("de", "du", "des", "del", "della", "dello", "di", "da", "do", "la", "le", "l", "d", "dell",
     "of", "the", "in", "am", "der", "van", "het")
)  # fmt: skip


def _part(word: str) -> bool:
    """`matin`, `tarde`, `pomeridiana`; `ochtendsessie`, `nachmittagseinheit`: a part of the
    day, alone or joined to a word for sessions."""
    if word in _PARTS or word in _ADJECTIVES:
        return True
    tails = (word[len(part) :] for part in _PARTS if len(part) >= 4 and word.startswith(part))
    return any(tail in _NOUNS or (tail[:1] == "s" and tail[1:] in _NOUNS) for tail in tails)


def day_part_label(label: str) -> bool:
    """Whether a short label names a part of the day as a session and nothing else: `Morning
    session`, `Afternoon`, `Sesión de tarde`, `Nachmittag`, `Séance du matin`, `Ochtendsessie`;
    never a meal (`Lunch`) or an activity (`Morning run`)."""
    words = _WORD.findall(fold(label))
    if not words or len(words) > 4:
        return False
    parts = sum(1 for w in words if _part(w))
    others = sum(1 for w in words if not _part(w) and (w in _BETWEEN or w in _NOUNS))
    return parts >= 1 and parts + others == len(words)


def part_span(text: str) -> tuple[str, str] | None:
    """The session and the title of a line led by a part of the day and its span in brackets
    (`Morning session`, `Graph algorithms`), or None for any other line (`Morning run (6:00 -
    7:00): 5 km`, `Lunch (12:00 - 13:00): Pasta` and `Chapter 3 (9:00 - 10:00): …` read as
    before)."""
    match = _SHAPE.match(re.sub(r"\*\*|__", "", text).strip())
    if match is None:
        return None
    span = match["span"].strip(" ~")
    found = find_duration(span)
    if found is None or found.at is None or span[: found.start].strip(" ~"):
        return None
    if span[found.end :].strip(" ~"):
        return None  # "(9:00–12:00, room 4)": more than when
    label = match["label"].strip(" ,-")
    topic = match["topic"].strip(" *_")
    if not day_part_label(label) or not re.search(r"[^\W\d_]", topic):
        return None
    said = find_duration(topic)
    if said is not None and said.at is None and not topic.replace(said.text, "").strip(" .()"):
        # "Morning Block (6:00 AM - 10:00 AM) - 4 hours": the span's length said again, no topic
        return label, label  # its title is the part; a length unlike the span's is warned
    return label, topic
