"""Bullets right under a plain block line that are its parts: `Calentamiento (6 min)` over
`- 2 min saltos`, `- 2 min círculos`, `- 2 min movilidad`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planexport.reader.durations import Found
    from planexport.reader.outline import Node

__all__ = ["with_parts"]


def with_parts(nodes: list[Node], made: set[int]) -> list[Node]:
    """`nodes`, with a list right under a plain block line (`Calentamiento (6 min)` over
    `- 2 min saltos`, `- 2 min círculos`, `- 2 min movilidad`) taken in as that block's parts
    when every bullet has a length and they sum to the line's (or lie within its range), as
    bullets nested under a timed bullet are; untimed bullets under a part of the day's topic
    (`Morning (2.5 hours): Technique Mastery`) are its points. Other lists stay blocks of their
    own. `made`
    holds the positions of the lists read from plain paragraphs."""
    from planexport.reader.durations import find_duration

    out: list[Node] = []
    for pos, node in enumerate(nodes):
        above = out[-1] if out and pos - 1 in made and pos not in made else None
        if above is not None and node.kind == "list" and node.items and above.items:
            last = above.items[-1]
            whole = find_duration(last.text)
            parts = [find_duration(item.text) for item in node.items]
            if (
                whole is not None
                and whole.at is None
                and not last.children
                and all(p is not None and p.at is None for p in parts)
                and whole.lo
                <= sum(p.lo for p in parts if p)
                <= sum(p.hi for p in parts if p)
                <= whole.hi
            ):
                last.children.extend(node.items)
                continue
            if not last.children and _topic_over(last.text, parts):
                last.children.extend(node.items)  # "Morning (2 hours): Arrays" over its points
                continue
        out.append(node)
    return out


def _topic_over(text: str, parts: list[Found | None]) -> bool:
    """Whether a block line is a part of the day's topic (`Morning (2 hours): Arrays`) over
    bullets with no length of their own: what that session covers, as under a heading."""
    from planexport.reader.part_labels import part_topic

    return all(p is None for p in parts) and part_topic(text)
