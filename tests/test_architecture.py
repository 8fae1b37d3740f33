"""The shape of the code as a check: module sizes (import rules are `make lint`'s contracts)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 800


def test_no_module_is_over_the_size_limit() -> None:
    sizes = {
        path.relative_to(ROOT).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in (ROOT / "planexport").rglob("*.py")
    }
    too_big = {name: n for name, n in sizes.items() if n > LIMIT}
    assert too_big == {}
    assert "planexport/reader/markdown.py" in sizes  # the walk found the package
