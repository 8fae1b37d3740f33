"""Training prescriptions: the rest between repeats is never a session's length, alternatives
on lines joined by "or" or labelled as options are not all scheduled, `once` is no eleven in
English, and a pace range after `@` is no clock span."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.durations import find_duration
from planexport.reader.repeats import find_length
from tests.paths import DATA
from tests.reader_support import warnings

INTERVALS = DATA / "training_intervals"


def read(name: str) -> ReadResult:
    return read_plan(INTERVALS / name)


def days(result: ReadResult) -> list[tuple[str, list[tuple[str, int, int]], tuple[str, ...]]]:
    """Each day's title, its blocks (title, least and most minutes) and its notes."""
    return [
        (
            d.title,
            [(b.title, b.min_minutes, b.max_minutes) for v in d.variants for b in v.blocks],
            d.notes,
        )
        for d in result.plan.days
    ]


def rest_warning(line: int, text: str, rest: str) -> str:
    return (
        f'{line}: "{text}" is a session of repeats whose length is not read ("{rest}" is the '
        "rest between them): kept as a note"
    )


def choice_warning(line: int, other: str, first: str, *, of: int) -> str:
    return (
        f'{line}: "{other}" is an alternative to line {of} ("{first}"): only the first is '
        "scheduled, this one kept as a note"
    )


def test_a_recovery_in_brackets_after_repeated_kilometres_is_no_length() -> None:
    result = read("en-distance-repeats-recovery-in-brackets.md")
    line = "5 x 1 km at 4:50/km (recovery 300 m jog 2 min)"
    assert days(result) == [
        ("Track session", [("Warm-up jog", 15, 15), ("Cool-down jog", 10, 10)], (line,)),
        ("Easy", [("Easy run", 35, 35)], ()),
    ]
    assert warnings(result) == [rest_warning(5, line, "recovery 300 m jog 2 min")]


def test_a_recuperacao_after_repeated_metres_leaves_the_day_untimed() -> None:
    result = read("pt-recuperacao-depois-de-metros.md")
    assert days(result) == [
        ("Tiros", [], ("8x400m (recuperação 2min)",)),
        ("Rodagem", [("Corrida leve", 40, 40)], ()),
    ]
    assert warnings(result) == [rest_warning(4, "8x400m (recuperação 2min)", "recuperação 2min")]


def test_a_recup_after_a_comma_is_said_as_the_rest_between_repeats() -> None:
    result = read("fr-recup-apres-une-virgule.md")
    assert days(result)[0] == ("Piste", [], ("10 × 300 m, récup 1'30",))
    assert warnings(result) == [rest_warning(4, "10 × 300 m, récup 1'30", "récup 1'30")]


def test_a_herstel_in_brackets_is_no_length_in_dutch() -> None:
    result = read("nl-herstel-tussen-herhalingen.md")
    assert days(result)[0] == ("Baantraining", [], ("6 x 800 m (herstel 3 min dribbelen)",))
    assert warnings(result) == [
        rest_warning(4, "6 x 800 m (herstel 3 min dribbelen)", "herstel 3 min")
    ]


def test_a_rest_between_sets_is_no_length_of_the_exercise() -> None:
    result = read("es-descanso-entre-series.md")
    assert days(result) == [
        ("Pierna", [("Bicicleta", 20, 20)], ("Sentadilla 5x5, descanso 2 min",)),
    ]
    assert warnings(result) == [rest_warning(4, "Sentadilla 5x5, descanso 2 min", "descanso 2 min")]


def test_repeated_times_with_a_rest_after_a_slash_count_work_and_rest() -> None:
    result = read("de-pause-nach-schraegstrich.md")
    assert days(result)[0] == ("Intervalle", [("Z4 / Pause (6 × 4 min / 3 min)", 42, 42)], ())
    assert warnings(result) == []


def test_a_hard_and_an_easy_minute_after_a_slash_are_one_repeat() -> None:
    result = read("pt-forte-suave-com-barra.md")
    assert days(result)[0] == ("Fartlek", [("forte / suave (12 × 1' / 1')", 24, 24)], ())
    assert warnings(result) == []


def test_repeated_times_keep_their_work_and_the_recovery_bracket_whole_in_the_title() -> None:
    result = read("it-recupero-dopo-ripetute-a-tempo.md")
    assert days(result)[0] == ("Ripetute", [("5 × 6 min (recupero 2 min)", 30, 30)], ())
    assert warnings(result) == []


def test_a_rest_is_passed_over_where_lengths_are_found() -> None:
    assert find_length("6x400m (recuperação 2min)") is None
    assert find_length("Squat 5x5, rest 2 min") is None
    found = find_length("4 x 5 min tempo (rest 2 min)")
    assert found is not None
    assert (found.lo, found.text) == (20, "4 x 5 min")
    # a pause with no repeat before it is a length as before
    pause = find_length("Pause 15 min")
    assert pause is not None
    assert pause.lo == 15
    # two bare lengths after a slash may be a choice: the repeat alone
    choice = find_length("2 x 30 min / 45 min")
    assert choice is not None
    assert choice.lo == 60


def test_a_session_that_ends_with_ou_has_the_next_line_as_its_alternative() -> None:
    result = read("pt-ou-no-fim-da-linha.md")
    assert days(result)[0] == (
        "Descanso ativo",
        [("Caminhada leve", 25, 35)],
        ("Alongamento e mobilidade 30min",),
    )
    assert warnings(result) == [
        choice_warning(5, "Alongamento e mobilidade 30min", "Caminhada leve 25-35min OU", of=4)
    ]


def test_a_session_that_ends_with_of_in_dutch_has_the_next_line_as_its_alternative() -> None:
    result = read("nl-of-aan-het-eind.md")
    assert days(result) == [("Rustig", [("Wandelen", 40, 40)], ("Fietsen 30 min",))]
    assert warnings(result) == [choice_warning(5, "Fietsen 30 min", "Wandelen 40 min of", of=4)]


def test_two_sessions_joined_by_or_in_one_line_are_one_block_of_the_first() -> None:
    result = read("en-or-inside-one-line.md")
    assert days(result)[0] == ("Active recovery", [("Easy walk", 30, 30)], ())
    assert result.plan.days[0].variants[0].blocks[0].note == "or yoga 20 min"
    assert warnings(result) == []


def test_two_sessions_joined_by_oppure_in_one_line_are_one_block_of_the_first() -> None:
    result = read("it-oppure-nella-riga.md")
    assert days(result) == [("Scarico", [("Camminata", 30, 30)], ())]
    assert result.plan.days[0].variants[0].blocks[0].note == "oppure nuoto 25 min"
    assert warnings(result) == []


def test_lines_labelled_as_options_schedule_the_first_only() -> None:
    result = read("de-varianten-als-zeilen.md")
    assert days(result) == [
        (
            "Ausdauer",
            [("Variante 1: Radfahren", 50, 50), ("Dehnen", 10, 10)],
            ("Variante 2: Schwimmen 35 Min",),
        )
    ]
    assert warnings(result) == [
        choice_warning(5, "Variante 2: Schwimmen 35 Min", "Variante 1: Radfahren 50 Min", of=4)
    ]


def test_bold_option_labels_schedule_the_first_only() -> None:
    result = read("es-opciones-en-negrita.md")
    assert days(result) == [
        (
            "Elección",
            [("Opción A: Caminata", 45, 45)],
            ("**Opción B:** Bicicleta estática 30 min",),
        )
    ]
    assert warnings(result) == [
        choice_warning(5, "Opción B: Bicicleta estática 30 min", "Opción A: Caminata 45 min", of=4)
    ]


def test_english_once_is_never_eleven_hours() -> None:
    result = read("en-once-is-not-eleven.md")
    assert days(result)[0] == (
        "Row",
        [("Rowing", 20, 20)],
        ("Start the cool-down once HR is back under 130",),
    )
    assert warnings(result) == []
    assert find_duration("next rep only once HR is back under 130") is None
    assert find_duration("once hours") is None


def test_spanish_once_before_its_unit_is_eleven() -> None:
    result = read("es-once-minutos-es-once.md")
    assert days(result)[0][1] == [("Ejercicios de técnica", 11, 11), ("Remo suave", 25, 25)]
    found = find_duration("Trabajo de fondo once horas")
    assert found is not None
    assert found.lo == 660


def test_a_pace_range_after_an_at_in_a_line_of_a_distance_is_no_clock_span() -> None:
    result = read("en-pace-range-after-an-at.md")
    assert days(result) == [
        ("Wednesday", [("Treadmill 1000 m @ 3:50-3:58 (belt 15 km/h)", 25, 25)], ()),
        ("Friday", [("Stretching", 10, 10)], ("5 km @ 4:40-4:50",)),
    ]
    assert [b.at for d in result.plan.days for v in d.variants for b in v.blocks] == [None, None]
    assert warnings(result) == [
        '7: "5 km @ 4:40-4:50" gives a pace (4:40-4:50), not a length: kept as a note'
    ]


def test_an_at_before_a_clock_span_with_no_distance_stays_a_span() -> None:
    result = read("en-at-a-clock-span-stays-a-span.md")
    blocks = [(b.min_minutes, b.at) for v in result.plan.days[0].variants for b in v.blocks]
    assert blocks[0] == (45, "07:00")
    assert warnings(result) == []
