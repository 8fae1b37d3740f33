"""Spans with an alternative end or start (`9:15 AM - 11:30 AM / 12:00 PM`): the first time."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.fenced import unfenced
from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx

__all__ = ["first_alternatives"]

# A time of day that says it is one: "11:30", "11:30 AM", "12 p.m." (a bare "12" may be a date).
_TIME = r"\d{1,2}(?:[:h][0-5]\d(?:\s*[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?!\s*[ap]\.?m)"
# Not right after a time and a dash: "12h30" of "9h–12h30" ends a span.
_NOT_AN_END = "".join(
    rf"(?<![\dhm.]{gap}[-\u2013\u2014]{after})" for gap in ("", r"\s") for after in ("", r"\s")
)
# "A / B - C": two starts, "A / B" just before the span's dash ("9h–12h30 / 13h30–17h" is two
# spans, the morning's and the afternoon's: neither time there is another's alternative).
_STARTS = lazy(
    rf"(?<![\w:/]){_NOT_AN_END}(?P<first>{_TIME})(?P<alt>\s*/\s*{_TIME})(?!\w|:\d|/)"
    r"(?=\s*[-\u2013\u2014]\s*\d)",
    re.IGNORECASE,
)
# What both need: a slash, then a time's first digit ("/ 12:00 PM"); a search that skips from
# slash to slash.
_ALTERNATIVE = lazy(r"/\s*\d")
# "A - B / C": two ends, after a start and the span's dash ("9h30/12h30 - Forum" is a span).
_ENDS = lazy(
    rf"(?<![\w:/])(?P<pre>{_TIME}\s*[-\u2013\u2014]\s*)(?P<first>{_TIME})(?P<alt>\s*/\s*{_TIME})"
    r"(?!\w|:\d|/|\s*[-\u2013\u2014]\s*\d)",
    re.IGNORECASE,
)


def first_alternatives(text: str, ctx: Ctx) -> str:
    """`text` with the second of two alternative times in a span taken out (`9:15 AM - 11:30 AM
    / 12:00 PM: Morning Session` reads 9:15–11:30), each warned: a calendar entry needs one
    time, and the first is the one the author gave first."""
    if _ALTERNATIVE.search(text) is None:
        return text  # no time after a slash: "problems/day" and links have none
    lines = text.split("\n")
    for at in unfenced(lines):
        line = lines[at]
        if _ALTERNATIVE.search(line) is None:
            continue
        pairs: list[tuple[str, str]] = []
        kept = line
        for pattern in (_ENDS, _STARTS):  # the ends first: "A / B - C / D" has both
            found = list(pattern.finditer(kept))
            pairs += [(m.group("first").strip(), m.group("alt").strip(" /")) for m in found]
            kept = pattern.sub(_first, kept)
        if pairs:
            pairs.sort(key=lambda pair: line.find(pair[0]))
            said = "; ".join(f"{first} read, not {other}" for first, other in pairs)
            ctx.warn(at + 1, f"alternative times: {said}")
            lines[at] = kept
    return "\n".join(lines)


def _first(match: re.Match[str]) -> str:
    pre = match.groupdict().get("pre") or ""
    return pre + match.group("first")
