"""A bold kind of session before the real title (`**Demo**: Building a parser`): one title."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, pinned, warnings

PLANS = DATA / "kind_labels"


def _notes(name: str) -> list[str | None]:
    return [b.note for _, b in blocks_of(read_plan(PLANS / name).plan)]


def test_a_kind_before_a_start_and_length_titles_the_block_with_its_words() -> None:
    result = read_plan(PLANS / "en-start-times-with-lengths.md")
    assert pinned(result.plan, 0) == [
        ("Welcome and setup", 15, "09:00"),
        ("Discussion: What makes a pipeline reliable?", 15, "09:15"),
        ("Demo: Reading files with pandas", 20, "09:30"),
        ("Activity: Load the weather data", 30, "09:50"),
        ("Review the loaded tables", 10, "10:20"),
    ]
    assert _notes("en-start-times-with-lengths.md") == [None] * 5
    assert warnings(result) == []


def test_a_kind_after_a_span_is_joined_but_a_place_after_it_stays_the_note() -> None:
    plan = read_plan(PLANS / "en-spans.md").plan
    assert pinned(plan, 0) == [
        ("Lab: Writing your first unit tests", 60, "09:00"),
        ("Quiz - Mocks and fakes", 45, "10:00"),
        ("Keynote", 60, "11:00"),
        ("Workshop", 60, "13:00"),
    ]
    assert _notes("en-spans.md") == [None, None, "Main Hall", "Room 2.14"]


def test_start_only_kinds_run_to_the_next_start_titled_whole() -> None:
    plan = read_plan(PLANS / "en-start-only-agenda.md").plan
    assert pinned(plan, 0) == [
        ("Talk: Why cache invalidation is hard", 40, "18:00"),
        ("Panel: Questions from the audience", 40, "18:40"),
        ("Q&A", 20, "19:20"),
        ("Closing", 10, "19:40"),
    ]
    assert _notes("en-start-only-agenda.md")[2] == "online"


def test_kinds_in_german_and_french_and_a_room_number_after_one() -> None:
    plan = read_plan(PLANS / "de-fr-kinds.md").plan
    assert pinned(plan, 0) == [
        ("Übung: Dialoge am Bahnhof hören", 90, "09:00"),
        ("Vortrag", 30, "10:30"),
        ("Atelier: écrire une lettre de motivation", 45, "11:00"),
    ]
    assert _notes("de-fr-kinds.md") == [None, "Raum 104", None]


def test_a_label_that_names_no_kind_stays_the_title_with_its_words_as_note() -> None:
    plan = read_plan(PLANS / "label-not-a-kind.md").plan
    assert pinned(plan, 0) == [
        ("Standup", 15, "08:00"),
        ("Check-in", 60, "09:00"),
        ("Review", 60, "10:00"),
    ]
    assert _notes("label-not-a-kind.md") == [
        "quick sync on the release",
        "Blue Hall",
        "Sprint board cleanup",
    ]
