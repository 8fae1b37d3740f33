"""A routine whose weekdays a sentence under its heading names (`## Habits` over `I keep this
routine from Monday to Friday.`): a day per weekday, each titled by its weekday in the sentence's
language, and the sentence, read, is no note of theirs."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

ROUTINES = DATA / "sentence_routines"


@pytest.mark.parametrize(
    ("name", "titles"),
    [
        (
            "en-monday-to-friday-in-a-sentence.md",
            ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
        ),
        ("es-de-lunes-a-viernes.md", ["Lunes", "Martes", "Miércoles", "Jueves", "Viernes"]),
        (
            "de-von-montag-bis-freitag.md",
            ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
        ),
        ("fr-du-lundi-au-vendredi.md", ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"]),
        (
            "pt-de-segunda-a-sexta.md",
            ["Segunda-feira", "Terça-feira", "Quarta-feira", "Quinta-feira", "Sexta-feira"],
        ),
    ],
)
def test_the_days_a_sentence_names_are_titled_by_their_weekdays(
    name: str, titles: list[str]
) -> None:
    result = read_plan(ROUTINES / name)
    plan = result.plan
    assert warnings(result) == []
    assert [d.title for d in plan.days] == titles
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "thu", "fri"]
    assert all(d.notes == () for d in plan.days)  # the sentence was read, not kept
    assert [(b.min_minutes, b.at) for b in plan.days[2].variants[0].blocks] == [
        (45, "06:30"),
        (45, "19:00"),
    ]


def test_weekdays_written_short_are_titled_in_english() -> None:
    plan = read_plan(ROUTINES / "en-short-names-in-a-sentence.md").plan
    assert [d.title for d in plan.days] == ["Monday", "Tuesday", "Wednesday", "Thursday"]
    assert all(d.notes == () for d in plan.days)
    assert [b.title for d in plan.days for b in d.variants[0].blocks] == ["vocabulary"] * 4
