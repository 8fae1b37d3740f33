"""A span with one end typed short of a minute digit (`- 07:0 - 08:00: Café`): `07:0` is 07:00,
said in a warning; `10:3` is 10:30 when the line above or below writes 10:30 (and not 10:03),
and is otherwise only warned about, as it may be either."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx

__all__ = ["short_minutes"]

_DASH = r"\s*[-\u2013\u2014]\s*"
_WHOLE = r"(?:[01]?\d|2[0-3]):[0-5]\d"
_SHORT = r"(?P<h>[01]?\d|2[0-3]):(?P<m>\d)"
# What may stand before a span that leads a line: a bullet, a number, bold, a table's bar.
_LEAD = r"(?P<lead>\s*(?:[-*+]\s+|\d{1,2}[.)]\s+|\|\s*)?(?:\[[ xX]\]\s+)?(?:\*\*|__)?\s*)"
_END = r"(?![\w.,/]|:\d|\s*[ap]\.?m)"
# A short time as the start or the end of a span that leads its line, the other end whole
# ("- 07:0 - 08:00: Café"); a verse range inside a line ("Genesis 1:1 - 2:25") is no span.
_STARTS = lazy(rf"^{_LEAD}{_SHORT}(?P<rest>{_DASH}{_WHOLE}){_END}")
_ENDS = lazy(rf"^{_LEAD}(?P<rest>{_WHOLE}{_DASH}){_SHORT}{_END}")


def _written(time: str, text: str) -> bool:
    return re.search(rf"(?<![\d:]){re.escape(time)}(?!\d)", text) is not None


def _mended(match: re.Match[str], near: str, said: list[str], *, start: bool) -> str:
    """The span with its short time read, if it can be; what was read goes in `said`."""
    short, hour, digit = f"{match['h']}:{match['m']}", match["h"], match["m"]
    tens, ones = f"{short}0", f"{hour}:0{digit}"
    if digit == "0" or _written(tens, near) != _written(ones, near):
        time = ones if digit != "0" and _written(ones, near) else tens
    else:
        said.append(f'"{short}" may be {ones} or {tens}')
        return match.group(0)
    said.append(f'"{short}" read as {time}')
    rest = match["rest"]
    return f"{match['lead']}{time}{rest}" if start else f"{match['lead']}{rest}{time}"


def short_minutes(text: str, ctx: Ctx) -> str:
    """`text` with a span's `07:0` read as `07:00`, each warned on its line; a short end with
    another digit (`10:3`) is read as the time a line next to it writes (`10:30 - 12:00`), else
    kept as written, with a warning naming it."""
    if not re.search(r":\d(?!\d)", text):
        return text
    from planexport.reader.fenced import unfenced

    lines = text.split("\n")
    for at in unfenced(lines):
        line = lines[at]
        if not re.search(r":\d(?!\d)", line):
            continue
        said: list[str] = []
        near = " ".join(lines[max(at - 1, 0) : at] + lines[at + 1 : at + 2])
        kept = _STARTS.sub(functools.partial(_mended, near=near, said=said, start=True), line)
        kept = _ENDS.sub(functools.partial(_mended, near=near, said=said, start=False), kept)
        if said:
            mend = "" if kept != line else ": the span is not read, the line stays as written"
            ctx.warn(at + 1, f"a time with one minute digit: {'; '.join(said)}{mend}")
            lines[at] = kept
    return "\n".join(lines)
