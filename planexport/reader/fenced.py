"""Which lines of a plan's text stand outside fenced code blocks, for the passes that read or
rewrite the text line by line before it is parsed (`short_minutes`, `hour_phrases`, quotes,
TAB rows, kramdown attributes, Dutch `4u`, alternative times), and the closed blocks themselves
for the passes that read some of them as a plan (weeks written in code, Mermaid gantt charts)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from planexport.reader.lazy import lazy

__all__ = ["Fenced", "fenced_blocks", "unfenced"]

# A fence is indented three spaces at most; a line indented four is code, not a fence.
_FENCE = lazy(r"^\s{0,3}(`{3,}|~{3,})")
# The opening fence with its info string: "```text", "~~~ mermaid".
_OPENING = lazy(r"^\s{0,3}(`{3,}|~{3,})\s*(?P<info>[^`]*?)\s*$")
_HEADING = lazy(r"^\s{0,3}(#{1,6})\s")


class Fenced(NamedTuple):
    """A closed fenced code block: its fences' indexes, its info string and the level of the
    heading above it (0 when none is)."""

    start: int
    end: int
    info: str
    level: int


def unfenced(lines: list[str]) -> Iterator[int]:
    """The indexes of `lines` outside fenced code blocks (a fence's own lines included, as text
    in them is no code); a block closes at a line that starts with its opening fence.

    Most plans fence nothing: with no three backticks or tildes in a row anywhere, every line
    is outside, found without matching each line. The callers rewrite a line only once it is
    given, so knowing the lines ahead finds what the walk finds.
    """
    joined = "\n".join(lines)
    if "```" not in joined and "~~~" not in joined:
        return iter(range(len(lines)))
    return _outside(lines)


def _outside(lines: list[str]) -> Iterator[int]:
    """`unfenced`, line by line."""
    fence: str | None = None
    for at, line in enumerate(lines):
        if match := _FENCE.match(line):
            if fence is None:
                fence = match.group(1)
            elif line.strip().startswith(fence):
                fence = None
        if fence is None:
            yield at


def fenced_blocks(lines: list[str]) -> Iterator[Fenced]:
    """Each closed fenced code block of `lines`, first to last; a block with no closing fence
    ends the search, as the rest of the text is its code.

    A caller may replace a block's lines while it walks, by as many lines (so that every line
    keeps its number for warnings): the walk goes on after the block's closing fence.
    """
    level, idx = 0, 0
    while idx < len(lines):
        line = lines[idx]
        if (heading := _HEADING.match(line)) is not None:
            level = len(heading.group(1))
        opening = _OPENING.match(line)
        if opening is None:
            idx += 1
            continue
        fence = opening.group(1)
        end = next(
            (at for at in range(idx + 1, len(lines)) if lines[at].strip().startswith(fence)),
            None,
        )
        if end is None:
            return
        yield Fenced(idx, end, opening["info"], level)
        idx = end + 1
