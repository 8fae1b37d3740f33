"""HTML that blank lines cut into several blocks (`</thead>`, a blank line, `<tbody>`; `<dl>`
terms with blank lines between them): the blocks of one table or list read as one."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token

__all__ = ["whole_element"]


def whole_element(
    tokens: Sequence[Token], i: int, tag: str, *, kinds: tuple[str, ...] = ("html_block",)
) -> tuple[str, int] | None:
    """The HTML of the `<tag>` element that opens at block `i` and that blank lines cut into
    several blocks (each of a type in `kinds`), with blank lines in place of what lies between
    so that lines stay true, and the index after its last block; None when the block at `i`
    closes its `<tag>` elements itself."""
    text = tokens[i].content
    if text.lower().count(f"<{tag}") <= text.lower().count(f"</{tag}"):
        return None
    first = tokens[i].map
    last = first[1] if first else 0
    j = i + 1
    while j < len(tokens) and tokens[j].type in kinds:
        start, end = tokens[j].map or (last, last)
        text += "\n" * max(start - last, 0) + tokens[j].content
        last = end
        j += 1
        if f"</{tag}" in tokens[j - 1].content.lower():
            return text, j
    return None
