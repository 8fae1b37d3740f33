"""The column that titles a table's rows is chosen by its header: `Block`, `Blocco`, `Sessie`
name the rows, `Content`, `Dettagli`, `Inhoud` are details kept as the block's note; a header
word is never a title."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

TITLES = DATA / "title_columns"


def read(name: str) -> ReadResult:
    return read_plan(TITLES / name)


def described(result: ReadResult) -> list[tuple[str, str | None, str | None]]:
    return [
        (b.title, b.note, b.label) for d in result.plan.days for v in d.variants for b in v.blocks
    ]


def test_the_block_column_titles_the_rows_and_the_content_is_their_note() -> None:
    result = read("en-block-and-content.md")
    assert pinned(result.plan, 0) == [("Reading", 90, "06:00"), ("Review", 45, "18:00")]
    assert described(result) == [
        ("Reading", "Two chapters of the textbook, notes in the margin. No phone.", None),
        ("Review", "Flashcards from the morning, then one past question.", None),
    ]
    assert warnings(result) == []


def test_a_block_column_alone_beside_the_time_titles_the_rows() -> None:
    result = read("de-block-column-only.md")
    # Never "Block", the header's own word.
    assert pinned(result.plan, 0) == [("Vokabeln", 90, "08:00"), ("Grammatik", 60, "10:00")]


def test_numbered_blocks_stay_labels_and_the_content_titles_the_rows() -> None:
    result = read("es-numbered-blocks-stay-labels.md")
    assert described(result) == [
        ("Álgebra lineal", None, "Bloque 1"),
        ("Cálculo", None, "Bloque 2"),
    ]


def test_a_block_name_that_says_its_length_is_the_title_and_the_span_counts() -> None:
    result = read("it-blocco-names-with-lengths.md")
    assert pinned(result.plan, 0) == [
        ("STUDIO", 90, "07:00"),  # "(1h30)" says what the span says
        ("RIPASSO", 45, "21:00"),
    ]
    assert [note for _, note, _ in described(result)] == [
        "Diritto privato, capitoli 3 e 4.",
        "Schede e domande della settimana.",
    ]
    assert warnings(result) == []


def test_a_session_column_titles_the_rows_over_a_column_of_content() -> None:
    result = read("nl-sessie-and-inhoud.md")
    assert described(result) == [
        ("Workshop", "Oefeningen in tweetallen, daarna bespreken", None),
        ("Presentatie", "Elk team vijf minuten, vragen uit de zaal", None),
    ]
