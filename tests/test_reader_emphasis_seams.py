"""Two emphasised runs joined in one title by a word for "or" or "and" (`**Reading** or **Lab
report**`, `*Drills* or *Quiz*`, `**Vokabeln** oder **Hörverstehen**`, `**Álgebra** o
**Cálculo**`): the title is the plain words, no emphasis mark left between them."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.title_markup import plain_title
from tests.paths import DATA
from tests.reader_support import day_blocks

SEAMS = DATA / "emphasis_seams"


def read(name: str) -> ReadResult:
    return read_plan(SEAMS / name)


def test_runs_joined_by_or_and_oder_o_are_plain_titles_on_their_weekdays() -> None:
    result = read("one-edge-case.md")
    assert day_blocks(result.plan) == [
        (
            "mon",
            [
                ("Organic Chemistry Reading or Lab Report", 90, "08:00"),
                ("Statistics drills or Probability quiz", 60, "10:00"),
                ("Essay outline and sources", 60, "19:00"),
            ],
        ),
        ("tue", [("Vokabeln oder Hörverstehen", 60, "18:00"), ("Grammatik", 45, "19:00")]),
        ("wed", [("Álgebra lineal o Cálculo", 90, "17:00"), ("Repaso", 30, "18:30")]),
    ]


def test_the_sessions_and_the_nested_line_stay_with_the_block() -> None:
    monday = read("one-edge-case.md").plan.days[0]
    chemistry, statistics, essay = monday.variants[0].blocks
    assert [chemistry.session, statistics.session, essay.session] == [
        "Morning",
        "Morning",
        "Evening",
    ]
    assert [item.text for item in chemistry.items] == ["pick whichever is due first"]


def test_a_bar_between_runs_still_leaves_the_choice_as_the_note() -> None:
    wednesday = read("one-edge-case.md").plan.days[2]
    assert wednesday.variants[0].blocks[1].note == "O Flashcards"


def test_marks_inside_words_and_lone_stars_are_no_seam() -> None:
    assert plain_title("snake_case_name or other_name") == "snake_case_name or other_name"
    assert plain_title("2 * 3 or 4 * 5") == "2 * 3 or 4 * 5"
    assert plain_title("Read** or **Write") == "Read or Write"
