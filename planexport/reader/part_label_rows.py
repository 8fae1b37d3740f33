"""A row of an agenda of starts that names a part of the day at the start of its first row:
`| **1:00** | **Afternoon Session** |` over `| 1:00 | Topic 3 |` is a heading, not a block."""

from __future__ import annotations

import re

from planexport.reader.words import SESSION_WORDS, fold

__all__ = ["part_label"]

_PARTS = frozenset(SESSION_WORDS)
# What may follow the part of the day in such a label: "Afternoon Session", "Morning block".
_TAILS = frozenset(("session", "sessions", "block", "part", "program", "programme", "sitzung",
                    "einheit", "programm", "sesion", "bloque", "seance", "bloc", "sessione",
                    "blocco", "sessao", "bloco", "sessie", "blok", "deel"))  # fmt: skip


def _label(title: str) -> bool:
    """Whether a title only names a part of the day (`Afternoon Session`, `Nachmittag`), not
    something done in it (`Morning Keynote`, `Morning run`)."""
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", fold(title))
    if words and words[-1] in _TAILS:
        words = words[:-1]
    return bool(words) and " ".join(words) in _PARTS


def part_label(titles: list[str], starts: list[int], pos: int) -> bool:
    """Whether the row at `pos` only names the part of the day that the next row opens at the
    same time (`Afternoon Session`, `Morning block`, `Nachmittag`): two rows side by side would
    be two groups, but a part of the day holds the rows after it."""
    if pos + 1 >= len(starts) or starts[pos + 1] != starts[pos]:
        return False
    return _label(titles[pos]) and not _label(titles[pos + 1])
