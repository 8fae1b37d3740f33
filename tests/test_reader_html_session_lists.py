"""A list beside a session's name in an HTML timetable of joined columns (`<td><strong>Lightning
talks</strong></td><td><ul><li>…</li></ul></td>`) is the session's items, not a parallel session
whose first talk joins the title."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

PLANS = DATA / "html_session_lists"


def test_the_talks_listed_beside_a_session_are_its_items() -> None:
    result = read_plan(PLANS / "en-talks-listed-beside-the-session.md")
    assert blocks_with_items(result.plan) == [
        # two plain cells stay one block titled by both, as before
        ("Field walk / Meet at the north gate", 90, "09:00", []),
        (
            "Lightning talks",
            45,
            "11:00",
            ["Wader counts on the estuary", "Owl pellets: what they tell us", "Ringing swallows"],
        ),
    ]
    assert warnings(result) == [
        "5: parallel sessions in one row of an HTML table are read as one block titled by all "
        "of them"
    ]
