"""Grid cells that hold no class: a mark for nothing (`#`, `/`, `…`) or a class struck out.

In a grid of days by slots, `| 09:00-10:00 | Opening | # |` leaves that slot empty on the second
day, as a dash does; `| 10:30-12:00 | Course A | ~~Course B~~ |` (or `<s>Course B</s>`,
`<del>…</del>`, `<strike>…</strike>`) is a class called off: no block, and a warning that
names it.
"""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["STRIKE", "empty_mark", "struck_cell", "struck_text"]

STRIKE = "\ue000"  # where an HTML cell's `<s>` or `</s>` stood, until the cell is read whole

# "#", "##", "/", "…", "...": a cell filled only so it is not left blank
_EMPTY = lazy(r"\s*(?:#+|/+|…|\.{2,}|·)\s*")
# "~~Course B~~", "<s>Course B</s>", "<del>Kurs B</del>": the whole cell struck out
_STRUCK = lazy(
    r"\s*(?:~~(?P<md>[^~]+)~~|<(?P<tag>s|del|strike)>(?P<html>.+?)</(?P=tag)>)\s*",
    re.IGNORECASE,
)


def empty_mark(cell: str) -> bool:
    """Whether a grid cell only marks that its slot is empty (`#`, `/`, `…`)."""
    return _EMPTY.fullmatch(cell) is not None


def struck_text(cell: str) -> str | None:
    """The text of a grid cell struck out whole (`~~Course B~~`: `Course B`), else None."""
    match = _STRUCK.fullmatch(cell)
    if match is None:
        return None
    return (match.group("md") or match.group("html") or "").strip() or None


def struck_cell(text: str) -> str:
    """An HTML cell's text (`STRIKE` where `<s>`, `<del>` or `<strike>` opened or closed) as
    Markdown: `~~Course B~~` when the whole cell is struck out, else the text without marks."""
    inner = text.strip()
    whole = len(inner) > 2 and inner[0] == inner[-1] == STRIKE and STRIKE not in inner[1:-1]
    if whole:
        return f"~~{inner[1:-1].strip()}~~"
    return text.replace(STRIKE, "")
