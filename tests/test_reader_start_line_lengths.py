"""Start-time lines in a paragraph whose last line has its own length (`15:00 Closing (30 min)`)."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "start_line_lengths"


def test_hard_broken_lines_end_with_a_line_of_its_own_length() -> None:
    result = read_plan(PLANS / "hard-broken-lines.md")
    # The line before the last runs until the last one starts; the last lasts its own length.
    assert pinned(result.plan, 0) == [
        ("Registration and coffee", 60, "09:00"),
        ("Keynote on research methods", 180, "10:00"),
        ("Poster session", 120, "13:00"),
        ("Closing words", 30, "15:00"),
    ]
    assert result.plan.days[0].notes == ()
    assert warnings(result) == []


def test_lines_ended_by_br_end_with_a_line_of_its_own_length() -> None:
    result = read_plan(PLANS / "br-lines.md")
    assert pinned(result.plan, 0) == [
        ("Accueil des participants", 60, "09:30"),
        ("Atelier de méthodologie", 210, "10:30"),
        ("Visite des laboratoires", 120, "14:00"),
        ("Clôture", 45, "16:00"),
    ]
    assert warnings(result) == []
