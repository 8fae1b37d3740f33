"""A start list's last line that only says the day closes (`12:00 Encerramento`, `15:30
Afsluiting`) is when the day ends, as `Fin` and `Clôture` are: no block and no warning."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

WORDS = DATA / "list_end_words"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "pt-encerramento.md",
            [
                ("Boas-vindas", 30, "09:00"),
                ("Oficina prática", 90, "09:30"),
                ("Apresentações", 60, "11:00"),
            ],
        ),
        (
            "nl-afsluiting.md",
            [
                ("Inloop", 15, "13:00"),
                ("Workshop plannen", 90, "13:15"),
                ("Terugkoppeling", 45, "14:45"),
            ],
        ),
        (
            # "Chiusura del quaderno…" says what is done: a block; "Fine" closes the day.
            "it-chiusura-stays-a-block-with-words.md",
            [
                ("Ripasso di storia", 90, "09:00"),
                ("Chiusura del quaderno degli esercizi", 30, "10:30"),
            ],
        ),
    ],
)
def test_a_closing_word_alone_ends_the_list(
    name: str, expected: list[tuple[str, int, str | None]]
) -> None:
    result = read_plan(WORDS / name)
    assert pinned(result.plan, 0) == expected
    assert warnings(result) == []
