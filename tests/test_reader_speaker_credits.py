"""Who gives a session, after a dash at the end of its timed title (`Welcome – Priya Nair, Lead
Engineer, Harbor Labs`): the block's note; the title is the session alone."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

SMALL = DATA / "speaker_credits"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def blocks(result: ReadResult) -> list[tuple[str, int, str | None, str | None]]:
    return [
        (b.title, b.min_minutes, b.at, b.note)
        for d in result.plan.days
        for v in d.variants
        for b in v.blocks
    ]


def test_names_with_a_role_move_to_the_note_and_the_same_names_alone_follow() -> None:
    result = read("paragraph-spans-with-roles.md")
    assert blocks(result) == [
        ("Welcome", 15, "09:00", "Priya Nair, Lead Engineer, Harbor Labs"),
        (
            "Storage internals",
            45,
            "09:15",
            "Priya Nair and Omar Haddad, Software Engineer, Harbor Labs",
        ),
        ("Replication demo", 45, "10:15", "Omar Haddad"),
        ("Questions and wrap-up", 30, "11:00", "Priya Nair"),
    ]
    assert warnings(result) == []


def test_names_with_a_place_of_work_move_to_the_note() -> None:
    result = read("list-spans-with-places-of-work.md")
    assert blocks(result) == [
        ("Mapping basics", 45, "14:00", "Lena Fischer, University of Graz"),
        ("Raster analysis", 60, "15:00", "Jan de Vries & Lena Fischer, Delft Institute"),
    ]


def test_dashes_that_belong_to_the_title_stay_in_it() -> None:
    result = read("dashes-that-are-titles.md")
    assert [(title, note) for title, _, _, note in blocks(result)] == [
        ("Keynote – Building Reliable Systems", None),
        ("Data Cleaning and Feature Engineering", None),
        ("Hands-on - Part 2", None),
        ("Wrap-up – Jane Doe", None),  # a name the day never credits with a role: as written
    ]
