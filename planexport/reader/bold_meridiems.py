"""Clock times in bold with their `am`/`pm` after the bold (`**1:00** pm - Alignment`)."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["meridiems_inside"]

_CLOCK = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?"
# "**1:00** pm", "__2:45__ p.m.", "**9-10:30** am": a time or span, its emphasis closed, then
# the half of the day it is in, and no letter after it ("**1:00** pmf" is not one).
_OUTSIDE = lazy(
    rf"(?P<mark>\*\*|__)(?P<clock>{_CLOCK}(?:\s*[-–—]\s*{_CLOCK})?)(?P=mark)"
    r"(?P<space>[ \t]*)(?P<half>[ap]\.?m\.?)(?![\w])",
    re.IGNORECASE,
)


def meridiems_inside(text: str) -> str:
    """`text` with a bold clock time's `am`/`pm` written just after the bold moved inside it:
    `- **1:00** pm - Alignment` reads as `- **1:00 pm** - Alignment`, a line like its
    morning's `- **9:00 am** - Welcome`, not a block titled `pm - Alignment`. Lines keep their
    number."""
    if "**" not in text and "__" not in text:
        return text
    return _OUTSIDE.sub(_inside, text)


def _inside(match: re.Match[str]) -> str:
    mark = match.group("mark")
    return f"{mark}{match.group('clock')} {match.group('half')}{mark}"
