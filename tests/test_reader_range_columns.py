"""Grid columns headed by a range of weekdays (`Lunes a Viernes`, `Mo–Fr`, `Weekdays`): each of
those days has the column's cells, the other weekday columns keep theirs."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

RANGES = DATA / "range_columns"
WORKWEEK = ["mon", "tue", "wed", "thu", "fri"]


def read(name: str) -> ReadResult:
    return read_plan(RANGES / name)


def weekdays(result: ReadResult) -> list[str | None]:
    return [day.weekday for day in result.plan.days]


def test_a_range_column_of_spans_gives_each_weekday_its_cells() -> None:
    result = read("es-lunes-a-viernes-spans.md")
    assert weekdays(result) == [*WORKWEEK, "sat"]
    for index in range(5):
        assert pinned(result.plan, index) == [
            ("Gramática", 60, "07:00"),
            ("Ejercicios", 90, "08:30"),
        ]
    # The "-" under Sábado is nothing that day, breakfast is a gap on every day.
    assert pinned(result.plan, 5) == [("Lectura libre", 60, "07:00")]
    assert [day.title for day in result.plan.days] == ["Lunes a Viernes"] * 5 + ["Sábado"]
    assert warnings(result) == []


def test_a_short_range_column_of_start_times_lasts_until_the_next_start() -> None:
    result = read("de-mo-fr-start-times.md")
    assert weekdays(result) == [*WORKWEEK, "sat"]
    assert pinned(result.plan, 4) == [
        ("Vokabeln", 60, "09:00"),
        ("Texte lesen", 120, "10:00"),
        ("Grammatik", 120, "13:00"),
    ]
    assert pinned(result.plan, 5) == [("Wiederholung", 60, "09:00"), ("Ausflug", 120, "10:00")]
    assert warnings(result) == []


def test_the_activity_column_is_the_ranges_entry_where_its_own_cell_is_empty() -> None:
    result = read("fr-activite-default-for-the-range.md")
    assert weekdays(result) == [*WORKWEEK, "sat"]
    assert pinned(result.plan, 0) == [
        ("Réveil et étirements", 30, "06:30"),
        ("Anglais (lecture à voix haute)", 60, "07:00"),
    ]
    # "Travail" beside the day's other spans is busy time: a note of each weekday, no block.
    assert [day.notes for day in result.plan.days] == [("08:00–12:00 Travail",)] * 5 + [()]
    # Saturday's own cells only: its "-" is nothing, never the activity column's "Travail".
    assert pinned(result.plan, 5) == [
        ("Grasse matinée", 30, "06:30"),
        ("Anglais (film)", 60, "07:00"),
    ]


def test_rows_naming_a_weekday_under_a_slot_say_what_that_day_does_in_it() -> None:
    result = read("nl-ma-tm-vr-subject-rows.md")
    assert weekdays(result) == [*WORKWEEK, "sat"]
    # Dinner at 17:00 is a gap (a meal); the 18:00 slot is each day's study.
    studies = [next(b for b in pinned(result.plan, index) if b[2] == "18:00") for index in range(6)]
    assert studies == [
        ("Studeren: Wiskunde (hoofdstuk 1)", 120, "18:00"),
        ("Studeren", 120, "18:00"),
        ("Studeren: Scheikunde", 120, "18:00"),
        ("Studeren", 120, "18:00"),
        ("Studeren", 120, "18:00"),
        ("Herhalen", 120, "18:00"),
    ]
    assert warnings(result) == []


def test_weekdays_and_weekend_columns_are_groups_of_days() -> None:
    result = read("en-weekdays-and-weekend-columns.md")
    assert weekdays(result) == [*WORKWEEK, "sat", "sun"]
    assert pinned(result.plan, 2) == [("Run", 60, "06:00"), ("Reading", 60, "07:00")]
    assert pinned(result.plan, 6) == [("Long ride", 60, "06:00")]


def test_a_weekday_column_a_table_read_by_rows_leaves_out_is_warned() -> None:
    result = read("it-weekday-column-not-read.md")
    assert pinned(result.plan, 0) == [("Lettura", 45, None), ("Esercizi", 30, None)]
    assert warnings(result) == [
        '3: column "Sabato" names a weekday, but the table is read a block a row and its cells '
        "are not read: write the days as columns of a grid of times, or as headings"
    ]


def test_a_short_column_of_segment_numbers_is_no_weekday_column() -> None:
    # "Seg" (Segunda, short) over "01", "02": the numbers of the segments, nothing to warn of.
    result = read("pt-seg-numbers-are-no-weekday.md")
    assert pinned(result.plan, 0) == [("Abertura", 30, "09:00"), ("Prática", 45, "09:30")]
    assert warnings(result) == []
