"""A length stated once for every day, over days that give none of their own.

Many plans write their days as topics with untimed bullets and say how long a day is once,
above them:

    # Thirty days of Rust
    **Daily Time Commitment:** 2-3 hours (1 hour reading + 1-2 hours exercises)

    ### Day 1: Ownership
    - Moves and copies
    - Borrowing rules

or in the title or the heading over the days (`# Rust (1h/day)`, `## Daily Plan (30-45
min/day)`, `Time per day: 2 hours`, `Tägliche Lernzeit: 90 Minuten`, `Tiempo diario: 1 hora`).
A person then studies each day as one block of that length, titled by the day's topic, its
bullets the items: each day is read as if its heading ended in `(2-3 hours)`, with one warning
on the line that states it. Asked only when no day of the plan has a time of its own (days that
give their own times keep them), and only for days found: a plan of advice with no days stays
refused. A heading over some of the days gives its length to those; a label or title before
the first day gives its length to all. Two different lengths for the same days: none is read.

A table of days with no time column (`| Day | Problems | Topics |` over `| Day 2 | 2 problems |
Two pointers |`) in a plan with no day headings and nothing else timed takes the length as a
column of its own, so each row is a day of one block titled by its topic.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from planexport.reader.daily_pledges import pledged_daily
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.sentence_daily import sentence_daily
from planexport.reader.weekday_split_lengths import weekend_part
from planexport.reader.words import (
    DAY_COLUMN_WORDS,
    DAY_WORDS,
    PER_DAY_WORDS,
    WEEKEND_WORDS,
    fold,
)

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.durations import Found
    from planexport.reader.outline import Node

__all__ = ["stated_daily", "stated_day_tables", "states_daily"]

# What makes a length a day's: "/day", "/Tag", "per day", "a day", "pro Tag", "al día", "par
# jour", "al giorno", "per dag", "daily", "diarias", "täglich", "quotidiennes", "giornaliere".
_PER_DAY = lazy(
    rf"\s*(?:/\s*{DAY_WORDS}\b|{PER_DAY_WORDS}\b|(?:diari[oa]s?|di[aá]ri[oa]s?|quotidien\w*"
    r"|giornalier\w*|t[aä]glich\w*|dagelijkse?)\b)",
    re.IGNORECASE,
)
# "**Daily Time Commitment:** 2-3 hours", "- Time per day: 2 hours", "Tägliche Lernzeit: 90 Min":
# a label, its colon (inside the bold or after it), then the length first in its value.
_LABELLED = lazy(r"^[\W_]*(?P<label>[^\W\d_][^:]{0,40}?)[*_\s]*:[*_\s]*(?P<value>\S.*)$")
# What may come before a label's length: "~2 hours", "about 90 minutes", "ca. 1 Stunde".
_LEAD = lazy(r"^(?:~|≈|about|around|approx\.?|ca\.?|circa|etwa|unos|unas|environ|circa)?\s*$")
# Words of a label that name the time of a day, folded: "Study time", "Lernzeit", "Commitment".
_TIME_WORDS = lazy(
    r"(?<![^\W\d_])(?:time|commitment|hours|minutes|study|goal|target|budget|zeit|lernzeit"
    r"|studienzeit|zeitaufwand|aufwand|lerndauer|stunden|minuten|ziel|tiempo|horas|minutos"
    r"|dedicacion|estudio|objetivo|meta|temps|heures|etude|objectif|tempo|ore|minuti|studio"
    r"|obiettivo|estudo|tijd|uren|studietijd|leertijd|doel|duration|dauer|duracion|duree"
    r"|durata|duracao|duur|schedule|horario)(?![^\W\d_])"
)
# A label's words that say "a day": "Daily", "per day", "Tägliche", "diario", "par jour".
_DAILY_LABEL = lazy(
    rf"(?:/\s*{DAY_WORDS}\b|{PER_DAY_WORDS}\b|(?<![^\W\d_])(?:diari[oa]s?|quotidien\w*"
    r"|giornalier\w*|t[aä]glich\w*|dagelijkse?|everyday))",
    re.IGNORECASE,
)
_OTHER_WORD = lazy(r"[^\W\d_]{2,}")
# Words of a heading over the whole plan, folded: "Plan", "Schedule", "Zeitplan", "Horario".
_PLAN_WORDS = lazy(
    r"(?<![^\W\d_])(?:plan|schedule|overview|program|programme|timetable|roadmap|zeitplan"
    r"|lernplan|ubersicht|ablauf|horario|programa|cronograma|resumen|planificacion|planning"
    r"|emploi du temps|apercu|piano|programma|orario|rooster|overzicht|planejamento)"
    r"(?![^\W\d_])"
)
# A mark of a day's length in the text, cheaply: a length word and a word of days.
_ANY = lazy(
    rf"(?:{DAY_WORDS}|daily|t[aä]glich|diari|quotidien|giornalier|dagelijks)", re.IGNORECASE
)


def stated_daily(nodes: list[Node], spans: list[DaySpan], ctx: Ctx) -> bool:
    """Give each day with no length of its own the plan's stated daily length; say so once.

    Returns whether any day was given one. Called only when no day read holds a block.
    """
    if not spans:
        return False
    first = min(s.start for s in spans)
    inside = {i for s in spans for i in range(max(s.start, 0), s.end)}
    stated = _statements(nodes, inside, first)
    owners = _week_labels(nodes, inside, first, stated)  # "**Daily Schedule: 8-10 hours**"
    if not stated:
        return False
    given: dict[int, tuple[int, Found]] = {}  # span index -> its statement
    for number, span in enumerate(spans):
        if span.length is None and span.table is None:
            said = _nearest(nodes, span, stated, first, owners)
            if said is not None:
                given[number] = said
    if not given:
        return False
    weekends = {
        line: end for idx, (line, _) in stated.items() if (end := _weekend(nodes[idx], line))
    }
    for number, (line, found) in given.items():
        # "~1 hour/day weekdays, ~2 hours/day weekends": Saturday and Sunday take the second
        weekend = spans[number].weekday in ("sat", "sun")
        spans[number].length = weekends.get(line, found) if weekend else found
        spans[number].stated = True
    for idx, (line, _) in stated.items():
        if nodes[idx].kind == "heading" and line in {ln for ln, _ in given.values()}:
            nodes[idx] = replace(nodes[idx], text=_without_length(nodes[idx].text))
    lines = {line for line, _ in given.values()}
    ctx.warnings = [w for w in ctx.warnings if w.line not in lines]
    if len(given) == len(spans):
        from planexport.reader.study_weeks import study_weeks

        study_weeks(nodes, spans, ctx)  # "## Week 1 — Basics": its study days, not one day
    for line in sorted(lines):
        found = next(f for ln, f in given.values() if ln == line)
        # "### Days 1-3" is three days of that length, not one
        count = sum(len(spans[n].numbers) or 1 for n, (ln, _) in given.items() if ln == line)
        ctx.warn(
            line,
            f'"{found.text}" a day: no day gives a time of its own, so each of the {count} '
            f"day{'s' * (count != 1)} is one block that long, titled by the day"
            + (f' ("{weekends[line].text}" on Saturday and Sunday)' if line in weekends else ""),
        )
    return True


def states_daily(nodes: list[Node], first: int) -> int | None:
    """The line that states one length a day for the whole plan before node `first` (the
    title, a label, a sentence: as `stated_daily` reads them), or None."""
    wide = [
        said
        for idx, said in _statements(nodes[:first], set(), first).items()
        if _plan_wide(nodes, idx)
    ]
    if len({(f.lo, f.hi) for _, f in wide}) != 1:
        return None
    return wide[0][0]


def _statements(nodes: list[Node], inside: set[int], first: int) -> dict[int, tuple[int, Found]]:
    """Each node outside the days that states a length a day, by index: its line and length.
    A heading anywhere (`## Daily Plan (30-45 min/day)`), a label or sentence before the first
    day (node `first`)."""
    stated: dict[int, tuple[int, Found]] = {}
    for idx, node in enumerate(nodes):
        if idx in inside or node.kind not in ("heading", "paragraph", "list", "quote"):
            continue  # "> Study time: ~1 hour/day weekdays": a quote states it too
        if node.kind == "heading":
            # "## Daily Plan (30-45 min/day)", or a label: "## **Daily Schedule: 6-8 hours**"
            found = _heading_length(node.text) or _label_length(node.text)
            if found is not None:
                stated[idx] = (node.line, found)
        elif idx < first and (said := _labelled_length(node)) is not None:
            stated[idx] = said
    return stated


def _week_labels(
    nodes: list[Node], inside: set[int], first: int, stated: dict[int, tuple[int, Found]]
) -> dict[int, int]:
    """Labels after the first day that state a week's own length a day (`### Week 5` over
    `**Daily Schedule: 8-10 hours**` over its weekday lines), added to `stated`: by the index
    of the heading they stand under, the index of the label. Two that differ under one heading
    give none."""
    owners: dict[int, int] = {}
    heading, dropped = -1, set()
    for idx, node in enumerate(nodes):
        if node.kind == "heading":
            heading = idx
            continue
        if idx < first or idx in inside or heading < 0 or node.kind not in ("paragraph", "list"):
            continue
        if not _ANY.search(node.text) or (said := _labelled_length(node)) is None:
            continue  # cheap first: no word of days, no label of a day's length
        if heading in owners and _span(stated[owners[heading]][1]) != _span(said[1]):
            dropped.add(heading)
        owners.setdefault(heading, idx)
        stated.setdefault(idx, said)
    for heading in dropped:
        del owners[heading]
    return owners


def _span(found: Found) -> tuple[int, int]:
    return found.lo, found.hi


def _nearest(
    nodes: list[Node],
    span: DaySpan,
    stated: dict[int, tuple[int, Found]],
    first: int,
    owners: dict[int, int] | None = None,
) -> tuple[int, Found] | None:
    """The statement that governs a day: the nearest heading over it that states a length (or
    a label under that heading, before its days, that does), else the one statement before the
    first day (the title or a label); None when two differ."""
    level = nodes[span.start].level if 0 <= span.start < len(nodes) else 7
    level = level if nodes[max(span.start, 0)].kind == "heading" else 7
    for idx in range(min(span.start, len(nodes)) - 1, -1, -1):
        node = nodes[idx]
        if node.kind != "heading" or node.level >= level:
            continue
        level = node.level
        if idx in stated and nodes[idx].level > 1:
            return stated[idx]
        if owners and idx in owners:
            return stated[owners[idx]]
    plan_wide = [said for idx, said in stated.items() if idx < first and _plan_wide(nodes, idx)]
    if len({(f.lo, f.hi) for _, f in plan_wide}) != 1:
        return None
    return plan_wide[0]


def _plan_wide(nodes: list[Node], idx: int) -> bool:
    """Whether a statement before the days speaks for the whole plan: the title, a heading
    over the plan (`## Daily Plan (30-45 min/day)`, `## Schedule (1h/day)`), or a line not
    under a heading of tips. `## Stretching (10 min a day)` is one activity's, not the day's."""
    from planexport.reader.daily_template import says_daily
    from planexport.reader.example_tips import tip_heading

    node = nodes[idx]
    if node.kind == "heading":
        name = fold(_without_length(node.text))
        return node.level == 1 or says_daily(name) or _PLAN_WORDS.search(name) is not None
    above = next((n for n in reversed(nodes[:idx]) if n.kind == "heading"), None)
    return above is None or not tip_heading(above.text)


def _heading_length(text: str) -> Found | None:
    """A heading's length a day: `## Daily Plan (30-45 min/day)`, `# Rust (1h/day)`."""
    plain = unwrap(text)
    found = find_duration(plain)
    if found is None or found.at is not None or _PER_DAY.match(plain, found.end) is None:
        return None
    return found


def _labelled_length(node: Node) -> tuple[int, Found] | None:
    """A labelled line's length a day, in a paragraph or a list item, with its line:
    `**Daily Time Commitment:** 2-3 hours (…)`, `- Time per day: 2 hours`, `Study time: 1 hour
    a day`."""
    for line, text in _texts(node):
        found = _label_length(text) or sentence_daily(text) or pledged_daily(text)
        if found is not None:
            return line, found
    return None


# "Target: Pass in 4 weeks Study time: ~1 hour/day": where each label of a quote's lines starts
# again, its lines joined into one.
_QUOTE_LABEL = lazy(r"(?<=\S)\s+(?=[A-ZÀ-Ý][^\W\d_]*(?:\s+[^\W\d_]+){0,2}\s*:\s)")


def _texts(node: Node) -> list[tuple[int, str]]:
    """The lines of a paragraph, list or quote that may state a length, each with its line (a
    quote's labelled parts all at its first line)."""
    if node.kind == "list":
        return [(item.line, item.text) for item in node.items if not item.children]
    if node.kind == "quote":
        return [(node.line, part) for part in _QUOTE_LABEL.split(node.text)]
    return [(node.line + n, text) for n, text in enumerate(node.text.splitlines())]


def _label_length(text: str) -> Found | None:
    match = _LABELLED.match(unwrap(text).strip())
    if match is None:
        return None
    label, value = fold(match["label"]), match["value"]
    found = find_duration(value)
    if found is None or found.at is not None or not _LEAD.match(fold(value[: found.start])):
        return None
    timed = _TIME_WORDS.search(label) is not None
    daily = _DAILY_LABEL.search(label)
    if daily and (timed or not _OTHER_WORD.search(_DAILY_LABEL.sub("", label))):
        return found  # "Daily time commitment", "Time per day", "Tägliche Lernzeit", "Daily"
    if timed and _PER_DAY.match(value, found.end):
        return found  # "Study time: 1 hour a day"
    return None


# "Day 3", "Tag 3 (heute)", "3", "**Día 3**": a row's day number first in its cell.
_DAY_CELL = lazy(rf"^[*_]*(?:{DAY_WORDS}\s*)?\d{{1,3}}\b", re.IGNORECASE)


def stated_day_tables(nodes: list[Node], ctx: Ctx) -> list[Node]:
    """The nodes, a table of untimed day rows given the daily length stated over it as a
    `Time` column, in a plan with no day heading and nothing else timed; else as they are."""
    if not any(n.kind == "table" for n in nodes) or not any(
        n.kind in ("heading", "paragraph", "list", "quote") and _ANY.search(n.text) for n in nodes
    ):
        return nodes
    from planexport.reader.day_headings import day_match
    from planexport.reader.sections import timed
    from planexport.reader.table_columns import has_word, header_names

    if any(n.kind == "heading" and day_match(unwrap(n.text)) for n in nodes):
        return nodes  # "## Day 1: Arrays" are the days; a table of them sums them up
    tables = [
        idx
        for idx, node in enumerate(nodes)
        if node.kind == "table"
        and len(node.rows) >= 3
        and has_word(header_names(node)[0], DAY_COLUMN_WORDS)
        and all(_DAY_CELL.match(unwrap(row[0]).strip()) for row in node.rows[1:3] if row)
    ]
    stated = {
        idx: found
        for idx, node in enumerate(nodes)
        if node.kind == "heading" and (found := _heading_length(node.text)) is not None
    }
    # "**Time commitment:** 1 hour/day" before the tables: the plan's, for a table no heading
    # over it gives a length
    said = [(j, x) for j in range(min(tables, default=0)) if (x := _plan_label(nodes, j))]
    plan = said[0] if len({(f.lo, f.hi) for _, (_, f) in said}) == 1 else None
    if not tables or not (stated or plan):
        return nodes
    rest = [n for idx, n in enumerate(nodes) if idx not in stated and (not plan or idx != plan[0])]
    if timed(rest):
        return nodes  # a day or a row with a time of its own: the statement is a note
    out = list(nodes)
    for idx in tables:
        above = next((j for j in range(idx - 1, -1, -1) if nodes[j].kind == "heading"), None)
        if above is not None and above in stated:
            line, found = nodes[above].line, stated[above]
        elif plan is not None:
            line, found = plan[1]
        else:
            continue
        table = nodes[idx]
        rows = [[*table.rows[0], "Time"], *([*row, found.text] for row in table.rows[1:])]
        out[idx] = replace(table, rows=rows)
        if above is not None and above in stated:
            out[above] = replace(nodes[above], text=_without_length(nodes[above].text))
        ctx.warn(
            line,
            f'"{found.text}" a day: no day gives a time of its own, so each of the '
            f"{len(table.rows) - 1} rows of the table is a day of one block that long",
        )
    return out


def _plan_label(nodes: list[Node], idx: int) -> tuple[int, Found] | None:
    """The line and daily length a label at `idx` states for the whole plan, else None."""
    node = nodes[idx]
    if node.kind not in ("paragraph", "list", "quote") or not _ANY.search(node.text):
        return None  # "> **Time commitment:** 1 hour/day" in a quote too
    said = _labelled_length(node)
    if said is None and node.kind != "list":
        # "A program for … **Time commitment:** 1 hour/day | …": a label after a sentence
        parts = re.split(r"\s(?=\*\*[^*\n]{1,40}\*\*)", node.text)[1:]
        found = next((f for part in parts if (f := _label_length(part)) is not None), None)
        said = (node.line, found) if found is not None else None
    return said if said is not None and _plan_wide(nodes, idx) else None


def _without_length(text: str) -> str:
    """A heading without the bracket that states its daily length: `Home row (30 min/day)` is
    `Home row`, the title of the days under it that have none of their own."""
    plain = unwrap(text)
    return re.sub(r"\s*[(\[][^()\[\]]*[)\]][*_\s]*$", "", plain).strip() or plain


_WEEKEND = lazy(rf"(?<![^\W\d_])(?:{'|'.join(WEEKEND_WORDS)})(?![^\W\d_])", re.IGNORECASE)


def _weekend(node: Node, line: int) -> Found | None:
    """The weekend's own length on the line that states the daily one, when a second length
    there names the weekend and the first does not: `~1 hour/day weekdays, ~2 hours/day
    weekends`, `30 min - 1 hour (weekdays), 2 hours (weekends)`, `1.5h lunes a viernes, 3h
    fin de semana`."""
    if node.kind == "heading":
        return None
    texts = [text for ln, text in _texts(node) if ln == line and _label_length(text) is not None]
    text = unwrap(texts[0]) if texts else ""
    first = find_duration(text)
    second = find_duration(text, first.end) if first is not None else None
    if first is None or second is None or second.at is not None:
        return None
    if _WEEKEND.search(text, first.end, second.start) or not _WEEKEND.search(text, second.end):
        return None
    return weekend_part(text, second)  # "2 hours weekdays minimum, 4+ hours weekends": the 4
