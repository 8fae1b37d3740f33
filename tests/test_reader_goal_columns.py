"""A column of what each row is for beside a column that names it (`| Time | Block | Objective
|`, `| Hora | Bloque | Objetivo |`): the name titles the block and the goal is its note; the
goal titled it before."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

FOLDER = DATA / "goal_columns"


def _titled(name: str) -> list[tuple[str, int, str | None, str | None]]:
    result = read_plan(FOLDER / name)
    assert warnings(result) == []
    return [(b.title, b.min_minutes, b.at, b.note) for v in result.plan.days[0].variants
            for b in v.blocks]  # fmt: skip


def test_a_block_column_titles_the_rows_beside_an_objective_column() -> None:
    assert _titled("time-block-objective.md") == [
        ("Welcome", 20, "10:00", "Meet the group and the studio rules"),
        ("Wedging", 40, "10:20", "Feel when the clay is ready to throw"),
        ("First pinch pot", 45, "11:15", "Leave with one finished pot"),
    ]


def test_a_bloque_column_titles_the_rows_beside_an_objetivo_column() -> None:
    assert _titled("hora-bloque-objetivo.md") == [
        ("Presentación", 30, "09:00", "Conocer las herramientas y el papel"),
        ("Cosido japonés", 60, "09:30", "Coser un cuaderno de cuatro agujeros"),
        ("Tapas duras", 45, "10:45", "Forrar dos cartones con tela"),
    ]
