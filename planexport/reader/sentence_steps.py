"""Each day's steps said in one sentence before the days (`Each day: Coding (45m) + System
Design (30m) + Debrief (15m).`): the steps of every day that gives none of its own, as a
`## Daily Schedule` list of them would be (see `daily_template`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock
    from planexport.reader.outline import Node

__all__ = ["sentence_steps"]

# "Each day:", "Every day:", "Daily:", "Jeden Tag:", "Cada día:", "Todos os dias:", "Chaque
# jour :", "Ogni giorno:", "Elke dag:", then the steps to the sentence's end.
_EACH_DAY = lazy(
    r"(?<![^\W\d_])(?:each\s+day|every\s*day|daily|jeden\s+tag|t[äa]glich|cada\s+d[ií]a"
    r"|todos\s+(?:los|os)\s+d[ií]as|chaque\s+jour|ogni\s+giorno|elke\s+dag)[*_]*\s*:[*_]*\s*"
    r"(?P<steps>[^\n]+)",
    re.IGNORECASE,
)
_END = lazy(r"\.(?:\s|$)")  # a sentence's end, not the dot of "1.5h"
_JOINS = lazy(r"\s*(?:\+|,|;|\s&\s)\s*")


def sentence_steps(node: Node, quiet: Ctx) -> list[RawBlock] | None:
    """The steps a paragraph says each day holds, two or more joined by `+`, `,` or `;`,
    every one with a length (`Coding (45m)`); else None."""
    if node.kind not in ("paragraph", "quote") or ":" not in node.text:
        return None
    from planexport.reader.blocks import try_block

    for match in _EACH_DAY.finditer(node.text):
        said = match["steps"]
        end = _END.search(said)
        parts = [p.strip(" *_") for p in _JOINS.split(said[: end.start() if end else None])]
        line = node.line + node.text.count("\n", 0, match.start())
        steps = [try_block(part, [], line, quiet) for part in parts if part]
        if len(steps) >= 2 and all(step is not None for step in steps):
            return [step for step in steps if step is not None]
    return None
