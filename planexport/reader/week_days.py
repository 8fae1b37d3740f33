"""Plans of weeks and no days: each week (`## Week 3`, `- Videos of week 3: 2 h`) is a day."""

from __future__ import annotations

import datetime as dt
import re

from planexport.reader.blocks import Ctx, tidy, try_block
from planexport.reader.dates import ORDER, date_in, month_first, plan_year
from planexport.reader.days import DaySpan
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node, unwrap
from planexport.reader.sections import timed
from planexport.reader.week_lessons import week_lessons
from planexport.reader.week_ordinals import dated_week
from planexport.reader.words import MONTHS, WEEK_WORDS, fold

__all__ = ["week_days", "week_heading"]

# "Week 3", "semaine 03", "Woche 12": a week the plan numbers ("weeks 3-4" is a range, not one).
_WEEK = lazy(rf"(?<!\w){WEEK_WORDS}\s*(?P<num>\d+)\b(?!\s*[-–—]\s*\d)", re.IGNORECASE)
_LINK = lazy(r"\[([^\[\]]*)\]\([^()\s]*\)")
# "Week 1-2: Mathematics", "Weeks 5–6": a range of weeks, each of them a day of the plan.
_RANGE = lazy(rf"(?<!\w){WEEK_WORDS}\s*(?P<a>\d+)\s*[-–—]\s*(?P<b>\d+)\b", re.IGNORECASE)
_MOST = 12  # a longer range is a phase of the plan, not weeks that share their lines


def week_heading(text: str) -> bool:
    """Whether a heading's text names one week the plan numbers (`Week 3 — Graphs`)."""
    return len(text) <= 120 and _WEEK.search(text) is not None


def week_days(nodes: list[Node], ctx: Ctx) -> tuple[list[Node], list[DaySpan]]:
    """The plan's weeks as days, for a plan that names weeks and no day: ([], …) when it is not one.

    A list whose items each name a week and give a length (`- Videos of week 1 … durée: 3 h`)
    becomes one heading per item first; an item of zero length is skipped with a warning.
    Returns the nodes (with those headings) and one span per week that holds timed lines.
    """
    from planexport.reader.daily_slot_weeks import daily_slot_weeks

    slotted = daily_slot_weeks(nodes, ctx)  # "## Formato diário" over slots, "### SEMANAS 1–2"
    if slotted:
        return nodes, slotted
    nodes = _week_items(nodes, ctx)
    if not any(n.kind == "heading" and _WEEK.search(unwrap(n.text)) for n in nodes):
        from planexport.reader.week_lines import week_lines

        nodes = week_lines(nodes)  # "Week 1 Introduction 12.hrs" over "- [x] Quiz 1 (30 min)"
    heads = [
        idx
        for idx, node in enumerate(nodes)
        if node.kind == "heading"
        and len(node.text) <= 120
        and (
            _WEEK.search(unwrap(node.text))
            or dated_week(unwrap(node.text))
            or _weeks_in(nodes, idx) > 1
        )
    ]
    # "## Week 1" over "### Blokuur 1 — Introductie" and "### Los uur 1": a day per lesson.
    nodes, by_lesson = week_lessons(nodes, heads)
    if by_lesson:
        return nodes, by_lesson
    year, us = plan_year(nodes), month_first(nodes)
    spans: list[DaySpan] = []
    untimed: list[DaySpan] = []  # weeks of untimed items ("- [ ] Privacy"): no blocks, notes
    for idx in heads:
        head = nodes[idx]
        end = next(
            (
                j
                for j in range(idx + 1, len(nodes))
                if nodes[j].kind == "heading" and (nodes[j].level <= head.level or j in heads)
            ),
            len(nodes),
        )
        listed = any(node.kind == "list" for node in nodes[idx + 1 : end])
        lessons = timed(nodes[idx + 1 : end])
        if not lessons and not listed and not (spans and _said_only(nodes[idx + 1 : end])):
            continue  # "## Week 43 - 23 oktober" over "Herfstvakantie": a week without lessons
        first = spans[-1].numbers[-1] + 1 if spans else 1
        count = max(_weeks_in(nodes, idx), 1)  # "### Week 1-2: Math": a day for each week
        span = DaySpan(
            idx,
            end,
            head.line,
            list(range(first, first + count)),
            tidy(unwrap(head.text)),
            head.level,
            week=True,
        )
        if not lessons and listed:
            untimed.append(span)
        span.date = _date(nodes, idx, end, year, month_first=us)
        if span.date is not None:
            span.weekday = ORDER[span.date.weekday()]
        spans.append(span)
    named = [m["num"] for idx in heads if (m := _WEEK.search(unwrap(nodes[idx].text)))]
    if untimed and len(set(named)) < len(named):
        # "### Week 2 check:" under "## Success metrics", beside "# Week 1 Sessie": weeks named
        # twice are no plan of weeks, and their untimed sections are no days of it.
        spans = [span for span in spans if all(span is not u for u in untimed)]
        number = 0
        for span in spans:
            span.numbers = [number + n for n in range(1, len(span.numbers) + 1)]
            number = span.numbers[-1]
        untimed = []
    if len(spans) >= 2 and len(untimed) == len(spans):
        from planexport.reader.study_weeks import take_the_day

        # "2 hours/day, 5 days/week" over weeks of topics: each week its study days, when the
        # daily length or steps are given to them (`stated_daily`, `study_weeks`)
        return nodes, spans if take_the_day(nodes, spans, ctx) else []
    if len(spans) < 2:
        return nodes, []
    if untimed:
        _warn_budget(nodes[: spans[0].start], ctx)
        names = ", ".join(f'"{span.title}"' for span in untimed[:3])
        more = ", …" if len(untimed) > 3 else ""
        ctx.warn(
            untimed[0].line,
            f"{len(untimed)} of {len(spans)} weeks {'has' if len(untimed) == 1 else 'have'} "
            f"nothing timed ({names}{more}): "
            "kept as days without blocks, their lines as notes",
        )
    return nodes, spans


# "2 ore nei giorni feriali + 4 ore nel weekend", "2 h per day": time per day, said in prose.
_DAILY = lazy(
    r"(?<!\w)(?:(?:per|a|al|pro|por|par|each|every|ogni|cada|chaque|jeden|elke)\s+"
    r"(?:day|giorno|tag|d[ií]a|jour|dag)|daily|t[aä]glich|diario|quotidien\w*|dagelijks"
    r"|giorni feriali|feriali|weekdays?|weekends?|wochentage?n?|werktage?n?|wochenende"
    r"|entre semana|fin(?:es)? de semana|d[ií]as (?:laborables|[uú]teis)|fim de semana"
    r"|en semaine|jours ouvr\w*|doordeweeks|in het weekend)(?!\w)",
    re.IGNORECASE,
)


def _weeks_in(nodes: list[Node], idx: int) -> int:
    """How many weeks a heading's range names (`### Week 1-2: Math`: two), when no heading in
    its section names weeks (`## Phase 1 (Weeks 1-4)` over its weeks is a phase); else 0."""
    node = nodes[idx]
    match = _RANGE.search(unwrap(node.text)) if node.kind == "heading" else None
    if match is None or not 0 < int(match["a"]) < int(match["b"]) <= int(match["a"]) + _MOST:
        return 0
    after = re.match(r"\s*(?:\.|(?:de|of)?\s*(?P<word>[^\W\d_]+))", match.string[match.end() :])
    if after is not None and (after["word"] is None or fold(after["word"]) in MONTHS):
        return 0  # "Woche 12 - 17. März", "Semana 6 – 10 de febrero": a week and its date
    for other in nodes[idx + 1 :]:
        if other.kind == "heading" and other.level <= node.level:
            break
        if other.kind == "heading" and re.search(WEEK_WORDS, other.text, re.IGNORECASE):
            return 0
    return int(match["b"]) - int(match["a"]) + 1


def _warn_budget(nodes: list[Node], ctx: Ctx) -> None:
    """A warning for a line above the weeks that says the time per day (`Ipotesi: 2 ore nei
    giorni feriali + 4 ore nel weekend`): the weeks do not get that time, it is only said."""
    for node in nodes:
        if node.kind == "paragraph" and find_duration(node.text) and _DAILY.search(node.text):
            text = node.text if len(node.text) <= 60 else node.text[:57] + "…"
            ctx.warn(
                node.line,
                f'"{text}" gives the time per day: not applied to the weeks '
                "(give each week its blocks, such as '- Study (2 h)')",
            )
            return


def _said_only(nodes: list[Node]) -> bool:
    """Whether a week's section only names what the week is (`Herfstvakantie`, `Osterferien`,
    `Spring break`): a word or a few, no sentence (`Nothing new: play what you know.`)."""
    return (
        len(nodes) == 1
        and nodes[0].kind == "paragraph"
        and len(nodes[0].text.split()) <= 3
        and not re.search(r"[\d:.!?]", nodes[0].text)
    )


def _date(
    nodes: list[Node], idx: int, end: int, year: int | None, *, month_first: bool
) -> dt.date | None:
    """The date a week's heading writes, else the first date its lines write."""
    texts = [nodes[idx].text]
    texts += [
        item.text for node in nodes[idx + 1 : end] if node.kind == "list" for item in node.items
    ]
    for text in texts:
        date, match = date_in(text, year, month_first=month_first)
        if match is not None:
            return date
    return None


def _week_items(nodes: list[Node], ctx: Ctx) -> list[Node]:
    """Lists of one item per week, each item a heading (its week) over a list of itself."""
    out: list[Node] = []
    level = 1  # the items become headings one level below the section they are in
    for node in nodes:
        if node.kind == "heading":
            level = node.level
        weeks = [_WEEK.search(_LINK.sub(r"\1", item.text)) for item in node.items]
        named = [item for item, week in zip(node.items, weeks, strict=True) if week]
        # Most items name their week; a few may not ("- Mock exam week, revise!").
        if node.kind != "list" or len(named) < 2 or 3 * len(named) < 2 * len(node.items):
            out.append(node)
            continue
        if sum(1 for item in named if try_block(item.text, item.children, item.line, ctx)) < 2:
            out.append(node)
            continue
        for item, week in zip(node.items, weeks, strict=True):
            if week is None:
                out.append(Node("list", item.line, items=[item]))  # a line of the week before
            elif not _empty(item, ctx):
                out.append(Node("heading", item.line, level=min(level + 1, 6), text=_title(week)))
                out.append(Node("list", item.line, items=[item]))
    return out


def _empty(item: Item, ctx: Ctx) -> bool:
    """Whether an item says it takes no time (`durée: 0 minutes`): warned about, then skipped."""
    return try_block(item.text, item.children, item.line, ctx) is None and item.line in ctx.zero


def _title(week: re.Match[str]) -> str:
    """`semaine 03` as a day's title: `Semaine 3`."""
    words = week.group(0)[: week.start("num") - week.start()].strip()
    return f"{words[:1].upper()}{words[1:]} {int(week.group('num'))}"
