"""Hours and minutes written with a dot after a line's words (`Lezen 1.30 uur`, `Lesen 1.30
Std.`, `Reading 1.30 h`) are a length of 1 h 30 min, never the time of day 1:30 nor 1.3 hours;
decimal hours (`1.5 h`, `0.25 h`, `1.50 h`, `1,30 Std.`) keep their reading."""

from __future__ import annotations

import pytest

from planexport.reader.dotted_clock_times import dotted_clock_times
from planexport.reader.durations import find_duration
from tests.paths import DATA
from tests.reader_support import quiet_blocks

LENGTHS = DATA / "dotted_lengths"


@pytest.mark.parametrize(
    ("name", "read"),
    [
        ("lezen-na-een-starttijd.md", [("Lezen", 90, "19:00"), ("Samenvatten", 45, "20:45")]),
        (
            "starttijd-met-uur.md",
            [("Hoofdstuk 3 lezen", 75, "18:30"), ("Oefenvragen", 40, "20:00")],
        ),
        ("lesen-stunden.md", [("Lesen", 90, "18:00"), ("Karteikarten", 45, "20:00")]),
        ("reading-hours.md", [("Reading", 90, None), ("Flashcards", 45, None)]),
        ("lectura-horas.md", [("Lectura", 90, None), ("Resumen", 45, None)]),
        ("lettura-ore.md", [("Lettura", 90, None), ("Schemi", 20, None)]),
        ("leitura-horas.md", [("Leitura", 90, None), ("Exercícios", 45, None)]),
    ],
)
def test_a_dotted_length_after_words_is_hours_and_minutes(
    name: str, read: list[tuple[str, int, str | None]]
) -> None:
    assert quiet_blocks(LENGTHS / name) == read


def test_decimal_hours_stay_decimal() -> None:
    assert quiet_blocks(LENGTHS / "decimal-hours-stay.md") == [
        ("Reading", 90, None),
        ("Flashcards", 15, None),
        ("Essay", 90, None),
        ("Lesen", 78, None),
    ]


def test_a_dotted_time_after_tot_still_ends_the_line() -> None:
    assert quiet_blocks(LENGTHS / "feest-tot-een-uur.md") == [
        ("Herhalen", 90, "17:00"),
        ("Feest", 360, "19:00"),
    ]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Lezen 1.30 uur", 90),
        ("Lesen 1.30 Std.", 90),
        ("Reading (0.45 h)", 45),
        ("Lettura 2.15 ore", 135),
        ("Reading 1.5 h", 90),
        ("Reading 1.25 h", 75),
        ("Reading 1.75 h", 105),
        ("1.30 h Lesen", 78),  # no word before it: read as before
    ],
)
def test_which_dotted_numbers_are_hours_and_minutes(text: str, minutes: int) -> None:
    found = find_duration(text)
    assert found is not None
    assert (found.at, found.lo) == (None, minutes)


def test_the_start_before_a_dotted_length_is_the_clock_time() -> None:
    text = "- 19.00 Lezen 1.30 uur\n- 20.45 Samenvatten 0.45 uur"
    assert dotted_clock_times(text) == "- 19:00 Lezen 1.30 uur\n- 20:45 Samenvatten 0.45 uur"
    assert dotted_clock_times("- 19:00 Feest tot 1.00 uur\n- 9:00 Les") == (
        "- 19:00 Feest tot 1:00\n- 9:00 Les"
    )
