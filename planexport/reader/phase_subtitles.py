"""A bold subtitle under a lesson phase's heading: a part of the phase, not the end of it.

A lesson written in phases often gives each phase its aim in bold before its steps,

    ### 4. Pair work (15 minutes)
    **Practice phase**
    - Partners sit together
    - Three rounds:
      - A asks, B answers (5 min)

and the phase is one 15-minute block: the subtitle is its part (`Practice phase`) and the steps
are that part's items, the timed ones too, as they are when no subtitle stands between. Before,
the subtitle closed the block: its steps became the day's notes and their timed sub-steps blocks
of their own beside the phase (the phase's minutes counted twice).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock
    from planexport.reader.outline import Node

__all__ = ["phase_subtitle"]

# "**Practice phase**", "__Aim__": one bold run and nothing else on the line.
_BOLD_ONLY = lazy(r"(\*\*|__)[^*_\n]{2,80}\1\s*")


def phase_subtitle(nodes: list[Node], idx: int, current: RawBlock) -> bool:
    """Whether the paragraph at `idx` is a bold subtitle right under the heading of `current`
    (a block with a length of its own and no clock time) over the phase's list of steps."""
    text = nodes[idx].text
    if not text.startswith(("**", "__")) or current.at is not None:
        return False
    if idx == 0 or idx + 1 >= len(nodes) or nodes[idx + 1].kind != "list":
        return False
    head = nodes[idx - 1]
    if head.kind != "heading" or head.line != current.line:
        return False
    return _BOLD_ONLY.fullmatch(text) is not None and find_duration(text) is None
