"""Numbers that are not what they seem: a plan titled `# Day`, a start left open (`20h00 -
...`), a goal per week, a speed target, and the words that join a length to its activity."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "not_lengths"


def blocks(plan: Plan) -> list[list[tuple[str, int, int]]]:
    return [
        [(b.title, b.min_minutes, b.max_minutes) for v in d.variants for b in v.blocks]
        for d in plan.days
    ]


def starts(plan: Plan) -> list[str | None]:
    return [b.at for d in plan.days for v in d.variants for b in v.blocks]


def test_a_plan_titled_day_over_weekday_headings_reads_its_weekdays() -> None:
    result = read_plan(PLANS / "title-day-over-weekdays.md")
    assert result.plan.title == "Day"
    assert [(d.title, d.weekday) for d in result.plan.days] == [
        ("Tuesday", "tue"),
        ("Thursday", "thu"),
    ]
    assert blocks(result.plan) == [
        [("Flashcards", 20, 20), ("Grammar drills", 25, 25)],
        [("Listening practice", 40, 40)],
    ]
    assert result.warnings == ()


def test_a_french_start_with_dots_for_its_end_is_never_hours_long() -> None:
    # "**18h30 - ...** → Soirée libre": from 18:30 with no end, kept as a note and warned;
    # not 18½ hours.
    result = read_plan(PLANS / "open-end-dots-paragraph.md")
    assert blocks(result.plan) == [
        [("Accueil des visiteurs", 90, 90), ("Ateliers de démonstration", 120, 120)]
    ]
    assert starts(result.plan) == ["08:30", "10:00"]
    [warning] = result.warnings
    assert warning.line == 9
    assert warning.message == '"Soirée libre" starts at 18:30 with no end: kept as a note'
    assert any("Soirée libre" in note for note in result.plan.days[0].notes)


def test_an_open_start_after_a_lists_spans_is_kept_as_a_note_and_said() -> None:
    result = read_plan(PLANS / "open-end-dots-list.md")
    assert blocks(result.plan) == [[("Team kick-off", 150, 150), ("Build the prototype", 210, 210)]]
    assert result.plan.days[0].notes == ("21:00 - ... Night shift for volunteers",)
    [warning] = result.warnings
    assert warning.line == 6
    assert warning.message == (
        '"Night shift for volunteers" starts at 21:00 with no end: kept as a note'
    )


def test_an_open_start_lasts_until_the_next_span_starts() -> None:
    result = read_plan(PLANS / "open-end-ellipsis-until-next.md")
    assert blocks(result.plan) == [
        [("Planung im Team", 90, 90), ("Projektarbeit", 180, 180), ("Rückblick", 45, 45)]
    ]
    assert starts(result.plan) == ["09:00", "13:00", "16:00"]
    assert result.warnings == ()


def test_a_goal_per_week_with_words_between_is_no_block() -> None:
    for name, block, note in (
        (
            "weekly-goal-italian.md",
            ("Stretching", 10, 15),
            "così arrivo a fare 2 ore di corsa a settimana",
        ),
        (
            "weekly-goal-german.md",
            ("Vokabeln wiederholen", 20, 20),
            "Ziel: insgesamt 3 Stunden Lesen pro Woche",
        ),
        (
            "weekly-goal-portuguese.md",
            ("Revisão de anotações", 30, 30),
            "Meta: 4 horas de exercícios por semana",
        ),
    ):
        result = read_plan(PLANS / name)
        assert blocks(result.plan) == [[block]], name
        assert result.plan.days[0].notes == (note,), name


def test_a_speed_target_is_no_length() -> None:
    for name, block, note in (
        (
            "speed-target-german.md",
            ("Binär umrechnen", 45, 45),
            "[ ] Jede Umrechnung in unter 2 Minuten schaffen",
        ),
        (
            "speed-target-french.md",
            ("Tables de multiplication", 25, 25),
            "Finir la grille en moins de 5 minutes",
        ),
        (
            "speed-target-dutch.md",
            ("Typoefeningen", 30, 30),
            "Een alinea overtypen in minder dan 4 minuten",
        ),
    ):
        result = read_plan(PLANS / name)
        assert blocks(result.plan) == [[block]], name
        assert result.plan.days[0].notes == (note,), name


def test_the_words_joining_a_length_to_its_activity_leave_the_title() -> None:
    expected = {
        "joining-words-spanish.md": [("estiramientos suaves", 15, 15), ("Caminar", 25, 25)],
        "joining-words-german.md": [("locker laufen", 20, 20), ("Dehnen", 10, 10)],
        "joining-words-italian.md": [
            ("lettura del capitolo 3", 40, 40),
            ("Ripassare gli appunti", 20, 20),
        ],
        "joining-words-french.md": [("étirements", 10, 10), ("Marcher", 20, 20)],
        "joining-words-dutch-portuguese.md": [("Wandelen", 30, 30), ("Caminhar", 15, 15)],
    }
    for name, read in expected.items():
        assert blocks(read_plan(PLANS / name).plan) == [read], name


def test_an_hour_alone_left_open_in_a_paragraph_is_a_start() -> None:
    # "**20h - …** Jantar livre": from 20:00 with no end, a note, warned; never 20 hours.
    result = read_plan(PLANS / "open-end-hour-only-paragraph.md")
    assert blocks(result.plan) == [
        [("Abertura e grupos de leitura", 120, 120), ("Oficina de exercícios", 150, 150)]
    ]
    assert starts(result.plan) == ["09:00", "14:00"]
    [warning] = result.warnings
    said = '"Jantar livre" starts at 20:00 with no end: kept as a note'
    assert (warning.line, warning.message) == (9, said)
    assert any("Jantar livre" in note for note in result.plan.days[0].notes)


def test_an_hour_a_day_five_days_a_week_is_still_a_daily_hour() -> None:
    plan = read_plan(PLANS / "weekly-goal-daily-hour-kept.md").plan
    assert blocks(plan) == [[("Scales and chords", 60, 60)]]


def test_another_length_beside_a_speed_target_is_still_read() -> None:
    plan = read_plan(PLANS / "speed-target-other-length-kept.md").plan
    assert blocks(plan) == [[("Drill", 20, 20)]]


def test_a_bold_length_leaves_its_joining_word_to_the_length() -> None:
    plan = read_plan(PLANS / "joining-words-bold-length.md").plan
    assert blocks(plan) == [[("alongamento", 20, 20), ("respiração", 10, 10)]]


def test_a_title_that_starts_with_a_joining_word_keeps_it() -> None:
    # "Für Elise üben (30 min)": the length is at the other end; nothing joins it there.
    plan = read_plan(PLANS / "joining-words-leading-title-kept.md").plan
    assert blocks(plan) == [[("Für Elise üben", 30, 30), ("De Morgan's laws", 20, 20)]]
