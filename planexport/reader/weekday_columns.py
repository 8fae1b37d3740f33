"""Week tables with a column per weekday and a row per programme line, part of the day or session
(`| Jour | Lundi | Mercredi |` over `| Programme | Course 30 min | Circuit 45 min |`, `| Matin |
… |`): a day per weekday column, each timed cell a block of it in row order, under `## Week 2`
that week's days."""

from __future__ import annotations

import re

from planexport.reader.blocks import Ctx, RawBlock, is_break, session_name, tidy, try_block
from planexport.reader.dated_headers import header_weekday
from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.outline import Node, unwrap
from planexport.reader.table_weekly import TableDay, weekday_of
from planexport.reader.words import FREE_WORDS, REST_DAY_WORDS, fold

__all__ = ["weekday_column_table"]

# A row that holds the day's programme: "Programme", "Training", "Séance", "Einheit", "Treino".
_PROGRAMME = frozenset((
    "programme", "program", "programm", "programa", "programma", "plan", "planning", "schema",
    "training", "trainings", "workout", "workouts", "session", "sessions", "exercise",
    "exercises", "activity", "activities",
    "einheit", "trainingseinheit", "ubung", "ubungen", "aktivitat", "trainingsplan",
    "entrenamiento", "entreno", "sesion", "ejercicio", "ejercicios", "actividad", "rutina",
    "seance", "seances", "entrainement", "exercice", "exercices", "activite",
    "allenamento", "sessione", "esercizio", "esercizi", "attivita", "scheda",
    "treino", "sessao", "exercicio", "exercicios", "atividade",
    "sessie", "oefening", "oefeningen", "activiteit", "trainingsschema",
))  # fmt: skip
# "-", "—", "x", "/": nothing that day.
_NOTHING = frozenset(("", "-", "—", "–", "x", "/", "·", "…"))


def _label(cell: str) -> str:
    return " ".join(re.sub(r"[*_`]", " ", unwrap(cell)).split()).strip(" :")


def _kind(label: str) -> str | None:
    """`programme` for a row of the day's programme, `session` for a part of the day or a
    numbered session (`Matin`, `Séance 2`), None for any other row (`Focus`, `Muscles`)."""
    words = re.findall(r"[a-z]+", fold(label))
    if not words:
        return "programme"  # "|  | Run 30 min |": the programme, unnamed
    if session_name(label) is not None:
        return "session"
    if len(words) <= 2 and words[0] in _PROGRAMME:
        return "programme"
    return None


def _rest(cell: str) -> bool:
    plain = " ".join(re.findall(r"[a-z]+(?:-[a-z]+)*", fold(unwrap(cell))))
    return (
        cell.strip(" *_") in _NOTHING or plain in REST_DAY_WORDS or plain in FREE_WORDS or not plain
    )


def weekday_column_table(node: Node, ctx: Ctx) -> list[TableDay] | None:
    """The days of a table headed by weekdays (`| Jour | Lundi | Mercredi |`, `| | Mon | Tue |`)
    whose rows are its programme, parts of the day or sessions, and whose cells say a length;
    None for any other table. Every weekday column is a day: an empty, `-` or rest cell is
    nothing on it. A row of another label (`Focus`) gives each day a note, or a block where its
    cell says a length; a programme cell with no length is warned about, a row at a time."""
    if node.kind != "table" or len(node.rows) < 2 or len(node.rows[0]) < 3:
        return None
    header = node.rows[0]
    if weekday_of(header[0], short=True) is not None:
        return None
    names = [header_weekday(cell) for cell in header[1:]]
    if any(name is None for name in names) or len(set(names)) < len(names):
        return None
    body = [
        (row, line)
        for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False)
        if any(cell.strip() for cell in row)
    ]
    kinds = [_kind(_label(row[0])) if row else None for row, _ in body]
    if not any(kinds) or any(find_duration(row[0]) for row, _ in body if row):
        return None  # "| 09:00-10:00 | Maths |": a grid of time slots, read as such
    if sum(1 for row, _ in body if row and find_point_time(unwrap(row[0])) is not None) >= 2:
        return None  # "| **09:00** | Standup (15m) |": a grid of start times, read as such
    timed = any(
        kind is not None and find_duration(cell) is not None and not _rest(cell)
        for (row, _), kind in zip(body, kinds, strict=True)
        for cell in row[1 : len(header)]
    )
    if not timed:
        return None
    days = [
        TableDay(node.line, tidy(unwrap(name)), weekday=weekday)
        for name, weekday in zip(header[1:], names, strict=True)
    ]
    for (row, line), kind in zip(body, kinds, strict=True):
        label = _label(row[0])
        unread: list[str] = []
        for col, day in enumerate(days, start=1):
            cell = row[col].strip() if col < len(row) else ""
            if _rest(cell):
                continue
            blocks = _blocks(cell, line, ctx)
            if blocks is None and kind is None:
                day.notes.append(f"{label}: {_text(cell)}")  # "| Focus | Upper body |"
                continue
            if blocks is None:
                if not is_break(_text(cell)):
                    unread.append(day.title)
                    day.notes.append(_text(cell))
                continue
            for block in blocks:
                block.session = label if kind == "session" else None
                if kind is None and block.title == "Block":
                    block.title = label  # "| Warm-up | 10 min |": the row names what it is
            day.blocks.extend(blocks)
        if unread:
            where = f'"{label}" row' if label else "row"
            ctx.warn(
                line,
                f"{where}: the cells of {', '.join(unread)} say no length and are kept as "
                "notes, not read as blocks",
            )
    return days


def _text(cell: str) -> str:
    from planexport.reader.table_cells import one_line

    return tidy(unwrap(one_line(cell)))


def _blocks(cell: str, line: int, ctx: Ctx) -> list[RawBlock] | None:
    """A cell's blocks: one per part that says its length (`Run 20 min + Core 10 min`), or the
    cell as one block; None when it says no length."""
    from planexport.reader.cell_parts import cell_parts
    from planexport.reader.table_cells import one_line

    if parted := cell_parts(cell, line, ctx):
        return parted
    raw = try_block(one_line(cell), [], line, ctx)
    if raw is None or is_break(raw.title):
        return None
    return [raw]
