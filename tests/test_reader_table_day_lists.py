"""Tables whose day column lists several weekdays a row, with rows on no day, start tables with
spans in their notes, and run sheets of offsets from a session's start."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "table_day_lists"


def test_english_not_applicable_row_is_skipped_and_the_rest_keep_their_days() -> None:
    result = read_plan(PLANS / "en_not_applicable_row.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Swim club", 60, "17:00")]),
        ("tue", [("Piano", 60, "16:30")]),
        ("wed", [("Swim club", 60, "17:00")]),
        ("thu", [("Piano", 60, "16:30")]),
        ("sat", [("Hiking", 180, "08:00")]),  # the last row has no closing pipe
        ("sun", [("Hiking", 180, "08:00")]),
    ]
    assert warnings(result) == ['7: row "Emails" skipped: its day is "n/a", no weekday']


def test_german_tage_column_with_range_plus_and_no_information() -> None:
    result = read_plan(PLANS / "de_tage_column.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Laufen", 45, "06:30")]),
        ("tue", [("Chor", 90, "19:00"), ("Laufen", 45, "06:30")]),
        ("wed", [("Laufen", 45, "06:30")]),
        ("thu", [("Chor", 90, "19:00"), ("Laufen", 45, "06:30")]),
        ("fri", [("Laufen", 45, "06:30")]),
        ("sat", [("Markt", 60, "09:00")]),
    ]
    assert result.plan.days[1].variants[0].blocks[0].note == "Noten mitbringen"
    assert warnings(result) == ['7: row "Telefonate" skipped: its day is "k. A.", no weekday']


def test_spanish_days_joined_by_y_and_no_aplica() -> None:
    result = read_plan(PLANS / "es_dias_column.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Inglés", 90, "18:00")]),
        ("wed", [("Inglés", 90, "18:00")]),
        ("fri", [("Inglés", 90, "18:00")]),
        ("sat", [("Natación", 60, "10:00")]),
    ]
    assert [d.title for d in result.plan.days] == ["Monday", "Wednesday", "Friday", "Saturday"]
    assert warnings(result) == ['6: row "Correo" skipped: its day is "no aplica", no weekday']


def test_french_jours_joined_by_et_and_aucun() -> None:
    result = read_plan(PLANS / "fr_jours_column.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Théâtre", 120, "18:00")]),
        ("thu", [("Théâtre", 120, "18:00")]),
        ("sat", [("Marché", 90, "09:00")]),
    ]
    assert warnings(result) == ['6: row "Courriels" skipped: its day is "aucun", no weekday']


def test_italian_giorni_column_and_n_d() -> None:
    result = read_plan(PLANS / "it_giorni_column.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Palestra", 60, "07:00")]),
        ("wed", [("Palestra", 60, "07:00")]),
        ("thu", [("Coro", 90, "20:00")]),
        ("fri", [("Palestra", 60, "07:00")]),
    ]
    assert warnings(result) == ['6: row "Chiamate" skipped: its day is "n/d", no weekday']


def test_portuguese_days_joined_by_e_and_plus() -> None:
    result = read_plan(PLANS / "pt_dias_column.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Ioga", 60, "07:00")]),
        ("wed", [("Ioga", 60, "07:00")]),
        ("sat", [("Feira", 60, "09:00")]),
        ("sun", [("Feira", 60, "09:00")]),
    ]
    assert warnings(result) == ['6: row "Telefonemas" skipped: its day is "N/A", no weekday']


def test_dutch_dagen_column_and_nvt() -> None:
    result = read_plan(PLANS / "nl_dagen_column.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Hockey", 90, "19:00")]),
        ("thu", [("Hockey", 90, "19:00")]),
        ("sat", [("Zwemmen", 60, "10:00")]),
    ]
    assert warnings(result) == ['6: row "Mail" skipped: its day is "n.v.t.", no weekday']


def test_dash_day_on_the_first_row_is_skipped() -> None:
    result = read_plan(PLANS / "dash_first_row.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Tutoring", 60, "16:00")]),
        ("wed", [("Choir", 60, "19:00")]),
        ("thu", [("Tutoring", 60, "16:00")]),
    ]
    assert warnings(result) == ['5: row "Admin" skipped: its day is "-", no weekday']


def test_empty_day_cell_under_a_row_on_no_day_is_on_no_day_either() -> None:
    result = read_plan(PLANS / "empty_cell_under_not_applicable.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Reading", 60, "20:00")]),
        ("wed", [("Reading", 60, "20:00")]),
        ("fri", [("Chess", 60, "18:00")]),
    ]
    assert warnings(result) == [
        '6: row "Inbox" skipped: its day is "n/a", no weekday',
        '7: row "Filing" skipped: its day is "n/a", no weekday',
    ]


def _starts(name: str) -> list[tuple[str, int, str | None]]:
    result = read_plan(PLANS / name)
    assert warnings(result) == []
    assert len(result.plan.days) == 1
    return [(b.title, b.min_minutes, b.at) for v in result.plan.days[0].variants for b in v.blocks]


def test_english_span_in_the_note_is_not_the_rows_time() -> None:
    assert _starts("en_note_span_start_table.md") == [
        ("Old town museum", 90, "09:30"),  # not 09:00-17:00, the museum's hours
        ("Harbour walk", 150, "11:00"),
        ("Lighthouse", 120, "13:30"),  # until "End", not the tours' hour
    ]


def test_german_opening_hours_in_the_hint_column() -> None:
    assert _starts("de_note_span_start_table.md") == [
        ("Schlossgarten", 105, "10:00"),
        ("Altstadt", 135, "11:45"),
    ]


def test_spanish_opening_hours_in_the_note() -> None:
    assert _starts("es_note_span_start_table.md") == [
        ("Mercado central", 90, "09:00"),
        ("Catedral", 90, "10:30"),
    ]


def test_french_opening_hours_in_the_remark() -> None:
    assert _starts("fr_note_span_start_table.md") == [
        ("Jardin botanique", 75, "14:00"),
        ("Quais", 90, "15:15"),
    ]


def test_italian_opening_hours_in_the_note() -> None:
    assert _starts("it_note_span_start_table.md") == [
        ("Villa comunale", 90, "10:00"),
        ("Lungomare", 90, "11:30"),
    ]


def test_portuguese_opening_hours_in_the_note() -> None:
    assert _starts("pt_note_span_start_table.md") == [
        ("Mosteiro", 90, "09:30"),
        ("Jardim", 75, "11:00"),
    ]


def test_dutch_opening_hours_in_the_remark() -> None:
    assert _starts("nl_note_span_start_table.md") == [
        ("Molen", 75, "10:00"),
        ("Kaasmarkt", 75, "11:15"),
    ]


_FROM_ZERO = (
    "3: times counted from 00:00 are read as lengths from the session's start, "
    "not pinned at midnight"
)


def _offsets(name: str) -> tuple[list[tuple[str, int, str | None]], list[str]]:
    result = read_plan(PLANS / name)
    assert len(result.plan.days) == 1
    day = result.plan.days[0]
    return [(b.title, b.min_minutes, b.at) for v in day.variants for b in v.blocks], warnings(
        result
    )


def test_english_run_sheet_from_zero_is_lengths_not_midnight() -> None:
    blocks, said = _offsets("en_offset_run_sheet.md")
    assert blocks == [
        ("Welcome", 10, None),
        ("Warm-up game", 20, None),
        ("Group task", 45, None),
        ("Presentations", 35, None),  # the break between is no block; "End" ends the last
    ]
    assert said == [_FROM_ZERO]


def test_german_run_sheet_ends_at_ende() -> None:
    assert _offsets("de_offset_run_sheet.md") == (
        [("Begrüßung", 20, None), ("Bericht der Klassenleitung", 40, None), ("Fragen", 30, None)],
        [_FROM_ZERO],
    )


def test_spanish_run_sheet_in_two_digit_hours_ends_at_fin() -> None:
    assert _offsets("es_offset_run_sheet.md") == (
        [("Bienvenida", 15, None), ("Dinámica en grupos", 30, None), ("Debate", 45, None)],
        [_FROM_ZERO],
    )


def test_french_run_sheet_in_h_notation() -> None:
    assert _offsets("fr_offset_run_sheet.md") == (
        [("Accueil", 20, None), ("Atelier d'écriture", 50, None), ("Bilan", 20, None)],
        [_FROM_ZERO],
    )


def test_italian_run_sheet_ends_at_fine() -> None:
    assert _offsets("it_offset_run_sheet.md") == (
        [("Apertura", 10, None), ("Lavoro a coppie", 40, None), ("Discussione", 30, None)],
        [_FROM_ZERO],
    )


def test_portuguese_run_sheet_ends_at_fim() -> None:
    assert _offsets("pt_offset_run_sheet.md") == (
        [("Abertura", 15, None), ("Exercício prático", 45, None), ("Conclusão", 20, None)],
        [_FROM_ZERO],
    )


def test_dutch_run_sheet_in_dotted_times_ends_at_einde() -> None:
    assert _offsets("nl_offset_run_sheet.md") == (
        [("Opening", 10, None), ("Oefening in tweetallen", 40, None), ("Nabespreking", 25, None)],
        [_FROM_ZERO],
    )


def test_run_sheet_whose_last_row_is_no_end_warns_of_it() -> None:
    assert _offsets("offset_run_sheet_no_end.md") == (
        [("Vocal warm-up", 20, None), ("First act", 45, None), ("Second act", 45, None)],
        [_FROM_ZERO, '8: row "Notes from the director" skipped: no time'],
    )


def test_times_from_midnight_over_six_hours_stay_pinned() -> None:
    blocks, said = _offsets("midnight_routine.md")
    assert blocks == [
        ("Handover", 30, "00:00"),
        ("Ward round", 90, "00:30"),
        ("Charting", 300, "02:00"),
    ]
    assert said == ['8: row "Handover" has a start time but no length']


def test_run_sheet_is_the_day_over_a_facts_table_with_a_length_above_it() -> None:
    result = read_plan(PLANS / "run_sheet_after_facts_table.md")
    assert len(result.plan.days) == 1
    day = result.plan.days[0]
    blocks = [(b.title, b.min_minutes, b.at) for v in day.variants for b in v.blocks]
    assert blocks == [
        ("Round of updates", 20, None),
        ("Pick two topics", 50, None),
        ("Agree next steps", 30, None),
    ]
    assert warnings(result) == [
        '9: row "length | two hours" is in no day: not read',
        "14" + _FROM_ZERO[1:],  # the run sheet's line, where the others' is 3
    ]
