"""Active rest as a weekday's row names it: `| Martes | Descanso activo (caminata suave) |
20-30 min |`, `| Tuesday | Active rest: easy walk | 30 min |`, `Aktive Erholung`, `Repos actif`,
`Riposo attivo`, `Descanso ativo`, `Actieve rust`.

A light activity with a length is a block of its day, not a day off nor a break (a plain
`| Martes | Descanso | - |` stays a day off, `10:45 Active break` a break between blocks).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from planexport.reader.table_columns import cell_at
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock

__all__ = ["active_rest_row"]

# A rest (not a break) and the word that makes it active, in the order each language writes them.
_REST = frozenset(("rest", "recovery", "erholung", "regeneration", "descanso", "recuperacion",
                   "repos", "recuperation", "riposo", "recupero", "rust", "herstel"))  # fmt: skip
_ACTIVE = frozenset(("active", "aktive", "aktiver", "aktiv", "activo", "activa", "actif",
                     "attivo", "attiva", "ativo", "ativa", "actieve", "actief"))  # fmt: skip


def active_rest_row(
    row: list[str], line: int, header: list[str], cols: dict[str, int | None], ctx: Ctx
) -> RawBlock | None:
    """The row's block when its title is an active rest with a length; None otherwise."""
    from planexport.reader.block_tables import row_block
    from planexport.reader.durations import find_duration

    words = fold(cell_at(row, cols["title"])).replace("*", " ").split()[:3]
    words = [word.strip(".,:;()-") for word in words]
    if not any(
        {a, b} & _ACTIVE and {a, b} & _REST and a != b for a, b in itertools.pairwise(words)
    ):
        return None
    if find_duration(" ".join(cell for cell in row if cell != cell_at(row, cols["title"]))) is None:
        return None
    return row_block(row, line, header, cols, ctx, lenient=False)
