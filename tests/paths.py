"""Paths to the bundled plans and the test data corpus."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
USER_PLAN = ROOT / "plans" / "go-track.md"
