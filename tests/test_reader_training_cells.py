"""Training lines and cells: a pace (`5:20 min/km`, `4:30/km`, `6'10"/km`) is how fast and a
distance in metres (`Swim: 1500m`, `Natación: 1200 m`, `10x100m`) how far, never a length or a
time of day; a line with only those is a note, and said."""

from __future__ import annotations

import pytest

from planexport.reader import ReadResult, read_plan
from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.training_tables import done_log
from tests.paths import DATA
from tests.reader_support import pinned, warnings

CELLS = DATA / "training_cells"


def read(name: str) -> ReadResult:
    return read_plan(CELLS / name)


def test_a_pace_beside_a_length_stays_in_the_title() -> None:
    result = read("en-pace-beside-a-length.md")
    assert pinned(result.plan, 0) == [
        ("Easy run: 8 km at 5:20 min/km", 45, None),
        ("Core and mobility", 20, None),
    ]
    assert pinned(result.plan, 1) == [("Tempo run (4:30/km)", 35, None)]
    assert warnings(result) == []


def test_a_table_cell_with_only_a_pace_is_a_warned_note() -> None:
    result = read("es-ritmo-sin-duracion.md")
    tuesday, thursday = result.plan.days
    assert tuesday.variants == ()
    assert tuesday.notes == ("Rodaje suave 10 km (5:40 min/km)",)
    assert pinned(result.plan, 1) == [("Cuestas", 40, None)]
    assert thursday.variants[0].blocks[0].note == "(ritmo 4:50 min por km)"
    assert warnings(result) == [
        '5: "Rodaje suave 10 km (5:40 min/km)" gives a pace (5:40 min/km), not a length: '
        "kept as a note"
    ]


def test_a_pace_in_minutes_and_seconds_marks_is_no_length() -> None:
    result = read("de-pace-mit-apostroph.md")
    assert pinned(result.plan, 0) == [("Dehnen", 15, None)]
    assert result.plan.days[0].notes == ("Tempolauf 6 km in 4'45\"/km",)
    assert pinned(result.plan, 1) == [("Langer Lauf 14 km, 6'10\"/km", 85, None)]
    assert warnings(result) == [
        '4: "Tempolauf 6 km in 4\'45"/km" gives a pace (4\'45"/km), not a length: kept as a note'
    ]


def test_metres_in_a_swim_line_are_no_minutes_and_45m_alone_still_is() -> None:
    result = read("en-swim-metres-beside-minutes.md")
    assert pinned(result.plan, 0) == [
        ("Swim: 1500m technique", 40, None),
        ("Review race notes", 45, None),
    ]
    assert pinned(result.plan, 1) == [("Read the coaching book", 120, None)]
    assert result.plan.days[1].notes == ("Swim 2000 m easy",)
    assert warnings(result) == [
        '8: "Swim 2000 m easy" gives a distance (2000 m), not a length: kept as a note'
    ]


def test_spanish_swim_metres() -> None:
    result = read("es-natacion-metros.md")
    assert pinned(result.plan, 0) == [("Estiramientos", 15, None)]
    assert result.plan.days[0].notes == ("Natación: 1200 m con pull buoy",)
    assert pinned(result.plan, 1) == [("Nado continuo 800m", 30, None)]
    assert warnings(result) == [
        '4: "Natación: 1200 m con pull buoy" gives a distance (1200 m), not a length: '
        "kept as a note"
    ]


def test_german_repeats_of_metres_and_a_reading_length_in_m() -> None:
    result = read("de-schwimmen-meter.md")
    assert pinned(result.plan, 0) == [("Lesen", 120, None)]  # no sport: 120 minutes
    assert result.plan.days[0].notes == ("Schwimmen: 10x100m Kraul",)
    assert pinned(result.plan, 1) == [("Laufen 400m Intervalle", 50, None)]
    assert warnings(result) == [
        '4: "Schwimmen: 10x100m Kraul" gives a distance (100m), not a length: kept as a note'
    ]


def test_italian_swim_metres() -> None:
    result = read("it-nuoto-metri.md")
    assert pinned(result.plan, 0) == [
        ("Nuoto: 1000m stile libero", 35, None),
        ("Ripasso", 30, None),
    ]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Easy run 5:15 min/km", None),
        ("Tempo 4:30/km", None),
        ("Intervals 6'15\"/km", None),
        ("Threshold 6 min/km", None),
        ("Swim sets at 1:45/100m", None),
        ("Rodaje 5:30 min por km", None),
        ("Dauerlauf 5:45 min pro km", None),
        ("Footing 5'30 au km", None),
        ("Long run 9:00 min/mile", None),
        ("Zwemmen 1000m", None),
        ("Natação 1500 m", None),
        ("Nage 400m", None),
        ("Hardlopen 800m", None),
        ("🏊 1000m", None),
        ("Review 45m", 45),
        ("Study 120m", 120),
        ("Swim 45m easy", 45),  # under a hundred: minutes, whatever the line says
        ("Reading 25 min/day", 25),
        ("Run 30 min", 30),
    ],
)
def test_what_is_a_length_in_a_training_line(text: str, minutes: int | None) -> None:
    found = find_duration(text)
    assert (found.hi if found is not None else None) == minutes


def test_a_pace_is_no_time_of_day() -> None:
    assert find_point_time("Tempo (4:30/km)") is None
    assert find_point_time("Start 7:30 easy") == 7 * 60 + 30


def test_a_done_log_in_the_notes_is_no_length_and_the_second_session_is_a_block() -> None:
    result = read("en-done-log-and-second-session.md")
    tuesday, friday = result.plan.days
    # "Done: Upper A (38m)" is what happened: the strength session has no length of its own
    assert pinned(result.plan, 0) == [("Easy spin", 30, None)]
    assert tuesday.notes == ("Strength: upper body", "Done: Upper A (38m).")
    assert tuesday.variants[0].blocks[0].session == "Second session"
    assert pinned(result.plan, 1) == [("Tempo run", 40, None)]  # its own 40, not the log's 41
    assert friday.notes == ("Done: tempo (41m), legs heavy",)
    assert warnings(result) == []


def test_a_spanish_training_grid_with_a_log_and_a_second_session() -> None:
    result = read("es-notas-hecho-segunda-sesion.md")
    monday, wednesday = result.plan.days
    assert [d.weekday for d in result.plan.days] == ["mon", "wed"]  # no second Monday
    assert pinned(result.plan, 0) == [("Rodillo", 50, None)]
    assert monday.variants[0].blocks[0].session == "Sesión secundaria"
    assert monday.notes == ("Fuerza: tren inferior", "Hecho: Pierna B (47m).")
    assert pinned(result.plan, 1) == [("Natación técnica", 45, None)]
    assert wednesday.notes == ("Hecho: 1800m en 44 min.",)


def test_a_german_training_grid_with_a_log_and_a_second_session() -> None:
    result = read("de-notizen-erledigt-zweite-einheit.md")
    assert pinned(result.plan, 0) == [("Lockeres Radfahren", 40, None)]
    assert result.plan.days[0].notes == ("Krafttraining Oberkörper", "Erledigt: Kraft A (52 Min)")
    assert pinned(result.plan, 1) == [("Intervalllauf", 50, None), ("Dehnen", 15, None)]
    assert result.plan.days[1].notes == ("Erledigt: 8x400m (55 Min)",)


@pytest.mark.parametrize(
    ("cell", "logged"),
    [
        ("Done: Pull A (42m).", True),
        ("Hecho: 10km Bici. Hecho: Pull A (42m).", True),
        ("**Erledigt:** Lauf (40 Min)", True),
        ("Fait : séance A (45 min)", True),
        ("✅ Arrays (60 min)", False),
        ("Tempo run: 40 min", False),
        ("Get it done in 40 min", False),
    ],
)
def test_what_a_log_cell_is(cell: str, logged: bool) -> None:
    assert done_log(cell) is logged
