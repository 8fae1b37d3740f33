"""Task boxes with other marks than a tick (`- [-] Read chapter 3 (45 min)`, `- [/] Draft essay
(30 min)`, `- [>] Call tutor (15 min)`): Obsidian's task themes, bullet journals and other apps
mark a task cancelled, started, moved or starred inside its box. Each is read as the open box
`[ ]` it stands for, so the mark never ends up in the block's title; a cancelled or moved task
is still read (its line is in the plan) and said in a warning. A box that opens a table's
cell (`| 09:00-10:00 | [x] Calibrate the balance |`) is read the same, from the block's title."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx

__all__ = ["task_marks", "unboxed_title"]

# What a body must hold for any line to be read here.
_MAY_MARK = lazy(r"\[[-~/<>!?*]\]")
# "- [-] Read", "1. [/] Draft", "> - [>] Call": a list item's box with a mark other than a tick.
_MARKED = lazy(
    r"^(?P<lead>[ \t]*(?:>[ \t]*)*(?:[-*+]|\d{1,3}[.)])[ \t]+)\[(?P<mark>[-~/<>!?*])\](?=[ \t])"
)
# "[x] Revision", "- [ ] Reading": a box that opens a title, as a table's cell writes it.
_TITLE_BOX = lazy(r"^(?:[-*+][ \t]+)?\[(?P<mark>[ xX]|[-~/<>!?*])\][ \t]+(?=\S)")
# The marks a person reads as "not today as written": said, the line still read.
_SAID = {"-": "a cancelled task", ">": "a task moved to another day"}


def task_marks(body: str, ctx: Ctx) -> str:
    """The body with each list item's marked box (`[-]`, `[~]`, `[/]`, `[>]`, `[<]`, `[!]`,
    `[?]`, `[*]`) written as the open box `[ ]`: the task is read as any open task is, not done.

    A cancelled (`[-]`) or moved (`[>]`) task is read too, as its time is still written in the
    plan, with a warning on its line saying so: whether it still happens is for the person to
    decide, and deleting the line leaves it out.
    """
    if _MAY_MARK.search(body) is None:
        return body  # most plans mark nothing: no work
    from planexport.reader.fenced import unfenced

    lines = body.split("\n")
    for at in unfenced(lines):
        match = _MARKED.match(lines[at])
        if match is None:
            continue
        rest = lines[at][match.end() :]
        lines[at] = f"{match['lead']}[ ]{rest}"
        said = _SAID.get(match["mark"])
        if said is not None:
            text = re.sub(r"\s+", " ", rest).strip()
            ctx.warn(
                at + 1,
                f'"{text}" is marked [{match["mark"]}], {said}: read as planned '
                "(delete the line to leave it out)",
            )
    return "\n".join(lines)


def unboxed_title(title: str, line: int, ctx: Ctx) -> tuple[str, bool]:
    """`title` without the task box that opens it, and whether the box is ticked.

    A list line's box is read before its title is (`- [x] Essay (30 min)`); a table's cell
    keeps it (`| 09:00-10:00 | [x] Revision |`, `| - [ ] Reading | 30 min |`), and a person
    reads it as the same box: no part of the title, `[x]` done. A cancelled or moved mark is
    warned on its line as in a list.
    """
    match = _TITLE_BOX.match(title)
    if match is None:
        return title, False
    rest = title[match.end() :]
    said = _SAID.get(match["mark"])
    if said is not None:
        ctx.warn(
            line,
            f'"{rest}" is marked [{match["mark"]}], {said}: read as planned '
            "(delete the line to leave it out)",
        )
    return rest, match["mark"] in "xX"
