"""A row of an agenda of starts that names a part of the day at the start of its first row:
`| **1:00** | **Afternoon Session** |` over `| 1:00 | Topic 3 |` is a heading, not a block."""

from __future__ import annotations

__all__ = ["part_label"]


def part_label(titles: list[str], starts: list[int], pos: int) -> bool:
    """Whether the row at `pos` only names the part of the day that the next row opens at the
    same time (`Afternoon Session`, `Morning block`, `Nachmittag`): two rows side by side would
    be two groups, but a part of the day holds the rows after it."""
    from planexport.reader.blocks import session_name

    if pos + 1 >= len(starts) or starts[pos + 1] != starts[pos]:
        return False
    return session_name(titles[pos]) is not None and session_name(titles[pos + 1]) is None
