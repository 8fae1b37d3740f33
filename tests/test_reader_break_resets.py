"""A break joined to a reset or a recharge (`Break & Mental Reset`, `Break + recharge`) is a
pause between blocks, not a block; a break joined to work (`Break and mental math drills`) stays
a block."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.blocks import is_break
from tests.paths import DATA

FOLDER = DATA / "break-resets"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def timed(result: ReadResult) -> list[list[tuple[str, int, str | None]]]:
    return [
        [(b.title, b.min_minutes, b.at) for v in d.variants for b in v.blocks]
        for d in result.plan.days
    ]


def test_break_with_a_reset_or_recharge_is_a_gap() -> None:
    result = read("break-and-mental-reset.md")
    assert timed(result) == [
        [
            ("Mock Paper 1", 120, "09:00"),
            ("Error Analysis", 60, "11:30"),
            ("Formula sheet review", 45, "14:15"),
        ]
    ]
    assert result.plan.days[0].weekday == "wed"


def test_break_joined_to_work_stays_a_block() -> None:
    result = read("near-miss-break-and-drills.md")
    assert timed(result) == [
        [("Break and mental math drills", 60, "09:00"), ("Water cycle revision", 45, "10:00")]
    ]


def test_reset_words_alone_make_no_break() -> None:
    assert is_break("Break & Mental Reset")
    assert is_break("Pause / hydrate")
    assert not is_break("Mental math reset drills")
