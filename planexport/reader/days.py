"""Where the days are: `### Day 1 – Topic`, `**Day 1**`, `## Lunes`, `## Mon–Fri`, weeks, tables."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from planexport.reader.alternative_days import alternative_days
from planexport.reader.appendix_days import appendix_day
from planexport.reader.blocks import Ctx, tidy
from planexport.reader.bold_date_leads import unbold_date_lead
from planexport.reader.clock_brackets import (
    clock_only,
    hours_only,
    without_clock_lead,
    without_clock_tail,
)
from planexport.reader.colon_lengths import length_before_colon
from planexport.reader.date_heads import (
    all_dated,
    date_head,
    dated_topic,
    mixed_days,
    warn_weekday,
    weekday_first,
)
from planexport.reader.date_windows import date_window
from planexport.reader.dated_labels import labelled_date
from planexport.reader.dates import (
    ORDER,
    date_in,
    month_day,
    month_first,
    plan_year,
    without_zone,
)
from planexport.reader.day_headings import (
    WEEKDAY_RANGE,
    day_match,
    days_heading,
    listed_weekdays,
    numbered_day,
    quoted_range,
    scattered_weekdays,
    short_week_day,
    weekday_heading,
    weekday_in,
)
from planexport.reader.day_label_lines import labels_times
from planexport.reader.day_length_tables import day_length_tables
from planexport.reader.day_order import by_date, in_time_order, weekday_or_date
from planexport.reader.day_part_heads import joined_parts
from planexport.reader.day_zero import from_day_zero
from planexport.reader.deep_weekdays import deep_days
from planexport.reader.described_days import described_days
from planexport.reader.durations import DASH, DASHES, Found, find_duration
from planexport.reader.grid_over_lines import grid_days, lone_dated_grid
from planexport.reader.lazy import lazy
from planexport.reader.month_weeks import month_weeks
from planexport.reader.outline import Node, parent_headings, section_end, unwrap
from planexport.reader.own_weekday_titles import without_weekday_bracket
from planexport.reader.paren_weekday import (
    dated_weekday_after_number,
    short_weekday,
    trailing_weekday,
)
from planexport.reader.per_day_parens import per_day_paren
from planexport.reader.range_phases import bold_range_days, heads_own_days, phase_tables
from planexport.reader.range_sessions import nested_timed, range_title
from planexport.reader.recap_days import over_recap
from planexport.reader.routine_sentences import sentence_days, sentence_range
from planexport.reader.sections import timed
from planexport.reader.shortcodes import without_shortcodes
from planexport.reader.stated_ranges import stated_range_days
from planexport.reader.status_words import drop_status
from planexport.reader.table_day_spans import table_spans
from planexport.reader.tables import TableDay
from planexport.reader.today_heads import named_weekday
from planexport.reader.week_checks import outside_weeks, summaries, week_order
from planexport.reader.week_labels import week_label
from planexport.reader.week_ordinals import dated_week, ordinal_week
from planexport.reader.week_parity import WeekParity
from planexport.reader.week_ranges import is_week_range
from planexport.reader.week_table_details import given_details, given_to, weekday_details
from planexport.reader.week_tails import trim_week_tails
from planexport.reader.weekday_lists import (
    dated_weekday,
    specific_weekdays,
    sums_up,
    weekday_list,
)
from planexport.reader.weekday_numbers import weekday_then_numbers
from planexport.reader.weekday_years import nearest_years, weekday_year
from planexport.reader.words import (
    ABBREVIATED_WEEKDAYS,
    DAY_WORDS,
    WEEK_WORDS,
    WEEKDAYS,
    fold,
)
from planexport.reader.year_slips import years_in_step
from planexport.reader.yearless_days import warn_yearless

__all__ = [
    "DaySpan",
    "bold_line_days",
    "find_days",
    "month_day",
    "week_numbers",
]

_NO_NUMBER_DAY = lazy(rf"^[\W_]*?day\s*(?::|\s[{DASH}|]|$)", re.IGNORECASE)
_WEEK_HEADING = lazy(rf"(?<!\w){WEEK_WORDS}\s*(?P<num>\d+)\b(?!\s*[-–—]\s*\d)", re.IGNORECASE)
# "SEMANAS 1–2 · 17/05 a 30/05", "Weeks 3-4: …": a range of numbered weeks, from its first.
# What a line must hold, folded, to name a week: a week's word in one of WEEK_WORDS' languages
# (`woche`, `tuan`, `tydzien`), or `w2d3`.
_MAY_WEEK = lazy(r"w(?:ee|oc|ek|\d)|sem|sett|ming|haft|tydz|tu")
_WEEKS_FROM = lazy(rf"^[\W_]*{WEEK_WORDS}\s*(?P<num>\d+)\s*[-–—]\s*\d+\b", re.IGNORECASE)
_DAY_LABEL = lazy(rf"^[\W_]*{DAY_WORDS}\s*\d+\s*[:.{DASH}]*\s*", re.IGNORECASE)
_EMPTY_CODE = lazy(r"`\s*`")  # "| `3/11/24`" with its date read: a code span left empty
_PER_DAY = lazy(
    r"^\s*(?:/|per|a|an|pro|por|par|al|por|al|each|every|je)\s*"
    r"(?:day|tag|d[ií]a|jour|giorno|dag|dia|d)\b",
    re.IGNORECASE,
)
_MULTIPLIER = lazy(r"^\s*(?P<n>\d+)\s*[×xX*]\s*")
# "(4-5 hours total)", "(6 Stunden insgesamt)", "(5 horas en total)": the days' sum, said so.
_SAID_TOTAL = lazy(
    r"^\s*(?:(?:in|en|au|no|im|ao)\s+)?(?:total|totale|totaal|insgesamt|gesamt)\s*$",
    re.IGNORECASE,
)
_DATE_LINE = lazy(r"^[\W_]*(?:(?:date|datum|fecha|data|datum)\s*:\s*)?[*_]*\s*$", re.I)
# "Session du 5 mars (DIG seuls)", "Sesión del 3 de marzo", "Sitzung am 10. März", "Session on
# March 17 – Review": a meeting on a date is a day, as a date alone is.
_DATED_LEAD = lazy(
    r"^[\W_]*(?:session|sesi[oó]n|sitzung|termin|s[eé]ance|journ[eé]e|jornada|clase|class|"
    r"meeting|workshop|atelier|taller|lezione|incontro|sess[aã]o|aula|les|bijeenkomst)"
    r"\s+(?:du|le|del|de|el|am|vom|on|of|del|il|dia|do|da|van|op)?\s*$",
    re.IGNORECASE,
)
_DATED_TAIL = lazy(rf"^\s*(?:\([^)]*\))?\s*(?:[:{DASH}|]\s*.*)?[*_]*\s*$")
_BOLD_DAY = lazy(r"^[^\w*_]*(\*\*|__)")
_BOLD_LEAD = lazy(r"^[^\w*_]*(\*\*|__)(?P<inner>.+?)\1(?P<rest>.*)$")


@dataclass
class DaySpan:
    """A day (or days) found in the outline: where its lines are and what its heading says."""

    start: int  # index of its heading or line (of the table, for days a table gives)
    end: int  # index after its last node
    line: int
    numbers: list[int]
    title: str
    level: int
    weekday: str | None = None
    length: Found | None = None  # "Jour 1-2 (2×1h30)": each day's length, for untimed bullets
    parent: int | None = None  # index of the heading the day sits under
    table: TableDay | None = None
    weekdays: list[str] = field(default_factory=list)
    text: str = ""  # what follows a bold day line's title: a note of the day
    date: dt.date | None = None
    month_day: tuple[int, int] | None = None  # what its heading dates it, with or without a year
    guide: bool = False  # a section about days, not a day: its lines are neither read nor warned
    unnamed: bool = False  # "__Wahlpflicht__" among weekday labels: a day without a weekday
    stated: bool = False  # its length is the plan's stated daily length (`stated_daily`)
    topic: bool = False  # "**Mon - Wed:** Algebra" over untimed bullets: those days, untimed
    week: bool = False  # "## Week 3 — Graphs" in a plan of weeks and no days (`week_days`)


def _length(text: str | None, days: int) -> Found | None:
    """The length a day heading gives each day: `(1h)`, `(2×1h30)` over two days."""
    if not text:
        return None
    multiplier = _MULTIPLIER.match(text)
    found = find_duration(text[multiplier.end() :] if multiplier else text)
    if found is None or found.at is not None:
        return None
    if multiplier and int(multiplier.group("n")) not in (days, 1):
        return None
    if not multiplier and days > 1 and _SAID_TOTAL.match(text[found.end :]):
        # "Day 8-9: Routing (4-5 hours total)": the days share it alike
        return found._replace(lo=round(found.lo / days), hi=round(found.hi / days))
    if not multiplier and days > 1 and not _PER_DAY.search(text[found.end :]):
        return None  # "Days 1-3 (6h)" may be the total; too unsure to split; "(2h/day)" is not
    return found


def _span_of(
    nodes: list[Node], idx: int, day: tuple[list[int], str, str | None], *, level: int
) -> DaySpan:
    numbers, title, paren = day
    node = nodes[idx]
    lead = day_match(node.text)
    weekday = WEEKDAYS.get(fold(lead.group("wd"))) if lead and lead.group("wd") else None
    paren_day, paren_rest = weekday_in(paren)
    if paren_day is not None and not paren_rest:
        weekday, paren = paren_day, None
    title_day, title_rest = weekday_in(title)
    if title_day is not None:
        weekday, title = title_day, title_rest
    if weekday is None:
        weekday, title = trailing_weekday(title)  # "## Dia 1 - Abril 29 (Sabado)"
    if weekday is None:
        weekday, paren, title = short_weekday(paren, title)  # "### Day 1 (Mon): Topic"
    weekday = weekday or dated_weekday_after_number(paren, title)  # "Day 1 (Mon, Jan 5)"
    length = _length(paren, len(numbers))
    if length is None:
        # "Day 1: Setup (5 hours)": a length that ends the title
        last = re.search(r"\(([^()]*)\)[*_\s:]*$", title)
        if last is not None:
            length = _length(last.group(1), len(numbers))
            if length is not None:
                title = title[: last.start()]
    if length is None and (colon := length_before_colon(title)) is not None:
        length = _length(colon[0], len(numbers))  # "Day 3 – S3 (2h): buckets, storage classes"
        title = colon[1] if length is not None else title
    if length is None and (inner := per_day_paren(title)) is not None:
        length = _length(inner[0], len(numbers))  # "Day 11-14: Git (2 hours/day) + Labs"
        title = inner[1] if length is not None else title
    bare = find_duration(title) if length is None else None
    if (
        bare is not None
        and bare.at is None
        and not title[bare.end :].strip(" )]*_:.")
        and (
            not title[: bare.start].strip(f" (*_:{DASHES}")
            or re.search(rf"[\s(][{DASH}|(\[~]\s*$", title[: bare.start])
        )
    ):
        # "## Day 1 — 3 hours", "## Day 2: Loops – 90 min", "Loops [1.5 hrs]", "Dicts ~1h": a
        # length that ends the heading
        length = _length(bare.text, len(numbers))
        # "## Days 6-7: Deploy (6h)": not split over the days, so the heading stays as written
        title = re.sub(r"[\s(\[~]+$", "", title[: bare.start]) if length is not None else title
    return DaySpan(idx, len(nodes), node.line, numbers, title, level, weekday, length)


def week_numbers(nodes: list[Node]) -> list[int | None]:
    """The week (`## Week 2`, `Semaine 2`) each node sits in, or None."""
    weeks: list[int | None] = []
    week: int | None = None
    level = 0
    ranges = 0  # "## Semaine du 6 au 12 janvier 2025": weeks counted in the order written
    parity = WeekParity()  # "# Gerade Wochen", "# Ungerade Wochen": weeks 1 and 2
    for idx, node in enumerate(nodes):
        if node.kind in ("paragraph", "heading") and _MAY_WEEK.search(fold(node.text)) is None:
            if node.kind == "heading" and week is not None and node.level <= level:
                week = None  # "### Day 3" names no week: every reading below needs a week's word
        elif node.kind == "paragraph" and labels_times(nodes, idx):
            # "Week 2 Day 1" over "09:00-10:30 …": that week's day, up to the next heading.
            match = _WEEK_HEADING.search(short_week_day(unwrap(node.text)))
            week, level = (int(match.group("num")), 7) if match is not None else (week, level)
        elif node.kind == "paragraph" and (labelled := week_label(node.text)) is not None:
            week, level = labelled, 7  # "**Week 2 – Storage**" over "- Day 1: S3 (2 hrs)"
        elif node.kind == "heading":
            match = _WEEK_HEADING.search(short_week_day(unwrap(node.text)))
            worded = None
            if match is None or days_heading(node.text):
                worded = ordinal_week(unwrap(node.text)) or dated_week(unwrap(node.text))
            if match is not None and not days_heading(node.text):
                week, level = int(match.group("num")), node.level
            elif worded is not None:
                week, level = worded, node.level  # "## Erste Woche", "## Week One"
            elif match is None and (first := _WEEKS_FROM.match(unwrap(node.text))):
                week, level = int(first.group("num")), node.level  # "### SEMANAS 1–2": from 1
            elif match is None and is_week_range(node.text):
                ranges += 1
                week, level = ranges, node.level
            elif match is None and (alternate := parity.week(node.text)) is not None:
                week, level = alternate, node.level
            elif week is not None and node.level <= level:
                week = None
        weeks.append(week)
    return month_weeks(nodes, weeks)  # "### Month 2" over "Week 1" again: weeks 9, 10


def find_days(nodes: list[Node], ctx: Ctx) -> list[DaySpan]:
    """Each day in the outline, in order; [] when the plan names none."""
    year = plan_year(nodes)
    us = month_first(nodes)
    found = from_day_zero(_numbered(nodes, ctx) or bold_line_days(nodes, ctx), nodes, ctx)
    if found and over_recap(nodes, found, lambda: _weekdays(nodes, Ctx(ctx.source)), ctx):
        found = []  # "- [ ] Day 22: …" below "#### Monday - DAY 22" days: a recap of them
    found = found or _weekdays(nodes, ctx)
    found = grid_days(nodes, found, ctx) or found  # "| | Monday |" grid over weekday lines
    if found and _among_sessions(nodes, found):
        return []  # "## Teacher training day : vendredi 6/09/2024" among dated sessions
    if found and described_days(nodes, found, ctx):
        found = []  # "## Dehnen (Mo–Fr morgens)" below "| Montag | Dehnen | 10 Minuten |"
    # "### Miércoles - Carrera" over untimed lines below "| Lunes | Partido | 60 min |" …
    details = weekday_details(nodes, found, ctx) if found else None
    found, guides = ([], given_details(details)) if details else (found, [])
    dated = not found
    if all_dated(nodes, found, month_first=us):  # "### Mon 2026-12-07" then "### 2026-12-09"
        said = Ctx(ctx.source)
        mixed = mixed_days(nodes, found, _dated(nodes, year, said, month_first=us), said, ctx)
        found = _close(nodes, mixed) if len(mixed) > len(found) else found
    elif not found:
        found = in_time_order(nodes, _dated(nodes, year, ctx, month_first=us), month_first=us)
        found = lone_dated_grid(nodes, found, ctx) or found  # "## 2026-05-18" over a week grid
    if not found:
        found = table_spans(nodes, ctx)
        given_to(nodes, found, guides)  # those sections detail the table's days
    year = year or weekday_year(nodes, found, month_first=us)  # "**Start Date:** March 2, 2026"
    slips = years_in_step(nodes, found, year, ctx, month_first=us)  # "23/09/2023" among 2024's
    for span in found:
        if (
            span.date is None
            and span.month_day is None
            and span.start >= 0
            and nodes[span.start].kind != "table"
        ):
            heading = nodes[span.start].text
            date, hit = date_in(heading, year, month_first=us, weekday=span.weekday)
            date = slips.get(span.start, date)
            if hit is not None and _loose_numeric(hit) and span.weekday is None:
                continue  # "Day 5: Review 2/3 of the notes" is no date; "Monday 3/2" is
            if (
                date is not None
                and hit is not None
                and weekday_first(span.line, heading, date=date, hit=hit, ctx=ctx, month_first=us)
            ):
                span.weekday = ORDER[date.weekday()]  # "## Mon 2026-12-08", a Tuesday: warned
            else:
                text = unwrap(heading)  # "### Montag, 06.01.2026", a Tuesday: warned, the date wins
                span.weekday = weekday_then_numbers(text, hit, date, span.line, ctx) or span.weekday
            if (
                date is not None
                and hit is not None
                and span.weekday not in (None, ORDER[date.weekday()])
            ):
                # "## Day 1 (Tue, Jan 5, 2026)", a Monday: a date with its year wins, as beside a
                # weekday heading; a year from elsewhere in the plan may be the wrong one
                span.weekday = weekday_or_date(
                    span.line, heading, date, hit, weekday=span.weekday, ctx=ctx
                )
            if date is not None and (span.weekday is None or ORDER[date.weekday()] == span.weekday):
                span.date = date
                span.weekday = span.weekday or ORDER[date.weekday()]
                # "### Monday 2020-10-05 – Graphs": the date is the day's, not its title's.
                _, match = date_in(span.title, year, month_first=us)
                if match is not None:
                    from planexport.reader.weekday_rests import length_off

                    rest = span.title[: match.start()] + " " + span.title[match.end() :]
                    rest = tidy(_EMPTY_CODE.sub(" ", rest) if "`" in rest else rest)
                    rest = without_zone(rest)  # "Freitag, 25. April CEST": no title "CEST"
                    # "Python Core Blitz (Thursday, May 29, 2025)": no "(Thursday)" left
                    rest = without_weekday_bracket(rest, ORDER[date.weekday()])
                    if fold(rest) in WEEKDAYS or fold(rest) in ABBREVIATED_WEEKDAYS:
                        rest = ""  # "Vrij 25 sep 2015": the heading says no more than its date
                    rest = "" if rest.isdigit() or hours_only(rest) else rest  # "(6)", "10-18 Uhr"
                    heading = _DAY_LABEL.sub("", unwrap(nodes[span.start].text), count=1)
                    heading = without_clock_tail(without_zone(heading))  # "… 10-18 Uhr"
                    heading = length_off(heading) if span.length or span.text else heading
                    span.title = drop_status(rest) or drop_status(tidy(heading))
    stated_range_days(nodes, found, year, ctx)  # "Wed 21 – Sun 25 Oct 2026" over "## Wednesday"
    # "### Monday, December 7", "### 07.12. Montag": the year in which each is that weekday
    if nearest_years(nodes, sorted(found, key=lambda s: s.start), year, ctx, month_first=us):
        found = by_date(found) if dated else found
        for span in found:  # "## Monday 7/12 – Algebra", dated by its weekday: titled "Algebra"
            span.title = dated_topic(span.title, span.date, month_first=us)
    for span, parent in zip(found, parent_headings(nodes, found), strict=True):
        span.parent, span.title = parent, drop_status(span.title)  # "(done)": no title
    from planexport.reader.lone_lengths import lone_lengths
    from planexport.reader.range_totals import range_totals

    lone_lengths(nodes, found)  # "## Monday" over "_2h_" and nothing else: one block that long
    range_totals(nodes, found)  # "Time Allocation: 12-15 hours" over "Day 1-2 (4-5 hours)"
    guides += day_length_tables(nodes, found, ctx)  # "| Day 1 | 45 minutes |" beside "## Day 1"
    if year is None:
        warn_yearless(nodes, found, ctx)  # "## April 14 – Algebra" with no year anywhere: said
    return [*alternative_days(nodes, found, ctx), *guides]  # "## Alternative schedule"


def _among_sessions(nodes: list[Node], spans: list[DaySpan]) -> bool:
    """Whether the days found are headings of a log of dated sessions, at the sessions' level:
    the log reads them as its days (`session_days`)."""
    if not all(span.start >= 0 and dated_weekday(unwrap(nodes[span.start].text)) for span in spans):
        return False  # most plans: no need to load the sessions' patterns
    from planexport.reader.session_days import session_level

    level = session_level(nodes)
    return level is not None and all(
        span.start >= 0 and nodes[span.start].kind == "heading" and span.level == level
        for span in spans
    )


def _loose_numeric(match: re.Match[str]) -> bool:
    """Whether a date found is `3/2`-like: numbers alone, no year, no month name."""
    return bool(match.group("n1")) and not (match.group("ny") or match.group("ny3"))


def _close(nodes: list[Node], heads: list[DaySpan]) -> list[DaySpan]:
    for pos, span in enumerate(heads):
        end = heads[pos + 1].start if pos + 1 < len(heads) else len(nodes)
        for idx in range(span.start + 1, end):
            node = nodes[idx]
            if (node.kind == "heading" and node.level <= span.level) or (
                node.kind == "paragraph" and week_label(node.text) is not None
            ):
                end = idx  # a heading above the day, or the next week's label ("**Week 2**")
                break
        span.end = end
    trim_week_tails(nodes, heads)  # "**Estimated Hours:** 18-22 hours" after the week's days
    return heads


def _numbered(nodes: list[Node], ctx: Ctx) -> list[DaySpan]:
    heads: list[DaySpan] = []
    for idx, node in enumerate(nodes):
        if node.kind != "heading" or node.level > 4 or _prose_day_zero(nodes, idx):
            continue
        day = numbered_day(node)
        if (
            day is not None
            and heads
            and node.level > heads[-1].level
            and day[0] == heads[-1].numbers
            and idx < section_end(nodes, heads[-1].start)
        ):
            continue  # "### DAY 1 COMPLETION CHECK" inside Day 1: a section of that day
        if day is not None and appendix_day(nodes, idx, day[1], bool(heads)):
            ctx.warn(node.line, f'"{unwrap(node.text)}" after the days is an appendix: not a day')
            continue  # "## Day 2 Quiz Answers" after "## Day 6"
        if day is not None and heads_own_days(nodes, idx, day[0], ctx):
            # "## Days 1–2: Basics" over "### Day 1" and "### Day 2", or over a table split by
            # "| **Day 1** |" rows: a phase, its days written below it one by one
            heads.extend(_phase_span(pos, d) for pos, d in phase_tables(nodes, idx, day[0], ctx))
            continue
        if day is not None and (bold := bold_range_days(nodes, idx, day[0], ctx)):
            heads.extend(bold)  # "### Days 8-10" over "**Day 8:** Model Training (1.5 hours)"
        elif day is not None:
            heads.append(_span_of(nodes, idx, day, level=node.level))
        elif _NO_NUMBER_DAY.match(node.text) and not _file_title(nodes, idx):
            reason = f'day heading "{node.text}" has no number (write "Day 1 – Topic")'
            if timed(nodes[idx + 1 : section_end(nodes, idx)]):
                raise ctx.error(node.line, reason)
            ctx.warn(node.line, f"{reason}: not read")  # "### Day" in a how-to section
    from planexport.reader.sprint_days import sprint_order

    return _close(nodes, sprint_order(nodes, heads))  # "Sprint 2 · Day 1" after Sprint 1's


def _phase_span(idx: int, day: TableDay) -> DaySpan:
    """A day that a day row of a phase's table gives (`| **DAY 3: Listening** |`)."""
    number = day.number or 1
    return DaySpan(idx, idx + 1, day.line, [number], day.title, 7, day.weekday, table=day)


def _file_title(nodes: list[Node], idx: int) -> bool:
    """Whether `# Day` is the file's title: its first heading, of level 1, over headings of
    its own (`### Monday`), so the plan's name rather than a day with no number."""
    node = nodes[idx]
    first = next((n for n in nodes if n.kind == "heading"), None)
    inner = nodes[idx + 1 : section_end(nodes, idx)]
    return node.level == 1 and first is node and any(n.kind == "heading" for n in inner)


def _prose_day_zero(nodes: list[Node], idx: int) -> bool:
    """Whether `### Day 0: Make a concrete timeline` heads prose with nothing timed: advice
    before the days, not a day numbered 0."""
    match = day_match(short_week_day(nodes[idx].text))
    if match is None or not match.group("num").isdigit() or int(match.group("num")) != 0:
        return False
    section = nodes[idx + 1 : section_end(nodes, idx)]
    return not timed(section) and not nested_timed(section)


def _untimed_bold_day_zero(nodes: list[Node], idx: int, inner: Node) -> bool:
    """Whether a bold `Day 0` line heads nothing timed up to the next day line or heading: a
    setup note before the days, as `### Day 0` over prose is, not a day numbered 0."""
    match = day_match(short_week_day(inner.text))
    if match is None or match.group("num") != "0":
        return False
    end = next(
        (
            j
            for j in range(idx + 1, len(nodes))
            if nodes[j].kind == "heading"
            or (nodes[j].kind == "paragraph" and _BOLD_DAY.match(nodes[j].text))
        ),
        len(nodes),
    )
    section = [Node("paragraph", inner.line, text=nodes[idx].text), *nodes[idx + 1 : end]]
    return not timed(section) and not nested_timed(section)


def bold_line_days(nodes: list[Node], ctx: Ctx) -> list[DaySpan]:
    """The days that bold day lines (`**Day 1:** Topic`) start, in order."""
    heads: list[DaySpan] = []
    parent = 0  # a bold-line day ends at the next day or at a heading above it
    for idx, node in enumerate(nodes):
        if node.kind == "heading":
            parent = node.level
        elif (
            node.kind == "paragraph"
            and len(node.text) <= 400
            and (
                _BOLD_DAY.match(node.text)
                or labels_times(nodes, idx)  # "Day 1" over "09:00-10:30 …"
            )
        ):
            bold = _BOLD_LEAD.match(node.text)
            inner = Node("paragraph", node.line, text=bold.group("inner")) if bold else node
            if _untimed_bold_day_zero(nodes, idx, inner):
                continue  # "**Day 0: Setup (May 28 - Evening)**" over prose: before the days
            day = numbered_day(inner) or numbered_day(node)
            rest = bold.group("rest").strip(" :.-–—") if bold else ""
            if day is not None and bold and rest and not day[1].strip(" :.-–—*_"):
                # "**Day 1:** Subordinating conjunctions": the bold part is only the day's
                # label, so what follows it is the day's title, as in "**Day 1: Conjunctions**"
                day = numbered_day(Node("paragraph", node.line, text=f"{inner.text} {rest}"))
                rest = ""
            elif day is not None and bold and rest and _only_length(rest):
                # "**Day 1 – Arrays** (2h)": the day's length after its bold label
                day = numbered_day(Node("paragraph", node.line, text=f"{inner.text} {rest}"))
                rest = ""
            if day is not None:
                span = _span_of(nodes, idx, day, level=parent)
                if bold and numbered_day(inner) is not None and rest:
                    # "**Day 4: Targeted Practice.** Look up …": the bold part is the title.
                    span.text = rest
                heads.append(span)
    return _close(nodes, heads)


def _weekday_label(text: str) -> bool:
    """Whether a paragraph is a bold label of weekdays and nothing else (`**Monday / Wednesday /
    Friday**`, `**Saturday & Sunday**`): days of its own, not the heading's."""
    bold = _BOLD_LEAD.match(text.strip())
    if bold is None or bold.group("rest").strip(" :"):
        return False
    words = re.findall(r"[^\W\d_]+", fold(bold.group("inner")))
    # only separators between the names (`weekday_list`), and none before or after them
    return (
        bool(weekday_list(bold.group("inner"))) and words[0] in WEEKDAYS and words[-1] in WEEKDAYS
    )


def _only_length(text: str) -> bool:
    """Whether `text` is a length and nothing else (`(2h)`, `[90 min]`, `~1.5 hours`)."""
    found = find_duration(text)
    return (
        found is not None
        and found.at is None
        and not (text[: found.start] + text[found.end :]).strip(" ()[]~*_")
    )


def _under_title(nodes: list[Node], span: DaySpan) -> bool:
    """Whether the span's heading is below the document's title, or a title naming its days by a
    range of weekdays (`# Tuesday to Friday – Routine`), not an event's (`# Hack weekend`)."""
    node = nodes[span.start]
    return node.kind != "heading" or node.level > 1 or bool(WEEKDAY_RANGE.search(node.text))


def _weekdays(nodes: list[Node], ctx: Ctx) -> list[DaySpan]:
    from planexport.reader.block_tables import agenda_table
    from planexport.reader.clock_words import agenda_list
    from planexport.reader.code_days import (
        code_only,
        code_timetable,
        pointed_days,
        template_warning,
    )
    from planexport.reader.day_sections import heading_days
    from planexport.reader.trailing_weekdays import after_the_days
    from planexport.reader.untimed_groups import untimed_group
    from planexport.reader.weekday_repeats import warn_repeats
    from planexport.reader.weekday_rests import weekday_rest
    from planexport.reader.weekend_prose import prose_length

    heads: list[DaySpan] = []
    sentenced: set[int] = set()  # headings whose days a sentence under them names
    named = heading_days(nodes)  # "## Rutina diaria" beside "### Sábado": the workdays
    deep = deep_days(nodes, named)  # "##### Vrij 25 sep 2015", "##### Monday" under a title
    for idx, node in enumerate(nodes):
        if node.kind != "heading" or (node.level > 4 and idx not in deep):
            continue
        names = named[idx]
        if (
            not names
            and idx + 1 < len(nodes)
            and nodes[idx + 1].kind in ("quote", "paragraph")
            and timed(nodes[idx + 1 : section_end(nodes, idx)])
        ):
            # "## Template A" then "> Use this on: Monday, Tuesday, …"
            names = listed_weekdays(nodes[idx + 1].text)
            if nodes[idx + 1].kind == "quote" and len(names) == 2:
                names = quoted_range(nodes[idx + 1].text) or names  # "> Use on: Monday–Friday"
            if scattered_weekdays(nodes[idx + 1].text):
                names = []  # "> … peak on Saturday, full rest on Sunday.": a sentence, no days
            if len(names) == 1 and date_in(nodes[idx + 1].text, None)[0] is not None:
                names = []  # "> The exam is on Friday, 21 May 2027.": a date, not a template
            if nodes[idx + 1].kind == "paragraph" and (
                len(names) < 2
                or WEEKDAY_RANGE.search(nodes[idx + 1].text)
                or sums_up(node, heads)
                or _weekday_label(nodes[idx + 1].text)  # "**Monday / Wednesday / Friday**"
            ):
                names = []  # "**Monday:**", "**Thursday-Monday (3h/day)**": days of their own
            if not names and not sums_up(node, heads):
                # "## Common" then "My usual routine from Monday to Friday." over timed lines
                names = sentence_range(nodes[idx + 1 : section_end(nodes, idx)])
                sentenced |= {idx} if names else set()
        if not names:
            continue
        match = weekday_heading(named_weekday(unbold_date_lead(unwrap(node.text))))
        # "### **TUESDAY (Office)** 🚀": an emoji (or punctuation) alone is no day's title
        # (a shortcode, `:rocket:`, as an emoji)
        worded = (
            without_clock_lead(match.group("title"))
            if match
            and re.search(r"\w", without_shortcodes(match["title"] or ""))
            and not clock_only(match["title"])  # "### Monday, 18:00–20:00": Monday
            else None
        )
        paren = match.group("paren") if match and not clock_only(match.group("paren")) else None
        title = (
            (worded or paren or " ".join(filter(None, match.group("name", "part"))))
            if (match and len(names) == 1)
            else range_title(tidy(unwrap(node.text)), names)
        )
        title = drop_status(title) or (match.group("name") if match is not None else title)
        if match is not None and re.fullmatch(rf"\s*{WEEK_WORDS}\s*\d+\s*", title, re.I):
            title = match.group("name")  # "## Monday (Week 1)": the week is no title
        span = DaySpan(idx, len(nodes), node.line, [], title, node.level, weekdays=names)
        if len(names) > 1 and (group := _group(nodes, idx, ctx)) is not None:
            span.weekdays, span.length, span.title = group  # "## Weekend (3 hours)"
        if len(names) == 1 and match is not None:
            # "### Monday (2 hours)", "## Monday – 2h" over untimed bullets: one block that long.
            whole = find_duration(match.group("title"))
            alone = whole is not None and whole.text.strip() == match.group("title").strip(" *_.")
            span.length = _length(match.group("paren"), 1) or (
                _length(match.group("title"), 1) if alone else None
            )
            if span.length is not None and span.title in (
                match.group("paren"),
                match.group("title"),
            ):
                span.title = match.group("name")
            last = re.search(r"\(([^()]*)\)[*_\s:]*$", span.title)
            if span.length is None and last is not None and _length(last.group(1), 1):
                # "## Tuesday – Arrays (30 min)"
                span.length, span.title = _length(last.group(1), 1), span.title[: last.start()]
            # "### Martedì 11 - Introduzione", "### Mercredi 8 mai 2024 : durée 1h environ"
            lead = match.string[match.start("name") : match.start("title")].rstrip(" *_")
            span.title, said, span.text = weekday_rest(
                span.title, match.group("paren"), name=match["name"] if match["paren"] else lead
            )
            span.length, span.title = span.length or said, span.title or match.group("name")
        heads.append(span)
    from planexport.reader.odd_labels import odd_label_days
    from planexport.reader.range_heading_labels import beside_range, outside_range
    from planexport.reader.weekday_lines import bold_weekdays
    from planexport.reader.weekday_ranges import span_paragraphs

    bold_days = odd_label_days(nodes, bold_weekdays(nodes, ctx), ctx)  # "__MITWOCH__" among them
    extra: list[DaySpan] = []
    if heads:
        # "- **Martes**: Día libre productivo (9h estudio)" under "### Días de Estudio", beside
        # "### Lunes" and "### Jueves": days too, each one block of its length.
        inside = [(h.start, section_end(nodes, h.start)) for h in heads]
        extra = [
            b
            for b in bold_days
            # "**Saturday**" under "## Weekdays": a day of its own, closing the range's section
            if beside_range(nodes, heads, b)
            or (
                (b.length is not None or len(b.weekdays) > 1)  # "**Mon–Thu**" over timed lines
                and not any(a < b.start < e for a, e in inside)
                and not after_the_days(nodes, heads, b)  # "- Saturday: +40 min" in a breakdown
            )
        ]
        from planexport.reader.group_labels import labels_in_groups

        extra += labels_in_groups(nodes, heads, [b for b in bold_days if b not in extra])
        heads = sorted(heads + extra, key=lambda h: h.start)
    else:
        heads = bold_days
    heads = joined_parts(nodes, _close(nodes, heads))  # "### Monday morning" in "## Monday"
    days: list[DaySpan] = []
    pointed: list[DaySpan] = []
    for pos, span in enumerate(heads):
        below = nodes[span.start + 1 : span.end]
        end = section_end(nodes, span.start) if nodes[span.start].kind == "heading" else span.end
        inner = [h for h in heads[pos + 1 :] if h.start < end and not outside_range(nodes, span, h)]
        if len(span.weekdays) > 1 and any(h.weekdays != span.weekdays for h in inner):
            continue  # "## Weekend" over "### Saturday" and "### Sunday": a group of days
        if code_only(below) and not code_timetable(below):
            if code_timetable(below, points=True):
                pointed.append(span)  # "06:00 - 07:00: Study" over "- Flash cards"
            else:
                template_warning(nodes, span, ctx)
            continue
        if (
            len(span.weekdays) > 1
            and span.length is None  # "**Weekdays** (1 hour/day)" over untimed bullets
            and not span.topic
            and not timed(below)
            and not nested_timed(below)
            and not code_timetable(below)  # "### Weekdays" over a code block of spans
            and not prose_length(below)  # "## Fin de semana" over "Sábado/Domingo: … (2-3 horas)."
            and not span_paragraphs(below)  # "**Monday - Thursday**" over "9am - 12pm lectures."
            # "## Monday – Friday" over "- 6:30 AM: Wake up": those days; a document's title
            # ("# Hack weekend" over its agenda) names the event, not the days it falls on
            and not (
                _under_title(nodes, span) and any(agenda_list(n) or agenda_table(n) for n in below)
            )
            and not untimed_group(heads, span, below)  # "## Saturday & Sunday" over "- Free"
        ):
            continue  # "### Monday to Thursday" over "- **Morning:**" over spans: a template
        days.append(span)
    days = pointed_days(nodes, days, pointed, ctx)
    weeks = week_numbers(nodes)
    days = specific_weekdays(
        nodes, summaries(nodes, weeks, outside_weeks(nodes, weeks, days, ctx), ctx), weeks, ctx
    )
    warn_repeats(nodes, weeks, days, ctx)  # "<h2>Samstag</h2>" twice: a second Saturday
    number = 0
    out: list[DaySpan] = []
    for span in days:
        if span.guide:
            out.append(span)
            continue
        each: list[str | None] = [*span.weekdays] or ([None] if span.unnamed else [])
        for name in each:  # "__Wahlpflicht__" among weekday labels: a day with no weekday
            number += 1
            day = DaySpan(span.start, span.end, span.line, [number], span.title, span.level)
            day.weekday, day.length, day.text = name, span.length, span.text
            out.append(day)
    # "## Common" over "My usual routine from Monday to Friday.": titled Monday to Friday
    sentence_days(nodes, out, sentenced)
    return week_order(nodes, weeks, out, mixed=bool(extra))


def _group(nodes: list[Node], idx: int, ctx: Ctx) -> tuple[list[str], Found, str] | None:
    """The days, length and title of a heading of a group of weekdays with a length over
    untimed bullets (`## Weekend (3 hours)` over `- Project work`), as its bold line reads."""
    from planexport.reader.group_lengths import group_length

    group = group_length(nodes, idx, unwrap(nodes[idx].text), "", ctx)
    return None if group is None else (group[0], group[1], tidy(group[2]))


def _dated(nodes: list[Node], year: int | None, ctx: Ctx, *, month_first: bool) -> list[DaySpan]:
    """Headings or lines that are only a date (`15-July`, `Date: 29-Dec-2025`) are days, and
    so are those that start with one (`2026-12-07 (Mon)`, `07.12. Montag`, `7 dic – Arrays`)."""
    heads: list[DaySpan] = []
    parent = 0
    for idx, node in enumerate(nodes):
        if node.kind == "heading":
            parent = node.level
        if node.kind not in ("heading", "paragraph") or len(node.text) > 120:
            continue
        date, match = date_in(node.text, year, month_first=month_first)
        if match is None:
            continue
        before, after = node.text[: match.start()], node.text[match.end() :]
        head = None
        if len(node.text) > 60 or (
            not _DATE_LINE.match(before + after)
            and not (
                node.kind == "heading" and _DATED_LEAD.match(before) and _DATED_TAIL.match(after)
            )
            and not labelled_date(node, before, after, match)  # "**Allenamento 09 ottobre 2023**"
        ):
            # "### 2026-12-07 (Mon)", "07.12. Montag", "## 26 de Abril (16:00 - 19:30)"
            head = date_head(node, match) or date_window(nodes, idx, match)
            if head is None:
                continue
            if head.weekday is not None:  # "07/12 (lun)": the weekday may settle the order
                date, _ = date_in(node.text, year, month_first=month_first, weekday=head.weekday)
                if date is not None and not month_day(node.text, month_first=month_first)[1]:
                    # "4 janv. (lundi)": a year the plan names elsewhere, only if it agrees
                    date = date if ORDER[date.weekday()] == head.weekday else None
        level = node.level if node.kind == "heading" else parent
        title = (head.topic if head else "") or tidy(unwrap(node.text))
        span = DaySpan(idx, len(nodes), node.line, [len(heads) + 1], title, level, date=date)
        if date is not None:
            span.weekday = ORDER[date.weekday()]
            if head is not None:
                warn_weekday(node.line, unwrap(node.text), date, head.weekday, ctx)
            else:  # "**Mon 2026-12-08**", a Tuesday
                weekday_first(
                    node.line, node.text, date=date, hit=match, ctx=ctx, month_first=month_first
                )
        elif head is not None:
            span.weekday = head.weekday  # "07.12. Montag": its year from the weekday, later
        heads.append(span)
    return _close(nodes, heads)
