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
