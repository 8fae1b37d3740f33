"""A weekday heading written short with nothing after the name (`## SUN`, `### So`, `## Mar`)
among short headings with titles (`## MON - Push`): that weekday, kept as a day with nothing to
do when nothing is under it, at the week's end or in its middle, as full names are."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

PLANS = DATA / "bare_short_weekdays"


def test_a_caps_sunday_last_in_the_file_is_a_rest_day() -> None:
    result = read_plan(PLANS / "en-caps-sun-last.md")
    assert dated_days(result.plan) == [
        (None, "mon", None, "Push", [("Bench press", 30, None), ("Dips", 15, None)]),
        (None, "wed", None, "Pull", [("Rows", 25, None)]),
        (None, "fri", None, "Legs", [("Squats", 35, None)]),
        (None, "sun", None, "Sunday", []),
    ]
    assert warnings(result) == []


def test_a_sunday_before_the_next_week_heading_is_kept_in_its_week() -> None:
    result = read_plan(PLANS / "de-so-before-next-week.md")
    assert dated_days(result.plan) == [
        (1, "mon", None, "Dauerlauf", [("Locker laufen", 30, None)]),
        (1, "wed", None, "Intervalle", [("Intervalle auf der Bahn", 40, None)]),
        (1, "sun", None, "Sonntag", []),
        (2, "mon", None, "Dauerlauf", [("Locker laufen", 35, None)]),
        (2, "sun", None, "Sonntag", []),
    ]
    assert warnings(result) == []


def test_an_empty_short_weekday_mid_week_is_kept_too() -> None:
    result = read_plan(PLANS / "fr-mar-empty-mid-week.md")
    assert dated_days(result.plan) == [
        (None, "mon", None, "Cardio", [("Vélo", 40, None)]),
        (None, "tue", None, "Mardi", []),
        (None, "wed", None, "Force", [("Gainage", 20, None)]),
        (None, "sun", None, "Dimanche", []),
    ]
    assert warnings(result) == []


def test_empty_full_weekday_headings_stay_kept_mid_week_and_last() -> None:
    result = read_plan(PLANS / "es-nl-full-names-stay.md")
    assert dated_days(result.plan) == [
        (1, "mon", None, "Lunes", [("Lectura", 45, None)]),
        (1, "wed", None, "Miércoles", []),
        (1, "sun", None, "Domingo", []),
        (2, "mon", None, "Maandag", [("Lezen", 50, None)]),
        (2, "sun", None, "Zondag", []),
    ]
    assert warnings(result) == []
