"""A table of hours per week, a row per week (`| Week | Topic | Hours/week |`): each week's
hours spread evenly over its five study days, Monday to Friday; `Hours/day` gives every day."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from planexport.reader.count_titles import count_cells
from planexport.reader.daily_options import without_daily_options
from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node, unwrap
from planexport.reader.table_columns import has_word
from planexport.reader.words import (
    HOUR_WORDS,
    TITLE_COLUMN_WORDS,
    WEEK_WORDS,
    WEEKDAY_TITLES,
    fold,
)

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx

__all__ = ["week_budgets"]

_WEEK_COLUMN = lazy(rf"^#?\s*(?:{WEEK_WORDS}|wk)\.?\s*(?:#|no\.?|nr\.?|n[°º]|num\.?)?$")
_PER = (
    r"\s*(?:/|per|a|an|pro|je|por|par|a\s+la|à\s+la|al|alla|in\s+de|each|every|cada|chaque"
    r"|ogni|elke)\s*"
)
_DAY = r"(?:day|tag|dia|jour|giorno|dag)"
_WEEK = rf"(?:{WEEK_WORDS}|wk|semana|semaine|settimana)"
_HOURS = rf"(?:{HOUR_WORDS}|time|zeit|tiempo|temps|tempo|tijd)\.?(?:\s*\(\s*h\s*\))?"
# "Hours/week", "Hours per week", "Stunden/Woche", "Horas por semana", "Heures/semaine",
# "Ore/settimana", "Uren/week", "Weekly hours", "Horas semanales", "Ore settimanali".
_PER_WEEK = lazy(
    rf"^(?:{_HOURS}{_PER}{_WEEK}|{_HOURS}\s*\(\s*(?:per|pro|por|par)?\s*{_WEEK}\s*\)"
    rf"|(?:weekly|wochentliche|wekelijkse)\s+{_HOURS}"
    r"|(?:horas|ore|heures|stunden)\s+(?:semanales|semanais|settimanali|hebdomadaires"
    r"|wochentlich|por\s+semana))$"
)
# "Hours/day", "Stunden/Tag", "Horas/día", "Heures par jour", "Ore al giorno", "Uren per dag".
_PER_DAY = lazy(
    rf"^(?:{_HOURS}{_PER}{_DAY}|{_HOURS}\s*\(\s*(?:per|pro|por|par)?\s*{_DAY}\s*\)"
    rf"|(?:daily|tagliche|dagelijkse)\s+{_HOURS}"
    r"|(?:horas|ore|heures|stunden)\s+(?:diarias|diarios|diarie|giornaliere|quotidiennes"
    r"|taglich|al\s+dia|por\s+dia))$"
)
_PLAIN_HOURS = lazy(rf"^{HOUR_WORDS}\.?(?:\s*\(\s*h\s*\))?$")
# "1", "Week 1", "**Semana 2**", "3-4", "Weeks 5–6": the row's week or weeks.
_WEEK_CELL = lazy(
    rf"^(?:(?:{WEEK_WORDS}|wk\.?)\s*)?(?P<a>\d{{1,2}})(?:\s*[-–—]\s*(?P<b>\d{{1,2}}))?$"
)
# "| **Total** | | 32 |": the sum of the weeks above, no week of its own.
_TOTALS = frozenset(("total", "totals", "gesamt", "summe", "totale", "totaal", "totales", "σ"))
# "10", "10 h", "8-10", "7,5 Std.", "12 hrs/week": the week's (or day's) hours.
_AMOUNT = lazy(
    r"^~?\s*(?P<lo>\d{1,3}(?:[.,]\d{1,2})?)(?:\s*[-–]\s*(?P<hi>\d{1,3}(?:[.,]\d{1,2})?))?"
    rf"\s*(?:{HOUR_WORDS}\.?)?(?:\s*(?:/|per|pro|por|par|a|al)\s*[^\W\d_]+)?$"
)
_EMPTY = ("", "-", "–", "—", "0", "n/a")
_BOLD = lazy(r"(\*\*|__)(.+?)\1")
# Words of a header that tell its language (Spanish and Portuguese share "Semana", "Horas").
_LANGUAGE_WORDS = (
    ("de", ("woche", "stunden", "std", "thema", "inhalt", "tag")),
    ("fr", ("semaine", "heures", "sujet", "theme", "contenu", "jour")),
    ("it", ("settimana", "ore", "argomento", "giorno", "contenuto")),
    ("nl", ("uren", "onderwerp", "dag", "inhoud")),
    ("pt", ("semanais", "assunto", "topico", "conteudo", "diarias", "semanal")),
    ("es", ("semana", "horas", "tema", "contenido", "dia", "diarias")),
)
_STUDY_DAYS = 5  # Monday to Friday: the days a week's hours are spread over
_Row = tuple[list[int], str, tuple[float, float], int, str]  # weeks, topic, hours, line, note


class _Table:
    """What a week table's header says: its columns, and whether its hours are per day."""

    def __init__(self, week: int, hours: int, topic: int, daily: bool, word: str) -> None:
        self.week, self.hours, self.topic, self.daily, self.word = week, hours, topic, daily, word


def _header(node: Node) -> _Table | None:
    names = [fold(unwrap(cell)).strip() for cell in node.rows[0]]
    week = next((i for i, n in enumerate(names) if _WEEK_COLUMN.match(n)), None)
    if week is None:
        return None
    daily = [i for i, n in enumerate(names) if _PER_DAY.match(n)]
    weekly = [i for i, n in enumerate(names) if _PER_WEEK.match(n) or _PLAIN_HOURS.match(n)]
    if len(daily) + len(weekly) != 1:
        return None  # no hours, or both a day's and a week's: not this table
    hours = (daily or weekly)[0]
    others = [i for i in range(len(names)) if i not in (week, hours)]
    titled = [i for i in others if has_word(names[i], TITLE_COLUMN_WORDS)]
    if not others:
        return None
    # "| Week | Problems | Hours | Areas |": a column of counts is no topic beside one of words
    body = node.rows[1:]
    counts = {i for i in others if count_cells(names[i], [r[i] for r in body if i < len(r)])}
    topic = (titled or [i for i in others if i not in counts] or others)[0]
    word = re.sub(r"[#:.]|\b(?:no|nr|num)\b|n[°º]", "", unwrap(node.rows[0][week])).strip()
    if not re.fullmatch(WEEK_WORDS, fold(word)):
        word = "Week"  # "Wk": a heading the reader knows as a week
    return _Table(week, hours, topic, bool(daily), word.capitalize())


def _language(node: Node) -> str:
    words = {w for cell in node.rows[0] for w in re.split(r"[^\w]+", fold(unwrap(cell))) if w}
    return next((lang for lang, marks in _LANGUAGE_WORDS if words & set(marks)), "en")


def _hours(cell: str) -> tuple[float, float] | None:
    match = _AMOUNT.match(fold(unwrap(cell)).strip())
    if match is None:
        return None
    lo = float(match["lo"].replace(",", "."))
    hi = float((match["hi"] or match["lo"]).replace(",", "."))
    return (lo, hi) if 0 < lo <= hi else None


def _per_day(hours: float, days: int) -> int:
    """The minutes of one study day: `hours` over `days`, to the nearest five (at least five)."""
    return max(5, 5 * math.floor(hours * 60 / days / 5 + 0.5))


def _rows(node: Node, table: _Table) -> list[_Row] | None:
    """Each week row as (its weeks, its topic, its hours, its line); None when a row is not one."""
    out = []
    for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
        cells = [*row, *[""] * (len(node.rows[0]) - len(row))]
        named = fold(unwrap(cells[table.week])).strip(" *_:")
        if named in _TOTALS:
            continue
        week = _WEEK_CELL.match(named)
        if week is None:
            return None  # "| Total | | 32 |" or a row that names no week: another table
        topic = _BOLD.sub(r"\2", unwrap(cells[table.topic])).strip()  # "**Python**, loops"
        amount = cells[table.hours].strip()
        if find_duration(topic) is not None or find_point_time(topic) is not None:
            return None  # "| 1 | Mock exam (3h) | 10 |": the topic's own time; read as before
        hours = _hours(amount)
        if hours is None and fold(unwrap(amount)).strip() not in _EMPTY:
            return None
        first, last = int(week["a"]), int(week["b"] or week["a"])
        if last < first or not topic:
            return None
        head = [*node.rows[0], *[""] * (len(cells) - len(node.rows[0]))]  # a row wider
        said = [
            f"{unwrap(head[col]).strip()}: {unwrap(cell).strip()}".removeprefix(": ")
            for col, cell in enumerate(cells)
            if col not in (table.week, table.hours, table.topic) and unwrap(cell).strip()
        ]
        hours = hours or (0.0, 0.0)
        out.append((list(range(first, last + 1)), topic, hours, line, "; ".join(said)))
    return out if len(out) >= 2 else None


def _names_days(nodes: list[Node]) -> bool:
    """Whether a heading of the plan names a day or a week: then such a table sums them up."""
    from planexport.reader.day_headings import day_match, weekday_heading

    week = re.compile(rf"(?<!\w){WEEK_WORDS}\s*\d", re.IGNORECASE)
    return any(
        node.kind == "heading"
        and (day_match(t := unwrap(node.text)) or weekday_heading(t) or week.search(t))
        for node in nodes
    )


def week_budgets(nodes: list[Node], ctx: Ctx) -> list[Node]:
    """The nodes, with a table of hours per week written out as its weeks and days.

    `| Week | Topic | Hours/week |` over `| 1 | Arrays, strings | 10 |`: week 1 (a heading
    `Week 1`), its Monday to Friday each a block of 120 minutes titled `Arrays, strings`, with
    `Arrays` and `strings` as its items; an `Hours/day` column gives each of the seven days
    that length. A row of `0` or `-` hours is a week with no study. One warning per table says
    how the hours were spread. Only in a plan whose headings name no day or week.
    """
    nodes = without_daily_options(nodes, ctx)  # "15 Minutes/Day: …", "30 Minutes/Day: …"
    found: dict[int, tuple[_Table, list[_Row]]] = {}
    for idx, node in enumerate(nodes):
        if node.kind == "table" and len(node.rows) >= 3:
            table = _header(node)
            rows = _rows(node, table) if table is not None else None
            if table is not None and rows is not None:
                found[idx] = (table, rows)
    if not found or _names_days(nodes):
        return nodes
    out: list[Node] = []
    level = 1
    for idx, node in enumerate(nodes):
        if node.kind == "heading":
            level = node.level
        if idx not in found:
            out.append(node)
            continue
        table, rows = found[idx]
        out += _weeks(table, rows, WEEKDAY_TITLES[_language(node)], min(level + 1, 5))
        days = 7 if table.daily else _STUDY_DAYS
        week, _, hours, _, _ = rows[0]
        each = _per_day(hours[0], 1 if table.daily else days)
        spread = (
            "each day's hours are read as a block on all seven days of its week"
            if table.daily
            else f"each week's hours are spread evenly over five study days, Monday to Friday"
            f" (week {week[0]}: {hours[0]:g} h, {each} min a day)"
        )
        ctx.warn(node.line, f"a table of hours per {'day' if table.daily else 'week'}: {spread}")
    return out


def _weeks(
    table: _Table,
    rows: list[_Row],
    names: tuple[str, ...],
    level: int,
) -> list[Node]:
    """A heading per week over a heading per study day, each over a list of its one block."""
    days = 7 if table.daily else _STUDY_DAYS
    out: list[Node] = []
    for weeks, topic, (lo, hi), line, note in rows:
        parts = [p.strip() for p in re.split(r"[,;]", topic) if p.strip()]
        children = [Item(part, line) for part in parts] if len(parts) >= 2 else []
        low, high = (
            _per_day(lo, 1 if table.daily else days),
            _per_day(hi, 1 if table.daily else days),
        )
        length = f"{low} min" if low == high else f"{low}–{high} min"
        for week in weeks:
            out.append(Node("heading", line, level=level, text=f"{table.word} {week}"))
            for name in names[:days]:
                out.append(Node("heading", line, level=level + 1, text=name))
                if hi > 0:
                    text = f"{topic} ({length})" + (f" – {note}" if note else "")
                    item = Item(text, line, children=list(children))
                    out.append(Node("list", line, items=[item]))
    return out
