"""The one list of daily-rate words, read alike beside a length and after a weekday label."""

from __future__ import annotations

import pytest

from planexport.reader.rate_words import without_rate
from planexport.reader.weekday_routines import without_per_day

# One or more ways each language says "per day"; each was read by one of the two before.
RATES = (
    "per day", "a day", "every day", "daily",
    "pro Tag", "je Tag", "jeden Tag", "täglich",
    "al día", "por día", "todos los días", "a diario", "diariamente",
    "par jour", "chaque jour", "tous les jours", "quotidiennement",
    "al giorno", "ogni giorno", "giornalmente",
    "ao dia", "por dia", "todos os dias",
    "per dag", "elke dag", "dagelijks",
)  # fmt: skip


@pytest.mark.parametrize("rate", RATES)
def test_a_daily_rate_after_a_length_is_no_part_of_the_title(rate: str) -> None:
    assert without_rate("", f" {rate} reading") == ("", " reading")
    assert without_rate(f"reading {rate} ", "") == ("reading ", "")


@pytest.mark.parametrize("rate", RATES)
def test_a_daily_rate_after_a_weekday_label_is_no_part_of_the_title(rate: str) -> None:
    assert without_per_day(f"reading {rate}") == "reading"
    assert without_per_day(f"reading ({rate})") == f"reading ({rate})"  # said in brackets


@pytest.mark.parametrize("text", ["write a tag", "Revisão dia a dia", "a diary entry"])
def test_words_that_only_look_like_a_rate_stay_in_the_title(text: str) -> None:
    assert without_rate("", f" {text}") == ("", f" {text}")
    assert without_per_day(text) == text
