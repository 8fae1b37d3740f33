"""A week table whose Day column names several weekdays on a row (`| Mon-Tue | Theory | 2h |`,
`| Monday–Friday |`, `| Lunes a viernes |`, `| Mo–Fr |`, `| Seg a Sex |`, `| Ma t/m Vr |`,
`| Sat & Sun |`, `| Weekdays |`, `| Weekend |`): the row is that block on each of those weekdays,
as long each day, beside the rows of single weekdays (a weekday's rows gather into its day).
A row for every day (`| Daily |`, `| Täglich |`, `| Todos los días |`, `| Tous les jours |`,
`| Ogni giorno |`, `| Todos os dias |`, `| Elke dag |`) is that block on each weekday the table
names, or on all seven when it names none, in plan order within each day."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import tidy
from planexport.reader.dates import ORDER
from planexport.reader.lazy import lazy
from planexport.reader.noted_day_cells import noted_day_cells
from planexport.reader.outline import unwrap
from planexport.reader.range_words import worded_range
from planexport.reader.span_list_cells import span_list_rows
from planexport.reader.table_weekly import weekday_of
from planexport.reader.weekday_lists import dated_weekday
from planexport.reader.words import (
    DAY_WORDS,
    TOTAL_PART_WORDS,
    WEEKDAY_TITLES,
    WEEKDAYS,
    WEEKEND_WORDS,
    WORKWEEK_WORDS,
    fold,
)

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Node

__all__ = ["day_range_rows"]

# The Day column's header, folded, letters only, and the language it is written in.
_HEADS = {
    "day": "en", "days": "en", "weekday": "en", "weekdays": "en", "tag": "de", "tage": "de",
    "wochentag": "de", "wochentage": "de", "dia": "es", "dias": "es", "jour": "fr",
    "jours": "fr", "giorno": "it", "giorni": "it", "dag": "nl", "dagen": "nl",
}  # fmt: skip
# "Mon, Wed", "Sat & Sun", "Sa/So", "sabato e domenica": weekdays listed in one cell.
_JOINS = lazy(r"\s*(?:[,;/&+]|\s(?:and|und|y|e|et|en)\s)\s*", re.IGNORECASE)
# "Mon-Tue", "Mo–Fr", "Lun ~ Ven": a range between two names.
_DASHED = lazy(r"^(?P<a>[^\W\d_]{2,12})\.?\s*[-\u2010-\u2015~]\s*(?P<b>[^\W\d_]{2,12})\.?$")
# "Weekdays (Mon–Fri)": a group of days and its days in brackets.
# "Day 3", "Day 1 (Today)", "Tag 2", "4": a numbered day, no weekday.
_NUMBERED_DAY = lazy(rf"^(?:{DAY_WORDS}\s*)?\d{{1,3}}\b", re.IGNORECASE)
_BRACKETS = lazy(r"^(?P<word>[^()]+?)\s*\((?P<days>[^()]+)\)$")
_GROUPS = {
    **dict.fromkeys(WEEKEND_WORDS, ("sat", "sun")),
    **dict.fromkeys((*WORKWEEK_WORDS, "semaine"), ("mon", "tue", "wed", "thu", "fri")),
    "weekends": ("sat", "sun"),
}
# A Day cell for every day of the week, folded, letters only.
_DAILY = frozenset((
    "daily", "every day", "everyday", "each day", "taglich", "jeden tag", "diario",
    "diariamente", "todos los dias", "cada dia", "tous les jours", "chaque jour", "ogni giorno",
    "tutti i giorni", "todos os dias", "dagelijks", "elke dag", "iedere dag",
))  # fmt: skip
# "Total", "Gesamt", "Totais", "Totali": a Day cell that sums the week up.
_TOTALS = frozenset((*TOTAL_PART_WORDS, "summe", "sum", "somme", "suma", "somma", "soma"))
# Words only a Portuguese plan writes for a weekday or a group of them.
_PORTUGUESE = frozenset(("seg", "ter", "qua", "qui", "sex", "segunda", "terca", "quarta",
                         "quinta", "sexta", "uteis", "fim"))  # fmt: skip


def day_range_rows(nodes: list[Node], ctx: Ctx) -> list[Node]:
    """`nodes` with each table whose first column is headed as days (`Day`, `Tag`, `Día`) and
    names several weekdays on a row: that row once for each of them, titled by the weekday in
    the table's language (a row under it with an empty Day cell goes along), so a range before
    the first single weekday is no longer lost. A row for every day (`Daily`, `Täglich`) is
    that block on each weekday the table names (all seven when none), in plan order. A Day
    cell of weekday names the reader cannot place (`Mon-Fri except Wed`), or one of no weekday
    (`Every morning`, `Optional`), is a warning with its line, and its row is not read."""
    return [_read(span_list_rows(node), ctx) if node.kind == "table" else node for node in nodes]


def _read(node: Node, ctx: Ctx) -> Node:
    if len(node.rows) < 2 or not node.rows[0]:
        return node
    lang = _HEADS.get(re.sub(r"[^a-z]", "", fold(unwrap(node.rows[0][0]))))
    if lang is None:
        return node
    node = noted_day_cells(node, ctx)  # "| Sunday (long) |": Sunday, titled "long"
    cells = [row[0] if row else "" for row in node.rows[1:]]
    # Asked first, as it reads no weekday: the table is then left as it is, whatever its cells.
    numbered = sum(1 for cell in cells if _NUMBERED_DAY.match(tidy(unwrap(cell)).strip(" *_")))
    if numbered >= 2 and 2 * numbered > len(cells):
        return node  # "| Day 1 (Today) |" … "| Weekend |": numbered days, read elsewhere
    spans = [_weekdays(cell) for cell in cells]
    lost = [
        idx for idx, (cell, days) in enumerate(zip(cells, spans, strict=True)) if _lost(cell, days)
    ]
    daily = [_daily(cell) for cell in cells]
    first = next((i for i, days in enumerate(spans) if days is not None), len(cells))
    stray = any(
        days is None and cell.strip(" *_") and not _total(cell) and not every
        for cell, days, every in zip(cells[first:], spans[first:], daily[first:], strict=True)
    )  # "| Optional | Podcast |" under a weekday
    ranges = any(days is not None and len(days) > 1 for days in spans)
    if not lost and not stray and not any(daily) and not ranges:
        return node
    if (
        not lost
        and first == len(cells)
        and any(
            cell.strip(" *_") and not every and not _total(cell)
            for cell, every in zip(cells, daily, strict=True)
        )
    ):
        return node  # "| Day 1 |", "| Daily |": days of no weekday, read elsewhere
    lang = _language(cells, lang)
    units: list[tuple[str, list[int]]] = []  # a weekday and its rows, by index in the body
    totals: list[int] = []
    idx = 0
    body = node.rows[1:]
    everyday: list[int] = []  # the rows of the "Daily" cells and those under them
    titled: dict[tuple[int, str], str] = {}
    while idx < len(body):
        days = spans[idx]
        end = idx + 1
        while end < len(body) and not cells[end].strip(" *_") and any(c.strip() for c in body[end]):
            end += 1  # "|  | Flashcards | 15 min |": the row above's weekdays
        group = list(range(idx, end))
        if not any(cell.strip(" *_") for cell in body[idx]):
            pass  # "|  |  |  |": nothing to read
        elif daily[idx]:
            everyday += group
        elif idx in lost or (days is None and not _total(cells[idx])):
            _warn(
                ctx,
                node,
                idx,
                end,
                said="weekdays the reader cannot place" if idx in lost else _named(cells[idx]),
            )
        elif days is not None:
            for day in days:
                units.append((day, list(group)))
                if len(days) > 1:
                    titled[idx, day] = WEEKDAY_TITLES[lang][ORDER.index(day)]
        elif _total(cells[idx]):
            totals += group  # "| Total | | 6h |": the week's sum stays last
        idx = end
    lead = ORDER.index(units[0][0]) if units else 0
    # The days in the week's order from the first one named: `Mon, Wed-Fri` then `Tue` is
    # Monday to Friday, never a Tuesday in the week after.
    units.sort(key=lambda unit: (ORDER.index(unit[0]) - lead) % 7)
    week = list(dict.fromkeys(day for day, _ in units)) or (list(ORDER) if everyday else [])
    for day in week:
        for at in everyday:
            if not body[at][0].strip(" *_"):
                continue  # "|  | Stretch |" under "| Daily |": the row above's day
            titled[at, day] = WEEKDAY_TITLES[lang][ORDER.index(day)]
    rows: list[list[str]] = [node.rows[0]]
    lines: list[int] = [node.row_lines[0]]
    for day in week:
        # A day's rows in plan order: "| Daily |" above Monday's rows, below them further down.
        group = sorted({at for unit, ats in units if unit == day for at in ats} | set(everyday))
        for at in group:
            title = titled.get((at, day))
            rows.append(body[at] if title is None else [title, *body[at][1:]])
            lines.append(node.row_lines[at + 1])
    rows += [body[at] for at in totals]
    lines += [node.row_lines[at + 1] for at in totals]
    return dataclasses.replace(node, rows=rows, row_lines=lines)


def _warn(ctx: Ctx, node: Node, idx: int, end: int, *, said: str) -> None:
    """Say that the body's row `idx` (and the rows up to `end` that go with it) is not read."""
    row = node.rows[idx + 1]
    what = next((tidy(unwrap(c)) for c in row[1:] if c.strip()), "")
    more = f" and the {end - idx - 1} below it are" if end - idx > 1 else " is"
    cell = tidy(unwrap(row[0] if row else ""))
    said = f'the Day cell "{cell}" names {said}' if cell else "the Day cell is empty above any day"
    ctx.warn(
        node.row_lines[idx + 1], f"{said}: its row{f' ({what})' if what else ''}{more} not read"
    )


def _weekdays(cell: str) -> list[str] | None:
    """The weekdays a Day cell names, in order, once each: one (`Mon`), a range (`Mo–Fr`,
    `Lunes a viernes`, `Sun-Thu` over the week's end), a list (`Tue & Thu`, `Mon, Wed-Fri`) or
    a group (`Weekend`, `Weekdays (Mon–Fri)`); None when it names anything else."""
    text = tidy(unwrap(cell)).strip(" .:*_")
    if not text:
        return None
    bracketed = _BRACKETS.match(text)
    if bracketed is not None and _group(bracketed["word"]) is not None:
        return _weekdays(bracketed["days"]) or _group(bracketed["word"])
    group = _group(text)
    if group is not None:
        return group
    whole = _part(text)  # "Ma t/m Vr": the range before any list
    if whole is not None:
        return whole
    found: list[str] = []
    for part in _JOINS.split(text):
        days = _part(part.strip(" .*_"))
        if days is None:
            return None
        found += [day for day in days if day not in found]
    return found or None


def _part(text: str) -> list[str] | None:
    """The weekdays one part of a list names: a weekday, a range of two, or a group."""
    single = weekday_of(text, short=True)
    if single is not None:
        return [single]
    ranged = worded_range(text, wrap=True)
    if ranged is not None and not text[ranged[1] :].strip(" ."):
        return ranged[0]
    dashed = _DASHED.match(text)
    if dashed is not None:
        first, last = weekday_of(dashed["a"], short=True), weekday_of(dashed["b"], short=True)
        if first is not None and last is not None and first != last:
            start, end = ORDER.index(first), ORDER.index(last)
            return [ORDER[(start + step) % 7] for step in range((end - start) % 7 + 1)]
    return _group(text)


def _group(text: str) -> list[str] | None:
    """The weekdays a word for a group of them names (`Weekend`, `Werktage`, `Fin de semana`)."""
    group = _GROUPS.get(" ".join(re.findall(r"[a-z]+(?:-[a-z]+)*", fold(text))))
    return list(group) if group is not None else None


def _total(cell: str) -> bool:
    """Whether a Day cell sums the week up (`Total`, `Gesamt`, `Totale`, `Totaal`)."""
    return bool(_TOTALS & set(re.findall(r"[a-z]+", fold(unwrap(cell)))))


def _named(cell: str) -> str:
    """What a Day cell that is no weekday names, for a warning (`Optional`, `Monday evening`)."""
    words = re.findall(r"[a-z]+", fold(unwrap(cell)))
    if any(len(word) >= 3 and word in WEEKDAYS for word in words):
        return "a weekday with words the reader cannot place"
    return "no weekday"


def _daily(cell: str) -> bool:
    """Whether a Day cell says every day (`Daily`, `Jeden Tag`, `Tous les jours`, `Elke dag`)."""
    return " ".join(re.findall(r"[a-z]+", fold(unwrap(cell)))) in _DAILY


def _lost(cell: str, days: list[str] | None) -> bool:
    """Whether a Day cell names two weekdays or more but is not read as weekdays (`Mon-Fri
    except Wed`, `Mon 3 – Fri 7`); a weekday before its date (`Sat Mar 28`) is a dated day."""
    if days is not None or weekday_of(cell, short=True) is not None:
        return False
    if dated_weekday(tidy(unwrap(cell))) is not None:
        return False  # "Sat Mar 28": a dated day (March, not "mar", a Tuesday), read elsewhere
    named = {WEEKDAYS[w] for w in re.findall(r"[a-z]+", fold(unwrap(cell))) if w in WEEKDAYS}
    return len(named) >= 2


def _language(cells: list[str], head: str) -> str:
    """The language whose weekday names every name in the column begins (`Mo`, `Fr`: German),
    the header's when it is one of them; a Spanish header (`Día`) over Portuguese names
    (`Seg a Sex`) is Portuguese."""
    cells = [cell for cell in cells if not _daily(cell) or fold(cell).endswith(" os dias")]
    words = [w for cell in cells for w in re.findall(r"[a-z]+", fold(unwrap(cell)))]
    if head == "es" and any(word in _PORTUGUESE or word == "os" for word in words):
        return "pt"  # "Todos os dias" under "Dia" too
    names = [word for word in words if word in WEEKDAYS and len(word) >= 2]
    fits = [
        lang
        for lang, titles in WEEKDAY_TITLES.items()
        if names and all(any(fold(t).startswith(n) for t in titles) for n in names)
    ]
    return head if head in fits or not fits else fits[0]
