"""The days of the plan's tables (`| Monday | 09:00-10:30 Arrays |`, a grid of weekday columns,
`| Day 1 | … |` rows): the last way `find_days` looks for days, where no heading or line names
one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.tables import table_days

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["table_spans"]


def table_spans(nodes: list[Node], ctx: Ctx) -> list[DaySpan]:
    """Each day the tables of `nodes` hold, in order, numbered on from the days above."""
    from planexport.reader.days import DaySpan, week_numbers
    from planexport.reader.session_formula import formula_table
    from planexport.reader.yearless_rows import rows_year

    out: list[DaySpan] = []
    number = 0
    for idx, node in enumerate(nodes):
        if node.kind != "table":
            continue
        read = formula_table(nodes, idx) or node  # "Cada sesión = Calentamiento (~10') + …"
        for day in table_days(read, ctx, year=rows_year(nodes, idx, ctx), where=(nodes, idx)):
            number = day.number or number + 1
            day.title = ctx.day_notes.get(day.line, day.title)  # "| Sunday (long) |": "long"
            out.append(
                DaySpan(
                    idx,
                    idx + 1,
                    day.line,
                    [number],
                    day.title,
                    7,
                    weekday=day.weekday,
                    table=day,
                    date=day.date,
                )
            )
    from planexport.reader.class_times import class_times
    from planexport.reader.range_sections import join_sections
    from planexport.reader.table_pages import join_table_pages
    from planexport.reader.table_repeats import drop_repeated_tables
    from planexport.reader.total_tables import drop_summaries

    out = drop_repeated_tables(nodes, out, ctx)  # a dated grid, then its HTML copy
    out = join_table_pages(nodes, out)  # an exam plan's pages, each under the same header
    drop_summaries(nodes, out, ctx)  # "| **Lunes** | 3 horas |" beside the timetable itself
    join_sections(out, nodes, week_numbers(nodes), ctx)  # "## Evening" over "| Mon–Fri |" again

    class_times(nodes, out, ctx)  # "Classes are on Mondays from 19:00 to 22:00." above them
    return out
