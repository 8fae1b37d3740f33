"""Rest days that say more than their rest word (`| Mercoledì | Riposo | – | Recupero completo |`,
`Rust. Licht rekken …`): rest days with their note kept, never days of untimed lines."""

from __future__ import annotations

import pytest

from planexport.day_kinds import REST_LABEL, UNTIMED_LABEL, no_block_label
from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

FOLDER = DATA / "rest_meals"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


@pytest.mark.parametrize(
    ("name", "weekday", "note"),
    [
        ("it-table-riposo-with-note.md", "wed", "Riposo – Recupero completo"),
        ("es-table-descanso-keeps-note.md", "thu", "Descanso – Paseo suave si te apetece"),
        ("pt-table-folga-with-note.md", "wed", "Folga – Alongamentos leves"),
        ("de-table-pause-keeps-note.md", "wed", "Pause – lockeres Dehnen nach Lust"),
        ("en-table-off-keeps-note.md", "wed", "Off – Walk if you feel like it"),
    ],
)
def test_a_rest_row_with_a_note_is_a_rest_day_that_keeps_the_note(
    name: str, weekday: str, note: str
) -> None:
    result = read(name)
    plan = result.plan
    assert [d.weekday for d in plan.days][1] == weekday
    rest = plan.days[1]
    assert rest.is_rest
    assert rest.notes == (note,)
    assert no_block_label(rest) == REST_LABEL
    # the days around it keep their one block each
    assert [len(d.variants[0].blocks) for d in (plan.days[0], plan.days[2])] == [1, 1]
    assert warnings(result) == []


def test_a_rest_word_leading_the_first_line_makes_a_rest_day() -> None:
    plan = read("nl-heading-rust-first-line.md").plan
    rest = plan.days[1]
    assert (rest.weekday, rest.title) == ("wed", "Woensdag")
    assert rest.notes == ("Rust. Licht rekken als je er zin in hebt.",)
    assert no_block_label(rest) == REST_LABEL


def test_a_rest_line_over_a_note_makes_a_rest_day() -> None:
    plan = read("fr-heading-repos-over-note.md").plan
    rest = plan.days[1]
    assert rest.weekday == "wed"
    assert rest.notes == ("Repos", "Étirements légers si l'envie est là")
    assert no_block_label(rest) == REST_LABEL


def test_a_rest_heading_with_a_note_is_a_rest_day() -> None:
    plan = read("en-heading-rest-dash-note.md").plan
    rest = plan.days[1]
    assert (rest.weekday, rest.title) == ("wed", "Rest – light stretching if you feel like it")
    assert no_block_label(rest) == REST_LABEL


def test_a_hyphenated_word_is_no_rest_word() -> None:
    plan = read("en-untimed-off-season-drills.md").plan
    day = plan.days[1]
    assert day.notes == ("Off-season base drills", "Bench press 4x8")
    assert no_block_label(day) == UNTIMED_LABEL
