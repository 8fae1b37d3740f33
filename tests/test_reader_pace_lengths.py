"""A length per question, problem or card (`- [ ] Average 1 minute per question`, `90 seconds
each MCQ`) is a pace to keep, said as the day's note, not a block of a minute."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.pace_lengths import is_pace
from tests.paths import DATA

FOLDER = DATA / "pace-lengths"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def lengths(result: ReadResult) -> list[list[tuple[str, int, str | None]]]:
    return [
        [(b.title, b.min_minutes, b.at) for v in d.variants for b in v.blocks]
        for d in result.plan.days
    ]


def test_paces_among_a_days_targets_are_notes_not_blocks() -> None:
    result = read("targets-pace-per-question.md")
    assert lengths(result) == [
        [("Percentage shortcuts", 60, "09:00"), ("Timed drill", 60, "10:00")]
    ]
    notes = result.plan.days[0].notes
    assert "[ ] Average 1 minute per question" in notes
    assert "[ ] Keep to 90 seconds each MCQ" in notes


def test_lengths_of_work_per_day_or_section_stay_blocks() -> None:
    result = read("near-miss-lengths-of-work.md")
    assert lengths(result) == [
        [("Practice 20 problems", 45, None), ("Flashcards", 15, None), ("Review errors", 30, None)]
    ]


def test_pace_is_read_only_right_after_the_length() -> None:
    text = "Average 1 minute per question"
    assert is_pace(text, text.index(" per"))
    assert not is_pace("Drill 20 min, then 5 questions", len("Drill 20 min"))
