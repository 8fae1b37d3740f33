"""A row of a table that names a numbered part of the programme and holds no time (`| Part 1:
Diagnosing a fault |  |`): the rows below are that part (their session), up to the next part;
it was a row skipped with a warning. Words that only start so (`Partial derivatives`) stay rows."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

FOLDER = DATA / "part_rows"


def test_numbered_part_rows_are_the_sessions_of_the_rows_below() -> None:
    result = read_plan(FOLDER / "numbered-part-rows.md")
    blocks = [(b.title, b.min_minutes, b.session) for v in result.plan.days[0].variants
              for b in v.blocks]  # fmt: skip
    assert blocks == [
        ("Welcome", 10, None),
        ("Listening to the owner", 20, "Part 1: Diagnosing a fault"),
        ("Opening the case safely", 30, "Part 1: Diagnosing a fault"),
        ("Replacing a fuse", 25, "Part 2: Fixing and logging"),
        ("Writing the repair log", 15, "Part 2: Fixing and logging"),
    ]
    assert warnings(result) == []


def test_words_that_start_like_a_part_stay_rows() -> None:
    result = read_plan(FOLDER / "partial-words-stay-rows.md")
    assert [(b.title, b.session) for v in result.plan.days[0].variants for b in v.blocks] == [
        ("Partial derivatives, chapter 4", None),
        ("Participle drills", None),
    ]
