"""The reader's compiled patterns, kept between runs beside its bytecode.

`re` compiles a pattern in pure Python: it parses the pattern, then builds the code its matcher
runs. For the reader's few hundred patterns (weekdays, months and units in seven languages) that
costs more on every start than reading a whole plan. The code depends only on the pattern, its
flags and the interpreter, so it is cached the way Python caches bytecode: in one file in the
reader's `__pycache__` folder (or under PYTHONPYCACHEPREFIX), written only where bytecode would
be (not with PYTHONDONTWRITEBYTECODE), and named by the interpreter's cache tag, its release and
the matcher's magic number so that no other Python reads it.

The matcher checks the code it is given, and a pattern built from the cache equals the one
`re.compile` builds (a test compares every reader pattern both ways). Anything unexpected (an
interpreter without these internals, an unreadable or foreign file) falls back to `re.compile`:
the cache only ever saves time.
"""

from __future__ import annotations

import array
import atexit
import contextlib
import importlib
import importlib.util
import marshal
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["cache_path", "compile_cached"]

# Where `re` keeps its compiler: `re._parser`/`re._compiler` from 3.11, `sre_parse`/`sre_compile`
# before. None where the interpreter has neither, and then every pattern goes to `re.compile`.
_Internals = tuple[Any, Any, Any]

# A file of more entries than this is not the reader's own patterns (which are a few hundred):
# it is started afresh rather than grown.
_MOST = 4096

# The layout of the file: (this number, {(source, flags): entry}), each entry's code as the bytes
# of its 32-bit words (a list of ints would make marshal build an object for each of them, on
# every start, for every pattern kept). A file of another layout is read as empty and rewritten.
_LAYOUT = 2

_state: dict[str, Any] = {}


def _internals() -> _Internals | None:
    if "internals" not in _state:
        found: _Internals | None = None
        with contextlib.suppress(ImportError, AttributeError):
            sre = importlib.import_module("_sre")
            if sys.version_info >= (3, 11):
                parser = importlib.import_module("re._parser")
                compiler = importlib.import_module("re._compiler")
            else:  # pragma: no cover - Python 3.10
                parser = importlib.import_module("sre_parse")
                compiler = importlib.import_module("sre_compile")
            if callable(parser.parse) and callable(compiler._code) and callable(sre.compile):
                found = (parser, compiler, sre)
        _state["internals"] = found
    internals: _Internals | None = _state["internals"]
    return internals


def cache_path() -> Path | None:
    """The cache file for this interpreter, or None where Python keeps no bytecode cache."""
    internals = _internals()
    tag = sys.implementation.cache_tag
    if internals is None or tag is None:
        return None
    try:
        beside = Path(importlib.util.cache_from_source(__file__)).parent
    except (NotImplementedError, ValueError):
        return None
    # The release too: a bug fixed in `re`'s compiler may change its code but not the magic.
    return beside / f"patterns.{tag}-{sys.hexversion:x}-{internals[2].MAGIC}.marshal"


def _entries() -> dict[tuple[str, int], tuple[Any, ...]]:
    """The cached entries, read from the file once per process."""
    entries: dict[tuple[str, int], tuple[Any, ...]] | None = _state.get("entries")
    if entries is None:
        entries = _read(cache_path())
        _state["entries"] = entries
        _state["new"] = {}
    return entries


def _read(path: Path | None) -> dict[tuple[str, int], tuple[Any, ...]]:
    if path is None:
        return {}
    try:
        layout, loaded = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if layout != _LAYOUT or not isinstance(loaded, dict) or len(loaded) > _MOST:
        return {}
    return loaded


def _build(source: str, flags: int, internals: _Internals) -> tuple[Any, ...]:
    """What `re`'s compiler makes of `source`, in the order its matcher takes it."""
    parser, compiler, _ = internals
    parsed = parser.parse(source, flags)
    code = [int(op) for op in compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    groups = parsed.state.groups - 1
    return (source, int(flags | parsed.state.flags), code, groups, groupindex, tuple(indexgroup))


def compile_cached(
    source: str, flags: int | re.RegexFlag = 0, *, rewrite: Callable[[str, int], str] | None = None
) -> re.Pattern[str]:
    """`re.compile(rewrite(source, flags), flags)`, its compiled code taken from the cache where
    it is there (and then without calling `rewrite`)."""
    number = int(flags)
    internals = _internals()
    if internals is None or number & re.DEBUG:
        return re.compile(source if rewrite is None else rewrite(source, number), flags)
    entries = _entries()
    key = (source, number)
    entry = entries.get(key)
    if entry is not None:
        try:
            source_, flags_, words, *rest = entry
            code = memoryview(words).cast("I").tolist()
            return internals[2].compile(source_, flags_, code, *rest)  # type: ignore[no-any-return]
        except (TypeError, ValueError, RuntimeError):
            pass  # a foreign entry: compiled afresh below
    written = source if rewrite is None else rewrite(source, number)
    try:
        entry = _build(written, number, internals)
        pattern: re.Pattern[str] = internals[2].compile(*entry)
        # Kept as the bytes of its words, read back above as the same list (OverflowError for
        # a word wider than the platform's unsigned int: not kept).
        entry = (entry[0], entry[1], array.array("I", entry[2]).tobytes(), *entry[3:])
    except (TypeError, ValueError, RuntimeError, AttributeError, IndexError, OverflowError):
        return re.compile(written, flags)
    entries[key] = entry
    new: dict[tuple[str, int], tuple[Any, ...]] = _state["new"]
    if not new:
        atexit.register(_save)
    new[key] = entry
    return pattern


def _save() -> None:
    """Adds the patterns compiled in this process to the file, atomically; never fails."""
    new: dict[tuple[str, int], tuple[Any, ...]] = _state.get("new") or {}
    path = cache_path()
    if not new or path is None or sys.dont_write_bytecode:
        return
    import tempfile  # only when new patterns are kept: not on every start

    with contextlib.suppress(OSError, ValueError):
        entries = _read(path)
        if len(entries) + len(new) > _MOST:
            entries = {}
        entries.update(new)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                marshal.dump((_LAYOUT, entries), out)
            # Readable as the bytecode beside it is.
            os.chmod(name, Path(__file__).stat().st_mode & 0o666 | 0o200)
            os.replace(name, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(name)
            raise
        new.clear()
