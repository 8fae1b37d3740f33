"""Weekdays in headings: a list of several (`Lunes, Jueves y Viernes`), or one before a date."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from planexport.reader.dates import ORDER, starts_with_date, tolerant
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.words import ABBREVIATED_WEEKDAYS, WEEKDAYS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan

__all__ = ["dated_weekday", "specific_weekdays", "sums_up", "weekday_list"]

# Weekday names in a list of several ("Lunes, Jueves y Viernes"): three letters or more.
_LIST_NAME = lazy(
    r"(?<![\w-])(?P<name>"
    + "|".join(tolerant(n) for n in sorted((n for n in WEEKDAYS if len(n) >= 3), key=len)[::-1])
    + r")\.?(?![\w-])",
    re.IGNORECASE,
)
_LIST_GAP = lazy(r"^\s*(?:[,/&+;]\s*)?(?:(?:and|y|e|und|et|en)\s+)?$", re.IGNORECASE)
# "## Summary", "## Resumo", "## Weekly overview": a section that sums up the plan (folded).
_SUMMARY = lazy(
    r"(?<!\w)(?:summary|overview|recap|resumo|resumen|resume|zusammenfassung|ubersicht"
    r"|riepilogo|sommario|samenvatting|overzicht|visao geral|recapitulatif|sintese|sintesis)(?!\w)"
)
_DAY_SLASH = lazy(r"(?<!\d)[0-3]?\d/[01]?\d(?!\d)")  # "ma 6/5": a day and month


def weekday_list(text: str) -> list[str]:
    """The weekdays of a heading that lists several (`Lunes, Miércoles, Viernes (con deporte)`,
    `Horario (Martes, Jueves)`), in the week's order; [] unless only separators come between."""
    found = list(_LIST_NAME.finditer(text))
    if len(found) < 2:
        return []
    if any(not _LIST_GAP.match(text[a.end() : b.start()]) for a, b in itertools.pairwise(found)):
        return []
    names = [WEEKDAYS.get(fold(m.group("name"))) for m in found]
    if any(n is None for n in names) or len(set(names)) < len(names):
        return []
    return sorted((n for n in names if n), key=ORDER.index)


def dated_weekday(text: str) -> str | None:
    """The weekday of a heading that names one before a date, after up to three words or as an
    abbreviation: `Programmübersicht Donnerstag, 24.2.2022`, `Vrij 25 sep 2015`, `ma 6/5`."""
    words = list(re.finditer(r"[^\W\d_]+", text[:80]))[:4]
    for word in words:
        name = WEEKDAYS.get(fold(word.group())) or ABBREVIATED_WEEKDAYS.get(fold(word.group()))
        if name is None:
            continue
        if re.search(r"\d", text[: word.start()]):
            return None  # "9:00 Monday 5 May" is a line, not a heading of a day
        after = text[word.end() :]
        tail = re.match(r"-[^\W\d_]+", after)
        if tail and fold(word.group() + tail.group()) in WEEKDAYS:
            after = after[tail.end() :]  # "Segunda-feira 7/12": the name goes on after its dash
        after = after.lstrip(" .,*_")
        if starts_with_date(after) or _DAY_SLASH.match(after):
            return name
    return None


def specific_weekdays(
    nodes: list[Node], days: list[DaySpan], weeks: list[int | None], ctx: Ctx
) -> list[DaySpan]:
    """A weekday two headings give in one week is the day of the one that names fewer weekdays
    (`weeks`: each node's week, as `days.week_numbers` gives it).

    `## Lunes, Martes, Jueves, Viernes` then `## Lunes, Jueves, Viernes (con deporte)`: the
    second is Monday's, Thursday's and Friday's plan, the first keeps Tuesday's, with a warning.
    Headings that name as many weekdays each (`## Monday` twice) are left as they are.
    """
    days = [span for span in days if not _over_weekday_table(nodes, span)]
    named: dict[tuple[int | None, str], list[DaySpan]] = {}
    for span in days:
        if not span.guide:
            for name in span.weekdays:
                named.setdefault((weeks[span.start], name), []).append(span)
    taken: dict[tuple[int, int], list[str]] = {}  # (general, specific) span index: weekdays
    for (_, name), spans in named.items():
        fewest = min(len(s.weekdays) for s in spans)
        best = [s for s in spans if len(s.weekdays) == fewest]
        if len(spans) < 2 or len(best) > 1:
            continue
        for span in spans:
            if span is not best[0]:
                taken.setdefault((days.index(span), days.index(best[0])), []).append(name)
    for (general, specific), names in taken.items():
        days[general].weekdays = [n for n in days[general].weekdays if n not in names]
        ctx.warn(
            days[specific].line,
            f'"{unwrap(nodes[days[specific].start].text)}" is the plan of '
            f"{', '.join(sorted(names, key=ORDER.index))} in place of "
            f'"{unwrap(nodes[days[general].start].text)}" (line {days[general].line}), '
            "which names more days",
        )
    return [span for span in days if span.weekdays or span.guide or span.unnamed]


def _over_weekday_table(nodes: list[Node], span: DaySpan) -> bool:
    """`### Weekdays` over `| Monday | … |`, `| Tuesday | … |`: the rows are the days, each its
    own, and the heading only groups them."""
    from planexport.reader.table_weekly import weekday_of

    if len(span.weekdays) < 2 or span.guide:
        return False
    for node in nodes[span.start + 1 : span.end]:
        rows = node.rows[1:] if node.kind == "table" else []
        named = [weekday_of(row[0]) for row in rows if row]
        if len(named) >= 2 and all(named):
            return True
    return False


def sums_up(node: Node, days: list[DaySpan]) -> bool:
    """Whether a heading after the plan's days sums the plan up (`## Summary`, `## Resumo`): its
    lines that name weekdays (`**Week A**: work on Monday, Friday`) restate days; a timed one is
    then in no day, and says so."""
    text = unwrap(node.text)
    return bool(days) and len(text.split()) <= 4 and _SUMMARY.search(fold(text)) is not None
