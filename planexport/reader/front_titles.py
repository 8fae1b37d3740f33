"""The plan's title from its front matter, under the key of the page's own language.

A page written in German, Spanish, French, Italian, Portuguese or Dutch names itself with the
word of its language (`titel: Projektwoche Stadtgeschichte`, `título: Taller de cerámica`,
`titre: Atelier d'écriture`): that is the plan's title, as `title:` is, when no `title:` is
given. Keys are compared folded (`Título`, `TITEL`); a value that is no text (a list, a
mapping) names nothing.
"""

from __future__ import annotations

from typing import Any

from planexport.reader.words import TITLE_KEYS, fold

__all__ = ["front_title"]


def front_title(meta: dict[str, Any]) -> str:
    """The title the front matter gives, `title:` first, then the other languages' keys; `""`
    when none names the page."""
    if meta.get("title"):
        return str(meta["title"])  # as written, whatever YAML made of it (`title: 2024-05-01`)
    found = {fold(str(key)).strip(): value for key, value in meta.items()}
    for key in TITLE_KEYS:
        value = found.get(key)
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text = str(value).strip()
            if text:
                return text
    return ""
