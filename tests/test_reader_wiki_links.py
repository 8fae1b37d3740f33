"""Wiki links in a title (`[[habits.stretching]], coffee`, `[[Physics/Optics|optics]]`) read
as their label, else their target, wherever they stand in it."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.title_links import linkless
from tests.paths import DATA
from tests.reader_support import pinned


def test_wiki_links_anywhere_in_a_title_are_their_text() -> None:
    plan = read_plan(DATA / "wiki_links" / "en-wiki-links-in-titles.md").plan
    assert pinned(plan, 0) == [
        ("habits.stretching, coffee", 45, "07:00"),
        ("Work through optics problem set", 90, "08:00"),
        ("swim", 60, "10:00"),
    ]


@pytest.mark.parametrize(
    ("title", "read"),
    [
        ("[[yoga]], breakfast", "yoga, breakfast"),
        ("Read [[Notes/Calculus|calculus notes]]", "Read calculus notes"),
        ("[[Lernen/Statistik|Statistik]] wiederholen", "Statistik wiederholen"),
        ("Repaso de [[Química]] y [[Física]]", "Repaso de Química y Física"),
    ],
)
def test_a_wiki_link_is_its_label_or_target(title: str, read: str) -> None:
    assert linkless(title) == read


@pytest.mark.parametrize(
    "title",
    ["[[slides][D1-talk]]", "![[diagram.png]]", "[[ ]] todo", "[[Docs](https://x.org)]"],
)
def test_other_double_brackets_are_not_wiki_links(title: str) -> None:
    assert "[" in linkless(title)
