"""Noon and midnight end or start a clock span in the seven languages (`9 am till noon`,
`22:00 - Mitternacht`, `9h à midi`), and `til` joins two clock times as `till` does."""

from __future__ import annotations

import pytest

from planexport.reader.durations import find_duration
from tests.paths import DATA
from tests.reader_support import quiet_blocks

NOON = DATA / "noon_words"


def timed(name: str) -> list[tuple[str, int, str | None]]:
    return quiet_blocks(NOON / name)


@pytest.mark.parametrize(
    ("text", "at", "minutes"),
    [
        ("9 am till noon", 9 * 60, 180),
        ("12 noon - 1 pm", 12 * 60, 60),
        ("noon–1pm", 12 * 60, 60),
        ("10 pm - midnight", 22 * 60, 120),
        ("10 pm - 12 midnight", 22 * 60, 120),
        ("9:00 bis Mittag", 9 * 60, 180),
        ("9:00 bis mittags", 9 * 60, 180),
        ("22:00 - Mitternacht", 22 * 60, 120),
        ("10:00 - mediodía", 10 * 60, 120),
        ("22:00 a medianoche", 22 * 60, 120),
        ("9h à midi", 9 * 60, 180),
        ("22h - minuit", 22 * 60, 120),
        ("9:00 - mezzogiorno", 9 * 60, 180),
        ("22:00 - mezzanotte", 22 * 60, 120),
        ("9:00 - meio-dia", 9 * 60, 180),
        ("22:00 - meia-noite", 22 * 60, 120),
        ("22:00 - middernacht", 22 * 60, 120),
        ("9 am til 11 am", 9 * 60, 120),
    ],
)
def test_noon_and_midnight_end_a_span(text: str, at: int, minutes: int) -> None:
    found = find_duration(f"{text}: Study")
    assert found is not None
    assert (found.at, found.lo, found.text) == (at, minutes, text)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Afternoon review (30 min)", (None, 30)),
        ("Mittagessen - 13:00", None),
        ("2 Uhr mittags", None),
        ("14:00 - 16:00 middag", (14 * 60, 120)),  # Dutch "middag" is the afternoon
    ],
)
def test_words_that_hold_no_noon_are_read_as_before(
    text: str, read: tuple[int | None, int] | None
) -> None:
    found = find_duration(text)
    assert (None if found is None else (found.at, found.lo)) == read


def test_english_noon_and_midnight() -> None:
    assert timed("till-noon.md") == [
        ("Algebra", 180, "09:00"),
        ("Geometry", 60, "12:00"),
        ("Review", 120, "22:00"),
    ]


def test_german_mittag_and_mitternacht() -> None:
    assert timed("bis-mittag.md") == [("Mathe", 180, "09:00"), ("Wiederholung", 120, "22:00")]


def test_spanish_mediodia_and_medianoche() -> None:
    assert timed("hasta-mediodia.md") == [("Historia", 120, "10:00"), ("Repaso", 120, "22:00")]


def test_french_midi_and_minuit_among_french_hours() -> None:
    assert timed("de-9h-a-midi.md") == [("Français", 180, "09:00"), ("Révision", 120, "22:00")]


def test_italian_mezzogiorno_and_mezzanotte() -> None:
    assert timed("fino-a-mezzogiorno.md") == [("Storia", 180, "09:00"), ("Ripasso", 120, "22:00")]


def test_portuguese_meio_dia_and_meia_noite() -> None:
    assert timed("ate-meio-dia.md") == [("Português", 180, "09:00"), ("Revisão", 120, "22:00")]


def test_dutch_middernacht() -> None:
    assert timed("tot-middernacht.md") == [("Wiskunde", 180, "09:00"), ("Herhaling", 120, "22:00")]


def test_til_and_until_join_two_clock_times() -> None:
    assert timed("til-between-times.md") == [("Chemistry", 120, "09:00"), ("Physics", 120, "14:00")]


def test_a_line_with_a_span_of_its_own_keeps_it() -> None:
    assert timed("a-span-beside-noon-stays.md") == [("Mittag: Lesen", 60, "13:00")]
