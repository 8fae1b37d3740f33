"""Dutch lengths first on a list line (`- 1.30 uur Lezen`, `- 0.45 uur Schrijven`): 90 and 45
minutes, as `- Lezen 1.30 uur` is, never starts at 01:30 and 00:45."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.dotted_first_lengths import dotted_first_lengths
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "dotted_list_lengths"


def test_dotted_uur_before_six_first_on_a_line_is_a_length() -> None:
    result = read_plan(PLANS / "nl-lengte-eerst.md")
    assert pinned(result.plan, 0) == [
        ("Lezen over celdeling", 90, None),
        ("Schrijven van een samenvatting", 45, None),
        ("Oefenen met examenvragen", 120, None),
    ]
    assert warnings(result) == []


def test_numbered_and_bold_lengths_beside_an_untimed_line() -> None:
    result = read_plan(PLANS / "nl-genummerd-vet.md")
    assert pinned(result.plan, 0) == [
        ("Herhalen van de begrippen", 75, None),
        ("Flitskaarten", 30, None),
    ]
    assert result.plan.days[0].notes == ("Nakijken met de sleutel",)


def test_an_early_start_before_rising_morning_starts_stays_a_start() -> None:
    result = read_plan(PLANS / "nl-vroeg-opstaan.md")
    assert pinned(result.plan, 0) == [
        ("Opstaan en ontbijten", 90, "05:30"),
        ("Vertrek naar de sporthal", 120, "07:00"),
        ("Warming-up", 30, "09:00"),
    ]


def test_only_the_lengths_are_rewritten() -> None:
    text = (
        "- 1.30 uur Lezen\n- **0.45 uur** Schrijven\n- 2.00 uur: Oefenen\n\n```\n- 1.30 uur X\n```"
    )
    assert dotted_first_lengths(text) == (
        "- 1 uur 30 min Lezen\n- **45 min** Schrijven\n- 2 uur: Oefenen\n\n```\n- 1.30 uur X\n```"
    )
