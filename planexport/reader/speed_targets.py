"""Speed targets (`in under 3 minutes`, `in unter 3 Minuten`, `en moins de 3 minutes`): how fast
a task should be done, never a block's length."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["is_speed_target"]

# "in under", "in less than", "in unter", "in weniger als", "en moins de", "en menos de", "in meno
# di", "em menos de", "in minder dan", just before the length (a bold mark or "~" between).
_BEFORE = lazy(
    r"(?<!\w)(?:in\s+(?:under|less\s+than|unter|weniger\s+als|meno\s+di|minder\s+dan|minder\s+als)"
    r"|en\s+(?:moins\s+de|menos\s+de)|em\s+menos\s+de)[\s*_~≈]*$",
    re.IGNORECASE,
)
# What each of them starts with ("in ", "en ", "em "): most lines have none before a length.
_SAYS = lazy("in |e[nm] ")


def is_speed_target(text: str, start: int) -> bool:
    """Whether the length that starts at `start` in `text` is a speed target: `Subnetting in
    unter 3 Minuten pro Aufgabe` asks for speed; it does not last 3 minutes."""
    head = text[max(0, start - 24) : start].lower()
    if _SAYS.search(head) is None:
        return False
    return _BEFORE.search(text, max(0, start - 24), start) is not None
