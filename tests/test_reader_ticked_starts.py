"""Daily notes that tick their timed lines (`- [x] 07:30 Note review`, Logseq's `- DONE 07:30
…` under `- Morning`): an agenda of starts as unticked, done; a part's last start runs on to
the next part's first; a time alone over its tasks (`- [x] 13:00` over `- [x] [[Notes/Calc|
calculus]]`) is titled by the first of them."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import load, read_plan
from tests.paths import DATA

PLANS = DATA / "ticked_starts"


def blocks(plan: Plan) -> list[tuple[str, int, str | None, bool]]:
    (day,) = plan.days
    (variant,) = day.variants
    return [(b.title, b.min_minutes, b.at, b.done) for b in variant.blocks]


def messages(name: str) -> list[str]:
    return [f"{w.line}: {w.message}" for w in read_plan(PLANS / name).warnings]


def test_ticked_start_times_are_an_agenda_of_done_blocks() -> None:
    plan = load(PLANS / "ticked-day-note-parts.md")
    assert blocks(plan) == [
        ("Flash cards", 45, "07:15", True),
        # the last start of "### Midday" runs on until "### Afternoon" starts
        ("Statistics problem set", 165, "08:45", True),
        ("Spanish podcast and notes", 90, "12:30", True),
        ("Review the week's errors", 90, "14:00", False),  # not ticked: not done
        ("Walk", 90, "15:30", True),
    ]
    notes = plan.days[0].notes
    assert "08:00 Breakfast" in notes  # meals: gaps, kept as notes
    assert "11:30 Lunch" in notes
    assert messages("ticked-day-note-parts.md") == [
        '23: "17:00 Journal" has a start time but no length: kept as a note'
    ]


def test_a_time_alone_over_its_tasks_is_titled_by_the_first_task() -> None:
    plan = load(PLANS / "ticked-time-over-subtasks.md")
    assert blocks(plan) == [
        ("Eigenvalues, chapter 5", 120, "09:00", True),  # a wiki link's label, no box
        ("Mail the tutor", 60, "11:00", True),
        ("Seminar on proofs", 60, "12:30", False),
        ("Lab report draft", 90, "13:30", True),
        ("Gym", 60, "15:00", False),
    ]
    first = plan.days[0].variants[0].blocks[0]
    assert [i.text for i in first.items] == [
        "[x] [[Courses/Linear algebra|Eigenvalues, chapter 5]]",
        "[x] [[Exercise sheet 4]]",
    ]
    second = plan.days[0].variants[0].blocks[1]
    assert second.items == ()  # its one task is its title, not an item too
    assert messages("ticked-time-over-subtasks.md") == []


def test_a_last_start_before_a_long_pause_is_not_stretched_over_it() -> None:
    plan = load(PLANS / "ticked-start-before-long-pause.md")
    assert blocks(plan) == [
        ("Piano scales", 45, "08:00", True),
        ("Sketching", 90, "18:00", True),
        ("Film club", 120, "19:30", True),
    ]
    assert messages("ticked-start-before-long-pause.md") == [
        '5: "08:45 Reading for the seminar" has a start time but no length'
    ]


def test_logseq_markers_before_times_are_read_as_task_states() -> None:
    plan = load(PLANS / "logseq-journal-markers.md")
    (day,) = plan.days
    (variant,) = day.variants
    assert [(b.title, b.min_minutes, b.at, b.done, b.session) for b in variant.blocks] == [
        ("Flashcards, French", 45, "06:45", True, "Morning"),  # DONE: done
        ("Lecture notes, week 3", 150, "08:00", False, "Morning"),  # breakfast 07:30 a gap
        ("Office hours", 45, "10:30", False, "Morning"),  # TODO before a span
        ("Problem set 5", 120, "13:00", False, "Afternoon"),  # LATER
        ("Run", 45, "15:00", False, "Afternoon"),
    ]
    assert day.notes == ("TODO Return the library books",)  # untimed: a note as written
    assert messages("logseq-journal-markers.md") == []


def test_lettered_parts_of_the_day_are_sessions_not_unread_days() -> None:
    plan = load(PLANS / "lettered-parts-of-the-day.md")
    (day,) = plan.days
    (variant,) = day.variants
    assert [(b.title, b.min_minutes, b.at, b.session) for b in variant.blocks] == [
        ("Stretching", 45, "07:00", "A. Morning"),
        ("Chemistry past paper", 135, "08:00", "A. Morning"),  # until the break at 10:15
        ("Group project meeting", 90, "13:00", "B. Afternoon"),
        ("Piano practice", 45, "14:30", "B. Afternoon"),
    ]
    assert day.notes == ("[ ] 10:15 Break",)
    assert messages("lettered-parts-of-the-day.md") == []
