"""Points under a bold line with a length (`**Study (1 hour):**` over `- Hoisting examples`):
when none of them has a length, the line is one block with those points, not a plan."""

from __future__ import annotations

from planexport.reader.outline import Node
from planexport.reader.range_sessions import nested_timed

__all__ = ["untimed_points"]


def untimed_points(nodes: list[Node], idx: int) -> bool:
    """Whether the nodes after the line at `idx`, up to the next heading or line of text, are
    there and hold nothing with a length, nested lines (`- Add:` over `- Mock (2 h)`) too."""
    from planexport.reader.sections import timed

    end = next(
        (j for j in range(idx + 1, len(nodes)) if nodes[j].kind in ("heading", "paragraph")),
        len(nodes),
    )
    points = nodes[idx + 1 : end]
    return bool(points) and not timed(points) and not nested_timed(points)
