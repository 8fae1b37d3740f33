"""A span's paragraph whose link text goes on to the next line (`9:20 - 10:30 - [Commits and
Branches` / `Explained](notes/commits.html) - Ana Ruiz`): one title, wrapped, not a title and a
note under it."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.described_spans import described
from tests.paths import DATA
from tests.reader_support import pinned

PLAN = DATA / "wrapped_link_titles" / "span-paragraph-links.md"


def test_a_wrapped_link_text_stays_whole_in_the_title() -> None:
    plan = read_plan(PLAN).plan
    assert pinned(plan, 0) == [
        ("Welcome and set-up", 20, "09:00"),
        ("Commits and Branches Explained - Ana Ruiz", 70, "09:20"),
        ("Remote repositories (GitHub Classroom)", 75, "10:45"),
    ]


def test_an_open_bracket_keeps_the_next_line_in_the_title() -> None:
    assert described("9:00 - 10:00 - [Intro to\nGit](x.html)") is None
    assert described("9:00 - 10:00 Reading (chapter 3,\nSection 2)") is None
    assert described("9:00 - 10:00 Wake up\nStretch first.") == (
        "9:00 - 10:00 Wake up",
        "Stretch first.",
    )
