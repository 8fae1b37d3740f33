"""A lesson table's `Phase` column names its rows when the activity beside it is a sentence
(`| Phase | Durée | Activités détaillées |`): the phase is the block's title, the activity its
note. Short activities and coded phases (`P0`) keep their columns as they were."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

FOLDER = DATA / "phase_columns"


def test_the_phase_titles_a_row_of_a_long_activity() -> None:
    result = read_plan(FOLDER / "phase-over-long-activities.md")
    blocks = [b for _, b in blocks_of(result.plan)]
    assert [(b.title, b.min_minutes) for b in blocks] == [
        ("Accroche", 5),
        ("Recherche en groupes", 25),
        ("Mise en commun", 15),
    ]
    assert blocks[0].note is not None
    assert blocks[0].note.startswith("Montrer une photo")
    assert warnings(result) == []


def test_short_activities_keep_their_titles() -> None:
    result = read_plan(FOLDER / "short-activities-near-miss.md")
    assert [(b.title, b.min_minutes) for _, b in blocks_of(result.plan)] == [
        ("Seed quiz", 10),
        ("Plant beans in cups", 30),
    ]


def test_coded_phases_are_no_titles() -> None:
    result = read_plan(FOLDER / "coded-phases-near-miss.md")
    titles = [b.title for _, b in blocks_of(result.plan)]
    assert titles == [
        "Framework and how to approach an open design question",
        "Estimation of traffic, storage and bandwidth for a service",
    ]
