"""A start after a line that runs past midnight (`Night shift 22-6`, then `7:00-9:00 Study`):
in order once that line has ended, though before its start; a start before the line above
that is not after such an end keeps its warning."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

ORDER = DATA / "shift_order"


def read(name: str) -> ReadResult:
    return read_plan(ORDER / name)


def test_study_after_a_night_shift_ends_is_not_out_of_order() -> None:
    result = read("en-study-after-a-night-shift.md")
    assert pinned(result.plan, 0) == [
        ("Pharmacology flashcards", 120, "07:00"),
        ("Case studies", 90, "09:30"),
    ]
    assert warnings(result) == ['4: read "Night shift" as busy time, not study']


def test_a_nachtschicht_written_as_a_clock_span() -> None:
    result = read("de-nachtschicht-dann-lernen.md")
    assert pinned(result.plan, 0) == [("Vokabeln", 120, "08:00")]
    assert warnings(result) == ['4: read "Nachtschicht" as busy time, not study']


def test_study_inside_a_night_shift_is_still_out_of_order() -> None:
    result = read("en-study-inside-a-night-shift-stays-warned.md")
    assert pinned(result.plan, 0) == [("Flashcards", 90, "05:00")]
    assert warnings(result) == [
        '4: read "Night shift" as busy time, not study',
        '5: "Flashcards" starts at 05:00, before the line above (22:00): kept at its written time',
    ]


def test_study_written_after_a_late_shift_but_before_it_is_still_out_of_order() -> None:
    result = read("en-study-before-a-late-shift-stays-warned.md")
    assert pinned(result.plan, 0) == [("Reading", 60, "09:00"), ("Essay", 90, "10:30")]
    assert warnings(result) == [
        '4: read "Late shift" as busy time, not study',
        '5: "Reading" starts at 09:00, before the line above (14:00): kept at its written time',
    ]


def test_study_after_an_early_shift_was_never_out_of_order() -> None:
    result = read("en-after-an-early-shift.md")
    assert pinned(result.plan, 0) == [("Study", 120, "15:00"), ("Past paper", 60, "17:30")]
    assert warnings(result) == ['4: read "Early shift" as busy time, not study']
