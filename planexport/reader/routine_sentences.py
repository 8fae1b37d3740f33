"""A sentence under a heading that names the weekdays its routine is for (`This routine is for
Monday to Friday.`, `Von Montag bis Freitag gilt:`, `Du lundi au vendredi :`)."""

from __future__ import annotations

from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.range_words import worded_range

__all__ = ["sentence_range"]

# Where a word starts: a range in words may begin at any of them.
_WORD = lazy(r"(?<![^\W\d_])[^\W\d_]")
# "**Monday to Friday:**" leads with its label in bold: a day line of its own, read as such.
_BOLD = lazy(r"^[^\w*_]*(\*\*|__)")


def sentence_range(nodes: list[Node]) -> list[str]:
    """The weekdays the paragraph opening a heading's section names as a range in words, when
    the section is one routine (no heading inside it), else []."""
    if not nodes or nodes[0].kind != "paragraph" or any(n.kind == "heading" for n in nodes):
        return []
    text = unwrap(nodes[0].text)
    if len(text) > 200 or _BOLD.match(nodes[0].text):
        return []
    for word in _WORD.finditer(text):
        found = worded_range(text[word.start() :])
        if found is not None:
            return found[0]
    return []
