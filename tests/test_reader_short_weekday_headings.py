"""Day headings that write the weekday short before a title (`## MON - Upper Push`, `### Mo –
Mathe`, `## Seg: Redação`): each is that weekday's day, titled as written after the name."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

HEADS = DATA / "short_weekday_headings"


def read(name: str) -> ReadResult:
    return read_plan(HEADS / name)


def titles(result: ReadResult) -> list[tuple[str | None, str]]:
    return [(d.weekday, d.title) for d in result.plan.days]


def test_capital_english_short_names_are_weekdays_with_their_titles() -> None:
    result = read("en-caps-short-weekday-headings.md")
    assert titles(result) == [("tue", "Pull Day"), ("thu", "Legs"), ("sat", "Conditioning")]
    assert day_blocks(result.plan) == [
        ("tue", [("Rowing machine", 12, None), ("Pull-ups", 25, None)]),
        ("thu", [("Squats", 35, None)]),
        ("sat", [("Hill repeats", 20, None)]),
    ]
    assert result.plan.days[0].notes == ("Face pulls - 3 x 15",)
    assert warnings(result) == []


def test_german_short_names_before_an_en_dash() -> None:
    result = read("de-short-weekday-headings-en-dash.md")
    assert titles(result) == [("mon", "Mathe"), ("wed", "Chemie"), ("fri", "Englisch")]
    assert day_blocks(result.plan)[0] == (
        "mon",
        [("Analysis wiederholen", 45, None), ("Übungsblatt 3", 30, None)],
    )


def test_portuguese_short_names_before_a_colon() -> None:
    result = read("pt-short-weekday-headings-colon.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Leitura de textos modelo", 40, None)]),
        ("wed", [("Lista de funções", 50, None)]),
        ("fri", [("Flashcards", 25, None)]),
    ]
    assert [d.title for d in result.plan.days] == ["Redação", "Matemática", "Revisão"]


def test_dutch_short_names_under_week_headings_repeat_each_week() -> None:
    result = read("nl-short-weekday-headings-under-weeks.md")
    assert [(d.week, d.weekday, d.title) for d in result.plan.days] == [
        (1, "mon", "Duurloop"),
        (1, "thu", "Intervallen"),
        (2, "mon", "Duurloop"),
        (2, "thu", "Intervallen"),
    ]
    assert [b.min_minutes for d in result.plan.days for b in d.variants[0].blocks] == [
        30,
        40,
        35,
        45,
    ]


def test_french_short_names_with_a_dot() -> None:
    result = read("fr-short-weekday-headings-dotted.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Fiches chapitre 4", 45, None)]),
        ("wed", [("Exercices d'optique", 60, None)]),
        ("sat", [("Annales", 90, None)]),
    ]


def test_month_short_names_stay_sections_not_a_tuesday() -> None:
    result = read("en-month-short-headings-stay-months.md")
    assert titles(result) == [(None, "Day 1")]


def test_one_short_name_twice_is_no_weekday() -> None:
    # "SAT - Math" / "SAT - Reading": an exam's parts, never Saturday twice
    result = read("en-exam-short-headings-are-no-saturday.md")
    assert titles(result) == [(None, "Day 1")]
    assert day_blocks(result.plan) == [
        (None, [("Practice test section 3", 55, None), ("Passage drills", 40, None)])
    ]
