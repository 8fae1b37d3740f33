"""An appendix after the days that names a day (`## Day 1 Quiz Answers`, `## Day 3 Solutions`)
is no day: it is said skipped on its line, and the days before it read as written."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

APPENDICES = DATA / "day_appendices"


def _appendix(line: int, heading: str) -> str:
    return f'{line}: "{heading}" after the days is an appendix: not a day'


def test_answers_to_an_earlier_day_are_no_second_day() -> None:
    result = read_plan(APPENDICES / "repeated-day-answers.md")
    assert days(result.plan) == [(None, None, "Day 1"), (None, None, "Day 2")]
    assert pinned(result.plan, 0) == [("The night sky", 60, "18:00"), ("Star charts", 45, "19:15")]
    assert warnings(result) == [_appendix(10, "Day 1 Quiz Answers")]


def test_solutions_under_a_new_number_are_no_empty_day() -> None:
    result = read_plan(APPENDICES / "new-day-solutions.md")
    assert [d.title for d in result.plan.days] == ["Day 1", "Day 2"]
    assert pinned(result.plan, 1) == [("Planets and moons", 90, "18:00")]
    assert warnings(result) == [_appendix(9, "Day 3 Solutions")]


def test_a_timed_day_titled_solutions_stays_a_day() -> None:
    result = read_plan(APPENDICES / "timed-solutions-day.md")
    assert [d.title for d in result.plan.days] == ["Day 1", "Day 2", "Solutions"]
    assert pinned(result.plan, 2) == [("Worked problems on orbits", 45, "18:00")]
    assert warnings(result) == []
