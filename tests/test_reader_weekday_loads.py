"""A week's load by weekday (`- **Lunes a viernes:** 1h/día`, `- **Sab/Dom:** 4 ore`) above
days that name their weekday and give no time: each such day is one block of its weekday's
length, titled by the day's topic. Before, the load's lines were read as a week of days of
their own (titled `/día`) and the days below stayed untimed, or the plan was refused."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from planexport.reader.weekday_loads import _load, _weekdays
from tests.paths import DATA
from tests.reader_support import blocks_with_items, dated_days, warnings

FOLDER = DATA / "weekday_loads"


def test_weekday_headings_take_their_weekdays_load() -> None:
    result = read_plan(FOLDER / "load-over-weekday-headings.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [
        ("mon", "Lunes"),
        ("wed", "Miércoles"),
        ("sat", "Sábado"),
    ]
    assert blocks_with_items(result.plan) == [
        ("Lunes", 60, None, ["Señales de prioridad", "Preguntas del tema 1"]),
        ("Distancias de frenado", 60, None, []),
        ("Sábado", 180, None, ["Simulacro completo", "Repasar los fallos"]),
    ]
    assert warnings(result) == [
        '5: "1h" a day on the weekdays it names: 2 days of those weekdays, each one block that '
        "long, titled by the day's topic",
        '6: "3h" a day on the weekdays it names: 1 day of those weekdays, each one block that '
        "long, titled by the day's topic",
    ]


def test_a_dated_table_below_the_load_is_the_plan() -> None:
    result = read_plan(FOLDER / "load-over-a-dated-table.md")
    assert dated_days(result.plan) == [
        (
            1,
            "mon",
            dt.date(2026, 3, 2),
            "Lun 2 Mar",
            [("Legami chimici, ripasso dagli appunti", 120, None)],
        ),
        (
            1,
            "tue",
            dt.date(2026, 3, 3),
            "Mar 3 Mar",
            [("Stechiometria: esercizi del capitolo 3", 120, None)],
        ),
        (
            1,
            "sat",
            dt.date(2026, 3, 7),
            "Sab 7 Mar",
            [("Prova d'esame dell'anno scorso", 240, None)],
        ),
    ]
    # the load's lines are no days of their own: no block is titled by a load's note
    assert all("esercizi" not in d.title for d in result.plan.days)


def test_a_line_that_names_an_activity_is_no_load() -> None:
    result = read_plan(FOLDER / "load-line-with-an-activity.md")
    titles = [b.title for d in result.plan.days for v in d.variants for b in v.blocks]
    assert titles == ["Tonleitern", "Band-Probe"]  # as before: days of their own


def test_what_a_load_line_says() -> None:
    assert _weekdays("Seg–Sex") == ["mon", "tue", "wed", "thu", "fri"]
    assert _weekdays("Sáb/Dom") == ["sat", "sun"]
    assert _weekdays("Wochenende") == ["sat", "sun"]
    assert _weekdays("Total") == []
    said = _load("- **Seg–Sex:** 2h/dia (1 bloco de teoria + questões)")
    assert said is not None
    assert said[0][0] == "mon"
    assert said[1].lo == 120
    assert _load("- **Sábado:** simulado de 4h") is None  # an activity, not the day's load
    assert _load("- **Montag:** 30 Minuten Tonleitern") is None


def test_a_load_over_days_with_their_own_times_is_no_day() -> None:
    result = read_plan(FOLDER / "load-over-timed-days.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [("mon", "Lunes"), ("sat", "Sábado")]
    assert blocks_with_items(result.plan) == [
        ("Fichas de la Revolución francesa", 60, "18:00", []),
        ("Comentario de texto", 120, None, []),
    ]
    assert warnings(result) == [
        "3: a day's length by weekday, not read: the days give their own times",
        "4: a day's length by weekday, not read: the days give their own times",
    ]


def test_a_load_alone_is_the_week_titled_by_its_weekdays() -> None:
    # Nothing below the load: its lines are the week's days, titled by their weekdays, never by
    # the `/day` left of `45min/day`.
    result = read_plan(FOLDER / "load-alone-is-the-week.md")
    days = [(d.weekday, d.title) for d in result.plan.days if d.variants]
    assert days == [
        ("mon", "Monday"),
        ("tue", "Tuesday"),
        ("wed", "Wednesday"),
        ("thu", "Thursday"),
        ("fri", "Friday"),
        ("sat", "Saturday"),
    ]
    minutes = [b.min_minutes for d in result.plan.days for v in d.variants for b in v.blocks]
    assert minutes == [45, 45, 45, 45, 45, 120]
    assert all("/" not in b.title for d in result.plan.days for v in d.variants for b in v.blocks)


def test_weekday_ranges_in_words_lead_their_days() -> None:
    # "Lunes a viernes", "Montag bis Donnerstag": a range of weekdays in words, as `Mon-Fri` is.
    spanish = read_plan(FOLDER / "es-load-alone-worded-range.md")
    assert [(d.weekday, d.title) for d in spanish.plan.days] == [
        ("mon", "vocabulario"),
        ("tue", "vocabulario"),
        ("wed", "vocabulario"),
        ("thu", "vocabulario"),
        ("fri", "vocabulario"),
        ("sat", "simulacro completo"),
    ]
    german = read_plan(FOLDER / "de-worded-range-lines.md")
    minutes = [
        (d.weekday, b.title, b.min_minutes)
        for d in german.plan.days
        for v in d.variants
        for b in v.blocks
    ]
    assert minutes == [
        ("mon", "Grammatik", 45),
        ("tue", "Grammatik", 45),
        ("wed", "Grammatik", 45),
        ("thu", "Grammatik", 45),
        ("fri", "Wiederholung", 30),
    ]
    assert warnings(german) == []
