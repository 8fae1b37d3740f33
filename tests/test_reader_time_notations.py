"""Clock times in the notations people write them: time-only headings (`### **06h00**`) with the
title on the line below, raw HTML `<div>`/`<p>` lines, `12.30PM`, and a weekday note beside the
parts of one day (`## Observações` / `- Terças-feiras: Terapia 10:00-11:00`)."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import load, read_plan
from planexport.reader.durations import find_point_time
from tests.paths import DATA

PLANS = DATA / "time_notations"


def blocks(plan: Plan, index: int) -> list[tuple[str, int, str | None, str | None]]:
    (variant,) = plan.days[index].variants
    return [(b.title, b.min_minutes, b.at, b.session) for b in variant.blocks]


def messages(name: str) -> list[str]:
    return [f"{w.line}: {w.message}" for w in read_plan(PLANS / name).warnings]


def test_time_only_headings_are_clock_times_titled_by_the_quote_below() -> None:
    plan = load(PLANS / "fr-heures-seules-titre-en-citation.md")
    assert len(plan.days) == 1  # "## Matin" and "## Après-midi" are parts of one day
    # "07h00" is seven o'clock, never a 420-minute block; a start runs until the next one.
    assert blocks(plan, 0) == [
        ("Réveil en douceur", 30, "07:00", "Matin"),
        ("Lecture du matin", 90, "07:30", "Matin"),
        ("Cours de piano", 90, "14:00", "Après-midi"),
        ("Solfège", 30, "15:30", "Après-midi"),
    ]
    (variant,) = plan.days[0].variants
    assert [item.text for item in variant.blocks[0].items] == ["Étirements et un verre d'eau."]
    # The morning's last start has nothing after it in its part of the day: a note, not 5 hours,
    # and said, as a start-only line kept among spans is.
    assert list(plan.days[0].notes) == ["09:00 Révisions de chimie"]
    assert messages("fr-heures-seules-titre-en-citation.md") == [
        '15: "09:00 Révisions de chimie" has a start time but no length: kept as a note'
    ]


def test_a_bold_time_line_among_time_headings_is_one_more_start() -> None:
    plan = load(PLANS / "es-hora-en-negrita-entre-titulos.md")
    assert blocks(plan, 0) == [
        ("Desayuno con la familia", 45, "08:00", None),
        ("Entrenamiento de fútbol", 90, "08:45", None),
        ("Deberes de matemáticas", 90, "10:30", None),
        ("Paseo con el perro", 30, "12:00", None),
    ]
    (variant,) = plan.days[0].variants
    assert [item.text for item in variant.blocks[1].items] == ["Llevar las botas nuevas"]
    assert list(plan.days[0].notes) == []


def test_a_lone_hour_heading_without_minutes_is_not_read_as_a_clock_time() -> None:
    plan = load(PLANS / "en-lone-hour-heading-is-a-length.md")
    assert [day.title for day in plan.days] == ["Day 1", "Day 2"]
    assert plan.days[0].variants == ()
    assert blocks(plan, 1) == [("Plant the tomatoes", 45, None, None)]


def test_a_weekday_note_beside_session_tables_is_not_a_day_nor_a_late_block() -> None:
    plan = load(PLANS / "pt-sessoes-tabelas-nota-de-dia.md")
    assert [(d.weekday, d.title) for d in plan.days] == [(None, "Minha rotina")]
    assert blocks(plan, 0) == [
        ("Acordar e alongar", 20, "07:00", "Manhã"),  # "Pequeno-almoço": a meal, a gap
        ("Estudar inglês", 90, "08:00", "Manhã"),
        ("Projeto pessoal", 120, "15:00", "Tarde/Noite"),
        ("Leitura", 60, "18:00", "Tarde/Noite"),
    ]
    assert messages("pt-sessoes-tabelas-nota-de-dia.md") == [
        '9: row "Caminhada" has a start time but no length',
        '20: "Quintas-feiras: Dentista 16:00-17:00" is for one weekday, the plan one day: not read',
    ]


def test_a_weekday_note_in_german_after_parts_of_the_day_in_lists() -> None:
    plan = load(PLANS / "de-tagesteile-mit-wochentag-hinweis.md")
    assert len(plan.days) == 1
    assert [b[0] for b in blocks(plan, 0)] == [
        "Aufstehen",
        "Lernen",
        "Spaziergang",
        "Kochen",  # the morning's last start, until the afternoon's first (13:00)
        "Hausaufgaben",
        "Sport",
        "Lesen",
    ]
    note = '"Mittwochs: Zahnarzt 09:00-10:00" is for one weekday, the plan one day: not read'
    assert f"19: {note}" in messages("de-tagesteile-mit-wochentag-hinweis.md")


def test_html_paragraph_lines_under_html_headings_are_timed_lines() -> None:
    plan = load(PLANS / "en-html-h3-p-lines-dotted-pm.md")
    assert [(d.weekday, d.title) for d in plan.days] == [("tue", "Tuesday"), ("thu", "Thursday")]
    # "5.30PM" is half past five; the title is the text before the span, markup dropped.
    assert blocks(plan, 0) == [
        ("Piano practice", 90, "16:00", None),
        ("Homework", 90, "17:30", None),
    ]
    assert list(plan.days[0].notes) == ["Call grandma 7.45PM"]
    assert blocks(plan, 1) == [("Swimming", 60, "18:15", None)]


def test_a_dotted_time_with_am_or_pm_is_a_time_of_day() -> None:
    assert find_point_time("Lunch 12.30PM") == 12 * 60 + 30
    assert find_point_time("Wake up 5.30 AM") == 5 * 60 + 30
    assert find_point_time("Version 1.30") is None  # no half of the day: not a time


def test_centred_html_without_times_stays_out_of_the_plan() -> None:
    plan = load(PLANS / "en-html-centred-badges-stay-out.md")
    assert [(d.weekday, d.title) for d in plan.days] == [("mon", "Monday")]
    assert blocks(plan, 0) == [("Algebra", 90, "09:00", None), ("Essay draft", 60, "11:00", None)]
    assert list(plan.days[0].notes) == []


def test_hard_broken_lines_under_a_start_time_are_its_items_and_its_stated_length() -> None:
    plan = load(PLANS / "it-orari-righe-a-capo-durata-sotto.md")
    # "⏱️ 2h" under "**09:30** - Galleria degli Uffizi" is its length (the next start is 12:30).
    assert blocks(plan, 0) == [
        ("Galleria degli Uffizi", 120, "09:30", None),
        ("Pranzo al mercato", 90, "12:30", None),
        ("Ponte Vecchio", 60, "14:00", None),
        ("Giardino di Boboli", 180, "15:00", None),
    ]
    (variant,) = plan.days[0].variants
    assert [item.text for item in variant.blocks[0].items] == [
        "📍 Piazzale degli Uffizi, 6",
        "💶 €25",
        "⏱️ 2h - Botticelli e Leonardo",
    ]
    assert [item.text for item in variant.blocks[1].items] == ["Lampredotto al Mercato Centrale"]


def test_a_stated_length_longer_than_the_gap_to_the_next_start_is_warned() -> None:
    plan = load(PLANS / "fr-duree-plus-longue-que-l-ecart.md")
    assert blocks(plan, 0) == [
        ("Musée des Confluences", 120, "10:00", None),
        ("Vieux Lyon", 120, "12:00", None),
        ("Fourvière", 120, "14:00", None),  # 10:00, 12:00, 14:00: two hours like the others
    ]
    assert messages("fr-duree-plus-longue-que-l-ecart.md")[0] == (
        '3: "Musée des Confluences" says it lasts 150 min, but the next line starts 120 min '
        "later: read as 120 min"
    )


def test_a_length_inside_a_spanned_title_stays_in_the_title_without_a_warning() -> None:
    plan = load(PLANS / "es-duracion-dentro-del-titulo-con-franja.md")
    assert blocks(plan, 0) == [
        ("Ducha / 15 minutos de estiramientos / leer noticias", 60, "06:30", None),
        ("Inglés", 90, "07:30", None),
        ("Correr", 60, "09:00", None),
    ]
    # A length at the end of the text restates the span, and is checked against it.
    assert messages("es-duracion-dentro-del-titulo-con-franja.md") == [
        '4: "45 minutos" differs from the span "09:00 - 10:00"; the span counts'
    ]


def test_a_timetable_without_a_weekday_beside_weekday_headings_is_a_day_of_its_own() -> None:
    plan = load(PLANS / "en-weekday-headings-beside-an-office-day.md")
    assert [(d.number, d.weekday, d.title) for d in plan.days] == [
        (1, "sat", "Saturday"),
        (2, "sun", "Sunday"),
        (3, None, "Office day"),
    ]
    assert blocks(plan, 2) == [
        ("Stretch / 10 minutes of breathing / coffee", 30, "06:30", None),
        ("Spanish lessons", 60, "19:00", None),
    ]
    assert messages("en-weekday-headings-beside-an-office-day.md") == []


def test_a_single_timed_note_after_weekday_headings_stays_out_with_a_warning() -> None:
    plan = load(PLANS / "nl-weekdagen-met-een-losse-notitie.md")
    assert [(d.weekday, d.title) for d in plan.days] == [("mon", "Maandag"), ("tue", "Dinsdag")]
    assert messages("nl-weekdagen-met-een-losse-notitie.md") == [
        '11: "14:00 - 15:00: tandarts (alleen deze maand)" is in no day: not read'
    ]


def test_a_timetable_without_a_weekday_beside_a_full_week_is_not_an_eighth_day() -> None:
    plan = load(PLANS / "de-volle-woche-und-eine-phasenvorlage.md")
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    assert messages("de-volle-woche-und-eine-phasenvorlage.md") == [
        '11: "08:00 - 12:00: Altklausuren" is in no day: not read',
        '12: "14:00 - 16:00: Lerngruppe" is in no day: not read',
    ]


def test_numbered_section_headings_are_not_read_as_clock_times() -> None:
    # "### 1.10" and "### 1.20" are sections 1.10 and 1.20, never blocks pinned at 01:10 and 01:20;
    # the plain lines under them, a title and a length each, are the day's blocks.
    (day,) = load(PLANS / "en-numbered-section-headings-are-not-times.md").days
    assert [(b.title, b.min_minutes, b.at) for v in day.variants for b in v.blocks] == [
        ("Read the chapter on recursion", 45, None),
        ("Solve the tree exercises", 30, None),
    ]
