"""Point times in a routine (`- **05:30** - Despertar` over its steps), snacks as gaps, titles
whose length sits inside a bracket, and a one-day timetable split over parts of the day."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "point_times"


def _read(name: str) -> ReadResult:
    return read_plan(PLANS / name)


def _sessions(result: ReadResult) -> list[tuple[str, str | None]]:
    day = result.plan.days[0]
    return [(b.title, b.session) for v in day.variants for b in v.blocks]


def test_a_wake_up_line_with_steps_lasts_until_the_next_line_and_bedtime_stays_a_note() -> None:
    result = _read("en-wake-steps-before-spans.md")
    assert pinned(result.plan, 0) == [
        ("Wake up", 20, "06:00"),  # until the run starts: its steps fill the time
        ("Run", 40, "06:20"),
        ("Deep work (chapter 2)", 100, "07:20"),  # breakfast is a gap
        ("Reading", 90, "19:00"),
    ]
    wake = result.plan.days[0].variants[0].blocks[0]
    assert [item.text for item in wake.items] == ["Glass of water", "Stretching (10 minutes)"]
    # The last start of the day, with nothing after it, is when one goes to bed: a note.
    assert result.plan.days[0].notes == ("22:00 - Sleep",)
    assert warnings(result) == []


def test_the_parts_of_a_one_day_timetable_are_all_in_the_day() -> None:
    # "### Morning" then "### Evening" under "## Schedule": the evening is no "in no day".
    result = _read("en-wake-steps-before-spans.md")
    assert [s for _, s in _sessions(result)] == ["Morning", "Morning", "Morning", "Evening"]
    assert len(result.plan.days) == 1


def test_a_bare_moment_before_a_span_stays_a_note() -> None:
    result = _read("fr-bare-moment-stays-note.md")
    assert pinned(result.plan, 0) == [("Course à pied", 60, "07:00"), ("Révisions", 120, "08:00")]
    assert result.plan.days[0].notes == ("06:30 - Réveil",)
    assert warnings(result) == []


def test_a_point_line_in_the_middle_of_the_day_lasts_until_the_next_span() -> None:
    result = _read("de-point-line-with-steps-mid-day.md")
    assert pinned(result.plan, 0) == [
        ("Mathe", 90, "09:00"),
        ("Spaziergang", 30, "10:30"),
        ("Physik", 60, "11:00"),
    ]
    assert result.plan.days[0].notes == ("23:00 - Schlafen",)
    assert warnings(result) == []


def test_a_merienda_is_a_gap_like_a_snack() -> None:
    result = _read("es-merienda-snack-gap.md")
    assert pinned(result.plan, 0) == [("Estadística", 60, "15:00"), ("Inglés", 70, "16:20")]


def test_a_length_inside_a_bracket_leaves_the_bracket_whole() -> None:
    result = _read("it-length-inside-bracket.md")
    assert pinned(result.plan, 0) == [
        ("Ripasso (teoria ed esercizi)", 20, None),
        ("Lettura [capitolo 3]", 40, None),
    ]
    assert all(b.note is None for v in result.plan.days[0].variants for b in v.blocks)


def test_a_length_last_in_a_bracket_takes_its_comma_with_it() -> None:
    result = _read("pt-length-last-in-bracket-after-comma.md")
    assert pinned(result.plan, 0) == [
        ("Leitura (capítulos 1-2)", 45, None),
        ("Exercícios (lista B)", 30, None),
    ]


def test_a_bracket_the_author_left_open_is_closed_in_the_title() -> None:
    result = _read("nl-bracket-left-open.md")
    assert pinned(result.plan, 0) == [
        ("Project (deel 2)", 45, None),
        ("Lezen (hoofdstuk 4)", 60, "10:00"),
    ]


def test_a_heading_beside_parts_of_the_day_is_a_part_of_the_day_too() -> None:
    result = _read("es-routine-part-beside-manana.md")
    assert len(result.plan.days) == 1
    assert _sessions(result) == [
        ("Correr", "Mañana"),
        ("Estadística", "Bloque de Estudio"),
        ("Inglés", "Bloque de Estudio"),
        ("Lectura", "Noche"),
    ]
    assert warnings(result) == []


def test_timed_sections_that_name_no_part_of_the_day_are_not_joined_into_one_day() -> None:
    # "## Salı" (Tuesday) is a day of its own, never a part of Monday's.
    result = _read("tr-weekday-sections-stay-apart.md")
    assert [day.weekday for day in result.plan.days] == ["mon", "tue"]
    assert pinned(result.plan, 0) == [("Matematik", 40, "17:00"), ("Türkçe", 40, "18:00")]
    assert pinned(result.plan, 1) == [("Fizik", 40, "18:00")]
    assert warnings(result) == []
