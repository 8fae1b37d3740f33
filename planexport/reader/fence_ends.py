"""A code block closed by a fence with an info string (```` ```text ````), as it was opened:
CommonMark reads on to the end of the file, a person reads the block as ending there."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from planexport.reader.block_parser import block_parser  # one parser for the whole reader
from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from markdown_it.token import Token

    from planexport.reader.blocks import Ctx

__all__ = ["closed_fences"]

# How many fence lines one file may have tried as a block's end. Each try parses the whole text
# again, so a file of many blocks left open would cost a parse per fence; past this many, a block
# still open reads as CommonMark reads it, said once.
TRIES = 8

# A fence line, behind any indentation, quote marks and one list mark: "```text", "> ~~~~".
_FENCE = lazy(
    r"^(?P<lead>[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+[ \t>]*)?)(?P<run>`{3,}|~{3,})(?P<info>.*)$"
)


def closed_fences(text: str, ctx: Ctx) -> str:
    """`text` with each code block that runs to its end unclosed ended at its first line that is
    a fence of the same mark, at least as long, with an info string (`` ```bash ``): that line
    is written as a bare fence, so the lines after it are Markdown again; one warning a block.

    A block that closes is never touched, nor one with no such line in it; every line keeps
    its number.
    """
    if "```" not in text and "~~~" not in text:
        return text  # most plans: no code at all
    lines = text.split("\n")
    if not _suspect(lines):
        return text  # every block closes, as far as a look at its fences tells
    tokens = _parse(text)
    tries = _Tries()  # for the whole file, shared by its blocks
    while (found := _runs_to_end(tokens, lines)) is not None:
        start, markup = found
        ended = _ended(lines, start, markup, tries)
        if ended is None:
            if tries.untried:
                ctx.warn(start + 1, _GAVE_UP)
            break
        at, tokens, written = ended
        lines[at] = _FENCE.sub(r"\g<lead>\g<run>", lines[at])
        ctx.warn(at + 1, f"read {written} as the end of the code block opened on line {start + 1}")
    return "\n".join(lines)


_GAVE_UP = (
    f"the code block opened here is read to the end of the file, as CommonMark reads it: {TRIES}"
    " fences with a word after them were already tried as ends of code blocks, no more are"
)


@dataclass
class _Tries:
    """The fence lines a file may still try as ends, and whether one was left untried."""

    left: int = TRIES
    untried: bool = False


def _parse(text: str) -> list[Token]:
    """The tokens of `text`: the one place this module parses, so a test can count the parses."""
    tokens: list[Token] = block_parser(text).parse(text)
    return tokens


def _suspect(lines: list[str]) -> bool:
    """Whether the fences, paired in order, leave one open at the end with a fence line that has
    an info string inside it; cheap, and only then is the text parsed to be sure."""
    opened: str | None = None
    suspect = False
    for line in lines:
        if "```" not in line and "~~~" not in line:
            continue
        match = _FENCE.match(line)
        if match is None or (match["run"][0] == "`" and "`" in match["info"]):
            continue  # "```go```" is code inline, not a fence
        run, info = match["run"], match["info"].strip()
        if opened is None:
            opened, suspect = run, False
        elif run[0] == opened[0] and len(run) >= len(opened):
            if info:
                suspect = True
            else:
                opened = None
    return opened is not None and suspect


def _runs_to_end(tokens: list[Token], lines: list[str]) -> tuple[int, str] | None:
    """The first line and the fence of the code block that runs unclosed to the end, if any."""
    last = len(lines) - (1 if lines and not lines[-1] else 0)
    for tok in tokens:
        if tok.type != "fence" or not tok.map or tok.map[1] < last:
            continue
        start, end = tok.map
        if end - 1 > start and _bare(lines[end - 1], tok.markup):
            continue  # closed on the last line
        return start, tok.markup
    return None


def _bare(line: str, markup: str) -> bool:
    match = _FENCE.match(line)
    return (
        match is not None
        and not match["info"].strip()
        and match["run"][0] == markup[0]
        and len(match["run"]) >= len(markup)
    )


def _ended(
    lines: list[str], start: int, markup: str, tries: _Tries
) -> tuple[int, list[Token], str] | None:
    """The first line after `start` that ends the block once its info string goes, the text's
    tokens then, and its fence as written (`` ```text ``); None when no line does, or when
    `tries` runs out before a line is tried (then `tries.untried` is set)."""
    for at in range(start + 1, len(lines)):
        match = _FENCE.match(lines[at])
        if match is None:
            continue
        run, info = match["run"], match["info"].strip()
        if not info or run[0] != markup[0] or len(run) < len(markup):
            continue
        if run[0] == "`" and "`" in info:
            continue
        if not tries.left:
            tries.untried = True
            return None
        tries.left -= 1
        tried = [*lines[:at], match["lead"] + run, *lines[at + 1 :]]
        tokens = _parse("\n".join(tried))
        if any(t.type == "fence" and t.map == [start, at + 1] for t in tokens):
            return at, tokens, f"{run}{info}"
    return None
