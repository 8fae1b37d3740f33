"""Markdown to a Plan in stages: outline, days, each day's sections and blocks, then the model."""

from __future__ import annotations

import contextlib
import copy
import re
from typing import TYPE_CHECKING

from planexport.collector import paused
from planexport.errors import PlanError
from planexport.reader.actual_logs import without_logs
from planexport.reader.blocks import Ctx, RawBlock, is_total, tidy, tidy_emphasis
from planexport.reader.bold_title_lists import bold_title_lists
from planexport.reader.bracket_starts import bracket_starts
from planexport.reader.break_lengths import said_breaks
from planexport.reader.clock_lengths import clock_lengths
from planexport.reader.clock_words import read_clock_words
from planexport.reader.daily_spans import daily_spans
from planexport.reader.daily_template import daily_steps, split_day_lines
from planexport.reader.date_labels import date_labels
from planexport.reader.dated_labels import untimed_dated_days
from planexport.reader.dated_lines import dated_day_lines
from planexport.reader.day_budgets import short_of_stated, warn_short, within_stated
from planexport.reader.day_count_sections import day_count_sections
from planexport.reader.day_date_lines import date_lines
from planexport.reader.day_headings import weekdays_of
from planexport.reader.day_items import expand_day_lists
from planexport.reader.day_letters import day_letter_rows
from planexport.reader.day_limits import impossible_days
from planexport.reader.day_lines import day_lines
from planexport.reader.day_models import day_model
from planexport.reader.day_range_rows import day_range_rows
from planexport.reader.day_repeats import Summaries, is_summary, is_track, merged
from planexport.reader.days import DaySpan, find_days, week_numbers
from planexport.reader.durations import find_duration, parse_duration
from planexport.reader.example_tips import tip_lines
from planexport.reader.fact_lengths import fact_length_block, fact_notes, fact_title
from planexport.reader.footnote_marks import footnoted
from planexport.reader.front_titles import front_title
from planexport.reader.group_intros import intro_groups
from planexport.reader.group_totals import range_share, warn_shared_total
from planexport.reader.heading_hours import heading_hours
from planexport.reader.hour_cells import hour_cells
from planexport.reader.hour_prefixes import hour_prefixes
from planexport.reader.lazy import lazy
from planexport.reader.legends import named_by_legend
from planexport.reader.length_chains import chained_lengths
from planexport.reader.length_free import without_length
from planexport.reader.length_headings import length_headings
from planexport.reader.lesson_files import lesson_outline
from planexport.reader.line_segments import split_items
from planexport.reader.meal_notes import meal_notes
from planexport.reader.no_day_lines import warn_outside
from planexport.reader.numeric_dates import numeric_dates
from planexport.reader.offset_tables import table_offsets
from planexport.reader.offsets import may_offset, read_offsets
from planexport.reader.optional_lengths import optional_refusal
from planexport.reader.outline import Node, outline, unwrap
from planexport.reader.overlaps import after_covered
from planexport.reader.overview_bold_lines import overview_bold_lines
from planexport.reader.pace_columns import without_paces
from planexport.reader.part_days import parts_day
from planexport.reader.place_titles import place_titles
from planexport.reader.plain_day_labels import plain_day_labels
from planexport.reader.plain_lines import plain_lines
from planexport.reader.preamble import focus_table, goals_and_links
from planexport.reader.programmes import first_programme
from planexport.reader.prose_blocks import prose_blocks
from planexport.reader.prose_span_days import prose_span_day
from planexport.reader.range_day_labels import for_day
from planexport.reader.range_sessions import for_weekday
from planexport.reader.relative_times import relative_times
from planexport.reader.rest_of_week import rest_of_week
from planexport.reader.restated_blocks import without_restated
from planexport.reader.result import ReadResult
from planexport.reader.rough_days import rough_blocks, weekday_titled_sections
from planexport.reader.rough_starts import rough_starts
from planexport.reader.same_dates import joined_dates
from planexport.reader.section_weekdays import section_weekdays
from planexport.reader.sections import DayBody, variants
from planexport.reader.session_length_tables import session_length_tables
from planexport.reader.short_weekday_heads import short_weekday_headings
from planexport.reader.sibling_days import sibling_days
from planexport.reader.sleep_notes import sleep_lines
from planexport.reader.source_text import decode, front_matter, normalise
from planexport.reader.span_lines import h1_blocks, span_lines
from planexport.reader.start_dates import start_dated
from planexport.reader.stated_daily import stated_daily, stated_day_tables
from planexport.reader.stated_points import stated_over_points
from planexport.reader.stray_lengths import as_notes, stray_items
from planexport.reader.summary_days import daily_lines, summed_up_days
from planexport.reader.template_sessions import TemplateDays, template_sessions, with_sessions
from planexport.reader.text_stage import rewritten_text
from planexport.reader.time_header import time_headers
from planexport.reader.time_headings import time_headings
from planexport.reader.title_links import link_labels
from planexport.reader.trailing_daily import trailing_daily
from planexport.reader.unmarked_day_headings import unmarked_day_headings
from planexport.reader.unread_headings import day_parents, unread_day_headings
from planexport.reader.version_columns import version_columns
from planexport.reader.versions import version_heads
from planexport.reader.week_budgets import week_budgets
from planexport.reader.week_checks import after_the_weeks
from planexport.reader.week_range_repeats import repeated_weeks
from planexport.reader.week_ranges import date_range_days
from planexport.reader.week_rows import week_row_headings
from planexport.reader.week_tables import week_tables
from planexport.reader.weekday_abbrevs import abbreviated_weekdays
from planexport.reader.weekday_entries import weekday_entries
from planexport.reader.weekday_list_spans import weekday_list_spans
from planexport.reader.weekday_loads import weekday_loads
from planexport.reader.weekday_parts import weekday_parts
from planexport.reader.weekday_returns import joined_weekdays
from planexport.reader.weekday_turns import weekday_turns
from planexport.reader.weekly_structure import weekly_structure
from planexport.reader.work_spans import Busy, work_as_notes
from planexport.reader.written_quotes import said_warnings

if TYPE_CHECKING:
    from planexport.model import Day, Plan

__all__ = ["parse_duration", "parse_markdown", "read_markdown"]

_WEEK_PREFIX = lazy(r"^[\W_]*\w+\s*\d+\s*[:.\-–—]\s*")
_BARE_WEEK = lazy(r"[\W_]*[^\W\d_]+\s*\d+[\W_]*")  # "Week 1", "Semana 2:": a label, no topic
# ", 14:00-16:00", "; 2-4pm": a comma or semicolon before a second clock span on a line
_SPAN_AFTER_COMMA = lazy(
    r"[,;][ \t]+[*_]*\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?)?[ \t]*[-\u2013\u2014][ \t]*\d",
    re.IGNORECASE,
)


def parse_markdown(text: str | bytes, *, source: str = "<string>") -> Plan:
    """Read a plan from Markdown.

    Args:
        text: the Markdown, as text or as UTF-8 bytes.
        source: the name used in errors (a file path).

    Returns:
        The plan, its longer variants fully resolved.

    Raises:
        PlanError: the text cannot be read as a plan (the error names the line).
    """
    return read_markdown(text, source=source).plan


@paused()
def read_markdown(text: str | bytes, *, source: str = "<string>") -> ReadResult:
    """Read a plan from Markdown, with a warning for each line skipped or guessed about.

    Args:
        text: the Markdown, as text or as UTF-8 bytes.
        source: the name used in errors and warnings (a file path).

    Returns:
        The plan, its warnings, and the source line of each block.

    Raises:
        PlanError: the text cannot be read as a plan, or has no timed block (names the line).
    """
    if isinstance(text, bytes):
        text = decode(text, source)
    try:
        return _read(text, source)
    except PlanError:
        from planexport.reader.admonitions import unfold_admonitions

        # A plan made of MkDocs admonitions: their indented lines are its days and blocks.
        unfolded = unfold_admonitions(text)
        if unfolded is None:
            raise
    return _read(unfolded, source)


def _read(text: str, source: str, *, no_day_headings: bool = False) -> ReadResult:
    from pydantic import ValidationError

    from planexport.model import made_plan

    meta, body = front_matter(normalise(text), source)
    ctx = Ctx(source, links=link_labels(body))  # "[D1-talk]: https://…": a title keeps the text
    if (meta and "events:" in text) or "\n[[" in text:
        from planexport.reader.front_schedules import front_schedule

        body = front_schedule(normalise(text), body, ctx)  # "schedule:" / "- name: Monday"
    body, sections = rewritten_text(body, ctx)  # the text as the outline should see it
    nodes = without_logs(outline(body), ctx)  # "## Actual log" beside "## Planned schedule"
    if any(node.kind == "table" for node in nodes):
        from planexport.reader.dash_columns import dash_columns
        from planexport.reader.date_span_cells import date_span_cells

        nodes = date_span_cells(nodes)  # "| March 9, 2026 9:00 AM → 10:30 AM |": date, then time
        nodes = dash_columns(nodes)  # "| 9:00 | - | 10:30 | Welcome |": one column of spans
    filled = TemplateDays()
    if "emplate" in body or "orlage" in body or "odel" in body or "lantilla" in body:
        nodes, filled = template_sessions(nodes)  # "### Morning Session (1.5 hours)" over days
    nodes = overview_bold_lines(nodes, ctx.links)  # "**09:00–10:00 Arrays**" under its overview
    nodes = unmarked_day_headings(nodes)  # "## Friday" … then "Saturday": the next day
    nodes = bold_title_lists(plain_day_labels(nodes))  # "Mon" / "Day 2" over a list: a day
    nodes = length_headings(nodes)  # "### Welcome" over "#### 5 minutes": `Welcome (5 minutes)`
    nodes = session_length_tables(nodes, ctx)  # "| Session 1 | 45 min |" beside "## Session 1"
    nodes = version_columns(nodes)  # "| Activity | Full (1.5 h) | Short (45 min) |": versions
    nodes = lesson_outline(nodes, source)  # "# Week 4 → Day 3" / "# Lesson 3 – …" / "# Story"
    nodes = weekday_titled_sections(nodes)  # "## Sorties du Dimanche" over "vers 10h … 2h"
    nodes = weekday_list_spans(nodes)  # "### Monday, Wednesday, Friday: 9am - 3pm" over a line
    nodes = day_letter_rows(short_weekday_headings(without_paces(nodes)))  # "| L-M |"
    nodes = hour_prefixes(bracket_starts(day_range_rows(week_row_headings(nodes), ctx)))
    text_lines = body.split("\n")  # the body as the passes below read it, split once
    # "- Monday: 9:00-11:00 Calculus, 14:00-16:00 Physics": a span after a comma, rare
    several = _SPAN_AFTER_COMMA.search(body) is not None
    if several:
        from planexport.reader.span_segments import split_span_items

        nodes = split_span_items(nodes)
    nodes = weekday_entries(nodes, text_lines)  # "- Mon 6pm-8pm: Calculus"
    nodes = split_day_lines(abbreviated_weekdays(dated_day_lines(nodes, text_lines)), text_lines)
    nodes = expand_day_lists(span_lines(nodes, text_lines))
    nodes = prose_span_day(day_lines(nodes, text_lines))  # "Les cours ont lieu de 9h …"
    nodes = split_items(plain_lines(nodes, text_lines, ctx))
    if several:
        nodes = split_span_items(nodes)  # the lines plain_lines has made a list
    nodes = hour_cells(clock_lengths(nodes))  # "| 00:45 |" under "Dauer"; "| 9h00 |" a time
    nodes = read_clock_words(time_headings(heading_hours(nodes)))
    if may_offset(body):  # "- **0-10 min**: Welcome", "| 0–5 min |": a chain from zero
        nodes = table_offsets(read_offsets(nodes), ctx)
    nodes = relative_times(time_headers(nodes), ctx)
    nodes = numeric_dates(nodes, ctx)  # "02/10/2023" in a date column: one order for the plan
    nodes = section_weekdays(week_budgets(nodes, ctx))  # "## Judo" / "### Mardi"; "Hours/week"
    nodes = stated_day_tables(nodes, ctx)  # "## Daily Plan (30-45 min/day)" over day rows
    nodes = rest_of_week(nodes)  # "## Daily timetable" over rows, then "**Sunday:** Mock test"
    if sections:
        from planexport.reader.gantt_days import gantt_sessions

        nodes = gantt_sessions(nodes, sections)  # "section Morning" of a gantt chart

    nodes = day_count_sections(nodes)  # "### Stage 1: Basics (~5 days)": days 1-5
    if (optional := optional_refusal(nodes)) is not None:
        raise ctx.error(*optional)  # 'Video 7 "Fetch API" opcional (15 min a 2x).' and no more
    spans = [] if no_day_headings else find_days(nodes, ctx)
    if spans and all(s.weekday is not None and s.date is None for s in spans):
        from planexport.reader.weekless_days import weekless_days

        spans = weekless_days(nodes, spans)  # "### Dia de trabalho" beside weekday days
        from planexport.reader.template_frames import weeks_over_template

        # "## Weekly Schedule Template" after "### Week 1-2: …": the weeks are the plan
        nodes, spans = weeks_over_template(nodes, spans, ctx) or (nodes, spans)
    date_lines(nodes, spans, ctx)  # "**Mercoledì 08/10/2025 | 10:00-15:00**" under "### Giorno 1"
    if not spans:
        from planexport.reader.week_days import week_days

        nodes, spans = week_days(nodes, ctx)
    if not spans:
        from planexport.reader.undated_days import undated_days

        spans = undated_days(nodes, ctx)  # "séance 1 (jeudi 04/09)"; "| Minutes |" tables
    headed = bool(spans)
    tips = tip_lines(nodes)  # "## Tips" over "- … (e.g. 20 minutes) …": notes, never blocks
    ctx.advice = tips
    if spans:
        spans = intro_groups(summed_up_days(nodes, spans))  # "# Day 6 & 7" over "# Day 6"
    else:
        from planexport.reader.advice_lengths import advice_notes, advice_refusal
        from planexport.reader.dayless_tables import table_days
        from planexport.reader.not_plans import coded_refusal, recipe_refusal
        from planexport.reader.plan_part import timetable_day

        if (refusal := recipe_refusal(nodes) or coded_refusal(nodes)) is not None:
            raise ctx.error(*refusal)  # "## Ingredients" / "## Directions"; "`timeout: 30 min`"
        if (advice := advice_refusal(nodes)) is not None:
            raise ctx.error(*advice)  # "- Dedique pelo menos 30 minutos por dia" and no day
        ctx.advice = advice_notes(nodes, ctx) | tips  # "* Do 5–10 minutes of stretching"
        spans = timetable_day(nodes, _one_day(nodes))
        spans = table_days(nodes, spans)  # "## Morning routine" / "## Evening routine" tables
        unread = unread_day_headings(nodes, spans)
        if unread is not None:
            from planexport.reader.routine_days import routine_days

            routines = routine_days(nodes, spans, text_lines)  # "# Weekend Routine" / "## 6:00 AM"
            if routines is None:
                raise ctx.error(nodes[spans[0].start + 1].line, unread)
            spans, headed = routines, True
    # "## In person" timetable beside "## Online" over "### Day 1"; "| Lesson 2 | Day 2 |" over
    # one session's timetable in a plan with no day headings: each of those days holds it.
    if headed:
        spans = sibling_days(nodes, spans)
        ctx.advice |= sleep_lines(nodes, spans)  # "**Sleep:** 7 hours" under a day's timetable
    else:
        from planexport.reader.lesson_days import lesson_days

        spans = lesson_days(nodes, spans)
    if headed and all(s.date is not None and s.table is None for s in spans if not s.guide):
        from planexport.reader.dated_table_days import dated_table_days

        spans = dated_table_days(nodes, spans, ctx)  # "| 19 novembre | 10:00 |"
    # "# Beginner" / "# Advanced", each over its own "## Week 1": the first programme is read.
    numbers = week_numbers(nodes) if headed else None  # each node's week, asked for below too
    spans, others = (
        (spans, set()) if numbers is None else first_programme(nodes, spans, numbers, ctx)
    )
    if len(spans) == 1 and len(spans[0].numbers) == 1:
        titles = [front_title(meta)]
        titles += [n.text for n in nodes if n.kind == "heading" and n.level == 1][:1]
        from planexport.reader.one_day_dates import date_one_day

        date_one_day(spans[0], [*titles, *date_labels(nodes)], nodes)
    weekly = week_tables(nodes, spans, ctx) if spans else None
    if weekly is not None:
        # "**Week 1: 2 August - 8 August**" over a header-timed weekday table: the weeks are the
        # plan; a weekday routine above them is their frame.
        spans, week_list, frame = weekly
    trailing_daily(nodes, spans)  # "Daily Learning Structure (1.5 hours):" after the last day
    start_dated(nodes, spans)  # "**Start Date:** 2025-08-26" over "| Day 1 | … |"
    spans, loads = weekday_loads(
        nodes, spans, text_lines, ctx
    )  # "**Seg–Sex:** 2h/dia" over "| Seg 01/06 |"
    inside = {idx for span in spans for idx in range(span.start, span.end)} | loads
    inside |= frame if weekly is not None else set()
    inside |= others
    spans = [span for span in spans if not span.guide]
    structure, used = weekly_structure(nodes, spans, inside, ctx)
    inside |= used
    # Goals, links and a title may sit before the days or after them ("## Resources" at the end).
    outside = [node for idx, node in enumerate(nodes) if idx not in inside]
    # "# Title" over "## A Typical Day" over its table: the one day starts after the title.
    opens = [s.start + (not headed and s.line != nodes[max(s.start, 0)].line) for s in spans]
    first = min(opens, default=len(nodes))
    title_heading = next(
        (n.text for n in nodes[:first] if n.kind == "heading" and n.level == 1), None
    )
    if title_heading is not None and h1_blocks(nodes):
        title_heading = None  # "# Wake up (06:30 - 07:00)": a block of the day, not a title
    if title_heading is None and headed:
        from planexport.reader.plan_heading_titles import first_heading_title

        title_heading = first_heading_title(nodes, first)  # "## Chemistry revision" over days
    focus = focus_table(nodes, spans)  # "| Day | Focus |", not a shorter plan's after the days
    goals, links = goals_and_links(outside)
    dated = {span.month_day for span in spans if span.month_day is not None}
    warn_outside(
        nodes,
        inside | daily_lines(nodes) | day_parents(nodes, spans),
        ctx,
        dated=dated,
        spans=spans,
        tips=tips,
    )
    for node in nodes:
        if node.kind == "skipped":
            ctx.warn(node.line, node.text)  # "an HTML table with merged cells … is not read"

    weeks = week_list if weekly is not None else _weeks(nodes, spans, numbers)
    date_range_days(nodes, spans)  # "## Semaine du 6 au 12 janvier 2025" over "| Lundi | … |"
    strays: set[int] = set()
    days, lines = _days(
        nodes, spans, weeks=weeks, focus=focus, structure=structure, ctx=ctx, strays=strays
    )
    # "- Format: 25 minutes per problem" as a day's only timed line says how, not what.
    own = [d for i, d in enumerate(days) if d.variants and lines.get((i, 0, 0)) not in strays]
    # "## Standard Daily Timetable" over a table: each "### Day N" heading's hours
    headed_days = bool(spans) and all(nodes[s.start].kind == "heading" for s in spans)
    # A day or two of their own (a practice exam's 130 min) among many untimed days: the
    # others still take the daily steps; a daily timetable, up to a quarter of them.
    few = len(own) * 5 <= len(days)
    steps, used = (
        daily_steps(nodes, inside, ctx, tables=headed_days)
        if 4 * len(own) <= len(days)
        else ([], set())
    )
    if own and not few and not all(step.at is not None for step in steps):
        steps, used = [], set()  # a day's own blocks outrank steps; a daily timetable, a few
    if steps:
        # "## Daily Schedule" over "- 2 hours: Concept lessons": what each untimed day holds.
        ctx.warnings = [w for w in ctx.warnings if w.line not in used]
        from planexport.reader.week_steps import week_steps

        own_steps, more = week_steps(nodes, inside, ctx)  # each week's "Evening Schedule:"
        ctx.warnings = [w for w in ctx.warnings if w.line not in more]
        from planexport.reader.study_weeks import study_weeks

        study_weeks(nodes, spans, ctx, days)  # "## Week 1 — Basics" under steps: its days
        days, lines = _days(
            nodes,
            spans,
            weeks=weeks,
            focus=focus,
            structure=structure,
            ctx=ctx,
            daily=steps,
            own_steps=own_steps,
        )
    elif not any(d.variants for d in days) and stated_daily(nodes, spans, ctx):
        # "**Daily Time Commitment:** 2-3 hours" over untimed "### Day 1: Arrays" days
        days, lines = _days(nodes, spans, weeks=weeks, focus=focus, structure=structure, ctx=ctx)
    if len(days) == 1 and not headed:
        from planexport.reader.untimed_weeks_note import warn_untimed_weeks

        warn_untimed_weeks(nodes, days, ctx)  # "## Week 1" … over untimed bullets, one day
    if len(days) >= 2 and all(
        d.weekday is not None and d.week is None and not d.date for d in days
    ):
        from planexport.reader.template_weeks import template_weeks

        template_weeks(nodes, days, ctx)
    if structure:
        from planexport.reader.weekday_leftovers import warn_leftover_weekdays

        warn_leftover_weekdays(nodes, spans, structure, ctx)  # "- **Jueves**: 08:00-17:50"
    untimed_dated_days(nodes, spans, days, ctx)  # "**Allenamento 09 ottobre 2023**" over circuits
    days = weekday_turns(days)  # "| Mon/Thu: Paper 1 |" over "|  |  | Tue/Fri: Paper 2 |"
    days = without_restated(days, lines)  # "Asistir a Clase 2 (90 min)" under "Clase 2 (90 min)"
    # "…, 5:00–9:00 PM." under "## Friday — Welcome party"; "## Friday 23 Oct" twice: one day.
    days = rough_blocks(nodes, spans, days, lines, weeks=weeks)  # "around 10am … 1h15 and 3h"
    days = prose_blocks(nodes, spans, days, lines, weeks=weeks, ctx=ctx)
    days = meal_notes(nodes, spans, days, lines, weeks=weeks)  # "12:30 Lunch" among starts
    days = rough_starts(days, lines, text_lines)  # "Long run, around 10am, 75 to 180 minutes"
    days = place_titles(days, lines, text_lines)  # "## Mardi — Fractionné" / "- 18h30 Stade …"
    days, lines = joined_dates(nodes, spans, days, lines, weeks=weeks, ctx=ctx)
    # "### Saturday", later "#### Saturday, 26 April" in another section: one day, dated.
    days, lines = joined_weekdays(nodes, spans, days, lines, weeks=weeks, ctx=ctx)
    days = footnoted(daily_spans(nodes, inside, days, lines, ctx), lines, nodes, spans, ctx)
    said_breaks(nodes, spans, days, lines, text_lines=text_lines, ctx=ctx)  # "- Break (10 min)"
    if filled.sessions:
        days = with_sessions(days, lines, filled)  # "- Morning Session: Cell structure"
        ctx.warnings = [w for w in ctx.warnings if w.line not in filled.lines]
    days, lines = repeated_weeks(nodes, days, lines)  # "**Week 1-4:**" over Monday to Sunday
    if not any(day.variants for day in days):
        from planexport.reader.nothing_timed import nothing_timed
        from planexport.reader.untimed_dated_rows import dated_rows_unread, untimed_dated_rows
        from planexport.reader.untimed_weekdays import untimed_weekday_days

        if not no_day_headings and untimed_weekday_days(nodes, spans):
            with contextlib.suppress(PlanError):
                return _read(text, source, no_day_headings=True)
        if not no_day_headings and (rows := untimed_dated_rows(nodes, spans)) is not None:
            with contextlib.suppress(PlanError):
                return dated_rows_unread(_read(text, source, no_day_headings=True), source, rows)
        if ctx.zero:
            # Every timed line was misread: the first of them says what to fix.
            line = min(ctx.zero)
            raise ctx.error(line, f"no timed blocks found: {ctx.zero[line]}")
        raise ctx.error(*nothing_timed(nodes, spans, meta, text))

    plan_title = front_title(meta) or title_heading or _title_from_source(source) or "Plan"
    plan_id = str(meta.get("id") or _slug(_title_from_source(source) or plan_title))
    try:
        plan = made_plan(
            id=plan_id,
            title=_tidy_title(plan_title),
            goals=tuple((t, tuple(items)) for t, items in goals),
            links=tuple((t, u) for t, u in links),
            days=tuple(days),
        )
    except ValidationError as error:
        first_error = error.errors()[0]
        raise ctx.error(1, f"invalid plan: {first_error['msg']}") from None
    plan = named_by_legend(plan, nodes)  # "* 🧮 = [Calc 1A](…)" over a grid of "🧮" cells
    ctx.warnings += impossible_days(plan, lines, source=source)
    # A template for several weekdays is read once per day: its warnings are said once.
    warnings = said_warnings(ctx.warnings, text)  # by line, each once, quotes as written
    return ReadResult(plan, warnings, lines)


def _tidy_title(text: str) -> str:
    return unwrap(text).strip() or text


def _one_day(nodes: list[Node]) -> list[DaySpan]:
    """A plan with timed lines and no days (one lesson in phases) is a plan of one day.

    The day is the section that holds the first timed heading (`#### Phase 1 (40-50 Minuten)`)
    and its siblings, else the section of the first timed list or table (or of its lines of
    clock spans, `06:30 - 07:00 Wake up`, when it has neither); a plan given in
    versions (`## Short version` / `## Full version`) is one day of them all.
    """
    from planexport.reader.span_paragraphs import timetable_start

    heads = version_heads(nodes)
    if heads:
        return [_whole(nodes, heads[0], nodes[heads[0]].level, before=nodes[heads[0]].level)]
    for idx, node in enumerate(nodes):
        if node.kind == "heading" and find_duration(node.text) and not is_total(node.text):
            first = _timed_sibling_before(nodes, idx)
            if (parts := parts_day(nodes, first)) is not None:
                # "## Morning" / "## Afternoon" over "### 05:45 - 06:45: Fitness": one day
                day = _whole(nodes, parts[0], nodes[parts[0]].level, before=parts[1])
                day.end = min(day.end, parts[2])
                return [day]
            return [_whole(nodes, first, node.level, before=node.level)]
    start = timetable_start(nodes)  # a timed list or table, else "06:30 - 07:00 Wake up" lines
    if start is None:
        return []
    head = next((j for j in range(start - 1, -1, -1) if nodes[j].kind == "heading"), None)
    if head is None:
        return [_whole(nodes, 0, 0, before=1)]
    from planexport.reader.timed_sections import timed_siblings

    day = _whole(nodes, head, nodes[head].level, before=nodes[head].level + 1)
    day.end = timed_siblings(nodes, head, day.end)  # "## Chemistry", then "## Papers": parts
    return [day]


def _timed_sibling_before(nodes: list[Node], idx: int) -> int:
    """The heading of the first timed list or table when it is a sibling section before the
    timed heading at `idx` (`## Time Blocks` over a timetable, then `## Quick Tasks (15 min)`):
    the day starts there, so its timetable is read, not left out; else `idx`."""
    from planexport.reader.span_paragraphs import timetable_start

    start = timetable_start(nodes)
    if start is None or start >= idx:
        return idx
    level = nodes[idx].level
    head = next((j for j in range(start - 1, -1, -1) if nodes[j].kind == "heading"), None)
    if head is None or nodes[head].level != level:
        return idx
    between = range(head + 1, idx)
    if any(nodes[j].kind == "heading" and nodes[j].level < level for j in between):
        return idx  # another part of the plan: the timed heading's section is the day
    return head


def _whole(nodes: list[Node], first: int, level: int, *, before: int) -> DaySpan:
    """The span from node `first` to the first heading above `before`'s level."""
    end = next(
        (
            j
            for j in range(first + 1, len(nodes))
            if nodes[j].kind == "heading" and nodes[j].level < before
        ),
        len(nodes),
    )
    parent = next(
        (
            j
            for j in range(first - 1, -1, -1)
            if nodes[j].kind == "heading" and nodes[j].level < max(level, 1)
        ),
        None,
    )
    title = unwrap(nodes[parent].text) if parent is not None else ""
    # The span starts just before its first node: the day has no line of its own.
    return DaySpan(first - 1, end, nodes[first].line, [1], title, level, parent=parent)


def _weeks(
    nodes: list[Node], spans: list[DaySpan], numbers: list[int | None] | None
) -> list[int | None]:
    """Each span's week as the plan numbers it: a `Week 0` stays week 0 and comes first.
    `numbers` is each node's week where the caller has it already (`week_numbers`)."""
    numbers = week_numbers(nodes) if numbers is None else numbers
    return after_the_weeks(
        [numbers[span.start] if span.start >= 0 else None for span in spans], spans
    )


def _days(
    nodes: list[Node],
    spans: list[DaySpan],
    *,
    weeks: list[int | None],
    focus: dict[int, str],
    structure: dict[str, list[RawBlock]],
    ctx: Ctx,
    daily: list[RawBlock] | None = None,
    own_steps: dict[int, list[RawBlock]] | None = None,
    strays: set[int] | None = None,
) -> tuple[list[Day], dict[tuple[int, int, int], int]]:
    days: list[Day] = []
    lines: dict[tuple[int, int, int], int] = {}
    seen: dict[tuple[int | None, int], tuple[DaySpan, bool]] = {}
    last: tuple[tuple[int | None, int], DaySpan] | None = None  # the day read just before
    bodies: list[DayBody] = []
    summaries = Summaries()
    busy = Busy()  # "9:00 - 17:00: Work" beside study: said once for the plan
    numbered = {(w, n) for s, w in zip(spans, weeks, strict=False) for n in s.numbers}
    for span, week in zip(spans, weeks, strict=False):
        before, last = last, None
        body = _body(nodes, span, ctx)
        work_as_notes(body, busy)  # before overlaps: a session inside work hours is no clash
        body.variants = after_covered(body.variants, ctx)
        slot = structure.get(span.weekday or "", [])
        own = body.variants[0][1] if len(body.variants) == 1 else []
        # "| 1 | Trote suave 20 min |" in a week's row under a slot of "30-40 min": the week's own.
        untimed_slot = all(raw.at is None for raw in slot) and (
            span.table is not None or len(own) > 1  # "**Theory (30 mins):**", problem rows
        )
        if slot and own and all(raw.at is None for raw in own) and not untimed_slot:
            if sum(raw.hi for raw in own) <= sum(raw.hi for raw in slot):
                # "- [ ] Re-solve in under 20 minutes" in a Monday whose slot is 10:30–11:30:
                # the task fits the slot, which is the day's time.
                body.variants = []
            else:
                # "Final mock" rounds longer than Saturday's slot: they start when it does.
                own[0].at = slot[0].at
        if not body.variants and span.weekday in structure:
            # "## Monday" with no time of its own takes the weekly structure's times.
            taken = [copy.copy(raw) for raw in structure[span.weekday]]
            if len(taken) == 1:
                taken[0].items = [*taken[0].items, *body.items]
                body.notes = [n for n in body.notes if n not in {i.text for i in body.items}]
            else:  # "Lecture:" over "- intro" under a typical day: the lecture's items
                from planexport.reader.typical_days import typical_items

                given = typical_items(taken, nodes[span.start + 1 : span.end])
                body.notes = [n for n in body.notes if n not in given]
            body.variants = [(round(sum(b.hi for b in taken) / 60, 2), taken)]
        stray = stray_items(body) if (daily or strays is not None) else None
        if stray and strays is not None:
            strays.update(raw.line for _, blocks in body.variants for raw in blocks)
        if stray and daily:
            as_notes(body, stray)  # the daily structure is the day's time
        if not body.variants and daily:
            taken = [copy.copy(raw) for raw in (own_steps or {}).get(week or -1, daily)]
            body.variants = [(round(sum(b.hi for b in taken) / 60, 2), taken)]
        has_blocks = bool(body.variants)
        if not has_blocks:
            from planexport.reader.rest_days import warn_empty_day, warn_unsplit

            # "ab 10:00 Frühstück", "ab 14:00 Abbau" (warned): said as `show` shows the day
            warn_empty_day(nodes, span, body.notes, ctx)
            warn_unsplit(nodes, span, ctx)  # "## Days 6-7: Deploy (6h)": not each day's
        for written in span.numbers:
            number = written
            key = (week, number)
            if key in seen:
                # "DÍA 5 - Martes 9 de septiembre", then "DÍA 5 - Miércoles 7 de octubre"
                from planexport.reader.numbered_again import renumbered

                after = days[-1].number if days and days[-1].week == week else number
                again = renumbered(
                    seen[key][0], span, week=week, after=after, taken=numbered, ctx=ctx
                )
                number, key = (again, (week, again)) if again is not None else (number, key)
            if key in seen:
                first, first_blocks = seen[key]
                track = is_track(
                    first,
                    span,
                    adjacent=before is not None and before[0] == key and before[1] is first,
                    first_blocks=first_blocks,
                    has_blocks=has_blocks,
                )
                both = merged(bodies[-1], body) if track else None
                if both is not None:
                    # "Dia 1: Português" then "Dia 1: Matemática": two subjects of one day.
                    bodies[-1] = both
                    start = sum(len(b) for _, b in both.variants) - len(body.variants[0][1])
                    for b, raw in enumerate(body.variants[0][1]):
                        lines[(len(days) - 1, 0, start + b)] = raw.line
                    title = f"{days[-1].title} / {tidy_emphasis(span.title)}"
                    days[-1] = day_model(
                        number, span=first, week=week, body=both, focus=focus, ctx=ctx
                    ).model_copy(update={"title": title})
                    last = before
                    continue
                if is_summary(nodes, first, span, has_blocks=has_blocks):
                    summaries.add(span.line, number)
                    continue
                # "## Día 253" copied at the end with nothing timed in either: nothing to place
                untimed_copy = not has_blocks and not first_blocks
                if not has_blocks and (
                    len(span.numbers) > 1 or first.parent != span.parent or untimed_copy
                ):
                    ctx.warn(
                        span.line,
                        f"day {number} repeats line {first.line} with nothing "
                        "timed (a summary): skipped",
                    )
                    continue
                if first.parent == span.parent or not first_blocks:
                    raise ctx.error(
                        span.line, f"day {number} appears twice (first at line {first.line})"
                    )
                ctx.warn(
                    span.line,
                    f"day {number} is written again (first at line "
                    f"{first.line}, in another section): this one is skipped",
                )
                continue
            seen[key] = (span, has_blocks)
            last = (key, span)
            index = len(days)
            one = for_day(body, number, span.numbers)  # "- **Day 5**: …" under "Days 3-5"
            days.append(day_model(number, span=span, week=week, body=one, focus=focus, ctx=ctx))
            bodies.append(body)
            for v, (_, blocks) in enumerate(one.variants):
                for b, raw in enumerate(blocks):
                    lines[(index, v, b)] = raw.line
    summaries.warn(ctx)
    busy.warn(ctx)
    return days, lines


def _body(nodes: list[Node], span: DaySpan, ctx: Ctx) -> DayBody:
    if span.table is not None:
        blocks = span.table.blocks
        hours = round(sum(b.hi for b in blocks) / 60, 2)
        return DayBody([(hours, blocks)] if blocks else [], list(span.table.notes))
    lines = nodes[span.start + 1 : span.end]
    if span.weekday and span.start >= 0 and nodes[span.start].kind == "heading":
        # "**Evening (Monday, Wednesday):**" under "### Monday to Thursday": those days only.
        lines = for_weekday(lines, span.weekday, group=weekdays_of(nodes[span.start]))
        # "**Saturday (1 hour)**" under "#### Weekend": Saturday's lines on Saturday only.
        lines = weekday_parts(lines, span.weekday, group=weekdays_of(nodes[span.start]))
    body = variants(lines, ctx)
    if len(body.variants) == 1:
        # "- 9:00 Warm-up (30 min)" then "- Reading (45 min)": the reading starts at 9:30
        chained_lengths(nodes[span.start : span.end], body.variants[0][1])
    if not body.variants and (fact := fact_length_block(lines, tidy(span.title))) is not None:
        body.variants = [(round(fact.hi / 60, 2), [fact])]  # "| Duration | 2 h |" under its day
    elif not body.variants and not body.notes:
        body.notes = fact_notes(lines)  # "| Time | 18:00 |": what the day says, as its notes
    elif len(body.variants) == 1:
        fact_title(lines, body.variants[0][1])  # "| Activity | Easy run |" over "| Duration |"
    if span.text:
        body.notes.insert(0, span.text)
    length = span.length or (body.total if body.total and body.total.at is None else None)
    if span.length is None and length is not None and len(span.numbers) > 1:
        length = range_share(nodes, span, length, ctx)  # "**Time:** 15-20 hours" for 5 days
    if span.length is not None and len(span.weekdays) <= 1:
        warn_shared_total(nodes, span, ctx)  # "**Weekdays** (10 hours total)": 2 hours a day
    listed = {item.line for item in body.items}
    if length is not None and len(body.variants) == 1:
        blocks = body.variants[0][1]
        if all(raw.prose and raw.line in listed for raw in blocks):
            # "**Duração**: 3-4 horas" over "4. **Reforço**: Dedique 1 hora a …": the day
            # says its length, and the item says how to spend part of it.
            body.variants = []
        elif span.length is None and stated_over_points(blocks, body.items, length):
            body.variants = []  # "**Time:** 2 hours" under a checklist with one "1-hour" point
        elif span.length is not None and short_of_stated(blocks, span.length, body.items):
            # "### Domenica 6 (2h)" over "- Simulazione, 30-40 minuti" and "- I disegni"
            warn_short(span.line, span.title, blocks, span.length, ctx)
            body.variants = []
    sessions = None
    if not body.variants and length is not None:
        from planexport.reader.session_goals import session_goals

        sessions = session_goals(lines)
    if sessions is not None:
        # "### Morning" / "- **Duration**: 3 hours", "### Afternoon" / …: a block per session.
        body.variants = [(round(sum(raw.hi for raw in sessions) / 60, 2), sessions)]
        body.notes = [n for n in body.notes if n not in {i.text for i in body.items}]
    if not body.variants and length is not None:
        # "### Jour 1-2 (2×1h30)" over untimed bullets: each day is one block of that length.
        from planexport.reader.dated_topics import dated_topic
        from planexport.reader.heading_items import heading_items
        from planexport.reader.lone_points import lone_label, lone_point
        from planexport.reader.session_goals import without_goals

        title = dated_topic(nodes, span) or tidy(tidy_emphasis(span.title))
        if not title and span.text:  # "- **Day 1:** Two Sum, 3Sum" under "## Week 1: Arrays"
            title, body.notes = tidy(span.text), [n for n in body.notes if n != span.text]
        parent = unwrap(nodes[span.parent].text) if span.parent is not None else ""
        title = title or lone_label(body.items)  # "* **Day 6 (5.5h):**" over "* *Build:* …"
        if not title and span.parent is not None and week_numbers([nodes[span.parent]])[0]:
            title = tidy(_WEEK_PREFIX.sub("", parent))  # "## Semaine 1 : Fonctions": the topic
            title = "" if _BARE_WEEK.fullmatch(title) else title  # "## Week 1": no topic
        if not title and span.start >= 0:
            title = tidy(without_length(unwrap(nodes[span.start].text)))
        raw = RawBlock(
            title or "Study",
            None,
            length.lo,
            length.hi,
            None,
            # "- **Time target**: 3 hours" is no task; "### Problem 1: Two Sum" an item
            without_goals(heading_items(lines, body.items) if span.stated else body.items),
            span.line,
        )
        body.variants = [(round(raw.hi / 60, 2), [lone_point(raw, body.notes)])]  # "Proyecto"
        body.notes = [n for n in body.notes if n not in {i.text for i in body.items}]
    else:
        for line, message in body.unread:
            ctx.warn(line, message)
        body.variants = within_stated(body.variants, length, span.title)  # "(3-4 horas)"
    return body


def _title_from_source(source: str) -> str:
    if source.startswith("<"):
        return ""
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


def _slug(text: str) -> str:
    from planexport.keys import slugify

    return slugify(text)
