"""Numbered sessions on a date: `séance 1 (2h jeudi 04/09/25)`, `Session 3 – Monday 8 Sep`."""

from __future__ import annotations

import re

from planexport.reader.blocks import Ctx, tidy
from planexport.reader.bold_sessions import bold_session_heads, split_length_lines
from planexport.reader.dates import ORDER, date_in, month_first, plan_year
from planexport.reader.days import DaySpan
from planexport.reader.durations import Found, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.sections import timed
from planexport.reader.session_sittings import session_sittings
from planexport.reader.words import WEEKDAYS, fold

__all__ = ["session_days", "session_level", "session_name"]

_NAMES = dict(
    zip(
        ORDER,
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        strict=True,
    )
)

_SESSION = lazy(
    # A chapter or part may come first: `Chapitre 1 - Séance 1 : jeudi 5/09/2024`.
    r"^[\W_]*(?P<name>(?:[^\W\d_]+\s*\d+\s*[-–—:,.]\s*)?(?:session|s[eé]ance|sesi[oó]n|sitzung|sessione|sess[aã]o|lesson|le[cç]on"
    r"|lecci[oó]n|lektion|lezione|aula|class|clase|cours|les|meeting)\s*#?\s*\d+)\b(?P<rest>.*)$",
    re.IGNORECASE,
)


def session_name(text: str) -> re.Match[str] | None:
    """The session a text numbers (`Chapitre 7 - Séance 3`: its `name`) and the `rest` after it."""
    return _SESSION.match(text)


def session_days(nodes: list[Node], ctx: Ctx) -> list[DaySpan]:
    """A day per heading that numbers a session and dates it, in a plan with two or more.

    The session's length in its heading (`2h`) is the day's length, for the lines below it;
    a weekday that disagrees with the date (`vendredi 05/09/24`, a Thursday) keeps the weekday
    and drops the date.
    """
    year, us = plan_year(nodes), month_first(nodes)
    heads = _heads(nodes, year, us)
    if len(heads) < 2 and bold_session_heads(nodes, _SESSION.match, year=year, us=us):
        heads = _heads(nodes, year, us)  # "**Chapitre 7 - Séance 3**" over "*mardi 1/10/2024*"
    if len(heads) < 2 or len({nodes[idx].level for idx, _, _ in heads}) > 1:
        return session_sittings(nodes)  # "### SESSION 1: Basics (2 hours)": sittings, undated
    heads = _with_dated_others(nodes, heads, year, us)
    if split_length_lines(nodes, [idx for idx, _, _ in heads]):  # "_2h_" over "Objectif : …"
        heads = _with_dated_others(nodes, _heads(nodes, year, us), year, us)
    spans: list[DaySpan] = []
    for pos, (idx, name, rest) in enumerate(heads):
        node = nodes[idx]
        end = heads[pos + 1][0] if pos + 1 < len(heads) else len(nodes)
        end = next(
            (
                j
                for j in range(idx + 1, end)
                if nodes[j].kind == "heading" and nodes[j].level <= node.level
            ),
            end,
        )
        date, _ = date_in(rest, year, month_first=us)
        named = [WEEKDAYS[w] for w in re.findall(r"[^\W\d_]+", fold(rest)) if w in WEEKDAYS]
        weekday = named[0] if named else None
        if date is not None and weekday not in (None, ORDER[date.weekday()]):
            # The plan's weekday and date disagree (a year written wrong): the weekday stays.
            ctx.warn(
                node.line,
                f"{date.isoformat()} is a {_NAMES[ORDER[date.weekday()]]}, not the "
                f"{_NAMES[weekday]} the heading names: the day keeps its weekday and has no date",
            )
            date = None
        span = DaySpan(idx, end, node.line, [pos + 1], tidy(name), node.level)
        span.date, span.weekday = date, weekday or (ORDER[date.weekday()] if date else None)
        found = find_duration(rest)
        if (
            found is None
            and idx + 1 < len(nodes)
            and (found := _length_line(nodes[idx + 1])) is not None
        ):
            # `_2h_` under the heading is the session's length, not a "2-hour plan" of timed
            # lines: the day's lines start after it.
            span.start = idx + 1
            found = _later_parts(nodes, idx + 2, end, found)
        span.length = found if found is not None and found.at is None else None
        spans.append(span)
    _usual_length(spans, nodes, ctx)
    return spans


def _heads(nodes: list[Node], year: int | None, us: bool) -> list[tuple[int, str, str]]:
    """Each dated session heading's place, name and the rest of its text."""
    heads: list[tuple[int, str, str]] = []
    for idx, node in enumerate(nodes):
        match = _SESSION.match(unwrap(node.text)) if node.kind == "heading" else None
        if match is not None and date_in(match.group("rest"), year, month_first=us)[1]:
            heads.append((idx, match.group("name"), match.group("rest")))
    return heads


def session_level(nodes: list[Node]) -> int | None:
    """The heading level of a log of two or more dated sessions, all at one level, else None."""
    year, us = plan_year(nodes), month_first(nodes)
    levels = [
        node.level
        for node in nodes
        if node.kind == "heading"
        and (match := _SESSION.match(unwrap(node.text))) is not None
        and date_in(match.group("rest"), year, month_first=us)[1] is not None
    ]
    return levels[0] if len(levels) >= 2 and len(set(levels)) == 1 else None


def _with_dated_others(
    nodes: list[Node], heads: list[tuple[int, str, str]], year: int | None, us: bool
) -> list[tuple[int, str, str]]:
    """The session headings, and the dated headings of their level after the first that number
    no session (`## Teacher training day : vendredi 6/09/2024`): days of the log as well, titled
    by their words before the date."""
    level, first = nodes[heads[0][0]].level, heads[0][0]
    taken = {idx for idx, _, _ in heads}
    for idx in range(first + 1, len(nodes)):
        node = nodes[idx]
        if idx in taken or node.kind != "heading" or node.level != level:
            continue
        text = unwrap(node.text)
        _, hit = date_in(text, year, month_first=us)
        if hit is None:
            continue
        lead = text[: hit.start()]
        words = list(re.finditer(r"[^\W\d_]+", lead))
        if words and fold(words[-1].group()) in WEEKDAYS:
            lead = lead[: words[-1].start()]  # "… : vendredi 6/09/2024": the weekday is the date's
        name = lead.strip(" :,;.-–—*_")
        if name:
            heads.append((idx, name, text[len(lead) :]))
    return sorted(heads, key=lambda head: head[0])


def _usual_length(spans: list[DaySpan], nodes: list[Node], ctx: Ctx) -> None:
    """A session with bullets but no length, in a log whose sessions give theirs on a line of
    their own (`_2h_`), takes the length most of them take (a timetable's slot), with a warning."""
    lined = [s.length for s in spans if s.length is not None and nodes[s.start].kind != "heading"]
    if not lined:
        return
    usual = max(lined, key=lambda f: sum((g.lo, g.hi) == (f.lo, f.hi) for g in lined))
    for span in spans:
        body = nodes[span.start + 1 : span.end]
        if span.length is None and any(n.kind == "list" for n in body) and not timed(body):
            span.length = usual
            ctx.warn(
                span.line,
                f"{span.title} gives no length: read as {usual.text}, as most sessions are",
            )


def _length_line(node: Node) -> Found | None:
    """The session's length on a line of its own under its heading (`_2h_`, `(1h30)`)."""
    if node.kind != "paragraph" or "\n" in node.text.strip():
        return None
    text = unwrap(node.text).strip("()[] ")
    found = find_duration(text)
    if found is None or found.at is not None or re.search(r"[^\W\d_]{4,}", text):
        return None
    return found


def _later_parts(nodes: list[Node], start: int, end: int, first: Found) -> Found:
    """The session's length with the parts a later `_1h_` line starts (an hour's test, then an
    hour's lesson): those lines are lengths read, not plans of timed lines."""
    lo, hi = first.lo, first.hi
    for j in range(start, end):
        found = _length_line(nodes[j])
        if found is not None:
            lo, hi = lo + found.lo, hi + found.hi
            nodes[j] = Node("other", nodes[j].line)
    return Found(first.start, first.end, lo, hi, first.text, None, first.sure)
