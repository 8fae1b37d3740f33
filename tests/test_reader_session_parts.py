"""A session written in parts in one table cell, and week tables of one row."""

from __future__ import annotations

import pytest

from planexport.reader import ReadResult, parse_markdown, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

SMALL = DATA / "session_parts"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


# Parts of a session in one cell


def test_bold_labelled_parts_joined_by_br_are_a_block_each() -> None:
    result = read("br-labelled-parts-pt.md")
    plan = result.plan
    assert day_blocks(plan) == [
        ("mon", [("Aquecimento", 15, None), ("Principal", 25, None), ("Desaquecimento", 5, None)]),
        ("wed", []),
    ]
    monday = plan.days[0].variants[0].blocks
    assert [b.note for b in monday] == [
        "trote leve",
        "alternando 1 min forte e 1 min leve",
        "caminhada",
    ]
    assert "Intervalado" in plan.days[0].notes
    assert plan.days[0].week == 1
    # Wednesday's long run gives a distance and no length: the day has no block, and says so
    assert warnings(result) == [
        '8: "Quarta": sessions with no length, not read: Longo, '
        "Corrida longa de 12km em ritmo confortável"
    ]


def test_parts_cut_by_semicolons_are_a_block_each() -> None:
    plan = read("semicolon-parts-en.md").plan
    assert day_blocks(plan) == [
        ("tue", [("Warm-up", 10, None), ("steady row", 35, None), ("stretch", 5, None)]),
        ("sat", [("Test", 8, None)]),
    ]
    assert {b.session for b in plan.days[0].variants[0].blocks} == {"Steady"}


def test_parts_joined_by_plus_are_a_block_each() -> None:
    plan = read("plus-parts-de.md").plan
    assert day_blocks(plan) == [
        ("tue", [("Einlaufen", 15, None), ("Tempolauf", 20, None), ("Auslaufen", 10, None)]),
        ("thu", [("Locker", 40, None)]),
    ]


def test_parts_with_the_length_first_are_a_block_each() -> None:
    plan = read("plus-parts-length-first-it.md").plan
    assert day_blocks(plan)[0] == (
        "tue",
        [("riscaldamento", 10, None), ("corsa", 30, None), ("defaticamento", 10, None)],
    )


def test_parts_cut_by_commas_are_a_block_each() -> None:
    plan = read("comma-parts-es.md").plan
    assert day_blocks(plan) == [
        (
            "mon",
            [
                ("Calentamiento", 10, None),
                ("técnica de brazos", 20, None),
                ("nado suave", 10, None),
            ],
        ),
        ("thu", [("Nado continuo", 45, None)]),
    ]


def test_a_line_with_no_length_is_a_note_of_the_part_above() -> None:
    plan = read("untimed-line-fr.md").plan
    tuesday = plan.days[0].variants[0].blocks
    assert [(b.title, b.min_minutes, b.note) for b in tuesday] == [
        ("Échauffement", 20, "8 x 400 m allure 5 km"),
        ("Retour au calme", 10, None),
    ]


def test_a_repeat_and_its_pause_stay_one_length() -> None:
    plan = read("repeat-and-pause-nl.md").plan
    assert day_blocks(plan) == [("tue", [("Interval", 18, None)]), ("sat", [("Duur", 30, None)])]


@pytest.mark.parametrize(
    ("header", "days", "cell", "titles"),
    [
        ("| Day | Type | Details |", ("Tue", "Thu"), "Warm-up 10 min<br>Tempo 20 min",
         ["Warm-up", "Tempo"]),
        ("| Tag | Art | Inhalt |", ("Di", "Do"), "Einlaufen 10 Min<br>Tempo 20 Min",
         ["Einlaufen", "Tempo"]),
        ("| Día | Tipo | Detalle |", ("Martes", "Jueves"), "Calentamiento 10 min; ritmo 20 min",
         ["Calentamiento", "ritmo"]),
        ("| Jour | Type | Détail |", ("Mardi", "Jeudi"), "Échauffement 10 min + tempo 20 min",
         ["Échauffement", "tempo"]),
        ("| Giorno | Tipo | Dettaglio |", ("Martedì", "Giovedì"),
         "Riscaldamento 10 min, ritmo 20 min", ["Riscaldamento", "ritmo"]),
        ("| Dia | Tipo | Descrição |", ("Terça", "Quinta"), "Aquecimento 10 min<br>Ritmo 20 min",
         ["Aquecimento", "Ritmo"]),
        ("| Dag | Soort | Inhoud |", ("Dinsdag", "Donderdag"), "Inlopen 10 min<br>Tempo 20 min",
         ["Inlopen", "Tempo"]),
    ],
)  # fmt: skip
def test_parts_of_a_cell_in_every_language(
    header: str, days: tuple[str, str], cell: str, titles: list[str]
) -> None:
    rows = f"| {days[0]} | Run | {cell} |\n| {days[1]} | Easy | Jog 30 min |\n"
    plan = parse_markdown(f"# P\n\n## W\n\n{header}\n|---|---|---|\n{rows}")
    assert day_blocks(plan)[0] == ("tue", [(titles[0], 10, None), (titles[1], 20, None)])
    assert [m for _, m, _ in day_blocks(plan)[1][1]] == [30]


def test_a_cell_of_one_length_and_its_manner_is_one_block() -> None:
    table = "| Dia | Tipo | Descrição |\n|---|---|---|\n"
    rows = "| Terça | Contínuo | Corrida de 40 min, ritmo moderado |\n| Quinta | Leve | 30 min |\n"
    plan = parse_markdown(f"# P\n\n{table}{rows}")
    assert [len(d.variants[0].blocks) for d in plan.days] == [1, 1]
    assert plan.days[0].variants[0].blocks[0].min_minutes == 40


def test_metres_in_a_part_are_no_minutes() -> None:
    plan = read("metres-in-a-part-pt.md").plan
    tuesday = plan.days[0].variants[0].blocks
    assert [(b.title, b.min_minutes) for b in tuesday] == [
        ("Aquecimento", 15),
        ("Desaquecimento", 10),
    ]
    assert tuesday[0].note == (
        "trote leve\n**Principal:** 6x800m em ritmo forte com 400m de recuperação"
    )


# A week table of one row


def test_a_week_table_of_one_row_is_read() -> None:
    result = read("one-row-week-table-pt.md")
    assert day_blocks(result.plan) == [("thu", [("Trote leve", 35, None)])]
    assert result.plan.days[0].week == 1


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("| Day | Type | Description |", "| Thursday | Easy | Jog 35 min |"),
        ("| Tag | Art | Beschreibung |", "| Donnerstag | Locker | Dauerlauf 35 Min |"),
        ("| Día | Tipo | Descripción |", "| Jueves | Suave | Trote 35 min |"),
        ("| Jour | Type | Description |", "| Jeudi | Léger | Footing 35 min |"),
        ("| Giorno | Tipo | Descrizione |", "| Giovedì | Lento | Corsa 35 min |"),
        ("| Dia | Tipo | Descrição |", "| Quinta | Leve | Trote 35 min |"),
        ("| Dag | Soort | Omschrijving |", "| Donderdag | Rustig | Duurloop 35 min |"),
    ],
)
def test_a_one_row_week_table_in_every_language(header: str, row: str) -> None:
    plan = parse_markdown(f"# P\n\n## W 1\n\n{header}\n|---|---|---|\n{row}\n")
    assert day_blocks(plan)[0][0] == "thu"
    assert [m for _, blocks in day_blocks(plan) for _, m, _ in blocks] == [35]


def test_a_one_row_table_with_no_length_is_still_refused() -> None:
    text = "# P\n\n| Dia | Tipo | Descrição |\n|---|---|---|\n| Terça | Contínuo | Corrida leve |\n"
    with pytest.raises(Exception, match="no timed blocks"):
        parse_markdown(text)
