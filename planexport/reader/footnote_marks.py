"""Markdown footnote marks in a line or a cell (`9:00[^1] - 11:00`, `Lezione[^note]`): never
part of a time or a title, so they go before the plan is read (the footnotes stay as written)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    import re

__all__ = ["drop_footnote_marks"]

# "[^1]", "[^note]" with the blanks before it; not escaped ("\[^1]"), not in a code span.
_MARK = lazy(r"`+[^`\n]*`+|[ \t]*(?<!\\)\[\^[^\]\s]+\]")
# "[^1]: l'orario può cambiare": a footnote's own text starts its line with its mark.
_DEFINITION = lazy(r"^ {0,3}\[\^[^\]\s]+\]:")
_FENCE = lazy(r"^\s{0,3}(```|~~~)")


def drop_footnote_marks(text: str) -> str:
    """`text` with each footnote mark left out (`9:00[^1] - 11:00` is `9:00 - 11:00`); a
    footnote's definition keeps its mark, and code blocks and code spans stay as written."""
    if "[^" not in text:
        return text  # the usual case, at no cost
    lines = text.split("\n")
    fenced = False
    for n, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and "[^" in line:
            head = m.end() if (m := _DEFINITION.match(line)) else 0
            lines[n] = line[:head] + _MARK.sub(_kept_code, line[head:])
    return "\n".join(lines)


def _kept_code(match: re.Match[str]) -> str:
    return match.group() if match.group().startswith("`") else ""
