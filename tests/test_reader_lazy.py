"""Patterns compiled on first use match as compiled ones do; importing the reader compiles none."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from planexport.reader.lazy import Lazy, lazy, may_start_word

ROOT = Path(__file__).resolve().parent.parent
SOURCE = r"(?P<h>\d{1,2})\s*(?:h|hours?)\b|(?P<m>\d+)\s*min"
TEXTS = [
    "",
    "2 h and 30 min",
    "Day 1 – 1.5 hours",
    "no number here",
    "10min, 3 hours, 45 min",
    "12h",
]


def test_not_compiled_until_first_use() -> None:
    pattern = lazy(SOURCE, re.IGNORECASE)
    assert "_compiled" not in vars(pattern)
    assert "not compiled yet" in repr(pattern)
    assert pattern.search("2 H") is not None
    assert vars(pattern)["_compiled"] is pattern.compiled()
    assert repr(pattern).endswith("[compiled]")


@pytest.mark.parametrize("text", TEXTS)
def test_every_method_answers_like_re_compile(text: str) -> None:
    real = re.compile(SOURCE, re.IGNORECASE)
    # A fresh one per method, so each method is also checked as the call that compiles it.
    for fresh in (True, False):
        made = lazy(SOURCE, re.IGNORECASE)
        if not fresh:
            made.compiled()

        def spans(found: re.Match[str] | None) -> tuple[int, int, dict[str, str | None]] | None:
            return None if found is None else (*found.span(), found.groupdict())

        assert spans(made.match(text)) == spans(real.match(text))
        assert spans(made.search(text, 1)) == spans(real.search(text, 1))
        assert spans(made.fullmatch(text)) == spans(real.fullmatch(text))
        assert [spans(m) for m in made.finditer(text)] == [spans(m) for m in real.finditer(text)]
        assert made.findall(text) == real.findall(text)
        assert made.sub("<>", text) == real.sub("<>", text)
        assert made.sub(lambda m: m.group(0).upper(), text, 1) == real.sub(
            lambda m: m.group(0).upper(), text, 1
        )
        assert made.split(text) == real.split(text)
        assert made.split(text, 1) == real.split(text, 1)


def test_bad_pattern_fails_on_first_use() -> None:
    broken = Lazy("(unclosed")
    with pytest.raises(re.error):
        broken.search("x")


_PROBE = """
import json, sys
import planexport.reader.markdown
from planexport.reader.lazy import Lazy

def state():
    mods = [m for name, m in sys.modules.items() if name.startswith("planexport.reader.")]
    # By identity: a module that imports another's pattern holds the same object.
    found = {id(v): v for m in mods for v in vars(m).values() if isinstance(v, Lazy)}
    return len(found), sum("_compiled" in vars(v) for v in found.values())

on_import = state()
from planexport.reader import load
plan = load(sys.argv[1])
assert plan.days, "the seed plan has days"
print(json.dumps({"import": on_import, "seed": state()}))
"""


def test_reader_import_compiles_nothing_and_the_seed_plan_little() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(ROOT / "plans" / "go-track.md")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    counts = json.loads(done.stdout)
    total, compiled = counts["import"]
    assert total >= 60, counts  # the reader's patterns are lazy ones
    assert compiled == 0, counts
    total_after, compiled_after = counts["seed"]
    # Modules imported where they are first needed add patterns of their own, compiled or not.
    assert total_after >= total
    assert 0 < compiled_after < total_after // 2, counts


def _lines(*, count: int) -> list[str]:
    """Many lines in the styles plans write, built from dates, weekdays, digits and marks."""
    from planexport.reader.words import MONTHS, WEEKDAYS

    rng = random.Random(11)
    names = sorted(MONTHS) + sorted(WEEKDAYS)
    accents = str.maketrans("aeiouc", "áéíóüç")
    digits = ["1", "06", "24", "2026", "12", "٣", "²", "５", "3", "2026-03-05", "3/2", "24.2."]
    marks = [
        " ",
        " ",
        "-",
        "/",
        ".",
        ". ",
        ", ",
        " – ",
        "**",
        "__",
        "_",
        ":",
        " (",
        ")",
        "#",
        "📅 ",
    ]
    words = ["Day", "Design", "URL Shortener", "Week", "de", "Review", "Note-Taking", "st", "th"]
    odd = ["ſep", "\u212aw", "İ", "Ⅻ", "ß"]  # letters outside ASCII that IGNORECASE may equate
    parts: list[str] = []
    out: list[str] = []
    for _ in range(count):
        parts.clear()
        for _ in range(rng.randint(1, 6)):
            kind = rng.random()
            if kind < 0.35:
                name = rng.choice(names)
                name = name.translate(accents) if rng.random() < 0.2 else name
                parts.append(rng.choice([name, name.title(), name.upper()]))
            elif kind < 0.6:
                parts.append(rng.choice(digits))
            elif kind < 0.9:
                parts.append(rng.choice(words))
            else:
                parts.append(rng.choice(odd))
            parts.append(rng.choice(marks))
        out.append("".join(parts[:-1] if rng.random() < 0.5 else parts))
    return out


LINES = _lines(count=20000)


def test_the_date_pre_check_never_hides_a_date() -> None:
    from planexport.reader import dates

    pattern = dates._DATE.compiled()
    found = skipped = 0
    for line in LINES:
        hit = pattern.search(line) is not None or pattern.match(line) is not None
        found += hit
        if not dates.may_be_date(line):
            skipped += 1
            assert not hit, line
    # Both kinds are common, so the check above is a real one.
    assert found > 500, found
    assert skipped > 1000, (found, skipped)


def test_the_weekday_pre_check_never_hides_a_weekday() -> None:
    from planexport.reader import day_headings as headings

    heading, item = headings._WEEKDAY_HEADING.compiled(), headings._WEEKDAY_ITEM.compiled()
    found = skipped = 0
    for line in LINES + [line.lstrip("0123456789 -/.,:") for line in LINES]:
        hit = heading.match(line) is not None or item.match(line) is not None
        found += hit
        assert (headings.weekday_heading(line) is not None) == (heading.match(line) is not None), (
            line
        )
        assert (headings.weekday_item(line) is not None) == (item.match(line) is not None), line
        skipped += not may_start_word(line, headings._WEEKDAY_STEMS)
    assert found > 500, found
    assert skipped > 1000, (found, skipped)


def test_the_days_pre_check_never_hides_a_range_of_days() -> None:
    from planexport.reader import day_headings as headings

    pattern = headings._DAYS_HEADING.compiled()
    lines = [
        f"{lead}{word} {num}{sep}{num2}{tail}"
        for lead in ("", "**", "Week 2, ", "Monday – ", "📅 ")
        for word in ("Day", "Days", "DAYS", "día", "Tag")
        for num in ("1", "6", "one")
        for sep in (" – ", "-", "&", " and ", " AND ", " To ", "/", " ", "\u2212", "\u00a0–\u00a0")
        for num2 in ("7", "٣", "x")
        for tail in ("", ": Review", " (2h)")
    ]
    found = 0
    for line in [*lines, *LINES]:
        hit = pattern.match(line) is not None
        found += hit
        assert (headings.days_heading(line) is not None) == hit, line
    assert found > 500, found


def test_the_day_patterns_without_weekdays_answer_as_the_full_ones() -> None:
    from planexport.reader import day_headings as headings

    one, many = headings._DAY_HEADING.compiled(), headings._DAYS_HEADING.compiled()

    def same(found: re.Match[str] | None) -> tuple[int, int, dict[str, str | None]] | None:
        return None if found is None else (*found.span(), found.groupdict())

    lines = [
        f"{lead}{word} {num}{tail}"
        for lead in ("", "**", "Week 2, ", "Monday – ", "📅 ", "Lunes: ", "MIÉRCOLES ", "Tues ")
        for word in ("Day", "Days", "DAY", "día", "Tag", "jour")
        for num in ("1", "6 – 7", "one", "3&4", "2 and 3")
        for tail in ("", ": Review", " (2h)", " – Monday")
    ]
    cheap = 0
    for line in [*lines, *LINES]:
        assert same(headings.day_match(line)) == same(one.match(line)), line
        several = many.match(line)  # whether it is found at all: the test above
        if several is not None:
            assert same(headings.days_heading(line)) == same(several), line
        cheap += not may_start_word(line, headings._WEEKDAY_STEMS) and one.match(line) is not None
    assert cheap > 100, cheap  # the cheap pattern is the one that answers these


def test_cheap_dashes_match_as_the_classes_they_replace() -> None:
    from planexport.reader import durations
    from planexport.reader.lazy import WIDE_DASHES, cheap_dashes

    assert durations.DASHES == "-" + WIDE_DASHES  # the classes the rewrite recognises
    dash = durations.DASH
    sources = [
        rf"[{dash}]",
        rf"\s*[:.{dash}|]+\s*(?P<t>.*)$",
        rf"(?P<a>\d+)\s*(?:[{dash}~]|to)\s*(?P<b>\d+)",
        rf"[^{dash}]+",  # negated: left alone
        rf"\[{dash}\]",  # no class at all: escaped brackets
        rf"[\]x{dash}]+",
    ]
    texts = [
        f"9{d}10 {w}"
        for d in ["-", "~", ":", "|", "x", "]", *WIDE_DASHES, "\u2016", "\u2211", "\n"]
        for w in ("", "Topic", "– Review", "[x]")
    ]
    rewritten = 0
    for source in sources:
        cheap = cheap_dashes(source, re.IGNORECASE)
        rewritten += cheap != source
        real, made = re.compile(source, re.IGNORECASE), re.compile(cheap, re.IGNORECASE)
        for text in texts:
            found, expected = made.search(text), real.search(text)
            assert (found and (found.span(), found.groups())) == (
                expected and (expected.span(), expected.groups())
            ), (source, text)
            assert made.findall(text) == real.findall(text), (source, text)
    assert rewritten == 4
    assert cheap_dashes(rf"[{dash}]", re.VERBOSE) == rf"[{dash}]"
