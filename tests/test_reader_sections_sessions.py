"""Sessions inside a day: time-range sections over start times, notes sections, guessed lengths."""

from __future__ import annotations

from planexport.model import Block, Plan
from planexport.reader import ReadResult, read_plan
from tests.paths import DATA

PLANS = DATA / "plans"


def read(name: str) -> ReadResult:
    return read_plan(PLANS / name)


def blocks(plan: Plan, index: int = 0) -> list[Block]:
    day = plan.days[index]
    assert len(day.variants) == 1
    return list(day.variants[0].blocks)


def pinned(plan: Plan) -> list[tuple[str, int, str | None, str | None]]:
    return [(b.title, b.min_minutes, b.at, b.session) for b in blocks(plan)]


def warnings(result: ReadResult) -> list[str]:
    return [f"{w.line}: {w.message}" for w in result.warnings]


def test_a_section_with_a_time_range_is_a_session_of_its_start_time_lines() -> None:
    result = read("sections-range-sessions.md")
    # Each start lasts until the next; the last of a section until the section's end
    # (Errands until 12:00, Flashcards until 23:00). Lunch is a gap, "23:00 Sleep" at the
    # section's end is no block, and each section keeps its own name.
    assert pinned(result.plan) == [
        ("Reading", 90, "08:00", "Morning"),
        ("Vocabulary", 60, "09:30", "Morning"),
        ("Errands", 90, "10:30", "Morning"),
        ("Sport", 120, "12:00", "Midday"),
        ("Afternoon", 120, "15:00", "Afternoon"),
        ("Flashcards", 120, "21:00", "Night"),
    ]
    # the bold label titles each line, what follows it is the note
    assert blocks(result.plan)[0].note == "chapter 4"
    assert warnings(result) == []
    # Emphasis around a time is dropped from notes (the line is otherwise as written).
    assert "[ ] 23:00 Sleep: lights out" in result.plan.days[0].notes


def test_a_section_with_a_time_range_over_untimed_lines_is_one_block() -> None:
    afternoon = blocks(read("sections-range-sessions.md").plan)[4]
    assert afternoon.note == "Catch up on whatever is left."  # no italics around it
    assert [i.text for i in afternoon.items] == ["[ ] **Activity:**"]


def test_a_logistics_section_after_the_agenda_holds_notes_not_blocks() -> None:
    result = read("sections-logistics-notes.md")
    assert pinned(result.plan) == [
        ("Keynote", 60, "09:00", "Morning"),
        ("Workshop: spaced repetition", 90, "10:30", "Morning"),
    ]
    notes = result.plan.days[0].notes
    assert "08:00: Shuttle from the hotels" in notes
    assert "**Setup**: 07:00 - 08:00" in notes
    assert warnings(result) == []


def test_a_length_read_from_the_next_start_stops_at_the_next_block_of_the_day() -> None:
    result = read("sections-start-times-clipped.md")
    # "08:00 Reading" runs until the lecture at 10:00, not until the next line's 13:00.
    assert pinned(result.plan) == [
        ("Lecture", 60, "10:00", None),
        ("Reading", 120, "08:00", None),
        ("Review", 30, "13:00", None),
    ]
    assert warnings(result) == []


def test_a_length_read_from_the_next_start_over_four_hours_is_kept_with_a_warning() -> None:
    result = read("sections-start-times-capped.md")
    assert pinned(result.plan) == [
        ("Project work", 390, "08:00", None),
        ("Review", 30, "14:30", None),
    ]
    assert warnings(result) == [
        '4: "Project work" has only a start time and the next one is 6h30 later: read as lasting '
        "until then (over 4 hours)"
    ]


def test_a_notes_label_over_a_list_makes_it_notes_but_review_notes_is_agenda() -> None:
    result = read("sections-notes-label.md")
    # "**Logistics:**" over start times: notes; "### Review notes" is a part of the day.
    assert pinned(result.plan) == [
        ("Lecture", 90, "09:00", None),
        ("Lab", 75, "10:45", None),
        ("Flashcards", 60, "14:00", None),
    ]
    assert result.plan.days[0].notes == (
        "Logistics:",
        "08:00: Doors open",
        "18:00: Doors close",
    )
    assert warnings(result) == []
