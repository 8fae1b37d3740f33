"""Warnings about lines the reader rewrote before reading them (`Rangement : 16h00` read as
`16:00 Rangement`) quote the line as the user wrote it."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.result import ReadResult, ReadWarning
from planexport.reader.written_quotes import quoted_as_written
from tests.paths import DATA

FOLDER = DATA / "written-quotes"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def warnings(result: ReadResult) -> list[str]:
    return [f"{w.line}: {w.message}" for w in result.warnings]


def test_a_title_before_its_h_time_is_quoted_as_written() -> None:
    result = read("fr-title-then-h-time.md")
    blocks = result.plan.day(1).variants[0].blocks
    assert [(b.title, b.at) for b in blocks] == [
        ("Accueil", "09:00"),
        ("Atelier peinture", "10:00"),
        ("Spectacle", "14:00"),
    ]
    assert warnings(result) == ['9: "Rangement : 16h00" has a start time but no length']


def test_spanish_title_before_its_h_time() -> None:
    result = read("es-title-then-h-time.md")
    assert [b.at for b in result.plan.day(1).variants[0].blocks] == ["09:00", "10:00", "13:00"]
    assert warnings(result) == ['8: "Limpieza : 16h00" has a start time but no length']


def test_dutch_dotted_uur_start_is_quoted_as_written() -> None:
    result = read("nl-dotted-uur-starts.md")
    assert [b.title for b in result.plan.day(1).variants[0].blocks] == [
        "Ontvangst",
        "Workshops",
        "Rondleiding",
    ]
    assert warnings(result) == ['8: "16.00 uur Opruimen" has a start time but no length']


def test_italian_dotted_start_is_quoted_as_written() -> None:
    result = read("it-dotted-starts.md")
    assert warnings(result) == ['8: "16.00 Pulizie" has a start time but no length']


def test_portuguese_hour_start_is_quoted_as_written() -> None:
    result = read("pt-h-starts.md")
    assert [b.at for b in result.plan.day(1).variants[0].blocks] == ["09:00", "10:00", "13:00"]
    assert warnings(result) == ['8: "16h Arrumação" has a start time but no length']


def test_a_heading_with_its_start_in_brackets_is_quoted_as_written() -> None:
    result = read("de-start-in-brackets.md")
    assert warnings(result)[-1] == '8: "Aufräumen (16.00)" has a start time but no length'


def test_a_quote_already_as_written_stays() -> None:
    result = read("en-emphasis-kept-out.md")
    assert warnings(result) == ['8: "**16:00** Clean-up" has a start time but no length']


def _given(message: str, line: str) -> str:
    found = quoted_as_written([ReadWarning("p.md", 1, message)], line)
    return found[0].message


def test_a_title_cut_from_the_line_stays() -> None:
    assert _given('"Rangement" lasts 16 h', "- Rangement : 16h00") == '"Rangement" lasts 16 h'


def test_words_the_line_does_not_have_stay() -> None:
    message = '"16:00 Rangement du gymnase" has a start time but no length'
    assert _given(message, "- Rangement : 16h00") == message


def test_a_time_the_line_does_not_write_stays() -> None:
    message = '"17:00 Rangement" has a start time but no length'
    assert _given(message, "- Rangement : 16h00") == message


def test_twelve_hour_times_are_given_back() -> None:
    message = '"16:00 Tea" has a start time but no length'
    assert _given(message, "* Tea at 4 p.m.") == '"Tea at 4 p.m." has a start time but no length'


def test_a_table_row_is_left_to_its_cells() -> None:
    message = '"16:00 Rangement" has a start time but no length'
    assert _given(message, "| Rangement | 16h00 |") == message
