"""Character references in a heading, a title or an item: `&emsp;Room&nbsp;1`, `Q&amp;A`,
`Break &#8211; coffee`: the characters they stand for."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    import re

__all__ = ["decoded"]

# "&emsp;", "&nbsp;", "&amp;", "&#8211;", "&#x2014;": as CommonMark, only with the semicolon.
_ENTITY = lazy(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BLANKS = lazy(r"[^\S\n]+")
# What Markdown reads as markup: a text kept as Markdown keeps these written as references.
_MARKUP = frozenset("\\`*_[]()<>!|~#")


def decoded(text: str, *, markdown: bool = False, trim: bool = True) -> str:
    """`text` with its character references decoded (`&emsp;` a space, `&amp;` `&`), then, if
    any was, its blanks made one space each and (with `trim`) its ends trimmed.

    Args:
        text: a title or an item.
        markdown: the text stays Markdown, so a reference to a character that Markdown reads
            as markup (`&ast;`, `&lt;`) is kept as written.
        trim: whether to trim the ends (not for a piece of a text, as between code spans).

    Returns:
        The text with the characters its references stand for.
    """
    if "&" not in text:
        return text
    out = _ENTITY.sub(functools.partial(_character, markdown=markdown), text)
    if out == text:
        return text
    out = _BLANKS.sub(" ", out)
    return out.strip() if trim else out


def _character(match: re.Match[str], *, markdown: bool) -> str:
    import html  # only a text with a reference in it needs the table of names

    character = html.unescape(match.group(0))
    if markdown and character in _MARKUP:
        return match.group(0)
    if markdown and character == "&" and _ENTITY.match("&" + match.string[match.end() :][:40]):
        return match.group(0)  # "&amp;lt;" is "&lt;" as written, not "<"
    return character
