"""A list item's dash written against its bold title (`-**Práctica (1h)**: ejercicios`): an item
as a person reads it, not more words of the item above nor a title starting with a dash."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.tight_marks import tight_marks
from tests.paths import DATA


def test_a_dash_against_a_bold_title_is_an_item_of_its_own() -> None:
    result = read_plan(DATA / "tight_marks" / "dash-against-bold.md")
    blocks = [
        (d.weekday, [(b.title, b.min_minutes, b.note) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ]
    assert blocks == [
        (
            "mon",
            [
                ("Teoría", 60, "derivadas"),
                ("Práctica", 60, "ejercicios 1-20"),
                ("Repaso", 30, "fórmulas"),
            ],
        ),
        ("tue", [("Theory", 45, "integrals"), ("Problems", 60, "set B")]),
    ]
    assert result.warnings == ()


def test_other_dashes_and_stars_stay_as_written() -> None:
    for line in ("---**", "***Bold italic***", "- **Spaced**", "a-**b**", "-** spaced inside"):
        assert tight_marks(line) == line
    assert tight_marks("> -**Quoted (5 min)**") == "> - **Quoted (5 min)**"
