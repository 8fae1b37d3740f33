"""Programme tables whose title column is filled only here and there (`| Time | Event |
Description |` with `Opening`, `Break`, `Closing`): the full column beside it titles the rows."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "sparse_title_columns"


def test_talks_with_an_empty_event_cell_are_titled_by_their_description() -> None:
    result = read_plan(PLANS / "event-column-programme.md")
    assert pinned(result.plan, 0) == [
        ("Welcome from the chairs", 10, "08:30"),
        ("Mara Olsen: Roots and the carbon they leave", 30, "08:40"),
        ("Idris Kamau: Earthworms as engineers", 30, "09:10"),
        ("Lena Fischer: Mapping clay from orbit", 30, "10:10"),
        ("Poster prize and farewell", 20, "10:40"),
    ]
    assert warnings(result) == []


def test_the_sparse_column_labels_the_rows_it_fills() -> None:
    plan = read_plan(PLANS / "event-column-programme.md").plan
    labels = [b.label for v in plan.days[0].variants for b in v.blocks]
    assert labels == ["Opening", None, None, None, "Closing"]


def test_a_spanish_tipo_column_left_mostly_empty() -> None:
    result = read_plan(PLANS / "tipo-column-spanish.md")
    assert pinned(result.plan, 0) == [
        ("Bienvenida del club", 15, "17:00"),
        ("Cómo fotografiar la Luna", 30, "17:15"),
        ("Cometas del año", 30, "17:45"),
        ("Montaje de telescopios", 45, "18:15"),
        ("Observación guiada", 30, "19:00"),
    ]
    assert warnings(result) == []


def test_a_full_title_column_beside_sparse_notes_keeps_its_titles() -> None:
    result = read_plan(PLANS / "notes-sparse-near-miss.md")
    assert pinned(result.plan, 0) == [
        ("Wedging clay", 60, "10:00"),
        ("Throwing bowls", 60, "11:00"),
        ("Trimming", 60, "13:00"),
        ("Glazing talk", 30, "14:00"),
    ]
    notes = [b.note for v in result.plan.days[0].variants for b in v.blocks]
    assert notes == ["Bring an apron", None, None, None]
