"""A block titled by an aliased wiki link (`[[Courses/Statistics/Week 4|Regression exercises]]
(90 min)`): the title is the link's label, as the note shows it, not its target and label."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "wiki_titles"


def test_an_aliased_wiki_link_that_opens_a_title_is_its_label() -> None:
    result = read_plan(PLANS / "aliased-wiki-links-in-block-titles.md")
    (day,) = result.plan.days
    (variant,) = day.variants
    assert [(b.title, b.min_minutes, b.at) for b in variant.blocks] == [
        ("Regression exercises", 90, None),
        ("Call with Ana about the project", 60, "14:00"),
        ("Spanish vocabulary", 30, None),
    ]
    assert not result.warnings
