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
