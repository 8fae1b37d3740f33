"""Day-range headings that name a phase of days written one by one below them.

`## Days 1–2: Foundations` over `### Day 1` and `### Day 2`, or over a table split by its own day
rows (`| **DAY 1** |` … `| **DAY 2** |`), heads the days it names rather than being them: each
of its days is written on its own below, so the heading is a section title, and the days below
are read as days (the heading's numbers are not copied over its whole section). So does a
range heading over bold day lines (`### Days 8-10: Continue Pattern...` over `**Day 8:** Model
Training (1.5 hours)`, `**Day 9:** …`): see `bold_range_days`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.outline import section_end

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node
    from planexport.reader.tables import TableDay

__all__ = ["bold_range_days", "heads_own_days", "phase_tables"]


def heads_own_days(nodes: list[Node], idx: int, numbers: list[int], ctx: Ctx) -> bool:
    """Whether the range heading at `idx` (days `numbers`) holds its days written one by one:
    two or more day headings or day rows below it, each numbered within the range."""
    if len(numbers) < 2:
        return False
    inner = nodes[idx + 1 : section_end(nodes, idx)]
    headed = _headed(inner)
    if len(headed) >= 2 and set(headed) <= set(numbers):
        return True
    return any(_in_range(_table_numbers(node), numbers) for node in inner if node.kind == "table")


def bold_range_days(nodes: list[Node], idx: int, numbers: list[int], ctx: Ctx) -> list[DaySpan]:
    """The days that bold day lines in the section of the range heading at `idx` (days
    `numbers`) write one by one, two or more, each a single day within the range with a length
    of its own; else none."""
    end = section_end(nodes, idx)
    bold = [n for n in nodes[idx + 1 : end] if n.kind == "paragraph" and n.text[:2] in ("**", "__")]
    if len(numbers) < 2 or len(bold) < 2:
        return []  # most range headings: no two bold lines, no day lines looked for
    from planexport.reader.days import bold_line_days

    found = [s for s in bold_line_days(nodes, ctx) if idx < s.start < end]
    if len(found) < 2 or any(len(s.numbers) != 1 or s.numbers[0] not in numbers for s in found):
        return []
    # each its own length: lines that only name their day ("- **Day 2**: Mix the rows") share
    # the range's lines instead (see range_day_labels)
    return found if all(s.length is not None for s in found) else []


def _headed(inner: list[Node]) -> list[int]:
    """The numbers of single-day headings (`### Day 1`) below a range heading."""
    from planexport.reader.day_headings import numbered_day

    found: list[int] = []
    for node in inner:
        if node.kind != "heading":
            continue
        day = numbered_day(node)
        if day is not None and len(day[0]) == 1:
            found.append(day[0][0])
    return found


def _table_numbers(node: Node) -> list[int | None]:
    """The day numbers of the day rows that split a table (`| **DAY 3: Listening** |`)."""
    from planexport.reader.day_rows import day_rows
    from planexport.reader.table_columns import column_roles

    split = day_rows(node, column_roles(node))
    return [part.number for part in split] if split is not None else []


def _in_range(found: list[int | None], numbers: list[int]) -> bool:
    """Whether two or more day rows are found, all numbered within the heading's range."""
    return len(found) >= 2 and all(n is not None and n in numbers for n in found)


def phase_tables(
    nodes: list[Node], idx: int, numbers: list[int], ctx: Ctx
) -> list[tuple[int, TableDay]]:
    """The days of the tables below a range heading that split them by day rows numbered
    within the range (`| **DAY 1** |` over timed rows), each with its table's index."""
    from planexport.reader.tables import table_days

    out: list[tuple[int, TableDay]] = []
    for pos in range(idx + 1, section_end(nodes, idx)):
        node = nodes[pos]
        if node.kind == "table" and _in_range(_table_numbers(node), numbers):
            out.extend((pos, day) for day in table_days(node, ctx, where=(nodes, pos)))
    return out
