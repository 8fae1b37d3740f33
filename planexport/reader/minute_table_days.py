"""Tables timed by their header alone in a plan with no day and nothing else timed: `| Minutes |
Activity |` over `| 10 | Warm-up |` (`Minuten`, `Minutos`, `Min.`), and no `## Monday` above.

One such table is the plan's one day; two or more are a day each, in the order written, each
titled by the heading above it (`### Probe A`), else numbered; a table without a heading of its
own is the day alone, the lines around it the plan's. The rows are read as a
day's table reads them: the number under the header is the length, the activity its title.
"""

from __future__ import annotations

from planexport.reader.blocks import Ctx, tidy
from planexport.reader.days import DaySpan
from planexport.reader.minute_tables import header_timed_rows
from planexport.reader.outline import Node, unwrap
from planexport.reader.sections import timed

__all__ = ["minute_table_days"]


def minute_table_days(nodes: list[Node], ctx: Ctx) -> list[DaySpan]:
    """A day per table timed by its header, when nothing outside those tables is timed; []
    when the plan has none, or has timed lines of another kind (those are read as before)."""
    from planexport.reader.block_tables import table_blocks
    from planexport.reader.table_weekly import TableDay

    tables = [idx for idx, node in enumerate(nodes) if node.kind == "table" and _timed_table(node)]
    if not tables or timed([node for idx, node in enumerate(nodes) if idx not in tables]):
        return []
    spans: list[DaySpan] = []
    for pos, idx in enumerate(tables):
        low = tables[pos - 1] if pos else -1  # a heading between the tables may title this one
        head = next((j for j in range(idx - 1, low, -1) if nodes[j].kind == "heading"), None)
        if head is not None and not any(n.kind == "heading" for n in nodes[:head]):
            head = None  # "# Plan" above the first table: the plan's title, not the day's
        if head is None:
            # The table alone is the day: the lines around it are the plan's.
            node = nodes[idx]
            day = TableDay(node.line, "", blocks=table_blocks(node, ctx, lenient=True))
            span = DaySpan(idx, idx + 1, node.line, [pos + 1], "", 0, table=day)
        else:
            level = nodes[head].level
            end = next(
                (
                    j
                    for j in range(idx + 1, len(nodes))
                    if nodes[j].kind == "heading" and nodes[j].level <= level
                ),
                len(nodes),
            )
            if pos + 1 < len(tables):
                end = min(end, tables[pos + 1])
            title = tidy(unwrap(nodes[head].text))
            span = DaySpan(head, end, nodes[head].line, [pos + 1], title, level)
        spans.append(span)
    return spans


def _timed_table(node: Node) -> bool:
    """Whether most of a table's rows give a bare number under a header naming its unit."""
    body = [row for row in node.rows[1:] if any(cell.strip() for cell in row)]
    _, count = header_timed_rows(node)
    return bool(body) and 2 * count >= len(body)
