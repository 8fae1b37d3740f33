"""Numbers in slashes before a unit (`(6/24/72 ore)`, `1/2/4 Wochen`) are amounts, never a date or
a length; weeks of untimed items are kept, said once; a time per day in prose is said only."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "amount_lists"


def days(plan: Plan) -> list[tuple[int | None, str, list[tuple[str, int]]]]:
    return [
        (d.week, d.title, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in plan.days
    ]


def messages(name: str) -> list[str]:
    return [f"{w.line}: {w.message}" for w in read_plan(PLANS / name).warnings]


def test_numbers_in_slashes_before_a_unit_are_no_date_and_no_length() -> None:
    plan = read_plan(PLANS / "slash-amounts-no-date.md").plan
    assert [d.date for d in plan.days] == [None, None]
    assert days(plan) == [(1, "Woche 1", [("Intervalle", 30)]), (2, "Woche 2", [("Dauerlauf", 45)])]
    # The line is kept whole, "48 h" not cut out of it.
    assert plan.days[1].notes == ("Regeneration: 12/24/48 h Abstand zwischen harten Einheiten",)
    assert messages("slash-amounts-no-date.md") == []


def test_a_week_of_untimed_items_is_kept_and_said_once() -> None:
    plan = read_plan(PLANS / "untimed-weeks-kept.md").plan
    assert days(plan) == [
        (1, "Semana 1 — Bases", []),
        (2, "Semana 2 — Práctica", [("Ejercicios de examen", 90)]),
        (3, "Semana 3 — Repaso", [("Simulacro completo", 120)]),
    ]
    assert plan.days[0].notes == ("[ ] Álgebra lineal", "[ ] Cálculo")
    assert messages("untimed-weeks-kept.md") == [
        '3: 1 of 3 weeks has nothing timed ("Semana 1 — Bases"): kept as days without blocks, '
        "their lines as notes"
    ]


def test_a_week_named_twice_is_no_plan_of_weeks_and_its_untimed_section_no_day() -> None:
    # "### Week 2 check:" under "## Success metrics" of a week-1 session: a checklist, not a week
    # of the plan; the weeks named twice (1, 1, 2) say the plan is not written in weeks.
    plan = read_plan(PLANS / "week-named-twice-no-weeks.md").plan
    assert [title for _, title, _ in days(plan)] == [
        "Week 1 session: kick-off",
        "After the week 1 session",
    ]
    assert not any("nothing timed" in m for m in messages("week-named-twice-no-weeks.md"))


def test_a_time_per_day_in_prose_above_the_weeks_is_said_not_applied() -> None:
    plan = read_plan(PLANS / "daily-budget-line-not-applied.md").plan
    assert [week for week, _, _ in days(plan)] == [1, 2, 3]
    assert messages("daily-budget-line-not-applied.md") == [
        '3: "Ipotesi: 2 ore nei giorni feriali + 4 ore nel weekend." gives the time per day: '
        "not applied to the weeks (give each week its blocks, such as '- Study (2 h)')",
        '5: 1 of 3 weeks has nothing timed ("Settimana 1 — Basi"): kept as days without blocks, '
        "their lines as notes",
    ]
