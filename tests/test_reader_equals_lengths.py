"""`chapter 3 = 25 min; short break = 5 min`: an equals sign between a name and its length
names the length, as a colon would; only after lengths does it state their sum."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.stated_totals import stated_total
from tests.paths import DATA
from tests.reader_support import blocks_of

EQUALS = DATA / "equals_lengths"


def test_a_name_and_its_length_joined_by_an_equals_sign() -> None:
    plan = read_plan(EQUALS / "name-equals-length.md").plan
    # was: "warm-up =" 10, "chapter 3 =" 5 (the break's length), "notes =" 10
    assert [(b.title, b.min_minutes) for _, b in blocks_of(plan)] == [
        ("warm-up", 10),
        ("chapter 3", 25),
        ("notes", 15),
        ("flashcards", 10),
        ("recap", 10),
    ]


def test_an_equals_sign_after_lengths_is_still_their_total() -> None:
    total = stated_total("recap: 4 min outline, 6 min quiz = 10 min")
    assert total is not None
    assert (total.title, total.found.lo) == ("recap", 10)
    assert stated_total("chapter 3 = 25 min; short break = 5 min") is None
