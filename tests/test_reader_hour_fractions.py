"""Fractions of an hour as a block's length: `3/4 de hora`, `1/2 hora`, `1/4 h`, `1 1/2 h`, `¾ h`,
`½ h`, `3/4 Stunde`, `¾ of an hour`, beside the fractions in words that were read before
(`trois quarts d'heure`, `drie kwartier`, `half an hour`); a slash inside a date, a unit number
or metres stays in the title."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "hour_fractions"


def test_spanish_slash_fractions_and_a_mixed_number_are_their_minutes() -> None:
    result = read_plan(PLANS / "es-slash-fractions.md")
    assert day_blocks(result.plan) == [
        (
            "mon",
            [
                ("Repasar la tabla periódica", 45, None),
                ("Ejercicios de estequiometría", 30, None),
                ("Resumen en fichas", 15, None),
            ],
        ),
        ("tue", [("Problemas de gases", 90, None), ("Lectura del capítulo 5", 45, None)]),
    ]
    assert warnings(result) == []


def test_fraction_glyphs_before_h_and_a_slash_before_stunde() -> None:
    result = read_plan(PLANS / "de-glyph-fractions.md")
    assert day_blocks(result.plan) == [
        (
            "mon",
            [
                ("Karten zeichnen", 45, None),
                ("Flüsse Europas wiederholen", 30, None),
                ("Hauptstädte abfragen", 15, None),
                ("Klimazonen lesen", 45, None),
            ],
        )
    ]
    assert warnings(result) == []


def test_fractions_in_words_of_every_language_keep_their_minutes() -> None:
    result = read_plan(PLANS / "mixed-words-fractions.md")
    assert [(t, m) for _, blocks in day_blocks(result.plan) for t, m, _ in blocks] == [
        ("Verbes irréguliers", 45),
        ("Lettura ad alta voce", 45),
        ("Vocabulário novo", 45),
        ("Woordjes oefenen", 45),
        ("Grammar drills", 30),
        ("Listening", 30),
        ("Essay outline", 45),
        ("Aufsatz gliedern", 45),
    ]
    assert warnings(result) == []


def test_slashes_in_unit_numbers_dates_and_metres_stay_in_the_title() -> None:
    result = read_plan(PLANS / "near-miss-slashes.md")
    assert day_blocks(result.plan) == [
        (
            "mon",
            [
                ("Unit 3/4 recap", 20, None),
                ("Tape 1/2 m of ribbon", 15, None),
                ("Booking for 3/4/2026", 10, None),
                ("Chapter 1/3 h notes", 25, None),
            ],
        )
    ]
    assert warnings(result) == []
