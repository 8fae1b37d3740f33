"""A numbered word opening a title with no mark after it (`Session 1 handouts`) is the title."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

LABELS = DATA / "unseparated_labels"


def _blocks(name: str) -> list[tuple[str, str | None, int, str | None]]:
    plan = read_plan(LABELS / name).plan
    return [
        (b.title, b.label, b.min_minutes, b.at)
        for d in plan.days
        for v in d.variants
        for b in v.blocks
    ]


def test_a_numbered_word_with_no_mark_after_it_stays_in_the_title() -> None:
    assert _blocks("numbered-words-in-titles.md") == [
        ("Welcome", None, 20, "09:00"),
        ("Session 1 handouts", None, 40, "09:20"),
        ("Part 2 role play", None, 45, "10:00"),
        ("Step 3 feedback round", None, 30, "10:45"),
    ]


def test_a_label_set_off_by_a_colon_or_dash_is_still_a_label() -> None:
    assert _blocks("separated-labels-stay-labels.md") == [
        ("Marking practice", "Session 1", 45, None),
        ("Role play", "Part 2", 30, None),
        ("Session 3 review of the day", None, 20, None),
    ]
