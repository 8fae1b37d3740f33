"""A sentence about one day of a course (`Le premier jour, l'accueil se fait à partir de 8h30 …`)
beside the sentence that gives the day's hours stays a note and no longer makes the plan refused;
long joined subjects title the blocks by the first of them."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.model import Plan
from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "prose_span_day_notes"


def blocks(plan: Plan) -> list[tuple[str, int, str | None]]:
    return [(b.title, b.min_minutes, b.at) for d in plan.days for v in d.variants for b in v.blocks]


def test_a_first_and_last_day_paragraph_stays_a_note_beside_the_day_s_hours() -> None:
    read = read_plan(PLANS / "fr-first-and-last-day.md")
    assert read.plan.title == "Stage de reliure"
    assert len(read.plan.days) == 1
    assert blocks(read.plan) == [("Cours", 210, "09:00"), ("Cours", 180, "14:00")]
    assert read.plan.days[0].notes == (
        "Les cours en atelier et les séances de pratique libre se déroulent de 9h à 12h30 et de "
        "14h à 17h.",
        "Le premier jour, l'accueil se fait à partir de 8h30 et la présentation du stage a lieu "
        "de 9h à 9h15. Pour les stages de 5 jours, la journée se termine à 15h30 le dernier jour.",
    )
    assert read.warnings == ()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("en-last-day.md", [("Workshops", 150, "09:30"), ("Workshops", 210, "13:00")]),
        ("de-erster-tag.md", [("Unterricht", 210, "09:00"), ("Unterricht", 210, "14:00")]),
        ("es-primer-dia.md", [("Clases", 210, "09:00"), ("Clases", 210, "14:00")]),
        ("it-ultimo-giorno.md", [("Lezioni", 210, "09:00"), ("Lezioni", 210, "14:00")]),
        ("pt-primeiro-dia.md", [("Aulas", 210, "09:00"), ("Aulas", 210, "14:00")]),
        ("nl-eerste-dag.md", [("Lessen", 210, "09:00"), ("Lessen", 150, "13:30")]),
    ],
)
def test_a_sentence_about_one_day_does_not_stand_in_the_way(
    name: str, expected: list[tuple[str, int, str]]
) -> None:
    read = read_plan(PLANS / name)
    assert len(read.plan.days) == 1
    assert blocks(read.plan) == expected
    assert read.warnings == ()


def test_a_sentence_about_one_day_alone_is_refused_as_before() -> None:
    with pytest.raises(PlanError) as raised:
        read_plan(PLANS / "one-day-sentence-alone-stays-refused.md")
    assert str(raised.value).endswith(
        '1 line gives a span of clock time in a form not read as a block (line 3: "from 9:00 to '
        '17:00"))'
    )
