"""Lines with only a start time among a list's clock spans: never dropped unsaid."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

SMALL = DATA / "span_points"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def messages(result: ReadResult) -> list[str]:
    return [f"{w.line}: {w.message}" for w in result.warnings]


def test_a_wake_up_and_a_meal_between_spans_are_the_days_notes() -> None:
    result = read("en-wake-and-breakfast-between-spans.md")
    assert day_blocks(result.plan) == [("mon", [("Run", 60, "07:00"), ("Study", 180, "09:00")])]
    assert result.plan.days[0].notes == ("6:30am: Wake up", "8:30am: Breakfast")
    assert messages(result) == []


def test_meals_at_point_times_in_italics_are_gaps_kept_as_notes() -> None:
    result = read("de-meals-at-point-times-in-italics.md")
    assert day_blocks(result.plan) == [
        ("fri", [("Vorträge", 180, "09:00"), ("Workshops", 180, "14:00")])
    ]
    assert result.plan.days[0].notes == ("08:00 Frühstück", "12:30 Mittagessen", "19:00 Abendessen")
    assert messages(result) == []


def test_an_activity_lasts_until_the_next_span_within_three_hours() -> None:
    result = read("es-activity-until-next-span.md")
    assert day_blocks(result.plan) == [
        (
            "tue",
            [
                ("Estudio de álgebra", 180, "09:00"),
                ("Llamada con el tutor", 30, "12:30"),
                ("Proyecto", 120, "13:00"),
            ],
        )
    ]
    assert messages(result) == []


def test_an_activity_whose_next_start_is_over_three_hours_later_is_a_note_said() -> None:
    result = read("fr-activity-far-from-next-span.md")
    assert day_blocks(result.plan) == [
        ("wed", [("Révisions de physique", 120, "10:00"), ("Exercices", 120, "14:00")])
    ]
    assert result.plan.days[0].notes == ("06:00 Course à pied",)
    assert messages(result) == [
        '5: "06:00 Course à pied" has only a start time and the next one is 4h00 later: '
        "kept as a note"
    ]


def test_a_last_activity_after_the_spans_is_a_note_said() -> None:
    result = read("it-last-activity-after-spans.md")
    assert day_blocks(result.plan) == [
        ("thu", [("Analisi", 120, "09:00"), ("Fisica", 90, "11:30")])
    ]
    assert result.plan.days[0].notes == ("19:00 Cinema con gli amici",)
    assert messages(result) == [
        '7: "19:00 Cinema con gli amici" has a start time but no length: kept as a note'
    ]


def test_bedtime_after_the_spans_is_a_note_with_no_warning() -> None:
    result = read("nl-bedtime-after-spans.md")
    assert [t for _, blocks in day_blocks(result.plan) for t, _, _ in blocks] == [
        "Programmeren",
        "Lezen",
    ]
    assert result.plan.days[0].notes == ("22:30 Slapen",)
    assert messages(result) == []


def test_lights_out_is_a_moment_of_the_day() -> None:
    result = read("en-lights-out-after-spans.md")
    assert result.plan.days[0].notes == ("22:00 Lights out",)
    assert messages(result) == []


def test_waking_before_the_spans_is_a_note_not_a_block() -> None:
    result = read("pt-wake-before-spans.md")
    assert day_blocks(result.plan) == [
        ("sat", [("Leitura", 120, "08:00"), ("Exercícios", 90, "10:30")])
    ]
    assert result.plan.days[0].notes == ("07:00 Acordar",)
    assert messages(result) == []
