"""A timed heading numbered before a name in code or quotes (`#### 2. `append()` versus
`extend()` (20 minutes)`, `#### 3. "Two Sum" by hand`): the number orders the parts and is left
out of the title, as it is before a plain word."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.heading_numbers import unnumbered_title
from tests.paths import DATA
from tests.reader_support import blocks_of

CASE = DATA / "numbered_code_titles" / "one-edge-case.md"


def test_the_number_before_code_or_a_quote_is_left_out() -> None:
    plan = read_plan(CASE).plan
    titles = [(b.title, b.min_minutes) for _, b in blocks_of(plan)]
    assert titles[0] == ("Read the chapter on lists", 30)
    assert titles[1][0].startswith("`append")
    assert titles[1][1] == 20
    assert titles[2] == ('"Two Sum" by hand', 40)


def test_a_number_before_a_number_or_a_month_stays() -> None:
    assert unnumbered_title("2. `einzahlen()` implementieren") == "`einzahlen()` implementieren"
    assert unnumbered_title("2. 3 sets") == "2. 3 sets"
    assert unnumbered_title("9. Mai") == "9. Mai"
