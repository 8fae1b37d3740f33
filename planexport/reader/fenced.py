"""Which lines of a plan's text stand outside fenced code blocks, for the passes that read or
rewrite the text line by line before it is parsed (`short_minutes`, `hour_phrases`, quotes,
TAB rows, kramdown attributes, Dutch `4u`, alternative times)."""

from __future__ import annotations

from collections.abc import Iterator

from planexport.reader.lazy import lazy

__all__ = ["unfenced"]

# A fence is indented three spaces at most; a line indented four is code, not a fence.
_FENCE = lazy(r"^\s{0,3}(`{3,}|~{3,})")


def unfenced(lines: list[str]) -> Iterator[int]:
    """The indexes of `lines` outside fenced code blocks (a fence's own lines included, as text
    in them is no code); a block closes at a line that starts with its opening fence."""
    fence: str | None = None
    for at, line in enumerate(lines):
        if match := _FENCE.match(line):
            if fence is None:
                fence = match.group(1)
            elif line.strip().startswith(fence):
                fence = None
        if fence is None:
            yield at
