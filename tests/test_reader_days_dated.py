"""Days named by a date: `### Session du 5 mars`, in the order of their dates."""

from __future__ import annotations

import datetime as dt

from planexport.model import Plan
from planexport.reader import load, read_plan
from tests.paths import DATA

PLANS = DATA / "plans"


def days(plan: Plan) -> list[tuple[int, str | None, dt.date | None, str]]:
    return [(d.number, d.weekday, d.date, d.title) for d in plan.days]


def pinned(plan: Plan, index: int) -> list[tuple[str, int, str | None]]:
    (variant,) = plan.days[index].variants
    return [(b.title, b.min_minutes, b.at) for b in variant.blocks]


def test_a_session_on_a_date_is_a_day_and_the_overview_of_those_dates_is_not_read_again() -> None:
    result = read_plan(PLANS / "days-session-on-date-fr.md")
    plan = result.plan
    # Written newest first; lived oldest first. The year comes from the title.
    assert days(plan) == [
        (1, "fri", dt.date(2024, 10, 4), "Session du 4 octobre"),
        (2, "fri", dt.date(2024, 11, 15), "Session du 15 novembre (groupe A)"),
    ]
    # "16h : Restitution" among spans starts at 16:00 and lasts until "17h : fin", the end.
    assert pinned(plan, 0) == [
        ("Lancement", 150, "09:30"),
        ("Cartographie", 150, "13:30"),
        ("Restitution", 60, "16:00"),
    ]
    # "Déjeuner libre" is lunch on one's own: a gap, not a block.
    assert pinned(plan, 1) == [
        ("Accueil", 30, "09:30"),
        ("Revue des maquettes", 150, "10:00"),
        ("Ateliers", 180, "14:00"),
    ]
    # The overview rows name the same dates: no 450-minute blocks and no warning about them.
    assert result.warnings == ()


def test_session_headings_in_other_languages_are_days() -> None:
    plan = load(PLANS / "days-session-on-date-languages.md")
    assert [d.title for d in plan.days] == [
        "Sesión del 3 de marzo",
        "Sitzung am 10. März",
        "Session on March 17",
    ]
    assert [d.date for d in plan.days] == [None, None, None]  # no year anywhere
    assert pinned(plan, 1) == [("Übungen", 120, "10:00")]


def test_dates_across_a_new_year_are_ordered_by_month_and_keep_no_guessed_year() -> None:
    plan = load(PLANS / "days-dated-across-new-year.md")
    assert days(plan) == [
        (1, None, None, "Session on November 12"),
        (2, None, None, "Session on December 10"),
        (3, None, None, "Session on January 14"),
    ]
    assert pinned(plan, 2) == [("Final review", 120, "18:00")]
