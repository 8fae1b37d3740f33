"""A rough start beside a length (`around 9:30 am … 60 to 100 minutes`, `vers 8h30`, `gegen 10
Uhr`, `hacia las 19`, `verso le 18`, `por volta das 7h`, `rond 9 uur`): a block at that time with
that length; a weekday inside a section's title (`Randonnées du Samedi`, `Sonntagsläufe`) over
such a paragraph is that weekday's day."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.place_titles import is_place
from planexport.reader.rough_starts import rough_start
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

ROUGH = DATA / "rough_starts"


def read(name: str) -> ReadResult:
    return read_plan(ROUGH / name)


def blocks(result: ReadResult) -> list[tuple[str | None, str, str | None, int, int]]:
    return [
        (d.weekday, b.title, b.at, b.min_minutes, b.max_minutes) for d, b in blocks_of(result.plan)
    ]


def test_a_paragraph_under_a_weekday_heading_is_a_block_at_its_rough_start() -> None:
    result = read("en-weekday-heading-paragraph-start.md")
    assert blocks(result) == [("sun", "Hill repeats on the coastal path", "09:30", 60, 100)]
    assert warnings(result) == []


def test_a_weekday_inside_a_section_title_is_that_weekdays_day() -> None:
    result = read("fr-weekday-inside-section-title.md")
    assert blocks(result) == [
        ("tue", "Échauffement et technique", "18:00", 60, 60),
        ("sat", "Randonnées du Samedi", "08:30", 120, 210),
    ]
    assert [d.title for d in result.plan.days] == ["Mardi", "Randonnées du Samedi"]
    assert warnings(result) == []


def test_a_german_compound_of_a_weekday_names_the_day() -> None:
    result = read("de-compound-weekday-title.md")
    assert blocks(result) == [("sun", "Sonntagsläufe", "10:00", 45, 90)]
    assert warnings(result) == []


def test_a_list_item_with_a_rough_start_is_pinned_at_it() -> None:
    assert blocks(read("es-list-item-rough-start.md")) == [
        ("thu", "Series en pista", "19:00", 75, 75),
        ("sun", "Tirada larga", "09:30", 90, 120),
    ]
    assert blocks(read("it-list-item-rough-start.md")) == [
        ("wed", "Ripetute in pista", "18:00", 60, 60)
    ]


def test_an_h_hour_after_a_rough_start_word_is_the_start_not_the_length() -> None:
    assert blocks(read("pt-h-hour-is-the-start.md")) == [("sat", "Longão", "07:00", 120, 120)]


def test_a_dutch_paragraph_with_rond_and_uur() -> None:
    result = read("nl-prose-round-hour.md")
    assert blocks(result) == [("sat", "Duurloop door de duinen", "09:00", 60, 90)]
    assert warnings(result) == []


def test_about_a_count_or_a_distance_is_no_start() -> None:
    assert blocks(read("en-about-a-count-is-no-start.md")) == [
        ("tue", "Track session with about 12 runners", None, 60, 60),
        ("tue", "Cool-down jog around 2 km", None, 15, 15),
    ]


def test_a_written_span_keeps_its_time() -> None:
    assert blocks(read("en-clock-span-keeps-its-time.md")) == [
        ("thu", "Tempo run, usually around 6pm at the park", "18:00", 60, 60)
    ]


def test_rough_starts_in_each_language() -> None:
    assert rough_start("Long run, around 10am, 75 to 180 minutes") == 600
    assert rough_start("at about 2:15 pm") == 14 * 60 + 15
    assert rough_start("Elles partent autour de 10h30") == 630
    assert rough_start("aux alentours de 19h") == 19 * 60
    assert rough_start("Treffpunkt gegen 18:30") == 18 * 60 + 30
    assert rough_start("a eso de las 8") == 480
    assert rough_start("intorno alle 17.30") == 17 * 60 + 30
    assert rough_start("perto das 6h") == 360
    assert rough_start("omstreeks 20:00") == 20 * 60


def test_no_rough_start_where_none_or_two_are_said() -> None:
    assert rough_start("around 10 minutes") is None
    assert rough_start("gegen 2 Stunden") is None
    assert rough_start("around 9am or around 5pm") is None
    assert rough_start("around 9am, then 12:00 lunch") is None
    assert rough_start("rond 10 uur lang") is None


def notes(name: str) -> list[tuple[str, str, str | None]]:
    result = read(name)
    assert warnings(result) == []
    return [
        (d.title, b.title, b.note) for d in result.plan.days for v in d.variants for b in v.blocks
    ]


def test_a_place_under_a_named_day_is_the_blocks_note() -> None:
    assert notes("fr-place-under-named-day.md") == [
        ("Fractionné", "Fractionné", "Stade municipal de Beaune")
    ]
    assert notes("en-address-under-named-day.md") == [
        ("Hill reps", "Hill reps", "14 Quarry Lane Road, Ashford")
    ]


def test_a_place_under_a_session_heading_or_bold_name_is_the_blocks_note() -> None:
    assert notes("de-place-under-session-heading.md") == [
        ("Donnerstag", "Krafttraining", "Sporthalle Nord")
    ]
    assert notes("pt-place-under-session-heading.md") == [
        ("Terça", "Treino de força", "Ginásio do Clube Atlético")
    ]
    assert notes("es-place-after-bold-name.md") == [
        ("Sábado", "Tirada larga", "Polideportivo Norte")
    ]
    assert read("es-place-after-bold-name.md").plan.days[0].notes == ()


def test_a_place_with_no_session_name_keeps_its_title() -> None:
    assert notes("nl-place-without-a-name-stays.md") == [("Woensdag", "Sporthal De Boog", None)]
    assert notes("it-place-among-two-blocks-stays.md") == [
        ("Ripetute", "Palestra Comunale", None),
        ("Ripetute", "Stretching", None),
    ]


def test_places_and_titles_that_only_start_like_one() -> None:
    assert is_place("Terrain Communal de Blaisy-Bas")
    assert is_place("Sportplatz Am Berg")
    assert is_place("Track at Hillside School")
    assert is_place("12 rue des Lilas, 21000 Dijon")
    assert not is_place("Track Intervals")
    assert not is_place("Salle de sport")
    assert not is_place("Piscina comunale")
    assert not is_place("Run the 1st lap easy")


SAID = " is a break between blocks: not a block (the schedule's own breaks are used)"


def test_a_break_with_a_length_among_lengths_is_said_not_kept() -> None:
    result = read("en-break-between-lengths.md")
    assert blocks(result) == [
        ("mon", "Reading", None, 45, 45),
        ("mon", "Past papers", None, 50, 50),
    ]
    assert warnings(result) == ['6: "Break (10 min)"' + SAID]


def test_a_lunch_row_and_a_rest_line_are_said_in_each_language() -> None:
    table = read("de-lunch-row-among-lengths.md")
    assert [b[1] for b in blocks(table)] == ["Vokabeln", "Grammatik"]
    assert warnings(table) == ['8: "Mittagspause | 30 min"' + SAID]
    rest = read("es-rest-between-lengths.md")
    assert [b[1] for b in blocks(rest)] == ["Lectura", "Ejercicios"]
    assert warnings(rest) == ['6: "Descanso 15 min"' + SAID]


def test_a_break_in_a_day_of_times_is_its_gap_without_a_warning() -> None:
    result = read("fr-pause-in-timed-day-is-quiet.md")
    assert [b[1] for b in blocks(result)] == ["Lecture", "Exercices"]
    assert warnings(result) == []
