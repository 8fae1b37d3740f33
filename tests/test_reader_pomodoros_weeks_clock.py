"""Pomodoros as a length, tables of hours per week, and hours of the day said with a word."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.clock_prepositions import said_start
from planexport.reader.durations import find_duration, parse_duration
from planexport.reader.markdown import parse_markdown
from planexport.reader.pomodoros import find_pomodoros, plan_minutes
from planexport.scheduling import ScheduleOptions, schedule
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

PLANS = DATA / "pomodoros_weeks_clock"


def _blocks(name: str) -> list[tuple[str, int, int, str | None]]:
    plan = read_plan(PLANS / name).plan
    return [(b.title, b.min_minutes, b.max_minutes, b.at) for _, b in blocks_of(plan)]


# --- pomodoros ---------------------------------------------------------------------------


def test_a_pomodoro_is_twenty_five_minutes_of_work() -> None:
    result = read_plan(PLANS / "en-pomodoros.md")
    assert _blocks("en-pomodoros.md") == [
        ("Arrays", 100, 100, None),
        ("Strings", 50, 50, None),
        ("Mock interview", 25, 25, None),
    ]
    assert warnings(result) == []


def test_a_range_of_pomodoros_is_a_range_of_minutes() -> None:
    assert _blocks("en-pomodoro-range.md") == [("Trees", 75, 100, None)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("it-pomodori.md", [("Risorgimento", 75), ("Esercizi", 50)]),
        ("pt-sessoes-pomodoro.md", [("Álgebra", 100), ("Geometria", 50)]),
        ("nl-pomodoros-apostrophe.md", [("Wiskunde", 75), ("Engels", 50)]),
        ("de-pomodoro-units.md", [("Mathe", 50), ("Vokabeln", 150)]),
        ("en-tomatoes.md", [("Graphs", 75), ("Dynamic programming", 100)]),
    ],
)
def test_pomodoros_in_each_language_and_as_tomatoes(
    name: str, expected: list[tuple[str, int]]
) -> None:
    assert [(t, lo) for t, lo, _, _ in _blocks(name)] == expected


def test_a_plan_that_says_how_long_its_pomodoro_is_uses_that_length() -> None:
    result = read_plan(PLANS / "es-own-length.md")
    assert _blocks("es-own-length.md") == [("Historia", 100, 100, None), ("Lengua", 150, 150, None)]
    assert warnings(result) == []


def test_the_length_said_after_the_count_is_the_total_or_each_ones() -> None:
    # "(100 min)" is the total; "de 30 min" is each pomodoro's length
    assert _blocks("fr-count-then-total.md") == [
        ("Chimie", 100, 100, None),
        ("Physique", 60, 60, None),
    ]


def test_a_plans_own_length_does_not_stay_for_the_next_plan() -> None:
    longer = parse_markdown("# P\n\n1 pomodoro = 50 min\n\n## Monday\n- Arrays: 2 pomodoros\n")
    plain = parse_markdown("# P\n\n## Monday\n- Arrays: 2 pomodoros\n")
    assert longer.days[0].variants[0].blocks[0].min_minutes == 100
    assert plain.days[0].variants[0].blocks[0].min_minutes == 50


def test_pomodoro_sauce_and_the_technique_alone_are_no_length() -> None:
    assert _blocks("it-tomato-sauce.md") == [("Analisi", 120, 120, "14:00")]
    assert find_duration("La technique Pomodoro") is None
    assert find_duration("pasta al pomodoro") is None


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Arrays: 4 pomodoros", 100),
        ("Trees: 3 pomodori", 75),
        ("2 Pomodoros", 50),
        ("Review (6 pomodoro)", 150),
        ("Álgebra: 4 sessões pomodoro", 100),
        ("Wiskunde: 3 pomodoro's", 75),
        ("Pomodoro x4: DP", 100),
        ("🍅 x4", 100),
        ("4 × 🍅", 100),
        ("🍅🍅🍅", 75),
        ("dos pomodoros de historia", 50),
        ("2 pomodoros (25 min each)", 50),
        ("Arrays: 4 pomodoros of 30 min", 120),
    ],
)
def test_counts_of_pomodoros(text: str, minutes: int) -> None:
    found = find_pomodoros(text)
    assert found is not None
    assert found.lo == minutes


def test_a_repetition_of_minutes_before_the_word_stays_a_repetition() -> None:
    found = find_duration("3 x 25 min Pomodoro")
    assert found is not None
    assert found.text == "25 min"  # the repeat reader makes it 3 × 25
    assert find_pomodoros("4 × 50-min pomodoros") is None


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("1 pomodoro = 50 min", 50),
        ("We use pomodoros of 30 minutes.", 30),
        ("50-minute pomodoros", 50),
        ("Pomodoro (50/10)", 50),
        ("Un pomodoro dura 30 minutos", 30),
        ("Pomodori da 45 minuti", 45),
        ("Ein Pomodoro dauert 40 Minuten", 40),
        ("pasta al pomodoro 12:30", 25),
        ("no pomodoro here", 25),
    ],
)
def test_the_length_a_plan_gives_its_pomodoro(text: str, minutes: int) -> None:
    assert plan_minutes(text) == minutes


# --- tables of hours per week ------------------------------------------------------------


def test_a_week_table_is_five_study_days_a_week() -> None:
    result = read_plan(PLANS / "en-hours-per-week.md")
    plan = result.plan
    assert [(d.week, d.weekday) for d in plan.days[:6]] == [
        (1, "mon"),
        (1, "tue"),
        (1, "wed"),
        (1, "thu"),
        (1, "fri"),
        (2, "mon"),
    ]
    assert len(plan.days) == 15
    first = plan.days[0].variants[0].blocks[0]
    assert (first.title, first.min_minutes) == ("Arrays, strings", 120)
    assert [i.text for i in first.items] == ["Arrays", "strings"]
    last = plan.days[-1].variants[0].blocks[0]
    assert (last.title, last.min_minutes, plan.days[-1].week) == ("Trees", 145, 3)  # 144
    assert warnings(result) == [
        "3: a table of hours per week: each week's hours are spread evenly over five study"
        " days, Monday to Friday (week 1: 10 h, 120 min a day)"
    ]


def test_a_week_table_schedules_week_after_week() -> None:
    import datetime as dt

    plan = read_plan(PLANS / "en-hours-per-week.md").plan
    timed = schedule(plan, ScheduleOptions(start=dt.date(2026, 12, 7), hours=4))
    dates = sorted({b.start.date() for b in timed.blocks})
    assert dates[:6] == [
        dt.date(2026, 12, 7),
        dt.date(2026, 12, 8),
        dt.date(2026, 12, 9),
        dt.date(2026, 12, 10),
        dt.date(2026, 12, 11),
        dt.date(2026, 12, 14),  # week 2 starts on the next Monday
    ]
    assert dates[-1] == dt.date(2026, 12, 25)


def test_other_columns_are_the_note_and_a_row_of_weeks_is_each_of_them() -> None:
    plan = read_plan(PLANS / "de-stunden-pro-woche.md").plan
    assert [d.title for d in plan.days[:5]] == [
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
    ]
    first = plan.days[0].variants[0].blocks[0]
    assert (first.min_minutes, first.note) == (95, "Material: Skript Kap. 1")
    ranged = plan.days[5].variants[0].blocks[0]
    assert (ranged.title, ranged.min_minutes, ranged.max_minutes) == (
        "Differentialrechnung",
        70,
        95,
    )
    assert [d.week for d in plan.days[5:]] == [2] * 5 + [3] * 5


def test_hours_per_day_give_every_day_of_the_week() -> None:
    result = read_plan(PLANS / "es-horas-dia.md")
    plan = result.plan
    assert len(plan.days) == 14
    assert [d.title for d in plan.days[5:7]] == ["Sábado", "Domingo"]
    assert [b.min_minutes for d in plan.days for v in d.variants for b in v.blocks] == (
        [120] * 7 + [90] * 7
    )
    assert warnings(result) == [
        "3: a table of hours per day: each day's hours are read as a block on all seven days"
        " of its week"
    ]


@pytest.mark.parametrize(
    ("header", "days"),
    [
        ("Hours per week", 10),
        ("Hrs/wk", 10),
        ("Std./Woche", 10),
        ("Heures par semaine", 10),
        ("Ore a settimana", 10),
        ("Uren per week", 10),
        ("Horas semanales", 10),
        ("Weekly hours", 10),
        ("Stunden/Tag", 14),
        ("Heures par jour", 14),
        ("Ore al giorno", 14),
        ("Uren per dag", 14),
        ("Daily hours", 14),
    ],
)
def test_headers_of_hours_per_week_and_per_day(header: str, days: int) -> None:
    plan = parse_markdown(
        f"# P\n\n| Week | Topic | {header} |\n|---|---|---|\n| 1 | Arrays | 5 |\n"
        "| 2 | Trees | 5 |\n"
    )
    assert len(plan.days) == days


def test_a_week_without_hours_has_no_study() -> None:
    plan = read_plan(PLANS / "fr-heures-semaine-off.md").plan
    assert [d.is_rest for d in plan.days] == [False] * 5 + [True] * 5 + [False] * 5
    assert plan.days[10].variants[0].blocks[0].title == "Optique"


@pytest.mark.parametrize(
    ("name", "first", "minutes"),
    [
        ("nl-uren-under-week.md", "Maandag", [50, 70]),
        ("it-ore-settimana.md", "Lunedì", [90, 120]),
        ("pt-horas-por-semana.md", "Segunda-feira", [35, 50]),
    ],
)
def test_week_tables_in_other_languages(name: str, first: str, minutes: list[int]) -> None:
    plan = read_plan(PLANS / name).plan
    assert plan.days[0].title == first
    assert sorted({b.min_minutes for d in plan.days for v in d.variants for b in v.blocks}) == (
        minutes
    )


def test_bold_week_cells_and_hours_with_their_unit() -> None:
    plan = read_plan(PLANS / "en-week-table-bold-cells.md").plan
    first = plan.days[0].variants[0].blocks[0]
    assert (first.title, first.min_minutes, first.note) == (
        "Python basics, loops",
        120,
        "Notes: Start slow",
    )
    assert [i.text for i in first.items] == ["Python basics", "loops"]
    assert (plan.days[5].week, plan.days[5].variants[0].blocks[0].min_minutes) == (2, 145)


def test_a_total_row_is_no_week_and_wk_names_the_weeks() -> None:
    plan = read_plan(PLANS / "en-week-table-total-row.md").plan
    assert [(d.week, d.weekday) for d in plan.days][::5] == [(1, "mon"), (2, "mon")]
    assert len(plan.days) == 10
    assert {b.min_minutes for d in plan.days for v in d.variants for b in v.blocks} == {60}


def test_a_week_table_beside_day_headings_is_left_as_before() -> None:
    assert _blocks("en-week-table-beside-days.md") == [
        ("Arrays", 120, 120, None),
        ("Trees", 120, 120, None),
    ]


# --- an hour of the day said with a word ---------------------------------------------------


def test_om_9_uur_is_a_start_and_2_uur_a_length() -> None:
    assert _blocks("nl-om-uur.md") == [
        ("wiskunde", 120, 120, "09:00"),
        ("Engels", 60, 60, "14:00"),
        ("aardrijkskunde", 120, 120, "15:00"),
    ]


def test_a_heures_is_a_start_and_2_heures_de_a_length() -> None:
    assert _blocks("fr-a-heures.md") == [
        ("maths", 120, 120, "09:00"),
        ("Anglais", 60, 60, "14:00"),
        ("physique", 120, 120, "15:00"),
    ]


def test_um_9_uhr_is_a_start_and_stunden_a_length() -> None:
    assert _blocks("de-um-uhr.md") == [
        ("Mathe", 120, 120, "09:00"),
        ("Physik", 60, 60, "14:00"),
        ("Lesen", 180, 180, "15:00"),
    ]


def test_a_las_horas_is_a_start_and_horas_de_a_length() -> None:
    assert _blocks("es-a-las-horas.md") == [
        ("Historia", 60, 60, "09:00"),
        ("Biología", 120, 120, "11:00"),
        ("Química", 120, 120, "13:00"),
    ]


def test_as_horas_is_a_start() -> None:
    assert _blocks("pt-as-horas.md") == [
        ("História", 60, 60, "10:00"),
        ("Geografia", 60, 60, "14:00"),
    ]


def test_oclock_is_a_start() -> None:
    assert _blocks("en-oclock.md") == [("Maths", 60, 60, "11:00"), ("Physics", 60, 60, "09:00")]


def test_alle_and_alle_ore_are_starts() -> None:
    assert _blocks("it-alle.md") == [("Storia", 120, 120, "15:00"), ("Latino", 60, 60, "17:00")]


def test_an_hour_said_with_a_word_reads_as_the_same_hour_in_digits() -> None:
    # "à 2 heures" is 02:00 as "2:00" is: a time of day, never two hours
    assert _blocks("fr-a-deux-heures.md") == [("révision de l'oral", 60, 60, "02:00")]


@pytest.mark.parametrize(
    "text", ["om 9 uur", "à 2 heures", "à 14 heures", "vers 14h", "às 9 horas", "a las 9 horas"]
)
def test_an_hour_after_a_word_that_says_at_is_no_length(text: str) -> None:
    assert find_duration(text) is None


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("2 uur wiskunde", 120),
        ("2 heures de maths", 120),
        ("9 Stunden", 540),
        ("um 2 Stunden verlängern", 120),  # by two hours: German says the hour with "Uhr"
        ("Lernen: 3 horas", 180),
    ],
)
def test_lengths_of_hours_stay_lengths(text: str, minutes: int) -> None:
    assert parse_duration(text) == (minutes, minutes)


def test_the_start_a_line_says_inside_it() -> None:
    assert said_start("Engels om 14 uur (1 uur)") == (14 * 60, "om 14 uur")
    assert said_start("Mathe um 9:30 Uhr") == (9 * 60 + 30, "um 9:30 Uhr")
    assert said_start("Réunion à 9h30 (30 min)") == (9 * 60 + 30, "à 9h30")
    assert said_start("Dedica tempo alle 3 materie") is None
    assert said_start("Lecture (1 h à 2 h)") is None  # the end of a range of lengths


def test_a_range_of_hours_with_a_stays_a_length() -> None:
    plan = parse_markdown(
        "# P\n\n## Lundi\n- Révision : 1 à 2 heures\n- Réunion à 9h30 (30 min)\n"
        "- Lire de 2 à 3 heures\n"
    )
    assert [(b.min_minutes, b.max_minutes, b.at) for b in plan.days[0].variants[0].blocks] == [
        (60, 120, None),  # the whole range, "à" a word of it, no time of day
        (30, 30, "09:30"),
        (120, 180, "10:00"),  # right after the meeting
    ]


@pytest.mark.parametrize("text", ["0H:²", "² pomodoros", "2 h ²", "Review (³ hours)"])
def test_a_superscript_digit_is_no_number_and_no_crash(text: str) -> None:
    found = find_duration(text)
    assert found is None or ("²" not in found.text and "³" not in found.text)
