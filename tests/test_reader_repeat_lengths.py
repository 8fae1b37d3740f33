"""Repeats wherever a length is read (`6 x 3 min`, `8x 2'`, `3 x 10 Minuten`): N × M minutes of
work, the pauses after them said and never counted; a repeated distance (`4 x 400 m`) is none."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.repeats import find_length, repeated
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

REPEATS = DATA / "repeat_lengths"


def read(name: str) -> ReadResult:
    return read_plan(REPEATS / name)


def timed(result: ReadResult) -> list[tuple[str, int]]:
    return [(title, minutes) for title, minutes, _, _ in blocks_with_items(result.plan)]


def test_a_repeat_in_a_table_cell_is_its_work_and_not_its_first_length() -> None:
    result = read("nl-table-cell-repeat.md")
    assert timed(result) == [("Inlopen", 12), ("Versnellingen", 10), ("Uitlopen", 8)]
    assert warnings(result) == []


def test_repeats_in_a_duration_column_count_each_time() -> None:
    result = read("en-duration-column-repeats.md")
    assert timed(result) == [("Track intervals", 18), ("Hill repeats", 16), ("Long run", 50)]
    assert warnings(result) == []


def test_a_session_table_row_of_repeats_adds_the_work_not_the_pauses() -> None:
    result = read("de-session-table-repeat.md")
    assert timed(result) == [("Intervalltraining", 45)]
    assert warnings(result) == []


def test_a_line_that_starts_with_repeats_is_one_block_with_its_pause_in_the_title() -> None:
    result = read("es-list-repeat-with-pause.md")
    assert timed(result) == [
        ("Calentamiento", 15),
        ("Series: a ritmo de 10 km, 1 min descanso (4 × 5 min)", 20),
        ("Vuelta a la calma", 10),
    ]
    assert warnings(result) == []


def test_repeated_metres_are_no_length_and_the_line_keeps_its_minutes() -> None:
    result = read("fr-metres-are-no-length.md")
    assert timed(result) == [
        ("Échauffement", 20),
        ("Fractionné : 6 x 400 m", 25),
        ("Retour au calme", 10),
    ]
    assert result.plan.days[0].notes == ("10 x 100 m lignes droites",)
    assert warnings(result) == []


def test_repeats_in_a_bold_bracket_win_over_the_sum_of_its_lengths() -> None:
    result = read("it-bold-repeat-with-pause.md")
    assert blocks_with_items(result.plan) == [
        (
            "Ripetute (recupero 1 min) (4 × 5 min)",
            20,
            None,
            ["ritmo soglia", "recupero camminando"],
        )
    ]


def test_dates_and_products_in_prose_are_no_lengths() -> None:
    result = read("pt-products-and-dates-in-prose.md")
    assert timed(result) == [
        ("Matrizes 2 x 2: exercícios", 45),
        ("Simulado: , 5 min de pausa (3 × 25 min)", 75),
    ]
    assert result.plan.days[0].notes == (
        "Prova marcada para 3 x 2026, treinar contas como 3 x 4 = 12.",
    )
    assert warnings(result) == []


def test_a_weekday_line_of_repeated_metres_is_that_weekday_untimed() -> None:
    result = read("en-weekday-lines-repeat.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [
        ("tue", "tempo, 1 min walk between (6 × 3 min)"),
        ("thu", "easy"),
        ("sat", "4 x 800 m at 5 km pace"),
    ]
    assert timed(result) == [("tempo, 1 min walk between (6 × 3 min)", 18), ("easy", 45)]
    assert warnings(result) == []


def test_a_plain_line_of_repeats_is_a_block_of_their_sum() -> None:
    result = read("en-plain-line-repeat.md")
    assert timed(result) == [("Warm-up", 10), ("Drills (4 × 5 min)", 20), ("Cool-down", 5)]


def test_find_length_counts_repeats_in_every_way_of_writing_them() -> None:
    for text, minutes in (
        ("6 x 3 min tempo, 1 min wandelen", 18),
        ("6 × 3 min", 18),
        ("6x 3' tempo", 18),
        ("3 x 10 Minuten", 30),
        ("4 times 5 minutes", 20),
        ("2 Std.", 120),
    ):
        found = find_length(text)
        assert found is not None, text
        assert found.lo == found.hi == minutes, text


def test_find_length_passes_over_distances_dates_and_products() -> None:
    assert find_length("4 x 400 m") is None
    assert find_length("6x200m") is None
    assert find_length("3 x 2026") is None
    assert find_length("3 x 4 = 12") is None
    found = find_length("Hauptteil: 6 x 400 m, 20 min")
    assert found is not None
    assert (found.lo, found.text) == (20, "20 min")


def test_repeated_titles_keep_the_pause_and_drop_an_emptied_bracket_mark() -> None:
    again = repeated("**Series (4 × 5 min, descanso 1 min)**")
    assert again is not None
    assert again[0].lo == 20
    assert again[1] == "**Series (descanso 1 min)** (4 × 5 min)"
    assert repeated("4 x 400 m op de baan") is None
