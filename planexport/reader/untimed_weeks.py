"""A week of one-line days with no time or length: `### Semaine 2 (12-18 mai)` over
`* **Lundi** : Repos`, `* **Dimanche** : **Course : 42 km**`, beside weeks whose lines are timed.

The weeks with a length on their lines are read as days; a week whose every weekday line is
untimed gives no day, so it is said, once for the week, where it would vanish without a word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.days import week_numbers
from planexport.reader.durations import find_duration
from planexport.reader.weekday_notes import weekday_note

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Item, Node

__all__ = ["warn_untimed_weeks"]


def warn_untimed_weeks(nodes: list[Node], inside: set[int], ctx: Ctx) -> None:
    """One warning for each list in no day, under a week heading, that holds weekday lines and
    no time or length on any line."""
    candidates = {
        idx: led
        for idx, node in enumerate(nodes)
        if idx not in inside and node.kind == "list"
        if (led := _untimed_weekday_lines(node))
    }
    if not candidates:
        return
    weeks = week_numbers(nodes)
    heading: Node | None = None
    for idx, node in enumerate(nodes):
        if node.kind == "heading":
            heading = node
        led = candidates.get(idx, [])
        if not led or weeks[idx] is None or heading is None:
            continue
        lines = f"line {led[0].line}" if len(led) == 1 else f"lines {led[0].line}-{led[-1].line}"
        count = "1 weekday line" if len(led) == 1 else f"{len(led)} weekday lines"
        ctx.warn(
            heading.line,
            f'"{_short(heading.text)}": {count} ({lines}) with no time or length: '
            "the week is not read",
        )


def _untimed_weekday_lines(node: Node) -> list[Item]:
    """The items of a list led by a weekday, when no item gives a time or a length."""
    led = [item for item in node.items if weekday_note(item.text)]
    if not led or any(find_duration(item.text) for item in node.items):
        return []
    return led


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "…"
