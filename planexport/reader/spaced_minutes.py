"""A clock time in a span typed with a space after its colon (`6:30 AM - 7: 00 AM: Stretch`,
`14:00 - 15: 00`): the time without the space, so the span is read whole and its title is what
follows it."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["joined_minutes"]

_DASH = r"\s*[-\u2013\u2014]\s*"
_AMPM = r"(?:\s*[ap]\.?\s?m\.?)?"
# A whole time ("6:30", "6.30 AM"), and one with a space after its colon ("7: 00").
_WHOLE = rf"\d{{1,2}}[:.h][0-5]\d{_AMPM}"
_SPACED = r"(?P<h>\d{1,2}):[ \t](?P<m>[0-5]\d)(?!\d|:\d)"
# The spaced time as one end of a span whose other end is a whole time.
# What `_SPACED` needs, its colon first: a search that skips from colon to colon.
_COLON_SPACE_MINUTES = lazy(r":[ \t][0-5]\d")
_SPAN_END = lazy(rf"(?<![\w:.]){_WHOLE}{_DASH}{_SPACED}", re.IGNORECASE)
_SPAN_START = lazy(
    rf"(?<![\w:.]){_SPACED}(?P<rest>{_AMPM}{_DASH}{_WHOLE})(?!\w|:\d)", re.IGNORECASE
)


def joined_minutes(text: str) -> str:
    """`text` with the space taken out of a span's `7: 00`; nothing else changes."""
    if _COLON_SPACE_MINUTES.search(text) is None:
        return text  # no "7: 00" anywhere: "**Code (60 min)**: Write" has no minutes after
    return "\n".join(
        _joined(line) if _COLON_SPACE_MINUTES.search(line) else line for line in text.split("\n")
    )


def _joined(line: str) -> str:
    line = _SPAN_END.sub(_close_end, line)
    return _SPAN_START.sub(_close_start, line)


def _close_end(match: re.Match[str]) -> str:
    whole = match.group(0)
    return whole[: match.start("h") - match.start()] + f"{match['h']}:{match['m']}"


def _close_start(match: re.Match[str]) -> str:
    return f"{match['h']}:{match['m']}{match['rest']}"
