"""A heading over several days that only introduces them (`# Day 6 & 7: Weekend Practice`
over a line of prose, then `# Day 6 - Saturday` and `# Day 7 - Sunday`, each with its own
steps): the days are the headings that follow, the group's heading is a guide to them, not the
same days written twice."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan

__all__ = ["intro_groups"]


def intro_groups(spans: list[DaySpan]) -> list[DaySpan]:
    """`spans`, each group of days whose days come next one by one, at its heading's level and
    under the same heading, and after its own lines, made a guide (read, not a day)."""
    for idx, group in enumerate(spans):
        if len(group.numbers) < 2 or group.guide or group.table is not None:
            continue
        after = spans[idx + 1 : idx + 1 + len(group.numbers)]
        if len(after) < len(group.numbers) or after[0].start < group.end:
            continue  # "## Days 6-7" over "### Day 6": the days inside it, read as before
        if all(_one_of(group, span) for span in after) and sorted(
            span.numbers[0] for span in after
        ) == sorted(group.numbers):
            group.guide = True
    return spans


def _one_of(group: DaySpan, span: DaySpan) -> bool:
    """Whether `span` is one day of `group` written on its own beside it."""
    return (
        len(span.numbers) == 1
        and span.level == group.level
        and span.parent == group.parent
        and span.table is None
        and not span.guide
    )
