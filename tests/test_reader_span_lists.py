"""A line of clock spans over its title (`ore 10-11, 11:30-12:30, 16-17 e 17:30-18:30`, `dalle 19
alle 20:30`, `de 21h à minuit`) is a block of the title per span, in every language; a time line of
starts alone, or spans over no title or several, is a note said in a warning."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.bold_hour_spans import bold_hour_spans, leading_spans
from planexport.reader.unread_time_lines import unread_time_line
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "span_lists"


def test_four_bold_spans_are_four_blocks_at_their_lines() -> None:
    result = read_plan(PLANS / "it-four-bold-spans.md")
    assert pinned(result.plan, 0) == [
        ("Laboratorio di ceramica", 60, "10:00"),
        ("Laboratorio di ceramica", 60, "11:30"),
        ("Laboratorio di ceramica", 60, "16:00"),
        ("Laboratorio di ceramica", 60, "17:30"),
        ("Il Teatro: spettacolo in piazza", 90, "18:30"),
    ]
    assert warnings(result) == []
    # the first span at the spans' line, the others at the title's: no line added
    assert [result.block_lines[(0, 0, n)] for n in range(5)] == [5, 6, 6, 6, 8]


@pytest.mark.parametrize(
    ("name", "three", "evening"),
    [
        ("en-three-spans-and.md", "Campus tour", [("Closing concert", 90, "19:00")]),
        (
            "de-von-bis-uhr.md",
            "Töpferwerkstatt",
            [("Tanzkurs", 90, "19:00"), ("Konzert", 180, "21:00")],
        ),
        (
            "fr-de-h-a-h.md",
            "Atelier de poterie",
            [("Cours de danse", 90, "19:00"), ("Bal", 120, "22:00")],
        ),
    ],
)
def test_three_spans_then_worded_spans_9_11_14(
    name: str, three: str, evening: list[tuple[str, int, str]]
) -> None:
    result = read_plan(PLANS / name)
    assert pinned(result.plan, 0) == [
        (three, 60, "09:00"),
        (three, 60, "11:00"),
        (three, 60, "14:00"),
        *evening,
    ]
    assert warnings(result) == []


@pytest.mark.parametrize(
    ("name", "three", "dance", "concert"),
    [
        ("es-de-a.md", "Taller de cerámica", "Clase de baile", "Concierto"),
        ("pt-das-as.md", "Oficina de cerâmica", "Aula de dança", "Concerto"),
        ("nl-van-tot-uur.md", "Pottenbakken", "Dansles", "Concert"),
    ],
)
def test_worded_spans_and_midnight_10_12_16(
    name: str, three: str, dance: str, concert: str
) -> None:
    result = read_plan(PLANS / name)
    assert pinned(result.plan, 0) == [
        (three, 60, "10:00"),
        (three, 60, "12:00"),
        (three, 60, "16:00"),
        (dance, 90, "19:00"),
        (concert, 120, "22:00"),  # until midnight: the end of the day
    ]
    assert warnings(result) == []
    assert result.block_lines[(0, 0, 4)] == 11


def test_dalle_alle_e_poi_and_a_mezzanotte() -> None:
    result = read_plan(PLANS / "it-dalle-alle.md")
    assert pinned(result.plan, 0) == [
        ("Laboratorio: lingua dei segni", 120, "10:00"),
        ("Laboratorio: lingua dei segni", 120, "16:00"),
        ("Corso di balli occitani", 90, "19:00"),
        ("Serata musicale", 180, "21:00"),
    ]
    assert warnings(result) == []


def test_each_hour_bold_around_an_en_dash_over_a_link_title() -> None:
    result = read_plan(PLANS / "it-bold-each-en-dash.md")
    assert pinned(result.plan, 0) == [
        ("LIS: comunicare senza parole", 120, "10:00"),
        ("LIS: comunicare senza parole", 120, "16:00"),
        ("Poesie a colazione", 60, "09:00"),
    ]
    assert warnings(result) == []


def test_starts_with_no_end_are_notes_with_a_warning() -> None:
    result = read_plan(PLANS / "it-lone-starts.md")
    assert pinned(result.plan, 0) == [("Poesie a colazione", 60, "09:00")]
    assert warnings(result) == [
        '8: "ore 19 Evento di apertura. Interverranno gli organizzatori." starts at 19:00 '
        "with no length: not read, kept as a note",
        '11: "Proiezione in piazza" has a start time but no length',
        '14: "ore 10, 11:30, 16 e 17:30." starts at 10:00, 11:30, 16:00 and 17:30 with no '
        "length: not read, kept as a note",
    ]
    assert result.plan.days[0].notes[1:] == ("ore 10, 11:30, 16 e 17:30.", "Visite guidate")


def test_a_start_in_german_and_english_is_said_as_before() -> None:
    result = read_plan(PLANS / "de-um-uhr-lone.md")
    assert pinned(result.plan, 0) == [("Töpferwerkstatt", 60, "09:00")]
    assert warnings(result) == ['8: "Konzert im Hof" has a start time but no length']
    result = read_plan(PLANS / "en-at-pm-lone.md")
    assert len(pinned(result.plan, 0)) == 3
    assert warnings(result) == [
        '8: "07:00 pm Closing concert" starts with a time of day but gives no end or length: '
        "kept as a note"
    ]


def test_spans_over_two_lines_or_over_none_are_notes_said() -> None:
    result = read_plan(PLANS / "it-spans-over-two-lines-or-none.md")
    assert pinned(result.plan, 0) == [("Poesie a colazione", 60, "09:00")]
    why = "not read (spans over one title line are read): kept as a note"
    assert warnings(result) == [
        f'8: "ore 10-11 e 16-17 Laboratorio di ceramica Laboratorio di …": 10:00-11:00 and '
        f"16:00-17:00 {why}",
        f'12: "ore 10-12:30 e 16-18:30": 10:00-12:30 and 16:00-18:30 {why}',
    ]
    assert result.plan.days[0].notes[-1] == "Da piazza Nota parte il percorso guidato."


@pytest.mark.parametrize(
    ("line", "spans"),
    [
        ("de las 19 a las 20:30", ["19:00-20:30"]),
        ("dalle 10 alle 12 e dalle 16 alle 18", ["10:00-12:00", "16:00-18:00"]),
        ("from 7pm to 8:30pm", ["19:00-20:30"]),
        ("from 7 to 8:30 pm", ["19:00-20:30"]),
        ("from 11 to 1 pm", ["11:00-13:00"]),
        ("van 9 tot 10 en van 11 tot 12 uur", ["09:00-10:00", "11:00-12:00"]),
        ("das 22 à meia-noite", ["22:00-24:00"]),
    ],
)
def test_worded_spans_read_as_clock_spans(line: str, spans: list[str]) -> None:
    text = f"\n{line}\n<cite>[Titolo](/x)</cite>: bla\n"
    written = [f"{span} [Titolo](/x): bla" for span in spans]
    assert bold_hour_spans(text).split("\n")[1:3] == [
        f"- {written[0]}",
        f"- {'<br>'.join(written[1:])}" if written[1:] else "",
    ]
    assert leading_spans(f"{line} Titolo") == spans


def test_other_lines_are_left_alone() -> None:
    for text in ("\n9-10\nTaller\n", "\nfrom 9 to 5\nWork\n", "\nde 3 a 5 personas\nTaller\n"):
        assert bold_hour_spans(text) == text
    assert leading_spans("9-10 Taller") is None  # one span, no word: read elsewhere
    said = unread_time_line("ore 10-12 Lab")  # a span left as a note, not a start alone
    assert said is not None
    assert "10:00-12:00 not read" in said
    assert unread_time_line("Alle prese con la storia") is None


def test_plain_spans_over_two_lines_are_not_a_span_and_a_title() -> None:
    result = read_plan(PLANS / "it-plain-spans-over-two-lines.md")
    assert pinned(result.plan, 0) == [("Poesie a colazione", 60, "09:00")]
    assert warnings(result) == [
        '8: "ore 10-11 e 20-21 Laboratorio di ceramica Laboratorio di …": 10:00-11:00 and '
        "20:00-21:00 not read (spans over one title line are read): kept as a note"
    ]
    assert result.plan.days[0].notes == (
        "ore 10-11 e 20-21 Laboratorio di ceramica Laboratorio di pittura",
    )
