"""A title written between two plus marks (`+ Opening talk +`, `+Bienvenida+`) is the words
between them: the marks say the block is mandatory, they are no part of its name."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.title_markup import plain_title
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "plus_marks"


def test_bold_plus_marks_in_a_table() -> None:
    result = read_plan(PLANS / "en-table-bold-plus.md")
    assert pinned(result.plan, 0) == [
        ("Opening talk", 30, "17:00"),
        ("Team forming", 60, "17:30"),
        ("Rules briefing", 30, "18:30"),
    ]
    assert warnings(result) == []


def test_plus_marks_in_a_list_and_a_plus_inside_a_title() -> None:
    plan = read_plan(PLANS / "de-list-plus.md").plan
    assert pinned(plan, 0) == [
        ("Begrüßung", 30, "09:00"),
        ("Arbeit in Gruppen", 90, "09:30"),
        ("C++ Kurzvortrag", 30, "11:00"),
    ]


def test_plus_marks_without_spaces() -> None:
    plan = read_plan(PLANS / "es-table-plus.md").plan
    assert pinned(plan, 0) == [
        ("Bienvenida", 30, "10:00"),
        ("Taller de git", 90, "10:30"),
        ("2 + 2", 15, "12:00"),
    ]


def test_only_a_title_wrapped_whole_loses_its_marks() -> None:
    assert plain_title("+ Event Kickoff +") == "Event Kickoff"
    assert plain_title("**+ Event Kickoff +**") == "Event Kickoff"
    for title in ("C++", "+1 review", "Review +", "1 + 2 + 3", "+ C++ +"):
        assert plain_title(title) == title, title
