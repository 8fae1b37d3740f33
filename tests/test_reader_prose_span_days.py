"""A plan of prose whose one sentence gives the day's hours in words (`Les ateliers ont lieu de
9h à 12h et de 13h30 à 17h.`) is one day, a pinned block per span, titled by what takes place;
two such sentences are refused as before (a weekday's hours are read in
test_reader_prose_weekdays)."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.model import Plan
from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "prose_span_days"


def blocks(plan: Plan) -> list[tuple[str, int, str | None]]:
    return [(b.title, b.min_minutes, b.at) for d in plan.days for v in d.variants for b in v.blocks]


def test_a_french_sentence_with_two_spans_is_a_day_of_two_blocks() -> None:
    read = read_plan(PLANS / "fr-ateliers-two-spans.md")
    assert len(read.plan.days) == 1
    assert blocks(read.plan) == [("Ateliers", 180, "09:00"), ("Ateliers", 210, "13:30")]
    assert read.plan.days[0].notes == (
        "Les ateliers ont lieu de 9h à 12h et de 13h30 à 17h.",
        "Prévoir un tablier.",
    )
    assert read.warnings == ()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("en-classes-from-to.md", [("Classes", 210, "09:00"), ("Classes", 210, "14:00")]),
        ("de-von-bis-uhr.md", [("Unterricht", 210, "09:00"), ("Unterricht", 120, "14:00")]),
        ("nl-van-tot-uur.md", [("Lessen", 210, "09:00"), ("Lessen", 150, "13:30")]),
    ],
)
def test_hours_in_words_in_a_sentence_are_the_day_s_blocks(
    name: str, expected: list[tuple[str, int, str]]
) -> None:
    assert blocks(read_plan(PLANS / name).plan) == expected


@pytest.mark.parametrize(
    ("name", "span"),
    [("two-sentences-stay-refused.md", "from 18:00 to 19:30")],
)
def test_two_sentences_are_refused_as_before(name: str, span: str) -> None:
    with pytest.raises(PlanError) as raised:
        read_plan(PLANS / name)
    assert str(raised.value).endswith(
        f'1 line gives a span of clock time in a form not read as a block (line 3: "{span}"))'
    )
