"""A part of the day whose heading ends with its length outside brackets (`## Warm-up **15
min**`, `### Morning – 45 min`, `### Evening: 30 minutes`) over timed lines: the session is
named without the length (`Warm-up`, `Morning`), as `### Morning (45 min)` always was."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.session_titles import section_name
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings


def _sessions(name: str) -> list[tuple[str, int, str | None]]:
    result = read_plan(DATA / "session_length_names" / name)
    assert warnings(result) == []
    return [(b.title, b.min_minutes, b.session) for _, b in blocks_of(result.plan)]


def test_a_bold_length_after_the_heading_is_not_in_the_session() -> None:
    assert _sessions("bold-length-headings.md") == [
        ("Roll patterns", 10, "Warm-up"),
        ("Chord switches", 5, "Warm-up"),
        ("New tune, slow", 15, "Repertoire"),
        ("Old tune at speed", 10, "Repertoire"),
    ]


def test_a_length_after_a_dash_or_a_colon_is_not_in_the_session() -> None:
    assert _sessions("dash-length-parts.md") == [
        ("Vocabulary deck", 20, "Morning"),
        ("Grammar workbook", 25, "Morning"),
        ("Drama episode with subtitles", 30, "Evening"),
    ]


def test_a_heading_that_is_only_a_length_stays_as_written() -> None:
    assert _sessions("length-only-heading.md") == [
        ("Home row drills", 10, "20 min"),
        ("Speed test", 10, "20 min"),
    ]


def test_times_of_day_and_words_after_the_length_are_kept() -> None:
    assert section_name("Mañana 9:00 - 12:00", None) == "Mañana 9:00 - 12:00"
    assert section_name("Block 2 – 45 min of drills", None) == "Block 2 – 45 min of drills"
    assert section_name("Morning Session (2.5 hours): Arrays", None) == ("Morning Session: Arrays")
    assert section_name("Evening", "Evening") == "Evening"
