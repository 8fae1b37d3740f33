"""Lines numbered with keycap emoji (`1️⃣ Learn (video or docs) – 30 min`, `2️⃣ Code – 60 min`):
a person reads a numbered list, as `1. Learn …` is read; Markdown reads one paragraph of text."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["keycap_numbers"]

_KEYCAP = "\u20e3"  # the combining keycap after a digit: "1️⃣" is "1", VS16, this
# A keycap digit (or the one sign for ten) opening a line, after an indent only, before text:
# a heading's `## 1️⃣ Arrays` or a cell's `| 1️⃣ |` stays as written.
_LEAD = lazy(
    r"^(?P<indent>[ \t]*)(?:(?P<digit>\d)\ufe0f?\u20e3|(?P<ten>\U0001f51f))[ \t]+(?=\S)",
    re.MULTILINE,
)


def _number(match: re.Match[str]) -> str:
    number = match.group("digit") or "10"
    return f"{match.group('indent')}{number}. "


def keycap_numbers(body: str) -> str:
    """The body with each keycap number that opens a line written as a list number."""
    if _KEYCAP not in body and "\U0001f51f" not in body:
        return body  # the usual case: one quick look for the mark
    return _LEAD.sub(_number, body)
