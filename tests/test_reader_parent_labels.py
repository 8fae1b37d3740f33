"""A timed line over timed lines names their session by its title alone: no time, no link
brackets, no sentence from the line after its hard break."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "parent_labels"


def test_a_linked_parent_span_names_its_session_by_the_links_text() -> None:
    plan = read_plan(PLANS / "linked-parent-with-broken-line.md").plan
    assert [(b.title, b.at, b.session) for b in plan.days[0].variants[0].blocks] == [
        ("Team forming", "09:00", 'Hackathon "Build & ship"'),
        ("Build sprint", "10:30", 'Hackathon "Build & ship"'),
        ("Vectors", "13:00", "Maths / Physics"),
        ("Forces", "14:00", "Maths / Physics"),
    ]
