"""A break written with its length after a dash or a space (`- Intervalo - 30min`, `- Lanche -
15min`, `- Receso 30 min`) among the lengths of a session whose heading or bold label gives a
clock span (`### Tarde (14h às 17h)`, `**Mañana (9:00 - 13:00)**`) is a gap: the next block
starts after it, as it does after `- Break (30 min)`. A subject that only mentions a break
(`Redação sobre o recreio escolar`) is a block."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

PLANS = DATA / "session_break_names"


def _blocks(name: str) -> list[tuple[str, int, str | None, str | None]]:
    result = read_plan(PLANS / name)
    assert warnings(result) == []
    return [(b.title, b.min_minutes, b.at, b.session) for _, b in blocks_of(result.plan)]


def test_an_intervalo_after_a_dash_is_a_gap_in_the_afternoon() -> None:
    assert _blocks("pt-intervalo-dash-length-under-afternoon-span.md") == [
        ("Química", 90, "14:00", "Tarde"),
        ("Biologia", 60, "16:00", "Tarde"),
    ]


def test_a_snack_between_morning_blocks_moves_the_rest_of_the_morning() -> None:
    assert _blocks("pt-lanche-between-morning-blocks.md") == [
        ("Matemática", 120, "08:00", "Manhã"),
        ("Física", 105, "10:15", "Manhã"),
        ("Revisão", 60, "12:00", "Manhã"),
    ]


def test_a_receso_with_its_length_under_a_bold_morning_label() -> None:
    assert _blocks("es-receso-under-bold-morning-label.md") == [
        ("Álgebra", 90, "09:00", "Mañana"),
        ("Geometría", 120, "11:00", "Mañana"),
    ]


def test_near_miss_a_subject_that_mentions_a_break_is_a_block() -> None:
    assert _blocks("pt-essay-about-a-break-stays-a-block.md") == [
        ("Redação sobre o recreio escolar", 60, "08:00", "Manhã"),
        ("Gramática", 60, "09:00", "Manhã"),
    ]
