"""Inline HTML tags, inner emphasis and Markdown escapes left in a block's title: the exporters
render plain text, so `<span class="invited-name">Sampling</span>` is `Sampling`."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["plain_title"]

# Inline tags only ("List<T>" or "a <3 b" are text): their words stay, the tags go.
_TAGS = ("span", "em", "strong", "b", "i", "u", "s", "code", "small", "big", "sup", "sub",
         "mark", "a", "font", "abbr", "kbd", "del", "ins", "q", "cite", "div", "p", "label", "tt",
         "var")  # fmt: skip
_TAG = lazy(rf"</?(?:{'|'.join(_TAGS)})(?:\s[^<>]*)?/?>|<br\s*/?>", re.IGNORECASE)
# "__hands on__", "**Keynote**", "*live*", "_draft_" inside a title; "snake_case_name" and
# "2 * 3 * 4" are no emphasis (a mark inside a word, or space inside the mark).
_STRONG = lazy(r"(?<![\w*_\\])(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s*_\\])\1(?![\w*_])")
_EM = lazy(r"(?<![\w*_\\])([*_])(?=[^\s*_])([^*_]+?)(?<=[^\s*_\\])\1(?![\w*_])")
# "Pipelines *lecture" (its closing mark taken with the line's end), "Registration_": a mark
# left open at a word's start or end, with no other of its kind in the title.
_OPEN = lazy(r"(?<!\S)(\*{1,2})(?=[^\s*])(?!.*\*)|(?<=[^\W_])(\*{1,2}|_{1,2})$")
# "\*", "\_", "\#": a Markdown escape is the character itself; a lone "\" at the end is nothing.
_ESCAPE = lazy(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")


_CODE = lazy(r"(`+[^`]*`+)")
_SPACES = lazy(r"[ \t]{2,}")


def plain_title(title: str) -> str:
    """`title` as plain text: no inline tags, no emphasis marks inside it, no escapes; a code
    span (`` `<div>` ``, `` `__init__` ``) stays as written."""
    if "`" in title:
        parts = _CODE.split(title)
        return "".join(p if n % 2 else _plain(p) for n, p in enumerate(parts)).strip()
    return _plain(title).strip()


def _plain(title: str) -> str:
    if "<" in title:
        title = _SPACES.sub(" ", _TAG.sub(" ", title))
    if "*" in title or "_" in title:
        title = _EM.sub(r"\2", _STRONG.sub(r"\2", title))
        title = _OPEN.sub("", title) if title.count("*") + title.count("_") <= 2 else title
    if "\\" in title:
        title = _ESCAPE.sub(r"\1", title).rstrip("\\ ").rstrip()
    return title
