"""A length given only as a recommendation (`We recommend to take at least one hour to work on the
exercises`, `Wir empfehlen, mindestens 45 Minuten … einzuplanen`, `Recomendamos reservar al menos
40 minutos …`) in a text with no days and no other length: advice, refused with the line named;
beside a plan's own timed lines it stays as before."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items

PAGES = DATA / "recommended_lengths"
SAID = "as a recommended minimum, which says how long at least, not when"


@pytest.mark.parametrize(
    ("name", "line", "length"),
    [
        ("en-workshop-logistics.md", 13, "one hour"),
        ("de-empfehlung.md", 4, "45 Minuten"),
        ("es-recomendacion.md", 4, "40 minutos"),
    ],
)
def test_a_recommendation_alone_is_refused_as_advice(name: str, line: int, length: str) -> None:
    with pytest.raises(PlanError) as raised:
        read_plan(PAGES / name)
    assert raised.value.line == line
    assert f'the only length is advice, line {line}: "{length}" {SAID}' in str(raised.value)


def test_a_recommendation_beside_timed_lines_stays_a_block() -> None:
    plan = read_plan(PAGES / "en-plan-with-a-recommendation-stays.md").plan
    assert [(b[0], b[1]) for b in blocks_with_items(plan)][:2] == [("Scales", 20), ("Etude", 30)]
    assert len(blocks_with_items(plan)) == 3
