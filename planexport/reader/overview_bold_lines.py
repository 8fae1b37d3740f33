"""Bold lines that repeat a row of the overview above them, read as the headings they stand for.

A day's overview is often detailed under bold lines rather than headings:

    | Time        | Session |
    | 09:00–10:00 | Arrays  |

    **09:00–10:00 Arrays**
    - Two-pointer drills

The bold line is then a heading one level under the section it is in (`### 09:00–10:00 Arrays`
under `## Monday`), so that the row's block is read once with the bullets as its items, as
`overview_rows` reads such headings. Only a line that is bold as a whole and repeats a row of
an earlier table or list (the same span, a like title) is so read, and only when every bold
line with a clock span does: a bold span line that names something else
(`**13:00–14:00 Kiln loading**`) leaves all of them as they were, each a block of its own.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.overview_rows import overview_rows, repeated_row, spanned_heading

if TYPE_CHECKING:
    from planexport.reader.outline import Node
    from planexport.reader.overview_rows import Row

__all__ = ["overview_bold_lines"]

# A paragraph that is one bold line: "**09:00–10:00 Arrays**", "__10:15–11:00 Hash maps__".
_BOLD = lazy(r"^\s*(\*\*|__)(?P<text>[^*_\n][^\n]*?)\1\s*$")


def overview_bold_lines(nodes: list[Node], links: frozenset[str] = frozenset()) -> list[Node]:
    """The nodes with each bold line that repeats an earlier overview row made a heading one
    level under the heading it sits under (`links`: the plan's link labels, as the rows'
    titles are read with them)."""
    if not any(node.kind == "paragraph" and _bold(node) is not None for node in nodes):
        return nodes  # most plans: no bold lines, no need to read the overviews
    rows: list[Row] = []
    level = 1
    out: list[Node] = []
    for node in nodes:
        if node.kind == "heading":
            level = node.level + 1
        elif node.kind in ("table", "list"):
            rows += overview_rows(node, links)
        elif node.kind == "paragraph" and (text := _bold(node)) is not None:
            heading = dataclasses.replace(node, kind="heading", level=min(level, 6), text=text)
            if rows and repeated_row(heading, rows) is not None:
                out.append(heading)
                continue
            if spanned_heading(heading):
                return nodes  # "**13:00–14:00 Kiln loading**" among them: each line its own
        out.append(node)
    return out


def _bold(node: Node) -> str | None:
    """The text of a paragraph that is one bold line, without its stars."""
    match = _BOLD.match(node.text)
    return (
        None if match is None or re.search(r"\*\*|__", match.group("text")) else match.group("text")
    )
