"""A weekday heading written again over a table whose header names another weekday alone
(`<h2>Samstag</h2>` over `<th>Sonntag</th>`): the table's weekday is the day's, with a warning
naming both; a table of the same weekday, of none or of two leaves a second day as before."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, days, warnings

PLANS = DATA / "repeated_heading_table_weekdays"


def test_an_html_table_headed_samstag_under_a_second_freitag_is_saturday() -> None:
    result = read_plan(PLANS / "de-html-freitag-over-samstag.md")
    assert days(result.plan) == [("fri", None, "Freitag"), ("sat", None, "Samstag")]
    assert day_blocks(result.plan)[1] == (
        "sat",
        [("Workshops", 150, "09:30"), ("Projektarbeit", 120, "13:00")],
    )
    assert warnings(result) == [
        '9: "Freitag" again (first at line 1) over a table headed "Samstag": read as '
        "Saturday, the table's day"
    ]


def test_a_pipe_table_headed_tuesday_under_a_second_monday_is_tuesday() -> None:
    result = read_plan(PLANS / "en-pipe-monday-over-tuesday.md")
    assert days(result.plan) == [("mon", None, "Monday"), ("tue", None, "Tuesday")]
    assert warnings(result) == [
        '10: "Monday" again (first at line 3) over a table headed "Tuesday": read as '
        "Tuesday, the table's day"
    ]


def test_the_weekday_beside_a_column_label_or_in_bold_wins() -> None:
    spanish = read_plan(PLANS / "es-sabado-over-domingo-with-label.md")
    assert days(spanish.plan) == [("sat", None, "Sábado"), ("sun", None, "Domingo")]
    assert day_blocks(spanish.plan)[1] == ("sun", [("Simulacro", 90, "10:00")])
    portuguese = read_plan(PLANS / "pt-domingo-after-sabado-repeat.md")
    assert days(portuguese.plan) == [("sat", None, "Sábado"), ("sun", None, "Domingo")]
    assert len(warnings(portuguese)) == 1


def test_a_table_of_the_same_weekday_of_none_or_of_two_keeps_a_second_day() -> None:
    for name, weekday, title in (
        ("fr-same-weekday-in-table.md", "sat", "Samedi"),
        ("it-no-weekday-in-table.md", "sat", "Sabato"),
        ("nl-two-weekdays-in-header.md", "sat", "Zaterdag"),
    ):
        result = read_plan(PLANS / name)
        assert days(result.plan) == [(weekday, None, title), (weekday, None, title)]
        assert warnings(result) == [
            f'9: "{title}" again (first at line 3): read as a second Saturday'
        ]
