"""A week's weekday lines whose ranges give the range's total (`- **Monday-Wednesday**: Windows
basics (9 hours)` in a plan of `**Commitment:** 20 hours per week`): each day of the range its
share, when that reading comes nearer the hours a week the plan gives than each day's would."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.budgets import is_budget
from planexport.reader.durations import find_duration

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["weekly_budget", "within_budget_as_totals"]


def weekly_budget(nodes: list[Node]) -> int | None:
    """The most minutes a week the plan says it takes (`20 hours per week`, `10 h/Woche`), in a
    line of its own or an item; None when it says none."""
    texts = [n.text for n in nodes if n.kind == "paragraph"]
    texts += [item.text for n in nodes if n.kind == "list" for item in n.items]
    found = None
    for text in texts:
        if "week" not in text.lower() and "/" not in text:
            continue  # cheap: the words a budget is said in
        # the length before "per week" is read without it, which makes it no block's length
        cut = re.search(r"(?i)[\s/]*(?:per|a|an|each|every|pro|/)\s*(?:week|woche)", text)
        length = find_duration(text[: cut.start()]) if cut is not None else None
        if length is not None and length.at is None and is_budget(text, length.end):
            found = max(found or 0, length.hi)
    return found


def within_budget_as_totals(lengths: list[tuple[int, int]], budget: int | None) -> bool:
    """Whether a week's lines, (minutes, days) each, come nearer the weekly `budget` when a
    line over several days gives their total than when it gives each of them its length
    (`Mon-Wed (9 hours)`, `Thu-Fri (6 hours)`, `Weekend (5 hours)` in 20 hours a week: 20, not
    44); a tie keeps each day's length."""
    if budget is None or all(days == 1 for _, days in lengths):
        return False
    each = sum(minutes * days for minutes, days in lengths)
    total = sum(minutes for minutes, _ in lengths)
    return abs(total - budget) < abs(each - budget)
