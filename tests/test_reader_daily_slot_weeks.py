"""A daily format of timed slots over weeks and ranges of weeks: each week is a day of the plan
holding the slots, its lines its notes."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "daily_slot_weeks"


def _days(name: str) -> list[tuple[str, int | None, list[tuple[str, int]], tuple[str, ...]]]:
    plan = read_plan(PLANS / name).plan
    return [
        (d.title, d.week, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks], d.notes)
        for d in plan.days
    ]


def test_portuguese_slots_over_week_ranges() -> None:
    result = read_plan(PLANS / "pt-formato-diario-semanas.md")
    slots = [("Ônibus de manhã", 25), ("Almoço", 20), ("Noite", 50)]
    assert _days("pt-formato-diario-semanas.md") == [
        (
            "SEMANAS 1–2 · 04/01 a 17/01 · Direito Constitucional",
            1,
            slots,
            ("Princípios fundamentais", "Direitos e garantias"),
        ),
        ("SEMANA 3 · 18/01 a 24/01 · Direito Administrativo", 3, slots, ("Atos administrativos",)),
        ("SEMANA 4 · 25/01 a 31/01 · Revisão", 4, slots, ("30/01: 40min — simulado curto",)),
    ]
    lunch = result.plan.days[0].variants[0].blocks[1]
    assert lunch.at == "12:00"  # "Almoço 12h (20min)"
    night = result.plan.days[0].variants[0].blocks[2]
    assert night.note == "LEITURA; Pomodoro 1: apostila; Pomodoro 2: questões"
    assert warnings(result) == [
        '15: "Slot extra — Sábado de manhã (40min)" is for some days only: '
        "not a block of every week"
    ]


def test_english_daily_format_over_week_range_headings() -> None:
    result = read_plan(PLANS / "en-daily-format-week-ranges.md")
    slots = [("Commute", 20), ("Evening", 45)]
    assert _days("en-daily-format-week-ranges.md") == [
        ("Weeks 1-2: Greetings and numbers", 1, slots, ("Ordering in a café",)),
        ("Week 3: Directions", 3, slots, ("Asking the way",)),
    ]
    assert result.plan.days[0].variants[0].blocks[0].note == "Listen to the lesson audio"
    assert warnings(result) == []


def test_german_daily_routine_with_bis_range() -> None:
    slots = [("Vokabeln", 15), ("Übersetzen", 40)]
    assert _days("de-tagesablauf-wochen.md") == [
        ("Woche 1 bis 2 · Caesar", 1, slots, ("Bellum Gallicum, Buch 1",)),
        ("Woche 3 · Cicero", 3, slots, ("Reden gegen Catilina",)),
    ]


def test_spanish_weeks_at_the_slots_level_end_the_daily_part() -> None:
    slots = [("Teoría", 30), ("Problemas", 45)]
    assert _days("es-rutina-diaria-semanas.md") == [
        ("Semanas 1-2 · Estequiometría", 1, slots, ("Moles y masas",)),
        ("Semanas 3-4 · Equilibrio", 3, slots, ("Constante de equilibrio",)),
        ("Semana 5 · Repaso", 5, slots, ("Examen de prueba",)),
    ]


def test_weeks_with_their_own_blocks_are_read_as_before() -> None:
    result = read_plan(PLANS / "en-weeks-with-own-blocks.md")
    assert _days("en-weeks-with-own-blocks.md") == [
        ("Week 1", 1, [("Openings", 120)], ()),
        ("Week 2", 2, [("Endgames", 120)], ()),
    ]
    assert warnings(result) == [
        '5: "Morning (15 min)" is in no day: not read',
        '8: "Evening (30 min)" is in no day: not read',
    ]
