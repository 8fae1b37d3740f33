"""HTML comments taken out of the text before it is read, each line keeping its number."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx

__all__ = ["hide_comments"]

_FENCE = lazy(r"^\s{0,3}(```+|~~~+)")


def hide_comments(text: str, ctx: Ctx) -> str:
    """`text` without its `<!-- … -->` comments, wherever the `-->` stands (the end of a table
    row, inside a line, lines or headings later): a browser shows none of it, so none of it is
    plan. A comment leaves its line breaks behind, so every later line keeps its number. An
    unclosed `<!--` hides the rest of the text, as it does in a browser, and is warned (and said
    with any refusal, whose reason it may be). Code
    (fenced blocks, `inline code`) is left as it is."""
    if "<!--" not in text:
        return text  # most plans: nothing to do
    lines = text.split("\n")
    out: list[str] = []
    fence: str | None = None
    opened: int | None = None  # the line of an open comment's `<!--`
    for number, line in enumerate(lines, start=1):
        if opened is None:
            if fence is not None or (match := _FENCE.match(line)):
                if fence is None and match:
                    fence = match.group(1)
                elif line.strip().startswith(fence or "\0"):
                    fence = None
                out.append(line)
                continue
            if "<!--" not in line:
                out.append(line)
                continue
        kept, still_open = _uncomment(line, opened is not None)
        if still_open and opened is None:
            opened = number
        elif not still_open:
            opened = None
        out.append(kept)
    if opened is not None:
        ctx.warn(
            opened, "an HTML comment opened here is never closed with -->: the rest is not read"
        )
        last = max(n for n, line in enumerate(lines, start=1) if line.strip() or n == opened)
        hides = f"line {opened}" if last == opened else f"lines {opened}–{last}"
        ctx.hidden = f"an HTML comment opened at line {opened} is never closed and hides {hides}"
    return "\n".join(out)


def _uncomment(line: str, hidden: bool) -> tuple[str, bool]:
    """The parts of one line outside comments, and whether a comment is still open at its end;
    `hidden` says whether one was open at its start."""
    kept: list[str] = []
    at = 0
    was_hidden = hidden
    while at <= len(line):
        if hidden:
            end = line.find("-->", at)
            if end < 0:
                return "".join(kept), True
            at = end + 3
            hidden = False
            continue
        start = line.find("<!--", at)
        while start >= 0 and line.count("`", 0, start) % 2:
            start = line.find("<!--", start + 4)  # `<!--` in inline code is shown as written
        if start < 0:
            kept.append(line[at:])
            break
        kept.append(line[at:start])
        at = start + 4
        if line.startswith(">", at) or line.startswith("->", at):
            at += 1 if line.startswith(">", at) else 2  # "<!-->" and "<!--->": empty comments
            continue
        hidden = True
    joined = "".join(kept)
    if not joined.strip():
        return "", False
    if was_hidden or not kept[0].strip():
        # "<!-- x --> 9:00 Talk": the text after a comment keeps the line's own indent, never
        # the comment's width (four spaces would make it code)
        lead = "" if was_hidden else kept[0]
        joined = lead + "".join(kept[0 if was_hidden else 1 :]).lstrip()
    return joined, False
