"""Plain lines of a day that start as a block and go on (`Cooldown 5 min easy stretching.`,
`Finisher 6 min EMOM` over `Min 1: 8 burpees`)."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.run_on_lines import led_line
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

PLANS = DATA / "run_on_lines"


def _notes(path: str) -> list[tuple[str | None, str | None]]:
    plan = read_plan(PLANS / path).plan
    return [(b.title, b.note) for d in plan.days for v in d.variants for b in v.blocks]


def test_a_line_that_runs_on_after_its_length_is_a_block_with_the_rest_its_note() -> None:
    result = read_plan(PLANS / "en-day-line-runs-on-into-words.md")
    assert blocks_with_items(result.plan) == [
        ("Spin-up", 8, None, []),
        (
            "Hill repeats",
            24,
            None,
            ["Climb 1: seated, steady cadence", "Climb 2: standing, short bursts"],
        ),
        ("Cooldown", 5, None, []),
    ]
    assert _notes("en-day-line-runs-on-into-words.md")[-1] == ("Cooldown", "easy spinning.")
    assert result.plan.days[0].notes == ()
    assert warnings(result) == []


def test_a_length_line_over_untimed_lines_of_its_paragraph_holds_them_as_items() -> None:
    result = read_plan(PLANS / "de-tag-length-line-over-lines.md")
    assert blocks_with_items(result.plan) == [
        ("Aufwärmen", 5, None, []),
        ("Zirkel", 12, None, ["Runde 1: 10 Kniebeugen", "Runde 2: 8 Liegestütze"]),
    ]
    assert _notes("de-tag-length-line-over-lines.md")[-1] == ("Zirkel", "AMRAP")


def test_a_sentence_with_a_length_beside_such_lines_stays_the_days_note() -> None:
    result = read_plan(PLANS / "fr-jour-sentence-beside-lines-stays-note.md")
    assert blocks_with_items(result.plan) == [
        ("Lecture", 30, None, []),
        ("Retour au calme", 10, None, []),
    ]
    assert result.plan.days[0].notes == ("Je lis 2 heures par jour en vacances.",)


def test_a_run_on_line_in_a_day_with_no_block_line_stays_a_note() -> None:
    result = read_plan(PLANS / "es-dia-run-on-line-alone-stays-note.md")
    assert blocks_with_items(result.plan) == [("Sentadillas", 20, None, [])]
    assert result.plan.days[1].notes == ("Vuelta a la calma 5 min estiramientos suaves.",)
    assert warnings(result) == [
        '7: "Vuelta a la calma 5 min estiramientos suaves." may be a block of 5 min, but no '
        "plain line of its day reads as one: kept as the day's note"
    ]


@pytest.mark.parametrize(
    ("text", "led"),
    [
        ("Cooldown 5 min easy stretching.", True),
        ("Vuelta a la calma 5 min estiramientos suaves.", True),
        ("Auslaufen 10 Min. locker traben.", True),
        ("Retour au calme 5 min d'étirements.", True),
        ("Defaticamento 5 minuti di stretching.", True),
        ("Desaquecimento 5 min de alongamento.", True),
        ("Cooling-down 5 min rustig uitlopen.", True),
        ("I try to do 2 hours a day.", False),  # a subject: a sentence
        ("Intento estudiar 2 horas al día.", False),  # a rate: a habit
        ("Das dauert 2 Stunden.", False),
        ("Je lis 2 heures par jour.", False),
        ("Walk for 20 min after lunch.", False),  # the length's own word before it
        ("Cooldown 5 min", False),  # nothing runs on: a block line as it is
        ("Day 2: 30 min of review.", False),
        ("Pause 10 min zwischen den Runden.", False),  # a break
        ("09:00 Reading 30 min then notes.", False),
    ],
)
def test_a_line_led_by_its_block(text: str, led: bool) -> None:
    assert led_line(text) is led
