"""A paragraph that ends on a weekday's full name alone in capitals (`WEEKEND PLAN (6 HOURS)` over
`SATURDAY`): the weekday starts its day, as a line of its own would."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.label_tails import weekday_tail
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

SMALL = DATA / "weekday_tails"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def test_a_capital_weekday_under_a_label_starts_its_day() -> None:
    result = read("capital-weekday-under-a-label.md")
    assert day_blocks(result.plan) == [
        ("sat", [("Chapter test", 60, None), ("Test analysis", 120, None)]),
        ("sun", [("Previous year papers", 180, None)]),
    ]
    assert [d.title for d in result.plan.days] == ["SATURDAY", "SUNDAY"]
    assert warnings(result) == ['1: "WEEKEND PLAN (6 HOURS)" is in no day: not read']


def test_a_weekday_in_lower_case_stays_in_its_sentence() -> None:
    result = read("lowercase-weekday-stays-in-its-sentence.md")
    assert day_blocks(result.plan) == [(None, [("Optics numericals", 120, None)])]
    assert list(result.plan.days[0].notes) == [
        "Revise the week's formulas and meet the study group every Monday"
    ]


def test_an_exam_in_capitals_is_no_weekday() -> None:
    result = read("capital-exam-name-is-no-weekday.md")
    assert day_blocks(result.plan) == [("fri", [("Reading drills", 45, None)])]
    assert list(result.plan.days[0].notes) == ["Practice reading passages for the SAT"]


def test_only_a_full_weekday_in_capitals_ends_the_paragraph() -> None:
    assert weekday_tail(["⭐ 3. WEEKEND PLAN (8–10 HOURS)", "SATURDAY"])
    assert weekday_tail(["Weekend", "**SUNDAY:**"])
    assert not weekday_tail(["SATURDAY"])
    assert not weekday_tail(["meet every", "Monday"])
    assert not weekday_tail(["practice for the", "SAT"])
    assert not weekday_tail(["WEEKEND PLAN", "REVISION"])
