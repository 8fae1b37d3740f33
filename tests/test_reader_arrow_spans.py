"""Clock spans written with an arrow, as notes apps turn `->` into (`07:30 → 08:15 Anki`,
`08:15 -> 10:00`, `10:00 => 10:30`): spans as with a dash, never a start titled `08:15 Anki`."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "arrow_spans"


def test_arrows_between_two_times_make_spans() -> None:
    result = read_plan(PLANS / "arrow-time-blocks.md")
    (day,) = result.plan.days
    (variant,) = day.variants
    assert [(b.title, b.min_minutes, b.at) for b in variant.blocks] == [
        ("Anki reviews", 45, "07:30"),
        ("Thesis: methods section", 105, "08:15"),
        ("Inbox zero", 30, "10:00"),
        ("Seminar reading", 90, "10:30"),
    ]
    # lengths with an arrow between them are a change, not a span: the line stays a note
    assert day.notes == ("Reading speed went from 30 → 25 min per article",)
    assert not result.warnings
