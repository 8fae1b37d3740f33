"""Front matter of a note template: YAML with the template's placeholders left in its values.

Obsidian's core templates and Templater write `dateCreated: {{date:YYYY-MM-DD}}` or
`created: <% tp.file.creation_date() %>` into a note's front matter; YAML reads the first as a
mapping inside a mapping (an error) and the second as text with a `%` at its start (an error).
Each placeholder is read as the text it is written as: the block is read again with every
placeholder swapped for a plain word and the words swapped back in the values YAML made.
"""

from __future__ import annotations

import re
from typing import Any

from planexport.reader.lazy import lazy

__all__ = ["has_placeholders", "placeholder_yaml"]

# `{{date}}`, `{{date:YYYY-MM-DD}}`, `{{ title }}`; `<% tp.date.now() %>`, `<%* … %>`
_PLACEHOLDER = lazy(r"\{\{[^{}\n]*\}\}|<%[^\n]*?%>")
_TOKEN = lazy(r"zzplaceholder(\d+)zz")


def has_placeholders(text: str) -> bool:
    """Whether `text` holds a template placeholder (a cheap test first, the pattern after)."""
    return ("{{" in text or "<%" in text) and _PLACEHOLDER.search(text) is not None


def placeholder_yaml(text: str) -> Any:
    """`text` as YAML reads it with each placeholder as the text written; raises YAML's error
    when the block is no YAML for another reason."""
    import yaml

    found: list[str] = []

    def _swap(match: re.Match[str]) -> str:
        found.append(match.group(0))
        return f"zzplaceholder{len(found) - 1}zz"

    return _restore(yaml.safe_load(_PLACEHOLDER.sub(_swap, text)), found)


def _restore(value: Any, found: list[str]) -> Any:
    if isinstance(value, str):
        return _TOKEN.sub(lambda m: found[int(m.group(1))], value)
    if isinstance(value, list):
        return [_restore(item, found) for item in value]
    if isinstance(value, dict):
        return {_restore(key, found): _restore(item, found) for key, item in value.items()}
    return value
