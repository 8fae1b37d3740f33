"""Lines led by the word "example" (`*Beispiel:* 14:00–14:45 Physik`) show what a plan could
hold: never blocks of the day they stand in, even at a clock time, but notes of it."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.example_tips import example_lead
from tests.paths import DATA
from tests.reader_support import pinned, warnings

EXAMPLES = DATA / "example_leads" / "one-edge-case.md"


def test_the_examples_are_notes_and_the_day_keeps_its_own_blocks() -> None:
    result = read_plan(EXAMPLES)
    assert pinned(result.plan, 0) == [
        ("Statistik: Übungsblatt 4", 90, "09:00"),
        ("Chemie: Redoxreaktionen", 60, "11:00"),
    ]
    notes = result.plan.days[0].notes
    assert any("14:00–14:45 Physik" in note for note in notes)
    assert warnings(result) == []


def test_the_word_example_leads_a_line_in_each_language() -> None:
    assert example_lead("* *Beispiel:* 15:30–16:00 Mathe")
    assert example_lead("**Example:** 9:00-10:00 Reading")
    assert example_lead("Ejemplo: 18:00 - 19:00 repaso")
    assert example_lead("Exemple : 14h-16h révisions")
    assert example_lead("_Esempio_: 9.00-10.30 analisi")
    assert example_lead("Por exemplo: 19h às 21h revisão")
    assert example_lead("Voorbeeld: 09:00-10:00 lezen")
    assert not example_lead("Beispielaufgaben 09:00-10:00")
    assert not example_lead("Statistik: 09:00-10:30 Übungsblatt")
