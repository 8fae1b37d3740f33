"""Numbers that are not lengths (`Altura/Peso: 1.72 m`, a height in metres) and lengths written
as minutes and seconds (`2:00 Minuten`, `1:30 min`), never read as zero."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.durations import find_duration, find_point_time
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

UNITS = DATA / "number_units"


def read(name: str) -> ReadResult:
    return read_plan(UNITS / name)


def test_a_height_in_a_profile_is_no_block() -> None:
    result = read("es-profile-height-is-no-length.md")
    assert [blocks for _, blocks in day_blocks(result.plan)] == [
        [("Técnica de crol", 40, None), ("Estiramientos", 15, None)]
    ]
    assert warnings(result) == []


def test_metres_with_a_decimal_stay_in_the_title_in_seven_languages() -> None:
    result = read("decimal-metres-in-seven-languages.md")
    assert day_blocks(result.plan) == [
        (
            "mon",
            [
                ("Long jump drills to 2.5 m", 30, None),
                ("Weitsprung bis 4,20 m", 25, None),
                ("Salto de altura 1,60 m", 20, None),
                ("Saut en hauteur à 1,45 m", 20, None),
                ("Salto in alto 1,50m", 15, None),
                ("Salto em altura 1,55 m", 15, None),
                ("Hoogspringen tot 1,40 m", 10, None),
            ],
        )
    ]
    assert warnings(result) == []


def test_a_height_alone_is_a_note_with_a_warning() -> None:
    result = read("nl-height-alone-is-a-note.md")
    day = result.plan.days[0]
    assert [(b.title, b.min_minutes) for v in day.variants for b in v.blocks] == [("Hardlopen", 30)]
    assert "Lengte 1,85 m" in day.notes
    assert warnings(result) == [
        '4: "Lengte 1,85 m" gives a distance (1,85 m), not a length: kept as a note'
    ]


def test_a_whole_number_before_m_stays_minutes() -> None:
    result = read("whole-m-is-minutes.md")
    assert day_blocks(result.plan) == [("mon", [("Flashcards", 30, None), ("Reading", 45, None)])]
    assert warnings(result) == []


def test_metres_with_a_decimal_or_a_range_of_them_are_no_length() -> None:
    for text in ("Altura/Peso: 1.80 m / 75 kg", "Größe 1,80 m", "Hoogte 1.5-2 m", "Salto 2.5m"):
        assert find_duration(text) is None, text
    found = find_duration("Größe 1,80 m, 30 min Lauf")
    assert found is not None
    assert (found.lo, found.text) == (30, "30 min")


def test_minutes_and_seconds_are_minutes_rounded_with_a_warning() -> None:
    result = read("de-minutes-and-seconds.md")
    assert day_blocks(result.plan) == [
        (
            "mon",
            [
                ("Unterarmstütz", 2, None),
                ("Seitstütz", 2, None),
                ("Hampelmann", 1, None),
                ("Dehnen", 10, None),
            ],
        )
    ]
    assert warnings(result) == [
        "5: lengths in parts of a minute read as whole minutes, 15 min in all (14.25 as written):"
        ' "Seitstütz" 1.5 as 2 (line 5), "Hampelmann" 0.75 as 1 (line 6)'
    ]


def test_minutes_and_seconds_in_seven_languages() -> None:
    result = read("minutes-and-seconds-in-seven-languages.md")
    assert day_blocks(result.plan) == [
        (
            "mon",
            [
                ("Plank", 2, None),
                ("Plancha", 3, None),
                ("Gainage", 1, None),
                ("Plank tenuto", 2, None),
                ("Prancha", 4, None),
                ("Planken", 1, None),
            ],
        )
    ]
    assert warnings(result) == []


def test_a_range_of_minutes_and_seconds() -> None:
    result = read("es-minutes-and-seconds-range.md")
    assert day_blocks(result.plan) == [("mon", [("Plancha", 2, None), ("Abdominales", 10, None)])]
    found = find_duration("Plancha (1:30-2:00 min)")
    assert found is not None
    assert (found.lo, found.hi, found.text) == (2, 2, "1:30-2:00 min")


def test_minutes_and_seconds_are_no_time_of_day() -> None:
    assert find_point_time("Unterarmstütz 2:00 Minuten") is None
    assert find_point_time("Plancha 0:45 minutos") is None
    assert find_point_time("Lunch 12:00") == 720
    found = find_duration("12:00 m almuerzo")  # a bare `m` after a time is no word for minutes
    assert found is None or found.text != "12:00 m"


def _group_days(result: ReadResult) -> list[tuple[str | None, str, list[tuple[str, int, int]]]]:
    return [
        (
            d.weekday,
            d.title,
            [(b.title, b.min_minutes, b.max_minutes) for v in d.variants for b in v.blocks],
        )
        for d in result.plan.days
    ]


WORKWEEK = ("mon", "tue", "wed", "thu", "fri")


def test_a_working_weeks_total_is_shared_out_with_a_warning() -> None:
    result = read("en-weekdays-total-shared-out.md")
    assert _group_days(result) == [
        *[(day, "Weekdays", [("Weekdays", 120, 120)]) for day in WORKWEEK],
        ("sat", "Weekend", [("Review the week", 240, 240)]),
    ]
    assert [i.text for i in result.plan.days[0].variants[0].blocks[0].items] == [
        "Read chapter 1",
        "Exercises",
    ]
    assert warnings(result) == [
        '5: "Weekdays (10 hours total)" gives a total for 5 days (600 min): read as 120 min on each'
    ]


def test_a_german_working_week_total() -> None:
    result = read("de-werktage-insgesamt.md")
    assert _group_days(result) == [
        (day, "Werktage", [("Kapitel 1 lesen", 120, 120)]) for day in WORKWEEK
    ]
    assert warnings(result) == [
        '5: "Werktage (10 Stunden insgesamt)" gives a total for 5 days (600 min): read as 120 min'
        " on each"
    ]


def test_a_heading_of_the_working_week_with_a_total() -> None:
    result = read("es-dias-laborables-heading-total.md")
    assert _group_days(result) == [
        (day, "Días laborables", [("Días laborables", 60, 60)]) for day in WORKWEEK
    ]
    assert len(warnings(result)) == 1


def test_a_range_total_and_a_share_to_the_nearest_minute() -> None:
    french = read("fr-en-semaine-range-total.md")
    assert _group_days(french) == [
        (day, "En semaine", [("Fiches de cours", 60, 90)]) for day in WORKWEEK
    ]
    assert warnings(french) == [
        '3: "En semaine (5-7,5 heures au total)" gives a total for 5 days (300–450 min): read as'
        " 60–90 min on each"
    ]
    italian = read("it-giorni-feriali-total.md")
    assert _group_days(italian) == [
        (day, "Giorni feriali", [("Ripasso", 36, 36)]) for day in WORKWEEK
    ]


def test_working_week_totals_in_portuguese_and_dutch() -> None:
    portuguese = read("pt-dias-uteis-total.md")
    assert _group_days(portuguese) == [
        (day, "Dias úteis", [("Leitura", 120, 120)]) for day in WORKWEEK
    ]
    dutch = read("nl-werkdagen-totaal.md")
    assert _group_days(dutch) == [
        (day, "Werkdagen", [("Hoofdstuk 3 lezen", 120, 120)]) for day in WORKWEEK
    ]


def test_a_pace_with_a_word_for_minutes_is_no_length() -> None:
    result = read("pace-with-a-minutes-word.md")
    assert day_blocks(result.plan) == [
        (
            "tue",
            [("Trote 10 km, ritmo 5:30 min", 55, None), ("Easy run 8 km, pace 5:15 min", 45, None)],
        )
    ]
    assert result.plan.days[0].notes == ("Ritmo 5:45 min",)
    assert warnings(result) == [
        '6: "Ritmo 5:45 min" gives a pace (5:45), not a length: kept as a note'
    ]
