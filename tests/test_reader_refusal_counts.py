"""A refusal counts what it found: every timed line of a mermaid gantt in a code block, and
lengths in table cells, which are lengths all the same (never "none with a length")."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "refusal_counts"


def refusal(name: str) -> str:
    with pytest.raises(PlanError) as caught:
        read_plan(PLANS / name)
    return str(caught.value)


def test_every_gantt_task_with_a_start_is_counted() -> None:
    # A gantt in a plain code block (no `mermaid`), which is no chart and stays code:
    # "Lectura :15:00, 1h" and "Ejercicios : crit, 16:30, 45m" alike.
    said = refusal("gantt-plain-code-block.md")
    assert "3 lines in code blocks give times of day, and code blocks are not read" in said


def test_lengths_in_table_cells_are_named_not_denied() -> None:
    assert refusal("lengths-in-table-cells.md") == (
        f"{PLANS / 'lengths-in-table-cells.md'}:3: no timed blocks found (2 days found, none read "
        "as a block; 1 table row gives a length in a table not read as blocks (line 7: "
        "\"12 Minuten\"): write lines such as '- Concepts (60 min)' or '- 09:00–10:30 Arrays')"
    )
