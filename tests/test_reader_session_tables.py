"""A two-column table whose header row names a session (`| Nulmeting | |`) under a day: one
block titled by the header, its rows as items, its lengths summed; never dropped unsaid."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

SESSIONS = DATA / "session_tables"


def read(name: str) -> ReadResult:
    return read_plan(SESSIONS / name)


def items(result: ReadResult, day: int = 0) -> list[str]:
    block = result.plan.days[day].variants[0].blocks[0]
    return [item.text for item in block.items]


def test_a_session_table_whose_rows_all_give_a_length_lasts_their_sum() -> None:
    result = read("de-every-row-timed.md")
    assert pinned(result.plan, 0) == [("Intervalle", 35, None)]
    assert items(result) == [
        "Einlaufen: 10 Minuten locker",
        "Hauptteil: 6 x 400 m, 20 min",
        "Auslaufen: 5 Minuten traben",
    ]
    assert warnings(result) == []


def test_a_session_table_with_some_rows_timed_is_their_sum_and_says_so() -> None:
    result = read("en-some-rows-timed.md")
    assert result.plan.days[0].weekday == "tue"
    assert pinned(result.plan, 0) == [("Upper body", 13, None)]
    assert items(result) == ["Warm-up: 8 min rowing", "Bench press: 3 x 8", "Stretching: 5 min"]
    assert warnings(result) == [
        '5: session "Upper body": 2 of its 3 rows give a length; read as their sum, 13 min '
        "(the other rows are not counted)"
    ]


def test_a_session_table_with_no_length_is_a_note_of_the_day_and_warned() -> None:
    result = read("fr-no-row-timed.md")
    wednesday, thursday = result.plan.days
    assert wednesday.weekday == "wed"
    assert [b for v in wednesday.variants for b in v.blocks] == []
    assert wednesday.notes == ("Gainage", "Planche: 3 x 30 s", "Pont: 3 x 20 s")
    assert pinned(result.plan, 1) == [("Course lente", 60, "18:00")]
    assert thursday.weekday == "thu"
    assert warnings(result) == [
        '5: session "Gainage" gives no length in its rows: kept as a note of the day, not '
        'scheduled (add its minutes to the header, e.g. "| Gainage (30 min) | |")'
    ]


def test_a_length_in_the_header_is_the_sessions_length() -> None:
    result = read("fr-length-in-the-header.md")
    assert pinned(result.plan, 0) == [("Gainage", 15, None)]
    assert items(result) == ["Planche: 3 x 30 s"]
    assert warnings(result) == []


def test_metres_in_a_training_table_are_no_minutes() -> None:
    result = read("es-metres-are-no-minutes.md")
    # "200 m", "50 m", "100 m" are distances; only "5 min" is a length.
    assert pinned(result.plan, 0) == [("Piscina", 5, None)]
    assert warnings(result) == [
        '5: session "Piscina": 1 of its 3 rows gives a length; read as their sum, 5 min '
        "(the other rows are not counted)"
    ]


def test_a_time_column_with_an_empty_header_beside_it_stays_an_agenda() -> None:
    result = read("pt-horario-header-is-an-agenda.md")
    assert pinned(result.plan, 0) == [
        ("Credenciamento", 60, "08:00"),
        ("Palestra de abertura", 90, "09:00"),
    ]
    assert warnings(result) == []
