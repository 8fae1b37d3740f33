"""A log of what was done beside a planned schedule is a record: the plan is read, the log is
left out with one warning on its heading."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, days, pinned, warnings

LOGS = DATA / "actual_logs"


def _skipped(line: int, heading: str) -> str:
    return f'{line}: "{heading}" is read as a log of what was done, not as the plan: skipped'


def test_a_log_table_after_the_planned_schedule_is_skipped_once() -> None:
    result = read_plan(LOGS / "planned-then-log.md")
    assert days(result.plan) == [(None, None, "Study day")]
    assert pinned(result.plan, 0) == [
        ("Graph theory", 90, "09:00"),
        ("Compilers", 75, "10:45"),
    ]
    assert warnings(result) == [_skipped(11, "Actual log")]


def test_a_log_under_each_day_is_skipped_in_each_day() -> None:
    result = read_plan(LOGS / "log-under-each-day.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Thermodynamics", 90, "09:00"), ("Organic chemistry", 75, "10:45")]),
        ("tue", [("Statistics", 90, "14:00")]),
    ]
    assert warnings(result) == [_skipped(12, "Actual log"), _skipped(25, "Time log")]


def test_a_log_left_empty_to_fill_in_is_said_skipped() -> None:
    result = read_plan(LOGS / "log-empty-table.md")
    assert pinned(result.plan, 0) == [
        ("Vocabulary drills", 90, "08:30"),
        ("Grammar exercises", 90, "10:15"),
    ]
    assert warnings(result) == [_skipped(10, "What I actually did")]


def test_a_log_before_the_plan_is_skipped_too() -> None:
    result = read_plan(LOGS / "log-first.md")
    assert pinned(result.plan, 0) == [("Flashcards", 30, "07:30"), ("Essay outline", 90, "08:00")]
    assert warnings(result) == [_skipped(3, "Time log")]


def test_logs_are_named_in_other_languages() -> None:
    german = read_plan(LOGS / "de-ist.md")
    assert pinned(german.plan, 0) == [("Mechanik", 90, "09:00"), ("Optik", 60, "11:00")]
    assert warnings(german) == [_skipped(10, "Ist")]
    spanish = read_plan(LOGS / "es-registro-real.md")
    assert pinned(spanish.plan, 0) == [("Geografía", 90, "16:00"), ("Química", 75, "17:45")]
    assert warnings(spanish) == [_skipped(10, "Registro real")]


def test_a_plan_that_is_only_a_log_is_read_as_written() -> None:
    result = read_plan(LOGS / "log-only.md")
    assert days(result.plan) == [("wed", None, "Wednesday")]
    assert pinned(result.plan, 0) == [("Piano scales", 75, "18:00"), ("Sight reading", 30, "19:30")]
    assert result.warnings == ()


def test_a_heading_with_log_among_other_words_stays_a_heading() -> None:
    result = read_plan(LOGS / "log-words-in-a-title.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Shell basics", 60, "09:00")]),
        ("tue", [("Reading server logs", 60, "10:15")]),
    ]
    assert result.warnings == ()


def test_a_log_heading_with_its_date_is_a_log() -> None:
    result = read_plan(LOGS / "dated-log-heading.md")
    assert day_blocks(result.plan) == [
        ("wed", [("Literature review", 90, "09:00"), ("Methods chapter", 60, "11:00")]),
    ]
    assert warnings(result) == [_skipped(10, "Time log – Wednesday 4 March")]
