"""Kramdown attribute lists (`{: class="schedule"}`, `{:.card}`): page styling, never plan text."""

from __future__ import annotations

from planexport.reader.fenced import unfenced
from planexport.reader.lazy import lazy

__all__ = ["drop_attribute_lists"]

# "{: class="schedule"}", "{:.card .bg-info}", "{: #agenda}" alone on a line, or ending one
# ("##### Autumn *:leaf:*{:.pull-left}"); "{::comment}" block extensions are left alone.
_LINE = lazy(r"^[ \t>]*\{:(?!:)[^{}\n]*\}[ \t]*$")
_TRAILING = lazy(r"(?<=\S)[ \t]*\{:(?!:)[^{}\n]*\}[ \t]*$")


def drop_attribute_lists(text: str) -> str:
    """The text with each kramdown attribute list blanked (a whole line keeps its place, so
    line numbers stay right); code blocks stay as written."""
    if "{:" not in text:
        return text  # the usual case, at no cost
    lines = text.split("\n")
    for n in unfenced(lines):
        line = lines[n]
        if "{:" in line:
            lines[n] = "" if _LINE.match(line) else _TRAILING.sub("", line)
    return "\n".join(lines)
