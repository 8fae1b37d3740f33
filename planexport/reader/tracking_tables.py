"""Tables to fill in as the day goes (`| Session | Planned | Actual |`, `Geplant | Ist`, `Prévu |
Réel`): a log of the day's sessions, whose planned lengths count only where nothing else does."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.outline import unwrap
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock
    from planexport.reader.outline import Node

__all__ = ["drop_logs", "planned_column", "tracking_table", "tracks_actual"]

# Header words, folded: what was planned, and what was done (the column left to fill in).
_PLANNED = frozenset(("planned", "plan", "geplant", "soll", "previsto", "prevista", "prevu",
                      "prevue", "gepland", "planejado", "planeado", "planificado", "pianificato",
                      "programmato"))  # fmt: skip
_ACTUAL = frozenset(("actual", "ist", "tatsachlich", "real", "reel", "reelle", "effettivo",
                     "effettiva", "effettivi", "werkelijk", "werkelijke", "realizado", "realisiert",
                     "effectif", "effective", "spent", "gedaan"))  # fmt: skip


def _columns(node: Node) -> tuple[list[int], list[int]]:
    """The columns headed as planned, and those headed as actual."""
    if node.kind != "table" or not node.rows:
        return [], []
    heads = [set(re.findall(r"[a-z]+", fold(unwrap(cell)))) for cell in node.rows[0]]
    planned = [col for col, words in enumerate(heads) if words & _PLANNED]
    actual = [col for col, words in enumerate(heads) if words & _ACTUAL and not words & _PLANNED]
    return planned, actual


def tracks_actual(node: Node) -> bool:
    """Whether a table's header has a column of actual times (`Actual`, `Ist`, `Real`)."""
    return bool(_columns(node)[1])


def tracking_table(node: Node) -> bool:
    """Whether a table's header has a planned column and an actual one beside it."""
    planned, actual = _columns(node)
    return bool(planned) and bool(actual)


def planned_column(node: Node, cols: dict[str, int | None]) -> dict[str, int | None]:
    """The table's column roles with its length read from the planned column, never from the
    actual one (`| Onderdeel | Werkelijk | Gepland |`: the time spent is not the plan)."""
    planned, actual = _columns(node)
    if planned and actual and cols["dur"] in actual:
        return {**cols, "dur": planned[0]}
    return cols


def drop_logs(blocks: list[RawBlock], logs: list[tuple[int, list[RawBlock]]], ctx: Ctx) -> None:
    """Take out of a day's `blocks` those of its tracking tables (each with the table's line)
    when the day's other lines give lengths of their own: the table tracks those sessions
    again. One warning a table says so."""
    logged = {id(raw) for _, rows in logs for raw in rows}
    if not any(id(raw) not in logged for raw in blocks):
        return  # the table is the day's only plan: its planned lengths are read
    for line, rows in logs:
        if rows:
            ctx.warn(
                line,
                f"a table of planned and actual times ({len(rows)} rows) tracks the sessions the "
                "day already gives: a log to fill in, its planned lengths not read again",
            )
    blocks[:] = [raw for raw in blocks if id(raw) not in logged]
