"""A bold day label, then the title (`**Day 1:** Subjunctive`): the day is titled by those words."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items

LABELS = DATA / "bold_day_labels"


def read(name: str) -> ReadResult:
    return read_plan(LABELS / name)


def test_the_words_after_a_bold_day_label_title_the_day() -> None:
    result = read("label-then-title.md")
    assert [(d.week, d.number, d.title) for d in result.plan.days] == [
        (1, 1, "Subjunctive after wishes and doubts"),
        (1, 2, "Past tenses side by side"),
        (1, 3, "Mock reading paper"),
        (2, 4, "Describing photographs"),
    ]
    assert [d.notes for d in result.plan.days][:2] == [(), ()]


def test_the_days_blocks_stay_their_items_and_a_length_after_the_title_is_the_days() -> None:
    result = read("label-then-title.md")
    assert [(b[0], b[1], b[3]) for b in blocks_with_items(result.plan)] == [
        ("Read the rule summary", 20, []),
        ("Fill-in exercises", 40, []),
        ("Preterite vs imperfect drills", 45, []),
        ("Mock reading paper", 90, ["Tasks 1 to 4 under exam timing"]),
        ("Record two answers", 30, []),
    ]
    assert result.warnings == ()
