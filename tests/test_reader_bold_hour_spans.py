"""Bold hour numbers around a dash (`ore **10**–**12**`) are a span, as the same line without
`**` is; two spans joined by a word over a title line are two blocks of that title."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.bold_hour_spans import bold_hour_spans
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "bold_hour_spans"


def test_bold_hours_after_ore_two_spans_joined_by_e() -> None:
    result = read_plan(PLANS / "it-ore-bold-two-spans.md")
    assert pinned(result.plan, 0) == [
        ("Laboratorio di ceramica", 120, "09:00"),
        ("Laboratorio di ceramica", 120, "15:00"),
        ("Concerto in piazza", 90, "18:00"),
    ]
    assert warnings(result) == []
    assert result.block_lines[(0, 0, 1)] == 6  # the second span is told at its title's line


def test_from_and_two_bold_spans_then_a_span_line() -> None:
    plan = read_plan(PLANS / "en-from-two-spans.md").plan
    assert pinned(plan, 0) == [
        ("Campus tour", 120, "10:00"),
        ("Campus tour", 120, "14:00"),
        ("Closing talk", 90, "17:00"),
    ]


def test_von_und_with_uhr_after_the_second_span() -> None:
    plan = read_plan(PLANS / "de-von-two-spans-uhr.md").plan
    assert pinned(plan, 0) == [
        ("Töpferwerkstatt", 120, "09:00"),
        ("Töpferwerkstatt", 120, "14:00"),
    ]


def test_a_paragraph_of_three_lines_is_left_as_written() -> None:
    result = read_plan(PLANS / "es-three-lines-stay.md")
    assert pinned(result.plan, 0) == [("Concierto", 60, "19:00")]
    assert result.plan.days[0].notes == ("de 10-12 y 16-18 Taller de cerámica Sala 2",)


def test_only_bold_hours_around_a_dash_lose_their_stars() -> None:
    assert bold_hour_spans("ore **10**–**12**") == "ore 10–12"
    assert bold_hour_spans("**19** – **20:30** Corso") == "19 – 20:30 Corso"
    assert bold_hour_spans("**10** minutes – **12** reps") == "**10** minutes – **12** reps"
    # spans that run backwards stay as written
    text = "\nore 12–10 e 16–18\nLaboratorio\n"
    assert bold_hour_spans(text) == text


def test_three_spans_by_comma_and_e_are_three_blocks() -> None:
    result = read_plan(PLANS / "it-three-spans-comma-e.md")
    assert pinned(result.plan, 0) == [
        ("Laboratorio di ceramica", 60, "10:00"),
        ("Laboratorio di ceramica", 60, "11:30"),
        ("Laboratorio di ceramica", 60, "16:00"),
        ("Aperitivo in cortile", 60, "18:00"),
    ]
    assert warnings(result) == []
    assert result.block_lines[(0, 0, 1)] == 6  # no line added: the next block keeps its line
    assert result.block_lines[(0, 0, 2)] == 6  # the third span too, at the title's line
    assert result.block_lines[(0, 0, 3)] == 8  # "ore 18-19", where the file has it


def test_bold_spans_by_commas_and_a_comma_before_and() -> None:
    result = read_plan(PLANS / "en-three-bold-spans-comma-and.md")
    assert pinned(result.plan, 0) == [
        ("Campus tour", 60, "09:00"),
        ("Campus tour", 60, "11:00"),
        ("Campus tour", 60, "14:00"),
        ("Closing talk", 60, "16:00"),
    ]
    assert warnings(result) == []


def test_von_und_uhr_three_spans_are_three_blocks() -> None:
    result = read_plan(PLANS / "de-three-spans-und-uhr.md")
    assert pinned(result.plan, 0) == [
        ("Töpferwerkstatt", 60, "09:00"),
        ("Töpferwerkstatt", 60, "11:00"),
        ("Töpferwerkstatt", 60, "14:00"),
    ]
    assert warnings(result) == []


def test_two_h_spans_by_a_semicolon_are_two_blocks_without_warning() -> None:
    result = read_plan(PLANS / "fr-two-spans-semicolon.md")
    assert pinned(result.plan, 0) == [
        ("Atelier de poterie", 60, "09:00"),
        ("Atelier de poterie", 60, "14:00"),
    ]
    assert warnings(result) == []


def test_three_spans_out_of_order_stay_as_written() -> None:
    result = read_plan(PLANS / "es-three-spans-backwards-stay.md")
    assert pinned(result.plan, 0) == [("Concierto", 60, "18:00")]
    assert result.plan.days[0].notes == ("de 9-10, 8-9 y 16-17 Taller de cerámica",)
    text = "\n\nde 9-10, 11-12 y 16-17\nTaller\n"
    assert bold_hour_spans(text) == (
        "\n\n- 09:00-10:00 Taller\n- 11:00-12:00 Taller<br>16:00-17:00 Taller\n"
    )
