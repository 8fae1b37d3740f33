"""A length and a note after a dash in one bracket (`**Deep Work (90 min – no phone)**`, `###
Scales (20 minutes – metronome at 80)`): one block of that length, titled by the words before
the bracket, the note its note; beside a clock span the words stay in the title's bracket, and
a range, a second length or a comma note reads as before."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, blocks_with_items, pinned, warnings

PLANS = DATA / "bracket_notes"


def test_bold_titles_with_a_dashed_note_in_their_length_bracket() -> None:
    result = read_plan(PLANS / "en-bold-length-dash-note.md")
    assert blocks_with_items(result.plan) == [
        ("Flexible Block", 60, None, ["leftover integrals", "unread handouts"]),
        ("Deep Work", 90, None, []),
        ("Past Papers", 120, None, []),
    ]
    assert [b.note for _, b in blocks_of(result.plan)] == [
        "catch up on anything missed",
        "no phone",
        "timed conditions",
    ]
    assert warnings(result) == []


def test_headings_with_a_dashed_note_in_their_length_bracket() -> None:
    result = read_plan(PLANS / "en-heading-length-dash-note.md")
    assert pinned(result.plan, 0) == [
        ("Scales", 20, None),
        ("Sight reading", 30, None),
        ("Cool down", 10, None),
    ]
    notes = [b.note for _, b in blocks_of(result.plan)]
    assert notes[0] == "metronome at 80"
    assert notes[1] is not None
    assert notes[1].startswith("new pieces only")
    assert warnings(result) == []


def test_beside_a_clock_span_the_note_stays_in_the_title_without_its_length() -> None:
    result = read_plan(PLANS / "en-spanned-line-keeps-words.md")
    assert pinned(result.plan, 0) == [
        ("Titration (second attempt)", 60, "09:00"),
        ("Write-up (results table)", 30, "10:15"),
    ]
    assert warnings(result) == []


def test_a_range_and_a_comma_note_read_as_before() -> None:
    plan = read_plan(PLANS / "en-range-and-break-stay.md").plan
    assert [(b.title, b.min_minutes, b.max_minutes) for _, b in blocks_of(plan)] == [
        ("Stretching", 20, 30),
        ("Walk (by the river)", 40, 40),
    ]
