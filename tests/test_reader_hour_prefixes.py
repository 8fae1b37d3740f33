"""Times with a word before them (`h. 8:00 - 10:00`, `ore 15 - 16:30`, `a las 10:00`), numbered
dated headings (`### 2. Sabato 4 Ottobre 2025`) and open ends (`in poi`, `en adelante`)."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from planexport.reader.durations import find_duration
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

PLANS = DATA / "hour_prefixes"


def test_numbered_dated_headings_are_dated_days_and_ore_h_spans_their_blocks() -> None:
    result = read_plan(PLANS / "it-numbered-dated-headings-ore.md")
    assert dated_days(result.plan) == [
        (
            None,
            "fri",
            dt.date(2025, 10, 3),
            "Venerdì 3 Ottobre 2025",
            [("Laboratorio di ceramica", 120, "09:00"), ("Visita guidata", 90, "15:00")],
        ),
        (
            None,
            "sat",
            dt.date(2025, 10, 4),
            "Sabato 4 Ottobre 2025",
            [("Conferenza", 120, "10:00"), ("Museo", 90, "14:30")],
        ),
    ]
    assert warnings(result) == []


def test_an_open_end_in_a_list_is_a_note_of_its_day() -> None:
    result = read_plan(PLANS / "es-numbered-dated-open-end.md")
    plan = result.plan
    assert [(d.weekday, d.date) for d in plan.days] == [
        ("fri", dt.date(2025, 3, 7)),
        ("sat", dt.date(2025, 3, 8)),
    ]
    assert [(b.title, b.min_minutes, b.at) for b in plan.days[0].variants[0].blocks] == [
        ("Taller de datos", 240, "09:00")
    ]
    assert plan.days[0].notes == ("20:00 en adelante Cena de gala",)
    assert [(b.title, b.at) for b in plan.days[1].variants[0].blocks] == [("Mesa redonda", "10:00")]
    assert warnings(result) == []  # "from 20:00" is what the note says, nothing is lost


def test_an_apostrophe_accent_still_names_the_weekday_and_in_poi_is_an_open_end() -> None:
    result = read_plan(PLANS / "it-apostrophe-weekday.md")
    assert [(d.weekday, d.date, d.title) for d in result.plan.days] == [
        ("thu", dt.date(2025, 10, 9), "Giovedì 9 Ottobre 2025"),
        ("fri", dt.date(2025, 10, 10), "Venerdì 10 Ottobre 2025"),
    ]
    assert warnings(result) == ['7: "Aperitivo" has a start time but no length']


def test_digits_in_a_link_address_are_no_length() -> None:
    line = "16:00 ritrovo in chiesa, [mappa](https://maps.example/@43.78,10.92,527m/data=3)"
    assert find_duration(line) is None
    found = find_duration("[Video (7 min)](https://example.org/v/90m)")
    assert found is not None
    assert (found.lo, found.text) == (7, "7 min")
