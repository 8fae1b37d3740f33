"""The reader's compiled patterns, kept between runs, are the patterns `re.compile` makes."""

from __future__ import annotations

import array
import atexit
import importlib
import json
import marshal
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import planexport.reader
from planexport.reader import pattern_cache
from planexport.reader.lazy import Lazy, cheap_dashes

ROOT = Path(__file__).resolve().parent.parent


def _reader_patterns() -> list[Lazy]:
    found: dict[int, Lazy] = {}
    for info in pkgutil.iter_modules(planexport.reader.__path__):
        module = importlib.import_module(f"planexport.reader.{info.name}")
        found.update({id(v): v for v in vars(module).values() if isinstance(v, Lazy)})
    return list(found.values())


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An empty cache in `tmp_path`, as a first run sees it; nothing written at exit."""
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(pattern_cache, "_state", {})
    monkeypatch.setattr(atexit, "register", lambda _: None)
    return tmp_path


def test_every_reader_pattern_is_the_one_re_compile_makes(fresh: Path) -> None:
    patterns = _reader_patterns()
    assert len(patterns) > 150  # the reader's patterns are lazy ones
    for lazy in patterns:
        made = pattern_cache.compile_cached(lazy.pattern, lazy.flags, rewrite=cheap_dashes)
        # Patterns are equal when their source, flags and matcher code are.
        assert made == re.compile(cheap_dashes(lazy.pattern, lazy.flags), lazy.flags), lazy


def test_a_saved_cache_gives_the_same_patterns(fresh: Path) -> None:
    patterns = _reader_patterns()[:40]
    for lazy in patterns:
        pattern_cache.compile_cached(lazy.pattern, lazy.flags, rewrite=cheap_dashes)
    pattern_cache._save()
    path = pattern_cache.cache_path()
    assert path is not None
    assert path.is_file()
    assert str(path).startswith(str(fresh))  # beside the bytecode, under the prefix
    pattern_cache._state.clear()

    def unused(source: str, flags: int) -> str:
        raise AssertionError(f"compiled afresh: {source!r}")

    for lazy in patterns:
        made = pattern_cache.compile_cached(lazy.pattern, lazy.flags, rewrite=unused)
        assert made == re.compile(cheap_dashes(lazy.pattern, lazy.flags), lazy.flags)
    assert not pattern_cache._state["new"]


@pytest.mark.parametrize(
    "content",
    [b"", b"not marshal at all", marshal.dumps([1, 2, 3]), marshal.dumps((99, {}))],
    ids=["empty", "garbage", "a list", "another layout"],
)
def test_an_unreadable_file_is_ignored(fresh: Path, content: bytes) -> None:
    path = pattern_cache.cache_path()
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    made = pattern_cache.compile_cached(r"(?P<h>\d+)\s*h", re.IGNORECASE)
    assert made == re.compile(r"(?P<h>\d+)\s*h", re.IGNORECASE)
    assert made.match("2 H") is not None


def test_a_foreign_entry_is_compiled_afresh(fresh: Path) -> None:
    source = r"(?P<m>\d+)\s*min"
    # Code the matcher refuses, as another interpreter's might be.
    bad = (source, int(re.UNICODE), array.array("I", [1, 2, 3]).tobytes(), 1, {"m": 1}, (None, "m"))
    # Bytes that are no whole number of words, as a torn file's might be.
    torn: tuple[object, ...] = (r"\d+h", int(re.UNICODE), b"\x01\x02\x03", 0, {}, (None,))
    path = pattern_cache.cache_path()
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(marshal.dumps((2, {(source, 0): bad, (r"\d+h", 0): torn})))
    made = pattern_cache.compile_cached(source)
    assert made == re.compile(source)
    assert made.search("25 min") is not None
    assert pattern_cache.compile_cached(r"\d+h") == re.compile(r"\d+h")


def test_without_the_compiler_internals_re_compile_is_used(fresh: Path) -> None:
    pattern_cache._state["internals"] = None
    assert pattern_cache.cache_path() is None
    assert pattern_cache.compile_cached(r"a|b", rewrite=lambda s, f: s + "|c").match("c")


_RUN = """
import json, sys
from planexport.reader import load, pattern_cache
load(sys.argv[1])
print(json.dumps({"new": len(pattern_cache._state["new"]), "known": len(pattern_cache._entries())}))
"""


def _run(prefix: Path, *, no_bytecode: bool = False) -> dict[str, int]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(prefix)
    if no_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(ROOT / "plans" / "go-track.md")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
    )
    counts: dict[str, int] = json.loads(done.stdout)
    return counts


def test_a_second_run_compiles_nothing_the_first_compiled(tmp_path: Path) -> None:
    first = _run(tmp_path)
    assert first["new"] > 20
    assert list(tmp_path.rglob("patterns.*.marshal"))
    second = _run(tmp_path)
    assert second == {"new": 0, "known": first["known"]}


def test_nothing_is_written_where_bytecode_is_not(tmp_path: Path) -> None:
    first = _run(tmp_path, no_bytecode=True)
    assert first["new"] > 20
    assert not list(tmp_path.rglob("patterns.*"))
