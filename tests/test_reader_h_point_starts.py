"""Start lines written with an `h` hour (`14h20 Équipe verte`) after the day's clock spans."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "h_point_starts"


def test_a_french_h_start_between_spans_lasts_until_the_next_span() -> None:
    result = read_plan(PLANS / "fr-start-between-spans.md")
    # "14h20" is twenty past two, not a length of 14 h 20 min
    assert pinned(result.plan, 0) == [
        ("Lecture de carte", 90, "08:30"),
        ("Équipe verte", 85, "14:20"),
        ("Course au score", 75, "15:45"),
    ]
    assert warnings(result) == []


def test_a_spanish_hour_with_no_minutes_is_a_start_too() -> None:
    result = read_plan(PLANS / "es-hour-without-minutes.md")
    assert pinned(result.plan, 0) == [
        ("Álgebra lineal", 120, "09:00"),
        ("Tutoría con Marta", 60, "11:00"),
        ("Cálculo", 90, "12:00"),
    ]
    assert warnings(result) == []


def test_a_portuguese_last_h_start_with_no_end_is_warned_not_dropped() -> None:
    result = read_plan(PLANS / "pt-last-start-no-end.md")
    assert pinned(result.plan, 0) == [("Anatomia", 90, "09:00"), ("Fisiologia", 75, "10:45")]
    assert warnings(result) == ['9: "Revisão em grupo" has a start time but no length']
