"""Bold weekday lines with a length over untimed bullets (`**Monday** (1 hour)`), and bold lines
of a group of weekdays with one (`**Weekdays** (1 hour/day)`, `**Weekend** (3 hours total)`)."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

FOLDER = DATA / "bold_weekday_lengths"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def titled_days(result: ReadResult) -> list[tuple[str | None, str, list[tuple[str, int]]]]:
    return [
        (d.weekday, d.title, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ]


def test_weekday_lines_keep_their_names_and_friday_is_not_lost_to_the_weekend() -> None:
    result = read("en-weekday-lines-weekend-total.md")
    assert titled_days(result) == [
        ("mon", "Monday", [("Flashcards: food words", 45)]),
        ("tue", "Tuesday", [("Tuesday", 60)]),
        ("fri", "Friday", [("Review the week's cards", 30)]),
        # "2 hours total" is the weekend's, so one day of it, not two hours on each
        ("sat", "Weekend", [("Watch a film with subtitles", 120)]),
    ]
    assert blocks_with_items(result.plan)[1] == (
        "Tuesday",
        60,
        None,
        ["Listening: one podcast episode", "Write five sentences"],
    )
    assert all(not d.notes for d in result.plan.days)
    assert warnings(result) == []


def test_german_workdays_keep_their_blocks_and_the_weekend_its_own() -> None:
    result = read("de-werktage-wochenende.md")
    workday = [("Vokabeln", 30), ("Grammatik", 30)]
    assert [(weekday, blocks) for weekday, _, blocks in titled_days(result)] == [
        ("mon", workday),
        ("tue", workday),
        ("wed", workday),
        ("thu", workday),
        ("fri", workday),
        ("sat", [("Lesen", 120)]),
    ]
    # "(1 Std./Tag)" says each workday's length, which its two lines already give: no note
    assert all(not d.notes for d in result.plan.days)
    # "(2 Std.)" without "pro Tag" is the weekend's as a whole: once, on Saturday, and said so
    assert warnings(result) == [
        '7: "Wochenende (2 Std.)" is the weekend\'s time as a whole: read once, on Saturday, '
        'and Sunday left free (write "per day" to give each day that long)'
    ]


def test_a_spanish_weekend_total_is_one_day() -> None:
    result = read("es-lunes-fin-de-semana-total.md")
    assert titled_days(result) == [
        ("mon", "Lunes", [("Leer el capítulo 6", 60)]),
        ("wed", "Miércoles", [("Problemas del capítulo 6", 90)]),
        ("sat", "Fin de semana", [("Repaso general", 180)]),
    ]


def test_a_french_weekend_length_per_day_is_each_days() -> None:
    result = read("fr-week-end-per-day.md")
    assert titled_days(result) == [
        ("thu", "Jeudi", [("Fiches de vocabulaire", 60)]),
        ("sat", "Week-end", [("Week-end", 120)]),
        ("sun", "Week-end", [("Week-end", 120)]),
    ]
    assert [i.text for i in result.plan.days[2].variants[0].blocks[0].items] == [
        "Annales",
        "Correction",
    ]


def test_italian_weekday_pattern_never_holds_the_weekend_block() -> None:
    result = read("it-feriali-fine-settimana.md")
    weekdays = [d for d in titled_days(result) if d[0] not in ("sat", "sun")]
    assert [d[0] for d in weekdays] == ["mon", "tue", "wed", "thu", "fri"]
    assert all(d[2] == [("Esercizi", 30), ("Teoria", 30)] for d in weekdays)
    assert all(not d.notes for d in result.plan.days)  # "(1 ora al giorno)" is no note
    assert titled_days(result)[5:] == [("sat", "Fine settimana", [("Progetto", 120)])]


def test_a_portuguese_weekday_line_keeps_its_point_beside_a_weekend_total() -> None:
    result = read("pt-segunda-fim-de-semana-total.md")
    assert titled_days(result) == [
        ("mon", "Segunda", [("Redação", 60)]),
        ("sat", "Fim de semana", [("Simulado", 240)]),
    ]
    assert all(not d.notes for d in result.plan.days)


def test_dutch_workdays_per_day_over_untimed_points_are_one_block_each() -> None:
    result = read("nl-werkdagen-untimed-points.md")
    assert [d.weekday for d in result.plan.days] == [
        "mon", "tue", "wed", "thu", "fri", "sat"
    ]  # fmt: skip
    assert blocks_with_items(result.plan)[0] == (
        "Werkdagen",
        60,
        None,
        ["Woordjes", "Grammatica"],
    )
    assert titled_days(result)[5] == ("sat", "Weekend", [("Lezen", 120)])


def test_a_working_weeks_total_is_not_given_to_each_weekday() -> None:
    result = read("en-weekdays-total-stays.md")
    # "10 hours total" over the working week is not ten hours a day, nor all of it Monday's:
    # its share of two hours on each weekday, Monday keeping its own line.
    assert titled_days(result) == [
        ("mon", "Monday", [("Reading", 60)]),
        *[(day, "Weekdays", [("Practice problems", 120)]) for day in ("tue", "wed", "thu", "fri")],
    ]
    assert (
        '6: "Weekdays (10 hours total)" gives a total for 5 days (600 min): read as 120 min on each'
        in warnings(result)
    )


def test_a_weekend_heading_with_a_length_is_its_day_not_unread() -> None:
    result = read("en-heading-weekend-length.md")
    assert titled_days(result) == [
        ("mon", "Monday", [("Sorting drills", 60)]),
        ("thu", "Thursday", [("Graph problems", 60)]),
        ("sat", "Weekend", [("Contest practice", 120)]),
    ]
    assert warnings(result) == [
        '9: "Weekend (2 hours)" is the weekend\'s time as a whole: read once, on Saturday, '
        'and Sunday left free (write "per day" to give each day that long)'
    ]


def test_a_german_weekend_heading_total_is_one_day_of_its_points() -> None:
    result = read("de-heading-wochenende-insgesamt.md")
    assert titled_days(result)[2:] == [("sat", "Wochenende", [("Wochenende", 240)])]
    assert blocks_with_items(result.plan)[2][3] == ["Altklausur", "Fehler nacharbeiten"]
    assert warnings(result) == []


def test_an_italian_weekend_heading_beside_a_timed_weekday() -> None:
    result = read("it-heading-fine-settimana.md")
    assert titled_days(result) == [
        ("mon", "Lunedì", [("Analisi", 60)]),
        ("sat", "Fine settimana", [("Ripasso", 90)]),
    ]
    assert len(warnings(result)) == 1
