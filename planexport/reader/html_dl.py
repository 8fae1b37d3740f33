"""HTML definition lists of spans (`<dl><dt>09:00 - 10:30</dt><dd>Vocabulary review</dd>…</dl>`
under `## Tuesday`): each term holding a span alone and the description after it are a line of
the day (`09:00 - 10:30 Vocabulary review`), read as the HTML agendas of `html_agenda` are.

A list that blank lines cut into several blocks is read whole, and terms and descriptions whose
end tags are left out (`<dt>09:00 - 10:00<dd>Einstieg`, as HTML allows) end where the next one
starts."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.html_agenda import html_agenda
from planexport.reader.html_cut import whole_element
from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token

    from planexport.reader.outline import Node

__all__ = ["dl_agenda"]

_TAG = lazy(r"<(/?)(dl|dt|dd)\b[^>]*>", re.IGNORECASE)


def dl_agenda(tokens: Sequence[Token], i: int, first: int) -> tuple[list[Node], int] | None:
    """The days and timed lines of the `<dl>` that opens at block `i` (line `first`) and the
    index after its last block, or None unless two or more of its terms hold a span alone."""
    whole = whole_element(tokens, i, "dl")
    text, after = whole if whole is not None else (tokens[i].content, i + 1)
    nodes = html_agenda(_closed_items(text), first)
    return (nodes, after) if nodes is not None else None


def _closed_items(text: str) -> str:
    """The HTML with the end tags of terms and descriptions that the author left out put back:
    a `<dt>` or `<dd>` ends at the next one or at the list's end."""
    parts: list[str] = []
    open_item: str | None = None
    done = 0
    for found in _TAG.finditer(text):
        closing, tag = found.group(1), found.group(2).lower()
        parts.append(text[done : found.start()])
        if open_item is not None and (tag == "dl") == bool(closing):
            parts.append(f"</{open_item}>")  # "<dt>09:00 - 10:00<dd>": the term ends here
            open_item = None
        if tag != "dl":
            open_item = None if closing else tag
        parts.append(found.group(0))
        done = found.end()
    parts.append(text[done:])
    return "".join(parts)
