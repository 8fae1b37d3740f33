"""A span with the same am or pm on both times whose end comes before its start
(`11:30PM-12:30PM`) is read as the lines around it say, or kept as written with a warning;
never a silent block of thirteen hours."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.durations import find_duration
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "backward_spans"


def test_a_table_row_between_morning_and_afternoon_is_read_before_noon() -> None:
    result = read_plan(PLANS / "en-table-start-half-wrong.md")
    assert pinned(result.plan, 0) == [
        ("Opening talk", 60, "09:00"),
        ("Poster session", 60, "11:30"),
        ("Rehearsal", 120, "13:30"),
    ]
    assert warnings(result) == [
        '8: "Poster session" ends before it starts on a 12-hour clock: read as 11:30–12:30 '
        "(60 min), as the lines around it go, not 23:30 to 12:30 the next day"
    ]


def test_a_last_line_after_evening_lines_runs_past_midnight() -> None:
    result = read_plan(PLANS / "en-list-midnight.md")
    assert pinned(result.plan, 0) == [
        ("Review notes", 60, "21:00"),
        ("Flashcards", 60, "22:15"),
        ("Read a chapter", 60, "23:30"),
    ]
    assert warnings(result) == [
        '7: "Read a chapter" ends before it starts on a 12-hour clock: read as 23:30–00:30 '
        "(60 min), as the lines around it go, not 23:30 to 12:30 the next day"
    ]


def test_spanish_p_m_on_both_times() -> None:
    result = read_plan(PLANS / "es-list-p-m.md")
    assert pinned(result.plan, 0) == [
        ("Repaso de apuntes", 90, "09:00"),
        ("Taller de oratoria", 60, "11:00"),
        ("Ensayo general", 120, "14:00"),
    ]
    assert [w.line for w in result.warnings] == [6]


def test_german_table_with_am_and_pm() -> None:
    result = read_plan(PLANS / "de-table-pm.md")
    assert pinned(result.plan, 0) == [
        ("Vorlesung", 60, "10:00"),
        ("Übung", 60, "11:15"),
        ("Tutorium", 60, "14:00"),
    ]
    assert [w.line for w in result.warnings] == [8]


def test_am_on_both_times_ends_at_half_past_noon() -> None:
    result = read_plan(PLANS / "it-table-am-am.md")
    assert pinned(result.plan, 0) == [
        ("Lezione", 90, "08:00"),
        ("Esercitazione", 90, "11:00"),
        ("Laboratorio", 60, "13:00"),
    ]
    assert warnings(result) == [
        '8: "Esercitazione" ends before it starts on a 12-hour clock: read as 11:00–12:30 '
        "(90 min), as the lines around it go, not 11:00 to 00:30 the next day"
    ]


def test_a_line_alone_in_its_day_is_kept_with_a_warning() -> None:
    result = read_plan(PLANS / "en-alone-kept.md")
    assert pinned(result.plan, 0) == [("Essay draft", 780, "23:30")]
    assert warnings(result) == [
        '5: "Essay draft" ends before it starts on a 12-hour clock: kept as written, 23:30 to '
        "12:30 the next day (780 min); check its am and pm"
    ]


def test_eleven_hours_either_way_is_no_slip_of_one_half() -> None:
    result = read_plan(PLANS / "pt-list-pm.md")
    assert pinned(result.plan, 0)[2] == ("Leitura", 1380, "22:00")
    assert any(
        w.line == 7 and "kept as written, 22:00 to 21:00 the next day" in w.message
        for w in result.warnings
    )


def test_only_one_half_written_twice_backwards_is_marked() -> None:
    for span in ("11:30PM-12:30PM", "11:30 a.m. - 12:30 a.m.", "10:00pm-9:00pm"):
        found = find_duration(span)
        assert found is not None, span
        assert found.backward, span
    for span in ("11:30AM-12:30PM", "10PM-6AM", "11:30 - 12:30 PM", "23:30-00:30", "1-3 PM"):
        found = find_duration(span)
        assert found is not None, span
        assert not found.backward, span
